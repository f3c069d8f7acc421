"""Meeting forms, round 6 (/work/wt/audit10-auditm6/sources.md and the earlier audit texts).  Each
excerpt is written for the test in the form the page printed; expected values come from reading it.
Every rule has a test on the side where it must not fire."""
from meeting_helpers import meetings_of, people, run

# --- a plural title before the first name's own title (Fenland council) -------------------------

PLURAL_BEFORE_OWN_TITLE = """Minutes of the Council meeting held on Thursday 17 November 2016 at 4.00 pm in the Council Chamber, Fenland Hall, March

Present:
Councillor S Bligh, Councillor Mrs V M Bucknor, Councillor F H Yeulett
Apologies for absence:
Councillors Mrs Newell and Councillor Seaton

Councillor Mrs Cox paid tribute to two previous serving Councillors.
"""


def test_plural_title_before_own_title_is_one_councillor():
    got = [p for p in people(PLURAL_BEFORE_OWN_TITLE) if p[0] == "apologies"]
    assert got == [("apologies", "Councillor Mrs", "Newell", None), ("apologies", "Councillor", "Seaton", None)]


def test_singular_titles_unchanged():
    got = [p[1:3] for p in people(PLURAL_BEFORE_OWN_TITLE) if p[0] == "present"]
    assert got == [("Councillor", "S Bligh"), ("Councillor Mrs", "V M Bucknor"), ("Councillor", "F H Yeulett")]


def test_plural_title_goes_on_to_bare_surnames():
    text = ("Minutes of the Parish Council meeting held on Monday 4 March 2019 at 7pm in the Village Hall\n\n"
            "Apologies: Councillors Mrs Smith, Brown and Green\n")
    assert [p[1:3] for p in people(text)] == [("Councillor Mrs", "Smith"), ("Councillor", "Brown"),
                                              ("Councillor", "Green")]


# --- two officers sharing one job printed in the plural (North Wales FRA) -----------------------

SHARED_JOB = """Minutes of the North Wales Fire and Rescue Authority meeting held on Monday 16 December 2019 at 10.30 am in the Council Chamber, Bodlondeb, Conwy

Also present:

S A Smith (Chief Fire Officer and Chief Executive); R Fairhead and K Roberts (Assistant Chief Fire Officers); T Williams (Corporate Communications Manager).
"""


def test_shared_plural_job_is_each_officers_job():
    got = [(a.name, a.role, a.organisation) for a in run(SHARED_JOB)["attendance"]]
    assert ("R Fairhead", "officer", "Assistant Chief Fire Officer") in got
    assert ("K Roberts", "officer", "Assistant Chief Fire Officer") in got
    assert ("S A Smith", "officer", "Chief Fire Officer and Chief Executive") in got


def test_department_in_brackets_is_no_shared_job():
    text = SHARED_JOB.replace("(Assistant Chief Fire Officers)", "(Democratic Services)")
    got = [(a.name, a.organisation) for a in run(text)["attendance"]]
    assert ("R Fairhead", "Democratic Service") not in got and ("K Roberts", "Democratic Service") not in got


def test_singular_job_after_two_names_not_shared():
    text = SHARED_JOB.replace("(Assistant Chief Fire Officers)", "(Treasurer)")
    got = [(a.name, a.organisation) for a in run(text)["attendance"]]
    assert ("R Fairhead", "Treasurer") not in got


# --- one titled name a line, the first on the label's line (Scotton parish, Aberystwyth) -------

ONE_A_LINE = """Minutes Of A Meeting Of Scotton Parish Council Held On Thursday 4 July 2019 At 7pm In The Village Hall, Scotton
Draft May Be Subject To Change

Present: Councillor R Littlewood

District Councillor Mrs Lesley Rollings

District Councillor Liz Clews

In Attendance: James O'Shaughnessy – Deputy Monitoring Officer (WLDC)
"""


def test_titled_names_one_a_line_after_present_label():
    got = [p[1:3] for p in people(ONE_A_LINE) if p[0] == "present"]
    assert got == [("Councillor", "R Littlewood"), ("District Councillor Mrs", "Lesley Rollings"),
                   ("District Councillor", "Liz Clews")]


def test_double_surname_with_spaced_dash():
    text = ("Minutes of the meeting of Aberystwyth Town Council held on Monday 24 February 2014 at 6.30pm\n\n"
            "Present: Cllr Wendy Morris – Twiddy\n\nCllr Brenda Haines\n\nApologies: Cllr Dylan Lewis\n")
    assert [p[:3] for p in people(text)] == [("present", "Cllr", "Wendy Morris-Twiddy"),
                                            ("present", "Cllr", "Brenda Haines"),
                                            ("apologies", "Cllr", "Dylan Lewis")]


