"""Signs from words and arrows: a fall is negative, a rise positive."""
from __future__ import annotations

import re
from dataclasses import replace

from ..vocab import vocabulary
from ..vocab.literals import Prefiltered
from .core import Quantity, clean_text  # noqa: F401


def approximation(space: str = r"[ \t]+") -> str:
    """An approximation before a change's size, as a regex alternation (figure_words.toml's change_approximations,
    change_approximation_bounds and change_approximation_small: "around", "just under", "only"), its words apart by
    ``space``."""
    v = vocabulary()
    words = "|".join(v.words("change_approximation_bounds") + v.words("change_approximations"))
    return rf"(?:(?:just{space})?(?:{words})|{'|'.join(v.words('change_approximation_small'))})"


#: the approximation's words one by one (the gap words of a change word's tail below)
APPROXIMATION_WORDS = "|".join(vocabulary().words("change_approximations")
                               + vocabulary().words("change_approximation_small")
                               + vocabulary().words("change_approximation_bounds"))


# --------------------------------------------------------------------------
# over- and underspends: the words a budget's variance is named by
# --------------------------------------------------------------------------

OVER_UNDER = r"(?:over|under)"
#: an over- or underspend's word up to "spen", its parts glued, spaced or hyphened ("over - spent"): after a
#: figure, where the window read may cut the word short (reconcile.named_rows)
SPEND_STEM = rf"{OVER_UNDER}\s*-?\s*spen"
#: the word as noun or verb: "overspend(s)", "underspent", "over spending" (a sentence naming a row's variance:
#: reconcile.named_rows)
SPEND_WORD = rf"{SPEND_STEM}(?:d|ds|t|ding)"
#: the noun alone, its parts glued, spaced or hyphened once ("overspend", "under spend", "over-spend"): the
#: words a money figure's measure is named by ("forecast overspend": extractors.figures.metric_words), which
#: a verb's form is not
SPEND_NOUN = rf"{OVER_UNDER}[ -]?spend"


# --------------------------------------------------------------------------
# signs
# --------------------------------------------------------------------------

_NEG_WORDS = re.compile(
    r"▼|↓|\b(?:decrease[ds]?|decreasing|down(?:ward)?|declin(?:e[ds]?|ing)|"
    r"fall(?:s|en|ing)?|fell|reduc(?:tion|tions|e[ds]?|ing)|lower|"
    r"drop(?:s|ped|ping)?|dipped|worse(?:ned)?|plummet(?:s|ed|ing)?|diminish(?:es|ed|ing)?|halved)\b", re.IGNORECASE)
_POS_WORDS = re.compile(
    r"▲|↑|\^|\b(?:increase[ds]?|increasing|up(?![ \t]+to\b)|upward|ris(?:e[ns]?|ing)|rose|"
    r"higher|gr[eo]w(?:n|s|th|ing)?|uplift(?:s|ed)?)\b", re.IGNORECASE)


# (hot patterns, compiled once)
_DASH_GLUED = re.compile(r"(?:^|[ \t(])-$")


def _dash_glued(tail: str) -> bool:
    """``_DASH_GLUED.search(tail) is not None`` read at the end, where every match is: a "-" ending the text
    (or before its last line break: "$" matches there too) at its start or after a blank or "(".  (Searched,
    the pattern is tried at every character.)"""
    if tail.endswith("\n"):
        t = tail[:-1]
        if t.endswith("-") and (len(t) == 1 or t[-2] in " \t("):
            return True
    return tail.endswith("-") and (len(tail) == 1 or tail[-2] in " \t(")
# a spaced dash after "at" that follows a fall or rise in the same clause ("falling in the year at
# - 5.2 per cent"): a minus sign set apart, as in a table's cell; "at" then states no level
_AT_DASH = re.compile(r"\b(?:fall(?:s|en|ing)?|fell|ris(?:e[ns]?|ing)|rose)\b[^.;:\d]{0,60}?[ \t]at[ \t]+-[ \t]+$",
                      re.IGNORECASE)


