"""The words naming what a figure measures when no vocabulary metric is
near it: the noun words right after a count, before a money figure, or
before the verb of its clause (stop-word lists of English, not of a force)."""
from __future__ import annotations

import re


from ... import normalise as N
from ...normalise.signs import SPEND_NOUN
from .clean import _URL
from .lexicon import lexicon
from .matchers import _MON_TOK
from .mentions import Mention
from .roles import _SHARE_AFTER

_METRIC_STOP = set("""a an the of in on at to for from by with and or but was were is are be been has have had
this that these those which who it its their our his her there here than then as per into over under
during since until up down about around nearly almost some more less fewer each every all any no not
recorded reported seen saw remain remains remained continue continues continued reached equates represents
compared total average volume using being made seized increase decrease year month months via
including against along across within where while however whilst whereas consecutively so such only
also just still both either whether if when who whom whose what how why because although though
related stating felt identified waited reported were stated they had have further additional extra another""".split()) \
    | set(N.MONTH_NAMES)
#: verbs that end the noun words next to a figure ("300 PCSOs working across ...", "will rise to £265.73")
_VERB_STOP = set("""working work works worked support supports supported supporting said say says feel feels took
take takes taking receive receives received attend attends attended make makes will would could should may
might can must shall rise rises rising rose fall falls falling fell increase increases increasing increased
decrease decreases decreasing decreased equivalent equating equates help helps helped helping stand stands
stood sit sits sat totals totalled totalling allocated awarded given spent invested provided delivered
serving serve serves operating operate operates joined join joining came come comes went go goes
left remain remains remained being get got gets allow allows allowing enable enables means meaning
represent represents representing expected anticipated planned pledged""".split())
#: words that end no measure's name ("the County it", "vehicle crime each")
_TRAIL_STOP = set("""it they this these those each all both which that there we he she also now currently still
then so who""".split())
#: those who act, not what is measured ("The PCC has awarded £1.2 million")
_ACTORS = {"pcc", "the pcc", "commissioner", "the commissioner", "opcc", "the opcc", "force", "the force",
           "panel", "the panel", "chief constable", "the chief constable", "police", "officers", "we", "it",
           "they", "constabulary", "the constabulary",
           # (a speaker: "I was a little disappointed to see that ... had fallen by 2%")
           "i", "you", "he", "she", "us"}
_VERBISH_WORDS = (
    "is|are|was|were|has|have|had|remains?|remained|reached|increased|decreased|declined|rose|fell|"
    "saw|seen|see|recorded|continues?|continued|stands?|sits?|shows?|showed|represents?|equates?|"
    "highlighted|experienced|received|attended|achieved|improved|dropped|averaging|reporting|recording").split("|")
_VERBISH = re.compile(r"\b(?:" + "|".join(_VERBISH_WORDS) + r")\b|[=:]", re.I)


#: the characters that match ``letter`` ignoring case (Unicode): its two cases, and the dotted and dotless
#: i and the long s ``re`` folds with "i" and "s" (and the Kelvin sign with "k"): tests/test_speed17b.py
#: checks the classes against every code point
_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def case_class(letter: str) -> str:
    return "".join(sorted(set(letter.lower() + letter.upper() + _FOLDS.get(letter.lower(), ""))))


def _led_by_letters(chars: str, words: list[str]) -> str:
    r"""``[chars]|\b(?:words)\b`` (ignoring case) as a pattern led by one class of ``chars`` and the words'
    first letters (what ``re`` jumps along the text to; ``\b`` first is tried at every character), then the
    word's boundary tested after its first letter (``(?<!\w.)``: the character before the letter is no word
    character; most letters fail here) and the branch of the letter read (a look-behind at it).  The same matches: at one
    place only one word can run to a word's end, and only its first letter's branch can start."""
    by_first: dict = {}
    for w in words:
        by_first.setdefault(w[0].lower(), []).append(w[1:])
    lead = re.escape(chars) + "".join(case_class(c) for c in by_first)
    words_at = r"(?<!\w.)(?:" + "|".join(f"(?-i:(?<=[{case_class(c)}]))(?:" + "|".join(rests) + ")"
                                       for c, rests in by_first.items()) + r")\b"
    return f"(?-i:[{lead}])" + (f"(?:(?<=[{re.escape(chars)}])|{words_at})" if chars else words_at)


#: _VERBISH, searched faster (the same matches: ``_led_by_letters``; "[=:]" alone matches there)
_VERBISH_AT = re.compile(_led_by_letters("=:", _VERBISH_WORDS), re.I)


