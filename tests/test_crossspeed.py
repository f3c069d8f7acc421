"""The fast paths of the cross-document stage and the writers give what the plain ones give:
Parquet tables built from buffers (no pandas import) against ``pa.Table.from_pydict``."""
from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import fields

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.dataset import files
from extract.records import TABLES, as_row
from extract.validate import conform_table


def _plain_arrow_table(spec, rows):
    """``arrow_table`` as it was: every column through ``pa.Table.from_pydict``."""
    cols = [(f.name, f.metadata["kind"]) for f in fields(spec.record)]
    dicts = [r if isinstance(r, dict) else as_row(r) for r in rows]
    data = {n: [v if v.__class__ is files._PLAIN[k] else files._cell(v, k) for v in (d.get(n) for d in dicts)]
            for n, k in cols}
    return pa.Table.from_pydict(data, schema=files._schema(pa, spec))


def _parquet_bytes(table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _same(spec, rows):
    fast, plain = files.arrow_table(spec, rows), _plain_arrow_table(spec, rows)
    fast.validate(full=True)
    assert fast.schema.equals(plain.schema, check_metadata=True)
    assert fast.equals(plain, check_metadata=True)
    assert _parquet_bytes(fast) == _parquet_bytes(plain)


def test_parquet_of_a_run_is_the_plain_one(corpus_run):
    """Every table of the corpus run: same schema, same values, same Parquet bytes; and the
    .parquet files the run wrote read back as the plain tables."""
    result, out = corpus_run
    for name, spec in TABLES.items():
        rows = conform_table(spec, list(result.tables[name]), [], as_rows=True)
        _same(spec, rows)
        written = pq.read_table(out / f"{name}.parquet")
        plain = _plain_arrow_table(spec, rows)
        assert written.schema.equals(plain.schema, check_metadata=True), name
        assert written.equals(plain), name


def test_parquet_edge_values():
    spec = TABLES["figures"]
    kinds = {f.name: f.metadata["kind"] for f in fields(spec.record)}
    sample = {"string": ["", "é £ – 🙂", None, "x" * 1000], "integer": [0, -2**63, 2**63 - 1, None],
              "number": [0.0, -0.0, 1e-320, None, float("nan"), float("inf"), 3, True]}
    n = max(len(v) for v in sample.values())
    rows = [{c: sample[k][i % len(sample[k])] for c, k in kinds.items()} for i in range(n)]
    _same(spec, rows)
    _same(spec, [])
    _same(spec, [{c: None for c in kinds}])


def test_parquet_falls_back_as_before():
    """A value the buffers cannot hold goes the plain way, with the plain error."""
    spec = TABLES["documents"]
    text_col = next(f.name for f in fields(spec.record) if f.metadata["kind"] == "string")
    with pytest.raises(Exception) as plain:
        _plain_arrow_table(spec, [{text_col: "bad \udcff"}])
    with pytest.raises(type(plain.value)):
        files.arrow_table(spec, [{text_col: "bad \udcff"}])


def test_parquet_without_pandas(tmp_path):
    code = ("import sys; from extract.records import TABLES; from extract.dataset.files import write_parquet_table;"
            f"write_parquet_table({str(tmp_path)!r}, TABLES['figures'], [{{'figure_id': 'a'}}]);"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- literal prefilters (extract/vocab/literals.py) ---------------------------------------

import re  # noqa: E402
from pathlib import Path  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

from extract.vocab import literals, vocabulary  # noqa: E402

_ROOT = Path(__file__).resolve().parents[1]


def test_only_these_characters_fold_to_ascii_letters():
    """An ASCII letter of a pattern matches (IGNORECASE) only characters whose lower() is that letter,
    except the ones ``lowered`` refuses to lower-case a text with."""
    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    for x in "abcdefghijklmnopqrstuvwxyz":
        for c in re.findall(x, every, re.I) + re.findall(f"[{x}]", every, re.I):
            assert c.lower() == x or c in literals._FOLDS_TO_ASCII, (x, hex(ord(c)))


def _pattern_lists():
    from extract.reconcile import vocabulary as rv

    V = vocabulary()
    lists = {"metric_text": [rx for _k, rx in V._metric_text], "metric_table": [rx for _k, rx in V._metric_table],
             "metric_loose": [rx for _k, rx in V._metric_loose],
             "subjects": [rx for _k, rx, *_ in V._subject_res], "reconcile": [rx for _k, rx in rv.subjects()]}
    return lists


def _texts() -> list[str]:
    out = []
    for folder in (_ROOT / "corpus", _ROOT.parent / "shared" / "real"):
        for f in sorted(folder.rglob("*")):
            if f.suffix in (".txt", ".md", ".html") and f.stat().st_size < 3_000_000:
                text = f.read_text(encoding="utf-8", errors="replace")
                out += [line for line in text.splitlines() if line.strip()]
    return out


def _check(screen, patterns, text):
    ok = screen.which(text)
    matching = [i for i, rx in enumerate(patterns) if rx.search(text)]
    assert ok is None or set(matching) <= set(ok), (text, matching, ok)
    assert ok is None or ok == sorted(ok)


def test_screens_keep_every_match_on_real_text():
    texts = _texts()
    assert len(texts) > 1000
    texts = texts[::4] + [w for t in texts[1::8] for w in re.findall(r"[^.;]{1,200}", t)[:3]]  # and clauses
    for name, patterns in _pattern_lists().items():
        screen = literals.Screen(patterns)
        for t in texts:
            _check(screen, patterns, t)


_LISTS = _pattern_lists()
_SCREENS = {name: literals.Screen(ps) for name, ps in _LISTS.items()}
_WORDS = sorted({n for ps in _LISTS.values() for rx in ps for n in (literals.needs(rx) or ())}
                | {"İ", "ı", "ſ", "K", "KSI", "Violence", "ASB", " ", "-", "(", ")", "£", "–", "%"})


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=3), max_size=8))
def test_screens_keep_every_match_on_generated_text(parts):
    text = " ".join(parts)
    for name, patterns in _LISTS.items():
        _check(_SCREENS[name], patterns, text)
        _check(_SCREENS[name], patterns, text.upper())


