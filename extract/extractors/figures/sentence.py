"""The figures of one sentence: each number's role, period, subject and
metric, from the mentions of the sentence and the context of its block."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence


from ... import normalise as N
from ...normalise.labels import IN_SENTENCE_ITEM
from ...vocab import vocabulary
from ...vocab.literals import lowered
from .lexicon import lexicon
from .clean import _URL
from .matchers import _YOY_LOW, _YOY_RE
from .mentions import Mention, _DocMatches, _find_labels, _find_periods
from .roles import _ONLY_GLUE, _is_non_figure, _role, is_added
from .context import _Ctx
from .respectively import pair_respectively
from .rows import is_change_row
from .word_percents import word_percents
from . import listing
from .metric_words import _GENERIC_METRIC, _metric_after, _metric_for
from .leads import _cannot_be, _unit_fits
from .asides import in_inclusion_aside as _in_inclusion_aside, in_inclusion_aside_plain as _in_inclusion_aside_plain  # noqa: F401 - (the plain form: tests)
from .sentence_periods import _coordinated_change, _nearest, _range_ends, _set_period, labelled_other_year

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
    found = [q for q in N.find_quantities(sentence)
             if 0 <= q.start < q.end <= len(sentence) and sentence[q.start:q.end] == q.raw]
    if len(found) >= 2 and not is_change_row(sentence):
        # (the runs of the numbers as printed: one a context rule drops, "Above 18.3% 13 43.91", is still
        # a cell of the row; a row of levels and their spaced-signed changes is read: rows.sign_spaced_rows)
        in_runs = _in_bare_runs(found, sentence)
        if in_runs and listing.is_listing(sentence):
            # an agenda run into one sentence: its item numbers join no run ("an increase of £5 or 3.6% 4 Police
            # and Crime Plan Update": 4 is the next item's number)
            in_runs = _in_bare_runs(found, sentence, [q for q in found if listing.listing_number(q.raw, q.unit)])
    else:
        in_runs = ()
    if "cent" in sentence or "rom" in sentence:
        # the percents written with a number word ("dropped by nine per cent"), and a change's two levels ("fell from
        # eight to seven"): in their place among the others
        words = [w for w in word_percents(sentence) if not any(q.start < w.end and w.start < q.end for q in found)]
        if words:
            found = sorted(found + words, key=lambda q: q.start)
    for q in found:
        if not _is_non_figure(q, sentence, prev) and q not in in_runs:
            kept.append(q)
        prev = q
    if kept and "(" in sentence and "arianc" in sentence:
        kept = [N.bracketed_variance(q, sentence) for q in kept]   # "a variance of (0.9%)": a negative
    if not kept or not _may_hold_url(sentence):
        return kept   # (no URL or e-mail address can hide a figure)
    urls = [(m.start(), m.end()) for m in _URL.finditer(sentence)]
    return [q for q in kept if not any(s < q.end and q.start < e for s, e in urls)]


_BARE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[ \t]?%?")


def _in_bare_runs(found: list[N.Quantity], sentence: str, labels: Sequence[N.Quantity] = ()) -> list[N.Quantity]:
    """The numbers of a run of two or more bare numbers or percentages with nothing but spaces
    between ("Fraud investigations LPI0536 54.02 35 39.56 29.9", "All Crime Above 18.3% 13 43.91",
    "Police pay and allowances 97.665 108.222"): a table row flattened into text, whose columns (years,
    actual/target, rank/rate, the unit of a "£m" header) the text no longer says -- no figure rather
    than a wrong one.  (Prose never puts two bare numbers side by side.)  A number a closing bracket
    follows is a list item's label ("2024 - 149 2) In relation to ..."), and ``labels`` are an agenda's item
    numbers: they join no run."""
    out: list[N.Quantity] = []
    run: list[N.Quantity] = []
    for q in found + [None]:
        bare = q is not None and _BARE.fullmatch(q.raw) is not None and sentence[q.end:q.end + 1] != ")" \
            and not any(q is x for x in labels)
        if bare and run and not sentence[run[-1].end:q.start].strip():
            run.append(q)
            continue
        if len(run) >= 2:
            out += run
        run = [q] if bare else []
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


#: a percent in a number word right before a bracket: "nine per cent (", "six-per-cent ("
_WORD_PCT_BRACKET = re.compile(N.NUMBER_WORD_99 + r"[ \t-]*per[ \t-]?cent[ \t]*\([ \t]*$", re.I)
#: the change's words right before the size: "rose by", "fell by", "down"; "a reduction of", "a fall of"
_CHANGE_CUE_END = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|reduced|dropped|grew|up|down)"
                             r"(?:[ \t]+by)?(?:[ \t]+(?:around|about|nearly|almost|some|just[ \t]+(?:under|over)))?[ \t]*$", re.I)
#: two sizes joined before one change noun: "an 11.5% and 10.9% increase" (the first's change is the second's noun)
#: (the article before the first: "was 80% and a 3% increase" is a level and a change)
_PAIR_JOIN = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_ARTICLE_END = re.compile(r"\b(?:an?|the)[ \t]+$", re.I)
_CHANGE_NOUN_AFTER = re.compile(r"[ \t]+(?:(?:overall|annual|year[ \t-]on[ \t-]year)[ \t]+)?(?:increase|decrease|rise|fall|"
                                r"drop|reduction|decline)s?\b(?![ \t]+(?:of|in)[ \t]+\d)", re.I)
_CHANGE_NOUN_OF = re.compile(r"\b(?:reduction|decrease|fall|drop|decline|increase|rise)[ \t]+of[ \t]*$", re.I)


#: a count's noun, then ", or": "829 offences, or "
_NOUN_OR = re.compile(r"[ \t]+(?:(?!(?:and|but|was|were|is|are|had|has|have|in|of|to|for|on|at|by)\b)[a-z-]+[ \t]+){0,1}"
                      r"(?!(?:and|but|was|were|is|are|had|has|have|in|of|to|for|on|at|by)\b)[a-z-]+[ \t]*,[ \t]*or[ \t]+", re.I)


def _change_cue_end(text: str) -> bool:
    return _CHANGE_CUE_END.search(text, max(0, len(text) - 40)) is not None


#: a sentence opening on a contrast clause, then a comma: "Whilst shoplifting has increased, those being charged ..."
_LEADING_ASIDE = re.compile(r"(?:Whilst|While|Although|Though)\b[^,;:()\d%£]{1,80},[ \t]*")


def _leading_aside_end(sentence: str, kept: list[N.Quantity]) -> int:
    """Where the main clause starts after an opening contrast clause with no figure of its own ("Whilst shoplifting has
    increased, those being charged or summonsed to court has increased by 77.6%": On the Wight on Hampshire and Isle
    of Wight): its words name another measure and its verb is no sign of the figures after it; else 0."""
    if sentence[:1] not in "WAT":
        return 0
    m = _LEADING_ASIDE.match(sentence)
    if m is None or any(q.start < m.end() for q in kept):
        return 0
    return m.end()


def _in_own_brackets(q: N.Quantity, sentence: str) -> bool:
    """Is ``q`` alone in brackets: "(848)"?"""
    return sentence[:q.start].rstrip().endswith("(") and sentence[q.end:].lstrip().startswith(")")


#: between a change aimed at and the next one: "and <what> by" (no verb, no figure)
_AIMED_NEXT = re.compile(r"[ \t]*,?[ \t]*and[ \t]+(?:(?!(?:was|were|is|are|has|have|had|fell|rose|dropped|increased|"
                         r"decreased|reduced|saw|by)\b)[A-Za-z'’/-]+[ \t]+){1,6}by[ \t]+(?:a[ \t]+further[ \t]+)?", re.I)


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
    if role == "target" and signed.sign_explicit and not q.sign_explicit:
        # a change aimed at keeps the direction its verb gives, as a change made does: "the priority to
        # reduce violence ... by 2%" is -2, "to increase the number of officers by 2%" +2 (Leicestershire
        # panel; "Route crime will be reduced by 10%": Merseytravel); a level aimed at has no sign word
        value = signed.value
    if role == "change" and not q.sign_explicit and is_added(q, seg_before, seg_after):
        value = abs(q.value)   # an amount added is a rise, whatever fell earlier in the clause
    if role == "change" and prev_rec is not None and prev_rec.role == "change" \
            and not q.sign_explicit and not signed.sign_explicit and prev_rec.value < 0 \
            and (_ONLY_GLUE.match(seg_before) or seg_before.rstrip().endswith("(")):
        value = -abs(value)  # "(a decrease of 39 crimes; 5.9 per cent)"
    if role == "level" and prev_rec is not None and prev_rec.role == "change" and q.unit != prev_rec.q.unit \
            and q.unit in ("count", "percent") and prev_rec.q.unit in ("count", "percent") and _NOUN_OR.fullmatch(seg_before):
        # "Shoplifting had fallen by 829 offences, or 11.2 per cent" (Yorkshire Post on Humberside Police Authority):
        # the change restated in the other unit
        role, value = "change", math.copysign(q.value, prev_rec.value)
    if role == "level" and q.unit == "count" and "cent" in seg_before and (w := _WORD_PCT_BRACKET.search(seg_before)):
        # "rose by nine per cent (470)" (Derbyshire PCC), "The reduction of six-per-cent (22,573)" (Express & Star on
        # West Midlands Police): a number word's percent is read as no figure; the count in brackets after it restates
        # its change, signed by the words before it (none: left a level)
        before = sentence[clause_start:prev_end + w.start()]
        s2 = N.apply_sign(q, before)
        if s2.sign_explicit and (_change_cue_end(before) or _CHANGE_NOUN_OF.search(before)):
            role, value = "change", s2.value
    if role in ("level", "share", "rank", "count", "target") and value < 0 and not q.sign_explicit \
            and not (role == "target" and signed.sign_explicit):
        value = q.value
    if role in ("change", "level") and prev_rec is not None and prev_rec.role == "target" and prev_rec.value < 0 \
            and prev_rec.q.unit == q.unit and not q.sign_explicit and _AIMED_NEXT.fullmatch(seg_before):
        # "a challenging target to reduce crime by six per cent and anti-social behaviour and road casualties by five
        # per cent" (Lancashire Telegraph on Lancashire Constabulary, 1999), "a target to reduce reported ACT burglary
        # crime by a further 10% and motor vehicle theft by a further 20%" (ACT Government): the next change aimed at
        role, value = "target", -abs(q.value)
    return value, role




# a subject right after its figure, "45 robberies", "64,000 to 999", "701,832 x 101 calls",
# "12% of burglaries", is the figure's own ...
#: (or a participle between them: "45 recorded burglaries"; "a series of 40 linked criminal damage offences" (Isle of
#: Man Chief Constable's report) is no burglary named before it)
_SUBJECT_AFTER = re.compile(r"^[ \t]*(?:(?:x|×|to|of)(?:[ \t]+(?:the|these|those|all))?[ \t]+|(?-i:[a-z]{2,}ed)[ \t]+)?$",
                            re.I)
#: ... or a crime type no subject tells apart after a comparative ("443 less assaults", "20 fewer thefts")
#: or after a change's noun ("a 36% increase in stalking and harassment charges", "a 12% rise in shoplifting")
#: "an increase in", "a fall in", ...: the change a figure is the size of, before what changed
_CHANGE_IN = r"(?:increase|rise|fall|reduction|decrease|drop)[ \t]+in[ \t]+"
#: (or a participle before it: "a series of 40 linked criminal damage offences", Isle of Man Chief Constable's report,
#: "45 reported thefts")
_OWN_NOUN_GAP = re.compile(r"^[ \t]*(?:(?:x|×|to|of)(?:[ \t]+(?:the|these|those|all))?[ \t]+|"
                           r"(?:more|fewer|less|additional|extra|further)[ \t]+|(?-i:[a-z]{2,}ed)[ \t]+|"
                           rf"{_CHANGE_IN})?$", re.I)
# (past the figure's own closing bracket or a short bracket after it: "a 26% (285) fall in fraud" -- Heart, Bedford)
_CHANGE_IN_AFTER = re.compile(rf"[ \t]*(?:\([^()]{{1,40}}\)[ \t]*)?{_CHANGE_IN}", re.I)
_CHANGE_IN_GAP = re.compile(rf"[ \t]*(?:\)[ \t]*)?(?:\([^()]{{1,40}}\)[ \t]*)?{_CHANGE_IN}$", re.I)
_WITH_CLAUSE = re.compile(r",[ \t]*with[ \t]", re.I)
#: an earlier count's own noun and "of" before a subject: "290 less incidents of anti-social behaviour, a 3% reduction in
#: burglaries" (Cumbria's PCC): the subject is the count's, not the next change's
_COUNT_OF_GAP = re.compile(r"[ \t]+(?:(?:more|fewer|less|additional|extra)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(?:incidents|reports|"
                           r"offences|crimes|cases|victims)[ \t]+of[ \t]+(?:the[ \t]+)?", re.I)
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
        # "a 36% increase in stalking ...", "a 26% (285) fall in fraud": a crime type no subject tells apart is
        # the change's own (a named one after it does not outrank a place before it: "Swindon saw a 5.2% rise
        # in burglary reports")
        s = next((m for m in sm.subjects if not m.label and m.start >= q.end
                  and _CHANGE_IN_GAP.match(sentence, q.end, m.start)), None)
    if s is None and len(sm.subjects) > 1:
        # "a 16.5% decrease in burglaries (from a dwelling), an 18% decrease in anti-social behaviour and a 6% decrease
        # in violence" (The Lincolnite on Lincolnshire PCC's annual report, 2014): a named subject after the change's
        # noun is its own when every subject before it is an earlier figure's
        s = next((m for m in sm.subjects if m.label and m.start >= q.end
                  and _CHANGE_IN_GAP.match(sentence, q.end, m.start)), None)
        if s is not None and any(m.end <= q.start and not any(m.end <= k.start and k.end <= q.start for k in kept)
                                 and not any(k.end <= m.start and (_CHANGE_IN_GAP.match(sentence, k.end, m.start)
                                                                   or _COUNT_OF_GAP.fullmatch(sentence, k.end, m.start))
                                             for k in kept)
                                 for m in sm.subjects):
            s = None   # ("Swindon saw a 5.2% rise in burglary reports": the place before it is its own)
    s = s or _nearest(sm.subjects, q, kept, sentence)
    if s is not None and s.start >= q.end and _own_object_first(s, q, kept, sentence):
        s = None   # "a 16 percent rise in domestic incidents and a 25 percent increase in the number of rapes" (Manx
        # Radio on the Isle of Man's Chief Constable's report): the kind named past the next figure is that one's
    elif s is not None and s.label in lexicon().areas and s.end <= q.start and _unknown_place_after(q, sm, sentence):
        s = None   # "16.6 per cent in Middlesbrough and 11 per cent in Stockton" (the Northern Echo on Cleveland
        # Police Authority): the place the vocabulary does not know, right after the figure, is its own
    if s is not None and ("ncludin" in sentence or "nclude" in sentence or "(" in sentence or " - " in sentence
                          or "–" in sentence or "—" in sentence):
        if _in_inclusion_aside(sentence, s, q):
            outside = [m for m in sm.subjects if not _in_inclusion_aside(sentence, m, q)]
            s = _nearest(outside, q, kept, sentence) if outside else None
            # "serious acquisitive crime – which includes burglary, vehicle crime and robbery – showed a fall of 22.4
            # per cent" (Yorkshire Post on Humberside Police Authority): a kind the aside lists is part of what the
            # figure is of, not its subject (one outside the aside may be: "Robbery (including street robbery) rose")
    if s is not None and s.end <= q.start and _CHANGE_IN_AFTER.match(sentence, q.end) \
            and any(k.end <= s.start and _CHANGE_IN_GAP.match(sentence, k.end, s.start) for k in kept):
        s = None   # "..., an 18% decrease in anti-social behaviour and a 6% decrease in violence against a person":
        # what the 6% is of follows it; the subject before is the 18%'s own
    if s is not None and s.start >= q.end and _part_or_aside(sentence, q, s.start):
        # "rose to 388 (a 12% increase) and burglary fell", "2,000 crimes, of which 300 were burglaries":
        # a crime type past the figure's bracket or past "of which" is another figure's
        before = [m for m in sm.subjects if m.end <= q.start]
        s = before[-1] if before else None
    if s is not None and s.start >= q.end and _WITH_CLAUSE.search(sentence, q.end, s.start):
        # "Crimes recorded by the police fell by 8% to 4.3m incidents ..., with large falls in car crime, criminal
        # damage and burglary" (the BBC on the Home Office's figures): a kind past ", with" is of the clause it opens
        before = [m for m in sm.subjects if m.end <= q.start]
        s = before[-1] if before else None
    if s is not None and s.start >= q.end and _next_item_by(s, q, kept, sentence):
        # "reduce crime by six per cent and anti-social behaviour and road casualties by five per cent" (Lancashire
        # Telegraph), "Crime fell by 6% and burglary by 5%": the kind named after "and" is the next figure's
        before = [m for m in sm.subjects if m.end <= q.start]
        s = before[-1] if before else None
    if s is not None and not s.label and s.start >= q.end and not _OWN_NOUN_GAP.match(sentence[q.end:s.start]) \
            and not _CHANGE_IN_GAP.match(sentence, q.end, s.start):
        # a crime type after the figure names it only as its own noun ("3 thefts"), never from further on
        # ("declined by 7% (-214 offences), and theft ... fell")
        s = _nearest([m for m in sm.subjects if m.label], q, kept, sentence)
    if s is not None and s.end <= q.start and s.label in lexicon().comparison and _past_its_figure(s, q, kept, sentence):
        s = None   # "-- compared to a national average increase of 4.5% -- ... officers in Cheshire reach 2,361"
    if s is not None and s.start >= q.end and s.label in lexicon().comparison and _before_its_figure(s, q, kept, sentence):
        s = None   # "an overall increase in crime of 7.8% ..., the rise in our area is below the 8.8 % England and
        # Wales average" (North Wales Police): the average is the 8.8%'s, never the force's own 7.8%
    elif s is not None and s.start >= q.end and s.label in lexicon().comparison and _names_next(s, q, kept, sentence):
        s = None   # "crime has decreased by 2.2% against a national average of a 6.5% increase" (Greatest Hits Radio on
        # Humberside Police, 2022): the average is the 6.5%'s
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


#: what a change is of, named right after it before the next figure: "rise in domestic incidents" (a word in lower
#: case, no period: never "increase in the year to September 2018", "fall in Kent")
_OWN_OBJECT = re.compile(r"[ \t]*(?:[A-Za-z-]+[ \t]+)?(?:rise|increase|fall|decrease|reduction|drop|decline|growth|cut)s?"
                         r"[ \t]+in[ \t]+(?:the[ \t]+(?:(?:number|level|volume|amount)[ \t]+of[ \t]+)?)?"
                         r"(?!(?:the|years?|months?|quarters?|periods?|weeks?|days?|financial|calendar|last|past|previous|"
                         r"same|first|second|third|fourth|latest|current|rolling|twelve)\b)[a-z]")
#: ... or the place it is of, one the vocabulary does not know: "down by 13.6 per cent in Langbaurgh, 16.6 per cent
#: in Middlesbrough" (the Northern Echo on Cleveland Police Authority), "28.1% in Kent and 20.1% in Medway" (KCC)
_OWN_PLACE = re.compile(r"[ \t]+(?:in|across|within)[ \t]+(?!(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|The|Year|Quarter|Appendix|Annex|Table|Section|Figure|"
                        r"Part|Phase|Stage|Tier|Total)\b)[A-Z][a-z]+")


def _own_object_first(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is subject ``s``, past another figure after ``q``, that figure's: ``q`` is a change naming what it is of
    ("a 16 percent rise in domestic incidents") or a figure naming its place ("13.6 per cent in Langbaurgh")
    before the next figure?"""
    nxt = next((k for k in kept if k.start >= q.end), None)
    return nxt is not None and nxt.end <= s.start and (_OWN_OBJECT.match(sentence, q.end, nxt.start) is not None
                                                       or _OWN_PLACE.match(sentence, q.end, nxt.start) is not None)


