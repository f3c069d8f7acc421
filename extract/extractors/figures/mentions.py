"""Mentions in a sentence: the periods, subjects and metrics the matchers find,
as character offsets, with the rules that keep or drop each (comparison
bases, bounds, stop rules of a subject, compass words that are no sub-area)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import ORTH


from ... import normalise as N
from ...any_match import any_match
from ...vocab.literals import lowered
from .lexicon import lexicon
from .matchers import _matchers_for, _period_groups, _period_runs, _token_tests

# --------------------------------------------------------------------------
# mentions
# --------------------------------------------------------------------------

# (hot patterns, compiled once)
#: a kind left out in brackets is no subject of the figures around it: "charges for sexual offences (not
#: including rape) and a 36% increase ...", "(excluding fraud)" (never "except for Chippenham 5.1%": the
#: exception's own figure follows)
_LEFT_OUT_END = re.compile(r"\(\s*(?:not\s+including|excluding|excl\.?)\s+$", re.I)
_SINCE_END = re.compile(r"\bsince\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?$", re.I)
#: "since the Commissioner's election in May 2021", "since the start of 2021", "since records began in 2003": a
#: few words (no figure, no stop) between "since" and the date are the event the span starts at
# ("the highest since these figures were first collected in 2006": Yorkshire Post on Humberside Police Authority)
_SINCE_EVENT = re.compile(r"\bsince[ \t]+(?:[A-Za-z][A-Za-z'’-]*[ \t]+){1,5}(?:in|of|on)[ \t]+$", re.I)


def _since_event(sentence: str, cs: int) -> bool:
    """``_SINCE_EVENT`` in the 60 characters before ``cs``: every match holds "since" (in any case: a
    text ``lowered`` cannot test is searched), so a window without it is not searched."""
    a = max(0, cs - 60)
    low = lowered(sentence[a:cs])
    if low is not None and "since" not in low:
        return False
    return _SINCE_EVENT.search(sentence, a, cs) is not None


#: "compared to the end of March 2020": a point the change is counted from (the span since then, from its end)
_BASE_POINT = re.compile(r"\b(?:compared[ \t]+(?:with|to)|in[ \t]+comparison[ \t]+(?:with|to))[ \t]+the[ \t]+end[ \t]+(?:of[ \t]+)?$",
                         re.I)
_END_OF = re.compile(r"\bend[ \t]+(?:of[ \t]+)?$", re.I)
_WINDOW_TO = re.compile(r"(?i)(12|twelve|3|three)[\s-]*months?\s+(?:to|ending)\s+\S+")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_PREP_END = re.compile(r"\b(?:in|during|for|than|of|with|since|from|to)\s*$", re.I)
#: a bare year naming the figure that follows: "surpassing the 2010 figure of 1,264", "the 2019 total was 412"
_YEAR_NOUN_AFTER = re.compile(r"[ \t]+(?:figure|level|total|baseline)s?[ \t]+(?:of|was|were|is|stood)\b", re.I)


@dataclass
class Mention:
    start: int          # char offsets in the sentence
    end: int
    label: str          # canonical subject / metric, or "PERIOD" / "YOY"
    period: Optional[N.Period] = None
    base: bool = False  # a comparison base ("compared with ...", "than in 2019")


_BASE_BEFORE = re.compile(
    r"(?:\bthan(?:\s+in|\s+for|\s+during)?|\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|"
    r"\bversus|\bvs\.?|\bagainst|\bfrom|\bon|\bsince|\bsame\s+period|\bprevious\s+high\s+in|"
    # ("an increase of 9.45% (499 incidents) over the same Quarters of 2017-18": Hereford and Worcester Fire Authority;
    # "a 7% increase from 420 in the same quarter of 2015": Transport Network on the DfT's figures)
    r"\bsame\s+quarters?)"
    # ("up 12 per cent on the pre-pandemic year of 2019/20": Security Journal UK on the ONS figures)
    # ("an increase of almost £10m on the figures for 2021/22": Warwickshire Police and Crime Panel, 2022)
    r"(?:\s+(?:the|a|an|that|those|this|of|in|for|same|period|previous|levels?|seen|number|figures?|totals?|"
    r"pre-pandemic|pre-covid|year))*\s*$",
    re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|from|after|following|before|prior\s+to|until|by)\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?$", re.I)


# (the same tests as the regexes' search, faster: see any_match)
_since_end, _since_before, _year_prep_end, _base_before = map(any_match, (_SINCE_END, _SINCE_BEFORE, _YEAR_PREP_END,
                                                                           _BASE_BEFORE))


def _token_offset(span, base: int) -> list[tuple[int, int]]:
    return [(t.idx - base, t.idx - base + len(t.text)) for t in span]


#: a superset of what the period patterns can match: a month name, a year, "quarter", "Q2", "FY",
#: "financial", "22/23", "month(s)"
_PERIODISH = re.compile(N.MONTH_PREFIX + r"|(?:19|20)\d\d|quarter|\bq[1-4]\b|"
                        r"\bfy|financial|\d\d/\d\d|month|\byear\b|\bytd\b", re.I)
_periodish = any_match(_PERIODISH)   # (= bool(_PERIODISH.search(text)), faster)


class _DocMatches:
    """The matches of every matcher over one block's Doc, handed to each
    sentence as offsets in its own span: the same matches as running the
    matchers on the sentence alone (no pattern looks at sentence starts).

    The phrase matchers are cheap and run once (lazily) over the whole Doc; a
    match crossing a sentence end is dropped.  The token matchers (periods,
    rules, metric token patterns) are the costly part, so they run only over
    the sentences that ask for them: a ``Matcher`` called on a Span gives Span
    offsets, and with no greedy or repeated operators in any pattern its
    matches there are exactly the Doc's matches inside the span."""

    _NAMES = ("period", "subj_lower", "subj_cased", "rules", "metric", "metric_tok")
    _TOKEN = frozenset(("period", "rules", "metric_tok"))

    def __init__(self, sdoc, text: Optional[str] = None):
        self.sdoc = sdoc
        self._all: dict[str, list] = {}
        self._spans: dict[tuple, list] = {}
        self._matchers, self._tests = _of_lexicon(lexicon())
        self._text = text   # the Doc's text (as given, or read once when a test needs it: Doc.text joins its tokens)
        self._orths: Optional[list] = None   # the Doc's tokens' orth ids, read once for the token matchers
        self._strings = sdoc.vocab.strings

    def chars(self, tok_start: int, tok_end: int) -> tuple[int, int]:
        """``(span.start_char, span.end_char)`` of the non-empty span ``sdoc[tok_start:tok_end]``
        (its first token's idx, its last token's idx + length), without making the Span."""
        last = self.sdoc[tok_end - 1]
        return self.sdoc[tok_start].idx, last.idx + len(last)

    def within(self, which: str, tok_start: int, tok_end: int) -> list[tuple[str, int, int]]:
        if which in self._TOKEN:
            key = (which, tok_start, tok_end)
            if key not in self._spans:
                self._spans[key] = self._token_matches(which, tok_start, tok_end)
            return list(self._spans[key])
        if which not in self._all:
            strings = self._strings
            self._all[which] = [(strings[m], s, e) for m, s, e in self._matchers[which](self.sdoc)]
        return [(lab, s - tok_start, e - tok_start) for lab, s, e in self._all[which]
                if tok_start <= s and e <= tok_end]

    def _token_matches(self, which: str, tok_start: int, tok_end: int) -> list[tuple[str, int, int]]:
        strings = self._strings
        if tok_end <= tok_start:
            return []   # (no token: no match)
        test = self._tests.get(which)
        if test is not None:
            # a span without any word the patterns need cannot match: not run
            if self._text is None:
                self._text = self.sdoc.text
            start_char, end_char = self.chars(tok_start, tok_end)
            if not test(self._text[start_char:end_char]):
                return []
        if self._orths is None:
            self._orths = self.sdoc.to_array(ORTH).tolist()
        orths = self._orths
        runs = None
        if which == "period":
            # only the runs of tokens a period phrase can be made of, holding a rare one, each
            # matched by the patterns of the rare ones it holds (see token_runs)
            runs = _period_runs().grouped_runs(orths[tok_start:tok_end], strings)
        matcher = self._matchers[which]
        if runs is None:
            return [(strings[m], s, e) for m, s, e in matcher(self.sdoc[tok_start:tok_end], orths[tok_start:tok_end])]
        out: list[tuple[str, int, int]] = []
        groups = _period_groups()
        memo = _run_memo(groups)
        for a, b, bits in runs:
            a, b = tok_start + a, tok_start + b
            run = orths[a:b]
            key = (bits, *run)
            found = memo.get(key)
            if found is None:
                found = memo[key] = period_run_matches(self.sdoc[a:b], run, bits, groups)
            out += [(strings[m], s + a - tok_start, e + a - tok_start) for m, s, e in found]
        return out


