"""Decisions: resolutions with their proposer and seconder."""
from __future__ import annotations

import re

from ...model import BULLET
from .entries import _E, _Seg
from .items import _item_at
from .patterns import (_ITEM, _PARA_NO, _PROPOSAL, _PROPOSAL_PAREN, _PROPOSED_LINE, _RESOLVED_LABEL,
                       _SECONDED_LINE)

def _person_text(t: str) -> str:
    """The name part of "Cllr X" printed before a "Resolved" / the end of a line."""
    t = re.sub(r"\s*[(\[].*$", "", t.strip())
    return t.strip(" ,.;:")


def _decisions(entries: list[_E], seg: _Seg, items) -> list[tuple[str, str, str, str]]:
    """(item number, decision, proposer as printed, seconder as printed)."""
    out = []
    ents = [e for e in entries[seg.start:seg.end]]
    texts_of = {e.idx: _PARA_NO.sub("", e.text) for e in ents}
    item_starts = {it[0] for it in items}
    consumed: set = set()

    def gather(j: int, texts: list) -> int:
        """Continue a decision over a list introduced by ":" or following bullets."""
        while j < len(ents) and ents[j].idx not in item_starts and ents[j].cells is None and (
                ents[j].kind == BULLET or (texts and texts[-1].endswith((":", ";")))
                or re.match(r"^(?:\(?[a-z0-9ivx]{1,3}[.)]|\d+\.)\s", ents[j].text)
                and not _ITEM.match(ents[j].text)):
            t = ents[j].text
            if _PROPOSAL.search(t) or _PROPOSED_LINE.match(t) or _SECONDED_LINE.match(t):
                break
            texts.append(t)
            j += 1
        return j

    pending = None  # (proposer, seconder, entry index) from lines of their own
    k = 0
    while k < len(ents):
        e = ents[k]
        if e.cells is not None:
            k += 1
            continue
        t = texts_of[e.idx]
        m = _PROPOSAL.search(t)
        if not m:
            pl = _PROPOSED_LINE.match(t)
            if pl and len(t) <= 120:
                sec = pl.group("s")
                j = k + 1
                if not sec and j < len(ents) and ents[j].cells is None:
                    sl = _SECONDED_LINE.match(texts_of[ents[j].idx])
                    if sl:
                        sec = sl.group("s")
                        j += 1
                if sec:
                    pending = (_person_text(pl.group("p")), _person_text(sec), e.idx)
                    consumed.update(x.idx for x in ents[k:j])
                    # a decision printed just before the pair, in the same item, with nobody named
                    it = _item_at(items, e.idx)
                    if out and out[-1][2] is None and out[-1][4] is not None \
                            and out[-1][4] == (it[1] if it else None):
                        last = out[-1]
                        out[-1] = (last[0], last[1], pending[0], pending[1], last[4], last[5])
                        pending = None
                    k = j
                    continue
            lab = _RESOLVED_LABEL.match(t)
            if lab and not (re.match(r"^it\s+was\s+(?:resolved|agreed)", t, re.I) and not lab.group("rest")):
                rest = lab.group("rest").strip()
                j = k + 1
                if not rest:
                    if len(t) > 40 or j >= len(ents) or ents[j].idx in item_starts \
                            or ents[j].cells is not None:
                        k += 1
                        continue
                    rest = ents[j].text
                    j += 1
                elif not re.match(r"^(?:that\b|to\b|the\b|[A-Z(])", rest):
                    k += 1
                    continue
                texts = [rest]
                j = gather(j, texts)
                decision = " ".join(texts).strip()
                prop = sec = None
                pm = _PROPOSAL_PAREN.search(decision)
                if pm:
                    prop, sec = _person_text(pm.group("p")), _person_text(pm.group("s"))
                    decision = decision[:pm.start()].strip()
                it = _item_at(items, e.idx)
                ino = it[1] if it else None
                if pending and prop is None:
                    pit = _item_at(items, pending[2])
                    if (pit[1] if pit else None) == ino:
                        prop, sec = pending[0], pending[1]
                    pending = None
                out.append((ino, decision, prop, sec, ino, k))
                consumed.update(x.idx for x in ents[k:j])
                k = j
                continue
            k += 1
            continue
        prop, sec = m.group("p").strip(), m.group("s").strip()
        tail = m.group("tail").lstrip(" :–-").strip()
        tail = re.sub(r"^to\s+make\s+the(?:\s+following)?(?:\s+decisions?)?\s*:?\s*", "", tail,
                      flags=re.I).strip()
        texts = []
        if tail and not re.fullmatch(r"(?:the\s+)?(?:following\s+)?(?:decisions?|resolutions?)?:?", tail, re.I):
            texts.append(tail)
        j = k + 1
        if not texts:
            # a "Decision" / "Resolved" label, then the decision text
            while j < len(ents) and ents[j].idx not in item_starts:
                lab = _RESOLVED_LABEL.match(ents[j].text)
                if lab and len(ents[j].text) <= 40 and not lab.group("rest"):
                    j += 1
                    continue
                if lab and lab.group("rest"):
                    texts.append(lab.group("rest"))
                    j += 1
                else:
                    texts.append(ents[j].text)
                    j += 1
                break
        j = gather(j, texts)
        decision = " ".join(texts).strip()
        it = _item_at(items, e.idx)
        if decision:
            out.append((it[1] if it else None, decision, prop, sec, None, k))
        consumed.update(x.idx for x in ents[k:j])
        k = max(j, k + 1)
    return [(a, b, c, d) for a, b, c, d, _, _ in out]
