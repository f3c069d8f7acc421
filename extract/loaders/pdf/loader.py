"""load_pdf: open, read each page under limits, assemble the document."""
from __future__ import annotations

import io
import statistics
import time
from dataclasses import dataclass
from typing import Optional

from ...model import PARAGRAPH, Block, Document, Page, sha256_bytes
from .. import LoadError  # defined by extract.loaders before it imports this package
from . import health
from .furniture import _header_footer_filter
from .joins import _join_broken_paragraphs, _join_cross_page_tables, _join_stacked_tables
from .layout import _page_blocks
from .page import _PageData, _read_page
from .paragraphs import _assign_headings, _body_size
from .unruled import _split_stacked
from .rotation import displayed_box
from .text import Line, _cluster_lines, _segments


def _is_encryption_error(e: BaseException) -> bool:
    seen = 0
    while e is not None and seen < 6:
        name = type(e).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning",
                    "PDFEncryptionV4Error") or "password" in str(e).lower() or "encrypt" in str(e).lower():
            return True
        for a in getattr(e, "args", ()):
            if isinstance(a, BaseException) and _is_encryption_error(a):
                return True
        e = e.__cause__ or e.__context__
        seen += 1
    return False


_SCRATCH_ATTRS = ("_style", "_body", "_nlines", "_marker_x0", "_col_x", "_last_x1", "_open")


