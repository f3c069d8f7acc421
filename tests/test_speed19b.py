"""speed19b: the whole command's work on distinct reports made once, not twice (issue 14).

- the early reader's child inherits the loaders the parent imported before forking it, where
  it imported them again itself (extract/early.py);
- a spooled run's workers send each table pickled as the spool keeps it, where the parent
  unpickled every record only to pickle it again (extract/spool.py PickledTables);
each checked against the plain form."""
from __future__ import annotations

import pickle
import subprocess
import sys
import time
from pathlib import Path

from extract import cache as cache_mod, pipeline, spool as spool_mod
from extract.records import FigureRecord, MeasureRecord

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _figure(i: int) -> FigureRecord:
    return FigureRecord(figure_id=f"f{i}", doc_id="d", page=1, sentence=f"sentence {i}", value=float(i),
                        value_raw=str(i))


def _tables() -> dict:
    return {"figures": [_figure(1), _figure(2)], "measures": [], "deliverables": []}


def test_pickled_tables_are_what_the_spool_keeps_and_read_back_whole():
    tables = _tables()
    data = spool_mod.pickled(tables)
    # the plain form: Spool.add pickled each non-empty table's list so
    assert dict(data) == {"figures": pickle.dumps(tables["figures"], protocol=pickle.HIGHEST_PROTOCOL)}
    assert spool_mod.unpickled(data) == {"figures": tables["figures"]}
    assert spool_mod.unpickled(tables) is tables   # (records as lists given back as they are)
    # a result carrying them crosses a pipe (pickled again) and comes back the same
    assert spool_mod.unpickled(pickle.loads(pickle.dumps(data))) == {"figures": tables["figures"]}


def test_the_spool_gives_the_same_rows_from_pickled_tables_as_from_lists(tmp_path):
    plain, given = spool_mod.Spool(tmp_path / "a"), spool_mod.Spool(tmp_path / "b")
    docs = [_tables(), {"figures": [_figure(3)], "measures": [MeasureRecord(measure_id="m", doc_id="d", page=1, table_id="t",
                                                                             row_label="Crime", value=1.0)]}]
    for seq, tables in enumerate(docs):
        plain.add(seq, tables)
        given.add(seq, spool_mod.pickled(tables))
    for name in ("figures", "measures", "deliverables"):
        assert list(given.rows(name)) == list(plain.rows(name))
    assert [f.figure_id for f in given.rows("figures")] == ["f1", "f2", "f3"]
    rows = lambda s: s.con.execute("SELECT seq, name, data FROM records ORDER BY rowid").fetchall()  # noqa: E731
    assert rows(given) == rows(plain)   # the same bytes
    plain.close()
    given.close()


def test_a_worker_of_a_spooled_run_sends_pickled_tables_and_others_lists():
    path = CORPUS / "wiltshire-newsletter-2023-03-to-05.txt"
    from extract import split

    job = split.Whole(0, path)
    plain = pipeline._work(job, limits={}, parts=1, early=None)
    sent = pipeline._work(job, limits={}, parts=1, early=None, spooled=True)
    assert not isinstance(plain.tables, spool_mod.PickledTables)
    assert isinstance(sent.tables, spool_mod.PickledTables)
    assert spool_mod.unpickled(sent.tables) == {k: v for k, v in plain.tables.items() if v}
    assert sent.document == plain.document


def test_a_cached_result_of_a_spooled_run_comes_back_as_lists(tmp_path):
    store = cache_mod.Cache(tmp_path / "cache", {"max_pages": None})
    path = CORPUS / "wiltshire-newsletter-2023-03-to-05.txt"
    plain = pipeline.process(path)
    sent = pipeline.process(path)
    sent.tables = spool_mod.pickled(sent.tables)
    assert store.put("abc", sent)
    back = store.get("abc", path)
    assert not isinstance(back.tables, spool_mod.PickledTables)
    assert back.tables == {k: v for k, v in plain.tables.items() if v}


def test_a_spooled_run_with_its_cache_writes_the_same_files_again(tmp_path):
    """The cache a spooled run kept (pickled tables) read by the next run: the same output."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-highlight-report-2023-10-to-12.txt"):
        (docs / name).write_bytes((CORPUS / name).read_bytes())
    out = tmp_path / "out"
    pipeline.run([docs], out, jobs=2, progress=False, cache=True)
    first = {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix == ".csv"}
    (out / "figures.csv").unlink()   # (the run memo no longer matches: each document comes from the cache)
    taken = []
    real_get = cache_mod.Cache.get

    def get(self, digest, path):
        r = real_get(self, digest, path)
        taken.append(r)
        return r

    cache_mod.Cache.get = get
    try:
        pipeline.run([docs], out, jobs=2, progress=False, cache=True)
    finally:
        cache_mod.Cache.get = real_get
    assert len(taken) == 2 and all(r is not None for r in taken)
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix == ".csv"} == first


def test_the_early_reader_s_child_inherits_the_loaders():
    """Constructing the reader imports the loaders in the parent (before the fork); the child
    finds them imported and reads the same documents."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from extract import early\n"
        "assert 'extract.loaders' not in sys.modules\n"
        f"r = early.EarlyReader([Path({str(CORPUS / 'wiltshire-newsletter-2023-03-to-05.txt')!r})], [0], {{}}, None)\n"
        "assert 'extract.loaders' in sys.modules\n"
        "import time\n"
        "t = time.monotonic()\n"
        "while time.monotonic() - t < 60 and not list(r.folder.glob('*.records')):\n"
        "    time.sleep(0.02)\n"
        "r.stop()\n"
        "from extract.loaders import load\n"
        f"plain = load(Path({str(CORPUS / 'wiltshire-newsletter-2023-03-to-05.txt')!r}))\n"
        "got = r.take(0)\n"
        "assert [(b.page, b.kind, b.text) for b in got.blocks] == [(b.page, b.kind, b.text) for b in plain.blocks]\n"
        "r.close()\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def _real_lines() -> list[str]:
    real = ROOT.parent / "shared" / "real"
    out = []
    for p in sorted(real.rglob("*")):
        if p.suffix in (".txt", ".md") and p.is_file():
            out.extend(ln.strip() for ln in p.read_text(encoding="utf-8", errors="replace").splitlines())
    for p in sorted(CORPUS.iterdir()):
        if p.suffix in (".txt", ".md"):
            out.extend(ln.strip() for ln in p.read_text(encoding="utf-8").splitlines())
    return [ln for ln in out if ln]


def test_the_lower_case_label_screen_is_the_label_pattern_s_first_test():
    """lines.may_be_letter_label is False only where _label_of finds no label: over every line of the
    real documents and corpus, and forms written to reach each branch."""
    from extract.loaders.text import lines

    made = ["a) the", "b. that", "iv. noted", "ii) x", "xviii. y", "vi", "i.", "x)", "b", "b)", "q.", "z) ok",
            "iii the", "ivxiv. no", "v.the", "c.d", "a)\tx", "the council", "e.g. this", "i.e. that", "ix. ", "a) "]
    tried = 0
    for t in made + _real_lines():
        c0 = t[:1]
        if not ("a" <= c0 <= "z"):
            continue
        tried += 1
        if not lines.may_be_letter_label(c0, t):
            assert lines._label_of(t) is None, t
    assert tried > 200
    # the screen passes every label it must
    for t in ("a) the", "b. that", "iv. noted", "ii) x", "x)", "b)"):
        assert lines._label_of(t) is not None and lines.may_be_letter_label(t[0], t), t
