"""Meeting forms, round 7 (/work/wt/audit11-auditm7/docs/sources.md).  Each excerpt is written for the
test in the form the page printed; expected values come from reading it.  Every rule has a test on
the side where it must not fire."""
import re

from meeting_helpers import meetings_of, people, run

# --- "RESOLVED," with a comma; a nominee named before "proposed by" (Cumbria PCP) ---------------------

CUMBRIA = """Cumbria Police and Crime Panel
Tuesday, 24th July, 2018 10.30 am

Venue: Community Room, Cumbria Fire and Rescue HQ, Carleton Avenue, Penrith, CA10 2FA.

1.

Election of Chair

Minutes:

There was only one nomination, Mr William McEwan, proposed by Miss Helen Fearon and seconded by Mr Peter Kendall.

RESOLVED,  that Mr William McEwan be appointed Chair of the Panel for the ensuing year.

2.

Election of Vice-Chair

Minutes:

There was only one nomination, Miss Helen Fearon proposed by Mr Kevin Hamilton and seconded by Mr Roger Bingham.

RESOLVED,  that Miss H Fearon be appointed as Vice-Chair of the Panel for the ensuing year.

3.

Apologies for Absence

Minutes:

An apology for absence was received from Ms Judith Cooke.
"""


def _decisions(text):
    return [(d.item_number, d.decision, d.proposer, d.seconder) for d in run(text)["decisions"]]


def test_resolved_with_comma_is_a_decision():
    got = _decisions(CUMBRIA)
    assert [d[:2] for d in got] == [
        ("1", "that Mr William McEwan be appointed Chair of the Panel for the ensuing year."),
        ("2", "that Miss H Fearon be appointed as Vice-Chair of the Panel for the ensuing year.")]


def test_nominee_before_proposed_by_is_not_the_proposer():
    got = _decisions(CUMBRIA)
    assert [d[2:] for d in got] == [("Helen Fearon", "Peter Kendall"), ("Kevin Hamilton", "Roger Bingham")]


def test_proposer_first_still_read():
    text = CUMBRIA.replace("Miss Helen Fearon proposed by Mr Kevin Hamilton and seconded by Mr Roger Bingham.",
                           "Mr Kevin Hamilton proposed Miss Helen Fearon, seconded by Mr Roger Bingham.")
    assert _decisions(text)[1][2:] == ("Kevin Hamilton", "Roger Bingham")


def test_resolved_comma_needs_a_clause():
    text = CUMBRIA.replace("RESOLVED,  that Mr William McEwan", "Resolved, after some debate the Panel chose Mr William McEwan")
    assert [d[0] for d in _decisions(text)] == ["2"]


# --- a minutes title naming no body (Little Totham parish) ---------------------------------------------

NO_BODY = """Minutes of Meeting, Tuesday, 7th March 2023

The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm

573. Apologies for Absence: There were no absentees
"""


def test_minutes_of_meeting_names_no_body():
    assert meetings_of(NO_BODY) == [("minutes", None, "2023-03-07", None, None)]


def test_minutes_of_a_named_body_dated_unchanged():
    text = NO_BODY.replace("Minutes of Meeting,", "Minutes of Little Totham Parish Council,")
    assert meetings_of(text)[0][:3] == ("minutes", "Little Totham Parish Council", "2023-03-07")


# --- a time run on into how the meeting was held (Preshute parish) ---------------------------------------

PRESHUTE = """Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.

Present:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.
"""


def test_time_before_words_is_the_start_time():
    assert meetings_of(PRESHUTE) == [("minutes", "Parish Council", "2021-03-22", "19:30", "remotely through Zoom")]


def test_time_then_a_clause_is_no_place():
    text = PRESHUTE.replace("at 7.30pm remotely through Zoom.", "at 7.30pm and closed at 9.15pm.")
    assert meetings_of(text)[0][3:] == ("19:30", None)


def test_time_then_in_place_unchanged():
    text = PRESHUTE.replace("at 7.30pm remotely through Zoom.", "at 7.30pm in the Village Hall.")
    assert meetings_of(text)[0][3:] == ("19:30", "Village Hall")


# --- South Yorkshire PCP: MBC councils, two brackets, a "Councillors:" line, lines run together -------

