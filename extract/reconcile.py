"""Reconciliation: every narrative figure against the report's own tables, every
sum or percentage that should add up, and the same measure across documents.

``reconcile(docs, measures, figures) -> list[CheckRecord]``

``docs`` is a list of :class:`~extract.records.DocumentRecord` or of
:class:`~extract.model.Document` (only ``doc_id`` and, for a Document, its
blocks are used).  Every comparison made becomes one ``CheckRecord``, passed or
not; a figure that cannot be linked to a table produces no check at all, because
a false alarm is the worst outcome for a scrutiny officer.

Rules
=====

Linking a narrative figure to a table cell (``narrative_vs_table``)
--------------------------------------------------------------------
* Same document.  The figure's table is the table of its section: sections
  are compared after normalising case, punctuation, Markdown and "&"/"and";
  generic headings ("WHAT?", "SO WHAT?", "Data Summary", "Overview", ...) say
  nothing about the topic.  When either side only has a generic section, the
  nearest table *above* the figure (same or previous page, or within 200
  source lines) is used - a weak link.
* What the figure measures is its ``metric_text`` and ``subject`` (and the
  words of its clause).  A value stated with no measure of its own ("October
  2023 = 11 min 15 sec." under the bullet "Force level immediate response times
  have declined in recent months") already carries its lead-in's measure and
  subject from the figures extractor; reconciliation reads no source file.
* Metric through a vocabulary of synonyms (``METRICS``): "calls offered" /
  Call Offer Demand, "wait time" / Average Time to Answer, "log volume" /
  Storm Log Volume, "perps" / Suspects, "call volumes" / Call Answered Volume,
  "response time" / Average (or Median) Response Time, "time at scene", ...;
  anything else by the normalised metric words.
* Subject through the row label's qualifiers ("Crime Volume: Violence With
  Injury - County" -> {vwi, county}) with synonyms ("101"/"CCH",
  "VWI"/"Violence With Injury", "DA"/"Domestic Abuse").  The figure's own
  subject must be among the row's qualifiers; the row's qualifiers must all
  be named by the figure, its sentence (before the figure), its section or the
  table's section; the most specific such row wins; a tie is ambiguous and
  produces no check.
* Statistic: a figure saying "median" is compared with the Median row, one
  saying "average"/"mean" or nothing with the Average row; the other one is the
  *label alternative*.
* Period: a change figure is compared with the "12 months vs 12 months" column
  only when the sentence says year-on-year (or the figure's period is
  ``change_12_months``); a change against the previous month has no column and
  produces no check.  Changes are compared only with columns of the same period
  type: a year-on-year change the sentence dates to one month ("crime volumes
  for the month of September 2023 ..., year-on-year down by -8.4%": the figures
  extractor gives it period type ``month``) or to one quarter has no column; when
  its row exists it is ``unverifiable`` (reason ``period``: "the table gives only
  the change over 12 months"), else no check.  A level is compared with the column of its period type
  (month / 3 months / 12 months) and period end.  A period the table does not
  cover produces no check.  A period inherited from the section or document
  (``period_inherited`` = 1, or no period) is "unstated": the figure agrees when
  any column of its row agrees.
* Units: percent and percentage points are compared as numbers (with a note);
  seconds with seconds; counts with counts; money with money.  Other pairs
  produce no check unless the numbers are equal (then: mismatch, unit).

Precision ("compare at the precision the narrative states")
-----------------------------------------------------------
A stated value stands for the interval of its last digit: "62%" has precision
1, "1.6%" 0.1, "16 minutes" 60 s, "1 hr 33 min" 60 s, "11 min 15 sec" 1 s,
"£1.2m" £100,000.  The figure agrees with the table when the table value
*rounds* (half away from zero) **or truncates** to the stated value - both
conventions are in use in these reports, so both are accepted: "62%" agrees
with 61.5 ... 62.99; "-11%" with -11.99 ... -10.5; "16 minutes" with
00:15:30 ... 00:16:59.  When the table is printed less precisely than the
narrative, the roles swap.  A figure qualified by "over"/"more than" agrees with
any larger value, "under"/"less than" with any smaller one, and "around"/
"about"/"nearly" within 10 %; such figures are never a mismatch.

Verdicts and reasons
--------------------
* consistent (info).
* unverifiable (info), reason ``missing``: the linked cell is empty, or the
  figure's subject has no row in the table of its own section; reason
  ``period``: the figure states no period and matches no column.
* mismatch, in this order of diagnosis:
  ``unit`` (major) the numbers agree but the units do not ("-3%" vs
  "-00:00:03"); ``sign`` (major) the magnitudes agree but the directions do not
  ("a decrease of 2.1%" vs +2.1%); ``label`` (major) the figure equals the
  label alternative (the median reported as the average; the check then holds
  the cell of the label the narrative used, the explanation names the other);
  ``period`` (minor)
  it equals another period's column of the same row (the "12 months" figure is
  the month cell); ``rounding`` (minor) it is off by no more than one unit of
  its last digit; ``value`` (major) otherwise.

Arithmetic (``arithmetic``)
---------------------------
Within one sentence (a sentence starting "This represents / This compares /
This equates / This is" is read together with the one before it), using the
quantities the sentence states (``normalise.find_quantities``, cached per text;
ranks, margins and correlation coefficients are not quantities here):

* share: "Z% (Y completed and X upheld)", "X of Y (Z%)", "Of the Y ..., X
  ...", "Y ... of which Z% (X)": Z against 100 * X / Y.
* change with its count and total: "increased by 2.3% (n. 2,751), totalling
  121,109": 2,751 / (121,109 - 2,751); with two levels ("A ... compares to B
  ... (a decrease of D; Z%)"): Z against (A - B) / B and D against A - B (both
  orders are tried; only when neither agrees is it a mismatch).
* parts against their total, only when the sentence says so ("total",
  "totalling", "in total", "of which", "comprising", "made up of") and the parts
  are a plain list ("Fatal 23, Serious 232, Slight 1,629"; "5,611 were court
  disposals and 1,685 were out of court"); "of these"/"including" mean nesting
  and produce no check.
* measure boxes: a measure whose printed cell holds "33 per cent (6 appeals
  completed and 3 upheld)" is read the same way.
* tables: a difference line ("Change (PP)", "Difference") against the last
  minus the first (or previous) period line; a share column ("Proportion of",
  "% of total") against count / total-row count; category rows against the
  total row (a mismatch only when the shares show the categories are
  exhaustive).

* tables, other families: a "Change" / "% change" / "Difference" / "Variance" column against the two
  level columns it differences (the nearest two to its left, of one period type, with no third of that
  type: two 12-month windows, "2023/24 YTD" and "Previous YTD", budget and forecast).  The base is the
  earlier period, else the column labelled Previous / Baseline / SPLY, else either order is accepted.
  A "% change" is (current - base) / base over the printed values' rounding intervals; beside percent
  levels the points difference is accepted too.  Category rows against a single last "Total" row, per
  count / money column, only under subject rows (crime types, districts, budget lines) and only when
  some column adds up (else the rows are a selection and nothing is said).
* a target-role figure ("the 80% target", "within 28 days") is never a part, a total or a level of a
  sentence's arithmetic.

Linking a figure to these tables: a year-to-date figure goes to the current year-to-date column (not
"Previous YTD"); a year-to-date change to the change column of the year-to-date columns (the figure's
own unit picks "Change" or "% Change"); quarters and months by their end; money ("budget", unit gbp,
"£000" cells scaled); rates ("Rate per 1,000 population" is the crime rate); a crime type named alone
("Residential burglary | 101 | 96") is that row's volume; rows of one measure ("Overall satisfaction",
"Satisfaction with being kept informed") are told apart by their other label words.  Target columns are
never levels.  A cell reading only a scale marker ("£000") is no value.

Tolerance comes from the stated precision (the same interval rule; for a
difference of rounded values the inputs' half-precisions are added).  The
implied value is in ``table_value`` and the working in ``table_value_raw``.
Arithmetic mismatches are ``value`` (major) or ``rounding`` (minor).

Across tables (``cross_table``)
-------------------------------
* The same measure (metric, statistic, qualifiers, the row label's words, period
  type, period start and end, unit) in two tables of one document - a measure box
  and a table for the same indicator and quarter: consistent, or mismatch reason
  ``value`` (major).  Only when each table holds exactly one such cell.

Across documents (``cross_document``)
-------------------------------------
* The same measure (metric, statistic, qualifiers, period type and period end)
  in two documents: consistent, or mismatch reason ``revised`` (minor).
* A narrative figure of a document that has no table for its section,
  against the table of the same (non-generic) section of another document (the
  same report rendered twice): the narrative rules above.
* The same sentence (numbers masked) in two documents with different numbers:
  mismatch ``revised``.

``check_id`` = ``stable_id(doc_id, check_type, figure_id / measure ids, ...)``.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .model import stable_id
from .normalise import clean_text, find_quantities, sign_from_words
from .records import CheckRecord, FigureRecord, MeasureRecord

__all__ = ["reconcile", "METRICS", "SUBJECTS", "precision_of", "agrees",
           "format_value"]

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------

#: (metric key, pattern on narrative words, pattern on the table's metric label)
#: most specific first.
METRICS: list[tuple[str, str, str]] = [
    ("budget", r"\bbudget(?:ed|s)?\b", r"^\W*(?:(?:revenue|net|gross|original|revised|approved|annual)\s+)?budget\b"),
    ("online_reports", r"online crime report|\bocr\b|online report", r"online (crime )?report"),
    ("fat_volume", r"\bfat (outcome )?volumes?", r"\bfat (outcome )?volume"),
    ("fat_rate", r"\bfat (outcome )?rates?|\bfat\b(?! (outcome )?volume)", r"\bfat (outcome )?rate"),
    ("arrest_rate", r"arrest rates?", r"arrest rate"),
    ("charge_rate", r"charge rates?|charge(?:/| and )summons rates?|charged rates?", r"charge rate|charge(?:/| and )summons rate"),
    ("positive_outcome", r"positive outcomes? (rate|ratio)", r"positive outcomes? (rate|ratio)"),
    ("solved_rate", r"solved? rates?", r"solved? rate"),
    ("arrest_volume", r"\barrests?\b(?! rates?)|arrest volumes?", r"^\W*(?:[a-z]+ ){0,3}arrests?\W*$|arrest volume|number of arrests"),
    ("ksi", r"\bksis?\b|killed or seriously injured", r"\bksi\b|killed or seriously injured"),
    ("stop_search", r"stop(?:ped)? (?:and|&) search(?:es|ed)?|stop searches", r"stop (?:and|&) search|stop searches"),
    ("custody_time", r"time (?:spent )?in custody|detention times?", r"time in custody|detention time"),
    ("abandonment_rate", r"abandon", r"abandon"),
    ("time_to_answer", r"wait(ing|ed)?( to answer)?( times?)?\b|time to answer|answer(ing)? times?|average wait",
     r"time to answer|wait to answer|answer time|wait time"),
    ("call_offer", r"calls? offered|offered calls|call offer(ed)?( demand)?|call demand|calls? for service",
     r"call offer|calls offered|offered"),
    ("call_answered", r"call volumes?|calls? answered|answered calls?|call answered|calls? handled",
     r"call answered|calls answered|answered volume|call volume"),
    ("attended", r"incidents? attended|attended incidents|\battendances\b|\battended (?:[\d,]+ )?(?:\w+ )?incidents\b",
     r"incidents? attended|attended incidents|attendances"),
    ("log_volume", r"(storm )?log volumes?|\blogs\b|incident logs?|\bincidents?\b(?! attended)",
     r"storm log|log volume|^\W*(?:[a-z]+ ){0,2}incidents?(?: volumes?| count| demand| logged| recorded| reported)?\W*$"
     r"|incident volume"),
    ("response_rate", r"response rates?|attendance rates?", r"response rate|attendance rate"),
    ("time_at_scene", r"time (spent )?at (the )?scene", r"time at scene"),
    ("response_time", r"response times?|times? (?:taken )?to (arrive|attend)|arrival times?|attendance times?"
     r"|attended (?:with)?in an? (?:average|mean|median)|\bresponses? (?:averaged|averaging)\b",
     r"response time|time to (arrive|attend)|arrival time|attendance time"),
    ("suspects", r"\bsuspects?\b|\bperps\b|\bperpetrators?\b|\boffenders?\b", r"suspects|perpetrators|offenders"),
    ("risk_level", r"risk levels?|\b(high|medium|standard)[- ]risk\b", r"risk level"),
    ("satisfaction", r"satisf", r"satisf"),
    ("crime_rate", r"crime rates?|crimes? per\b|rate of crime", r"crime rate|crimes per|^\W*rate per\b"),
    ("crime_volume", r"crime volumes?|volumes? of (recorded )?crimes?|recorded crimes?|crimes? recorded|"
     r"^\W*crimes? (?:were |have been )?recorded\b|\btotal (?:recorded )?crime\b|"
     r"(?:\b(?:vwi|da|rape|sso|rasso|asb|burglary|injury|abuse)\s+)crimes?\b",
     r"crime volume|crimes recorded|recorded crime|volume of (?:[a-z()]+ ){0,3}crimes?\b"),
]
_METRIC_FIG = [(k, re.compile(f, re.I)) for k, f, _ in METRICS]
_METRIC_TAB = [(k, re.compile(t, re.I)) for k, _, t in METRICS]

#: qualifier token -> pattern (on figure words and on table row labels)
SUBJECTS: list[tuple[str, str]] = [
    ("999", r"(?<![\d,.])999(?![\d,.]\d)"),
    ("101", r"(?<![\d,.])101(?![\d,.]\d)|\bcch\b"),
    ("crib", r"\bcrib\b"),
    ("immediate", r"\bimmediate\b|\bemergency\b"),
    ("scheduled", r"\bscheduled\b|\broutine\b(?= (?:response|incidents?|calls?|attendance))"),
    ("priority", r"\bpriority\b(?![ \t]*\d)"),
    ("county", r"\bcounty\b(?![ \t]+(?:hall|lines?|councils?|road))"),
    ("swindon", r"(?<!wiltshire and )(?<!wiltshire & )\bswindon\b(?![ \t]+borough)"),
    ("vwi", r"violence with injury|\bvwi\b"),
    ("da", r"\bda\b|domestic abuse"),
    ("rasso", r"\brasso\b"),
    ("rape", r"\brapes?\b"),
    ("sso", r"\bsso\b|serious sexual(?: offen[cs]es?)?"),
    ("asb", r"\basb\b|anti[- ]?social(?: behaviou?r)?"),
    ("burglary", r"\bburglar(?:y|ies|s)?\b"),
    ("risk_high", r"\bhigh(?:[- ](?:risk|level))\b|risk level:? high"),
    ("risk_medium", r"\bmedium(?:[- ](?:risk|level))\b|risk level:? medium"),
    ("risk_standard", r"\bstandard(?:[- ](?:risk|level))\b|risk level:? standard"),
]
_SUBJ = [(k, re.compile(p, re.I)) for k, p in SUBJECTS]
_FORCE_WORDS = {"all", "force", "overall", "total", "wiltshire", "the", "and", "of", "level", "force-wide", "whole",
                "call", "calls", "service", "services", "line", "lines", "incident", "incidents", "crime", "crimes",
                "volume", "volumes", "rate", "number"}
_MODIFIERS = re.compile(r"\b(?:child(?:ren)?|victims?|repeat|youth|young|juvenile|female|male|women|girls|boys|men|adults?|"
                        r"elderly|online|rural|urban|night[- ]time|weekend|cyber|hate|knife|drug|alcohol)\b", re.I)
_OTHER_BASELINE = re.compile(r"than (?:in )?(?:19|20)\d\d\b|(?:compared (?:to|with)|since|from|on) (?:19|20)\d\d\b|"
                             r"pre[- ]?covid|baseline|previous (?:month|quarter)|last (?:month|quarter)", re.I)

_GENERIC_HEADING = re.compile(
    r"^(?:what|so what|now what|data summary|summary|overview|visuali[sz]ations?|key (?:points|messages|findings)|"
    r"analysis|commentary|narrative|context|background|notes?|introduction|highlights?|headlines?|"
    r"quarterly pcc highlight report|police (?:and|&) crime panel|performance|measures?|contents)\b")

_STAT_MEDIAN = re.compile(r"\bmedian\b", re.I)
_STAT_AVG = re.compile(r"\b(?:average|mean|averaging|averaged)\b", re.I)
_YOY = re.compile(r"year[\s-]*on[\s-]*year|\byoy\b|year over year|compared (?:to|with) (?:the )?(?:same period|previous 12|last 12|previous year|last year)"
                  r"|on the previous year|than the previous 12|previous 12 months|12 months vs|annual change"
                  r"|(?:on|than|compared (?:to|with)) (?:the )?(?:last|previous|prior) year\b|on the same period last year", re.I)
_PREV = re.compile(r"previous month|last month|month[- ]on[- ]month|previous quarter|last quarter|quarter[- ]on[- ]quarter"
                   r"|(?:compared (?:to|with)|from|on|since|than) (?:in )?(?:january|february|march|april|may|june|july|august|"
                   r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", re.I)
_APPROX = re.compile(r"(?:\b(?:around|about|approximately|approx\.?|roughly|nearly|almost|circa|some|c\.|~)\s*)$", re.I)
_LOWER_BOUND = re.compile(r"(?:\b(?:over|more than|above|exceeding|in excess of|at least|upwards of|\+)\s*)$", re.I)
_UPPER_BOUND = re.compile(r"(?:\b(?:under|less than|below|fewer than|up to|at most|within)\s*)$", re.I)
_NSAMPLE = re.compile(r"\bn\s*[.=:]\s*$", re.I)

_CONTINUATION = re.compile(r"^\W*(?:this|which|that)\s+(?:represents|compares|equates|is|was|means|amounts)\b", re.I)

_PERCENT_UNITS = ("percent", "percentage_points")

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _norm(text: Optional[str]) -> str:
    t = clean_text(text or "").lower()
    t = t.replace("&", " and ")
    t = re.sub(r"[^a-z0-9%]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


@lru_cache(maxsize=8192)
def _topic(section: Optional[str]) -> Optional[str]:
    n = _norm(section)
    if not n or _GENERIC_HEADING.match(n):
        return None
    return n


_STOP = {"the", "and", "of", "a", "an", "in", "for", "to", "with", "on", "service", "services"}


def _topic_eq(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    ta = set(a.split()) - _STOP
    tb = set(b.split()) - _STOP
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) >= 2 and short <= long_


@lru_cache(maxsize=8192)
def _subject_tokens(text: Optional[str]) -> frozenset:
    t = clean_text(text or "")
    return frozenset(k for k, rx in _SUBJ if rx.search(t))


@lru_cache(maxsize=8192)
def _metric_key_fig(text: Optional[str]) -> Optional[str]:
    t = clean_text(text or "")
    for k, rx in _METRIC_FIG:
        if rx.search(t):
            return k
    return None


def _stat_of(text: Optional[str]) -> Optional[str]:
    t = text or ""
    if _STAT_MEDIAN.search(t):
        return "median"
    if _STAT_AVG.search(t):
        return "average"
    return None


def _unit_family(unit: Optional[str]) -> str:
    """Units that compare as numbers: percent with points; a rate ("per 1,000",
    unit ``rate`` in tables) with a plain number (narrative "61.2 crimes per 1,000"
    is read as a count)."""
    if unit in _PERCENT_UNITS:
        return "percent"
    if unit == "rate":
        return "count"
    return unit or ""


@lru_cache(maxsize=8192)
def precision_of(raw: Optional[str], unit: Optional[str]) -> float:
    """The interval of the last stated digit of ``raw`` in canonical units.

    "62%" -> 1, "1.6% points" -> 0.1, "8.%" -> 1, "16 minutes" -> 60,
    "1 hr 33 min" -> 60, "00:12:21" / "11 min 15 sec" -> 1, "£1.2m" -> 100000,
    "2,751" -> 1.  Unknown -> 1 (in the canonical unit, 0.1 for percents
    without a printed form).
    """
    t = clean_text(raw or "").lower()
    m = re.search(r"(\d[\d,]*)(?:\.(\d*))?", t)
    if not m:
        return 0.1 if unit in _PERCENT_UNITS else 1.0
    dec = len(m.group(2) or "")
    base = 10.0 ** (-dec)
    if unit == "seconds":
        if re.search(r"\d:\d\d", t):
            # hh:mm:ss or mm:ss; decimals after the seconds refine it
            tail = re.search(r":\d\d(?:\.(\d+))?(?!.*:\d)", t)
            return 10.0 ** (-len(tail.group(1))) if tail and tail.group(1) else 1.0
        if re.search(r"\d\s*-?\s*(?:s|secs?|seconds?)\b", t):
            unit_s = 1.0
        elif re.search(r"\d\s*-?\s*(?:m|mins?|minutes?)\b", t):
            unit_s = 60.0
        elif re.search(r"\d\s*-?\s*(?:h|hrs?|hours?)\b", t):
            unit_s = 3600.0
        elif re.search(r"\d\s*-?\s*days?\b", t):
            unit_s = 86400.0
        else:
            unit_s = 1.0
        # decimals belong to the last number printed
        nums = re.findall(r"\d[\d,]*(?:\.(\d+))?", t)
        dec_last = len(nums[-1]) if nums and nums[-1] else 0
        return unit_s * 10.0 ** (-dec_last)
    scale = 1.0
    sm = re.search(r"\d\s*(thousand|million|billion|bn|mn|m|k|b)\b", t)
    if sm:
        scale = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
                 "billion": 1e9, "bn": 1e9, "b": 1e9}[sm.group(1)]
    return base * scale


def _eps(*vals: float) -> float:
    return 1e-9 * max([1.0] + [abs(v) for v in vals if v is not None])


def _in_hull(n: float, p: float, t: float) -> bool:
    """Does the exact value ``t`` round or truncate to the stated ``n`` (precision ``p``)?"""
    e = _eps(n, t, p)
    if n > 0:
        return n - p / 2 - e <= t < n + p - e
    if n < 0:
        return n - p + e < t <= n + p / 2 + e
    return -p + e < t < p - e


def agrees(n: float, pn: float, t: float, pt: float) -> bool:
    """True when the narrative ``n`` (precision ``pn``) and the table ``t``
    (precision ``pt``) can be the same number at the coarser of the two
    precisions (rounding or truncation)."""
    if pt > pn * 1.0000001:
        return _in_hull(t, pt, n)
    return _in_hull(n, pn, t)


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


def _doc_id_of(d) -> Optional[str]:
    return getattr(d, "doc_id", None)


# ---------------------------------------------------------------------------
# table rows
# ---------------------------------------------------------------------------

@dataclass
class _Row:
    doc_id: str
    table_id: str
    row_label: str
    metric_key: str
    stat: Optional[str]
    quals: frozenset
    topic: Optional[str]
    section: str
    cells: list = field(default_factory=list)  # MeasureRecord
    pos: tuple = (0, 0)

    @property
    def raw_words(self) -> frozenset:
        """The words of the row's qualifiers outside the subject vocabulary ("Kept Informed", "North")."""
        return _raw_qual_words(self.quals)

    @property
    def label_words(self) -> frozenset:
        return _words_of(self.row_label)


