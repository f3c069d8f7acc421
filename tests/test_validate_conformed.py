"""The writers do not apply rules 1-5 again to a document's records: each passed them in the worker
that read its document (``conform_table(..., conformed=True)``; issue 14, the writers' share of a run).
That is exact only if rules 1-5 change nothing in a row they made and rule 7 gives a record the same id
in the writers whichever path it takes: both are checked here, on real documents and on the cases
rule 7 is for."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import pipeline
from extract.records import TABLES, AttendanceRecord, as_row
from extract.validate import conform_table, conform_tables
from extract.writers import ConformedRows, conformed_rows

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"
DOCS = [ROOT / "corpus" / "wiltshire-highlight-report-2023-10-to-12.txt",
        ROOT / "corpus" / "wiltshire-panel-agenda-pack-2023-12-14.md",
        *sorted((REAL / "panel_web_pages").glob("*.txt")),
        *sorted((REAL / "parish_minutes_norfolk").iterdir())[:3]]


@pytest.fixture(scope="module")
def worker_tables():
    """Every table of the documents' records as the workers give them (conformed there)."""
    tables: dict[str, list] = {}
    for path in DOCS:
        r = pipeline.process(path)
        assert r.document.status == "ok", r.document.error
        for name, rows in r.tables.items():
            if name in TABLES:
                tables.setdefault(name, []).extend(rows)
    assert sum(map(len, tables.values())) > 500
    return tables


def test_rules_change_nothing_in_a_row_they_made(worker_tables):
    for name, records in worker_tables.items():
        problems: list[str] = []
        again = conform_table(TABLES[name], list(records), problems, as_rows=True)
        assert problems == [], name
        assert again == [as_row(r) for r in records], name


def test_both_paths_give_the_same_rows(worker_tables):
    for name, records in worker_tables.items():
        full = conform_table(TABLES[name], list(records), [], as_rows=True)
        fast = conform_table(TABLES[name], ConformedRows(records), [], as_rows=True, conformed=True)
        assert fast == full, name


def _attendance(title: str, meeting: str = "m1") -> AttendanceRecord:
    return AttendanceRecord(meeting_id=meeting, name="J Meade", title=title, status="present", attendance_id="")


def test_rule_7_ids_are_the_same_on_both_paths():
    # "Mr J Meade" and "Ms J Meade", both present at one meeting: one natural key, two people; the
    # second is rekeyed in its worker, and a third in another document collides with the first
    doc1 = conform_tables({"attendance": [_attendance("Mr"), _attendance("Ms")]}, [])["attendance"]
    doc2 = conform_tables({"attendance": [_attendance("Dr")]}, [])["attendance"]
    assert len({r.attendance_id for r in doc1}) == 2
    records = doc1 + doc2
    spec = TABLES["attendance"]
    full = conform_table(spec, [AttendanceRecord(**as_row(r)) for r in records], [], as_rows=True)
    fast = conform_table(spec, [AttendanceRecord(**as_row(r)) for r in records], [], as_rows=True, conformed=True)
    assert fast == full
    assert len({r["attendance_id"] for r in fast}) == 3


def test_an_exact_repeat_is_still_dropped_and_a_different_one_reported():
    spec = TABLES["attendance"]
    (a,) = conform_tables({"attendance": [_attendance("Mr")]}, [])["attendance"]
    problems: list[str] = []
    rows = conform_table(spec, ConformedRows([a, AttendanceRecord(**as_row(a))]), problems, as_rows=True,
                         conformed=True)
    assert len(rows) == 1 and problems == []


def test_the_marker_is_what_the_writers_read():
    assert conformed_rows(ConformedRows([])) and not conformed_rows([]) and not conformed_rows(None)
    assert pipeline.SpooledRows.conformed is True
    # the cross-document stage's copy of a spooled table keeps the mark through its de-duplication
    kept = pipeline._deduped("figures", ConformedRows([]))
    assert conformed_rows(kept)
    assert not conformed_rows(pipeline._deduped("figures", []))


def test_unmarked_rows_are_still_conformed():
    # a record made elsewhere (the cross-document stage's checks, a caller's own rows) goes through
    # every rule: a control character is cleaned in it, and kept only where the rows say they passed
    spec = TABLES["attendance"]
    def rec():
        return AttendanceRecord(meeting_id="m1", name="J\x07 Meade", status="present", attendance_id="x")

    problems: list[str] = []
    (row,) = conform_table(spec, [rec()], problems, as_rows=True)
    assert row["name"] == "J Meade" and problems
    (row,) = conform_table(spec, ConformedRows([rec()]), [], as_rows=True, conformed=True)
    assert row["name"] == "J\x07 Meade"
