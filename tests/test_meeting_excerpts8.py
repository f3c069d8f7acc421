"""Meeting forms, round 8 (/work/wt/audit12-m/sources.md): police and crime panels, fire authorities, cabinets,
town and parish councils.  Each excerpt is written for the test in the form the page printed (short quotes,
the publisher named); expected values come from reading it.  Every rule has a test on the side where it must
not fire."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load_text
from meeting_helpers import meetings_of, people

# --- a ModernGov meeting page's banner is no title: the meeting's name line under it is ----------------------

# (Cheshire PCP: the name line, then a "Venue:" line a loader runs on to it)
CHESHIRE = """Agenda and minutes

Cheshire Police and Crime Panel - Friday, 23rd June, 2023 2.00 pm

Venue: 1st Floor Committee Room, Ellesmere Port Library, Civic Way, Ellesmere Port, CH65 0BG

Contact: Martin Smith  Tel: 01270 686012

Items
No. Item

1.

Apologies

Minutes:

Apologies were received from Cllr Wendy Maisey OBE (Warrington) and Cllr Phil Marshall (Cheshire West and Chester).
"""

# (West Suffolk cabinet: "Agenda, decisions and minutes")
WEST_SUFFOLK = """Agenda, decisions and minutes

Cabinet - Tuesday 10 November 2020 6.00 pm

Venue: Virtual Meeting via MS TeamsLive Meeting Platform
"""

# (Nottinghamshire and City of Nottingham FRA: the name over its date line)
NOTTS = """Agenda and minutes

Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy
Friday, 24th July, 2015 10.00 am

Venue: Fire and Rescue Services HQ, Bestwood Lodge, Arnold Nottingham NG5 8PD
"""

# (Buckinghamshire and Milton Keynes Fire Authority: no name line under the banner)
BUCKS = """Agenda and minutes

Contact: Katie Nellist

Items
No. Item

2.

Minutes pdf icon PDF 677 KB

To approve, and sign as a correct record the Minutes of the meeting of the Fire Authority held on 8 December 2021
"""


def _title(text):
    return describe(load_text("page.txt", text)).title


@pytest.mark.parametrize("text, title", [
    (CHESHIRE, "Cheshire Police and Crime Panel - Friday, 23rd June, 2023 2.00 pm"),
    (WEST_SUFFOLK, "Cabinet - Tuesday 10 November 2020 6.00 pm"),
    (NOTTS, "Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy"),
    (BUCKS, "Agenda and minutes"),   # no name line under it: the banner stays (tests/test_meeting_excerpts2.py)
])
def test_a_meeting_page_banner_gives_way_to_the_meeting_name(text, title):
    assert _title(text) == title


def test_a_title_of_those_words_inside_a_line_is_kept():
    text = "Agenda and minutes of the Audit Committee 2024\n\nThe committee met four times.\n"
    assert _title(text) == "Agenda and minutes of the Audit Committee 2024"


def test_the_real_cheshire_page_takes_the_panel_name_over_its_date():
    with open("../shared/real/panel_web_pages/cheshire_pcp_2024-07-19_agenda_and_minutes_excerpt.txt") as f:
        text = f.read()
    assert _title(text) == "Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am"


# --- "X Parish Council Minutes of the Statutory Annual Meeting of X held via Zoom on DATE commencing at TIME" --

MELTON = """MPC(21)M04

Melton Parish Council  

Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.

Present:

Cllr Mr A H Porter (Chair)

Cllr Mrs B Abbott

Absent:

  There were no absences