@lru_cache(maxsize=8192)
def _raw_qual_words(quals: frozenset) -> frozenset:
    out: set = set()
    for q in quals:
        if str(q).startswith("raw:"):
            out |= _words_of(q[4:])
    return frozenset(out)


@lru_cache(maxsize=8192)
def _words_of(text: Optional[str]) -> frozenset:
    """Normalised content words (plural 's' dropped) of a text."""
    ws = [w for w in _norm(text).split() if w not in _RAW_STOP and w not in _FORCE_WORDS]
    return frozenset(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in ws)


def _split_same_measure_rows(t: "_Table") -> None:
    """Rows of one table that read as the same measure ("Overall satisfaction", "Satisfaction with being
    kept informed", "Satisfaction with ease of contact": all satisfaction, no qualifier) are told apart
    by the other words of their labels, which become qualifiers; a row with no other words is the
    overall one."""
    groups: dict[tuple, list[_Row]] = {}
    for r in t.rows:
        if not r.metric_key.startswith("raw:") and ":" not in (r.row_label or ""):
            groups.setdefault((r.metric_key, r.stat, r.quals), []).append(r)
    for rows in groups.values():
        if len({r.row_label for r in rows}) < 2:
            continue
        for r in rows:
            extra = _label_extra_words(r.row_label, r.metric_key)
            if extra:
                r.quals = frozenset(set(r.quals) | {"raw:" + " ".join(extra)})


