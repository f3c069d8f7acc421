"""Votes: counts printed with a decision and recorded votes with named lists.

Counts: "7 agreed, 1 abstained", "4 agreed and 4 abstained", "carried by 5 votes to 2",
"3 against", "For: 6, Against: 2, Abstentions: 1".  "All in favour" / "unanimously" give no
count (the number present is not printed with them).

Recorded votes (a county council's printed minutes): headings "For (57)" / "Against (0)" /
"Abstain (2)", each followed by the names of the members who so voted, separated by commas
("Mr Baker, Mr Baldock, ... Sir Paul Carter, CBE, ..."; a post-nominal after a comma belongs to
the name before it).  A block of recorded votes belongs to the next decision of the same item,
else to the last one before it; a decision takes one block.  A block followed by another block
before that decision (a vote on an amendment) is a decision of its own when the sentence before it
puts an amendment to the vote and its outcome follows its lists ("Amendment lost."), else not kept.
"""
from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Optional

from ...loaders.common import STOP_WORDS
from ...vocab.literals import alternation
from .decisions import _AMENDMENT, _decisions, _person_text, _proposer_sentence
from .entries import _E, _Seg
from .items import _item_at
from .names import is_postnominal, singular_title
from .patterns import _ITEM, _strip_hon

_N = r"(\d{1,3})"
_FOR = re.compile(rf"\b{_N}\s+(?:(?:members?|councillors?|votes?)\s+)?(?:agreed|in\s+favour|for|voted\s+for|votes?\s+for)\b"
                  rf"|\bfor\s*[:(]\s*{_N}\b|\bcarried\s+by\s+{_N}\s+votes?\s+to\s+\d", re.I)
_AGAINST = re.compile(rf"\b{_N}\s+(?:(?:members?|councillors?|votes?)\s+)?(?:against|opposed|disagreed|voted\s+against)\b"
                      rf"|\bagainst\s*[:(]\s*{_N}\b|\bcarried\s+by\s+\d{{1,3}}\s+votes?\s+to\s+{_N}\b", re.I)
_ABSTAIN = re.compile(rf"\b{_N}\s+(?:(?:members?|councillors?)\s+)?(?:abstain(?:ed|ing|ers?)?|abstentions?)\b"
                      rf"|\b(?:abstain(?:ed|ing|ers?)?|abstentions?)\s*[:(]\s*{_N}\b", re.I)


def _first(rx: re.Pattern, text: str) -> Optional[int]:
    m = rx.search(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g is not None))