def test_prose_after_present_line_is_not_a_name():
    text = ("Minutes Of A Meeting Of Scotton Parish Council Held On Thursday 4 July 2019 At 7pm In The Village Hall\n\n"
            "Present: Councillor R Littlewood\n\n"
            "Councillor Littlewood welcomed everyone to the meeting and thanked them for coming.\n")
    assert [p[2] for p in people(text)] == ["R Littlewood"]


# --- a page flattened into one line, its title after a lead (West Yorkshire PCP, Groby parish) ---

FLAT_WY = ("Item 2 West Yorkshire Police and Crime Panel Draft Minutes 6 February 2016, Wakefield Town Hall "
           "PRESENT: Councillor Alison Lowe (Chair) - Leeds City Council Councillor Michael Walls - Bradford "
           "Council Mr Roger Grasby - Independent IN ATTENDANCE: Emma Duckett - City of Wakefield MDC Stuart "
           "McKinnon-Evans - Bradford Council 1. Apologies for Absence 1.1 The Chair of the Panel noted "
           "apologies from Councillor Hassan Khan (Bradford). 2. Minutes of the Meeting held on 11 th December "
           "2015 2.1 The minutes of the meeting were agreed as a correct record.\n")

FLAT_GROBY = ("1 (These minutes are published subject to approval by the Parish Council and to any amendments "
              "that will be recorded in the minutes of the Meeting at which they are approved) Groby Parish "
              "Council Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at "
              "the Parish Council Chamber, Leicester Road, Groby Cou/285/07-08 Present Members: Cllr P Batty "
              "(Chairman), Cllr J Batty, Cllr Beck (arrived at 7.01pm) and Cllr Yarwood. Cou/286/07-08 "
              "Apologies for Absence Apologies for absence were received from Cllr Purves With the absence of "
              "the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected.\n")


def test_flattened_page_title_after_page_stamp():
    assert meetings_of(FLAT_WY) == [("minutes", "West Yorkshire Police and Crime Panel", "2016-02-06", None,
                                     "Wakefield Town Hall")]
    got = people(FLAT_WY)
    assert ("present", "Councillor", "Alison Lowe", "Leeds City Council") in got
    assert ("also_present", None, "Stuart McKinnon-Evans", "Bradford Council") in got
    assert ("also_present", None, "Emma Duckett", "City of Wakefield MDC") in got


def test_flattened_page_title_after_bracketed_note():
    assert meetings_of(FLAT_GROBY) == [("minutes", "Groby Parish Council", "2008-02-04", "19:00",
                                        "Parish Council Chamber, Leicester Road, Groby")]
    got = people(FLAT_GROBY)
    assert [p[2] for p in got if p[0] == "present"] == ["P Batty", "J Batty", "Beck", "Yarwood"]
    assert [p[2] for p in got if p[0] == "apologies"] == ["Purves"]


def test_long_line_approving_earlier_minutes_is_no_title():
    text = ("Item 4 To approve the Minutes of the meeting of the Council held on 6 February 2016 as a "
            "correct record. " + "The Chair reported on the work of the Panel over the year. " * 8 + "\n")
    assert meetings_of(text) == []


def test_title_deep_in_flattened_prose_is_no_header():
    # a title named past the page's lead (over 300 characters in): the minutes' prose, not the header
    text = ("The Panel received the report of the Chief Executive. " * 7 + "The Panel noted the Minutes of a "
            "Meeting of the Audit Committee held on Tuesday 3 May 2016 at County Hall. " * 2 + "\n")
    assert meetings_of(text) == []


# --- a label's word inside an item title (Surrey PCP: ModernGov agenda) --------------------------

PREVIOUS_MEETING_TITLE = """Agenda

Surrey Police and Crime Panel - Thursday, 20 June 2024 10.30 am

Venue: Woodhatch Place, Reigate, Surrey

Items
No. Item

3.

APOLOGIES FOR ABSENCE

    The Chairman to report apologies for absence.

4.

MINUTES OF THE PREVIOUS MEETING: 2 FEBRUARY 2024 pdf icon PDF 233 KB

    To approve the minutes of the meeting held on (2 February 2024) as a correct record.

5.

DECLARATIONS OF INTEREST
"""


