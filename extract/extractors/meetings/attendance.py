"""Attendance: membership, present, also present and apologies lists, tables and sentences."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING
from .entries import _E, _Seg
from .names import _Person, _add_note, _dedupe, _parse_also_present, _parse_list, _HON_SEQ
from .patterns import _ITEM, _LABELS, _PAGES
from .text import _compact

# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

_APOLOGIES_SENT = re.compile(
    r"\bapologies\b(?:\s+for\s+(?:absence|non-attendance))?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|tendered|given|made|noted)\s+(?:on\s+behalf\s+of|from|by)\b:?\s*(?P<rest>.*)$"
    r"|^apologies\s+(?:were\s+)?(?:received\s+)?from\b:?\s*(?P<rest2>.*)$", re.I)


_ATT_HEADS = {
    "present": "present", "memberspresent": "present", "panelmemberspresent": "present",
    "councillorspresent": "present", "membersinattendance": "present", "attendees": "present",
    "officerspresent": "also_present", "officersinattendance": "also_present", "officers": "also_present",
    "alsopresent": "also_present", "inattendance": "also_present", "alsoinattendance": "also_present",
    "alsoattended": "also_present", "othersinattendance": "also_present", "officersattending": "also_present",
    "apologies": "apologies", "apologiesforabsence": "apologies", "apologiesreceived": "apologies",
    "apologiesfrom": "apologies",
    "substitutes": "substitute", "substitute": "substitute", "substitutemembers": "substitute",
    "membership": "member", "panelmembership": "member", "panelmembers": "member",
    "independentmembers": "independent", "coopted members": "independent", "coopteds": "independent",
    "coopteindependentmembers": "independent", "cooptedindependentmembers": "independent",
    "cooptedmembers": "independent", "independentcooptedmembers": "independent",
}


def _att_header(cells: list[str]) -> Optional[list[Optional[str]]]:
    """The status of each column of an attendance table's header row ("Members present |
    Officers present"), None when the row is not one."""
    heads = [(_ATT_HEADS.get(_compact(c.rstrip(":"))) if c else None) for c in cells]
    if not any(heads) or any(c and h is None for c, h in zip(cells, heads)):
        return None
    return heads


def _table_lists(ents: list[_E], seg: _Seg) -> list[tuple[str, str, int]]:
    """(status, text, entry index) of each column of attendance tables: a header row of list
    labels, then one person (or a list of people) per cell below it."""
    out = []
    k = 0
    while k < len(ents):
        e = ents[k]
        heads = _att_header(e.cells) if e.cells is not None else None
        if not heads:
            k += 1
            continue
        cols: dict[int, list[str]] = {i: [] for i, h in enumerate(heads) if h}
        j = k + 1
        while j < len(ents) and ents[j].cells is not None and ents[j].block is e.block \
                and not _att_header(ents[j].cells):
            for i in cols:
                if i < len(ents[j].cells) and ents[j].cells[i]:
                    cols[i].append(ents[j].cells[i])
            j += 1
        for i, texts in cols.items():
            if texts:
                out.append((heads[i], "\n".join(texts), k))
        k = j
    return out


def _attendance_lists(entries: list[_E], seg: _Seg, items, known: set):
    """[(status, [Person])] of the segment."""
    out = []
    ents = entries[seg.start:seg.end]
    for status, txt, _k in _table_lists(ents, seg):
        note = ""
        if status == "independent":
            status, note = ("present" if seg.kind == "minutes" else "member"), "independent member"
        if status in ("present", "also_present", "apologies") and seg.kind != "minutes":
            continue
        people = _parse_also_present(txt, known) if status == "also_present" else _parse_list(txt, known)
        for p in people:
            if note:
                p.note = _add_note(p.note, note)
        out.append((status, people))
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        for rx, status in _LABELS:
            m = rx.match(e.text)
            if not m:
                continue
            note = ""
            if status == "independent":
                status, note = ("present" if seg.kind == "minutes" else "member"), "independent member"
            if status == "apologies" and seg.kind != "minutes":
                break
            if status in ("present", "also_present") and seg.kind not in ("minutes",):
                break
            rest = (m.groupdict().get("rest") or m.groupdict().get("rest2") or "").strip()
            texts = [rest] if rest else []
            if not rest:
                for f in ents[k + 1:]:
                    if f.cells is not None or any(r.match(f.text) for r, _ in _LABELS) \
                            or (f.kind == HEADING and not _HON_SEQ.search(f.text)):
                        break
                    if _ITEM.match(f.text) or _PAGES.search(f.text):
                        break
                    # a list of councillors does not run on into a line without any honorific
                    if texts and _HON_SEQ.search(texts[0]) and not _HON_SEQ.search(f.text) \
                            and not re.search(r"(?:,|\band)\s*$", texts[-1]) \
                            and not re.match(r"^(?:and\b|[a-z,])", f.text):
                        break
                    texts.append(f.text)
            txt = "\n".join(texts)
            if not txt:
                break
            people = (_parse_also_present(txt, known) if status == "also_present"
                      else _parse_list(txt, known))
            for p in people:
                if note:
                    p.note = _add_note(p.note, note)
            out.append((status, people))
            break
    # apologies in the minutes: "Apologies for absence were received from ...", anywhere, and the
    # bullets / lines under an "Apologies" item
    if seg.kind == "minutes":
        names: list[_Person] = []
        apol_items = []
        for n_i, it in enumerate(items):
            if re.search(r"\bapolog", it[2], re.I):
                apol_items.append((it[0], items[n_i + 1][0] if n_i + 1 < len(items) else seg.end))
        for e in ents:
            if e.cells is not None:
                continue
            in_item = any(a < e.idx < b for a, b in apol_items)
            if e.kind == BULLET and in_item:
                names.extend(_parse_list(e.text, known))
                continue
            m = _APOLOGIES_SENT.search(e.text)
            rest = (m.group("rest") or m.group("rest2") or "") if m else ""
            if rest.strip():
                rest = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", rest)[0]
                rest = re.split(r"\s*\((?:substitute|sub)\b|\s+(?:who\s+was|with|;)\s", rest, flags=re.I)[0]
                names.extend(_parse_list(re.sub(r"[.]$", "", rest), known))
        if names:
            out.append(("apologies", _dedupe(names)))
    return out
