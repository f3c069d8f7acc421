"""Meeting forms, round 4 (/work/wt/audit8-auditm4/sources.md and the earlier audit texts).  Each
excerpt is written for the test in the form the page printed; expected values come from reading it.
Every rule has a test on the side where it must not fire."""
from meeting_helpers import people as _people, run as _run


# --- a job title is never a person's name (Melton parish, South Hams, Northamptonshire PFCC) -------

JOBS_IN_ATTENDANCE = """Minutes of the Meeting of Melton Parish Council held on Wednesday 5 May 2021 at 19:00.

Present:

Cllr Mr A H Porter (Chair)

Cllr Mrs B Abbott

In Attendance:

One member of the public

Mr W Grosvenor Clerk and Executive Officer to Melton Parish Council

Mrs P Alder Assistant Clerk and Management Officer, Melton Parish Council

1. Election of Chair
"""


def test_a_job_printed_after_a_name_is_the_persons_job_not_another_person():
    got = [p for p in _people(JOBS_IN_ATTENDANCE) if p[0] == "also_present"]
    assert got == [("also_present", "Mr", "W Grosvenor", "Clerk and Executive Officer to Melton Parish Council"),
                   ("also_present", "Mrs", "P Alder",
                    "Assistant Clerk and Management Officer, Melton Parish Council")]


OFFICER_POSTS = """Minutes of a meeting of the South Hams Council held on Thursday, 19th May, 2022 at 2.00 pm at the Council Chamber

Present:

Cllr Abbott

Cllr Baldry

In attendance:

Senior Leadership Team

Monitoring Officer

Democratic Services Manager
"""


def test_officer_posts_without_names_are_no_people():
    got = _people(OFFICER_POSTS)
    assert [p[2] for p in got] == ["Abbott", "Baldry"]


JOB_BEFORE_NAME = """ACCOUNTABILITY BOARD
Minutes
9th February 2021
1. Welcome and introductions
Attendees:
Nicci Marzec (NM)
Chief Finance Officer Helen King (HK)
Sarah Crampton (SC)
Apologies were accepted from ACC Simon Blatchly
2. Previous minutes and action log
"""


def test_a_job_title_before_a_name_is_the_organisation_of_the_name():
    got = [(p[2], p[3]) for p in _people(JOB_BEFORE_NAME) if p[0] == "present"]
    assert got == [("Nicci Marzec", None), ("Helen King", "Chief Finance Officer"), ("Sarah Crampton", None)]


def test_a_name_run_with_no_job_word_is_still_read():
    # (negative: "Robert Fousert" and "Sally Hardwick" carry no job word; "Mr A Clerkson" only begins like one)
    text = JOB_BEFORE_NAME.replace("Chief Finance Officer Helen King (HK)", "Robert Fousert, Sally Hardwick\nMr A Clerkson")
    got = [p[2] for p in _people(text) if p[0] == "present"]
    assert got == ["Nicci Marzec", "Robert Fousert", "Sally Hardwick", "A Clerkson", "Sarah Crampton"]


def test_a_count_of_the_public_does_not_swallow_the_next_line():
    text = JOBS_IN_ATTENDANCE.replace("Mrs P Alder Assistant Clerk and Management Officer, Melton Parish Council\n", "")
    got = [p[2] for p in _people(text) if p[0] == "also_present"]
    assert got == ["W Grosvenor"]


# --- a minute number under the agenda item's numbered line (South Hams; CMIS minutes) -------------

INTERLEAVED = """Minutes of a meeting of the South Hams Council held on Thursday, 19th May, 2022 at 2.00 pm at the Council Chamber

1.                            Election of the Chairman of the Council;

01/22

RESOLVED

That Cllr L Austen be elected Chairman of the Council.

2.                            Address by the New Chairman of Council

02/22

In addressing the Council, Cllr Austen expressed his honour at being elected as Chairman.

3.                            Apologies for Absence

03/22

Apologies were received from Cllr Brown.
"""


def test_a_minute_number_under_an_agenda_line_is_no_item_of_its_own():
    r = _run(INTERLEAVED)
    assert [(a.number, a.title) for a in r["agenda_items"]] == [
        ("1", "Election of the Chairman of the Council"), ("2", "Address by the New Chairman of Council"),
        ("3", "Apologies for Absence")]
    assert [d.item_number for d in r["decisions"]] == ["1"]


