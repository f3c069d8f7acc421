"""Misses named in issue 13 must be found: a highlight report of the corpus family in its pdftotext form
(tab-separated dashboards, "Data Summary" bullets whose figures name no section or subject of their own,
slide titles printed after their content), written here with the issue's cases planted.

Expected verdicts are worked out from the text by hand:
* "1 hour 36 minutes 55 secs" against the 12-month 01:36:01: 55 s apart at a precision of 1 s - value.
* arrest rate 46.6% against the 12-month 49.0% - value.
* "-3%" against a change of -00:00:03 (seconds) - unit.
* "-3.9% pts" against "-3.9% points" - consistent.
* "13.2% (n.871)" against 5,372: previous = 5,372 + 871 = 6,243, 871 / 6,243 = 13.95%, not 13.2% - value
  (while 13.2% itself agrees with the change column).
* "3.8% (n.23)" against 628: 23 / 605 = 3.80% - consistent.
* "-19.2% (n.-35,701), totalling 150,507": 35,701 / 186,208 = 19.17% - consistent.
* linking without headings: "Burglary arrest rate for March 2024 was 47.9%" under the first "Data
  Summary" names a row of the *next* table (Mar-2024 = 47.2%) - value; "The robbery arrest rate in
  March 2024 was 40.0%" has two candidate rows (North, South) - no check.
"""
from __future__ import annotations

import pytest

from extract.extractors import figures as F
from extract.extractors import measures as M
from extract.loaders import load
from extract.reconcile import reconcile

REPORT = """\
Quarterly Highlight Report January to March 2024

Measure	Trend Line	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend
Average Time at Scene: Immediate	~~~~~	01:41:10	01:38:20	01:36:01	00:05:12	Increasing
Average Time to Answer: 999	~~~~~	00:00:09	00:00:10	00:00:11	-00:00:03	Decreasing
Response Rate: Immediate	~~~~~	78.1%	77.9%	77.5%	-3.9% points	Decreasing

Data Summary

• The average time at scene for immediate incidents over the last 12 months was 1 hour 36 minutes 55 secs.

• The average time to answer 999 calls over the last 12 months decreased by -3% year-on-year.

• The immediate response rate for the 12 months to March 2024 was 77.5%, down -3.9% pts year-on-year.

• Burglary arrest rate for March 2024 was 47.9%.

• The robbery arrest rate in March 2024 was 40.0%.

Contact and Response

Measure	Trend Line	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend
Crime Volume: Burglary	~~~~~	402	1,190	5,372	-13.2%	Decreasing
Arrest Rate: Burglary	~~~~~	47.2%	48.1%	49.0%	2.1% points	Increasing
Crime Volume: Robbery	~~~~~	51	160	628	3.8%	Increasing
Arrest Rate: Robbery - North	~~~~~	40.0%	39.2%	38.5%	1.0% points	Stable
Arrest Rate: Robbery - South	~~~~~	41.3%	40.1%	39.9%	0.4% points	Stable
Call Answered Volume: 101	~~~~~	11,902	36,840	150,507	-19.2%	Decreasing

Data Summary

• Burglary arrest rate in the 12 months to March 2024 was 46.6%.

• Burglary crime volumes in the 12 months to March 2024 decreased by 13.2% (n.871) year-on-year.

• Robbery volumes over the last 12 months show an increase of 3.8% (n.23).

• 101 call answered volume over the last 12 months was -19.2% (n.-35,701), totalling 150,507.

Acquisitive Crime
"""


@pytest.fixture(scope="module")
def checks(tmp_path_factory):
    p = tmp_path_factory.mktemp("hr") / "eastshire-highlight-report.txt"
    p.write_text(REPORT, encoding="utf-8")
    doc = load(str(p))
    return reconcile([doc], M.extract(doc), F.extract(doc))


def _verdicts(checks, raw):
    return [(c.verdict, c.reason) for c in checks if c.narrative_raw == raw]


@pytest.mark.parametrize("raw, expected", [
    ("1 hour 36 minutes 55 secs", [("mismatch", "value")]),
    ("46.6%", [("mismatch", "value")]),
    ("-3%", [("mismatch", "unit")]),
    ("-3.9% pts", [("consistent", None)]),
    ("13.2% (n.871)", [("mismatch", "value")]),
    ("13.2%", [("consistent", None)]),
    ("3.8% (n.23)", [("consistent", None)]),
    ("-19.2% (n.-35,701)", [("consistent", None)]),
    ("47.9%", [("mismatch", "value")]),
    ("40.0%", []),
])
def test_planted_case(checks, raw, expected):
    assert _verdicts(checks, raw) == expected


def test_nothing_else_is_a_mismatch(checks):
    planted = {"1 hour 36 minutes 55 secs", "46.6%", "-3%", "13.2% (n.871)", "47.9%"}
    assert sorted(c.narrative_raw for c in checks if c.verdict == "mismatch") == sorted(planted)


def test_the_count_check_shows_its_working(checks):
    (c,) = [c for c in checks if c.narrative_raw == "13.2% (n.871)"]
    assert c.table_value_raw == "previous = 5,372 + 871 = 6,243; change = 871 / 6,243 = 13.95%"
    assert c.table_row_label == "Crime Volume: Burglary" and c.table_column_label == "12 Months to Mar-2024"