@dataclass
class _Table:
    doc_id: str
    table_id: str
    topic: Optional[str]
    section: str
    rows: list = field(default_factory=list)
    pos: tuple = (0, 0)


_RAW_STOP = {"the", "of", "a", "an", "in", "for", "to", "with", "on", "and", "volume", "volumes", "number", "total",
             "level", "levels", "figure", "figures", "recorded", "reported", "average", "mean", "median", "avg",
             # period words ("time in custody in June", "rolling 12-month arrest volume")
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
             "dec", "rolling", "month", "months", "year", "years", "quarter", "quarterly", "monthly", "annual",
             "last", "past", "previous", "this", "during", "over", "12", "3"}


@lru_cache(maxsize=8192)
def _raw_words(text: Optional[str]) -> frozenset:
    words = [w for w in _norm(re.sub(r"\([^)]*\)", " ", clean_text(text or ""))).split() if w not in _RAW_STOP]
    return frozenset(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words)


def _raw_key(text: Optional[str]) -> Optional[str]:
    w = _raw_words(text)
    return ("raw:" + " ".join(sorted(w))) if len(w) >= 2 else None


@lru_cache(maxsize=8192)
def _metric_key_tab(metric_text: str) -> str:
    t = clean_text(metric_text or "")
    for k, rx in _METRIC_TAB:
        if rx.search(t):
            return k
    return _raw_key(t) or ("raw:" + " ".join(sorted(_raw_words(t))))


def _parse_label(m: MeasureRecord) -> tuple[str, Optional[str], frozenset]:
    """(metric key, statistic, qualifier tokens) of a table row."""
    return _parse_label_of(m.row_label, m.metric, m.subject)


@lru_cache(maxsize=8192)
def _parse_label_of(row_label: Optional[str], metric: Optional[str], subject: Optional[str]
                    ) -> tuple[str, Optional[str], frozenset]:
    m = _LabelParts(row_label, metric, subject)
    label = clean_text(m.row_label or "")
    if ":" in label:
        metric_part, rest = label.split(":", 1)
    elif m.metric and m.subject:
        metric_part, rest = m.metric, m.subject
    else:
        metric_part, rest = (m.metric or label), (m.subject or "")
    if m.metric and ":" in label and _norm(m.metric) and _norm(m.metric) not in _norm(metric_part):
        metric_part = m.metric
    key = _metric_key_tab(metric_part)
    stat = _stat_of(metric_part)
    quals = set()
    rest_c = rest
    if ":" not in label and not m.subject:
        # "CRIB call - avg wait to answer": the subject is inside the label
        quals |= {k for k, rx in _SUBJ if rx.search(label)}
    for k, rx in _SUBJ:
        if rx.search(rest_c):
            quals.add(k)
            rest_c = rx.sub(" ", rest_c)
    # subject words inside the metric part ("Domestic Abuse Risk Level")
    for k, rx in _SUBJ:
        if k in ("da", "vwi", "asb") and rx.search(metric_part):
            quals.add(k)
    leftover = [w for w in _norm(rest_c).split() if w not in _FORCE_WORDS]
    if re.match(r"\s*(?:all|total|overall)\b", rest, re.I) and len(leftover) <= 2:
        leftover = []   # "KSI Casualties: All Roads", "Calls: All Lines" - the total row
    if leftover:
        quals.add("raw:" + " ".join(leftover))
    return key, stat, frozenset(quals)


_LABEL_FILLER = {"victim", "victims", "with", "being", "by", "at", "from", "per", "all", "overall", "total", "force"}


def _label_extra_words(text: str, key: str) -> list[str]:
    t = re.sub(r"\([^)]*\)", " ", clean_text(text or ""))
    rx = next((r for k, r in _METRIC_TAB if k == key), None)
    if rx is not None:
        for m in list(rx.finditer(t))[::-1]:
            a, b = m.start(), m.end()
            while a > 0 and t[a - 1].isalnum():
                a -= 1
            while b < len(t) and t[b].isalnum():
                b += 1
            t = t[:a] + " " + t[b:]
    t = _STAT_MEDIAN.sub(" ", _STAT_AVG.sub(" ", t))
    for _k, srx in _SUBJ:
        t = srx.sub(" ", t)
    return [w for w in _norm(t).split() if w not in _FORCE_WORDS and w not in _RAW_STOP and w not in _LABEL_FILLER
            and not w.isdigit()]


@dataclass(frozen=True)
class _LabelParts:
    row_label: Optional[str]
    metric: Optional[str]
    subject: Optional[str]


def _pos(rec) -> tuple:
    return (rec.page or 0, rec.line or 0)


def _build_tables(measures: list[MeasureRecord]) -> dict[str, list[_Table]]:
    by_table: dict[tuple, _Table] = {}
    rows: dict[tuple, _Row] = {}
    for m in measures:
        tk = (m.doc_id, m.table_id)
        t = by_table.get(tk)
        if t is None:
            t = by_table[tk] = _Table(m.doc_id, m.table_id, _topic(m.section), m.section or "", pos=_pos(m))
        rk = (m.doc_id, m.table_id, m.row_label, m.subject if ":" not in (m.row_label or "") else None,
              m.metric if ":" not in (m.row_label or "") else None)
        r = rows.get(rk)
        if r is None:
            key, stat, quals = _parse_label(m)
            r = rows[rk] = _Row(m.doc_id, m.table_id, m.row_label, key, stat, quals, t.topic,
                                m.section or "", pos=_pos(m))
            t.rows.append(r)
        r.cells.append(m)
        if t.topic is None and _topic(m.section):
            t.topic = _topic(m.section)
    out: dict[str, list[_Table]] = {}
    for t in by_table.values():
        _split_same_measure_rows(t)
        out.setdefault(t.doc_id, []).append(t)
    for v in out.values():
        v.sort(key=lambda t: t.pos)
    return out


# ---------------------------------------------------------------------------
# figures: context
# ---------------------------------------------------------------------------

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

#: what a unit-less metric key expects: a time, a rate or a volume
_KEY_UNIT = {"budget": "gbp", "time_to_answer": "seconds", "response_time": "seconds", "time_at_scene": "seconds",
             "custody_time": "seconds", "abandonment_rate": "percent", "fat_rate": "percent",
             "arrest_rate": "percent", "charge_rate": "percent", "positive_outcome": "percent",
             "solved_rate": "percent", "response_rate": "percent", "satisfaction": "percent"}


def _key_fits(key: Optional[str], unit: Optional[str], role: Optional[str]) -> bool:
    """Can a figure of ``unit`` be a value (or, for a change, a change) of the metric ``key``?"""
    if key is None:
        return False
    want = _KEY_UNIT.get(key)
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
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:last|past|previous|rolling|preceding)\s+"
    r"(?:12|twelve|3|three)\b|(?:12|twelve|3|three)[\s-]+months?\b|q[1-4]\b|(?:19|20)\d\d)", re.I)
_SINCE_MONTH = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
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


def _prefix(f: FigureRecord) -> str:
    s = f.sentence or ""
    cs = f.char_start if f.char_start is not None and 0 <= f.char_start <= len(s) else None
    if cs is None:
        i = s.find(f.value_raw or "\x00")
        cs = i if i >= 0 else len(s)
    return s[:cs]


