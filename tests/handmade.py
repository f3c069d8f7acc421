"""Hand-built documents for extractor tests: an optional period line, one heading, then blocks."""
from __future__ import annotations

from extract.model import Block, Document, Page


def make_doc(*texts: str, heading: str = "Data Summary", kind: str = "bullet",
             period_line: str | None = None, source: str = "hand.txt", sha256: str = "ab" * 32) -> Document:
    blocks = []
    if period_line:
        blocks.append(Block("paragraph", period_line, page=1, line=1))
    blocks.append(Block("heading", heading, page=1, line=2, level=1))
    for i, t in enumerate(texts):
        blocks.append(Block(kind, t, page=1, line=i + 3))
    return Document(source, sha256, "text", pages=[Page(1, blocks=blocks)]).finish()
