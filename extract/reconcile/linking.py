"""Linking a narrative figure to a table row and cell: its context (metric, subject, words,
period), the tables of its section, the candidate rows and the cell of its period."""
from __future__ import annotations

import dataclasses
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..any_match import any_match
from ..normalise import MONTH_PREFIX, clean_text, sign_from_words
from ..records import FigureRecord, MeasureRecord
from ..vocab import vocabulary
from .vocabulary import _FOREIGN_BASE, _GENERIC_VOLUME_WORDS, _OTHER_BASELINE, _PREV, _YOY, bound_of, force_words
from .common import _metric_key_fig, _norm, _stat_of, _subject_tokens, _topic, _topic_eq, _unit_family, agrees, precision_of
from .tables import _Row, _Table, _pos, _raw_key, _raw_qual_words, _raw_words, _words_of


@dataclass
class _Fig:
    f: FigureRecord
    topic: Optional[str]
    metric_key: Optional[str]
    stat: Optional[str]
    explicit: set
    context: set
    precision: float
    qualifier: str  # '' | 'approx' | 'lower' | 'upper'
    sign_stated: bool
    period: str  # 'stated' | 'unstated'
    is_change: bool
    yoy: bool
    prev: bool
    role_change: bool = False  # the figure's role is 'change' (not only its period type)
    words: frozenset = frozenset()   # content words of the figure's clause, metric, subject and section
    base: bool = False               # a comparison base ("down from 1,234 the previous year")
    part: bool = False               # a part of another count ("Of the 2,140 searches, 540 ...")


_CLAUSE_BREAK = re.compile(r"[;]|\.\s|, (?=(?:and|with|while|whilst|whereas|but)\b)|\b(?:whereas|whilst|while)\b")

def _key_fits(key: Optional[str], unit: Optional[str], role: Optional[str]) -> bool:
    """Can a figure of ``unit`` be a value (or, for a change, a change) of the metric ``key``?"""
    if key is None:
        return False
    want = vocabulary().metric_unit(key)   # the vocabulary's unit of the key (or of its alias)
    fam = _unit_family(unit)
    if want == "seconds":
        return fam == "seconds" or (role == "change" and fam == "percent")
    if want == "percent":
        return fam == "percent"
    if want == "gbp":
        return fam == "gbp" or (role == "change" and fam == "percent")
    if key.startswith("raw:") or key in ("risk_level", "crime_rate"):
        return True
    return fam in ("count", "percent")   # a volume: its level, or its change in percent


#: a level written as the base of a comparison: "down from 1,234", "compared with 3 min 20 sec", "than 198"
_BASE_BEFORE = re.compile(r"(?:\bfrom(?:\s+a\s+(?:high|peak|low)\s+of)?|\bthan|\bcompared\s+(?:with|to)|"
                          r"\bagainst|\bversus|\bvs\.?)\s*$", re.I)
#: the base's own period written right after it ("from 1,757 reports in September 2023")
_OWN_PERIOD_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:in|for|during|over|across|to)\s+(?:the\s+)?(?:"
    rf"{MONTH_PREFIX}\b|(?:last|past|previous|rolling|preceding)\s+"
    r"(?:12|twelve|3|three)\b|(?:12|twelve|3|three)[\s-]+months?\b|q[1-4]\b|(?:19|20)\d\d)", re.I)
_SINCE_MONTH = re.compile(rf"\b(?:since|from)\s+(?:the\s+)?(?:end\s+of\s+)?{MONTH_PREFIX}"
                          r"[\s'-]*(?:19|20)?\d\d\b", re.I)
_PREVIOUS_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:the\s+)?(?:previous|last|prior|preceding|same)\s+"
                             r"(?:year|month|quarter|period|12)|^\s*(?:a|one)\s+year\s+(?:ago|before|earlier)|"
                             r"^\s*(?:the\s+)?year\s+before", re.I)
