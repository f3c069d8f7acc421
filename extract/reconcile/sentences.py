"""Arithmetic a sentence states: shares, changes with their count and total, differences and
parts of a total, only where the sentence declares the relationship."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..model import stable_id
from ..normalise import find_quantities
from ..records import CheckRecord, FigureRecord
from ..vocab.literals import Prefiltered
from .vocabulary import _CONTINUATION, bound_of
from .common import _eps, agrees, precision_of
from .explanations import _fmt_diff, _severity, format_value


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
        if _in_range(text, q.start, q.end):
            continue
        out.append(_Q(q.value, q.unit, q.raw, q.start, q.end, q.kind))
    return out


#: "0.3%-0.4%", "between 5 and 7", "0.3 to 0.4 per cent": a range is no exact claim of either end
_RANGE_BEFORE = re.compile(r"(?:\d\s*%?\s*(?:-|–|—)\s*|\bbetween\s+(?:£\s*)?)$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:%|per\s?cent)?\s*(?:-|–|—)\s*[-+]?£?\d", re.I)
_RANGE_TO = re.compile(r"^\s*(?:%|per\s?cent)?\s*to\s+[-+]?£?\d", re.I)
_RANGE_TO_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent)?\s*to\s*$", re.I)


_DIGIT_AT_END = re.compile(r"\d\s*%?\s*$")
_FROM_AT_END = re.compile(r"\bfrom\s*$", re.I)
_FROM_FIGURE_AT_END = re.compile(r"\bfrom\s*[-+]?£?[\d,.]*$", re.I)


def _in_range(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start]
    if text[start:start + 1] in "-–—" and _DIGIT_AT_END.search(before):
        return True     # "0.3%-0.4%" read as a second, negative value
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(text[end:end + 30]):
        return True
    # "0.3 to 0.4 per cent", but not "from 53.8 to 52.9" (a before and an after)
    if _RANGE_TO.match(text[end:end + 30]):
        return not _FROM_AT_END.search(text[max(0, start - 20):start])
    if _RANGE_TO_BEFORE.search(text[max(0, start - 30):start]):
        k = _RANGE_TO_BEFORE.search(text[max(0, start - 30):start]).start() + max(0, start - 30)
        return not _FROM_FIGURE_AT_END.search(text[max(0, k - 25):k + 1])
    return False


def _inexact(text: str, q: "_Q") -> bool:
    """An approximation or a bound ("around 5%", "almost 300", "over 1,000"): never an exact claim."""
    return bool(bound_of(text[max(0, q.start - 25):q.start]))


def _inexact_part(text: str, qs: list["_Q"], stated: "_Q", working: str) -> bool:
    """Is a number the working is computed from ("over 300 of the 488 incidents") a bound or an
    approximation?  (A number is in the working when its text is; a repeated text counts for all.)"""
    return any(q is not stated and q.raw in working and _inexact(text, q) for q in qs)


_NEST = re.compile(r"\bof (?:these|those|them|whom|which,? )|\bincluding\b|\bamong (?:them|these)\b|\bper\b|\ba month\b|"
                   r"\beach\b|\baverage\b|\bper cent\b|%", re.I)
_TOTAL_AFTER = re.compile(r"\b(?:totall?ing|total(?:led)? of|a total of|totals?|comprising|comprised of|made up of|"
                          r"consisting of|broken down into|of which)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\bin total\b|\btotal\b", re.I)


_BRACKET_AFTER = re.compile(r"[^()\d.;]{0,25}?\(([^()]{1,120})\)")
_LIST_JOINER = re.compile(r"\band\b|,|\bof\b|\bout of\b")
_OF_WHICH_OR_WHOM = re.compile(r"\bof which\b|\bof whom\b", re.I)
_OUT_OF_LEAD = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?", re.I)
_OF_THE_AT_END = re.compile(r"\bof the\s*$", re.I)


def _share_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str, str, bool]]:
    """(percent quantity, implied percent, working, pattern, structural) for share patterns."""
    out = []
    pcts = [q for q in qs if q.unit == "percent"]
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    for p in pcts:
        # Z% (Y <words> and X <words>)
        m = _BRACKET_AFTER.match(text[p.end:])
        if m:
            lo, hi = p.end + m.start(1), p.end + m.end(1)
            inner = [q for q in counts if lo <= q.start and q.end <= hi]
            if len(inner) == 2 and _LIST_JOINER.search(text[inner[0].end:inner[1].start]):
                a, b = sorted(inner, key=lambda q: q.value)
                if b.value > 0:
                    out.append((p, 100 * a.value / b.value, f"{a.raw} / {b.raw} = {100 * a.value / b.value:.1f}%",
                                "share", True))
                    continue
            if len(inner) == 1:
                # "89 per cent of people (4,437)" with the whole earlier: "Y ... of which Z% (X)"
                others = [q for q in counts if q is not inner[0] and q.end <= p.start]
                if len(others) >= 1 and _OF_WHICH_OR_WHOM.search(text[others[-1].end:p.start]):
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
                if _OUT_OF_LEAD.fullmatch(between) \
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
        m2 = _OF_THE_AT_END.search(text[:counts[0].start]) if counts else None
        if m2 and len(counts) == 2 and counts[1].value <= counts[0].value and counts[0].value > 0 and p.start > counts[1].end:
            y, x = counts
            imp = 100 * x.value / y.value
            out.append((p, imp, f"{x.raw} of {y.raw} = {imp:.1f}%", "share", len(pcts) == 1))
    return out


_CHANGE_WORD = re.compile(r"increase|decrease|rise|rose|fell|fall|reduc|more|fewer|less|higher|lower|up\b|down\b|drop|"
                          r"grow|grew|declin|change", re.I)


def _is_change_pct(text: str, p: _Q) -> bool:
    before = text[max(0, p.start - 45):p.start]
    after = text[p.end:p.end + 40]
    return bool(_CHANGE_WORD.search(before + " " + after))


#: between the after-level and its percentage change: "52.9, a fall of 1.7%", "95 (down 5%)", "95, or -5%"
_CHANGE_AFTER_LEVELS = re.compile(
    r"^[\s,;:(\-–]*(?:(?:which\s+is|this\s+is|representing|equating\s+to|or|i\.e\.)\s+)?"
    r"(?:(?:an?\s+)?(?:increase|decrease|rise|fall|drop|reduction|change|growth|decline|uplift|improvement)s?"
    r"\s+(?:of\s+)?|(?:up|down|increased|decreased|rose|fell|dropped)\s+(?:by\s+)?|by\s+)?$", re.I)
#: before the levels: "fell by 5% from 100 to 95", "a 5% rise from 100 to 95"
_CHANGE_BEFORE_LEVELS = re.compile(r"^\s*(?:(?:rise|fall|increase|decrease|drop|reduction|change)s?\s+)?"
                                   r"(?:,\s*)?(?:from|between)\s*$", re.I)


#: between two levels, a change or a percentage of its own: the levels are of two statements ("... fell
#: (down 0.03%) to 6,462 and public order offences rose slightly to 5,084 (up 1.4%)"), not a before and
#: an after ("from 16,075 reports to 15,720", "6,462 compared with 5,084")
_OWN_CHANGE_BETWEEN = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|"
                                 r"reduced|went\s+(?:up|down))\b|\d\s*(?:%|per\s*cent)", re.I)


def _states_change_of(text: str, p: "_Q", levels: list) -> bool:
    """Does the sentence give the percentage as the change between its two levels (before and after of
    the same quantity), not of another quantity it goes on to name ("... to 52.9, was consistent with
    GDP growth of 0.3%")?"""
    if p.start >= levels[1].end:
        return bool(_CHANGE_AFTER_LEVELS.match(text[levels[1].end:p.start]))
    if p.end <= levels[0].start:
        return bool(_CHANGE_BEFORE_LEVELS.match(text[p.end:levels[0].start]))
    return False


_TO_BETWEEN = re.compile(r"[^\d]{0,20}?\bto\b[^\d]{0,20}", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}$", re.I)


def _from_to(text: str, a: "_Q", b: "_Q") -> bool:
    """Is "from A to B" written ("falling from 16,075 reports to 15,720")?"""
    return a.end <= b.start and bool(_TO_BETWEEN.fullmatch(text[a.end:b.start])) \
        and bool(_FROM_BEFORE.search(text[max(0, a.start - 30):a.start]))


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_OF_LEAD = re.compile(r"[^()\d]{0,60}\(\s*(?:a\s+)?(?:[a-z ]+\s+of\s+)?", re.I)
_COUNT_NOUN_SEMICOLON = re.compile(r"\s*(?:[a-z]+\s+){0,4}(?:crimes?|incidents?|offences?|calls?|arrests?)?\s*;\s*", re.I)
_FALL_WORD = re.compile(r"decrease|reduc|fell|fall|fewer|less|lower|down|drop|declin", re.I)
_COMPARISON_WORD_TO = re.compile(r"compar|than|\bon\b|\bfrom\b|where|previous|versus|\bvs\b|\bto\b", re.I)


def _change_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str, str, bool]]:
    out = []
    pcts = [q for q in qs if q.unit == "percent" and _is_change_pct(text, q)]
    counts = [q for q in qs if q.unit == "count" and q.value >= 0]
    if not pcts or not counts:
        return out
    for p in pcts:
        # the count attached to the change: "(n. 2,751)" right after, or "1,258 more ... (2.9 per cent)"
        attached = None
        m = _OPEN_BRACKET.match(text[p.end:])
        if m:
            cand = [q for q in counts if p.end <= q.start <= p.end + m.end() + 4]
            if cand:
                attached = cand[0]
        if attached is None:
            cand = [q for q in counts if q.end <= p.start and _BRACKET_OF_LEAD.fullmatch(text[q.end:p.start])]
            if cand:
                attached = cand[-1]
        if attached is None:
            cand = [q for q in counts if q.end <= p.start and _COUNT_NOUN_SEMICOLON.fullmatch(text[q.end:p.start])]
            if cand:
                attached = cand[-1]
        levels = [q for q in counts if q is not attached and q.kind != "n"]
        from_to_working = None
        neg = p.value < 0 or bool(_FALL_WORD.search(text[max(0, p.start - 45):p.end + 30]))
        pv = abs(p.value)
        hyps: list[tuple[float, str, bool]] = []
        against: set = set()   # the workings of a rise where the sentence states a fall
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
                # among more than three levels (a dashboard flattened into a line) only neighbours are a before
                # and an after: any two of many agree with some percentage by chance
                for b in (levels[i + 1:] if len(levels) <= 3 else levels[i + 1:i + 2]):
                    for new, old in ((a, b), (b, a)):
                        if old.value > 0:
                            imp = 100 * abs(new.value - old.value) / old.value
                            hyps.append((imp, f"({new.raw} - {old.raw}) / {old.raw} = {imp:.2f}%", False))
                            if neg and new.value > old.value:
                                against.add(hyps[-1][1])
                            if _from_to(text, old, new):
                                from_to_working = hyps[-1][1]
            between = text[levels[0].end:levels[1].start] if len(levels) == 2 else ""
            if len(levels) == 2 and _COMPARISON_WORD_TO.search(between) \
                    and not _OWN_CHANGE_BETWEEN.search(between) and _states_change_of(text, p, levels):
                a, b = levels
                both = [h for h in hyps[-2:]]
                if all(not agrees(pv, precision_of(p.raw, "percent"), h[0], 1e-9) for h in both):
                    # the base is the earlier value: the first in "from A to B" ((B - A) / A, the
                    # last hypothesis), the second in "A compared with B", "A from B" ((A - B) / B)
                    k = -1 if _from_to(text, a, b) else -2
                    hyps[k] = (hyps[k][0], hyps[k][1], True)
        if not hyps:
            continue
        pp = precision_of(p.raw, "percent")
        agreeing = [h for h in hyps if agrees(pv, pp, h[0], 1e-9)]
        # (both readings of "from A to B" agree: the working shown has the earlier value as its base; of two that
        # agree, the one going the way the sentence says: "a 9% reduction ... (1561 crimes last year to date compared
        # to 1420 crimes this year to date)" (Highland Council's police area report) is (1420 - 1561) / 1561)
        agreeing.sort(key=lambda h: (h[1] != from_to_working, h[1] in against))
        if agreeing:
            out.append((p, agreeing[0][0] * (-1 if p.value < 0 else 1), agreeing[0][1], "change", True))
        else:
            st = [h for h in hyps if h[2]]
            if len(st) == 1:
                out.append((p, st[0][0] * (-1 if p.value < 0 else 1), st[0][1], "change", True))
    return out


