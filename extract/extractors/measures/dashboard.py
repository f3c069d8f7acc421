"""Family 1: dashboard tables.

1. Dashboard tables (2023-24 highlight reports)
   ``Measure | Q | Trend Line | <Mon-YYYY> | 3 Months to <Mon-YYYY> |
   12 Months to <Mon-YYYY> | 12 Months to .. vs. 12 Months to .. |
   Rolling 12 Month Trend | Statistical Exceptions | Exception Weighting``.

   * Header row: a row with at least two cells naming a month / rolling /
     change period and no value cell, or at least two dashboard words
     (measure, trend, exception, weighting).  A new header row inside a table
     block starts a new table.
   * Columns are given *roles* by content first, header second:
     - the label is the first cell;
     - the value block is the run of ``k`` columns (``k`` = the number of
       period cells in the header, at least the longest run of value-like
       columns) that holds the most values (cells ``normalise.parse_value``
       reads) and no trend words or exception text; ties go to the leftmost
       run.  When the header is as wide as the rows and its period cells sit
       on value-like columns, the header positions are used as printed;
     - columns left of the block (apart from the label) are residue: the "Q"
       column and the trend-line picture ("~~~~", "\\\\", "······",
       "<i></i>", "mmm", "ymww.", "Λ", "$\\sim$", "1", "hm", OCR words);
     - columns right of the block are the tail, classified by *content*:
       trend words (Increasing/Decreasing/Stable...) -> ``rolling_trend``;
       small whole numbers -> ``exception_weighting``; other text ->
       ``statistical_exceptions``.  So swapped weighting/exceptions columns
       and a "Month Trend" header come out right; the header only names a
       tail column that is empty in every row.
   * Unruled PDF tables whose label cell swallowed the month value (the
     header's label cell ends with a period: "Measure Trend Oct-2023"): the
     trailing value of each label cell becomes its own column; a bare whole
     number only after residue or a qualifier of two or more words, so a
     subject like "All 999" is never read as a value.
   * A row shorter than the table is aligned to the columns by a small
     dynamic programme that scores every cell against its column's role and
     prefers to put the missing cells into residue columns (trend line absent
     or merged into the label).  An empty value cell stays empty (a record
     with ``value`` None and ``value_raw`` '') and nothing shifts into it.
   * Periods: the header period cells (``normalise.parse_period``) are
     trusted when every value column got one and they are all different.
     Otherwise (three "Jul-2024" columns, a header shorter than the rows,
     a junk header) the columns get the dashboard's canonical order by
     position - month, rolling 3 months, rolling 12 months, change 12 months -
     ending at the latest month named in the header; the change column is
     first located by its values (signed / percentage-point / percent-of-a-
     count cells) when the header cannot say.
   * Values: ``parse_value`` (glyphs glued on are its business).  In a
     change column an unsigned value with a ▼ is made negative.  Text in a
     value cell ("Rolling 12 Month Only") gives ``value`` None, raw kept.
   * ``direction``: in a change column the sign of the value (up / down /
     flat for 0); elsewhere the arrow printed with the value (▲/^ up, ▼ down),
     else ``empty``.
   * Labels: residue merged into the label (leading/trailing symbol tokens,
     sparkline OCR tokens made of m/w/n/h/y/v letters, non-Latin junk, HTML
     and ``$..$``) is stripped; a trailing lone "1" is stripped only when it
     sat with other residue (a subject like "Priority 1" stays whole).
   * metric / subject: the part after the colon is the qualifier; the subject
     is its *last* component: ``"Abandonment Rate: All 999"`` -> metric
     "Abandonment Rate", subject "All 999"; ``"Crime Volume: Violence With
     Injury - County"`` -> metric "Crime Volume: Violence With Injury",
     subject "County" (the crime type stays in the metric so a reconciler can
     match "Violence With Injury" + "County"); ``"Repeat DA Victims"`` ->
     metric only.

"""

from __future__ import annotations

import re
from typing import Optional

from ... import normalise as N
from ...model import Block
from ...records import MeasureRecord
from .cells import _dash_period, _has_words, _is_exception_text, _is_no_value, _is_residue, _is_small_int, _is_trend, _junk_token, _unit_hint, _value, clean_label, split_label
from .context import _Ctx, _make_period, _record, _row_line, _table_id, _value_fields
from .shapes import _numbered_para
from .words import _CANONICAL, _CHANGE_HDR


