"""Speed shortcuts of session 17 (speed17b, issue 14): each against the plain form it stands for, on every
line and sentence of the real texts and corpus/ and on edge cases."""
from __future__ import annotations

import re
import sys

import pytest

EDGE = [
    "", " ", "\n", "by5", "to5", "from5", " by5", "abby5", "_to5", "éto5", "Éby5", "1to5", "x.to5", "(from12%",
    "down by19.3%", "rose from 24,855 crimes to26,240", "B1 to2", "ToDo5", "BY5", "\u00a0to5", "to 5", "tó5",
    "is", "Is", "IS", "\u0130s", "\u0131s", "i\u017f", "this", "his", "is:", "x=5", "a: b", "was\nwere", "_was",
    "éwas", "1was", "WAS", "remains", "remain", "remained", "continues", "continue", "seen", "sees", "see",
    "the rate is 5%", "Theft: 12", "Areas were", "K\u212aS", "\u212aeep is", "=", ":", "\n:",
    "fell by", "fell by ", "fell by -", "fell by - ", "fell by: ", "fell by,\n", "fell by\n\n", "down - :",
    "made up", "make up of", "up", "UP BY", "year-on-year", "a rise of", "rose by an average of", "grewth",
    "an increase of approximately", "▼", "fell ▼", "reduced by an impressive", "the figure was", "drop",
    "up 5% on", "dropped over", "grown", "Grows", "uplifted by", "reductions of", "risen", "rising", "ri\u017fe by",
    "decrease\u00a0by", "x decreased", "xdecreased", "decreased-", "decreased - ", "fell, ", "fell:", "of",
]


@pytest.fixture(scope="module")
def texts(real_lines) -> list[str]:
    got = real_lines
    assert len(got) > 1000
    return got + EDGE


# --------------------------------------------------------------------------
# the exclusion spans: the plan's groups tried by kind of need
# --------------------------------------------------------------------------

def test_exclusion_spans_as_the_plan_in_order(texts):
    from extract.normalise.exclusions import _EXCL_RES
    from extract.normalise.scan_speed import spans, spans_by_plan
    found = 0
    for t in texts:
        got = spans(_EXCL_RES, t)
        assert got == spans_by_plan(_EXCL_RES, t), t
        found += bool(got)
    assert found > 500


def test_sorted_plans_hold_every_group_once():
    from extract.normalise.exclusions import _EXCL_RES
    for plan, (always, words, by_digit, tests) in zip(_EXCL_RES.plans, _EXCL_RES.sorted_plans):
        members = [m for *_, ms in plan for m in ms]
        regrouped = list(always) + [m for _, ms in words for m in ms] + [m for ms in by_digit.values() for m in ms] \
            + [m for _, ms in tests for m in ms]
        assert sorted(i for i, *_ in regrouped) == sorted(i for i, *_ in members)
        assert len(regrouped) == len(members)


# --------------------------------------------------------------------------
# a figure glued to "by" / "to" / "from": the boundary tested after the first letter
# --------------------------------------------------------------------------

def test_glued_figure_test_as_the_plain_pattern(texts):
    from extract.extractors.figures.clean import _GLUED_ANY, _GLUED_AT
    hits = 0
    for t in texts:
        for s in (t, t.lower(), t.upper()):
            plain = _GLUED_ANY.search(s)
            fast = _GLUED_AT.search(s)
            assert (fast and fast.span()) == (plain and plain.span()), s
            hits += plain is not None
    assert hits >= 10


# --------------------------------------------------------------------------
# the verb before a figure (_metric_before): one class of first letters, then the word
# --------------------------------------------------------------------------

def test_case_classes_are_what_re_folds():
    from extract.extractors.figures.metric_words import _VERBISH_WORDS, case_class
    letters = {w[0].lower() for w in _VERBISH_WORDS} | {"k", "s", "i"}
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for letter in letters:
        rx = re.compile(re.escape(letter), re.I)
        assert set(case_class(letter)) == {c for c in every if rx.fullmatch(c)}, letter


def test_verb_search_as_the_plain_pattern(texts):
    from extract.extractors.figures.metric_words import _VERBISH, _VERBISH_AT
    assert _VERBISH.pattern != _VERBISH_AT.pattern
    hits = 0
    for t in texts:
        for s in (t, t.upper()):
            assert [m.span() for m in _VERBISH_AT.finditer(s)] == [m.span() for m in _VERBISH.finditer(s)], s
            for k in range(0, len(s), 7):   # (a search from inside the text: the boundary before it read)
                fast, plain = _VERBISH_AT.search(s, k), _VERBISH.search(s, k)
                assert (fast and fast.span()) == (plain and plain.span()), (s, k)
            hits += _VERBISH.search(s) is not None
    assert hits > 500


# --------------------------------------------------------------------------
# the change words right before a figure: their last word screened
# --------------------------------------------------------------------------

def _tails(texts):
    digit = re.compile(r"\d")
    for t in texts:
        yield t
        for m in digit.finditer(t):
            yield t[max(0, m.start() - 80):m.start()]


