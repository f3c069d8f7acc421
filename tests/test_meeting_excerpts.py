"""Meeting forms found by reading minutes, agendas and committee pages of publishers outside the
shared set (fire and rescue authorities, PFCC boards, Welsh and Scottish councils, parish and
community councils; /work/wt/audit4m/sources.md).  Each excerpt is written for the test in the
form the page printed; expected values come from reading it.  Every rule has a test on the side
where it must not fire."""
from extract.extractors import meetings
from extract.extractors.document import describe
from extract.loaders import load_text


def _run(text: str, name: str = "page.txt") -> dict:
    return meetings.extract(load_text(name, text))


def _meetings(text: str) -> list[tuple]:
    return [(m.kind, m.body, m.date, m.start_time) for m in _run(text)["meetings"]]


def _people(res: dict, status: str) -> list[str]:
    return [a.name for a in res["attendance"] if a.status == status]


# --- a paper "dated" a day is not a meeting (Moray: CMIS meeting page) -------------------------

MINUTE_DATED = """Police and Fire and Rescue Services Committee
21 Nov 2019 - 09:30

4 Written Questions **

The Committee noted that no written questions had been submitted.

5

The Minute of the meeting of the Police and Fire and Rescue Services Committee dated 22 August 2019 was submitted and approved.
"""


def test_a_minute_dated_a_day_is_not_a_meeting():
    dates = [d for _k, _b, d, _t in _meetings(MINUTE_DATED)]
    assert "2019-08-22" not in dates


# --- minutes titles without "held", the date below or after them (parish councils) -----------

MOLASH = """PC Minutes 08/16

MINUTES OF MOLASH PARISH COUNCIL MEETING

On Thursday 11th  August  2016 @ 7.30pm

Attendees:

 Julia Phebey, Sarah Williams, Tony Dodd

Apologies

1. Minutes

The minutes of the last meeting were read and agreed.
"""


def test_minutes_title_with_its_date_on_the_next_line_opening_on():
    res = _run(MOLASH)
    assert [(m.kind, m.body, m.date, m.start_time) for m in res["meetings"]] == [
        ("minutes", "Molash Parish Council", "2016-08-11", "19:30")]
    assert _people(res, "present") == ["Julia Phebey", "Sarah Williams", "Tony Dodd"]


HIGH_HALSTOW = """MINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm

Attendees: Cllr G. Crozer (Chairman) Cllr C. Watson (Vice-Chair) Cllr G. Jerreat Cllr M. Stone Mrs J. Allen (Clerk)

Members of the public: 2

The meeting commenced at 7.30pm
"""


def test_minutes_title_naming_its_kind_around_the_body_then_the_date():
    res = _run(HIGH_HALSTOW)
    assert [(m.kind, m.body, m.date, m.start_time) for m in res["meetings"]] == [
        ("minutes", "Parish Council", "2020-06-24", "19:30")]
    assert _people(res, "present")[:2] == ["G. Crozer", "C. Watson"]


NORTH_THORESBY = """August 2023 Minutes

FULL PARISH MEETING OF THE COUNCIL

07 August 2023 – 7pm

MINUTES

Present:

Meeting commenced at 7pm.
"""


def test_minutes_sheet_under_a_meeting_of_the_council_line():
    assert _meetings(NORTH_THORESBY) == [("minutes", "Council", "2023-08-07", "19:00")]


def test_a_minutes_title_and_on_date_line_after_another_meeting_is_not_a_meeting():
    # deep in a pack, after a meeting of its own, the same two lines are an item's papers
    text = ("Police and Crime Panel\nThursday 5 March 2020 at 10.00 am\n\nAGENDA\n\n"
            "1. Apologies\n\n2. Papers\n\nMINUTES OF MOLASH PARISH COUNCIL MEETING\n\n"
            "On Thursday 11th August 2016 @ 7.30pm\n")
    assert [d for _k, _b, d, _t in _meetings(text)] == ["2020-03-05"]


def test_a_date_line_opening_on_without_a_title_above_is_not_a_meeting():
    assert _meetings("Notes\n\nOn Thursday 11th August 2016 @ 7.30pm the hall was booked.\n") == []


def test_approved_minutes_named_in_a_sentence_are_not_a_meeting():
    # a sentence that names the minutes of a day: the minutes of an earlier meeting, approved
    text = "Parish Council minutes 2 July 2019 were approved as a correct record.\n\nOther business\n"
    assert _meetings(text) == []


def test_minutes_of_the_previous_council_meeting_is_not_a_meeting():
    assert _meetings("Minutes of the Previous Council Meeting 5 May 2021\n\nAgreed.\n") == []


