"""Measure tables -> ``measures`` records: one record per value cell.

Works only on the document model (``Block`` tables with rows of ``Cell``, and
paragraphs), so a PDF and its text rendering give the same records.  Every
number, unit, sign, duration and period is parsed by :mod:`extract.normalise`;
this module only decides *which* cell is a value, which column it sits in and
what that column means.

Three kinds of measure table are recognised.

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

2. Other matrix tables: a header of column labels (one row, or a merged group row
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

3. Measure boxes (2019 performance reports), as table rows or paragraphs:
   ``Crime volume | Q1: 10,952 - 43,523 rolling 12 months Q2: ...``,
   ``Response time (average) | Immediate Q1: ... | Priority Q1: ...``,
   ``Q1: 33 per cent (6 appeals completed and 3 upheld)`` and one-period
   boxes ("16.5 per cent rolling 12 months to September 2019").  Qn is the
   quarter n of the financial year the document names ("Quarter Two 2019-20"
   -> parse_period; never hard-coded; no dates when the document names
   none); "rolling 12 months" values are the 12 months to that quarter's
   end.  Numbers in brackets are extra count records (metric = the words
   after the number); "±" margins are not values.  Commentary cells whose
   only numbers are period lengths ("12 Month decline ...") are not values.

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

Sections: the nearest heading above the table that is not a generic slide
heading ("WHAT?", "SO WHAT?", "NOW WHAT?", "Data Summary", "Overview",
"Visualisations", ...), from ``block.section`` / ``block.headings`` and then
walking back through the document's headings.

Pages: a record's page is its row's page; a PDF table continued over pages
carries ``block.row_pages`` (set by the PDF loader when it joins the parts).

Ids: ``table_id = stable_id(doc_id, page, line or bbox, header text)``;
``measure_id = stable_id(doc_id, table_id, row index, column index[, part])``.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Optional

from .. import normalise as N
from ..model import Block, Document, stable_id
from ..records import MeasureRecord

__all__ = ["extract"]

# ---------------------------------------------------------------------------
# small text helpers (cell clean-up only, no number grammar)
# ---------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]{0,40}>")
_LATEX = re.compile(r"\$[^$]{0,40}\$")
_WS = re.compile(r"\s+")


def _cell(text: str) -> str:
    t = _TAG.sub(" ", text or "")
    t = t.replace("**", "")
    return _WS.sub(" ", t).strip()


def _is_blank(t: str) -> bool:
    return not t or bool(re.fullmatch(r"[-–—=_:|\s]*", t))


_TREND_WORDS = re.compile(
    r"(?:increasing|decreasing|stable|flat|rising|falling|upward|downward|"
    r"no (?:significant )?(?:trend|change)|not significant|steady|static|"
    r"improving|deteriorating|n/?a)", re.IGNORECASE)

_DELIVERABLE_WORDS = re.compile(
    r"^(?:actions?|date due|due date|due|progress|deliverables?(?: progress)?|owner|"
    r"milestones?|outcomes achieved this [qg]uarter|lead|lead officer|responsible officer|"
    r"location|venue|provisional agenda items|acronyms?|abbreviations?|glossary|terms?|"
    r"definitions?|meaning|pages?|page (?:no\.?|number)|(?:agenda )?items?(?: no\.?| number)?|"
    r"names?|roles?|present|apologies|attendance|attended|attendees?|members?|councillors?|"
    r"e-?mail(?: address)?|tel(?:ephone)?(?: no\.?| number)?|phone|contacts?(?: details)?|address|"
    r"risks?(?: description)?|likelihood|impact|mitigations?|report author)$", re.IGNORECASE)
# a status / RAG column does not make a table a non-measure table when a column names a
# period or the label column is headed "Measure" / "Indicator"
_STATUS_WORDS = re.compile(r"^(?:status|rag|rag status|rag rating)$", re.IGNORECASE)

_DASH_WORDS = re.compile(r"\b(?:measure|trend|exceptions?|weighting)\b", re.IGNORECASE)

_PERIOD_TYPES_DASH = ("month", "rolling_3_months", "rolling_12_months", "change_12_months")
_CANONICAL = _PERIOD_TYPES_DASH

_SPLY = re.compile(r"^(?:sply|same period last year|previous year|last year|prior year)$",
                   re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    r"%|\b(?:change|proportion|total|count|volume|number|rate|yoy|excluding|share|"
    r"percent(?:age)?|per cent|ratio|average time|median|mean|trend|value)\b",
    re.IGNORECASE)


def _unit_hint(label: str) -> Optional[str]:
    """Unit a column/row label gives plain numbers ("Change (PP)", "% of total")."""
    if not label:
        return None
    if re.search(r"\b(?:pp|ppts?|pts|percentage points?)\b|%\s*points?", label, re.IGNORECASE):
        return "percentage_points"
    if re.search(r"%|\bper ?cent\b|\bpercentage\b", label, re.IGNORECASE):
        return "percent"
    return None


def _iso(d) -> Optional[str]:
    if d is None:
        return None
    return d.isoformat() if hasattr(d, "isoformat") else str(d)


def _mon_str(d: _dt.date) -> str:
    return f"{calendar.month_abbr[d.month]}-{d.year}"


def _shift_year(d: Optional[_dt.date], years: int) -> Optional[_dt.date]:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + years, day=28)


# ---------------------------------------------------------------------------
# cell classification
# ---------------------------------------------------------------------------

def _value(text: str):
    return N.parse_value(text) if text else None


def _is_trend(t: str) -> bool:
    return bool(t) and bool(_TREND_WORDS.fullmatch(t.strip().rstrip(".")))


def _is_small_int(t: str) -> bool:
    if not t or not re.fullmatch(r"\s*\d{1,3}\s*", t):
        return False
    v = N.parse_number(t)
    return v is not None and 0 <= v <= 100 and float(v).is_integer()


_RESIDUE_TOKEN = re.compile(
    r"(?:[^\w\s]+|[\\/|]+|[·.~^Λ∧⌃]+|(?i:[mwnhyv]{1,6}\.?)|_+)")


def _is_residue(t: str) -> bool:
    """Trend-line picture left over by a converter."""
    if not t:
        return False
    toks = t.split()
    if all(_RESIDUE_TOKEN.fullmatch(x) or not re.search(r"[A-Za-z0-9]", x) for x in toks):
        return True
    return t.strip() == "1"


def _has_words(t: str) -> bool:
    return bool(re.search(r"[A-Za-z]{3,}", t or ""))


_NO_VALUE = re.compile(
    r"(?:rolling\s+12[\s-]*months?\s+only|n/?a|no data|not (?:yet )?available|"
    r"data not (?:yet )?available|tbc|tbd|nil|none|not applicable|\*+|-+|–|—)",
    re.IGNORECASE)


def _is_no_value(t: str) -> bool:
    """A value cell saying there is no value ("Rolling 12 Month Only", "n/a")."""
    return bool(t) and bool(_NO_VALUE.fullmatch(t.strip().rstrip(".")))


def _is_exception_text(t: str) -> bool:
    return _has_words(t) and not _is_trend(t) and not _is_no_value(t) and _value(t) is None


def _period(text: str):
    if not text:
        return None
    try:
        return N.parse_period(text)
    except Exception:  # pragma: no cover - defensive: a bad header never stops a table
        return None


def _dash_period(text: str):
    p = _period(text)
    if p is not None and p.period_type in _PERIOD_TYPES_DASH:
        return p
    return None


# ---------------------------------------------------------------------------
# labels: residue stripping and metric / subject split
# ---------------------------------------------------------------------------

_SPARK = re.compile(r"(?i:[mwnhyv]{1,6}\.?)")


def _junk_token(tok: str) -> bool:
    if not re.search(r"[A-Za-z0-9]", tok):
        return True  # symbols, non-Latin junk (م, ۹.)
    if re.fullmatch(r"[\\/|~^·._]+", tok):
        return True
    return False


def _spark_token(tok: str) -> bool:
    # sparkline OCR ("mmm", "Mmm", "ymww.", "hm", "M"); real acronyms (2+ caps) are kept
    if not _SPARK.fullmatch(tok):
        return False
    core = tok.rstrip(".")
    if len(core) >= 2 and core.isupper():
        return False
    return True


def clean_label(text: str) -> str:
    """Row label without merged trend-line residue."""
    t = _LATEX.sub(" ", _TAG.sub(" ", text or ""))
    t = t.replace("**", " ")
    toks = t.split()
    stripped = False
    while toks and (_junk_token(toks[-1]) or (_spark_token(toks[-1]) and len(toks) > 1)):
        toks.pop()
        stripped = True
    if stripped and len(toks) > 1 and toks[-1] == "1" and not re.fullmatch(r"\d+", toks[-2]):
        toks.pop()
    lead = False
    while toks and (_junk_token(toks[0]) or (_spark_token(toks[0]) and len(toks) > 1
                                             and toks[0] != toks[0].upper())):
        toks.pop(0)
        lead = True
    if lead and len(toks) > 1 and toks[0] == "1":
        toks.pop(0)
    # a lone lowercase "q" glued in front is the Q column
    if len(toks) > 1 and toks[0] in ("q", "q.", "Q."):
        toks.pop(0)
    return " ".join(toks).strip(" :-–")


_SEP = re.compile(r"\s+[-–—]\s+")


def split_label(label: str) -> tuple[str, str]:
    """(metric, subject) from a row label: subject is the last qualifier."""
    if ":" in label:
        head, tail = label.split(":", 1)
        head, tail = head.strip(), tail.strip()
        if head and tail:
            parts = _SEP.split(tail)
            if len(parts) > 1:
                return f"{head}: {' - '.join(p.strip() for p in parts[:-1])}", parts[-1].strip()
            return head, tail
    return label.strip(), ""


def _common_split(labels: list[str]) -> Optional[dict[str, tuple[str, str]]]:
    """Labels "X - m" (or "m - X") sharing the same m in every row -> {label: (m, X)}."""
    pairs = [(l, _SEP.split(l, maxsplit=1)) for l in labels]
    pairs = [(l, p) for l, p in pairs if len(p) == 2]
    if len(pairs) < 2 or any(":" in l for l, _ in pairs):
        return None
    labels = [l for l, _ in pairs]
    parts = [p for _, p in pairs]
    firsts = {p[0].strip().lower() for p in parts}
    seconds = {p[1].strip().lower() for p in parts}
    if len(seconds) == 1 and len(firsts) == len(labels):
        return {l: (p[1].strip(), p[0].strip()) for l, p in zip(labels, parts)}
    if len(firsts) == 1 and len(seconds) == len(labels):
        return {l: (p[0].strip(), p[1].strip()) for l, p in zip(labels, parts)}
    return None


# ---------------------------------------------------------------------------
# document context: sections, financial year, lines
# ---------------------------------------------------------------------------

@dataclass
class _Ctx:
    doc: Document
    doc_id: str
    lines: list[str]
    fy_quarter: Optional[object] = None  # a normalise.Period of type quarter with dates
    used_ids: set = field(default_factory=set)

    def uid(self, *parts) -> str:
        i = stable_id(*parts)
        k = 1
        while i in self.used_ids:
            i = stable_id(*parts, "dup", k)
            k += 1
        self.used_ids.add(i)
        return i


def _clean_heading(h: str) -> str:
    return _cell(h).strip("# ")


def _section(ctx: _Ctx, block: Block, index: int) -> str:
    """The heading a table stands under: the block's topic (the nearest heading that
    names a subject, not slide furniture like "WHAT?"; see extract.model.GENERIC_HEADING)."""
    return _clean_heading(block.topic or block.section or "")


_FYQ = re.compile(r"\b(?:q[1-4]|quarter\s+(?:one|two|three|four|[1-4])|(?:first|second|third|fourth)\s+quarter)\b",
                  re.IGNORECASE)


def _find_fy_quarter(doc: Document):
    """The dated quarter the document reports on ("Quarter Two 2019-20")."""
    for k, b in enumerate(doc.blocks):
        if k > 400:
            break
        if b.kind == "table":
            continue
        t = b.text or ""
        if not _FYQ.search(t):
            continue
        for chunk in re.split(r"(?<=[.;])\s+|\n", t):
            if not _FYQ.search(chunk):
                continue
            p = _period(chunk[:200])
            if p is not None and p.period_type == "quarter" and p.start and p.end:
                return p
    return None


def _fy_quarter_period(ctx: _Ctx, qn: int):
    """Quarter ``qn`` (1-4) of the document's financial year, or None."""
    p = ctx.fy_quarter
    if p is None:
        return None
    fy_start_year = p.start.year if p.start.month >= 4 else p.start.year - 1
    label = f"Q{qn} {fy_start_year}-{(fy_start_year + 1) % 100:02d}"
    q = _period(label)
    if q is not None and q.period_type == "quarter" and q.end:
        return q
    return None


