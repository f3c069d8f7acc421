"""Unit tests of the named passes the long meeting functions were split into (headers, attendance,
forward plan, decisions).  Inputs are lines in the printed forms the module docstrings name."""
from __future__ import annotations

from extract.extractors.meetings.entries import _E, _Seg
from extract.extractors.meetings import headers as H
from extract.extractors.meetings import attendance as A
from extract.model import PARAGRAPH, HEADING, Block


def _ents(*lines):
    out = []
    for t in lines:
        kind, text = (HEADING, t[2:]) if t.startswith("# ") else (PARAGRAPH, t)
        out.append(_E(len(out), text, None, kind, Block(kind, text=text)))
    return out


def test_minutes_title_pass():
    es = _ents("MINUTES OF A MEETING OF THE SOULDERN PARISH COUNCIL",
               "HELD ON 13TH FEBRUARY 2019 AT 19.00 IN THE VILLAGE HALL", "Present: Cllr A Green")
    segs = []
    assert H._minutes_title(es, 0, segs, {}) == 2
    assert (segs[0].kind, segs[0].date, segs[0].start_time) == ("minutes", "2019-02-13", "19:00")
    assert H._minutes_title(es, 2, [], {}) is None


def test_notice_pass():
    es = _ents("A meeting of the Audit Committee will be held at County Hall on 4 March 2025 at 10.00 am")
    segs = []
    assert H._notice(es, 0, segs, {}) == 1
    assert (segs[0].body, segs[0].date, segs[0].start_time, segs[0].place) == (
        "Audit Committee", "2025-03-04", "10:00", "County Hall")


def test_front_sheet_pass():
    es = _ents("Meeting: Police and Crime Panel", "Date: 22 October 2009", "Time: 19:15",
               "Venue: Cabinet Meeting Room, 1st Floor", "1. Apologies")
    segs = []
    assert H._front_sheet(es, 0, segs, {}) == 4
    assert (segs[0].kind, segs[0].body, segs[0].date, segs[0].start_time) == (
        "agenda", "Police and Crime Panel", "2009-10-22", "19:15")
    assert H._front_sheet(es, 4, [], {}) is None


def test_dated_pass_and_forms_in_order():
    es = _ents("CABINET", "Tuesday, 4th March, 2025, at 10.00 am", "Council Chamber, Sessions House,",
               "County Hall, Maidstone", "# 1. Apologies")
    segs = H._find_segments(es, {})
    assert [(s.body, s.date, s.start_time, s.place, s.start, s.end) for s in segs] == [
        ("Cabinet", "2025-03-04", "10:00", "Council Chamber, Sessions House, County Hall, Maidstone", 1, 5)]


def test_forward_plan_pass_scans_on():
    es = _ents("Police and Crime Panel Forward Work Plan", "Date Location Provisional Agenda Items")
    segs = []
    assert H._forward_plan(es, 0, segs, {}) is None  # the scan goes on from the next line
    assert [(s.kind, s.body) for s in segs] == [("forward_plan", "Police and Crime Panel")]


def test_list_lines_run_on_only_after_a_comma():
    es = _ents("PRESENT: Mr A Brady, Mr D L Brazier,", "Mr C Broadley and Sir Paul Carter, CBE",
               "IN ATTENDANCE: Mr J Cook")
    assert A._list_lines(es, 0, "Mr A Brady, Mr D L Brazier,") == [
        "Mr A Brady, Mr D L Brazier,", "Mr C Broadley and Sir Paul Carter, CBE"]
    es2 = _ents("Present: Cllr A Green", "Mr C Broadley spoke.")
    assert A._list_lines(es2, 0, "Cllr A Green") == ["Cllr A Green"]
    es3 = _ents("Present:", "Cllr A Green", "Cllr B White", "1. Apologies")
    assert A._list_lines(es3, 0, "") == ["Cllr A Green", "Cllr B White"]


def test_from_labels_pass():
    es = _ents("PRESENT: Mr A Brady, Mr P M Hill, OBE,", "Mr R C Love, OBE and Mrs T Dean, MBE")
    seg = _Seg("minutes", 0, end=2)
    [(status, people)] = A._from_labels(es, seg, set())
    assert status == "present"
    assert [(p.title, p.name, p.post) for p in people] == [
        ("Mr", "A Brady", ""), ("Mr", "P M Hill", "OBE"), ("Mr", "R C Love", "OBE"), ("Mrs", "T Dean", "MBE")]
    assert A._from_labels(es, _Seg("agenda", 0, end=2), set()) == []  # who was present: minutes only


