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
        # (a file being written is "<i>.pickle.part" or "<i>.records.part")
        assert all(int(p.name.split(".")[0]) not in ready for p in reader.folder.glob("*.pickle.part"))
        for i in ready:
            assert _text_of(reader.take(i)) == _text_of(load(files[i]))
    finally:
        reader.close()


def test_what_it_cannot_read_is_left_to_the_worker(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 50)   # not text: the loader's error comes from the worker
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



def test_the_extractors_it_runs_import_no_spacy():
    """The early reader runs pipeline.WITHOUT_NLP before spaCy is loaded: importing them must not load it."""
    import subprocess
    import sys

    # (imported and run over a document: a lazy use of spaCy inside one would show too)
    code = ("import sys, importlib\nfrom extract.pipeline import EXTRACTORS, WITHOUT_NLP\n"
            "from extract.loaders import load\ndoc = load('corpus/wiltshire-panel-agenda-pack-2023-12-14.md')\n"
            "for t, m in EXTRACTORS:\n    (t in WITHOUT_NLP) and importlib.import_module(m).extract(doc)\n"
            "print(sorted(k for k in sys.modules if k.split('.')[0] in ('spacy', 'thinc') or k == 'extract.nlp'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.strip() == "[]"
    assert pipeline.WITHOUT_NLP < {t for t, _ in pipeline.EXTRACTORS} and "figures" not in pipeline.WITHOUT_NLP


def test_the_records_left_are_the_extractors(tmp_path):
    """Beside each document it leaves the records of the extractors that need no spaCy, as they
    are made over the same document."""
    import importlib

    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = sorted(p for p in docs.iterdir() if p.suffix != ".pdf")
    reader = early.EarlyReader(files, list(range(len(files))), {}, None)
    try:
        t = time.monotonic()
        while time.monotonic() - t < 60 and len(list(reader.folder.glob("*.records"))) < len(files):
            time.sleep(0.05)
        reader.stop()
        assert reader.ready == set(range(len(files)))
        n = 0
        for i, f in enumerate(files):
            made = reader.records(i)
            assert set(made) == set(pipeline.WITHOUT_NLP)
            doc = load(f)
            for table, module in pipeline.EXTRACTORS:
                if table in made:
                    assert made[table] == importlib.import_module(module).extract(doc)
                    n += len(made[table]) if isinstance(made[table], list) else sum(map(len, made[table].values()))
            assert reader.records(i) == {}   # taken once
        assert n > 50   # (the corpus's measures, deliverables and meetings)
    finally:
        reader.close()


def test_the_workers_take_the_records(tmp_path, monkeypatch):
    """A worker given a document the reader left takes its records and does not run those
    extractors again (seen here: measures the reader is made to leave empty stay empty)."""
    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = [docs / "wiltshire-performance-report-2019-q2.md"]
    real_records, real_stop = early.EarlyReader.records, early.EarlyReader.stop

    def records(self, i):
        made = real_records(self, i)
        assert "measures" in made
        made["measures"] = []
        return made

    def stop(self):
        t = time.monotonic()
        while time.monotonic() - t < 60 and not list(self.folder.glob("*.records")):
            time.sleep(0.05)
        real_stop(self)

    monkeypatch.setattr(early.EarlyReader, "records", records)
    monkeypatch.setattr(early.EarlyReader, "stop", stop)
    (taken,) = pipeline.extract_all(files, jobs=2, progress=False)
    monkeypatch.setattr(pipeline, "_early_reader", lambda *a, **k: None)
    (read,) = pipeline.extract_all(files, jobs=2, progress=False)
    assert read.tables["measures"] and not taken.tables.get("measures")
    assert taken.tables["figures"] == read.tables["figures"]


def test_an_extractor_failing_in_the_reader_is_run_by_the_worker(tmp_path, monkeypatch):
    """An extractor that raises in the reader is left out of its records: the worker runs it
    (and would report its error), so the run's records are the same."""
    from extract.extractors import meetings

    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = [docs / "wiltshire-panel-agenda-pack-2023-12-14.md"]
    parent, real_extract = os.getpid(), meetings.extract

    def extract(doc):
        if os.getpid() != parent:
            raise RuntimeError("only in a child")
        return real_extract(doc)

    monkeypatch.setattr(meetings, "extract", extract)
    reader = early.EarlyReader(files, [0], {}, None)
    try:
        t = time.monotonic()
        while time.monotonic() - t < 60 and not list(reader.folder.glob("*.records")):
            time.sleep(0.05)
        reader.stop()
        made = reader.records(0)
        assert "meetings" not in made and "measures" in made
        result = pipeline.process(files[0], {}, doc=reader.take(0), made=made)
    finally:
        reader.close()
    assert result.tables["meetings"] and result.tables["meetings"] == pipeline.process(files[0], {}).tables["meetings"]


def _args(*argv):
    from extract.cli import build_parser

    return build_parser().parse_args(["run", *argv])


def test_the_command_starts_the_reader_before_the_pipeline_only_for_a_cold_run(tmp_path):
    from extract.cli import start_early

    docs = Path(__file__).resolve().parents[1] / "corpus"
    out = tmp_path / "out"
    limits = {"max_pages": 500, "timeout_s": None}
    for argv in ([str(docs), "--out", str(out), "--jobs", "1"],
                 [str(docs), "--out", str(out), "--jobs", "2", "--scheduler", "local"],
                 [str(tmp_path / "empty"), "--out", str(out), "--jobs", "2"]):
        (tmp_path / "empty").mkdir(exist_ok=True)
        assert start_early(_args(*argv), limits, None) is None
    (tmp_path / ".out.cache").mkdir()   # a cache from an earlier run: most documents are not read again
    assert start_early(_args(str(docs), "--out", str(out), "--jobs", "2"), limits, None) is None
    for argv in ([str(docs), "--out", str(out), "--jobs", "2", "--no-cache"],
                 [str(docs), "--out", str(out), "--jobs", "2", "--cache", str(tmp_path / "new-cache")]):
        reader = start_early(_args(*argv), limits, None)
        try:
            assert reader is not None and reader.index(sorted(docs.iterdir())[0]) is not None
        finally:
            reader.close()
        assert not reader.folder.exists()


def test_the_command_s_reader_is_taken_by_the_workers_and_removed(tmp_path, monkeypatch):
    """Through the command: the reader started before the pipeline leaves documents the workers
    take (their files are gone at the end), and the output is that of a run without it."""
    from extract import cli

    docs = tmp_path / "docs"
    docs.mkdir()
    for f in sorted((Path(__file__).resolve().parents[1] / "corpus").iterdir()):
        if f.suffix != ".pdf":
            (docs / f.name).write_bytes(f.read_bytes())
    readers = []
    real_start, real_stop = cli.start_early, early.EarlyReader.stop

    def start(*a, **k):
        readers.append(real_start(*a, **k))
        return readers[-1]

    def stop(self):
        _stopped_when_done(self, 3, stop=lambda: None)
        real_stop(self)

    monkeypatch.setattr(cli, "start_early", start)
    monkeypatch.setattr(early.EarlyReader, "stop", stop)
    assert cli.main(["run", str(docs), "--out", str(tmp_path / "a"), "--no-cache", "--jobs", "2", "--quiet"]) == 0
    (reader,) = readers
    assert reader is not None and len(reader.ready) >= 3 and not reader.folder.exists()
    monkeypatch.setattr(cli, "start_early", lambda *a, **k: None)
    monkeypatch.setattr(pipeline, "_early_reader", lambda *a, **k: None)
    assert cli.main(["run", str(docs), "--out", str(tmp_path / "b"), "--no-cache", "--jobs", "2", "--quiet"]) == 0
    for name in ("measures.csv", "figures.csv", "meetings.csv", "attendance.csv", "deliverables.csv", "checks.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_it_reads_no_more_than_its_share(tmp_path, monkeypatch):
    """(review) The child keeps what it read for its second pass: it stops reading past MAX_TOTAL_BYTES
    (the workers read the rest), so a large corpus cannot fill its memory or the temporary folder."""
    files = []
    for i in range(6):
        f = tmp_path / f"r{i}.txt"
        f.write_text(f"Report {i}\n\nCrime fell by {i + 1}% in the year to March 2024.\n" + "x " * 400)
        files.append(f)
    monkeypatch.setattr(early, "MAX_TOTAL_BYTES", 3 * files[0].stat().st_size + 10)
    reader = early.EarlyReader(files, list(range(6)), {}, None)
    try:
        t = time.monotonic()
        while time.monotonic() - t < 60 and len(list(reader.folder.glob("*.records"))) < 3:
            time.sleep(0.05)
        time.sleep(0.3)
        reader.stop()
        assert reader.ready == {0, 1, 2}
    finally:
        reader.close()


def test_the_reader_collects_cycles_though_forked_while_the_command_paused_the_collector(monkeypatch):
    """The command pauses the cycle collector while it imports the pipeline (extract.cli._start_up)
    and forks the reader meanwhile: the reader turns it back on, at the workers' threshold."""
    import gc

    from extract.runner import WORKER_GC_THRESHOLD

    docs = Path(__file__).resolve().parents[1] / "corpus"
    files = [docs / "wiltshire-panel-agenda-pack-2023-12-14.md"]
    monkeypatch.setattr(early, "_records", lambda doc: {"gc": (gc.isenabled(), gc.get_threshold()[0])})
    was = gc.isenabled()
    gc.disable()
    try:
        reader = early.EarlyReader(files, [0], {}, None)
    finally:
        if was:
            gc.enable()
    try:
        t = time.monotonic()
        while time.monotonic() - t < 60 and not list(reader.folder.glob("*.records")):
            time.sleep(0.05)
        reader.stop()
        assert reader.records(0) == {"gc": (True, WORKER_GC_THRESHOLD)}
    finally:
        reader.close()


def test_the_command_s_start_up_pause_ends_with_the_collector_as_it_was(tmp_path):
    import gc

    from extract import cli

    assert gc.isenabled()
    assert cli.main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2   # (returns before the pipeline)
    assert gc.isenabled()
    with cli._start_up() as started:
        assert not gc.isenabled()
        started()
        assert gc.isenabled()
        started()   # (once)
    assert gc.isenabled()
    gc.disable()
    try:
        with cli._start_up():
            pass
        assert not gc.isenabled()   # (a caller's paused collector left paused)
    finally:
        gc.enable()
