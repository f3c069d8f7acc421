"""Session 18's fixed-cost shortcuts (speed18a), each checked against the plain form it stands for."""
import copy
import subprocess
import sys

import pytest


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return dict(line.split(" ", 1) for line in out.splitlines())


# --- the tokenizer's special cases: spaCy's intify_attrs without its deprecated-name pass ---------

def _outcome(fn, attrs, strings_map, **kw):
    """What ``fn`` returns (its items, in order) or raises, the dict it was given afterwards, and
    the strings the store holds afterwards."""
    try:
        got = ("ok", list(fn(attrs, strings_map=strings_map, **kw).items()))
    except Exception as e:  # noqa: BLE001
        got = ("error", type(e).__name__, str(e))
    held = list(strings_map) if strings_map is not None and hasattr(strings_map, "__iter__") else None
    return got, list(attrs.items()), held


class _Str(str):
    pass


class _Dict(dict):
    pass


def test_intified_is_spacys_intify_attrs():
    """:func:`extract.nlp._intified` gives what spaCy's ``intify_attrs`` gives (the dict and its key
    order, the store's strings, the given dict left as spaCy leaves it, the same errors), on the
    English special cases and on edge cases: string keys, deprecated names, ENT_IOB, bools, values
    that are no str, a str subclass, another dict class, no store or another kind of map."""
    from spacy.attrs import ENT_IOB, LEMMA, NORM, ORTH, TAG, intify_attrs
    from spacy.lang.en import English
    from spacy.strings import StringStore

    from extract.nlp import _intified

    cases = [spec for subs in English.Defaults.tokenizer_exceptions.values() for spec in subs]
    assert len(cases) > 2000
    cases += [{ORTH: "do", NORM: "does"}, {ORTH: 5}, {NORM: "x", ORTH: "y"}, {ORTH: _Str("sub")},
              {ORTH: "a", LEMMA: "b", TAG: "NN"}, {ENT_IOB: "B"}, {ENT_IOB: 3}, {ENT_IOB: "Q"},
              {"ORTH": "x"}, {"F": "x", "L": "y"}, {ORTH: "x", "number": 1}, {ORTH: "x", "Number": "Sing"},
              {ORTH: "x", "VERBFORM": "Fin"}, {True: "x"}, {ORTH: "x", 10 ** 30: "y"}, {"orth": "z"},
              {ORTH: None}, {ORTH: b"bytes"}, {}, _Dict({ORTH: "x", "number": 2})]
    for spec in cases:
        for make in (StringStore, lambda: None, lambda: {"x": 1, "y": 2}):
            for deprecated in (True, False):
                a, b = make(), make()
                ours = _outcome(_intified, copy.deepcopy(spec), a, _do_deprecated=deprecated)
                theirs = _outcome(intify_attrs, copy.deepcopy(spec), b, _do_deprecated=deprecated)
                assert ours == theirs, (spec, deprecated)


SPECIAL_CASES = r"""
import copy
import spacy.attrs, spacy.vocab
import extract.nlp as n
from spacy.tokenizer import Tokenizer
from spacy.lang.en import English
from spacy.vocab import create_vocab
rules = English.Defaults.tokenizer_exceptions
def built(cls):
    return cls(create_vocab(English.lang, English.Defaults), rules=copy.deepcopy(rules),
               prefix_search=n.get_nlp().tokenizer.prefix_search, suffix_search=n.get_nlp().tokenizer.suffix_search,
               infix_finditer=n.get_nlp().tokenizer.infix_finditer)
calls = []
plain = n._INTIFY_ATTRS
def counted(*a, **k):
    calls.append(1)
    return plain(*a, **k)
n._INTIFY_ATTRS = counted
ours = built(n._Tokenizer)
n._INTIFY_ATTRS = plain
theirs = built(Tokenizer)
print('restored', spacy.vocab.intify_attrs is spacy.attrs.intify_attrs)
print('shortcut_used', len(calls) < 100)
print('rules', ours.to_bytes(exclude=['vocab']) == theirs.to_bytes(exclude=['vocab']))
print('strings', list(ours.vocab.strings) == list(theirs.vocab.strings))
def lexemes(vocab):
    return sorted((x.orth, x.orth_, x.lower_, x.norm_, x.flags, x.prefix_, x.suffix_, x.shape_, x.lang_, x.cluster,
                   x.sentiment) for x in vocab)
print('lexemes', lexemes(ours.vocab) == lexemes(theirs.vocab))
def tokens(tok, text):
    return [(t.text, t.whitespace_, t.norm_, t.lower_, t.lemma_, t.tag_, t.orth) for t in tok(text)]
texts = list(rules) + [" ".join(rules), "Don't you see? It's 5 p.m. :) e.g. 10km, Mr. Smith's car ain't here."]
print('tokens', all(tokens(ours, t) == tokens(theirs, t) for t in texts))
"""


