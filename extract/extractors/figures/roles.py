"""Which numbers of a sentence are figures, and what each is (``role``):
level, change, count, share, rank, target or other -- from the words around
it; the numbers themselves come from :mod:`extract.normalise`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional


from ... import normalise as N
from ...normalise.signs import approximation
from ...vocab import vocabulary
from ...vocab.literals import alternation, lowered, needs

if TYPE_CHECKING:   # (sentence imports this module)
    from .sentence import _Fig

# --------------------------------------------------------------------------
# figure filtering and roles (context words only; numbers come from normalise)
# --------------------------------------------------------------------------

_TARGET_BEFORE = re.compile(
    # (not "is on target at 16.6 days", "above target at 85%": the value reached)
    r"(?<!\bon )(?<!\babove )(?<!\bbelow )(?<!\boff )(?<!\bbehind )"
    # ("its target figure of 30%", "the target was at least 13,500": the target's own words, a bound)
    r"\b(?:SLA|SLAs|target|targets|threshold|standard|goal|KPI|aim)\b(?:\s+(?:figure|figures|level|rate))?"
    # ("the overarching target for the year (100)", "a target of achieving 75 affordable home completions", "the
    # borough's affordable housing target is for 1,500 affordable units": Reigate and Banstead)
    r"(?:\s+for\s+(?:the|this|next)\s+(?:year|quarter|month|period)\s*\()?"
    r"\s*(?:=|:|of|is\s+for|is|was|at|set\s+at|to)?\s*(?:be\s+)?(?:within\s+)?"
    # ("set a target of answering 90 per cent of calls within the ten-second limit": wearebarnsley.com on South
    # Yorkshire Police, 2022; "a target of attending 95% of emergencies")
    r"(?:(?:achieving|reaching|delivering|recruiting|answering|attending)\s+)?"
    r"(?:at\s+least|at\s+most|no\s+(?:more|less|fewer)\s+than|a\s+(?:minimum|maximum)\s+of)?\s*(?:the\s+)?$",
    re.I)
_TARGET_AFTER = re.compile(
    # "90% target", "the 15-minute urban target", "10 second SLA" (not "2 minutes below target")
    r"^\s*(?:(?!(?:below|above|under|over|against|of|the|than|behind|ahead|outside|inside|within|beyond|"
    r"missing|missed|met|meeting|on|to|short|better|worse|and|or|but|in|for|at|by|compared|versus|vs)\b)"
    r"[A-Za-z-]+\s+){0,2}(?:target|SLA|standard)\b", re.I)
#: one target counted: "Out of 17 targets, 1 Council target for Quarter 4 of 2024 had not been achieved"
_ONE_TARGET_COUNTED = re.compile(r"^\s*(?:[A-Z][A-Za-z]+\s+)?target\s+(?:[^.;:,]{0,30}?\s)?(?:had|has|was|is)\s+"
                                 r"(?:not\s+)?(?:been\s+)?(?:achieved|met|missed|reached|exceeded)\b")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|our|their|this|that)\s*$", re.I)
#: a time limit: "attended 85% of emergency calls within 10 minutes", "contacted within 28 days"
# ("73% of 999 calls answered in ten seconds", "84% of all 999 calls in less than ten seconds": the limit too)
_WITHIN_BEFORE = re.compile(r"\b(?:within|inside|in\s+under|under|answered\s+in|in\s+less\s+than)\s*$", re.I)
#: a share stated or named before the time limit, kept or not ("over 90% of 999 calls being answered within 10
#: seconds": a bound is no figure, the limit still is one; "the percentage of calls answered under 10 seconds")
_SHARE_WORDS = re.compile(r"\b(?:percentage|proportion)\b|\d[ \t]*(?:%|per[ \t-]?cent)[ \t]+of\b", re.I)
_LIMIT_WORDS = re.compile(
    r"\b(?:should|must|aims?|aiming|target|targets|standard|expected|expectation|commit(?:s|ted|ment)?|"
    r"pledged?|promised?|required|requirement|requires|SLA|code\s+of\s+practice|VCOP|entitled|"
    r"guarantee[sd]?|deadline|statutory)\b", re.I)
_ALL_OF_BEFORE = re.compile(r"^\s*of\s+(?:the|those|these|all)\b[^,;]{0,80},\s*$", re.I)
#: a restatement of the change just before it in other terms: "£15 a year ..., equivalent to 29p a week"
_RESTATE_BEFORE = re.compile(r"\b(?:equivalent\s+to|equating\s+to|(?:which\s+)?equates\s+to|the\s+equivalent\s+of|"
                             r"i\.e\.|that\s+is)\s*$", re.I)
#: a change's base period, then a bracket opening on the figure: "since September 2016 (", "compared to the 12
#: months to December 2021 ("
_BASE_BRACKET = re.compile(r"^\s*(?:since|compared\s+(?:to|with)|than|against)\s+[^()%£;:]{0,50}?"
                           r"\b(?:19|20)\d\d(?:/\d\d)?\s*\(\s*$", re.I)
_OTHER_BEFORE = re.compile(r"(?:\bcorrelation\s+of|\bscore\s+of)\s*$", re.I)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:by|increase\s+of|decrease\s+of|reduction\s+of|decline\s+of|fall\s+of|rise\s+of|"
    r"drop\s+of|growth\s+of|change\s+of|uplift\s+of|uplift\s+in|improvement\s+of|deterioration\s+of|"
    r"year[-\s]on[-\s]year|yoy|compared|up|down|"
    r"increased|decreased|reduced|fell|rose|grew|dropped|uplifted|rises|falls|increases|decreases)\b)"
    # an approximation after "by" / "<change> of" ("an increase of just under £4m", "rose by around
    # 5%"; never after "up": "make up over 52,000")
    # (or a word saying it is small: "a drop of only 17 per cent" (Luton Today on Bedfordshire's PCC), "rose by just 2%")
    r"(?:(?:(?<=\bby)|(?<=\bof))\s+" + approximation(r"\s+") + ")?"
    r"[\s:,\-–]*$",
    re.I)
#: at most this many blank-separated words in a match of _CHANGE_BEFORE before its closing stops and blanks
#: ("year on year"; "increase of", then "just under")
_CHANGE_WORDS = 5


def _change_before(text: str):
    """``_CHANGE_BEFORE.search(text)``, searched from the last words only: a match runs to the end, its
    words (at most :data:`_CHANGE_WORDS`) then only blanks, ":", ",", dashes; so it starts inside the last
    words of the text less those ("rose by -", "compared with the same period last year, down"): the same
    match, the text before them not tried character by character (tests/test_speed15b.py)."""
    r = text
    while True:
        t = r.rstrip().rstrip(":,-–")   # (``\s`` is what ``str.isspace`` is)
        if t == r:
            break
        r = t
    parts = r.rsplit(None, _CHANGE_WORDS)
    return _CHANGE_BEFORE.search(text, len(parts[0]) if len(parts) > _CHANGE_WORDS else 0)


# (never past "with"/"while": "answered within an average of 5 minutes 30 seconds with significantly fewer
# calls being abandoned" -- the fewer calls are another measure's)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?!(?:with|while|whilst|whereas)\b)(?:[A-Za-z-]+\s+){0,2}?(?:increase|increases|decrease|decreases|rise|fall|drop|reduction|"
    r"decline|more|fewer|less|higher|lower|growth|up|down|change|year[-\s]on[-\s]year|yoy|"
    r"quicker|faster|slower|shorter|longer)\b"
    r"(?!\s+(?:than\s+(?:the\s+)?(?:target|average|national|peer)|to\b|from\b))"
    # "more than a year after", "less than 28 days": a bound on something else, not a change
    r"(?<!\bmore)(?<!\bless)(?<!\bfewer)"
    r"|^\s*(?:\([^)]{0,30}\)\s*)?(?!(?:with|while|whilst|whereas)\b)(?:[A-Za-z-]+\s+){0,2}?(?:more|fewer|less)\b"
    r"(?!\s+than\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|\d)\b)",
    re.I)
# (not one compared with another number: "currently 1,869 compared to 1,673 in 2019/20" are two levels)
_COMPARED_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:compared|when\s+compared|on\s+the\s+previous|than)\b"
                             r"(?!\s+(?:with|to)\s*(?:[£$]?\d|$))", re.I)
#: a change of no direction of its own ("an improvement of 5.8 per cent compared to 2023"): the signed
#: changes, "an increase of", take theirs from normalise.signs
_UNSIGNED_CHANGE_OF = re.compile(r"\b(?:improvement|deterioration)\s+of\s*$", re.I)
#: the same with what changed between the noun and "of": "There had been an improvement in Council-wide sickness of
#: approximately 25%" (South Holland District Council's performance minutes), as "an increase in alcohol related
#: anti-social behaviour of 26.7 percent" (Durham County Council) and "an increase in funding of £15m" (Worcestershire's
#: panel) are signed changes (``signs._CHANGE_IN_OF``); never a rate or level named before "of" ("an improvement in the
#: detection rate of 25%": that may be the rate reached)
_UNSIGNED_CHANGE_IN_OF = re.compile(
    r"\b(?:improvement|deterioration)s?\s+in\s+(?:the\s+(?:number|amount|volume)\s+of\s+)?"
    r"(?:(?!(?:of|and|but|was|were|is|are)\b)[\w'’/-]+\s+){0,4}"
    r"(?!(?:of|and|but|was|were|is|are|rates?|levels?|proportions?|percentages?|shares?|scores?)\b)[\w'’/-]+\s+of"
    r"(?:\s+" + approximation(r"\s+") + r")?\s*$", re.I)
_LEVEL_FROM = re.compile(r"\b(?:from|to|at|of|=|reached|was|were|is|are|stands?\s+at|sits?\s+at)\s*$", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?of\b(?!\s+(?:the\s+)?(?:target|average))", re.I)
_SHARE_VERB_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:of\b|were|was|are|felt|feel|state[sd]?|said|say|agreed?|reported|"
    r"satisfied|dissatisfied|believe[sd]?|think|thought|rated|would|had|have|stated|indicated)\b", re.I)
# a share of people stating a view, whatever the clause before says ("... the £13 increase, 11%
# supported a £12 increase"; Surrey and Hampshire precept consultations)
_OPINION_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:respondents|residents|people|those)\s+)?(?:supported|support|"
                            # ("3% preferring a reduction ..., and 81% backing an increase": Lincolnshire precept survey)
                            r"supporting|favou?red|favou?ring|preferred|preferring|backed|backing|opposed|opposing|"
                            r"voted|agreed|disagreed)\b(?!\s+by\b)", re.I)
#: a figure the words make an amount added ("an additional 1,522 crimes", "an extra 351 officers", "6,000
#: additional officers", "and extra 10,000 appointments"): the size of a rise, never a level -- of a count or money
#: only ("an additional 20% of calls" is a further part, and "a further" one more group, not a rise)
_ADDED_BEFORE = re.compile(r"(?:^|\b(?:an|the)[ \t]+|[^\w \t][ \t]*|\b(?!an\b|the\b)[a-z]+[ \t]+)(?:additional|extra)[ \t]*$", re.I)
_ADDED_WORDS = re.compile(r"(?:\b(?:an|the)[ \t]+)?(?:additional|extra)[ \t]*$", re.I)
_ADDED_AFTER = re.compile(r"^[ \t]*(?:additional|extra)[ \t]+(?:[A-Za-z]|\d{3}[ \t]+[A-Za-z])", re.I)   # ("89 extra 999 calls")


def is_added(q: N.Quantity, before: str, after: str) -> bool:
    """Do the words right around the figure make it an amount added ("an additional 1,522 crimes")?"""
    return q.kind == "" and q.unit in ("count", "gbp") and ("dditional" in before or "xtra" in before
                                                            or "dditional" in after or "xtra" in after) \
        and (_ADDED_BEFORE.search(before) is not None or _ADDED_AFTER.match(after) is not None)


_ONLY_GLUE = re.compile(r"^[\s,;:(]*(?:and|or|i\.e\.|ie|which\s+is|equating\s+to|equivalent\s+to)?[\s,;:(]*$", re.I)
# the change's own noun after it, then a bracket: "a -10.3% drop (795 offences)", "a 5% increase (120 more)"
_CHANGE_NOUN_BRACKET = re.compile(r"^\s*(?:decrease|decline|fall|drop|reduction|increase|rise)\s*\(\s*$", re.I)
#: the first of two levels a change went between, in its bracket: "crimes had increased by 6.7% (3935 offences to
#: 4199)" (Leicestershire panel) -- what it counts may stand between the number and "to" (the text up to the next
#: figure: "to 31 March", a date, is no second level)
#: (not a restated change: "(50 fewer offences to 450)", "(45 more arrests to 420)": the first is the change)
#: -- or its year and "down"/"up" ("fell by 201 (1,728 in 2014 down to 1,527 last year)": the Guernsey Police's
#: summary of its 2015 Law Enforcement report)
_PAIR_AFTER = re.compile(r"\s*(?!(?:more|fewer|less|extra|additional|up|down)\b)(?:[A-Za-z]+\s+){1,2}to[ \t]+£?$"
                         r"|\s*in\s+(?:19|20)\d\d(?:[/-]\d\d)?\s+(?:down|up)\s+to[ \t]+£?$", re.I)
#: a change aimed at, not made: "The strategic priority to reduce violence ... by 2%", "priority to achieve a
#: reduction in domestic burglary offences by 13%" (Leicestershire panel) -- no number between the aim and "by"
#: an approximation between an aim's "by" and its size: "the aim was to reduce crime by just over 13 per cent by March
#: 2004" (South Wales Argus on Gwent Police; signs.apply_sign reads the same words after a change's "by")
_BY_APPROX = r"(?:\s+(?:around|about|approximately|roughly|nearly|almost|some|just\s+(?:under|over)|a\s+further))?"
#: (or a bound, kept in an aim's clause: "by more than 11 per cent")
_BY_BOUND = r"(?:\s+(?:more|less|fewer)\s+than|\s+at\s+least)?"
_AIMED_BY_END = re.compile(r"\bby" + _BY_APPROX + _BY_BOUND + r"\s*$", re.I)
#: the words between an aim and its "by": no verb of what happened ("priority to reduce burglary saw offences fall by
#: 7%", "... was backed by 120 new staff", "... was met by 95% of calls" are no aims)
_AIM_TO_BY = (r"(?:(?!\b(?:was|were|is|are|has|have|had|saw|sees|seen|met|missed|fell|fallen|rose|risen|"
              r"dropped|increased|decreased|reduced|improved|backed|supported|funded|achieved|delivered)\b)"
              r"[^.;:\d]){0,100}\bby" + _BY_APPROX + r"\s*$")
_AIMED_CHANGE = re.compile(r"\b(?:priority|priorities|target|targets|aim|aims|ambition|objective|goal|pledge|commitment)"
                           r"(?:\s+(?:is\s+|was\s+|will\s+be\s+)?to\s+(?:achieve\s+an?\s+|deliver\s+an?\s+|see\s+an?\s+)?"
                           # ("My ambition is to bring crime down by 40% from its high": Essex PFCC's precept
                           # survey, 2024; "our aim is to drive burglary down by 10%")
                           r"(?:reduc(?:e|tion)|cut|increase|improve(?:ment)?|lower|raise|rise|bring|drive)\b"
                           # ... or the aim's gerund after "of": "a new target of reducing crime by 23 per cent", "a
                           # target of cutting crime by 40 per cent" (South Wales Argus on Gwent Police), "our target
                           # of reducing domestic burglary by 25 per cent" (a Home Office minister's answer, Hansard 2003)
                           r"|\s+of\s+(?:reducing|cutting|increasing|improving|lowering|raising|bringing|driving)\b)"
                           + _AIM_TO_BY +
                           # ... or a verb of aiming or of being asked before the change: "his force would only strive
                           # to reduce burglary by five per cent" (Evening Standard on Thames Valley Police), "the force
                           # was challenged to cut burglary by 20%", "has pledged to cut crime by 10%", "plans to
                           # increase ... by 100" (never what was done: "managed to reduce", "helped to cut")
                           r"|\b(?:challenged|strive[sd]?|striving|strove|pledged?|pledges|pledging|promised?|promises|"
                           r"promising|vowed?|vows|vowing|plans?|planned|planning|intends?|intended|intending|wants?|"
                           r"wanted|hopes?|hoped|hoping|seeks?|seeking|sought|asked|told|urged|tasked|expected|required|"
                           r"committed|determined|trying|tries|try)\s+to\s+"
                           r"(?:reduc(?:e|ing)|cut(?:ting)?|increas(?:e|ing)|improv(?:e|ing)|lower(?:ing)?|rais(?:e|ing)|"
                           r"bring(?:ing)?|driv(?:e|ing)|halv(?:e|ing))\b"
                           + _AIM_TO_BY +
                           # ... or the change's size before its noun: "2000/2001 target to achieve a 2 per cent
                           # decrease in offences" (Metropolitan Police Authority)
                           r"|\b(?:priority|priorities|target|targets|aim|aims|ambition|objective|goal)\s+(?:is\s+|was\s+)?"
                           r"to\s+(?:achieve|deliver|see|secure)\s+an?\s*$"
                           # ... or after a verb of what the aim asks for: "The new target calls for a five-per-cent
                           # cut next year", "The new target means an eight-per-cent reduction next year" (The Argus on
                           # Sussex Police), "a single all-embracing goal which seeks to secure a 15% reduction in
                           # overall crime by 2007-08" (the Home Office's memorandum to the Home Affairs Committee)
                           r"|\b(?:target|targets|aim|aims|ambition|objective|goal)\s+(?:which\s+|that\s+)?"
                           r"(?:calls?\s+for|means|requires|demands|seeks?\s+to\s+(?:secure|achieve|deliver))\s+an?\s*$"
                           # ... or what is to change between "to see" and its participle: "These targets aim to see
                           # overall crime reduced by 8%" (Nottinghamshire Police Authority's policing plan, 2012)
                           r"|\b(?:target|targets|aim|aims|aiming|ambition|objective|goal)\s+(?:is\s+|was\s+)?to\s+see\s+"
                           r"(?:(?!(?:was|were|is|are|has|have|had)\b)[A-Za-z'’-]+\s+){1,6}"
                           r"(?:reduced|cut|lowered|increased|raised|improved)\s+by\s*$"
                           # ... or what is to change between "for" and "to be" and its participle: "The Home Office
                           # has set targets for burglary to be reduced by more than 11 per cent" (the Evening Standard
                           # on Thames Valley Police, named in session 20's brief), as "to see overall crime reduced by"
                           r"|\b(?:target|targets|aim|aims|ambition|objective|goal)\s+for\s+"
                           r"(?:(?!(?:was|were|is|are|has|have|had)\b)[A-Za-z'’-]+\s+){1,6}to\s+be\s+"
                           r"(?:reduced|cut|lowered|increased|raised|improved)\s+by" + _BY_APPROX + _BY_BOUND + r"\s*$",
                           re.I)
#: the level aimed for: "Aiming for 87% by the end of this year and 87.4% in 2017", "Aiming for 83% by the end of
#: this year" (Avon and Somerset PCC's quarterly overview of the Police and Crime Plan, 2013/14), "we aim for 90%"
#: between two levels aimed for: the first's date, then "and" ("... 87% by the end of this year and 87.4% in 2017")
_AND_AIMED_LATER = re.compile(r"[ \t]+by[ \t]+[^.;:,\d%£]{0,40}?[ \t]+and[ \t]+(?:by[ \t]+)?", re.I)
_LATER_PERIOD_AFTER = re.compile(r"[ \t]+(?:in|by)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:19|20)\d\d\b", re.I)
_AIM_FOR = re.compile(r"\baim(?:s|ing)?\s+for\s+(?:at\s+least\s+|a\s+|an\s+)?$", re.I)
_AIMED_NOUN_AFTER = re.compile(r"\s*(?:decrease|reduction|increase|rise|fall|cut|improvement)\b", re.I)


# (hot patterns, compiled once)
#: the bounds of a band of answer times a share is counted in: "the percentage answered between 10 and 60
#: seconds", "calls which take more than 60 seconds to answer", "calls answered under 10 seconds, between 10
#: and (under) 60 seconds, and at 60 seconds or longer" (Norfolk PCC; a written answer in Parliament):
#: limits, like "within 10 seconds", not times measured
_BAND_BEFORE = re.compile(r"\b(?:between|(?:more|longer)[ \t]+than|at)[ \t]*$", re.I)
_BAND_AT_END = re.compile(r"\bat[ \t]*$", re.I)
_BAND_SECOND = re.compile(r"[ \t]*and[ \t]*(?:\([ \t]*(?:under|over)[ \t]*\)[ \t]*)?", re.I)
_BAND_FIRST_AFTER = re.compile(r"[ \t]*and[ \t]*(?:\([ \t]*(?:under|over)[ \t]*\)[ \t]*)?\d+[ \t]*"
                               r"(?:seconds?|secs?|minutes?|mins?)\b", re.I)
#: a time bound after the participle naming what is counted: "101: non- emergency calls waiting longer than 10
#: minutes" (Devon and Cornwall panel, a KPI's name), "calls taking more than 60 seconds to answer": the limit
#: the calls are counted past, never how long one waited ("a councillor had to wait more than 15 minutes": a
#: finite verb, no participle)
_WAITING_BOUND = re.compile(r"\b(?:waiting|taking|queuing|queueing|held)[ \t]+(?:longer|more)[ \t]+than[ \t]*$", re.I)
#: a tolerance's target after it: "within 10% of the Quarter 4 Target", "within 5% of target" (a RAG key; Havering)
_OF_TARGET_AFTER = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:[\w/-]+[ \t]+){0,3}?targets?\b", re.I)
_OR_LONGER = re.compile(r"[ \t]*or[ \t]+(?:longer|more|over)\b", re.I)
_DAYS_HOURS_AFTER = re.compile(r"^\s*(?:working\s+|calendar\s+)?(?:days?|hours?)\b", re.I)
_WITHIN_END = re.compile(r"\bwithin\s*$", re.I)
_DAYS_AFTER = re.compile(r"^\s*(?:working\s+|calendar\s+)?days?\b", re.I)
_TARGET_AT_END = re.compile(r"\b(?:target|SLA|standard)\s+(?:at|of|with)\s*$", re.I)
_TO_AFTER = re.compile(r"^\s*(?:to|-|–)(?:\s|$)")
#: a figure set between spaced dashes, words going on after the second ("down by 1,128 offences - 8.6% - on
#: the same period"): a parenthesis, like brackets (not a range "5% - 10%": a number follows that dash)
_DASH_OPEN = re.compile(r"\s[-–—]\s*$")
_DASHES = frozenset("-–—")


def _dash_open(before: str) -> bool:
    """``_DASH_OPEN.search(before) is not None`` read at the end, where every match is: the text, less its
    blanks at the end (``\\s`` is what ``str.isspace`` is), ends with a dash after a blank."""
    r = before.rstrip()
    return len(r) >= 2 and r[-1] in _DASHES and r[-2].isspace()


_DASH_CLOSE = re.compile(r"^\s*[-–—]\s+[A-Za-z]")


# a scale letter glued to the word after it ("£264.824mfor"), not a unit of its own ("£1,296pa")
_SCALE_RUN_ON = re.compile(r"(?:bn|mn|[mkb])(?!(?:n|illion|ns)\b)[a-z]", re.I)


#: a telephone number's or extension's word right before a number
_PHONE_BEFORE = re.compile(r"\b(?:ext|extn|extension|tel|telephone|phone)\.?[ \t]*:?[ \t]*$", re.I)


def _is_non_figure(q: N.Quantity, sentence: str, prev: Optional[N.Quantity]) -> bool:
    """Context rules left here are about the sentence, not number grammar
    (labels, financial years, time spans, star ratings and a rank's "of 44"
    are dropped by :func:`normalise.find_quantities` itself)."""
    if q.kind == "" and q.start > 0 and sentence[q.start - 1].isalpha() and not q.raw[:1] in "£+-":
        return True  # glued to a word: codes, footnote markers
    if q.kind == "" and q.unit != "seconds" and _is_bound(q, sentence):
        # "less than 1%", "over 1,000 assaults", "at least 2%", "up to £2,500": a bound, not the value,
        # and a figure has no field to say so (an approximation, "around 5%", stays a value)
        return True
    if prev is not None and _RESTATED.match(sentence, prev.end, q.start) and prev.kind == "" \
            and prev.unit != "seconds" and _is_bound(prev, sentence):
        return True   # "an increase of just under £4m (or 3.2%)": the bound restated is a bound too
    if q.unit == "percent" and q.kind == "" and _WITHIN_END.search(sentence, max(0, q.start - 12), q.start) \
            and _OF_TARGET_AFTER.match(sentence, q.end):
        return True  # a tolerance around a target: "Green = on or within 10% of the Quarter 4 Target" (a RAG key)
    if q.kind == "" and _run_brackets(sentence, q):
        return True  # a flattened finance row "Funding(310.3)(311.3)(1.0)": accounting negatives without their unit
    if q.kind == "" and q.raw[-1:].isdigit() and _SCALE_RUN_ON.match(sentence, q.end):
        return True  # its scale run into the next word: "£264.824mfor 2024/25" (read, it would lose the scale)
    if q.unit == "count" and q.kind == "" and _PHONE_BEFORE.search(sentence, max(0, q.start - 14), q.start):
        return True  # a telephone extension or number: "028 9065 0222 Ext. 24135" (PSNI statistics bulletin)
    if q.unit == "count" and q.kind == "" and _PARA_NO.fullmatch(q.raw) and _OPENS_SENTENCE.match(sentence, q.end) \
            and not _VALUE_CUE.search(sentence, max(0, q.start - 24), q.start):
        return True  # a paragraph number run into the text: "Declaration of Interests 4.1 There were no ..."
    if q.unit == "count" and q.kind == "" and _AGE_BEFORE.search(sentence[max(0, q.start - 12):q.start]) \
            and q.value == int(q.value):
        tail = sentence[q.end:q.end + 30]
        if _AGE_YEARS.match(tail) and 10 <= q.value <= 100:
            return True  # an age: "over-65s", "under 18 year olds"
        if _AGE_AFTER.match(tail) and q.value in (16, 17, 18, 21, 25):
            return True  # "under 18 detainees", "were under 18."
    return False


def _phrases(words) -> str:
    """Phrases as one alternation, longest first, their words apart by spaces or tabs (never a line break)."""
    return alternation(words, space=r"[ \t]+")


#: a bound right before the number ("over 90%", "up to £2,500"): the bound words of vocab/data/figure_words.toml
#: (the reconciliation reads the same lists; the differences are said there)
_BOUND = re.compile(rf"\b(?:{_phrases(vocabulary().words('bound_lower') + vocabulary().words('bound_upper'))})"
                    r"[ \t]*£?$", re.I)
#: the bound phrases in lower case, their words one space apart: what the text before a number ends with where
#: _BOUND matches there (see _bound_before)
_BOUND_PHRASES = tuple(" ".join(p.lower().split())
                       for p in vocabulary().words("bound_lower") + vocabulary().words("bound_upper"))
#: at most this many words in a bound phrase ("in excess of")
_BOUND_WORDS = max(len(p.split()) for p in _BOUND_PHRASES)


def _bound_before(sentence: str, lo: int, hi: int):
    """``_BOUND.search(sentence, lo, hi)``, searched only where the text ends with a bound phrase: a match runs
    to ``hi`` (or to a line break right before it), a phrase then only blanks and "£", so the text's last
    words, less those, one space apart, lower-cased, end with the phrase ("rose by over " -> "by over": yes;
    "the rate of " -> "the rate of": no).  A text ``lowered`` cannot test is searched (tests/test_speed15b.py)."""
    low = lowered(sentence[lo:hi])
    if low is not None:
        if low.endswith("\n"):
            low = low[:-1]
        if not " ".join(low.rstrip(" \t£").split()[-_BOUND_WORDS:]).endswith(_BOUND_PHRASES):
            return None
    return _BOUND.search(sentence, lo, hi)


#: a plus glued after the number is a lower bound too: "50+ additional personnel", "50+ extra staff" (50 or more)
_PLUS_AFTER = re.compile(r"\+(?![\d/+])")
#: not a bound: "carried over £2m" (a phrasal verb), "went up to 45%", "from 30 up to 45" (a level reached)
_NOT_BOUND = re.compile(
    r"\b(?:(?:carr(?:y|ied|ies|ying)|roll(?:ed|s|ing)?|brought|bring(?:s|ing)?|hand(?:ed|s|ing)?|spread|split|"
    r"turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|took|taken?|taking)[ \t]+over"
    r"|(?:went|go(?:es|ne|ing)?|r[io]se|risen|rising|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|mov(?:ed|es|ing)|"
    r"increas(?:ed|es|ing)|shot|crept|been|now|from[ \t]+\S+)[ \t]+up[ \t]+to"
    # "brings the total bond portfolio up to £117.9m"
    r"|\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|taken|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
    r"top(?:s|ped|ping)?)\b[^.;,]{0,40}\bup[ \t]+to)[ \t]*£?$", re.I)
#: a target is a threshold by nature: "One-year Target: a reduction of at least 2%", "aim: over 90%"
_TARGET_CLAUSE = re.compile(r"\b(?:target|targets|aim|aims|aiming)\b[^.;]*$", re.I)


def _is_bound(q: N.Quantity, sentence: str) -> bool:
    """A bound written before the number, outside a target's clause and not a time limit
    ("more than 28 days", "under 10 seconds" name what is measured)."""
    lo = max(0, q.start - 24)
    plus = _PLUS_AFTER.match(sentence, q.end) is not None
    if not (plus or _bound_before(sentence, lo, q.start)) or _TIME_AFTER.match(sentence, q.end + plus):
        return False
    return not (_NOT_BOUND.search(sentence, max(0, q.start - 70), q.start)
                or _TARGET_CLAUSE.search(sentence, max(0, q.start - 80), q.start))


_RESTATED = re.compile(r"[ \t]*[(,]?[ \t]*(?:or|i\.e\.?|equivalent[ \t]+to|equating[ \t]+to|which[ \t]+is)[ \t]*$", re.I)
_TIME_AFTER = re.compile(r"[ \t-]*(?:working[ \t]+|calendar[ \t]+)?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|"
                         r"seconds?|secs?)\b", re.I)


def _run_brackets(sentence: str, q: N.Quantity) -> bool:
    """A bracketed number run into a word or another bracket on either side: "Funding(310.3)",
    "(311.3)(1.0)" -- a table row flattened to text, never a narrative aside."""
    a, b = q.start, q.end
    if not (a > 0 and sentence[a - 1] == "(" and b < len(sentence) and sentence[b] == ")"):
        return False
    left = sentence[a - 2] if a > 1 else " "
    right = sentence[b + 1] if b + 1 < len(sentence) else " "
    return left.isalnum() or left == ")" or right == "("


#: a minutes' or report's dotted paragraph number joined to the heading or sentence before it ("Apologies for
#: Absence 1.1 The Chair ...", "Borrowing Strategy during the period 5.1 The Council's ..."): it opens a sentence
#: and no word before it asks for a value ("fell to 2.3", "a score of 4.1")
_PARA_NO = re.compile(r"\d{1,2}\.\d{1,2}")
_OPENS_SENTENCE = re.compile(r"[ \t]+(?-i:The|There|This|These|Those|It|Its|In|A|An|We|Members|Following|"
                             r"Councillors?|Cllr|Mr|Mrs|Ms|Dr)[ \t]+\S")
_VALUE_CUE = re.compile(r"(?:\b(?:to|by|of|at|was|is|were|are|from|be|been|reached|stood|score[ds]?|rated|"
                        r"about|around|approximately|nearly|almost)|[=:£$(+-])[ \t]*$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:under|over|aged?|below)[\s-]*$", re.I)
_AGE_YEARS = re.compile(r"^(?:s\b|['’]s\b|\s*(?:years?\s+old|year[\s-]olds?|yrs?|yo)\b)", re.I)
_AGE_AFTER = re.compile(
    r"^(?:\s*$|\s*[.;,)]|\s+(?:and|or)\s+(?:under|over)\b|"
    r"\s+(?:detainees?|children|young|youths?|juveniles?|people|persons?|victims?|offenders?|suspects?|"
    r"males?|females?|women|men|girls|boys|adults?)\b)", re.I)


_NOT_CHANGE_BY = re.compile(
    r"\b(?:driven|caused|led|followed|supported|attended|made|used|affected|impacted|delivered|done|"
    r"carried|agreed|approved|endorsed|opposed|rejected|seconded|proposed|passed|won|lost|defeated|"
    r"chaired|commissioned|funded|recorded|reported|committed|owned|run|received|answered|offset|"
    r"explained|accounted|measured|represented|signed)\s+by\s*$", re.I)


def _screen(rx: re.Pattern):
    """A test of a lower-cased text (``lowered``) false only where ``rx`` cannot match the text: it
    holds none of the strings every match holds (``vocab.literals.needs``); None (a text not safely
    lower-cased) lets the pattern decide.  One search of those strings is far cheaper than the pattern's."""
    need = needs(rx)
    if need is None:
        return lambda low: True
    if len(need) <= _FEW:
        def held(low) -> bool:   # (a few strings: an ``in`` each is cheaper than the alternation's search)
            if low is None:
                return True
            for s in need:
                if s in low:
                    return True
            return False
        return held
    alt = re.compile(alternation(need))
    return lambda low: low is None or alt.search(low) is not None


