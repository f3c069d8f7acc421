"""Every table of a document, cell by cell: the ``tables`` and ``table_cells`` outputs.

For each table block of the model: one :class:`TableRecord` (where it is, its size,
how it was found, the heading it stands under) and one :class:`TableCellRecord` per
cell position that is not covered by a spanning cell (a spanning cell once, at its
top-left position, with its spans).  Empty cells are written too, so a researcher
can rebuild the grid.  ``table_id`` is :meth:`Block.table_id` (the derivation the
measures extractor uses for its ``table_id``).  A table continued over pages is one
table (the PDF loader joins it); each cell carries the page its row was printed on.
Positions are PDF points with ``top`` from the top of the page (pdfplumber's frame);
text, Markdown and HTML tables have none.  When a loader did not say how a table was
found, the document format does (text, markdown, html); when it did not mark header
rows, :func:`extract.loaders.table_cells.mark_header_rows` does.
"""
from __future__ import annotations

from typing import Optional

from ..loaders.table_cells import mark_header_rows
from ..model import Block, Document, stable_id
from ..records import TABLE_METHODS, TableCellRecord, TableRecord

_FORMAT_METHOD = {"text": "text", "markdown": "markdown", "html": "html"}


def _box(bbox) -> tuple[Optional[float], ...]:
    if not bbox:
        return (None, None, None, None)
    return tuple([round(float(v), 2) for v in bbox])


def _table(doc: Document, b: Block, table_id: str) -> TableRecord:
    method = b.table_method or _FORMAT_METHOD.get(doc.format, "")
    pages = [p for p in (b.row_pages or [b.page]) if p is not None]
    x0, top, x1, bottom = _box(b.bbox)
    return TableRecord(
        table_id=table_id, doc_id=doc.doc_id,
        page_start=min(pages) if pages else None, page_end=max(pages) if pages else None,
        x0=x0, top=top, x1=x1, bottom=bottom,
        n_rows=len(b.rows), n_cols=b.n_cols,
        method=method if method in TABLE_METHODS else None,
        title=(b.headings[-1] if b.headings else b.section) or None)


def _cells(doc: Document, b: Block, table_id: str) -> list[TableCellRecord]:
    out = []
    doc_id = doc.doc_id
    for ri, row in enumerate(b.rows):
        page = b.page_of_row(ri)
        for ci, c in enumerate(row):
            if c.covered:
                continue
            x0, top, x1, bottom = _box(c.bbox)
            out.append(TableCellRecord(
                doc_id=doc_id, table_id=table_id, page=page, row=ri, col=ci,
                row_span=c.row_span, col_span=c.col_span, text=c.text,
                x0=x0, top=top, x1=x1, bottom=bottom, is_header=int(c.is_header)))
    return out


def extract(doc: Document) -> dict[str, list]:
    tables: list[TableRecord] = []
    cells: list[TableCellRecord] = []
    seen: set[str] = set()
    for b in doc.tables():
        if not b.rows:
            continue
        mark_header_rows(b)
        table_id = b.table_id(doc.doc_id)
        k = 1
        while table_id in seen:  # the same header at the same place: keep ids unique
            table_id = stable_id(b.table_id(doc.doc_id), "dup", k)
            k += 1
        seen.add(table_id)
        tables.append(_table(doc, b, table_id))
        cells.extend(_cells(doc, b, table_id))
    return {"tables": tables, "table_cells": cells}
