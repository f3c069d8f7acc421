"""Counts stated with their change: "decreased by 13.2% (n.817)", "an increase of 3.8% (n.23)",
"-19.2% (n.-35,701)".

The percentage and its absolute change are checked against each other through the current value of
the row the percentage was linked to (previous = current - n, or + n for a decrease; change = n /
previous), at the precision the percentage is stated.  Only when the percentage itself did not
already disagree with the table (one alarm for one statement), and only with the level cell of the
same row whose period the change compares (the 12-month window of a 12-month change)."""
from __future__ import annotations

import re
from typing import Optional

from ..model import stable_id
from ..records import CheckRecord, FigureRecord, MeasureRecord
from .common import agrees, precision_of
from .explanations import _severity, format_value
from .vocabulary import bound_of

#: the level a change column compares, by the change's period type
_LEVEL_OF_CHANGE = {"change_12_months": ("rolling_12_months", "financial_year", "calendar_year")}
#: "(n.817)", "(n. -35,701)", "(n = 23)" right after the percentage
_N_AFTER = re.compile(r"^\s*\(\s*n\s*[.=:]?\s*$", re.I)
_DECREASE = re.compile(r"decreas|reduc|fell|fall|fewer|lower|down|drop|declin", re.I)


def _n_of(pct: FigureRecord, figs: list[FigureRecord]) -> Optional[FigureRecord]:
    """The "(n.817)" figure right after a percentage in the same sentence."""
    if pct.char_end is None or not pct.sentence:
        return None
    for f in figs:
        if f is pct or f.unit != "count" or f.char_start is None or f.sentence != pct.sentence:
            continue
        gap = pct.sentence[pct.char_end:f.char_start]
        raw = (f.value_raw or "").lower()
        if 0 <= f.char_start - pct.char_end <= 6 and (raw.startswith("n") or _N_AFTER.match(gap)):
            return f
    return None


def _current_level(change_cell: MeasureRecord, cells: list[MeasureRecord]) -> Optional[MeasureRecord]:
    kinds = _LEVEL_OF_CHANGE.get(change_cell.period_type or "")
    if not kinds:
        return None
    found = [c for c in cells if c.period_type in kinds and c.value is not None and c.unit == "count"
             and c.period_end == change_cell.period_end]
    return found[0] if len(found) == 1 else None


def count_change_checks(figures: list[FigureRecord], own: dict[str, CheckRecord],
                        measures: list[MeasureRecord]) -> list[CheckRecord]:
    """One check per "Z% (n.N)" whose percentage was linked to a table row with its current level."""
    by_id = {m.measure_id: m for m in measures}
    rows: dict[tuple, list[MeasureRecord]] = {}
    for m in measures:
        rows.setdefault((m.doc_id, m.table_id, m.row_label), []).append(m)
    by_sentence: dict[tuple, list[FigureRecord]] = {}
    for f in figures:
        by_sentence.setdefault((f.doc_id, f.sentence), []).append(f)
    out = []
    for f in figures:
        chk = own.get(f.figure_id)
        if f.unit != "percent" or f.value is None or chk is None or chk.verdict == "mismatch" \
                or chk.measure_id not in by_id:
            continue
        n = _n_of(f, by_sentence[(f.doc_id, f.sentence)])
        cell = by_id[chk.measure_id]
        level = _current_level(cell, rows[(cell.doc_id, cell.table_id, cell.row_label)]) if n else None
        if n is None or level is None or not n.value:
            continue
        rec = _count_check(f, n, level)
        if rec.verdict == "mismatch" and bound_of((f.sentence or "")[max(0, (f.char_start or 0) - 25):f.char_start or 0]):
            continue   # "around 13% (n.817)": an approximate or bounded percentage is never an alarm
        out.append(rec)
    return out


def _count_check(pct: FigureRecord, n: FigureRecord, level: MeasureRecord) -> CheckRecord:
    words = (pct.sentence or "")[max(0, (pct.char_start or 0) - 40):pct.char_start or 0]
    down = pct.value < 0 or n.value < 0 or bool(_DECREASE.search(words))
    d = abs(n.value)
    previous = level.value + d if down else level.value - d
    implied = 100 * d / previous if previous > 0 else float("inf")
    pp = precision_of(pct.value_raw, "percent")
    ok = previous > 0 and agrees(abs(pct.value), pp, implied, 1e-9)
    verdict, reason = ("consistent", None) if ok else ("mismatch", "value")
    sign = "+" if down else "-"
    working = (f"previous = {level.value_raw} {sign} {d:,.0f} = {previous:,.0f}; "
               f"change = {d:,.0f} / {previous:,.0f} = {implied:.2f}%")
    stated = f"{pct.value_raw} ({n.value_raw})"
    if ok:
        expl = (f"{stated} agrees with the table's \"{level.column_label}\" value {level.value_raw} for "
                f"\"{level.row_label}\": {working}.")
    else:
        expl = (f"{stated} does not agree with the table's \"{level.column_label}\" value {level.value_raw} for "
                f"\"{level.row_label}\": {working}, not {format_value(abs(pct.value), 'percent', pp)}.")
    return CheckRecord(
        check_id=stable_id(n.doc_id, "narrative_vs_table", "count-change", n.figure_id, level.measure_id),
        doc_id=n.doc_id, check_type="narrative_vs_table", verdict=verdict, reason=reason,
        severity=_severity(verdict, reason), page=n.page, section=n.section, sentence=n.sentence,
        narrative_raw=stated, narrative_value=abs(pct.value), table_row_label=level.row_label,
        table_column_label=level.column_label, table_value_raw=working, table_value=round(implied, 6),
        unit="percent", difference=round(abs(pct.value) - implied, 6), explanation=expl, figure_id=n.figure_id,
        measure_id=level.measure_id)
