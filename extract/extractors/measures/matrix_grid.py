"""Matrix tables (see ``matrix``), passes 1-3: header rows and their groups, value columns,
the label column (and a qualifier column beside it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...model import n_header_rows
from ...number_runs import steps_or_pages
from .cells import _INDICATOR_CODE, _WS, _is_blank, _is_value_cell, _money_scale, _period, _value, is_empty_mark, repair_broken_words
from .words import _DIMENSION_HDR, _METRIC_HDR, _PERIODS_HDR, _STATUS_HDR


#: a financial year written with two-digit years at a header's end, "Net cost 20/21" (Canterbury City
#: Council's cost of services; Wiltshire's "FY 24/25" names one the same way): the second year the next one
_SHORT_FY = re.compile(r"(?<![\d/.,:£$])(?P<a>\d\d)\s?/\s?(?P<b>\d\d)\s*$")


def _short_fy(text: str):
    """The financial year of a header ending with "YY/YY" (consecutive years), else None: a
    header names a period, a date is printed with its year ("30/09/2023") and read before."""
    m = _SHORT_FY.search(text)
    if m is None or int(m["b"]) != (int(m["a"]) + 1) % 100:
        return None
    return _period(f"{text[:m.start()]}FY {m['a']}/{m['b']}")


def _col_period(sub: str, group: str):
    """Period a (possibly two-row) column header names: the sub-header, completed by the
    group header ("Q1" under "2023/24" -> Q1 2023/24), or the group's own period."""
    p = _period(sub) if sub else None
    if p is None and sub:
        p = _short_fy(sub)
    if (p is None or p.end is None) and group:
        if sub:
            pg = _period(f"{sub} {group}")
            if pg is not None and pg.end is not None and (p is None or pg.period_type == p.period_type):
                return pg
        if p is None:
            return _period(group)
    return p


@dataclass
class _Grid:
    """A matrix table read into its parts: header rows, value columns, label column."""
    header: list[str]
    groups: list[str]          # merged group header over each column ("" when none)
    hfull: list[str]           # group + header text per column
    first_hdr: str             # the label column's header
    body: list[list[str]]
    bidx: list[int]            # block row index of each body row
    value_cols: list[int] = field(default_factory=list)
    lab: int = 0               # the label column
    labels: list[str] = field(default_factory=list)
    accounting: bool = False   # a money table: brackets are negatives
    headerless: bool = False   # label | value rows without a header row (see _key_value_rows)

    def is_value(self, c: str) -> bool:
        return _is_value_cell(c, self.accounting)


def marked_header_rows(block_rows: list, row_idx: list[int]) -> Optional[int]:
    """How many of the rows read (``row_idx``: their block row indices) the loader marked as
    its header band (leading rows whose every cell ``is_header``); None when it marked none."""
    k = n_header_rows(block_rows)
    return sum(1 for i in row_idx if i < k) or None


def _header_rows(rows: list[list[str]], row_idx: list[int], marked: Optional[int] = None) -> Optional[_Grid]:
    """Pass 1: the leading rows (up to four) without a value cell are the header; a later
    row that has only its label is a body row (a group label).  Where the loader marked its
    header band (``marked`` rows), the header ends there too: a row without values the loader
    set apart from the header (a rule between them, a row of its own) is a body row.  Group rows
    spread their labels right over the empty cells they span, where a sub-header stands under
    them (a column empty in every header row belongs to no group)."""
    n = len(rows[0])
    nh = 0
    acc = False  # under a header with a money marker ("budget £m") "(8.451)" is a value, never a header
    for r in rows[:4 if marked is None else min(4, marked)]:
        if any(_is_value_cell(c, acc) for c in r[1:]) or (nh > 0 and not any(r[1:])) or _marks_only(r[1:]):
            break
        nh += 1
        acc = acc or any(_money_scale(c) is not None for c in r[1:])
    if nh == 0 and _key_value_rows(rows):
        return _Grid(["", ""], ["", ""], ["", ""], "", rows, row_idx, headerless=True)
    if nh == 0 or nh >= len(rows):
        return None  # no header row / no body
    rows = [[repair_broken_words(c) for c in r] for r in rows[:nh]] + rows[nh:]
    header = rows[nh - 1]
    rows[:nh - 1] = [_spread_packed(g, header) for g in rows[:nh - 1]]
    if not any(header[1:]):
        return None
    groups = [""] * n
    for g in rows[:nh - 1]:
        cur = ""
        for j in range(1, n):
            if g[j]:
                cur = g[j]
            elif not header[j]:
                cur = ""  # nothing under it either: an empty column, not part of the group
            if cur and not header[j] == cur:
                groups[j] = f"{groups[j]} {cur}".strip()
    hfull = [_WS.sub(" ", f"{groups[j]} {header[j]}").strip() for j in range(n)]
    first_hdr = header[0] or next((g[0] for g in rows[:nh - 1] if g[0]), "")
    return _Grid(header, groups, hfull, first_hdr, rows[nh:], row_idx[nh:])