def sign_from_words(text: str) -> int:
    """-1 when ``text`` says fall (▼ ↓ decrease(d) down decline fall/fell
    reduction/reduced lower drop), +1 when it says rise (▲ ↑ ^ increase(d)
    up rise/rose higher grew), 0 when it says neither or both.  "up to" is a
    bound, not a rise."""
    if not text:
        return 0
    t = clean_text(text)
    neg = bool(_NEG_WORDS.search(t))
    pos = bool(_POS_WORDS.search(t))
    if neg and not pos:
        return -1
    if pos and not neg:
        return 1
    return 0


_TAIL_WORDS = (r"decrease[ds]?|decreasing|down|declin(?:e[ds]?|ing)|"
               r"fall(?:s|en|ing)?|fell|reduc(?:tion|tions|e[ds]?|ing)|lower|drop(?:s|ped)?|"
               # ("ASB incidents plummeted by 30 per cent": Durham PCC in the Newton News, 2023; "anti-social
               # behaviour plummeting by nearly 40 per cent in four years": the EADT on Suffolk Constabulary)
               r"plummet(?:s|ed|ing)?|"
               # ("Anti-social behaviour reports diminished by 6.6 per cent": the News & Star on Cumbria's PFCC)
               r"diminish(?:es|ed|ing)?|"
               # ("has almost halved at 46.4 per cent": the fall's size, "at" only after "halved")
               r"halved(?:[ \t]+at)?|"
               r"increase[ds]?|increasing|(?<!made )(?<!make )(?<!makes )(?<!set )(?<!summed )(?<!added )(?<!picked )up|"
               r"ris(?:e[ns]?|ing)|rose|higher|gr[eo]w(?:n|s|th)?|uplift(?:s|ed)?")
# ("dropped by an average of 18.74%": the size of the change, averaged)
# ("also fell: by 7.5%": a colon after the word; "reduced by an impressive 29.4%": a word of praise)
# ("a drop of only 17 per cent": Luton Today on Bedfordshire's PCC; "rose by just 2%")
# (a bound kept in an aim's clause: "targets for burglary to be reduced by more than 11 per cent", the Evening
# Standard on the Home Office's targets for Thames Valley Police -- elsewhere a bound is no figure)
_TAIL_GAP_WORDS = (r"an[ \t]+average[ \t]+of|by|of|a|an|" + APPROXIMATION_WORDS + "|"
                   r"(?:more|less)[ \t]+than|at[ \t]+least|"
                   r"year-on-year|yoy|overall|significantly|slightly|further|this|quarter|month|year|"
                   r"is|was|has|have|been|being|marginally|sharply|substantially|considerably|small|"
                   r"slight|significant|large|further|impressive|dramatic|remarkable|encouraging")
_SIGN_TAIL = re.compile(
    r"(?P<w>▼|↓|▲|↑|\b(?:" + _TAIL_WORDS + "))"
    r"(?P<gap>(?::?[ \t]+(?:" + _TAIL_GAP_WORDS + r"))*)[ \t:,]*(?:-[ \t]*)?$",
    re.IGNORECASE)
#: the last word of a match of _SIGN_TAIL in an ASCII text: a change word or a word of its gap (for "an
#: average of" and "year-on-year" the letters after their last space or hyphen, "of" and "year", are gap
#: words too)
_TAIL_LAST_WORD = re.compile(r"(?:" + _TAIL_WORDS + "|" + _TAIL_GAP_WORDS + "|at|than|least)", re.IGNORECASE)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def may_sign_tail(tail: str) -> bool:
    """False only where _SIGN_TAIL cannot match ``tail`` (performance only: 52 of 1,637 tails of 26
    distinct reports match): in an ASCII text a match ends with a word of _TAIL_LAST_WORD, the last
    letters before the blanks, colons, commas and dash its end may hold ("$" also before a last line
    break).  A text with another character is searched."""
    if not tail.isascii():
        return True
    end = tail.rstrip(" \t:,-\n")
    i = len(end)
    while i and end[i - 1] in _ASCII_LETTERS:
        i -= 1
    return i < len(end) and _TAIL_LAST_WORD.fullmatch(end, i) is not None
