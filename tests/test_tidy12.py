"""Review of session 11 (tidy12), outputs identical: the "from <date>" rule of due cells in
normalise/due.py, read with the cell's one parse; one reader of a regex's first / last characters
(suffix_search.edge_chars) for the spaCy searches and the text loader's furniture pre-test; the text
loader's page map filled only after a form feed."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from extract.extractors.deliverables import cells
from extract.loaders import common
from extract.loaders.text import parse
from extract.normalise import due
from extract.suffix_search import _last_chars, edge_chars, plain_escapes
from extract.vocab import vocabulary

try:
    from re import _constants as C, _parser as P   # Python 3.11+
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]


# --- 1. "from <date>": the work's start, never its due date (normalise/due.py) ---------------------

@pytest.mark.parametrize("cell,iso", [
    ("from September 2024", None),               # a lead "from": the date the work starts
    ("From 1 April 2025", None),
    ("FROM Q3 2024/25", None),
    ("Phase 2 from Sept 24", None),              # words, then "from" and the date at the end
    ("12 months from April 2025", None),
    ("by Sept 24 (from April 2025)", "2024-09-01"),   # a "from" date in an aside: the cell's own date stays
    ("Delayed from March to June 2025", "2025-06-01"),   # "from ... to": the new due date
    ("March 2025 (from April)", "2025-03-01"),   # no date after "from"
    ("Sept 2024", "2024-09-01"),
])
def test_from_a_date_is_no_due_date(cell, iso):
    assert cells._due_date(cell) == iso


def test_from_date_kept_as_a_date_with_start():
    """The other readers of a due cell (a date column's cells) still see a date."""
    p = due.parse_due("from September 2024")
    assert (p.date, p.kind, p.start) == (dt.date(2024, 9, 1), "month", True)
    p = due.parse_due("by September 2024")
    assert (p.date, p.start) == (dt.date(2024, 9, 1), False)
    assert due.due_in_text("Phase 2 from Sept 24", 2) is None
    assert due.due_in_text("New contract to start Apr 24", 2) == dt.date(2024, 4, 1)


def test_a_from_cell_is_parsed_once(monkeypatch):
    calls = []
    real = due.parse_due

    def counted(text):
        calls.append(text)
        return real(text)
    monkeypatch.setattr(due, "parse_due", counted)
    monkeypatch.setattr(cells, "parse_due", counted)
    assert cells._due_date("from September 2024") is None
    assert calls == ["from September 2024"]


def test_the_from_rule_has_one_home():
    assert not hasattr(cells, "_FROM_START")
    assert due._FROM_START.search("Delayed from March to June 2025") is None


# --- 2. one walker of a parsed regex's edges (suffix_search.edge_chars) ----------------------------

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))


def _old_last_chars(items, first=False):
    """suffix_search._last_chars as it was at 733669b (the oracle of the suffix and infix searches)."""
    for op, av in (list(items) if first else reversed(list(items))):
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return [(av, av)]
        if op is C.IN:
            out = []
            for item, value in av:
                if item is C.LITERAL:
                    out.append((value, value))
                elif item is C.RANGE:
                    out.append(value)
                else:
                    return None
            return out
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            return None if add_flags or del_flags or sub.getwidth()[0] == 0 else _old_last_chars(sub.data, first)
        if op is C.BRANCH:
            out = []
            for branch in av[1]:
                last = None if branch.getwidth()[0] == 0 else _old_last_chars(branch.data, first)
                if last is None:
                    return None
                out += last
            return out
        if op in _REPEATS:
            low, _, sub = av
            return None if low == 0 or sub.getwidth()[0] == 0 else _old_last_chars(sub.data, first)
        return None
    return None


def _old_firsts_of_seq(items):
    """loaders/common._firsts_of_seq as it was at 733669b (the oracle of the furniture pre-test)."""
    out: set = set()
    for op, av in items:
        got, empty = _old_firsts_of_item(op, av)
        if got is None:
            return None, False
        out |= got
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _old_firsts_of_item(op, av):
    if op is C.AT:
        return frozenset(), True
    if op is C.LITERAL:
        return (frozenset(chr(av).lower()), False) if av < 128 else (None, False)
    if op is C.SUBPATTERN:
        return _old_firsts_of_seq(av[-1])
    if op is C.BRANCH:
        out: set = set()
        empty = False
        for alt in av[1]:
            got, e = _old_firsts_of_seq(alt)
            if got is None:
                return None, False
            out |= got
            empty = empty or e
        return frozenset(out), empty
    if op in _REPEATS:
        got, e = _old_firsts_of_seq(av[2])
        return got, e or av[0] == 0
    return None, False


def _old_first_chars(pattern, flags):
    got, empty = _old_firsts_of_seq(P.parse(pattern, flags))
    return None if got is None or empty else got


def _spacy_patterns():
    """The patterns nlp.py gives the suffix search (each alternative) and the infix search."""
    from spacy.lang.en import English
    d = English.Defaults
    return [plain_escapes(p + "$") for p in d.suffixes if p.strip()], \
        plain_escapes("|".join(p for p in d.infixes if p.strip()))


