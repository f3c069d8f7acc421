"""A PDF text layer's page number, alone on its line beside the running footer, is page furniture the text
loader keeps out of the blocks (``extract.loaders.text.furniture``, rule 9b), so it is no figure."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str):
    return figures.extract(load_text("page.txt", "Treasury management\n\n" + text))


# Kent County Council, County Council 13 March 2025, "Treasury Management half-year report 2024-25",
# Appendix 1 (investments at 30 September 2024), the PDF's text layer: each page ends with its page number
# alone on a line and then the running footer; the text loader joins them to the page's last table row
KCC_TM = """Total Money Market Funds 132,964,615
Equity Kent PFI (Holdings) Ltd 1,298,620 n/a
1
TM half-year report 2024-25 to County Council

Appendix 1
Bond Portfolio
Total Bonds 117,867,477
Total Internally managed investments 325,608,188
2
TM half-year report 2024-25 to County Council

Appendix 1
3. Total Investments
Total Investments £502,611,544
3
TM half-year report 2024-25 to County Council
"""


def test_page_numbers_beside_the_running_footer_are_no_figures():
    got = [(f.value_raw, f.sentence) for f in _figs(KCC_TM)]
    # the page numbers 1, 2 and 3 ("n/a 1 TM half-year report", "2 TM half-year report") are gone
    assert not [g for g in got if g[0] in ("1", "2", "3")], got
    # the row's own value and the totals are still read
    raws = {r for r, _ in got}
    assert {"1,298,620", "£502,611,544"} <= raws, got


def test_a_footer_printed_once_is_no_running_line():
    # one page only: the line after the bare number is printed once, so nothing is known to be a page number
    one = KCC_TM.split("\nAppendix 1\nBond")[0]
    assert not load_text("page.txt", one).furniture
    got = [(f.line, f.text, f.kind) for f in load_text("page.txt", KCC_TM).furniture]
    footer = "TM half-year report 2024-25 to County Council"
    assert got == [(3, "1", "page number"), (4, footer, "running line"), (10, "2", "page number"),
                   (11, footer, "running line"), (16, "3", "page number"), (17, footer, "running line")]


def test_tile_values_beside_a_repeated_line_are_not_page_numbers():
    # one count a line under its label, each tile's page ending in the same footer: values 12 and 19
    # do not rise a page at a time, so they are read as before
    text = ("Burglaries recorded this month\n12\nPolice and Crime Panel 2024\n\n"
            "Robberies recorded this month\n19\nPolice and Crime Panel 2024\n")
    got = {f.value_raw: f.metric_text for f in _figs(text)}
    assert got == {"12": "burglaries recorded this month", "19": "robberies recorded this month"}


def test_a_number_line_not_beside_the_footer_stays():
    # the same footer with page numbers, but a count alone on its line under its label elsewhere on the page
    text = KCC_TM.replace("Total Investments £502,611,544\n", "Total Investments £502,611,544\n\nNumber of funds held\n9\n")
    got = {f.value_raw: f.metric_text for f in _figs(text)}
    assert got.get("9") == "number of funds held", got
    assert "3" not in got


def test_page_numbers_after_a_form_feed_are_found_on_the_blocks_lines():
    # a text layer with its pages parted by form feeds: the blocks count lines split at "\n" (a form feed is
    # no line break to them), so the page numbers are looked for on those lines, not on ``splitlines``' (which
    # breaks at a form feed too and would put every later line one off)
    got = [f.value_raw for f in _figs("Cover page\n\x0c" + KCC_TM)]
    assert not [g for g in got if g in ("1", "2", "3")], got
    assert {"1,298,620", "£502,611,544"} <= set(got), got