def period_run_matches(span, run: list, bits: int, groups: list) -> tuple:
    """The period matches (match id, start, end in the run) of a run of tokens (``run``: their
    orth ids) by the groups whose anchors it holds (``bits``)."""
    found = [f for bit, group in groups if bits & bit for f in group(span, run)]
    if bits & (bits - 1):
        found = list(dict.fromkeys(found))   # (several groups: a span once, as one matcher gives it)
    return tuple(found)


#: the period matches of each run of tokens met (its groups' bits and its orth ids -> period_run_matches): the
#: period patterns read only each token's TEXT and LOWER (``tests/test_speed18b.py`` checks), so a run's matches
#: are a function of its words, whatever Doc or sentence it is in -- "in September 2023", "the 12 months to
#: March 2024" recur in a report and across reports; kept for the groups they were made by, at most
#: RUN_MEMO_SIZE runs (then started again)
RUN_MEMO_SIZE = 200_000
_RUN_MEMO: list = [None, {}]


def _run_memo(groups: list) -> dict:
    owner, memo = _RUN_MEMO
    if owner is not groups or len(memo) >= RUN_MEMO_SIZE:
        memo = {}
        _RUN_MEMO[:] = [groups, memo]
    return memo


_OF_LEXICON: dict = {}


def _of_lexicon(lex) -> tuple:
    """The matchers by name and the token tests of ``lex`` (made once per lexicon: a Doc's
    matches are asked for in every block)."""
    got = _OF_LEXICON.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_OF_LEXICON) >= 4:
            _OF_LEXICON.clear()   # (few lexicons in a process: as _matchers_for, a few kept)
        got = _OF_LEXICON[id(lex)] = (lex, dict(zip(_DocMatches._NAMES, _matchers_for(lex))), _token_tests(lex))
    return got[1], got[2]