def _scan(*lines, items=()):
    from extract.extractors.meetings.decisions import _Scan
    es = _ents(*lines)
    return _Scan(es, _Seg("minutes", 0, end=len(es)), list(items))


def test_decision_pass_resolved_label_with_proposal_in_brackets():
    sc = _scan("# 39/20 Minutes", "UNANIMOUSLY RESOLVED that the minutes be agreed. "
               "(Proposed by Mr D Carroll and seconded by Mr N Brown)", items=[(0, "39/20", "Minutes", None, None, None)])
    assert sc._at_resolved_label(1, sc.texts_of[1]) == 2
    assert sc.out == [("39/20", "that the minutes be agreed.", "Mr D Carroll", "Mr N Brown", "39/20", 1)]
    assert sc._at_resolved_label(0, sc.texts_of[0]) is None


def test_decision_pass_proposed_lines_then_resolution():
    sc = _scan("Proposed by Cllr A Green", "Seconded by Cllr B White", "RESOLVED: that the accounts be approved.")
    assert sc._at_proposed_lines(0, sc.texts_of[0]) == 2
    assert sc.pending == ("Cllr A Green", "Cllr B White", 0) and sc.out == []
    assert sc.run() == [(None, "that the accounts be approved.", "Cllr A Green", "Cllr B White", 2)]


def test_decision_pass_proposer_first_sentence_and_amendment():
    sc = _scan("Mr Oakford proposed, and Mr Gough seconded an amendment that the item be deferred.")
    assert sc._at_proposer_sentence(0, sc.texts_of[0]) == 1 and sc.out == []
    sc = _scan("Cllr McCarthy proposed acceptance of the minutes seconded by Cllr Mrs Leamon")
    assert sc.run() == [(None, "Cllr McCarthy proposed acceptance of the minutes seconded by Cllr Mrs Leamon",
                         "Cllr McCarthy", "Cllr Mrs Leamon", 0)]


def test_decision_pass_on_the_proposal_of():
    sc = _scan("On the proposal of Cllr A Green, seconded by Cllr B White, it was resolved to note the report.")
    assert sc.run() == [(None, "to note the report.", "Cllr A Green", "Cllr B White", 0)]


def _plan(*lines):
    from extract.extractors.meetings.forward_plan import _PlanScan, _fwp_header
    es = _ents(*lines)
    sc = _PlanScan(es)
    sc.cols = dict(_fwp_header(es[0]), line=True)
    return sc, es


def test_plan_dated_line_opens_a_row_with_time_and_place():
    sc, es = _plan("Date Location Provisional Agenda Items",
                   "Thursday 18 January 2024 10:30am Kennet Room, County Hall", "Budget and precept")
    assert sc.dated_line(es[0]) is False
    assert sc.dated_line(es[1]) is True
    assert sc.rows == [{"date": "2024-01-18", "time": "10:30", "place": "Kennet Room, County Hall", "items": []}]
    assert sc.item_line(2, es[2]) is True
    assert sc.rows[0]["items"] == ["Budget and precept"]


def test_plan_ends_at_a_heading_no_dated_row_follows():
    sc, es = _plan("Date Location Provisional Agenda Items", "Thursday 18 January 2024 10:30am Kennet Room",
                   "# Appendix A", "Some other text")
    assert sc.dated_line(es[1])
    assert sc.item_line(2, es[2]) is False


def test_fwp_rows_pass_end_to_end():
    from extract.extractors.meetings.forward_plan import _fwp_rows
    es = _ents("Date Location Provisional Agenda Items", "Thursday 18 January 2024 10:30am Kennet Room",
               "Budget and precept", "Thursday 8 February 2024 10:30am Kennet Room", "Performance report")
    rows = _fwp_rows(es, _Seg("forward_plan", 0, end=len(es)))
    assert [(r["date"], r["items"]) for r in rows] == [("2024-01-18", ["Budget and precept"]),
                                                       ("2024-02-08", ["Performance report"])]
