"""Reconciliation on the other table families the measures extractor reads (synthetic, written the way
analysts write): year-to-date / baseline / target columns with Change and % Change, monthly columns,
quarterly columns, "12 months to" pairs with Difference / % difference, crime types with a Total row,
rates per 1,000, budgets in £000 with a variance column, districts with a Total row.

Each report is Markdown as a converter produces it and runs through the whole pipeline (loader ->
measures + figures -> reconcile).  Planted: narrative values that disagree with the table (value, period),
a % change column that does not match its two columns (1,200 vs 1,300 is -7.7%, the table says -8.7%), a
Change column that does not (7,410 - 7,020 is 390, the table says 290), a Total row that is not the sum of
its rows.  The tests assert every planted mismatch is found with its reason, nothing else is a mismatch,
the agreements are found, empty cells are unverifiable, a Total row is checked only when the table shows
its rows are the whole, and a time limit ("within 28 days") is a target figure no arithmetic uses.
"""
from __future__ import annotations

import pytest

from extract.extractors import figures as F
from extract.extractors import measures as M
from extract.loaders import load
from extract.model import Block, Document, Page
from extract.reconcile import agrees, precision_of, reconcile

G_YTD = """\
# Eastmoor Police and Crime Commissioner

Police and Crime Plan Performance Report, Quarter 3 2023/24

# Reducing Crime

Measure	Baseline (2019/20)	Target	2023/24 YTD	Previous YTD	Change	% Change	RAG / Status
Total recorded crime	45,210	Reduce	38,112	40,003	-1,891	-4.7%	Green
Residential burglary	2,950	Reduce	1,200	1,300	-100	-8.7%	Green
Victim satisfaction	78.0%	80%	74.2%	76.1%	-1.9pp	-2.5%	Amber
Charge rate	6.1%	8.0%	7.4%	6.8%	0.6	8.8%	Red
Arrests	9,870	Increase	7,410	7,020	290	5.6%	Green

- Total recorded crime is 38,112 year to date, 4.7% lower than last year.
- Residential burglary fell from 1,300 to 1,200 (-7.7%) year to date.
- The charge rate year to date is 7.4%, up from 6.8% last year.
- Victim satisfaction year to date is 74.2%, below the 80% target.
- Arrests year to date increased by 5.6% to 7,410.
- Year to date there were 7,140 arrests.
"""

H_MONTHLY = """\
# Northmoor Police and Crime Commissioner

Performance Report October – December 2023

# Monthly Recorded Crime

Measure	Jul-23	Aug-23	Sep-23	Oct-23	Nov-23	Dec-23
Recorded crime	1,210	1,188	1,152	1,096	1,071	1,034
Residential burglary	101	96	99	105	112	98
Robbery	21	19	24	22		26

- In December 1,034 crimes were recorded, the lowest month of the year.
- Residential burglary in November 2023 was 112, up from 105 in October 2023.
- In October 2023 there were 1,071 recorded crimes.
- Robbery in September 2023 was 24.
- There were 26 robberies in November 2023.
- Burglary in December 2023 was 89.
"""

I_QUARTERS = """\
# Southmoor Police and Crime Commissioner

Performance Report October – December 2023

# Victim Satisfaction

Measure	Q1 2023/24	Q2 2023/24	Q3 2023/24
Overall satisfaction	72%	71%	74%
Satisfaction with being kept informed	61%	63%	65%
Satisfaction with ease of contact	88%	87%	90%

- Q3 satisfaction was 74%, up from 71% in Q2.
- Satisfaction with being kept informed was 65% in Q3 2023/24.
- Satisfaction with ease of contact in Q2 2023/24 was 90%.
- In Q1 2023/24 overall satisfaction was 76%.
"""

J_CRIME_TYPES = """\
# Westmoor Police and Crime Commissioner

Annual Performance Report 2023

# Recorded crime by crime type

Crime type	12 months to Dec-23	12 months to Dec-22	Volume change	% change
Violence against the person	30,112	31,004	-892	-2.9%
Theft	12,001	11,500	501	4.4%
Burglary	3,200	3,400	-200	-6.8%
Total	45,313	45,904	-591	-1.3%

- Over the 12 months to December 2023, 30,112 violence against the person offences were recorded, down 2.9% on the previous year.
- Theft rose by 4.4% year on year to 12,001 offences.
- Total crime over the 12 months to December 2023 was 45,313, down 1.3% on the previous year.
- In the 12 months to December 2023 burglary fell to 3,300.

# Crime per 1,000 population

Area	Crimes	Rate per 1,000 population	MSG position
North	18,210	58.6	3rd of 8
South	27,103	71.2	6th of 8

- Crime per 1,000 population in the North is 58.6.
- In the South the crime rate is 72.1 per 1,000 population.
- We are 3rd of 8 in our MSG for crime in the North.
"""

