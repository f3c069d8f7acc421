"""The shortcuts taken for speed in the figures extractor and the number grammar give what
the plain forms give, on the corpus and the real texts: a token matcher skipped for a
sentence without the words its patterns need finds nothing there; _clean's one-character
prefilter; a short line without a digit states no dated period; a match's groups read
from m.groups() are its groupdict."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher

from extract.extractors.figures.lexicon import lexicon
from extract.extractors.figures.matchers import _area_patterns, _needed_words, _token_tests
from extract.nlp import get_nlp
from extract.normalise import parse_period
from extract.normalise.core import _CLEAN_FIRST, _CLEAN_RE, _clean
from extract.normalise.quantities import _Groups, _Q_RE

ROOT = Path(__file__).resolve().parents[1].parent / "shared"


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    out = []
    for folder in (ROOT / "corpus", ROOT / "real"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                text = path.read_text(encoding="utf-8", errors="replace")
                out.extend(line.strip() for line in text.splitlines() if line.strip())
    return tuple(out)


def test_a_skipped_token_matcher_finds_nothing():
    nlp = get_nlp()
    lex = lexicon()
    rules = [p for ps in lex.subject_tokens.values() for p in ps] + _area_patterns(lex)
    metric_tok = [p for ps in lex.metric_tokens.values() for p in ps]
    tests = _token_tests(lex)
    found = skipped = 0
    for name, patterns in (("rules", rules), ("metric_tok", metric_tok)):
        plain = Matcher(nlp.vocab)
        plain.add(name, patterns)
        for doc in nlp.pipe(_lines()[:6000] + ("Emergency response times", "complaints cases logged were 10",
                                                "In the North East 4%", "the volume of reported violent crime")):
            for sent in doc.sents:
                hits = plain(sent)
                if not tests[name](sent.text):
                    assert not hits, (name, sent.text)
                    skipped += 1
                found += bool(hits)
    assert found >= 4 and skipped > 1000


def test_needed_words_of_a_pattern_without_word_tokens_is_none():
    assert _needed_words([[{"IS_DIGIT": True}], [{"LOWER": "x"}]]) is None
    assert _needed_words([[{"LOWER": "of"}, {"LOWER": {"IN": ["volume", "volumes"]}}],
                          [{"ORTH": "North", "OP": "?"}, {"TEXT": "East"}]]) == \
        (frozenset({"volume", "volumes"}), frozenset({"East"}))


def test_clean_prefilter_is_exact():
    texts = _lines() + ("a&nbsp;b", "x<sup>1</sup>", "\\pm 3", "**bold**", "5\u2013 6", "a\u00a0b", "[^2] z")
    for t in texts:
        first = _CLEAN_FIRST.search(t)
        m = _CLEAN_RE.search(t)
        assert (m is None) if first is None else (m is None or m.start() >= first.start()), t
    assert _clean("a&nbsp;b")[0] == "a b"


def test_a_line_without_a_digit_states_no_dated_period():
    for t in _lines():
        if not any(c.isdigit() for c in t) and len(t) <= 100:
            p = parse_period(t)
            assert p is None or p.start is None or p.end is None, t


def test_groups_read_as_groupdict():
    n = 0
    for t in _lines()[:3000]:
        for m in _Q_RE.finditer(_clean(t)[0]):
            g, plain = _Groups(m), m.groupdict()
            assert all(g.get(k) == v and g[k] == v for k, v in plain.items()), t
            n += 1
    assert n > 1000
