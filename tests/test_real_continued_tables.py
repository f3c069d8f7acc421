"""Issue 12: tables continued over pages, read whole (every row on every page under the
header of the first page), and continued money tables keeping their scale.  Every expected
value is read from the PDF text (pdfplumber) of the page named beside it."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
HERTS = "hertfordshire_constabulary_foi_hospital_crimes_2019-24.pdf"
KENT_FIN = "kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf"


def _rows(out: Path, name: str, doc_ids: set[str]) -> list[dict]:
    with open(out / name, newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["doc_id"] in doc_ids]


@pytest.fixture(scope="module")
def run_out(real_run):
    _, out, _ = real_run
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        names = {Path(d["source"]).name: d["doc_id"] for d in csv.DictReader(fh)}
    return out, names


@pytest.fixture(scope="module")
def herts(run_out):
    out, names = run_out
    ids = {names[HERTS]}
    return (_rows(out, "tables.csv", ids), _rows(out, "table_cells.csv", ids),
            _rows(out, "measures.csv", ids))


def test_foi_crime_list_is_one_table_over_61_pages(herts):
    tables, cells, _ = herts
    # page 1: "No. | Financial Year | Crime Type | Outcome Description", rows 1 .. 4492 up to page 61
    big = [t for t in tables if t["page_start"] == "1" and t["page_end"] == "61"]
    assert len(big) == 1
    t = big[0]
    assert (t["n_rows"], t["n_cols"]) == ("4493", "4")
    mine = [c for c in cells if c["table_id"] == t["table_id"]]
    grid: dict[int, dict[int, dict]] = {}
    for c in mine:
        grid.setdefault(int(c["row"]), {})[int(c["col"])] = c
    assert [grid[0][j]["text"] for j in range(4)] == ["No.", "Financial Year", "Crime Type", "Outcome Description"]
    assert {c["is_header"] for c in mine if c["row"] != "0"} == {"0"}  # the header of page 1 only
    by_no = {grid[r][0]["text"]: grid[r] for r in grid if r}
    assert sorted(map(int, by_no)) == list(range(1, 4493))
    # page 30: "2135 2021/2022 VIOLENCE AGAINST THE PERSON Type 15 - Named Suspect - Evidential Difficulties"
    r = by_no["2135"]
    assert [r[j]["text"] for j in range(4)] == ["2135", "2021/2022", "VIOLENCE AGAINST THE PERSON",
                                                "Type 15 - Named Suspect - Evidential Difficulties"]
    assert r[0]["page"] == "30"
    # page 61: "4470 2023/2024 PUBLIC ORDER OFFENCES Type 15 - Named Suspect - Evidential Difficulties"
    r = by_no["4470"]
    assert [r[j]["text"] for j in range(4)] == ["4470", "2023/2024", "PUBLIC ORDER OFFENCES",
                                                "Type 15 - Named Suspect - Evidential Difficulties"]
    assert r[0]["page"] == "61"
    # the list's rows per year are the totals page 1 prints ("2019/2020 883 ... 2023/2024 848")
    years = Counter(by_no[n][1]["text"] for n in by_no)
    assert years == {"2019/2020": 883, "2020/2021": 996, "2021/2022": 888, "2022/2023": 877, "2023/2024": 848}


def test_foi_crime_list_gives_no_measures(herts):
    """The continued list has one row per crime and no value column (its "No." is a serial
    number): the document's counts are page 1's "Financial Year | Total" table, six measures."""
    _, _, measures = herts
    assert len(measures) == 6 and {m["page"] for m in measures} == {"1"}
    assert {m["row_label"]: float(m["value"]) for m in measures} == {
        "2019/2020": 883, "2020/2021": 996, "2021/2022": 888, "2022/2023": 877, "2023/2024": 848,
        "Grand Total": 4492}
    assert [m["row_label"] for m in measures if m["is_total"] == "1"] == ["Grand Total"]


@pytest.fixture(scope="module")
def kent(run_out):
    out, names = run_out
    return [m for m in _rows(out, "measures.csv", {names[KENT_FIN]}) if m["page"] in ("31", "32")]


def test_kent_savings_table_with_wrapped_header_and_dashes(kent):
    # page 31, "All figures in £000s", header wrapped over lines ("Un- | deliverable"):
    # "Alternate Provision Brand New Starts (DP) -3,041.1 - - - - 3,041.1 3,041.1 -"
    p31 = {m["column_label"]: m for m in kent if m["page"] == "31"
           and m["row_label"].startswith("Alternate Provision Brand New Starts")}
    target = p31["2024-25 Savings Target"]  # the heading's five lines are one header cell
    assert float(target["value"]) == -3_041_100 and target["unit"] == "gbp"
    assert float(p31["Variance"]["value"]) == 3_041_100
    # the document does not say what "-" means: a dash is never a value
    assert not [m for m in kent if m["value_raw"].strip() == "-" and m["value"] != ""]


def test_kent_savings_table_continued_on_next_page_keeps_its_scale(kent):
    # page 32 repeats the header in one line, without the scale note of page 31 (£000s):
    # "Partnership Working (Section 117) -2,200.0 -272.1 - - -272.1 1,927.9 488.7 -1,439.2"
    p32 = {m["column_label"]: m for m in kent if m["page"] == "32"
           and m["row_label"] == "Partnership Working (Section 117)"}
    assert (float(p32["2024-25 Savings Target"]["value"]), p32["2024-25 Savings Target"]["unit"]) == (
        -2_200_000, "gbp")
    assert float(p32["Un-deliverable"]["value"]) == 488_700
    assert float(p32["To be achieved in future years"]["value"]) == -1_439_200
    assert not [m for m in kent if m["unit"] == "count"]
