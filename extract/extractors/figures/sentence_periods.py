"""The period of each figure of a sentence: the period mention bound to it, completed from its
block's context; a change's comparison period; ranges and coordinated changes; and the
nearest-mention rule that the subject shares (:func:`_nearest`).  Split from
:mod:`.sentence`, which calls :func:`_set_period` for every figure."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Optional

from ... import normalise as N
from ...normalise.signs import approximation
from .context import _Ctx
from .matchers import _MONTHS
from .mentions import Mention
from .metric_words import _BARRIER, _BIND_AFTER

if TYPE_CHECKING:   # (annotations only: .sentence imports this module)
    from .sentence import _Fig, _SentenceMentions

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


#: a half of the financial year, its year not named (dated from the report's financial year)
_HALF_OF_THE_FY = re.compile(r"(?i)(first|second|1st|2nd)\s+half\s+of\s+(?:the\s+)?financial\s+year")
_THIS_QUARTER = re.compile(r"(?i)(?:(?:in|during|over|across|throughout)\s+)?(?:this|the|current)\s+"
                             r"(?:reporting\s+)?quarter")


def _stated_period(q: N.Quantity, m: Optional[Mention], ctx: _Ctx, sm: _SentenceMentions) -> Optional[N.Period]:
    """The period mention ``m`` bound to a figure, completed from the block's
    context: an undated quarter that fits the report's quarter, "this quarter"
    of a three-month report, a half of "the financial year" of a report on one,
    a month after an undated rolling window."""
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
    elif p is not None and p.period_type == "other" and p.end is None and ctx.period is not None \
            and ctx.period.period_type == "financial_year" and ctx.period.start is not None \
            and ctx.period.start.month == 4 and (h := _HALF_OF_THE_FY.fullmatch((p.raw or "").strip())) is not None:
        # "over the first half of the financial year" in a report on 2024/25 (Kent County Council's treasury
        # management mid-year report): April to September of that year
        y = ctx.period.start.year
        second = h.group(1).lower() in ("second", "2nd")
        p = N.Period("other", date(y, 10, 1) if second else date(y, 4, 1),
                     date(y + 1, 3, 31) if second else date(y, 9, 30), p.raw)
    if p is not None and p.period_type == "month" and p.end is not None \
            and any(r.start < q.start for r in sm.rolling_undated):
        # "the rolling 12-month arrest rate to September 2023 was 7.9%"
        r = [r for r in sm.rolling_undated if r.start < q.start][-1].period
        k = 12 if r.period_type == "rolling_12_months" else 3
        p = N.window_ending(p.end, k, r.period_type, p.raw)
    return p


_BASELINE_AFTER = re.compile(r"[ \t]*(?:base[ \t-]?line|base[ \t]+year)\b", re.I)


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
        if bm is not None and bm.period.period_type == "rolling_12_months" and bm.period.end \
                and not _BASELINE_AFTER.match(sentence, bm.end):
            # (a "baseline" is a fixed year, not last year: "Compared to year ending June 2019 baseline, a decrease
            # of 10.8%" (Kent PCC on the national crime measures) is no change of the year after it)
            bp = bm.period
            p = N.Period("change_12_months", N.shift_years(bp.start, 1), N.shift_years(bp.end, 1), bp.raw)
            if inh_period is not None and inh_period is carry.get("period") and inh_period.end is not None \
                    and inh_period.period_type in ("rolling_12_months", "financial_year", "calendar_year") and inh_period.end > p.end:
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
    r"fewer|less)\b)[\w/()'’-]+){1,8}?[ \t]*,?[ \t]+and(?:[ \t]+by)?"
    # (an approximation before the second size: "by just over 13 per cent by March 2004, and by almost 11 per cent in
    # the next financial year", South Wales Argus on Gwent Police)
    r"(?:[ \t]+(?:around|about|approximately|roughly|nearly|almost|just[ \t]+(?:under|over)))?[ \t]+", re.I)
#: a verb after the second figure: it has a clause of its own ("... and 85% were satisfied")
_OWN_VERB_AFTER = re.compile(r"\b(?:was|were|is|are|had|has|have|said|felt|feel|agreed|reported|stated|rated|"
                             r"rose|fell|increased|decreased)\b", re.I)


#: a later item of a list of changes, its own noun then "by" with no verb or change word of its own: "drug
#: offences have fallen by 19.4%, burglaries of non-domestic properties, such as sheds and garages by 16.5%"
#: (North Wales Police), "decreases in theft offences of 2.4%, household burglaries by 1.3% ... and vehicle
#: crime by 6.3%" (the same), "Burglary fell by 12%, robbery by 8% and vehicle crime by 3%": the verb of the
#: change before it is shared (its words up to ten, commas allowed; never a clause word, a verb of its own, a
#: change word or a word of an aim).  Each word is taken whole (the lookahead after it): with the spaces
#: between words optional, a failing gap was otherwise tried split at every letter, 0.3 s for one 85-character
#: gap of Kent's finance monitoring ("..., and estimated benefit from unrealised creditors from the previous
#: financial year - "); a word split in two never matched where the whole one did not
_LISTED_BY_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]and[ \t]+|,[ \t]*and[ \t]+)(?:(?!(?:was|were|is|are|had|has|have|been|being|be|saw|see|sees|"
    r"with|compared|than|while|whilst|whereas|but|although|though|which|who|that|from|to|against|rose|risen|fell|"
    r"fallen|increas\w*|decreas\w*|reduc\w*|drop\w*|grew|grown|rise|rising|falls?|falling|declin\w*|improv\w*|"
    r"worsen\w*|up|down|higher|lower|more|fewer|less|cut|cuts|aim\w*|targets?|will|would|should|could|can|may|"
    r"must|need\w*|plans?|planned|expected|forecasts?|set|increase|reduction|growth)\b)[\w/()'’-]+(?![\w/()'’-])"
    r"[ \t]*,?[ \t]*){1,10}?[ \t]by[ \t]*", re.I)


#: between two changes of a list of places, a comma alone: "Crime was also down by 13.6 per cent in Langbaurgh, 16.6
#: per cent in Middlesbrough and 11 per cent in Stockton" (Cleveland Police Authority, in The Northern Echo): the
#: place after the first, capitalised, then the comma; the second is followed by the same preposition and its place
_PLACE_COMMA_GAP = re.compile(r"[ \t]+(?P<prep>in|across|at|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                              r"[ \t]*,[ \t]*")
_SAME_PREP_AFTER = re.compile(r"[ \t]+(in|across|at|for)[ \t]+(?:the[ \t]+)?[A-Z]")
#: the end of a listed item's clause: a comma, a semicolon or "and" ("house burglaries by 43.5 per cent and thefts
#: from vehicles have been cut by ...": the verb after "and" is the next item's)
_ITEM_CLAUSE_END = re.compile(r"[,;]|[ \t]and[ \t]")


def _coordinated_change(a: _Fig, q: N.Quantity, sentence: str, nxt: int) -> bool:
    """Is ``q`` a second change sharing the verb of change ``a`` before it ("by 8 per cent in the 12
    months to March 2019 and 2 per cent regionally", "fallen by 19.4%, burglaries ... by 16.5%"): one unit,
    no sign of its own, only a qualifier and "and" between (or a list item's noun and "by"), no verb of its
    own after it?"""
    if a.q.unit != q.unit or q.sign_explicit or q.kind != "":
        return False
    if _COORDINATED_GAP.fullmatch(sentence, a.q.end, q.start) is not None:
        return not _OWN_VERB_AFTER.search(sentence, q.end, min(nxt, q.end + 60))
    pm = _PLACE_COMMA_GAP.fullmatch(sentence, a.q.end, q.start)
    if pm is not None:
        after = _SAME_PREP_AFTER.match(sentence, q.end)
        return after is not None and after.group(1).lower() == pm["prep"].lower() \
            and not _OWN_VERB_AFTER.search(sentence, q.end, min(nxt, q.end + 60))
    if a.value < 0 and _LISTED_BY_GAP.fullmatch(sentence, a.q.end, q.start) is not None:
        # (a verb after the item's clause break is the next clause's: "... by 16.5%, while there have been")
        end = min(nxt, q.end + 60)
        m = _ITEM_CLAUSE_END.search(sentence, q.end, end)
        return not _OWN_VERB_AFTER.search(sentence, q.end, m.start() if m else end)
    return False


_BRACKET_GAP = re.compile(r"\s*\(\s*")
#: "by the end of this year" right after a figure: a date it is to be reached by, never a later period's figure
_BY_END_OF_THIS = re.compile(r"[ \t]+by[ \t]+the[ \t]+end[ \t]+of[ \t]+(?:this|the|next)[ \t]+", re.I)
_TO_NEXT = re.compile(r"[ \t]+to[ \t]+")
#: a date the figure is reached by, right after it: " by November 2015", " by the end of March 2024"
#: (or the end of the year it is written in: "Aiming for 87% by the end of this year and 87.4% in 2017" (Avon and
#: Somerset PCC's quarterly overview, 2013/14): 2017 is the second's)
_BY_DATE_AFTER = re.compile(rf"[ \t]+by[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:(?:{_MONTHS})\b|\d"
                            r"|(?:this|the|next)[ \t]+(?:financial[ \t]+)?(?:year|quarter|month)\b)", re.I)
#: "from 16 percent", "from a peak of 138,132" (agendaNi on PSNI figures): the figure a change runs from
_FROM_END = re.compile(r"\bfrom[ \t]+(?:(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}of[ \t]+)?$", re.I)
#: a figure's own noun words and a preposition before its period: " crimes recorded in ", " in "
_OWN_WORDS_TO = re.compile(r"(?:[ \t]+[A-Za-z-]+){0,3}[ \t]+(?:in|during|for|by)[ \t]+", re.I)


def _to_after_from(m: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is period ``m`` the one of the figure "from" which ``q`` went "to" ("from 16 percent between April
    and December 2010 to 20% ...")?  Then it is no period of ``q``."""
    if m.end > q.start or not _TO_NEXT.fullmatch(sentence, m.end, q.start):
        return False
    k = [x for x in kept if x.end <= m.start]
    return bool(k) and _FROM_END.search(sentence, max(0, k[-1].start - 30), k[-1].start) is not None


#: (an approximation may lead either level: "doubled from over 4 minutes to over 8 minutes", Devon and Cornwall's panel)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+|" + approximation() + r"[ \t]+)?$", re.I)
#: between the two levels of a pair: its noun, then "to" ("from 2,611 to", "from 24,855 crimes to")
_TO_BETWEEN = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}to[ \t]+(?:" + approximation() + r"[ \t]+)?", re.I)


def _from_of_pair(q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is ``q`` the first level of a pair "from X to Y", right after "from", the next figure right after "to"?"""
    if not _FROM_BEFORE.search(sentence, max(0, q.start - 20), q.start):
        return False
    nxt = next((k for k in kept if k.start >= q.end), None)
    return nxt is not None and nxt.unit == q.unit and _TO_BETWEEN.fullmatch(sentence, q.end, nxt.start) is not None


#: a period naming the figure after it: "Humberside's 2011/12 rate of 28 per cent", "the 2014/15 figure of 103,176"
_LABEL_OF = re.compile(r"[ \t]+(?:figure|total|rate|level)[ \t]+(?:of|was|is|stood[ \t]+at)[ \t]+(?:just[ \t]+)?"
                       r"(?:(?:under|over|about|around|nearly|almost)[ \t]+)?£?", re.I)


def _labels_later_figure(m: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is period ``m`` (after ``q``) the label of another figure right after it ("2011/12 rate of 28%")?"""
    nxt = next((k for k in kept if k.start >= m.end), None)
    return nxt is not None and nxt is not q and _LABEL_OF.fullmatch(sentence, m.end, nxt.start) is not None


_CURRENT = re.compile(r"\bcurrent(?:ly)?\b", re.I)


def _now_after_other(m: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is there, between period ``m`` before ``q`` and ``q``, another figure and after it "current(ly)" (the
    period was that figure's, ``q`` is the present one or a change up to it)?"""
    between = [k for k in kept if m.end <= k.start and k.end <= q.start]
    return bool(between) and _CURRENT.search(sentence, between[0].end, q.start) is not None


def _after_points_change(q: N.Quantity, kept: list[N.Quantity]) -> bool:
    """Whether the figure before ``q`` is a change in percentage points (a rate in brackets after
    one is the rate it is measured against, not a restatement)."""
    i = next((k for k, x in enumerate(kept) if x is q), 0)
    return i > 0 and kept[i - 1].unit == "percentage_points"


#: a month named without its year, led by a preposition ("The JD rate in October was however 11.3%", MPA; "as at
#: the end of January 74% were ...", Bromsgrove): the figure's own time, which the text does not date
_UNDATED_MONTH = re.compile(r"\b(?:in|at|of|for|during)[ \t]+"
                            rf"(?-i:{'|'.join(m.capitalize() for m in N.MONTH_NAMES)})\b(?![ \t]*[-/'’,]?[ \t]*\d)", re.I)


def _level_compared(b: Mention, q: N.Quantity, prev: Optional[_Fig]) -> bool:
    """Is the figure before base ``b`` a level of ``q``'s unit ("was 1,016; an increase compared to 2013/14 (788)"),
    not a change ("rose by 5% compared to the 12 months to March 2022 (1,200 offences)": the current count or the
    base's, it does not say)?"""
    return prev is not None and prev.role == "level" and prev.q.unit == q.unit and prev.q.end <= b.start


#: a figure's own noun, then "last year": "1561 crimes last year to date", "80 per cent last year"
#: (never a comparison with it: "6.4 per cent worse than the previous year", Chelmsford Weekly News on Essex Police)
_LAST_YEAR_AFTER = re.compile(r"(?:[ \t]+(?!(?:than|on|from|compared|against|over|since|versus|vs|with|to)\b)[A-Za-z-]+){0,2}?"
                              r"[ \t]+(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year\b", re.I)
_UNDATED_MONTH_AFTER = re.compile(r"[ \t]+" + _UNDATED_MONTH.pattern, re.I)


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
                sm: _SentenceMentions, inh_period: Optional[N.Period], carry: dict,
                prev: Optional[_Fig] = None) -> None:
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
    if m is not None and m.start >= q.end and _in_other_brackets(sentence, m.start, m.end, q) \
            and _figure_in_its_bracket(m, q, kept, sentence):
        # "to overspend budget by £3.3M (over budget by £0.6M in September 2016)" (Central Bedfordshire's executive,
        # 2017): the period in brackets is the bracketed figure's, not the one before them
        m = None
    if m is not None and (m.end <= q.start or _BY_END_OF_THIS.match(sentence, q.end)) \
            and _BY_DATE_AFTER.match(sentence, q.end):
        # "3,315 offences recorded in August 2015 but that level had fallen to 2,814 by November 2015" (agendaNi on
        # PSNI figures): the figure's own date follows it ("by" a date is read as no period); the one before is
        # another figure's
        f.period = None
        return
    if m is not None and _to_after_from(m, q, kept, sentence):
        # "from 10.7 per day in 2010 to 8.4 in the first nine months": 2010 is the first's, and so what the block
        # carries; the second's is the period after it in its own words ("to 98,558 crimes recorded in 2012/13",
        # agendaNi on PSNI figures), else not stated
        nxt = min((k.start for k in kept if k.start >= q.end), default=len(sentence))
        own = next((a for a in sm.current if q.end <= a.start and a.end <= nxt
                    and _OWN_WORDS_TO.fullmatch(sentence, q.end, a.start)), None)
        if own is None:
            f.period = None
            return
        m = own
    if f.role == "level" and m is not None and m.end <= q.start and _from_of_pair(q, kept, sentence):
        # "crime increased by 1.7 per cent in 2016/17 compared to 2015/16, rising from 53,007 to 53,786" (Derbyshire
        # Times): the level a change ran from is not of the period the change is, but of its base if one is stated
        b = next((b for b in sm.dated if b.base and b.period is not None and b.end <= q.start), None)
        f.period = b.period if b is not None else None
        _carry_stated(m, q, sentence, carry)   # (the period stated still goes on to what follows)
        return
    if f.role == "level" and m is not None and m.start >= q.end and _from_of_pair(q, kept, sentence) \
            and any(q.end <= k.start and k.end <= m.start for k in kept):
        # "the crime figures have come down from 2,572 to 1,580 in 2017" (the Guernsey Press on the Bailiwick's Law
        # Enforcement report; 2,572 was 2010's): the period after the pair is its second level's, never the first's
        f.period = None
        return
    if m is not None and m.end <= q.start and "year" in sentence and _LAST_YEAR_AFTER.match(sentence, q.end):
        # "a 9% reduction in Class 1-4 crimes as at 26th January 2015 (1561 crimes last year to date compared to 1420
        # crimes this year to date)" (Highland Council's police area report): the figure of last year is not of the
        # period stated before it
        f.period = None
        _carry_stated(m, q, sentence, carry)   # (the period stated still goes on to what follows)
        return
    if m is not None and m.end <= q.start and _UNDATED_MONTH_AFTER.match(sentence, q.end):
        # "the level of confidence was 50.8 per cent – up from 45.7 per cent in March, and from a rating of 48.3 per
        # cent in September" (Yorkshire Post on Humberside Police Authority, for December 2009): the figure's own
        # month, its year not written, is not the period before it
        f.period = None
        _carry_stated(m, q, sentence, carry)   # (the period stated still goes on to what follows)
        return
    if m is not None and m.start >= q.end and _labels_later_figure(m, q, kept, sentence):
        m = None   # "23 per cent ..., in comparison to ... Humberside's 2011/12 rate of 28 per cent": 2011/12 is the 28's
    if m is not None and m.end <= q.start and "current" in sentence and _now_after_other(m, q, kept, sentence):
        # "In 2011/12, the number of Theft from the Person offences was 305, and it was currently 350, which was an
        # increase of 14.8%" (Bromley's police update): the figure said to be current is not of the year before
        f.period = None
        _carry_stated(m, q, sentence, carry)   # (the period stated still goes on to what follows)
        return
    p = _stated_period(q, m, ctx, sm)
    if f.role == "level" and m is not None and m.label == "SINCE" and _BRACKET_GAP.fullmatch(sentence, m.end, q.start):
        f.period = None   # "increased by 13.74% since September 2016 (40,021)": the base's level, of a span
        return            # the text does not state (never "since September 2016")
    if f.role != "change" and q.unit == "percent" and sm.dated and _after_points_change(q, kept):
        b = next((b for b in sm.dated if b.base and b.end <= q.start
                  and _BRACKET_GAP.fullmatch(sentence, b.end, q.start)), None)
        if b is not None:
            p = b.period   # "down 5.1 percentage points compared to the 12 months to December 2021 (80.1%)": the base's rate
    if f.role == "level" and sm.dated:
        b = next((b for b in sm.dated if b.base and b.end <= q.start
                  and (_BASE_OF_GAP.fullmatch(sentence, b.end, q.start)
                       or (_BRACKET_GAP.fullmatch(sentence, b.end, q.start) and _level_compared(b, q, prev)))),
                 None)
        if b is not None:
            # "decrease from previous high in July 2023 of 63:39 mins" (Wiltshire): the high's own month; "an increase
            # compared to 2013/14 (788)" (Northumbria PCC): the level in brackets right after the base is the base's
            p = b.period
        elif _COMPARED_END.search(sentence, max(0, q.start - 20), q.start):
            b = next((b for b in sm.dated if b.base and b.start >= q.end
                      and _OWN_SAME_PERIOD.fullmatch(sentence, q.end, b.start)), None)
            if b is not None:
                # "3,001 in 2015/16 compared to 2,915 during the same period in 2016/17" (the Dromore Leader on the
                # PSNI's figures), "a 7% increase from 420 in the same quarter of 2015" (Transport Network on the
                # DfT's): the level compared with is of the period its own words name, never the one before
                p = b.period
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
    elif (y := _YEAR_NEXT_TO.match(sentence, q.end)) is not None:
        # "162 recorded crimes in 2017, compared with 103 the year before" (Guernsey Press on the Bailiwick's Law
        # Enforcement report), "483 incidents in 2016/17 compared to 572 the year before" (PSNI's figures in the
        # Dromore Leader), "420 incidents in 2012/13 and this increased to 472 the following year" (Dorset Echo):
        # the year next to the one stated (none when none is, never "the previous year" as a period of its own)
        base = p if _a_year(p) else next((d.period for d in reversed(sm.dated) if d.end <= q.start
                                         and _a_year(d.period)), inh_period)
        p = _year_shift(base, 1 if y["after"] or y["after2"] else -2 if y["last"] else -1)
        f.inherited = 0
    elif p is None and inh_period is not None:
        p, f.inherited = inh_period, 1
    f.period = p
    if m is not None and not f.inherited and m.label == "PERIOD" \
            and not _BASE_FIGURE_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        # (not the period of a figure compared with: "..., compared to 82% in 2020/21. 101 calls are now
        # answered within ...": the next sentence is not of 2020/21)
        carry["period"] = m.period


def _carry_stated(m: Mention, q: N.Quantity, sentence: str, carry: dict) -> None:
    """Carry the period mention ``m`` stated in the sentence on to the sentences after it (as :func:`_set_period` does
    for a figure it is the period of)."""
    if m.label == "PERIOD" and not _BASE_FIGURE_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        carry["period"] = m.period


_LAST_YEARS = re.compile(r"\b(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year[’']s[ \t]+"
                         r"(?:(?:figure|total|rate|level|increase|rise|fall|reduction)[ \t]+of[ \t]+)?$", re.I)


#: right after a figure, the year next to the one stated: "103 the year before", "472 the following year"
#: ("the year before last": two years before)
_YEAR_NEXT_TO = re.compile(r"[ \t]+(?:the[ \t]+(?:year[ \t]+before(?P<last>[ \t]+last)?"
                           r"|(?:previous|prior|preceding)[ \t]+(?:financial[ \t]+)?year"
                           r"|(?P<after>(?:following|next)[ \t]+(?:financial[ \t]+)?year|year[ \t]+after))"
                           r"|a[ \t]+year[ \t]+(?:before|earlier|(?P<after2>later)))\b", re.I)


def _year_before(p: Optional[N.Period]) -> Optional[N.Period]:
    """The year before a year's period (calendar or financial), else None: a period of another length is
    not moved back by guess."""
    return _year_shift(p, -1)


def _a_year(p: Optional[N.Period]) -> bool:
    """Is ``p`` a dated year (calendar or financial)?"""
    return p is not None and p.period_type in ("calendar_year", "financial_year") and p.start is not None


def _year_shift(p: Optional[N.Period], k: int) -> Optional[N.Period]:
    """A year's period (calendar or financial, or the change over one) moved by ``k`` years, else None."""
    if p is None or p.period_type not in ("calendar_year", "financial_year", "change_12_months") or p.start is None:
        return None
    return N.Period(p.period_type, N.shift_years(p.start, k), N.shift_years(p.end, k), p.raw)



#: between a base period and its own value: "... previous high in July 2023 of 63:39 mins", "on the previous 2014/15
#: figure of 103,176" (agendaNi)
#: a level compared with, then the period of its own: "compared to 2,915 during the same period in 2016/17"
_COMPARED_END = re.compile(r"\b(?:compared[ \t]+(?:to|with)|from|against|versus|vs\.?)[ \t]+$", re.I)
_OWN_SAME_PERIOD = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:during|in|for|over)[ \t]+the[ \t]+same[ \t]+"
                              r"(?:time[ \t]+)?(?:period|quarters?|months?)[ \t]+(?:in|of)[ \t]+", re.I)
_BASE_OF_GAP = re.compile(r"[ \t]+(?:(?:figure|total|level|rate)s?[ \t]+)?of[ \t]+", re.I)


def _figure_in_its_bracket(m: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Does the bracket period ``m`` is in hold a figure other than ``q`` before it ("(over budget by £0.6M in
    September 2016)"; not "(150.0) shortfall (Nov 24)": that bracket holds the month alone)?"""
    open_at = sentence.rfind("(", 0, m.start)
    return any(k is not q and open_at < k.start and k.end <= m.start for k in kept)


_BASE_FIGURE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from)\s+(?:the\s+|a\s+)?$", re.I)


#: a year as a value's label, right before it: "(2016: 1,694 – 2017: 2,326)" (David Hanson MP's crime notes)
_YEAR_LABEL = re.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*$")


def labelled_other_year(f, q: N.Quantity, sentence: str) -> bool:
    """Is figure ``q`` labelled by a year ("2016: 1,694") other than the one its period (the sentence's,
    "in the 12 months ending September 2017") ends in?  Then that period is not its own; which window of
    the earlier year is meant the text does not say."""
    if f.period is None or f.period.end is None or q.start < 5:
        return False
    m = _YEAR_LABEL.search(sentence, max(0, q.start - 12), q.start)
    return m is not None and int(m["y"]) != f.period.end.year