"""


def test_a_council_name_run_into_its_minutes_title_and_a_statutory_annual_meeting():
    # (Melton PC, Suffolk: the name's line ends in two spaces, so the loader joins the title to it)
    assert meetings_of(MELTON) == [("minutes", "Melton Parish Council", "2021-05-05", "19:00", "via Zoom")]
    assert [(s, n) for s, _, n, _ in people(MELTON)] == [("present", "A H Porter"), ("present", "B Abbott")]


def test_a_sentence_naming_the_council_before_minutes_is_not_cut():
    text = ("The Council Minutes of the meeting were read.\n\nMinutes of the Meeting of Stoke Parish Council held"
            " on Monday 3 June 2019 at 7.30pm in the Village Hall.\n")
    assert meetings_of(text) == [("minutes", "Stoke Parish Council", "2019-06-03", "19:30", "Village Hall")]


# --- "Minutes of the previous meeting - To consider ... the minutes of the meeting held on DATE": an item ------

CASTOR = """To: ALL MEMBERS OF THE COUNCIL
YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF CASTOR PARISH COUNCIL TO BE HELD in the Cedar Centre on Thursday 2nd March 2023, at 7.30PM FOR THE PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:
AGENDA
- Note attendance and receive apologies for absence.
- Minutes of the previous meeting - To Consider a resolution to approve the minutes of the meeting held on Monday 6th February, 2023
- Matters arising from the minutes of the previous meetings (if Any) (Information Only).
"""


def test_the_previous_meetings_minutes_item_is_no_meeting():
    # (Castor PC's agenda)
    assert meetings_of(CASTOR) == [("agenda", "Castor Parish Council", "2023-03-02", "19:30", "Cedar Centre")]


# --- a summons without "attend" or without "to be held" ----------------------------------------------------

BRIGHTLINGSEA = """TO ALL MEMBERS OF THE COUNCIL

You are hereby summoned to a meeting of the Council to be held in the Parish Hall, Victoria Place, Brightlingsea

on Thursday 18th September 2014 at 7.30 p.m. for the transaction of the business stated below.
"""

TRIMDON = ("In accordance with Paragraph 7 & 10 (2)(b) of Schedule 12a of the Local Government Act 1972 You are hereby"
           " summoned to attend a meeting of the Trimdon Foundry Parish Council at May Crescent Community House on"
           " Tuesday 12th September 2017 at 7.30pm.\n\nMembers of the Public and Press are welcome to attend\n")


@pytest.mark.parametrize("text, meeting", [
    (BRIGHTLINGSEA, ("agenda", "Council", "2014-09-18", "19:30", "Parish Hall, Victoria Place, Brightlingsea")),
    (TRIMDON, ("agenda", "Trimdon Foundry Parish Council", "2017-09-12", "19:30", "May Crescent Community House")),
])
def test_a_summons_without_attend_or_to_be_held(text, meeting):
    # (Brightlingsea TC, Trimdon Foundry PC)
    assert meetings_of(text) == [meeting]


def test_a_summons_sentence_without_a_date_is_no_meeting():
    text = "Members are summoned to a meeting of the Council at the Guildhall when the Mayor decides.\n"
    assert meetings_of(text) == []


# --- a running head's page number is no venue ----------------------------------------------------------------

HAVERFORDWEST = """Full Council 20 September 2017 Page 1

88/17

MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER, PICTON HOUSE,
HAVERFORDWEST

PRESENT: Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans
"""


def test_a_page_number_after_a_running_head_date_is_no_place():
    # (Haverfordwest TC)
    [(kind, body, date, _, place)] = meetings_of(HAVERFORDWEST)
    assert (kind, body, date, place) == ("minutes", "Full Council", "2017-09-20", None)


def test_a_venue_after_the_date_is_kept():
    text = "Audit Committee 20 September 2017 Council Chamber\n\nPRESENT: Cllr A Brooker\n"
    assert meetings_of(text)[0][4] == "Council Chamber"


# --- an apologies heading after a minute's number ------------------------------------------------------------

CHOPPINGTON = """Minutes of Parish Council 22 November 2023

THOSE ATTENDING:

Cllr K Burn

Cllr Vaughan (Chair)

AGENDA PART 1

C048/23 1. APOLOGIES FOR ABSENCE.

Cllr L Watson and Cllr J Foster (family commitment), Cllr A Hart (work commitment) and Cllr H Allsopp (leave). The meeting accepted these as proper reasons for non-attendance.

C049/23 2. DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTERABLE INTEREST(s)

