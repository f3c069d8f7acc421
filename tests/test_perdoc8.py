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


def _plain_grouped_runs(runs, orths, strings):
    """token_runs.TokenRuns.grouped_runs as it was: every token's code, then each maximal run of
    capable tokens that holds an anchor, with its anchors' group bits."""
    out, start, bits = [], -1, 0
    for i, o in enumerate(orths):
        s = strings[o]
        low = s.lower()
        if runs.anchor(s, low):
            c = 1
            for g, test in enumerate(runs.anchor_tests):
                if test(s, low):
                    c |= 2 << g
        else:
            c = 1 if runs.capable(s, low) else 0
        if c:
            if start < 0:
                start, bits = i, 0
            bits |= c
        elif start >= 0:
            if bits > 1:
                out.append((start, i, bits & ~1))
            start = -1
    if start >= 0 and bits > 1:
        out.append((start, len(orths), bits & ~1))
    return out


def test_grouped_runs_read_from_the_anchors_are_the_plain_runs():
    import random

    from extract.extractors.figures.token_runs import TokenRuns
    from extract.nlp import get_nlp
    nlp = get_nlp()
    strings = nlp.vocab.strings
    texts = ["Between 1 April and 30 June 2023, in Q1 2023/24 and the 12 months to March 2024 (FY 22/23)",
             "quarter 3 of 2019-20 to 2020-21", "March 2024 March 2024", "2023", "", "the year to date ytd"]
    texts += [t for t in _real_lines() if any(c.isdigit() for c in t)][:800]
    words = [t.orth for text in texts[:40] for t in nlp.make_doc(text)]
    rng = random.Random(8)
    seqs = [[t.orth for t in nlp.make_doc(text)] for text in texts]
    seqs += [[rng.choice(words) for _ in range(rng.randint(0, 30))] for _ in range(300)]
    fresh = TokenRuns(matchers._period_patterns())   # (its word caches empty: the cold path)
    assert fresh.usable and len(fresh.anchors) > 5
    with_runs = 0
    for orths in seqs:
        want = _plain_grouped_runs(fresh, orths, strings)
        assert fresh.grouped_runs(orths, strings) == want, [strings[o] for o in orths]
        with_runs += bool(want)
    assert with_runs > 100


def test_may_start_with_digit_reads_the_first_character():
    from extract.normalise.scan_speed import _may_start_with_digit
    for pattern, want in ((r"\d", True), (r"[ \t]*\d", True), (r"(?:a|1)", True), (r"[a-z]", False),
                          (r"[^a]", True), (r"\s", False), (r"\w", True), (r"(?=x)\d", True), (r"a?", True),
                          (r"a*b", False), (r"a?1", True), (r"[0-5]", True), (r"[:-@]", False), (r"\D", False),
                          (r"(?<=0)x", False), (r"x|", True), ("\u0663", True), (r"[ \t]+month", False),
                          (r"(?<=[a-z][a-z]\.\d)", True), (r"(?>a)", True), (r"[\u0600-\u06ff]", True)):
        assert _may_start_with_digit(pattern) is want, pattern
    # checked against matching: a pattern said not to start with a digit never matches at one
    for pattern in (r"[a-z]", r"a*b", r"[:-@]", r"\D", r"\s", r"[ \t]+month"):
        rx = re.compile(pattern, re.ASCII)
        assert all(rx.match(d + "month b") is None for d in "0123456789"), pattern


def test_warm_builds_the_vocabulary_screens():
    from extract.vocab import vocabulary
    figures.warm()
    assert {"_metric_text", "_metric_loose", "_metric_table", "_subject_res"} <= set(vocabulary()._screens)


def test_guarded_needs_find_what_the_plain_ones_find():
    from extract.normalise import exclusions as Q
    from extract.normalise.scan_speed import _after_run
    plain_fy2 = re.compile(r"\d\d[ \t]*[-/][ \t]*\d\d")
    texts = _real_lines() + ["2023-24", "123-45", "12 / 13", "1234/5678", "FY 22/23", "9-10", "a 12-",
                             "12 - 13 and 10am", "3 months", "12th of May", "4.1 4.2 The", "5kb"]
    for text in texts:
        assert (Q._FY2_NEED.search(text) is None) is (plain_fy2.search(text) is None), text[:80]
    from extract.normalise.scan_speed import _NEED_PATTERNS
    for need in (p for p in _NEED_PATTERNS.values() if isinstance(p, str) and p.startswith("\\d")):
        plain, guarded = re.compile(need, re.ASCII | re.M), re.compile(_after_run(need), re.ASCII | re.M)
        for text in texts:
            low = text.lower()
            assert (plain.search(low) is None) is (guarded.search(low) is None), (need, text[:80])