def _fig_context(f: FigureRecord) -> _Fig:
    pre = _prefix(f)
    s = f.sentence or ""
    ce = f.char_end if f.char_end is not None and f.char_end <= len(s) else len(pre) + len(f.value_raw or "")
    after = s[ce:ce + 40]
    # the clause of the figure: from the last clause break before it
    clause = _CLAUSE_BREAK.split(pre)[-1]
    # the measure: the first of the figure's metric words, then its clause, that a value of its unit can be
    key = None
    raw_key = _raw_key(f.metric_text)
    if raw_key and not (_raw_words(f.metric_text) - _words_of(f.subject) - _GENERIC_VOLUME_WORDS):
        raw_key = None   # "knife crime in December": the subject's volume, see _default_volume
    # ... or the words right after a count ("1,034 crimes were recorded")
    after_key = _metric_key_fig(s[ce:ce + 30]) if f.unit == "count" and not f.metric_text else None
    if after_key is None and f.unit == "count" and re.match(r"\s*crimes?\s+(?:were|have\s+been)\s+recorded\b",
                                                          s[ce:ce + 40], re.I):
        after_key = "crime_volume"
    for k in (_metric_key_fig(f.metric_text), _metric_key_fig(clause), raw_key, after_key):
        if k is not None and _key_fits(k, f.unit, f.role):
            key = k
            break
    # the statistic the figure's own clause names ("whereas the mean was ...") before its metric words
    stat = _stat_of(clause) or _stat_of(f.metric_text or "")
    explicit = _subject_tokens(f.subject)
    if f.subject and not explicit:
        words = [w for w in _norm(f.subject).split() if w not in _FORCE_WORDS]
        if words:
            explicit = {"raw:" + " ".join(words)}
    context = set(explicit) | _subject_tokens(pre) | _subject_tokens(f.metric_text) | _subject_tokens(f.section)
    tail = clean_text(pre)[-25:]
    qual = ""
    if _APPROX.search(tail):
        qual = "approx"
    elif _LOWER_BOUND.search(tail):
        qual = "lower"
    elif _UPPER_BOUND.search(tail):
        qual = "upper"
    raw = clean_text(f.value_raw or "")
    sign_stated = (f.value or 0) < 0 or raw.lstrip().startswith(("+", "-")) or "▲" in raw or "▼" in raw \
        or sign_from_words(clean_text(pre)[-40:]) != 0 or sign_from_words(after[:20]) != 0
    inherited = bool(f.period_inherited) or not f.period_type or f.period_type in ("other", "point_in_time")
    is_change = (f.role == "change") or f.period_type == "change_12_months"
    yoy = bool(_YOY.search(s)) or (f.period_type == "change_12_months" and not _OTHER_BASELINE.search(s))
    prev = bool(_PREV.search(s)) and not (f.period_type == "change_12_months")
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
        ch = [c for c in cells if c.period_type == "change_12_months"]
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


#: period types of a change that the "12 months vs 12 months" column can hold
_TWELVE_MONTH_TYPES = ("change_12_months", "rolling_12_months", "financial_year", "calendar_year")

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _period_phrase(f: FigureRecord) -> str:
    """'September 2023', 'the quarter to September 2023', ... for an explanation."""
    end = f.period_end or ""
    m = re.match(r"(\d{4})-(\d\d)", end)
    month = f"{_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}" if m else ""
    if f.period_type == "month":
        return month or "one month"
    what = {"quarter": "the quarter", "rolling_3_months": "the 3 months", "year_to_date": "the year"}.get(
        f.period_type or "", "the period")
    return f"{what} to {month}" if month else what


def _change_period_check(fc: _Fig, row: _Row, check_type: str) -> Optional[CheckRecord]:
    """A year-on-year change of a single month (or quarter) against a row that only has the 12-month change."""
    f = fc.f
    ch = [c for c in row.cells if c.period_type == "change_12_months" and c.value is not None
          and _unit_family(c.unit) == _unit_family(f.unit)]
    if len(ch) != 1:
        return None
    c = ch[0]
    pc = precision_of(c.value_raw, c.unit) if c.value_raw else fc.precision
    nf, nt = _say(f.value, f.unit, fc.precision), _say(c.value, c.unit, pc)
    when = _period_phrase(f)
    same = agrees(abs(f.value), fc.precision, abs(c.value), pc)
    note = (f" The table's 12-month change is also {nt}, so the writer may have quoted that column." if same else "")
    return _check(f.doc_id, check_type, "unverifiable", "period", (f.figure_id, row.table_id, row.row_label), f, c,
                  explanation=(f"The narrative's {nf} is the year-on-year change for {when} alone (compared with the "
                               f"same period a year before). The table row \"{row.row_label}\" gives only the change "
                               f"over 12 months against the previous 12 months (\"{c.column_label}\": {nt}), so the "
                               f"figure cannot be checked against it." + note))


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


def _compare(fc: _Fig, row: _Row, cell: Optional[MeasureRecord], alt_rows: list[_Row], check_type: str,
             doc_id: str, status: str) -> Optional[CheckRecord]:
    """The verdict of one figure against one row (cell chosen or period unstated)."""
    f = fc.f
    ids = (f.figure_id, row.table_id, row.row_label)
    where = f"the table row \"{row.row_label}\""
    nf = _say(f.value, f.unit, fc.precision)

    def cell_pt(c: MeasureRecord) -> float:
        return precision_of(c.value_raw, c.unit) if c.value_raw else fc.precision

    def unit_ok(c: MeasureRecord) -> bool:
        return _unit_family(c.unit) == _unit_family(f.unit)

    def agrees_c(c: MeasureRecord, magnitude: bool = False) -> bool:
        if c.value is None or not unit_ok(c):
            return False
        n, t = f.value, c.value
        if magnitude or not fc.sign_stated:
            n, t = abs(n), abs(t)
        if fc.qualifier == "lower":
            return t >= n - _eps(n, t)
        if fc.qualifier == "upper":
            return t <= n + _eps(n, t)
        if fc.qualifier == "approx":
            return abs(t - n) <= 0.1 * abs(n) + _eps(n, t)
        return agrees(n, fc.precision, t, cell_pt(c))

    def note_units(c: MeasureRecord) -> str:
        if f.unit != c.unit and {f.unit, c.unit} == set(_PERCENT_UNITS):
            return (" The narrative writes a percent where the table gives percentage points;"
                    " the numbers were compared as printed.")
        return ""

    if status == "unstated":
        cands = [c for c in _level_cells(row)]
        if not any(c.value is not None and unit_ok(c) for c in cands):
            return None
        ok = [c for c in cands if agrees_c(c)]
        if ok:
            c = ok[0]
            return _check(doc_id, check_type, "consistent", None, ids, f, c,
                          explanation=(f"The narrative's {nf} agrees with {where} for \"{c.column_label}\" "
                                       f"({_say(c.value, c.unit, cell_pt(c))}) at the precision stated; the sentence "
                                       f"names no period, so every column of the row was tried." + note_units(c)))
        # the median reported as the average in the default column?
        default = [c for c in cands if c.period_type == "month"] or cands
        for alt in alt_rows:
            for ac in alt.cells:
                if ac.period_type == default[0].period_type and agrees_c(ac):
                    return _label_mismatch(fc, row, default[0], alt, ac, check_type, doc_id, ids)
        vals = "; ".join(f"{c.column_label}: {_say(c.value, c.unit, cell_pt(c))}" for c in cands if c.value is not None)
        c0 = default[0]
        return _check(doc_id, check_type, "unverifiable", "period", ids, f, c0,
                      explanation=(f"The sentence names no period and the narrative's {nf} agrees with no column of "
                                   f"{where} ({vals}). It may refer to a period the table does not show."))

    assert cell is not None
    if cell.value is None:
        return _check(doc_id, check_type, "unverifiable", "missing", ids, f, cell,
                      explanation=(f"The table cell for {where}, \"{cell.column_label}\", is empty, so the narrative's "
                                   f"{nf} cannot be checked."))
    pt = cell_pt(cell)
    nt = _say(cell.value, cell.unit, pt)
    if not unit_ok(cell):
        # only the same number in another unit is worth saying
        if agrees(abs(f.value), fc.precision, abs(cell.value), pt) or agrees(abs(f.value), 1.0, abs(cell.value), 1.0):
            return _check(doc_id, check_type, "mismatch", "unit", ids, f, cell, difference=None,
                          explanation=(f"The narrative gives {nf} ({f.unit}) where {where} gives {nt} "
                                       f"({cell.unit}) for \"{cell.column_label}\": the same number in a different unit."))
        return None
    if agrees_c(cell):
        extra = ""
        if not fc.sign_stated and (cell.value or 0) < 0:
            extra = " The sentence does not state the direction; the sizes agree."
        return _check(doc_id, check_type, "consistent", None, ids, f, cell,
                      explanation=(f"The narrative's {nf} agrees with {where}, \"{cell.column_label}\" ({nt}), at the "
                                   f"precision stated." + extra + note_units(cell)))
    if fc.qualifier:
        return _check(doc_id, check_type, "unverifiable", "approximate", ids, f, cell,
                      explanation=(f"The narrative's figure is approximate (\"{clean_text(_prefix(f))[-20:].strip()} "
                                   f"{f.value_raw}\") and {where} gives {nt}; not treated as a discrepancy."))
    diff = f.value - cell.value
    if fc.sign_stated and agrees_c(cell, magnitude=True) and f.value * cell.value < 0:
        return _check(doc_id, check_type, "mismatch", "sign", ids, f, cell,
                      explanation=(f"The narrative says {_signed(f.value, f.unit, fc.precision)} "
                                   f"({'a fall' if f.value < 0 else 'a rise'}) but {where} gives "
                                   f"{_signed(cell.value, cell.unit, pt)} for \"{cell.column_label}\" "
                                   f"({'a fall' if cell.value < 0 else 'a rise'}): the direction is reversed."))
    for alt in alt_rows:
        for ac in alt.cells:
            if ac.period_type == cell.period_type and _month_key(ac.period_end) == _month_key(cell.period_end) \
                    and agrees_c(ac):
                return _label_mismatch(fc, row, cell, alt, ac, check_type, doc_id, ids)
    if not fc.is_change:
        for oc in _level_cells(row):
            if oc is not cell and agrees_c(oc):
                return _check(doc_id, check_type, "mismatch", "period", ids, f, cell,
                              explanation=(f"The narrative presents {nf} as the {_period_words(f)} figure, but {where} "
                                           f"gives {nt} for \"{cell.column_label}\"; {nf} is the table's "
                                           f"\"{oc.column_label}\" value ({_say(oc.value, oc.unit, cell_pt(oc))}). "
                                           f"The figure appears to describe a different period."))
    tol = max(fc.precision, pt)
    n_cmp, t_cmp = (f.value, cell.value) if fc.sign_stated else (abs(f.value), abs(cell.value))
    if abs(n_cmp - t_cmp) <= tol + _eps(n_cmp, t_cmp):
        return _check(doc_id, check_type, "mismatch", "rounding", ids, f, cell,
                      explanation=(f"The narrative's {nf} is not {nt} ({where}, \"{cell.column_label}\") correctly "
                                   f"rounded; they differ by {_fmt_diff(abs(diff), cell.unit, pt)}, within one unit of "
                                   f"the last digit stated." + note_units(cell)))
    alt_note = ""
    for alt in alt_rows:
        for ac in alt.cells:
            if ac.period_type == cell.period_type and _month_key(ac.period_end) == _month_key(cell.period_end) \
                    and ac.value is not None:
                alt_note = f" (\"{alt.row_label}\" gives {_say(ac.value, ac.unit, cell_pt(ac))}.)"
    return _check(doc_id, check_type, "mismatch", "value", ids, f, cell,
                  explanation=(f"The narrative says {nf} but {where} gives {nt} for \"{cell.column_label}\" - "
                               f"a difference of {_fmt_diff(abs(n_cmp - t_cmp), cell.unit, min(fc.precision, pt))}."
                               + alt_note + note_units(cell)))


