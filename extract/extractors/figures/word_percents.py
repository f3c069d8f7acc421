"""Percents written with a number word: "dropped by nine per cent", "fallen six per cent, and of
non-dwellings by seven per cent", "The reduction of six-per-cent", "twenty-five per cent".

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


def may_hold(text: str, start: int = 0, end: int = -1) -> bool:
    """Can ``text[start:end]`` hold a word percent (its "cent" is there)?  (Cheap: most texts have none.)"""
    if end < 0:
        end = len(text)
    return text.find("cent", start, end) >= 0 and WORD_PERCENT.search(text, start, end) is not None


def _value(words: str) -> float:
    w = re.sub(r"[ \t-]+", " ", words.lower()).strip()
    if w in _ONE_WORD:
        return float(_ONE_WORD[w])
    tens, unit = w.split(" ", 1)
    return float(_ONE_WORD[tens] + _ONE_WORD[unit])


def word_percents(sentence: str) -> list[N.Quantity]:
    """The percents of ``sentence`` written with a number word, as quantities (unit ``percent``)."""
    if "cent" not in sentence:
        return []
    return [N.Quantity(_value(m["n"]), "percent", m.group(), m.start(), m.end())
            for m in WORD_PERCENT.finditer(sentence)]