def vote_counts(text: str) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(for, against, abstain) counted in ``text``; None where not printed."""
    if not text:
        return None, None, None
    t = re.sub(r"(?<=[,;])(?=\d)", " ", text)  # "Seconded Cllr Gail Reeve,4 agreed"
    return _first(_FOR, t), _first(_AGAINST, t), _first(_ABSTAIN, t)


_HEAD = re.compile(r"^(?P<k>For|FOR|Against|AGAINST|Abstain(?:ed|ing|ions?)?|ABSTAIN(?:ED|ING|IONS?)?)\s*"
                   r"(?:\(\s*(?P<n>\d{1,3})\s*\)|:\s*(?P<n2>\d{1,3})|-\s*(?P<n3>\d{1,3}))\s*:?\s*(?P<rest>.*)$")
_END = re.compile(r"^(?:(?:the\s+)?(?:substantive\s+)?(?:motion|amendment|recommendations?)\s+(?:was\s+)?(?:carried|lost|"
                  r"agreed|fell|defeated)|resolved|agreed|\(\d{1,2}\)\s*$|\(\d{1,2}\)\s+[A-Z])", re.I)


def _kind(word: str) -> str:
    w = word.lower()
    return "for" if w == "for" else "against" if w == "against" else "abstain"


#: a member's title glued to the surname ("MrRidgers", "MrsBell")
_GLUED_TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Cllr)(?=[A-Z][a-z])")


#: what separates the names of a vote's list; a name of one to five capitalised words
_NAME_SEP = re.compile(r"[,;]|\band\b")
_NAME_WORDS = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$")


def _names(text: str) -> list[tuple[str, str]]:
    """(title, name) of each member listed; the title keeps "Mr Meade" and "Ms Meade" apart."""
    out: list[tuple[str, str]] = []
    for chunk in _NAME_SEP.split(text):
        c = _GLUED_TITLE.sub(r"\1 ", chunk.strip(" ."))   # ("MrRidgers": a space lost in the text layer)
        if not c:
            continue
        if is_postnominal(c) and out:
            continue  # "Sir Paul Carter, CBE"
        title, nm = _strip_hon(c)
        if nm and _NAME_WORDS.match(nm):
            out.append((title, nm))
    return out


# a named vote in prose: "Members voting for the motion:" / names / "Total: 42" / "Members voting against the
# motion = 0" / "Members abstaining = 0" (Tonbridge and Malling); "For the Motion – The Mayor, Councillors
# Cossins, ... and Snedker (19)" / "Against the Motion – Councillors Allen, ... (25)" (Darlington)
# "There voted for the Minutes being a correct record:" / "Councillors Anderson, ..., Walsh ........ 24" / "There
# voted against ...:" / "There abstained from voting:" / "Councillor Long ........ 1" (Slough BC)
_PROSE_HEAD = re.compile(
    r"^(?:members\s+voting\s+(?P<k>for|against)|(?P<k2>for|against)|members\s+(?P<k3>abstaining))"
    r"(?(k3)|\s+the\s+(?:substantive\s+)?(?:motion|amendment|recommendations?))\s*(?:[:=–-]\s*(?P<rest>.*))?$"
    r"|^there\s+(?:voted\s+(?P<k4>for|against)\b[^:]{0,80}|(?P<k5>abstained)(?:\s+from\s+voting)?)\s*:\s*(?P<rest2>.*)$",
    re.I)
_RUN_IN_HEAD = re.compile(r"\s+(?=(?:For|Against)\s+the\s+(?:Substantive\s+)?Motion\s+[–-]\s+[A-Z])")  # ("Motion": looked for first)
_TOTAL = re.compile(r"^(?:total|number)\s*[:=]\s*(?P<n>\d{1,3})\.?$", re.I)
_COUNT_AT_END = re.compile(r"\s*(?:\((?P<n>\d{1,3})\)|\bTotal\s*[:=]\s*(?P<n2>\d{1,3})|\.{3,}\s*(?P<n3>\d{1,3}))\.?$")
# ("... Williams Total: 42"; "... Walsh ........ 24": a count after dot leaders)
# a post named in a vote for its holder ("The Mayor, Councillors Cossins, ..."): counted, never a name
_POST_VOTING = re.compile(r"^the\s+(?:deputy\s+)?(?:mayor|chair(?:man)?|leader)$", re.I)


def _prose_block(entries: list[_E], k: int, end: int) -> Optional[tuple[dict, int]]:
    """A block of named votes in prose from entry ``k``: ({kind: (count, [names])}, the entry after it)."""
    block: dict = {}
    while k < end:
        m = _PROSE_HEAD.match(entries[k].text) if entries[k].cells is None else None
        if not m:
            break
        kind = _kind(m.group("k") or m.group("k2") or m.group("k4") or "abstain")
        rest = (m.group("rest") or m.group("rest2") or "").strip()
        k += 1
        if re.fullmatch(r"\d{1,3}\.?", rest):
            block[kind] = (int(rest.rstrip(".")), [])
            continue
        texts = [rest] if rest else []
        while not texts and k < end and entries[k].cells is None and not _PROSE_HEAD.match(entries[k].text):
            texts.append(entries[k].text)  # the names on the lines under the label
            k += 1
        n = None
        if k < end and entries[k].cells is None and (t := _TOTAL.match(entries[k].text)):
            n, k = int(t.group("n")), k + 1
        text = " ".join(texts)
        c = _COUNT_AT_END.search(text)
        if c:
            n, text = int(c.group("n") or c.group("n2") or c.group("n3")), text[:c.start()]
        if n is None:
            return None  # (no count printed: nothing to check the names against)
        chunks = [x.strip(" .") for x in re.split(r"[,;]|\band\b", text) if x.strip(" .")]
        kept = [x for x in chunks if not _POST_VOTING.match(x)]
        names = _singular_titles(_names(", ".join(kept)))
        posts = len(chunks) - len(kept)
        block[kind] = (n, names if len(names) + posts == n else [])
    return block, k


def _singular_titles(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Councillors Allen, Bartch, ...": each member's own title, the plural's singular carried on to
    the untitled names after it ("Cllrs Mrs Anderson" is "Cllr Mrs")."""
    out, carry = [], ""
    for title, nm in names:
        words = title.split()
        one = singular_title(words[0]) if words else None
        if one:
            carry = one
            title = " ".join([carry] + words[1:])
        if carry and title and not title.startswith(carry):
            title = f"{carry} {title}"  # ("Cllrs Mrs Anderson, Bell, ..., Mrs Oakley": "Cllr Mrs Oakley")
        out.append((title or carry, nm))
    return out


