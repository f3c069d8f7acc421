"""load_pdf: open, read each page under limits, assemble the document."""
from __future__ import annotations

import io
import statistics
import time
from typing import Optional

from ...model import PARAGRAPH, Block, Document, Page, sha256_bytes
from .. import LoadError  # defined by extract.loaders before it imports this package
from .furniture import _header_footer_filter
from .joins import _join_broken_paragraphs, _join_cross_page_tables
from .layout import _page_blocks
from .page import _PageData, _read_page
from .paragraphs import _assign_headings, _body_size
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


def load_pdf(path, data: bytes, *, max_pages: Optional[int] = 500, timeout_s: Optional[float] = 120,
             password: str = "", **_ignored) -> Document:
    """Read PDF ``data`` (the bytes of ``path``) into a :class:`Document`; see the module docstring."""
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    src = str(path)
    t0 = time.monotonic()
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as e:
        if _is_encryption_error(e):
            raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
        raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}".rstrip(": ")) from None
    doc = Document(source=src, sha256=sha256_bytes(data), format="pdf", page_marked=True)
    try:
        try:
            plumber_pages = pdf.pages
        except Exception as e:
            if _is_encryption_error(e):
                raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
            raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}") from None
        n_total = len(plumber_pages)
        if n_total == 0:
            raise LoadError(f"{src}: PDF has no pages")
        limit = n_total if max_pages is None else min(n_total, max_pages)
        if limit < n_total:
            doc.notes.append(f"document has {n_total} pages; only the first {limit} were read "
                             f"(max_pages={max_pages})")
        datas: list[_PageData] = []
        for i in range(limit):
            if timeout_s is not None and time.monotonic() - t0 > timeout_s:
                doc.notes.append(f"stopped after page {i} of {n_total}: time limit of {timeout_s:g} s "
                                 f"reached; pages {i + 1}-{n_total} not read")
                break
            number = i + 1
            try:
                p = plumber_pages[i]
                pd = _read_page(p, number)
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
            datas.append(pd)
    finally:
        try:
            pdf.close()
        except Exception:
            pass

    if datas and all(not pd.words and not pd.tables for pd in datas):
        if any(pd.has_images for pd in datas):
            doc.notes.append("no page has a text layer (scanned or image-only PDF); no text extracted")
        else:
            doc.notes.append("no text found on any page")

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
            doc.pages.append(page)
            continue
        items = page_items.get(k)
        if items is None:
            items = _segments(pd.words) if pd.words else []
        gone = drop.get(k, set())
        if gone:
            n_dropped += sum(1 for it in items if id(it) in gone)
            items = [it for it in items if id(it) not in gone]
        try:
            page.blocks = _page_blocks(pd, items, doc_body)
        except Exception as e:  # layout must never lose the document
            msg = f"page {pd.number}: layout failed ({type(e).__name__}: {e}); text read line by line"
            page.notes.append(msg)
            doc.notes.append(msg)
            page.blocks = [Block(PARAGRAPH, text=Line(l).text, page=pd.number,
                                 bbox=(Line(l).x0, Line(l).top, Line(l).x1, Line(l).bottom))
                           for l in _cluster_lines(items)]
        doc.pages.append(page)
    if n_dropped:
        doc.notes.append(f"{n_dropped} running header/footer or page-number line(s) left out of the text")
    doc_body = _body_size(doc.blocks, 40) or doc_body
    for p in doc.pages:
        pb = _body_size(p.blocks) or doc_body
        for b in p.blocks:
            b._body = pb  # type: ignore[attr-defined]
    _assign_headings(doc.blocks)
    _join_cross_page_tables(doc)
    _join_broken_paragraphs(doc)
    for b in doc.blocks:
        for attr in ("_style", "_body", "_nlines", "_marker_x0", "_col_x", "_last_x1", "_open"):
            if hasattr(b, attr):
                try:
                    delattr(b, attr)
                except AttributeError:
                    pass
    doc.raw_text = "\f".join("\n".join(b.text for b in p.blocks) for p in doc.pages)
    return doc.finish()
