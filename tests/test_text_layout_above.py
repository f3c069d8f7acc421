"""pdftotext -layout: a header printed over two lines above a band's first row joins the band
(rule 6 of extract.loaders.text; before, only the one line just above was taken)."""
from extract.loaders import load_text

TWO_LINE_HEADER = (
    "Call handling\n"
    "\n"
    "                        12 Months to\n"
    "                        Jul-2024\n"
    "Calls answered          10,562          -1.0%\n"
    "Calls abandoned         1,200           4.0%\n")


def _tables(text):
    doc = load_text("layout.txt", text)
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"], doc


def test_two_header_lines_above_a_band_join_it():
    tables, doc = _tables(TWO_LINE_HEADER)
    assert tables == [[["", "12 Months to Jul-2024", ""],
                       ["Calls answered", "10,562", "-1.0%"],
                       ["Calls abandoned", "1,200", "4.0%"]]]
    assert [b.text for b in doc.blocks if b.kind != "table"] == ["Call handling"]


def test_a_line_in_the_first_column_above_stays_out():
    # "Call handling" sits in the first column, directly above: it is the table's title, not a cell
    tables, doc = _tables(TWO_LINE_HEADER.replace("Call handling\n\n", "Call handling\n"))
    assert tables[0][0] == ["", "12 Months to Jul-2024", ""]
    assert [b.text for b in doc.blocks if b.kind != "table"] == ["Call handling"]