# --- attendance ------------------------------------------------------------------------------

NORTHANTS = """ACCOUNTABILITY BOARD
Minutes
8th December 2020
1. Welcome and introductions
Attendees:
Nicci Marzec (NM)
Paul Fell (PF)
D/Chief Inspector Lorraine Gordon
Apologies were accepted from ACC James Andronov and ACC Simon Blatchly
2. Previous minutes and action log
"""


def test_apologies_sentence_ends_a_list_of_those_present():
    res = _run(NORTHANTS)
    assert "James Andronov" not in _people(res, "present")
    assert _people(res, "apologies") == ["James Andronov", "Simon Blatchly"]
    assert "Paul Fell" in _people(res, "present")


def test_a_heading_of_words_under_a_bare_label_is_not_taken_for_names():
    # a heading that is a title, not names, after a bare "Present:" is not read as people
    res = _run("MINUTES OF MOLASH PARISH COUNCIL MEETING\n\nOn Thursday 11th August 2016 @ 7.30pm\n\n"
               "Present:\n\nPlanning Applications\n\n1. Apologies\n")
    assert _people(res, "present") == []


CEREDIGION = """Council - Thursday, 18th July, 2024 10.00 am

Venue: Hybrid - Neuadd Cyngor Ceredigion, Penmorfa, Aberaeron

1.

Apologies

Minutes:

Councillors Gareth Davies, Meirion Davies, Wyn Evans and Sian Maehrlein apologised for their inability to attend the meeting.

James Starbuck, also apologised for his inability to attend the meeting.

2.

Chair Announcements

Minutes:

Councillor Keith Evans apologised for the late start of the meeting.
"""


def test_names_before_apologised_for_their_inability_to_attend():
    res = _run(CEREDIGION)
    got = _people(res, "apologies")
    assert set(got) == {"Gareth Davies", "Meirion Davies", "Wyn Evans", "Sian Maehrlein", "James Starbuck"}
    # an apology for something else is not an apology for absence
    assert "Keith Evans" not in got


# --- the documents row -----------------------------------------------------------------------

def _doc(text: str, name: str = "page.txt"):
    return describe(load_text(name, text))


def test_organisation_of_parish_and_community_council_minutes():
    assert _doc(MOLASH).organisation == "Molash Parish Council"
    milnathort = ("Milnathort Community Council\nMilnathort Community Council Minute of the Milnathort "
                  "Community Council (MCC) Meeting held on Thursday, 12th February 2015, in Orwell Parish "
                  "Church Hall\n")
    assert _doc(milnathort).organisation == "Milnathort Community Council"


def test_a_parish_council_without_its_place_name_is_no_organisation():
    # "MINUTES Parish Council Meeting ...", "FULL PARISH MEETING OF THE COUNCIL": no name printed
    assert _doc(HIGH_HALSTOW).organisation == ""
    assert _doc(NORTH_THORESBY).organisation == ""


def test_the_police_and_crime_panel_names_no_organisation():
    assert _doc("Agenda item\n\nThe Police and Crime Panel considered the report.\n").organisation == ""
    assert _doc("The West Midlands Police and Crime Panel met on 5 February 2016.\n").organisation \
        == "West Midlands Police and Crime Panel"


DUMGAL = """Police, Fire and Rescue Sub Committee Minutes

Date:
Tuesday 11 October 2016
Time:
10:30am
Place:
Council Offices, English Street, Dumfries

Attendance Details

Members:
John Syme (Chairman)-Mid and Upper Nithsdale
Item Number Item/Description
PUBLIC
1 SEDERUNT AND APOLOGIES

9 Members present, 2 apologies

3 POLICE SCOTLAND CONSULTATION IN DUMFRIES AND GALLOWAY - REPORT BY DIRECTOR COMMUNITIES

Decision

3.1     NOTED the notification of the current consultation on Police Station closures
"""


def test_committee_minutes_title_names_its_body_without_the_word_minutes():
    d = _doc(DUMGAL)
    assert (d.doc_type, d.title) == ("minutes", "Police, Fire and Rescue Sub Committee Minutes")
    assert [(m.kind, m.body, m.date, m.start_time, m.place) for m in _run(DUMGAL)["meetings"]] == [
        ("minutes", "Police, Fire and Rescue Sub Committee", "2016-10-11", "10:30",
         "Council Offices, English Street, Dumfries")]


def test_a_bare_label_before_another_label_gives_no_value():
    text = ("Police and Crime Panel\nTuesday 11 October 2016\nPlace:\nContact: Mr A Clerk\n\n"
            "1. Apologies\n")
    assert [m.place for m in _run(text)["meetings"]] == [None]


