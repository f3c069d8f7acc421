"""Meeting forms, round 17 (/work/wt/audit17-meet17/, publishers not read before): North Yorkshire, Derbyshire,
Leicestershire, Gwent, Hampshire, Northumbria and Sussex police and crime panels, Nottinghamshire fire authority,
Monmouthshire, Bath and North East Somerset, Derbyshire and Haverfordwest councils, Melton, Louth and Brandeston
parishes.  Each excerpt is quoted from the page named beside it; expected values come from reading it.  Each rule has
a test on the side where it must not fire."""
from meeting_helpers import meetings_of, people, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


def _rows(text):
    return [(a.status, a.role, a.title, a.name, a.organisation, a.note) for a in run(text)["attendance"]]


def _decisions(text):
    return [(d.item_number, d.decision) for d in run(text)["decisions"]]


# North Yorkshire Police, Fire and Crime Panel, minutes of 7 July 2025 (edemocracy.northyorks.gov.uk)
NORTH_YORKSHIRE = """North Yorkshire Police, Fire and Crime Panel

Minutes of the meeting held at County Hall, Northallerton on Monday, 7 July 2025, commencing at 10.30 am.

Councillors Peter Wilkinson in the Chair (North Yorkshire Council); Danny Myers ((Vice Chair) City of York Council), Chris Aldred (North Yorkshire Council), Melanie Davis (North Yorkshire Council) and Malcolm Taylor (North Yorkshire Council).

Community Co-opted Members: Fraser Forsyth, Mags Godderidge and Martin Walker.

Apologies:             Councillors Tim Grogan, Michael Pavlovic and Steve Shaw-Wright.

88

Election of Panel Chair

Resolved

That Councillor Peter Wilkinson be elected to serve as Chair until July 2026.

89

Apologies for absence

Councillor Peter Wilkinson in the Chair

The Chair welcomed everyone to the meeting.  Apologies were noted from Councillors Michael Pavlovic, Tim Grogan and Steve Shaw-Wright.  It was noted that Councillor Melanie Davis was attending as a substitute for Councillor Shaw-Wright.
"""


def test_the_member_in_the_chair_is_present_never_an_apology():
    rows = _rows(NORTH_YORKSHIRE)
    assert [r for r in rows if r[3] == "Peter Wilkinson"] == [
        ("present", "chairman", "Councillor", "Peter Wilkinson", "North Yorkshire Council", None)]
    assert sorted(r[3] for r in rows if r[0] == "apologies") == ["Michael Pavlovic", "Steve Shaw-Wright", "Tim Grogan"]


def test_councillors_unlabelled_under_the_minutes_title_are_present():
    rows = _rows(NORTH_YORKSHIRE)
    present = [(r[1], r[3], r[4]) for r in rows if r[0] == "present" and r[5] is None]
    assert ("vice_chairman", "Danny Myers", "City of York Council") in present  # (the nested bracket's close dropped)
    assert ("member", "Chris Aldred", "North Yorkshire Council") in present
    assert ("member", "Malcolm Taylor", "North Yorkshire Council") in present
    # the substitute is one row, the substitute's, though the list of those present names her too
    davis = [r for r in rows if r[3] == "Melanie Davis"]
    assert [(r[0], r[5]) for r in davis] == [("substitute", "substitute for Councillor Shaw-Wright")]


def test_an_unlabelled_list_needs_the_minutes_title_right_above_it():
    # a sentence of the minutes opening "Councillors ..." further down is no list of those present
    text = ("Minutes of the meeting of the Panel held at County Hall on Monday, 7 July 2025.\n\n"
            "1. Apologies\n\nApologies were received from Councillor A Smith.\n\n"
            "Councillors B Jones and C Brown asked about the precept.\n")
    assert [r for r in people(text) if r[0] == "present"] == []


# Derbyshire Police and Crime Panel, 22 June 2023 (democracy.derbyshire.gov.uk); Leicester, Leicestershire and Rutland
# Police and Crime Panel, 23 November 2012 (democracy.leics.gov.uk)
DERBYSHIRE = """Derbyshire Police and Crime Panel - Thursday, 22 June 2023 10.00 am

Venue: Council Chamber, County Hall, Matlock. View directions

16/23

Appointment of Chairman

Minutes:

RESOLVED that V Newbury be appointed as Chair of the Derbyshire Police and Crime Panel for the ensuing municipal year.

V Newbury (in the Chair)

17/23

Appointment of Vice Chairman
"""
LEICESTERSHIRE = """Agenda and minutes

Leicester, Leicestershire and Rutland Police and Crime Panel. - Friday, 23 November 2012 1.00 pm

Venue: Wyston's House, Applegate, Leicester

Election of Chairman.

It was proposed by Mr. Pendleton and seconded by Mr. Roper that Mr. J. T. Orson CC be elected Chairman of the Panel.

Mr. Orson in the Chair
"""