# (hot patterns, compiled once)
_OF_WORDS_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?(.{0,60})")
_HEAD_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*|\b(?:999|101)\b")
_NONSPACE = re.compile(r"\S+")
_WORD_999 = re.compile(r"[A-Za-z][A-Za-z'’-]*|999|101")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _metric_after(sentence: str, q: N.Quantity) -> str:
    """The noun words right after a count: "1,882 silent 999 calls" -> "silent 999 calls"."""
    tail = sentence[q.end:q.end + 60]
    if tail.startswith("+"):
        tail = " " + tail[1:]
    words: list[str] = []
    skipped = 0
    for m in _NONSPACE.finditer(tail):
        w = m.group()
        core = w.strip(",;:().\"'")
        if not words and m.start() > 2 + skipped:
            break
        if not words and core.lower() in ("fewer", "more", "less", "additional", "extra") and w == core \
                and m.start() <= 2:
            skipped = m.end()
            continue   # "2,345 fewer victims of crime": what is counted follows
        if not _WORD_999.fullmatch(core):
            break
        if core.lower() in _METRIC_STOP or core.lower() in _VERB_STOP or len(words) >= 4:
            break
        words.append(core)
        if core != w:
            break  # punctuation ends the phrase
    return " ".join(words).lower()


_MONEY_LEAD = re.compile(
    r"(?:\s+(?:worth|valued|value|at|of|over|more|than|around|about|approximately|nearly|almost|"
    r"to|the|totalling|receiving|awarded|was|were|is|are|up|stands?|sits?|totals?|amounts?|=|:))+\s*$", re.I)


def _without_money_lead(text: str) -> str:
    """``_MONEY_LEAD.sub("", text)``, the pattern searched only where it can match: its match runs to the
    end, so its last word ("worth", "of", "=") is the text's last blank-separated one, which alone (after
    a blank) is a match of it too; a text whose last word is not has none (most: "the budget for
    policing", tests/test_speed15b.py).  Searched, the pattern is tried at every blank of the text."""
    last = text.rsplit(None, 1)[-1:]
    if not last or _MONEY_LEAD.fullmatch(" " + last[0]) is None:
        return text
    return _MONEY_LEAD.sub("", text)


def _words_before(segment: str) -> str:
    """The noun words right before a money figure: "cocaine worth £9,150" -> "cocaine"."""
    seg = _without_money_lead(" " + segment.rstrip(" (,")).strip()
    words: list[str] = []
    for w in reversed(seg.split()):
        core = w.strip(",;:().\"'")
        if core != w.rstrip(",;:(") and words:
            break
        if not _WORD.fullmatch(core) or core.lower() in _METRIC_STOP \
                or core.lower() in _VERB_STOP or len(words) >= 4:
            break
        words.insert(0, core)
        if w.endswith((",", ";", ":")) and len(words) > 1:
            break
    return " ".join(words).lower()


#: the money a budget's outturn is off it by: an over/underspend, a surplus or a deficit -- written within a few words
#: before the figure ("an under spend against the revenue budget of £0.234m", Maidstone; "Revenue Budget forecast
#: overspend of £6.1m", Rotherham) or right after it ("a £3 million underspend on the Strategic Finance Budget",
#: Watford): the figure is that, never the budget its sentence names
_SPEND_BEFORE = re.compile(r"\b((?:(?:forecast|projected|estimated|net|year[ -]end)\s+)?"
                           rf"(?:{SPEND_NOUN}|surplus|deficit|shortfall))\b"
                           # (its own words only: "of", "was", or the budget it is against -- "The underspend was
                           # offset by additional budget of £2m": the £2m is the budget)
                           r"(?:\s*(?:of|is|was|at|totall?ing|amounting\s+to)?"
                           r"|\s+(?:against|on|in|for)\s+(?:the\s+)?(?:[A-Za-z'’&-]+\s+){0,4}budgets?"
                           r"(?:\s+(?:of|is|was|at))?)\s*$", re.I)
_SPEND_AFTER = re.compile(rf"\s*((?:(?:forecast|projected|net)\s+)?(?:{SPEND_NOUN}|surplus|deficit|shortfall))\b",
                          re.I)


def _spend_of(sentence: str, q: N.Quantity, named: str) -> str:
    """The over/underspend words a money figure is stated as (lower case), else "" -- a surplus or deficit of
    reserves or balances is their level ("a surplus of £57.7m on individual maintained school balances", Kent):
    only an over/underspend is never the ``named`` money measure."""
    m = _SPEND_AFTER.match(sentence, q.end)
    if m is None:
        m = _SPEND_BEFORE.search(sentence, max(0, q.start - 80), q.start)
        if m is not None and ("," in m.group(0)[len(m.group(1)):]):
            return ""   # "an underspend of £93,000, against the budget, but the bulk of that (£78,000)": another's
    if m is None or (named == "reserves" and "spend" not in m.group(1).lower()):
        return ""
    return " ".join(m.group(1).lower().split())


_METRIC_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|VWI|999|101")
_YEAR_OR_CAPITALISED = re.compile(r"(?:19|20)\d\d|[A-Z][a-z]+")
_RANK_FOR_WORDS = re.compile(r"^[^.;,]{0,40}?\bfor\s+(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][A-Za-z'’-]*\s*){1,4})")