def _period_words(f: FigureRecord) -> str:
    return {"month": "monthly", "rolling_12_months": "12-month", "rolling_3_months": "3-month",
            "quarter": "quarterly", "change_12_months": "year-on-year"}.get(f.period_type or "", "stated period's")


def _metric_words(row: _Row) -> str:
    label = clean_text(row.row_label or "").split(":")[0]
    return re.sub(r"^(?:average|mean|median)\s+", "", label.strip(), flags=re.I).lower() or "figure"


def _label_mismatch(fc: _Fig, row: _Row, cell: MeasureRecord, alt: _Row, ac: MeasureRecord, check_type: str,
                    doc_id: str, ids: tuple) -> CheckRecord:
    f = fc.f
    nf = _say(f.value, f.unit, fc.precision)
    pa = precision_of(ac.value_raw, ac.unit)
    pc = precision_of(cell.value_raw, cell.unit)
    desc = (f"the {_metric_words(row)}" if not fc.stat else f"the {fc.stat}")
    return _check(doc_id, check_type, "mismatch", "label", ids, f, cell,
                  explanation=(f"The narrative gives {nf} as {desc}, which the table calls \"{row.row_label}\" "
                               f"({_say(cell.value, cell.unit, pc)} for \"{cell.column_label}\"); {nf} is in fact the "
                               f"table's \"{alt.row_label}\" ({_say(ac.value, ac.unit, pa)}): the "
                               f"{alt.stat or 'other measure'} is reported as the {row.stat or 'average'}."))


# ---------------------------------------------------------------------------
# narrative against tables
# ---------------------------------------------------------------------------

_DIMENSION = {"999": "service", "101": "service", "crib": "service", "immediate": "grade", "priority": "grade",
              "scheduled": "grade",
              "county": "area", "swindon": "area", "vwi": "crime", "da": "crime", "rasso": "crime", "rape": "crime",
              "sso": "crime", "asb": "crime", "burglary": "crime", "risk_high": "risk", "risk_medium": "risk",
              "risk_standard": "risk"}


def _dims(tokens) -> set:
    return {_DIMENSION.get(t, "raw" if str(t).startswith("raw:") else "other") for t in tokens}


_BENCHMARK = re.compile(r"\b(?:national(?:ly)?|msg|most similar|peers?|peer group|regional(?:ly)?|england and wales|"
                        r"other forces|all forces|forces nationally|target|sla)\b", re.I)


def _default_volume(fc: _Fig, tables: list[_Table]) -> Optional[_Fig]:
    """A figure about a crime type that names no measure ("Robbery volumes have fallen by 12%", "702
    offences", "Knife crime rose by 52 offences (4.1%)") is about its volume: the one volume metric the
    linked table has for that crime type, when there is exactly one."""
    f = fc.f
    if _unit_family(f.unit) not in ("count", "percent") or (f.unit == "percent" and f.role != "change"):
        return None
    words = _words_of(f.metric_text)
    if words - _GENERIC_VOLUME_WORDS - _words_of(f.subject) - _words_of(f.section):
        return None  # the metric words say something else ("burglary-related calls")
    crime = (fc.explicit & _CRIME_TOKENS) or _raw_qual_words(frozenset(fc.explicit)) or (fc.context & _CRIME_TOKENS)
    if not crime:
        return None
    linked, _ = _link_tables(fc, tables)
    keys = set()
    for t in linked:
        for r in t.rows:
            if r.metric_key in _VOLUME_KEYS and any(c.unit == "count" for c in r.cells) \
                    and (crime & r.quals or crime & r.label_words):
                keys.add(r.metric_key)   # a volume row of the figure's crime type
            elif r.metric_key.startswith("raw:") and any(c.unit == "count" for c in r.cells) \
                    and (crime & r.quals or crime & r.label_words) \
                    and r.label_words <= (fc.words | _words_of(f.sentence) | crime | _GENERIC_VOLUME_WORDS):
                keys.add(r.metric_key)   # a row named by the crime type alone ("Residential burglary | 101 | 96")
    if len(keys) != 1:
        return None
    import dataclasses
    return dataclasses.replace(fc, metric_key=keys.pop())


_VOLUME_KEYS = ("crime_volume", "log_volume")
_GENERIC_VOLUME_WORDS = frozenset({"offence", "crime", "incident", "volume", "number", "case", "report",
                                   "robberie", "robbery", "burglarie", "burglary", "rape", "year", "on", "increase",
                                   "decrease", "reduction", "rise", "fall", "change", "recorded", "reported"})


#: "... below the 10-minute target at 9 min 48 sec": the target has its own figure; this one is the level
_OWN_VS_TARGET = re.compile(r"\b(?:the|a|its|our)\s+[\d.,:]+[\w-]*\s+(?:target|sla)\s+(?:at|with)\s*$", re.I)


def _narrative_checks(fc: _Fig, tables: list[_Table], check_type: str, strength_required: Optional[str] = None
                      ) -> Optional[CheckRecord]:
    f = fc.f
    if f.role in ("rank", "target", "other") or fc.base or fc.part:
        return None
    if fc.metric_key is None:
        fc = _default_volume(fc, tables)
        if fc is None:
            return None
    clause = re.split(r"[;]|\.\s|, (?=(?:and|with|while|whilst|but)\b)|\band\b|\bversus\b|\bvs\.?\b"
                      r"|\b(?:whereas|whilst|while)\b", _prefix(f))[-1]
    own_vs_target = _OWN_VS_TARGET.search(clause)
    bench_clause = clause[:own_vs_target.start()] if own_vs_target else clause
    if _BENCHMARK.search(bench_clause) or _BENCHMARK.search(clean_text(f.subject or "")):
        return None  # a national / peer / target figure, not the force's own measure
    if re.match(r"\s*(?:per\s+(?:\d|head|person|capita|1,000|thousand|100)|crimes per)", (f.sentence or "")[f.char_end or 0:], re.I):
        return None
    if f.unit == "count" and (_NSAMPLE.search(_prefix(f)) or clean_text(f.value_raw or "").lower().startswith("n")):
        return None
    linked, strength = _link_tables(fc, tables)
    if not linked or (strength_required and strength != strength_required):
        return None
    rows = [r for t in linked for r in t.rows]
    mods = {w.lower() for w in _MODIFIERS.findall(" ".join([f.metric_text or "", clause, f.subject or ""]))}
    # only the words the writer used ("victim satisfaction" may be the figure's canonical measure name)
    mods &= {w.lower() for w in _MODIFIERS.findall(f.sentence or "")}
    if mods:
        rows = [r for r in rows if mods <= {w.lower() for w in _MODIFIERS.findall(r.row_label or "")}]
    table_tokens: set = set()
    table_words: frozenset = frozenset()
    for t in linked:
        table_tokens |= _subject_tokens(t.section)
        table_words |= _words_of(t.section)
    prim_stat = "median" if fc.stat == "median" else "average"
    alt_stat = "average" if prim_stat == "median" else "median"
    prim, missing = _candidate_rows(fc, rows, prim_stat, table_tokens, table_words)
    alt, _ = _candidate_rows(fc, rows, alt_stat, table_tokens, table_words)
    if not prim and fc.stat is None and alt:
        # only a median row exists for a plain "response time": compare, never alarm on it
        prim, alt = alt, []
        only_alt = True
    else:
        only_alt = False
    if not prim:
        if missing and strength == "strong" and not alt:
            some = [r for r in rows if r.metric_key == fc.metric_key]
            row_dims = _dims(set().union(*[r.quals for r in some])) if some else set()
            fig_dims = _dims(fc.explicit)
            same_dimension = bool(fig_dims & row_dims) or ("raw" in fig_dims and "area" in row_dims) \
                or ("area" in fig_dims and "raw" in row_dims)
            if some and same_dimension:
                labels = ", ".join(sorted({r.row_label for r in some})[:4])
                return _check(f.doc_id, check_type, "unverifiable", "missing",
                              (f.figure_id, linked[0].table_id, "no-row"), f,
                              table_row_label=None,
                              explanation=(f"The table of this section has no row for \"{f.subject}\" "
                                           f"(rows: {labels}), so the narrative's "
                                           f"{_say(f.value, f.unit, fc.precision)} cannot be checked."))
        return None
    if len(prim) != 1:
        return None
    row = prim[0]
    if not fc.explicit:
        # a sentence naming a sibling row's subject ("... across County and Swindon") without saying which
        # one the figure belongs to is ambiguous
        sibs = [r for r in rows if r.metric_key == fc.metric_key]
        sib = set().union(*[r.quals for r in sibs])
        if (_subject_tokens(f.sentence) & sib) - row.quals:
            return None
        # the same for words of sibling rows' own qualifiers ("... while the West fell by 14.0%")
        sib_words = set().union(*[r.raw_words for r in sibs]) - row.raw_words - _words_of(f.section)
        if sib_words & _words_of(f.sentence):
            return None
    alt = [a for a in alt if a.quals == row.quals]
    cell, status = _cell_for(row, fc)
    if status == "change_period":
        return _change_period_check(fc, row, check_type)
    if status in ("none", "skip"):
        return None
    chk = _compare(fc, row, cell, alt, check_type, f.doc_id, status)
    if chk is not None and only_alt and chk.verdict == "mismatch":
        chk.verdict, chk.reason, chk.severity = "unverifiable", "label", "info"
        chk.explanation += " The table gives only the median for this measure, so this is not treated as a discrepancy."
    return chk


# ---------------------------------------------------------------------------
# arithmetic within sentences
# ---------------------------------------------------------------------------

@dataclass
class _Q:
    value: float
    unit: str
    raw: str
    start: int
    end: int
    kind: str


_TIME_LIMIT = re.compile(r"\b(?:within|inside)\s*$", re.I)
_TIME_LIMIT_AFTER = re.compile(r"^\s*(?:working\s+|calendar\s+)?(?:days?|hours?)\b", re.I)