def test_a_line_saying_who_presided_gives_the_chair():
    assert people(DERBYSHIRE) == [("present", None, "V Newbury", None)]
    assert [(a.role, a.name) for a in run(DERBYSHIRE)["attendance"]] == [("chairman", "V Newbury")]
    assert [(a.status, a.role, a.name) for a in run(LEICESTERSHIRE)["attendance"]] == [("present", "chairman", "Orson")]


def test_the_chair_in_a_sentence_is_no_presiding_line():
    text = DERBYSHIRE.replace("V Newbury (in the Chair)", "The Vice-Chair thanked V Newbury, who was in the Chair.")
    assert people(text) == []
    text = DERBYSHIRE.replace("V Newbury (in the Chair)", "Councillor Smith took questions in the chair")
    assert people(text) == []


# Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy, 24 July 2015
# (committee.nottinghamcity.gov.uk); Monmouthshire Public Services Scrutiny Committee, 28 October 2025
# (democracy.monmouthshire.gov.uk); Bath and North East Somerset panel (democracy.bathnes.gov.uk), dated here
SUBSTITUTES = """Minutes of the meeting of the Panel held at the Guildhall on Friday, 24 July 2015.

1. APOLOGIES FOR ABSENCE

Apologies for absence were received from:

Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;

Councillor Chris Barnfather, for whom Councillor Roger Jackson was substitute.

Apologies were received from Councillors Steven Garett and Malcom Lane. Councillor Malcolm Lane was substituted by Councillor Lisa Dymock.

Councillor Andrew Furse has sent his apology to the Panel.  Councillor Katie Hall was substitute for Councillor Furse.
"""


def test_substitutes_named_after_or_before_the_absent_member():
    subs = [(r[3], r[5]) for r in _rows(SUBSTITUTES) if r[0] == "substitute"]
    assert subs == [("Malcolm Wood", "substitute for Councillor Jon Collins"),
                    ("Roger Jackson", "substitute for Councillor Chris Barnfather"),
                    ("Lisa Dymock", "substitute for Councillor Malcolm Lane"),
                    ("Katie Hall", "substitute for Councillor Furse")]
    apologies = [r[3] for r in _rows(SUBSTITUTES) if r[0] == "apologies"]
    assert "Malcolm Wood" not in apologies and "Lisa Dymock" not in apologies and "Jon Collins" in apologies


def test_a_substitute_sentence_needs_both_members():
    text = SUBSTITUTES.split("1. APOLOGIES")[0] + "1. Substitutes\n\nThe Panel noted that no member was substituted by another.\n"
    assert [r for r in _rows(text) if r[0] == "substitute"] == []


# Gwent Police and Crime Panel: agenda of 7 December 2012 and the shadow panel's minutes of 12 October 2012 (Caerphilly
# CBC, docslib.org/doc/662684); agenda of 29 January 2021 (docslib.org/doc/1094594)
GWENT_AGENDA = """Dear Sir/Madam,

A meeting of the Police and Crime Panel will be held at Penallta House (Ebbw Room), Tredomen Park, Ystrad Mynach on Friday, 7th December 2012 at 9.30am to consider the matters contained in the following agenda.

A G E N D A

1. Declarations of Interest.

2. Apologies for Absence.

3. To receive and note the minutes of the meeting held on 12th October 2012 (copy attached).

4. Introductory Statement from Mr. I. Johnston, and Crime Commissioner.

5. Amended Panel Arrangements (report attached).

MEMBERSHIP: Blaenau Gwent County Borough Council - Councillors M.J. Bartlett and Mrs. K. Bender
Caerphilly County Borough Council - Councillors C.P. Mann and K.V. Reynolds
"""
GWENT_MINUTES = """MINUTES OF THE MEETING HELD AT PENALLTA HOUSE, YSTRAD MYNACH ON FRIDAY 12TH OCTOBER 2012 AT 9.30AM

Present:

Councillors M.J. Bartlett and Mrs. K. Bender - Blaenau Gwent County Borough Council Councillors C.P. Mann and K.V. Reynolds - Caerphilly County Borough Council Councillors L. Jones and P. Seabourne - Torfaen County Borough Council
"""