def _marks_only(cells: list[str]) -> bool:
    """Cells that are marks for no value and empty cells only ("2013 – 2014 | * |"): a body row
    without values, never a header (the "*" named no column)."""
    return any(is_empty_mark(c) for c in cells) and all(not c or is_empty_mark(c) for c in cells)


def _key_value_rows(rows: list[list[str]]) -> bool:
    """Rows that are each a label and one value, the first row too ("U21 | 54" / "21-30 | 343" /
    ... ; "Female | 148" / "Male | 967"): a web table without a header row, whose first row a
    converter set over the Markdown separator; every row is data (the first was read as the header
    and the table gave nothing). Two columns only: a row of numbers naming several columns
    ("Month | 999 | 101", "Age | 16 | 17 | 18") is a header, and so is a first row whose label
    names a column ("Month | 999", "Gender | 2023": a period is no value cell either). A mark for no
    value ("*", "n/a", "-") is an empty value of its row; two rows at least hold values."""
    first = rows[0][0].strip() if rows and rows[0] else ""
    if any(p.fullmatch(first) for p in (_PERIODS_HDR, _DIMENSION_HDR, _METRIC_HDR)):
        return False
    if len(rows) < 2 or not all(len(r) == 2 and r[0] and not _is_value_cell(r[0])
                                and (_is_value_cell(r[1]) or is_empty_mark(r[1])) for r in rows):
        return False
    valued = [r for r in rows if _is_value_cell(r[1])]
    if len(valued) < 2:
        return False
    # a contents list or a scale's key ("Very Likely | 5", "Likely | 4", ...) is no table of counts;
    # rows led by periods ("2019 | 120", "2020 | 135") may rise
    nums = [getattr(_value(r[1]), "value", None) for r in valued]
    if None not in nums and any(("£" in r[1] or "%" in r[1]) for r in valued):
        return len(set(nums)) > 1  # (sums of money, percents: no page numbers nor a scale's key, see inline_rows)
    return any(_period(r[0]) is not None for r in rows) or None in nums or not steps_or_pages(nums)


def _spread_packed(group: list[str], header: list[str]) -> list[str]:
    """A group row whose period heads were packed to the left by a converter that lost their spans
    ("2022/23 | 2023/24 | | |" over "Indicator | Target | Actual | Target | Actual"), each head set
    over its run of repeated labels; any other row as it is. Exact: k heads over k equal runs of the
    same m >= 2 labels (else spreading the last head right dated every later column with it)."""
    filled = [j for j, c in enumerate(group) if c]
    k, n = len(filled), len(header) - 1
    if k < 2 or filled != list(range(filled[0], filled[0] + k)) or filled[0] > 1 or n < 2 * k or n % k:
        return group
    m = n // k
    if filled == list(range(1, 1 + k * m, m)) or not all(_period(group[j]) is not None for j in filled):
        return group  # (already spread, or heads that are no periods)
    labels = [c.strip().lower() for c in header[1:]]
    if not all(labels[:m]) or any(labels[i * m:(i + 1) * m] != labels[:m] for i in range(1, k)):
        return group
    out = [""] * len(header)
    for i, j in enumerate(filled):
        out[1 + i * m] = group[j]
    return out