SOUTH_YORKS = """SOUTH YORKSHIRE POLICE AND CRIME PANEL

MEETING HELD VIRTUALLY

3 FEBRUARY 2021

PRESENT: Councillor D Nevett (Doncaster MBC) (Chair)

Councillor S Sansome (Rotherham MBC) (Vice-Chair)

Councillors: A Cherryholme (Barnsley MBC), J Grocutt (Sheffield City Council), P Short (Rotherham MBC) and S Wilkinson (Doncaster MBC)

Independent Co-opted Members: Mr A Carter and Professor A James

Dr A Billings (South Yorkshire Police and Crime Commissioner)

M Buttery, S Abbott and F Topliss (Office of the South Yorkshire Police and Crime Commissioner)

1 WELCOME BY CHAIR

Councillor Nevett welcomed everyone to the virtual meeting of the Police and Crime Panel.
"""


def test_mbc_names_the_members_council():
    got = [p for p in people(SOUTH_YORKS) if (p[1] or "").startswith("Councillor")]
    assert got == [("present", "Councillor", "D Nevett", "Doncaster MBC"),
                   ("present", "Councillor", "S Sansome", "Rotherham MBC"),
                   ("present", "Councillor", "A Cherryholme", "Barnsley MBC"),
                   ("present", "Councillor", "J Grocutt", "Sheffield City Council"),
                   ("present", "Councillor", "P Short", "Rotherham MBC"),
                   ("present", "Councillor", "S Wilkinson", "Doncaster MBC")]


def test_roles_of_two_brackets():
    roles = {a.name: a.role for a in run(SOUTH_YORKS)["attendance"]}
    assert (roles["D Nevett"], roles["S Sansome"], roles["P Short"]) == ("chairman", "vice_chairman", "member")


def test_bracket_belongs_to_the_name_before_it():
    orgs = {p[2]: p[3] for p in people(SOUTH_YORKS)}
    assert orgs["A Billings"] == "South Yorkshire Police and Crime Commissioner"
    assert orgs["M Buttery"] is None and orgs["A James"] is None
    assert orgs["F Topliss"] == "Office of the South Yorkshire Police and Crime Commissioner"


def test_mbc_inside_a_word_is_no_council():
    text = SOUTH_YORKS.replace("(Doncaster MBC) (Chair)", "(MBCX) (Chair)")
    assert [p[3] for p in people(text) if p[2] == "D Nevett"] == [None]


def test_plural_title_line_not_a_list_is_not_read():
    text = SOUTH_YORKS.replace("Councillors: A Cherryholme (Barnsley MBC), J Grocutt (Sheffield City Council), "
                               "P Short (Rotherham MBC) and S Wilkinson (Doncaster MBC)",
                               "Councillors: were reminded that the meeting was being recorded for the webcast")
    names = [p[2] for p in people(text)]
    assert "S Sansome" in names and not any(re.search(r"reminded|webcast", n) for n in names)


# --- a page flattened into one line from its minutes title (Avon and Somerset PCP) --------------------

AVON_FLAT = ("AGENDA ITEM NO:4\n\nMINUTES OF A MEETING OF THE AVON AND SOMERSET POLICE AND CRIME PANEL HELD ON 11TH "
             "DECEMBER 2013 AT 10.30 A.M. Bath and North East Somerset Council P. Councillor Lisa Brett P. Councillor "
             "Francine Haeberling Bristol City Council P. Councillor Gary Hopkins P. Councillor Hibaq Jama P. Councillor "
             "Doug Naysmith Mendip District Council A. Councillor John Parham North Somerset Council P. Councillor Nigel "
             "Ashton (Chairman), P. Councillor Roz Willis Sedgemoor District Council P. Councillor John Swayne\n")


def test_flattened_page_from_its_title():
    assert meetings_of(AVON_FLAT) == [("minutes", "Avon and Somerset Police and Crime Panel", "2013-12-11", "10:30", None)]


def test_flattened_title_held_at_a_place_not_cut():
    # a place after the date ("AT THE COUNCIL HOUSE") is not cut off as the title's end: no meeting
    # is read from the long line (the shorter title lines read it)
    text = AVON_FLAT.replace("AT 10.30 A.M. Bath", "AT Weston Town Hall Bath")
    assert [m[1:3] for m in meetings_of(text)] in ([], [("Avon and Somerset Police and Crime Panel", "2013-12-11")])


def test_flattened_title_needs_held_on_a_date():
    text = AVON_FLAT.replace("HELD ON 11TH DECEMBER 2013 AT 10.30 A.M.", "HELD IN PUBLIC")
    assert meetings_of(text) == []


# --- a front sheet flattened into one line (Nottinghamshire PCP) ---------------------------------------