def _unknown_place_after(q: N.Quantity, sm: _SentenceMentions, sentence: str) -> bool:
    """Is figure ``q`` followed by "in" and a capitalised name no subject of the sentence starts at ("11 per cent
    in Stockton")?"""
    p = _OWN_PLACE.match(sentence, q.end)
    return p is not None and not any(m.start <= p.end() - 1 and m.end > p.end() - 2 for m in sm.subjects)


_AND_NEXT_ITEM = re.compile(r"[ \t]*,?[ \t]*and[ \t]+(?:the[ \t]+)?", re.I)
_BY_BEFORE_NEXT = re.compile(r"[^.;:\d%£]{0,60}?[ \t]by[ \t]+(?:a[ \t]+further[ \t]+)?", re.I)


def _next_item_by(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is subject ``s``, right after "and" past figure ``q``, the kind of the next figure, stated after "by" ("...
    by 6% and burglary by 5%")?"""
    if not _AND_NEXT_ITEM.fullmatch(sentence, q.end, s.start):
        return False
    nxt = next((k for k in kept if k.start >= s.end), None)
    return nxt is not None and _BY_BEFORE_NEXT.fullmatch(sentence, s.end, nxt.start) is not None


_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|--")


def _past_its_figure(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is a comparison's name ("national average", "MSG") before figure ``q`` another figure's: a figure
    stands between them, and a clause break between that figure and ``q`` ("national average 45%, force
    50%"; "the national average was 12.1% in 2022 and 11.5% in 2023" stays the average's)?"""
    between = [k for k in kept if s.end <= k.start and k.end <= q.start]
    return bool(between) and _CLAUSE_BREAK.search(sentence, between[-1].end, q.start) is not None


def _before_its_figure(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is a comparison's name after figure ``q`` another figure's: a figure stands between them, and a clause
    break between ``q`` and that figure (the mirror of ``_past_its_figure``)?"""
    between = [k for k in kept if q.end <= k.start and k.end <= s.start]
    return bool(between) and _CLAUSE_BREAK.search(sentence, q.end, between[0].start) is not None


#: a comparison's name, then its own figure: "national average of a 6.5% increase", "national rate was 29%"
_NAMES_NEXT_GAP = re.compile(r"[ \t]*(?:[A-Za-z-]+[ \t]+){0,3}?(?:of|at|was|is|stood[ \t]+at|stands[ \t]+at)[ \t]+"
                             r"(?:an?[ \t]+)?(?:just[ \t]+)?$", re.I)


def _names_next(s: Mention, q: N.Quantity, kept: list[N.Quantity], sentence: str) -> bool:
    """Is the comparison's name ``s`` after ``q`` the name of the figure right after it?"""
    nxt = next((k for k in kept if k.start >= s.end), None)
    return nxt is not None and nxt is not q and _NAMES_NEXT_GAP.fullmatch(sentence, s.end, nxt.start) is not None


def _headcount(sentence: str, q: N.Quantity) -> bool:
    """Is a count one of the force's people ("600 extra police officers"), and its subject none of the
    crime types or services named near it (a place it is in stays)?"""
    lex = lexicon()
    if lex.workforce is None:
        return False
    own = _metric_after(sentence, q)
    return bool(own) and lex.workforce.search(own) is not None


_LETTER = re.compile(r"[A-Za-z]")
_OWN_TAIL = re.compile(rf"\s*(?:of\s+(?:the\s+|all\s+)?|{_CHANGE_IN})?", re.I)   # ("26% (285) fall in fraud")
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
_ITEM_MARK = IN_SENTENCE_ITEM


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


#: a window of months written out ("the 12 months to ...", "year ending ..."): a sentence holding one that gave
#: no period mention states a period the matchers could not read
_UNREAD_WINDOW = re.compile(r"\b(?:\d+|twelve|three|six|nine)[ \t-]+months?[ \t]+(?:to|ending)[ \t]+\S|\byear[ \t]+(?:to|ending)[ \t]+\S",
                            re.I)


def _unread_window(sentence: str, periods: list) -> bool:
    """Does ``sentence`` write a window of months no period mention covers (one read as a comparison base is read)?"""
    for w in _UNREAD_WINDOW.finditer(sentence):
        if not any(m.start <= w.start() + 1 < m.end or w.start() <= m.start < w.end() for m in periods):
            return True
    return False


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
    if inh_period is not None and not sm.current and _unread_window(sentence, sm.periods):
        # "the level of 104,473 crimes recorded during the 12 months to November 30 2015 ..." (agendaNi): the
        # sentence states its own window, unread; a period stated before it or the section's is not its
        inh_period = None
    # (a sentence before whose figures were of a kind no subject tells apart, "Total recorded crime is falling ... at
    # -5.2 per cent", carries none on: "This represents 1,529 fewer offences" is not of the headline's "burglaries"
    # -- the Buxton Advertiser on Derbyshire Police Authority)
    inh_subject = ctx.subject if sm.subjects else (carry["subject"] if "subject" in carry else ctx.subject)
    since_before = _continued_since(sentence, sm, carry.pop("since", None), tok_start)

    items = _list_items(sentence)
    sm_all, inh_all = sm, (inh_period, inh_subject)
    figs: list[_Fig] = []
    prev_end = 0
    clause_start = _leading_aside_end(sentence, kept)
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
        if prev_rec is not None and prev_rec.role == "level" and role == "change" and prev_rec.q.unit == q.unit \
                and _PAIR_JOIN.fullmatch(sentence, prev_rec.q.end, q.start) and _CHANGE_NOUN_AFTER.match(sentence, q.end) \
                and _ARTICLE_END.search(sentence, max(0, prev_rec.q.start - 4), prev_rec.q.start):
            # two sizes of one change noun: "which saw an 11.5% and 10.9% increase respectively" (Cumbria's PFCC)
            prev_rec.role, prev_rec.value = "change", math.copysign(prev_rec.q.value, value)
        lead = prev_rec
        if lead is not None and lead.q.unit != q.unit and len(figs) >= 2 and _in_own_brackets(lead.q, sentence):
            # "rose by 17 per cent (848) and 19 per cent (787) respectively" (Derbyshire PCC): past the first
            # change's count in brackets, the change it is stated with
            lead = figs[-2]
        if lead is not None and lead.role == "change" and role in ("level", "change") \
                and _coordinated_change(lead, q, sentence, nxt):
            # a second change stated by ellipsis, its verb shared with the first: "increased nationally by 8
            # per cent in the 12 months to March 2019 and 2 per cent regionally" (Wiltshire), "dropped by
            # around 0.25% for overnight/7-day maturities and 0.37% for 6-12 month maturities" (Kent CC)
            role, value = "change", math.copysign(q.value, lead.value)
        elif lead is not None and lead.role == "target" and lead.value < 0 and role in ("level", "change") \
                and _coordinated_change(lead, q, sentence, nxt):
            # the same of a fall aimed at: "the aim was to reduce crime by just over 13 per cent by March 2004, and
            # by almost 11 per cent in the next financial year" (South Wales Argus on Gwent Police; the next change
            # aimed at with its kind named: "a target to reduce crime by six per cent and anti-social behaviour ...
            # by five per cent", Lancashire Telegraph, ``_AIMED_NEXT``)
            role, value = "target", -abs(q.value)
        if role in ("level", "share") and not q.sign_explicit and "than" in sentence \
                and _THAN_LAST_YEARS.search(sentence, max(prev_end, q.start - 60), q.start):
            # "increased by 7% to 58,904 – less pronounced than last year's 12.5%" (Lincolnshire PCC): last year's
            # figure set against this year's change is last year's change, of the same direction
            # (the last figure of its unit, in its clause)
            ch = next((g for g in reversed(figs) if g.q.unit == q.unit), None)
            if ch is not None and ch.role == "change" and ch.q.start >= clause_start \
                    and not _COMPARED_RIGHT_AFTER.match(sentence, ch.q.end):
                # (never after a level read as a change by its comparison: "The detection rate of 25% is higher
                # than last year's 20%")
                role, value = "change", math.copysign(q.value, ch.value)
        f = _Fig(q, value, role)
        if q.kind == "n" and prev_rec is not None:
            f.period, f.inherited = prev_rec.period, prev_rec.inherited
            f.subject, f.subject_stated = prev_rec.subject, prev_rec.subject_stated
            f.metric, f.metric_stated = prev_rec.metric, prev_rec.metric_stated
        else:
            _set_period(f, q, kept, sentence, ctx, sm, inh_period, carry, prev_rec)
            if ":" in sentence and labelled_other_year(f, q, sentence):
                f.period, f.inherited = None, 0   # "(2016: 1,694 – 2017: 2,326)" after "... ending September 2017"
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
    pair_respectively(figs, sentence, sm_all.subjects)
    since = [f.period for f in figs if f.role == "change" and not f.inherited and f.period is not None
             and any(m.period is f.period for m in sm.since)]
    if since:
        carry["since"] = (since[-1], tok_end)   # (what the next sentence may go on about)
    return figs


#: a comparison with last year's figure right before a figure: "less pronounced than last year's 12.5%"
_THAN_LAST_YEARS = re.compile(r"\bthan[ \t]+(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year[’']s[ \t]+"
                              r"(?:(?:figure|rate|level|increase|rise|fall|reduction)[ \t]+of[ \t]+)?$", re.I)
_COMPARED_RIGHT_AFTER = re.compile(r"[ \t]*(?:(?:is|was|are|were)[ \t]+)?(?:higher|lower|more|less|greater|smaller|"
                                   r"above|below|better|worse)\b", re.I)


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