def test_special_cases_added_with_the_shortcut_are_spacys_own():
    """A tokenizer whose special cases were added with :func:`extract.nlp._intified` in force is the one
    spaCy's Tokenizer makes from the English exceptions: the same rules, the same strings in its vocab's
    store (in the same order), the same lexemes, the same tokens (norms included) for every special
    string and for texts holding them; spaCy's ``intify_attrs`` is put back after."""
    lines = _run(SPECIAL_CASES)
    assert set(lines.values()) == {"True"}, lines


# --- the prefix and suffix searches: the alternatives a new edge character can start or end -----

def _plain_subset(ends, codes):
    """The subset as it was read before: every range of every alternative tested."""
    return tuple(i for i, ranges in enumerate(ends)
                 if ranges is None or any(lo <= code <= hi for lo, hi in ranges for code in codes))


@pytest.mark.parametrize("kind", ["prefix", "suffix"])
def test_edge_subsets_read_from_the_index_are_the_plain_ones(kind):
    """``SuffixSearch._subset`` / ``PrefixSearch._subset`` (an index of the alternatives' edge ranges)
    give the alternatives, in order, that testing every range of every alternative gives: at every
    code point below U+3000, at each range's ends and either side of them, for the pairs a string
    ending in a newline asks about, and for alternatives whose edge is not known."""
    from extract.nlp import get_nlp
    from extract.suffix_search import PrefixSearch, SuffixSearch

    tok = get_nlp().tokenizer
    given = tok.prefix_search if kind == "prefix" else tok.suffix_search
    search = (PrefixSearch if kind == "prefix" else SuffixSearch)(given.pattern, given.alternatives)
    assert search.usable and len(search.ends) > 50
    edges = {c for ranges in search.ends if ranges for lo, hi in ranges for c in (lo - 1, lo, hi, hi + 1)}
    codes = sorted(c for c in set(range(0x3000)) | edges | {0x10FFFF, 0x1F600} if 0 <= c <= 0x10FFFF)
    for code in codes:
        assert search._subset({code}) == _plain_subset(search.ends, {code}), hex(code)
    for pair in [{10, c} for c in codes[::37]] + [{ord("a"), ord("%")}, {ord(")"), ord(".")}]:
        assert search._subset(pair) == _plain_subset(search.ends, pair)
    # an alternative whose edge is not known is in every subset
    search.ends = [None] + list(search.ends[1:])
    search._index = None
    for code in (0, 65, 0x2019, 0x10FFFF):
        got = search._subset({code})
        assert got == _plain_subset(search.ends, {code}) and got[0] == 0


def test_edge_searches_find_what_the_whole_regex_finds_on_new_characters():
    """A fresh prefix and suffix search (every subset made anew) finds, on every special-case string
    and on strings of unusual first and last characters, the match the whole regex finds."""
    import re

    from spacy.lang.en import English

    from extract.nlp import get_nlp
    from extract.suffix_search import PrefixSearch, SuffixSearch

    tok = get_nlp().tokenizer
    strings = list(English.Defaults.tokenizer_exceptions) + ["“quoted”", "(12)", "£5m", "5%", "x\n", "‘a’", "…", "¿qué?",
                                                               "'s", "e.g.", "km²", "🙂", "", "\n"]
    for cls, given in ((PrefixSearch, tok.prefix_search), (SuffixSearch, tok.suffix_search)):
        fresh, whole = cls(given.pattern, given.alternatives), re.compile(given.pattern)
        for s in strings:
            a, b = fresh(s), whole.search(s)
            assert (a and (a.start(), a.end())) == (b and (b.start(), b.end())), (cls.__name__, s)


# --- forward references' code kept with the regex cache ---------------------------------------------

#: forward-reference texts as pydantic_core, thinc and typing_extensions write them, and edge cases
_FORWARD = ["int", "List[str]", "Dict[str, Any]", "Union[int, 'CoreSchema']", "Optional[Callable[..., Any]]",
            "*Ts", "tuple[int, ...]", "Literal['a', 'b']", "'nested'", "x if y else z", "a.b.c", "CoreSchema",
            "lambda: 1", "[i for i in range(3)]", "é", "1 + 2j"]


_PARTS = ("co_code", "co_consts", "co_names", "co_varnames", "co_flags", "co_filename", "co_name", "co_qualname",
          "co_firstlineno", "co_linetable", "co_exceptiontable", "co_stacksize", "co_argcount", "co_nlocals")


def _code_parts(code) -> tuple:
    """A code object's parts (its == leaves some out; marshal's bytes vary with reference counts)."""
    return tuple(getattr(code, p) for p in _PARTS)


