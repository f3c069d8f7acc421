"""Property tests (Hypothesis): records with missing, empty, huge, odd and hostile values
through the writers always give a complete, valid output (issue 10 item 1)."""
from __future__ import annotations

import csv
import sqlite3
from dataclasses import fields

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import writers
from extract.records import TABLES

HOSTILE = st.one_of(
    st.none(), st.just(""), st.text(max_size=40),
    st.sampled_from(["=1+1", "@SUM(A1)", "-2+3", "\t", "\r", "bad\udcff\udcfe", "\x00nul", "a\ud800b",
                     "x" * 5000, "+", "ok"]),
    st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
)


def _records(name: str):
    cls = TABLES[name].record
    names = [f.name for f in fields(cls)]
    return st.lists(st.fixed_dictionaries({n: HOSTILE for n in names}).map(lambda d: cls(**d)),
                    max_size=6)


TABLE_NAMES = ["documents", "measures", "figures", "attendance", "agenda_items", "decisions",
               "future_meetings", "checks"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(st.fixed_dictionaries({n: _records(n) for n in TABLE_NAMES}))
def test_writers_always_write_a_complete_valid_output(tmp_path_factory, tables):
    out = tmp_path_factory.mktemp("prop") / "out"
    counts = writers.write_all(out, tables)
    con = sqlite3.connect(out / "extract.sqlite")
    try:
        for name, spec in TABLES.items():
            raw = (out / f"{name}.csv").read_bytes().decode("utf-8")  # valid UTF-8
            with open(out / f"{name}.csv", newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            n_sql = con.execute(f'select count(*) from "{name}"').fetchone()[0]
            assert len(rows) == n_sql == counts[name]
            for row in rows:
                assert set(row) == {f.name for f in fields(spec.record)}
                for f in fields(spec.record):
                    v = row[f.name]
                    if f.metadata["required"] or f.name in spec.key:
                        assert v != ""
                    if f.metadata["kind"] == "string" and v:
                        assert not any(ord(c) < 32 and c not in "\t\n\r" for c in v)
                        assert v[0] not in "=@\t\r"
                    elif v and f.metadata["kind"] == "integer":
                        int(v)
                    elif v:
                        float(v)
            assert "\x00" not in raw
    finally:
        con.close()