def _quantities(text: str, skip: frozenset = frozenset()) -> list[_Q]:
    """The quantities arithmetic may use: not ranks, margins or coefficients, not the spans in ``skip``
    (target-role figures: "the 80% target", "within 28 days"), and no time limit ("within 28 days")."""
    out = []
    for q in find_quantities(text):
        if q.kind in ("rank", "plusminus", "coefficient") or (q.start, q.end) in skip:
            continue
        if q.unit == "count" and _TIME_LIMIT.search(text[max(0, q.start - 12):q.start]) \
                and _TIME_LIMIT_AFTER.match(text[q.end:q.end + 20]):
            continue
        out.append(_Q(q.value, q.unit, q.raw, q.start, q.end, q.kind))
    return out


_NEST = re.compile(r"\bof (?:these|those|them|whom|which,? )|\bincluding\b|\bamong (?:them|these)\b|\bper\b|\ba month\b|"
                   r"\beach\b|\baverage\b|\bper cent\b|%", re.I)
_TOTAL_AFTER = re.compile(r"\b(?:totall?ing|total(?:led)? of|a total of|totals?|comprising|comprised of|made up of|"
                          r"consisting of|broken down into|of which)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\bin total\b|\btotal\b", re.I)


def _share_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str, str, bool]]:
    """(percent quantity, implied percent, working, pattern, structural) for share patterns."""
    out = []
    pcts = [q for q in qs if q.unit == "percent"]
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    for p in pcts:
        # Z% (Y <words> and X <words>)
        m = re.match(r"[^()\d.;]{0,25}?\(([^()]{1,120})\)", text[p.end:])
        if m:
            lo, hi = p.end + m.start(1), p.end + m.end(1)
            inner = [q for q in counts if lo <= q.start and q.end <= hi]
            if len(inner) == 2 and re.search(r"\band\b|,|\bof\b|\bout of\b", text[inner[0].end:inner[1].start]):
                a, b = sorted(inner, key=lambda q: q.value)
                if b.value > 0:
                    out.append((p, 100 * a.value / b.value, f"{a.raw} / {b.raw} = {100 * a.value / b.value:.1f}%",
                                "share", True))
                    continue
            if len(inner) == 1:
                # "89 per cent of people (4,437)" with the whole earlier: "Y ... of which Z% (X)"
                others = [q for q in counts if q is not inner[0] and q.end <= p.start]
                if len(others) >= 1 and re.search(r"\bof which\b|\bof whom\b", text[others[-1].end:p.start], re.I):
                    x, y = inner[0], others[-1]
                    if y.value > 0 and x.value <= y.value:
                        out.append((p, 100 * x.value / y.value, f"{x.raw} / {y.raw} = {100 * x.value / y.value:.1f}%",
                                    "share", True))
                        continue
        # X of (the) Y ... Z%  /  X out of Y
        found = False
        for i, x in enumerate(counts):
            for y in counts[i + 1:]:
                between = text[x.end:y.start]
                if re.fullmatch(r"\s*(?:out\s+)?of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?", between, re.I) \
                        and y.value > 0 and x.value <= y.value:
                    window = (min(x.start, p.start), max(y.end, p.end))
                    if window[1] - window[0] <= 90:
                        out.append((p, 100 * x.value / y.value, f"{x.raw} of {y.raw} = {100 * x.value / y.value:.1f}%",
                                    "share", True))
                        found = True
                        break
            if found:
                break
        if found:
            continue
        # Of the Y ..., X were ... This represents Z%
        m2 = re.search(r"\bof the\s*$", text[:counts[0].start], re.I) if counts else None
        if m2 and len(counts) == 2 and counts[1].value <= counts[0].value and counts[0].value > 0 and p.start > counts[1].end:
            y, x = counts
            imp = 100 * x.value / y.value
            out.append((p, imp, f"{x.raw} of {y.raw} = {imp:.1f}%", "share", len(pcts) == 1))
    return out


def _is_change_pct(text: str, p: _Q) -> bool:
    before = text[max(0, p.start - 45):p.start]
    after = text[p.end:p.end + 40]
    return bool(re.search(r"increase|decrease|rise|rose|fell|fall|reduc|more|fewer|less|higher|lower|up\b|down\b|drop|"
                          r"grow|grew|declin|change", before + " " + after, re.I))


def _change_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str, str, bool]]:
    out = []
    pcts = [q for q in qs if q.unit == "percent" and _is_change_pct(text, q)]
    counts = [q for q in qs if q.unit == "count" and q.value >= 0]
    if not pcts or not counts:
        return out
    for p in pcts:
        # the count attached to the change: "(n. 2,751)" right after, or "1,258 more ... (2.9 per cent)"
        attached = None
        m = re.match(r"\s*\(\s*", text[p.end:])
        if m:
            cand = [q for q in counts if p.end <= q.start <= p.end + m.end() + 4]
            if cand:
                attached = cand[0]
        if attached is None:
            cand = [q for q in counts if q.end <= p.start and re.fullmatch(
                r"[^()\d]{0,60}\(\s*(?:a\s+)?(?:[a-z ]+\s+of\s+)?", text[q.end:p.start], re.I)]
            if cand:
                attached = cand[-1]
        if attached is None:
            cand = [q for q in counts if q.end <= p.start and re.fullmatch(
                r"\s*(?:[a-z]+\s+){0,4}(?:crimes?|incidents?|offences?|calls?|arrests?)?\s*;\s*", text[q.end:p.start], re.I)]
            if cand:
                attached = cand[-1]
        levels = [q for q in counts if q is not attached and q.kind != "n"]
        neg = p.value < 0 or bool(re.search(r"decrease|reduc|fell|fall|fewer|less|lower|down|drop|declin",
                                            text[max(0, p.start - 45):p.end + 30], re.I))
        pv = abs(p.value)
        hyps: list[tuple[float, str, bool]] = []
        total_kw = _TOTAL_AFTER.search(text) or _TOTAL_BEFORE.search(text)
        if attached is not None and attached.value > 0:
            d = attached.value
            for T in levels:
                base = T.value + d if neg else T.value - d
                if base > 0:
                    structural = bool(total_kw) and len(levels) == 1
                    hyps.append((100 * d / base, f"{attached.raw} / ({T.raw} {'+' if neg else '-'} {attached.raw}) = "
                                 f"{100 * d / base:.2f}%", structural))
        if len(levels) >= 2:
            for i, a in enumerate(levels):
                for b in levels[i + 1:]:
                    for new, old in ((a, b), (b, a)):
                        if old.value > 0:
                            imp = 100 * abs(new.value - old.value) / old.value
                            hyps.append((imp, f"({new.raw} - {old.raw}) / {old.raw} = {imp:.2f}%", False))
            if len(levels) == 2 and re.search(r"compar|than|\bon\b|\bfrom\b|where|previous|versus|\bvs\b|\bto\b",
                                              text[levels[0].end:levels[1].start], re.I):
                a, b = levels
                both = [h for h in hyps[-2:]]
                if all(not agrees(pv, precision_of(p.raw, "percent"), h[0], 1e-9) for h in both):
                    hyps[-2] = (hyps[-2][0], hyps[-2][1], True)
        if not hyps:
            continue
        pp = precision_of(p.raw, "percent")
        agreeing = [h for h in hyps if agrees(pv, pp, h[0], 1e-9)]
        if agreeing:
            out.append((p, agreeing[0][0] * (-1 if p.value < 0 else 1), agreeing[0][1], "change", True))
        else:
            st = [h for h in hyps if h[2]]
            if len(st) == 1:
                out.append((p, st[0][0] * (-1 if p.value < 0 else 1), st[0][1], "change", True))
    return out


def _difference_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str]]:
    """A count of change against two levels: 'A ... compares to B (a decrease of D; ...)'."""
    out = []
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    if len(counts) != 3:
        return out
    for d in counts:
        before = text[max(0, d.start - 30):d.start]
        after = text[d.end:d.end + 25]
        if re.search(r"(?:increase|decrease|rise|fall|reduction|drop) of\s*$", before, re.I) or \
                re.match(r"\s*(?:\w+\s+){0,2}(?:more|fewer|less)\b", after, re.I):
            a, b = [q for q in counts if q is not d]
            if re.search(r"compar|than|\bon\b|\bfrom\b|where|previous|versus|\bvs\b", text[a.end:b.start], re.I):
                out.append((d, abs(a.value - b.value), f"{a.raw} - {b.raw} = {abs(a.value - b.value):,.0f}"))
    return out


def _parts_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, list[_Q], str]]:
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    if len(counts) < 3:
        return []
    out = []
    total = None
    parts: list[_Q] = []
    m_in = re.search(r"\bin total\b", text, re.I)
    m_which = re.search(r"\bof which\b", text, re.I)
    m_after = re.search(r"\b(?:totall?ing|total(?:led)? of|a total of|totals?|comprising|comprised of|made up of|"
                        r"consisting of|broken down into)\b", text, re.I)
    if m_in:
        before = [q for q in counts if q.end <= m_in.start() and m_in.start() - q.end <= 30]
        if before:
            total = before[-1]
            parts = [q for q in counts if q is not total]
    elif m_which:
        before = [q for q in counts if q.end <= m_which.start()]
        if before:
            total = before[-1]
            parts = [q for q in counts if q.start >= m_which.end()]
    elif m_after:
        after = [q for q in counts if q.start >= m_after.end() and q.start - m_after.end() <= 15]
        if after:
            total = after[0]
            parts = [q for q in counts if q is not total]
    if total is None or len(parts) < 2:
        return []
    parts.sort(key=lambda q: q.start)
    # the parts must be a plain list: short labels, commas and "and" between them
    for a, b in zip(parts, parts[1:]):
        between = text[a.end:b.start]
        if _NEST.search(between) or len(between.split()) > 6 or re.search(r"[.;:()]", between):
            return []
        if not re.search(r",|\band\b|&", between):
            return []
    span = text[parts[0].start:parts[-1].end + 15]
    if _NEST.search(span):
        return []
    if any(p.value > total.value for p in parts):
        return []
    out.append((total, parts, " + ".join(p.raw for p in parts) + f" = {sum(p.value for p in parts):,.0f}"))
    return out


