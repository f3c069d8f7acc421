"""The whole command's speed (issue 14): the writers split across two processes, the runner's
hand-off.  Each change keeps what is written and what a failure does."""
from __future__ import annotations

import os
import time

from extract import pipeline, spool as spool_mod, writers
from extract.records import DocumentRecord, FigureRecord
from extract.runner import InChild, run_all


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


def _slow_on_three(i):
    if i == 3:
        time.sleep(60)
    return i * 10


def test_an_item_queued_behind_a_killed_one_is_read_and_the_order_kept():
    t = time.monotonic()
    out = run_all(list(range(8)), _slow_on_three, lambda i, why: why, jobs=2, timeout_s=0.5,
                  queue_behind=lambda i: True)
    assert time.monotonic() - t < 20
    assert "still running" in out[3]
    assert [out[i] for i in range(8) if i != 3] == [0, 10, 20, 40, 50, 60, 70]


def _dies_on_two(i):
    if i == 2:
        os._exit(5)
    return i


def test_an_item_queued_behind_one_whose_child_dies_is_read():
    out = run_all(list(range(6)), _dies_on_two, lambda i, why: why, jobs=1, queue_behind=lambda i: True)
    assert out[:2] == [0, 1] and out[3:] == [3, 4, 5]
    assert "ended without a result (exit code 5" in out[2]


def _started(i):
    return time.monotonic()


def test_a_child_goes_on_to_its_next_item_while_the_parent_takes_a_result():
    def slow_parent(item, result):
        time.sleep(0.3)

    queued = run_all(list(range(4)), _started, lambda i, why: why, jobs=1, on_done=slow_parent,
                     queue_behind=lambda i: True)
    assert queued[1] - queued[0] < 0.2            # the next item was already in the child's pipe
    one_by_one = run_all(list(range(4)), _started, lambda i, why: why, jobs=1, on_done=slow_parent)
    assert one_by_one[1] - one_by_one[0] >= 0.3
    # an item that may not wait (a PDF's job) is neither queued nor has one queued behind it
    some = run_all(list(range(5)), _started, lambda i, why: why, jobs=1, on_done=slow_parent,
                   queue_behind=lambda i: i != 1)
    assert some[1] - some[0] >= 0.3 and some[2] - some[1] >= 0.3 and some[3] - some[2] < 0.2


def test_a_text_job_may_have_another_waiting_behind_it_a_pdf_job_not(tmp_path):
    from extract import split

    (tmp_path / "a.txt").write_text("Report\n\nCrime fell by 5%.\n")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4\n...")   # a PDF whatever its name says
    assert split.text_job(split.Whole(0, tmp_path / "a.txt"))
    assert not split.text_job(split.Whole(1, tmp_path / "b.txt"))
    assert not split.text_job(split.Pages(1, tmp_path / "b.txt", 0, 4))
    assert not split.text_job(split.Whole(2, tmp_path / "missing.txt"))
    os.mkfifo(tmp_path / "pipe.txt")
    assert not split.text_job(split.Whole(3, tmp_path / "pipe.txt"))   # never opened (it would block)


def test_the_tables_written_early_are_all_but_the_cross_document_stages():
    from extract.dataset import DATASET_TABLES

    assert set(pipeline.CROSS_DOCUMENT_OUTPUTS) == {"checks", "discrepancies"} | set(DATASET_TABLES)


def test_a_run_whose_writer_children_die_writes_the_same_files(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-panel-agenda-pack-2023-12-14.md"):
        shutil.copy(corpus / name, docs / name)

    def files(out):
        return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".csv", ".parquet", ".json")}

    pipeline.run([docs], tmp_path / "a", jobs=2, progress=False)
    real, parent = writers._csv_and_parquet, os.getpid()
    wrote_here = []

    def dies_in_child(*args):
        if os.getpid() != parent:
            os._exit(3)
        wrote_here.append(args[3])
        return real(*args)

    monkeypatch.setattr(writers, "_csv_and_parquet", dies_in_child)
    pipeline.run([docs], tmp_path / "b", jobs=2, progress=False)
    # both children (the early one, the cross-document tables' one) died: their tables written here
    assert len(wrote_here) == 2 and "figures" in wrote_here[0] and "checks" in wrote_here[1]
    a = files(tmp_path / "a")
    assert len(a) > 30 and files(tmp_path / "b") == a