_CHANGE_OF_AT_END = re.compile(r"(?:increase|decrease|rise|fall|reduction|drop) of\s*$", re.I)
_MORE_OR_FEWER_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}(?:more|fewer|less)\b", re.I)
_COMPARISON_WORD = re.compile(r"compar|than|\bon\b|\bfrom\b|where|previous|versus|\bvs\b", re.I)


def _difference_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, float, str]]:
    """A count of change against two levels: 'A ... compares to B (a decrease of D; ...)'."""
    out = []
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    if len(counts) != 3:
        return out
    for d in counts:
        before = text[max(0, d.start - 30):d.start]
        after = text[d.end:d.end + 25]
        if _CHANGE_OF_AT_END.search(before) or \
                _MORE_OR_FEWER_AFTER.match(after):
            a, b = [q for q in counts if q is not d]
            # (levels, never changes of their own: "342 less homes were burgled than in August last year, 125
            # fewer vehicles were stolen and 237 less were broken into" (Cleveland Police Authority) lists three
            # changes, none the difference of the other two)
            if any(_MORE_OR_FEWER_AFTER.match(text[q.end:q.end + 25]) for q in (a, b)):
                continue
            # (one clause: never levels across a ";" from the change -- "53 crimes per 1000 population
            # compared to 76 nationally; ... had increased by three per cent (an increase of 547 crimes)",
            # Plymouth's minutes, whose lettered points run into one sentence)
            if _COMPARISON_WORD.search(text[a.end:b.start]) \
                    and ";" not in text[min(a.start, d.start):max(b.end, d.end)]:
                out.append((d, abs(a.value - b.value), f"{a.raw} - {b.raw} = {abs(a.value - b.value):,.0f}"))
    return out


