"""The whole command's speed (issue 14): the writers split across two processes, the runner's
hand-off.  Each change keeps what is written and what a failure does."""
from __future__ import annotations

import os

from extract import pipeline, spool as spool_mod, writers
from extract.records import DocumentRecord, FigureRecord
from extract.runner import InChild


def _figure(i: int, fid: str) -> FigureRecord:
    return FigureRecord(figure_id=fid, doc_id="d", page=1, sentence=f"sentence {i}", value=float(i),
                        value_raw=str(i), unit="count", char_start=9, char_end=10)


def _ids(rows) -> list:
    return [r.figure_id for r in rows]


def test_spooled_rows_are_read_again_and_by_a_forked_child(tmp_path, capsys):
    s = spool_mod.Spool(tmp_path / "spool")
    s.add(1, {"figures": [_figure(3, "f3"), _figure(4, "f1")]})   # f1 repeated: merged
    s.add(0, {"figures": [_figure(1, "f1"), _figure(2, "f2")]})
    rows = pipeline.SpooledRows("figures", s)
    assert _ids(rows) == ["f1", "f2", "f3"]
    assert _ids(rows) == ["f1", "f2", "f3"]          # a second reading gives them again
    # a forked child reads them with its own connection and does not report the merge
    assert InChild(lambda: (_ids(rows), os.getpid()), ).result()[0] == ["f1", "f2", "f3"]
    assert capsys.readouterr().err.count("1 figures rows repeated a key and were merged") == 1
    s.close()


def _write(out, tables) -> dict[str, bytes]:
    writers.write_all(out, tables)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".csv", ".parquet")}


def test_csv_and_parquet_written_here_when_the_writers_child_dies(tmp_path, monkeypatch):
    tables = {"documents": [DocumentRecord(doc_id="d", source="a.txt", sha256="0" * 64, format="text",
                                           doc_type="unknown", status="ok")],
              "figures": [_figure(1, "f1"), _figure(2, "f2")]}
    whole = _write(tmp_path / "a", tables)
    assert "figures.csv" in whole and "documents.parquet" in whole and whole["figures.csv"].count(b"\r\n") == 3
    real, parent = writers._csv_and_parquet, os.getpid()

    def dies_in_child(*args):
        if os.getpid() != parent:
            os._exit(3)   # a crash of the child: nothing written, no result
        return real(*args)

    monkeypatch.setattr(writers, "_csv_and_parquet", dies_in_child)
    assert _write(tmp_path / "b", tables) == whole