def test_a_minute_number_under_an_unnumbered_line_is_still_an_item():
    # (negative: ModernGov's number cell above the title, "39/20" / "APOLOGIES FOR ABSENCE")
    text = ("Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am\n\nVenue: Remote\n\nItems\n"
            "No. Item\n\n39/20\n\nAPOLOGIES FOR ABSENCE\n\n40/20\n\nMINUTES OF THE PREVIOUS MEETING\n")
    assert [(a.number, a.title) for a in _run(text)["agenda_items"]] == [
        ("39/20", "APOLOGIES FOR ABSENCE"), ("40/20", "MINUTES OF THE PREVIOUS MEETING")]


# --- proposer and seconder (Melton parish; Cruwys Morchard parish) ----------------------------------

def _decisions(text: str) -> list[tuple]:
    return [(d.decision, d.proposer, d.seconder) for d in _run(text)["decisions"]]


def test_a_proposer_line_under_a_resolution_names_who_moved_it():
    text = ("Minutes of the Meeting of Melton Parish Council held on Wednesday 5 May 2021 at 19:00.\n\n"
            "Present:\n\nCllr Mr A H Porter (Chair)\n\nCllr Mrs C Gradwell\n\nCllr Mr C W Taylor\n\n"
            "It was RESOLVED that Cllr Porter be elected Chair of the Council.\n\n"
            "Proposed by: Cllr Taylor                   Seconded by: Cllr Gradwell\n")
    assert _decisions(text) == [("that Cllr Porter be elected Chair of the Council.", "C W Taylor", "C Gradwell")]


def test_a_proposer_line_far_below_an_unnamed_resolution_is_its_own_decision():
    # (negative: a line between them; the pair moved the motion printed just above it)
    text = ("Minutes of the Meeting of Melton Parish Council held on Wednesday 5 May 2021 at 19:00.\n\n"
            "It was RESOLVED that Cllr Porter be elected Chair of the Council.\n\n"
            "The Clerk reported on the accounts for the year.\n\n"
            "Proposed by: Cllr Taylor Seconded by: Cllr Gradwell\n")
    got = _decisions(text)
    assert got[0] == ("that Cllr Porter be elected Chair of the Council.", None, None)
    assert got[1][1:] == ("Taylor", "Gradwell")


AGREED_BY_THE_MEETING = ("Minutes 8th April 2021\nParish Council meeting on Thursday 8th April 2021 at 8 p.m.\n"
                         "- MINUTES OF PREVIOUS MEETING\n"
                         "Proposal: Agreement to the content of the minutes was proposed by Mr Berry and seconded by "
                         "Mrs Mitchell and was unanimously agreed by the meeting. Minutes will be signed by the "
                         "chairman in due course.\n")


def test_agreed_by_the_meeting_records_what_came_before_and_the_seconder_is_a_name():
    assert _decisions(AGREED_BY_THE_MEETING) == [("Agreement to the content of the minutes", "Berry", "Mitchell")]


def test_agreed_by_the_meeting_to_do_something_keeps_the_words_after():
    # (negative: "agreed by the meeting to write ..." states the decision after "agreed")
    text = AGREED_BY_THE_MEETING.replace("agreed by the meeting. Minutes will be signed by the chairman in due course.",
                                         "agreed that the Clerk writes to the County Council.")
    assert _decisions(text)[0][0] == "that the Clerk writes to the County Council."


# --- a list of people ends where the minutes' prose or the next item begins (Cheshire PCP; Melton) --

APOLOGIES_ITEM = """Agenda and minutes

Cheshire Police and Crime Panel - Friday, 22nd September, 2017 10.00 am

Venue: The Karalius Suite, Select Security Stadium Halton, Lowerhouse Lane, Widnes WA8 7DZ

Contact: Julie North  Senior Democratic Services Officer

Items
No. Item

83.

Police and Crime Commissioner

Minutes:

The Chairman indicated that the Commissioner was unable to attend.

 

84.

Apologies

Members are reminded that, in accordance with governance procedure rule 2.7, Panel Members, or their constituent authority, may nominate substitute members of the Panel in the event that the appointed representative(s) is/are unable to attend the meeting.

Minutes:

Cllr A King.

85.

Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012

Members are reminded of their responsibility to declare any disclosable pecuniary or non-pecuniary interest which they have in any item of business on the agenda no later than when the item is reached.

Minutes:

Mrs S Hardwick declared an interest in item 5, the appointment of independent members of the Panel, noting that she would leave the room during discussion of that item.

86.

Public Participation
"""


def test_an_apologies_list_ends_at_the_next_items_number():
    assert _people(APOLOGIES_ITEM) == [("apologies", "Cllr", "A King", None)]


