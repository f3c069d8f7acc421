"""The PDF loader against PDFs drawn with reportlab (tests/pdfgen.py): each test compares what
the loader reads back with what the generator drew."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfgen  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.model import sha256_bytes  # noqa: E402


def _load(path, **kw):
    path = Path(path)
    return load_pdf(path, path.read_bytes(), **kw)


def _shape(doc):
    """(kind, text-or-rows) for every block, in reading order."""
    out = []
    for b in doc.blocks:
        out.append((b.kind, b.cells() if b.kind == "table" else b.text))
    return out


def _expected(exp):
    return [(e[0], e[1]) for e in exp["blocks"]]


# --------------------------------------------------------------------------- tables

def test_ruled_dashboard_table(tmp_path):
    p = tmp_path / "dash.pdf"
    exp = pdfgen.dashboard(p, ruled=True)
    doc = _load(p)
    assert doc.format == "pdf" and doc.page_marked
    assert doc.sha256 == sha256_bytes(p.read_bytes())
    assert [b.page for b in doc.blocks] == [1] * len(doc.blocks)
    assert _shape(doc) == _expected(exp)
    t = next(doc.tables())
    # wrapped header cells are joined into one cell; the empty cells stay in place
    assert t.rows[0][5].text == "12 Months to Oct-2022 vs. 12 Months to Oct-2023"
    assert t.rows[1][1].text == "" and t.rows[3][7].text == ""
    assert all(len(r) == 9 for r in t.rows)
    # every block and every non-empty cell has a box on the page
    for b in doc.blocks:
        assert b.bbox is not None and b.bbox[0] < b.bbox[2] and b.bbox[1] < b.bbox[3]
    assert all(c.bbox is not None for r in t.rows for c in r if c.text)
    # table words do not also appear as paragraphs
    narrative = " ".join(b.text for b in doc.blocks if b.kind != "table")
    assert "Abandonment" not in narrative and "107,875" not in narrative
    # headings take the section; the table sits under the last one
    assert t.section == "WHAT? (What is the situation?)"
    assert t.headings == ["Crime & Communication Centre - 999 Service", "WHAT? (What is the situation?)"]


def test_glyphs_kept_in_cells(tmp_path):
    if not pdfgen.fonts()[2]:
        pytest.skip("no font with ▼ installed (DejaVuSans)")
    p = tmp_path / "dash.pdf"
    pdfgen.dashboard(p, ruled=True)
    t = next(_load(p).tables())
    assert t.rows[2][5].text == "-1.2% points ▼"
    assert t.rows[2][1].text == "^" and t.rows[4][1].text == "~~~~~"


def test_unruled_dashboard_table(tmp_path):
    p = tmp_path / "dash_unruled.pdf"
    exp = pdfgen.dashboard(p, ruled=False)
    doc = _load(p)
    assert _shape(doc) == _expected(exp)
    t = next(doc.tables())
    assert t.rows[0][0].text == "Measure" and len(t.rows) == 5
    assert t.rows[2][7].text == "One, Two, Three-Month Low"


def test_not_a_table_when_not_aligned(tmp_path):
    """Plain paragraphs and bullets never become a table."""
    p = tmp_path / "hb.pdf"
    pdfgen.headings_and_bullets(p)
    assert not list(_load(p).tables())


def test_table_over_two_pages_with_running_header_footer(tmp_path):
    p = tmp_path / "long.pdf"
    exp = pdfgen.multipage_table(p, ruled=True)
    doc = _load(p)
    assert len(doc.pages) == 3
    assert _shape(doc) == _expected(exp)
    t = next(doc.tables())
    assert t.page == 1 and len(t.rows) == 1 + len(exp["rows"])
    assert t.cells()[1:] == exp["rows"]
    assert any("continues on page 2" in n for n in doc.notes)
    text = doc.text
    for running in exp["running"]:
        assert running not in text
    assert "Page 1" not in text and "Page 2" not in text
    assert "intentionally left blank" not in text
    assert doc.pages[2].blocks == []
    assert doc.pages[1].blocks[-1].text == exp["blocks"][-1][1]


def test_unruled_table_over_two_pages(tmp_path):
    p = tmp_path / "long_unruled.pdf"
    exp = pdfgen.multipage_table(p, ruled=False)
    doc = _load(p)
    assert _shape(doc) == _expected(exp)


def test_table_continued_without_repeated_header_joins_by_columns(tmp_path):
    p = tmp_path / "long_norepeat.pdf"
    exp = pdfgen.multipage_table(p, ruled=True, repeat_header=False)
    doc = _load(p)
    tables = list(doc.tables())
    assert len(tables) == 1
    assert tables[0].cells() == [exp["header"]] + exp["rows"]


# --------------------------------------------------------------------------- layout

def test_two_columns_read_left_then_right(tmp_path):
    p = tmp_path / "cols.pdf"
    exp = pdfgen.two_columns(p)
    doc = _load(p)
    assert _shape(doc) == _expected(exp)
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1


@pytest.mark.parametrize("ruled", [True, False])
def test_slide_text_beside_table(tmp_path, ruled):
    p = tmp_path / f"slide_{ruled}.pdf"
    exp = pdfgen.slide(p, ruled=ruled)
    doc = _load(p)
    assert _shape(doc) == _expected(exp)
    t = next(doc.tables())
    assert t.section == "Deliverables Progress"
    assert t.cells() == exp["rows"]
    # the table's words are not in the narrative, the narrative's not in the table
    narrative = " ".join(b.text for b in doc.blocks if b.kind != "table")
    assert "Tidworth" not in narrative
    assert "recruiting" not in t.text


def _with_section(blocks):
    """(kind, text, text of the last heading above)."""
    out, head = [], None
    for k, t in blocks:
        if k == "heading":
            head = t
        out.append((k, t, head))
    return out


def test_headings_by_size_and_bullets(tmp_path):
    p = tmp_path / "hb.pdf"
    exp = pdfgen.headings_and_bullets(p)
    doc = _load(p)
    got = [(b.kind, b.text) for b in doc.blocks]
    # numbered items keep their number in the text ("1. There were ...", "4.10 The ..."), as in
    # the text and Markdown loaders; glyph bullets drop the glyph
    numbers = iter(["1.", "2.", "4.10"])
    want = [(k, f"{next(numbers)} {t}" if k == "bullet" and k0 == "Overview" else t)
            for k, t, k0 in _with_section(_expected(exp))]
    assert got == want
    for b, e in zip(doc.blocks, exp["blocks"]):
        if e[0] == "heading":
            assert b.level == e[2], b.text
        if e[0] == "bullet":
            assert b.level == e[2], b.text
    # levels rank sizes: larger text, smaller level number
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2, 3, 3]
    data = [b for b in doc.blocks if b.text.startswith("999 call volumes")][0]
    assert data.section == "Data Summary"
    assert data.headings == ["Police and Crime Plan Highlight Report",
                             "Priority 2: Reduce violence and serious harm", "Data Summary"]


# --------------------------------------------------------------------------- bad input

def _load_error():
    try:
        from extract.loaders import LoadError
    except ImportError:  # pragma: no cover
        from extract.loaders.pdf import LoadError
    return LoadError


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "secret.pdf"
    pdfgen.encrypted(p)
    with pytest.raises(_load_error()) as ei:
        _load(p)
    assert str(p) in str(ei.value) and "encrypted" in str(ei.value)
    # with the password it reads
    doc = load_pdf(p, p.read_bytes(), password="secret")
    assert doc.blocks[0].text == "Confidential"


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "bad.pdf"
    pdfgen.corrupt(p)
    with pytest.raises(_load_error()) as ei:
        _load(p)
    assert str(p) in str(ei.value) and "not a readable PDF" in str(ei.value)


def test_truncated_pdf_is_error_or_notes(tmp_path):
    src = tmp_path / "src.pdf"
    pdfgen.two_columns(src)
    p = tmp_path / "trunc.pdf"
    pdfgen.truncated(p, src)
    try:
        doc = _load(p)
    except _load_error() as e:
        assert str(p) in str(e)
    else:  # pdfminer may recover: then nothing is invented
        assert all(b.text for b in doc.blocks)


def test_image_only_page(tmp_path):
    p = tmp_path / "scan.pdf"
    exp = pdfgen.image_only(p)
    doc = _load(p)
    assert len(doc.pages) == 2
    assert [b.text for b in doc.blocks] == [exp["text"]]
    note = "page 2 has no text layer (image only); no text extracted"
    assert note in doc.pages[1].notes and note in doc.notes
    assert doc.pages[1].blocks == []


def test_all_pages_image_only_still_loads(tmp_path):
    p = tmp_path / "scan_only.pdf"
    pdfgen.image_only(p, text_page_too=False)
    doc = _load(p)
    assert doc.blocks == []
    assert any("no text layer" in n for n in doc.notes)


def test_max_pages_and_timeout(tmp_path):
    p = tmp_path / "long.pdf"
    pdfgen.multipage_table(p)
    doc = _load(p, max_pages=1)
    assert len(doc.pages) == 1
    assert any("only the first 1" in n for n in doc.notes)
    doc = _load(p, timeout_s=0.0)
    assert len(doc.pages) == 0 or len(doc.pages) < 3
    assert any("time limit" in n for n in doc.notes)


def test_bad_page_keeps_rest(tmp_path, monkeypatch):
    import extract.loaders.pdf.loader as mod

    p = tmp_path / "cols.pdf"
    pdfgen.multipage_table(p)
    real = mod._read_page

    def flaky(page, number):
        if number == 2:
            raise ValueError("broken content stream")
        return real(page, number)

    monkeypatch.setattr(mod, "_read_page", flaky)
    doc = _load(p)
    assert len(doc.pages) == 3
    assert any("page 2 could not be read" in n for n in doc.notes)
    assert doc.pages[1].notes and doc.pages[1].blocks == []
    assert doc.pages[0].blocks  # page 1 kept


def test_same_content_same_doc_id(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "sub" / "b.pdf"
    b.parent.mkdir()
    pdfgen.two_columns(a)
    b.write_bytes(a.read_bytes())
    assert _load(a).doc_id == _load(b).doc_id


# --------------------------------------------------------------------------- text round trip

def _text_rendering(exp) -> str:
    out = []
    for e in exp["blocks"]:
        kind, val = e[0], e[1]
        if kind == "heading":
            out.append("#" * (e[2] if len(e) > 2 else 1) + " " + val)
        elif kind == "bullet":
            out.append("- " + val)
        elif kind == "table":
            out.append("\n".join("\t".join(r) for r in val))
        else:
            out.append(val)
    return "\n\n".join(out) + "\n"


def test_pdf_and_markdown_rendering_give_same_blocks(tmp_path):
    try:
        from extract.loaders import load_text
        from extract.loaders import markdown as _md  # noqa: F401
    except ImportError:
        pytest.skip("the Markdown loader (extract/loaders/markdown.py) is not written yet")
    p = tmp_path / "report.pdf"
    exp = pdfgen.report(p, n_pages=2)
    pdf_doc = _load(p)
    md = tmp_path / "report.md"
    md.write_text(_text_rendering(exp), encoding="utf-8")
    md_doc = load_text(md, md.read_text(encoding="utf-8"), fmt="markdown")
    assert [(b.kind, b.text) for b in pdf_doc.blocks] == [(b.kind, b.text) for b in md_doc.blocks]
