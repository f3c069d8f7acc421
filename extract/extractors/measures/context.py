"""Document context shared by every family: sections, the reported financial quarter,
source lines, period construction and the ``MeasureRecord`` builder."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Optional

from ... import normalise as N
from ...model import Block, Document, stable_id
from ...records import MeasureRecord
from ...vocab import vocabulary
from .cells import _cell, _iso, _period, _value


def _shift_year(d: Optional[_dt.date], years: int) -> Optional[_dt.date]:
    """``d`` moved by whole years: the normalisers' period arithmetic."""
    return N.shift_years(d, years)


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
    dash_is_zero: bool = False  # the document says a dash in a table means zero
    # (value headers, money scale, page) of the last matrix table: a table continued on the
    # next page without its caption ("All figures in £m") keeps the scale of its first part
    last_scale: tuple = (None, None, None)
    # id(block) -> (the block's own table id, its rows joined by tabs): see _table_id
    table_ids: dict = field(default_factory=dict)
    # (metric, row label) -> metric key: every value cell of a row asks the same question
    metric_keys: dict = field(default_factory=dict)

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


def _may_name_quarter(t: str) -> bool:
    """False when ``t`` holds no _FYQ: each says "q1".."q4" or "quarter", letters IGNORECASE folds only
    to their ASCII capitals, so they are in the lower-cased text (looked for before the slow scan)."""
    low = t.lower()
    return "quarter" in low or "q1" in low or "q2" in low or "q3" in low or "q4" in low


_FIND_FY_QUARTER_RE = re.compile(r"(?<=[.;])\s+|\n")


def _find_fy_quarter(doc: Document):
    """The dated quarter the document reports on ("Quarter Two 2019-20")."""
    for k, b in enumerate(doc.blocks):
        if k > 400:
            break
        if b.kind == "table":
            continue
        t = b.text or ""
        # every _FYQ form has a q ("Q2", "quarter"; IGNORECASE folds q only to Q): cheap skip
        if ("q" not in t and "Q" not in t) or not _may_name_quarter(t) or not _FYQ.search(t):
            continue
        for chunk in _FIND_FY_QUARTER_RE.split(t):
            if not _FYQ.search(chunk):
                continue
            p = _period(chunk[:200])
            if p is not None and p.period_type == "quarter" and p.start and p.end:
                return p
    return None


_DASH_ZERO = re.compile(
    r"(?:['‘’\"“”]\s*[-–—]\s*['‘’\"“”]|\([-–—]\)|\bdash(?:es)?\b)\s*(?:=|:|denotes|means|indicates|"
    r"represents|shows|is used for|signifies)\s*(?:a\s+)?(?:zero|nil|none|0)\b", re.IGNORECASE)


# where a _DASH_ZERO key can start: a quote before a dash, a bracketed dash (each pattern starts with
# a character set or a literal, which the regex engine scans for fast; each consumes only its first
# character, so overlapping ones are all found), the word "dash" (see _dash_words)
_DASH_KEY_STARTS = (re.compile(r"['‘’\"“”](?=\s*[-–—]\s*['‘’\"“”])"), re.compile(r"\((?=[-–—]\))"))
_DASH_WORD = re.compile("dash", re.IGNORECASE)


def _dash_words(text: str) -> list[int]:
    """Where ``_DASH_WORD`` matches in ``text``.  IGNORECASE matches its letters to their ASCII
    capitals and s to "ſ" only, so without "ſ" these are the places of b"dash" in the UTF-8 bytes
    lower-cased (ASCII only, much faster than str.lower), each turned back into a character index."""
    if "\u017f" in text:
        return [m.start() for m in _DASH_WORD.finditer(text)]
    if text.isascii():
        return list(_finds(text.lower(), "dash"))
    data = text.encode("utf-8", "surrogatepass")
    return [len(data[:i].decode("utf-8", "surrogatepass")) for i in _finds(data.lower(), b"dash")]


def _finds(text, s):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)


#: the characters the first of _DASH_KEY_STARTS starts at, and every match of the second (its
#: lookahead is three fixed characters): found with ``str.find`` (a scan for a character set holding
#: non-ASCII characters tests each character of the text in turn: about 10 ns a character)
_DASH_QUOTES = "'‘’\"“”"
_DASH_BRACKETS = ("(-)", "(–)", "(—)")


def _dash_key_starts(text: str) -> list[int]:
    """Where the patterns of _DASH_KEY_STARTS match in ``text`` (each match is its first character):
    the first tried only at a quote, the second's matches found whole."""
    out = []
    quote = _DASH_KEY_STARTS[0].match
    for q in _DASH_QUOTES:
        i = text.find(q)
        while i >= 0:
            if quote(text, i):
                out.append(i)
            i = text.find(q, i + 1)
    for b in _DASH_BRACKETS:
        out.extend(_finds(text, b))
    return out


