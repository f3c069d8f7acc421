"""A sentence of numbers only -- a table's row or cell printed as a line of its own, in a PDF's
text flow or a converted text ("4,388.5 -3,576.4 - - -3,576.4 812.1 - -812.1" in Kent's finance
monitoring, a risk register's "(1-5)" and "3" cells by pdftotext) -- states no figure unless it
takes its measure from a lead-in or a KPI tile ("Victim satisfaction" + "81.4%"); a percent or a
sum alone may be a tile's value, and a row of levels and spaced signed changes is read as such."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str):
    return figures.extract(load_text("page.txt", text))


def test_a_line_of_numbers_only_states_no_figure():
    text = ("Revenue monitoring\n\n"
            "The table below sets out the position of each directorate.\n\n"
            "4,388.5 -3,576.4 - - -3,576.4 812.1 - -812.1\n\n"
            "(1-5)\n\n"
            "3\n")
    assert [f.value_raw for f in _figs(text)] == []


def test_numbers_with_a_measure_from_their_lead_in_are_kept():
    text = ("Victim satisfaction\n\n"
            "The proportion of victims satisfied with the service, by quarter:\n\n"
            "• 81.4%\n"
            "• 86.0%\n")
    got = [(f.value_raw, bool(f.metric_text)) for f in _figs(text)]
    assert got == [("81.4%", True), ("86.0%", True)]


def test_a_sentence_with_words_keeps_its_figures():
    assert [f.value_raw for f in _figs("Summary\n\nThere were 145 arrests, up 12.\n")] == ["145", "12"]


def test_a_percent_alone_and_a_row_of_changes_are_kept():
    got = [f.value_raw for f in _figs("Outcomes\n\n14.2%\n\n54,721 53,036 - 1,685 - 3.1%\n")]
    assert "14.2%" in got and "1,685" in got   # (signed only in a run of such rows with a spaced plus)