def test_stoke_ferry_style_quoted_title_gives_the_whole_name():
    assert _doc('title: "Stoke Ferry Parish Council - Janaury" date: "2015-04-02" categories:\n\nPresent: '
                'Cllr A Smith\n').organisation == "Stoke Ferry Parish Council"


def test_titles_pass_over_labels_and_lead_in_lines():
    venue = ("Venue: Peterborough Regional College, PE1 4DZ\nContact: Alison Marston Email:\n"
             "Apologies for Absence To receive any apologies for absence. Minutes: No apologies were "
             "received for the meeting. |\n")
    assert not _doc(venue).title.startswith("Venue")
    lead = ("Minutes:\nThe Monitoring Officer presented a report, its purpose being to seek Council approval "
            "for the appointment of Overview and Scrutiny Committees and other bodies of the Council.\n"
            "The report attached the following supporting Appendices:-\n"
            "• Role, remit and functions of Committees – Appendix 1;\n")
    assert _doc(lead).title == ""


def test_a_title_ending_in_a_colon_is_kept_when_it_leads_into_nothing():
    assert _doc("Agenda item\n\nProposed Policing Precept 2024/2025:\n\nMinutes:\n\nThe Panel considered "
                "the report.\n").title == "Proposed Policing Precept 2024/2025"   # (round 3: the colon is cut)


def test_provisional_minutes_title():
    text = ("Provisional Minutes of Meeting held on Monday 11th June, 2001 at Menmuir Hall\n\n"
            "Careston - Mr J. Adamson\nEdzell - Mr C. Simpson, Mr I. Rae\n")
    assert _doc(text).title.startswith("Provisional Minutes of Meeting held on Monday 11th June, 2001")


# --- dates -----------------------------------------------------------------------------------

def test_on_a_month_and_day_is_not_a_month_and_two_digit_year():
    from extract.normalise import parse_date
    assert parse_date("The next meeting will be held on May 31.") is None
    # a month and two-digit year stays one where no "on" precedes it ("Mar 24" in a KPI table)
    assert str(parse_date("Mar 24")) == "2024-03-01"
    assert str(parse_date("by Mar 24")) == "2024-03-01"
    assert str(parse_date("on May 31, 2024")) == "2024-05-31"


HIGHLAND = """Minutes of Meeting of the Communities and Partnerships Committee held in the Council Chamber, Council Headquarters, Glenurquhart Road, Inverness on Thursday 8 December 2016 at 10.30 am.

Present:

Mr H Fraser, Mr G Ross, Mr A Baxter

Non-Members also present:-

Mrs C Caddick, Mr T MacLennan, Mr B Murphy

Officials in attendance:

Ms A Clark, Acting Head of Policy, Chief Executive’s Office
Mrs R Cleland, Corporate Communications Manager, Chief Executive’s Office
Mr P Mascarenhas, Community and Democratic Engagement Manager, Chief Executive’s Office

1. Apologies
"""


def test_officials_one_per_line_joined_by_a_loader_are_read_apart():
    res = _run(HIGHLAND)
    also = {a.name: a.organisation for a in res["attendance"] if a.status == "also_present"}
    assert also["A Clark"] == "Acting Head of Policy, Chief Executive’s Office"
    assert also["R Cleland"] == "Corporate Communications Manager, Chief Executive’s Office"
    assert "P Mascarenhas" in also
    # non-members listed by name only: three people, none the organisation of another
    assert also["C Caddick"] is None and "T MacLennan" in also and "B Murphy" in also


def test_an_organisation_naming_a_titled_person_after_a_comma_is_not_cut():
    # the cut is made only where a titled name follows a word, never after a comma
    from extract.extractors.meetings.names import _split_run_on_people
    line = "Mr J Smith, Clerk to Mr Justice Jones' Office"
    assert _split_run_on_people(line) == [line]


NOTTINGHAM = """Agenda and minutes

Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy
Friday, 24th July, 2015 10.00 am

Venue: Fire and Rescue Services HQ, Bestwood Lodge, Arnold Nottingham NG5 8PD

1.

APOLOGIES FOR ABSENCE

Minutes:

Apologies for absence were received from:

Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;

Councillor Chris Barnfather, for whom Councillor Roger Jackson was substitute;

Councillor Brian Grocock, for whom Councillor Neghat Nawaz Khan was substitute.

The Chair welcomed Councillor Sue Saddington to the meeting.

2.

DECLARATIONS OF INTERESTS
"""


