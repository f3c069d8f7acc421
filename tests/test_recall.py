"""Recall of narrative-vs-table links on other publishers' papers (budget monitoring), with planted
disagreements: a council revenue monitoring report whose table's row label is the subject (a directorate)
and whose column is the measure ("Variance £m"), and whose narrative names the row and an over/underspend.

Expected verdicts are read from the excerpt: the true text agrees with every "Variance" cell (sizes:
35.4, 9.9, 1.2, 3.0); the planted text changes three figures (ASC&H 35.4 -> 36.4, CYPE 9.9 -> 9.0, the
Deputy Chief Executive's Department 3.0 -> 1.2, the Chief Executive's Department's own value: linking it
to the shorter name would hide the error). Sentences naming the row with another money measure (a budget,
savings) or naming a row that is in two tables with different variances are not compared.
"""
from __future__ import annotations

import pytest

from extract.extractors import figures as F
from extract.extractors import measures as M
from extract.loaders import load
from extract.reconcile import reconcile

REPORT = """\
# Revenue Budget Monitoring Report - Quarter 3 2024-25

## 2. Revenue forecast by directorate

| Directorate | Budget £m | Forecast £m | Variance £m |
| --- | --- | --- | --- |
| Adult Social Care & Health | 586.1 | 621.5 | +35.4 |
| Children, Young People & Education | 430.2 | 420.3 | -9.9 |
| Chief Executive's Department | 30.8 | 29.6 | -1.2 |
| Deputy Chief Executive's Department | 83.1 | 80.1 | -3.0 |
| Growth, Environment & Transport | 203.0 | 209.3 | +6.3 |

Overspends are being reported in Adult Social Care & Health (+£35.4m) and Growth Environment & Transport (+£6.3m).

The Children, Young People & Education directorate is projected to be underspent by -£9.9m.

The Chief Executive's Department is projected to underspend by -£1.2m.

The Deputy Chief Executive's Department is projected to underspend by -£3.0m.

Adult Social Care & Health has a revenue budget of £586.1m and the overspend is explained below.

## 4. Savings delivery

| Directorate | Savings target £m | Forecast delivery £m | Variance £m |
| --- | --- | --- | --- |
| Growth, Environment & Transport | 5.0 | 3.8 | 1.2 |

Growth, Environment & Transport is forecasting an overspend of £6.3m overall.
"""

PLANTS = {"(+£35.4m)": "(+£36.4m)", "underspent by -£9.9m": "underspent by -£9.0m",
          "Deputy Chief Executive's Department is projected to underspend by -£3.0m":
          "Deputy Chief Executive's Department is projected to underspend by -£1.2m"}