def _rolling12_to(end: Optional[_dt.date]):
    if end is None:
        return None
    return _period(f"12 Months to {_mon_str(end)}")


def _row_line(ctx: _Ctx, block: Block, ri: int, label: str) -> Optional[int]:
    if block.line is None:
        return None
    guess = block.line + ri
    if not ctx.lines or not label:
        return guess
    key = label[:25]
    lo = max(0, block.line - 1)
    hi = min(len(ctx.lines), block.line + len(block.rows) + 40)
    for n in range(max(lo, guess - 1), hi):
        if key in ctx.lines[n]:
            return n + 1
    return guess


# ---------------------------------------------------------------------------
# record construction
# ---------------------------------------------------------------------------

def _direction(q, is_change: bool) -> str:
    if q is None:
        return "empty"
    if is_change:
        if q.value > 0:
            return "up"
        if q.value < 0:
            return "down"
        d = getattr(q, "direction", 0)
        return "up" if d > 0 else "down" if d < 0 else "flat"
    d = getattr(q, "direction", 0)
    return "up" if d > 0 else "down" if d < 0 else "empty"


def _value_fields(raw: str, is_change: bool, unit_hint: Optional[str] = None):
    """(value, unit, direction) of a value cell."""
    q = _value(raw)
    if q is None:
        return None, None, "empty"
    value, unit = q.value, q.unit
    if is_change and not q.sign_explicit and getattr(q, "direction", 0) < 0:
        value = -abs(value)
    if unit == "count" and unit_hint:
        unit = unit_hint
    d = _direction(q, is_change)
    if is_change and value < 0:
        d = "down"
    return value, unit, d


