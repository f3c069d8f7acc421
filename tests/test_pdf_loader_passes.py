"""Unit tests of the passes of load_pdf (extract/loaders/pdf/loader.py): open, read pages
under limits, the no-text note, page layout with its fallback, document-wide block passes."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfgen  # noqa: E402
from extract.loaders import LoadError  # noqa: E402
from extract.loaders.pdf import loader  # noqa: E402
from extract.loaders.pdf.page import _PageData  # noqa: E402
from extract.loaders.pdf.text import Word, _segments  # noqa: E402
from extract.model import PARAGRAPH, Block, Document, Page  # noqa: E402


TEXTS = ["The panel met in March.", "Crime fell by a tenth.", "Questions were answered."]


@pytest.fixture(scope="module")
def three_pages(tmp_path_factory):
    p = tmp_path_factory.mktemp("ldr") / "three.pdf"
    W = pdfgen.Writer(p)
    for k in range(3):
        if k:
            W.new_page()
        W.text(40, 60 + 40 * k, TEXTS[k], 10)
    W.save()
    return p


def test_open_pdf_refuses_bytes_that_are_no_pdf():
    with pytest.raises(LoadError, match="not a readable PDF"):
        loader._open_pdf(b"%PDF-1.4 garbage", "x.pdf", "")


def test_read_pages_stops_at_max_pages_with_a_note(three_pages):
    pdf, pages = loader._open_pdf(three_pages.read_bytes(), str(three_pages), "")
    doc = Document(source="x", sha256="", format="pdf")
    try:
        datas = loader._read_pages(pages, "x", doc, 2, None, time.monotonic())
    finally:
        loader._close(pdf)
    assert [d.number for d in datas] == [1, 2]
    assert doc.notes == ["document has 3 pages; only the first 2 were read (max_pages=2)"]


def test_read_pages_time_limit_note(three_pages):
    pdf, pages = loader._open_pdf(three_pages.read_bytes(), str(three_pages), "")
    doc = Document(source="x", sha256="", format="pdf")
    try:
        datas = loader._read_pages(pages, "x", doc, None, 1.0, time.monotonic() - 5)
    finally:
        loader._close(pdf)
    assert datas == [] and "time limit of 1 s reached; pages 1-3 not read" in doc.notes[0]


def test_note_no_text_tells_image_only_from_empty():
    doc = Document(source="x", sha256="", format="pdf")
    pd = _PageData(1, 100.0, 100.0)
    loader._note_no_text([pd], doc)
    assert doc.notes == ["no text found on any page"]
    pd.has_images = True
    doc.notes.clear()
    loader._note_no_text([pd], doc)
    assert "scanned or image-only" in doc.notes[0]


def test_layout_page_falls_back_to_lines(monkeypatch):
    words = [Word("Hello", 10, 40, 10, 20, 10, False), Word("there", 45, 75, 10, 20, 10, False),
             Word("Second", 10, 50, 30, 40, 10, False)]
    pd = _PageData(4, 200.0, 200.0, words=words)

    def broken(*a, **k):
        raise ValueError("boom")
    monkeypatch.setattr(loader, "_page_blocks", broken)
    page, doc = Page(number=4), Document(source="x", sha256="", format="pdf")
    loader._layout_page(pd, _segments(words), 10.0, page, doc)
    assert [b.text for b in page.blocks] == ["Hello there", "Second"]
    assert page.notes == doc.notes == ["page 4: layout failed (ValueError: boom); text read line by line"]


def test_finish_blocks_removes_scratch_attributes():
    doc = Document(source="x", sha256="", format="pdf")
    b = Block(PARAGRAPH, text="Some text.", page=1, bbox=(0, 0, 10, 10))
    b._style = (10.0, False)  # type: ignore[attr-defined]
    b._nlines = 1  # type: ignore[attr-defined]
    doc.pages.append(Page(number=1, blocks=[b]))
    loader._finish_blocks(doc, 10.0)
    assert not any(hasattr(b, a) for a in loader._SCRATCH_ATTRS)


def test_load_pdf_whole(three_pages):
    doc = loader.load_pdf(three_pages, three_pages.read_bytes())
    assert [(b.page, b.text) for b in doc.blocks] == [(1, TEXTS[0]), (2, TEXTS[1]), (3, TEXTS[2])]
    assert doc.raw_text.split("\f") == TEXTS