def test_apologies_listed_one_a_line_after_received_from():
    got = _people(_run(NOTTINGHAM), "apologies")
    assert got == ["Jon Collins", "Chris Barnfather", "Brian Grocock"]
    # the substitutes attended; the line after the list is not an apology
    assert not {"Malcolm Wood", "Roger Jackson", "Sue Saddington"} & set(got)


def test_apologies_bullets_after_received_from_are_listed_once():
    text = ("MINUTES of the meeting of the Police and Crime Panel held on 14 September 2023\n\n"
            "### 17 Apologies for Absence\n\nApologies were received from:\n\n- Cllr James Sheppard\n"
            "- Cllr Vijay Manro\n\n### 18 Declarations of interest\n\nNone.\n")
    res = meetings.extract(load_text("pack.md", text))
    rows = [(a.name, a.note) for a in res["attendance"] if a.status == "apologies"]
    assert rows == [("James Sheppard", None), ("Vijay Manro", None)]


def test_provisional_minutes_title_without_a_body_gives_the_meeting():
    text = ("Provisional Minutes of Meeting held on Monday 11th June, 2001 at Menmuir Hall\n\n"
            "Careston - Mr J. Adamson\nEdzell - Mr C. Simpson, Mr I. Rae\n\n"
            "1. Minutes of previous meeting and matters arising\nApproved.\n")
    assert [(m.kind, m.body, m.date, m.place) for m in _run(text)["meetings"]] == [
        ("minutes", None, "2001-06-11", "Menmuir Hall")]


def test_a_bodiless_minutes_title_under_a_dated_title_is_the_same_meeting():
    text = ("Parish Council Minutes 2 July 2019\n\nDraft minutes of meeting held on 2nd July 2019 at 7.30 pm "
            "in the Vestry Room.\n\nPresent: Cllrs I Robinson (IR), R Tift (RT)\n")
    assert [(m.kind, m.body, m.date, m.start_time, m.place) for m in _run(text)["meetings"]] == [
        ("minutes", "Parish Council", "2019-07-02", "19:30", "Vestry Room")]


def test_a_bodiless_minutes_title_of_another_day_is_its_own_meeting():
    text = ("Parish Council Minutes 2 July 2019\n\nPresent: Cllr A Smith\n\n"
            "Draft minutes of meeting held on 3rd September 2019 at 7.30 pm in the Vestry Room.\n")
    assert [m.date for m in _run(text)["meetings"]] == ["2019-07-02", "2019-09-03"]


PLYMTREE = """Parish Council Minutes 2 July 2019

Draft minutes of meeting held on 2nd July 2019 at 7.30 pm in the Vestry Room.

Present: Cllrs I Robinson (IR), R Tift (RT), A Cook (AC), A Stride (AS)

41d/19 Approval of minutes of meeting of 7th May and 24th June 2019: The minutes were read, approved and signed as a true and accurate record as proposed by AC, seconded by AS and agreed by all. It was noted that the Annual Parish Meeting had been held in the Village Hall on May 15th.

42/19 Play area: It was proposed by Cllr Cook, seconded by Cllr Stride and agreed that the Clerk obtain three quotes.
"""


def test_what_was_agreed_comes_before_proposed_seconded_and_agreed_by_all():
    decs = [(d.decision, d.proposer, d.seconder) for d in _run(PLYMTREE)["decisions"]]
    assert ("The minutes were read, approved and signed as a true and accurate record", "AC", "AS") in decs
    # the decision after "... and agreed that" is still the text after it
    assert any(t.startswith("that the Clerk obtain three quotes") for t, _p, _s in decs)
    assert not any(t.startswith("by all") for t, _p, _s in decs)


DECISIONS_PAGE = """Decisions published


Decision Maker: Executive

Made at meeting: 19/05/2020 - Executive

Decision published: 20/05/2020

Effective from: 19/05/2020


Resolved –


(1)       That the Governance Review attached as Appendix 1 to Document “BP” was considered and its conclusions endorsed.


(2)       That the draft Scheme for the establishment of the Mayoral Combined Authority was considered and commented on.
"""


def test_a_decisions_page_gives_the_meeting_that_made_each_decision():
    res = _run(DECISIONS_PAGE)
    assert [(m.kind, m.body, m.date) for m in res["meetings"]] == [("minutes", "Executive", "2020-05-19")]
    text = " ".join(d.decision for d in res["decisions"])
    assert "Governance Review attached as Appendix 1" in text
    # the publication and effective dates are not meetings
    assert not any(m.date in ("2020-05-20",) for m in res["meetings"])


def test_made_at_meeting_without_a_date_is_not_a_meeting():
    assert _meetings("Decisions published\n\nMade at meeting: Executive\n\nResolved – That the report be noted.\n") == []


