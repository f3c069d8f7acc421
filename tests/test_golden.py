"""The corpus output is fixed by reviewed golden files (tests/golden/).

A change that alters any record of the corpus run fails here; if the change is
intended, review ``git diff tests/golden`` after
``python scripts/update_golden.py "reason"`` (the reason is kept in
tests/golden/CHANGES.md)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
TABLES = ("measures", "figures", "deliverables", "meetings", "attendance",
          "agenda_items", "decisions", "future_meetings", "checks")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("table", TABLES)
def test_corpus_output_matches_golden(corpus_run, table):
    _, out = corpus_run
    want = _rows(GOLDEN / f"{table}.csv")
    got = _rows(Path(out) / f"{table}.csv")
    assert want, f"golden {table}.csv is empty: regenerate it"
    assert len(got) == len(want), f"{table}: {len(got)} rows, golden has {len(want)}"
    for i, (g, w) in enumerate(zip(got, want)):
        assert g == w, f"{table} row {i + 2} differs from the golden file"