#: a count that is a part of another: "Of the 2,140 searches, 540 ...", "of whom 184", "312 of the 1,480"
_PART_BEFORE = re.compile(r"\bof\s+(?:the|these|those|all)\s+[\d,.]+\b[^.;]*$|\bof\s+(?:whom|which|these|those)\s*,?\s*$",
                          re.I)

_PER_PERIOD_AFTER = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,4}?(?:a|per|each|every)\s+(?:month|week|day|year|quarter|shift)\b",
                               re.I)
_AVERAGE_OF_BEFORE = re.compile(r"\b(?:on\s+)?(?:an?\s+)?average(?:\s+of)?\s*$|\baveraging\s*$", re.I)

_CRIME_TOKENS = {"vwi", "da", "rasso", "rape", "sso", "asb", "burglary"}


def _record_metric_key(f: FigureRecord) -> Optional[str]:
    """The metric of a figure's own metric words: the vocabulary key the figures extractor gave the
    record (``metric``), matched again only when the record has none, or when its words name it only
    loosely ("crimes" alone: a name, no evidence for a link)."""
    V = vocabulary()
    if f.metric and V.metric(f.metric) is not None and not V.names_loosely(f.metric_text):
        return V.measure_key(f.metric)
    return _metric_key_fig(f.metric_text)


def _prefix(f: FigureRecord) -> str:
    s = f.sentence or ""
    cs = f.char_start if f.char_start is not None and 0 <= f.char_start <= len(s) else None
    if cs is None:
        i = s.find(f.value_raw or "\x00")
        cs = i if i >= 0 else len(s)
    return s[:cs]


_CRIMES_RECORDED = re.compile(r"\s*crimes?\s+(?:were|have\s+been)\s+recorded\b", re.I)


@lru_cache(maxsize=4096)
def _sentence_says(s: str) -> tuple[bool, bool]:
    """(a year-on-year comparison, a comparison with the previous month or quarter) in a sentence: asked
    once per sentence, not once per figure of it.  (``any_match``: the same answers as searching
    _YOY and _PREV, several times faster on a long sentence: each is an alternation of phrases
    searched case-insensitively, which ``re`` tries at every position.)"""
    return _says_yoy(s), _says_prev(s)


_says_yoy, _says_prev = any_match(_YOY), any_match(_PREV)


def _fig_places(f: FigureRecord) -> tuple[str, str, int, str]:
    """(the sentence before the figure, the sentence, the figure's end in it, the figure's clause)."""
    pre = _prefix(f)
    s = f.sentence or ""
    ce = f.char_end if f.char_end is not None and f.char_end <= len(s) else len(pre) + len(f.value_raw or "")
    # the clause of the figure: from the last clause break before it
    return pre, s, ce, _CLAUSE_BREAK.split(pre)[-1]


def _fig_key(f: FigureRecord, s: str, ce: int, clause: str) -> Optional[str]:
    """The measure of a figure: the first of its metric words, then its clause, that a value of its unit
    can be (``_Fig.metric_key``)."""
    # (each asked only when the ones before it give no key that fits: they are pure functions)
    k = _record_metric_key(f)
    if k is not None and _key_fits(k, f.unit, f.role):
        return k
    k = _metric_key_fig(clause)
    if k is not None and _key_fits(k, f.unit, f.role):
        return k
    k = _raw_key(f.metric_text)
    if k and not (_raw_words(f.metric_text) - _words_of(f.subject) - _GENERIC_VOLUME_WORDS):
        k = None   # "knife crime in December": the subject's volume, see _default_volume
    if k is not None and _key_fits(k, f.unit, f.role):
        return k
    # ... or the words right after a count ("1,034 crimes were recorded")
    if f.unit != "count":
        return None
    k = _metric_key_fig(s[ce:ce + 30]) if not f.metric_text else None
    if k is None and _CRIMES_RECORDED.match(s[ce:ce + 40]):
        k = "crime_volume"
    return k if k is not None and _key_fits(k, f.unit, f.role) else None


