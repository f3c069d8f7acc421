"""Meeting forms, round 10 (/work/wt/audit13-meet13b/sources.md): the list of those present printed under a
"Present" label or the chair's lines with its own label ("Members:", "Councillors:"), and initials printed
without spaces.  Each excerpt is quoted from the page named beside it; expected values come from reading it.
Every rule has a test on the side where it must not fire."""
from meeting_helpers import run


def _rows(text):
    return [(a.status, a.title, a.name, a.role) for a in run(text)["attendance"]]


# --- "Present" over "Members: Cllr ..." (Groby PC, minutes 4 February 2008) ---------------------------------------

GROBY = """Groby Parish Council Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby

Cou/285/07-08 Present
Members: Cllr P Batty (Chairman), Cllr J Batty, Cllr Beck, Cllr Cartwright and Cllr Yarwood.

Cou/286/07-08 Apologies for Absence
Apologies for absence were received from Cllr Purves
"""


def test_members_label_under_present_is_present():
    rows = _rows(GROBY)
    assert ("present", "Cllr", "P Batty", "chairman") in rows
    assert [r[2] for r in rows if r[0] == "present"] == ["P Batty", "J Batty", "Beck", "Cartwright", "Yarwood"]
    assert not [r for r in rows if r[0] == "member"]
    assert ("apologies", "Cllr", "Purves", None) in rows


def test_members_label_without_present_is_not_read_as_present():
    # (the same list with no "Present" above it says nothing of who came)
    text = GROBY.replace("Cou/285/07-08 Present\n", "")
    assert not [r for r in _rows(text) if r[0] == "present"]


# --- "Present The Mayor, Cllr. ... (in the chair)." then "Councillors: ..." (Louth TC, 27 April 2021) -------------

LOUTH = """Minutes of the Town Council Meeting 27th April 2021

Present                                        The Mayor, Cllr. D. Hobson (DH) (in the chair).

Councillors:  Mrs. E. Ballard (EB), J. Baskett (JB), D.J.E. Hall (DJEH), G.E. Horton (GEH), D. Jackman (DJ) and A. Leonard (AL).

NB: Cllr. Mrs JMS joined the meeting at approximately 7:45pm.

336.         Apologies for Absence
Cllr. HF and Cllr. Mrs. JMS may be late.
"""


def test_councillors_label_under_present_label_without_colon():
    names = [r[2] for r in _rows(LOUTH) if r[0] == "present"]
    assert names == ["D. Hobson", "E. Ballard", "J. Baskett", "D.J.E. Hall", "G.E. Horton", "D. Jackman", "A. Leonard"]
    assert ("present", "Cllr.", "D. Hobson", "chairman") in _rows(LOUTH)  # "(in the chair)"


def test_councillors_label_alone_is_no_list():
    # (no "Present" label and no chair's line above: nothing is read from it)
    text = LOUTH.replace("Present                                        The Mayor, Cllr. D. Hobson (DH) (in the chair).\n", "")
    assert not [r for r in _rows(text) if r[0] == "present"]


def test_present_without_colon_needs_a_title_after_it():
    text = LOUTH.replace("Present                                        The Mayor", "Present at the meeting were the Mayor")
    assert not [r for r in _rows(text) if r[0] == "present"]


# --- the chair's lines over "Councillors: ..." (Little Totham PC, 7 March 2023) -----------------------------------

LITTLE_TOTHAM = """Minutes of Meeting, Tuesday, 7th March 2023

The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm

Chairman Siddall

Vice Chairman Lawrence

Councillors: T. Gritton, V. Hare, A. Philpott , S. Venton                                                  Parishioners: 2

573. Apologies for Absence: There were no absentees

574. To invite Councillors to declare an interest in matters on the Agenda. None were declared
"""


def test_chair_lines_over_councillors_list():
    rows = _rows(LITTLE_TOTHAM)
    assert [(r[2], r[3]) for r in rows if r[0] == "present"] == [
        ("Siddall", "chairman"), ("Lawrence", "vice_chairman"), ("T. Gritton", "member"), ("V. Hare", "member"),
        ("A. Philpott", "member"), ("S. Venton", "member")]


# --- a minute's number opening a line of its own after a blank line or under a bullet point (text loader) ----------

def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


def test_minute_number_after_a_blank_line_is_not_joined_to_the_list_above():
    # (Little Totham PC: the count of parishioners ends the line before the first minute)
    got = _items(LITTLE_TOTHAM)
    assert got and got[0][0] == "573" and got[0][1].startswith("Apologies for Absence")