K_FINANCE = """\
# Eastmoor Police and Crime Commissioner

Budget Monitoring Report October – December 2024

# Revenue budget

2024/25 revenue budget and forecast outturn

Budget line	Budget £000	Forecast £000	Variance £000
Police pay	74,200	74,900	700
Staff pay	31,900	31,600	-300
Non-pay	19,200	19,200	0
Total	125,300	125,700	400

- The revenue budget for 2024/25 is £125.3m.
- Police pay is budgeted at £74.2m in 2024/25.
- Staff pay in 2024/25 is budgeted at £32.9m.
- The forecast outturn is £125.7m, an overspend of £0.4m.
"""

L_ARITH = """\
# Northmoor Police and Crime Commissioner

Quarterly Performance Report January – March 2024

# Anti-social behaviour by district

District	12 months to Mar-24	12 months to Mar-23	Difference	% difference
Northtown	4,210	4,500	-290	-7.4%
Southtown	3,120	3,000	120	4.0%
Westtown	2,050	2,200	-150	-6.8%
Total	9,480	9,700	-220	-2.3%

- ASB incidents in the 12 months to March 2024 totalled 9,480, a fall of 2.3% on the previous year.

# Stop and search

Measure	Apr-23	May-23	Jun-23	Change
Searches	410	395	420	10
Arrests from searches	58	61	66	8
"""

REPORTS = {"g_ytd": G_YTD, "h_monthly": H_MONTHLY, "i_quarters": I_QUARTERS, "j_crime_types": J_CRIME_TYPES,
           "k_finance": K_FINANCE, "l_arith": L_ARITH}


#: (report, check_type, narrative_raw, reason, words of the sentence or the row label)
PLANTED = [
    ("g_ytd", "narrative_vs_table", "-7.7%", "value", "fell from 1,300 to 1,200"),
    ("g_ytd", "narrative_vs_table", "7,140", "value", "there were 7,140 arrests"),
    ("g_ytd", "arithmetic", "-8.7%", "value", "Residential burglary"),
    ("g_ytd", "arithmetic", "290", "value", "Arrests"),
    ("h_monthly", "narrative_vs_table", "1,071", "period", "In October 2023"),
    ("h_monthly", "narrative_vs_table", "89", "value", "Burglary in December 2023"),
    ("i_quarters", "narrative_vs_table", "90%", "period", "ease of contact in Q2"),
    ("i_quarters", "narrative_vs_table", "76%", "value", "In Q1 2023/24"),
    ("j_crime_types", "narrative_vs_table", "3,300", "value", "burglary fell to 3,300"),
    ("j_crime_types", "arithmetic", "-6.8%", "value", "Burglary"),
    ("k_finance", "narrative_vs_table", "£32.9m", "value", "Staff pay in 2024/25"),
    ("l_arith", "arithmetic", "-7.4%", "value", "Northtown"),
    ("l_arith", "arithmetic", "9,480", "value", "Total"),
]

#: narrative agreements: (report, narrative_raw, table row label, column label)
AGREE = [
    ("g_ytd", "38,112", "Total recorded crime", "2023/24 YTD"),
    ("g_ytd", "4.7%", "Total recorded crime", "% Change"),
    ("g_ytd", "1,200", "Residential burglary", "2023/24 YTD"),
    ("g_ytd", "7.4%", "Charge rate", "2023/24 YTD"),
    ("g_ytd", "74.2%", "Victim satisfaction", "2023/24 YTD"),
    ("g_ytd", "5.6%", "Arrests", "% Change"),
    ("g_ytd", "7,410", "Arrests", "2023/24 YTD"),
    ("h_monthly", "1,034", "Recorded crime", "Dec-23"),
    ("h_monthly", "112", "Residential burglary", "Nov-23"),
    ("h_monthly", "105", "Residential burglary", "Oct-23"),
    ("h_monthly", "24", "Robbery", "Sep-23"),
    ("i_quarters", "74%", "Overall satisfaction", "Q3 2023/24"),
    ("i_quarters", "65%", "Satisfaction with being kept informed", "Q3 2023/24"),
    ("j_crime_types", "45,313", "Total", "12 months to Dec-23"),
    ("j_crime_types", "1.3%", "Total", "% change"),
    ("j_crime_types", "58.6", "North", "Rate per 1,000 population"),
    ("k_finance", "£125.3m", "Total", "Budget £000"),
    ("k_finance", "£74.2m", "Police pay", "Budget £000"),
]

