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

   * Header rows: the leading rows (at most four: headers wrapped over four lines) with no value cell; a later
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
     ("Reduce", "n/a", "3rd" alone; "(300)" outside a money table) gives a record with ``value`` None
     and the text in ``value_raw``: a cell that is not clearly a value stays
     empty (an empty cell too: reconcile reads it as "missing").  Rows with no value cell at all (sub-headers, group labels) and rows
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
   * Real tables of other bodies (tests/test_measures_real_fixes.py): header words the
     text layer broke ("Revenu e Forecas t") are joined; a scale note ("All figures in
     £m") up to three blocks above, or the scale of the table just before on the
     previous page with the same value headers (or one part's header wrapped over rows ending
     as the other's one-row cells: "Savings | Target" / "2024-25 Savings Target"), scales the
     table; in a money table a "-" is a nil mark, left out of the 60 % value share; a numbering heading
     ("Question 1b.") is no metric (the question's "number of ..." is); a "Grand Total"
     column beside year columns spans them; a units row ("£m | %") labels columns with
     their group.

"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...model import Block
from ...normalise import MONTH
from ...records import MeasureRecord
from .cells import _WS, _cell, _common_split, _has_words, _money_scale, _period, _rank_value, _strip_money, _unit_hint, _value, clean_label, clean_labels, is_empty_mark, split_label
from .context import _Ctx, _OTHER, _P, _record, _row_line, _table_id, _value_fields, month_of_year
from .matrix_caption import _caption_period, _continued_scale, _counted, _table_scale, _table_title, _without_span
from .matrix_columns import _ColumnPeriods, _Kinds, _column_kinds, _is_total_col, _rag_column, _sums_siblings, _year_text
from .matrix_grid import _NUMBERED_LIST_RE, _Grid, _col_period, _SHORT_FY, _short_fy, _header_rows, _label_column, marked_header_rows, _numbered_list, _qualifier_column, _value_columns
from .shapes import _numbered_para
from .words import is_place, mostly_places, _DIMENSION_HDR, _GENERIC_VALUE, _MEASURE_WORDS, _METRIC_HDR, _BODY_END, _OWN_SCALE, _PER_UNIT, _PROPERTY_COUNT, _RATE_HDR, _SPLY, _TOTAL_ROW, _WHO_NOT


# ---------------------------------------------------------------------------
# matrix tables: the table, its cells and rows (captions, grid and column passes in
# matrix_caption, matrix_grid and matrix_columns)
# ---------------------------------------------------------------------------

def _matrix_cell(raw: str, delta: bool, col_hint, label_hint, scale, rate: bool, row_units):
    """(value, unit, direction) of a matrix cell; see the module docstring for the rules.
    Under a money marker (a finance table) brackets are negatives: "(300)" -> -300."""
    accounting = scale is not None
    q = _value(raw, accounting)
    if q is None:
        rq = _rank_value(raw)
        if rq is not None:
            return rq.value, "count", "empty"
        return None, None, "empty"
    value, unit, d = _value_fields(raw, delta, None, accounting)
    if unit == "count":
        if col_hint:
            unit = col_hint
        elif scale is not None:
            value, unit = round(value * scale, 6), "gbp"  # no float noise (66.9 x 1e6)
        elif rate:
            unit = "rate"
        elif delta and row_units and all(u == "percent" for u in row_units):
            unit = "percentage_points"
        elif label_hint:
            unit = label_hint
    elif unit == "gbp" and scale not in (None, 1.0) and not _OWN_SCALE.search(raw):
        return None, None, "empty"  # "£120,500" under a "£000" header: which is it?
    return value, unit, d


_BAND_LABEL_RE = re.compile(r"(?:(?:council tax |property |valuation )?band\s+)?([A-I])", re.IGNORECASE)


def _band_ratio_column(g: "_Grid", j: int) -> bool:
    """A council tax band table's column of each band's ratio to Band D (1 at Band D: "6/9" or
    0.667 at A, 2.000 at H), under whatever header ("Ratio", "Percentage": Devon and Somerset
    FRA's "0.667" is no 0.667%): the fixed ladder of the tax, not a measure."""
    bands = {}
    for l, r in zip(g.labels, g.body):
        m = _BAND_LABEL_RE.fullmatch(l.strip())
        if m and l.strip()[-1:].isupper():
            q = _value(r[j])
            bands[m.group(1).upper()] = q.value if q is not None else None
    if bands.get("D") != 1 or len(bands) < 4:
        return False
    return all(v is not None and 0 < v <= 2.5 for v in bands.values())


_YEAR_LIKE_COUNT_RE = re.compile(r"\s*(?:1[89]|20)\d\d\s*")


def _year_like_count(raw: str, g: "_Grid", j: int, row_units) -> bool:
    """A bare year-like integer ("1993") in a body cell is a count when its column header
    already names the period ("2019") and the row's other cells are counts: the cell cannot
    be naming a year of its own there."""
    if not _YEAR_LIKE_COUNT_RE.fullmatch(raw or "") or not row_units:
        return False
    if any(u != "count" for u in row_units):
        return False
    p = _col_period(g.header[j], g.groups[j])
    return p is not None and p.end is not None


def _matrix(ctx: _Ctx, block: Block, section: str, rows: list[list[str]], row_idx: list[int],
            blocks: list[Block], index: int) -> list[MeasureRecord]:
    if len(rows) < 2:
        return []
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    g = _header_rows(rows, row_idx, marked_header_rows(block.rows, row_idx))
    if g is None:
        return []
    title = _table_title(blocks, index, section, g.first_hdr)
    scale = _table_scale(ctx, blocks, index, g, title, section)
    g.accounting = scale is not None or any(_money_scale(h) is not None for h in g.hfull)
    g.value_cols = _value_columns(g)
    if not g.value_cols:
        return []
    if scale is None:
        scale = _continued_scale(ctx, block, g, None)
        if scale is not None:
            g.accounting = True
            g.value_cols = _value_columns(g) or g.value_cols
    else:
        _continued_scale(ctx, block, g, scale)
    g.lab = _label_column(g)
    if g.lab:
        g.first_hdr = g.header[g.lab]
    g.labels = [l or clean_label(r[0]) for l, r in zip(clean_labels([r[g.lab] for r in g.body]), g.body)]
    if sum(1 for l in g.labels if l) < 1 or _numbered_list(g.labels):
        return []
    if any(l[-1:] == "D" for l in g.labels):
        g.value_cols = [j for j in g.value_cols if not _band_ratio_column(g, j)]
        if not g.value_cols:
            return []
    col_periods = {j: _col_period(g.header[j], g.groups[j]) for j in g.value_cols}
    row_periods = [_period(l) if l else None for l in g.labels]
    n_col_p = sum(1 for p in col_periods.values() if p is not None and p.end is not None)
    if not n_col_p:
        row_periods = _quarter_rows(blocks, index, g.labels, row_periods)
    n_row_p = sum(1 for p in row_periods if p is not None and p.end is not None)
    if n_col_p or n_row_p >= 2:
        title = _without_span(title)  # the columns (rows) date each value: the caption's span is no metric
    t = _Table(ctx, block, section, g, _table_id(ctx, block, "\t".join(g.header)), title)
    t.table_scale, t.counted = scale, _counted(blocks, index)
    if n_row_p >= 2 and n_row_p * 2 >= len(g.labels) and n_col_p == 0 and n_row_p > _plain_rows(g.labels, row_periods):
        return _transposed(t, row_periods)
    kinds = _column_kinds(g, col_periods)
    caption = _caption_period(ctx, blocks, index) if n_col_p == 0 else None
    periods = _ColumnPeriods(g, col_periods, kinds, caption).all()
    return _matrix_rows(t, kinds, periods)


def _quarter_rows(blocks: list[Block], index: int, labels: list[str], row_periods: list) -> list:
    """Rows of quarters without their year ("Q1" .. "Q4") under a caption or heading right above the
    table that names one year ("Quarterly statistics 2023/24"): each row that quarter of that year
    (the rows are then periods, never metrics); ``row_periods`` as they are otherwise."""
    yearless = [k for k, p in enumerate(row_periods) if p is not None and p.period_type == "quarter" and p.end is None]
    if len(yearless) < 2 or index < 1 or blocks[index - 1].kind not in ("paragraph", "heading"):
        return row_periods
    above = _cell(blocks[index - 1].text)
    year = _period(above) if len(above.split()) <= 12 else None
    text = _year_text(year) if year is not None and year.end is not None else ""
    if not text:
        return row_periods
    out = list(row_periods)
    for k in yearless:
        p = _col_period(labels[k], text)
        out[k] = p if p is not None and p.end is not None else row_periods[k]
    return out


@dataclass
class _Table:
    """What every record of one matrix table shares."""
    ctx: _Ctx
    block: Block
    section: str
    g: _Grid
    table_id: str
    title: str
    table_scale: Optional[float] = None
    counted: str = ""  # the "number of ..." of the sentence right above ("" when none)

    def scale_of(self, j: int, label: str = ""):
        s = _money_scale(self.g.hfull[j])
        s = s if s is not None else self.table_scale
        if s is None:
            return s
        per_unit = _PER_UNIT.search(self.g.hfull[j]) or (label and _PER_UNIT.search(label))
        if not per_unit and label and _PROPERTY_COUNT.search(label):
            return None  # "Band D equivalent properties" under "2017/18 £": a count of properties
        if s != 1.0 and per_unit:
            return 1.0  # an amount per band D / per head is pounds, whatever the table's £000 says
        return s

    def record(self, ri, j, label, metric, subject, column_label, period, value, unit, raw, d, line_label,
               is_total=False, rag=None):
        return _record(self.ctx, self.block, self.section, self.table_id, ri, j, label, metric, subject,
                       column_label, period, value, unit, raw, d,
                       line=_row_line(self.ctx, self.block, ri, line_label), is_total=is_total, rag=rag)


#: a row of the change between the periods above it ("Change", "% diff")
_CHANGE_ROW = re.compile(r"\bchange\b|\bdiff", re.IGNORECASE)


def _plain_rows(labels: list[str], row_periods: list) -> int:
    """How many rows have a label that is no period, no change and no total ("INCOME",
    "EXPENDITURE" between "BALANCE B/F 01.04.24" and "BALANCE C/F 31.03.25"): as many as the
    dated rows or more, the rows are items of an account, not periods (``_transposed``)."""
    return sum(1 for l, p in zip(labels, row_periods) if l and p is None
               and not _CHANGE_ROW.search(l) and not _TOTAL_ROW.fullmatch(l))


def _transposed(t: _Table, row_periods: list) -> list[MeasureRecord]:
    """Periods as rows (Sep-17, Q1 2023/24, ...), no dated column: the metric is the column
    header; a "Change" row spans the first to the last period (type other); a "Total" row
    has that span too and subject "Total"."""
    g = t.g
    dated = [p for p in row_periods if p is not None and p.end is not None]
    span = _P("other", min(p.start for p in dated if p.start) if any(p.start for p in dated) else None,
              max(p.end for p in dated))
    out = []
    # columns that are mostly places ("Central | Fife | ... | Scotland" over rows of years): where,
    # not what is measured -- the subject; the metric is what the caption says
    place_cols = mostly_places([g.header[j] for j in g.value_cols])
    for ri, row, label, rp in zip(g.bidx, g.body, g.labels, row_periods):
        if not label or not any(g.is_value(row[j]) for j in g.value_cols):
            continue
        is_change = rp is None and bool(_CHANGE_ROW.search(label))
        is_total = rp is None and bool(_TOTAL_ROW.fullmatch(label))
        p = rp if rp is not None else (span if is_change or is_total else _OTHER)
        hint = _unit_hint(label)
        for j in g.value_cols:
            raw = row[j]
            col_units = [_value(r[j]).unit for r, rp2 in zip(g.body, row_periods)
                         if rp2 is not None and _value(r[j]) is not None] if is_change else []
            value, unit, d = _matrix_cell(raw, is_change, hint or _unit_hint(g.header[j]), None,
                                          t.scale_of(j), bool(_RATE_HDR.search(g.hfull[j])), col_units)
            metric, subject = split_label(clean_label(g.header[j]))
            if place_cols:
                metric, subject = t.title or t.counted, clean_label(g.header[j])
            elif _GENERIC_VALUE.fullmatch(metric) and (t.title or t.counted):
                metric, subject = t.title or t.counted, ""  # "Year | Number": a number of what the caption says
            elif g.headerless and not g.header[j] and _counting_title(t):
                # rows of periods and figures without a header ("2019 | 120") under "Number of hate crimes
                # recorded": the caption names what is counted
                metric, subject = _counting_title(t), ""
            mp = month_of_year(g.header[j], rp) if _BARE_MONTH.fullmatch(g.header[j].strip()) else None
            if _TOTAL_ROW.fullmatch(metric.strip()) or mp is not None:
                # "Financial Year | Total": the total of what the caption says; "2019 | Jan":
                # January 2019 of what the caption says
                metric, subject = t.title, ""
            if _BARE_MONTH.fullmatch(g.header[j].strip()) and metric == g.header[j]:
                metric = t.title  # a month is no metric ("Total | Jan": January's total)
            if g.groups[j] and not _col_period(g.groups[j], ""):
                metric = f"{g.groups[j]}: {metric}"
            if is_total and not subject:
                subject = "Total"
            out.append(t.record(ri, j, label, metric, subject, g.header[j], mp or p, value, unit, raw, d, row[0],
                                is_total=is_total or _sums_siblings(g, j)))
    return out


#: a line ending in a figure after a dash, colon or equals sign ("2020 up to 31st January – 59"): a row, no caption
_ROW_LIKE_CAPTION = re.compile(r"[-–:=]\s*[£]?\d[\d,.]*%?$")


#: a heading that says what is counted ("Number of hate crimes recorded", "Total number of ...")
_NUMBER_OF_HEAD = re.compile(r"(?i)(?:the\s+)?(?:total\s+)?number\s+of\s+[a-z]")


def _counting_title(t: "_Table") -> str:
    """What a headerless table of periods counts: its caption right above when it is words first
    ("Number of hate crimes recorded"; never a row of the table's own form, "2020 up to 31st
    January – 59"), a heading only when it says "Number of ..." (a page's title, "Freedom of
    Information Disclosure Log", names nothing counted), else the request's "number of ..."."""
    title = t.title or ""
    if title and not _ROW_LIKE_CAPTION.search(title) and (
            (title != t.section and title[:1].isalpha()) or _NUMBER_OF_HEAD.match(title)):
        return title
    return t.counted


def _row_roles(g: _Grid):
    """Pass 6: are rows subjects (label column headed by a dimension, or a "Total" row
    under a header that is not "Measure") and are the value columns "who" columns
    (Force | MSF Average | National)?"""
    rows_are_subjects = bool(_DIMENSION_HDR.fullmatch(g.first_hdr or "")) or (
        not _METRIC_HDR.fullmatch(g.first_hdr or "") and (any(_TOTAL_ROW.fullmatch(l) for l in g.labels if l)
                                                           or mostly_places(g.labels)))
    return rows_are_subjects


_WHO_COLUMNS_RE = re.compile(r"[A-Za-z]{2}")


def _who_columns(g: _Grid, rows_are_subjects: bool, n_col_p: int) -> bool:
    return (not rows_are_subjects and n_col_p == 0 and all(
        h and len(h.split()) <= 3 and _WHO_COLUMNS_RE.search(h) and not _MEASURE_WORDS.search(h)
        and not _WHO_NOT.search(h)
        and not _col_period(h, "") and not _BARE_MONTH.fullmatch(h.strip()) for h in (g.header[j] for j in g.value_cols)))


# a month named without its year ("Jan", "February"): a period the document does not date, never a subject
_BARE_MONTH = re.compile(rf"(?i:{MONTH})")


def _row_name(label: str, split_map, rows_are_subjects: bool) -> tuple[str, str]:
    """(metric, subject) of a body row; metric "" when the column must say it."""
    is_total = bool(_TOTAL_ROW.fullmatch(label))
    if split_map and label in split_map:
        return split_map[label]
    if rows_are_subjects or is_total:
        return "", ("Total" if is_total else label)
    return split_label(label)


def _column_metric(t: _Table, kinds: _Kinds, j: int) -> str:
    """Rows are subjects: what the column names (prefixed by its group header), else the
    table's title."""
    g, h = t.g, t.g.header[j]
    grp = g.groups[j] if g.groups[j] and not _col_period(g.groups[j], "") else ""
    if _column_label(g, j) != h:
        # a units row ("£m", "%") under "30-Sep-24 | Rate of Return": the group without its date
        grp, h = "", _undated(g.groups[j])
    named = _strip_money(h) if (_col_period(h, "") is None and not kinds.chg[j] and not _is_total_col(g, j)
                                and not kinds.tgt[j] and not kinds.prev[j]) else ""
    generic = bool(_GENERIC_VALUE.fullmatch(named)) and bool(t.title or t.counted)
    if generic:
        named = ""  # "Force | Number": a number of what the caption (or the sentence above) says
    if not named and not generic and not kinds.chg[j] and not kinds.tgt[j] and not kinds.prev[j]:
        # the words printed around the column's period name what it holds, after the table's title
        # when there is one ("Total 2023/24 Outturn £m" under "Revenue Forecast" -> "Revenue
        # Forecast: Total Outturn"; "Net cost 20/21" -> "Net cost")
        named = _around_period(h)
        if named and t.title and not grp:
            grp = t.title
    if grp and named:
        return f"{grp}: {named}"
    # nothing else names it: the "number of ..." the request right above asks for ("Please provide the
    # number of arrests made by ..." over "Ethnicity | 2020 | 2021")
    # (last, the header's own words after the year it starts with: "2024/2025 Estimate" -> "Estimate")
    return grp or named or t.title or t.counted or _after_year(_strip_money(h))


_AROUND_WORDS = re.compile(r"[A-Za-z][A-Za-z&' ]*[A-Za-z]")


def _around_period(header: str) -> str:
    """The words of a header around the period it names ("Total 2023/24 Budget £m" -> "Total
    Budget"), words only and not a generic value word; else ""."""
    p = _col_period(header, "")
    raw = getattr(p, "raw", "") if p is not None else ""
    if raw not in header and _short_fy(header) is not None:
        raw = _SHORT_FY.search(header).group()   # ("20/21": read with an "FY" put in front)
    if not raw or raw not in header:
        return ""
    rest = _WS.sub(" ", _strip_money(header.replace(raw, " ")).replace("(", " ").replace(")", " ")).strip()
    if not _AROUND_WORDS.fullmatch(rest) or _GENERIC_VALUE.fullmatch(rest) or _TOTAL_ROW.fullmatch(rest):
        return ""
    return rest


_LEADING_YEAR = re.compile(r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\s+(?P<rest>[A-Za-z][A-Za-z ]*)")


def _after_year(header: str) -> str:
    """The words of a header after the year or financial year it starts with ("2024/2025 Estimate"
    -> "Estimate", "2024/25 Total amount per year" -> "Total amount per year"), words only; else ""."""
    m = _LEADING_YEAR.fullmatch(header.strip())
    return m.group("rest").strip() if m else ""


def _column_label(g: _Grid, j: int) -> str:
    """The header right above the value, as printed; when that row only gives units ("£m",
    "%" under "Book cost", "Market Value"), the header with its group above."""
    h = g.header[j]
    unit_only = h.strip() == "%" or (_money_scale(h) is not None and not _strip_money(h)) or _TIME_UNIT.fullmatch(h)
    if not h or (unit_only and g.groups[j]):
        return g.hfull[j]
    return h


_UNDATED_RE = re.compile(r"\d")


def _undated(text: str) -> str:
    """``text`` without its date and period words ("30-Sep-24 Rate of Return" -> "Rate of
    Return", "2024-25 Movement" -> "Movement")."""
    return " ".join(w for w in text.split() if _period(w) is None and not _UNDATED_RE.search(w))


_TIME_UNIT = re.compile(r"(?i)\s*\(?\s*(yrs?|years?|days?|weeks?|hrs?|hours?|mins?|minutes?|secs?|seconds?)\s*\)?\s*")


def _timed(raw: str, unit_cell: str):
    """A plain number under a units row cell that names a time ("yrs", "hours"): a duration in
    seconds where the normalisers read one ("2 hours"), else no value (never a count)."""
    q = _value(f"{raw} {_TIME_UNIT.fullmatch(unit_cell).group(1)}")
    return (q.value, "seconds") if q is not None and q.unit == "seconds" else (None, None)




def _value_label(label: str) -> bool:
    """A "label" that is itself a value ("-851.4": the loader lost the label column and the
    first value took its place): the row's values cannot be placed, so it gives no records."""
    return _value(label) is not None and _period(label) is None and not _has_words(label)


_PRINTS_COUNTS_RE = re.compile(r"\d,\d{3}")


def _prints_counts(row: list[str], g: _Grid) -> bool:
    """A "Percentage of ..." row whose own cells print the percent ("+6.1%") beside plain
    numbers that cannot be percents (over 100, or with a thousands comma: "1,234"): those are
    counts, and the label's "percentage" is not their unit."""
    cells = [row[k] for k in g.value_cols if row[k]]
    if not any("%" in c for c in cells):
        return False
    for c in cells:
        q = _value(c)
        if q is not None and q.unit == "count" and (abs(q.value) > 100 or _PRINTS_COUNTS_RE.search(c)):
            return True
    return False


_MATRIX_ROWS_RE2 = re.compile(r"[-–—]")


_BODY_WORD = re.compile(r"[A-Z][\w'’.-]*|and|of|the|for|&")


def _body_caption(t: "_Table") -> str:
    """The caption of a table whose label column has no header, when it is a body's name and
    nothing else ("Bromyard and Winslow Town Council" over "| 2016/17 £ | 2017/18 £ |",
    Herefordshire's parish precepts): whose accounts the rows are -- their subject."""
    title = (t.title or "").strip()
    words = title.split()
    if t.g.first_hdr or not title or not 2 <= len(words) <= 8:
        return ""
    if not all(_BODY_WORD.fullmatch(w) for w in words) or not _BODY_END.fullmatch(words[-1]):
        return ""
    return title


def _matrix_rows(t: _Table, kinds: _Kinds, periods: dict) -> list[MeasureRecord]:
    """Pass 7: one record per value cell of every body row that has a value."""
    g = t.g
    n_col_p = sum(1 for j in g.value_cols if (_col_period(g.header[j], g.groups[j]) or _OTHER).end is not None)
    rows_are_subjects = _row_roles(g)
    who_cols = _who_columns(g, rows_are_subjects, n_col_p)
    first_who = next((g.header[j] for j in g.value_cols if not _SPLY.match(g.header[j].strip())), "")
    split_map = _common_split([l for l in g.labels if l])
    qual = _qualifier_column(g)
    out: list[MeasureRecord] = []
    place = ""  # a group-label row naming a place ("Grampian | |"): the rows under it are there
    body = _body_caption(t)
    # rows that are places or a dimension's members (forces, areas) stay subjects without a metric
    lines_are_places = bool(_DIMENSION_HDR.fullmatch(g.first_hdr or "")) or mostly_places(g.labels)
    for ri, row, label in zip(g.bidx, g.body, g.labels):
        if not label or _numbered_para(label) or _NUMBERED_LIST_RE.fullmatch(label) or _value_label(label):
            continue
        if not any(g.is_value(row[j]) for j in g.value_cols):
            # a sub-header or group-label row; a row of marks for no value ("Cumbria | * | n/a") is
            # a row without values, no group
            place = label if is_place(label) and not any(is_empty_mark(row[j]) for j in g.value_cols) else ""
            continue
        metric, subject = _row_name(label, split_map, rows_are_subjects)
        if place:
            metric, subject = ("" if _TOTAL_ROW.fullmatch(label) else label), place
        if not subject and qual is not None and row[qual] and not g.is_value(row[qual]):
            subject = row[qual]  # "Treasury Bills | UK Government | 4,936,737"
        if not subject and body:
            subject = body
        row_total = bool(_TOTAL_ROW.fullmatch(label))
        month_row = bool(_BARE_MONTH.fullmatch(label.strip()))  # "January" under "2017": its month
        label_hint = _unit_hint(label) or _unit_hint(row[g.lab])  # "Council tax collected (%)": the cleaned label lost its "%"
        if label_hint == "percent" and _prints_counts(row, g):
            label_hint = None
        label_rate = bool(_RATE_HDR.search(label))
        row_units = [u for u in (_matrix_cell(row[k], False, _unit_hint(g.hfull[k]), label_hint, t.scale_of(k, label),
                                              False, ())[1]
                                 for k in g.value_cols if not kinds.delta[k]) if u]
        for j in g.value_cols:
            raw, h = row[j], g.header[j]
            value, unit, d = _matrix_cell(raw, kinds.delta[j], _unit_hint(g.hfull[j]), label_hint, t.scale_of(j, label),
                                          label_rate or bool(_RATE_HDR.search(g.hfull[j])), row_units)
            if value is None and t.ctx.dash_is_zero and _MATRIX_ROWS_RE2.fullmatch(raw.strip()):
                value, unit = 0.0, "count"  # the document's key says a dash is zero
            if value is None and _year_like_count(raw, g, j, row_units):
                value, unit = float(raw.strip()), "count"
            if unit == "count" and _TIME_UNIT.fullmatch(h):
                value, unit = _timed(raw, h)
            rag = _rag_column(g, j)
            m = metric or (t.title if rag else _column_metric(t, kinds, j))
            p = month_of_year(label, periods[j]) if month_row else None
            if p is not None:
                m = _column_metric(t, kinds, j)  # the month is the period, not the metric
            subj = subject
            if not m and subj == label and not row_total and not lines_are_places:
                m, subj = label, ""  # nothing else names it ("Item | £m" over a budget's lines): the row does
            if who_cols and not subj:
                subj = first_who if _SPLY.match(h.strip()) else h
            out.append(t.record(ri, j, label, m, subj, _column_label(g, j), p or periods[j], value, unit, raw, d, row[g.lab],
                                is_total=row_total or _sums_siblings(g, j), rag=rag))
    return out