def _open_pdf(data: bytes, src: str, password: str):
    """The pdfplumber PDF of ``data`` with its pages list; LoadError (encrypted / not readable)
    when it cannot be opened."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as e:
        if _is_encryption_error(e):
            raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
        raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}".rstrip(": ")) from None
    try:
        pages = pdf.pages
    except Exception as e:
        _close(pdf)
        if _is_encryption_error(e):
            raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
        raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}") from None
    return pdf, pages


def _close(obj) -> None:
    try:
        obj.close()
    except Exception:
        pass


def _read_one_page(plumber_pages: list, i: int, src: str, doc: Document) -> _PageData:
    """Page ``i`` read into a :class:`_PageData`; a page that fails to read is an empty page with
    a note (an encryption error on the first page is a LoadError)."""
    from .objects import use_fast_objects   # (pdfplumber is imported only when a PDF is read)

    number = i + 1
    try:
        p = use_fast_objects(plumber_pages[i])   # (the same character dicts, built faster)
        pd = _read_page(p, number)
        health.check_page(p, pd, doc)  # reliab: honest status, fallback reading
    except Exception as e:
        if _is_encryption_error(e) and i == 0:
            raise LoadError(f"{src}: encrypted PDF (a password is needed to read it); not read") from None
        pd = _PageData(number, 0.0, 0.0)
        pd.notes.append(f"page {number} could not be read ({type(e).__name__}: {e}); "
                        f"its text is missing")
    finally:
        try:
            plumber_pages[i].flush_cache()
            plumber_pages[i].close()
        except Exception:
            pass
    return pd


def _page_limit(n_total: int, src: str, doc: Document, max_pages: Optional[int]) -> int:
    """How many pages are read (a note when not all of them)."""
    if n_total == 0:
        raise LoadError(f"{src}: PDF has no pages")
    limit = n_total if max_pages is None else min(n_total, max_pages)
    if limit < n_total:
        doc.notes.append(f"document has {n_total} pages; only the first {limit} were read "
                         f"(max_pages={max_pages})")
    return limit


def _read_pages(plumber_pages: list, src: str, doc: Document, max_pages: Optional[int],
                timeout_s: Optional[float], t0: float) -> list[_PageData]:
    """The pages read under the page and time limits, with notes on what was left unread."""
    n_total = len(plumber_pages)
    limit = _page_limit(n_total, src, doc, max_pages)
    datas: list[_PageData] = []
    for i in range(limit):
        if timeout_s is not None and time.monotonic() - t0 > timeout_s:
            doc.notes.append(f"stopped after page {i} of {n_total}: time limit of {timeout_s:g} s "
                             f"reached; pages {i + 1}-{n_total} not read")
            break
        datas.append(_read_one_page(plumber_pages, i, src, doc))
    return datas


@dataclass
class PagesRead:
    """Pages ``start`` to ``stop - 1`` (0-based) of a PDF, read by one worker while others
    read the other ranges: their page data, and the notes and problems reading them gave."""
    start: int
    stop: int
    datas: list
    notes: list
    problems: list


def page_count(path, data: bytes, password: str = "") -> int:
    """The number of pages of PDF ``data`` (LoadError when it cannot be opened)."""
    pdf, pages = _open_pdf(data, str(path), password)
    try:
        return len(pages)
    finally:
        _close(pdf)


def page_ranges(n_pages: int, max_pages: Optional[int], parts: int) -> list[tuple[int, int]]:
    """The pages to read cut into ``parts`` ranges of about equal length (0-based, stop excluded)."""
    limit = n_pages if max_pages is None else min(n_pages, max_pages)
    parts = max(1, min(parts, limit))
    bounds = [round(limit * k / parts) for k in range(parts + 1)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def read_page_range(path, data: bytes, start: int, stop: int, *, timeout_s: Optional[float] = 120,
                    password: str = "", **_ignored) -> PagesRead:
    """Pages ``start``..``stop - 1`` of a PDF read into page data (the character pass of
    :func:`load_pdf`; ``load_pdf(..., pages_read=[...])`` assembles the ranges).  The time
    limit applies to this range; pages it leaves unread are named in a note."""
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    src = str(path)
    t0 = time.monotonic()
    pdf, plumber_pages = _open_pdf(data, src, password)
    scratch = Document(source=src, sha256="", format="pdf", page_marked=True)
    datas: list[_PageData] = []
    try:
        for i in range(start, min(stop, len(plumber_pages))):
            if timeout_s is not None and time.monotonic() - t0 > timeout_s:
                scratch.notes.append(f"stopped after page {i} of {len(plumber_pages)}: time limit of "
                                     f"{timeout_s:g} s reached; pages {i + 1}-{stop} not read")
                break
            datas.append(_read_one_page(plumber_pages, i, src, scratch))
    finally:
        _close(pdf)
    return PagesRead(start, stop, datas, scratch.notes, scratch.problems)


def _note_no_text(datas: list, doc: Document) -> None:
    """A note when no page has any text: scanned / image-only, or simply empty."""
    if datas and all(not pd.words and not pd.tables for pd in datas):
        if any(pd.has_images for pd in datas):
            doc.notes.append("no page has a text layer (scanned or image-only PDF); no text extracted")
        else:
            doc.notes.append("no text found on any page")


def _layout_page(pd: _PageData, items: list, doc_body: float, page: Page, doc: Document) -> None:
    """Lay out one page's items into blocks; a layout failure falls back to one paragraph per
    line with a note (layout must never lose the document)."""
    try:
        page.blocks = _split_stacked(_page_blocks(pd, items, doc_body))
    except Exception as e:
        msg = f"page {pd.number}: layout failed ({type(e).__name__}: {e}); text read line by line"
        page.notes.append(msg)
        doc.notes.append(msg)
        page.blocks = [Block(PARAGRAPH, text=Line(l).text, page=pd.number,
                             bbox=(Line(l).x0, Line(l).top, Line(l).x1, Line(l).bottom))
                       for l in _cluster_lines(items)]


def _assemble_pages(datas: list, doc: Document) -> float:
    """The document's pages and their blocks, running headers/footers and page numbers left out
    (with a note counting them); returns the median word size of the document."""
    drop, page_items = _header_footer_filter(datas)
    all_sizes = [w.size for pd in datas for w in pd.words]
    doc_body = statistics.median(all_sizes) if all_sizes else 10.0
    n_dropped = 0
    for k, pd in enumerate(datas):
        page = Page(number=pd.number, width=pd.width or None, height=pd.height or None)
        page.notes.extend(pd.notes)
        doc.notes.extend(pd.notes)
        if not pd.words and not pd.tables:
            if pd.has_images:
                msg = f"page {pd.number} has no text layer (image only); no text extracted"
                page.notes.append(msg)
                doc.notes.append(msg)
            health.fallback_blocks(page, pd)  # reliab: characters held but no word read
            doc.pages.append(page)
            continue
        items = page_items.get(k)
        if items is None:
            items = _segments(pd.words) if pd.words else []
        gone = drop.get(k, set())
        if gone:
            n_dropped += sum(1 for it in items if id(it) in gone)
            items = [it for it in items if id(it) not in gone]
        _layout_page(pd, items, doc_body, page, doc)
        health.fallback_blocks(page, pd)  # reliab: a page read by the fallback
        doc.pages.append(page)
    if n_dropped:
        doc.notes.append(f"{n_dropped} running header/footer or page-number line(s) left out of the text")
    return doc_body


def _finish_blocks(doc: Document, doc_body: float) -> None:
    """Document-wide passes over the blocks: body sizes, headings, joins of stacked and
    cross-page tables and broken paragraphs; then the layout's scratch attributes are removed."""
    doc_body = _body_size(doc.blocks, 40) or doc_body
    for p in doc.pages:
        pb = _body_size(p.blocks) or doc_body
        for b in p.blocks:
            b._body = pb  # type: ignore[attr-defined]
    _assign_headings(doc.blocks)
    _join_stacked_tables(doc)
    _join_cross_page_tables(doc)
    _join_broken_paragraphs(doc)
    for b in doc.blocks:
        for attr in _SCRATCH_ATTRS:
            if hasattr(b, attr):
                try:
                    delattr(b, attr)
                except AttributeError:
                    pass


