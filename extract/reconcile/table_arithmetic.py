"""Arithmetic a table declares: difference lines, change columns, total rows, share columns and
measure boxes."""
from __future__ import annotations

import re
from typing import Optional

from ..model import stable_id
from ..normalise import MONTH_PREFIX, clean_text
from ..records import CheckRecord, MeasureRecord
from .common import _eps, _unit_family, precision_of
from .explanations import _severity, format_value
from .linking import _CHANGE_COL, _PREVIOUS_COL, _TARGET_COL, _is_change_cell
from .sentences import _Q, _arith_record, _sentence_arithmetic


# ---------------------------------------------------------------------------
# arithmetic within tables
# ---------------------------------------------------------------------------

_DIFF_LABEL = re.compile(r"\b(?:change|difference|diff|variance)\b|\(pp\)|\bpp\b|\+/-", re.I)
_PERIOD_LABEL = re.compile(
    rf"^(?:{MONTH_PREFIX}[-' ]?\d{{2,4}}|q[1-4]\b.*|(?:19|20)\d\d(?:[-/]\d{2,4})?|"
    r"(?:fy|financial year)\s*\d.*)$", re.I)
_SHARE_COL = re.compile(r"proportion|% of total|percentage of|share|% of all", re.I)
_TOTAL_ROW = re.compile(r"^(?:grand\s+)?total\b|^all\b(?!\s+\d)|^overall\b", re.I)


def _table_arithmetic(measures: list[MeasureRecord]) -> list[CheckRecord]:
    out: list[CheckRecord] = []
    by_table: dict[tuple, list[MeasureRecord]] = {}
    for m in measures:
        by_table.setdefault((m.doc_id, m.table_id), []).append(m)
    for (doc_id, table_id), cells in by_table.items():
        done: list[CheckRecord] = []
        for orient in ("row", "col"):
            done.extend(_difference_lines(doc_id, table_id, cells, orient))
        done.extend(_share_column(doc_id, table_id, cells))
        out.extend(done)
        checked = {c.measure_id for c in done}
        out.extend(_change_columns(doc_id, table_id, cells, checked))
        if not any(c.table_value_raw and "table-total" in (c.check_id or "") for c in done) \
                and not any(c.table_row_label and c.check_id and c.explanation.startswith("The total row")
                            for c in done):
            out.extend(_total_row(doc_id, table_id, cells))
    return out


_CELL_PREC_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CELL_PREC_RE2 = re.compile(r"\d\s*(?:thousand|million|billion|bn|mn|m|k|b)\b", re.I)


def _cell_prec(c: MeasureRecord) -> float:
    """The precision of a printed cell in canonical units ("125,300" under "£000": £1,000)."""
    p = precision_of(c.value_raw, c.unit)
    if c.unit == "gbp" and c.value:
        raw = clean_text(c.value_raw or "")
        m = _CELL_PREC_RE.search(raw)
        if m and not _CELL_PREC_RE2.search(raw):
            num = float(m.group().replace(",", ""))
            if num:
                p *= abs(c.value / num)
    return p


def _rows_in_order(cells: list[MeasureRecord]) -> list[list[MeasureRecord]]:
    rows: dict[tuple, list[MeasureRecord]] = {}
    for c in cells:
        rows.setdefault((c.row_label, c.page), []).append(c)
    return list(rows.values())


_PCT_CHANGE_COL = re.compile(r"%|per\s*cent|percent(?:age)?\b(?!\s*points?)", re.I)
_POINTS_COL = re.compile(r"\bpp\b|\bpts?\b|points?\b", re.I)


#: a base and an outturn column that a "Variance" compares without periods: budget against forecast / actual
_BUDGET_COL = re.compile(r"\b(?:budget|plan(?:ned)?|estimate)\b", re.I)
_OUTTURN_COL = re.compile(r"\b(?:actual|outturn|forecast|projected|spend)\b", re.I)


