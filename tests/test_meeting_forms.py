"""Each meeting form named in issue 11 that the real development papers do not print, as a
small text document (the forms are those of other councils' packs quoted in the issue)."""
from extract.extractors import meetings
from extract.extractors.meetings.votes import vote_counts
from extract.loaders import load


def _ex(tmp_path, text, name="doc"):
    p = tmp_path / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    return meetings.extract(load(p))


CITY_PACK = """BIRMINGHAM CITY COUNCIL

AUDIT COMMITTEE

TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS
IN COMMITTEE ROOM 2, COUNCIL HOUSE, VICTORIA SQUARE,
BIRMINGHAM, B1 1BB

AGENDA

1 NOTICE OF RECORDING
7 - 24
2 DECLARATIONS OF INTERESTS
3 APOLOGIES
25 - 30
"""


def test_header_in_capitals_with_hours_and_venue_over_lines(tmp_path):
    out = _ex(tmp_path, CITY_PACK)
    assert [(m.body, m.kind, m.date, m.start_time, m.place) for m in out["meetings"]] == [
        ("Audit Committee", "agenda", "2018-11-13", "15:00",
         "Committee Room 2, Council House, Victoria Square, Birmingham, B1 1bb")]
    # page ranges on their own line without brackets; "7 - 24" is never an item
    assert [(a.number, a.title, a.page_start, a.page_end) for a in out["agenda_items"]] == [
        ("1", "NOTICE OF RECORDING", 7, 24), ("2", "DECLARATIONS OF INTERESTS", None, None),
        ("3", "APOLOGIES", 25, 30)]


PARISH = """Annual Meeting of the Parish Council Wednesday 2 May 2018 at 7.20 pm Stoke Ferry Village Hall

Attendance: Cllr Sue Lintern, Cllr Jim McNeill
Members of the Public: 16

90/18 Election of Chair
Cllr Sue Lintern was elected.

91/18 Apologies
Apologies received and accepted for absence from Cllr Ann Price (health reasons).
Councillor Jon Hunt submitted an apology.

92/18 Village sign
To replace the village sign.
Proposed. Cllr Grant Tomkins, Seconded Cllr Gail Reeve,4 agreed and 4 abstained
"""


def test_parish_header_in_prose_numbered_minutes_and_counts(tmp_path):
    out = _ex(tmp_path, PARISH)
    assert [(m.body, m.kind, m.date, m.start_time, m.place, m.meeting_type) for m in out["meetings"]] == [
        ("Parish Council", "minutes", "2018-05-02", "19:20", "Stoke Ferry Village Hall", "annual")]
    assert [(a.number, a.title) for a in out["agenda_items"]] == [
        ("90/18", "Election of Chair"), ("91/18", "Apologies"), ("92/18", "Village sign")]
    att = [(a.status, a.title, a.name) for a in out["attendance"]]
    assert ("present", "Cllr", "Sue Lintern") in att and ("present", "Cllr", "Jim McNeill") in att
    assert not [a for a in att if "Public" in a[2]]
    assert ("apologies", "Cllr", "Ann Price") in att
    assert ("apologies", "Councillor", "Jon Hunt") in att
    assert [(d.item_number, d.decision, d.proposer, d.seconder, d.votes_for, d.votes_against, d.votes_abstain)
            for d in out["decisions"]] == [
        ("92/18", "To replace the village sign.", "Grant Tomkins", "Gail Reeve", 4, None, 4)]


PANEL_PAGE = """Agenda and minutes
Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am
Venue: Remote

39/20 APOLOGIES FOR ABSENCE AND SUBSTITUTIONS
Minutes:
Apologies were received from Councillors Bob Milton and John Furey.

40/20 MINUTES OF THE PREVIOUS MEETING: 30 JUNE 2020
Minutes:
UNANIMOUSLY RESOLVED that the minutes be agreed as a true record. (Proposed by Mr D Carroll and seconded by Mr N Brown)
"""


def test_panel_web_page_with_plural_title_and_unanimous_resolution(tmp_path):
    out = _ex(tmp_path, PANEL_PAGE)
    assert [(m.body, m.kind, m.date, m.start_time, m.place) for m in out["meetings"]] == [
        ("Surrey Police and Crime Panel", "minutes", "2020-09-15", "10:30", "Remote")]
    assert [(a.title, a.name) for a in out["attendance"] if a.status == "apologies"] == [
        ("Councillor", "Bob Milton"), ("Councillor", "John Furey")]
    assert [(d.item_number, d.decision, d.proposer, d.seconder) for d in out["decisions"]] == [
        ("40/20", "that the minutes be agreed as a true record.", "D Carroll", "N Brown")]


def test_a_dated_line_without_a_body_is_not_a_meeting(tmp_path):
    out = _ex(tmp_path, "The new dates were:\nThursday 6 March 2014, 2.00 pm, venue TBC\n"
                        "Thursday 4 September 2014, 2.00 pm venue TBC\n")
    assert out["meetings"] == []


def test_vote_counts():
    assert vote_counts("7 agreed, 1 abstained") == (7, None, 1)
    assert vote_counts("4 agreed and 4 abstained") == (4, None, 4)
    assert vote_counts("Carried by 5 votes to 2") == (5, 2, None)
    assert vote_counts("For: 6, Against: 2, Abstentions: 1") == (6, 2, 1)
    assert vote_counts("all in favour") == (None, None, None)
    assert vote_counts("for 5 years") == (None, None, None)


SCHEDULE = """MINUTES OF A MEETING OF THE POLICE AND CRIME PANEL HELD ON 13 NOVEMBER 2018 AT 15:00 IN COMMITTEE ROOM 2

1 APOLOGIES
Councillor Jon Hunt submitted an apology.

2 DATES OF FUTURE MEETINGS
2019
12 February - 1000 hours in Committee Room 2
25 June - 1400 hours in Committee Room 6
"""


def test_schedule_under_a_year_heading_with_hours(tmp_path):
    out = _ex(tmp_path, SCHEDULE)
    assert [(m.kind, m.date, m.start_time) for m in out["meetings"]] == [("minutes", "2018-11-13", "15:00")]
    assert [(a.title, a.name) for a in out["attendance"] if a.status == "apologies"] == [("Councillor", "Jon Hunt")]
    assert [(f.date, f.start_time, f.place) for f in out["future_meetings"]] == [
        ("2019-02-12", "10:00", "Committee Room 2"), ("2019-06-25", "14:00", "Committee Room 6")]