def _holds_digit(sdoc, a: int, b: int) -> bool:
    """Does a token of ``sdoc[a:b]`` start with a digit?"""
    return any(sdoc[i].text[:1].isdigit() for i in range(a, b))


def _find_periods(sdoc, tok_start: int, tok_end: int, base: int, sentence: str,
                  default_year: Optional[int], pre: Optional[_DocMatches] = None) -> list[Mention]:
    if not _periodish(sentence):
        return []  # every period pattern needs one of these words
    pre = pre if pre is not None else _DocMatches(sdoc)
    found = pre.within("period", tok_start, tok_end)
    # longest first, no overlaps; of two as long, one with a number first: "In September 2017" matches both
    # "In September" and "September 2017", and the first, dated by the report's year, is not its month (Sussex
    # PCC's performance page, 2018: "In September 2017 the Home Office announced that £11m ...")
    found.sort(key=lambda x: (-(x[2] - x[1]), not _holds_digit(sdoc, tok_start + x[1], tok_start + x[2]), x[1]))
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for label, s, e in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        cs, ce = pre.chars(tok_start + s, tok_start + e)   # (the match's tokens' idx and end)
        cs, ce = cs - base, ce - base
        text = sentence[cs:ce]
        before = sentence[max(0, cs - 40):cs]
        since = _since_end(before) or _since_event(sentence, cs)
        point = not since and bool(_BASE_POINT.search(before))
        if _since_before(before) and not since:
            taken.append((s, e))
            continue  # "by January 2024", "from January 2023": a bound, not the period
        p = N.parse_period(text, default_year)
        rw = _WINDOW_TO.fullmatch(text.strip())
        if rw and p is not None and p.period_type == "month":
            # "12 months to September" (the year from the document): the window, not the month
            k = 12 if rw.group(1).lower() in ("12", "twelve") else 3
            if p.end is not None:
                p = N.window_ending(p.end, k, raw=text)
            else:
                p = N.Period("rolling_12_months" if k == 12 else "rolling_3_months", None, None, text)
        if p is None:
            p = N.parse_relative_period(text)   # "this quarter", "last year", "the past year"
        if p is None or p.period_type is None:
            continue
        if p.period_type == "month" and N.day_after_month_at(sentence, cs):
            taken.append((s, e))
            continue  # "today (June 28)", "April 01 2012": a day of the month, not June 2028
        if since or point:
            # "risen by 12.5% since March 2020": the span from then on; its end is not stated
            # ("compared to the end of March 2020": from that month's end)
            taken.append((s, e))
            start = p.end if point or _END_OF.search(before) else p.start   # ("since the end of March 2020": the 31st)
            if start is not None:
                out.append(Mention(cs, ce, "SINCE", N.Period("other", start, None, p.raw), point))
            continue
        if _BARE_YEAR.fullmatch(text.strip()):
            # a bare year is a calendar year only when written as one ("in 2019", "than 2019")
            if not _year_prep_end(before) and not _YEAR_NOUN_AFTER.match(sentence, ce):
                continue
        taken.append((s, e))
        out.append(Mention(cs, ce, "PERIOD", p, _base_before(before) or _baseline(sentence, cs)))
    out.sort(key=lambda m: m.start)
    if len(out) > 1:
        _same_period_in(out, sentence)
    return out


