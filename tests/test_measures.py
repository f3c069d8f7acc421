"""Measure-table extraction: corpus tables cell by cell, every drift case, PDF vs text."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.extractors.measures import clean_label, extract, split_label  # noqa: E402
from extract.model import Block, Document, Page  # noqa: E402

CORPUS = ROOT / "corpus"
PACK = CORPUS / "wiltshire-panel-agenda-pack-2023-12-14.md"
PERF = CORPUS / "wiltshire-performance-report-2019-q2.md"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def hms(s: str) -> float:
    h, m, sec = (int(x) for x in s.split(":"))
    return float(h * 3600 + m * 60 + sec)


def make_doc(*blocks: Block, sha: str = "ab" * 32) -> Document:
    return Document(source="t.txt", sha256=sha, format="text",
                    pages=[Page(1, blocks=list(blocks))]).finish()


def table_doc(rows, heading="Domestic Abuse", extra=()):
    return make_doc(Block(kind="heading", text=heading, level=1),
                    Block.table(rows, page=1, line=3), *extra)


def by(recs, row_label, period_type):
    hits = [r for r in recs if r.row_label == row_label and r.period_type == period_type]
    assert len(hits) == 1, (row_label, period_type, [(r.row_label, r.period_type) for r in recs])
    return hits[0]


H = ["Measure", "Q", "Trend Line (Up to 3 Years' Data)", "Jul-2024", "3 Months to Jul-2024",
     "12 Months to Jul-2024", "12 Months to Jul-2023 vs. 12 Months to Jul-2024",
     "Rolling 12 Month Trend", "Statistical Exceptions", "Exception Weighting"]

M, R3, R12, CH = "month", "rolling_3_months", "rolling_12_months", "change_12_months"


@pytest.fixture(scope="module")
def pack():
    from extract.loaders import load
    d = load(PACK)
    return d, extract(d)


@pytest.fixture(scope="module")
def perf():
    from extract.loaders import load
    d = load(PERF)
    return d, extract(d)


# ---------------------------------------------------------------------------
# the corpus dashboards: hand-written truth, precision and recall
# ---------------------------------------------------------------------------

# row label | section | month end | month | 3 months | 12 months | change | trend | exceptions | weighting
# values: "<number> <unit>" or "hh:mm:ss"; "" = empty cell
DASH = """
Call Answered Volume: 999|Crime & Communication Centre – 999 Service|2023-10-31|9429 count|29451 count|107875 count|17.7 percent|Increasing|Three, Eight- Month High|20
Abandonment Rate: All 999|Crime & Communication Centre – 999 Service|2023-10-31|0.7 percent|0.9 percent|1.7 percent|-1.2 percentage_points|Decreasing|One, Two, Three- Month Low|19
Average Time to Answer: All 999|Crime & Communication Centre – 999 Service|2023-10-31|00:00:12|00:00:14|00:00:13|00:00:01|Increasing||10
Call Offer Demand: All 999|Crime & Communication Centre – 999 Service|2023-10-31|10562 count|32901 count|122636 count|12.8 percent|Increasing||10
Abandonment Rate: All CRIB|Crime & Communication Centre – CRIB Service|2023-10-31|27.7 percent|29.6 percent|21.9 percent|11.6 percentage_points|Increasing|One, Two, Three, Eight-Month High|25
Average Time to Answer: All CRIB|Crime & Communication Centre – CRIB Service|2023-10-31|00:15:50|00:16:54|00:11:35|00:08:42|Increasing|Two, Three, Eight- Month High|23
Call Answered Volume: All CRIB|Crime & Communication Centre – CRIB Service|2023-10-31|6047 count|18010 count|83133 count|-32.0 percent|Decreasing|Three, Eight- Month Low|20
Call Offer Demand: All CRIB|Crime & Communication Centre – CRIB Service|2023-10-31|8386 count|25595 count|106894 count|-21.6 percent|Decreasing|Eight-Month Low|16
Average Response Time: Priority - County|Response Times - Priority|2023-10-31|01:33:15|01:37:44|01:42:29|00:24:31|Increasing|Eight-Month High|16
Average Response Time: Priority - Swindon|Response Times - Priority|2023-10-31|02:15:34|02:29:43|02:18:03|00:56:21|Increasing|Eight-Month High|16
Average Time at Scene: Priority|Response Times - Priority|2023-10-31|02:04:34|02:07:16|02:02:08|00:25:13|Increasing|Eight-Month High|16
Median Response Time: Priority|Response Times - Priority|2023-10-31|00:44:45|00:44:29|00:45:28|00:07:43|Increasing|Eight-Month High|16
Response Rate: Priority|Response Times - Priority|2023-10-31|56.7 percent|56.6 percent|55.4 percent|-8.0 percentage_points|Decreasing|Two, Three, Eight- Month Low|23
Storm Log Volume: Priority|Response Times - Priority|2023-10-31|2233 count|6868 count|28982 count|-13.0 percent|Decreasing|Two, Three- Month Low|17
Response Rate: Immediate|Response Times – Immediate|2023-10-31|76.8 percent|76.9 percent|79.3 percent|-3.5 percentage_points|Decreasing|One, Two, Three- Month Low|19
Median Response Time: Immediate|Response Times – Immediate|2023-10-31|00:11:15|00:11:14|00:10:40|00:00:43|Increasing|Two, Three- Month High|17
Average Time at Scene: Immediate|Response Times – Immediate|2023-10-31|01:40:39|01:36:27|01:34:09|00:16:27|Increasing|Eight-Month High|16
Average Response Time: Immediate|Response Times – Immediate|2023-10-31|00:13:34|00:13:22|00:12:55|00:01:01|Increasing|Three-Month High|14
Storm Log Volume: Immediate|Response Times – Immediate|2023-10-31|1689 count|5196 count|19442 count|-4.8 percent|||0
Arrest Rate: DA|Domestic Abuse (VAWG)|2023-09-30|39.7 percent|43.4 percent|41.2 percent|9.9 percent|Increasing|Three, Eight- Month High|20
Crime Volume: DA|Domestic Abuse (VAWG)|2023-09-30|582 count|1810 count|7244 count|-3.7 percent|Increasing||4
Domestic Abuse Risk Level: High|Domestic Abuse (VAWG)|2023-09-30|42 count|106 count|302 count|69.7 percent|Increasing|One, Two, Three, Eight-Month High|25
Domestic Abuse Risk Level: Medium|Domestic Abuse (VAWG)|2023-09-30|200 count|690 count|2488 count|21.1 percent|Increasing||10
Domestic Abuse Risk Level: Standard|Domestic Abuse (VAWG)|2023-09-30|517 count|1880 count|8114 count|-8.0 percent|Decreasing|One-Month Low|12
FAT Outcome Rate: DA|Domestic Abuse (VAWG)|2023-09-30|8.8 percent|12.4 percent|12.4 percent|2.6 percentage_points|Increasing||10
FAT Outcome Volume: DA|Domestic Abuse (VAWG)|2023-09-30|51 count|224 count|896 count|21.9 percent|Increasing||10
Outstanding Suspects: DA|Domestic Abuse (VAWG)|2023-09-30|415 count|375 count||||One-Month High|8
Crime Volume: Violence With Injury|Violence with Injury|2023-09-30|481 count|1438 count|5941 count|-8.2 percent|Increasing||4
Crime Volume: Violence With Injury - County|Violence with Injury|2023-09-30|299 count|876 count|3571 count|-11.4 percent|||6
Crime Volume: Violence With Injury - Swindon|Violence with Injury|2023-09-30|181 count|557 count|2357 count|-3.4 percent|Increasing||4
FAT Outcome Rate: Violence With Injury|Violence with Injury|2023-09-30|14.1 percent|16.9 percent|15.8 percent|3.1 percentage_points|Increasing||10
Arrest Volume: Drink Driving Offences|Road Safety|2023-09-30|42 count|136 count|601 count|-15.5 percent|Decreasing|Two-Month Low|13
Arrest Volume: Drug Driving Offences|Road Safety|2023-09-30|32 count|103 count|470 count|22.1 percent|Increasing||10
"""


def _parse_expected_value(s: str):
    if not s:
        return None, None
    if ":" in s and " " not in s:
        return hms(s), "seconds"
    v, u = s.split()
    return float(v), u


def expected_dashboard():
    out = []
    for line in DASH.strip().splitlines():
        f = line.split("|")
        label, section, end = f[0], f[1], f[2]
        assert len(f) == 10, line
        vals = f[3:7]
        trend, exc, w = f[7], f[8], f[9]
        for ptype, v in zip((M, R3, R12, CH), vals):
            value, unit = _parse_expected_value(v)
            out.append(dict(label=label, section=section, end=end, ptype=ptype, value=value, unit=unit,
                            trend=trend or None, exc=exc or None, weight=float(w) if w else None))
    return out


def _key(label, ptype, end, value, unit):
    return (label, ptype, end, None if value is None else round(value, 6), unit)


def test_corpus_dashboards_precision_recall(pack):
    _, recs = pack
    exp = expected_dashboard()
    assert len(exp) == 132
    dash = [r for r in recs if r.period_type in (M, R3, R12, CH)]
    got = Counter(_key(r.row_label, r.period_type, r.period_end, r.value, r.unit) for r in dash)
    want = Counter(_key(e["label"], e["ptype"], e["end"], e["value"], e["unit"]) for e in exp)
    tp = sum((got & want).values())
    precision = tp / max(1, sum(got.values()))
    recall = tp / sum(want.values())
    assert precision >= 0.99, (got - want)
    assert recall >= 0.99, (want - got)


def test_corpus_dashboards_cell_by_cell(pack):
    _, recs = pack
    for e in expected_dashboard():
        r = by(recs, e["label"], e["ptype"])
        assert r.section == e["section"], (e["label"], r.section)
        assert r.period_end == e["end"]
        assert r.value == pytest.approx(e["value"]) if e["value"] is not None else r.value is None
        assert r.unit == e["unit"]
        assert r.rolling_trend == e["trend"], e["label"]
        assert r.statistical_exceptions == e["exc"], e["label"]
        assert r.exception_weighting == e["weight"], e["label"]
        if e["value"] is None:
            assert r.value_raw == "" and r.direction == "empty"
        elif e["ptype"] == CH:
            assert r.direction == ("up" if e["value"] > 0 else "down" if e["value"] < 0 else "flat")
        else:
            assert r.direction == "empty"


def test_corpus_dashboard_counts_and_structure(pack):
    doc, recs = pack
    per_table = Counter(r.table_id for r in recs if r.period_type in (M, R3, R12, CH))
    # 7 dashboards: 4, 4, 6, 5, 8, 4, 2 rows of 4 value cells
    assert sorted(per_table.values()) == sorted(4 * n for n in (4, 4, 6, 5, 8, 4, 2))
    assert len({r.measure_id for r in recs}) == len(recs)
    r = by(recs, "Crime Volume: Violence With Injury - County", CH)
    assert (r.metric, r.subject, r.value_raw) == ("Crime Volume: Violence With Injury", "County", "-11.4%")
    assert r.period_start == "2022-10-01" and r.column_label.startswith("12 Months to Sep-2022 vs.")
    r = by(recs, "Abandonment Rate: All 999", M)
    assert (r.metric, r.subject, r.period_start) == ("Abandonment Rate", "All 999", "2023-10-01")
    r = by(recs, "Arrest Volume: Drink Driving Offences", CH)
    assert r.value_raw == "-15.5% ▼" and r.direction == "down" and r.value == -15.5
    r = by(recs, "Median Response Time: Immediate", M)
    assert r.value == 675 and r.line == 601 and r.page is None
    r = by(recs, "Average Response Time: Immediate", M)
    assert r.value == hms("00:13:34")
    # the deliverables slides, the agenda, the acronyms and the forward plan give nothing
    labels = {r.row_label for r in recs}
    assert not any("Tidworth" in l or "Acronym" in l or "Thursday" in l or "Meeting" in l for l in labels)
    assert all(r.unit is None or r.unit in ("count", "percent", "percentage_points", "seconds", "rate")
               for r in recs)
    # "per 1,000 employees" rows are rates
    assert {r.unit for r in recs if r.row_label == "Complaint cases logged per 1,000 employees"} == {"rate"}
    assert {r.unit for r in recs if r.row_label == "Complaint cases logged"} == {"count"}


def test_corpus_complaint_cases(pack):
    _, recs = pack
    cc = [r for r in recs if r.row_label.startswith("Complaint cases logged")]
    assert len(cc) == 8
    got = {(r.row_label, r.column_label): r for r in cc}
    r = got[("Complaint cases logged", "Force")]
    assert (r.value, r.unit, r.subject, r.period_type, r.period_start, r.period_end) == (
        371, "count", "Force", "quarter", "2023-04-01", "2023-06-30")
    r = got[("Complaint cases logged", "SPLY")]
    assert (r.value, r.subject, r.period_start, r.period_end) == (311, "Force", "2022-04-01", "2022-06-30")
    assert got[("Complaint cases logged", "National")].value == 20503
    assert got[("Complaint cases logged", "MSF Average")].subject == "MSF Average"
    assert got[("Complaint cases logged per 1,000 employees", "MSF Average")].value == 74


# ---------------------------------------------------------------------------
# the 2019 performance report
# ---------------------------------------------------------------------------

def test_2019_measure_boxes(perf):
    _, recs = perf
    def one(label, col, subject=None):
        hits = [r for r in recs if r.row_label == label and r.column_label == col
                and (subject is None or r.subject == subject) and r.metric == label]
        assert len(hits) == 1, (label, col, [(r.row_label, r.column_label) for r in recs if r.row_label == label])
        return hits[0]
    r = one("Crime volume", "Q1")
    assert (r.value, r.unit, r.period_type, r.period_start, r.period_end) == (
        10952, "count", "quarter", "2019-04-01", "2019-06-30")
    r = one("Crime volume", "Q1 rolling 12 months")
    assert (r.value, r.period_type, r.period_start, r.period_end) == (
        43523, "rolling_12_months", "2018-07-01", "2019-06-30")
    r = one("Crime volume", "Q2")
    assert (r.value, r.period_end) == (11856, "2019-09-30")
    r = one("Crime volume", "Q2 rolling 12 months")
    assert (r.value, r.period_type, r.period_end) == (44340, "rolling_12_months", "2019-09-30")
    assert one("Anti Social Behaviour Volume", "Q1").value == 4424  # "Q1:4,424" glued
    r = one("Response time (average)", "Q2", "Priority")
    assert (r.value, r.unit, r.period_end) == (hms("00:57:50"), "seconds", "2019-09-30")
    assert one("Response time (average)", "Q1", "Immediate").value == 626
    r = one("Percentage of complaint appeals upheld", "Q1")
    assert (r.value, r.unit) == (33, "percent")
    sub = {r.metric: r.value for r in recs if r.row_label == "Percentage of complaint appeals upheld"
           and r.column_label == "Q1" and r.unit == "count"}
    assert sub == {"appeals completed": 6, "upheld": 3}
    r = [x for x in recs if x.row_label == "Overall confidence with the police in this area"]
    assert len(r) == 1 and r[0].value == 77.7 and r[0].period_end == "2019-06-30"  # no ±3.5 record
    r = [x for x in recs if x.row_label == "Satisfaction with being kept informed"]
    assert len(r) == 1 and (r[0].value, r[0].period_type, r[0].period_end) == (64.8, "rolling_12_months", "2019-08-31")
    r = [x for x in recs if x.row_label == "Number of actual days lost per person"]
    assert len(r) == 1 and (r[0].value, r[0].unit, r[0].period_end) == (14.8, "count", "2019-09-30")
    # boxes given as paragraphs
    r = one("Cyber flagged + key word", "Q2 rolling 12 months")
    assert (r.value, r.period_end) == (3015, "2019-09-30")
    r = [x for x in recs if x.row_label == "Killed and seriously injured (KSI) - Collisions"]
    assert len(r) == 1 and (r[0].value, r[0].period_type, r[0].period_end) == (273, "rolling_12_months", "2019-06-30")
    assert one("Percentage of trials that are cracked and ineffective due to prosecution reasons", "Q2").value == 16.9
    # numbered paragraphs glued into a box table are not measures
    assert not any(r.row_label.startswith(("154.", "158.")) for r in recs)


def test_2019_small_tables(perf):
    _, recs = perf
    calls = [r for r in recs if r.row_label.endswith("avg wait to answer")]
    assert len(calls) == 9
    r = [x for x in calls if x.subject == "CRIB call" and x.column_label == "Sep-17"][0]
    assert (r.metric, r.value, r.unit, r.period_type, r.period_end) == (
        "avg wait to answer", 229, "seconds", "month", "2017-09-30")
    sat = [r for r in recs if r.section and r.section.startswith("99. Indicator change") and
           r.row_label in ("Sep-17", "Sep-18", "Sep-19", "Change (PP)")]
    assert len(sat) == 28
    r = [x for x in sat if x.row_label == "Sep-19" and x.metric == "Overall satisfaction"][0]
    assert (r.value, r.unit, r.period_end) == (76.9, "percent", "2019-09-30")
    r = [x for x in sat if x.row_label == "Change (PP)" and x.metric == "Keeping informed"][0]
    assert (r.value, r.unit, r.direction, r.period_start, r.period_end) == (
        -5.8, "percentage_points", "down", "2017-09-01", "2019-09-30")


def test_2019_counts_and_non_measures(perf):
    doc, recs = perf
    # table of contents, key to symbols, the trial-reason list: nothing
    assert not any("....." in r.row_label or "Introduction" in r.row_label for r in recs)
    assert not any(r.row_label.startswith(("Key to", "B -", "M1")) for r in recs)
    boxes = Counter(r.row_label for r in recs if r.column_label and r.column_label.startswith("Q"))
    assert boxes["Crime volume"] == 4 and boxes["Section 136 arrests"] == 2
    assert len(recs) == 101
    assert len({r.measure_id for r in recs}) == len(recs)


def test_documents_without_tables_give_nothing():
    from extract.loaders import load
    for f in ("wiltshire-highlight-report-2023-10-to-12.txt", "wiltshire-newsletter-2023-03-to-05.txt"):
        assert extract(load(CORPUS / f)) == []


def test_ids_are_stable(pack):
    from extract.loaders import load
    d, recs = pack
    again = extract(load(PACK))
    assert [r.measure_id for r in recs] == [r.measure_id for r in again]
    assert len({r.table_id for r in recs}) == 8


# ---------------------------------------------------------------------------
# drift cases, hand-built
# ---------------------------------------------------------------------------

ROW_DA = ["Crime Volume: DA", "", "~~~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "", "4"]


@pytest.mark.parametrize("q_header", [
    ["Measure Q"], ["Q. Measure"], ["Measure C"], ["۹. Measure"], ["م. Measure"], ["Q."],
    ["Measure", "q"], ["Measure", "م"],
])
def test_q_column_variants(q_header):
    header = q_header + H[2:]
    n = len(header)
    row = ROW_DA[:1] + ROW_DA[-(n - 1):] if n < len(ROW_DA) else ROW_DA
    recs = extract(table_doc([header, row]))
    assert len(recs) == 4
    assert [r.value for r in recs] == [582, 1810, 7244, -3.7]
    assert [r.period_type for r in recs] == [M, R3, R12, CH]
    assert recs[0].period_end == "2024-07-31" and recs[1].period_start == "2024-05-01"
    assert recs[0].metric == "Crime Volume" and recs[0].subject == "DA"
    assert recs[0].rolling_trend == "Increasing" and recs[0].exception_weighting == 4


@pytest.mark.parametrize("residue", ["~~~~", "\\\\\\\\", "······", "<i></i>", "mmm", "ymww.", "Λ",
                                     "$\\sim$", "1", "hm", "~^", "James and the second se"])
def test_trend_line_residue_present(residue):
    rows = [H, ["Arrest Rate: DA", "", residue, "39.7%", "43.4%", "41.2%", "9.9%", "Increasing",
                "Three, Eight- Month High", "20"]]
    recs = extract(table_doc(rows))
    assert [r.value for r in recs] == [39.7, 43.4, 41.2, 9.9]
    assert recs[0].row_label == "Arrest Rate: DA"
    assert recs[3].statistical_exceptions == "Three, Eight- Month High"


@pytest.mark.parametrize("label", ["Arrest Rate: DA ~~~~", "Arrest Rate: DA mmm", "Arrest Rate: DA ymww.",
                                   "Arrest Rate: DA Λ", "Arrest Rate: DA $\\sim$", "Arrest Rate: DA <i></i>",
                                   "Arrest Rate: DA 1 hm", "~~~~ Arrest Rate: DA", "Arrest Rate: DA ······"])
def test_trend_line_residue_merged_into_label(label):
    rows = [H,
            ["Crime Volume: DA", "", "~~~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "", "4"],
            [label, "39.7%", "43.4%", "41.2%", "9.9%", "Increasing", "Three, Eight- Month High", "20"]]
    recs = extract(table_doc(rows))
    rate = [r for r in recs if r.metric == "Arrest Rate"]
    assert [r.value for r in rate] == [39.7, 43.4, 41.2, 9.9]
    assert {r.row_label for r in rate} == {"Arrest Rate: DA"} and rate[0].subject == "DA"
    assert rate[0].exception_weighting == 20 and rate[0].rolling_trend == "Increasing"


def test_trend_line_column_absent_everywhere():
    header = ["Measure", "Jul-2024", "3 Months to Jul-2024", "12 Months to Jul-2024",
              "12 Months to Jul-2023 vs. 12 Months to Jul-2024", "Rolling 12 Month Trend",
              "Statistical Exceptions", "Exception Weighting"]
    rows = [header, ["Repeat DA Victims", "12", "40", "150", "-2.0%", "Stable", "", "0"]]
    recs = extract(table_doc(rows))
    assert [r.value for r in recs] == [12, 40, 150, -2.0]
    assert recs[0].metric == "Repeat DA Victims" and recs[0].subject is None
    assert recs[0].rolling_trend == "Stable" and recs[0].exception_weighting == 0


def test_empty_value_cell_stays_empty():
    rows = [H,
            ["Outstanding Suspects: DA", "", "", "415", "375", "", "", "", "One-Month High", "8"],
            ["FAT Outcome Rate: DA", "", "hm", "8.8%", "", "12.4%", "2.6% points", "Increasing", "", "10"]]
    recs = extract(table_doc(rows))
    assert len(recs) == 8
    os_ = [r for r in recs if r.metric == "Outstanding Suspects"]
    assert [(r.period_type, r.value, r.value_raw) for r in os_] == [
        (M, 415, "415"), (R3, 375, "375"), (R12, None, ""), (CH, None, "")]
    assert all(r.direction == "empty" for r in os_[2:])
    assert os_[0].statistical_exceptions == "One-Month High" and os_[0].exception_weighting == 8
    assert os_[0].rolling_trend is None
    fat = [r for r in recs if r.metric == "FAT Outcome Rate"]
    assert [r.value for r in fat] == [8.8, None, 12.4, 2.6]
    assert fat[3].unit == "percentage_points"


def test_empty_value_cell_in_a_short_row_is_not_filled():
    # the trend-line cell is missing (row one cell short) AND the 3-month cell is empty
    rows = [H,
            ["Crime Volume: DA", "", "~~~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "", "4"],
            ["FAT Outcome Rate: DA 1 hm", "8.8%", "", "12.4%", "2.6% points", "Increasing", "", "10"]]
    recs = extract(table_doc(rows))
    fat = [r for r in recs if r.metric == "FAT Outcome Rate"]
    assert [r.value for r in fat] == [8.8, None, 12.4, 2.6]
    assert fat[0].row_label == "FAT Outcome Rate: DA"


def test_three_identical_month_headers_are_3_and_12_months():
    header = ["Measure", "Trend Line", "Jul-2024", "Jul-2024", "Jul-2024",
              "12 Months to Jul-2023 vs. 12 Months to Jul-2024", "Rolling 12 Month Trend",
              "Statistical Exceptions", "Exception Weighting"]
    rows = [header, ["Crime Volume: DA", "~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "", "4"]]
    recs = extract(table_doc(rows))
    assert [(r.period_type, r.period_start, r.period_end) for r in recs] == [
        (M, "2024-07-01", "2024-07-31"), (R3, "2024-05-01", "2024-07-31"),
        (R12, "2023-08-01", "2024-07-31"), (CH, "2023-08-01", "2024-07-31")]
    assert [r.column_label for r in recs][:3] == ["Jul-2024"] * 3


def test_three_identical_month_headers_without_change_header():
    header = ["Measure", "Jul-2024", "Jul-2024", "Jul-2024", "Change", "Rolling 12 Month Trend"]
    rows = [header, ["Crime Volume: DA", "582", "1,810", "7,244", "-3.7%", "Increasing"],
            ["Arrest Rate: DA", "39.7%", "43.4%", "41.2%", "9.9% points", "Increasing"]]
    recs = extract(table_doc(rows))
    assert [r.period_type for r in recs[:4]] == [M, R3, R12, CH]
    assert recs[3].value == -3.7 and recs[3].direction == "down"


def test_header_shorter_than_rows():
    header = ["Measure", "Jul-2024", "3 Months to Jul-2024", "12 Months to Jul-2024",
              "12 Months to Jul-2023 vs. 12 Months to Jul-2024", "Rolling 12 Month Trend",
              "Statistical Exceptions", "Exception Weighting"]
    rows = [header,
            ["Crime Volume: DA", "q", "~~~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "", "4"],
            ["Arrest Rate: DA", "", "", "39.7%", "43.4%", "41.2%", "9.9%", "Increasing", "Three-Month Lov", "20"]]
    recs = extract(table_doc(rows))
    assert len(recs) == 8
    assert [r.value for r in recs[:4]] == [582, 1810, 7244, -3.7]
    assert [r.period_type for r in recs[:4]] == [M, R3, R12, CH]
    assert recs[0].column_label == "Jul-2024"
    assert recs[4].statistical_exceptions == "Three-Month Lov" and recs[4].exception_weighting == 20


def test_weighting_and_exceptions_swapped_and_month_trend():
    header = H[:7] + ["Month Trend", "Exception Weighting", "Statistical Exceptions"]
    rows = [header,
            ["Crime Volume: DA", "", "~~", "582", "1,810", "7,244", "-3.7%", "Increasing", "4", ""],
            ["Arrest Rate: DA", "", "", "39.7%", "43.4%", "41.2%", "9.9%", "Decreasing", "20",
             "Two, Three, Eigh Month Low"]]
    recs = extract(table_doc(rows))
    a = [r for r in recs if r.metric == "Arrest Rate"][0]
    assert a.statistical_exceptions == "Two, Three, Eigh Month Low" and a.exception_weighting == 20
    assert a.rolling_trend == "Decreasing"
    c = [r for r in recs if r.metric == "Crime Volume"][0]
    assert c.exception_weighting == 4 and c.statistical_exceptions is None


def test_weighting_and_exceptions_swapped_under_unswapped_header():
    rows = [H, ["Arrest Rate: DA", "", "", "39.7%", "43.4%", "41.2%", "9.9%", "Increasing", "20",
                "Three, Eight- Month High"]]
    r = extract(table_doc(rows))[0]
    assert r.exception_weighting == 20 and r.statistical_exceptions == "Three, Eight- Month High"


@pytest.mark.parametrize("raw,col,value,unit,direction", [
    ("-1.0% ▼", 6, -1.0, "percent", "down"),
    ("00:00:18 ^", 3, 18, "seconds", "up"),
    ("00:05:25 A", 4, 325, "seconds", "empty"),
    ("5.3% •", 3, 5.3, "percent", "empty"),
    ("-0.8% —", 6, -0.8, "percent", "down"),
    ("1.6% points", 6, 1.6, "percentage_points", "up"),
    ("-1.4% points ▼", 6, -1.4, "percentage_points", "down"),
    ("51.5% ^", 5, 51.5, "percent", "up"),
    ("1.4% points ▼", 6, -1.4, "percentage_points", "down"),
    ("5.0% ▼", 6, -5.0, "percent", "down"),
    ("0.0%", 6, 0.0, "percent", "flat"),
])
def test_values_with_glyphs(raw, col, value, unit, direction):
    row = ["Abandonment Rate: All 999", "", "^", "0.7%", "0.9%", "1.7%", "-1.2% points", "Decreasing", "", "19"]
    row[col] = raw
    recs = extract(table_doc([H, row]))
    r = recs[col - 3]
    assert (r.value, r.unit, r.direction, r.value_raw) == (pytest.approx(value), unit, direction, raw)


def test_rolling_12_month_only_cells_have_no_value():
    rows = [H, ["Repeat Victims: DA", "", "", "Rolling 12 Month Only", "Rolling 12 Month Only", "1,234",
                "5.0%", "Increasing", "", "10"]]
    recs = extract(table_doc(rows))
    assert [(r.value, r.value_raw) for r in recs] == [
        (None, "Rolling 12 Month Only"), (None, "Rolling 12 Month Only"), (1234, "1,234"), (5.0, "5.0%")]
    assert recs[0].unit is None and recs[0].direction == "empty"


def test_exceptions_text_kept_as_printed():
    for exc in ("Three-Month Lov", "Two, Three, Eigh Month Low", "One, Two, Three, Eight-Month High"):
        rows = [H, ["Crime Volume: DA", "", "", "582", "1,810", "7,244", "-3.7%", "Increasing", exc, "17"]]
        assert {r.statistical_exceptions for r in extract(table_doc(rows))} == {exc}


def test_section_skips_generic_headings():
    d = make_doc(Block(kind="heading", text="Crime & Communication Centre – 999 Service", level=1),
                 Block(kind="heading", text="WHAT? (What is the situation?)", level=1),
                 Block.table([H, ROW_DA], page=2, line=10),
                 Block(kind="heading", text="Road Safety", level=2),
                 Block(kind="heading", text="Data Summary", level=4),
                 Block.table([H, ROW_DA], page=3, line=30))
    recs = extract(d)
    assert {r.section for r in recs if r.page == 2} == {"Crime & Communication Centre – 999 Service"}
    assert {r.section for r in recs if r.page == 3} == {"Road Safety"}


def test_two_header_rows_in_one_block_are_two_tables():
    other = ["Measure", "Trend Line", "Sep-2023", "3 Months to Sep-2023", "12 Months to Sep-2023",
             "12 Months to Sep-2022 vs. 12 Months to Sep-2023", "Rolling 12 Month Trend",
             "Statistical Exceptions", "Exception Weighting"]
    rows = [H, ROW_DA, other, ["Arrest Rate: DA", "", "39.7%", "43.4%", "41.2%", "9.9%", "Increasing", "", "20"]]
    recs = extract(table_doc(rows))
    assert len({r.table_id for r in recs}) == 2
    assert {r.period_end for r in recs if r.metric == "Arrest Rate"} == {"2023-09-30"}
    assert {r.period_end for r in recs if r.metric == "Crime Volume"} == {"2024-07-31"}


def test_label_helpers():
    assert split_label("Abandonment Rate: All 999") == ("Abandonment Rate", "All 999")
    assert split_label("Crime Volume: Violence With Injury - County") == (
        "Crime Volume: Violence With Injury", "County")
    assert split_label("Average Response Time: Priority - Swindon") == ("Average Response Time: Priority", "Swindon")
    assert split_label("Repeat DA Victims") == ("Repeat DA Victims", "")
    assert split_label("Anti-Social Behaviour: County") == ("Anti-Social Behaviour", "County")
    assert clean_label("Response Time: Priority 1") == "Response Time: Priority 1"
    assert clean_label("FAT Outcome Rate: DA 1 hm") == "FAT Outcome Rate: DA"
    assert clean_label("Call Answered Volume: CRIB ~~~~~~") == "Call Answered Volume: CRIB"
    assert clean_label("Mmm Arrest Volume: Drink Driving Offences") == "Arrest Volume: Drink Driving Offences"
    assert clean_label("Crime Volume: ASB") == "Crime Volume: ASB"


def test_ids_stable_and_distinct_for_hand_built():
    a = extract(table_doc([H, ROW_DA]))
    b = extract(table_doc([H, ROW_DA]))
    assert [r.measure_id for r in a] == [r.measure_id for r in b]
    assert len({r.measure_id for r in a}) == 4
    c = extract(make_doc(Block.table([H, ROW_DA], page=1, line=3), sha="cd" * 32))
    assert not {r.measure_id for r in a} & {r.measure_id for r in c}


# ---------------------------------------------------------------------------
# other tables, hand-built
# ---------------------------------------------------------------------------

def test_asb_categories():
    rows = [["ASB category", "Jul-24", "Proportion of monthly total", "Monthly YoY change", "12 month YoY change"],
            ["Personal", "412", "33.1%", "-5.2%", "-8.0%"],
            ["Nuisance", "780", "62.7%", "1.3%", "-15.9%"],
            ["Environmental", "52", "4.2%", "", "2.0%"]]
    recs = extract(table_doc(rows, heading="Anti-Social Behaviour"))
    assert len(recs) == 12
    g = {(r.row_label, r.column_label): r for r in recs}
    r = g[("Personal", "Jul-24")]
    assert (r.value, r.unit, r.period_type, r.period_end) == (412, "count", M, "2024-07-31")
    r = g[("Nuisance", "Proportion of monthly total")]
    assert (r.value, r.unit, r.period_type, r.period_end, r.direction) == (62.7, "percent", M, "2024-07-31", "empty")
    r = g[("Personal", "Monthly YoY change")]
    assert (r.value, r.period_type, r.direction) == (-5.2, M, "down")
    r = g[("Nuisance", "12 month YoY change")]
    assert (r.value, r.period_type, r.period_start, r.period_end, r.direction) == (
        -15.9, CH, "2023-08-01", "2024-07-31", "down")
    r = g[("Environmental", "Monthly YoY change")]
    assert (r.value, r.value_raw, r.direction) == (None, "", "empty")
    assert r.section == "Anti-Social Behaviour"


def test_sub_code_breakdown():
    rows = [["Sub-code", "Count", "% of total", "% excluding nulls"],
            ["ASB - Personal", "1,204", "30.1%", "35.0%"],
            ["ASB - Nuisance", "2,001", "50.0%", "58.1%"],
            ["ASB - Environmental", "240", "6.0", "6.9"],
            ["Null", "555", "13.9%", ""]]
    recs = extract(table_doc(rows, heading="ASB sub-codes"))
    assert len(recs) == 12
    g = {(r.row_label, r.column_label): r for r in recs}
    assert g[("ASB - Personal", "Count")].value == 1204 and g[("ASB - Personal", "Count")].unit == "count"
    assert g[("ASB - Personal", "Count")].subject == "Personal"
    assert g[("ASB - Environmental", "% of total")].unit == "percent"  # plain number under a % header
    assert g[("Null", "% excluding nulls")].value is None
    # no period named anywhere: 'other' with no dates, never guessed
    assert all(r.period_type == "other" and r.period_start is None and r.period_end is None for r in recs)


def test_transposed_indicator_table():
    rows = [["", "Overall satisfaction", "Ease of contact"],
            ["Sep-17", "77.2%", "91.2%"], ["Sep-19", "76.9%", "94.4%"], ["Change (PP)", "-0.3", "3.2"]]
    recs = extract(table_doc(rows))
    assert len(recs) == 6
    r = [x for x in recs if x.row_label == "Change (PP)" and x.metric == "Ease of contact"][0]
    assert (r.value, r.unit, r.direction, r.period_type) == (3.2, "percentage_points", "up", "other")


@pytest.mark.parametrize("rows", [
    [["Outcomes achieved this quarter", "Deliverables Progress", "", ""],
     ["Text", "Action", "Date Due", "Progress"],
     ["More text", "Tidworth police building site work commenced", "Jan 24", "90%"],
     ["", "Two mobile police stations", "Jan 24", "80%"]],
    [["Action", "Date Due", "Progress"], ["Estates strategy", "Mar 24", "50%"], ["Custody", "May 24", "60%"]],
    [["Introduction by Commissioner .....", "3"], ["Performance dashboard.....", "6"],
     ["1. Prevent crime and keep people safe .....", "7"]],
    [["Key to Symbols", ""], ["", "Greater than Peers"], ["", "Less than Peers"]],
    [["Meeting:", "Wiltshire Police and Crime Panel"], ["Date:", "Thursday 14 December 2023"],
     ["Time:", "10.30 am"]],
    [["Acronym", "Value"], ["ADR", "Alternative Dispute Resolution"], ["ASB", "Anti-Social Behaviour"]],
    [["Date", "Location", "Provisional Agenda Items"],
     ["Thursday 18 January 2024 10:30am-1pm", "Kennet Room, County Hall", "PCC Budget 2024/25"]],
])
def test_non_measure_tables_give_nothing(rows):
    assert extract(table_doc(rows)) == []


def test_box_commentary_is_not_a_value():
    rows = [["Satisfaction with being kept informed", "64.8 per cent (12 months to August 2019)",
             "12 Month decline now demonstrating new norm below the 12 month average"]]
    recs = extract(table_doc(rows))
    assert [(r.value, r.period_type, r.period_end) for r in recs] == [(64.8, R12, "2019-08-31")]


def test_boxes_without_financial_year_get_no_dates():
    d = make_doc(Block(kind="heading", text="Performance", level=1),
                 Block.table([["Crime volume", "Q1: 10,952 - 43,523 rolling 12 months"]], page=1, line=2))
    recs = extract(d)
    assert [(r.value, r.period_type, r.period_end) for r in recs] == [
        (10952, "quarter", None), (43523, R12, None)]


def test_boxes_take_the_financial_year_from_the_document():
    d = make_doc(Block(kind="paragraph", text="Quarter Three 2021-22 (1 October to 31 December 2021)"),
                 Block.table([["Hate crime", "Q2: 178 hate crimes – 619 crimes rolling 12 months "
                                             "Q3: 190 hate crimes – 640 crimes rolling 12 months"]],
                             page=1, line=2))
    recs = extract(d)
    assert [(r.column_label, r.value, r.period_type, r.period_end) for r in recs] == [
        ("Q2", 178, "quarter", "2021-09-30"), ("Q2 rolling 12 months", 619, R12, "2021-09-30"),
        ("Q3", 190, "quarter", "2021-12-31"), ("Q3 rolling 12 months", 640, R12, "2021-12-31")]


# ---------------------------------------------------------------------------
# PDF against its text rendering
# ---------------------------------------------------------------------------

def _comparable(recs):
    return sorted((r.row_label, r.metric, r.subject, r.period_type, r.period_start, r.period_end,
                   r.value, r.unit, r.direction, r.rolling_trend, r.statistical_exceptions,
                   r.exception_weighting, r.section) for r in recs)


@pytest.mark.parametrize("ruled", [True, False])
def test_generated_pdf_dashboard_matches_text_rendering(tmp_path, ruled):
    sys.path.insert(0, str(ROOT / "tests"))
    import pdfgen
    from extract.loaders import load
    pdf = tmp_path / f"dash_{ruled}.pdf"
    truth = pdfgen.dashboard(pdf, ruled=ruled)
    pdf_doc = load(pdf)  # a loading failure is a failure, never a skip
    md = []
    for kind, content in truth["blocks"]:
        if kind == "heading":
            md.append(f"# {content}")
        elif kind == "table":
            md.append("\n".join("\t".join(r) for r in content))
        else:
            md.append(content)
    txt = tmp_path / "dash.md"
    txt.write_text("\n\n".join(md) + "\n", encoding="utf-8")
    text_recs = extract(load(txt))
    pdf_recs = extract(pdf_doc)
    assert len(text_recs) == 16
    assert _comparable(pdf_recs) == _comparable(text_recs)
    assert {r.page for r in pdf_recs} == {1}