_IN_TOTAL = re.compile(r"\bin total\b", re.I)
_OF_WHICH = re.compile(r"\bof which\b", re.I)
_TOTAL_WORD = re.compile(r"\b(?:totall?ing|total(?:led)? of|a total of|totals?|comprising|comprised of|made up of|"
                        r"consisting of|broken down into)\b", re.I)
#: (their searches first asking whether a word each needs is in the text: vocab.literals.Prefiltered, the
#: same matches; most sentences with three counts hold none of them)
_IN_TOTAL_SEARCH, _OF_WHICH_SEARCH, _TOTAL_WORD_SEARCH = (Prefiltered(rx).search for rx in (_IN_TOTAL, _OF_WHICH,
                                                                                          _TOTAL_WORD))
_SENTENCE_PUNCT = re.compile(r"[.;:()]")
_PARTS_JOINER = re.compile(r",|\band\b|&")


def _parts_checks(text: str, qs: list[_Q]) -> list[tuple[_Q, list[_Q], str]]:
    counts = [q for q in qs if q.unit == "count" and q.kind != "n" and q.value >= 0]
    if len(counts) < 3:
        return []
    out = []
    total = None
    parts: list[_Q] = []
    m_in = _IN_TOTAL_SEARCH(text)
    m_which = _OF_WHICH_SEARCH(text)
    m_after = _TOTAL_WORD_SEARCH(text)
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
        if _NEST.search(between) or len(between.split()) > 6 or _SENTENCE_PUNCT.search(between):
            return []
        if not _PARTS_JOINER.search(between):
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
_DIGITS = re.compile(r"\d\d*(?:[,.]\d+)*")   # (= \d+(?:[,.]\d+)*: opening with one digit, it is scanned for)