# ---------------------------------------------------------------------------
# dashboards
# ---------------------------------------------------------------------------

VALUE, RESIDUE, LABEL, TREND, EXC, WEIGHT, OTHER = "value", "residue", "label", "trend", "exc", "weight", "other"


_CELL_SCORE_RE = re.compile(r"\d")


def _cell_score(cell: str, role: str) -> float:
    if not cell:
        return 0.0
    is_val = _value(cell) is not None
    if role == VALUE:
        if is_val:
            return 3.0
        if _is_no_value(cell):
            return 1.0
        if _is_residue(cell):
            return -2.0
        return -3.0 if (_is_trend(cell) or _has_words(cell)) else -1.0
    if role == RESIDUE:
        if _is_residue(cell):
            return 2.0
        if is_val or _is_trend(cell):
            return -3.0
        return 0.5 if not _CELL_SCORE_RE.search(cell) else -1.0
    if role == TREND:
        return 3.0 if _is_trend(cell) else (-3.0 if is_val else -1.0)
    if role == WEIGHT:
        return 3.0 if _is_small_int(cell) else -3.0
    if role == EXC:
        return 2.0 if _is_exception_text(cell) else (-3.0 if is_val or _is_trend(cell) else -1.0)
    return 0.0


_SKIP_COST = {RESIDUE: 0.0, OTHER: -0.1, TREND: -0.25, EXC: -0.25, WEIGHT: -0.25, VALUE: -0.5}


