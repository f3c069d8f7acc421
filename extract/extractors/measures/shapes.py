"""Table-level decisions: is a header row a dashboard header, is a table a
non-measure table (deliverables, agendas, contents, glossaries ...).

Tables that are not measure tables give nothing: deliverables (Action | Date
Due | Progress), agendas (Item | Title | Page, numbered items), tables of
contents (dot leaders, a "Page" column), keys to symbols, acronym lists and
glossaries (Acronym / Term / Definition / Meaning), attendance (Name | Role |
Present / Apologies), contact lists (Telephone / Email / Address), risk
registers (Risk | Likelihood | Impact), forward plans: a header cell naming one
of those columns in the first three rows rules the table out.  A "Status" /
"RAG" header cell rules it out too, unless a header cell names a period or the
label column is headed "Measure" / "Indicator".

A dashboard header (family 1) needs the dashboard's own columns: two dashboard
words (measure, trend, exceptions, weighting) with a period, a repeated period,
or two period kinds of which one is a 3-month or a 12-month-change column.  A
month beside a 12-month column alone ("Dec-23 | 12 months to Dec-23 | % change")
is a matrix table, so its columns keep their printed periods.

"""

from __future__ import annotations

import re

from .cells import _dash_period, _period, _value
from .words import _DASH_WORDS, _DELIVERABLE_WORDS, _METRIC_HDR, _STATUS_WORDS


# ---------------------------------------------------------------------------
# table-level decisions
# ---------------------------------------------------------------------------

def _is_dash_header(row: list[str]) -> bool:
    cells = row[1:]
    if any(_value(c) is not None for c in cells if c):
        return False
    periods = [p for p in (_dash_period(c) for c in cells) if p is not None]
    if not periods:  # both tests below need a period: the word count is not needed
        return False
    n_words = sum(1 for c in row if _DASH_WORDS.search(c or ""))
    if n_words >= 2 and periods:
        return True
    if len(periods) < 2:
        return False
    # several period kinds (month, 3 months, 12 months, change) or a repeated
    # (mislabelled) period; a plain row of months (Sep-17 | Sep-18) is a matrix
    # (a month beside a 12-month column alone, "Dec-23 | 12 months to Dec-23 | % change",
    # is a plain matrix: the dashboard's 3-month or 12-month-change column must be there)
    kinds = {p.period_type for p in periods}
    keys = [(p.period_type, p.start, p.end) for p in periods]
    if len(set(keys)) < len(keys):
        return True
    return len(kinds) >= 2 and bool(kinds & {"rolling_3_months", "change_12_months"})


_NON_MEASURE_TABLE_RE = re.compile(r"\.{3,}|…")


def _non_measure_table(rows: list[list[str]]) -> bool:
    """Deliverables, agendas, contents, attendance, glossaries, contact lists, risk
    registers: a header word of those (first three rows) rules the table out."""
    for i, r in enumerate(rows[:3]):
        for j, c in enumerate(r):
            if i and j < len(rows[i - 1]) and rows[i - 1][j].rstrip().endswith("-"):
                continue  # the end of a word wrapped in its header cell ("Un- | deliverable")
            if _DELIVERABLE_WORDS.fullmatch(c.strip().rstrip(":")) and not _item_of_values(c, rows[i + 1:]):
                return True
    status = any(_STATUS_WORDS.fullmatch(c.strip().rstrip(":")) for r in rows[:3] for c in r)
    if status and not any(_period(c) is not None for r in rows[:3] for c in r[1:] if c) and not any(
            _METRIC_HDR.fullmatch(r[0].strip()) for r in rows[:3] if r):
        return True
    labels = [r[0] for r in rows if r and r[0]]
    if labels and sum(1 for l in labels if _NON_MEASURE_TABLE_RE.search(l)) * 2 >= len(labels):
        return True  # table of contents
    return False


_ITEM_RE = re.compile(r"items?", re.I)


def _item_of_values(cell: str, body: list[list[str]]) -> bool:
    """A label column headed "Item" over rows of a label and figures only ("Item | £m" over
    "Budget requirement | 132.515", Warwickshire PCC's precept decision; "Item | Value" over
    "Formula funding grant | £11,680,000", Devon and Somerset FRA): a finance table's lines, not
    an agenda's items (whose rows hold a title, a page or a lead, and a number in the label)."""
    if not _ITEM_RE.fullmatch(cell.strip().rstrip(":")) or len(body) < 2:
        return False
    for r in body:
        cells = [c for c in r[1:] if c.strip()]
        if not r or not r[0].strip() or r[0].strip()[0].isdigit() or not any(ch.isalpha() for ch in r[0]) \
                or not cells or not all(_value(c, True) is not None for c in cells):
            return False
    return True


_NUMBERED_PARA_RE = re.compile(r"^\(?\d{1,3}[.)]\s+\S")


def _numbered_para(t: str) -> bool:
    return bool(_NUMBERED_PARA_RE.match(t)) and len(t.split()) > 6


