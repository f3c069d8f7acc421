"""Decisions: resolutions with their proposer and seconder."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET
from .entries import _E, _Seg
from .items import _item_at
from .patterns import (_ITEM, _LEAD_NAME, _PARA_NO, _PROPOSAL, _PROPOSAL_PAREN, _PROPOSED_BY, _PROPOSED_LINE,
                       _MOVED_ALONE, _PROPOSER_FIRST, _RESOLVED_LABEL, _SECONDED_LINE, _TITLED)

# "... to adopt the new Standing Orders. Proposed by Cllr Coppard seconded by Cllr Bradbury."
_PROPOSAL_INLINE = re.compile(
    rf"(?<=[.;])\s*(?i:proposed|moved)\s+by\s+(?P<p>{_TITLED})[,;]?\s*(?:and\s+)?(?i:seconded)\s+by\s+(?P<s>{_TITLED})\b.*$",
    re.S)


_OWN_MOTION = re.compile(r"\bseconded\b[^;]{2,80}?,?\s+(?-i:that)\s+\S", re.I)
# a nomination: "Cllr Bealey was proposed in his absence by Cllr Rickett, seconded by ..." (Marshchapel) is
# a decision of its own; "Councillor David Reeve was proposed by Councillor Fiona White and seconded by
# Councillor John Robini." with "RESOLVED:" under it (Surrey PCP; Bedfordshire FRA, Peterborough PCP
# "was nominated by ... and seconded by") names the mover of that resolution
_NOMINATION = re.compile(r"\b(?:was|were)\s+(?:proposed|nominated)\b", re.I)


_PERSON_TEXT_RE = re.compile(r"\s*[(\[].*$")


# the words a "Proposed" line puts before "by" and its mover ("Proposed as a true record by Cllr Smith seconded by
# Cllr Higgins": Goods Yard House PC)
_WORDS_THEN_BY = re.compile(r"^[a-z][\w\s]{0,60}?\bby\s+(?=[A-Z])")


def _person_text(t: str) -> str:
    """The name part of "Cllr X" printed before a "Resolved" / the end of a line (a titled name
    stops at a comma, a bracket or a vote count: "Cllr Gail Reeve,4 agreed")."""
    t = _PERSON_TEXT_RE.sub("", t.strip())
    m = _LEAD_NAME.match(t)
    if m:
        return m.group("n").strip(" ,.;:")
    return t.strip(" ,.;:")


def _proposal(t: str):
    """``_PROPOSAL.search(t)``; it needs "seconded" (any case: "econded" lower-cased holds no
    letter IGNORECASE folds to anything else), so a line without it is not scanned."""
    return _PROPOSAL.search(t) if "econded" in t.lower() else None


def _proposer_sentence(t: str):
    """(proposer, seconder) of a sentence naming both, whoever comes first."""
    if "seconded" not in t:  # both patterns print it in lower case (they are case-sensitive)
        return None
    m = _PROPOSER_FIRST.search(t)
    if m:
        return m.group("p"), m.group("s") or m.group("s2")
    m = _PROPOSED_BY.search(t)
    if m:
        return m.group("p"), m.group("s")
    return None


# a minute's number before its resolution: "2. RESOLVED that Mr Cooke be elected to Chair the meeting." (Kent CC),
# "178 RESOLVED that Mr P A Tuthill be elected as Vice-Chairman ..." (Hereford & Worcester Fire Authority, CMIS: the
# number printed on the line above, joined on by the text loader); its title in capitals run in between ("73/13 MINUTES
# RESOLVED that the minutes ... be confirmed": Derbyshire CC; "1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED:
# The minutes ...": Haverfordwest TC)
_NUMBERED_RESOLVED = re.compile(r"^(?:\d{1,4}\.?|\d{1,4}/\d{2,4})\s+(?:[A-Z][A-Z'’&/(),–-]*\s+){0,12}?(?=(?:RESOLVED|Resolved)\b)")


def _unnumbered(text: str) -> str:
    """The text without the number of its paragraph or minute before it."""
    text = _PARA_NO.sub("", text)
    return _NUMBERED_RESOLVED.sub("", text) if text[:1].isdigit() else text


_GATHER_RE = re.compile(r"^(?:\(?[a-z0-9ivx]{1,3}[.)]|\d+\.)\s")
#: the word "amendment": a proposal of one is no decision; a recorded vote after one is its own (votes)
_AMENDMENT = re.compile(r"\bamendment\b", re.I)
_AT_PROPOSER_SENTENCE_RE2 = re.compile(r"\b(?:the\s+(?:following\s+)?motion|recommendations?)(?:\s+(?:that|as\s+follows))?\s*:?\s*$", re.I)
_AT_RESOLVED_LABEL_RE = re.compile(r"^it\s+was\s+(?:resolved|agreed)", re.I)
_AT_RESOLVED_LABEL_RE2 = re.compile(r"^(?:that\b|to\b|the\b|[A-Z(]|[a-z]\)\s+(?i:that|to)\b)")  # ("Resolved - a) That ...": Slough)
_AT_PROPOSAL_RE = re.compile(r"^to\s+make\s+the(?:\s+following)?(?:\s+decisions?)?\s*:?\s*", re.I)
_AT_PROPOSAL_RE2 = re.compile(r"(?:the\s+)?(?:following\s+)?(?:decisions?|resolutions?)?:?", re.I)


class _Scan:
    """One pass over the lines of a minutes segment; each ``_at_*`` method reads one form of
    decision starting at line ``k`` and returns the line to go on from, or None when the line is
    not that form."""

    def __init__(self, entries: list[_E], seg: _Seg, items):
        self.ents = list(entries[seg.start:seg.end])
        self.texts_of = {e.idx: _unnumbered(e.text) for e in self.ents}
        self.items = items
        self.item_starts = {it[0] for it in items}
        self.consumed: set = set()
        self.out: list[tuple] = []  # (item, decision, proposer, seconder, label item, line)
        self.pending = None  # (proposer, seconder, entry index) named before their resolution

    def item_no(self, idx: int):
        it = _item_at(self.items, idx)
        return it[1] if it else None

    def gather(self, j: int, texts: list) -> int:
        """Continue a decision over a list introduced by ":" or following bullets."""
        ents = self.ents
        while j < len(ents) and ents[j].idx not in self.item_starts and ents[j].cells is None and (
                ents[j].kind == BULLET or (texts and texts[-1].endswith((":", ";")))
                or _GATHER_RE.match(ents[j].text)
                and not _ITEM.match(ents[j].text)):
            t = ents[j].text
            if _proposal(t) or _PROPOSED_LINE.match(t) or _SECONDED_LINE.match(t):
                break
            texts.append(t)
            j += 1
        return j

    def _at_proposed_lines(self, k: int, t: str) -> Optional[int]:
        """"Proposed by Cllr X" / "Seconded by Cllr Y" on lines of their own (or one line)."""
        ents, e = self.ents, self.ents[k]
        pl = _PROPOSED_LINE.match(t) or _MOVED_ALONE.match(t)
        if not (pl and (len(t) <= 120 or pl.re is _MOVED_ALONE)):
            return None
        sec = pl.groupdict().get("s")
        j = k + 1
        if not sec and j < len(ents) and ents[j].cells is None:
            sl = _SECONDED_LINE.match(self.texts_of[ents[j].idx])
            if sl:
                sec = sl.group("s")
                j += 1
        if not sec:
            return None
        if pl.re is _MOVED_ALONE:
            # "It was moved by Councillor A," / "Seconded by Councillor B," / the motion / "... put to the vote and
            # carried ..." / "Resolved -": the pair is the resolution's, when one follows within a few lines of the
            # same item; else nobody's (the motion is under the pair, never the line above it)
            self.consumed.update(x.idx for x in ents[k:j])
            if _moved_as_resolved(t[pl.end():], ents, j, self.item_starts):
                self.pending = (_person_text(pl.group("p")), _person_text(sec), e.idx)
            return j
        who = pl.group("p")
        if who[:1].islower() and (by := _WORDS_THEN_BY.match(who)):
            who = who[by.end():]  # "Proposed as a true record by Cllr Smith seconded by ...": what, then who
        self.pending = (_person_text(who), _person_text(sec), e.idx)
        self.consumed.update(x.idx for x in ents[k:j])
        ino = self.item_no(e.idx)
        out = self.out
        if out and out[-1][2] is None and ((out[-1][4] is not None and out[-1][4] == ino) or out[-1][5] == k - 1):
            # a decision printed just before the pair, in the same item (or on the line above: "It was
            # RESOLVED that ..." / "Proposed by: Cllr Taylor Seconded by: Cllr Gradwell"), nobody named
            last = out[-1]
            out[-1] = (last[0], last[1], self.pending[0], self.pending[1], last[4], last[5])
            self.pending = None
        elif not _resolution_follows(ents, j, self.item_starts):
            # "Proposed. Cllr X, Seconded Cllr Y, 4 agreed": the motion is the line before
            prev = ents[k - 1] if k > 0 and ents[k - 1].idx not in self.item_starts else None
            what = prev.text if prev is not None and prev.cells is None and prev.idx not in self.consumed else t
            out.append((ino, what, self.pending[0], self.pending[1], None, k))
            self.pending = None
        return j

    def _at_proposer_sentence(self, k: int, t: str) -> Optional[int]:
        """"Cllr X proposed ..., seconded by Cllr Y" (either order), the resolution after it or in it."""
        e = self.ents[k]
        ps = _proposer_sentence(t) if not _RESOLVED_LABEL.match(t) else None
        if not (ps and len(t) <= 400):
            return None
        if _AMENDMENT.search(t):
            return k + 1  # an amendment moved is not a decision
        # a sentence that states its own motion ("X proposed, seconded by Y, that Z be elected") is
        # a decision of its own, never the proposal of a resolution printed after it
        nomination = bool(_NOMINATION.search(t))
        follows = _resolution_follows(self.ents, k + 1, self.item_starts, bare=nomination)
        if not follows and "nominated" in t and "proposed" not in t:
            return None  # "X was nominated by A and seconded by B." alone: a nomination, never read as a decision
        own = _OWN_MOTION.search(t)
        moved_as = False
        if own and _resolved_as_moved(t[own.end() - 1:], self.ents, k + 1, self.item_starts):
            # "It was proposed by Councillor P G L Elliott and seconded by Councillor R G Boyce that Councillor H M Bass
            # be re-elected as Chairman ..." / "There being no further nominations it was:" / "RESOLVED that Councillor
            # H M Bass be re-elected Chairman ..." (Maldon DC; Hambleton DC's "Leader of Council"): the motion as
            # resolved, one decision named by its mover and seconder
            moved_as = True
        if moved_as or (not own and (follows if nomination else follows or _AT_PROPOSER_SENTENCE_RE2.search(t))):
            self.pending = (_person_text(ps[0]), _person_text(ps[1]), e.idx)
        else:
            self.out.append((self.item_no(e.idx), t, _person_text(ps[0]), _person_text(ps[1]), None, k))
        self.consumed.add(e.idx)
        return k + 1

    def _at_resolved_label(self, k: int, t: str) -> Optional[int]:
        """"RESOLVED that ...", "Decision:" then the text (on the line or the next), with a proposal
        in brackets after it or a pending proposer and seconder of the same item."""
        ents, e = self.ents, self.ents[k]
        lab = _RESOLVED_LABEL.match(t)
        if not lab or (_AT_RESOLVED_LABEL_RE.match(t) and not lab.group("rest")):
            return None
        rest = lab.group("rest").strip()
        j = k + 1
        if not rest:
            if len(t) > 40 or j >= len(ents) or ents[j].idx in self.item_starts or ents[j].cells is not None:
                return k + 1
            rest = ents[j].text
            j += 1
        elif not _AT_RESOLVED_LABEL_RE2.match(rest):
            return k + 1
        texts = [rest]
        j = self.gather(j, texts)
        decision = " ".join(texts).strip()
        prop = sec = None
        pm = _PROPOSAL_PAREN.search(decision) or _PROPOSAL_INLINE.search(decision)
        if pm:
            prop, sec = _person_text(pm.group("p")), _person_text(pm.group("s"))
            decision = decision[:pm.start()].strip()
        ino = self.item_no(e.idx)
        if self.pending and prop is None:
            if self.item_no(self.pending[2]) == ino:
                prop, sec = self.pending[0], self.pending[1]
            self.pending = None
        self.out.append((ino, decision, prop, sec, ino, k))
        self.consumed.update(x.idx for x in ents[k:j])
        return j

    def _at_proposal(self, k: int, m: re.Match) -> int:
        """"On the proposal of X, seconded by Y, it was resolved ..." then the decision text."""
        ents, e = self.ents, self.ents[k]
        # ("seconded by Mrs Mitchell and was unanimously agreed": the name, not the words after it)
        prop, sec = _person_text(m.group("p")), _person_text(m.group("s"))
        tail = m.group("tail").lstrip(" :–-").strip()
        tail = _AT_PROPOSAL_RE.sub("", tail).strip()
        texts = []
        if _AGREED_BY_ALL.match(tail) or _BY_ALL_MEMBERS.fullmatch(tail):
            # "It was proposed by Cllr Robinson that should members of the public show, ..., the Parish Council
            # meeting be suspended to allow them to speak. This was seconded by the Chairman and agreed by all
            # members." (Helpringham PC): what was agreed is the proposal's own clause
            said = _proposed_clause(m.group("p"))
            if said or not _AGREED_BY_ALL.match(tail):
                if said:
                    self.out.append((self.item_no(e.idx), said, prop, sec, None, k))
                self.consumed.add(e.idx)
                return k + 1  # ("agreed by all members" alone is no decision's text)
        before = _decided_before(self.texts_of[e.idx][:m.start()]) if _AGREED_BY_ALL.match(tail) else ""
        if before:
            # "The minutes were read, approved and signed as a true and accurate record as proposed by
            # AC, seconded by AS and agreed by all. It was noted ...": what was agreed comes first
            self.out.append((self.item_no(e.idx), before, prop, sec, None, k))
            self.consumed.add(e.idx)
            return k + 1
        if tail and not _AT_PROPOSAL_RE2.fullmatch(tail):
            texts.append(tail)
        j = k + 1
        if not texts:
            # a "Decision" / "Resolved" label, then the decision text
            while j < len(ents) and ents[j].idx not in self.item_starts:
                lab = _RESOLVED_LABEL.match(ents[j].text)
                if lab and len(ents[j].text) <= 40 and not lab.group("rest"):
                    j += 1
                    continue
                texts.append(lab.group("rest") if lab and lab.group("rest") else ents[j].text)
                j += 1
                break
        j = self.gather(j, texts)
        decision = " ".join(texts).strip()
        if decision:
            self.out.append((self.item_no(e.idx), decision, prop, sec, None, k))
        self.consumed.update(x.idx for x in ents[k:j])
        return max(j, k + 1)

    def run(self) -> list[tuple]:
        k = 0
        while k < len(self.ents):
            e = self.ents[k]
            if e.cells is not None:
                k += 1
                continue
            t = self.texts_of[e.idx]
            m = _proposal(t)
            if m:
                k = self._at_proposal(k, m)
                continue
            for form in (self._at_proposed_lines, self._at_proposer_sentence, self._at_resolved_label):
                j = form(k, t)
                if j is not None:
                    k = j
                    break
            else:
                k += 1
        return [(a, b, c, d, self.ents[k_].idx) for a, b, c, d, _, k_ in self.out]


# what follows "... seconded by Y and agreed": nothing of its own ("by all.", "unanimously.")
# ("by the meeting.": Cruwys Morchard)
_AGREED_BY_ALL = re.compile(r"^(?:by\s+all(?:\s+present)?|unanimously|by\s+everyone|"
                            r"by\s+the\s+(?:meeting|council|committee|panel|board))?\s*(?:[.;]|$)", re.I)


_BY_ALL_MEMBERS = re.compile(r"by\s+all\s+(?:members|councillors)(?:\s+present)?\s*[.;]?", re.I)
_THAT_CLAUSE = re.compile(r"^that\s+(?P<c>.{10,400}?[a-z)])\.(?:\s+(?=[A-Z])|\s*$)", re.I)


def _proposed_clause(p: str) -> str:
    """The clause a proposer's text carries after the name ("Cllr Robinson that should members of the public
    show, ... be suspended to allow them to speak. This was"): "that ...", to its sentence's end; else ""."""
    name = _person_text(p)
    at = p.find(name) if name else -1
    m = _THAT_CLAUSE.match(p[at + len(name):].strip(" ,")) if at >= 0 else None
    return f"that {m.group('c')}" if m else ""