No declarations
"""


def test_apologies_under_a_numbered_minute_heading():
    # (Choppington PC; Groby PC numbers its minutes "Cou/286/07-08 Apologies for Absence")
    assert [(s, n) for s, _, n, _ in people(CHOPPINGTON)] == [
        ("present", "K Burn"), ("present", "Vaughan"),
        ("apologies", "L Watson"), ("apologies", "J Foster"), ("apologies", "A Hart"), ("apologies", "H Allsopp")]


def test_a_numbered_declarations_heading_reads_no_list():
    text = CHOPPINGTON.replace("APOLOGIES FOR ABSENCE.", "PLANNING MATTERS.")
    assert [(s, n) for s, _, n, _ in people(text)] == [("present", "K Burn"), ("present", "Vaughan")]


# --- a titled name after the last "Name (Job)" of an in-attendance list ------------------------------------

@pytest.mark.parametrize("line, rows", [
    # (Preshute PC)
    ("In attendance:  Mrs S Roberts (Clerk) and Unitary Cllr J Davies.",
     [("also_present", "Mrs", "S Roberts", "Clerk"), ("also_present", "Cllr", "J Davies", None)]),
    # (Brandon TC: "PC Chanelle Halford" is not read, the councillor after her is)
    ("Also present: Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5 members of the public.",
     [("also_present", "Mrs", "C Mason", "Town Clerk"), ("also_present", "Cllr.", "B Bishop", None)]),
    # nothing titled after the job: nothing more
    ("In attendance: Mrs S Roberts (Clerk) and one member of the public.",
     [("also_present", "Mrs", "S Roberts", "Clerk")]),
])
def test_a_titled_name_after_the_last_job_in_brackets(line, rows):
    text = ("Minutes of the Parish Council Meeting held on 22nd March 2021 at 7.30pm in the Village Hall.\n\n"
            f"Present:  Cllr P Morgan (Chair), Cllr S Mills.\n{line}\n")
    assert [r for r in people(text) if r[0] == "also_present"] == rows


# --- "X was in attendance" sentences: those named were also present; a list run into them ends there ---------

HAVERFORDWEST_ATTENDANCE = (
    "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER\n\n"
    "PRESENT: Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans\n\n"
    "APOLOGIES: Cllr J Collier Cllr J Fulker County Cllr A Tudor The Town Clerk and Deputy Town Clerk were in"
    " attendance. Mr D Thomas, PCC Link Officer, was in attendance. County Cllrs D Bryan, T Evans and T Tudor were"
    " in attendance.\n")


def test_in_attendance_sentences_after_an_apologies_list():
    # (Haverfordwest TC: the sentences a loader ran into the apologies list are no apologies)
    rows = [r for r in people(HAVERFORDWEST_ATTENDANCE) if r[0] != "present"]
    assert rows == [
        ("apologies", "Cllr", "J Collier", None), ("apologies", "Cllr", "J Fulker", None),
        ("apologies", "County Cllr", "A Tudor", None),
        ("also_present", "Mr", "D Thomas", "PCC Link Officer"),
        ("also_present", "County Cllr", "D Bryan", None), ("also_present", "County Cllr", "T Evans", None),
        ("also_present", "County Cllr", "T Tudor", None)]


def test_an_in_attendance_sentence_without_a_titled_name_adds_no_one():
    text = ("Minutes of the Meeting of Stoke Parish Council held on Monday 3 June 2019 at 7.30pm in the Village Hall.\n\n"
            "Present: Cllr A Brooker\n\nThe Town Clerk was in attendance. Two residents were in attendance.\n")
    assert people(text) == [("present", "Cllr", "A Brooker", None)]


def test_the_real_kent_minutes_officers_in_attendance():
    # (Kent CC council 9 January 2025: "IN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Mr B Watts" /
    # "(General Counsel)"; council 13 February 2025: "Mr John
    # Betts, Interim Corporate Director Finance, was in attendance for this item.")
    from extract.loaders import load
    from extract.extractors import meetings
    rows = []
    for name in ("kcc_council_2025-01-09_printed_minutes.pdf", "kcc_council_2025-02-13_printed_minutes.pdf"):
        r = meetings.extract(load(f"../shared/real/kent_cc/{name}"))
        rows += [(a.name, a.role, a.organisation) for a in r["attendance"] if a.status == "also_present"]
    assert ("B Watts", "officer", "General Counsel") in rows
    assert ("John Betts", "officer", "Interim Corporate Director Finance") in rows