def _record(ctx: _Ctx, block: Block, section: str, table_id: str, ri: int, ci: int,
            row_label: str, metric: str, subject: str, column_label: str, period,
            value, unit, raw: str, direction: str, part: Optional[int] = None,
            line: Optional[int] = None, trend=None, exceptions=None, weighting=None) -> MeasureRecord:
    parts = [ctx.doc_id, table_id, ri, ci] + ([part] if part is not None else [])
    page = block.page_of_row(ri)  # a PDF table continued over pages keeps each row's page
    return MeasureRecord(
        measure_id=ctx.uid(*parts),
        doc_id=ctx.doc_id,
        page=page,
        line=line,
        section=section or None,
        table_id=table_id,
        row_label=row_label,
        metric=metric or None,
        subject=subject or None,
        column_label=column_label or None,
        period_type=period.period_type if period is not None else None,
        period_start=_iso(period.start) if period is not None else None,
        period_end=_iso(period.end) if period is not None else None,
        value=value,
        unit=unit,
        value_raw=raw if raw is not None else "",
        direction=direction,
        rolling_trend=trend or None,
        statistical_exceptions=exceptions or None,
        exception_weighting=weighting,
    )


def _table_id(ctx: _Ctx, block: Block, header_text: str) -> str:
    where = block.line if block.line is not None else (
        ",".join(f"{x:.1f}" for x in block.bbox) if block.bbox else "")
    return stable_id(ctx.doc_id, block.page, where, header_text)