NOTTS_FLAT = ("NOTTINGHAMSHIRE POLICE AND CRIME PANEL Monday, 15 June 2015 at 14:00 County Hall , There will be a "
              "pre-meeting for Panel Members only in The Civic Suite at 1.00pm AGENDA 1 Election of Chairman 2 Election "
              "of Vice -Chairman 3 Minutes of last meeting held on 20 April 2015 5 - 12 4 Apologies for Absence 5 "
              "Declarations of Interests by Members and Officers 6 Rules of Procedure 13 - 22 7 Work Programme 23 - 28 "
              "(e) Membership:- Mrs Christine Goldstraw OBE – Independent Member - Chair Councillor Debbie Mason – "
              "Rushcliffe Borough Council – Vice-Chair Mayor Kate Allsop – Mansfield District Council\n")


def test_flattened_front_sheet_gives_the_meeting():
    assert meetings_of(NOTTS_FLAT) == [("agenda", "Nottinghamshire Police and Crime Panel", "2015-06-15", "14:00", None)]


def test_flattened_front_sheet_needs_the_body_in_capitals():
    text = NOTTS_FLAT.replace("NOTTINGHAMSHIRE POLICE AND CRIME PANEL Monday", "The report was noted on Monday")
    assert meetings_of(text) == []


def test_dash_organisation_ends_at_the_next_dash():
    got = {a.name: (a.organisation, a.role) for a in run(NOTTS_FLAT)["attendance"]}
    assert got["Debbie Mason"] == ("Rushcliffe Borough Council", "vice_chairman")
    assert got["Christine Goldstraw"][1] == "chairman"


def test_dash_organisation_alone_unchanged():
    text = ("Minutes of the Panel meeting held on 4 March 2019 at 10am in Shire Hall\n\n"
            "Present: Councillor A Smith (Chair) – Herefordshire Council, Councillor B Jones – Shropshire Council\n")
    assert [(p[2], p[3]) for p in people(text)] == [("A Smith", "Herefordshire Council"), ("B Jones", "Shropshire Council")]


# --- named votes in prose (Tonbridge and Malling; Darlington) ------------------------------------------

TONBRIDGE = """Issue - meetings

Meeting: 21/02/2023 - Council (Item 8)

8 Setting the Council Tax 2023-24 pdf icon PDF 103 KB

Minutes:

It was proposed by Councillor Coffin and seconded by Councillor Boughton that the recommendations at Minute CB 23/12 be adopted. In accordance with Council Procedure Rule No 8.5 voting was recorded as follows:

Members voting for the motion:

Cllrs Mrs Anderson, Bell, Betts, Bishop, D Davis, M Davis, Mrs Oakley and Williams

Total: 8

Members voting against the motion = 0

Members abstaining = 0

RESOLVED: That the recommendations at Minute CB 23/12 be approved.
"""


def _votes(text):
    r = run(text)
    return [(v.title, v.name, v.vote) for v in r["votes"]], [(d.votes_for, d.votes_against, d.votes_abstain)
                                                             for d in r["decisions"]]


def test_members_voting_for_the_motion():
    votes, counts = _votes(TONBRIDGE)
    assert votes == [("Cllr Mrs", "Anderson", "for"), ("Cllr", "Bell", "for"), ("Cllr", "Betts", "for"),
                     ("Cllr", "Bishop", "for"), ("Cllr", "D Davis", "for"), ("Cllr", "M Davis", "for"),
                     ("Cllr Mrs", "Oakley", "for"), ("Cllr", "Williams", "for")]
    assert counts[-1] == (8, 0, 0)


def test_members_voting_names_not_matching_the_total_are_not_kept():
    votes, counts = _votes(TONBRIDGE.replace("Total: 8", "Total: 9"))
    assert votes == [] and counts[-1] == (9, 0, 0)


def test_voting_sentence_without_a_list_is_no_vote():
    votes, counts = _votes(TONBRIDGE.replace("Members voting for the motion:", "Members voting for the motion said so."))
    assert votes == []


DARLINGTON = """Council - Thursday, 7th November, 2019 6.00 pm

Venue: Council Chamber, Town Hall, Darlington

10.

Notice of Motion

Minutes:

In accordance with Council Procedure Rules, a request was made by five Members for a named vote on the Substantive Motion. A named vote was taken of those Members present at the meeting and there appeared:- For the Motion – The Mayor, Councillors Cossins, Crumbie, C. L. B. Hughes and Snedker (5) Against the Motion – Councillors Allen, Dr. Chou, Mrs. Culley and Wright (4)

The Motion was Lost.

RESOLVED - That the Motion be not agreed.
"""