def _arith_record(doc_id: str, kind: str, verdict_q: _Q, stated: float, stated_p: float, implied: float,
                  working: str, ids: tuple, sentence: str, page, section, unit: str, figure_id=None, measure_id=None,
                  implied_p: float = 1e-9, what: str = "") -> CheckRecord:
    ok = agrees(stated, stated_p, implied, implied_p)
    if ok:
        verdict, reason = "consistent", None
    elif abs(stated - implied) <= stated_p + implied_p + _eps(stated, implied):
        verdict, reason = "mismatch", "rounding"
    else:
        verdict, reason = "mismatch", "value"
    diff = round(stated - implied, 6)
    sv = format_value(stated, unit, stated_p)
    iv = format_value(implied, unit, min(stated_p, 0.01) if unit == "percent" else stated_p)
    what = (what or "The figure ").strip()
    if verdict == "consistent":
        expl = f"{what} {sv} agrees with the figures it is computed from ({working})."
    elif reason == "rounding":
        expl = (f"{what} is given as {sv}, which is not correctly rounded: the figures it is computed from give "
                f"{working}.")
    else:
        expl = (f"{what} is given as {sv}, but the figures it is computed from give {iv} ({working}) - "
                f"a difference of {_fmt_diff(abs(diff), unit, stated_p)}.")
    return CheckRecord(
        check_id=stable_id(doc_id, "arithmetic", kind, *ids), doc_id=doc_id, check_type="arithmetic",
        verdict=verdict, reason=reason, severity=_severity(verdict, reason), page=page, section=section,
        sentence=sentence, narrative_raw=verdict_q.raw, narrative_value=stated, table_row_label=None,
        table_column_label=None, table_value_raw=working, table_value=round(implied, 6), unit=unit,
        difference=diff, explanation=expl, figure_id=figure_id, measure_id=measure_id)


_PCT_WORD = re.compile(r"%|per\s?cent", re.I)
_DIGITS = re.compile(r"\d+(?:[,.]\d+)*")


def _may_add_up(text: str) -> bool:
    """Cheap test before scanning a sentence: every sentence rule needs a percent and another number, or
    three numbers."""
    n = len(_DIGITS.findall(text))
    return n >= 3 or (n >= 2 and bool(_PCT_WORD.search(text)))


def _sentence_arithmetic(doc_id: str, text: str, page, section, fig_by_span: dict, measure_id=None,
                         id_base: tuple = (), skip: frozenset = frozenset()) -> list[CheckRecord]:
    qs = _quantities(text, skip)
    if len(qs) < 2:
        return []
    out: list[CheckRecord] = []
    seen = set()

    def fid(q: _Q):
        return fig_by_span.get((q.start, q.end)) or fig_by_span.get(q.raw)

    for p, implied, working, kind, structural in _share_checks(text, qs) + _change_checks(text, qs):
        if not structural or (p.start, kind) in seen:
            continue
        seen.add((p.start, kind))
        stated = abs(p.value) if kind == "change" else p.value
        imp = abs(implied) if kind == "change" else implied
        what = "The share " if kind == "share" else "The percentage change "
        out.append(_arith_record(doc_id, kind, p, stated, precision_of(p.raw, "percent"), imp, working,
                                 id_base + (text, p.start, p.raw), text, page, section, "percent",
                                 figure_id=fid(p), measure_id=measure_id, what=what))
    for d, implied, working in _difference_checks(text, qs):
        out.append(_arith_record(doc_id, "difference", d, d.value, 1.0, implied, working,
                                 id_base + (text, d.start, d.raw), text, page, section, "count",
                                 figure_id=fid(d), measure_id=measure_id, implied_p=1.0, what="The difference "))
    for total, parts, working in _parts_checks(text, qs):
        s = sum(p.value for p in parts)
        pr = max(precision_of(p.raw, "count") for p in parts + [total])
        rec = _arith_record(doc_id, "parts", total, total.value, pr, s, working,
                            id_base + (text, total.start, total.raw), text, page, section, "count",
                            figure_id=fid(total), measure_id=measure_id, what="The total ")
        out.append(rec)
    return out


def _sentence_groups(figures: list[FigureRecord]) -> list[tuple[str, str, list[FigureRecord]]]:
    """(doc_id, text, figures) per sentence, a 'This represents ...' sentence joined to the one before."""
    groups: list[list] = []
    index: dict[tuple, int] = {}
    for f in figures:
        key = (f.doc_id, f.page, f.sentence)
        if key in index:
            groups[index[key]][2].append(f)
            continue
        index[key] = len(groups)
        groups.append([f.doc_id, f.sentence or "", [f]])
    merged: list[tuple[str, str, list]] = []
    for g in groups:
        if merged and merged[-1][0] == g[0] and _CONTINUATION.match(g[1] or "") \
                and (merged[-1][2][0].section or "") == (g[2][0].section or ""):
            prev = merged[-1]
            merged[-1] = (prev[0], prev[1].rstrip() + " " + g[1].lstrip(), prev[2] + g[2])
        else:
            merged.append((g[0], g[1], g[2]))
    return merged


# ---------------------------------------------------------------------------
# arithmetic within tables
# ---------------------------------------------------------------------------

_DIFF_LABEL = re.compile(r"\b(?:change|difference|diff|variance)\b|\(pp\)|\bpp\b|\+/-", re.I)
_PERIOD_LABEL = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-' ]?\d{2,4}|q[1-4]\b.*|(?:19|20)\d\d(?:[-/]\d{2,4})?|"
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


def _cell_prec(c: MeasureRecord) -> float:
    """The precision of a printed cell in canonical units ("125,300" under "£000": £1,000)."""
    p = precision_of(c.value_raw, c.unit)
    if c.unit == "gbp" and c.value:
        raw = clean_text(c.value_raw or "")
        m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
        if m and not re.search(r"\d\s*(?:thousand|million|billion|bn|mn|m|k|b)\b", raw, re.I):
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
            else:
                known = False
            relative = bool(_PCT_CHANGE_COL.search(label)) and not _POINTS_COL.search(label)
            if relative and dc.unit != "percent":
                continue
            if not relative:
                want = ("percentage_points", "percent") if a.unit == "percent" else (a.unit,)
                if dc.unit not in want and not (a.unit == "rate" and dc.unit in ("rate", "count")):
                    continue
            pc, pb, pd = _cell_prec(cur), _cell_prec(base), _cell_prec(dc)
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
                    if a.unit == "percent":
                        # a "% change" of a rate may be the points difference
                        d = x.value - y.value
                        hyps.append((d, d - (pc + pb) / 2, d + (pc + pb) / 2,
                                     f"{x.value_raw} - {y.value_raw} = {d:.2f} points"))
                else:
                    d = x.value - y.value
                    hyps.append((d, d - (pc + pb) / 2, d + (pc + pb) / 2, f"{x.value_raw} - {y.value_raw} = "
                                 + format_value(d, "count" if a.unit == "percent" else a.unit, min(pc, pb))))
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
            unit = dc.unit
            out.append(CheckRecord(
                check_id=stable_id(doc_id, "arithmetic", "table-change", table_id, dc.measure_id),
                doc_id=doc_id, check_type="arithmetic", verdict=verdict, reason=reason,
                severity=_severity(verdict, reason), page=dc.page, section=dc.section, sentence=None,
                narrative_raw=dc.value_raw, narrative_value=dc.value, table_row_label=dc.row_label,
                table_column_label=dc.column_label, table_value_raw=working, table_value=round(imp, 6), unit=unit,
                difference=round(n - imp, 6), explanation=expl, measure_id=dc.measure_id))
    return out


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
        if t.unit == "gbp":
            working = " + ".join(p.value_raw or "" for p in parts) + f" = {format_value(total, 'gbp', 1)}"
        diff = round(t.value - total, 6)
        if ok:
            verdict, reason = "consistent", None
            expl = (f"The total row \"{t.row_label}\" for \"{t.column_label}\" ({t.value_raw}) is the sum of the "
                    f"rows above it ({working}).")
        else:
            verdict = "mismatch"
            reason = "rounding" if abs(diff) <= 2 * tol + _cell_prec(t) else "value"
            expl = (f"The total row \"{t.row_label}\" for \"{t.column_label}\" is printed as {t.value_raw}, but the "
                    f"rows above it add up to {format_value(total, t.unit, 1)} ({working}) - a difference of "
                    f"{format_value(abs(diff), t.unit, 1)}. The other columns of the table do add up, so the rows "
                    f"are the whole of the total.")
        out.append(CheckRecord(
            check_id=stable_id(doc_id, "arithmetic", "table-total-row", table_id, t.measure_id),
            doc_id=doc_id, check_type="arithmetic", verdict=verdict, reason=reason,
            severity=_severity(verdict, reason), page=t.page, section=t.section, sentence=None,
            narrative_raw=t.value_raw, narrative_value=t.value, table_row_label=t.row_label,
            table_column_label=t.column_label, table_value_raw=working, table_value=round(total, 6), unit=t.unit,
            difference=diff, explanation=expl, measure_id=t.measure_id))
    return out


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
        out.append(CheckRecord(
            check_id=stable_id(doc_id, "arithmetic", "table-difference", table_id, dc.measure_id),
            doc_id=doc_id, check_type="arithmetic", verdict=verdict, reason=reason,
            severity=_severity(verdict, reason), page=dc.page, section=dc.section, sentence=None,
            narrative_raw=dc.value_raw, narrative_value=dc.value, table_row_label=dc.row_label,
            table_column_label=dc.column_label, table_value_raw=working, table_value=round(imp, 6), unit=unit,
            difference=diff, explanation=expl, measure_id=dc.measure_id))
    return out


def _share_column(doc_id, table_id, cells) -> list[CheckRecord]:
    cols: dict[str, list[MeasureRecord]] = {}
    for c in cells:
        cols.setdefault(clean_text(c.column_label or ""), []).append(c)
    share_cols = [k for k in cols if _SHARE_COL.search(k) and not re.search(r"exclud|change", k, re.I)]
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
        if not re.search(r"percent|proportion|%|rate|share|ratio", row_label or "", re.I):
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
    for m in measures:
        raw = m.value_raw or ""
        if "(" not in raw or len(re.findall(r"\d", raw)) < 2:
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