def _pair_by_label(a: MeasureRecord, b: MeasureRecord) -> bool:
    """Do the two columns' headers name a budget and its outturn (one each)?"""
    la, lb = clean_text(a.column_label or ""), clean_text(b.column_label or "")
    return (bool(_BUDGET_COL.search(la)) != bool(_BUDGET_COL.search(lb))
            and bool(_OUTTURN_COL.search(la)) != bool(_OUTTURN_COL.search(lb)))


def _change_hypotheses(cur: MeasureRecord, base: MeasureRecord, known: bool, relative: bool, level_unit: str
                       ) -> list[tuple[float, float, float, str]]:
    """(implied, low, high, working) for a change column: current against base (and the other way round
    when which one is the base is not known), over the printed values' rounding intervals."""
    pc, pb = _cell_prec(cur), _cell_prec(base)
    hyps = []   # (implied, lo, hi, working)
    pairs = [(cur, base)] + ([] if known else [(base, cur)])
    for x, y in pairs:
        if relative:
            if y.value == 0:
                continue
            corners = [100 * ((x.value + dx) - (y.value + dy)) / (y.value + dy)
                       for dx in (-pc / 2, pc / 2) for dy in (-pb / 2, pb / 2) if y.value + dy]
            imp = 100 * (x.value - y.value) / y.value
            hyps.append((imp, min(corners), max(corners),
                         f"({x.value_raw} - {y.value_raw}) / {y.value_raw} = {imp:.2f}%"))
            if level_unit == "percent":
                # a "% change" of a rate may be the points difference
                d = x.value - y.value
                hyps.append((d, d - (pc + pb) / 2, d + (pc + pb) / 2,
                             f"{x.value_raw} - {y.value_raw} = {d:.2f} points"))
        else:
            d = x.value - y.value
            hyps.append((d, d - (pc + pb) / 2, d + (pc + pb) / 2, f"{x.value_raw} - {y.value_raw} = "
                         + format_value(d, "count" if level_unit == "percent" else level_unit, min(pc, pb))))
    return hyps


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years_of(c: MeasureRecord) -> set:
    ys = set(_YEAR.findall(clean_text(c.column_label or "")))
    ys |= {d[:4] for d in (c.period_start, c.period_end) if d}
    return ys


def _header_periods_fit(label: str, a: MeasureRecord, b: MeasureRecord) -> bool:
    """A change header naming years ("Change since 1990", "2023 vs 2024") compares columns of those years."""
    named = set(_YEAR.findall(label))
    return not named or named <= (_years_of(a) | _years_of(b))