def test_suffix_and_infix_answers_unchanged():
    suffixes, infix = _spacy_patterns()
    assert len(suffixes) > 50
    for alt in suffixes:
        data = P.parse(alt).data
        assert _last_chars(data) == _old_last_chars(data), alt
    data = P.parse(infix).data
    got = _last_chars(data, first=True)
    assert got and got == _old_last_chars(data, first=True)


FURNITURE_TESTS = [   # tests/test_perdoc7.py's patterns
    (r"^(?:share this (?:item|page)|(?:accessibility\s+)?skip to content|(?:home\s*[>/]\s*)+.*|print)\W*$", re.I),
    (r"(?:x\s+)*y", re.I), (r"(?:ab)?cd|e", 0), (r"\d+ items", 0), (r"ſtop|kelvin", re.I), (r"a?", 0),
]


def test_furniture_answers_unchanged():
    vocab = vocabulary()
    pats = [(vocab.pattern(n).pattern, vocab.pattern(n).flags) for n in ("web_furniture", "dateline")]
    for pattern, flags in pats + FURNITURE_TESTS:
        assert common.first_chars(pattern, flags) == _old_first_chars(pattern, flags), pattern
    assert common.first_chars(*pats[0])


@pytest.mark.parametrize("pattern,first,want", [
    (r"(?:ab)?cd|e", True, ["a", "c", "e"]),        # an optional group: its first and the next
    (r"x(?:yz)?$", False, ["z", "x"]),              # from the end: the optional group's last, then x
    (r"\bfoo|(?=b)bar", True, ["f", "b"]),          # zero width passed over
    (r"[a-c]+d", True, [("a", "c")]),
    (r"(?:a|)b", True, ["a", "b"]),                 # an empty alternative
    (r"[^a]x", True, None),                         # a negated set: not known
    (r"\d", True, None),
    (r"(?i:a)b", True, None),                       # inline flags: not known
])
def test_edge_chars_read(pattern, first, want):
    got, empty = edge_chars(list(P.parse(pattern)), first)
    assert not empty
    if want is None:
        assert got is None
    else:
        assert got == [(ord(w[0]), ord(w[-1])) for w in want]


def test_edge_chars_empty():
    assert edge_chars(list(P.parse(r"a?")), True) == ([(97, 97)], True)
    assert _last_chars(P.parse(r"^$").data) is None


def test_common_has_no_walker_of_its_own():
    assert not hasattr(common, "_firsts_of_seq") and not hasattr(common, "_firsts_of_item")


# --- 3. the page map of the text loader: filled only after a form feed -----------------------------

def test_page_map_only_with_form_feeds():
    lines, pages, _ = parse._read_lines("One\nTwo\n\nThree\n")
    assert [ln.no for ln in lines] == [1, 2, 4] and pages == {}
    lines, pages, _ = parse._read_lines("One\nTwo\fThree\n\fFour\n")
    # a feed inside line 2 starts the next line's page; line 3's own feed, the page after
    assert [(ln.no, ln.text, pages[ln.no]) for ln in lines] == [(1, "One", 1), (2, "TwoThree", 1), (3, "Four", 3)]


# --- 4. ideas written once ---------------------------------------------------------------------------

@pytest.mark.parametrize("cell,want", [
    ("Ongoing", True), ("TBC", True),            # due words
    ("March 2025", True), ("31/03/2025", True),  # dates parse_due reads
    ("Q3 2024", True), ("Spring 2025", True),    # periods kept as printed (no day to give)
    ("from September 2024", True),               # a date still, though no due date (start)
    ("New contract to start", False), ("Led by the Clerk", False), ("75%", False),
])
def test_a_due_cell_one_test_for_plans_and_trackers(cell, want):
    """The tables' due column (rows.py) and the trackers printed one cell a line (flat.py) ask one
    question of a due cell (cells._is_due_cell)."""
    from extract.extractors.deliverables import flat, rows
    assert cells._is_due_cell(cell) is want
    assert not hasattr(flat, "_is_date") and rows._is_due_cell is cells._is_due_cell


def test_due_reads_years_with_the_normalisers_helper():
    from extract.normalise import core
    assert due._year is core._year
    assert due.parse_due("Q2 (2025/26)").date == dt.date(2025, 7, 1)        # the bracket is the quarter's year
    assert due.parse_due("2025/26 Q1").date == dt.date(2025, 4, 1)          # the year before its quarter
    assert due.parse_due("2024/25 financial year").date == dt.date(2024, 4, 1)


def test_zero_width_characters_dropped():
    assert common._drop_zero_width("co\u00adop\u200beration\ufeff") == "cooperation"
    assert common._drop_zero_width("plain") == "plain"


def test_a_from_in_a_trailing_bracket_dates_nothing():
    """A due cell's date with the old one in brackets after it ("June 2025 (from March 2025)": moved
    from March) is due in June; only a leading "from" makes the date a start."""
    from extract.normalise.due import parse_due
    from extract.extractors.deliverables.cells import _due_date

    due = parse_due("June 2025 (from March 2025)")
    assert (due.date.isoformat(), due.start) == ("2025-06-01", False)
    assert _due_date("June 2025 (from March 2025)") == "2025-06-01"
    assert parse_due("from April 2025").start and _due_date("from April 2025") is None