# adjectives allowed between a figure and the fall/rise word after it
# ("2.7% overall increase", "2% slight decrease", "5% year-on-year rise")
_AFTER_ADJ = (r"(?:overall|slight|small|significant|statistically|further|annual|yearly|monthly|"
              r"quarterly|year[ \t-]*on[ \t-]*year|yoy|month[ \t-]*on[ \t-]*month|marked|modest|"
              r"notable|large|sharp|substantial|considerable|marginal|net|total|steady|continued)")
_AFTER_SIGN = re.compile(
    # ("a 37-per-cent cut in burglaries", "a five-per-cent cut next year": The Argus on Sussex Police's targets; "a 5%
    # cut in funding"; never a "cut-off")
    r"^[ \t]*(?:\([^)]{0,20}\)[ \t]*)?(?:" + _AFTER_ADJ + r"[ \t]+){0,2}(?P<w>decrease|decline|fall|drop|reduction|cut(?!-)|lower|fewer|less|"
    r"increase|rise|higher|more|growth|uplift)\b(?![ \t]+than[ \t]+(?:the[ \t]+)?(?:target|average|national))",
    re.IGNORECASE)
# up to the last character no match of _SIGN_TAIL can hold (a digit, ".", a bracket, "%", "/",
# ";", a line break: none is in its words, gaps or "$"): a match runs to the end, so it starts after
_TAIL_STOP = re.compile(r"(?s).*[0-9.()%/;\n]")


def _tail_start(tail: str) -> int:
    """Where a match of _SIGN_TAIL can start at the earliest (performance only)."""
    m = _TAIL_STOP.match(tail[:-1] if tail.endswith("\n") else tail)   # ("$" matches before a last "\n")
    return m.end() if m else 0


_NEG_AFTER = {"decrease", "decline", "fall", "drop", "reduction", "cut", "lower", "fewer", "less"}
# an approximation before a change's size ("by around 5%", "of just under £4m")
_ABOUT = r"(?:[ \t]+(?:" + approximation() + r"|a[ \t]+further))?"
# "cut by 12%", "a cut of 5%", "slashed by 8%" ("cut" needs its "by"/"of": "Grass cutting
# £2,576", "Hedge cut £250" are payments, not falls)
_CUT_BY = re.compile(r"\b(?:cut|cuts|slash(?:es|ed|ing)?)[ \t]+(?:by|of)" + _ABOUT + r"[ \t]*$", re.IGNORECASE)
#: the change verbs (and nouns) whose object may stand between them and "by" (the object patterns below)
_OBJECT_VERBS = (
    r"\b(?P<w>cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e[ds]?|ing|tions?)|decreas(?:e[ds]?|ing)|lower(?:ed|s|ing)?|"
    r"increas(?:e[ds]?|ing)|rais(?:e[ds]?|ing)|boost(?:s|ed|ing)?)"
)
#: a word of the stretch before "by" that is no clause break (the object and place patterns below)
_NOT_A_BREAK = r"(?!by\b|and\b|but\b|while\b|whilst\b|which\b|was\b|were\b|is\b|are\b"
# a change stated with its object between the verb (or noun) and "by": "to cut the precept by
# 5%", "reduce violence against a person with injury by 2%", "a reduction in burglary by 13%",
# "increase the number of officers by 200", "slashing average delays by 56 per cent" (Rotherham
# Advertiser on South Yorkshire Police's 101 calls, 2025) (at most seven words between, no clause break; "the
# number of" before them not counted: "a reduction in the number of killed or seriously injured collisions by 7.8%",
# Cumbria's PFCC, 2025)
_VERB_OBJECT_BY = re.compile(
    _OBJECT_VERBS +
    r"(?:[ \t]+(?:in[ \t]+)?the[ \t]+(?:number|level|volume|amount)[ \t]+of)?"
    r"(?:[ \t]+" + _NOT_A_BREAK + r")[\w'’/-]+){1,7}"
    r"[ \t]+by" + _ABOUT + r"[ \t]*$",
    re.IGNORECASE)