def _fig_measure(f: FigureRecord) -> tuple[tuple[str, str, int, str], Optional[str]]:
    """(``_fig_places``, ``_fig_key``) of a figure."""
    places = _fig_places(f)
    return places, _fig_key(f, places[1], places[2], places[3])


def _fig_context(f: FigureRecord, measured: Optional[tuple] = None) -> _Fig:
    """The context of a figure; ``measured``: its ``_fig_measure`` when already made."""
    (pre, s, ce, clause), key = measured if measured is not None else _fig_measure(f)
    after = s[ce:ce + 40]
    # the statistic the figure's own clause names ("whereas the mean was ...") before its metric words
    stat = _stat_of(clause) or _stat_of(f.metric_text or "")
    explicit = _subject_tokens(f.subject)
    if f.subject and not explicit:
        force = force_words()
        words = [w for w in _norm(f.subject).split() if w not in force]
        if words:
            explicit = {"raw:" + " ".join(words)}
    context = set(explicit) | _subject_tokens(pre) | _subject_tokens(f.metric_text) | _subject_tokens(f.section)
    tail = clean_text(pre)[-25:]
    qual = bound_of(tail)
    raw = clean_text(f.value_raw or "")
    sign_stated = (f.value or 0) < 0 or raw.lstrip().startswith(("+", "-")) or "▲" in raw or "▼" in raw \
        or sign_from_words(clean_text(pre)[-40:]) != 0 or sign_from_words(after[:20]) != 0
    inherited = bool(f.period_inherited) or not f.period_type or f.period_type in ("other", "point_in_time")
    is_change = (f.role == "change") or f.period_type == "change_12_months"
    says_yoy, says_prev = _sentence_says(s)
    yoy = says_yoy or (f.period_type == "change_12_months" and not _OTHER_BASELINE.search(s))
    prev = says_prev and not (f.period_type == "change_12_months")
    if is_change and _FOREIGN_BASE.search(s[ce:ce + 80] + " " + clean_text(pre)[-60:]):
        prev, yoy = True, False     # a change against a baseline the table does not hold: no column
    words = _words_of(clause) | _words_of(f.metric_text) | _words_of(f.subject) | _words_of(f.section)
    base = False
    if f.role != "change" and _BASE_BEFORE.search(clean_text(pre)[-40:]):
        # a comparison base is checked only with its own period written after it
        tail = s[ce:ce + 60]
        base = bool(_PREVIOUS_AFTER.search(tail)) or not (
            _OWN_PERIOD_AFTER.search(tail)
            # "improvement since September 2017 ... declined from 3 minutes 49 seconds to ...": the bound
            # written earlier dates the base
            or _SINCE_MONTH.search(pre))
    part = f.unit == "count" and bool(_PART_BEFORE.search(pre[-80:]))
    if f.unit == "count" and (_PER_PERIOD_AFTER.search(s[ce:ce + 50]) or _AVERAGE_OF_BEFORE.search(pre[-30:])):
        part = True   # "an average of 23 KSI collisions a month": a rate, not the period's count
    return _Fig(f, _topic(f.section), key, stat, explicit, context, precision_of(f.value_raw, f.unit), qual,
                sign_stated, "unstated" if inherited else "stated", is_change, yoy, prev, f.role == "change",
                words=frozenset(words), base=base, part=part)


#: what ``_fig_context`` reads of a figure: two figures equal on these have equal contexts
_CONTEXT_FIELDS = operator.attrgetter("sentence", "char_start", "char_end", "value_raw", "metric_text", "subject",
                                      "unit", "role", "metric", "section", "value", "period_inherited",
                                      "period_type")


