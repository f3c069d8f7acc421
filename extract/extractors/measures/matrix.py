"""Family 2: Other matrix tables: a header of column labels (one row, or a merged group row
   above it) and body rows of values.  Families: ASB categories, sub-code
   breakdowns, complaint cases, satisfaction indicators, call answer times, and
   the usual force / PCC performance tables - "Measure | Baseline (2019/20) |
   Target | 2023/24 YTD | Previous YTD | Change | % Change | RAG / Status",
   monthly columns (Apr-23 .. Mar-24), quarterly columns (Q1 2023/24 ..), "12
   months to March 2024 | 12 months to March 2023 | Difference | % difference",
   "Crime type | 12 months to Dec-23 | 12 months to Dec-22 | Volume change | %
   change", rates per 1,000, MSG positions, budgets in £000 / £m, transposed
   tables (periods as rows), total rows and merged group headers.

   * Header rows: the leading rows (at most three) with no value cell; a later
     row with only a label is a body row.  Every row but the last is a *group*
     row whose labels spread right over the empty cells they span ("Victim
     satisfaction" over "Ease of contact | Actions taken | Kept informed").
     ``column_label`` is the cell right above the value, as printed.
   * It is a measure table when at least 60 % of the non-label body cells
     (status / commentary columns left out) are values (and at least two).
     A value column holds values in at least half its non-empty cells.
     Columns headed RAG / Status / Rating / Trend / Direction of travel /
     Comments are never value columns ("Green" / "Amber" / "Red" are not values).
   * A value is what ``parse_value`` reads, or a rank cell that is exactly a
     rank ``find_quantities`` finds ("3rd of 8": value 3, unit ``count``, the
     column label says it is a position).  Anything else in a value column
     ("Reduce", "(300)", "n/a", "3rd" alone) gives a record with ``value`` None
     and the text in ``value_raw``: a cell that is not clearly a value stays
     empty.  Rows with no value cell at all (sub-headers, group labels) and rows
     labelled by a bare number (agenda / contents items) give nothing.
   * Units, first match wins, for plain numbers only: the column header's
     "%" / "(PP)" / "% points" (``percent`` / ``percentage_points``); a money
     marker in the column header, else in the label-column header ("£000"
     top-left) or the caption: ``gbp`` with the value *multiplied* by the
     marker's scale ("£000"/"£'000"/"£k" x1,000, "£m" x1,000,000, "£bn" x1e9,
     "(£)" x1; ``value_raw`` keeps the printed number); "per 1,000 / per
     100,000 / per head" in the column header or the row label: unit ``rate``
     (the value as printed, the denominator stays in the label); a change
     column ("Change", "Difference") in a row whose level cells are percents:
     ``percentage_points``, else ``count``; then a "%" in the row label.  A
     "£" figure without its own scale under a scaled header ("£120,500" under
     "£000") is ambiguous and stays empty.
   * Periods per column: the header's period (``parse_period``), completed by
     the group header ("Q1" under "2023/24" -> Q1 2023/24) or taken from it.
     Target / baseline columns keep only the period printed with them
     ("Baseline (2019/20)" -> financial_year 2019-20; "Target" -> other, no
     dates).  A change column ("Change", "Difference", "% change", "YoY",
     "vs") compares the two level columns left of it: two 12-month windows a
     year apart -> ``change_12_months`` to the later end; two columns of one
     type -> the later one's period (two undated year-to-date columns ->
     ``year_to_date`` without dates); anything else -> ``other``, no dates.
     With exactly one month column: a column without a period inherits that
     month (e.g. "Proportion of monthly total" next to "Jul-24"), "12 month ...
     change" -> change_12_months to that month, "monthly ... change" -> the
     month.  When no header names a dated period, a caption paragraph right
     after (or before) the table that starts with a period gives it; an "SPLY"
     (same period last year) column gets that period a year earlier; a
     "Previous ..." column gets the current column's dated period a year
     earlier.  Otherwise the period is the undated type the header names
     ("Previous YTD" -> year_to_date) or ``other`` with no dates - never a
     guess.
   * Transposed tables: when the row labels are periods (Sep-17, Q1 2023/24,
     ...) and no column is dated, the metric is the column header; a "Change"
     row spans the first to the last period (type ``other``); a "Total" row
     has that span too and subject "Total".
   * Metric / subject.  Rows are *subjects* when the label column is headed by
     a dimension ("Crime type", "Offence group", "Area", "District", "Force",
     "Budget line", ...) or, unless it is headed "Measure"/"Indicator", when
     a "Total" row is present.  Then ``subject`` is the row label and
     ``metric`` is what the column names when it names no period and is no
     change / target column ("Budget £000" -> "Budget", "Rate per 1,000
     population"), prefixed by a merged group header ("Victim satisfaction:
     Ease of contact"); for period and change columns it is the group header,
     else the table's caption ("Table 2: Recorded crime by crime type" ->
     "Recorded crime") or heading.  Otherwise rows are *metrics*: rows
     labelled "X - metric" with the same "metric" in every row are split into
     subject X and that metric; else the colon rule above; a "Total" row has
     subject "Total" and the caption / heading as metric; when the column
     headers are short "who" labels (Force | MSF Average | National) they are
     the subject.  A text column headed "Measure" / "Crime type" right of a
     first column (Priority | Measure | Q1 ...) is the label column.
   * ``direction``: in change and variance columns the sign (up / down /
     flat); elsewhere only a printed arrow.

"""

