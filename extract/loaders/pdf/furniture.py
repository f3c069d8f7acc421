"""Page furniture: running headers, footers and page numbers."""
from __future__ import annotations

import re

from .page import _PageData
from .text import Item, _segments


_PAGE_NUM = re.compile(r"^(?:-\s*)?(?:page\s+|pg\.?\s*|p\.\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$",
                       re.I)


_BLANK_PAGE = re.compile(r"^this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?$",
                         re.I)


_NORM_HF_RE = re.compile(r"\d+")


def _norm_hf(text: str) -> str:
    return _NORM_HF_RE.sub("#", text.lower()).strip()


_NUMBERS_FOLLOW_PAGES_RE = re.compile(r"\bpage\b|\bp\.|\d\s*(?:of|/)\s*\d", re.I)


def _numbers_follow_pages(occ: list) -> bool:
    """True when a number in the varying text goes up with the page (a printed page number)."""
    if not all(_NUMBERS_FOLLOW_PAGES_RE.search(o[3]) for o in occ):
        return False
    nums = [(o[0], [int(n) for n in _NORM_HF_RE.findall(o[3])]) for o in occ]
    width = min(len(n) for _, n in nums)
    for j in range(width):
        offsets = {n[j] - k for k, n in nums}
        if len(offsets) == 1:
            return True
    return False


def _in_number_column(it: Item, items: list) -> bool:
    """A number with another number right above or below it, overlapping it across, is a
    value in a column of a table (the first rows of a table at the top of a page), not a
    page number."""
    h = max(it.bottom - it.top, 1.0)
    for o in items:
        if o is it or not o.text[:1].isdigit() or not _PAGE_NUM.match(o.text.strip()):
            continue
        if min(o.x1, it.x1) > max(o.x0, it.x0) and 0 < abs(o.top - it.top) <= 2.5 * h:
            return True
    return False


def _header_footer_filter(pages: list[_PageData]) -> tuple[dict[int, set], dict[int, list]]:
    """ids of items (per page index) that are running headers/footers or page numbers,
    and the items (segments) of every page."""
    drop: dict[int, set] = {}
    recurring: dict[int, set] = {}
    occurrences: dict[str, list[tuple[int, float, int]]] = {}
    text_pages = [k for k, pd in enumerate(pages) if pd.words]
    n_text = len(text_pages)
    page_items: dict[int, list[Item]] = {}
    for k in text_pages:
        pd = pages[k]
        items = _segments(pd.words)
        page_items[k] = items
        h = pd.height or 842.0
        for it in items:
            txt = it.text.strip()
            if _BLANK_PAGE.match(txt):
                drop.setdefault(k, set()).add(id(it))
                continue
            in_margin = it.bottom <= 0.12 * h or it.top >= 0.88 * h
            if not in_margin:
                continue
            if _PAGE_NUM.match(txt):
                # a bare number in a row of several cells is a table value, not a page number
                mid = (it.top + it.bottom) / 2
                n_same = sum(1 for o in items if o is not it and o.top <= mid <= o.bottom)
                if n_same < 2 and not _in_number_column(it, items):
                    drop.setdefault(k, set()).add(id(it))
                    continue
            occurrences.setdefault(_norm_hf(txt), []).append((k, it.top, id(it), txt))
    if n_text >= 2:
        need = max(2, int(0.5 * n_text + 0.5)) if n_text >= 3 else 2
        for key, occ in occurrences.items():
            if len({o[0] for o in occ}) < need:
                continue
            if len({o[3] for o in occ}) > 1 and not _numbers_follow_pages(occ):
                continue  # "Section 1", "Section 2": headings, not a running header
            # the most common height (within 3 pt), per page size: a landscape page has its
            # running header at another height than the portrait pages around it
            size_of = {k: (round(pages[k].width), round(pages[k].height)) for k in text_pages}
            for size in set(size_of.values()):
                group = [o for o in occ if size_of[o[0]] == size]
                n_group = sum(1 for k in text_pages if size_of[k] == size)
                need_g = need if size_of and n_group == n_text else \
                    max(1 if n_group == 1 else 2, int(0.5 * n_group + 0.5))
                best, best_pages = None, set()
                for t in sorted(o[1] for o in group):
                    pg = {o[0] for o in group if abs(o[1] - t) <= 3}
                    if len(pg) > len(best_pages):
                        best, best_pages = t, pg
                if best is not None and len(best_pages) >= need_g:
                    for k, tt, iid, _ in group:
                        if abs(tt - best) <= 3:
                            recurring.setdefault(k, set()).add(iid)
    for k, ids in recurring.items():
        drop.setdefault(k, set()).update(ids - _table_header_line_ids(page_items[k], ids))
    return drop, page_items


def _table_header_line_ids(items: list, ids: set) -> set:
    """Ids of recurring items on a line of three segments or more of which another segment
    does not recur: a table's header repeated in the top margin of each page with a column
    that changes ("County" / "District", "Date/Period" on one page only), not a running header
    (whose segments recur together); its recurring columns are kept with it."""
    keep: set = set()
    for it in items:
        if id(it) not in ids or id(it) in keep:
            continue
        mid = (it.top + it.bottom) / 2
        line = [o for o in items if o.top <= mid <= o.bottom]
        if len(line) >= 3 and any(id(o) not in ids and not _PAGE_NUM.match(o.text.strip()) for o in line):
            keep.update(id(o) for o in line if id(o) in ids)
    return keep