def _checks(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("bm") / "county-revenue-monitoring-q3.md"
    p.write_text(text, encoding="utf-8")
    doc = load(str(p))
    return [c for c in reconcile([doc], M.extract(doc), F.extract(doc)) if c.check_type == "narrative_vs_table"]


@pytest.fixture(scope="module")
def true_checks(tmp_path_factory):
    return _checks(tmp_path_factory, REPORT)


@pytest.fixture(scope="module")
def planted_checks(tmp_path_factory):
    text = REPORT
    for a, b in PLANTS.items():
        assert text.count(a) == 1
        text = text.replace(a, b)
    return _checks(tmp_path_factory, text)


def _v(checks, raw):
    return [(c.verdict, c.table_row_label) for c in checks if c.narrative_raw == raw]


@pytest.mark.parametrize("raw, row", [
    ("+£35.4m", "Adult Social Care & Health"), ("+£6.3m", "Growth, Environment & Transport"),
    ("-£9.9m", "Children, Young People & Education"), ("-£1.2m", "Chief Executive's Department"),
    ("-£3.0m", "Deputy Chief Executive's Department")])
def test_true_text_is_consistent_with_its_row(true_checks, raw, row):
    assert _v(true_checks, raw) == [("consistent", row)]


def test_true_text_raises_no_mismatch(true_checks):
    assert [c for c in true_checks if c.verdict == "mismatch"] == []


@pytest.mark.parametrize("raw, row", [
    ("+£36.4m", "Adult Social Care & Health"), ("-£9.0m", "Children, Young People & Education")])
def test_planted_disagreement_is_found(planted_checks, raw, row):
    assert _v(planted_checks, raw) == [("mismatch", row)]


def test_planted_value_of_the_shorter_name_is_compared_with_the_longer_name(planted_checks):
    # "-£1.2m" now twice: the Chief Executive's (true) and the Deputy's (planted)
    assert sorted(_v(planted_checks, "-£1.2m")) == [("consistent", "Chief Executive's Department"),
                                                     ("mismatch", "Deputy Chief Executive's Department")]


def test_other_money_measures_are_not_compared(true_checks):
    # a budget, not the variance: if compared at all, with the row's budget column
    assert all(c.table_column_label == "Budget £m" for c in true_checks if c.narrative_raw == "£586.1m")
    # the row is in the savings table too (variance 1.2, not 6.3): the sentence names no savings, and the
    # figure is of the whole directorate; the savings table is never its row
    assert all(c.table_value != 1200000 for c in true_checks)


def test_a_row_label_alone_without_a_spend_word_is_not_compared(tmp_path_factory):
    text = REPORT.replace("Overspends are being reported in", "Figures are given for")
    assert _v(_checks(tmp_path_factory, text), "+£35.4m") == []


@pytest.mark.parametrize("sentence, raw", [
    ("Within Adult Social Care & Health the Older People service is forecasting an overspend of £2.0m.", "£2.0m"),
    ("Adult Social Care & Health is forecasting an overspend on placements of £4.0m.", "£4.0m"),
    ("Adult Social Care & Health (£12.5m savings) reports an overspend.", "£12.5m"),
    ("The overspend in Adult Social Care & Health (+£35.4m) includes £8.0m of agency costs.", "£8.0m"),
])
def test_a_part_of_the_rows_spend_is_not_compared_with_the_row(tmp_path_factory, sentence, raw):
    text = REPORT.replace("## 4. Savings delivery", sentence + "\n\n## 4. Savings delivery")
    assert _v(_checks(tmp_path_factory, text), raw) == []


# ---------------------------------------------------------------------------------------------------------
# periods stated differently: "the 12 months to March 2024" is the column "2023/24" (April to March), and
# "the year to December 2023" the column "2023". Read: burglary 2023/24 = 1,234 (the sentence agrees);
# robbery 2023/24 = 388 (the sentence's 398 is planted); the 12 months to March 2023 are 2022/23, and no
# column ends in June 2023.
# ---------------------------------------------------------------------------------------------------------

PERIODS = """\
# Performance Report Quarter 4 2023-24

## Neighbourhood crime

| Measure | 2022/23 | 2023/24 |
| --- | --- | --- |
| Crime Volume: Burglary | 1,300 | 1,234 |
| Crime Volume: Robbery | 410 | 388 |

There were 1,234 burglaries recorded in the 12 months to March 2024.

Robbery volumes in the year to March 2024 were 398.

There were 1,300 burglaries recorded in the 12 months to March 2023.

There were 1,250 burglaries recorded in the 12 months to June 2023.

## Calendar years

| Measure | 2022 | 2023 |
| --- | --- | --- |
| Crime Volume: Vehicle crime | 2,001 | 2,110 |

In the year to December 2023 there were 2,110 vehicle crimes.

In the 12 months to December 2023 vehicle crime volumes were 2,210.
"""


@pytest.fixture(scope="module")
def period_checks(tmp_path_factory):
    return _checks(tmp_path_factory, PERIODS)


def _vc(checks, raw):
    return [(c.verdict, c.reason, c.table_column_label) for c in checks if c.narrative_raw == raw]


@pytest.mark.parametrize("raw, expected", [
    ("1,234", [("consistent", None, "2023/24")]),
    ("398", [("mismatch", "value", "2023/24")]),
    ("1,300", [("consistent", None, "2022/23")]),
    ("1,250", []),
    ("2,110", [("consistent", None, "2023")]),
    ("2,210", [("mismatch", "value", "2023")]),
])
def test_a_twelve_month_period_is_its_end_month(period_checks, raw, expected):
    assert _vc(period_checks, raw) == expected


# ---------------------------------------------------------------------------------------------------------
# a percentage change in a sentence against the table's two values (no change column): robbery 410 -> 388
# is -5.37%; burglary rate 8.1 -> 7.9 per 1,000 is a rate (percent of a rate: points or percent?) - no check.
# ---------------------------------------------------------------------------------------------------------

CHANGE = PERIODS.replace("were 398.\n", "were 398.\n\nRobbery fell by {robbery} in the 12 months to March 2024 "
                                            "compared with the previous year.\n") + """
## Rates

| Measure | 2022/23 | 2023/24 |
| --- | --- | --- |
| Solved rate: Burglary | 8.1% | 7.9% |

The burglary solved rate fell by 2.5% in the 12 months to March 2024 compared with the previous year.
"""


@pytest.mark.parametrize("robbery, expected", [("5.4%", [("consistent", None, "2022/23 to 2023/24")]),
                                               ("9.4%", [("mismatch", "value", "2022/23 to 2023/24")])])
def test_a_percent_change_against_the_rows_two_year_columns(tmp_path_factory, robbery, expected):
    checks = _checks(tmp_path_factory, CHANGE.replace("{robbery}", robbery))
    assert _vc(checks, robbery) == expected
    assert _vc(checks, "2.5%") == []
