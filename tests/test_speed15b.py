"""Speed shortcuts of session 15 (speed15b, issue 14): each against the plain form it stands for, on every
line and sentence of the real texts and corpus/ and on edge cases."""
from __future__ import annotations

import re

import pytest

EDGE = [
    "", " ", "\n", "(", "(a)", "(a) ", "(a) x", " (a) x", "x(a) x", "\u00a0(ii)\tx", "\n(b) x", "((a) x", "((b) x",
    "noted: (a) burglary fell by 5% in 2023; (b) robbery rose", "(IV) text (v)\tmore", "\u2028(c) x", ".(a) x",
    "Police Officers -736", "TOTAL - 25", "New growth 1682", "Income -475\n", "Income -475\n\n", "Staff 12k",
    "A B C D 12", "A B C D E 12", "A B C D - 12", "A B C D E - 12", "Budget \u2212 25m", "Budget 12.", "Budget 12 ",
    "x 1\u00b2", "Total \u0661\u0662", "Cost £4.5M", "a\tb\t-\t5",
    "<sup>1</sup> text", "a &amp; b", "&nbsp;&pound;5", "**bold** __u__", "\\- x", "a\u00a0b\u2013c", "[^1] note",
    "[1](link)", "<b>x</b>", "< not a tag", "[ not a note", "$5", "\\pm 3", "\u00ad\u200b", "&x; &amp",
]


@pytest.fixture(scope="module")
def texts(real_lines) -> list[str]:
    got = real_lines
    assert len(got) > 1000
    return got + EDGE


# --------------------------------------------------------------------------
# an item mark of a list in one sentence, led by its bracket
# --------------------------------------------------------------------------

def test_item_mark_as_the_plain_pattern(texts):
    from extract.normalise.labels import IN_SENTENCE_ITEM, LETTER, ROMAN
    plain = re.compile(rf"(?:^|(?<=\s))\((?:{LETTER}|{ROMAN})\)[ \t]", re.I)
    assert plain.pattern != IN_SENTENCE_ITEM.pattern
    for t in texts:
        assert [m.span() for m in IN_SENTENCE_ITEM.finditer(t)] == [m.span() for m in plain.finditer(t)], t


# --------------------------------------------------------------------------
# a flattened table row ("Police Officers -736"), screened
# --------------------------------------------------------------------------

def test_row_as_the_plain_match(texts):
    from extract.extractors.figures.rows import _ROW, _row
    for t in texts:
        for s in (t, t.strip(), t + "\n"):
            m, plain = _row(s), _ROW.match(s)
            assert (m and m.groupdict()) == (plain and plain.groupdict()), s
    assert _row("Police Officers -736") and _row("Income -475\n") and _row("Staff 12k") and _row("A B C D - 12") and _row("worth £1,150,")
    assert not _row("A B C D E 12") and not _row("Budget 12.")


# --------------------------------------------------------------------------
# the text cleaner's matches, found from the characters they start with
# --------------------------------------------------------------------------

def test_clean_matches_as_finditer(texts):
    from extract.normalise.core import _CLEAN_RE, _clean_matches
    for t in texts:
        assert [(m.span(), m.lastgroup) for m in _clean_matches(t)] == \
            [(m.span(), m.lastgroup) for m in _CLEAN_RE.finditer(t)], t


def test_clean_first_holds_the_first_character_of_every_alternative():
    """_clean_matches tries the pattern only at _CLEAN_FIRST's characters: every alternative starts with one."""
    from re import _parser

    from extract.normalise.core import _CLEAN_FIRST, _CLEAN_RE
    from extract.suffix_search import edge_chars
    got, empty = edge_chars(list(_parser.parse(_CLEAN_RE.pattern, _CLEAN_RE.flags).data), True)
    assert not empty and got
    for lo, hi in got:
        for c in range(lo, hi + 1):
            assert _CLEAN_FIRST.match(chr(c)), hex(c)


# --------------------------------------------------------------------------
# the words before a money figure: the lead words cut only where the last word is one
# --------------------------------------------------------------------------

def test_money_lead_as_the_plain_sub(texts):
    from extract.extractors.figures.metric_words import _MONEY_LEAD, _without_money_lead
    more = [" cocaine worth", " worth", " valued at", " Value =", " total :", " TOTALS", " stands at\n", " was\t",
            " the value was ", " x", "", " ", "\n", " is:", " value:", " stand", " ſtands", " \u212aelvin worth"]
    for t in texts + more:
        for s in (" " + t, " " + t.rstrip(" (,"), " " + t[:40]):
            assert _without_money_lead(s) == _MONEY_LEAD.sub("", s), s


