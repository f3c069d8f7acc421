"""The figures of one sentence: each number's role, period, subject and
metric, from the mentions of the sentence and the context of its block."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional


from ... import normalise as N
from ...vocab import vocabulary
from ...vocab.literals import lowered
from .lexicon import lexicon
from .clean import _URL
from .matchers import _MONTHS, _YOY_LOW, _YOY_RE
from .mentions import Mention, _DocMatches, _find_labels, _find_periods
from .roles import _ONLY_GLUE, _is_non_figure, _role, is_added
from .context import _Ctx
from .metric_words import _BARRIER, _BIND_AFTER, _GENERIC_METRIC, _metric_after, _metric_for
from .leads import _cannot_be, _unit_fits

# --------------------------------------------------------------------------
# per sentence
# --------------------------------------------------------------------------

# (hot patterns, compiled once)
_OPENS_BRACKET = re.compile(r"\s*\([^A-Za-z)]*")


@dataclass
class _Fig:
    q: N.Quantity
    value: float
    role: str
    period: Optional[N.Period] = None
    inherited: int = 0
    subject: str = ""
    metric: str = ""
    subject_stated: bool = False   # the sentence names the subject (not the section's / the block's)
    metric_stated: bool = False    # the sentence names what is measured (not the heading's)


_COMMA_OR_BRACKET = re.compile(r"[,;(]")
_FROM_AT_END = re.compile(r"\bfrom\s*$", re.I)


def _nearest(mentions: list[Mention], q: N.Quantity, figs: list[N.Quantity], sentence: str,
             bind_after: Optional[re.Pattern] = None, barrier: bool = True) -> Optional[Mention]:
    """The mention for figure ``q``: bound right after it, else the nearest
    before it with no other figure between, else the nearest after it with
    no other figure between, else the nearest before, else after."""
    if not mentions:
        return None
    others: Optional[list] = [] if len(figs) == 1 and figs[0] is q else None   # (made when first asked)

    def clear(a: int, b: int) -> bool:
        nonlocal others
        if others is None:
            others = [f for f in figs if f is not q]
        for f in others:
            if a <= f.start and f.end <= b:
                return False
        return True

    if bind_after is not None:
        for m in mentions:
            if m.start >= q.end and bind_after.match(sentence[q.end:m.start]) \
                    and not _BARRIER.search(sentence[q.end:m.start]):
                return m
    before = [m for m in mentions if m.end <= q.start]
    after = [m for m in mentions if m.start >= q.end]
    for m in reversed(before):
        if clear(m.end, q.start):
            if bind_after is not None and "," in sentence[m.end:q.start]:
                # "surveyed in the quarter, with 63.5% satisfied ... in March 2024": a period after
                # the figure in its own clause is nearer in sense than one before a comma
                own = [a for a in after if clear(q.end, a.start) and not _COMMA_OR_BRACKET.search(sentence[q.end:a.start])
                       and not (barrier and _BARRIER.search(sentence[q.end:a.start]))]
                if own:
                    return own[0]
            return m
    for m in after:
        if clear(q.end, m.start) and not (barrier and _BARRIER.search(sentence[q.end:m.start])):
            return m
    if before:
        return before[-1]
    for m in after:
        if not (barrier and _BARRIER.search(sentence[q.end:m.start])) \
                and not any(q.end <= f.start and f.end <= m.start
                            and _FROM_AT_END.search(sentence[max(0, f.start - 12):f.start])
                            for f in figs if f is not q):
            # ("improved to 7.1%, up from 5.9% last year": the period after "from 5.9%" is that figure's)
            return m
    return None


_MONTH_PREP = re.compile(r"\b(?:for|in|during)(?:\s+the\s+month\s+of)?\s*$", re.I)
_MONTH_PREP_IN = re.compile(r"^(?:for|in|during)\s", re.I)
_ROLLING_WORDS = re.compile(
    r"\brolling\b|\b(?:12|twelve)[\s-]*months?\b|\b(?:last|past|previous|preceding)\s+(?:12|twelve|year)\b|"
    r"\byear\s+(?:to|ending)\b|\bannual(?:ly)?\b|\bfinancial\s+year\b|\bquarter\b", re.I)


def _in_other_brackets(sentence: str, start: int, end: int, q: N.Quantity) -> bool:
    """Is ``sentence[start:end]`` inside a bracket that does not hold ``q``
    ("Priority log volumes (2,233 in October 2023) year-on-year ... -13%")?"""
    depth, open_at = 0, -1
    for i in range(start - 1, -1, -1):
        ch = sentence[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                open_at = i
                break
            depth -= 1
    if open_at < 0:
        return False
    close_at = sentence.find(")", end)
    if close_at < 0:
        close_at = len(sentence)
    return not (open_at < q.start and q.end <= close_at)


def _month_of_change(q: N.Quantity, dated: list[Mention], sentence: str) -> Optional[N.Period]:
    """The single month a year-on-year change is dated to by its sentence ("for
    the month of September 2023", "in October 2023"), when the clause has no
    12-month / rolling wording; else None (the change is the 12-month one)."""
    lo = sentence.rfind(";", 0, q.start) + 1
    hi = sentence.find(";", q.end)
    hi = len(sentence) if hi < 0 else hi
    if _ROLLING_WORDS.search(sentence[lo:hi]):
        return None
    months = []
    for m in dated:
        if m.base or m.start < lo or m.end > hi or m.period is None:
            continue
        p = m.period
        if p.period_type != "month" or p.start is None or p.end is None:
            continue
        text = sentence[m.start:m.end]
        if not (_MONTH_PREP_IN.match(text) or _MONTH_PREP.search(sentence[max(0, m.start - 30):m.start])):
            continue
        if _in_other_brackets(sentence, m.start, m.end, q):
            continue
        months.append(p)
    if len({(p.start, p.end) for p in months}) != 1:
        return None
    return months[0]


_QUARTER_NO = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
               "1": 1, "2": 2, "3": 3, "4": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_EARLIER_QUARTER = re.compile(r"\b(?:last|previous|preceding|prior)\b", re.I)
_MONTH_NAME = re.compile(rf"\b(?:{_MONTHS})\b", re.I)


_QUARTER_NUMBERED = re.compile(r"\bq([1-4])\b|\bquarter\s+(one|two|three|four|[1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter", re.I)


def _quarter_fits(raw: str, end: date) -> bool:
    """Is the quarter written ("Q4", "quarter two") the document's quarter ending ``end``, numbered by the
    calendar or the financial year?  An unnumbered quarter fits."""
    m = _QUARTER_NUMBERED.search(raw or "")
    if not m:
        return True
    n = _QUARTER_NO[next(g for g in m.groups() if g).lower()]
    return n in ((end.month - 1) // 3 + 1, (end.month - 4) % 12 // 3 + 1)


@dataclass
class _SentenceMentions:
    """What the matchers found in one sentence, sorted for the passes."""
    periods: list            # PERIOD and SINCE mentions
    dated: list              # PERIOD mentions
    current: list            # PERIOD mentions that are no comparison base
    rolling_undated: list    # "rolling 12-month" with no end month
    since: list              # "since March 2020"
    subjects: list
    metrics: list
    yoy: list                # "year-on-year" wordings


def _kept_quantities(sentence: str) -> list[N.Quantity]:
    """Pass 1: the numbers of the sentence that are figures (not labels,
    footnote markers, parts of a URL or e-mail address).  A pure function of the sentence (its
    quantities are frozen): remembered, as a one-sentence block is asked first whether it keeps any
    (``figures._to_parse``) and then read as its sentence."""
    return list(_kept_cached(sentence))


@lru_cache(maxsize=4096)
def _kept_cached(sentence: str) -> tuple[N.Quantity, ...]:
    return tuple(_kept_of(sentence))


def _kept_of(sentence: str) -> list[N.Quantity]:
    kept: list[N.Quantity] = []
    prev = None
    for q in N.find_quantities(sentence):
        if not (0 <= q.start < q.end <= len(sentence)) or sentence[q.start:q.end] != q.raw:
            continue
        if not _is_non_figure(q, sentence, prev):
            kept.append(q)
        prev = q
    if len(kept) >= 3:
        kept = _outside_bare_runs(kept, sentence)
    if not kept or not _may_hold_url(sentence):
        return kept   # (no URL or e-mail address can hide a figure)
    urls = [(m.start(), m.end()) for m in _URL.finditer(sentence)]
    return [q for q in kept if not any(s < q.end and q.start < e for s, e in urls)]


_BARE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[ \t]?%?")


def _outside_bare_runs(kept: list[N.Quantity], sentence: str) -> list[N.Quantity]:
    """The figures outside a run of three or more bare numbers or percentages with nothing but
    spaces between ("Fraud investigations LPI0536 54.02 35 39.56 29.9"): a table row flattened
    into text, whose columns (years, actual/target) the text no longer says -- no figure rather
    than a wrong one.  (Prose never puts three bare numbers side by side.)"""
    out: list[N.Quantity] = []
    run: list[N.Quantity] = []
    for q in kept + [None]:
        if q is not None and _BARE.fullmatch(q.raw) and (
                not run or not sentence[run[-1].end:q.start].strip()):
            run.append(q)
            continue
        out += run if len(run) < 3 else []
        run = []
        if q is not None:
            if _BARE.fullmatch(q.raw):
                run = [q]
            else:
                out.append(q)
    return out


def _may_hold_url(sentence: str) -> bool:
    """Every URL or e-mail address _URL finds holds "http", "www." or "@"."""
    low = sentence.lower()
    return "@" in sentence or "www." in low or "http" in low


def _clear_of(mentions: list[Mention], kept: list[N.Quantity]) -> list[Mention]:
    """The mentions overlapping no figure of ``kept``."""
    if not mentions:
        return []
    spans = [(q.start, q.end) for q in kept]
    out = []
    for m in mentions:
        s, e = m.start, m.end
        for a, b in spans:
            if s < b and a < e:
                break
        else:
            out.append(m)
    return out


def _sentence_mentions(sentence: str, sdoc, tok_start: int, tok_end: int, base: int, ctx: _Ctx,
                       kept: list[N.Quantity], pre: Optional[_DocMatches]) -> _SentenceMentions:
    """Pass 2: periods, subjects, metrics and year-on-year wordings of the
    sentence; periods and subjects overlapping a figure are dropped ("12
    months" inside a figure's raw)."""
    default_year = ctx.period.end.year if ctx.period is not None and ctx.period.end else None
    periods = _find_periods(sdoc, tok_start, tok_end, base, sentence, default_year, pre)
    periods = _clear_of(periods, kept)
    subjects = _clear_of(_find_labels(sdoc, tok_start, tok_end, base, sentence, "subject", pre), kept)
    subjects = _with_other_crimes(subjects, sentence, kept)
    metrics = _find_labels(sdoc, tok_start, tok_end, base, sentence, "metric", pre)
    yoy = _yoy_mentions(sentence)
    dated = [m for m in periods if m.label == "PERIOD"]
    current = [m for m in dated if not m.base]
    rolling_undated = [m for m in current if m.period.period_type in ("rolling_12_months", "rolling_3_months")
                       and m.period.end is None]
    since = [m for m in periods if m.label == "SINCE"]
    return _SentenceMentions(periods, dated, current, rolling_undated, since, subjects, metrics, yoy)


def _yoy_mentions(sentence: str) -> list[Mention]:
    """The year-on-year wordings of the sentence (_YOY_RE's matches).  Every one holds "year" or
    "yoy": a sentence without either is not searched; one ``lowered`` gives is searched lower-cased
    by _YOY_LOW (the same matches, at the same offsets)."""
    low = lowered(sentence)
    if low is None:
        return [Mention(m.start(), m.end(), "YOY") for m in _YOY_RE.finditer(sentence)]
    if "year" not in low and "yoy" not in low:
        return []
    return [Mention(m.start(), m.end(), "YOY") for m in _YOY_LOW.finditer(low)]


def _with_other_crimes(subjects: list[Mention], sentence: str, kept: list[N.Quantity]) -> list[Mention]:
    """The subjects, and a mention without a label for each crime type no subject tells apart ("thefts",
    "drug offences"; figure_words.toml) outside the subjects and the figures: a figure nearest to one has no
    subject, neither one named before it ("45 burglaries, 12 robberies and 3 thefts") nor a carried one."""
    lex = lexicon()
    rx, need = lex.other_crime, lex.other_crime_need
    if rx is None:
        return subjects
    low = lowered(sentence)
    if low is not None:
        if need is not None and not any(n in low for n in need):
            return subjects   # (none of the words every match holds: no match; see vocab.literals)
        rx, sentence = lex.other_crime_low, low   # (the same matches, at the same offsets)
    taken = sorted([(s.start, s.end) for s in subjects] + [(q.start, q.end) for q in kept])
    starts = [a for a, _ in taken]
    others = []
    for m in rx.finditer(sentence):
        a, b = m.span()
        i = bisect_left(starts, b)   # the spans starting before the match ends: does the last of them reach it?
        if i and max(e for _, e in taken[max(0, i - 3):i]) > a:
            continue
        others.append(Mention(a, b, ""))
    return sorted(subjects + others, key=lambda m: m.start) if others else subjects


def _value_and_role(q: N.Quantity, i: int, kept: list[N.Quantity], sentence: str, clause_start: int,
                    prev_end: int, prev_rec: Optional[_Fig]) -> tuple[float, str]:
    """Pass 3: the figure's role from the words around it, and its value
    (signed for a change)."""
    seg_before = sentence[prev_end:q.start]
    # a sample count "(n=600)" right after a figure does not cut its context
    j = i + 1
    while j < len(kept) and kept[j].kind == "n":
        j += 1
    nxt_real = kept[j].start if j < len(kept) else len(sentence)
    seg_after = sentence[q.end:nxt_real]
    if j < len(kept) and _OPENS_BRACKET.fullmatch(seg_after):
        # the next figure opens a bracket: "30.94% (4382 to 3026) decrease"
        seg_after = sentence[q.end:]
    if q.kind in ("n", "rank", "plusminus", "coefficient"):
        signed = q   # (unsigned: apply_sign is not asked)
    else:
        signed = N.apply_sign(q, sentence[clause_start:q.start], seg_after)
    role = _role(q, signed, seg_before, seg_after, prev_rec, sentence, j < len(kept))
    value = signed.value if role == "change" else q.value
    if role == "change" and not q.sign_explicit and is_added(q, seg_before, seg_after):
        value = abs(q.value)   # an amount added is a rise, whatever fell earlier in the clause
    if role == "change" and prev_rec is not None and prev_rec.role == "change" \
            and not q.sign_explicit and not signed.sign_explicit and prev_rec.value < 0 \
            and (_ONLY_GLUE.match(seg_before) or seg_before.rstrip().endswith("(")):
        value = -abs(value)  # "(a decrease of 39 crimes; 5.9 per cent)"
    if role in ("level", "share", "rank", "count", "target") and value < 0 and not q.sign_explicit:
        value = q.value
    return value, role


_THIS_QUARTER = re.compile(r"(?i)(?:(?:in|during|over|across|throughout)\s+)?(?:this|the|current)\s+"
                             r"(?:reporting\s+)?quarter")


def _stated_period(q: N.Quantity, m: Optional[Mention], ctx: _Ctx, sm: _SentenceMentions) -> Optional[N.Period]:
    """The period mention ``m`` bound to a figure, completed from the block's
    context: an undated quarter that fits the report's quarter, "this quarter"
    of a three-month report, a month after an undated rolling window."""
    p = m.period if m is not None else None
    if p is not None and p.period_type == "quarter" and p.end is None and ctx.period is not None \
            and ctx.period.period_type == "quarter" and ctx.period.end is not None \
            and not _EARLIER_QUARTER.search(p.raw or "") and not _MONTH_NAME.search(p.raw or "") \
            and _quarter_fits(p.raw, ctx.period.end):
        p = N.Period("quarter", ctx.period.start, ctx.period.end, p.raw)  # "during quarter two"
    elif p is not None and p.period_type == "quarter" and p.end is None and ctx.period is not None \
            and ctx.period.start is not None and ctx.period.end is not None \
            and 80 <= (ctx.period.end - ctx.period.start).days <= 100 \
            and _THIS_QUARTER.fullmatch((p.raw or "").strip()):
        p = ctx.period   # "during this quarter" of a report on Mar-May 2023: the report's three months
    if p is not None and p.period_type == "month" and p.end is not None \
            and any(r.start < q.start for r in sm.rolling_undated):
        # "the rolling 12-month arrest rate to September 2023 was 7.9%"
        r = [r for r in sm.rolling_undated if r.start < q.start][-1].period
        k = 12 if r.period_type == "rolling_12_months" else 3
        p = N.window_ending(p.end, k, r.period_type, p.raw)
    return p


def _period_of_change(f: _Fig, q: N.Quantity, p: Optional[N.Period], kept: list[N.Quantity], sentence: str,
                      sm: _SentenceMentions, inh_period: Optional[N.Period], carry: dict) -> Optional[N.Period]:
    """The period of a change that is no change "since" a date: the month of
    a monthly year-on-year change, else the 12 months of a year-on-year
    change (dated like its window, or a year after its comparison base, or
    from the 12 months the block stated just before)."""
    y = _nearest(sm.yoy, q, kept, sentence) if sm.yoy else None
    mp = _month_of_change(q, sm.dated, sentence) if y is not None else None
    if mp is not None:
        # "crime volumes for the month of September 2023 ..., year-on-year down by -8.4%":
        # the month against the same month a year before, not the 12-month change
        return mp
    if p is None:
        bases = [b for b in sm.dated if b.base]
        bm = _nearest(bases, q, kept, sentence, barrier=False)
        if bm is not None and bm.period.period_type == "rolling_12_months" and bm.period.end:
            bp = bm.period
            p = N.Period("change_12_months", N.shift_years(bp.start, 1), N.shift_years(bp.end, 1), bp.raw)
            if inh_period is not None and inh_period is carry.get("period") and inh_period.end is not None \
                    and inh_period.period_type == "rolling_12_months" and inh_period.end > p.end:
                # "75.0% for the 12 months to December 2022. ... up by 10.3 percentage points compared to the
                # 12 months to December 2019": the 12 months stated just before, not the year after the base
                p, f.inherited = N.change_period(inh_period), 1
    if y is not None or (p is not None and p.period_type == "rolling_12_months"):
        p = N.change_period(p) if p is not None else None
        if p is None and inh_period is not None and inh_period is carry.get("period") \
                and inh_period.period_type == "rolling_12_months" and inh_period.end is not None:
            # "... 3,015 crimes in the 12 months to September 2019. This is a 26.4 per cent
            # increase on the previous year.": the change of the 12 months stated just before
            p, f.inherited = N.change_period(inh_period), 1
        if p is None:
            p = N.Period("change_12_months", None, None, "year-on-year")
    return p


def _between_periods(q: N.Quantity, periods: list[Mention], sentence: str) -> bool:
    """A figure with a period right before it and another right after it, only spaces between (a
    flattened row of period and value pairs, "31 December 1976 13,163 31 December 1977 13,144"): it is
    the value of the one before (the one after starts the next pair), not bound to the one after."""
    return any(m.end <= q.start and not sentence[m.end:q.start].strip() for m in periods) \
        and any(m.start >= q.end and not sentence[q.end:m.start].strip() for m in periods)


#: a period a preposition or comparison leads ("in 2022/23", "than 2021/22"): bound to a figure before it
_PERIOD_LED_BY = re.compile(r"\b(?:in|for|during|than|since|from|to|by|of|and|between|with|on|at|over|until|"
                            r"compared|against|versus|vs)\.?\s*$", re.I)


def _year_led(q: N.Quantity, periods: list[Mention], kept: list[N.Quantity], sentence: str) -> Optional[Mention]:
    """In a flattened run of periods each stating the values after it ("each financial year 2021/22
    £38,618 property damage, £33,390 personal injury 2022/23 £41,000 ...", an FOI answer's rows run
    into one sentence; "2019 - 2020 | Total Paid: £333,813.55 25 Claims | 2020 - 2021 | ..."), the period
    of figure ``q``: the last one before it.  A run is two or more periods, none led by a preposition,
    the first before every figure, each followed by a figure before the next one and the last by one."""
    if len(periods) < 2 or not kept:
        return None
    ps = sorted(periods, key=lambda m: m.start)
    if min(k.start for k in kept) < ps[0].end:
        return None
    for i, m in enumerate(ps):
        if _PERIOD_LED_BY.search(sentence, max(0, m.start - 14), m.start):
            return None
        nxt = ps[i + 1].start if i + 1 < len(ps) else len(sentence)
        if not any(m.end <= k.start and k.end <= nxt for k in kept):
            return None
    return next((m for m in reversed(ps) if m.end <= q.start), None)


_RANGE_DASH = re.compile(r"[ \t]*[-–][ \t]*")


def _range_ends(a: _Fig, q: N.Quantity, sentence: str) -> bool:
    """Are figure ``a`` and quantity ``q`` the two ends of a range written with a dash ("£1m-£1.5m",
    "£16.00- £24.00", "0.07% - 0.09%"): one unit, only a dash between, no sign of their own?"""
    return a.q.unit == q.unit and not a.q.sign_explicit and not q.sign_explicit \
        and _RANGE_DASH.fullmatch(sentence, a.q.end, q.start) is not None


#: between a change and a second one sharing its verb: a qualifier of the first (a place, a span, an
#: adverb), then "and" ("... by 8 per cent in the 12 months to March 2019 and ", "... by 5% in Swindon and
#: by "); never a verb or a comparison of its own ("... and rose by", "... compared with ... and")
_COORDINATED_GAP = re.compile(
    r"(?:[ \t]+(?!(?:was|were|is|are|had|has|have|been|saw|with|compared|than|while|whilst|whereas|but|from|of|"
    r"which|who|rose|risen|fell|fallen|increased?|decreased?|reduced?|dropped|grew|up|down|higher|lower|more|"
    r"fewer|less)\b)[\w/()'’-]+){1,8}?[ \t]*,?[ \t]+and(?:[ \t]+by)?[ \t]+", re.I)
#: a verb after the second figure: it has a clause of its own ("... and 85% were satisfied")
_OWN_VERB_AFTER = re.compile(r"\b(?:was|were|is|are|had|has|have|said|felt|feel|agreed|reported|stated|rated|"
                             r"rose|fell|increased|decreased)\b", re.I)


def _coordinated_change(a: _Fig, q: N.Quantity, sentence: str, nxt: int) -> bool:
    """Is ``q`` a second change sharing the verb of change ``a`` before it ("by 8 per cent in the 12
    months to March 2019 and 2 per cent regionally"): one unit, no sign of its own, only a qualifier and
    "and" between, no verb of its own after it?"""
    return a.q.unit == q.unit and not q.sign_explicit and q.kind == "" \
        and _COORDINATED_GAP.fullmatch(sentence, a.q.end, q.start) is not None \
        and not _OWN_VERB_AFTER.search(sentence, q.end, min(nxt, q.end + 60))


_BRACKET_GAP = re.compile(r"\s*\(\s*")
_TO_NEXT = re.compile(r"[ \t]+to[ \t]+")
_FROM_END = re.compile(r"\bfrom[ \t]+$", re.I)


def _to_after_from(m: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is period ``m`` the one of the figure "from" which ``q`` went "to" ("from 16 percent between April
    and December 2010 to 20% ...")?  Then it is no period of ``q``."""
    if m.end > q.start or not _TO_NEXT.fullmatch(sentence, m.end, q.start):
        return False
    k = [x for x in kept if x.end <= m.start]
    return bool(k) and _FROM_END.search(sentence, max(0, k[-1].start - 12), k[-1].start) is not None


def _after_points_change(q: N.Quantity, kept: list[N.Quantity]) -> bool:
    """Whether the figure before ``q`` is a change in percentage points (a rate in brackets after
    one is the rate it is measured against, not a restatement)."""
    i = next((k for k, x in enumerate(kept) if x is q), 0)
    return i > 0 and kept[i - 1].unit == "percentage_points"


#: a month named without its year, led by a preposition ("The JD rate in October was however 11.3%", MPA; "as at
#: the end of January 74% were ...", Bromsgrove): the figure's own time, which the text does not date
_UNDATED_MONTH = re.compile(r"\b(?:in|at|of|for|during)[ \t]+(?-i:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b(?![ \t]*[-/'’,]?[ \t]*\d)", re.I)


#: the year money is carried forward into (or from one year to the next): where it goes, not its own period
#: ("slippage totalling £4.3m ..., which will be carried forward into 2020/21", Maidstone; "the carrying forward of
#: the estimated under spent budgets totalling £2.250m from 2007/08 to 2008/09", Bromsgrove)
_CARRIED_INTO = re.compile(r"\bcarr(?:y|ied|ies|ying)[ \t]+forward\b[^;]{0,100}$", re.I)
#: the period phrase is where the money goes ("into 2020/21"), or it runs from which year to which ("from 2007/08 to
#: 2008/09": its own first word)
_MOVED_TO = re.compile(r"\b(?:into|to)[ \t]+$", re.I)


def _undated_month_before(q: N.Quantity, kept: list[N.Quantity], sentence: str, sm: _SentenceMentions) -> bool:
    """Is a month without its year written before ``q``, no other figure between them, outside every period
    phrase read?  Then a period written after ``q`` but not right after it is another figure's or the
    sentence's aside ("- the highest monthly rate in the last year"), never ``q``'s."""
    lo = max((k.end for k in kept if k.end <= q.start), default=0)
    for mo in _UNDATED_MONTH.finditer(sentence, lo, q.start):
        if not any(m.start <= mo.start(0) + 3 < m.end or m.start <= mo.end(0) - 1 < m.end for m in sm.periods):
            return True
    return False


def _set_period(f: _Fig, q: N.Quantity, kept: list[N.Quantity], sentence: str, ctx: _Ctx,
                sm: _SentenceMentions, inh_period: Optional[N.Period], carry: dict) -> None:
    """Pass 4: the figure's period -- written right after it, else the
    nearest before or after it; a change may be dated "since" a date or as a
    year-on-year change; with none, the one inherited from the block."""
    m = _year_led(q, sm.current, kept, sentence) \
        or _nearest(sm.current, q, kept, sentence, None if _between_periods(q, sm.current, sentence) else _BIND_AFTER)
    if m is not None and m.start >= q.end and not _BIND_AFTER.match(sentence[q.end:m.start]) \
            and _undated_month_before(q, kept, sentence, sm):
        m = None   # "The JD rate in October was however 11.3% - the highest monthly rate in the last year"
    if m is not None and "forward" in sentence and _CARRIED_INTO.search(sentence, max(0, m.start - 120), m.start) \
            and (_MOVED_TO.search(sentence, max(0, m.start - 6), m.start) is not None
                 or sentence[m.start:m.start + 5].lower() == "from "):
        m = None   # "slippage totalling £4.3m ..., which will be carried forward into 2020/21": not 2020/21's
    if m is not None and _to_after_from(m, q, kept, sentence):
        f.period = None   # "from 10.7 per day in 2010 to 8.4 in the first nine months": 2010 is the first's,
        return            # and so what the block carries: the second's is not stated
    p = _stated_period(q, m, ctx, sm)
    if f.role != "change" and q.unit == "percent" and sm.dated and _after_points_change(q, kept):
        b = next((b for b in sm.dated if b.base and b.end <= q.start
                  and _BRACKET_GAP.fullmatch(sentence, b.end, q.start)), None)
        if b is not None:
            p = b.period   # "down 5.1 percentage points compared to the 12 months to December 2021 (80.1%)": the base's rate
    if f.role == "change" and m is None and sm.since and not sm.yoy:
        # "Officer numbers have risen by 12.5% since March 2020": the change since then
        sm_ = _nearest(sm.since, q, kept, sentence)
        if sm_ is None:   # "rose by 120 compared with the end of March 2022": a base point is after "compared"
            sm_ = _nearest([b for b in sm.since if b.base], q, kept, sentence, barrier=False)
        if sm_ is not None:
            m, p = sm_, sm_.period
    elif f.role == "change" and m is not None and m.label == "PERIOD" and p is not None and p.end is not None \
            and any(b.base for b in sm.since):
        # "At the end of March 2023, compared to the end of March 2020, burglary had fell by 31 per cent":
        # the span between the two points, never the later month alone
        b = _nearest([b for b in sm.since if b.base], q, kept, sentence)
        if b is not None and b.period.start < p.end:
            m, p = b, N.Period("other", b.period.start, p.end, b.period.raw)
    if f.role == "change" and not (m is not None and m.label == "SINCE"):
        p = _period_of_change(f, q, p, kept, sentence, sm, inh_period, carry)
    if _LAST_YEARS.search(sentence, max(0, q.start - 40), q.start):
        # "less pronounced than last year's 12.5%": the year before the one stated (none if none is)
        p = _year_before(p if p is not None else inh_period)
        f.inherited = 0
    elif p is None and inh_period is not None:
        p, f.inherited = inh_period, 1
    f.period = p
    if m is not None and not f.inherited and m.label == "PERIOD" \
            and not _BASE_FIGURE_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        # (not the period of a figure compared with: "..., compared to 82% in 2020/21. 101 calls are now
        # answered within ...": the next sentence is not of 2020/21)
        carry["period"] = m.period


_LAST_YEARS = re.compile(r"\b(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year[’']s[ \t]+"
                         r"(?:(?:figure|total|rate|level|increase|rise|fall|reduction)[ \t]+of[ \t]+)?$", re.I)


def _year_before(p: Optional[N.Period]) -> Optional[N.Period]:
    """The year before a year's period (calendar or financial), else None: a period of another length is
    not moved back by guess."""
    if p is None or p.period_type not in ("calendar_year", "financial_year") or p.start is None:
        return None
    return N.Period(p.period_type, N.shift_years(p.start, -1), N.shift_years(p.end, -1), p.raw)


_BASE_FIGURE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from)\s+(?:the\s+|a\s+)?$", re.I)


# a subject right after its figure, "45 robberies", "64,000 to 999", "701,832 x 101 calls",
# "12% of burglaries", is the figure's own ...
_SUBJECT_AFTER = re.compile(r"^[ \t]*(?:(?:x|×|to|of)(?:[ \t]+(?:the|these|those|all))?[ \t]+)?$", re.I)
#: ... or a crime type no subject tells apart after a comparative ("443 less assaults", "20 fewer thefts")
#: or after a change's noun ("a 36% increase in stalking and harassment charges", "a 12% rise in shoplifting")
#: "an increase in", "a fall in", ...: the change a figure is the size of, before what changed
_CHANGE_IN = r"(?:increase|rise|fall|reduction|decrease|drop)[ \t]+in[ \t]+"
_OWN_NOUN_GAP = re.compile(r"^[ \t]*(?:(?:x|×|to|of)(?:[ \t]+(?:the|these|those|all))?[ \t]+|"
                           r"(?:more|fewer|less|additional|extra|further)[ \t]+|"
                           rf"{_CHANGE_IN})?$", re.I)
_CHANGE_IN_GAP = re.compile(rf"[ \t]*{_CHANGE_IN}$", re.I)
# ... unless the figure is a label's value: "Burglary: 45 Robbery: 12", "Burglary 45", "Plymouth BCU: 30.2%"
_LABEL_GAP = re.compile(r"^[ \t]*[:=–-]?[ \t]*$|^[ \t]+(?:[A-Za-z&]+[ \t]+){0,2}[A-Za-z&]+[ \t]*[:=][ \t]*$")
#: a subject that heads the next value ("26.4% Plymouth BCU: 30.2%") is no subject of the one before it
_HEADS_NEXT = re.compile(r"[ \t]*(?:[A-Za-z&]+[ \t]+){0,2}?[A-Za-z&]*[ \t]*[:=][ \t]*[-+£]?\d")


#: the label a value follows, "FORCE: 27.3%" (one to three words and a colon right before it)
_OWN_LABEL = re.compile(r"(?<![A-Za-z&])(?:[A-Za-z&]+[ \t]+){0,2}[A-Za-z&]+[ \t]*:[ \t]*[-+£]?$")


def _heads_other_label(s, q: N.Quantity, sentence: str) -> bool:
    """Is subject ``s`` the label of an earlier value ("Devon BCU: 26.4%") while ``q`` has a label of
    its own after it ("FORCE: 27.3%")?  Then ``s`` is no subject of ``q``."""
    h = _HEADS_NEXT.match(sentence, s.end)
    if h is None or h.end() > q.start:
        return False
    own = _OWN_LABEL.search(sentence, h.end(), q.start)
    return own is not None


def _set_subject(f: _Fig, q: N.Quantity, kept: list[N.Quantity], sentence: str, sm: _SentenceMentions,
                 inh_subject: str, carry: dict) -> None:
    """Pass 5: the subject right after the figure ("120 burglaries and 45 robberies"), else the
    nearest subject of the sentence, else the inherited one."""
    s = None
    if not any(m.end <= q.start and _LABEL_GAP.match(sentence[m.end:q.start]) for m in sm.subjects):
        s = next((m for m in sm.subjects if m.start >= q.end and _SUBJECT_AFTER.match(sentence[q.end:m.start])
                  and not _HEADS_NEXT.match(sentence, m.end)), None)
    if s is None:
        # "a 36% increase in stalking ...": a crime type no subject tells apart is the change's own
        s = next((m for m in sm.subjects if not m.label and m.start >= q.end
                  and _CHANGE_IN_GAP.match(sentence, q.end, m.start)), None)
    s = s or _nearest(sm.subjects, q, kept, sentence)
    if s is not None and s.start >= q.end and _part_or_aside(sentence, q, s.start):
        # "rose to 388 (a 12% increase) and burglary fell", "2,000 crimes, of which 300 were burglaries":
        # a crime type past the figure's bracket or past "of which" is another figure's
        before = [m for m in sm.subjects if m.end <= q.start]
        s = before[-1] if before else None
    if s is not None and not s.label and s.start >= q.end and not _OWN_NOUN_GAP.match(sentence[q.end:s.start]):
        # a crime type after the figure names it only as its own noun ("3 thefts"), never from further on
        # ("declined by 7% (-214 offences), and theft ... fell")
        s = _nearest([m for m in sm.subjects if m.label], q, kept, sentence)
    if s is not None and s.end <= q.start and s.label in lexicon().comparison and _past_its_figure(s, q, kept, sentence):
        s = None   # "-- compared to a national average increase of 4.5% -- ... officers in Cheshire reach 2,361"
    if s is not None and s.end <= q.start and _heads_other_label(s, q, sentence):
        s = None   # "Devon BCU: 26.4% FORCE: 27.3%": Devon is the label of 26.4%, never of 27.3%
    if s is not None and not s.label:
        # its own crime type is none the vocabulary tells apart ("3 thefts"): no subject, and none carried on
        f.subject, f.subject_stated = "", False
        carry["subject"] = ""
        return
    f.subject = s.label if s is not None else inh_subject
    f.subject_stated = s is not None
    if s is not None:
        carry["subject"] = s.label
    if f.subject and q.unit == "count" and q.kind == "" and f.subject not in lexicon().areas \
            and _headcount(sentence, q):
        f.subject, f.subject_stated = "", False


_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|--")


def _past_its_figure(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is a comparison's name ("national average", "MSG") before figure ``q`` another figure's: a figure
    stands between them, and a clause break between that figure and ``q`` ("national average 45%, force
    50%"; "the national average was 12.1% in 2022 and 11.5% in 2023" stays the average's)?"""
    between = [k for k in kept if s.end <= k.start and k.end <= q.start]
    return bool(between) and _CLAUSE_BREAK.search(sentence, between[-1].end, q.start) is not None


def _headcount(sentence: str, q: N.Quantity) -> bool:
    """Is a count one of the force's people ("600 extra police officers"), and its subject none of the
    crime types or services named near it (a place it is in stays)?"""
    lex = lexicon()
    if lex.workforce is None:
        return False
    own = _metric_after(sentence, q)
    return bool(own) and lex.workforce.search(own) is not None


_LETTER = re.compile(r"[A-Za-z]")
_OWN_TAIL = re.compile(r"\s*(?:of\s+(?:the\s+|all\s+)?)?", re.I)
_PART_OF = re.compile(r"\bof\s+(?:which|these|those|whom|them)\b|\bincluding\b", re.I)


def _part_or_aside(sentence: str, q: N.Quantity, at: int) -> bool:
    """Is a mention at ``at``, after figure ``q``, out of the figure's reach: past the closing bracket of
    an aside the figure is in ("388 (a 12% increase) and burglary"), or past words naming a part of what
    the figure counts ("1,462 of which drug possession", "1,200 offences including 300 burglaries")?"""
    gap = sentence[q.end:at]
    if _PART_OF.search(gap):
        return True
    opened = sentence.rfind("(", 0, q.start)
    closed = gap.find(")")
    if opened < 0 or sentence.rfind(")", 0, q.start) > opened or closed < 0:
        return False
    # (but a bracket of the figure alone shares the noun right after it: "45 (12%) burglaries",
    # "12% (up from 10%) of burglaries"; "(a 50% decrease) Violence with injury ..." is an aside)
    return _LETTER.search(gap, 0, closed) is not None or not _OWN_TAIL.fullmatch(gap, closed + 1)


#: between a figure and the value it is compared with: "32.8 per cent, up from 27.7 per cent", "7.1% compared with 6.5%"
_FROM_PREV = re.compile(r"[ \t]*,?[ \t]*(?:(?:(?:up|down)[ \t]+)?from|compared[ \t]+(?:with|to)|against)[ \t]+", re.I)


def _set_metric(f: _Fig, q: N.Quantity, figs: list[_Fig], prev_end: int, nxt: int, clause_start: int,
                sentence: str, ctx: _Ctx, sm: _SentenceMentions) -> None:
    """Pass 6: the words naming what the figure measures -- its own, or a
    generic "the rolling 12-month rate" taking the measure named before in
    the sentence, or the section's measure when the figure's unit fits it."""
    prev = figs[-1] if figs else None
    if prev is not None and prev.metric_stated and prev.q.unit == q.unit \
            and _FROM_PREV.fullmatch(sentence, prev_end, q.start) \
            and not any(q.end <= m.start <= q.end + 2 for m in sm.metrics + sm.subjects):   # (not "250 burglaries")
        # "The sanctioned detection rate rose to 32.8 per cent, up from 27.7 per cent and the number of
        # arrests ...": the value it rose from is of the same measure, not of the words after it
        f.metric, f.metric_stated = prev.metric, True
        return
    own = _metric_for(q, prev_end, nxt, clause_start, sm.metrics, sentence)
    if own and q.kind == "" and _cannot_be(own, q.unit):
        own = ""   # its unit says the words name another figure's measure (a rank ranks any measure)
    head = _GENERIC_METRIC.fullmatch(own or "")
    if head:
        # "101 abandonment rate rose to 18.4% ...; the rolling 12-month rate is 16.2%": the same measure
        same = [g for g in figs if g.metric_stated and g.metric.split()[-1:] == [head.group(1)]]
        if same:
            own = same[-1].metric
    inherited_metric = ctx.metric
    if not own and inherited_metric in lexicon().metric_phrases and not _unit_fits(inherited_metric, q.unit, f.role):
        inherited_metric = ""   # a percent under "Response Time (4 months)" is not a response time
    f.metric, f.metric_stated = (own or inherited_metric), bool(own)


def heading_subject(sentence: str, carry: dict) -> None:
    """A short sentence with no figure that opens on a subject's name is a heading run into the text
    ("Robbery of Personal Property Offences. 240 additional offences (18.2% increase) ..."): what follows
    is about it, not about the subject carried from before; one opening on a crime type the vocabulary does
    not tell apart ("Arson Offences.") is about none of its subjects."""
    s = sentence.strip().rstrip(".:")
    if not s or not s[0].isupper() or len(s.split()) > 6:
        return
    V = vocabulary()
    keys = V.subject_keys(s)
    if keys:
        rx = V.subject_regex(keys[0])
        m = rx.search(s) if rx is not None else None
        if m is not None and m.start() == 0:
            carry["subject"] = V.subject_label(keys[0]) or ""
        return
    other = lexicon().other_crime
    if other is not None and other.match(s):
        carry["subject"] = ""


#: a lettered or numbered item of a list in one sentence: "... noted: (a) burglary fell by 5% in 2023; (b) ..."
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))\((?:[a-z]|[ivx]{1,4})\)[ \t]", re.I)


def _list_items(sentence: str) -> list[int]:
    """Where the items of a list the sentence holds start (two or more: "(a) ...; (b) ..."), else []."""
    if "(" not in sentence:
        return []
    starts = [m.start() for m in _ITEM_MARK.finditer(sentence)]
    return starts if len(starts) >= 2 else []


def _item_mentions(sm: _SentenceMentions, items: list[int], at: int) -> tuple[_SentenceMentions, bool]:
    """The mentions a figure at ``at`` of a list of ``items`` may take: its own item's and the lead-in's
    before the first item (no other item's: "(b) robbery rose by 3% in 2023; (c) 45 arrests were made"),
    and whether it may inherit what the block carries (only in the lead-in)."""
    k = bisect_left(items, at + 1) - 1
    if k < 0:
        return sm, True
    lo, hi, first = items[k], items[k + 1] if k + 1 < len(items) else 1 << 30, items[0]

    def own(ms: list) -> list:
        return [m for m in ms if m.end <= first or (lo <= m.start and m.end <= hi)]
    return _SentenceMentions(own(sm.periods), own(sm.dated), own(sm.current), own(sm.rolling_undated),
                             own(sm.since), own(sm.subjects), own(sm.metrics), own(sm.yoy)), False


def _sentence_figures(sentence: str, sdoc, tok_start: int, tok_end: int, base: int,
                      ctx: _Ctx, carry: Optional[dict] = None, pre: Optional[_DocMatches] = None) -> list[_Fig]:
    """The figures of one sentence, by passes: the figures kept, the mentions
    of the sentence, then for each figure its value and role, period,
    subject and metric.  A sample count "(n=600)" takes its figure's context.
    ``carry`` holds the last period and subject stated earlier in the same
    block, used (as inherited) by a sentence that states none ("This is a
    decrease of 17 secs ...")."""
    if carry is None:
        carry = {}
    kept = _kept_quantities(sentence)
    if not kept:
        if carry.get("subject") and ":" in sentence:   # "... increases: Robbery of Personal Property Offences."
            heading_subject(sentence.rsplit(":", 1)[1], carry)
        return []
    sm = _sentence_mentions(sentence, sdoc, tok_start, tok_end, base, ctx, kept, pre)
    inh_period = carry.get("period") or ctx.period
    inh_subject = ctx.subject if sm.subjects else (carry.get("subject") or ctx.subject)
    since_before = _continued_since(sentence, sm, carry.pop("since", None), tok_start)

    items = _list_items(sentence)
    sm_all, inh_all = sm, (inh_period, inh_subject)
    figs: list[_Fig] = []
    prev_end = 0
    clause_start = 0
    for i, q in enumerate(kept):
        nxt = kept[i + 1].start if i + 1 < len(kept) else len(sentence)
        prev_rec = figs[-1] if figs else None
        if items:
            sm, inh = _item_mentions(sm_all, items, q.start)
            inh_period, inh_subject = inh_all if inh else (ctx.period, ctx.subject)
        value, role = _value_and_role(q, i, kept, sentence, clause_start, prev_end, prev_rec)
        if prev_rec is not None and _range_ends(prev_rec, q, sentence) and {role, prev_rec.role} == {"change", "level"}:
            # a range's two ends are one kind of figure: "an additional £1m-£1.5m", "an extra £16.00-
            # £24.00 per year" (Kent CC, Cleveland PCC), "around 0.07% - 0.09% higher" (Kent CC)
            if role == "change":
                prev_rec.role, prev_rec.value = "change", math.copysign(prev_rec.q.value, value)
            else:
                role, value = "change", math.copysign(q.value, prev_rec.value)
        if prev_rec is not None and prev_rec.role == "change" and role in ("level", "change") \
                and _coordinated_change(prev_rec, q, sentence, nxt):
            # a second change stated by ellipsis, its verb shared with the first: "increased nationally by 8
            # per cent in the 12 months to March 2019 and 2 per cent regionally" (Wiltshire), "dropped by
            # around 0.25% for overnight/7-day maturities and 0.37% for 6-12 month maturities" (Kent CC)
            role, value = "change", math.copysign(q.value, prev_rec.value)
        f = _Fig(q, value, role)
        if q.kind == "n" and prev_rec is not None:
            f.period, f.inherited = prev_rec.period, prev_rec.inherited
            f.subject, f.subject_stated = prev_rec.subject, prev_rec.subject_stated
            f.metric, f.metric_stated = prev_rec.metric, prev_rec.metric_stated
        else:
            _set_period(f, q, kept, sentence, ctx, sm, inh_period, carry)
            if f.role == "change" and since_before is not None and (f.period is None or f.inherited):
                f.period, f.inherited = since_before, 1   # "This is 12% higher." after "... since May 2021."
            _set_subject(f, q, kept, sentence, sm, inh_subject, carry)
            _set_metric(f, q, figs, prev_end, nxt, clause_start, sentence, ctx, sm)
        figs.append(f)
        prev_end = q.end
        # a new clause starts at ";" or at a full stop inside the sentence
        last_break = max(sentence.rfind(";", q.end, nxt), sentence.rfind(". ", q.end, nxt))
        if last_break >= 0:
            clause_start = last_break + 1
    since = [f.period for f in figs if f.role == "change" and not f.inherited and f.period is not None
             and any(m.period is f.period for m in sm.since)]
    if since:
        carry["since"] = (since[-1], tok_end)   # (what the next sentence may go on about)
    return figs


#: a sentence that plainly goes on about the one before: it opens on a word pointing back to it
#: ("This is 12% higher.", "This represents 150 more officers", "That is an increase of 3%")
_POINTS_BACK = re.compile(r"(?:this|that|these|which)\b(?![ \t]*(?:year|month|quarter|week|period|financial)\b)",
                          re.I)


def _continued_since(sentence: str, sm: _SentenceMentions, since: Optional[tuple], tok_start: int):
    """The span "since" a date of the sentence right before (``carry``'s ``since``: its period and
    the token it ended at) when this sentence goes on about it: it starts where that one ended,
    states no period of its own (not even a comparison base) and opens on a word pointing back."""
    if since is None or since[1] != tok_start or sm.periods or not _POINTS_BACK.match(sentence):
        return None
    return since[0]