# ---------------------------------------------------------------------------
# table-level decisions
# ---------------------------------------------------------------------------

def _is_dash_header(row: list[str]) -> bool:
    cells = row[1:]
    if any(_value(c) is not None for c in cells if c):
        return False
    periods = [p for p in (_dash_period(c) for c in cells) if p is not None]
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


def _non_measure_table(rows: list[list[str]]) -> bool:
    """Deliverables, agendas, contents, attendance, glossaries, contact lists, risk
    registers: a header word of those (first three rows) rules the table out."""
    for r in rows[:3]:
        for c in r:
            if _DELIVERABLE_WORDS.fullmatch(c.strip().rstrip(":")):
                return True
    status = any(_STATUS_WORDS.fullmatch(c.strip().rstrip(":")) for r in rows[:3] for c in r)
    if status and not any(_period(c) is not None for r in rows[:3] for c in r[1:] if c) and not any(
            _METRIC_HDR.fullmatch(r[0].strip()) for r in rows[:3] if r):
        return True
    labels = [r[0] for r in rows if r and r[0]]
    if labels and sum(1 for l in labels if re.search(r"\.{3,}|…", l)) * 2 >= len(labels):
        return True  # table of contents
    return False


def _numbered_para(t: str) -> bool:
    return bool(re.match(r"^\(?\d{1,3}[.)]\s+\S", t)) and len(t.split()) > 6


