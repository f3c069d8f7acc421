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


def test_summons_body_without_its_comma_and_venue_without_what_follows_the_meeting():
    assert meetings_of(ECCLESHALL) == [
        ("agenda", "Eccleshall Parish Council", "2019-01-16", "19:30", "Eccleshall Community Centre")]


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


# Llangunnor Community Council, July 2024 notice of meeting (llangunnor.net)
LLANGUNNOR = """Notice of Meeting I hereby summon you to attend a meeting of Llangunnor Community Council to be held in Yr Aelwyd on Wednesday 24 July 2024 at 6.30pm or virtually via zoom Meeting ID: 844 8180 6690 Passcode: 615518 Chair – 19 July 2024 To discuss the following agenda:
1) To receive apologies for absence.
2) To record all declarations of interest.
3) Chair's Announcements.
"""


def test_i_hereby_summon_you():
    assert meetings_of(LLANGUNNOR) == [("agenda", "Llangunnor Community Council", "2024-07-24", "18:30", "Yr Aelwyd")]
    assert _items(LLANGUNNOR) == [("1", "To receive apologies for absence"),
                                  ("2", "To record all declarations of interest"), ("3", "Chair's Announcements")]
