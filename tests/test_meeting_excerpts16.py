"""Meeting forms, round 16 (/work/wt/audit16-meet16/sources.md): bodies not seen before.  Each excerpt is quoted
from the page named beside it; expected values come from reading it.  Each rule has a test on the side where it
must not fire."""
from meeting_helpers import meetings_of, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


# Eccleshall PC, Parish and Planning Meeting 16 January 2019 (eccleshallparishcouncil.gov.uk)
ECCLESHALL = """Parish and Planning Meeting
You are summoned to attend a meeting of Eccleshall Parish Council, to be held at 7.30pm on Wednesday January 16th, 2019 at Eccleshall Community Centre, followed by a meeting of the Planning Committee.
1. To receive apologies for absence.
2. To consider Councillor requests for dispensations and declarations of interest.
3. Public Participation.
4. To approve the minutes of the Parish Council meeting held on November 21st 2018.
5. To receive any reports from Borough & County Councillors.
6. To receive Committee Reports:-
"""


def test_agenda_items_ended_by_a_full_stop():
    assert _items(ECCLESHALL) == [
        ("1", "To receive apologies for absence"),
        ("2", "To consider Councillor requests for dispensations and declarations of interest"),
        ("3", "Public Participation"),
        ("4", "To approve the minutes of the Parish Council meeting held on November 21st 2018"),
        ("5", "To receive any reports from Borough & County Councillors"),
        ("6", "To receive Committee Reports")]


def test_numbered_sentences_of_minutes_are_no_items():
    # minutes: a numbered line ended by a full stop is an item only when it is a few words
    text = ("Minutes of the meeting of the Parish Council held on 3 March 2024 at the Village Hall\n"
            "1. The Clerk reported that the bench at the green had been repaired.\n"
            "2. Members agreed to write to the County Council about the potholes.\n")
    assert _items(text) == []
