"""Agenda items: numbered lines whose numbers go up, with page ranges and purposes."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING, PARAGRAPH
from .entries import _E, _Seg, _is_label
from .patterns import _DATED_LINE, _ITEM, _PAGES, _PURPOSE_START

def _item_no(m: re.Match) -> int:
    return int(m.group("n") or m.group("n2"))


def _items(entries: list[_E], seg: _Seg) -> list[tuple[int, str, str, Optional[int], Optional[int], Optional[str]]]:
    """(entry index, number, title, page_start, page_end, purpose) of each item.

    Items are numbered lines whose numbers go up by one.  A heading starts the
    sequence on its own; a numbered paragraph does when the next numbered line
    continues it.  A purpose a converter joined to its title ("(Pages 1 - 8) To
    approve ...") is cut off."""
    cands = []
    for e in entries[seg.start:seg.end]:
        if e.cells is not None or e.kind == BULLET:
            continue
        m = _ITEM.match(e.text)
        if not m:
            continue
        title = m.group("title").strip()
        purpose = None
        pages = _PAGES.search(title)
        if pages and title[pages.end():].strip():
            after = title[pages.end():].strip()
            if re.match(r"^[A-Z][a-z]+\s+\w+", after):
                purpose, title = after, title[:pages.end()].strip()
        elif seg.kind == "agenda":
            cut = _PURPOSE_START.search(title)
            if cut and cut.start() >= 3:
                purpose, title = title[cut.end():].strip(), title[:cut.start()].strip()
        if e.kind != HEADING and (len(title) > 120 or re.search(r"[.;:,]$", title)):
            continue
        cands.append((e, m, _item_no(m), title, purpose))
    found = []
    expect = None
    for c_i, (e, m, n, title, purpose) in enumerate(cands):
        if expect is not None:
            if n != expect:
                continue
        elif e.kind != HEADING:
            # a paragraph starts the sequence only when the next numbered line continues it
            if not any(c[2] == n + 1 for c in cands[c_i + 1:c_i + 3]):
                continue
        pages = _PAGES.search(title)
        ps = pe = None
        if pages:
            ps = int(pages.group("a"))
            pe = int(pages.group("b") or pages.group("a"))
            title = (title[:pages.start()] + title[pages.end():]).strip()
        title = title.strip(" -–:")
        num = m.group("num")
        found.append((e.idx, num, title, ps, pe, purpose))
        expect = n + 1
    out = []
    for k, (idx, n, title, ps, pe, purpose) in enumerate(found):
        if seg.kind == "agenda" and purpose is None:
            nxt = entries[idx + 1] if idx + 1 < len(entries) else None
            if nxt is not None and nxt.kind == PARAGRAPH and nxt.cells is None \
                    and (k + 1 >= len(found) or nxt.idx < found[k + 1][0]) \
                    and not _is_label(nxt.text) and not _DATED_LINE.match(nxt.text):
                purpose = nxt.text
        elif seg.kind != "agenda":
            purpose = None
        out.append((idx, n, title, ps, pe, purpose))
    return out


def _item_at(items, idx: int) -> Optional[tuple]:
    cur = None
    for it in items:
        if it[0] <= idx:
            cur = it
        else:
            break
    return cur
