"""How the narrative blocks of a document link up: the block right before
each one in its section, the lead-in a block gives the blocks under it, and
the label a dashboard tile's lone value takes from the line above it."""
from __future__ import annotations

import re
from typing import Optional

from ... import normalise as N
from ...model import BULLET, Block, Document
from ...nlp import parse
from .cells import cell_text, reading_blocks
from .clean import _DIGIT, NARRATIVE_KINDS, clean_block_text
from .context import _is_generic_heading
from .leads import _LIST_ITEM, _TILE_PERIOD, _Lead, _lead_of
from .mentions import _PERIODISH
from .metric_words import _lower_words


_TILE_LABEL_RE = re.compile(r"[.;!?]$")


class _BlockLinks:
    """The narrative blocks of a document with their clean texts, the block
    before each in the same section, and the lead-ins found (lazily)."""

    def __init__(self, doc: Document):
        blocks, cells = reading_blocks(doc)   # (a table's prose cells, each a paragraph after it)
        self.blocks: list[Block] = [b for b in blocks if b.kind in NARRATIVE_KINDS]
        # the narrative block right before each one in the same section (no heading or table between)
        self.before: dict[int, Optional[Block]] = {}
        prev_b: Optional[Block] = None
        for b in blocks:
            if id(b) in cells:
                self.before[id(b)] = None   # (a cell is no list item of, nor led in by, a cell beside it)
                prev_b = None
            elif b.kind in NARRATIVE_KINDS:
                self.before[id(b)] = prev_b if prev_b is not None and prev_b.section == b.section else None
                prev_b = b
            else:
                prev_b = None
        self.text_of: dict[int, str] = {id(b): cell_text(b.text) if id(b) in cells else clean_block_text(b.text)
                                        for b in self.blocks}
        self.sdocs: dict[int, object] = {}
        self.leads: dict[int, Optional[_Lead]] = {}
        self.passed: dict[int, _Lead] = {}       # the lead-in a block's figures took
        self.index_of: Optional[dict[int, int]] = None   # each block's place in ``blocks`` (made when first asked)

    def is_list_item(self, k: int) -> bool:
        """Is the narrative block of id ``k`` a list item ("North = 1 hr 10 min")?  (Asked only of
        the few blocks whose figures look for a lead-in.)"""
        t = self.text_of.get(k)
        return t is not None and bool(_LIST_ITEM.match(t))

    def lead_of_block(self, b: Block) -> Optional[_Lead]:
        k = id(b)
        if k not in self.leads:
            t = self.text_of.get(k)
            if t and k not in self.sdocs:
                self.sdocs[k] = parse(t)   # a block without digits was not run through the pipeline
            self.leads[k] = _lead_of(t, self.sdocs[k]) if t else None
        return self.leads[k]

    def lead_in_for(self, b: Block) -> Optional[_Lead]:
        """The parent bullet's lead-in for a nested bullet; else the block
        before's, for a bullet or list item; else the one the list item
        before took."""
        p = self.before.get(id(b))
        if b.level > 0:
            q = p
            while q is not None and q.level >= b.level:
                q = self.before.get(id(q))
            if q is not None:
                return self.lead_of_block(q)
        if p is None:
            return None
        is_item = self.is_list_item(id(b))
        if is_item or b.kind == BULLET:
            lp = self.lead_of_block(p)
            if lp is not None:
                return lp
        if is_item and self.is_list_item(id(p)) and id(p) in self.passed:
            return self.passed[id(p)]
        return None

    def tile_label(self, b: Block, text: str) -> tuple[str, str]:
        """A dashboard tile's value alone in its block ("61.6%") takes the label printed right above
        it ("Kept informed of progress (4 months)") -- the label block when the converter did not
        make it a heading (then it is the tile's section too), else its short section heading.
        Returns (metric words, section or "")."""
        qs = N.find_quantities(text)
        if len(qs) != 1 or text.strip(" .▲▼↑↓*()") != qs[0].raw.strip(" ▲▼↑↓"):
            return "", ""
        p = self.before.get(id(b))
        pt = self.text_of.get(id(p)) or clean_block_text(p.text) if p is not None else ""
        if p is not None and _TILE_PERIOD.sub("", pt).strip(" :-–"):
            label = _TILE_PERIOD.sub("", pt).strip(" :-–")
            if label and len(label.split()) <= 8 and not _DIGIT.search(label) and not _TILE_LABEL_RE.search(label) \
                    and label[:1].isalpha() and not N.find_quantities(pt):
                return _lower_words(label), pt
            return "", ""
        if p is not None and self.before.get(id(p)) is not None:
            return "", ""   # only a "(4 months)" line between the heading and the value
        heading = clean_block_text(b.topic or b.section or "")
        label = _TILE_PERIOD.sub("", heading).strip(" :-–")
        if label and len(label.split()) <= 6 and not _DIGIT.search(label) and not _is_generic_heading(label) \
                and not _PERIODISH.search(label):
            return _lower_words(label), ""
        return "", ""
