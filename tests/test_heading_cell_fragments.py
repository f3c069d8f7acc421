"""Pieces of a wrapped table cell in text converted from a PDF are no headings (text loader
heading_level, lines.is_cell_fragment): a line closing a bracket opened on an earlier line, a line
going on on the next (a bracket left open, a last "of"), a lone letter split off a word by the PDF's
text layer, one word over each column of a header row. Real headings stay headings."""
from __future__ import annotations

import pytest

from extract.extractors import figures, measures
from extract.loaders import load
from extract.loaders.text import heading_level
from extract.loaders.text.lines import is_cell_fragment
from extract.model import HEADING

FRAGMENTS = [
    "Adults)",                                # Kent CC cabinet finance monitoring Q3 2024-25, p. 7
    "Strategic Commissioning (Integrated &",  # (same: the cell's first line)
    "Revenu e e",                             # (same, p. 8: "Revenue" over three columns, split)
    "Key Service e Summary Detail",           # (same)
    "Revenue Revenue Revenue",                # (same, p. 6)
    "Number of",                              # Cumbria Constabulary FOI 1306/25, table of question 1a
]

HEADINGS = [
    "3a | Adult Social Care & Health including Public Health",  # Kent CC finance monitoring Q3
    "Police and Crime Plan (2021-2025)", "Victims and Witnesses", "Plan v Actual Spend",
    "A) Introduction", "2.1) Summary", "Safer Streets Safer Roads Safer Communities",
    "Appendix 1: Budget Monitoring (Part", "9. COUNCILLORS' RESPONSIBILITIES. Details of e",  # an item cut short (Swaton PC minutes)
    "Terms of Reference", "Exposure Exposure",  # (two words alike: left, see the module)
]


@pytest.mark.parametrize("t", FRAGMENTS)
def test_a_wrapped_cells_piece_is_no_heading(t):
    assert is_cell_fragment(t)
    assert heading_level(t) is None


@pytest.mark.parametrize("t", HEADINGS)
def test_real_headings_stay(t):
    assert heading_level(t) is not None


# pages 5-7 of Kent CC's cabinet finance monitoring report Q3 2024-25 (pdftotext), lines 95-131
KCC_Q3 = "".join([
    "variances by Directorate. Schools’ Delegated Budgets is currently forecasting an overspend of £30.4m.\n"
    "Delivery of savings is a crucial component of the Council’s forecast position for 2024-25 and the forecast currently indicates that savings of\n"
    "£80.3m will be delivered. The Strategic Reset Programme (SRP) Team is monitoring savings working alongside the Directorates, Finance\n"
    "Business Partners and performance and analytics. Non delivery of these savings will have a significant impact on future years’ budgets.\n"
    "All figures in £m\n"
    "Directorate Revenue Revenue Revenue %\n"
    "Page 5 of 54\n"
    "\n"
    "Budget Forecast Variance Variance\n"
    "Adult Social Care & Health 586.1 621.6 +35.4 +6.0%\n"
    "Children, Young People & Education 430.6 420.8 -9.9 -2.3%\n"
    "Growth, Environment & Transport 202.9 209.2 +6.3 +3.1%\n"
    "Chief Executive’s Department 30.5 29.3 -1.2 -3.9%\n"
    "Deputy Chief Executive’s Department 82.2 79.2 -3.0 -3.6%\n"
    "Non Attributable Costs 102.4 95.4 -7.0 -6.8%\n"
    "Corporately Held Budgets -2.4 0.2 +2.6 -107.5%\n"
    "Directorates Position 1,432.3 1,455.6 + 23.3 +1.6%\n"
    "Schools’ Delegated Budgets 0.0 30.4 +30.4\n"
    "Overall Position 1,432.3 1,486.0 +53.7\n"
    "Page 6 of 54\n"
    "\n"
    "3a | Adult Social Care & Health including Public Health\n"
    "All figures in £m\n"
    "Revenue Revenue Revenue\n"
    "Budget Forecast Variance\n"
    "Adult Social Care & Health Operations 524.7 588.4 +63.7\n"
    "Strategic Management & Directorate Budgets 39.3 -29.3\n"
    "10.0\n"
    "Strategic Commissioning (Integrated &\n"
    "22.1 23.2 +1.0\n"
    "Adults)\n"
    "Public Health 0.0 0.0 0.0\n"
    "Total 586.1 621.6 +35.4\n"
    "The Adult Social Care & Health directorate has a projected net overspend of +£35.4m of which £26.2m relates to savings unable to be\n"
    "delivered in this year, leaving £9.2m of other service related pressures.\n"
    "The forecast assumes that £19.1m of savings have been delivered, and that a further £9.7m will be delivered to the end of the financial year.\n"
    "Details of the significant variances are shown on the following page. Savings monitoring for Adult Social Care & Health including Public Health\n"
])


def test_bracket_closing_cell_is_not_the_section(tmp_path):
    # the paragraphs under the directorate's table belong to its heading, not to a cell's last line
    p = tmp_path / "finance.txt"
    p.write_text(KCC_Q3, encoding="utf-8")
    doc = load(p)
    heads = [b.text for b in doc.blocks if b.kind == HEADING]
    assert heads == ["3a | Adult Social Care & Health including Public Health"]
    recs = [r for r in figures.extract(doc) if r.value_raw in ("£19.1m", "£9.7m")]
    assert len(recs) == 2
    assert {r.section for r in recs} == {"3a | Adult Social Care & Health including Public Health"}


def test_wrapped_column_header_is_not_the_section(tmp_path):
    # excerpt of Cumbria Constabulary's FOI answer 1306/25 (hospital crimes), question 1a: "Number of"
    # is the first line of the "Number of Crimes Recorded" column header, not a heading
    p = tmp_path / "foi.txt"
    p.write_text("FREEDOM OF INFORMATION REQUEST – FOI 1306/25\n"
                 "Question 1a.\nThe total number of crimes logged by your force that happened in, or on, "
                 "hospital grounds in the years 2019/20 to 2023/24.\n\n"
                 "Number of\nFinancial Year Crimes Recorded\n2019/2020 635\n2020/2021 505\n2021/2022 569\n"
                 "2022/2023 513\n2023/2024 278\nTotal 2500\n", encoding="utf-8")
    doc = load(p)
    assert "Number of" not in [b.text for b in doc.blocks if b.kind == HEADING]
    recs = measures.extract(doc)
    assert recs and all(r.section != "Number of" for r in recs)