class FigContexts:
    """``_fig_context`` of a figure, made when first asked for (a figure of a document without tables
    and without a twin in another document never needs one); figures of the same content (one report
    in several files) share the work.  The contexts are never changed in place."""

    def __init__(self):
        self._made: dict[tuple, _Fig] = {}
        self._measured: dict[tuple, tuple] = {}

    def __call__(self, f: FigureRecord) -> _Fig:
        key = _CONTEXT_FIELDS(f)
        fc = self._made.get(key)
        if fc is None:
            fc = self._made[key] = _fig_context(f, self._measured.get(key))
        return fc if fc.f is f else _Fig(**{**fc.__dict__, "f": f})

    def measure(self, f: FigureRecord) -> tuple:
        """``_fig_measure`` of a figure (its places in its sentence and its measure: what
        ``comparing.may_check`` reads), made once for it and its context."""
        key = _CONTEXT_FIELDS(f)
        got = self._measured.get(key)
        if got is None:
            got = self._measured[key] = _fig_measure(f)
        return got


# ---------------------------------------------------------------------------
# choosing the row and the cell
# ---------------------------------------------------------------------------

def _link_tables(fc: _Fig, tables: list[_Table]) -> tuple[list[_Table], str]:
    if not tables:
        return [], ""
    if fc.topic:
        strong = [t for t in tables if _topic_eq(t.topic, fc.topic)]
        if strong:
            return strong, "strong"
    # weak: the nearest table above the figure whose topic does not contradict
    fp = _pos(fc.f)
    if fp == (0, 0):
        return [], ""
    above = [t for t in tables if t.pos <= fp and (t.topic is None or fc.topic is None or _topic_eq(t.topic, fc.topic))]
    if not above:
        return [], ""
    t = max(above, key=lambda t: t.pos)
    if fp[0] and t.pos[0] and fp[0] - t.pos[0] > 1:
        return [], ""
    if fp[1] and t.pos[1] and (fp[0] == t.pos[0]) and fp[1] - t.pos[1] > 200:
        return [], ""
    # a table of another topic is not ours even when it is the nearest
    if t.topic and fc.topic and not _topic_eq(t.topic, fc.topic):
        return [], ""
    return [t], "weak"


def _qual_fit(fc: _Fig, r: _Row, ctx: set, table_words: frozenset) -> bool:
    """The figure's subject is among the row's qualifiers, and the row's qualifiers are all named by the
    figure (its clause, metric, subject, section) or the table's section.  Qualifiers outside the subject
    vocabulary ("Kept Informed", "North", "Stop and Search") are compared word by word."""
    ex_nonraw = {q for q in fc.explicit if not str(q).startswith("raw:")}
    ex_raw = _raw_qual_words(frozenset(fc.explicit))
    nonraw = {q for q in r.quals if not str(q).startswith("raw:")}
    if not ex_nonraw <= nonraw or not ex_raw <= r.label_words:
        return False
    return nonraw <= ctx and r.raw_words <= (fc.words | table_words)


def _candidate_rows(fc: _Fig, rows: list[_Row], stat_pref: Optional[str], table_topic_tokens: set,
                    table_words: frozenset = frozenset()) -> tuple[list[_Row], bool]:
    """Rows for the figure's metric with the given statistic; (rows, subject_missing)."""
    same_metric = [r for r in rows if r.metric_key == fc.metric_key]
    if stat_pref == "median":
        same_metric = [r for r in same_metric if r.stat == "median"]
    else:
        same_metric = [r for r in same_metric if r.stat in (None, "average")]
    if not same_metric:
        return [], False
    fam = _unit_family(fc.f.unit)
    compatible = [r for r in same_metric if any(_unit_family(c.unit) == fam for c in r.cells)]
    unit_clash = not compatible
    if compatible:
        same_metric = compatible
    ctx = fc.context | table_topic_tokens
    ok = [r for r in same_metric if _qual_fit(fc, r, ctx, table_words)]
    if not ok:
        return [], bool(fc.explicit) and not unit_clash
    best = max(len(r.quals) for r in ok)
    top = [r for r in ok if len(r.quals) == best]
    return top, False