def recorded_votes(entries: list[_E], seg: _Seg) -> list[tuple[int, dict]]:
    """(entry index of the block, {"for": (count, [names]), "against": ..., "abstain": ...})."""
    out = []
    k = seg.start
    while k < seg.end:
        e = entries[k]
        m = _HEAD.match(e.text) if e.cells is None else None
        if not m:
            pb = None
            if e.cells is None and _PROSE_HEAD.match(e.text):
                pb = _prose_block(entries, k, seg.end)
            elif e.cells is None and "Motion" in e.text and len(split := _RUN_IN_HEAD.split(e.text)) >= 3:
                # "... there appeared:- For the Motion – ... (19) Against the Motion – ... (25)": a loader
                # ran the lists into the sentence before them; each list read from its own part
                parts = [SimpleNamespace(text=x.strip(), cells=None) for x in split[1:]]
                pb = _prose_block(parts, 0, len(parts))
                pb = (pb[0], k + 1) if pb else None
            if pb and "for" in pb[0] and ("against" in pb[0] or "abstain" in pb[0]):
                out.append((e.idx, pb[0]))
            k = pb[1] if pb and pb[1] > k else k + 1
            continue
        block: dict = {}
        start = e.idx
        while k < seg.end:
            e = entries[k]
            m = _HEAD.match(e.text) if e.cells is None else None
            if not m:
                break
            kind = _kind(m.group("k"))
            n = int(m.group("n") or m.group("n2") or m.group("n3"))
            texts = [m.group("rest")] if m.group("rest") else []
            k += 1
            while k < seg.end and entries[k].cells is None and not _HEAD.match(entries[k].text) \
                    and not _END.match(entries[k].text) and not _ITEM.match(entries[k].text):
                texts.append(entries[k].text)
                k += 1
            names = _names(" ".join(texts))
            block[kind] = (n, names if len(names) == n else [])
        if "for" in block and ("against" in block or "abstain" in block) and _each_votes_once(block):
            out.append((start, block))
    return out


#: the outcome printed after the lists of a recorded vote on an amendment ("Amendment lost.")
_AMENDMENT_OUTCOME = re.compile(r"^(?:the\s+)?amendment\s+(?:was\s+)?(?:carried|lost|agreed|fell|defeated)\b", re.I)