def test_forward_references_are_made_from_kept_code_exactly(tmp_path, monkeypatch):
    """With the cache in force and ``cover_dataclasses``, ``typing.ForwardRef`` compiles a text once,
    keeps the code, and takes the kept code in the next process: the same code object (bytes, flags,
    names, constants) as typing compiles without the cache; a text that is no expression raises the
    same SyntaxError; other calls of ``compile`` from typing are the builtin's; typing is put back."""
    import typing

    from extract import regex_cache

    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    plain = {t: typing.ForwardRef(t).__forward_code__ for t in _FORWARD}
    assert "compile" not in vars(typing)
    for round_ in range(2):
        with regex_cache.installed():
            regex_cache.cover_dataclasses()
            assert vars(typing)["compile"] is regex_cache._cached_eval_code
            new_before = regex_cache._STATE["new"]
            kept = {t: typing.ForwardRef(t).__forward_code__ for t in _FORWARD}
            made_new = regex_cache._STATE["new"] - new_before
            with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
                typing.ForwardRef("not an: expression")
            assert regex_cache._cached_eval_code("x = 1", "<string>", "exec").co_flags == \
                compile("x = 1", "<string>", "exec").co_flags
            assert eval(regex_cache._cached_eval_code("1 + 1", "<other>", "eval")) == 2
        assert made_new == (0 if round_ else len(_FORWARD))
        assert "compile" not in vars(typing)   # (put back)
        for t in _FORWARD:
            assert _code_parts(kept[t]) == _code_parts(plain[t]), t


def test_start_up_forward_references_match_typing_s_own(tmp_path):
    """Every forward reference the start-up makes (pydantic_core's typed dicts ...), made from kept code in a
    second process, is the code typing compiles for its text."""
    code = r"""
import sys, typing
from pathlib import Path
from extract import regex_cache
regex_cache.FOLDER = Path(sys.argv[1])
made = []
real = typing.ForwardRef.__init__
def init(self, arg, *a, **k):
    real(self, arg, *a, **k)
    made.append(self)
typing.ForwardRef.__init__ = init
with regex_cache.installed():
    regex_cache.cover_dataclasses()
    from extract import pipeline
    pipeline._preload()
typing.ForwardRef.__init__ = real
PARTS = %r
def parts(c):
    return tuple(getattr(c, p) for p in PARTS)
same = all(parts(f.__forward_code__) == parts(typing.ForwardRef(f.__forward_arg__).__forward_code__) for f in made)
print(len(made), same)
""" % (_PARTS,)
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    outs = [subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=root, capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONPATH": str(root)}).stdout.split() for _ in range(2)]
    assert int(outs[1][0]) > 500 and outs[0][1] == outs[1][1] == "True", outs


# --- CSV rows the csv writer would not quote, written joined ------------------------------------------

def _plain_csv(path, spec, rows):
    """``write_csv_values`` as it was: every row through the csv writer."""
    import csv
    from dataclasses import fields

    from extract.records import columns
    from extract.writers import _FORMULA_FIRST, _text_cell, format_cell

    text_cols = {f.name for f in fields(spec.record) if f.metadata["kind"] == "string"}
    cols = columns(spec.record)
    texts = [c in text_cols for c in cols]
    cells = [_text_cell if c in text_cols else format_cell for c in cols]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(cols)
        for row in rows:
            w.writerow([v if v is None or (k := v.__class__) is str and not (t and v and v[0] in _FORMULA_FIRST)
                        or k is int else cell(v) for v, t, cell in zip(row, texts, cells)])


_CELLS = [None, "", "plain", "a,b", 'say "x"', '"', "line\nbreak", "cr\rhere", "crlf\r\n", "nul\0x", " lead", "trail ",
          "=SUM(A1)", "-1.2", "+5%", "@x", "\ttab", "£1.2m", "é ü", "\u2028sep", "'", 0, 7, -3, 10 ** 20, True, False,
          1.5, 2.0, float("nan"), float("inf"), -0.0, 1e16, 0.1 + 0.2, "x" * 300 + ",", ",", ",,"]


def test_csv_rows_written_joined_are_the_csv_writer_s(tmp_path):
    """``write_csv_values`` writes every table's rows byte for byte as the csv writer alone writes them:
    rows of cells with and without commas, quotes, CR, LF, NUL, empty text, None, numbers, bools,
    formula-like text; every table's columns (and a one-column table, whose empty row is quoted)."""
    import random
    from dataclasses import dataclass, field as dc_field

    from extract.records import TABLES, TableSpec, columns
    from extract.writers import write_csv_values

    rng = random.Random(18)
    specs = list(TABLES.values())

    @dataclass
    class One:
        text: str = dc_field(default=None, metadata={"kind": "string", "required": False})

    specs.append(TableSpec(name="one", record=One, key=("text",)))
    compared = 0
    for spec in specs:
        width = len(columns(spec.record))
        rows = [tuple(rng.choice(_CELLS) if rng.random() < 0.3 else rng.choice(["ok", None, 12, "word word"])
                      for _ in range(width)) for _ in range(400)]
        rows += [tuple([None] * width), tuple([""] * width), tuple(["plain"] * width)]
        a, b = tmp_path / f"{spec.name}.a.csv", tmp_path / f"{spec.name}.b.csv"
        try:
            _plain_csv(a, spec, rows)
            plain = a.read_bytes()
        except Exception as e:  # noqa: BLE001 - (the csv writer refusing a NUL: refused the same way)
            with pytest.raises(type(e)):
                write_csv_values(b, spec, rows)
            continue
        assert write_csv_values(b, spec, rows) == len(rows)
        assert b.read_bytes() == plain, spec.name
        compared += 1
    assert compared == len(specs)