def _to_displayed(datas: list, doc: Document) -> None:
    """Boxes of pages read turned back (``rotation.turned_back``) put in the displayed frame:
    each block's box and each table cell's box by the page it was printed on, and the
    page's size as displayed."""
    turns = {pd.number: pd.turn for pd in datas if pd.turn}
    if not turns:
        return
    for p in doc.pages:
        if p.number in turns:
            p.width, p.height = turns[p.number][1], turns[p.number][2]
    for b in doc.blocks:
        if b.page in turns:
            b.bbox = displayed_box(b.bbox, turns[b.page])
        for ri, row in enumerate(b.rows):
            t = turns.get(b.page_of_row(ri))
            if t:
                for c in row:
                    c.bbox = displayed_box(c.bbox, t)


def load_pdf(path, data: bytes, *, max_pages: Optional[int] = 500, timeout_s: Optional[float] = 120,
             password: str = "", pages_read: Optional[list[PagesRead]] = None, n_pages: int = 0,
             **_ignored) -> Document:
    """Read PDF ``data`` (the bytes of ``path``) into a :class:`Document`; see the module docstring.

    ``pages_read``: the page ranges of the document already read by :func:`read_page_range`
    (in several workers) and ``n_pages`` its page count: only the document-wide assembly is
    done here, and the document is the one a whole read gives."""
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    src = str(path)
    t0 = time.monotonic()
    doc = Document(source=src, sha256=sha256_bytes(data), format="pdf", page_marked=True)
    if pages_read is not None:
        _page_limit(n_pages, src, doc, max_pages)
        datas = []
        for part in sorted(pages_read, key=lambda r: r.start):
            datas.extend(part.datas)
            doc.notes.extend(part.notes)
            doc.problems.extend(part.problems)
    else:
        pdf, plumber_pages = _open_pdf(data, src, password)
        try:
            datas = _read_pages(plumber_pages, src, doc, max_pages, timeout_s, t0)
        finally:
            _close(pdf)
    _note_no_text(datas, doc)
    _finish_blocks(doc, _assemble_pages(datas, doc))
    _to_displayed(datas, doc)
    doc.raw_text = "\f".join("\n".join(b.text for b in p.blocks) for p in doc.pages)
    return doc.finish()