#: the same with an aside listing what the object holds between it and "by": "helping to reduce neighbourhood crime
#: (street robbery, house burglaries and vehicle crime) by 44%" (Gloucestershire panel minutes, 2022), "a target to
#: reduce serious acquisitive crime, including robbery, burglary and car crime by 10 per cent" (the Northamptonshire
#: Telegraph on Northamptonshire Police Authority): a bracket or ", including ..." with no figure, no clause break
_VERB_OBJECT_ASIDE_BY = re.compile(
    _OBJECT_VERBS +
    r"(?:[ \t]+" + _NOT_A_BREAK + r")[A-Za-z'’/-]+){1,5}"
    r"(?:[ \t]*\([^()\d.;:]{1,100}\)|,[ \t]+including[ \t]+[^()\d.;:]{1,100}?)"
    r"[ \t]+by" + _ABOUT + r"[ \t]*$",
    re.IGNORECASE)
_NEG_VERBS = ("cut", "slash", "reduc", "decreas", "lower", "fall", "drop", "declin")
#: a fall or rise verb, a place it happened in, then "by": "overall crime fell across the force area by 6.1 per
#: cent" (the Yorkshire Post on Humberside Police Authority, 2011), as "Fly tipping in Kent was reported to have
#: increased in Kent and Medway by 10%" (KCC) is read above; the place starts with "across", "in", "within" or
#: "throughout" ("fell to 500 by ..." has none), at most five words, no clause break
_VERB_PLACE_BY = re.compile(
    r"\b(?P<w>fell|fall(?:s|en|ing)?|dropp(?:ed|ing)|drops?|declin(?:e[ds]|ing)|rose|ris(?:e[ns]|ing))"
    r"[ \t]+(?:across|in|within|throughout)"
    r"(?:[ \t]+" + _NOT_A_BREAK + r"|to\b|from\b)[A-Za-z'’/-]+){1,5}"
    r"[ \t]+by" + _ABOUT + r"[ \t]*$",
    re.IGNORECASE)
#: a change named as its clause's subject, then a copula, its size after: "The national increase was
#: 10.3%", "The year to date increase in total offences stands at 3.6%", "the reduction in burglary was 12%"
#: (Essex Police, Metropolitan Police Authority); what changed, if named, in at most five words
CHANGE_NOUN_IS = re.compile(
    r"\b(?P<w>increase|rise|decrease|reduction|fall|drop|decline|growth)\W{0,2}"
    r"(?:[ \t]+(?:in|of)[ \t]+(?:(?!was\b|were\b|is\b|are\b)[\w'’/-]+[ \t]+){0,4}?[\w'’/-]+)?"
    r"[ \t]+(?:was|is|were|are|stands[ \t]+at|stood[ \t]+at|has[ \t]+been|had[ \t]+been)[ \t]*$", re.IGNORECASE)
# a change named with what changed before its size: "a decrease in crime of 40 percent", "an
# increase in arson of 93%", "a reduction in burglary of 12%" (at most five words between)
# ("an increase in the actual number of offences of 243": Bromley's police update -- "the number of" may lead)
_CHANGE_IN_OF = re.compile(
    r"\b(?P<w>increase|decrease|reduction|cut|fall|drop|decline|rise|growth|uplift)s?[ \t]+in[ \t]+"
    r"(?:the[ \t]+(?:actual[ \t]+|total[ \t]+|overall[ \t]+)?(?:number|amount|volume|level)[ \t]+of[ \t]+)?"
    r"(?:(?!of\b|and\b|but\b|was\b|were\b|is\b|are\b)[\w'’/-]+[ \t]+){1,5}of"
    + _ABOUT + r"[ \t]*$",
    re.IGNORECASE)