def _change_columns(doc_id, table_id, cells, checked: set) -> list[CheckRecord]:
    """A "Change" / "% change" / "Difference" / "Variance" column against the two level columns it differences:
    the nearest two level columns to its left, of one period type (two 12-month windows, two year-to-date
    columns, budget and forecast), when no third column of that type stands left of it (a run of months is
    the difference-line rule's).  Which one is the base: the earlier period, else the one labelled
    "Previous" / "Baseline"; else either order is accepted."""
    out: list[CheckRecord] = []
    for row in _rows_in_order(cells):
        for i, dc in enumerate(row):
            label = clean_text(dc.column_label or "")
            if dc.value is None or dc.measure_id in checked or not _CHANGE_COL.search(label):
                continue
            lv = [c for c in row[:i] if not _is_change_cell(c) and not _TARGET_COL.search(clean_text(c.column_label or ""))]
            if len(lv) < 2:
                continue
            a, b = lv[-2], lv[-1]
            if a.period_type != b.period_type or a.value is None or b.value is None \
                    or _unit_family(a.unit) != _unit_family(b.unit) or a.unit != b.unit \
                    or a.unit not in ("count", "gbp", "percent", "rate"):
                continue
            if sum(1 for c in lv if c.period_type == a.period_type) != 2:
                continue
            if a.period_type == "change_12_months" or (a.period_type == "other" and a.unit != "gbp"
                                                      and (a.period_end or b.period_end)):
                continue
            # the base
            cur, base, known = b, a, True
            if a.period_end and b.period_end and a.period_end != b.period_end:
                cur, base = (a, b) if a.period_end > b.period_end else (b, a)
            elif bool(_PREVIOUS_COL.search(clean_text(a.column_label or ""))) != \
                    bool(_PREVIOUS_COL.search(clean_text(b.column_label or ""))):
                cur, base = (b, a) if _PREVIOUS_COL.search(clean_text(a.column_label or "")) else (a, b)
            elif a.period_start and b.period_start and a.period_start != b.period_start:
                cur, base = (a, b) if a.period_start > b.period_start else (b, a)
            elif _pair_by_label(a, b):
                known = False   # budget against forecast / actual: sign conventions differ, either order
            else:
                continue        # the header does not say what the two columns are: no declared difference
            if not _header_periods_fit(label, a, b):
                continue        # "Change since 1990" beside 2014 and 2015: not the difference of these two
            relative = bool(_PCT_CHANGE_COL.search(label)) and not _POINTS_COL.search(label) \
                or (dc.unit == "percent" and a.unit in ("count", "gbp"))    # "Change" printed as "-10.0%"
            if relative and dc.unit != "percent":
                continue
            if not relative:
                want = ("percentage_points", "percent") if a.unit == "percent" else (a.unit,)
                if dc.unit not in want and not (a.unit == "rate" and dc.unit in ("rate", "count")):
                    continue
            pd = _cell_prec(dc)
            hyps = _change_hypotheses(cur, base, known, relative, a.unit)
            if not hyps:
                continue
            n = dc.value
            e = _eps(n, *[h[0] for h in hyps])
            ok = [h for h in hyps if h[1] - pd - e <= n <= h[2] + pd + e]
            if ok:
                imp, _lo, _hi, working = ok[0]
                verdict, reason = "consistent", None
                expl = (f"\"{label}\" for \"{dc.row_label}\" ({dc.value_raw}) agrees with the table's own columns: "
                        f"{working}, allowing for the rounding of the printed values.")
            else:
                imp, lo, hi, working = min(hyps, key=lambda h: min(abs(n - h[1]), abs(n - h[2])))
                dist = min(abs(n - lo), abs(n - hi))
                reason = "rounding" if dist <= 2 * pd + e else "value"
                verdict = "mismatch"
                other = "; or, the other way round, " + hyps[1][3] if (not known and len(hyps) > 1 and not relative) else ""
                expl = (f"\"{label}\" for \"{dc.row_label}\" is printed as {dc.value_raw}, but the table's own "
                        f"columns \"{cur.column_label}\" ({cur.value_raw}) and \"{base.column_label}\" "
                        f"({base.value_raw}) give {working}{other}.")
            out.append(_cell_check(doc_id, "table-change", table_id, dc, verdict, reason, working, imp, dc.unit,
                                   round(n - imp, 6), expl))
    return out



def _cell_check(doc_id: str, kind: str, table_id: str, m, verdict: str, reason: str, working: str,
                implied: float, unit, difference, explanation: str) -> CheckRecord:
    """The arithmetic check of one printed table cell ``m`` against what the table's own cells
    give (``implied``, worked as ``working``)."""
    return CheckRecord(
        check_id=stable_id(doc_id, "arithmetic", kind, table_id, m.measure_id),
        doc_id=doc_id, check_type="arithmetic", verdict=verdict, reason=reason,
        severity=_severity(verdict, reason), page=m.page, section=m.section, sentence=None,
        narrative_raw=m.value_raw, narrative_value=m.value, table_row_label=m.row_label,
        table_column_label=m.column_label, table_value_raw=working, table_value=round(implied, 6), unit=unit,
        difference=difference, explanation=explanation, measure_id=m.measure_id)


_TOTAL_ONLY = re.compile(r"^\W*(?:grand\s+)?totals?\W*$", re.I)


