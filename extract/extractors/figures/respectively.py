"""Figures listed with "respectively": each takes the crime type named in the same place of the list before
them ("Burglary and vehicle crime have risen by 4.8 per cent and 3.5 per cent respectively", Bournemouth Echo
2009; "violence against the person and sexual offences increased by 15 and 19 per cent respectively", 2018).
Where the two lists are not of one length, no figure of the group takes a subject from them (a wrong subject
is worse than none)."""
from __future__ import annotations

import re

#: between two figures of one list: a comma, "and", or both
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)", re.I)
#: right after the last figure of the list
_RESPECTIVELY = re.compile(r"[ \t]*,?[ \t]*respectively\b", re.I)
#: a clause break before the list of names (the names are looked for after it)
_BREAK = re.compile(r"[;:]|\.[ \t]")


def pair_respectively(figs: list, sentence: str, subjects: list) -> None:
    """Give each figure of a "respectively" list the subject named in the same place before it (see the
    module's doc); ``figs`` are the sentence's figures (``_Fig``), ``subjects`` its subject mentions."""
    if "respectively" not in sentence.lower() or len(figs) < 2:
        return
    i = 0
    while i < len(figs):
        j = i
        while j + 1 < len(figs) and _LIST_GAP.fullmatch(sentence, figs[j].q.end, figs[j + 1].q.start):
            j += 1
        if j > i and _RESPECTIVELY.match(sentence, figs[j].q.end):
            _pair(figs[i:j + 1], figs[i - 1].q.end if i else 0, sentence, subjects)
        i = j + 1


def _pair(group: list, lo: int, sentence: str, subjects: list) -> None:
    first = group[0].q.start
    brk = None
    for brk in _BREAK.finditer(sentence, lo, first):
        pass
    if brk is not None:
        lo = brk.end()
    names = [m for m in subjects if lo <= m.start and m.end <= first]
    if len(names) < 2:
        return   # (one name before the list is the whole list's: "burglary fell by 3% and 5% respectively in ...")
    for k, f in enumerate(group):
        if len(names) == len(group):
            f.subject, f.subject_stated = names[k].label, bool(names[k].label)
        else:
            f.subject, f.subject_stated = "", False