# ---------------------------------------------------------------------------
# dashboards
# ---------------------------------------------------------------------------

VALUE, RESIDUE, LABEL, TREND, EXC, WEIGHT, OTHER = "value", "residue", "label", "trend", "exc", "weight", "other"


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
        return 0.5 if not re.search(r"\d", cell) else -1.0
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


_CHANGE_HDR = re.compile(r"\bchange\b|\bvs\.?\b|\bdifference\b|\byoy\b|year[- ]on[- ]year", re.IGNORECASE)


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
                and re.search(r"trend|exception|weight", c or "", re.IGNORECASE)
                and not re.search(r"trend line", c or "", re.IGNORECASE)]
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


@dataclass(frozen=True)
class _P:
    period_type: Optional[str]
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    raw: str = ""


def _make_period(ptype: Optional[str], ref: Optional[_dt.date]):
    if ptype is None:
        return None
    if ref is None:
        return _P(ptype, None, None)
    m = _mon_str(ref)
    prev = _mon_str(_shift_year(ref, -1))
    text = {"month": m, "rolling_3_months": f"3 Months to {m}",
            "rolling_12_months": f"12 Months to {m}",
            "change_12_months": f"12 Months to {prev} vs. 12 Months to {m}"}[ptype]
    p = _period(text)
    if p is not None and p.period_type == ptype:
        return p
    return _P(ptype, None, None)


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
                if re.fullmatch(r"[-+]?\d+", t[-n]) and n == 1:
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


# ---------------------------------------------------------------------------
# matrix tables
# ---------------------------------------------------------------------------

def _rank_value(t: str):
    """A cell that is exactly a rank ("3rd of 8", "41st out of 43 forces"): the rank
    quantity ``normalise.find_quantities`` finds (kind 'rank'), else None."""
    if not t or not re.search(r"\d", t):
        return None
    qs = N.find_quantities(t)
    if len(qs) != 1 or qs[0].kind != "rank":
        return None
    q = qs[0]
    if t[:q.start].strip() or not re.fullmatch(
            r"\s*(?:(?:out\s+)?of\s+\d{1,3}(?:\s+[A-Za-z]+)?)?\s*", t[q.end:]):
        return None
    return q


def _is_value_cell(t: str) -> bool:
    return bool(t) and (_value(t) is not None or _rank_value(t) is not None)


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


_OTHER = _P("other", None, None)

_STATUS_HDR = re.compile(
    r"\b(?:rag|status|rating|grade|assessment|comments?|commentary|narrative|notes?|explanation|"
    r"direction of travel|trend|on track|judgement|rationale)\b", re.IGNORECASE)