def _total_row(doc_id, table_id, cells) -> list[CheckRecord]:
    """Category rows against the table's "Total" row, column by column (counts and money; not change,
    target, rate or percent columns).  Only when the table clearly has one: a single row labelled "Total",
    the last, under rows that are subjects (crime types, districts, budget lines).  A column that does
    not add up is a mismatch only when another column of the same table does add up (so the categories
    are the whole); when none does, the rows are a selection and nothing is said."""
    rows = _rows_in_order(cells)
    if len(rows) < 3:
        return []
    totals = [i for i, r in enumerate(rows) if _TOTAL_ONLY.match(clean_text(r[0].row_label or ""))]
    if totals != [len(rows) - 1]:
        return []
    trow, cats = rows[-1], rows[:-1]
    if not all(r[0].subject and clean_text(r[0].subject) == clean_text(r[0].row_label) for r in cats):
        return []
    cols = []
    for t in trow:
        lab = t.column_label
        if t.value is None or t.unit not in ("count", "gbp") or _is_change_cell(t) \
                or _TARGET_COL.search(clean_text(lab or "")) or _SHARE_COL.search(clean_text(lab or "")):
            continue
        if sum(1 for c in trow if c.column_label == lab) > 1 \
                or any(sum(1 for c in r if c.column_label == lab) > 1 for r in cats):
            continue    # two columns under one label: which part is whose is not known
        parts = [next((c for c in r if c.column_label == lab), None) for r in cats]
        if any(p is None or p.value is None or p.unit != t.unit for p in parts):
            continue
        total = sum(p.value for p in parts)
        tol = sum(_cell_prec(p) for p in parts) / 2 + _cell_prec(t) / 2
        cols.append((t, parts, total, tol, abs(total - t.value) <= tol + _eps(total, t.value)))
    if not any(ok for *_x, ok in cols):
        return []
    out = []
    for t, parts, total, tol, ok in cols:
        working = " + ".join(p.value_raw or "" for p in parts) + f" = {format_value(total, t.unit, 1)}"
        diff = round(t.value - total, 6)
        # (a table of one value column has no column label to name: "for "None"" said nothing)
        col = f" for \"{t.column_label}\"" if t.column_label else ""
        if ok:
            verdict, reason = "consistent", None
            expl = (f"The total row \"{t.row_label}\"{col} ({t.value_raw}) is the sum of the "
                    f"rows above it ({working}).")
        else:
            verdict = "mismatch"
            reason = "rounding" if abs(diff) <= 2 * tol + _cell_prec(t) else "value"
            expl = (f"The total row \"{t.row_label}\"{col} is printed as {t.value_raw}, but the "
                    f"rows above it add up to {format_value(total, t.unit, 1)} ({working}) - a difference of "
                    f"{format_value(abs(diff), t.unit, 1)}. The other columns of the table do add up, so the rows "
                    f"are the whole of the total.")
        out.append(_cell_check(doc_id, "table-total-row", table_id, t, verdict, reason, working, total, t.unit,
                               diff, expl))
    return out


def _difference_unit_fits(level_unit: Optional[str], diff_unit: Optional[str]) -> bool:
    """Can a cell of ``diff_unit`` be the plain difference of two levels of ``level_unit``?"""
    if level_unit == "percent":
        return diff_unit in ("percent", "percentage_points", "count")
    return diff_unit == level_unit


