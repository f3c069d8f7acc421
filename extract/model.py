"""The one document model every loader produces and every extractor reads.

    Document -> pages (1-based numbers) -> blocks

A block is a ``heading`` (with a ``level``), a ``paragraph``, a ``bullet``
(with a nesting ``level``) or a ``table`` (with ``rows`` of ``Cell``).  Every
block carries its provenance: the 1-based ``page`` (None when the source marks
no pages), the 1-based source ``line`` for text inputs, and the ``bbox``
(x0, top, x1, bottom in PDF points) for PDF inputs.

After loading, :meth:`Document.finish` assigns every block its ``section``
(the text of the nearest heading above it), ``headings`` (the path of
headings above it, outermost first) and ``topic`` (the nearest heading above it
that names a subject, skipping slide furniture such as "WHAT? (What is the
situation?)" or "Data Summary": see :data:`GENERIC_HEADING`), so extractors
never walk back themselves.
"""
from __future__ import annotations

import re
import hashlib
from dataclasses import dataclass, field
from typing import Iterator, Optional

BBox = tuple[float, float, float, float]

def is_generic_heading(text: str) -> bool:
    """A heading that structures a slide or page but names no subject ("So
    what?", "Data Summary", "Overview"): the vocabulary's ``generic_heading``
    pattern (``extract/vocab/data/words.toml``).  A block under one takes its
    ``topic`` from the heading before."""
    from .vocab import vocabulary   # (the vocabulary imports nothing of the model)
    return vocabulary().is_generic_heading(text)


def __getattr__(name: str):
    if name == "GENERIC_HEADING":   # the compiled pattern, for callers that want it
        from .vocab import vocabulary
        return vocabulary().pattern("generic_heading")
    raise AttributeError(name)


HEADING, PARAGRAPH, BULLET, TABLE = "heading", "paragraph", "bullet", "table"
BLOCK_KINDS = (HEADING, PARAGRAPH, BULLET, TABLE)


@dataclass
class Cell:
    """One table cell.  A cell that spans several rows or columns is stored once,
    at its top-left position, with ``row_span``/``col_span`` > 1; the positions
    it covers hold empty cells with ``covered=True`` so every row keeps its width."""
    text: str
    bbox: Optional[BBox] = None
    row_span: int = 1
    col_span: int = 1
    is_header: bool = False
    covered: bool = False

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.text


_FIGURE = re.compile(r"[-+(£$€]*\d[\d,.]*%?\)?")


#: two ASCII letters in a row: a text with a word in it, not only numbers, marks or initials
TWO_LETTERS = re.compile(r"[A-Za-z]{2}")