_TARGET_HDR = re.compile(r"\b(?:target|aim|ambition|goal|threshold|baseline|benchmark)s?\b", re.IGNORECASE)
_CHANGE_COL = re.compile(r"\bchange\b|\bdiff(?:erence)?\b|\byoy\b|year[- ]on[- ]year|\bvs\.?(?=\s|$)|"
                         r"\+\s*/\s*-|±|\bincrease\s*/\s*decrease\b", re.IGNORECASE)
_DELTA_COL = re.compile(r"\bvariance\b|\bvar\.?(?=\s|$)", re.IGNORECASE)
_PREV_HDR = re.compile(r"\b(?:sply|same period last year|previous|prior|last year|pytd|ly)\b", re.IGNORECASE)
_METRIC_HDR = re.compile(
    r"(?:performance |key performance |outcome |police and crime plan )?(?:measures?|indicators?|metrics?|kpis?)"
    r"(?: name)?|description|(?:performance )?measure description", re.IGNORECASE)
_DIMENSION_HDR = re.compile(
    r"(?:(?:crime|offence|incident)s?(?: (?:type|group|category|classification)s?)?|"
    r"(?:crime |offence |incident |asb )?(?:type|category|categories|group|classification)s?"
    r"(?: of (?:crime|offence|incident)s?)?|"
    r"(?:local |policing |local policing |community safety |local authority |geographic(?:al)? )?"
    r"(?:area|district|division|region|locality|sector|ward|neighbourhood|partnership|borough|lpa|csp)s?|"
    r"forces?|departments?|directorates?|services?|teams?|units?|"
    r"(?:budget|expenditure|cost|spend|income)(?: (?:line|area|head|heading|category|type|centre))?s?|"
    r"(?:subjective|objective)(?: (?:analysis|heading|area))?|areas? of (?:spend|expenditure)|"
    r"(?:victim|offender|age|ethnic) ?(?:group|type|category|band)s?|ethnicity|gender|sex|"
    r"sub-?codes?|call types?)", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"(?:grand |overall |sub-?)?totals?:?", re.IGNORECASE)
_MONEY_SCALE = re.compile(
    r"£\s*['’]?\s*(?P<s>000s?|k|mn|m|bn|thousands?|millions?|billions?)(?![a-z0-9])|\(\s*£\s*\)|£(?=\s*\)|\s*$)",
    re.IGNORECASE)
_SCALES = {"000": 1e3, "000s": 1e3, "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6,
           "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9}
_RATE_HDR = re.compile(
    r"\bper\s+(?:1|10|100)?,?000\b|\bper\s+(?:1|10|100)\s*k\b|"
    r"\bper\s+(?:one |ten |a |one hundred |hundred )?thousand\b|\bper\s+(?:head|capita)\b", re.IGNORECASE)
_OWN_SCALE = re.compile(r"\d\s*(?:k|m|mn|bn|million|billion|thousand)\b", re.IGNORECASE)
_WHO_NOT = re.compile(
    r"£|\b(?:budget|forecast|variance|actual|outturn|spend|target|baseline|position|rank(?:ing)?|per|"
    r"status|rag|crimes?|arrests?|offences?|incidents?|calls?|outcomes?|victims?)\b", re.IGNORECASE)


def _money_scale(text: str) -> Optional[float]:
    """Multiplier a money marker in a header gives its plain numbers: "£000"/"£'000"/"£k"
    -> 1,000; "£m" -> 1,000,000; "£bn" -> 1e9; "(£)" or a bare "£" -> 1; None without one."""
    m = _MONEY_SCALE.search(text or "")
    if not m:
        return None
    s = (m.group("s") or "").lower()
    return _SCALES.get(s, 1.0) if s else 1.0


def _strip_money(text: str) -> str:
    t = _MONEY_SCALE.sub(" ", text or "")
    t = re.sub(r"\(\s*\)|\[\s*\]", " ", t)
    return _WS.sub(" ", t).strip(" :-–()")


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


# ---------------------------------------------------------------------------
# 2019 measure boxes
# ---------------------------------------------------------------------------

_QMARK = re.compile(r"\bQ([1-4])\s*:\s*")
_PART_SEP = re.compile(r"\s+[-–—]\s+|\s*;\s*|\s+[–—](?=\s*\d)")
_PERIOD_LEN_AFTER = re.compile(r"^[\s-]*(?:months?|years?|weeks?|days? to)\b", re.IGNORECASE)
_ROLLING_WORDS = re.compile(r"\b(?:rolling\s+)?12[\s-]*months?\b|\byear to\b|\brolling\b", re.IGNORECASE)


@dataclass
class _BoxValue:
    subject: str
    column_label: str
    period: object
    q: object
    raw: str
    metric_extra: str = ""


def _box_quantities(text: str) -> list:
    """Quantities of a box text, without margins, ranks, sample sizes and period lengths."""
    out = []
    for q in N.find_quantities(text):
        if q.kind in ("plusminus", "rank", "n"):
            continue
        if q.unit == "count" and _PERIOD_LEN_AFTER.match(text[q.end:]):
            continue
        out.append(q)
    return out


def _paren_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]


