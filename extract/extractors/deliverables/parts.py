"""The pieces the deliverables reader passes between its steps: entries of the
document stream, rows of a run, runs, and grouped items."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class _Row:
    action: str
    due: str = ""
    pct: str = ""
    page: Optional[int] = None
    line: Optional[int] = None
    section: str = ""
    status: str = ""
    lead: str = ""
    priority: str = ""              # a "Priority N: ..." group row above it in the same table
    full: bool = False              # a row of whole cells with a cell of a named column besides the action
    rag: str = ""                   # the cell of a RAG column beside a status column

    @property
    def dated(self) -> bool:
        return bool(self.due or self.pct or self.status or self.rag)


@dataclass
class _Item:
    action: str
    due: str
    pct: str
    page: Optional[int]
    line: Optional[int]
    section: str
    dated: bool = True
    status: str = ""
    lead: str = ""
    priority: str = ""
    rag: str = ""


@dataclass
class _Run:
    start: int                      # index in the entry stream of the header
    rows: list = field(default_factory=list)
    mode: str = "table"             # table | text
    page: Optional[int] = None
    whole_cells: bool = False       # cells are complete (ruled PDF / HTML): no wrapped rows


@dataclass(slots=True)  # (no __dict__: one object fewer per entry for the cycle collector)
class _Entry:
    text: str
    cells: Optional[list[str]]
    block: object
    kind: str
    page: Optional[int] = None  # the page this row was printed on (a table may span pages)
    row: Optional[int] = None   # index of the row in a table block
    doc_format: str = ""
    whole: bool = False         # a row of complete cells (ruled PDF, HTML, pipe table): never wrapped


class _Source:
    """A document's raw text split at newlines, and the running start line of its entries (the
    entry a raw line belongs to is found by bisect): each made once per document, the start lines
    when first asked for (the rows, the one-cell-a-line trackers and the action lines read them)."""
    __slots__ = ("raw", "entries", "_starts")

    def __init__(self, raw_text: Optional[str], entries: Optional[list] = None):
        self.raw: list[str] = raw_text.split("\n") if raw_text else []
        self.entries: list = entries if entries is not None else []
        self._starts: Optional[list[int]] = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            starts, top = [], 0
            for e in self.entries:  # block lines in document order (bisect needs them sorted)
                line = e.block.line or 0
                if line > top:  # (= max(top, line))
                    top = line
                starts.append(top)
            self._starts = starts
        return self._starts