def test_a_present_list_ends_at_the_resolution_under_it():
    text = ("Minutes of the Meeting of Melton Parish Council held on Wednesday 5 May 2021 at 19:00.\n\n"
            "Present:\n\nCllr Mr A H Porter (Chair)\n\nCllr Mrs C Gradwell\n\n"
            "It was RESOLVED that Cllr Porter be elected Chair of the Council.\n")
    assert [p[2] for p in _people(text)] == ["A H Porter", "C Gradwell"]


def test_a_substitution_line_in_a_list_is_still_read():
    # (negative: three lower-case words, "for whom ... was substitute", are no prose)
    text = ("Minutes of the Meeting of Melton Parish Council held on Wednesday 5 May 2021 at 19:00.\n\n"
            "Apologies:\n\nCllr Mrs B Abbott,\n\nCllr Jon Collins, for whom Cllr Malcolm Wood was substitute\n")
    assert [p[2] for p in _people(text) if p[0] == "apologies"][:2] == ["B Abbott", "Jon Collins"]


# --- the body is named after "Meeting of" (Melton, Salford Priors, Marshchapel parishes) -----------

def _bodies(text: str) -> list[tuple]:
    return [(m.body, m.meeting_type) for m in _run(text)["meetings"]]


def test_the_words_before_meeting_of_say_which_meeting_not_the_body():
    assert _bodies("Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on Wednesday "
                   "5 May 2021 commencing at 19:00.\n\nPresent:\n\nCllr Mr A H Porter (Chair)\n") == [
        ("Melton Parish Council", "annual")]
    assert _bodies("Minutes of the One Hundredth & Twenty-fifth Annual Meeting of the Salford Priors Parish Council "
                   "held in The Memorial Hall, Salford Priors on Wednesday 15th May 2019, 7pm\n") == [
        ("Salford Priors Parish Council", "annual")]


def test_a_body_without_meeting_of_is_kept_whole():
    # (negative: "Police and Crime Panel" holds no "Meeting of")
    assert _bodies("Minutes of the Sussex Police and Crime Panel held on Friday 26 June 2020 at County Hall, "
                   "Lewes.\n") == [("Sussex Police and Crime Panel", None)]


# --- organisations in lists (Chapel St Leonards, Marshchapel, Salford Priors parishes) -------------

PARISH_LISTS = """Minutes of the Parish Council Meeting held on Monday 25th July 2022 at 7pm in the Village Hall

Present: Cllr G Dalton (Chair), Cllr Festim (Bob) Doko, Cllr R Christie-Smith (Lincolnshire County Council) and Cllr Charles Jude.

Apologies: Cllr D. McNally (ELDC & CC)
"""


def test_a_nickname_in_brackets_is_no_organisation_and_an_ampersand_in_brackets_splits_nothing():
    got = [(p[2], p[3]) for p in _people(PARISH_LISTS)]
    assert got == [("G Dalton", None), ("Festim Doko", None), ("R Christie-Smith", "Lincolnshire County Council"),
                   ("Charles Jude", None), ("D. McNally", "ELDC & CC")]


def test_a_clause_after_a_name_is_no_organisation():
    text = ("Minutes of the Parish Council Meeting held on Monday 25th July 2022 at 7pm in the Village Hall\n\n"
            "Apologies: Cllr Pattison – it was agreed by Members for Cllr Pattison to sign the Declaration of "
            "Acceptance of Office at the next Parish Council meeting.\n\nPresent: Cllr A Smith, Stevenage Borough Council\n")
    got = [(p[0], p[2], p[3]) for p in _people(text)]
    assert ("apologies", "Pattison", None) in got
    assert ("present", "A Smith", "Stevenage Borough Council") in got  # (negative: a named organisation)


# --- "At a meeting of X held at PLACE on DATE at TIME" (Durham CFA; South Cambridgeshire) ----------

def _meetings(text: str) -> list[tuple]:
    return [(m.kind, m.body, m.date, m.start_time, m.place) for m in _run(text)["meetings"]]


def test_at_a_meeting_of_held_at_on_at_is_the_minutes_title():
    text = ("At a meeting of the Combined Fire Authority for County Durham and Darlington held at Fire and Rescue "
            "Service Headquarters, Belmont Business Park, Durham on Thursday 12 November 2015 at 10.00 a.m.\n"
            "Apologies for absence were received from Councillors B Armstrong and B Glass.\n")
    assert _meetings(text) == [("minutes", "Combined Fire Authority for County Durham and Darlington", "2015-11-12",
                                "10:00", "Fire and Rescue Service Headquarters, Belmont Business Park, Durham")]
    assert [a.name for a in _run(text)["attendance"]] == ["B Armstrong", "B Glass"]