def _has_dash_key(text: str) -> bool:
    """``_DASH_ZERO.search(text)`` as a truth value: every match starts where one of its three
    alternatives starts, so it is tried (``match``, which sees the text before ``pos`` for ``\\b``)
    only there."""
    starts = _dash_key_starts(text) + _dash_words(text)
    return any(_DASH_ZERO.match(text, i) for i in starts)


def _says_dash_is_zero(doc: Document) -> bool:
    """A key in the document saying a dash means zero ("'-' denotes zero", "(-) = nil").
    Without one a dash in a table cell is an empty value, never 0."""
    if _has_dash_key(doc.raw_text or ""):
        return True
    # joined by NUL, which no key can contain nor touch as a word character: the joined text has a
    # key exactly when one of the blocks has
    return _has_dash_key("\x00".join(b.text or "" for b in doc.blocks if b.kind != "table"))


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
    return N.window_ending(end, 12)


def _row_line(ctx: _Ctx, block: Block, ri: int, label: str) -> Optional[int]:
    if block.line is None:
        return None
    guess = block.line + ri
    if not ctx.lines or not label:
        return guess
    lo = max(0, block.line - 1)
    hi = min(len(ctx.lines), block.line + len(block.rows) + 40)
    # (the whole label first: rows whose labels share their first 25 characters, "Proportion of
    # respondents who ...", each find their own line; a label wrapped over lines finds its start)
    for key in ((label, label[:80], label[:25]) if len(label) > 25 else (label,)):
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


def _value_fields(raw: str, is_change: bool, unit_hint: Optional[str] = None, accounting: bool = False):
    """(value, unit, direction) of a value cell."""
    q = _value(raw, accounting)
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


def _metric_key(metric: str, row_label: str) -> Optional[str]:
    """The vocabulary's canonical key of what a record measures (metric first, then the label)."""
    v = vocabulary()
    return v.table_metric_key(metric) or v.table_metric_key(row_label)


def _row_metric_key(ctx: _Ctx, metric: str, row_label: str) -> Optional[str]:
    """:func:`_metric_key`, looked up once per row of a table (the vocabulary does not
    change while one document is read)."""
    k = (metric, row_label)
    if k not in ctx.metric_keys:
        ctx.metric_keys[k] = _metric_key(metric, row_label)
    return ctx.metric_keys[k]


def _record(ctx: _Ctx, block: Block, section: str, table_id: str, ri: int, ci: int,
            row_label: str, metric: str, subject: str, column_label: str, period,
            value, unit, raw: str, direction: str, part: Optional[int] = None,
            line: Optional[int] = None, trend=None, exceptions=None, weighting=None,
            is_total: bool = False, rag: Optional[str] = None) -> MeasureRecord:
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
        is_total=1 if is_total else 0,
        rag=rag,
        metric_key=_row_metric_key(ctx, metric, row_label),
    )


def _table_id(ctx: _Ctx, block: Block, header_text: str) -> str:
    """The tables output's id (tables2 hook).  ``Block.table_id`` gives the block's own id
    unless ``header_text`` is one of its rows; that test is kept here per block (a row label
    asks for every row of a box table: the rows are joined once, not once per label)."""
    known = ctx.table_ids.get(id(block))
    if known is None:
        known = ctx.table_ids[id(block)] = (
            block.table_id(ctx.doc_id), {"\t".join(c.text for c in r) for r in block.rows})
    if header_text is not None and header_text not in known[1]:
        return known[0]
    return block.table_id(ctx.doc_id, header_text)


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
    if ptype == "month":
        return N.window_ending(ref, 1, "month")
    if ptype == "rolling_3_months":
        return N.window_ending(ref, 3)
    if ptype == "rolling_12_months":
        return N.window_ending(ref, 12)
    if ptype == "change_12_months":
        return N.change_period(N.window_ending(ref, 12))
    return _P(ptype, None, None)


_OTHER = _P("other", None, None)



_YEAR_TYPES = ("calendar_year", "financial_year")


def month_of_year(label: str, p) -> Optional[_P]:
    """A month's row ("January", "Sep") under a year's column ("2017", "2019/20"): that month
    of that year (a financial year's January is in its second calendar year), else None. The
    cell counts the month, not the year: the year would be a wrong period."""
    if p is None or p.period_type not in _YEAR_TYPES or p.start is None or p.end is None:
        return None
    for y in sorted({p.start.year, p.end.year}):
        q = _period(f"{label.strip()} {y}")
        if q is not None and q.period_type == "month" and q.start and p.start <= q.start <= p.end:
            return _P("month", q.start, q.end, p.raw)
    return None