def _difference_lines(doc_id, table_id, cells, orient) -> list[CheckRecord]:
    line_of = (lambda c: c.row_label) if orient == "row" else (lambda c: c.column_label)
    other_of = (lambda c: c.column_label) if orient == "row" else (lambda c: c.row_label)
    lines: dict[str, list[MeasureRecord]] = {}
    order: list[str] = []
    for c in cells:
        k = clean_text(line_of(c) or "").strip()
        if k not in lines:
            lines[k] = []
            order.append(k)
        lines[k].append(c)
    diff_lines = [k for k in order if _DIFF_LABEL.search(k)]
    period_lines = [k for k in order if _PERIOD_LABEL.match(k)]
    if len(diff_lines) != 1 or len(period_lines) < 2:
        return []
    out = []
    dl = diff_lines[0]
    named = set(_YEAR.findall(dl))
    if named and not named <= set(_YEAR.findall(" ".join(period_lines))):
        return []   # "Change since 1990" beside 2014 and 2015
    for dc in lines[dl]:
        if dc.value is None:
            continue
        key = other_of(dc)
        vals = []
        for pl in period_lines:
            vc = [c for c in lines[pl] if other_of(c) == key]
            vals.append(vc[0] if vc else None)
        if any(v is None or v.value is None for v in (vals[0], vals[-1])):
            continue
        first, last = vals[0], vals[-1]
        if first.unit != last.unit or not _difference_unit_fits(first.unit, dc.unit):
            continue    # a "-10.0%" change of counts is relative, not their difference
        prev = vals[-2] if len(vals) >= 2 and vals[-2] is not None and vals[-2].value is not None else None
        pd = precision_of(dc.value_raw, dc.unit if dc.unit != "count" else "percent") if dc.value_raw else 0.1
        p_in = (precision_of(first.value_raw, first.unit) + precision_of(last.value_raw, last.unit)) / 2
        cands = [(last.value - first.value, f"{last.value_raw} - {first.value_raw}", first)]
        if prev is not None and prev is not first:
            cands.append((last.value - prev.value, f"{last.value_raw} - {prev.value_raw}", prev))
        tol = pd / 2 + p_in
        ok = [c for c in cands if abs(dc.value - c[0]) <= tol + _eps(dc.value, c[0])]
        imp, working, base = (ok[0] if ok else cands[0])
        diff = round(dc.value - imp, 6)
        if ok:
            verdict, reason = "consistent", None
            expl = (f"\"{dl}\" for \"{key}\" ({dc.value_raw}) equals {working} = {imp:.2f}, allowing for the "
                    f"rounding of the printed values.")
        else:
            reason = "rounding" if abs(diff) <= tol + pd + _eps(diff) else "value"
            verdict = "mismatch"
            alts = " or ".join(f"{w} = {v:.2f}" for v, w, _ in cands)
            expl = (f"\"{dl}\" for \"{key}\" is printed as {dc.value_raw}, but the table's own columns give "
                    f"{alts}.")
        unit = "percentage_points" if first.unit == "percent" else first.unit
        out.append(_cell_check(doc_id, "table-difference", table_id, dc, verdict, reason, working, imp, unit,
                               diff, expl))
    return out


_SHARE_COLUMN_RE = re.compile(r"exclud|change", re.I)


def _share_column(doc_id, table_id, cells) -> list[CheckRecord]:
    cols: dict[str, list[MeasureRecord]] = {}
    for c in cells:
        cols.setdefault(clean_text(c.column_label or ""), []).append(c)
    share_cols = [k for k in cols if _SHARE_COL.search(k) and not _SHARE_COLUMN_RE.search(k)]
    count_cols = [k for k in cols if not _SHARE_COL.search(k) and all(c.unit in ("count", None) for c in cols[k])
                  and any(c.unit == "count" for c in cols[k])]
    if len(share_cols) != 1 or not count_cols:
        return []
    sc = share_cols[0]
    cc = count_cols[0]
    counts = {c.row_label: c for c in cols[cc]}
    totals = [r for r in counts if _TOTAL_ROW.match(clean_text(r or "").strip())]
    if len(totals) != 1 or counts[totals[0]].value in (None, 0):
        return []
    total = counts[totals[0]]
    out = []
    shares = {c.row_label: c for c in cols[sc]}
    share_sum, n_share = 0.0, 0
    for label, s in shares.items():
        if label == totals[0] or s.value is None or label not in counts or counts[label].value is None:
            continue
        share_sum += s.value
        n_share += 1
        imp = 100 * counts[label].value / total.value
        rec = _arith_record(doc_id, "table-share", s and _Q(s.value, "percent", s.value_raw or "", 0, 0, ""),
                            s.value, precision_of(s.value_raw, "percent"), imp,
                            f"{counts[label].value_raw} / {total.value_raw} = {imp:.2f}%",
                            (table_id, s.measure_id), None, s.page, s.section, "percent", measure_id=s.measure_id,
                            what=f"The share for \"{label}\" ")
        rec.table_row_label, rec.table_column_label = s.row_label, s.column_label
        out.append(rec)
    # category rows against the total row, only when the shares show the categories are exhaustive
    cats = [c for r, c in counts.items() if r != totals[0] and c.value is not None]
    if cats and n_share == len(cats) and abs(share_sum - 100) <= 0.05 * len(cats) + 0.5:
        s = sum(c.value for c in cats)
        rec = _arith_record(doc_id, "table-total", _Q(total.value, "count", total.value_raw or "", 0, 0, ""),
                            total.value, 1.0, s, " + ".join(c.value_raw or "" for c in cats) + f" = {s:,.0f}",
                            (table_id, total.measure_id), None, total.page, total.section, "count",
                            measure_id=total.measure_id, what=f"The total row \"{totals[0]}\" ")
        rec.table_row_label, rec.table_column_label = total.row_label, total.column_label
        out.append(rec)
    return out


