"""Pages drawn upright and then turned with /Rotate 90, 180 or 270 (their text runs sideways
or upside down when displayed) are read turned back: text in reading order and ruled
tables cell by cell, as on an unturned page."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.loaders.pdf import load_pdf  # noqa: E402

TITLE = "Quarterly performance summary"
PROSE = "Recorded crime fell in the quarter in most areas of the county and arrests rose."
ROWS = [["Area", "Crimes", "Arrests"], ["North", "1,204", "310"], ["South", "987", "254"],
        ["East", "1,450", "402"]]


def _draw(path, rotation: int, size=landscape(A4)) -> None:
    c, h = tablegen._page(path, size)
    tablegen._text(c, h, 60, 50, TITLE, 16, tablegen.BOLD)
    tablegen._text(c, h, 60, 90, PROSE, 10)
    tablegen.draw_table(c, h, 60, 140, [150, 90, 90], ROWS, ruled=True)
    c.setPageRotation(rotation)
    c.save()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_turned_page_read_upright(tmp_path, rotation):
    p = tmp_path / f"rot{rotation}.pdf"
    _draw(p, rotation)
    doc = load_pdf(p, p.read_bytes())
    blocks = doc.pages[0].blocks
    texts = [b.text for b in blocks if b.kind != "table"]
    assert texts[:2] == [TITLE, PROSE]
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].cells() == ROWS
    assert tables[0].table_method == "ruled"
    order = [b.kind for b in blocks]
    assert order.index("table") > 1  # the table after the title and the paragraph
    # the page and its boxes are measured in the displayed frame (as pdfplumber measures
    # the turned page): every cell's box holds the characters of its text as displayed
    import pdfplumber
    with pdfplumber.open(p) as pdf:
        page = pdf.pages[0]
        assert (doc.pages[0].width, doc.pages[0].height) == pytest.approx((float(page.width), float(page.height)))
        chars = [c for c in page.chars if c["text"].strip()]
    table = tables[0]
    for row in table.rows:
        for cell in row:
            x0, top, x1, bottom = cell.bbox
            inside = "".join(c["text"] for c in chars if x0 - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 + 1
                             and top - 1 <= (c["top"] + c["bottom"]) / 2 <= bottom + 1)
            assert sorted(inside) == sorted(cell.text.replace(" ", "")), (cell.text, inside)
    x0, top, x1, bottom = table.bbox
    assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height


def test_unturned_page_not_changed(tmp_path):
    """A page without /Rotate reads the same text and table (the turn-back is not applied)."""
    p = tmp_path / "rot0.pdf"
    _draw(p, 0)
    blocks = load_pdf(p, p.read_bytes()).pages[0].blocks
    assert [b.text for b in blocks if b.kind != "table"][:2] == [TITLE, PROSE]
    assert [b.cells() for b in blocks if b.kind == "table"] == [ROWS]
