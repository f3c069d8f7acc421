"""Tests of extract.loaders: the text and Markdown loaders, dispatch, decoding, pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.loaders import LoadError, discover, load, looks_like_markdown
from extract.model import BULLET, HEADING, PARAGRAPH, TABLE, sha256_bytes

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
HIGHLIGHT = CORPUS / "wiltshire-highlight-report-2023-10-to-12.txt"
NEWSLETTER = CORPUS / "wiltshire-newsletter-2023-03-to-05.txt"
AGENDA = CORPUS / "wiltshire-panel-agenda-pack-2023-12-14.md"
PERF2019 = CORPUS / "wiltshire-performance-report-2019-q2.md"


@pytest.fixture(scope="module")
def highlight():
    return load(HIGHLIGHT)


@pytest.fixture(scope="module")
def newsletter():
    return load(NEWSLETTER)


@pytest.fixture(scope="module")
def agenda():
    return load(AGENDA)


@pytest.fixture(scope="module")
def perf2019():
    return load(PERF2019)


def blocks_with(doc, text, kind=None):
    return [b for b in doc.blocks if text in b.text and (kind is None or b.kind == kind)]


def write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


# --------------------------------------------------------------------------- corpus: text

def test_corpus_formats_and_hash(highlight, newsletter, agenda, perf2019):
    assert highlight.format == "text" and newsletter.format == "text"
    assert agenda.format == "markdown" and perf2019.format == "markdown"
    assert highlight.sha256 == sha256_bytes(HIGHLIGHT.read_bytes())
    assert highlight.doc_id == highlight.sha256[:16]
    for doc in (highlight, newsletter, agenda, perf2019):
        assert doc.blocks
        for b in doc.blocks:
            assert b.line is not None and b.line >= 1
            assert "\u00a0" not in b.text and "  " not in b.text
            assert "<u>" not in b.text and "**" not in b.text


def test_highlight_paragraph_joined_across_blank_lines(highlight):
    want = ("Crime and Communication Centre. Continued improvements in service provided to the "
            "public. Waiting times progressively reducing. Includes:")
    hits = [b for b in highlight.blocks if b.text == want]
    assert len(hits) == 1 and hits[0].kind == PARAGRAPH
    assert hits[0].line == 19  # first line of the paragraph
    assert not blocks_with(highlight, "public. Waiting times")[0].text.startswith("public")


def test_highlight_bullets_joined(highlight):
    b = [x for x in highlight.blocks
         if x.text == "999 abandonment rates continue to decrease with October 2023 levels at 0.7% "
                      "a year-on-year decrease of -1.2%."]
    assert len(b) == 1 and b[0].kind == BULLET and b[0].level == 0
    # an upper-case continuation after a trailing-space wrap
    assert blocks_with(highlight, "under a Chief of Corporate Services. A Deputy Chief", PARAGRAPH)
    assert blocks_with(highlight, "1 hr 45 min in September 2023", BULLET)
    # "2022." continues the bullet, it is not a paragraph of its own
    assert not [x for x in highlight.blocks if x.text == "2022."]


def test_highlight_nested_bullets_by_glyph(highlight):
    silent = blocks_with(highlight, "Silent 999 calls have seen another monthly reduction:", BULLET)[0]
    i = highlight.blocks.index(silent)
    june, august = highlight.blocks[i + 1], highlight.blocks[i + 2]
    assert june.kind == BULLET and june.level == silent.level + 1 and "2,881" in june.text
    assert august.kind == BULLET and august.level == silent.level + 1
    # bullets after a bullet ending with "." stay at the same level
    urban = blocks_with(highlight, "Urban SLA = 15 min. For September 2023 the response time was 11 min 59 sec.")
    assert urban and urban[0].level == 0


def test_highlight_headings(highlight):
    heads = {(b.text, b.level) for b in highlight.iter_blocks(HEADING)}
    assert ("Deliverables Progress", 3) in heads
    assert ("Data Summary", 3) in heads
    assert ("Priority 1: A police service that meets the needs of its community", 1) in heads
    assert ("SO WHAT? (What is happening? What is the analysis telling us?)", 2) in heads
    assert ("Crime & Communication Centre – 999 Service", 3) in heads
    # column headers and data rows of the deliverables form stay paragraphs
    assert blocks_with(highlight, "Action Date Due Progress")[0].kind == PARAGRAPH
    assert [b.kind for b in highlight.blocks if b.text == "Jan 24 90%"] == [PARAGRAPH]
    assert blocks_with(highlight, "Tidworth police building site work commenced")[0].kind == PARAGRAPH
    # a glossary is not a run of headings
    assert blocks_with(highlight, "CSP Community Safety Partnership")[0].kind == PARAGRAPH


def test_highlight_sections_assigned(highlight):
    b = blocks_with(highlight, "999 call volumes are recording a year-on-year increase of 17.7%.")[0]
    assert b.section == "Data Summary"
    assert "Priority 1: A police service that meets the needs of its community" in b.headings


def test_highlight_not_page_marked(highlight):
    assert highlight.page_marked is False
    assert all(b.page is None for b in highlight.blocks)
    assert len(highlight.pages) == 1


def test_newsletter(newsletter):
    heads = {(b.text, b.level) for b in newsletter.iter_blocks(HEADING)}
    assert ("QUARTERLY UPDATES", 2) in heads
    assert ("PRIORITY 2: Reduce violence and serious harm", 1) in heads
    bullets = list(newsletter.iter_blocks(BULLET))
    assert len(bullets) >= 25
    assert blocks_with(newsletter, "disruptions to drug dealers and targeting those that would exploit", BULLET)
    para = blocks_with(newsletter, "A total of 14 arrests were made with cocaine worth £9,150, cannabis worth £1,150")
    assert para and para[0].kind == PARAGRAPH
    assert blocks_with(newsletter, "including Area Boards and public meetings")


# --------------------------------------------------------------------------- corpus: Markdown

def test_agenda_bullet_and_numbered_paragraphs(agenda):
    want = ("999 abandonment rates continue to decrease with October 2023 levels at 0.7% a "
            "year-on-year decrease of -1.2%.")
    hits = [b for b in agenda.blocks if b.text == want]
    assert len(hits) == 1 and hits[0].kind == BULLET
    b410 = blocks_with(agenda, "4.10 The relationship between the two roles", BULLET)
    assert b410 and b410[0].text.startswith("4.10 ")
    nested = blocks_with(agenda, "A new shift pattern will launch on 8th January 2024.", BULLET)
    assert nested and nested[0].level == 1


def test_agenda_html_and_sup(agenda):
    assert blocks_with(agenda, "Wiltshire received 17,443 101 calls sitting 39th of 44 forces.", BULLET)
    assert blocks_with(agenda, "Domestic Abuse. Over-all trend decreasing")  # <b>…</b> . joined
    t = blocks_with(agenda, "Complaint cases logged", TABLE)
    assert t and t[0].cells()[1] == ["Complaint cases logged", "371", "311", "259", "20,503"]


def test_agenda_headings(agenda):
    heads = [(b.text, b.level) for b in agenda.iter_blocks(HEADING)]
    assert ("Recording and Broadcasting Information", 1) in heads
    assert ("Membership:", 4) in heads
    assert ("Fatal RTCs", 4) in heads  # "#### <u>Fatal RTCs</u>"
    assert ("Priority 2: Reduce violence and serious harm", 1) in heads  # "# **Priority 2**: …"


def test_agenda_measure_table_keeps_empty_cells_and_glyphs(agenda):
    t = [b for b in agenda.tables() if b.rows and b.rows[0][0].text.endswith("Measure")
         and any(r[0].text == "Average Time to Answer: All 999" for r in b.rows)]
    assert len(t) == 1
    rows = {r[0].text: [c.text for c in r] for r in t[0].rows}
    ata = rows["Average Time to Answer: All 999"]
    assert ata[1] == "^" and ata[2] == "00:00:12"
    assert ata[7] == "" and ata[8] == "10"  # empty "Statistical Exceptions" kept in place
    assert rows["Call Answered Volume: 999"][1] == ""
    assert rows["Call Offer Demand: All 999"][1] == "~~~~~"
    assert len(ata) == len(t[0].rows[0])
    crib = [b for b in agenda.tables() if any(r[0].text == "Call Offer Demand: All CRIB" for r in b.rows)][0]
    assert [r for r in crib.cells() if r[0] == "Call Offer Demand: All CRIB"][0][1] == "~"  # $\sim$


def test_agenda_broken_paragraph_rejoined(agenda):
    hits = blocks_with(agenda, "circulated to Committee members prior to the meeting and made available")
    assert len(hits) == 1 and hits[0].kind == PARAGRAPH
    assert not [b for b in agenda.blocks if b.text.startswith("to the meeting and made")]
    # across the "# Page 4" marker
    assert blocks_with(agenda, "the public should be excluded because of the likelihood")


def test_agenda_page_marker_recorded_not_trusted(agenda):
    assert agenda.page_marked is False
    assert all(b.page is None for b in agenda.blocks)
    assert any("Page 4" in n for n in agenda.notes)
    assert not [b for b in agenda.blocks if b.text == "Page 4"]
    blank = [b for b in agenda.blocks if b.text == "This page is intentionally left blank"]
    assert len(blank) >= 4 and all(b.kind == PARAGRAPH for b in blank)


def test_perf2019(perf2019):
    t = [b for b in perf2019.tables() if b.rows[0][0].text == "Crime volume"]
    assert t and t[0].cells() == [["Crime volume",
                                    "Q1: 10,952 - 43,523 rolling 12 months Q2: 11,856 - 44,340 rolling 12 months"]]
    t = [b for b in perf2019.tables() if b.rows[0][0].text == "Percentage of complaint appeals upheld"]
    assert t and t[0].rows[0][1].text.startswith("Q1: 33 per cent (6 appeals completed and 3 upheld)")
    assert blocks_with(perf2019, "77.7 per cent (±3.5 per cent)")
    assert blocks_with(perf2019, "publication cites")  # footnote reference dropped
    assert blocks_with(perf2019, "which is an increase of 10.4 per cent (621 DA crimes).", BULLET)
    assert blocks_with(perf2019, "Forces nationally are seeing their outcome ratio decline")
    b = blocks_with(perf2019, "1. There were 11,856 crimes recorded during quarter two", BULLET)
    assert b and b[0].text.startswith("1. ")
    toc = [b for b in perf2019.tables() if b.rows[0][0].text.startswith("Introduction by Commissioner")]
    assert toc and toc[0].rows[3][1].text == "7"
    assert blocks_with(perf2019, "This measure forms part of the Wiltshire Criminal Justice Board (WCJB) "
                                 "performance framework.", BULLET)
    assert not [b for b in perf2019.blocks if set(b.text) <= set("-– ")]  # dashed rules dropped


# --------------------------------------------------------------------------- inline Markdown

def test_markdown_inline(tmp_path):
    p = write(tmp_path, "a.md", (
        "# Title **bold**\n\n"
        "## <u>Sub</u> heading\n\n"
        "Text with **bold**, *em*, \\*star, &amp; entity, 39<sup>th</sup> place,<br>broken and a\u00a0nbsp.\n\n"
        "- top item\n"
        "  - nested item\n"
        "    - deeper item\n"
        "- back to top\n\n"
        "<ul><li>first li</li><li>second li</li></ul>\n\n"
        "| Name | Value |\n|---|---:|\n| a | 1 |\n| b |  |\n\n"
        "<table><tr><td>x</td><td><p>y</p></td></tr><tr><td>1</td><td></td></tr></table>\n\n"
        "---\n\n"
        "- - -\n\n"
        "Label\tA\t\tC\n"
        "Row\t\t2\t3\n"))
    doc = load(p)
    assert doc.format == "markdown"
    heads = [(b.text, b.level) for b in doc.iter_blocks(HEADING)]
    assert heads == [("Title bold", 1), ("Sub heading", 2)]
    para = next(doc.iter_blocks(PARAGRAPH))
    assert para.text == ("Text with bold, em, *star, & entity, 39th place, broken and a nbsp.")
    bullets = [(b.text, b.level) for b in doc.iter_blocks(BULLET)]
    assert bullets[:4] == [("top item", 0), ("nested item", 1), ("deeper item", 2), ("back to top", 0)]
    assert ("first li", 0) in bullets and ("second li", 0) in bullets
    tables = list(doc.tables())
    assert tables[0].cells() == [["Name", "Value"], ["a", "1"], ["b", ""]]
    assert tables[1].cells() == [["x", "y"], ["1", ""]]
    assert tables[2].cells() == [["Label", "A", "", "C"], ["Row", "", "2", "3"]]
    assert all(b.kind != PARAGRAPH or set(b.text) - set("- ") for b in doc.blocks)
    assert [b.line for b in doc.iter_blocks(HEADING)] == [1, 3]
    assert tables[2].line == 25


def test_markdown_broken_lines(tmp_path):
    p = write(tmp_path, "b.md", (
        "- The item runs on to the\n\n"
        "next line after a blank.\n\n"
        "A sentence that ends.\n\n"
        "Another paragraph.\n"))
    doc = load(p)
    texts = [(b.kind, b.text) for b in doc.blocks]
    assert texts == [(BULLET, "The item runs on to the next line after a blank."),
                     (PARAGRAPH, "A sentence that ends."), (PARAGRAPH, "Another paragraph.")]


def test_markdown_page_markers(tmp_path):
    p = write(tmp_path, "c.md", "Intro text.\n\n# Page 1\n\nSecond page text.\n\nPage 2\n\nThird page.\n")
    doc = load(p)
    assert doc.page_marked is True
    pages = {b.text: b.page for b in doc.blocks}
    # markers are footers: the text above "Page 1" is on page 1
    assert pages == {"Intro text.": 1, "Second page text.": 2, "Third page.": 3}
    assert [pg.number for pg in doc.pages] == [1, 2, 3]


def test_header_page_markers(tmp_path):
    p = write(tmp_path, "d.txt", "Page 1\n\nFirst.\n\nPage 2\n\nSecond.\n")
    doc = load(p)
    assert doc.page_marked is True
    assert {b.text: b.page for b in doc.blocks} == {"First.": 1, "Second.": 2}


# --------------------------------------------------------------------------- inline text

def test_text_form_feeds_give_pages(tmp_path):
    p = write(tmp_path, "e.txt", "Overview\n\nFirst page sentence.\n\fSecond page sentence.\n\f\fFourth.\n")
    doc = load(p)
    assert doc.format == "text" and doc.page_marked is True
    got = {b.text: (b.page, b.line) for b in doc.blocks}
    assert got["First page sentence."] == (1, 3)
    assert got["Second page sentence."] == (2, 4)
    assert got["Fourth."] == (4, 5)
    assert [pg.number for pg in doc.pages] == [1, 2, 3, 4]


def test_text_bullets_and_tables(tmp_path):
    p = write(tmp_path, "f.txt", (
        "Risks and issues\n\n"
        "• Embedding the new model and making progress to exit from \n\n"
        "maintain improvement.\n\n"
        "– Silent calls fell:\n"
        "• June - 2,881 calls.\n"
        "• August - 1,882 calls.\n"
        "– Back at the top.\n\n"
        "Measure      Oct-2023     Sep-2023\n"
        "Calls        9,429        9,100\n"
        "Rate         0.7%         0.9%\n\n"
        "Response rate was -17.6% this year.\n"))
    doc = load(p)
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks if b.kind != TABLE]
    assert kinds[0] == (HEADING, 3, "Risks and issues")
    assert kinds[1] == (BULLET, 0, "Embedding the new model and making progress to exit from maintain improvement.")
    assert kinds[2] == (BULLET, 0, "Silent calls fell:")
    assert kinds[3] == (BULLET, 1, "June - 2,881 calls.")
    assert kinds[4] == (BULLET, 1, "August - 1,882 calls.")
    assert kinds[5] == (BULLET, 0, "Back at the top.")
    t = list(doc.tables())
    assert len(t) == 1 and t[0].cells() == [["Measure", "Oct-2023", "Sep-2023"],
                                           ["Calls", "9,429", "9,100"], ["Rate", "0.7%", "0.9%"]]
    assert t[0].line == 12
    assert kinds[-1] == (PARAGRAPH, 0, "Response rate was -17.6% this year.")


def test_text_indented_bullets(tmp_path):
    p = write(tmp_path, "g.txt", "• Top\n    ◦ Child\n        ▪ Grandchild\n• Top again\n")
    doc = load(p)
    assert [(b.text, b.level) for b in doc.blocks] == [("Top", 0), ("Child", 1), ("Grandchild", 2), ("Top again", 0)]


# --------------------------------------------------------------------------- dispatch & errors

def test_non_utf8_decoded_with_note(tmp_path):
    p = write(tmp_path, "h.txt", "Cost was \u00a39,150 \u2013 a rise.\n".encode("cp1252"))
    doc = load(p)
    assert doc.blocks[0].text == "Cost was £9,150 – a rise."
    assert any("Windows-1252" in n for n in doc.notes)
    assert doc.sha256 == sha256_bytes(p.read_bytes())


def test_utf8_bom_stripped(tmp_path):
    p = write(tmp_path, "i.txt", b"\xef\xbb\xbfHello world.\n")
    doc = load(p)
    assert doc.blocks[0].text == "Hello world." and doc.notes == []


def test_empty_file_raises(tmp_path):
    p = write(tmp_path, "empty.txt", b"")
    with pytest.raises(LoadError) as e:
        load(p)
    assert str(p) in str(e.value) and "empty file" in str(e.value)
    p2 = write(tmp_path, "ws.txt", b"  \n\n")
    with pytest.raises(LoadError, match="empty file"):
        load(p2)


def test_binary_file_raises(tmp_path):
    p = write(tmp_path, "blob.bin", bytes(range(256)) * 20)
    with pytest.raises(LoadError) as e:
        load(p)
    assert str(p) in str(e.value) and "neither PDF nor text" in str(e.value)


def test_missing_file_raises(tmp_path):
    with pytest.raises(LoadError) as e:
        load(tmp_path / "nope.txt")
    assert "nope.txt" in str(e.value)


def test_pdf_dispatch(tmp_path, monkeypatch):
    p = write(tmp_path, "x.pdf", b"%PDF-1.4\n%garbage\n")
    try:
        import extract.loaders.pdf as pdfmod  # noqa: F401
    except ImportError:
        with pytest.raises(LoadError, match="x.pdf"):
            load(p)
        return
    calls = {}

    def fake(path, data, **limits):
        calls["args"] = (str(path), data[:4], limits)
        return "sentinel"

    monkeypatch.setattr(pdfmod, "load_pdf", fake)
    assert load(p, max_pages=3) == "sentinel"
    assert calls["args"] == (str(p), b"%PDF", {"max_pages": 3})


def test_markdown_detection(tmp_path):
    md_in_txt = write(tmp_path, "j.txt", "# Heading\n\nSome **bold** text.\n\n## Another\n")
    assert load(md_in_txt).format == "markdown"
    plain = write(tmp_path, "k.txt", "Heading\n\nSome text with a # in it.\n")
    assert load(plain).format == "text"
    assert load(write(tmp_path, "l.md", "Just text.\n")).format == "markdown"
    assert looks_like_markdown("Cell <u>under</u>\n\n# H\n")
    assert not looks_like_markdown("– a bullet\n• another\n")


def test_discover(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b.txt", "a.md", "sub/c.pdf", "sub/d.markdown", ".e.txt", ".hidden/f.txt", "g.csv", "h"]:
        (tmp_path / name).write_text("x")
    got = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["a.md", "b.txt", "sub/c.pdf", "sub/d.markdown"]
    explicit = discover([tmp_path / "h", tmp_path / "g.csv", tmp_path / "a.md", tmp_path])
    names = [p.name for p in explicit]
    assert names[:3] == ["h", "g.csv", "a.md"] and names.count("a.md") == 1


def test_tab_table_rows_with_empty_first_or_last_cell_stay_in_place(tmp_path):
    from extract.loaders import load

    p = tmp_path / "plan.txt"
    p.write_text("Delivery plan\n\n"
                 "Action\tOwner\tStatus\n"
                 "Open new station\tEstates\tOngoing\n"
                 "Train staff\tHR\t\n"
                 "\tHR\tGreen\n"
                 "Review fleet\tFleet\tComplete\n", encoding="utf-8")
    tables = [b for b in load(p).blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].cells() == [["Action", "Owner", "Status"],
                                 ["Open new station", "Estates", "Ongoing"],
                                 ["Train staff", "HR", ""],
                                 ["", "HR", "Green"],
                                 ["Review fleet", "Fleet", "Complete"]]
