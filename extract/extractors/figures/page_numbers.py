"""Page numbers of a PDF text layer saved as text: no figures.

A PDF converted to text prints each page's number alone on its line, next to the page's running
footer or header ("1" / "TM half-year report 2024-25 to County Council"), and the text loader joins
it to the lines around it into one paragraph ("Equity Kent PFI (Holdings) Ltd 1,298,620 n/a 1 TM
half-year report 2024-25 to County Council", "3 TM half-year report ...").  A source line that is a
bare whole number of 1-4 digits is a page number when the line right next to it (the previous or
the next non-blank line) is a running line: a line of words printed at least twice in the document,
with a bare number next to at least two of its prints, those numbers rising through the document
by a page or a few at each print (1, 2, 3; not tile values 12, 19).  A dashboard's one-count-a-line
tiles ("Candidate projects" / "72" / "11") have no such line and are read as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Block, Document

_BARE = re.compile(r"\d{1,4}")
#: a bare-number line anywhere in a text (the cheap test before its lines are split: most documents have
#: fewer than two and need no more)
_BARE_LINE = re.compile(r"^[^\S\n]*\d{1,4}[^\S\n]*$", re.M)
_WORD = re.compile(r"[^\W\d_]{2}")
#: how far a page number rises from one print of the running line to the next (pages without it between)
_PAGE_STEP = 3


@dataclass(frozen=True)
class PageNumbers:
    """A document's source lines (split at "\n", as its blocks' ``line`` counts them) and the 0-based
    indices of those that are page numbers (``at``); false when there are none."""
    lines: tuple[str, ...] = ()
    at: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.at)

    def __iter__(self):
        return iter(self.at)


_NONE = PageNumbers()


def _neighbours(lines, i: int) -> list[int]:
    """The nearest non-blank lines before and after line ``i``."""
    out = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j]:
            j += step
        if 0 <= j < len(lines):
            out.append(j)
    return out


def page_number_lines(doc: Document) -> PageNumbers:
    """The source lines of ``doc`` that are page numbers beside a running footer or header (see the
    module's docstring); none for a document without a text layer."""
    if not doc.raw_text or len(_BARE_LINE.findall(doc.raw_text)) < 2:
        return _NONE
    raw = tuple(doc.raw_text.split("\n"))
    lines = [s.strip() for s in raw]
    bare = [i for i, s in enumerate(lines) if _BARE.fullmatch(s)]
    if len(bare) < 2:
        return _NONE
    beside: dict[str, list[tuple[int, int]]] = {}   # running line's text -> (its line, the bare line)
    for i in bare:
        for j in _neighbours(lines, i):
            if _WORD.search(lines[j]):
                beside.setdefault(lines[j], []).append((j, i))
    out: set[int] = set()
    for text, pairs in beside.items():
        prints = {j for j, _ in pairs}
        if len(prints) < 2:
            continue
        numbers = [int(lines[i]) for _, i in sorted(pairs)]
        if all(0 < b - a <= _PAGE_STEP for a, b in zip(numbers, numbers[1:])):
            out.update(i for _, i in pairs)
    return PageNumbers(raw, frozenset(out)) if out else _NONE


def _block_lines(lines, b: Block) -> range:
    """The source lines (0-based) of a paragraph block: from its first line to the next blank one."""
    start = (b.line or 0) - 1
    if start < 0 or start >= len(lines):
        return range(0)
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return range(start, end)


def is_page_number(pages: PageNumbers, b: Block, sentence: str, start: int, end: int, raw: str) -> bool:
    """Is the figure ``raw`` at ``start:end`` of ``sentence`` (of block ``b``) one of the page-number
    lines ``pages`` joined into the block: the line is in the block's source lines, is ``raw``, and
    the words around the figure in the sentence are the last word of the line before it and the first
    of the line after it (where the block holds them)."""
    if not _BARE.fullmatch(raw) or not b.line:
        return False
    lines = pages.lines
    span = _block_lines(lines, b)
    before, after = sentence[:start].split()[-1:], sentence[end:].split()[:1]
    for k in span:
        if k not in pages.at or lines[k].strip() != raw:
            continue
        prev = lines[k - 1].split()[-1:] if k - 1 in span else []
        nxt = lines[k + 1].split()[:1] if k + 1 in span else []
        if before == prev and (after == nxt or not after):
            return True
    return False
