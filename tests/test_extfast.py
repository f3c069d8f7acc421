"""Speed shortcuts of session 7 (extfast) against the plain code they stand for: the
record checks of extract/validate.py (text columns tested at once, whole and finite
numbers passed as they are) give the same rows, problems and repaired records as the
plain column-by-column loop, on the records of the corpus and of edge cases."""
from __future__ import annotations

import copy
import dataclasses
import math
from pathlib import Path

from extract import pipeline, validate
from extract.loaders import load
from extract.model import stable_id
from extract.records import TABLES, as_row

ROOT = Path(__file__).resolve().parent.parent


def plain_conform(spec, record, problems, label=""):
    """validate.conform as it was: every column looked at on its own."""
    row = dict(as_row(record))
    what = label or f"{spec.name} record"
    cols = [(f.name, f.metadata["kind"], f.metadata["enum"]) for f in dataclasses.fields(spec.record)]
    needed = [f.name for f in dataclasses.fields(spec.record) if f.metadata["required"] or f.name in spec.key]
    cleaned, changed = [], []
    for name, kind, enum in cols:
        v = was = row.get(name)
        if v is None:
            continue
        if kind == "string":
            if not isinstance(v, str):
                v = str(v)
            if validate._UNWRITABLE.search(v):
                v, had_control = validate.writable_text(v)
                if had_control:
                    cleaned.append(name)
        else:
            v, ok = validate._num(v, kind)
            if not ok:
                problems.append(f"{what}: {name} {was!r} is not a {kind} (cleared)")
        if v is not None and enum and v not in enum:
            problems.append(f"{what}: {name} {v!r} is not one of the allowed values (cleared)")
            v = None
        if v is not was:
            row[name] = v
            changed.append(name)
    if cleaned:
        problems.append(f"{what}: control characters removed from {', '.join(cleaned)}")
    if spec.natural_key:
        id_col = spec.key[0]
        parts = [row.get(c) for c in spec.natural_key]
        if any(p in (None, "") for p in parts):
            parts += [row.get(name) for name, _, _ in cols if name not in spec.natural_key and name != id_col]
        row[id_col] = stable_id(spec.name, *parts)
        changed.append(id_col)
    if [name for name in needed if row.get(name) in (None, "")]:
        problems.append(f"{what}: required {', '.join(n for n in needed if row.get(n) in (None, ''))} "
                        f"missing (record dropped)")
        return None
    if not isinstance(record, dict):
        for k in changed:
            setattr(record, k, row[k])
    return row


def _same(spec, record) -> None:
    a, b = copy.deepcopy(record), copy.deepcopy(record)
    pa: list[str] = []
    pb: list[str] = []
    ra = validate.conform(spec, a, pa, "x")
    rb = plain_conform(spec, b, pb, "x")
    assert ra == rb and pa == pb, (spec.name, record)
    assert repr(ra) == repr(rb)   # (the same types too: 3 and 3.0 are ==)
    assert (a if isinstance(a, dict) else as_row(a)) == (b if isinstance(b, dict) else as_row(b))


def _raw_tables() -> dict[str, list]:
    pipeline._preload()
    tables: dict[str, list] = {}
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.md"))[:1]
    for path in paths:
        for k, v in pipeline._extract(load(path), path, []).items():
            tables.setdefault(k, []).extend(v)
    return tables


def test_conform_gives_what_the_plain_loop_gives_on_corpus_records():
    tables = _raw_tables()
    assert sum(len(v) for v in tables.values()) > 300
    for name, records in tables.items():
        for r in records:
            _same(TABLES[name], r)


def test_conform_gives_what_the_plain_loop_gives_on_edge_cases():
    tables = _raw_tables()
    edits = [("\x07bell", "text"), ("lone \udcff byte", "text"), (12, "text"), (3.5, "text"), (True, "text"),
             ("12", "num"), ("1,250", "num"), ("x", "num"), (True, "num"), (3.0, "num"), (2.5, "num"),
             (float("nan"), "num"), (math.inf, "num"), (2**63, "num"), (-2**63, "num"), (2**70, "num"),
             (None, "any"), ("", "any"), ("not allowed", "any")]
    tried = 0
    for name, records in tables.items():
        spec = TABLES[name]
        fields = dataclasses.fields(spec.record)
        for r in records[:3]:
            for f in fields:
                for value, where in edits:
                    if where == "text" and f.metadata["kind"] != "string" or \
                            where == "num" and f.metadata["kind"] == "string":
                        continue
                    _same(spec, dataclasses.replace(r, **{f.name: value}))
                    row = dict(as_row(r))
                    row[f.name] = value
                    _same(spec, row)
                    tried += 1
            row = dict(as_row(r))
            row.pop(fields[-1].name)
            _same(spec, row)    # a dict row without a column
    assert tried > 500


# --------------------------------------------------------------------------- spaCy infix search


def _words_of_texts() -> list[str]:
    out = []
    for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real"):
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".md", ".txt") and p.name != "README.md":
                out += p.read_text(encoding="utf-8", errors="replace").split()
    return out