_DECIDED_BEFORE_RE = re.compile(r"(?<=[.!?])\s+")
_DECIDED_BEFORE_RE2 = re.compile(r":\s+")
_DECIDED_BEFORE_RE3 = re.compile(r"[\s,]*(?:\bas|\bwhich\s+was|\bthis\s+was|\bit\s+was|\band\s+was|\bwas)?\s*$", re.I)
_DECIDED_BEFORE_RE4 = re.compile(r"[A-Z]")


def _decided_before(text: str) -> str:
    """The clause before "(as) proposed by" that states what was agreed (the last sentence, after an
    item's "Title:"), or "" when there is none."""
    last = _DECIDED_BEFORE_RE.split(text.strip())[-1]
    last = _DECIDED_BEFORE_RE2.split(last)[-1]
    last = _DECIDED_BEFORE_RE3.sub("", last).strip()
    return last if len(last.split()) >= 3 and _DECIDED_BEFORE_RE4.match(last) else ""


def _decisions(entries: list[_E], seg: _Seg, items) -> list[tuple[str, str, str, str, int]]:
    """(item number, decision, proposer as printed, seconder as printed, entry index)."""
    return _Scan(entries, seg, items).run()


_WORD = re.compile(r"[a-z0-9]+")


def _resolved_as_moved(motion: str, ents: list[_E], j: int, item_starts: set) -> bool:
    """The resolution within the next two lines of the same item words the motion ``motion`` (at least 70% of
    the words of the two, as sets, shared)."""
    mw = set(_WORD.findall(motion.lower()))
    for x in ents[j:j + 2]:
        if x.idx in item_starts or x.cells is not None:
            return False
        lab = _RESOLVED_LABEL.match(_unnumbered(x.text))
        if lab and lab.group("rest").strip():
            rw = set(_WORD.findall(lab.group("rest").lower()))
            return bool(mw and rw) and len(mw & rw) >= 0.7 * len(mw | rw)
    return False