def test_councillors_list_title_before_honorifics_and_a_clerk_line():
    text = NORTH_THORESBY.replace(
        "Present:\n", "Present:\n\nCouncillors: Cllr. Buckenham (Chair), Cllr. Gallop, Cllr.Gale, Cllr. Snell\n\n"
        "Clerk and RFO: Mr S Baxter\n")
    rows = {a.name: (a.title, a.role, a.organisation) for a in _run(text)["attendance"] if a.status == "present"}
    assert rows["Buckenham"] == ("Cllr.", "chairman", None)
    assert "Gale" in rows
    assert rows["S Baxter"] == ("Mr", "officer", "Clerk and RFO")


def test_a_label_that_is_no_job_keeps_its_names_as_members():
    rows = _run(NORTH_THORESBY.replace("Present:\n", "Present:\n\nParish Councillors: Mr A Smith, Mrs B Jones\n"))
    assert {(a.name, a.organisation) for a in rows["attendance"] if a.status == "present"} == {
        ("A Smith", None), ("B Jones", None)}


def test_one_apology_received_with_or_without_from():
    text = HIGH_HALSTOW + ("\n1, Apologies for absence HHPC617:24.06.20 An apology for absence was received "
                           "Cllr A. Catchpole, who had existing work commitments.\n")
    assert _people(_run(text), "apologies") == ["A. Catchpole"]
    text = HIGH_HALSTOW + "\n1. Apologies\n\nAn apology for absence was received from Councillor R Wenham.\n"
    assert _people(_run(text), "apologies") == ["R Wenham"]


def test_an_apology_for_a_late_paper_is_no_absence():
    text = HIGH_HALSTOW + "\n4. Reports\n\nAn apology was made for the late circulation of the report.\n"
    assert _people(_run(text), "apologies") == []


def test_an_agenda_item_line_is_not_the_documents_title():
    text = ("Fire and Rescue Authority\n\n3 May 2016\n\nItem no. Agenda Item Details Status\n"
            "01 Apologies for Absence\n08 Fire Authority Work Plan 2016/17\n")
    assert _doc(text).title == "Fire and Rescue Authority"


LANCASHIRE = """Accountability Board Meetings

18th June 2024

1. Welcome and introductions

Mr Grunshaw

2. Apologies

Mr Grunshaw

3. Declaration of Interests

Minutes of the Meeting Held on 18th June 2024

13th March 2024

1. Welcome and introductions

Mr Snowden

2. Apologies

Mr Snowden
"""


def test_a_link_to_the_minutes_of_the_meeting_above_is_not_a_meeting():
    res = _run(LANCASHIRE)
    assert [(m.kind, m.date) for m in res["meetings"]] == [("agenda", "2024-06-18")]
    assert _people(res, "apologies") == []


def test_minutes_of_a_meeting_of_another_day_after_an_agenda_is_a_meeting():
    text = LANCASHIRE.replace("Minutes of the Meeting Held on 18th June 2024",
                              "Minutes of the Meeting Held on 13th March 2024")
    assert ("minutes", "2024-03-13") in [(m.kind, m.date) for m in _run(text)["meetings"]]


def test_a_time_and_on_before_the_date_under_an_extraordinary_minutes_title():
    text = ("25 July 2022 Extraordinary Meeting\n\nCHAPEL ST LEONARDS COUNCIL\n\n"
            "MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING\n\n"
            "7:00pm on the 25th July 2022 at the Village Hall\n\n"
            "Present:          Cllr G Dalton (Chair), Cllr P Robinson (Vice Chair), Cllr P Hamilton.\n")
    ms = _run(text)["meetings"]
    assert [(m.kind, m.body, m.date, m.start_time, m.place, m.meeting_type) for m in ms] == [
        ("minutes", "Parish Council", "2022-07-25", "19:00", "Village Hall", "extraordinary")]


def test_a_body_meeting_on_a_date_under_a_minutes_title():
    text = ("Minutes 8th April 2021\nParish Council meeting on Thursday 8th April 2021 at 8 p.m.\n"
            "Due to COVID-19 this meeting was held remotely via video conferencing\n")
    assert _meetings(text) == [("minutes", "Parish Council", "2021-04-08", "20:00")]


def test_a_meeting_on_a_date_in_a_sentence_or_without_a_body_is_no_header():
    assert _meetings("Minutes 8th April 2021\nThe Parish Council meeting on 5 May 2021 was cancelled.\n") == []
    assert _meetings("Minutes 8th April 2021\nThe next meeting on Thursday 6th May 2021 at 8 p.m.\n") == []