def test_infix_finditer_finds_the_original_matches():
    import spacy
    from spacy.util import compile_infix_regex

    from extract.nlp import get_nlp
    from extract.suffix_search import InfixFinditer
    ours = get_nlp().tokenizer.infix_finditer
    assert isinstance(ours, InfixFinditer) and ours.gate is not None
    original = compile_infix_regex(spacy.blank("en").Defaults.infixes)
    assert ours.__self__.pattern == original.pattern
    # every character between two letters, two digits, a letter and a digit; then real words
    pairs = [a + chr(c) + b for c in range(0x20, 0x3100) for a, b in (("ab", "cd"), ("12", "34"), ("x", "5"))]
    words = _words_of_texts()[:80000]
    assert len(words) > 20000
    n = 0
    for s in pairs + words + ["a--b", "e.g.", "1...2", "x……y", "10^6", "a/b/c", "İa-b", "K-9", ""]:
        theirs = [m.span() for m in original.finditer(s)]
        assert [m.span() for m in ours(s)] == theirs, repr(s)
        n += bool(theirs)
    assert n > 1000


# --------------------------------------------------------------------------- period matcher groups


def test_period_runs_matched_by_their_groups_give_the_period_matchers_matches():
    from extract.extractors.figures.matchers import _matchers, _period_groups, _period_runs
    from extract.extractors.figures.mentions import _DocMatches
    from extract.nlp import get_nlp
    nlp = get_nlp()
    plain = _matchers()[0]   # every period pattern in one matcher
    assert len(_period_groups()) == len(_period_runs().anchors) > 5
    paragraphs = ["Between 1 April and 30 June 2023, in Q1 2023/24 and the 12 months to March 2024 (FY 22/23)",
                  "The year to date, quarter 3 of 2019-20, since January 2020 and last year's 4th quarter"]
    for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real"):
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".md", ".txt") and p.name != "README.md":
                paragraphs += [t for t in p.read_text(encoding="utf-8", errors="replace")[:60000].split("\n\n")
                               if any(c.isdigit() for c in t)]
    found = several = 0
    for text in paragraphs:
        doc = nlp.make_doc(text)
        want = sorted((nlp.vocab.strings[m], s, e) for m, s, e in plain(doc))
        assert sorted(_DocMatches(doc, text).within("period", 0, len(doc))) == want, text[:200]
        found += len(want)
        runs = _period_runs().grouped_runs([t.orth for t in doc], nlp.vocab.strings)
        several += sum(1 for *_, bits in runs if bits & (bits - 1))
    assert found > 500 and several > 50


# --------------------------------------------------------------------------- text loader residue classes


def test_residue_classes_worked_out_lazily_give_the_same_documents(monkeypatch):
    from extract.loaders.text import residue

    def blocks_of(path):
        doc = load(path)
        return [(b.kind, b.text, b.level, getattr(b, "rows", None)) for b in doc.blocks]

    # (the fixtures: pdftotext's default and layout modes of generated reports)
    paths = [p for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real", ROOT / "tests" / "fixtures" / "text")
             for p in sorted(folder.rglob("*.txt"))]
    assert len(paths) >= 15
    lazy = [blocks_of(p) for p in paths]
    # every class worked out, as before: a run opens where the class is "V" or "H"
    monkeypatch.setattr(residue._LazyClasses, "opens", lambda self, k: self[k] in ("V", "H"))
    eager = [blocks_of(p) for p in paths]
    assert lazy == eager
    assert sum(kind == "table" for blocks in lazy for kind, *_ in blocks) > 5


def _plain_grid_at(items, i, page_of):
    """cell_grid._grid_at as it was (the label cell tested first)."""
    from extract.loaders.text import cell_grid as G
    first = items[i]
    if not (isinstance(first, G._Line) and (G._label(G._cell(first)) or first.text == "|")):
        return None
    page = page_of(first)
    header = [G._cell(first)]
    k = i + 1
    while G._next_to(items, k, page_of, page) and G._PERIOD_CELL.match(G._cell(items[k])):
        header.append(G._cell(items[k]))
        k += 1
    width = len(header)
    if width < 3:
        return None
    rows = [header]
    while G._next_to(items, k, page_of, page) and G._label(G._cell(items[k])) \
            and all(G._next_to(items, k + c, page_of, page) and G._VALUE_CELL.match(G._cell(items[k + c]))
                    for c in range(1, width)):
        rows.append([G._cell(items[k + c]) for c in range(width)])
        k += width
    return (rows, k) if len(rows) >= 3 else None


def test_cell_grid_found_where_the_plain_test_finds_it():
    from extract.loaders.text import cell_grid as G
    from extract.loaders.text.parse import _read_lines
    grids = ["Ethnicity\n\n2020\n\n2021\n\nArabic or North African\n\n161\n\n134\n\nWhite\n\n1,204\n\n-\n",
             "Ethnicity |\n2020 |\n2021 |\n2022 |\nArabic |\n161 |\n134 |\n12 |\nOther |\nn/a |\n3 |\n4 |\n",
             "|\nQ1 2023\nQ2 2023\nStops\n12\n14\nArrests\n3%\n*\n", "Year\n2020\nvalue\n3\n"]
    texts = grids + [p.read_text(encoding="utf-8", errors="replace")
                     for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real", ROOT / "tests" / "fixtures" / "text")
                     for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".md") and p.name != "README.md"]
    found = 0
    for text in texts:
        lines = _read_lines(text)[0]
        for i in range(len(lines)):
            plain = _plain_grid_at(lines, i, lambda ln: 1)
            assert G._grid_at(lines, i, lambda ln: 1) == plain
            found += plain is not None
    assert found >= 3