# --------------------------------------------------------------------------
# the words before and after a figure, read at the end (signs, roles)
# --------------------------------------------------------------------------

def _cuts(t: str) -> list[str]:
    """``t`` and its beginnings up to each of its first 8 digits, with blanks, stops and dashes after them
    (the words before a figure, as the roles and signs read them)."""
    ends = sorted({len(t), *[i for i in range(len(t)) if t[i:i + 1].isdigit()][:8]})
    out = []
    for e in ends:
        out += [t[:e], t[:e] + " - ", t[:e] + ":\n", t[:e][-80:]]
    return out


ENDS = ["-", " -", "(-", "x-", "\t-\n", "-\n", "-\n\n", " - ", "a -\u00a0", "rose by", "rose by -", "fell: by ,",
        "increase  of\tjust   under", "year-on-year", "year on\nyear", "compared, ", "up–", "the \u212aelvin by ",
        "DECREASED BY ABOUT", "(by", "x,by", "by by by by by by", "an increase of nearly", "\u00a0-", "\u2003—  "]


def test_dash_glued_as_the_plain_search(texts):
    from extract.normalise.signs import _DASH_GLUED, _dash_glued
    for t in texts + ENDS:
        for s in _cuts(t):
            assert _dash_glued(s) == (_DASH_GLUED.search(s) is not None), s


def test_dash_open_as_the_plain_search(texts):
    from extract.extractors.figures.roles import _DASH_OPEN, _dash_open
    for t in texts + ENDS:
        for s in _cuts(t):
            assert _dash_open(s) == (_DASH_OPEN.search(s) is not None), s


def test_change_before_as_the_plain_search(texts):
    from extract.extractors.figures.roles import _CHANGE_BEFORE, _change_before
    for t in texts + ENDS:
        for s in _cuts(t) + [t[i:] for i in range(0, len(t), 17)][:12]:
            m, plain = _change_before(s), _CHANGE_BEFORE.search(s)
            assert (m and m.span()) == (plain and plain.span()), s


def test_role_screens_as_their_searches(texts):
    """A screen false only where its pattern cannot match (a few strings tested by ``in``)."""
    from extract.extractors.figures import roles
    from extract.vocab.literals import lowered
    pairs = [(roles._MAY_OTHER, roles._OTHER_BEFORE), (roles._MAY_WITHIN, roles._WITHIN_BEFORE),
             (roles._MAY_WITHIN_END, roles._WITHIN_END), (roles._MAY_TARGET, roles._TARGET_BEFORE),
             (roles._MAY_CHANGE, roles._CHANGE_BEFORE), (roles._MAY_TARGET_AFTER, roles._TARGET_AFTER),
             (roles._MAY_CHANGE_AFTER, roles._CHANGE_AFTER), (roles._MAY_AIMED, roles._AIMED_CHANGE)]
    for t in texts + ENDS:
        for s in _cuts(t)[::4]:
            low = lowered(s)
            for screen, rx in pairs:
                if rx.search(s) is not None:
                    assert screen(low), (s, rx.pattern[:40])


def test_ascii_digit_as_the_digit_search(texts):
    """An ASCII text holds a "\\d" where it holds a "[0-9]" (the figures' blocks and sentences)."""
    from extract.extractors.figures.clean import _DIGIT, ASCII_DIGIT
    for t in texts + ["\u0661", "x\u00b2", "\uff11", "a1"]:
        if t.isascii():
            for a, b in ((0, len(t)), (len(t) // 3, len(t) // 2)):
                m, plain = ASCII_DIGIT.search(t, a, b), _DIGIT.search(t, a, b)
                assert (m and m.span()) == (plain and plain.span()), t
        else:
            assert _DIGIT.search(t) is not None or ASCII_DIGIT.search(t) is None


def test_bound_before_as_the_plain_search(texts):
    from extract.extractors.figures.roles import _BOUND, _bound_before
    more = ["more than ", "MORE  THAN\t£", "over£", "rose by over \n", "in excess of\n", "at\tleast", "(under ",
            "up to £ ", "the rate of ", "a minimum of", "less than £\n", "fewer than\u00a0", "ab\u017fove ",
            "upwards of  ", "x-over ", "above", "not under", "Under", "\u212a at most "]
    for t in texts + more:
        cuts = sorted({len(t), *[i for i in range(len(t)) if t[i:i + 1].isdigit()][:8]})
        for hi in cuts:
            for lo in (max(0, hi - 24), 0):
                m, plain = _bound_before(t, lo, hi), _BOUND.search(t, lo, hi)
                assert (m and m.span()) == (plain and plain.span()), (t, lo, hi)