def test_at_a_meeting_of_held_on_a_date_alone():
    text = "At a meeting of the Land Drainage Advisory Group held on Tuesday, 24 January 2006\n\nPresent: Cllr A Smith\n"
    assert _meetings(text) == [("minutes", "Land Drainage Advisory Group", "2006-01-24", None, None)]


def test_a_sentence_about_an_earlier_meeting_is_no_title():
    # (negative: a report's sentence, "held 27 June 2022, the CFA agreed ...", and one with a verb after the date)
    assert _meetings("At the meeting of the Combined Fire Authority held 27 June 2022, the CFA agreed a programme "
                     "of Meetings for 2023/24.\n") == []
    assert _meetings("At a meeting of the Panel held on 5 June 2023 the Panel was informed of the vacancy.\n") == []


# --- a bare "MEMBERS PRESENT" / "APOLOGIES FOR ABSENCE" over a list (Cruwys Morchard parish) --------

BARE_LABELS = """Minutes 8th April 2021
Parish Council meeting on Thursday 8th April 2021 at 8 p.m.
- MEMBERS PRESENT
Mr G. Hall (Chairman), Mr D. Berry, Mrs J. Mitchell, Mrs P. Colthorpe (District Councillor)
- APOLOGIES FOR ABSENCE
Mr G. Kingdom (Work commitments), Mrs A. Clements (Couldn't access Zoom meeting)
- MINUTES OF PREVIOUS MEETING
It was proposed by Mr Berry and seconded by Mrs Mitchell that the minutes be approved.
It was proposed by Mr Berry and seconded by Mrs Mitchell that the Clerk write to the County Council.
"""


def test_bare_members_present_and_apologies_labels_head_their_lists():
    got = [(p[0], p[2], p[3]) for p in _people(BARE_LABELS)]
    assert got == [("present", "G. Hall", None), ("present", "D. Berry", None), ("present", "J. Mitchell", None),
                   ("present", "P. Colthorpe", "District Councillor"), ("apologies", "G. Kingdom", None),
                   ("apologies", "A. Clements", None)]
    notes = {a.name: a.note for a in _run(BARE_LABELS)["attendance"]}
    assert notes["D. Berry"] == "named as 'Mr Berry' in a decision"  # once, for two decisions


def test_a_bare_apologies_label_over_a_sentence_lists_no_one_twice():
    # (negative: the sentence under the label is read once, as the sentence it is)
    text = BARE_LABELS.replace("Mr G. Kingdom (Work commitments), Mrs A. Clements (Couldn't access Zoom meeting)",
                               "Apologies were received from Mr G. Kingdom. The Chairman noted that the meeting "
                               "would be recorded for the minutes.")
    got = [(p[0], p[2]) for p in _people(text) if p[0] == "apologies"]
    assert got == [("apologies", "G. Kingdom")]


# --- a resolution naming another meeting is no header; a resolution's part is no item -------------

def test_a_resolution_naming_the_councils_meeting_date_is_no_meeting():
    # (Newark and Sherwood cabinet decision)
    text = ("Decision:\nAGREED That Cabinet recommends to Full Council at its meeting on 9 March 2023 that:\n"
            "i. the following amounts be now calculated by the council for the 2023/24 financial year:\n")
    assert _meetings(text) == []


def test_a_body_over_its_dated_line_is_still_a_meeting():
    # (negative: "CABINET" / "Thursday, 9 March 2023, at 10.00 am" names the meeting itself)
    text = "CABINET\n\nThursday, 9 March 2023, at 10.00 am\n\nCouncil Chamber, Castle House, Newark\n\n1. Apologies\n"
    assert [m[:4] for m in _meetings(text)] == [("agenda", "Cabinet", "2023-03-09", "10:00")]


def test_a_numbered_that_clause_is_no_agenda_item():
    text = ("Communities, Housing and Environment Committee\n\nTuesday 17 September 2019 at 6.30 pm\n\n"
            "1. Apologies for Absence\n\n2. That the Capital position at Quarter 1 be noted\n\n"
            "3. Notification of Substitute Members\n")
    assert [(a.number, a.title) for a in _run(text)["agenda_items"]] == [
        ("1", "Apologies for Absence"), ("3", "Notification of Substitute Members")]