#: a change named with what changed, then its size alone in brackets: "There was a decrease in KSI casualties for pedal
#: cyclists (3%)" (Transport Network on the DfT's road casualty figures), "a rise in the number of Secondary Fires
#: (24.00%)" (Hereford and Worcester Fire Authority): a percent only (a count in brackets may be the new level), and
#: never of a rate or share (its percent in brackets may be the rate reached: "an increase in satisfaction (85%)")
_CHANGE_IN_BRACKET = re.compile(
    r"\b(?:a|an)[ \t]+(?:(?:slight|small|significant|overall|further|marked|large|sharp|substantial|notable|modest)[ \t]+)?"
    r"(?P<w>increase|decrease|reduction|fall|drop|decline|rise)[ \t]+in[ \t]+"
    r"(?:(?!(?:was|were|is|are|has|have|had|and|but|while|whilst|which|who|that|with|rates?|proportions?|percentages?|"
    r"shares?|levels?|scores?|satisf\w*|confiden\w*)\b)[\w'’/-]+[ \t]+){0,7}(?!(?:rates?|proportions?|percentages?|"
    r"shares?|levels?|scores?|satisf\w*|confiden\w*)\b)[\w'’/-]+[ \t]*\([ \t]*$",
    re.IGNORECASE)
#: CHANGE_NOUN_IS.search, first asking whether one of its change words is in the text at all (see
#: vocab.literals.Prefiltered: the same matches; most texts hold none)
_CHANGE_NOUN_IS_SEARCH = Prefiltered(CHANGE_NOUN_IS).search


def apply_sign(q: Quantity, context_before: str, context_after: str = "") -> Quantity:
    """Sign a change from the words around it.

    An explicit sign (``q.sign_explicit``) always wins: "decreased by -19.2%"
    stays -19.2, "down -3.5% pts" stays -3.5, never flipped to +.  Otherwise
    the words right before the figure decide ("a decrease of 2.1%", "down
    8%", "fell by 3", "reduced by"): a fall makes the value negative, a rise
    leaves it positive.  "down from 1 hr 45 min" / "fell to 5%" are levels,
    not changes: the words must be followed only by "by"/"of"/fillers.  A
    detached dash between the word and the figure is filler ("year-on-year
    down - 8.%" is -8); a dash glued to the figure ("down -8.%", context
    ending in "-") is an explicit minus.  With ``context_after`` a fall word
    right after the figure ("2.1% lower", "8% (n=482) decrease") also counts,
    also after one or two adjectives ("2.7% overall increase", "2% slight
    decrease").  Returns a new Quantity with
    ``sign_explicit`` True when the sign was fixed from words.
    """
    if q.sign_explicit:
        return q
    tail = clean_text(context_before or "")[-80:]
    if _dash_glued(tail):
        # a dash glued to the figure ("-8.%") is its explicit sign
        return replace(q, value=-abs(q.value), sign_explicit=True)
    if tail.endswith("- ") and _AT_DASH.search(tail):
        return replace(q, value=-abs(q.value), sign_explicit=True)
    m = _SIGN_TAIL.search(tail, _tail_start(tail)) if may_sign_tail(tail) else None
    s = 0
    if m and not (q.unit != "percent" and m.group("w")[-2:].lower() == "at"):
        # ("halved at 12 minutes" states the level it is at; "halved at 46.4 per cent", the fall's size)
        s = sign_from_words(m.group("w"))
    elif ("by" in tail or "of" in tail) and _CUT_BY.search(tail):
        s = -1
    elif "by" in tail and (m := _VERB_OBJECT_BY.search(tail)):
        s = -1 if m.group("w").lower().startswith(_NEG_VERBS) else 1
    elif "by" in tail and (m := _VERB_PLACE_BY.search(tail)):
        s = 1 if m.group("w").lower().startswith(("rose", "ris")) else -1
    elif "by" in tail and ("(" in context_before or "including" in context_before) \
            and (m := _VERB_OBJECT_ASIDE_BY.search(clean_text(context_before)[-240:])):
        # (the aside may take the object past the 80 characters read above)
        s = -1 if m.group("w").lower().startswith(_NEG_VERBS) else 1
    elif " in " in tail and (m := _CHANGE_IN_OF.search(tail)):
        s = -1 if m.group("w").lower().startswith(_NEG_VERBS) else 1
    elif q.unit == "percent" and tail.rstrip().endswith("(") and " in " in tail and (m := _CHANGE_IN_BRACKET.search(tail)):
        s = -1 if m.group("w").lower().startswith(_NEG_VERBS) else 1
    elif "los" in tail and _LOST_BEFORE.search(tail):
        s = -1
    elif m := _CHANGE_NOUN_IS_SEARCH(tail):
        s = -1 if m.group("w").lower().startswith(_NEG_VERBS) else 1
    elif context_after:
        m2 = _AFTER_SIGN.match(clean_text(context_after))
        if m2:
            s = -1 if m2.group("w").lower() in _NEG_AFTER else 1
    if not s and context_after and ("below" in context_after or "above" in context_after):
        # a level set against the same months of another year: "the rate for April-May 2001 2.8 per cent
        # below the same months in 2000/2001" (Metropolitan Police Authority) is a fall, "5% above the
        # same period last year" a rise (never "above target", "below the national average": levels)
        m4 = _BELOW_SAME_AFTER.match(context_after)
        if m4:
            s = -1 if m4.group("w").lower() == "below" else 1
    if not s and q.unit == "seconds" and context_after:
        # a time "4 min 12 sec quicker than ..." / "21 seconds slower": quicker is shorter
        m3 = _TIME_AFTER_SIGN.match(clean_text(context_after))
        if m3:
            s = -1 if m3.group("w").lower() in ("quicker", "faster", "shorter") else 1
    if s == -1:
        return replace(q, value=-abs(q.value), sign_explicit=True)
    if s == 1:
        return replace(q, value=abs(q.value), sign_explicit=True)
    return q


