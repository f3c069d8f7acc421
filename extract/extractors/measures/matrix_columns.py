"""Matrix tables (see ``matrix``), passes 4-5: the kind of each value column (change,
variance, target, previous), its period, RAG colour and total columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import _OTHER, _P, _make_period, _shift_year
from .matrix_grid import _Grid, _col_period
from .words import _CHANGE_COL, _DELTA_COL, _PREV_HDR, _SPLY, _TARGET_HDR, _TOTAL_ROW


@dataclass
class _Kinds:
    """Column kinds by header: change, delta (change or variance), target, previous."""
    chg: dict
    delta: dict
    tgt: dict
    prev: dict


def _column_kinds(g: _Grid, col_periods: dict) -> _Kinds:
    """Pass 4: a change column ("Change", "Difference", "YoY", "vs") unless its own header
    names a dated level period; variance columns are deltas too."""
    chg = {j: bool(_CHANGE_COL.search(g.hfull[j])) and not (
        col_periods[j] is not None and col_periods[j].period_type != "change_12_months"
        and col_periods[j].end is not None and not _CHANGE_COL.search(g.header[j])) for j in g.value_cols}
    return _Kinds(chg=chg,
                  delta={j: chg[j] or bool(_DELTA_COL.search(g.hfull[j])) for j in g.value_cols},
                  tgt={j: bool(_TARGET_HDR.search(g.hfull[j])) for j in g.value_cols},
                  prev={j: bool(_PREV_HDR.search(g.hfull[j])) for j in g.value_cols})


_CHANGE_BESIDE_MONTH_RE = re.compile(r"\b12[- ]?months?\b|\bannual|\brolling", re.IGNORECASE)
_CHANGE_BESIDE_MONTH_RE2 = re.compile(r"\bmonth", re.IGNORECASE)


class _ColumnPeriods:
    """Pass 5: the period of each value column (rules in the module docstring)."""

    def __init__(self, g: _Grid, col_periods: dict, kinds: _Kinds, caption):
        self.g, self.cp, self.k, self.caption = g, col_periods, kinds, caption
        months = [p for p in col_periods.values() if p is not None and p.period_type == "month" and p.end]
        self.ref = months[0] if len(months) == 1 else None

    def all(self) -> dict:
        return {j: self.period(j) for j in self.g.value_cols}

    def change(self, j):
        """A change column compares the two level columns left of it: two 12-month windows
        a year apart -> change_12_months; two columns of one period type -> the later
        one's period; anything else -> other, no dates."""
        k, cp = self.k, self.cp
        lv = [c for c in self.g.value_cols if c < j and not k.delta[c] and not k.tgt[c]
              and cp.get(c) is not None]
        if len(lv) < 2:
            return _OTHER
        a, b = cp[lv[-2]], cp[lv[-1]]
        if a.period_type != b.period_type:
            return _OTHER
        if a.end is not None and b.end is not None:
            late, early = (a, b) if a.end >= b.end else (b, a)
            if late.period_type == "rolling_12_months" and _shift_year(early.end, 1) == late.end:
                return _make_period("change_12_months", late.end) or _OTHER
            if late.end != early.end:
                return late
            return _OTHER
        # undated ("2023/24 YTD" | "Previous YTD"): the type is clear, the dates are not
        if a.period_type != "other" and a.end is None and b.end is None:
            return _P(a.period_type, None, None)
        return _OTHER

    def _change_beside_month(self, j):
        h = self.g.hfull[j]
        if _CHANGE_BESIDE_MONTH_RE.search(h):
            return _make_period("change_12_months", self.ref.end) or _OTHER
        dated = [c for c in self.g.value_cols if not self.k.delta[c] and self.cp.get(c) is not None
                 and self.cp[c].end is not None]
        if _CHANGE_BESIDE_MONTH_RE2.search(h) or len(dated) == 1:
            return self.ref  # "Monthly YoY change" beside the one month column
        return None

    def _total_span(self, j):
        """A "Total" column beside dated columns of one type (2019/20 .. 2023/24 | Grand
        Total) adds them up: type other, from the first start to the last end."""
        dated = [self.cp[c] for c in self.g.value_cols if c != j and self.cp.get(c) is not None
                 and self.cp[c].start is not None and self.cp[c].end is not None and not self.k.delta[c]]
        if len(dated) < 2 or len({p.period_type for p in dated}) != 1 or not _is_total_col(self.g, j):
            return None
        return _P("other", min(p.start for p in dated), max(p.end for p in dated))

    def period(self, j):
        p, h, k = self.cp.get(j), self.g.hfull[j], self.k
        if p is None and not k.chg[j]:
            span = self._total_span(j)
            if span is not None:
                return span
        if k.chg[j]:
            if p is not None and p.period_type == "change_12_months":
                return p
            got = self._change_beside_month(j) if self.ref is not None else None
            return got if got is not None else self.change(j)
        if p is not None and p.end is not None:
            return p
        if k.tgt[j]:
            return p or _OTHER  # a target / baseline has the period printed with it, or none
        if self.ref is not None:
            return self.ref
        if self.caption is not None:
            if _SPLY.match(h.strip()):
                return _year_before(self.caption)
            if p is not None and p.period_type == "quarter":
                # "Q1 | Q2 | Q3 | Q4" under "Calls answered 2023/24": each quarter of the caption's year
                # (undated where the year does not place it: "Q1" of calendar 2023 is no date; never the year)
                return _col_period(self.g.header[j], _year_text(self.caption))
            return self.caption
        if p is not None and k.prev[j]:
            cur = [self.cp[c] for c in self.g.value_cols if self.cp.get(c) is not None and not k.prev[c]
                   and self.cp[c].period_type == p.period_type and self.cp[c].end is not None]
            if len(cur) == 1:
                return _year_before(cur[0])
        return p or _OTHER


