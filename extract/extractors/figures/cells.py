"""Table cells that are sentences of prose, read as narrative for figures.

A note set across a table between its rows (a savings table's commentary under each saving,
"Productivity has continued to improve ... (currently at 25% improvement)."), or a reason
column's sentence, is kept by the loaders as a cell of the table.  Its figures are narrative
figures: each such cell is read as a paragraph of its own, placed right after its table, in the
table's section.  Only a cell that is a whole sentence of prose is read (eight words or more,
most of them words, some of them the small words prose is made of, ending on a full stop, its
brackets closed, no run of spaces between columns in it); a numeric cell, a label, a note cut in pieces by the
table's rows, or a row's cells flattened into one cell is not."""
from __future__ import annotations

import re

from ...model import PARAGRAPH, TABLE, Block, Document
from .clean import _DIGIT, clean_block_text

#: a word of letters ("improvement", "year’s", "on-going")
_WORD = re.compile(r"[(\"“‘]?[A-Za-z][A-Za-z'’-]*[,.;:)\"”’]*$")
#: the small words prose is made of (a label or a list of names has few of them)
_SMALL = frozenset("""a an the of to in on at by for from with and or but is are was were be been being has
have had will would can could should may this that these which it its as than not""".split())
#: a sentence's end: a stop, maybe closed by a bracket or quote
_ENDS = re.compile(r"[.!?][)\"”’]?$")
#: a run of spaces a sentence never holds: the cell holds a row's cells set side by side
#: ("... now appointed.       Mar 23       95%         Road Safety."), no sentence
_STOP_SPLIT = re.compile(r"(?<=[.!?])[)\"”’]?\s+(?=[A-Z(£])")
_NUMBER_LABEL = re.compile(r"\(?\d{1,3}(?:\.\d{1,2})*[.)]")
_GAP = re.compile(r"[ \t]{3,}|\t")

MIN_WORDS = 8


def is_prose(text: str) -> bool:
    """Is a cell's text a sentence of prose stating a figure?"""
    t = text.strip()
    if not _DIGIT.search(t) or not _ENDS.search(t) or _GAP.search(t):
        return False
    if t.count("(") != t.count(")"):
        return False   # a bracket closed that it never opened ("£10m) The Council must ..."): a piece of another column
    words = t.split()
    if len(words) < MIN_WORDS:
        return False
    letters = sum(1 for w in words if _WORD.match(w))
    small = sum(1 for w in words if w.lower().strip(",.;:()") in _SMALL)
    if letters < 0.75 * len(words) or small < 3:
        return False
    # every sentence of it is one: a stop after a word or three is a heading run in ("Road Safety.
    # Drink driving offences: down. ... County Lines. Op SCORPION 6. 94 arrests."), a page's column
    # flattened into the cell (a paragraph's number, "154.", is no sentence of its own)
    pieces = [p for p in _STOP_SPLIT.split(t) if not _NUMBER_LABEL.fullmatch(p)]
    return all(len(p.split()) >= 4 for p in pieces)


#: a sign glued to the figure a cell opens with ("-£5.665m Highsted Grammar - school requesting ...")
_SIGNED = re.compile(r"\s*([-+−])(?=[£$€]?\d)")


def cell_text(text: str) -> str:
    """A prose cell's clean text: a paragraph's, but a sign glued to the figure it opens with is
    kept (a cell has no bullet glyph: that minus is the figure's)."""
    m = _SIGNED.match(text)
    return m.group(1) + clean_block_text(text[m.end():]) if m else clean_block_text(text)


_LAST: dict = {}


def reading_blocks(doc: Document) -> tuple[list[Block], frozenset]:
    """The document's blocks in reading order, each table followed by a paragraph per prose cell,
    and the ids of those paragraphs.  Made once per document (the figures' block links and their
    contexts must see the same paragraph objects)."""
    if _LAST.get("doc") is doc:
        return _LAST["blocks"], _LAST["cells"]
    out: list[Block] = []
    cells: list[Block] = []
    for b in doc.blocks:
        out.append(b)
        if b.kind == TABLE and b.rows:
            for r, row in enumerate(b.rows):
                for c in row:
                    if c.covered or c.is_header or not is_prose(c.text):
                        continue
                    page = b.row_pages[r] if r < len(b.row_pages) else b.page
                    cb = Block(PARAGRAPH, c.text, page=page, line=b.line, bbox=c.bbox, section=b.section,
                               headings=list(b.headings), topic=b.topic)
                    out.append(cb)
                    cells.append(cb)
    ids = frozenset(id(cb) for cb in cells)
    _LAST.clear()
    _LAST.update(doc=doc, blocks=out, cells=ids)   # (out holds the cells: their ids stay theirs)
    return out, ids
