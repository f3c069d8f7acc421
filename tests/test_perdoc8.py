"""Speed shortcuts of session 11 (perdoc8) against the plain code they stand for: the character-set
test of the one-sentence pre-test, and what ``figures.warm`` builds before the workers fork.
(The exclusion spans by need groups are checked against the plain patterns in test_scan_speed.py.)"""
from __future__ import annotations

import re
from pathlib import Path

from extract.extractors import figures
from extract.extractors.figures import matchers, mentions
from extract.extractors.figures.lexicon import lexicon
from extract.nlp import PUNCT_CHARS
from extract.normalise.scan_speed import holds_none_of

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"


def _plain(chars):
    rx = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return lambda text: rx.search(text) is None


def _real_lines() -> list[str]:
    out = []
    for path in sorted(ROOT.glob("corpus/*")) + sorted(REAL.rglob("*")):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            text = path.read_text(encoding="utf-8", errors="replace")
            out.append(text)
            out.extend(text.splitlines())
    return out


def test_holds_none_of_is_the_character_class_search():
    chars = sorted(PUNCT_CHARS)
    fast, plain = holds_none_of(chars), _plain(chars)
    texts = ["", "no stop here", "one. two", "why?", "yes!", "£5,000 – a rise", "end。", "fin！",
             "ends ⁉", "a\u3002b", "café", "naïve text", "x\U00010a56y", "\U00010a57", "zero-width\u200b",
             "12.5%", "a long line " * 50 + "\u0964"]
    texts += _real_lines()
    assert len(texts) > 1000 and sum(not t.isascii() for t in texts) > 50
    both = {True: 0, False: 0}
    for t in texts:
        assert fast(t) == plain(t), t[:80]
        both[fast(t)] += 1
    assert both[True] > 100 and both[False] > 100   # (both answers met)


def test_holds_none_of_other_sets():
    for chars in (["."], ["!", "。"], ["\u0964", "\u0965"], []):
        fast, plain = holds_none_of(chars), _plain(chars) if chars else (lambda t: True)
        for t in ("", "a.b", "a。", "x\u0965", "plain", "dots...", "\u0964"):
            assert fast(t) == plain(t), (chars, t)


def test_warm_builds_the_first_documents_tests():
    figures.warm()
    lex = lexicon()
    before = matchers._label_tests.cache_info()
    matchers._label_tests(lex)
    assert matchers._label_tests.cache_info().hits == before.hits + 1   # built by warm, not again
    assert id(lex) in mentions._OF_LEXICON and mentions._OF_LEXICON[id(lex)][0] is lex
    info = figures._one_sentence.cache_info()
    figures._one_sentence()
    assert figures._one_sentence.cache_info().hits == info.hits + 1
    # the one-sentence test reads a text with no sentence punctuation as one sentence, as before
    one = figures._one_sentence()
    assert one("42 crimes were recorded") and not one("42 crimes. 3 arrests")
