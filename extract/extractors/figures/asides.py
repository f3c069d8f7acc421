"""Asides listing what a total (or a change's object) includes: "– which includes burglary, vehicle
crime and robbery –", "(including theft and burglary)".  A subject named inside one is not the
subject of a figure outside it (:func:`in_inclusion_aside`, used by :mod:`.sentence`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import normalise as N
from .mentions import Mention


#: an aside listing what a total includes, between dashes or in brackets: "– which includes burglary, vehicle crime and
#: robbery –", "(including theft and burglary)"
#: -- or what a change's object holds, up to its "by": "reduce serious acquisitive crime, including robbery, burglary and
#: car crime by 10 per cent" (Northamptonshire Telegraph), "reduce neighbourhood crime (street robbery, house burglaries
#: and vehicle crime) by 44%" (Gloucestershire panel): a bracket with no figure right before "by"
_INCLUSION_ASIDE = re.compile(r"(?:\s[-–—]\s*|\(\s*|,\s*)(?:which\s+includes?|including|that\s+includes?)\b[^()–—;]*?"
                              r"(?:\s[-–—](?=\s)|\)|,(?=\s+(?:has|have|had|was|were|is|are|showed|saw|fell|rose)\b)"
                              r"|(?=[ \t]+by[ \t]))"
                              r"|\([^()\d;:.]{1,100}\)(?=[ \t]+by[ \t])"
                              # (a list between spaced dashes with no "including": "Neighbourhood crime - vehicle
                              # offences, theft, burglary and robbery – decreased by 14%", Cumbria's PFCC, 2025)
                              r"|\s[-–—]\s+(?:(?!\s[-–—]\s)[^()\d;:.,])+(?:,(?:(?!\s[-–—]\s)[^()\d;:.,])+)+"
                              r"\s[-–—](?=\s)", re.I)


def in_inclusion_aside(sentence: str, s: Mention, q: N.Quantity) -> bool:
    """Is subject ``s`` inside an aside listing what a total includes, ``q`` outside it?"""
    for a, b in inclusion_asides(sentence):
        if a <= s.start and s.end <= b and not (a <= q.start < b):
            return True
    return False


@lru_cache(maxsize=256)
def inclusion_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``_INCLUSION_ASIDE``'s matches in ``sentence``: a pure function of the sentence, found
    once (it was searched again for each figure and each subject of the sentence: about 20 us a search)."""
    return tuple(m.span() for m in _INCLUSION_ASIDE.finditer(sentence))


def in_inclusion_aside_plain(sentence: str, s: Mention, q: N.Quantity) -> bool:
    """``in_inclusion_aside`` as first written (tests/test_speed19a.py)."""
    for a in _INCLUSION_ASIDE.finditer(sentence):
        if a.start() <= s.start and s.end <= a.end() and not (a.start() <= q.start < a.end()):
            return True
    return False