def test_for_the_motion_lists_run_into_a_sentence():
    votes, counts = _votes(DARLINGTON)
    assert votes == [("Councillor", "Cossins", "for"), ("Councillor", "Crumbie", "for"),
                     ("Councillor", "C. L. B. Hughes", "for"), ("Councillor", "Snedker", "for"),
                     ("Councillor", "Allen", "against"), ("Councillor Dr.", "Chou", "against"),
                     ("Councillor Mrs.", "Culley", "against"), ("Councillor", "Wright", "against")]
    assert counts == [(5, 4, None)]


def test_for_the_motion_alone_is_no_block():
    votes, _ = _votes(DARLINGTON.replace(" Against the Motion – Councillors Allen, Dr. Chou, Mrs. Culley and Wright (4)", ""))
    assert votes == []


# --- guards: a job run on into the minutes; a bracket holding "MBC" alone; a decision run into the next minute

def test_officer_job_ends_before_the_next_minute():
    got = {a.name: a.organisation for a in run(AVON_FLAT.rstrip("\n") + (
        " Officers Present: Ian Pagan – Lead Officer Bristol CC Mark Simmonds – PCC Chief Finance Officer PCP "
              "34.12/13 MEMBERSHIP/APPOINTMENT OF NEW INDEPENDENT MEMBER The Chairman referred to the recommendation "
              "of the Appointment Panel that Mr Andrew Sharman should be appointed.\n"))["attendance"]}
    assert got.get("Mark Simmonds") == "PCC Chief Finance Officer"


def test_short_organisation_unchanged():
    text = ("Minutes of the Panel meeting held on 4 March 2019 at 10am in Shire Hall\n\nAlso present:\n"
            "Jo Martin, Scrutiny Support Manager, Herefordshire Council\n")
    assert [(p[2], p[3]) for p in people(text)] == [("Jo Martin", "Scrutiny Support Manager, Herefordshire Council")]


def test_mbc_alone_names_no_council():
    text = SOUTH_YORKS.replace("(Doncaster MBC) (Chair)", "( MBC) (Chair)")
    assert [p[3] for p in people(text) if p[2] == "D Nevett"] == [None]


def test_decision_ends_before_the_next_minute():
    text = ("Minutes of Meeting, Tuesday, 7th March 2023\n\n575. Minutes 07/02/2023\n\nRESOLVED that the Minutes of the "
            "Parish Council meeting held on 7th February 2023 be approved and\n\n576.  a) Planning applications\n\n"
            "There were no new planning applications\n")
    assert [d.decision for d in run(text)["decisions"]] == [
        "that the Minutes of the Parish Council meeting held on 7th February 2023 be approved"]


def test_decision_naming_another_number_unchanged():
    text = ("Minutes of Meeting, Tuesday, 7th March 2023\n\n575. Grants\n\nRESOLVED that the Clerk reply as agreed at "
            "item 576. The Chairman signed the letter.\n")
    assert [d.decision for d in run(text)["decisions"]] == [
        "that the Clerk reply as agreed at item 576. The Chairman signed the letter."]


# --- a ModernGov page title "Agenda for X DATE" without "on" (East Devon, copied by a local blog) -------

def test_agenda_for_body_without_on():
    text = "Agenda for Cabinet Wednesday, 20th May, 2020, 10.00 am\n\nVenue: Online via Zoom\n\n1 Apologies\n"
    assert meetings_of(text) == [("agenda", "Cabinet", "2020-05-20", "10:00", "Online via Zoom")]


def test_agenda_for_body_with_on_unchanged():
    text = "Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm\n\nVenue: Online via Zoom\n\n1 Apologies\n"
    assert meetings_of(text)[0][:4] == ("agenda", "Council", "2021-01-27", "18:00")


# --- "held at PLACE on DATE from 9.01 am - 10.50 am" (Nottingham City Council committees) --------------

NOTTINGHAM = """Nottingham City Council

The City of Nottingham and Nottinghamshire Economic Prosperity Committee

Minutes of the meeting held at Ceres Suite - Worksop Town Hall, S80 2AH on 6 March 2020 from 9.01 am - 10.50 am

Membership
"""


def test_time_range_after_from_is_the_start_time_not_the_place():
    assert meetings_of(NOTTINGHAM) == [("minutes", "The City of Nottingham and Nottinghamshire Economic Prosperity "
                                        "Committee", "2020-03-06", "09:01", "Ceres Suite - Worksop Town Hall, S80 2AH")]