def _cells_of(row: _Row) -> list[MeasureRecord]:
    return row.cells


def _month_key(iso: Optional[str]) -> Optional[str]:
    return iso[:7] if iso else None


def _cell_for(row: _Row, fc: _Fig) -> tuple[Optional[MeasureRecord], str]:
    """(cell, status) status: ok | none (period not covered) | skip."""
    f = fc.f
    cells = row.cells
    if fc.is_change:
        if fc.prev and not fc.yoy:
            return None, "skip"
        if f.period_type == "year_to_date" and not f.period_inherited and fc.role_change:
            # "4.7% lower than last year" of the year to date: the change column of the year-to-date columns
            ch = [c for c in cells if c.period_type == "year_to_date" and _is_change_cell(c)]
            return _pick_change(ch, fc)
        if not fc.yoy:
            return None, "skip"
        if fc.role_change and fc.period == "stated" and f.period_type not in _TWELVE_MONTH_TYPES:
            # a year-on-year change of one month / quarter: the table's change column is 12 months vs 12 months
            return None, "change_period"
        ch = [c for c in cells if c.period_type == "change_12_months"] or _derived_change(row, fc)
        if f.period_end and not f.period_inherited:
            same = [c for c in ch if _month_key(c.period_end) in (None, _month_key(f.period_end))]
            if ch and not same:
                return None, "none"
            ch = same
        return _pick_change(ch, fc)
    # a level / share
    if fc.period == "stated":
        pt = f.period_type
        want = {"month": ("month",), "rolling_12_months": ("rolling_12_months",),
                "rolling_3_months": ("rolling_3_months", "quarter"), "quarter": ("quarter", "rolling_3_months"),
                "year_to_date": ("year_to_date",), "financial_year": ("financial_year",),
                "calendar_year": ("calendar_year",)}.get(pt, (pt,))
        cand = [c for c in _level_cells(row) if c.period_type in want]
        if not cand and pt in _YEAR_TYPES and f.period_end:
            # "the 12 months to March 2024" is the column "2023/24", "2023" the 12 months to December 2023:
            # a 12-month period is its end month, whatever it is called
            cand = [c for c in _level_cells(row) if c.period_type in _YEAR_TYPES and c.period_end
                    and _month_key(c.period_end) == _month_key(f.period_end)]
        if f.period_end:
            cand = [c for c in cand if _month_key(c.period_end) == _month_key(f.period_end)
                    or (c.period_end is None and len(cand) == 1)]
        elif len(cand) > 1:
            # an undated "year to date": the current column, not "Previous YTD" / "Same period last year"
            cur = [c for c in cand if not _PREVIOUS_COL.search(clean_text(c.column_label or ""))]
            if len(cur) == 1:
                cand = cur
        if len(cand) == 1:
            return cand[0], "ok"
        return None, "none" if not cand else "skip"
    return None, "unstated"


_DERIVED_CHANGE_RE = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def _derived_change(row: _Row, fc: "_Fig") -> list[MeasureRecord]:
    """A row without a change column: the percent change of its two twelve-month columns, the one ending
    in the figure's stated month and the one a year before ("2022/23 | 2023/24": 1,300 -> 1,234 = -5.08%),
    for a percent figure of a count row; the column label names both columns."""
    f = fc.f
    if f.unit != "percent" or not f.period_end or f.period_inherited:
        return []
    end = _month_key(f.period_end)
    prev_end = f"{int(end[:4]) - 1}{end[4:]}"
    # counts printed in full: exact, so the change is exact (a rounded £m column is not)
    year = [c for c in _level_cells(row) if c.period_type in _YEAR_TYPES and c.value is not None
            and c.unit == "count" and _DERIVED_CHANGE_RE.fullmatch(clean_text(c.value_raw or "").strip())]
    cur = [c for c in year if _month_key(c.period_end) == end]
    prev = [c for c in year if _month_key(c.period_end) == prev_end and (not cur or c.unit == cur[0].unit)]
    if len(cur) != 1 or len(prev) != 1 or not prev[0].value:
        return []
    c, p = cur[0], prev[0]
    pct = (c.value - p.value) / abs(p.value) * 100.0
    return [dataclasses.replace(c, column_label=f"{p.column_label} to {c.column_label}", period_type="change_12_months",
                                value=round(pct, 6), unit="percent",
                                value_raw=f"{pct:+.2f}%")]


