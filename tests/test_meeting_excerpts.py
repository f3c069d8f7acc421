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