def _align(row: list[str], roles: list[str]) -> list[str]:
    """Place the cells of a short row onto the table's columns (label fixed at 0)."""
    n = len(roles)
    if len(row) >= n:
        return row[:n]
    cells = row[1:]
    slots = list(range(1, n))
    m, k = len(cells), len(slots)
    NEG = float("-inf")
    # best[i][j]: best score placing first i cells into first j slots
    best = [[NEG] * (k + 1) for _ in range(m + 1)]
    back = [[None] * (k + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        best[0][j] = best[0][j - 1] + _SKIP_COST.get(roles[slots[j - 1]], 0.0)
        back[0][j] = "skip"
    for i in range(1, m + 1):
        for j in range(i, k + 1):
            put = best[i - 1][j - 1] + _cell_score(cells[i - 1], roles[slots[j - 1]])
            skip = best[i][j - 1] + _SKIP_COST.get(roles[slots[j - 1]], 0.0) if j - 1 >= i else NEG
            if put >= skip:
                best[i][j], back[i][j] = put, "put"
            else:
                best[i][j], back[i][j] = skip, "skip"
    out = [""] * n
    out[0] = row[0]
    i, j = m, k
    while j > 0:
        if i > 0 and back[i][j] == "put":
            out[slots[j - 1]] = cells[i - 1]
            i -= 1
        j -= 1
    return out


def _column_stats(body: list[list[str]], n: int) -> list[dict]:
    stats = []
    for j in range(n):
        col = [r[j] if j < len(r) else "" for r in body]
        ne = [c for c in col if c]
        stats.append({
            "nonempty": len(ne),
            "val": sum(1 for c in ne if _value(c) is not None or _is_no_value(c)),
            "trend": sum(1 for c in ne if _is_trend(c)),
            "int": sum(1 for c in ne if _is_small_int(c)),
            "exc": sum(1 for c in ne if _is_exception_text(c)),
            "res": sum(1 for c in ne if _is_residue(c)),
        })
    return stats


def _value_like(s: dict) -> bool:
    return s["nonempty"] > 0 and s["val"] * 2 >= s["nonempty"] and s["trend"] == 0




_DASHBOARD_ROLES_RE = re.compile(r"trend|exception|weight", re.IGNORECASE)
_DASHBOARD_ROLES_RE2 = re.compile(r"trend line", re.IGNORECASE)


def _dashboard_roles(header: list[str], body: list[list[str]], n: int):
    """(roles, value_cols, header period per value col, header label per value col, tail labels)."""
    full = [r for r in body if len(r) >= n]
    stats = _column_stats(full or body, n)
    hdr_periods = [(j, c, _dash_period(c)) for j, c in enumerate(header) if j > 0 and _dash_period(c) is not None]
    # longest run of value-like columns
    run = best_run = 0
    for j in range(1, n):
        run = run + 1 if _value_like(stats[j]) else 0
        best_run = max(best_run, run)
    # the header's count of period columns wins; the longest value run only when it names < 2
    n_change_hdr = sum(1 for j, c in enumerate(header) if j > 0 and _dash_period(c) is None
                       and _CHANGE_HDR.search(c or ""))
    if len(hdr_periods) >= 2:
        k = min(len(hdr_periods) + n_change_hdr, max(len(hdr_periods), best_run))
    else:
        k = max(len(hdr_periods), best_run, 1)
    k = min(k, n - 1)

    value_cols: Optional[list[int]] = None
    if len(header) == n and hdr_periods and len(hdr_periods) == k:
        cols = [j for j, _, _ in hdr_periods]
        contiguous = cols == list(range(cols[0], cols[0] + len(cols)))
        ok = all(stats[j]["trend"] == 0 and stats[j]["exc"] == 0 and
                 (stats[j]["nonempty"] == 0 or stats[j]["val"] * 2 >= stats[j]["nonempty"]) for j in cols)
        if contiguous and ok:
            value_cols = cols
    if value_cols is None:
        best_s, best_score = 1, None
        for s in range(1, n - k + 1):
            cols = range(s, s + k)
            score = sum(stats[j]["val"] - 3 * (stats[j]["trend"] + stats[j]["exc"]) - 0.5 * stats[j]["res"]
                        for j in cols)
            if best_score is None or score > best_score:
                best_s, best_score = s, score
        value_cols = list(range(best_s, best_s + k))

    roles = [OTHER] * n
    roles[0] = LABEL
    for j in range(1, value_cols[0]):
        roles[j] = RESIDUE
    for j in value_cols:
        roles[j] = VALUE

    # tail: content first, header for empty columns
    tail_cols = list(range(value_cols[-1] + 1, n))
    hdr_tail = [c for j, c in enumerate(header) if j > 0 and _dash_period(c) is None
                and _DASHBOARD_ROLES_RE.search(c or "")
                and not _DASHBOARD_ROLES_RE2.search(c or "")]
    tail_labels: dict[int, str] = {}
    for idx, j in enumerate(tail_cols):
        s = stats[j]
        if s["nonempty"]:
            if s["trend"] * 2 >= s["nonempty"]:
                roles[j] = TREND
            elif s["int"] * 2 >= s["nonempty"] and s["exc"] == 0:
                roles[j] = WEIGHT
            elif s["exc"]:
                roles[j] = EXC
        if roles[j] == OTHER and idx < len(hdr_tail):
            h = hdr_tail[idx].lower()
            roles[j] = WEIGHT if "weight" in h else EXC if "exception" in h else TREND if "trend" in h else OTHER
        if idx < len(hdr_tail):
            tail_labels[j] = hdr_tail[idx]
    # header labels for value columns: in order
    hdr_value_labels = [c for j, c in enumerate(header) if j > 0 and c and _dash_period(c) is not None]
    if len(header) == n:
        col_labels = {j: header[j] for j in value_cols}
    else:
        col_labels = {j: (hdr_value_labels[i] if i < len(hdr_value_labels) else "")
                      for i, j in enumerate(value_cols)}
    return roles, value_cols, col_labels, [p for _, _, p in hdr_periods], stats


def _change_col_by_values(body: list[list[str]], value_cols: list[int]) -> Optional[int]:
    """The column whose cells read as changes: signed, points, or % beside counts."""
    scores = {}
    for j in value_cols:
        sc = 0
        for r in body:
            q = _value(r[j]) if j < len(r) else None
            if q is None:
                continue
            if q.unit == "percentage_points" or q.sign_explicit and q.value < 0:
                sc += 2
            others = [_value(r[i]) for i in value_cols if i != j and i < len(r)]
            if q.unit == "percent" and any(o is not None and o.unit == "count" for o in others):
                sc += 1
        scores[j] = sc
    if not scores:
        return None
    j = max(scores, key=lambda x: scores[x])
    return j if scores[j] > 0 else None


def _dashboard_periods(col_labels: dict[int, str], value_cols: list[int], hdr_periods: list,
                       body: list[list[str]]):
    """period per value column, by header when trusted, else canonical by position."""
    parsed = {j: _dash_period(col_labels.get(j, "")) for j in value_cols}
    keys = [(p.period_type, p.start, p.end) if p is not None else None for p in parsed.values()]
    trusted = all(k is not None for k in keys) and len(set(keys)) == len(keys)
    if trusted:
        return parsed
    ends = [p.end for p in hdr_periods if p is not None and p.end is not None]
    ref = max(ends) if ends else None
    k = len(value_cols)
    if k == len(_CANONICAL):
        types = list(_CANONICAL)
    else:
        # fewer / more columns: the change column, if any, by values; the rest in canonical order
        chg = _change_col_by_values(body, value_cols)
        levels = [t for t in _CANONICAL if t != "change_12_months"]
        types, li = [], 0
        for j in value_cols:
            if j == chg:
                types.append("change_12_months")
            elif li < len(levels):
                types.append(levels[li])
                li += 1
            else:
                types.append(None)
    out = {}
    for j, t in zip(value_cols, types):
        p = parsed.get(j)
        if p is not None and p.period_type == t and (ref is None or p.end == ref):
            out[j] = p
            continue
        out[j] = _make_period(t, ref)
    return out


_SPLIT_MERGED_FIRST_COLUMN_RE = re.compile(r"[-+]?\d+")


def _split_merged_first_column(header: list[str], body: list[list[str]]):
    """The label cell swallowed the first value column (unruled PDF tables): the
    header's label cell ends with a period ("Measure Trend Oct-2023").  Move the
    trailing value of every row's label cell into its own column.  A bare whole
    number is moved only after residue or after a qualifier of two or more words,
    so a subject like "All 999" is never taken for a value."""
    h0 = header[0] if header else ""
    full = _dash_period(h0)
    if full is None:
        return header, body
    toks = h0.split()
    cut = None
    for k in range(len(toks) - 1, 0, -1):
        p = _dash_period(" ".join(toks[k:]))
        if p is not None and (p.period_type, p.end) == (full.period_type, full.end):
            cut = k
            break
    if cut is None:
        return header, body
    header = [" ".join(toks[:cut]), " ".join(toks[cut:])] + header[1:]
    out = []
    for r in body:
        lab = r[0] if r else ""
        t = lab.split()
        val, rest = "", lab
        for n in (3, 2, 1):
            if len(t) > n and _value(" ".join(t[-n:])) is not None:
                cand, before = " ".join(t[-n:]), t[:-n]
                if _SPLIT_MERGED_FIRST_COLUMN_RE.fullmatch(t[-n]) and n == 1:
                    qual = " ".join(before).split(":", 1)[-1].split()
                    qual = [x for x in qual if not _junk_token(x)]
                    if not (before and (_is_residue(before[-1]) or len(qual) >= 2)):
                        break
                val, rest = cand, " ".join(before)
                break
        out.append([rest, val] + list(r[1:]))
    return header, out


def _dashboard(ctx: _Ctx, block: Block, section: str, header: list[str], body_idx: list[int],
               rows: list[list[str]]) -> list[MeasureRecord]:
    body = [rows[i] for i in body_idx]
    header, body = _split_merged_first_column(header, body)
    n = max([len(r) for r in body] + [1])
    if n < 3:
        return []
    roles, value_cols, col_labels, hdr_periods, _ = _dashboard_roles(header, body, n)
    aligned = [_align(r, roles) for r in body]
    periods = _dashboard_periods(col_labels, value_cols, hdr_periods, aligned)
    table_id = _table_id(ctx, block, "\t".join(header))
    out = []
    for ri, row in zip(body_idx, aligned):
        raw_label = row[0]
        label = clean_label(raw_label)
        if not label or _numbered_para(label):
            continue
        vals = [row[j] for j in value_cols]
        tail = {roles[j]: row[j] for j in range(len(row)) if roles[j] in (TREND, EXC, WEIGHT)}
        if not any(vals) and not any(tail.values()):
            continue  # a wrapped label line, a note: no cells
        if not any(_value(v) is not None for v in vals) and not any(tail.values()):
            continue
        metric, subject = split_label(label)
        weight = N.parse_number(tail.get(WEIGHT, "")) if tail.get(WEIGHT) else None
        line = _row_line(ctx, block, ri, raw_label)
        for j in value_cols:
            raw = row[j]
            p = periods.get(j)
            is_change = p is not None and p.period_type == "change_12_months"
            value, unit, d = _value_fields(raw, is_change, _unit_hint(col_labels.get(j, "")))
            out.append(_record(ctx, block, section, table_id, ri, j, label, metric, subject,
                               col_labels.get(j, ""), p, value, unit, raw, d, line=line,
                               trend=tail.get(TREND), exceptions=tail.get(EXC), weighting=weight))
    return out


