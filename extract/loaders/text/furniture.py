"""Page furniture of a text converted from PDF: found once, kept out of the blocks, recorded in the
document (``Document.furniture``) with its line, page and text.

Rule 9 (running headers and footers at the edges of form-feed pages) lives in :mod:`.parse`; it
hands the lines it drops to :func:`record`.  Rule 9b, here, needs no form feed: a PDF's text layer
saved without them prints each page's number alone on its line, next to the page's running footer
or header ("1" / "TM half-year report 2024-25 to County Council"), and without this rule the text
loader joins both to the lines around them ("Equity Kent PFI (Holdings) Ltd 1,298,620 n/a 1 TM
half-year report 2024-25 to County Council").  A line that is a bare page number ("3", "- 3 -",
"3 of 12"; at most three digits) is page furniture when the line right next to it (the previous or the next non-blank
line) is a running line: a line of words (at most 80 characters) printed at least twice in the
document, with a page number next to at least two of its prints, those numbers rising through the
document by a page or a few at each print (1, 2, 3; not tile values 12, 19).  Both the number and
the running line's prints beside the numbers are furniture; other prints of the same words (a
title on the cover) are content.  The line right before a page's furniture ends the page, and is
never a heading (:func:`page_ends`).  A dashboard's one-count-a-line tiles ("Candidate projects" /
"72" / "11") have no such line and are read as before.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import PAGE_NUMBER, RUNNING_LINE, Furniture

#: a page number alone on its line: "3", "- 3 -", "(3)", "3 of 12" ("Page 3" is a page marker: read before);
#: at most three digits (a report or an agenda pack has fewer than 1,000 pages, and a year alone on its line,
#: "2021" / "Total" / "2022" / "Total", is a cell of a table printed one cell a line, never a page number)
_NUMBER = re.compile(r"[-–(]?\s*(\d{1,3})\s*[-–)]?(?:\s+of\s+\d{1,3})?")
_NUMBER_START = frozenset("0123456789-–(")
_WORD = re.compile(r"[^\W\d_]{2}")
#: how far a page number rises from one print of the running line to the next (pages without it between)
_PAGE_STEP = 3
_RUNNING_MAX = 80


def page_numbers_beside_running_lines(lines: list) -> dict[int, str]:
    """Rule 9b: the line numbers of ``lines`` (the text's non-blank lines, in order) that are page
    numbers beside a running line, or such a running line's prints, each with its kind."""
    nums = [(k, int(m.group(1))) for k, ln in enumerate(lines)
            if ln.text[:1] in _NUMBER_START and (m := _NUMBER.fullmatch(ln.text))]
    if len(nums) < 2:
        return {}
    is_number = {k for k, _ in nums}
    beside: dict[str, list[tuple[int, int, int]]] = {}   # running line's text -> (its index, the number's, number)
    for k, n in nums:
        for j in (k - 1, k + 1):
            if 0 <= j < len(lines) and j not in is_number:
                t = " ".join(lines[j].text.split())
                if len(t) <= _RUNNING_MAX and _WORD.search(t):
                    beside.setdefault(t, []).append((j, k, n))
    out: dict[int, str] = {}
    for trip in beside.values():
        if len({j for j, _, _ in trip}) < 2:
            continue
        numbers = [n for _, _, n in sorted(trip)]
        if all(0 < b - a <= _PAGE_STEP for a, b in zip(numbers, numbers[1:])):
            for j, k, _ in trip:
                out[lines[k].no] = PAGE_NUMBER
                out[lines[j].no] = RUNNING_LINE
    return out


def page_ends(lines: list, drop: dict[int, str]) -> frozenset[int]:
    """The numbers of the lines of ``lines`` right before a run of dropped ones: the last line of a page
    whose footer (or number) is ``drop``'s.  Such a line is never a heading: a heading is printed with
    the text under it (word processors keep a heading with its next line), so the last line of a page
    is a row or a line of text ("Equity Kent PFI (Holdings) Ltd 1,298,620 n/a" / "1" / the footer)."""
    out = set()
    for prev, ln in zip(lines, lines[1:]):
        if ln.no in drop and prev.no not in drop:
            out.add(prev.no)
    return frozenset(out)


def without(lines: list, drop: dict[int, str]) -> list:
    """``lines`` without those numbered in ``drop``; the line after a dropped run counts the dropped
    lines as blank lines (as rule 9 does: a page break is no place to join a sentence)."""
    if not drop:
        return lines
    out = []
    carry = 0
    for ln in lines:
        if ln.no in drop:
            carry += ln.blank_before + 1
            continue
        if carry:
            ln.blank_before += carry
            carry = 0
        out.append(ln)
    return out


def record(doc, lines: list, kinds: dict[int, str], page_of: Optional[dict] = None) -> None:
    """Add the furniture ``kinds`` (line number -> kind) of ``lines`` to ``doc.furniture``, in line
    order, each with its page (``page_of``: a form-feed text's page of each line; None without)."""
    if not kinds:
        return
    found = [Furniture(ln.no, page_of.get(ln.no, 1) if page_of is not None else None, ln.text, kinds[ln.no])
             for ln in lines if ln.no in kinds]
    doc.furniture = sorted([*doc.furniture, *found], key=lambda f: f.line)


def record_markers(doc, markers: list[tuple[int, int]], page_of: Optional[dict] = None) -> None:
    """Add the page-marker lines ``markers`` ((line, N), ...) of the document's text ("Page 3", "Page 3 of 12": read
    by :func:`..common.paginate`, never a block) to ``doc.furniture`` as page numbers, each on its form-feed
    page (``page_of``), or on page N where the markers gave the pages (``doc.page_marked``), else on none."""
    raw = doc.source_lines()
    found = [Furniture(no, page_of.get(no, 1) if page_of is not None else (n if doc.page_marked else None),
                       raw[no - 1].replace("\f", "").strip(), PAGE_NUMBER)
             for no, n in markers if 0 < no <= len(raw)]
    doc.furniture = sorted([*doc.furniture, *found], key=lambda f: f.line)
