"""Measure tables -> ``measures`` records: one record per value cell.

Works only on the document model (``Block`` tables with rows of ``Cell``, and
paragraphs), so a PDF and its text rendering give the same records.  Every
number, unit, sign, duration and period is parsed by :mod:`extract.normalise`;
this module only decides *which* cell is a value, which column it sits in and
what that column means.

Three kinds of measure table are recognised.


Families ("flavours"), each a module with one entry point over table rows or
paragraphs: :mod:`.dashboard`, :mod:`.matrix` (also offence-by-year,
finance and RAG grids), :mod:`.boxes`, :mod:`.kpi_cards`.

Sections: the nearest heading above the table that is not a generic slide
heading ("WHAT?", "SO WHAT?", "NOW WHAT?", "Data Summary", "Overview",
"Visualisations", ...), from ``block.section`` / ``block.headings`` and then
walking back through the document's headings.

Pages: a record's page is its row's page; a PDF table continued over pages
carries ``block.row_pages`` (set by the PDF loader when it joins the parts).

Ids: ``table_id = stable_id(doc_id, page, line or bbox, header text)``;
``measure_id = stable_id(doc_id, table_id, row index, column index[, part])``.
"""

from __future__ import annotations

from ...model import Block, Document
from ...records import MeasureRecord
from .boxes import _box_table, _paragraph_boxes
from .cells import _cell, _is_blank, clean_label, split_label
from .context import _Ctx, _find_fy_quarter, _says_dash_is_zero, _section
from .dashboard import _dashboard
from .kpi_cards import kpi_cards
from .matrix import _matrix
from .shapes import _is_dash_header, _non_measure_table

__all__ = ["extract", "clean_label", "split_label"]

# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def _rows_text(block: Block) -> list[list[str]]:
    return [[_cell(c.text) for c in r] for r in block.rows]


def _table(ctx: _Ctx, block: Block, section: str, blocks: list[Block], index: int) -> list[MeasureRecord]:
    rows = _rows_text(block)
    idx = [i for i, r in enumerate(rows) if not all(_is_blank(c) for c in r)]
    if not idx:
        return []
    rows_k = [rows[i] for i in idx]
    # dashboard segments
    heads = [k for k, r in enumerate(rows_k) if _is_dash_header(r)]
    out: list[MeasureRecord] = []
    if heads:
        for hi, h in enumerate(heads):
            end = heads[hi + 1] if hi + 1 < len(heads) else len(rows_k)
            body_k = list(range(h + 1, end))
            out.extend(_dashboard(ctx, block, section, rows_k[h], [idx[k] for k in body_k], rows))
        return out
    if _non_measure_table(rows_k):
        return []
    box = _box_table(ctx, block, section, rows_k, idx)
    if box:
        return box
    return _matrix(ctx, block, section, rows_k, idx, blocks, index)


def extract(doc: Document) -> list[MeasureRecord]:
    """One MeasureRecord per value cell of every measure table in ``doc``."""
    lines = doc.source_lines()   # (numbered as the blocks' ``line``: a form feed is no line break)
    ctx = _Ctx(doc=doc, doc_id=doc.doc_id, lines=lines)
    ctx.fy_quarter = _find_fy_quarter(doc)
    ctx.dash_is_zero = _says_dash_is_zero(doc)
    blocks = doc.blocks
    sections: list[str] = []
    by_topic: dict[str, str] = {}  # blocks under one heading share it: cleaned once
    for k, b in enumerate(blocks):
        key = b.topic or b.section or ""
        if key not in by_topic:
            by_topic[key] = _section(ctx, b, k)
        sections.append(by_topic[key])
    out: list[MeasureRecord] = []
    for k, b in enumerate(blocks):
        if b.kind == "table" and b.rows:
            out.extend(_table(ctx, b, sections[k], blocks, k))
    out.extend(_paragraph_boxes(ctx, blocks, sections))
    out.extend(kpi_cards(ctx, blocks, sections))
    return out
