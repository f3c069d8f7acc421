"""Block segmentation of the PDF loader on small PDFs drawn here with reportlab: consecutive
headings, label lines, numbered agenda lines, cover pages, a heading right above a table,
footnotes in small type and superscript ordinals.  Every test compares the blocks read back
(kind, text, order) with what was drawn."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfgen  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402


def _load(path):
    return load_pdf(path, Path(path).read_bytes())


def _blocks(doc):
    return [(b.kind, b.cells() if b.kind == "table" else b.text) for b in doc.blocks]


class Page:
    """A thin drawing helper over pdfgen.Writer: lines by top (y from the top of the page),
    runs of differently styled pieces on one baseline, wrapped paragraphs, centred lines."""

    def __init__(self, path):
        self.W = pdfgen.Writer(path)
        self.reg, self.bold = self.W.reg, self.W.bold

    def font(self, bold):
        return self.bold if bold else self.reg

    def line(self, x, top, s, size=10, bold=False):
        self.W.text(x, top, s, size, bold)

    def centred(self, top, s, size=10, bold=False):
        w = stringWidth(s, self.font(bold), size)
        self.W.text((self.W.w - w) / 2, top, s, size, bold)

    def wrapped(self, x, top, width, s, size=10, bold=False, leading=None) -> float:
        """Draw ``s`` wrapped to ``width``; returns the top of the next line."""
        return self.W.wrapped(x, top, width, s, size, bold, leading)

    def n_lines(self, s, width, size=10, bold=False) -> int:
        return len(simpleSplit(s, self.font(bold), size, width))

    def run(self, x, top, pieces, size=10):
        """Pieces (text, size, bold, rise) drawn one after another on the baseline of a line of
        ``size`` (a raised piece is a superscript)."""
        base = self.W.h - top - size * 0.8
        for s, sz, bold, rise in pieces:
            self.W.c.setFont(self.font(bold), sz)
            self.W.c.drawString(x, base + rise, s)
            x += stringWidth(s, self.font(bold), sz)

    def save(self):
        self.W.save()


BODY = pdfgen.para(0, 3)
BODY2 = pdfgen.para(4, 2)


# --------------------------------------------------------------------------- 1. headings

@pytest.mark.parametrize("pitch", [21.0, 14.4])
def test_consecutive_numbered_bold_headings_are_separate(tmp_path, pitch):
    """Bold numbered agenda headings one under the other (with a gap, or at the line pitch of
    their size) are one heading each; the text under one of them is its own paragraph."""
    p = tmp_path / "agenda.pdf"
    P = Page(p)
    heads = ["1. Apologies for Absence", "2. Declarations of Interest",
             "3. Minutes of the previous meeting (Pages 1 - 8)"]
    top = 60.0
    for h in heads:
        P.line(60, top, h, 12, bold=True)
        top += pitch
    purpose = "To approve as a correct record the minutes of the meeting held on 17 November 2023."
    P.line(60, top, purpose, 10)
    top += 20
    P.line(60, top, "4. Public Question Time", 12, bold=True)
    top += 30
    P.wrapped(60, top, 470, BODY)
    P.save()
    doc = _load(p)
    assert _blocks(doc) == [("heading", h) for h in heads] + [
        ("paragraph", purpose), ("heading", "4. Public Question Time"), ("paragraph", BODY)]
    assert {b.level for b in doc.blocks if b.kind == "heading"} == {1}


def test_numbered_heading_after_a_full_line_is_a_new_heading(tmp_path):
    """A numbered heading that wraps (its first line full) is one heading with its wrapped line;
    the next numbered heading right under it, at the same pitch, is another."""
    p = tmp_path / "wrapnum.pdf"
    P = Page(p)
    top = P.wrapped(40, 40, 500, BODY) + 12
    five = ("5. Police and Crime Commissioner's Precept Proposal 2024/25 and the Medium Term Financial "
            "Plan")
    six = "6. Work Programme (Pages 41 - 44)"
    four = "4. Police and Crime Commissioner's Annual Report 2023/24 (Pages 9 - 40)"  # one full line
    assert P.n_lines(five, 500, 12, True) == 2 and P.n_lines(four, 500, 12, True) == 1
    P.line(40, top, four, 12, bold=True)
    top = P.wrapped(40, top + 14.4, 500, five, 12, bold=True, leading=14.4)
    P.line(40, top, six, 12, bold=True)
    P.wrapped(40, top + 24, 500, BODY2)
    P.save()
    assert _blocks(_load(p)) == [("paragraph", BODY), ("heading", four), ("heading", five), ("heading", six),
                                 ("paragraph", BODY2)]


def test_bold_lines_split_by_gap_and_indent_but_a_wrapped_heading_stays_one(tmp_path):
    p = tmp_path / "heads.pdf"
    P = Page(p)
    top = P.wrapped(40, 40, 500, BODY) + 12
    # two bold lines with a gap larger than the line pitch between them
    P.line(40, top, "Apologies for Absence", 12, bold=True)
    P.line(40, top + 22, "Declarations of Interest", 12, bold=True)
    top += 44
    # a long heading that really wraps: same size, same x, tight pitch, first line full
    long_head = ("Police and Crime Commissioner's Proposed Precept for 2024/25, the Medium Term "
                 "Financial Strategy and the Capital Programme")
    assert P.n_lines(long_head, 500, 12, True) == 2
    top = P.wrapped(40, top, 500, long_head, 12, bold=True, leading=14.4) + 8
    top = P.wrapped(40, top, 500, BODY2) + 12
    # bold lines at the line pitch whose x-start differs
    P.line(40, top, "Public Meeting", 12, bold=True)
    P.line(70, top + 14.4, "Council Chamber, County Hall", 12, bold=True)
    top += 36
    closing = "The meeting will be webcast live on the council's website."
    P.line(40, top, closing, 10)
    P.save()
    assert _blocks(_load(p)) == [
        ("paragraph", BODY), ("heading", "Apologies for Absence"), ("heading", "Declarations of Interest"),
        ("heading", long_head), ("paragraph", BODY2), ("heading", "Public Meeting"),
        ("heading", "Council Chamber, County Hall"), ("paragraph", closing)]


# --------------------------------------------------------------------------- 2. label lines

@pytest.mark.parametrize("bold_label", [False, True])
def test_label_line_then_paragraph(tmp_path, bold_label):
    """A short "Label:" line: a long paragraph after it is a block of its own; a short value on
    the next line is kept with the label.  All lines at the same pitch (no paragraph space)."""
    p = tmp_path / "label.pdf"
    P = Page(p)
    top = 50.0
    P.line(40, top, "Report of:", 10, bold=bold_label)
    top += 12
    top = P.wrapped(40, top, 480, BODY, leading=12)
    P.line(40, top, "Date:", 10, bold=bold_label)
    P.line(40, top + 12, "6 February 2024", 10)
    top += 24
    top = P.wrapped(40, top, 480, BODY2, leading=12)
    P.save()
    got = _blocks(_load(p))
    # a bold label on a line of its own is a heading (as a bold line in the Markdown loader)
    label = "heading" if bold_label else "paragraph"
    date = [("heading", "Date:"), ("paragraph", "6 February 2024")] if bold_label else \
        [("paragraph", "Date: 6 February 2024")]
    assert got == [(label, "Report of:"), ("paragraph", BODY)] + date + [("paragraph", BODY2)]


def test_front_sheet_lines_are_separate_paragraphs(tmp_path):
    """Single-line paragraphs with paragraph space between them (a committee front sheet) stay
    apart even when few lines on the page wrap."""
    p = tmp_path / "front.pdf"
    P = Page(p)
    lines = ["Kent and Medway Police and Crime Panel", "Report to: Kent and Medway Police and Crime Panel",
             "Date: 6 February 2024", "Title of report: Police and Crime Plan delivery update",
             "Report of: Robert Phillips, Chief Executive"]
    top = 60.0
    for t in lines:
        P.line(57, top, t, 10)
        top += 18
    P.save()
    assert _blocks(_load(p)) == [("paragraph", t) for t in lines]


# --------------------------------------------------------------------------- 3. numbered items

@pytest.mark.parametrize("layout", ["column", "spaced"])
def test_numbered_agenda_lines_keep_their_numbers(tmp_path, layout):
    """Agenda lines "1 Apologies for Absence": the number (in a column of its own, or one space
    before the title) stays in the bullet text, one bullet per line."""
    p = tmp_path / "items.pdf"
    P = Page(p)
    items = [("1", "Apologies for Absence"), ("2", "Precept Proposal (Pages 5 - 20)"),
             ("3", "Declarations of Interest"), ("4", "Work Programme (Pages 21 - 24)")]
    P.line(40, 40, "AGENDA", 14, bold=True)
    top = 70.0
    for n, t in items:
        if layout == "column":
            P.line(40, top, n, 10)
            P.line(70, top, t, 10)
        else:
            P.line(40, top, f"{n} {t}", 10)
        top += 12 if layout == "spaced" else 20
    P.wrapped(40, top + 10, 480, BODY)
    P.save()
    got = _blocks(_load(p))
    assert got == [("heading", "AGENDA")] + [("bullet", f"{n} {t}") for n, t in items] + [("paragraph", BODY)]


def test_numbered_paragraphs_keep_markers_and_wrapped_lines(tmp_path):
    """Numbered paragraphs of minutes ("47.2 It was moved ...") keep the number, and a wrapped
    line that returns to the number's x continues the item; a wrapped line that starts with a
    number ("3 speakers ...") is not an item."""
    p = tmp_path / "minutes.pdf"
    P = Page(p)
    a = "47.1 The Commissioner introduced the report on the proposed precept for 2024/25."
    b = ("47.2 It was moved by Councillor Pickett, seconded by Councillor Theobald and RESOLVED that "
         "the Panel supports the proposed precept of £13 for a Band D property.")
    P.line(40, 40, "47. Proposed Precept 2024/25", 12, bold=True)
    top = P.wrapped(40, 62, 470, a) + 6
    assert P.n_lines(b, 470) == 2
    top = P.wrapped(40, top, 470, b) + 6
    lines = ["Please register at least 10 minutes before the meeting. Up to",
             "3 speakers are permitted to speak for up to 3 minutes each on any",
             "agenda item."]
    for k, t in enumerate(lines):
        P.line(40, top + 12 * k, t, 10)
    P.save()
    assert _blocks(_load(p)) == [("heading", "47. Proposed Precept 2024/25"), ("bullet", a), ("bullet", b),
                                 ("paragraph", " ".join(lines))]


def test_generated_numbered_bullets_keep_numbers(tmp_path):
    """tests/pdfgen.headings_and_bullets: "1.", "2.", "4.10" items keep their number in the text,
    glyph bullets drop the glyph."""
    p = tmp_path / "hb.pdf"
    exp = pdfgen.headings_and_bullets(p)
    got = [b.text for b in _load(p).blocks if b.kind == "bullet"]
    nums = ["1. ", "2. ", "4.10 "]
    want = [e[1] for e in exp["blocks"] if e[0] == "bullet"]
    assert got[:5] == want[:5]
    assert got[5:] == [n + t for n, t in zip(nums, want[5:])]


# --------------------------------------------------------------------------- 4. cover, table, footnote, ordinals

def test_cover_page_title_subtitle_date_body(tmp_path):
    p = tmp_path / "cover.pdf"
    P = Page(p)
    P.centred(120, "Police and Crime Panel", 26, bold=True)
    P.centred(165, "Quarterly Highlight Report", 18)
    P.centred(195, "October – December 2023", 14)
    top = P.wrapped(60, 260, 470, BODY) + 10
    P.wrapped(60, top, 470, BODY2)
    P.save()
    doc = _load(p)
    assert _blocks(doc) == [("heading", "Police and Crime Panel"), ("heading", "Quarterly Highlight Report"),
                            ("heading", "October – December 2023"), ("paragraph", BODY), ("paragraph", BODY2)]
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2, 3]


ROWS = [["Area", "Crimes", "Change"], ["County", "1,234", "-2.1%"], ["Swindon", "987", "3.4%"],
        ["Force", "2,221", "0.4%"]]


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("head_size", [12, 9])
def test_heading_right_above_a_table_is_not_its_header(tmp_path, ruled, head_size):
    p = tmp_path / "ht.pdf"
    P = Page(p)
    top = P.wrapped(40, 40, 480, BODY) + 12
    head = "Recorded crime by area"
    P.line(40, top, head, head_size, bold=True)
    bottom = P.W.table(40, top + head_size * 1.25, [150, 80, 80], ROWS, size=9, ruled=ruled)
    P.wrapped(40, bottom + 14, 480, BODY2)
    P.save()
    assert _blocks(_load(p)) == [("paragraph", BODY), ("heading", head), ("table", ROWS), ("paragraph", BODY2)]


@pytest.mark.parametrize("where", ["bottom", "close", "marked"])
def test_footnote_in_small_type_is_its_own_paragraph(tmp_path, where):
    p = tmp_path / "fn.pdf"
    P = Page(p)
    top = P.wrapped(40, 40, 480, BODY) + 8
    top = P.wrapped(40, top, 480, BODY2)
    note = "Source: Home Office police recorded crime data tables, published January 2024."
    if where == "marked":  # a raised footnote number before the note
        P.run(40, 790, [("1", 5, False, 3), (note, 8, False, 0)], size=8)
        note = "1 " + note
    else:
        P.line(40, 790 if where == "bottom" else top + 2, note, 8)
    P.save()
    assert _blocks(_load(p)) == [("paragraph", BODY), ("paragraph", BODY2), ("paragraph", note)]


def test_superscript_ordinals_join_their_number(tmp_path):
    p = tmp_path / "sup.pdf"
    P = Page(p)
    P.run(40, 40, [("Meeting of 14", 12, True, 0), ("th", 7, True, 5), (" January 2024", 12, True, 0)], size=12)
    P.run(40, 70, [("The panel met on the 14", 10, False, 0), ("th", 6, False, 4),
                   (" January and again on the 1", 10, False, 0), ("st", 6, False, 4),
                   (" and 22", 10, False, 0), ("nd", 6, False, 4), (" of February 2024.", 10, False, 0)])
    P.save()
    assert _blocks(_load(p)) == [
        ("heading", "Meeting of 14th January 2024"),
        ("paragraph", "The panel met on the 14th January and again on the 1st and 22nd of February 2024.")]


def test_superscript_footnote_reference_stays_apart_from_a_number(tmp_path):
    """A raised footnote digit after a value is not glued to it ("17.7%1" would be a wrong value)."""
    p = tmp_path / "ref.pdf"
    P = Page(p)
    P.run(40, 40, [("Crime rose by 17.7%", 10, False, 0), ("1", 6, False, 4), (" over the year.", 10, False, 0)])
    P.save()
    text = _load(p).blocks[0].text
    assert "17.7% " in text and "17.7%1" not in text


# --------------------------------------------------------------------------- justified lists (platypus)

def test_justified_list_items_keep_their_wrapped_lines(tmp_path):
    """Justified text stretches the spaces of a short list line beyond the segment gap: the line
    is still one run of words, so each item keeps its wrapped line; the default bullet glyph of
    reportlab's lists comes out unmapped ("(cid:127)") and is dropped like any bullet glyph."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    reg, bold, _ = pdfgen.fonts()
    st = ParagraphStyle("p", fontName=reg, fontSize=11, leading=13, alignment=TA_JUSTIFY)
    h = ParagraphStyle("h", fontName=bold, fontSize=13, leading=16, spaceAfter=4)
    glyph_items, num_items = pdfgen.SENTENCES[:3], pdfgen.SENTENCES[3:6]
    story = [Paragraph("Key points", h), Paragraph(BODY, st),
             ListFlowable([ListItem(Paragraph(s, st)) for s in glyph_items], bulletType="bullet"),
             ListFlowable([ListItem(Paragraph(s, st)) for s in num_items], bulletType="1")]
    p = tmp_path / "just.pdf"
    SimpleDocTemplate(str(p), pagesize=A4).build(story)
    assert _blocks(_load(p)) == [("heading", "Key points"), ("paragraph", BODY)] + [
        ("bullet", s) for s in glyph_items] + [("bullet", f"{k} {s}") for k, s in enumerate(num_items, 1)]