def _measure_box_arithmetic(measures: list[MeasureRecord]) -> list[CheckRecord]:
    return _box_share_checks(measures) + _box_cell_checks(measures)


_BOX_SHARE_CHECKS_RE = re.compile(r"percent|proportion|%|rate|share|ratio", re.I)


def _box_share_checks(measures: list[MeasureRecord]) -> list[CheckRecord]:
    out = []
    # a box cell split into its percent and the two counts it is computed from
    # ("Q1: 33 per cent (6 appeals completed and 3 upheld)" -> 33 %, 6, 3 under one row and column)
    groups: dict[tuple, list[MeasureRecord]] = {}
    for m in measures:
        groups.setdefault((m.doc_id, m.table_id, m.row_label, m.column_label), []).append(m)
    for (doc_id, table_id, row_label, col), ms in groups.items():
        pcts = [m for m in ms if m.unit == "percent" and m.value is not None]
        cnts = [m for m in ms if m.unit == "count" and m.value is not None and m.value >= 0]
        if len(pcts) != 1 or len(cnts) != 2:
            continue
        if not _BOX_SHARE_CHECKS_RE.search(row_label or ""):
            continue
        p = pcts[0]
        x, y = sorted(cnts, key=lambda m: m.value)
        if y.value <= 0:
            continue
        imp = 100 * x.value / y.value
        xl = f"{x.value_raw} {x.metric}" if x.metric and x.metric != row_label else x.value_raw
        yl = f"{y.value_raw} {y.metric}" if y.metric and y.metric != row_label else y.value_raw
        rec = _arith_record(doc_id, "box-share", _Q(p.value, "percent", p.value_raw or "", 0, 0, ""), p.value,
                            precision_of(p.value_raw, "percent"), imp, f"{x.value_raw} / {y.value_raw} = {imp:.1f}%",
                            (table_id, p.measure_id), f"{row_label} - {col}: {p.value_raw} ({yl}, {xl})",
                            p.page, p.section, "percent", measure_id=p.measure_id, what="The share ")
        rec.table_row_label, rec.table_column_label = row_label, col
        out.append(rec)
    return out


_BOX_CELL_CHECKS_RE = re.compile(r"\d")


def _box_cell_checks(measures: list[MeasureRecord]) -> list[CheckRecord]:
    out = []
    for m in measures:
        raw = m.value_raw or ""
        if "(" not in raw or len(_BOX_CELL_CHECKS_RE.findall(raw)) < 2:
            continue
        recs = _sentence_arithmetic(m.doc_id, raw, m.page, m.section, {}, measure_id=m.measure_id,
                                    id_base=(m.measure_id,))
        for r in recs:
            r.table_row_label, r.table_column_label = m.row_label, m.column_label
            r.sentence = f"{m.row_label}: {raw}" if m.row_label else raw
        out.extend(recs)
    return out


# ---------------------------------------------------------------------------
# across documents
# ---------------------------------------------------------------------------