def test_an_agenda_title_with_an_honorific_and_initials_is_one_sentence():
    assert _items(GWENT_AGENDA)[3:] == [("4", "Introductory Statement from Mr. I. Johnston, and Crime Commissioner"),
                                        ("5", "Amended Panel Arrangements (report attached)")]


def test_each_council_before_its_pair_of_members():
    assert [(r[2], r[3], r[4]) for r in _rows(GWENT_AGENDA)] == [
        ("Councillor", "M.J. Bartlett", "Blaenau Gwent County Borough Council"),
        ("Mrs.", "K. Bender", "Blaenau Gwent County Borough Council"),
        ("Councillor", "C.P. Mann", "Caerphilly County Borough Council"),
        ("Councillor", "K.V. Reynolds", "Caerphilly County Borough Council")]


def test_each_pair_of_members_before_its_council():
    assert [(r[3], r[4]) for r in _rows(GWENT_MINUTES)] == [
        ("M.J. Bartlett", None), ("K. Bender", "Blaenau Gwent County Borough Council"),
        ("C.P. Mann", "Caerphilly County Borough Council"), ("K.V. Reynolds", "Caerphilly County Borough Council"),
        ("L. Jones", "Torfaen County Borough Council"), ("P. Seabourne", "Torfaen County Borough Council")]


def test_a_name_and_a_job_after_a_dash_are_no_council():
    # "J Bloggs - Clerk": no council's word, the pair form does not fire (no person made of "J Bloggs - Clerk")
    text = "Minutes of the meeting of the Parish Council held on Monday, 3 March 2024.\n\nPresent: Councillors A Smith and J Bloggs - Clerk\n"
    assert all(r[4] != "Clerk" for r in _rows(text))


def test_a_digital_meeting_notice():
    text = ("A digital meeting of the Gwent Police and Crime Panel will be held via Microsoft Teams on Friday, 29th "
            "January, 2021 at 10.00 am to consider the matters contained in the following agenda.\n")
    assert meetings_of(text) == [("agenda", "Gwent Police and Crime Panel", "2021-01-29", "10:00", "via Microsoft Teams")]


# Melton Parish Council, 5 May 2021 (melton-suffolk-pc.gov.uk); a parish council's draft minutes of 10 July 2023
# (scribd.com/document/671639675)
MELTON = """Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.

Present:

Cllr Mr A H Porter (Chair)

Cllr Mr C W Taylor

21.44 ELECTION OF CHAIR OF THE COUNCIL

It was RESOLVED that Cllr Porter be elected Chair of the Council.

21.45 DECLARATIONS OF INTEREST

None.
"""
PARISH_2307 = """Minutes of the Parish Council Meeting
held in the Village Hall
on Monday 10th July 2023 at 7.30pm

2307.01 Present
Councillors: E. Simpson (ES)(Chairman), J Green (JG), J. Shields (JS), A.Wragg (AWr)
In Attendance : 2 members of public

2307.02 Disclosure of Interests None.
"""


def test_minutes_numbered_by_year_and_place():
    assert _items(MELTON) == [("21.44", "ELECTION OF CHAIR OF THE COUNCIL"), ("21.45", "DECLARATIONS OF INTEREST")]
    assert _decisions(MELTON) == [("21.44", "that Cllr Porter be elected Chair of the Council.")]
    assert [r[3] for r in _rows(PARISH_2307) if r[0] == "present"] == ["E. Simpson", "J Green", "J. Shields", "A. Wragg"]
    # the minute "None" run on after the title is no part of it
    assert _items(PARISH_2307) == [("2307.01", "Present"), ("2307.02", "Disclosure of Interests")]


def test_a_time_before_a_title_is_no_minute_number():
    text = ("Sussex Police and Crime Panel - Friday, 27 September 2024 10.30 am\n\n"
            "10.30 am Declarations of Interest\n\n10.35 am Minutes of the Previous Meeting\n")
    assert [n for n, _ in _items(text) if "." in n] == []


# Brandeston PC, 28 March 2007 (archive.brandeston.net); Louth TC, 27 April 2021 (louthtowncouncil.gov.uk)
def test_a_minutes_title_run_on_into_its_list_of_councillors():
    text = ("Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March 2007\n\n"
            "Councillors D Risk (Chairman) (DR), P Summers (PS), C McArthur (CM), J Garratt (JG), H Saxton (HS) and K Churchill (KC)\n")
    assert meetings_of(text) == [("minutes", None, "2007-03-28", None, "Village Hall")]
    assert [(r[1], r[3]) for r in _rows(text)][:2] == [("chairman", "D Risk"), ("member", "P Summers")]
    assert len(_rows(text)) == 6