#: "compared to the same period in 2024" after a stated period: that period a year earlier, never the whole year
_SAME_PERIOD_IN = re.compile(r"\bsame[ \t]+(?:time[ \t]+)?(?:period|months?|quarters?)[ \t]+(?:in|of)[ \t]+$", re.I)


def _same_period_in(out: list[Mention], sentence: str) -> None:
    """A bare year after "the same period in" names the year of the period stated before it, shifted: "Overall crime
    reduced by 2.2% between 1 April 2025 and 31 August 2025 compared to the same period in 2024, with ... falling
    from 16,075 reports to 15,720" (Cumbria's PFCC, 2025): 16,075 is of 1 April - 31 August 2024, not of 2024;
    "... compared to the same period in 2011" (Cleveland Police).  Only a period within one calendar year is
    shifted; another stays as read."""
    for i, m in enumerate(out):
        p = m.period
        if p is None or p.period_type != "calendar_year" or p.start is None \
                or not _BARE_YEAR.fullmatch(sentence[m.start:m.end].strip()) \
                or not (same := _SAME_PERIOD_IN.search(sentence, max(0, m.start - 40), m.start)):
            continue
        prev = next((o for o in reversed(out[:i]) if o.label == "PERIOD" and o.period is not None
                     and o.period.start is not None and o.period.end is not None), None)
        if prev is None:
            # no dated period before to shift: a part of that year, never the whole ("Between April and June of this
            # year, 450 people were killed ..., a 7% increase from 420 in the same quarter of 2015": Transport
            # Network on the DfT's figures) -- its kind kept, its dates not known
            kind = "quarter" if "quarter" in same.group().lower() else "other"
            m.period = N.Period(kind, None, None, p.raw)
            continue
        if prev.period.start.year != prev.period.end.year or prev.period.period_type == "calendar_year":
            continue
        k = p.start.year - prev.period.start.year
        if k == 0:
            continue
        q = prev.period
        m.period = N.Period(q.period_type, N.shift_years(q.start, k), N.shift_years(q.end, k), p.raw)


#: a baseline's period after a comparison: "(both compared to the national baseline for crime 1 July 2018-30 June
#: 2019)" (Staffordshire Commissioner, 2022): what a change is measured against, never a figure's own period ("the
#: 2019/20 baseline was 1,200 offences" states the baseline's own level; "compared to the 2019/20 baseline" is a
#: base by _BASE_BEFORE)
_BASELINE_BEFORE = re.compile(r"\b(?:compared[ \t]+(?:with|to)|against|versus|vs\.?)[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}"
                              r"baselines?(?:[ \t]+(?:for|of)(?:[ \t]+[A-Za-z-]+){0,2})?[ \t]*$", re.I)