def _amendment_decision(entries: list[_E], seg: _Seg, decs: list, b: int, ino) -> Optional[int]:
    """A recorded vote on an amendment, kept as a decision of its own: the lists at entry ``b`` followed
    by the amendment's outcome ("Amendment lost."), the sentence before the lists putting an amendment
    to the vote ("... the Chairman put the amendment set out in paragraph 17 to the vote ..."); the
    decision is that sentence and the outcome (its index in ``decs``, or None: no such outcome or
    sentence, or the same text already a decision of the item)."""
    k = b
    while k < seg.end and entries[k].cells is None and not _AMENDMENT_OUTCOME.match(entries[k].text) \
            and (k == b or not _ITEM.match(entries[k].text)) and k - b <= 12:
        k += 1
    if k >= seg.end or entries[k].cells is not None or not _AMENDMENT_OUTCOME.match(entries[k].text):
        return None
    if b - 1 < seg.start or entries[b - 1].cells is not None or not _AMENDMENT.search(entries[b - 1].text):
        return None
    text = f"{entries[b - 1].text.strip()} {entries[k].text.strip()}"
    if any(d[0] == ino and d[1] == text for d in decs):
        return None
    prop, sec = _amendment_mover(entries, seg, b - 1)
    decs.append([ino, text, prop, sec, None, None, None, b])
    return len(decs) - 1


def _amendment_mover(entries: list[_E], seg: _Seg, k: int) -> tuple[Optional[str], Optional[str]]:
    """Proposer and seconder of the amendment put to the vote at entry ``k``: the nearest sentence
    before it moving an amendment ("17) Mr Hood proposed and Mr Baldock seconded the following
    amendment ..."), not past an earlier vote's lists or a minute's heading (at most 20 entries)."""
    for j in range(k - 1, max(seg.start, k - 21) - 1, -1):
        e = entries[j]
        if e.cells is not None:
            continue
        if _HEAD.match(e.text) or _ITEM.match(e.text):
            break
        if _AMENDMENT.search(e.text):
            ps = _proposer_sentence(e.text)
            if ps:
                return _person_text(ps[0]), _person_text(ps[1])
    return None, None


def _each_votes_once(block: dict) -> bool:
    """No member is named in two of a recorded vote's lists (a block that does so ran two votes
    together: a heading of one was lost in the text)."""
    names = [nm for _n, names in block.values() for nm in names]
    return len(names) == len(set(names))


_GLUED_LABEL = re.compile(r"^(?:RESOLVED|AGREED)(?=[a-z])")


