"""Page furniture of text converted from PDF is found once, by the text loader, kept out of the blocks and
recorded in the document (``Document.furniture``: line, page, text, kind); extractors see no block of it.
Measures number source lines as the blocks do (a form feed is no line break)."""
from __future__ import annotations

import pickle

from extract.extractors import measures
from extract.loaders import load_text
from extract.model import PAGE_NUMBER, RUNNING_LINE, Document

FOOTER = "TM half-year report 2024-25 to County Council"

# Kent County Council, County Council 13 March 2025, "Treasury Management half-year report 2024-25",
# Appendix 1, the PDF's text layer without form feeds (lines as pdftotext prints them): each page ends
# with its page number alone on a line and then the running footer
KCC = f"""Treasury management

Total Money Market Funds 132,964,615
Equity Kent PFI (Holdings) Ltd 1,298,620 n/a
1
{FOOTER}


Appendix 1
Total Bonds 117,867,477
Total Internally managed investments 325,608,188
2
{FOOTER}

Appendix 1
3. Total Investments
Total Investments £502,611,544
3
{FOOTER}
"""


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_page_numbers_and_the_footer_beside_them_are_furniture_not_blocks():
    doc = load_text("tm.txt", KCC)
    got = [(f.line, f.text, f.kind, f.page) for f in doc.furniture]
    assert got == [(5, "1", PAGE_NUMBER, None), (6, FOOTER, RUNNING_LINE, None),
                   (12, "2", PAGE_NUMBER, None), (13, FOOTER, RUNNING_LINE, None),
                   (18, "3", PAGE_NUMBER, None), (19, FOOTER, RUNNING_LINE, None)]
    assert doc.furniture_lines() == {5, 6, 12, 13, 18, 19}
    texts = _texts(doc)
    assert not [t for t in texts if "half-year report" in t], texts
    # the page's last row is its own paragraph, without the page number and the footer joined to it
    assert "Equity Kent PFI (Holdings) Ltd 1,298,620 n/a" in texts


def test_the_last_line_of_a_page_is_no_heading():
    # the rows a page ends with, before its number and footer, stay text (a heading is printed with the
    # text under it): their figures are read
    doc = load_text("tm.txt", KCC)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Equity Kent PFI (Holdings) Ltd 1,298,620 n/a"] == "paragraph"
    assert kinds["Total Internally managed investments 325,608,188"] == "paragraph"


def test_the_same_words_printed_elsewhere_are_content():
    # the footer's words as the report's title on the first page, with no page number beside them
    doc = load_text("tm.txt", f"{FOOTER}\n\n" + KCC)
    assert [f.line for f in doc.furniture if f.kind == RUNNING_LINE] == [8, 15, 21]
    assert _texts(doc)[0] == FOOTER


def test_a_footer_printed_once_or_numbers_beside_different_lines_are_no_furniture():
    one = KCC.split("\n\n\nAppendix 1")[0]
    assert not load_text("tm.txt", one).furniture
    # an agenda's item numbers, each beside its own title
    agenda = "Agenda\n\n1\nApologies for absence\n\n2\nMinutes of the last meeting\n\n3\nPublic questions\n"
    doc = load_text("agenda.txt", agenda)
    assert not doc.furniture
    assert "Apologies for absence" in " ".join(_texts(doc))


def test_numbers_that_do_not_rise_a_page_at_a_time_are_no_page_numbers():
    # tiles: a count under its label, each followed by the same line; 12 then 19 are no page numbers
    text = ("Burglaries recorded this month\n12\nPolice and Crime Panel 2024\n\n"
            "Robberies recorded this month\n19\nPolice and Crime Panel 2024\n")
    doc = load_text("tiles.txt", text)
    assert not doc.furniture
    assert "12" in " ".join(_texts(doc))


def test_form_feed_running_lines_and_page_markers_are_recorded_with_their_pages():
    text = "Report title\nFirst page text.\n1\n\fReport title\nSecond page text.\n2\n\fReport title\nThird.\n3\n"
    doc = load_text("ff.txt", text)
    got = [(f.line, f.page, f.text, f.kind) for f in doc.furniture]
    assert got == [(1, 1, "Report title", RUNNING_LINE), (3, 1, "1", PAGE_NUMBER),
                   (4, 2, "Report title", RUNNING_LINE), (6, 2, "2", PAGE_NUMBER),
                   (7, 3, "Report title", RUNNING_LINE), (9, 3, "3", PAGE_NUMBER)]
    assert _texts(doc) == ["First page text.", "Second page text.", "Third."]
    marked = load_text("pages.txt", "Intro text here.\nPage 1\nMore text on page two.\nPage 2 of 2\n")
    assert [(f.line, f.page, f.text) for f in marked.furniture] == [(2, 1, "Page 1"), (4, 2, "Page 2 of 2")]


def test_furniture_survives_pickling():
    doc = load_text("tm.txt", KCC)
    again = pickle.loads(pickle.dumps(doc))
    assert again.furniture == doc.furniture and len(again.furniture) == 6


def test_source_lines_count_a_form_feed_as_no_line_break():
    doc = Document(source="x", sha256="0" * 64, format="text", raw_text="a\fb\r\nc\rd")
    assert doc.source_lines() == ["a\fb", "c", "d"]


def test_measure_rows_after_a_form_feed_keep_their_source_line():
    text = ("Crime summary\n\nCover page\n\fPerformance table\n\nMeasure\tQ1 2023-24\tQ2 2023-24\n"
            "Crime volume\t10,952\t11,020\nAntisocial behaviour\t2,400\t2,310\n")
    got = {(r.row_label, r.line) for r in measures.extract(load_text("m.txt", text))}
    # "Crime volume" is the 7th line of the text, "Antisocial behaviour" the 8th (the form feed opens line 4)
    assert got == {("Crime volume", 7), ("Antisocial behaviour", 8)}