# --- a decision printed twice on a ModernGov page (Bolsover; South Ribble) -------------------------

TWICE = """Executive - Monday, 6 December 2021 10.00 am

66. Ambition Targets Performance Update

Decision:

RESOLVEDthat the quarterly outturns against the Council Ambition 2020-2024 targets be noted.

Minutes:

Executive considered a report in relation to the Council's Quarter 2 outturns.

Moved by Councillor Duncan McGregor and seconded by Councillor Clive Moesby

RESOLVED that the quarterly outturns against the Council Ambition 2020-2024 targets be noted.
"""


def test_a_decision_printed_twice_is_one_decision_with_its_mover():
    assert [(d.item_number, d.decision, d.proposer, d.seconder) for d in _run(TWICE)["decisions"]] == [
        ("66", "that the quarterly outturns against the Council Ambition 2020-2024 targets be noted.",
         "Duncan McGregor", "Clive Moesby")]


def test_two_different_decisions_of_an_item_are_both_kept():
    # (negative: a second resolution with other words)
    text = TWICE.replace("RESOLVED that the quarterly outturns against the Council Ambition 2020-2024 targets be noted.",
                         "RESOLVED that a further report on the targets be brought to the March meeting.")
    assert len(_run(text)["decisions"]) == 2


# --- officers in one line; initials that differ are two people (Choppington parish; Highland) ------

OFFICERS_ONE_LINE = """Minutes of the Parish Council Meeting held on Wednesday 22nd November 2023 at 7pm in the Parish Hall

Present: Cllr K Burn, Cllr A Iley, Cllr J Rowell

In attendance: Mrs A Brindley, Parish Clerk/Responsible Finance Officer, Mr D L Nicholson Deputy Parish Clerk, and Mr D Iley Admin/Finance Office.
"""


def test_a_titled_name_after_a_comma_starts_the_next_officer():
    got = [(p[2], p[3]) for p in _people(OFFICERS_ONE_LINE) if p[0] == "also_present"]
    assert got == [("A Brindley", "Parish Clerk/Responsible Finance Officer"), ("D L Nicholson", "Deputy Parish Clerk"),
                   ("D Iley", "Admin/Finance Office")]
    notes = {a.name: a.note for a in _run(OFFICERS_ONE_LINE)["attendance"]}
    assert notes["A Iley"] is None and notes["D Iley"] is None  # two people, not two spellings


def test_a_name_and_its_job_with_commas_stay_one_person():
    # (negative: no titled name after the commas)
    text = OFFICERS_ONE_LINE.replace(
        "Mrs A Brindley, Parish Clerk/Responsible Finance Officer, Mr D L Nicholson Deputy Parish Clerk, and Mr D Iley "
        "Admin/Finance Office.", "Ms A Clark, Acting Head of Policy, Chief Executive's Office")
    got = [(p[2], p[3]) for p in _people(text) if p[0] == "also_present"]
    assert got == [("A Clark", "Acting Head of Policy, Chief Executive's Office")]
    # (negative: a first name spelt two ways is still noted)
    text = OFFICERS_ONE_LINE.replace("Cllr J Rowell", "Cllr Ros Henning").replace(
        "Mrs A Brindley, Parish Clerk/Responsible Finance Officer, Mr D L Nicholson Deputy Parish Clerk, and Mr D Iley "
        "Admin/Finance Office.", "Cllr Ross Henning, Lincolnshire County Council")
    notes = {a.name: a.note for a in _run(text)["attendance"]}
    assert notes["Ros Henning"] == "also printed as 'Ross Henning'"


# --- a report's heading and a listing page's title name the body (West Yorkshire PCP; Lancashire PCC) -

def test_report_of_the_panel_and_board_meetings_name_the_panel_and_board():
    text = "Report of the West Yorkshire Police and Crime Panel\n\nPrecept Proposal 2016/17\n\nFriday 5th February 2016\n"
    assert [m[1] for m in _meetings(text)] == ["West Yorkshire Police and Crime Panel"]
    text = "Accountability Board Meetings\n\n18th June 2024\n\n1. Welcome and introductions\n\n2. Apologies\n"
    assert [m[1] for m in _meetings(text)] == ["Accountability Board"]


def test_a_body_naming_meetings_inside_is_kept():
    # (negative: "Meetings" not at the end, "Report of" before no panel)
    text = "Joint Meetings Panel\n\nFriday 5th February 2016\n\n1. Welcome\n\n2. Apologies\n"
    assert [m[1] for m in _meetings(text)] == ["Joint Meetings Panel"]