def _metric_for(q: N.Quantity, prev_end: int, nxt: int, clause_start: int,
                metrics: list[Mention], sentence: str) -> str:
    seg_start = max(prev_end, clause_start)
    money_words = lexicon().money
    # a money measure ("budget") is not what a count or a time measures
    if metrics:
        metrics = [m for m in metrics if m.label not in money_words or q.unit == "gbp"
                   or (q.unit == "percent" and not _SHARE_AFTER.match(sentence[q.end:]))]
    inside = [m for m in metrics if m.start >= seg_start and m.end <= q.start]
    if q.unit == "gbp":
        money = [m for m in inside if m.label in money_words]
        if money:
            # "an under spend against the revenue budget of £0.234m": the under spend, not the budget
            return _spend_of(sentence, q, money[-1].label) or money[-1].label   # "The Commissioner's budget ... is £152.3m"
        w = _words_before(sentence[seg_start:q.start])
        if w:
            return w
    if inside and prev_end > 0 and inside[-1].start - prev_end <= 2 and q.unit == "count" and q.kind == "":
        # the measure's words right after the figure before are that figure's: "made 30,903 arrests ...,
        # found 5,735 missing people" -- a count with its own noun words is of those
        w = _metric_after(sentence, q)
        if w:
            return w
    if inside:
        return inside[-1].label
    after = [m for m in metrics if m.start >= q.end and m.end <= nxt and m.start - q.end <= 40
             and not _BARRIER.search(sentence[q.end:m.start])]
    if after:
        if q.unit == "gbp" and after[0].label in money_words:
            # "a £3 million underspend on the Strategic Finance Budget": the underspend
            return _spend_of(sentence, q, after[0].label) or after[0].label
        return after[0].label
    if q.unit == "count" and q.kind == "":
        w = _metric_after(sentence, q)
        if w:
            return w
    if q.unit == "percent":
        m = _OF_WORDS_AFTER.match(sentence[q.end:])
        if m:
            words = []
            for w in m.group(1).split():
                core = w.strip(",;:().")
                if not _METRIC_WORD.fullmatch(core) or core.lower() in _METRIC_STOP \
                        or len(words) >= 4 or re.fullmatch(_MON_TOK, core):
                    if words or not _YEAR_OR_CAPITALISED.fullmatch(core):
                        break
                    continue
                words.append(core)
                if core != w:
                    break
            if words:
                return " ".join(words).lower()
    if q.unit == "gbp":
        w = _words_before(sentence[seg_start:q.start])
        if w:
            return w
    earlier = [m for m in metrics if m.start >= clause_start and m.end <= q.start]
    if earlier:
        return earlier[-1].label
    if q.kind == "rank":
        # "ranked 12th nationally for crime outcomes": what the rank is of
        m = _RANK_FOR_WORDS.match(sentence[q.end:])
        if m:
            words = []
            for w in m.group(1).split():
                if w.lower() in _METRIC_STOP or w.lower() in _VERB_STOP:
                    break
                words.append(w)
            if words:
                return _lower_words(" ".join(words))
    return _metric_before(sentence, seg_start, q)


_GENERIC_METRIC = re.compile(r"(?:(?:rolling|month|months|monthly|12|3|year|annual|quarterly|overall|current|"
                             r"average)\s+)*(rate|volume|time|level)")


_SIZE_IN_WORDS = re.compile(r"\bper[ -]?cent\b|\bpercent(?:age)?[ -]points?\b", re.I)


def _metric_before(sentence: str, clause_start: int, q: N.Quantity) -> str:
    seg = sentence[clause_start:q.start]
    if "://" in seg or "www." in seg:
        # a web address is no word of a measure, its "https:" no colon ending one (blanked, the offsets kept)
        seg = _URL.sub(lambda u: " " * len(u.group()), seg)
    m = _VERBISH_AT.search(seg)
    if not m:
        return ""
    head = seg[:m.start()].strip(" -–•,;:(")
    words = [w for w in _HEAD_WORDS.findall(head)]
    while words and words[0].lower() in _METRIC_STOP:
        words.pop(0)
    if not words or len(words) > 6:
        return ""
    while words and (words[-1].lower() in _TRAIL_STOP or words[-1].lower() in _VERB_STOP):
        words.pop()   # "in the County it rose by 3%": no measure
    if not words:
        return ""
    phrase = " ".join(words).lower()
    if _SIZE_IN_WORDS.search(phrase):
        return ""   # "The overall decrease of seven per cent was largely driven by falls in ..." (Bedfordshire Police
        #             Federation): a size written in words is another figure, not what this one measures
    if phrase in lexicon().subject_words or phrase in _ACTORS or phrase in lexicon().subjectless:
        return ""   # (a survey's name, "The Crime Survey for England and Wales has found ...", is the source)
    return phrase


def _lower_words(text: str) -> str:
    """Lower case except acronyms ("CRIB average wait times" -> "CRIB average wait times")."""
    return " ".join(w if (len(w) > 1 and w.isupper()) else w.lower() for w in text.split())

_BARRIER = re.compile(r"\b(?:v|vs|versus|compared|than|while|whilst|whereas|but|however)\b|;", re.I)

_BIND_AFTER = re.compile(
    r"^[\s,(]*(?:(?:in|for|during|at|as\s+at|as\s+of|over|by|to|of|the|month\s+of|up\s+to|[a-z]+\s+(?:in|for|during)|"
    r"(?:a|per)\s+(?:day|week|month)\s+(?:in|for|during))\s+)*(?:the\s+)?$",   # ("10.7 per day in 2010")
    re.I)