#: table arithmetic that must agree: (report, printed value, row label, column label)
ARITH_AGREE = [
    ("g_ytd", "-1,891", "Total recorded crime", "Change"), ("g_ytd", "-4.7%", "Total recorded crime", "% Change"),
    ("g_ytd", "-100", "Residential burglary", "Change"), ("g_ytd", "-1.9pp", "Victim satisfaction", "Change"),
    ("g_ytd", "-2.5%", "Victim satisfaction", "% Change"), ("g_ytd", "0.6", "Charge rate", "Change"),
    ("g_ytd", "8.8%", "Charge rate", "% Change"), ("g_ytd", "5.6%", "Arrests", "% Change"),
    ("j_crime_types", "-892", "Violence against the person", "Volume change"),
    ("j_crime_types", "4.4%", "Theft", "% change"), ("j_crime_types", "-1.3%", "Total", "% change"),
    ("j_crime_types", "45,313", "Total", "12 months to Dec-23"),
    ("j_crime_types", "45,904", "Total", "12 months to Dec-22"),
    ("k_finance", "700", "Police pay", "Variance £000"), ("k_finance", "-300", "Staff pay", "Variance £000"),
    ("k_finance", "125,300", "Total", "Budget £000"), ("k_finance", "125,700", "Total", "Forecast £000"),
    ("l_arith", "-220", "Total", "Difference"), ("l_arith", "-2.3%", "Total", "% difference"),
    ("l_arith", "9,700", "Total", "12 months to Mar-23"), ("l_arith", "10", "Searches", "Change"),
]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = {}
    d = tmp_path_factory.mktemp("tables")
    for name, text in REPORTS.items():
        p = d / f"{name}.md"
        p.write_text(text, encoding="utf-8")
        doc = load(str(p))
        ms = M.extract(doc)
        fs = F.extract(doc)
        out[name] = (doc, ms, fs, reconcile([doc], ms, fs))
    return out


def _where(c) -> str:
    return (c.sentence or "") + " | " + (c.table_row_label or "")


def test_every_planted_mismatch_is_found_with_its_reason(runs):
    for name, kind, raw, reason, words in PLANTED:
        hits = [c for c in runs[name][3] if c.check_type == kind and c.narrative_raw == raw and words in _where(c)]
        assert [(c.verdict, c.reason) for c in hits] == [("mismatch", reason)], (name, kind, raw, hits)
        assert hits[0].explanation and hits[0].severity == ("minor" if reason == "period" else "major")


def test_nothing_else_is_a_mismatch(runs):
    for name, (_, _, _, checks) in runs.items():
        for c in checks:
            if c.verdict == "mismatch":
                assert any(n == name and k == c.check_type and raw == c.narrative_raw and w in _where(c)
                           for n, k, raw, _r, w in PLANTED), (name, c.check_type, c.narrative_raw, c.explanation)


def test_narrative_agreements_are_found(runs):
    for name, raw, row, col in AGREE:
        hits = [c for c in runs[name][3] if c.check_type == "narrative_vs_table" and c.narrative_raw == raw
                and c.table_row_label == row and c.table_column_label == col]
        assert [c.verdict for c in hits] == ["consistent"], (name, raw, row, col)


def test_consistent_means_equal_at_the_stated_precision(runs):
    for name, (_, _, _, checks) in runs.items():
        for c in checks:
            if c.verdict != "consistent" or c.check_type != "narrative_vs_table":
                continue
            pn, pt = precision_of(c.narrative_raw, c.unit), precision_of(c.table_value_raw, c.unit)
            assert agrees(abs(c.narrative_value), pn, abs(c.table_value), pt), (name, c.narrative_raw)


def test_table_arithmetic_agreements(runs):
    for name, raw, row, col in ARITH_AGREE:
        hits = [c for c in runs[name][3] if c.check_type == "arithmetic" and c.narrative_raw == raw
                and c.table_row_label == row and c.table_column_label == col]
        assert [c.verdict for c in hits] == ["consistent"], (name, raw, row, col, hits)


def test_planted_arithmetic_says_what_the_columns_give(runs):
    c = [c for c in runs["g_ytd"][3] if c.check_type == "arithmetic" and c.narrative_raw == "-8.7%"][0]
    assert c.table_value == pytest.approx(-7.69, abs=0.01) and "1,300" in c.table_value_raw
    c = [c for c in runs["g_ytd"][3] if c.check_type == "arithmetic" and c.narrative_raw == "290"][0]
    assert c.table_value == 390
    c = [c for c in runs["l_arith"][3] if c.check_type == "arithmetic" and c.narrative_raw == "9,480"][0]
    assert c.table_value == 9380 and "other columns" in c.explanation