#: a loss stated with its size: "the Force had lost £14m (22%) in core funding since the 2010 Comprehensive
#: Spending Review" (Dyfed-Powys PCC, Carmarthenshire panel minutes), "The Police Service has lost 34,000 police
#: and staff since 2010" (ACPO), "losing 800 officer posts" (Lancashire PCC): a fall; never a vote "the motion
#: was lost 5 to 7" (no "has/had" nor "losing"), nor money "lost out on" (forgone, no fall of a level)
_LOST_BEFORE = re.compile(r"\b(?:(?:has|have|had|having)[ \t]+(?:already[ \t]+)?lost|losing)"
                          r"(?:[ \t]+(?:a[ \t]+total[ \t]+of|some|around|about|approximately|nearly|almost))?[ \t]*£?$",
                          re.IGNORECASE)
_BELOW_SAME_AFTER = re.compile(r"^[ \t]*(?P<w>below|above)[ \t]+(?:that[ \t]+of[ \t]+)?the[ \t]+"
                               r"(?:same|corresponding|equivalent|previous)[ \t]+(?:months?|period|quarter|year|time)\b",
                               re.IGNORECASE)
_TIME_AFTER_SIGN = re.compile(r"^[ \t]*(?:\([^)]{0,20}\)[ \t]*)?(?:on[ \t]+average[ \t]+)?"
                              r"(?P<w>quicker|faster|shorter|slower|longer)\b", re.IGNORECASE)




#: a variance printed in brackets: "a variance of (0.9%) on the gross budget" (Shropshire Council), "a variance
#: (£0.3m)": in finance text a bracketed amount is a negative, as in a finance table's cell (``cells.parse_value``
#: with ``accounting``); only right after the word "variance" -- a bracket after another noun is an aside
#: ("residential care (£2.2m)", "£4.213 (79%)")
_VARIANCE_BEFORE = re.compile(r"\bvariances?(?:[ \t]+(?:of|is|was|at|to[ \t]+date))?[ \t:]*\([ \t]*$", re.IGNORECASE)


def bracketed_variance(q: Quantity, text: str) -> Quantity:
    """``q`` signed negative, its brackets taken into ``raw`` (and ``start``/``end``), when it is an unsigned
    sum of money or percentage wholly in brackets right after "variance" ("a variance of (0.9%)"); else ``q``."""
    if q.sign_explicit or q.kind or q.unit not in ("gbp", "percent") or q.start < 1:
        return q
    a = text.rfind("(", max(0, q.start - 3), q.start)
    if a < 0 or text[a + 1:q.start].strip() or not text[q.end:q.end + 3].lstrip(" \t").startswith(")"):
        return q
    if not _VARIANCE_BEFORE.search(text, max(0, a - 40), a + 1):
        return q
    end = text.index(")", q.end) + 1
    return replace(q, value=-abs(q.value), sign_explicit=True, start=a, end=end, raw=text[a:end])
