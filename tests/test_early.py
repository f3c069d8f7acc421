"""Text documents read by a child while the parent imports spaCy (extract/early.py):
the documents it leaves are the loader's, and a run gives the same records with it or without."""
import os
import time
from pathlib import Path

import pytest

from extract import early, pipeline
from extract.loaders import load

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
WEB = sorted((REAL / "panel_web_pages").glob("*.txt"))
NORFOLK = sorted((REAL / "parish_minutes_norfolk").glob("*.md"))
PDF = REAL / "parish_hertingfordbury" / "hertingfordbury_pc_agenda_2019-02-13.pdf"

needs_real = pytest.mark.skipif(not WEB or not NORFOLK or not PDF.exists(), reason="../shared/real not beside the clone")


def _stopped_when_done(reader: early.EarlyReader, expect: int, wait_s: float = 30.0, stop=None) -> frozenset:
    """Stop the child once it has left ``expect`` documents (or after ``wait_s``)."""
    t = time.monotonic()
    while time.monotonic() - t < wait_s:
        if len([p for p in reader.folder.iterdir() if p.suffix == ".pickle"]) >= expect:
            break
        time.sleep(0.02)
    (stop or reader.stop)()
    return reader.ready


def _text_of(doc) -> list:
    return [(b.page, b.text) for b in doc.blocks]


@needs_real
def test_the_documents_left_are_the_loaders(tmp_path):
    files = WEB[:3] + NORFOLK[:2] + [PDF]
    reader = early.EarlyReader(files, list(range(len(files))), {}, None)
    try:
        ready = _stopped_when_done(reader, 5)
        assert ready == {0, 1, 2, 3, 4}   # the PDF is left to its worker
        for i in ready:
            doc = reader.take(i)
            fresh = load(files[i])
            assert _text_of(doc) == _text_of(fresh) and len(list(doc.tables())) == len(list(fresh.tables()))
            assert doc == fresh   # (every field, every block, table and cell)
            assert not (reader.folder / f"{i}.pickle").exists()
            assert reader.take(i) is None   # taken once: its file is gone
        assert reader.take(5) is None
    finally:
        reader.close()
    assert not reader.folder.exists()


@needs_real
def test_read_in_the_order_given_and_nothing_half_written(tmp_path):
    files = WEB + NORFOLK
    order = list(reversed(range(len(files))))
    reader = early.EarlyReader(files, order, {}, None)
    try:
        ready = _stopped_when_done(reader, 2)
        # whatever it had done when stopped: whole documents, the first ones of the order
        assert len(ready) >= 2 and ready == set(order[:len(ready)])
        assert all(int(p.stem) not in ready for p in reader.folder.glob("*.part"))
        for i in ready:
            assert _text_of(reader.take(i)) == _text_of(load(files[i]))
    finally:
        reader.close()


def test_what_it_cannot_read_is_left_to_the_worker(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"\xff\xfe\x00" * 10)   # not text: the loader's error comes from the worker
    os.mkfifo(tmp_path / "pipe.txt")        # never opened
    big = tmp_path / "big.txt"
    big.write_text("x" * (early.MAX_BYTES + 1))
    missing = tmp_path / "gone.txt"
    good = tmp_path / "report.txt"
    good.write_text("Quarterly report\n\nCrime fell by 5% to 1,234 offences in the quarter.\n")
    files = [bad, tmp_path / "pipe.txt", big, missing, good]
    reader = early.EarlyReader(files, list(range(len(files))), {}, None)
    try:
        ready = _stopped_when_done(reader, 1)
        assert 4 in ready and not {1, 2, 3} & ready
    finally:
        reader.close()


def test_a_run_gives_the_same_records_with_the_early_reader_or_without(tmp_path, monkeypatch):
    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = sorted(p for p in docs.iterdir() if p.suffix != ".pdf")
    with_it = pipeline.extract_all(files, jobs=2, progress=False)
    monkeypatch.setattr(pipeline, "_early_reader", lambda *a, **k: None)
    without = pipeline.extract_all(files, jobs=2, progress=False)
    assert [Path(r.document.source).name for r in with_it] == [f.name for f in files]
    for a, b in zip(with_it, without):
        assert a.document == b.document
        assert a.tables == b.tables
    assert sum(len(v) for r in with_it for v in r.tables.values()) > 200


def test_no_early_reader_with_one_job(tmp_path):
    assert pipeline._early_reader([tmp_path / "a.txt"], [0], {}, 1, None) is None


def test_taken_documents_are_used_by_the_workers(tmp_path, monkeypatch):
    """The worker takes what the reader left (the file is not read again)."""
    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = sorted(p for p in docs.iterdir() if p.suffix != ".pdf")[:2]

    real_take = early.EarlyReader.take

    def take(self, i):
        doc = real_take(self, i)
        if doc is not None:
            doc.notes.append("read early")   # (in the worker: seen here in its result)
        return doc

    monkeypatch.setattr(early.EarlyReader, "take", take)
    real_stop = early.EarlyReader.stop

    def stop(self):
        _stopped_when_done(self, len(files), stop=lambda: None)
        real_stop(self)

    monkeypatch.setattr(early.EarlyReader, "stop", stop)
    results = pipeline.extract_all(files, jobs=2, progress=False)
    assert all("read early" in (r.document.notes or "") for r in results)