#: at most this many lines of a motion moved over lines of its own before its resolution (Slough: three
#: paragraphs and the vote)
_MOTION_LINES = 6


def _moved_as_resolved(head: str, ents: list[_E], j: int, item_starts: set) -> bool:
    """A motion moved over lines of its own ("It was moved by Councillor A," / "Seconded by Councillor B," /
    ``head`` and the lines from ``j``) resolved as moved: a "Resolved" label within a few lines of the same
    item, no other motion moved before it, worded as the motion (at least 70% of the words of the two, as
    sets, shared; a sentence about the vote is neither's).  ("It was moved by Councillor Stokes, / Seconded by
    Councillor Haines, / "That the Minutes ... do not comprise an accurate record" / a vote / "Resolved - That
    the Minutes ... be approved as a correct record": Slough BC, 2011 -- the movers' motion lost, never the
    resolution's.)"""
    if not _resolution_follows(ents, j, item_starts, within=_MOTION_LINES):
        return False
    motion = [head] if head.strip() else []
    r = j
    while not _RESOLVED_LABEL.match(_unnumbered(ents[r].text)):
        if "vote" not in ents[r].text.lower():
            motion.append(ents[r].text)
        r += 1
    lab = _RESOLVED_LABEL.match(_unnumbered(ents[r].text))
    said = [lab.group("rest")] + [x.text for x in ents[r + 1:r + len(motion)] if x.cells is None]
    mw = set(_WORD.findall(" ".join(motion).lower()))
    rw = set(_WORD.findall(" ".join(said).lower()))
    return bool(mw and rw) and len(mw & rw) >= 0.7 * len(mw | rw)


def _resolution_follows(ents: list[_E], j: int, item_starts: set, bare: bool = False, within: int = 2) -> bool:
    """A "RESOLVED" / "Decision" label within the next two lines (``within``) of the same item, no other
    motion moved before it (``bare``: a label alone on its line, "RESOLVED:", never "It was agreed that ..."
    about another matter)."""
    for x in ents[j:j + within]:
        if x.idx in item_starts or x.cells is not None:
            return False
        if within > 2 and (_PROPOSED_LINE.match(x.text) or _MOVED_ALONE.match(x.text) or _SECONDED_LINE.match(x.text)
                           or _proposer_sentence(x.text) or _proposal(x.text)):
            return False
        lab = _RESOLVED_LABEL.match(_unnumbered(x.text))
        if lab and not (bare and (lab.group("rest").strip() or len(x.text) > 40)):
            return True
    return False