_FEW = 5


_MAY_OTHER, _MAY_WITHIN, _MAY_WITHIN_END, _MAY_TARGET, _MAY_CHANGE, _MAY_TARGET_AFTER, _MAY_CHANGE_AFTER, _MAY_AIMED = (
    _screen(rx) for rx in (_OTHER_BEFORE, _WITHIN_BEFORE, _WITHIN_END, _TARGET_BEFORE, _CHANGE_BEFORE,
                           _TARGET_AFTER, _CHANGE_AFTER, _AIMED_CHANGE))


def _band_bound(before: str, after: str, prev_rec: Optional["_Fig"]) -> bool:
    """Is a time, by the words around it, a bound of a band ("between 10 and 60 seconds", "more than 60
    seconds", "at 60 seconds or longer"): after "between" / "more than" / "longer than", after "at" with
    "or longer" after it, or the second end of a band whose first is a bound ("and (under) 60 seconds")?"""
    if _BAND_BEFORE.search(before):
        return not _BAND_AT_END.search(before) or _OR_LONGER.match(after) is not None
    return prev_rec is not None and prev_rec.role == "target" and _BAND_SECOND.fullmatch(before) is not None


def _role(q: N.Quantity, signed: N.Quantity, before: str, after: str,
          prev_rec: Optional["_Fig"], sentence: str, has_next: bool = False) -> str:
    if q.kind == "n":
        return "count"
    if q.kind == "rank":
        return "rank"
    low_b, low_a = lowered(before), lowered(after)   # (for the screens: a pattern is searched only where it can match)
    if q.kind in ("plusminus", "coefficient") or (_MAY_OTHER(low_b) and _OTHER_BEFORE.search(before)):
        return "other"
    if _MAY_TARGET_AFTER(low_a) and _TARGET_AFTER.match(after):
        if q.value == 1 and q.unit == "count" and q.kind == "" and _ONE_TARGET_COUNTED.match(after) \
                and not _DETERMINER_END.search(before):
            return "level"   # "1 Council target had not been achieved": one target counted, not a target of 1
        return "target"
    if _MAY_WITHIN(low_b) and _WITHIN_BEFORE.search(before) and (q.unit == "seconds" or _DAYS_HOURS_AFTER.match(after)) \
            and ((prev_rec is not None and prev_rec.role == "share") or _LIMIT_WORDS.search(sentence)
                 or _SHARE_WORDS.search(sentence, 0, q.start)):
        return "target"   # the time limit a share is measured against, or a standard
    if (q.unit == "seconds" or (q.unit == "count" and _BAND_FIRST_AFTER.match(sentence, q.end))) and q.kind == "" \
            and _band_bound(before, after, prev_rec) \
            and (_SHARE_WORDS.search(sentence, 0, q.start) or _WAITING_BOUND.search(before)):
        return "target"   # a bound of a band of times a share is counted in, or that names what is counted
    if _MAY_WITHIN_END(low_b) and _WITHIN_END.search(before) and q.unit == "count" and q.kind == "" \
            and _DAYS_AFTER.match(after):
        return "target"   # "finalised within 28 days": a time limit, never a part of a count
    if q.unit == "ratio" and q.kind == "":
        return "share"    # "1 in 5 victims"
    if _MAY_AIMED(low_b) and (m := _AIMED_CHANGE.search(before)) is not None \
            and (_AIMED_BY_END.search(m.group()) or _AIMED_NOUN_AFTER.match(after)):
        return "target"   # "the strategic priority to reduce violence ... by 2%": the change aimed at
    if ("aim" in before or "Aim" in before or "AIM" in before) and _AIM_FOR.search(before):
        return "target"
    if prev_rec is not None and prev_rec.role == "target" and _AND_AIMED_LATER.fullmatch(before) \
            and _AIM_FOR.search(sentence, 0, prev_rec.q.start) and _LATER_PERIOD_AFTER.match(after):
        return "target"   # "Aiming for 87% by the end of this year and 87.4% in 2017": the later aim
    if _MAY_TARGET(low_b) and _TARGET_BEFORE.search(before):
        # "below the 10-minute target at 9 min 48 sec": the target is the figure before; this is the level
        if not (prev_rec is not None and prev_rec.role == "target"
                and _TARGET_AT_END.search(before)
                and _TARGET_AFTER.match(sentence[prev_rec.q.end:prev_rec.q.end + 12])):
            return "target"
    if before.rstrip().endswith("(") and _PAIR_AFTER.match(after):
        return "level"   # "increased by 6.7% (3935 offences to 4199)": the level the change went from
    # a figure in brackets right after a change restates it: "(2.9 per cent)", "(45 arrests)"
    bracketed = (before.rstrip().endswith("(") and after.lstrip().startswith(")")) \
        or (_dash_open(before) and _DASH_CLOSE.match(after) is not None)
    if bracketed and q.unit == "percent" and prev_rec is not None and prev_rec.q.unit == "percentage_points":
        bracketed = False   # "down 5.1 percentage points compared to 2021 (80.1%)": the rate, not the change
    if bracketed and prev_rec is not None and prev_rec.role == "change" and _BASE_BRACKET.match(before):
        # "Total recorded crime has increased by 13.74% since September 2016 (40,021)" (David Hanson MP on
        # North Wales): a number alone in brackets right after the change's base is the base's level
        return "level"
    # (a percent restates a change of any unit: "increase the Council Tax by £5 ..., which equates to 3.6%")
    if prev_rec is not None and prev_rec.role == "change" and (q.unit == prev_rec.q.unit or q.unit == "percent") \
            and _RESTATE_BEFORE.search(before):
        return "change"
    if prev_rec is not None and prev_rec.role == "change" \
            and (_ONLY_GLUE.match(before) or bracketed or _CHANGE_NOUN_BRACKET.match(before)) \
            and (not _TO_AFTER.match(after) or _DASH_CLOSE.match(after)):
        return "change"
    if q.unit == "percent" and not q.sign_explicit and _OPINION_AFTER.match(after):
        return "share"   # "11% supported a £12 increase", "31% favoured no increase": respondents
    if q.unit == "percentage_points":
        return "change"
    if q.sign_explicit:
        return "change"
    if is_added(q, before, after):
        # "The target is an additional 50 officers": a target's words right before the amount added
        return "target" if _TARGET_BEFORE.search(_ADDED_WORDS.sub("", before)) else "change"
    if signed.sign_explicit:
        return "change"
    if _MAY_CHANGE(low_b) and _change_before(before) \
            and (not _LEVEL_FROM.search(before)
                 or (_UNSIGNED_CHANGE_OF.search(before) and not _SHARE_AFTER.match(after))) \
            and not _NOT_CHANGE_BY.search(before):
        return "change"
    if "in" in before and _UNSIGNED_CHANGE_IN_OF.search(before) and not _SHARE_AFTER.match(after):
        return "change"
    # a cue after the figure is its own unless it introduces the next figure
    own_after = not (has_next and _MAY_CHANGE(low_a) and _change_before(after))
    if own_after and _MAY_CHANGE_AFTER(low_a) and _CHANGE_AFTER.match(after):
        return "change"
    if own_after and _COMPARED_AFTER.match(after) and not _LEVEL_FROM.search(before):
        return "change"
    if q.unit == "percent":
        if _SHARE_AFTER.match(after):
            return "share"
        if (not before.strip(" -–•(") or _ALL_OF_BEFORE.match(sentence[:q.start])) and _SHARE_VERB_AFTER.match(after):
            return "share"   # "62% said ...", "Of the 450 people surveyed, 62% said ..."
    return "level"