def _value_columns(g: _Grid) -> list[int]:
    """Pass 2: a measure table has >= 60 % value cells (at least two) outside status /
    commentary columns; a value column holds values in at least half its non-empty cells
    and has a header (values under a blank header are a shifted column: no records)."""
    n, body = len(g.header), g.body
    status = {j for j in range(1, n) if _STATUS_HDR.search(g.hfull[j])
              and _col_period(g.header[j], g.groups[j]) is None}
    # a later column of labels headed "Measure" / "Indicator" (its cells all words: "Code | Measure |
    # Percentage", Kirklees' tenant satisfaction measures) is the label column, no column of values
    status |= {j for j in range(1, n) if _METRIC_HDR.fullmatch(g.header[j].strip())
               and any(r[j] for r in body) and not any(g.is_value(r[j]) for r in body if r[j])}
    cells = [c for r in body for j, c in enumerate(r) if j > 0 and c and j not in status
             and not (g.accounting and _is_blank(c)) and not is_empty_mark(c)]  # "-" in a money table: a nil
    # mark, and "*", "n/a": no value; none of them is text
    nval = sum(1 for c in cells if g.is_value(c))
    if nval < 2 or nval < 0.6 * len(cells):
        return []
    return [j for j in range(1, n) if j not in status and (g.hfull[j] or g.headerless)
            and sum(1 for r in body if g.is_value(r[j])) * 2 >= max(1, sum(
                1 for r in body if r[j] and not (g.accounting and _is_blank(r[j])) and not is_empty_mark(r[j])))
            and any(g.is_value(r[j]) for r in body)]


def _label_column(g: _Grid) -> int:
    """Pass 3: the label column is the first, or a later text column headed "Measure" /
    "Crime type" left of the values (Priority | Measure | Q1 ...), or the column of words right
    after a first column of indicator codes ("TP01", "BS01", "OC02a": Dover DC's and Kirklees'
    tenant satisfaction measures, Rotherham's council plan measures)."""
    lab = 0
    for j in range(1, g.value_cols[0]):
        if (_METRIC_HDR.fullmatch(g.header[j]) or _DIMENSION_HDR.fullmatch(g.header[j])) and \
                sum(1 for r in g.body if r[j] and not g.is_value(r[j])) * 2 >= len(g.body):
            lab = j
    if lab == 0 and g.value_cols[0] > 1 and len(g.body) >= 2 and all(_INDICATOR_CODE.fullmatch(r[0]) for r in g.body) \
            and all(r[1] and not g.is_value(r[1]) and not _INDICATOR_CODE.fullmatch(r[1]) for r in g.body):
        lab = 1
    return lab


_NUMBERED_LIST_RE = re.compile(r"\d{1,3}[.)]?")


def _numbered_list(labels: list[str]) -> bool:
    """Rows labelled by bare numbers (agenda items, contents) are not measures."""
    numbered = sum(1 for l in labels if _NUMBERED_LIST_RE.fullmatch(l))
    return numbered * 2 >= max(1, sum(1 for l in labels if l))


def _qualifier_column(g: _Grid) -> Optional[int]:
    """A text column between the label column and the values that tells apart rows with the
    same label ("Instrument Type | Counterparty | Principal Amount £": "Treasury Bills | UK
    Government"; "Treasury Bills | Debt Management Office"): its cell is the row's subject."""
    cols = [j for j in range(g.lab + 1, g.value_cols[0]) if g.header[j]
            and not _STATUS_HDR.search(g.hfull[j])
            and sum(1 for r in g.body if r[j] and not g.is_value(r[j])) * 2 >= len(g.body)]
    labels = [l for l in g.labels if l]
    if len(cols) != 1 or len(set(labels)) == len(labels):
        return None
    return cols[0]