def _inside(q, spans) -> bool:
    return any(s <= q.start and q.end <= e for s, e in spans)


def _words_after(text: str, end: int) -> str:
    m = re.match(r"\s*([A-Za-z][A-Za-z ]{0,40}?)(?=\s+and\b|[,;)]|$)", text[end:])
    return m.group(1).strip() if m else ""


def _parse_box_text(ctx: _Ctx, text: str) -> list[_BoxValue]:
    text = _cell(text)
    if not text:
        return []
    marks = list(_QMARK.finditer(text))
    out: list[_BoxValue] = []
    if marks:
        subject = text[:marks[0].start()].strip(" :-–")
        if subject and (len(subject.split()) > 4 or re.search(r"\d", subject)):
            return []
        for mi, m in enumerate(marks):
            qn = int(m.group(1))
            seg = text[m.end(): marks[mi + 1].start() if mi + 1 < len(marks) else len(text)].strip()
            qper = _fy_quarter_period(ctx, qn)
            qlabel = f"Q{qn}"
            for part in _PART_SEP.split(seg):
                part = part.strip()
                if not part:
                    continue
                qs = _box_quantities(part)
                if not qs:
                    continue
                spans = _paren_spans(part)
                main = [q for q in qs if not _inside(q, spans)]
                extra = [q for q in qs if _inside(q, spans)]
                if not main:
                    continue
                q = main[0]
                rest = part[q.end:]
                if _ROLLING_WORDS.search(rest) and not _inside(q, spans):
                    per = _rolling12_to(qper.end) if qper is not None else _P("rolling_12_months", None, None)
                    col = f"{qlabel} rolling 12 months"
                else:
                    per = qper if qper is not None else _P("quarter", None, None)
                    col = qlabel
                out.append(_BoxValue(subject, col, per, q, q.raw))
                for e in extra:
                    words = _words_after(part, e.end)
                    if words:
                        out.append(_BoxValue(subject, qlabel, per, e, e.raw, words))
        return out
    # one-period box: a value and a period phrase, nothing else
    qs = _box_quantities(text)
    spans = _paren_spans(text)
    main = [q for q in qs if not _inside(q, spans)]
    if len(main) != 1 or len(text.split()) > 14:
        return []
    q = main[0]
    pre = text[:q.start]
    if pre.strip() and not _period(pre):
        return []
    per = _period(text)
    if per is None or per.end is None:
        return []
    return [_BoxValue("", text, per, q, q.raw)]


def _box_row(ctx: _Ctx, block: Block, section: str, table_id: str, ri: int, label: str,
             value_cells: list[tuple[int, str]], line: Optional[int]) -> list[MeasureRecord]:
    out = []
    for ci, txt in value_cells:
        items = _parse_box_text(ctx, txt)
        for pi, it in enumerate(items):
            q = it.q
            metric = label if not it.metric_extra else it.metric_extra
            value, unit = q.value, q.unit
            d = "empty"
            if getattr(q, "direction", 0):
                d = "up" if q.direction > 0 else "down"
            out.append(_record(ctx, block, section, table_id, ri, ci, label, metric, it.subject,
                               it.column_label, it.period, value, unit, it.raw, d, part=pi, line=line))
    return out