def test_the_town_council_meeting_names_the_town_council():
    assert meetings_of("Minutes of the Town Council Meeting 27th April 2021\n") == [
        ("minutes", "Town Council", "2021-04-27", None, None)]
    # a parish meeting is a body of its own
    assert meetings_of("Minutes of the Annual Parish Meeting 20th May 2025\n")[0][1] == "Annual Parish Meeting"


# Derbyshire CC, Regulatory - Licensing and Appeals Committee, 9 December 2013 (docslib.org/doc/4440887); Haverfordwest
# TC, 20 September 2017 (fdocuments.us, the page flattened); Avon and Somerset PCP, 11 December 2013 (docslib.org/doc/689235)
DERBYSHIRE_CC = """MINUTES of a meeting of the REGULATORY – LICENSING AND APPEALS COMMITTEE held on 9 December 2013 at County Hall, Matlock.

PRESENT

Councillor J G Williams (in the Chair)

72/13 DECLARATIONS OF INTEREST RESOLVED to note the following declarations of interest:-

Councillor A I Lewer declared a personal interest with regard to Agenda Item 10.

73/13 MINUTES RESOLVED that the minutes of the meeting of the Committee held on 21 October 2013 be confirmed as a correct record and signed by the Chair.

74/13 PROPOSAL TO RESCIND AN ORDER MADE UNDER SECTION 119 OF THE HIGHWAYS ACT 1980 – PARISH OF ILKESTON Members were informed that the County Council had made an Order on 1 March 2012 to divert part of Public Footpath No. 4.
"""


def test_a_title_in_capitals_run_in_before_the_minute():
    assert _items(DERBYSHIRE_CC) == [
        ("72/13", "DECLARATIONS OF INTEREST"), ("73/13", "MINUTES"),
        ("74/13", "PROPOSAL TO RESCIND AN ORDER MADE UNDER SECTION 119 OF THE HIGHWAYS ACT 1980 – PARISH OF ILKESTON")]
    assert _decisions(DERBYSHIRE_CC) == [
        ("72/13", "to note the following declarations of interest:-"),
        ("73/13", "that the minutes of the meeting of the Committee held on 21 October 2013 be confirmed as a correct "
                  "record and signed by the Chair.")]


def test_a_title_with_lower_case_words_is_kept_whole():
    text = DERBYSHIRE_CC.replace("74/13 PROPOSAL TO RESCIND AN ORDER MADE UNDER SECTION 119 OF THE HIGHWAYS ACT 1980 – "
                                 "PARISH OF ILKESTON Members were informed",
                                 "74/13 PCC Chief Executive's report on the Highways Act Members were informed")
    assert ("74/13", "PCC") not in _items(text)


def test_a_resolution_after_a_capitals_title():
    text = ("MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER\n\n"
            "PRESENT: Cllr A Buckfield (Mayor) Cllr A Brooker\n\n"
            "1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes of the Full Council meeting held on 19th "
            "July 2017 were confirmed and signed as a true record\n")
    assert [d for _, d in _decisions(text)] == [
        "The minutes of the Full Council meeting held on 19th July 2017 were confirmed and signed as a true record"]


# Leicestershire's ModernGov page of 2 February 2016; Surrey's of 23 June 2022
def test_the_business_named_before_the_body():
    text = ("(Budget meeting), Leicester, Leicestershire and Rutland Police and Crime Panel. - Tuesday, 2 February 2016 1.00 pm\n\n"
            "Venue: Sparkenhoe Committee Room, County Hall, Glenfield\n")
    assert meetings_of(text) == [("agenda", "Leicester, Leicestershire and Rutland Police and Crime Panel", "2016-02-02",
                                  "13:00", "Sparkenhoe Committee Room, County Hall, Glenfield")]
    text = ("AGM, followed by DPCC Confirmation Hearing, Surrey Police and Crime Panel - Thursday, 23 June 2022 10.30 am\n\n"
            "Venue: Council Chamber, Woodhatch Place\n")
    assert [(m.body, m.meeting_type) for m in run(text)["meetings"]] == [("Surrey Police and Crime Panel", "annual")]