def test_empty_cell_is_unverifiable(runs):
    hits = [c for c in runs["h_monthly"][3] if c.narrative_raw == "26"]
    assert [(c.verdict, c.reason) for c in hits] == [("unverifiable", "missing")]


def test_targets_bases_and_ranks_are_not_checked_against_levels(runs):
    for name, raw in (("g_ytd", "80%"), ("g_ytd", "1,300"), ("g_ytd", "6.8%"), ("j_crime_types", "3rd")):
        assert not [c for c in runs[name][3] if c.narrative_raw == raw and c.check_type == "narrative_vs_table"], \
            (name, raw)
    # the target column is no level: a figure equal to it is not "consistent" with it
    assert not [c for c in runs["g_ytd"][3] if (c.table_column_label or "") == "Target"]


def _run_rows(rows, tmp_path, narrative=""):
    text = "# Report\n\nPerformance Report January – March 2024\n\n# Section\n\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n\n" + narrative
    p = tmp_path / "t.md"
    p.write_text(text, encoding="utf-8")
    doc = load(str(p))
    ms = M.extract(doc)
    fs = F.extract(doc)
    return reconcile([doc], ms, fs)


def test_total_row_of_a_selection_is_not_checked(tmp_path):
    # the rows are a selection of crime types: no column adds up, so nothing is said about the total
    rows = [["Crime type", "12 months to Mar-24", "12 months to Mar-23"],
            ["Burglary", "2,310", "2,560"], ["Robbery", "410", "380"], ["Total", "45,000", "46,100"]]
    checks = _run_rows(rows, tmp_path)
    assert not [c for c in checks if c.table_row_label == "Total" and c.check_type == "arithmetic"]


def test_a_run_of_months_is_not_differenced_by_its_nearest_two(tmp_path):
    # "Change" = Jun - Apr (the difference-line rule); May-Jun would be a false alarm
    rows = [["Measure", "Apr-23", "May-23", "Jun-23", "Change"], ["Searches", "410", "395", "420", "10"]]
    checks = [c for c in _run_rows(rows, tmp_path) if c.check_type == "arithmetic"]
    assert [c.verdict for c in checks] == ["consistent"]


def test_undated_variance_accepts_either_order_but_not_a_wrong_size(tmp_path):
    rows = [["Budget line", "Budget £000", "Forecast £000", "Variance £000"],
            ["Police pay", "74,200", "74,900", "-700"], ["Staff pay", "31,900", "31,600", "500"]]
    checks = {c.table_row_label: c for c in _run_rows(rows, tmp_path) if c.check_type == "arithmetic"}
    assert checks["Police pay"].verdict == "consistent"
    assert (checks["Staff pay"].verdict, checks["Staff pay"].reason) == ("mismatch", "value")


# ---------------------------------------------------------------------------
# a time limit is a target figure, and arithmetic leaves targets out
# ---------------------------------------------------------------------------

def _doc(text):
    return Document(source="t.txt", sha256="ab" * 32, format="text",
                    pages=[Page(1, blocks=[Block(kind="heading", text="Complaints", level=1),
                                           Block(kind="paragraph", text=text, page=1, line=2)])]).finish()


def test_within_28_days_is_a_target_and_the_share_still_checks():
    doc = _doc("Of the 212 complaint cases, 96 were finalised within 28 days (45%).")
    fs = F.extract(doc)
    f = [f for f in fs if f.value_raw == "28"]
    assert len(f) == 1 and (f[0].value, f[0].unit, f[0].role) == (28, "count", "target")
    checks = [c for c in reconcile([doc], [], fs) if c.check_type == "arithmetic"]
    assert [(c.narrative_raw, c.verdict) for c in checks] == [("45%", "consistent")]
    assert "28" not in checks[0].table_value_raw


def test_arithmetic_ignores_a_target_role_figure():
    # "28" is a target; were it a part, "96 of 28" or "28 + ..." sums would be attempted
    doc = _doc("A total of 212 complaints, made up of 120 service complaints and 92 conduct complaints, "
               "against a target of 28 days.")
    fs = F.extract(doc)
    checks = [c for c in reconcile([doc], [], fs) if c.check_type == "arithmetic"]
    assert [(c.narrative_raw, c.verdict) for c in checks] == [("212", "consistent")]
