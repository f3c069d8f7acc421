"""A table's row converted from a PDF as one line, a label then its figures, is no heading
(loaders/common.py ends_with_figures; text loader heading_level): its figures are read and it is not
the section of what follows. Real headings with a number stay headings."""
from __future__ import annotations

import pytest

from extract.extractors import figures
from extract.loaders import load
from extract.loaders.common import ends_with_figures
from extract.loaders.text import heading_level
from extract.model import HEADING

ROWS = [
    "Total Bonds 117,867,477",                      # Kent CC treasury half-year report, appendix 1
    "Total Money Market Funds 132,964,615",         # (same)
    "Total 430.7 420.8 -9.9",                       # Kent CC cabinet finance monitoring Q3 2024-25
    "Overall Position 1,432.3 1,486.0 +53.7",       # (same)
    "Public Health 0.0 0.0 0.0",                    # (same)
    "Fire-related injuries 22 22 21 14 23 19 10",   # Warwickshire fire and rescue performance
    "Incidents 2,613 2,659 3,306 3,076 3,463 3,494 1409",  # (same)
    "Hartlepool / 5,441,717",                       # Cleveland PCC precept 2018-19
    "Reduce total crime / 25,191 / 12,589",         # West Yorkshire PCC indicators 2013
    "BALANCE B/F 7,515.87 BALANCE B/F 9,118.44",    # Souldern annual parish meeting minutes 2025
    "EXPENDITURE (10,109.85) EXPENDITURE 0.00",     # (same)
    "Delegations 1 1",                              # Cumbria Constabulary FOI 1306-25
    "Equity Kent PFI (Holdings) Ltd 1,298,620 n/a",  # Kent CC treasury half-year report, appendix 1
]

HEADINGS = [
    "2. Performance", "Quarter 3 2024/25", "Appendix 1", "Priority 2: Victims", "Item 5",
    "Thursday 13 March 2025", "Police and Crime Plan 2021 2025", "11.6 Liability Benchmark",
    "Service Delivery Plan 2019 – Quarter 2 Report", "HMICS Crime Audit 2014", "Appendix 2 – Prudential Indicators",
    "Full Council 20 September 2017 Page 1",
]


@pytest.mark.parametrize("t", ROWS)
def test_a_label_then_its_figures_is_no_heading(t):
    assert ends_with_figures(t)
    assert heading_level(t) is None


@pytest.mark.parametrize("t", HEADINGS)
def test_headings_with_a_number_stay_headings(t):
    assert heading_level(t) is not None


@pytest.mark.parametrize("t", ["Parish Clerk 07989 398 838",   # a phone number's groups (Souldern PC agenda)
                               "Tuesday, 8th November, 2016 10.00 am", "1 Dec 2016 - 14:30 to 17:00",
                               "Quarter 3 2024/25", "Crime 2023 2024", "Total", "1,234 5,678",
                               "Human Resources and Organisational Development (HROD) 16 – 18"])
def test_not_a_row(t):
    assert not ends_with_figures(t)


def test_treasury_rows_give_their_figures_and_no_section(tmp_path):
    # excerpt of Kent CC's treasury management half-year report 2024-25, appendix 1 (pdftotext)
    p = tmp_path / "treasury.txt"
    p.write_text("1. Internally Managed Investments\n\n"
                 "Money Market Funds HSBC GBP Liquidity Class F 19,996,293 4.9254%\n"
                 "Total Money Market Funds 132,964,615\n"
                 "Equity Kent PFI (Holdings) Ltd 1,298,620 n/a\n", encoding="utf-8")
    doc = load(p)
    heads = [b.text for b in doc.blocks if b.kind == HEADING]
    assert heads == ["1. Internally Managed Investments"]
    recs = figures.extract(doc)
    assert 132964615 in [r.value for r in recs]
    assert {r.section for r in recs} == {"1. Internally Managed Investments"}


def test_a_row_does_not_take_the_sentence_below(tmp_path):
    # excerpt of Kent CC's cabinet finance monitoring report Q3 2024-25 (pdftotext): the total row and
    # the sentence under the table stay apart, as when the row was read as a heading
    p = tmp_path / "finance.txt"
    p.write_text("Revenue Budget\n\nPublic Health 0.0 0.0 0.0\nTotal 586.1 621.6 +35.4\n"
                 "The Adult Social Care & Health directorate has a projected net overspend of +£35.4m.\n",
                 encoding="utf-8")
    doc = load(p)
    texts = [b.text for b in doc.blocks]
    assert "The Adult Social Care & Health directorate has a projected net overspend of +£35.4m." in texts
    assert not any(b.kind == HEADING and "Total" in b.text for b in doc.blocks)


def test_a_row_labels_no_value_below(tmp_path):
    # excerpt of Souldern annual parish meeting minutes, May 2025 (two accounts side by side): the
    # combined total under the balance row is not the value of a measure named by that row
    from extract.extractors import measures
    p = tmp_path / "accounts.txt"
    p.write_text("MAIN ACCOUNT PLAYGROUND ACCOUNT\n£s £s\nBALANCE B/F 7,515.87 BALANCE B/F 9,118.44\n"
                 "01.04.24 01.04.24\nINCOME 8,984.85 INCOME 543.26\nEXPENDITURE (10,109.85) EXPENDITURE 0.00\n"
                 "BALANCE C/F 6,390.87 BALANCE C/F 9,661.70\n"
                 "31.03.25 31.03.23 Combined Funds total: £16,052.57\n", encoding="utf-8")
    doc = load(p)
    assert not [r for r in measures.extract(doc) if "BALANCE" in (r.row_label or "")]
    vals = {r.value for r in figures.extract(doc)}
    assert {7515.87, 9118.44, 6390.87, 9661.7} <= vals
