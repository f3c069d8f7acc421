"""Measure tables of other forces' performance reports (families the corpus does not have),
cell by cell, each as a hand-built Document table and as Markdown tab and pipe tables read by
``extract.loaders.load``; and tables that are not measure tables, which must give nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.extractors.measures import extract  # noqa: E402
from extract.loaders import load  # noqa: E402
from extract.model import Block, Document, Page  # noqa: E402

RENDERINGS = ("block", "tab", "pipe")


def _doc_block(rows, heading, caption):
    blocks = [Block(kind="heading", text=heading, level=2)]
    if caption:
        blocks.append(Block(kind="paragraph", text=caption, page=1, line=3))
    blocks.append(Block.table(rows, page=1, line=5))
    return Document(source="t.txt", sha256="cd" * 32, format="text", pages=[Page(1, blocks=blocks)]).finish()


def _markdown(rows, heading, caption, pipe):
    n = max(len(r) for r in rows)
    rows = [list(r) + [""] * (n - len(r)) for r in rows]
    out = ["# Police and Crime Plan performance report", "", f"## {heading}", ""]
    if caption:
        out += [caption, ""]
    if pipe:
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "---|" * n)
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        out += ["\t".join(r) for r in rows]
    out += ["", "The figures above are provisional."]
    return "\n".join(out) + "\n"


def records(rows, rendering, tmp_path, heading="Performance", caption=""):
    if rendering == "block":
        return extract(_doc_block(rows, heading, caption))
    p = tmp_path / f"report-{rendering}.md"
    p.write_text(_markdown(rows, heading, caption, rendering == "pipe"), encoding="utf-8")
    return extract(load(p))


def grid(recs):
    g = {}
    for r in recs:
        k = (r.row_label, r.column_label)
        assert k not in g, f"two records for {k}"
        g[k] = r
    return g


def check(recs, expected):
    """expected: {(row, column): (value, unit, period_type, period_start, period_end, direction)};
    exactly these cells, nothing else."""
    g = grid(recs)
    assert set(g) == set(expected), (sorted(set(g) - set(expected)), sorted(set(expected) - set(g)))
    for k, (value, unit, ptype, start, end, direction) in expected.items():
        r = g[k]
        got = (r.value, r.unit, r.period_type, r.period_start, r.period_end, r.direction)
        if value is None:
            assert r.value is None and r.unit is None, (k, got)
        else:
            assert r.value == pytest.approx(value), (k, got)
            assert r.unit == unit, (k, got)
        assert (r.period_type, r.period_start, r.period_end, r.direction) == (ptype, start, end, direction), (k, got)
    return g


# ---------------------------------------------------------------------------
# Measure | Baseline | Target | YTD | Previous YTD | Change | % Change | RAG
# ---------------------------------------------------------------------------

BASELINE = [
    ["Measure", "Baseline (2019/20)", "Target", "2023/24 YTD", "Previous YTD", "Change", "% Change",
     "RAG / Status"],
    ["Total recorded crime", "45,210", "Reduce", "38,112", "40,003", "-1,891", "-4.7%", "Green"],
    ["Victim satisfaction", "78.0%", "80%", "74.2%", "76.1%", "-1.9pp", "-2.5%", "Amber"],
    ["Charge rate", "6.1%", "8.0%", "7.4%", "6.8%", "0.6", "8.8%", "Red"],
]
FY19 = ("financial_year", "2019-04-01", "2020-03-31")
YTD = ("year_to_date", None, None)
YTD23 = ("year_to_date", "2023-04-01", None)  # "2023/24 YTD": starts 1 April 2023, end not printed
OTHER = ("other", None, None)


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_baseline_target_ytd_change_rag(rendering, tmp_path):
    recs = records(BASELINE, rendering, tmp_path)
    e = {}
    for label, cells in (
            ("Total recorded crime", [(45210, "count", FY19, "empty"), (None, None, OTHER, "empty"),
                                      (38112, "count", YTD23, "empty"), (40003, "count", YTD, "empty"),
                                      (-1891, "count", YTD, "down"), (-4.7, "percent", YTD, "down")]),
            ("Victim satisfaction", [(78.0, "percent", FY19, "empty"), (80, "percent", OTHER, "empty"),
                                     (74.2, "percent", YTD23, "empty"), (76.1, "percent", YTD, "empty"),
                                     (-1.9, "percentage_points", YTD, "down"), (-2.5, "percent", YTD, "down")]),
            ("Charge rate", [(6.1, "percent", FY19, "empty"), (8.0, "percent", OTHER, "empty"),
                             (7.4, "percent", YTD23, "empty"), (6.8, "percent", YTD, "empty"),
                             # "Change" beside percents is points; "% Change" is a percent
                             (0.6, "percentage_points", YTD, "up"), (8.8, "percent", YTD, "up")])):
        for col, (v, u, p, d) in zip(BASELINE[0][1:7], cells):
            e[(label, col)] = (v, u, *p, d)
    g = check(recs, e)
    # the RAG column gives nothing; "Reduce" is kept as printed, with no value
    assert not any(r.column_label == "RAG / Status" for r in recs)
    assert g[("Total recorded crime", "Target")].value_raw == "Reduce"
    r = g[("Charge rate", "Baseline (2019/20)")]
    assert (r.metric, r.subject, r.section) == ("Charge rate", None, "Performance")


# ---------------------------------------------------------------------------
# monthly and quarterly columns
# ---------------------------------------------------------------------------

MONTHS = ["Apr-23", "May-23", "Jun-23", "Jul-23", "Aug-23", "Sep-23", "Oct-23", "Nov-23", "Dec-23",
          "Jan-24", "Feb-24", "Mar-24"]
MONTH_ENDS = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30",
              "2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"]


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_monthly_columns(rendering, tmp_path):
    calls = ["91.2%", "90.1%", "88.7%", "89.0%", "92.3%", "93.1%", "90.0%", "", "91.0%", "92.2%", "93.3%", "94.0%"]
    burg = [str(120 + 3 * i) for i in range(12)]
    burg[5] = "1,031"
    rows = [["Measure"] + MONTHS, ["999 calls answered within 10 seconds"] + calls, ["Burglary"] + burg]
    e = {}
    for m, end, c, b in zip(MONTHS, MONTH_ENDS, calls, burg):
        start = end[:8] + "01"
        e[("999 calls answered within 10 seconds", m)] = (
            (float(c[:-1]), "percent") if c else (None, None)) + ("month", start, end, "empty")
        e[("Burglary", m)] = (float(b.replace(",", "")), "count", "month", start, end, "empty")
    g = check(records(rows, rendering, tmp_path), e)
    r = g[("999 calls answered within 10 seconds", "Nov-23")]
    assert r.value is None and r.value_raw == ""  # the empty cell stays empty, nothing shifts


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_quarterly_columns(rendering, tmp_path):
    rows = [["Measure", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24"],
            ["Arrests", "1,204", "1,311", "1,280"], ["Stop and search", "2,100", "2,350", "2,010"]]
    q = {"Q1 2023/24": ("2023-04-01", "2023-06-30"), "Q2 2023/24": ("2023-07-01", "2023-09-30"),
         "Q3 2023/24": ("2023-10-01", "2023-12-31")}
    e = {}
    for row in rows[1:]:
        for col, v in zip(rows[0][1:], row[1:]):
            e[(row[0], col)] = (float(v.replace(",", "")), "count", "quarter", *q[col], "empty")
    check(records(rows, rendering, tmp_path), e)


@pytest.mark.parametrize("rendering", ("block", "tab"))
def test_quarters_under_a_financial_year_group_header(rendering, tmp_path):
    rows = [["", "2023/24", "", ""], ["Measure", "Q1", "Q2", "Q3"], ["Arrests", "1,204", "1,311", "1,280"]]
    e = {("Arrests", "Q1"): (1204, "count", "quarter", "2023-04-01", "2023-06-30", "empty"),
         ("Arrests", "Q2"): (1311, "count", "quarter", "2023-07-01", "2023-09-30", "empty"),
         ("Arrests", "Q3"): (1280, "count", "quarter", "2023-10-01", "2023-12-31", "empty")}
    check(records(rows, rendering, tmp_path), e)


# ---------------------------------------------------------------------------
# 12 months to ... | 12 months to ... | Difference | % difference; crime types
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("rendering", RENDERINGS)
def test_twelve_months_to_with_difference(rendering, tmp_path):
    rows = [["Measure", "12 months to March 2024", "12 months to March 2023", "Difference", "% difference"],
            ["Residential burglary", "2,310", "2,560", "-250", "-9.8%"],
            ["Robbery", "410", "380", "30", "7.9%"]]
    cur = ("rolling_12_months", "2023-04-01", "2024-03-31")
    prev = ("rolling_12_months", "2022-04-01", "2023-03-31")
    chg = ("change_12_months", "2023-04-01", "2024-03-31")
    e = {("Residential burglary", rows[0][1]): (2310, "count", *cur, "empty"),
         ("Residential burglary", rows[0][2]): (2560, "count", *prev, "empty"),
         ("Residential burglary", "Difference"): (-250, "count", *chg, "down"),
         ("Residential burglary", "% difference"): (-9.8, "percent", *chg, "down"),
         ("Robbery", rows[0][1]): (410, "count", *cur, "empty"),
         ("Robbery", rows[0][2]): (380, "count", *prev, "empty"),
         ("Robbery", "Difference"): (30, "count", *chg, "up"),
         ("Robbery", "% difference"): (7.9, "percent", *chg, "up")}
    check(records(rows, rendering, tmp_path), e)


CRIME_TYPES = [["Crime type", "12 months to Dec-23", "12 months to Dec-22", "Volume change", "% change"],
               ["Violence against the person", "30,112", "31,004", "-892", "-2.9%"],
               ["Theft", "12,001", "11,500", "501", "4.4%"],
               ["Total", "42,113", "42,504", "-391", "-0.9%"]]


@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("caption,heading", [("Table 2: Recorded crime by crime type", "Crime"),
                                             ("", "Recorded crime")])
def test_crime_types_with_total_row(rendering, caption, heading, tmp_path):
    recs = records(CRIME_TYPES, rendering, tmp_path, heading=heading, caption=caption)
    cur = ("rolling_12_months", "2023-01-01", "2023-12-31")
    prev = ("rolling_12_months", "2022-01-01", "2022-12-31")
    chg = ("change_12_months", "2023-01-01", "2023-12-31")
    e = {}
    for row in CRIME_TYPES[1:]:
        vals = [float(x.rstrip("%").replace(",", "")) for x in row[1:]]
        e[(row[0], CRIME_TYPES[0][1])] = (vals[0], "count", *cur, "empty")
        e[(row[0], CRIME_TYPES[0][2])] = (vals[1], "count", *prev, "empty")
        d = "down" if vals[2] < 0 else "up"
        e[(row[0], "Volume change")] = (vals[2], "count", *chg, d)
        e[(row[0], "% change")] = (vals[3], "percent", *chg, d)
    g = check(recs, e)
    for (label, _), r in g.items():
        assert r.subject == label and r.metric == "Recorded crime", (r.row_label, r.metric, r.subject)
    assert g[("Total", "% change")].subject == "Total"


@pytest.mark.parametrize("rendering", ("block", "tab"))
def test_month_beside_twelve_months_keeps_printed_periods(rendering, tmp_path):
    # not a dashboard: the 12-month column is 12 months, and a bare "% change" has no clear period
    rows = [["Crime type", "Dec-23", "12 months to Dec-23", "% change"],
            ["Burglary", "140", "1,700", "-3.1%"], ["Robbery", "40", "480", "2.0%"]]
    g = grid(records(rows, rendering, tmp_path))
    r = g[("Burglary", "12 months to Dec-23")]
    assert (r.value, r.period_type, r.period_start, r.period_end) == (1700, "rolling_12_months", "2023-01-01",
                                                                     "2023-12-31")
    r = g[("Burglary", "Dec-23")]
    assert (r.period_type, r.period_end) == ("month", "2023-12-31")
    r = g[("Robbery", "% change")]
    assert (r.value, r.unit, r.period_type, r.period_start, r.period_end, r.direction) == (
        2.0, "percent", "other", None, None, "up")


# ---------------------------------------------------------------------------
# rates, ranks, money
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("rendering", RENDERINGS)
def test_rates_per_thousand(rendering, tmp_path):
    rows = [["Crime type", "Crimes", "Rate per 1,000 population", "MSG average per 100,000"],
            ["Violence with injury", "5,941", "8.2", "790.5"], ["Robbery", "410", "0.6", "80"]]
    e = {("Violence with injury", "Crimes"): (5941, "count", *OTHER, "empty"),
         ("Violence with injury", "Rate per 1,000 population"): (8.2, "rate", *OTHER, "empty"),
         ("Violence with injury", "MSG average per 100,000"): (790.5, "rate", *OTHER, "empty"),
         ("Robbery", "Crimes"): (410, "count", *OTHER, "empty"),
         ("Robbery", "Rate per 1,000 population"): (0.6, "rate", *OTHER, "empty"),
         ("Robbery", "MSG average per 100,000"): (80, "rate", *OTHER, "empty")}
    g = check(records(rows, rendering, tmp_path), e)
    r = g[("Robbery", "Rate per 1,000 population")]
    assert (r.metric, r.subject) == ("Rate per 1,000 population", "Robbery")


def test_rate_row_label():
    rows = [["Measure", "2022/23", "2023/24"], ["Crimes per 1,000 population", "61.2", "58.9"],
            ["Crimes", "45,210", "43,100"]]
    g = grid(records(rows, "block", None))
    assert g[("Crimes per 1,000 population", "2023/24")].unit == "rate"
    assert g[("Crimes", "2023/24")].unit == "count"
    r = g[("Crimes per 1,000 population", "2022/23")]
    assert (r.value, r.period_type, r.period_start, r.period_end) == (61.2, "financial_year", "2022-04-01",
                                                                     "2023-03-31")


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_msg_position_is_a_rank(rendering, tmp_path):
    rows = [["Measure", "Force", "Most similar group (MSG) position"],
            ["Crime rate", "52.1", "3rd of 8"], ["Positive outcome rate", "12.0%", "5th out of 8"],
            ["ASB incidents", "4,100", "n/a"]]
    e = {("Crime rate", "Force"): (52.1, "count", *OTHER, "empty"),
         ("Crime rate", "Most similar group (MSG) position"): (3, "count", *OTHER, "empty"),
         ("Positive outcome rate", "Force"): (12.0, "percent", *OTHER, "empty"),
         ("Positive outcome rate", "Most similar group (MSG) position"): (5, "count", *OTHER, "empty"),
         ("ASB incidents", "Force"): (4100, "count", *OTHER, "empty"),
         ("ASB incidents", "Most similar group (MSG) position"): (None, None, *OTHER, "empty")}
    g = check(records(rows, rendering, tmp_path), e)
    assert g[("Crime rate", "Most similar group (MSG) position")].value_raw == "3rd of 8"


MONEY = [["Budget line", "Budget £000", "Forecast £000", "Variance £000"],
         ["Police pay", "120,500", "121,200", "700"],
         ["Staff pay", "60,100", "59,800", "-300"],
         ["Non-pay", "25,000", "(200)", "£1.2m"],
         ["Total", "205,600", "181,000", "400"]]


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_money_in_thousands(rendering, tmp_path):
    e = {}
    for row in MONEY[1:]:
        for col, raw in zip(MONEY[0][1:], row[1:]):
            delta = col.startswith("Variance")
            if raw == "(200)":  # accounting brackets in a finance table: a negative (issue 12)
                e[(row[0], col)] = (-200_000.0, "gbp", *OTHER, "empty")
                continue
            if raw.startswith("£"):
                e[(row[0], col)] = (1.2e6, "gbp", *OTHER, "up")  # its own scale
                continue
            v = float(raw.replace(",", "")) * 1000
            e[(row[0], col)] = (v, "gbp", *OTHER, ("down" if v < 0 else "up") if delta else "empty")
    g = check(records(MONEY, rendering, tmp_path, heading="Revenue budget monitoring"), e)
    r = g[("Police pay", "Budget £000")]
    assert (r.metric, r.subject, r.value_raw) == ("Budget", "Police pay", "120,500")
    assert g[("Total", "Variance £000")].subject == "Total"
    assert g[("Non-pay", "Forecast £000")].value_raw == "(200)"


@pytest.mark.parametrize("rendering", ("block", "tab"))
def test_money_in_millions_marker_top_left(rendering, tmp_path):
    rows = [["£m", "Budget", "Outturn"], ["Police pay", "120.5", "121.2"], ["Total", "180.6", "181.0"]]
    e = {("Police pay", "Budget"): (120.5e6, "gbp", *OTHER, "empty"),
         ("Police pay", "Outturn"): (121.2e6, "gbp", *OTHER, "empty"),
         ("Total", "Budget"): (180.6e6, "gbp", *OTHER, "empty"),
         ("Total", "Outturn"): (181.0e6, "gbp", *OTHER, "empty")}
    check(records(rows, rendering, tmp_path), e)


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_bracket_negatives_in_a_variance_column_kept_as_printed(rendering, tmp_path):
    rows = [["Directorate", "Budget £m", "Forecast £m", "Variance £m"],
            ["Adults", "120.5", "118.2", "(2.3)"],
            ["Children", "80.0", "81.5", "1.5"],
            ["Total", "200.5", "199.7", "(0.8)"]]
    g = grid(records(rows, rendering, tmp_path))
    r = g[("Adults", "Variance £m")]
    assert (r.value, r.unit, r.value_raw, r.direction) == (-2.3e6, "gbp", "(2.3)", "down")
    r = g[("Total", "Variance £m")]
    assert (r.value, r.subject, r.direction) == (-0.8e6, "Total", "down")
    assert g[("Children", "Variance £m")].value == 1.5e6
    assert g[("Children", "Variance £m")].direction == "up"


def test_bracketed_number_outside_a_money_table_stays_empty():
    rows = [["Measure", "2022/23", "2023/24"], ["Arrests", "1,200", "(300)"], ["Stops", "500", "450"]]
    g = grid(records(rows, "block", None))
    assert g[("Arrests", "2023/24")].value is None
    assert g[("Arrests", "2023/24")].value_raw == "(300)"


def test_unscaled_pound_figure_under_a_scaled_header_stays_empty():
    rows = [["Budget line", "Budget £000", "Forecast £000"], ["Police pay", "£120,500", "121,200"]]
    g = grid(records(rows, "block", None))
    assert g[("Police pay", "Budget £000")].value is None
    assert g[("Police pay", "Forecast £000")].value == 121_200_000


# ---------------------------------------------------------------------------
# transposed, merged group headers, two label columns
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("rendering", RENDERINGS)
def test_transposed_periods_as_rows_with_total(rendering, tmp_path):
    rows = [["Quarter", "Crime volume", "Arrests", "Charge rate"],
            ["Q1 2023/24", "10,200", "1,204", "6.1%"], ["Q2 2023/24", "10,500", "1,311", "6.5%"],
            ["Total", "20,700", "2,515", ""]]
    q1 = ("quarter", "2023-04-01", "2023-06-30")
    q2 = ("quarter", "2023-07-01", "2023-09-30")
    span = ("other", "2023-04-01", "2023-09-30")
    e = {("Q1 2023/24", "Crime volume"): (10200, "count", *q1, "empty"),
         ("Q1 2023/24", "Arrests"): (1204, "count", *q1, "empty"),
         ("Q1 2023/24", "Charge rate"): (6.1, "percent", *q1, "empty"),
         ("Q2 2023/24", "Crime volume"): (10500, "count", *q2, "empty"),
         ("Q2 2023/24", "Arrests"): (1311, "count", *q2, "empty"),
         ("Q2 2023/24", "Charge rate"): (6.5, "percent", *q2, "empty"),
         ("Total", "Crime volume"): (20700, "count", *span, "empty"),
         ("Total", "Arrests"): (2515, "count", *span, "empty"),
         ("Total", "Charge rate"): (None, None, *span, "empty")}
    g = check(records(rows, rendering, tmp_path), e)
    assert g[("Q2 2023/24", "Arrests")].metric == "Arrests"
    assert g[("Total", "Arrests")].subject == "Total"


@pytest.mark.parametrize("rendering", ("block", "tab", "pipe"))
def test_merged_group_header(rendering, tmp_path):
    rows = [["", "Victim satisfaction", "", ""],
            ["Crime type", "Ease of contact", "Actions taken", "Kept informed"],
            ["Burglary", "92%", "78%", "70%"], ["Violent crime", "88%", "72%", ""]]
    e = {}
    for row in rows[2:]:
        for col, raw in zip(rows[1][1:], row[1:]):
            e[(row[0], col)] = ((float(raw[:-1]), "percent") if raw else (None, None)) + (*OTHER, "empty")
    g = check(records(rows, rendering, tmp_path), e)
    r = g[("Violent crime", "Actions taken")]
    assert (r.metric, r.subject) == ("Victim satisfaction: Actions taken", "Violent crime")
    assert not any(r.row_label == "Crime type" for r in g.values())  # the sub-header is no body row


def test_group_header_period_over_volume_and_rate():
    rows = [["", "12 months to Dec-23", "", "12 months to Dec-22", ""],
            ["Area", "Crimes", "Rate per 1,000 population", "Crimes", "Rate per 1,000 population"],
            ["North", "5,100", "8.1", "5,300", "8.4"]]
    recs = records(rows, "block", None)
    got = sorted((r.metric, r.subject, r.period_end, r.value, r.unit) for r in recs)
    assert got == [("Crimes", "North", "2022-12-31", 5300, "count"),
                   ("Crimes", "North", "2023-12-31", 5100, "count"),
                   ("Rate per 1,000 population", "North", "2022-12-31", 8.4, "rate"),
                   ("Rate per 1,000 population", "North", "2023-12-31", 8.1, "rate")]


def test_measure_column_right_of_a_priority_column():
    rows = [["Priority", "Measure", "Q1 2023/24", "Q2 2023/24"],
            ["Reduce crime", "Burglary", "300", "280"], ["", "Robbery", "40", "41"]]
    g = grid(records(rows, "block", None))
    assert set(g) == {("Burglary", "Q1 2023/24"), ("Burglary", "Q2 2023/24"),
                      ("Robbery", "Q1 2023/24"), ("Robbery", "Q2 2023/24")}
    assert g[("Robbery", "Q2 2023/24")].value == 41 and g[("Robbery", "Q2 2023/24")].metric == "Robbery"


def test_previous_year_change_columns_by_content():
    rows = [["Measure", "Dec-23", "Dec-22", "Change", "% change"],
            ["Charge rate", "6.1%", "5.5%", "0.6", "10.9%"], ["Arrests", "1,000", "900", "100", "11.1%"]]
    g = grid(records(rows, "block", None))
    r = g[("Charge rate", "Change")]
    assert (r.value, r.unit, r.period_type, r.period_end, r.direction) == (
        0.6, "percentage_points", "month", "2023-12-31", "up")
    assert g[("Arrests", "Change")].unit == "count"
    assert g[("Arrests", "% change")].unit == "percent"
    assert g[("Arrests", "Dec-22")].period_end == "2022-12-31"


def test_two_ytd_columns_give_an_undated_ytd_change():
    rows = [["Measure", "2023/24 YTD", "2022/23 YTD", "Change"], ["Burglary", "1,200", "1,300", "-100"]]
    g = grid(records(rows, "block", None))
    assert (g[("Burglary", "Change")].period_type, g[("Burglary", "Change")].period_end) == ("year_to_date", None)


def test_status_header_with_periods_is_still_a_measure_table():
    rows = [["Measure", "Target", "Sep-23", "Status"], ["Burglary", "150", "140", "Green"],
            ["Robbery", "30", "40", "Red"]]
    g = grid(records(rows, "block", None))
    assert set(g) == {("Burglary", "Target"), ("Burglary", "Sep-23"), ("Robbery", "Target"),
                      ("Robbery", "Sep-23")}
    assert (g[("Robbery", "Target")].period_type, g[("Robbery", "Target")].period_end) == ("other", None)


# ---------------------------------------------------------------------------
# not measure tables
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [["Item", "Title", "Page"], ["1", "Apologies", "1"], ["2", "Minutes", "3"], ["3", "Performance report", "11"]],
    [["1", "Apologies for absence", "2"], ["2", "Minutes of the last meeting", "3"], ["3", "Finance", "12"]],
    [["Section", "Page"], ["Introduction", "2"], ["Performance", "4"], ["Finance", "10"]],
    [["Contents", ""], ["Introduction", "2"], ["Performance", "4"], ["Finance", "10"]],
    [["Name", "Role", "Present"], ["Cllr A Smith", "Chairman", "Yes"], ["Cllr B Jones", "Member", "Yes"]],
    [["Acronym", "Meaning"], ["MSG", "Most similar group"], ["ASB", "Anti-social behaviour"]],
    [["Term", "Definition"], ["Positive outcome", "A charge or summons"], ["SPLY", "Same period last year"]],
    [["Name", "Telephone", "Email"], ["Jane Doe", "01225 123456", "jd@example.gov.uk"],
     ["John Roe", "01225 654321", "jr@example.gov.uk"]],
    [["Deliverable", "Lead", "Progress"], ["New custody suite", "ACC", "75%"], ["Estates review", "CFO", "50%"]],
    [["Risk", "Likelihood", "Impact", "Score"], ["Cyber attack", "3", "4", "12"], ["Estates", "2", "3", "6"]],
    [["Priority", "Status"], ["Reduce burglary", "On track"], ["Tackle ASB", "Behind"]],
    [["Date", "Venue", "Items"], ["18 January 2024", "County Hall", "Budget"], ["8 February 2024", "County Hall", "Plan"]],
])
@pytest.mark.parametrize("rendering", ("block", "tab"))
def test_non_measure_tables_give_nothing(rows, rendering, tmp_path):
    assert records(rows, rendering, tmp_path) == []


def test_contents_with_dot_leaders_in_a_pipe_table(tmp_path):
    rows = [["Contents", "Page"], ["Introduction ..........", "2"], ["Performance ..........", "4"]]
    assert records(rows, "pipe", tmp_path) == []


def test_scale_in_every_header_cell_is_a_header_not_a_row():
    from extract.extractors import measures
    from extract.model import Block, Document, Page

    rows = [["Budget line", "Budget 2023/24 £000", "Forecast 2023/24 £000", "Variance £000"],
            ["Police pay", "125,300", "126,100", "800"]]
    d = Document(source="x", sha256="a" * 64, format="markdown",
                 pages=[Page(1, blocks=[Block("heading", "Revenue budget", level=1), Block.table(rows)])]).finish()
    got = {(m.row_label, m.column_label): m for m in measures.extract(d)}
    assert set(got) == {("Police pay", c) for c in rows[0][1:]}
    assert got[("Police pay", "Budget 2023/24 £000")].value == 125_300_000
    assert got[("Police pay", "Budget 2023/24 £000")].unit == "gbp"
    assert got[("Police pay", "Budget 2023/24 £000")].period_type == "financial_year"