def test_from_a_place_is_kept():
    text = NOTTINGHAM.replace("from 9.01 am - 10.50 am", "from the Council Chamber")
    assert meetings_of(text)[0][3:] == (None, "Ceres Suite - Worksop Town Hall, S80 2AH from the Council Chamber")


# --- "Ordinary Meeting, X - DATE" / "Annual Meeting, X - DATE" ModernGov titles (Knowsley, Barnsley) -----

def test_meeting_named_before_its_body():
    text = ("Agenda and minutes\n\nOrdinary Meeting, Merseyside Police and Crime Panel - Thursday, 8th July, 2021 "
            "11.00 am\n\nVenue: Council Chamber, Municipal Buildings, Huyton\n")
    assert meetings_of(text) == [("minutes", "Merseyside Police and Crime Panel", "2021-07-08", "11:00",
                                  "Council Chamber, Municipal Buildings, Huyton")]
    annual = text.replace("Ordinary Meeting, Merseyside", "Annual Meeting, Merseyside")
    assert run(annual)["meetings"][0].body == "Merseyside Police and Crime Panel"
    assert run(annual)["meetings"][0].meeting_type == "annual"


def test_body_with_a_comma_unchanged():
    text = ("Agenda and minutes\n\nPlanning, Development and Licensing Committee - Thursday, 8th July, 2021 "
            "11.00 am\n\nVenue: Council Chamber, Municipal Buildings, Huyton\n")
    assert meetings_of(text)[0][1] == "Planning, Development and Licensing Committee"


# --- Norfolk PCP: substitutes after the apologies; a list run on into the minutes; "Chief" is a job -----

NORFOLK = ("Norfolk Police and Crime Panel\n\nMinutes of the Meeting held on 5 February 2019 at 10am in the Edwards Room, "
           "County Hall, Norwich\n\nOfficers Present: Mr Greg Insull Assistant Head of Democratic Services, Norfolk County "
           "Council (NCC) Mrs Jo Martin Democratic Support and Scrutiny Team Manager, NCC Others Present Mr Simon Bailey "
           "Chief Constable, Norfolk Constabulary Mr John Hummersone Chief Finance Officer, OPCCN Mr Gavin Thompson "
           "Director of Policy and Commissioning, OPCCN 1. To receive apologies and details of any substitute Members "
           "attending 1.1 Apologies had been received from Mrs Sarah Butikofer and Mr Mike Smith-Clare, substituted by "
           "Mr Timothy Adams and Miss Jade Martin respectively. 2. Members to Declare any Interests\n")


def test_substitutes_after_apologies_are_not_apologies():
    assert [p[2] for p in people(NORFOLK) if p[0] == "apologies"] == ["Sarah Butikofer", "Mike Smith-Clare"]


def test_officers_run_on_list():
    got = [(p[2], p[3]) for p in people(NORFOLK) if p[0] == "also_present"]
    assert got == [("Greg Insull", "Assistant Head of Democratic Services, Norfolk County Council (NCC)"),
                   ("Jo Martin", "Democratic Support and Scrutiny Team Manager, NCC"),
                   ("Simon Bailey", "Chief Constable, Norfolk Constabulary"),
                   ("John Hummersone", "Chief Finance Officer, OPCCN"),
                   ("Gavin Thompson", "Director of Policy and Commissioning, OPCCN")]


def test_replaced_by_in_a_present_list_unchanged():
    text = ("Minutes of the Panel meeting held on 4 March 2019 at 10am in Shire Hall\n\n"
            "Apologies were received from Councillor A Smith.\n")
    assert [p[2] for p in people(text)] == ["A Smith"]


def test_job_run_on_from_the_name_before_a_comma():
    text = ("Minutes of the Panel meeting held on 5 February 2019 at 10am in County Hall\n\nAlso present:\n"
            "Mr Martin Barsby Director of Communications and Engagement, Office of Police and Crime Commissioner for "
            "Norfolk (OPCCN)\n")
    assert [(p[2], p[3]) for p in people(text)] == [
        ("Martin Barsby", "Director of Communications and Engagement, Office of Police and Crime Commissioner for "
                          "Norfolk (OPCCN)")]


def test_titled_names_after_a_comma_unchanged():
    text = ("Minutes of the Panel meeting held on 5 February 2019 at 10am in County Hall\n\nAlso present:\n"
            "Mrs C Caddick, Mr T MacLennan\n")
    assert [(p[1], p[2]) for p in people(text)] == [("Mrs", "C Caddick"), ("Mr", "T MacLennan")]