def test_sign_tail_screen_lets_every_match_through(texts):
    from extract.normalise.signs import _SIGN_TAIL, _tail_start, may_sign_tail
    matched = screened = 0
    for tail in _tails(texts):
        for s in (tail, tail + " ", tail + "\n", tail.upper(), tail.lower() + ", - "):
            plain = _SIGN_TAIL.search(s, _tail_start(s))
            if plain is not None:
                assert may_sign_tail(s), s
                matched += 1
            elif not may_sign_tail(s):
                screened += 1
    assert matched > 200 and screened > 1000


def test_sign_tail_screen_on_each_word():
    from extract.normalise.signs import _SIGN_TAIL, may_sign_tail
    words = ("decrease decreased decreases decreasing down decline declined declines declining fall falls fallen "
             "falling fell reduction reductions reduce reduced reduces reducing lower drop drops dropped increase "
             "increased increases increasing up rise risen rises rising rose higher grew grow grown grows growth "
             "grewn grewth uplift uplifts uplifted").split()
    gaps = ("by of a an some around about approximately roughly nearly almost over year-on-year yoy overall "
            "significantly slightly further this quarter month year is was has have been being marginally sharply "
            "substantially considerably small slight significant large impressive dramatic remarkable "
            "encouraging").split() + ["an average of", "an  average\tof"]
    for w in words:
        for gap in [""] + [" " + g for g in gaps] + [": by", " by a"]:
            for end in ("", " ", ": ", ", -", " - ", "\n", " -\t"):
                for s in (f"crime {w}{gap}{end}", f"CRIME {w.upper()}{gap.upper()}{end}", f"made {w}{gap}{end}"):
                    assert _SIGN_TAIL.search(s) is None or may_sign_tail(s), s
                    if not s.startswith("made") or w != "up":
                        assert _SIGN_TAIL.search(s) is not None, s
    assert not may_sign_tail("the total was 5 and") and not may_sign_tail("") and not may_sign_tail("12 ")
    assert may_sign_tail("crime fell ▼") and may_sign_tail("fell by") and not may_sign_tail("made up")


# --------------------------------------------------------------------------
# spaCy's prefix search, read from the string's first character
# --------------------------------------------------------------------------

def test_prefix_search_finds_the_original_matches(real_texts):
    from spacy.util import compile_prefix_regex

    from extract.nlp import get_nlp
    from extract.suffix_search import PrefixSearch
    search = get_nlp().tokenizer.prefix_search
    assert isinstance(search, PrefixSearch) and search.usable
    original = compile_prefix_regex(get_nlp().Defaults.prefixes).search
    assert search.pattern == original.__self__.pattern == search.__self__.pattern
    tails = ["", "12", "ab", "x.", "4.5", "°C", "£3", "AB", "'", "..", "US", "n't", "(1", "$"]
    firsts = [chr(c) for c in range(0x20, 0x3100)] + ["US$", "C$", "...", "……", "\n", "\n\n", "+1", "+a", "''", ""]
    words = [w for t in real_texts for w in t.split()][:80000]
    n = 0
    for s in [first + tail for first in firsts for tail in tails] + words + [w[1:] for w in words]:
        ours, theirs = search(s), original(s)
        assert (ours and ours.span()) == (theirs and theirs.span()), repr(s)
        n += theirs is not None
    assert n > 5000


def test_prefix_search_reads_only_alternatives_led_by_a_start():
    from extract.suffix_search import PrefixSearch
    odd = PrefixSearch("^a|b|^c", ["^a", "b", "^c"])   # ("b" may match anywhere: the whole pattern is searched)
    assert not odd.usable and odd("xb").span() == (1, 2)
    plain = PrefixSearch("^a|^(?:b|)c|^\\(", ["^a", "^(?:b|)c", "^\\("])
    assert plain.usable
    for s in ["a", "bc", "c", "(x", "x(", "", "ba", "cc"]:
        got, ref = plain(s), __import__("re").search("^a|^(?:b|)c|^\\(", s)
        assert (got and got.span()) == (ref and ref.span()), s


def test_url_match_finds_the_original_matches(real_texts):
    from extract.nlp import get_nlp
    from extract.suffix_search import NeededMatch
    match = get_nlp().tokenizer.url_match
    original = get_nlp().Defaults.url_match
    assert isinstance(match, NeededMatch) and match.needs == (".",)
    assert match.__self__.pattern == original.__self__.pattern
    words = [w for t in real_texts for w in t.split()][:80000]
    odd = ["www.x.org", "http://a.b", "http://localhost", "a@b.co", "x.y", "10.0.0.1", "1.2.3.4", "a..b", "", ".",
           "WWW.GOV.UK", "gov.uk/x", "http://", "ftp://x", "x:80", "ſ.uk", "\u3002", "a\u3002b"]
    n = 0
    for s in words + [w.strip("()[],;") for w in words] + odd:
        ours, theirs = match(s), original(s)
        assert (ours and ours.span()) == (theirs and theirs.span()), repr(s)
        n += theirs is not None
    assert n > 20