def _same_measure_checks(measures: list[MeasureRecord], scope: str, order: dict) -> list[CheckRecord]:
    """The same measure printed twice: the same metric, statistic, qualifiers, the
    label's own words ("Satisfaction with being kept informed" is not "... with
    treatment"), period and unit.  ``scope`` "table": in two tables of one document
    (``cross_table``; a disagreement is reason ``value``); "document": in two
    documents (``cross_document``; a disagreement is reason ``revised``).  Only
    unambiguous pairs: a table (or document) holding the measure twice is skipped
    (for tables, the whole group is).  ``order`` ranks tables or documents; the
    first is the base the others are compared with."""
    by_table = scope == "table"
    check_type, bad_reason = ("cross_table", "value") if by_table else ("cross_document", "revised")
    groups: dict[tuple, dict[str, list[MeasureRecord]]] = {}
    for m in measures:
        if m.value is None or not m.period_type or not m.period_end or (by_table and not m.table_id):
            continue
        key, stat, quals = _parse_label(m)
        words = _raw_words(m.row_label if m.row_label else " ".join(x for x in (m.metric, m.subject) if x))
        k = (key, stat, quals, words, m.period_type, m.period_start, m.period_end, _unit_family(m.unit))
        if by_table:
            k = (m.doc_id,) + k
        groups.setdefault(k, {}).setdefault(m.table_id if by_table else m.doc_id, []).append(m)
    out = []
    for by_part in groups.values():
        parts = [p for p, ms in by_part.items() if len(ms) == 1]
        if len(parts) < 2 or (by_table and len(parts) != len(by_part)):
            continue
        parts.sort(key=lambda p: order.get(p, 0))
        base = by_part[parts[0]][0]
        for part in parts[1:]:
            other = by_part[part][0]
            pa = precision_of(base.value_raw, base.unit)
            pb = precision_of(other.value_raw, other.unit)
            ok = agrees(other.value, pb, base.value, pa)
            verdict, reason = ("consistent", None) if ok else ("mismatch", bad_reason)
            va, vb = format_value(base.value, base.unit, pa), format_value(other.value, other.unit, pb)
            if by_table:
                expl = (f"\"{other.row_label}\" ({other.column_label}) is {vb} in this table and "
                        f"\"{base.row_label}\" ({base.column_label}) is {va} in another table of the same document"
                        + (" - the same." if ok else " - the two tables disagree."))
            else:
                expl = (f"\"{other.row_label}\" ({other.column_label}) is {vb} here and {va} in the other document"
                        + (" - the same." if ok else " - the figure was revised or one copy is wrong."))
            out.append(CheckRecord(
                check_id=stable_id(other.doc_id, check_type, other.measure_id, base.measure_id),
                doc_id=other.doc_id, check_type=check_type, verdict=verdict, reason=reason,
                severity=_severity(verdict, reason), page=other.page, section=other.section, sentence=None,
                narrative_raw=other.value_raw, narrative_value=other.value, table_row_label=base.row_label,
                table_column_label=base.column_label, table_value_raw=base.value_raw, table_value=base.value,
                unit=other.unit, difference=round(other.value - base.value, 6), explanation=expl,
                measure_id=other.measure_id))
    return out


_MASK = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def _cross_sentences(figures: list[FigureRecord], doc_order: dict) -> list[CheckRecord]:
    by_mask: dict[str, dict[str, list[FigureRecord]]] = {}
    for f in figures:
        s = clean_text(f.sentence or "")
        if len(s) < 30:
            continue
        key = _MASK.sub("#", re.sub(r"\s+", " ", s.lower())).strip(" .")
        by_mask.setdefault(key, {}).setdefault(f.doc_id, []).append(f)
    out = []
    for key, by_doc in by_mask.items():
        if len(by_doc) < 2:
            continue
        docs = sorted(by_doc, key=lambda d: doc_order.get(d, 0))
        base = sorted(by_doc[docs[0]], key=lambda f: f.char_start or 0)
        for d in docs[1:]:
            other = sorted(by_doc[d], key=lambda f: f.char_start or 0)
            if len(other) != len(base):
                continue
            for a, b in zip(other, base):
                if a.unit != b.unit:
                    continue
                pa, pb = precision_of(a.value_raw, a.unit), precision_of(b.value_raw, b.unit)
                if agrees(a.value, pa, b.value, pb):
                    continue  # the same sentence twice says nothing new
                out.append(CheckRecord(
                    check_id=stable_id(d, "cross_document", a.figure_id, b.figure_id),
                    doc_id=d, check_type="cross_document", verdict="mismatch", reason="revised",
                    severity="minor", page=a.page, section=a.section, sentence=a.sentence,
                    narrative_raw=a.value_raw, narrative_value=a.value, table_row_label=None,
                    table_column_label=None, table_value_raw=b.value_raw, table_value=b.value, unit=a.unit,
                    difference=round(a.value - b.value, 6), figure_id=a.figure_id,
                    explanation=(f"The same sentence appears in another document with {b.value_raw} where this one "
                                 f"says {a.value_raw}: one of them was revised.")))
    return out


def _mask(sentence: Optional[str]) -> str:
    s = clean_text(sentence or "").lower()
    s = re.sub(r"[^a-z0-9#]+", " ", _MASK.sub("#", s))
    return s.strip()


def _twins(contexts: list[_Fig]) -> dict[str, list[_Fig]]:
    """figure_id -> the same figure (same masked sentence, same position among its figures) in other documents."""
    by_key: dict[tuple, list[_Fig]] = {}
    for fc in contexts:
        f = fc.f
        m = _mask(f.sentence)
        if len(m) < 12:
            continue
        by_key.setdefault((m,), []).append(fc)
    out: dict[str, list[_Fig]] = {}
    for (_m,), fcs in by_key.items():
        docs = {fc.f.doc_id for fc in fcs}
        if len(docs) < 2:
            continue
        for fc in fcs:
            mine = sorted([g for g in fcs if g.f.doc_id == fc.f.doc_id], key=lambda g: g.f.char_start or 0)
            pos = mine.index(fc)
            for d in docs - {fc.f.doc_id}:
                theirs = sorted([g for g in fcs if g.f.doc_id == d], key=lambda g: g.f.char_start or 0)
                if len(theirs) == len(mine) and theirs[pos].f.unit == fc.f.unit:
                    out.setdefault(fc.f.figure_id, []).append(theirs[pos])
    return out


def _moved(f: FigureRecord, where: FigureRecord) -> FigureRecord:
    """A copy of ``f`` placed where its twin stands (document, page, line, section)."""
    import dataclasses
    return dataclasses.replace(f, doc_id=where.doc_id, page=where.page, line=where.line, section=where.section,
                               period_type=f.period_type or where.period_type,
                               period_end=f.period_end or where.period_end,
                               period_inherited=f.period_inherited if f.period_type else where.period_inherited)


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

#: a column's scale marker read as a cell ("£000", "£'000", "£m"): never a value to compare
_SCALE_MARKER = re.compile(r"^\W*\(?£\s*(?:'?000|k|m|bn)\)?\W*$", re.I)


def reconcile(docs: Iterable, measures: Iterable[MeasureRecord], figures: Iterable[FigureRecord]) -> list[CheckRecord]:
    """Every check the records allow (see the module docstring for the rules)."""
    docs = list(docs or [])
    measures = [m for m in (measures or []) if not _SCALE_MARKER.match(clean_text(m.value_raw or ""))]
    figures = list(figures or [])
    doc_order = {}
    for i, d in enumerate(docs):
        did = _doc_id_of(d)
        if did and did not in doc_order:
            doc_order[did] = i
    for r in measures + figures:
        doc_order.setdefault(r.doc_id, len(doc_order))
    tables = _build_tables(measures)
    checks: list[CheckRecord] = []

    # 1. narrative against the document's own tables (a figure's lead-in line, "Force level immediate
    # response times ..." above "October 2023 = 11 min 15 sec.", is already in its metric_text/subject)
    contexts: list[_Fig] = [_fig_context(f) for f in figures if f.value is not None]
    own_done: dict[str, CheckRecord] = {}
    for fc in contexts:
        chk = _narrative_checks(fc, tables.get(fc.f.doc_id, []), "narrative_vs_table")
        if chk is not None:
            checks.append(chk)
            own_done[fc.f.figure_id] = chk

    # 3b. a figure of a document without the table, against the same report's table in another document:
    # the same sentence (numbers masked) appears there, and its position there finds the table
    twins = _twins(contexts)
    for fc in contexts:
        f = fc.f
        if f.figure_id in own_done:
            continue
        for twin in twins.get(f.figure_id, []):
            other_tables = tables.get(twin.f.doc_id, [])
            if not other_tables:
                continue
            proxy = _Fig(**{**fc.__dict__, "f": _moved(f, twin.f), "topic": twin.topic,
                            "metric_key": fc.metric_key or twin.metric_key,
                            "context": fc.context | twin.context})
            chk = _narrative_checks(proxy, other_tables, "cross_document")
            if chk is None or chk.verdict == "unverifiable":
                continue
            chk.check_id = stable_id(f.doc_id, "cross_document", f.figure_id, twin.f.doc_id)
            chk.doc_id, chk.page, chk.section, chk.figure_id = f.doc_id, f.page, f.section, f.figure_id
            chk.explanation = ("Checked against the same report's table in another document: " + chk.explanation)
            checks.append(chk)
            own_done[f.figure_id] = chk
            break
        if f.figure_id in own_done or not fc.topic or any(_topic_eq(t.topic, fc.topic) for t in tables.get(f.doc_id, [])):
            continue
        # or: the table of the same (non-generic) section in another document
        for other_doc, other_tables in tables.items():
            if other_doc == f.doc_id:
                continue
            chk = _narrative_checks(fc, other_tables, "cross_document", strength_required="strong")
            if chk is not None and chk.verdict != "unverifiable":
                chk.check_id = stable_id(f.doc_id, "cross_document", f.figure_id, other_doc)
                chk.explanation = "Checked against the same section's table in another document: " + chk.explanation
                checks.append(chk)
                break

    # 2. arithmetic in sentences, measure boxes and tables
    arith: list[CheckRecord] = []
    for doc_id, text, figs in _sentence_groups(figures):
        if not _may_add_up(text):
            continue
        by_span = {}
        targets = set()
        offset = 0
        for f in figs:
            if f.sentence and text.startswith(f.sentence):
                if f.char_start is not None:
                    by_span[(f.char_start, f.char_end)] = f.figure_id
            by_span.setdefault(f.value_raw, f.figure_id)
            # a target is never a part, a total or a level of the sentence's arithmetic
            if f.role == "target" and f.char_start is not None and f.char_end is not None:
                i = text.find(f.sentence or "\x00")
                if i >= 0:
                    offset = i
                    targets.add((offset + f.char_start, offset + f.char_end))
        arith.extend(_sentence_arithmetic(doc_id, text, figs[0].page, figs[0].section, by_span,
                                          skip=frozenset(targets)))
    arith.extend(_measure_box_arithmetic(measures))
    arith.extend(_table_arithmetic(measures))
    # the same statement reached through a figure and a measure box counts once
    seen_keys = set()
    for c in arith:
        k = (c.doc_id, c.narrative_raw, c.narrative_value, round(c.table_value or 0, 4), c.table_value_raw)
        if k in seen_keys:
            continue
        seen_keys.add(k)
        checks.append(c)

    # 3. across tables of one document, and across documents
    table_order: dict[str, int] = {}
    for m in measures:
        table_order.setdefault(m.table_id, len(table_order))
    checks.extend(_same_measure_checks(measures, "table", table_order))
    checks.extend(_same_measure_checks(measures, "document", doc_order))
    checks.extend(_cross_sentences(figures, doc_order))

    # unique ids, stable order: document, mismatches first
    uniq: dict[str, CheckRecord] = {}
    for c in checks:
        uniq.setdefault(c.check_id, c)
    return list(uniq.values())