@dataclass
class Block:
    kind: str
    text: str = ""
    page: Optional[int] = None
    line: Optional[int] = None
    bbox: Optional[BBox] = None
    level: int = 0
    rows: list[list[Cell]] = field(default_factory=list)
    # for a table printed over several pages (joined by the PDF loader): the page
    # each row was printed on; empty when every row is on ``page``
    row_pages: list[int] = field(default_factory=list)
    # how a table was found: ruled | unruled | text | markdown | html ("" for other blocks)
    table_method: str = ""
    section: str = ""
    headings: list[str] = field(default_factory=list)
    topic: str = ""

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")

    # --- table helpers -------------------------------------------------
    def cells(self) -> list[list[str]]:
        """The table as a list of rows of cell strings."""
        return [[c.text for c in row] for row in self.rows]

    def page_of_row(self, i: int) -> Optional[int]:
        """The page row ``i`` of a table was printed on."""
        if 0 <= i < len(self.row_pages):
            return self.row_pages[i]
        return self.page

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @classmethod
    def table(cls, rows: list[list[str]], **kw) -> "Block":
        cell_rows = [[c if isinstance(c, Cell) else Cell(str(c)) for c in r] for r in rows]
        text = "\n".join("\t".join(c.text for c in r) for r in cell_rows)
        return cls(TABLE, text=text, rows=cell_rows, **kw)

    def table_id(self, doc_id: str, header_text: Optional[str] = None) -> str:
        """Stable id of a table: ``stable_id(doc_id, page, line or bbox, first row's cells
        joined by tabs)``.  The one id of a table: the ``tables`` output and every measure
        read from the table carry it, whichever row the measures extractor takes as its
        header (``header_text``), except a second table that a reader finds in the same
        block: a header row (``header_text`` is the whole row) under a row of values (a
        label and figures) gets an id of its own, derived from the block's."""
        first = "\t".join(c.text for c in self.rows[0]) if self.rows else ""
        where = self.line if self.line is not None else (
            ",".join(f"{x:.1f}" for x in self.bbox) if self.bbox else "")
        base = stable_id(doc_id, self.page, where, first)
        if header_text is None or header_text == first:
            return base
        for k, r in enumerate(self.rows):
            if "\t".join(c.text for c in r) == header_text:
                above = self.rows[:k]
                if any(row and TWO_LETTERS.search(row[0].text) and
                       any(_FIGURE.fullmatch(c.text.strip()) for c in row[1:]) for row in above):
                    return stable_id(base, "table at row", k)
                break
        return base

    def where(self) -> str:
        """Human-readable provenance, for error messages and reports."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts) or "unknown position"


@dataclass(frozen=True)
class Furniture:
    """A line of page furniture a loader recognised and kept out of the blocks: a page number
    (``kind`` "page number") or a running header or footer ("running line"), with its 1-based source
    ``line``, its ``page`` (None when the source marks no pages) and its ``text`` as printed."""
    line: int
    page: Optional[int]
    text: str
    kind: str


PAGE_NUMBER, RUNNING_LINE = "page number", "running line"


@dataclass
class Page:
    number: int
    width: Optional[float] = None
    height: Optional[float] = None
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "no text layer"


@dataclass
class Document:
    source: str
    sha256: str
    format: str  # pdf | text | markdown
    pages: list[Page] = field(default_factory=list)
    page_marked: bool = False  # True when the source gives real page numbers
    notes: list[str] = field(default_factory=list)  # what the loader assumed
    raw_text: str = ""
    # content the loader knows it lost (pages unreadable, text far below what a page
    # holds, limits reached): any entry makes the document ``partial``
    problems: list[str] = field(default_factory=list)
    # page furniture the loader kept out of the blocks (page numbers, running headers and footers),
    # in source order: extractors never see it in a block; ``furniture_lines`` for readers of raw lines
    furniture: list[Furniture] = field(default_factory=list)

    def __reduce_ex__(self, protocol):
        """Pickled compactly (:func:`_packed`): the blocks of a page as columns, not one object each."""
        packed = _packed(self)
        if packed is None:
            return object.__reduce_ex__(self, protocol)
        return _unpacked, packed

    def __copy__(self) -> "Document":
        """A shallow copy, as without :meth:`__reduce_ex__` (which ``copy.copy`` would otherwise use)."""
        doc = object.__new__(type(self))
        doc.__dict__.update(self.__dict__)
        return doc

    @property
    def doc_id(self) -> str:
        """Stable for the same file content; never depends on path or run."""
        return self.sha256[:16]

    def source_lines(self) -> list[str]:
        """``raw_text`` split into lines as the text loaders number them (``block.line`` is 1-based in
        this list): at "\n", a "\r\n" or a lone "\r" one break; a form feed is no line break (``str.
        splitlines`` would count one, and every line after it would be off by one)."""
        text = self.raw_text or ""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text.split("\n")

    def furniture_lines(self) -> frozenset[int]:
        """The 1-based source lines of the page furniture the loader recognised."""
        return frozenset(f.line for f in self.furniture)

    @property
    def blocks(self) -> list[Block]:
        return [b for p in self.pages for b in p.blocks]

    def iter_blocks(self, *kinds: str) -> Iterator[Block]:
        for p in self.pages:
            for b in p.blocks:
                if not kinds or b.kind in kinds:
                    yield b

    def tables(self) -> Iterator[Block]:
        return self.iter_blocks(TABLE)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def finish(self) -> "Document":
        """Assign each block its section, heading path and topic (call once, after loading)."""
        from .vocab import vocabulary   # looked up once, not per heading
        is_generic = vocabulary().is_generic_heading
        generic: dict[str, bool] = {}   # per heading text (slides repeat their headings)
        stack: list[tuple[int, str]] = []
        path: list[str] = []   # the texts of ``stack``, copied into each block
        topic = ""
        for b in self.blocks:
            if b.kind == HEADING:
                if b.text.strip():
                    if b.text not in generic:
                        generic[b.text] = is_generic(b.text)
                    if not generic[b.text]:
                        topic = b.text.strip()
                while stack and stack[-1][0] >= b.level:
                    stack.pop()
                b.topic = topic
                b.headings = [t for _, t in stack]
                b.section = stack[-1][1] if stack else ""
                stack.append((b.level, b.text))
                path = b.headings + [b.text]
            else:
                b.topic = topic
                b.headings = path[:]
                b.section = stack[-1][1] if stack else ""
        return self


def n_header_rows(rows: list) -> int:
    """How many leading rows of a table are its header rows (every cell ``is_header``; an empty
    row ends them): the header band a loader marked."""
    n = 0
    while n < len(rows) and rows[n] and all(c.is_header for c in rows[n]):
        n += 1
    return n


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: object, length: int = 16) -> str:
    """A short id from its parts: the same parts give the same id in every run."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


