import csv
import sqlite3

import pytest

from extract import writers
from extract.records import TABLES, DocumentRecord, MeasureRecord


def _doc(i, status="ok"):
    return DocumentRecord(doc_id=f"d{i}", source=f"f{i}.txt", sha256="ab" * 32, format="text",
                          doc_type="unknown", status=status, title='Quote " and, comma\nnewline')


def test_format_cell():
    assert writers.format_cell(None) == ""
    assert writers.format_cell(9429.0) == "9429"
    assert writers.format_cell(-1.2) == "-1.2"
    assert writers.format_cell(0.1 + 0.2) == "0.3"
    assert writers.format_cell(float("nan")) == ""
    assert writers.format_cell(3) == "3"
    assert writers.format_cell("x") == "x"


def test_csv_is_rfc4180_and_round_trips(tmp_path):
    p = tmp_path / "documents.csv"
    writers.write_csv(p, TABLES["documents"], [_doc(1), _doc(2)])
    raw = p.read_bytes()
    assert b"\r\n" in raw
    with open(p, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["title"] == 'Quote " and, comma\nnewline'
    assert rows[1]["doc_id"] == "d2"
    assert list(rows[0].keys())[:3] == ["doc_id", "source", "sha256"]


def test_sqlite_has_primary_keys_and_indexes(tmp_path):
    m = MeasureRecord(measure_id="m1", doc_id="d1", table_id="t1", row_label="Abandonment Rate: All 999",
                      value=0.7, unit="percent", value_raw="0.7%", page=None)
    p = tmp_path / "x.sqlite"
    writers.write_sqlite(p, {"documents": [_doc(1)], "measures": [m]})
    con = sqlite3.connect(p)
    assert con.execute("select value, unit, page from measures").fetchall() == [(0.7, "percent", None)]
    pk = [r[1] for r in con.execute("pragma table_info(measures)") if r[5]]
    assert pk == ["measure_id"]
    idx = [r[1] for r in con.execute("pragma index_list(measures)")]
    assert "ix_measures_doc_id" in idx
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("insert into measures (measure_id, doc_id, table_id, row_label) values ('m1','d1','t','r')")
    con.close()


def test_dedupe_keeps_first_and_reports_rest():
    kept, dropped = writers.dedupe(TABLES["documents"], [_doc(1), _doc(1, "failed"), _doc(2)])
    assert [d.doc_id for d in kept] == ["d1", "d2"]
    assert kept[0].status == "ok" and len(dropped) == 1


def test_failed_write_leaves_previous_output_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    writers.write_all(out, {"documents": [_doc(1)]})
    before = (out / "documents.csv").read_bytes()
    (out / "README.md").write_text("keep me")

    def boom(*args):
        raise KeyboardInterrupt  # a run killed while writing

    monkeypatch.setattr(writers, "write_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        writers.write_all(out, {"documents": [_doc(1), _doc(2)]})
    assert (out / "documents.csv").read_bytes() == before
    assert (out / "README.md").read_text() == "keep me"
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]