from __future__ import annotations

import re

from ...model import Block
from ...records import MeasureRecord
from .cells import _WS, _cell, _common_split, _is_value_cell, _money_scale, _period, _rank_value, _strip_money, _unit_hint, _value, clean_label, split_label
from .context import _Ctx, _OTHER, _P, _make_period, _record, _row_line, _shift_year, _table_id, _value_fields
from .shapes import _numbered_para
from .words import _CHANGE_COL, _DELTA_COL, _DIMENSION_HDR, _MEASURE_WORDS, _METRIC_HDR, _OWN_SCALE, _PREV_HDR, _RATE_HDR, _SPLY, _STATUS_HDR, _TARGET_HDR, _TOTAL_ROW, _WHO_NOT


# ---------------------------------------------------------------------------
# matrix tables
# ---------------------------------------------------------------------------

def _caption_period(ctx: _Ctx, blocks: list[Block], index: int):
    for k in (index + 1, index - 1):
        if 0 <= k < len(blocks):
            b = blocks[k]
            if b.kind not in ("paragraph",):
                continue
            t = _cell(b.text)
            if not t or len(t.split()) > 20:
                continue
            head = " ".join(t.split()[:6])
            p = _period(head)
            if p is not None and p.end is not None:
                p2 = _period(t) or p
                return p2 if p2.end is not None else p
    return None


def _table_title(blocks: list[Block], index: int, section: str, first_hdr: str) -> str:
    """What a table counts: a short caption paragraph right above it ("Table 2: Recorded
    crime by crime type" -> "Recorded crime"), else the heading it stands under."""
    if index - 1 >= 0:
        b = blocks[index - 1]
        t = _cell(b.text)
        capt = re.match(r"(?i)(?:table|figure|chart)\s*\d+[a-z]?\s*[:.\-–]\s*", t)
        if (b.kind == "paragraph" and t and len(t.split()) <= 15
                and (capt or not t.endswith((".", "?", "!")))):
            head = _period(" ".join(t.split()[:4]))
            if head is None or capt:
                t = t[capt.end():] if capt else t
                t = t.rstrip(" :")
                if first_hdr:
                    t = re.sub(rf"\s+by\s+{re.escape(first_hdr)}s?$", "", t, flags=re.IGNORECASE)
                if t:
                    return t
    return section