# --- pickling ------------------------------------------------------------------------------------
# A text document is hundreds of blocks, and pickled one object each (a dict of 12 fields, three
# lists) unpickling it was most of the time a worker takes to take a document from the early reader
# (extract/early.py).  A document is pickled instead as its fields and, per page, the blocks as
# columns (kind, text, page, line, level, section, headings, topic), each distinct heading path
# once; a block with anything else (a table, a bbox, row pages, a table method, an attribute a
# loader added, another type) is pickled whole beside them.  Unpickled, every block is the same,
# field by field (tests/test_speed16d.py).

_BLOCK_FIELDS = 12   # len(dataclasses.fields(Block)): a block with more in its __dict__ is pickled whole
_PAGE_FIELDS = 5
_DOCUMENT_FIELDS = 9


def _packed(doc: "Document"):
    """The arguments of :func:`_unpacked` for ``doc``, or None (pickled as usual) when it or a
    page is not one of the model's plain objects."""
    if type(doc) is not Document or len(doc.__dict__) != _DOCUMENT_FIELDS:
        return None
    paths: dict[tuple, int] = {}
    pages = []
    for p in doc.pages:
        if type(p) is not Page or len(p.__dict__) != _PAGE_FIELDS or type(p.blocks) is not list:
            return None
        cols: tuple[list, ...] = ([], [], [], [], [], [], [], [])
        kinds, texts, nums, lines, levels, sections, heads, topics = (c.append for c in cols)
        whole = {}
        for i, b in enumerate(p.blocks):
            h = b.headings
            if (type(b) is not Block or len(b.__dict__) != _BLOCK_FIELDS or b.bbox is not None
                    or type(h) is not list or b.rows != [] or b.row_pages != [] or b.table_method != ""
                    or type(b.rows) is not list or type(b.row_pages) is not list):
                whole[i] = b
                continue
            kinds(b.kind), texts(b.text), nums(b.page), lines(b.line), levels(b.level)
            sections(b.section), topics(b.topic)
            key = tuple(h)
            j = paths.get(key)
            if j is None:
                j = paths[key] = len(paths)
            heads(j)
        pages.append((p.number, p.width, p.height, p.notes, cols if cols[0] else None, whole or None))
    return (doc.source, doc.sha256, doc.format, doc.page_marked, doc.notes, doc.raw_text, doc.problems,
            list(paths), pages, doc.furniture)


def _unpacked(source, sha256, fmt, page_marked, notes, raw_text, problems, paths, pages,
              furniture=()) -> "Document":
    """The document :func:`_packed` packed."""
    new = object.__new__
    heads = [list(h) for h in paths]
    out = []
    for number, width, height, page_notes, cols, whole in pages:
        blocks: list = []
        if cols:
            add = blocks.append
            for kind, text, num, line, level, section, j, topic in zip(*cols):
                # (attributes set one by one, in field order: the instance's dict shares its keys with
                # every block's, as one made by __init__ does, and is made twice as fast as a new dict)
                b = new(Block)
                b.kind = kind
                b.text = text
                b.page = num
                b.line = line
                b.bbox = None
                b.level = level
                b.rows = []
                b.row_pages = []
                b.table_method = ""
                b.section = section
                b.headings = heads[j][:]
                b.topic = topic
                add(b)
        if whole:
            for i in sorted(whole):
                blocks.insert(i, whole[i])
        page = new(Page)
        page.number, page.width, page.height, page.blocks, page.notes = number, width, height, blocks, page_notes
        out.append(page)
    doc = new(Document)
    doc.source, doc.sha256, doc.format, doc.pages, doc.page_marked = source, sha256, fmt, out, page_marked
    doc.notes, doc.raw_text, doc.problems = notes, raw_text, problems
    doc.furniture = list(furniture)
    return doc