def _baseline(sentence: str, cs: int) -> bool:
    """Is the period starting at ``cs`` a baseline's, after a comparison?"""
    before = sentence[max(0, cs - 80):cs]
    return "aseline" in before and _BASELINE_BEFORE.search(before) is not None


_OF_END = re.compile(r"\b(?:of|the\s+far)\s*$")
_THE_END = re.compile(r"\bthe\s*$")
_MEDIAN_END = re.compile(r"\bmedian\s+(?:\S+\s+){0,2}$", re.I)


def _find_labels(sdoc, tok_start: int, tok_end: int, base: int, sentence: str, which: str,
                 pre: Optional[_DocMatches] = None) -> list[Mention]:
    pre = pre if pre is not None else _DocMatches(sdoc)   # one for the matchers run below
    lex = lexicon()
    if which == "metric":
        raw = pre.within("metric", tok_start, tok_end)
        raw += pre.within("metric_tok", tok_start, tok_end)
    else:
        raw = pre.within("subj_lower", tok_start, tok_end)
        raw += pre.within("subj_cased", tok_start, tok_end)
        for lab, s, e in pre.within("rules", tok_start, tok_end):
            if lab in lex.subject_tokens:
                # the grade word itself
                for i in range(s, e):
                    if sdoc[tok_start + i].lower_ in lex.grade_words:
                        s, e = i, i + 1
                        break
            if lab == "Area":
                lab = sdoc[tok_start + s:tok_start + e].text   # "North", "South East"
            raw.append((lab, s, e))
    raw.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
    taken: list[tuple[int, int]] = []
    out = []
    for lab, s, e in raw:
        if any(s < te and ts < e for ts, te in taken):
            continue
        cs, ce = pre.chars(tok_start + s, tok_start + e)
        cs, ce = cs - base, ce - base
        if which == "subject":
            before = sentence[max(0, cs - 20):cs]
            if _not_this_subject(lab, sentence, cs, ce, lex):
                continue
            if lab.split()[0] in lex.compass and lab not in lex.subject_phrases \
                    and lab not in lex.subject_cased:
                # a compass word is a sub-area only where it reads as one ("South +8.1%", "the West fell",
                # "North sector"), not "South West Partners", "North Wales", "East of England"
                if not lex.compass_after.match(sentence[ce:ce + 40]) or _OF_END.search(before) \
                        and not _THE_END.search(before):
                    continue
        if which == "metric" and lab in lex.median_of and _MEDIAN_END.search(sentence[max(0, cs - 40):cs]):
            lab = lex.median_of[lab]   # "the median Emergency response time"
        taken.append((s, e))
        out.append(Mention(cs, ce, lab))
    out.sort(key=lambda m: m.start)
    return out


def _not_this_subject(lab: str, sentence: str, cs: int, ce: int, lex) -> bool:
    """The stop rules of a subject or area match (the vocabulary's ``stop_after`` /
    ``stop_before``: "page 101", "County Lines"), or a place is followed by an
    organisation word ("Swindon Borough Council") or lies inside the name of a
    whole force area ("Wiltshire and Swindon", "Avon and Somerset")."""
    after = sentence[ce:ce + 30]
    before = sentence[max(0, cs - 20):cs]
    stop_a = lex.stop_after.get(lab)
    stop_b = lex.stop_before.get(lab)
    if (stop_a and stop_a.search(after)) or (stop_b and stop_b.search(before)):
        return True
    if _LEFT_OUT_END.search(before):
        return True
    if lex.place_person_before is not None and lab in lex.place_labels and lex.place_person_before.search(before):
        return True   # "Cllr Rochford", "Mrs Hastings": a surname, not the place
    if lab in lex.areas and lab.split()[0] not in lex.compass:
        if lex.place_org_after is not None and lex.place_org_after.search(after):
            return True
        if lex.whole_areas is not None:
            for m in lex.whole_areas.finditer(sentence, max(0, cs - 60), min(len(sentence), ce + 60)):
                if m.start() <= cs and ce <= m.end() and (m.start(), m.end()) != (cs, ce):
                    return True
    return False