def _col_period(sub: str, group: str):
    """Period a (possibly two-row) column header names: the sub-header, completed by the
    group header ("Q1" under "2023/24" -> Q1 2023/24), or the group's own period."""
    p = _period(sub) if sub else None
    if (p is None or p.end is None) and group:
        if sub:
            pg = _period(f"{sub} {group}")
            if pg is not None and pg.end is not None and (p is None or pg.period_type == p.period_type):
                return pg
        if p is None:
            return _period(group)
    return p


def _matrix_cell(raw: str, delta: bool, col_hint, label_hint, scale, rate: bool, row_units):
    """(value, unit, direction) of a matrix cell; see the module docstring for the rules."""
    q = _value(raw)
    if q is None:
        rq = _rank_value(raw)
        if rq is not None:
            return rq.value, "count", "empty"
        return None, None, "empty"
    value, unit, d = _value_fields(raw, delta, None)
    if unit == "count":
        if col_hint:
            unit = col_hint
        elif scale is not None:
            value, unit = value * scale, "gbp"
        elif rate:
            unit = "rate"
        elif delta and row_units and all(u == "percent" for u in row_units):
            unit = "percentage_points"
        elif label_hint:
            unit = label_hint
    elif unit == "gbp" and scale not in (None, 1.0) and not _OWN_SCALE.search(raw):
        return None, None, "empty"  # "£120,500" under a "£000" header: which is it?
    return value, unit, d


