"""How values and verdicts are said to a reader, and how one check record is built."""
from __future__ import annotations

import math
from typing import Optional

from ..model import stable_id
from ..records import CheckRecord, FigureRecord, MeasureRecord


def _fmt_num(v: float, dec: int) -> str:
    s = f"{abs(v):,.{dec}f}"
    return ("-" if v < 0 and float(s.replace(",", "")) != 0 else "") + s


def _dec_for(p: float) -> int:
    if p >= 1:
        return 0
    return min(4, max(0, int(round(-math.log10(p)))))


def format_value(v: Optional[float], unit: Optional[str], precision: float = 0.1) -> str:
    """A value in words a panel member reads: 11.4%, 3.1 percentage points, 00:13:34, 2,751, £998,000."""
    if v is None:
        return "(empty)"
    if unit == "percent":
        return _fmt_num(v, _dec_for(precision)) + "%"
    if unit == "percentage_points":
        return _fmt_num(v, _dec_for(precision)) + " percentage points"
    if unit == "seconds":
        s = round(abs(v))
        h, rem = divmod(s, 3600)
        m, sec = divmod(rem, 60)
        return ("-" if v < 0 else "") + f"{h:02d}:{m:02d}:{sec:02d}"
    if unit == "gbp":
        return ("-" if v < 0 else "") + "£" + _fmt_num(abs(v), _dec_for(precision) if precision < 1 else 0)
    return _fmt_num(v, _dec_for(precision) if precision < 1 else 0)


def _fmt_diff(d: float, unit: Optional[str], p: float) -> str:
    if unit == "percent":
        return format_value(d, "percentage_points", p).replace(" percentage points", " percentage points")
    return format_value(d, unit, p)


def _signed(v: float, unit: Optional[str], p: float) -> str:
    s = format_value(v, unit, p)
    return ("+" + s) if v > 0 else s




# ---------------------------------------------------------------------------
# check construction
# ---------------------------------------------------------------------------

_SEVERITY = {"value": "major", "sign": "major", "label": "major", "unit": "major",
             "period": "minor", "rounding": "minor", "revised": "minor"}


def _severity(verdict: str, reason: Optional[str]) -> str:
    if verdict != "mismatch":
        return "info"
    return _SEVERITY.get(reason or "value", "major")


def _check(doc_id: str, check_type: str, verdict: str, reason: Optional[str], id_parts: tuple,
           fig: Optional[FigureRecord] = None, cell: Optional[MeasureRecord] = None, **kw) -> CheckRecord:
    c = CheckRecord(
        check_id=stable_id(doc_id, check_type, *id_parts),
        doc_id=doc_id, check_type=check_type, verdict=verdict, reason=reason,
        severity=_severity(verdict, reason))
    if fig is not None:
        c.page, c.section, c.sentence = fig.page, fig.section, fig.sentence
        c.narrative_raw, c.narrative_value, c.figure_id = fig.value_raw, fig.value, fig.figure_id
        c.unit = fig.unit
    if cell is not None:
        c.table_row_label, c.table_column_label = cell.row_label, cell.column_label
        c.table_value_raw, c.table_value, c.measure_id = cell.value_raw, cell.value, cell.measure_id
        if c.unit is None:
            c.unit = cell.unit
        if c.page is None:
            c.page = cell.page
        if not c.section:
            c.section = cell.section
    for k, v in kw.items():
        setattr(c, k, v)
    if c.difference is None and c.narrative_value is not None and c.table_value is not None:
        c.difference = round(c.narrative_value - c.table_value, 6)
    return c


def _say(v, unit, p) -> str:
    return format_value(v, unit, p)
