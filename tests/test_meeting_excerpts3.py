"""Meeting forms, round 3 (/work/wt/auditm2/sources.md and the earlier audit texts).  Each excerpt
is written for the test in the form the page printed; expected values come from reading it.  Every
rule has a test on the side where it must not fire."""
from extract.extractors import meetings
from extract.loaders import load_text


def _meetings(text: str) -> list[tuple]:
    r = meetings.extract(load_text("page.txt", text))
    return [(m.kind, m.body, m.date, m.start_time, m.place) for m in r["meetings"]]


# --- a start time further on in the date line, after the venue ------------------------------------

LATE_TIME = """Sussex Police and Crime Panel

Friday 26 June 2020 at the County Hall, St Anne's Crescent, Lewes, at 10.30am

Present: Councillor A Smith (Chairman), Councillor B Jones
"""

LATE_TIME_COMMENCING = """Police and Crime Panel

Friday 26 June 2020 in the Council Chamber, County Hall, Lewes commencing at 10.30am

Present: Councillor A Smith (Chairman), Councillor B Jones
"""

# a time after a sentence end is an item's time, not the meeting's
ITEM_TIME = """Police and Crime Panel

Friday 26 June 2020 in the Council Chamber. Item 5 was taken at 11.30am

Present: Councillor A Smith (Chairman), Councillor B Jones
"""

# a time after words that are no place ("A virtual meeting of the Panel held at 10.30am") does not
# make those words the venue
NO_PLACE = """Sussex Police and Crime Panel

26 June 2020 – A virtual meeting of the Panel held at 10.30am.

Present: Councillor A Smith (Chairman), Councillor B Jones
"""


def test_late_time_after_venue():
    assert _meetings(LATE_TIME) == [("minutes", "Sussex Police and Crime Panel", "2020-06-26", "10:30",
                                     "County Hall, St Anne's Crescent, Lewes")]


def test_late_time_commencing():
    assert _meetings(LATE_TIME_COMMENCING) == [("minutes", "Police and Crime Panel", "2020-06-26", "10:30",
                                                "Council Chamber, County Hall, Lewes")]


def test_time_after_sentence_end_is_not_the_meetings():
    assert [m[3] for m in _meetings(ITEM_TIME)] == [None]


def test_time_after_non_place_words_makes_no_venue():
    got = _meetings(NO_PLACE)
    assert [m[2] for m in got] == ["2020-06-26"]
    assert got[0][4] is None or "meeting" not in got[0][4].lower()


# --- a ModernGov page with no Venue line: the "Minutes:" label under the dated title ---------------

MODERNGOV_NO_VENUE = """Agenda and minutes

North Yorkshire Police, Fire and Crime Panel - Thursday, 23 April 2026 10.30 am

Minutes:

The Panel noted the apologies of Councillor A Smith.
"""

# a Word minutes sheet: "Minutes" (a title, no colon) under the date line keeps its venue
WORD_MINUTES_SHEET = """Lancashire Combined Fire Authority

Monday, 16 December 2024 at 10.30 am in Washington Hall, Service Training Centre, Euxton

Minutes

Present:

Councillor A Smith (Chair)
"""


def test_moderngov_minutes_label_is_no_venue():
    assert _meetings(MODERNGOV_NO_VENUE) == [("minutes", "North Yorkshire Police, Fire and Crime Panel",
                                              "2026-04-23", "10:30", None)]


def test_word_minutes_sheet_keeps_its_venue():
    assert _meetings(WORD_MINUTES_SHEET) == [("minutes", "Lancashire Combined Fire Authority", "2024-12-16",
                                              "10:30", "Washington Hall, Service Training Centre, Euxton")]


# --- a minutes title run on into the next sentence ------------------------------------------------

def test_a_minutes_title_ends_at_its_sentence_the_next_sentence_gives_no_place_or_time():
    text = ("MINUTES of a meeting of the Sussex Police and Crime Panel held on Friday 26 June 2020 at the "
            "County Hall, Lewes. The report was considered at 10.30am.\n\n"
            "Present: Councillor A Smith (Chairman), Councillor B Jones\n")
    assert _meetings(text) == [("minutes", "Sussex Police and Crime Panel", "2020-06-26", None, "County Hall, Lewes")]


def test_a_full_stop_of_an_abbreviation_or_a_time_does_not_end_the_title():
    text = ("Minutes of the meeting of Little Village Parish Council held on 5 March 2024 at 7.30pm in "
            "St. Mary's Church Hall, Little Village\n\nPresent: Cllr A Smith (Chairman), Cllr B Jones\n")
    assert _meetings(text) == [("minutes", "Little Village Parish Council", "2024-03-05", "19:30",
                                "St. Mary's Church Hall, Little Village")]