def _year_text(p) -> str:
    """A year period written as a header would print it ("2023/24", "2023"); "" for other periods."""
    if p.start is None:
        return ""
    if p.period_type == "financial_year":
        return f"{p.start.year}/{(p.start.year + 1) % 100:02d}"
    return str(p.start.year) if p.period_type == "calendar_year" else ""


_RAG_COL = {"g": "green", "green": "green", "a": "amber", "amber": "amber", "r": "red", "red": "red",
            "b": "blue", "blue": "blue"}


def _rag_column(g: _Grid, j: int):
    """RAG summary grids ("Directorate | G | A | R"): a column headed by a RAG colour counts
    the indicators of that status; None for other columns.  Single letters only when the
    columns headed G, A and R are all there."""
    h = g.header[j].strip().strip(".:").lower()
    if h not in _RAG_COL:
        return None
    if len(h) == 1:
        heads = {g.header[k].strip().strip(".:").lower() for k in g.value_cols}
        if not {"g", "a", "r"} <= heads:
            return None
    return _RAG_COL[h]


def _is_total_col(g: _Grid, j: int) -> bool:
    """A column of totals: headed "Total" / "Grand Total" (as printed or with its group) beside
    other value columns (a lone "Total" column is just the table's count)."""
    if len(g.value_cols) < 2:
        return False
    if _TOTAL_ROW.fullmatch(g.hfull[j].strip()):
        return True
    # "Total" under a group that names a kind, not a period ("6 months return | Income | Total"):
    # the total return, not a sum of the columns beside it
    grp = g.groups[j].strip()
    return bool(_TOTAL_ROW.fullmatch(g.header[j].strip())) and (not grp or _col_period(grp, "") is not None)


def _sums_siblings(g: _Grid, j: int) -> bool:
    """A column of totals (:func:`_is_total_col`) that sums the value columns beside it: two of
    them at least in its group ("Male | Female | Total"). With one sibling only, the "Total" is
    the whole of which that column is a part ("Total | under s44(1) ..." in each year's group):
    a sum of one part would be the part itself."""
    if not _is_total_col(g, j):
        return False
    grp = g.groups[j]
    return sum(1 for k in g.value_cols if k != j and g.groups[k] == grp) >= 2


def _year_before(p):
    return _P(p.period_type, _shift_year(p.start, -1), _shift_year(p.end, -1))