#: the period types of twelve months ending with a stated month
_YEAR_TYPES = ("rolling_12_months", "financial_year", "calendar_year")

#: period types of a change that the "12 months vs 12 months" column can hold
_TWELVE_MONTH_TYPES = ("change_12_months", "rolling_12_months", "financial_year", "calendar_year")

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


_PERIOD_PHRASE_RE = re.compile(r"(\d{4})-(\d\d)")


def _period_phrase(f: FigureRecord) -> str:
    """'September 2023', 'the quarter to September 2023', ... for an explanation."""
    end = f.period_end or ""
    m = _PERIOD_PHRASE_RE.match(end)
    month = f"{_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}" if m else ""
    if f.period_type == "month":
        return month or "one month"
    what = {"quarter": "the quarter", "rolling_3_months": "the 3 months", "year_to_date": "the year"}.get(
        f.period_type or "", "the period")
    return f"{what} to {month}" if month else what



def _level_cells(row: _Row) -> list[MeasureRecord]:
    """The row's level cells: not its change / difference columns, not its target."""
    return [c for c in row.cells if c.period_type != "change_12_months" and not _is_change_cell(c)
            and not _TARGET_COL.search(clean_text(c.column_label or ""))]


#: a column that differences two others ("Change", "% Change", "Difference", "Variance", "12 Months .. vs ..")
_CHANGE_COL = re.compile(r"\b(?:change|difference|diff|variance)\b|\bvs\b|\byoy\b|\+/-|\(pp\)", re.I)
#: the comparison base of a pair of columns
_PREVIOUS_COL = re.compile(r"\b(?:previous|prior|last\s+year|sply|same\s+period\s+last\s+year|baseline)\b", re.I)
_TARGET_COL = re.compile(r"\b(?:target|goal|aim|ambition|threshold)s?\b", re.I)


def _is_change_cell(c: MeasureRecord) -> bool:
    return c.period_type == "change_12_months" or bool(_CHANGE_COL.search(clean_text(c.column_label or "")))


def _pick_change(ch: list[MeasureRecord], fc: "_Fig") -> tuple[Optional[MeasureRecord], str]:
    """The one change cell a change figure is compared with: of its unit family; with a count change
    and a percent change side by side ("Volume change | % change") the figure's own unit decides, and
    with a points and a percent change ("Change" -1.9pp | "% Change" -2.5%) the figure's unit decides
    unless it agrees only with the other one (a writer's "fell 1.9%" for points)."""
    f = fc.f
    if len(ch) > 1:
        fam = [c for c in ch if _unit_family(c.unit) == _unit_family(f.unit)]
        exact = [c for c in fam if c.unit == f.unit]
        if len(exact) == 1:
            other = [c for c in fam if c is not exact[0] and c.value is not None]
            e = exact[0]
            if e.value is not None and other and f.value is not None \
                    and not agrees(abs(f.value), fc.precision, abs(e.value), precision_of(e.value_raw, e.unit)):
                ok = [c for c in other if agrees(abs(f.value), fc.precision, abs(c.value),
                                                 precision_of(c.value_raw, c.unit))]
                if len(ok) == 1:
                    return ok[0], "ok"
            ch = exact
        elif len(fam) >= 1:
            ch = fam
    return (ch[0], "ok") if len(ch) == 1 else (None, "none" if not ch else "skip")