def _may_add_up(text: str) -> bool:
    """Cheap test before scanning a sentence: every sentence rule needs a percent and another number, or
    three numbers (counted up to three: a long sentence's other numbers are not looked for)."""
    n = sum(1 for _ in islice(_DIGITS.finditer(text), 3))
    return n >= 3 or (n >= 2 and bool(_PCT_WORD.search(text)))


def _sentence_arithmetic(doc_id: str, text: str, page, section, fig_by_span: dict, measure_id=None,
                         id_base: tuple = (), skip: frozenset = frozenset()) -> list[CheckRecord]:
    """The arithmetic checks of one sentence: its records made from :func:`_arithmetic_plan` (what the
    sentence's own words decide), with the document's ids, page, section and figures."""
    out: list[CheckRecord] = []
    for kind, q, stated, stated_p, implied, working, unit, implied_p, what in _arithmetic_plan(text, skip):
        out.append(_arith_record(doc_id, kind, q, stated, stated_p, implied, working, id_base + (text, q.start, q.raw),
                                 text, page, section, unit, figure_id=fig_by_span.get((q.start, q.end))
                                 or fig_by_span.get(q.raw), measure_id=measure_id, implied_p=implied_p, what=what))
    return out


@lru_cache(maxsize=4096)
def _arithmetic_plan(text: str, skip: frozenset) -> tuple:
    """(kind, quantity, stated, its precision, implied, working, unit, the implied value's precision, what)
    of every arithmetic check the sentence ``text`` states, in order: a pure function of the text and
    the spans ``skip``, worked out once for a sentence met again (a report in several files, the run's
    pass after the document's own; the quantities are never changed, the records are made anew)."""
    qs = _quantities(text, skip)
    if len(qs) < 2:
        return ()
    out: list[tuple] = []
    seen = set()
    for p, implied, working, kind, structural in _share_checks(text, qs) + _change_checks(text, qs):
        if not structural or (p.start, kind) in seen:
            continue
        seen.add((p.start, kind))
        stated = abs(p.value) if kind == "change" else p.value
        imp = abs(implied) if kind == "change" else implied
        what = "The share " if kind == "share" else "The percentage change "
        if (_inexact(text, p) or _inexact_part(text, qs, p, working)) \
                and not agrees(stated, precision_of(p.raw, "percent"), imp, 1e-9):
            continue   # computed from a bound or an approximation: agreement only, never an alarm
        out.append((kind, p, stated, precision_of(p.raw, "percent"), imp, working, "percent", 1e-9, what))
    for d, implied, working in _difference_checks(text, qs):
        if _inexact(text, d) or _inexact_part(text, qs, d, working):
            continue
        out.append(("difference", d, d.value, 1.0, implied, working, "count", 1.0, "The difference "))
    for total, parts, working in _parts_checks(text, qs):
        if any(_inexact(text, q) for q in parts + [total]):
            continue
        s = sum(p.value for p in parts)
        pr = max(precision_of(p.raw, "count") for p in parts + [total])
        out.append(("parts", total, total.value, pr, s, working, "count", 1e-9, "The total "))
    return tuple(out)


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