def test_previous_meeting_label_word_stays_in_title():
    got = [(a.number, a.title) for a in run(PREVIOUS_MEETING_TITLE)["agenda_items"]]
    assert got == [("3", "APOLOGIES FOR ABSENCE"), ("4", "MINUTES OF THE PREVIOUS MEETING: 2 FEBRUARY 2024"),
                   ("5", "DECLARATIONS OF INTEREST")]


def test_run_together_labels_still_cut():
    text = ("Police and Crime Panel\n\nMeeting: Police and Crime Panel Date: Thursday 5 March 2020 "
            "Time: 10.30 am Venue: Council Chamber, County Hall\n")
    assert meetings_of(text) == [("agenda", "Police and Crime Panel", "2020-03-05", "10:30",
                                  "Council Chamber, County Hall")]


# --- a parish meeting's minutes (Souldern: its title broken over three lines) ---------------------

def test_parish_meeting_keeps_meeting_in_its_body():
    text = ("MINUTES OF THE SOULDERN ANNUAL PARISH MEETING\nHELD IN THE VILLAGE HALL\nON 20th MAY 2025\n\n"
            "1. Welcome and apologies\n")
    got = [(m.body, m.date, m.meeting_type) for m in run(text)["meetings"]]
    assert got == [("Souldern Annual Parish Meeting", "2025-05-20", "annual")]


def test_parish_council_meeting_body_unchanged():
    text = ("Minutes of the Stoke Ferry Parish Council Meeting held on Wednesday 19 December 2012 at 7.30pm "
            "in the Community Centre\n")
    assert [m.body for m in run(text)["meetings"]] == ["Stoke Ferry Parish Council"]


# --- "Date of Next Meeting:" with its label's word kept whole (West Dereham parish) ---------------

NEXT_MEETING_THEN_ITEM = """Minutes of the West Dereham Parish Council meeting held on Thursday 10 October 2019 at 7.30pm in the Village Hall

16. Correspondence

16.1 LH reported that she had arranged for a speaker to attend.

17\\. Date of Next Meeting: Thursday 7th November 2019 at 7.30pm. 18. Open Forum

18.1 A Parishioner noted a large pothole in St Andrew's Walk.
"""


def test_next_meeting_date_read_and_next_item_is_no_place():
    got = [(f.date, f.start_time, f.place) for f in run(NEXT_MEETING_THEN_ITEM)["future_meetings"]]
    assert got == [("2019-11-07", "19:30", None)]


def test_next_meeting_place_after_time_still_read():
    text = NEXT_MEETING_THEN_ITEM.replace("at 7.30pm. 18. Open Forum", "at 7.30pm in the Village Hall.")
    got = [(f.date, f.start_time, f.place) for f in run(text)["future_meetings"]]
    assert got == [("2019-11-07", "19:30", "Village Hall")]


# --- a ModernGov page title "Agenda for X on DATE, TIME" (South Ribble council) -------------------

AGENDA_FOR_TITLE = """Toggle menu

Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm

Agenda and minutes

Items
No. Item

66.

Apologies for absence

Minutes:

None.

67.

Declarations of Interest

Minutes:

Councillor Barrie Yates declared a personal interest in item 11.
"""


def test_agenda_for_page_title_names_the_meeting():
    got = [(m.body, m.date, m.start_time) for m in run(AGENDA_FOR_TITLE)["meetings"]]
    assert got == [("Council", "2021-01-27", "18:00")]


def test_agenda_for_in_a_sentence_is_no_title():
    text = AGENDA_FOR_TITLE.replace("Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm",
                                    "The agenda for Council on Wednesday, 27th January, 2021 was published late")
    assert run(text)["meetings"] == []


# --- a line of titled names, read token by token (attendance._only_names) ------------------------

def test_only_names_lines():
    from extract.extractors.meetings.attendance import _only_names
    yes = ["Cllr Paul Rochford", "Cllr A Smith and Cllr B Jones", "Cllr P Batty (Chairman), Cllr J. Batty,",
           "Councillor Mrs V M Bucknor & Councillor F H Yeulett.", "Cllr O'Neil-Jones (Vice Chair); Cllr Beck"]
    no = ["Cllr Smith reported that the hall was booked", "Cllr A Smith (Chair) (Mayor)", "Cllr A Smith, , Cllr B",
          "Cllr A Smith and (Chair)", "Cllr", "Cllr andrew", "Cllr " + "Alpha Beta Gamma Delta " * 8 + "was thanked"]
    assert [_only_names(t) for t in yes] == [True] * len(yes)
    assert [_only_names(t) for t in no] == [False] * len(no)