def test_needs_of_some_patterns():
    assert literals.needs(re.compile(r"\bbudget(?:ed|s)?\b", re.I)) == ("budget",)
    assert literals.needs(re.compile(r"a?b*", re.I)) is None
    assert literals.needs(re.compile(r"(?:x|y+)z", re.I)) == ("x", "y") or literals.needs(
        re.compile(r"(?:x|y+)z", re.I)) == ("z",)
    assert literals.lowered("ſso") is None and literals.lowered("KSI £") == "ksi £"


# --- arithmetic made per document (extract/reconcile/per_document.py) ------------------------

def test_per_document_arithmetic_is_the_run_pass(corpus_dir):
    """Each document's arithmetic made as it is read, put together, gives the checks of one pass over
    the whole run (same records, same order); a result without it falls back to that pass."""
    from extract import pipeline
    from extract.reconcile import reconcile
    from extract.reconcile import per_document as P

    files = pipeline.discover([corpus_dir, _ROOT.parent / "shared" / "real" / "panel_web_pages"])
    results = pipeline.extract_all(files, jobs=1, progress=False)
    docs = [r.document for r in results]
    measures = [m for r in results for m in r.tables.get("measures", [])]
    figures = [f for r in results for f in r.tables.get("figures", [])]
    given = P.gather(results)
    assert len(given) == sum(1 for r in results if r.tables) and given
    assert P.run_arithmetic(given, figures, measures) is not None
    fast = [as_row(c) for c in reconcile(docs, measures, figures, given)]
    plain = [as_row(c) for c in reconcile(docs, measures, figures)]
    assert fast == plain and any(c["check_type"] == "arithmetic" for c in plain)
    # the narrative checks against a document's own tables were made per document too (read from
    # the Wiltshire highlight report: "... 11 min 15 sec" against its response-time table)
    own = P.run_own_checks(given, figures, measures)
    assert own and all(c.check_type == "narrative_vs_table" for _, c in own)
    assert any(c.narrative_raw and "11 min 15 sec" in c.narrative_raw for _, c in own)
    assert {c.check_id for _, c in own} == {c["check_id"] for c in plain if c["check_type"] == "narrative_vs_table"}
    assert P.run_own_checks(given[1:], figures, measures) is None
    # a document without its part, or one given twice: the whole-run pass
    assert P.run_arithmetic(given[1:], figures, measures) is None
    assert P.run_arithmetic(given + given[:1], figures, measures) is None
