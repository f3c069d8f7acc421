"""Figures written with number words: percents ("dropped by nine per cent", "fallen six per cent, and of
non-dwellings by seven per cent", "The reduction of six-per-cent", "twenty-five per cent"), and a change's two
levels ("fell from eight to seven": WORD_PAIR); the number words listed before a word percent and "respectively"
("reductions of eight, six and eight per cent respectively": WORD_LIST).

Seen in the press on the figures of PCCs and police authorities (Pontefract and Castleford Express and
Dewsbury Reporter on West Yorkshire, Halesowen News on West Mercia, the Falmouth Packet on Devon and
Cornwall's panel; Lincolnshire and Sussex texts of earlier audits).  Only a number word right before "per
cent" / "percent" (spaced or hyphened) is read: the same figure as "9%", its words as printed in ``raw``.
"""
from __future__ import annotations

import re

from ... import normalise as N

#: a number word's value, and "hundred" (the normaliser's word lists: ``normalise.core``)
_ONE_WORD = {**N.core.NUMBER_WORD_VALUES, "hundred": 100, "a hundred": 100, "one hundred": 100}
_UNITS = "|".join(N.core.ONES_WORDS)
_WORD = "|".join(sorted(N.core.ONES_WORDS + N.core.TEENS_WORDS, key=len, reverse=True))
_TEN = "|".join(N.core.TENS_WORDS_99)
#: a number word (or tens and units: "twenty-five", "twenty five"), then "per cent" / "percent"
WORD_PERCENT = re.compile(
    # (never the digits after a decimal point in words: "nought point five per cent")
    rf"(?<![\w-])(?<!point )(?<!point-)(?P<n>(?:{_TEN})(?:[ -](?:{_UNITS}))?|{_WORD}|(?:a|one)[ \t]+hundred)"
    r"[ \t-]+(?:per[ \t-]?cent|percent)\b(?![ \t-]*(?:age|points?)\b)",
    re.IGNORECASE)


#: one number written in words: "seven", "twenty-five", "twenty five"
_N = rf"(?:{_TEN})(?:[ -](?:{_UNITS}))?|{_WORD}"

#: the two levels of a change written with number words after its verb: "The number of burglaries fell from eight to
#: seven", "rose from twelve to fifteen" (the forms named in session 20's brief) -- counts, both; never a percent
#: ("from eight to seven per cent": WORD_PERCENT's), a time or a span ("from two to three days", "from two to three
#: times"), a rate ("from one in five to ..."), a range's start ("from one to two and a half")
WORD_PAIR = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|reduced|grew|grown|climbed|declined|"
    r"(?:went|gone|go|goes|come|came)[ \t]+(?:up|down))[ \t]+from[ \t]+"
    rf"(?P<a>{_N})[ \t]+to[ \t]+(?P<b>{_N})\b"
    rf"(?![ \t-]*(?:per[ \t-]?cent|percent|%|-|and\b|or\b|in[ \t]+(?:{_N})\b|out\b|of\b|per\b|a\b|an\b|times\b|points?\b|"
    r"places?\b|"
    r"(?:working[ \t]+|calendar[ \t]+)?(?:days?|weeks?|months?|years?|quarters?|hours?|hrs?|minutes?|mins?|seconds?|"
    r"secs?)\b))", re.IGNORECASE)


#: the number words listed before a word percent the list ends with, "per cent" written once, then "respectively":
#: "overall reductions of eight, six and eight per cent respectively", "fell by seven and nine per cent respectively"
#: (Logistics Manager on the DfT's road casualty figures, named in session 20's brief); each word is a percent of its
#: own (without "respectively", "seven and nine per cent" may be no list of percents: not read)
WORD_LIST = re.compile(
    rf"(?<![\w-])(?P<list>(?:(?:{_N})[ \t]*,[ \t]*)*(?:{_N})[ \t]*,?[ \t]+and[ \t]+)"
    rf"(?:{_N})[ \t-]+(?:per[ \t-]?cent|percent)\b(?![ \t-]*(?:age|points?)\b)[ \t]*,?[ \t]*respectively\b",
    re.IGNORECASE)
_LISTED_WORD = re.compile(rf"(?<![\w-])(?:{_N})(?![\w-])", re.IGNORECASE)


def may_hold(text: str, start: int = 0, end: int = -1) -> bool:
    """Can ``text[start:end]`` hold a word percent (its "cent" is there) or a change's two levels in words ("from
    eight to seven")?  (Cheap: most texts have none.)"""
    if end < 0:
        end = len(text)
    return (text.find("cent", start, end) >= 0 and WORD_PERCENT.search(text, start, end) is not None) \
        or (text.find("from", start, end) >= 0 and WORD_PAIR.search(text, start, end) is not None)


def _value(words: str) -> float:
    w = re.sub(r"[ \t-]+", " ", words.lower()).strip()
    if w in _ONE_WORD:
        return float(_ONE_WORD[w])
    tens, unit = w.split(" ", 1)
    return float(_ONE_WORD[tens] + _ONE_WORD[unit])


def word_percents(sentence: str) -> list[N.Quantity]:
    """The percents of ``sentence`` written with a number word, as quantities (unit ``percent``), and the two levels
    of a change written in words ("fell from eight to seven": unit ``count``), in their order."""
    out = []
    if "cent" in sentence:
        out = [N.Quantity(_value(m["n"]), "percent", m.group(), m.start(), m.end())
               for m in WORD_PERCENT.finditer(sentence)]
        if out and "espectively" in sentence:
            listed = [N.Quantity(_value(w.group()), "percent", w.group(), w.start(), w.end())
                      for m in WORD_LIST.finditer(sentence)
                      for w in _LISTED_WORD.finditer(sentence, m.start("list"), m.end("list"))]
            if listed:
                out = sorted(out + listed, key=lambda q: q.start)
    if "from" in sentence or "From" in sentence or "FROM" in sentence:
        pairs = [N.Quantity(_value(m[g]), "count", m[g], m.start(g), m.end(g))
                 for m in WORD_PAIR.finditer(sentence) for g in ("a", "b")]
        if pairs:
            out = sorted(out + pairs, key=lambda q: q.start)
    return out