PRESHUTE = """Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.

Present:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.

60.    To receive declarations of interests
•    None

61.    Items to be taken in private session
•    None
62.    Minutes of the previous meetings
•    The minutes of the meetings held on 26th January 2021 and the Extraordinary General Meeting of the Council held on 23rd February 2021 were approved unanimously and will be signed at the next available opportunity as a true record.  
63.    Clerk's Report
•    Training – the Clerk has been on various training courses over the last twelve months.
"""


def test_minute_number_under_a_bullet_point_opens_its_own_line():
    # (Preshute PC: "•  None" then the next minute with no blank line between)
    assert [n for n, _ in _items(PRESHUTE)] == ["60", "61", "62", "63"]
    assert ("62", "Minutes of the previous meetings") in _items(PRESHUTE)


def test_sentence_broken_at_a_stop_word_still_runs_on():
    # (Little Totham PC: "... be approved and" / blank / "576. a) ...": the loader keeps joining there)
    from extract.loaders import load_text
    text = "575. Minutes 07/02/2023\n\nRESOLVED that the Minutes be approved and\n\n576. Signed by the Chairman\n"
    blocks = [b.text for b in load_text("page.txt", text).pages[0].blocks]
    assert "RESOLVED that the Minutes be approved and 576. Signed by the Chairman" in blocks


# --- a ModernGov issue page printing an item's minutes without their "Minutes:" label (West Lancashire BC) --------

WEST_LANCS = """Issue - meetings

Meeting: 05/04/2023 - Council (Item 92)

Apologies for absence were received from Councillors Gregson, Hirrell, O'Neill, Marshall and Witter.

The Mayor advised that Amy Nelson, who had received the Rotary Junior Award, was in attendance at the meeting.
"""


def test_issue_page_with_apologies_received_is_minutes():
    got = run(WEST_LANCS)
    assert [(m.kind, m.body, m.date) for m in got["meetings"]] == [("minutes", "Council", "2023-04-05")]
    assert [a.name for a in got["attendance"] if a.status == "apologies"] == [
        "Gregson", "Hirrell", "O'Neill", "Marshall", "Witter"]


def test_issue_page_asking_for_apologies_stays_an_agenda():
    text = WEST_LANCS.replace("Apologies for absence were received from Councillors Gregson, Hirrell, O'Neill, "
                              "Marshall and Witter.", "To receive any apologies for absence.")
    got = run(text)
    assert [m.kind for m in got["meetings"]] == ["agenda"]
    assert not got["attendance"]


# --- an item's title running into "MINUTES OF THE MEETING HELD ON ..." (Dyfed Powys PCP, 16 November 2017) -------

DYFED_POWYS = """Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am

2.

DECLARATIONS OF INTEREST

Minutes:

There were no declarations of personal interest.

3.

TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017 pdf icon PDF 238 KB

Minutes:

UNANIMOUSLY RESOLVED that the minutes of the meeting of the Dyfed Powys Police and Crime Panel held on the 28th July, 2017 be signed as a correct record.

4.

MATTERS ARISING FROM THE MINUTES (IF ANY)
"""


def test_title_ending_in_the_is_not_cut_before_minutes_of():
    got = run(DYFED_POWYS)
    assert ("3", "TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017") in [
        (i.number, i.title) for i in got["agenda_items"]]
    assert [(m.body, m.date) for m in got["meetings"]] == [("Dyfed Powys Police and Crime Panel", "2017-11-16")]


def test_panel_name_before_its_minutes_title_still_cut():
    # (a panel's name run into its minutes' title is still two lines: Sussex PCP form)
    got = run("SUSSEX POLICE AND CRIME PANEL MINUTES of the meeting of the Sussex Police and Crime Panel held on "
              "Friday, 24 January 2020 at 10.30am\n\nPresent: Councillor Eric Page (Chairman), Councillor Tony Nicholson\n")
    assert [(m.kind, m.date) for m in got["meetings"]] == [("minutes", "2020-01-24")]


# --- a title's date printed without its year, the year on the line above (Honingham PC, 12 September 2016) --------

HONINGHAM = """Parish Council Meeting 12th Sept 2016 – Minutes

MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September at 7pm in the Village Hall.

APOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey
"""


def test_year_taken_from_the_same_day_and_month_above():
    got = run(HONINGHAM)
    assert [(m.kind, m.body, m.date, m.start_time) for m in got["meetings"]] == [
        ("minutes", "Honingham Parish Council", "2016-09-12", "19:00")]


def test_no_year_guessed_when_the_date_above_is_another_day():
    got = run(HONINGHAM.replace("12th Sept 2016", "14th Sept 2016"))
    assert not [m for m in got["meetings"] if m.date and m.date.startswith("2016-09-12")]
    assert not [m for m in got["meetings"] if m.body == "Honingham Parish Council"]