def _box_table(ctx: _Ctx, block: Block, section: str, rows: list[list[str]], row_idx: list[int]) -> list[MeasureRecord]:
    out = []
    for ri, row in zip(row_idx, rows):
        if not row or not row[0]:
            continue
        label = clean_label(row[0])
        if not label or _numbered_para(label) or len(label.split()) > 16 or _value(label) is not None:
            continue
        cells = [(j, c) for j, c in enumerate(row) if j > 0 and c]
        if not cells:
            continue
        table_id = _table_id(ctx, block, label)
        out.extend(_box_row(ctx, block, section, table_id, ri, label, cells,
                            _row_line(ctx, block, ri, row[0])))
    return out


def _box_label_para(t: str) -> bool:
    t = t.strip()
    return (bool(t) and len(t.split()) <= 16 and not t.endswith((".", ":", "?", "!"))
            and not _QMARK.search(t) and not _numbered_para(t) and not re.match(r"^\d", t))


def _paragraph_boxes(ctx: _Ctx, blocks: list[Block], sections: list[str]) -> list[MeasureRecord]:
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "paragraph" or not _box_label_para(_cell(b.text)):
            i += 1
            continue
        # value paragraphs right after the label
        j = i + 1
        vals = []
        while j < len(blocks) and blocks[j].kind == "paragraph" and len(vals) < 4:
            t = _cell(blocks[j].text)
            if _QMARK.match(t) or (not vals and re.match(r"^\d", t) and _parse_box_text(ctx, t)):
                vals.append((j, t))
                j += 1
                if not _QMARK.match(t):
                    break
                continue
            break
        if not vals:
            i += 1
            continue
        label = clean_label(_cell(b.text))
        table_id = _table_id(ctx, b, label)
        for k, (bj, t) in enumerate(vals):
            vb = blocks[bj]
            for rec in _box_row(ctx, b, sections[i], table_id, k, label, [(1, t)], vb.line):
                if vb.page is not None:
                    rec.page = vb.page
                out.append(rec)
        i = j
    return out


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def _rows_text(block: Block) -> list[list[str]]:
    return [[_cell(c.text) for c in r] for r in block.rows]


def _table(ctx: _Ctx, block: Block, section: str, blocks: list[Block], index: int) -> list[MeasureRecord]:
    rows = _rows_text(block)
    idx = [i for i, r in enumerate(rows) if not all(_is_blank(c) for c in r)]
    if not idx:
        return []
    rows_k = [rows[i] for i in idx]
    # dashboard segments
    heads = [k for k, r in enumerate(rows_k) if _is_dash_header(r)]
    out: list[MeasureRecord] = []
    if heads:
        for hi, h in enumerate(heads):
            end = heads[hi + 1] if hi + 1 < len(heads) else len(rows_k)
            body_k = list(range(h + 1, end))
            out.extend(_dashboard(ctx, block, section, rows_k[h], [idx[k] for k in body_k], rows))
        return out
    if _non_measure_table(rows_k):
        return []
    box = _box_table(ctx, block, section, rows_k, idx)
    if box:
        return box
    return _matrix(ctx, block, section, rows_k, idx, blocks, index)


def extract(doc: Document) -> list[MeasureRecord]:
    """One MeasureRecord per value cell of every measure table in ``doc``."""
    lines = (doc.raw_text or "").splitlines()
    ctx = _Ctx(doc=doc, doc_id=doc.doc_id, lines=lines)
    ctx.fy_quarter = _find_fy_quarter(doc)
    blocks = doc.blocks
    sections: list[str] = []
    for k, b in enumerate(blocks):
        sections.append(_section(ctx, b, k))
    out: list[MeasureRecord] = []
    for k, b in enumerate(blocks):
        if b.kind == "table" and b.rows:
            out.extend(_table(ctx, b, sections[k], blocks, k))
    out.extend(_paragraph_boxes(ctx, blocks, sections))
    return out
