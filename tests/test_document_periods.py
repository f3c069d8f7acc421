"""A report's period from its title when the financial year comes before the quarter: "Finance
Monitoring Report As at November 2024-25 – Quarter 3" (Kent County Council), "Performance Monitoring
Report 2022-23 Quarter 4", "Financial Reporting 2017/18 - Quarter 1" (audit texts of two councils)."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load_text


def _period(title: str, body: str = "The report sets out the position.") -> tuple:
    r = describe(load_text("report.txt", f"{title}\n\n{body}\n"))
    return r.period_start, r.period_end


@pytest.mark.parametrize("title, start, end", [
    ("Finance Monitoring Report As at November 2024-25 – Quarter 3", "2024-10-01", "2024-12-31"),
    ("Performance Monitoring Report 2022-23 Quarter 4", "2023-01-01", "2023-03-31"),
    ("Financial Reporting 2017/18 - Quarter 1", "2017-04-01", "2017-06-30"),
    ("2023/24 Q2 Performance Report", "2023-07-01", "2023-09-30"),
])
def test_a_financial_year_then_its_quarter(title, start, end):
    assert _period(title) == (start, end)


@pytest.mark.parametrize("title", [
    "Budget 2024-25 quarterly update",          # no quarter named
    "Police and Crime Plan 2024-25 Q5 review",   # no such quarter
    "Medium Term Financial Plan 2024-25",
])
def test_no_quarter_no_period(title):
    assert _period(title) == (None, None)


def test_minutes_take_no_period_from_their_title():
    r = describe(load_text("minutes.txt", "Minutes of the Audit Committee\n\nPresent: Cllr A Smith\n\n"
                                              "1. Finance Monitoring Report 2024-25 Quarter 3\n\nNoted.\n"))
    assert r.doc_type == "minutes" and (r.period_start, r.period_end) == (None, None)


def test_the_real_finance_monitoring_report(real_run):
    import csv

    _, out, _ = real_run
    with open(out / "documents.csv", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["source"].endswith("kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf"))
    assert (row["period_start"], row["period_end"]) == ("2024-10-01", "2024-12-31")


@pytest.mark.parametrize("title, span", [
    ("PERFORMANCE REPORT QUARTER THREE 2019/20", ("2019-10-01", "2019-12-31")),
    ("3rd Quarter Budget & Performance Monitoring Report 2019/20", ("2019-10-01", "2019-12-31")),
    ("Fourth Quarter Report 2019/20", ("2020-01-01", "2020-03-31")),
    ("Qtr 2 Performance Report 2022/23", ("2022-07-01", "2022-09-30")),
    ("quarter one 2023-24", ("2023-04-01", "2023-06-30")),
    ("Quarter 2, 2019 report 2019/20", ("", "")),   # another year in the title: no one year of account
])
def test_a_titles_quarter_in_words_or_figures_is_read_by_parse_period(title, span):
    from extract.extractors.document.periods import _title_year_apart

    assert _title_year_apart(title) == span
