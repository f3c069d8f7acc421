"""Measure tables of session 19's audit (publishers not read before): short excerpts quoted
from the published pages (publisher named on each); expected values are read from the
documents."""
from extract.extractors import measures
from extract.loaders import load_text


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


def _tables(text: str, name: str = "page.txt"):
    doc = load_text(name, text)
    return [[[c.text for c in r] for r in b.rows] for p in doc.pages for b in p.blocks if b.kind == "table"]


def _by_subject(ms):
    return {(m.metric, m.subject): (m.value, m.unit) for m in ms}


# Halton Borough Council, Executive Board decision "Determination of the Council Tax Base" (2012/13),
# a ModernGov issue page saved as text: one cell a line, each closed by " |"; an empty row ("|" / "|")
# under the header, and one row whose label cell the page lost ("|" / "345 |")
HALTON = """2) the Council Tax Base for each of the Parishes be set as
follows:
Parish |
Tax Base |
|
|
Hale |
729 |
Halebank |
590 |
Daresbury |
146 |
|
345 |
Preston Brook |
347 |
Sandymoor |
985 |
Minutes:
The Executive Board had considered a report of the Operational Director, Finance.
"""


def test_two_column_table_one_cell_a_line_is_read():
    assert [["Parish", "Tax Base"], ["Hale", "729"], ["Halebank", "590"], ["Daresbury", "146"],
            ["Preston Brook", "347"], ["Sandymoor", "985"]] in _tables(HALTON)
    got = _by_subject(_measures(HALTON))
    # the parish is the subject, the value column's header the metric (a count of band D properties)
    assert got[("Tax Base", "Hale")] == (729, "count")
    assert got[("Tax Base", "Sandymoor")] == (985, "count")
    # the value whose label the page lost belongs to no row
    assert all(v != 345 for v, _ in got.values())
    assert len(got) == 5


# South Kesteven District Council, Cabinet decision "Council Tax Base 2009/2010" (ModernGov issue page):
# a header cell's " |" on the line after it, two empty cells after every row, the header printed again
SOUTH_KESTEVEN = """DECISION: To approve the recording of the amounts shown below as the council tax bases for 2009/10:
|
|
PARISH |
BAND D EQUIVALENTS
|
|
|
Grantham |
10,834.3 |
|
|
Stamford |
6,922.1 |
|
|
Bourne |
4,754.3 |
|
|
Heydour |
154.8 |
|
|
PARISH |
BAND D EQUIVALENTS
|
|
|
Honington |
66.3 |
|
|
Horbling |
162.6 |
"""


def test_header_cell_closed_on_the_next_line_and_header_printed_again():
    rows = [["PARISH", "BAND D EQUIVALENTS"], ["Grantham", "10,834.3"], ["Stamford", "6,922.1"],
            ["Bourne", "4,754.3"], ["Heydour", "154.8"], ["Honington", "66.3"], ["Horbling", "162.6"]]
    assert rows in _tables(SOUTH_KESTEVEN)
    got = _by_subject(_measures(SOUTH_KESTEVEN))
    assert got[("BAND D EQUIVALENTS", "Grantham")] == (10834.3, "count")
    assert got[("BAND D EQUIVALENTS", "Horbling")] == (162.6, "count")
    assert len(got) == 6


# a table of three columns saved the same way is no label-and-value table: a value right after a
# row's value (no "|" line between) ends it, and a header of three cells gives no pairs at all
THREE_COLUMNS = """Area |
2022 |
2023 |
North |
10 |
12 |
South |
20 |
22 |
East |
30 |
32 |
"""

THREE_WORD_COLUMNS = """Ward |
Crimes |
Arrests |
North |
10 |
12 |
South |
20 |
22 |
"""


def test_wider_tables_are_not_read_as_pairs():
    for text in (THREE_COLUMNS, THREE_WORD_COLUMNS):
        for rows in _tables(text):
            assert all(len(r) != 2 for r in rows), rows
        for m in _measures(text):
            # whatever is read, a value is never put under another column's header
            assert not (m.subject == "North" and m.value == 12 and m.column_label in ("2022", "Crimes"))


# Kent County Council, County Council 13 March 2025, "Treasury Management half-year report 2024-25",
# Appendix 1 (investments at 30 September 2024), the PDF's text layer: each page ends with its page
# number alone on a line and then the running footer, which the text loader joins into one paragraph
KCC_TM = """Total Bonds 117,867,477
Total Internally managed investments 325,608,188
2
TM half-year report 2024-25 to County Council

Appendix 1
2. Externally Managed Investments
Total External Investments 180,038,637 177,003,356 2.49% 3.85%
3. Total Investments
Total Investments £502,611,544
3
TM half-year report 2024-25 to County Council
"""


def test_page_number_and_footer_are_no_value_box():
    ms = _measures(KCC_TM)
    # the page numbers 2 and 3 are never values of the lines above them
    assert not [(m.row_label, m.value) for m in ms if m.value in (2, 3)]
    assert not [m for m in ms if "TM half-year report" in (m.column_label or "")]


def test_value_box_with_its_period_on_the_value_line_still_reads():
    # the one-period box form of Wiltshire PCC's 2019 performance report (corpus/wiltshire-performance-
    # report-2019-q2.md): label, then value and period on one line
    ms = _measures("Killed and seriously injured (KSI) - Collisions\n\n273 collisions – 12 months to June 2019\n",
                  "report.md")
    assert [(m.value, m.unit, m.period_end) for m in ms] == [(273, "count", "2019-06-30")]


def test_page_number_after_a_form_feed_is_no_value_box():
    # the same pages parted by a form feed: the block's first line is found as the block counts lines
    # (split at "\n"), not one off
    ms = _measures("Cover page\n\x0c" + KCC_TM)
    assert not [(m.row_label, m.value) for m in ms if m.value in (2, 3)]
