"""More layout cases for the PDF loader: numbers at the start of wrapped lines, printed page
numbers that differ from PDF page numbers, repeated headings that are not running headers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfgen  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402


def _load(path):
    return load_pdf(path, Path(path).read_bytes())


def test_wrapped_line_starting_with_number_is_not_a_bullet(tmp_path):
    p = tmp_path / "num.pdf"
    W = pdfgen.Writer(p)
    lines = ["Please register at least 10 minutes before the meeting. Up to",
             "3 speakers are permitted to speak for up to 3 minutes each on any",
             "agenda item."]
    for k, t in enumerate(lines):
        W.text(40, 60 + 12 * k, t, 10)
    W.save()
    doc = _load(p)
    assert [(b.kind, b.text) for b in doc.blocks] == [("paragraph", " ".join(lines))]


def test_printed_page_numbers_with_offset_and_repeated_titles(tmp_path):
    p = tmp_path / "pack.pdf"
    W = pdfgen.Writer(p)
    body = []
    for k in range(3):
        if k:
            W.new_page()
        # a slide title that repeats at the same place is content, not a running header
        W.text(40, 40, f"Priority {k + 1}: Reduce violence and serious harm", 14, bold=True)
        t = pdfgen.para(k, 1)
        W.text(40, 70, t, 10)
        body.append(t)
        W.c.setFont(W.reg, 9)
        W.c.drawCentredString(W.w / 2, 20, f"Page {21 + k}")
    W.save()
    doc = _load(p)
    got = [(b.page, b.kind, b.text) for b in doc.blocks]
    assert got == [x for k in range(3) for x in
                   ((k + 1, "heading", f"Priority {k + 1}: Reduce violence and serious harm"),
                    (k + 1, "paragraph", body[k]))]


def test_paragraph_close_below_unruled_table_stays_out_of_it(tmp_path):
    p = tmp_path / "close.pdf"
    W = pdfgen.Writer(p)
    rows = [["Area", "Crimes", "Change"], ["County", "1,234", "-2.1%"], ["Swindon", "987", "3.4%"],
            ["Force", "2,221", "0.4%"]]
    bottom = W.table(40, 60, [150, 80, 80], rows, size=9, ruled=False)
    after = ("Crime in the county fell while Swindon saw a rise, so the force total was almost unchanged "
             "compared with the same period last year.")
    W.wrapped(40, bottom + 4, 480, after, 9)
    W.save()
    doc = _load(p)
    assert [(b.kind, b.cells() if b.kind == "table" else b.text) for b in doc.blocks] == [
        ("table", rows), ("paragraph", after)]


def test_paragraph_above_a_text_column_and_table_stays_whole(tmp_path):
    """A full-width paragraph whose last line is short, then bullets in one column beside an
    unruled table in smaller print: the paragraph is one block (its last line is not taken
    into the column below), the bullets are whole and the table holds only its cells."""
    p = tmp_path / "above.pdf"
    W = pdfgen.Writer(p, pagesize=pdfgen.landscape(pdfgen.A4))
    intro = pdfgen.para(0, 3)
    top = W.wrapped(40, 40, 700, intro, 10) + 14
    bullets = ["Call volumes rose over the summer and the control room added staff to the late shift.",
               "Abandonment fell for the third month in a row after the new call routing went live.",
               "Rural response times stayed within the agreed service level."]
    y = top
    for b in bullets:
        y = W.bullet(40, y, 200, b, size=10) + 3
    rows = [["Area", "Calls", "Change"], ["County", "1,234", "-2.1%"], ["Swindon", "987", "3.4%"],
            ["North", "455", "1.0%"], ["South", "612", "-0.7%"], ["Force", "3,288", "0.4%"]]
    W.table(270, top + 4, [150, 80, 80], rows, size=7, ruled=False)
    W.save()
    doc = _load(p)
    got = [(b.kind, b.cells() if b.kind == "table" else b.text) for b in doc.blocks]
    assert got == [("paragraph", intro)] + [("bullet", b) for b in bullets] + [("table", rows)]


def test_stacked_lines_of_a_table_beside_larger_text_do_not_merge():
    """A 9 pt line of text beside a table in 6 pt print overlaps two table lines: the words of
    those two lines are never joined into one segment."""
    from extract.loaders.pdf import Word, _segments
    words = [Word("times", 30, 55, 166.8, 175.8, 9, False), Word("in", 57, 65, 166.8, 175.8, 9, False),
             Word("Average", 200, 222, 165.7, 171.7, 6, False),
             Word("Response", 224, 250, 165.7, 171.7, 6, False),
             Word("Immediate", 200, 228, 172.9, 178.9, 6, False)]
    texts = sorted(it.text for it in _segments(words))
    assert texts == ["Average Response", "Immediate", "times in"]