def _matrix(ctx: _Ctx, block: Block, section: str, rows: list[list[str]], row_idx: list[int],
            blocks: list[Block], index: int) -> list[MeasureRecord]:
    if len(rows) < 2:
        return []
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    # header rows: the leading rows (up to three) without a value cell; a later row that
    # has only its label is a body row (a group label), not a header
    nh = 0
    for r in rows[:3]:
        if any(_is_value_cell(c) for c in r[1:]) or (nh > 0 and not any(r[1:])):
            break
        nh += 1
    if nh == 0 or nh >= len(rows):
        return []  # no header row / no body
    header, body, bidx = rows[nh - 1], rows[nh:], row_idx[nh:]
    if not any(header[1:]):
        return []
    groups = [""] * n  # merged group headers, spread over the columns they span
    for g in rows[:nh - 1]:
        cur = ""
        for j in range(1, n):
            if g[j]:
                cur = g[j]
            if cur and not header[j] == cur:
                groups[j] = f"{groups[j]} {cur}".strip()
    hfull = [_WS.sub(" ", f"{groups[j]} {header[j]}").strip() for j in range(n)]
    first_hdr = header[0] or next((g[0] for g in rows[:nh - 1] if g[0]), "")
    status = {j for j in range(1, n) if _STATUS_HDR.search(hfull[j]) and _col_period(header[j], groups[j]) is None}
    cells = [c for r in body for j, c in enumerate(r) if j > 0 and c and j not in status]
    nval = sum(1 for c in cells if _is_value_cell(c))
    if nval < 2 or nval < 0.6 * len(cells):
        return []
    value_cols = [j for j in range(1, n) if j not in status
                  and sum(1 for r in body if _is_value_cell(r[j])) * 2 >= max(1, sum(1 for r in body if r[j]))
                  and any(_is_value_cell(r[j]) for r in body)]
    if not value_cols:
        return []
    # the label column: the first, or a later text column headed "Measure"/"Crime type"
    lab = 0
    for j in range(1, value_cols[0]):
        if (_METRIC_HDR.fullmatch(header[j]) or _DIMENSION_HDR.fullmatch(header[j])) and \
                sum(1 for r in body if r[j] and not _is_value_cell(r[j])) * 2 >= len(body):
            lab = j
    if lab:
        first_hdr = header[lab]
    labels = [clean_label(r[lab]) or clean_label(r[0]) for r in body]
    if sum(1 for l in labels if l) < 1:
        return []
    numbered = sum(1 for l in labels if re.fullmatch(r"\d{1,3}[.)]?", l))
    if numbered * 2 >= max(1, sum(1 for l in labels if l)):
        return []  # a numbered list (agenda items, contents), not measures
    col_periods = {j: _col_period(header[j], groups[j]) for j in value_cols}
    row_periods = [_period(l) if l else None for l in labels]
    n_row_p = sum(1 for p in row_periods if p is not None and p.end is not None)
    n_col_p = sum(1 for p in col_periods.values() if p is not None and p.end is not None)
    transposed = n_row_p >= 2 and n_row_p * 2 >= len(labels) and n_col_p == 0
    table_id = _table_id(ctx, block, "\t".join(header))
    title = _table_title(blocks, index, section, first_hdr)
    table_scale = _money_scale(first_hdr) if first_hdr else None
    if table_scale is None and title is not section:
        table_scale = _money_scale(title)
    out: list[MeasureRecord] = []

    def scale_of(j: int):
        s = _money_scale(hfull[j])
        return s if s is not None else table_scale

    if transposed:
        dated = [p for p in row_periods if p is not None and p.end is not None]
        span = _P("other", min(p.start for p in dated if p.start) if any(p.start for p in dated) else None,
                  max(p.end for p in dated))
        for ri, row, label, rp in zip(bidx, body, labels, row_periods):
            if not label or not any(_is_value_cell(row[j]) for j in value_cols):
                continue
            is_change = rp is None and bool(re.search(r"\bchange\b|\bdiff", label, re.IGNORECASE))
            is_total = rp is None and bool(_TOTAL_ROW.fullmatch(label))
            p = rp if rp is not None else (span if is_change or is_total else _OTHER)
            hint = _unit_hint(label)
            for j in value_cols:
                raw = row[j]
                col_units = [_value(r[j]).unit for r, rp2 in zip(body, row_periods)
                             if rp2 is not None and _value(r[j]) is not None] if is_change else []
                value, unit, d = _matrix_cell(raw, is_change, hint or _unit_hint(header[j]), None,
                                              scale_of(j), bool(_RATE_HDR.search(hfull[j])), col_units)
                metric, subject = split_label(clean_label(header[j]))
                if groups[j] and not _col_period(groups[j], ""):
                    metric = f"{groups[j]}: {metric}"
                if is_total and not subject:
                    subject = "Total"
                out.append(_record(ctx, block, section, table_id, ri, j, label, metric, subject,
                                   header[j], p, value, unit, raw, d,
                                   line=_row_line(ctx, block, ri, row[0])))
        return out

    is_chg = {j: bool(_CHANGE_COL.search(hfull[j])) and not (
        col_periods[j] is not None and col_periods[j].period_type != "change_12_months"
        and col_periods[j].end is not None and not _CHANGE_COL.search(header[j])) for j in value_cols}
    is_delta = {j: is_chg[j] or bool(_DELTA_COL.search(hfull[j])) for j in value_cols}
    is_tgt = {j: bool(_TARGET_HDR.search(hfull[j])) for j in value_cols}
    is_prev = {j: bool(_PREV_HDR.search(hfull[j])) for j in value_cols}

    # periods of columns without a dated one
    month_cols = [p for p in col_periods.values() if p is not None and p.period_type == "month" and p.end]
    ref = month_cols[0] if len(month_cols) == 1 else None
    caption = _caption_period(ctx, blocks, index) if n_col_p == 0 else None
    rows_are_subjects = bool(_DIMENSION_HDR.fullmatch(first_hdr or "")) or (
        not _METRIC_HDR.fullmatch(first_hdr or "") and any(_TOTAL_ROW.fullmatch(l) for l in labels if l))
    who_cols = (not rows_are_subjects and n_col_p == 0 and all(
        h and len(h.split()) <= 3 and not _MEASURE_WORDS.search(h) and not _WHO_NOT.search(h)
        and not _col_period(h, "") for h in (header[j] for j in value_cols)))
    first_who = next((header[j] for j in value_cols if not _SPLY.match(header[j].strip())), "")

    def change_period(j):
        """A change column compares the two level columns left of it: two 12-month windows a
        year apart -> change_12_months; two columns of one period type -> the later one's
        period; anything else -> other, no dates."""
        lv = [k for k in value_cols if k < j and not is_delta[k] and not is_tgt[k]
              and col_periods.get(k) is not None]
        if len(lv) < 2:
            return _OTHER
        a, b = col_periods[lv[-2]], col_periods[lv[-1]]
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

    def col_period(j):
        p = col_periods.get(j)
        h = hfull[j]
        if is_chg[j]:
            if p is not None and p.period_type == "change_12_months":
                return p
            if ref is not None:
                if re.search(r"\b12[- ]?months?\b|\bannual|\brolling", h, re.IGNORECASE):
                    return _make_period("change_12_months", ref.end) or _OTHER
                dated = [k for k in value_cols if not is_delta[k] and col_periods.get(k) is not None
                         and col_periods[k].end is not None]
                if re.search(r"\bmonth", h, re.IGNORECASE) or len(dated) == 1:
                    return ref  # "Monthly YoY change" beside the one month column
            return change_period(j)
        if p is not None and p.end is not None:
            return p
        if is_tgt[j]:
            return p or _OTHER  # a target / baseline has the period printed with it, or none
        if ref is not None:
            return ref
        if caption is not None:
            if _SPLY.match(h.strip()):
                return _P(caption.period_type, _shift_year(caption.start, -1), _shift_year(caption.end, -1))
            return caption
        if p is not None and is_prev[j]:
            cur = [col_periods[k] for k in value_cols if col_periods.get(k) is not None and not is_prev[k]
                   and col_periods[k].period_type == p.period_type and col_periods[k].end is not None]
            if len(cur) == 1:
                c = cur[0]
                return _P(c.period_type, _shift_year(c.start, -1), _shift_year(c.end, -1))
        return p or _OTHER

    periods = {j: col_period(j) for j in value_cols}
    split_map = _common_split([l for l in labels if l])
    for ri, row, label in zip(bidx, body, labels):
        if not label or _numbered_para(label) or re.fullmatch(r"\d{1,3}[.)]?", label):
            continue
        if not any(_is_value_cell(row[j]) for j in value_cols):
            continue  # a sub-header or group-label row
        is_total = bool(_TOTAL_ROW.fullmatch(label))
        if split_map and label in split_map:
            metric, subject = split_map[label]
        elif rows_are_subjects or is_total:
            metric, subject = "", ("Total" if is_total else label)
        else:
            metric, subject = split_label(label)
        label_hint = _unit_hint(label)
        label_rate = bool(_RATE_HDR.search(label))
        row_units = [u for u in (_matrix_cell(row[k], False, _unit_hint(hfull[k]), label_hint, scale_of(k),
                                              False, ())[1]
                                 for k in value_cols if not is_delta[k]) if u]
        for j in value_cols:
            raw = row[j]
            p = periods[j]
            h = header[j]
            value, unit, d = _matrix_cell(raw, is_delta[j], _unit_hint(hfull[j]), label_hint, scale_of(j),
                                          label_rate or bool(_RATE_HDR.search(hfull[j])), row_units)
            m, subj = metric, subject
            if not m:  # rows are subjects (or a total row): the column or the table says what
                grp = groups[j] if groups[j] and not _col_period(groups[j], "") else ""
                named = _strip_money(h) if (_col_period(h, "") is None and not is_chg[j]
                                            and not is_tgt[j] and not is_prev[j]) else ""
                if grp and named:
                    m = f"{grp}: {named}"
                elif grp or named:
                    m = grp or named
                else:
                    m = title
            if who_cols and not subj:
                subj = first_who if _SPLY.match(h.strip()) else h
            out.append(_record(ctx, block, section, table_id, ri, j, label, m, subj, h, p,
                               value, unit, raw, d, line=_row_line(ctx, block, ri, row[lab])))
    return out