def _norm_decision(text: str) -> str:
    t = re.sub(r"^\W*(?:resolved|agreed|decision(?:\s+made)?)\b\W*", "", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", t))


def _same_decision(na: str, nb: str) -> bool:
    """The same decision printed twice (``na``, ``nb``: the texts by :func:`_norm_decision`): the same
    words, or one cut short of the other (30 characters at least)."""
    return na == nb or (min(len(na), len(nb)) >= 30 and (na.startswith(nb) or nb.startswith(na)))


# the words no sentence ends with (loaders.common.STOP_WORDS), longest first
_CANNOT_END = alternation(STOP_WORDS)


def _before_next_item(text: str, item_no) -> str:
    """A decision a loader ran on into the next minute ("... be approved and" / "576. a) Planning applications"
    under minute 575: a line ending in a word no sentence ends with is joined to the next) ends before that
    minute's number (the item's number plus one, then a title), the dangling word dropped. (Not the text loader's
    join: it knows no item's number, so cannot tell the next minute from a year or a count opening a line, and the
    word left dangling would stay in the decision.)"""
    if not (item_no and str(item_no).isdigit()):
        return text
    want = str(int(item_no) + 1)
    for m in _NUMBER_AFTER_DANGLING.finditer(text):   # (each place one starts, in order: the first that is it)
        if m.group(1) == want:
            return text[:m.start()]
    return text


#: where a minute's number follows a word no sentence ends with, the number read: one pattern for
#: every minute (the number a place holds is the digits after its word: one place, one number)
_NUMBER_AFTER_DANGLING = re.compile(rf"(?=\s+(?:{_CANNOT_END})\s+(\d+)\.\s+(?:\(?[a-z]\)\s+)?[A-Z])")


#: the sentence before a resolution putting it to the vote, its count printed ("The recommendations were put to the
#: vote and carried with 30 votes for and 3 abstentions.", "The motion was put to the vote and carried by 8 votes to 2.")
_VOTE_BEFORE = re.compile(r"^(?:the\s+)?(?:substantive\s+)?(?:motion|recommendations?|proposals?)\s+(?:was|were)\s+put\s+"
                          r"to\s+(?:the\s+)?(?:vote|meeting)\s+and\s+(?:was\s+|were\s+)?carried\b", re.I)


#: at most this many entries from a motion to the vote taken on it (the sentence putting it to the vote, the lists)
_MOTION_TO_VOTE = 4


def decisions_with_votes(entries: list[_E], seg: _Seg, items) -> tuple[list[tuple], list[tuple]]:
    """The segment's decisions, each (item, text, proposer, seconder, for, against, abstain),
    and its recorded votes (item, decision index, title, name, vote)."""
    decs: list[list] = []
    norms: list[str] = []  # each decision's text by _norm_decision, made once
    for item_no, text, prop, sec, at in _decisions(entries, seg, items):
        text = _GLUED_LABEL.sub("", text)  # "RESOLVEDthat the quarterly outturns ... be noted."
        text = _before_next_item(text, item_no)
        norm = _norm_decision(text)
        k = next((k for k, d in enumerate(decs) if d[0] == item_no and _same_decision(norms[k], norm)), None)
        if k is not None:
            # a page printing the decision twice ("Decision:" and again in its "Minutes:", whole or cut
            # short): one decision, its longer text (the first of two as long), its mover from either copy
            twin = decs[k]
            if len(text) > len(twin[1]):
                twin[1], norms[k] = text, norm
            twin[2], twin[3] = twin[2] or prop, twin[3] or sec
            continue
        norms.append(norm)
        ctx = [text]
        if 0 <= at < len(entries) and entries[at].cells is None and entries[at].text not in text:
            ctx.append(entries[at].text)
        if at + 1 < seg.end and entries[at + 1].cells is None and len(entries[at + 1].text) <= 80:
            ctx.append(entries[at + 1].text)
        if at - 1 >= seg.start and entries[at - 1].cells is None and len(entries[at - 1].text) <= 200 \
                and _VOTE_BEFORE.match(entries[at - 1].text) and not _AMENDMENT.search(entries[at - 1].text):
            ctx.append(entries[at - 1].text)  # "The recommendations were put to the vote and carried with 30 votes
            # for and 3 abstentions." / "Resolved -" (Slough BC)
        decs.append([item_no, text, prop, sec, *vote_counts(" ".join(ctx)), at])
    votes = []
    blocks = recorded_votes(entries, seg)
    starts = [b for b, _ in blocks]
    taken: set = set()   # a decision takes one block: the first (the vote printed just before it)
    for b, block in blocks:
        it = _item_at(items, b)
        ino = it[1] if it else None
        same = [i for i, d in enumerate(decs) if d[0] == ino]
        after = [i for i in same if decs[i][7] > b]
        before = [i for i in same if decs[i][7] < b]
        di = None
        if after:
            # the vote just before a decision is on it; earlier ones (amendments) are not
            if not any(b < o < decs[after[0]][7] for o in starts):
                di = after[0]
        elif before:
            if not any(decs[before[-1]][7] < o < b for o in starts):
                di = before[-1]
        if di is None or di in taken:
            di = _amendment_decision(entries, seg, decs, b, ino)
            if di is None and after and before and before[-1] not in taken and b - decs[before[-1]][7] <= _MOTION_TO_VOTE \
                    and not any(decs[before[-1]][7] < o < b for o in starts):
                # a vote just after a motion put to it, before a later vote and the resolution it ends in ("...
                # Mr Rayner proposed and Mr Meade seconded that the substantive motion ... be put to the vote." /
                # "5) The Chairman put the motion in paragraph 4 to the vote ..." / For (33) ... / a second vote /
                # "6. RESOLVED that: ...": Kent CC): the motion's
                di = before[-1]
            if di is None:
                continue
        taken.add(di)
        decs[di][4] = block.get("for", (None,))[0]
        decs[di][5] = block.get("against", (None,))[0]
        decs[di][6] = block.get("abstain", (None,))[0]
        for kind, (_n, names) in block.items():
            for title, nm in names:
                votes.append((ino, di, title or None, nm, kind))
    return [tuple(d[:7]) for d in decs], votes
