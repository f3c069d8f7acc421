"""Series keys (extract/dataset/names.py): plural words made singular so that "Crimes" and
"crime" are one series, but never the words of a place ("South Wales" is not "south wale",
"Dumfries and Galloway" not "dumfry and galloway": both seen as row labels of Hansard and
Scottish Parliament written answers) nor a noun whose singular is another word."""
import pytest

from extract.dataset.names import metric_key, series_names, subject_keys


@pytest.mark.parametrize("label, key", [
    ("South Wales", "south wales"),
    ("North Wales", "north wales"),
    ("Thames Valley", "thames valley"),
    ("West Midlands", "west midlands"),
    ("Dumfries and Galloway", "dumfries and galloway"),
    ("Lothian and Borders", "lothian and borders"),
    ("Highlands and Islands", "highlands and islands"),
    ("Tunbridge Wells", "tunbridge wells"),
    ("St Albans", "st albans"),
    ("Licensed premises", "licensed premises"),
    ("Stolen goods", "stolen goods"),
    ("Proceeds of crime", "proceeds of crime"),
    ("Council tax arrears", "council tax arrears"),
])
def test_place_words_and_invariant_nouns_are_kept(label, key):
    assert metric_key(label) == key


@pytest.mark.parametrize("label, key", [
    ("Offences", "offence"),
    ("Crimes recorded", "crime recorded"),
    ("Policies", "policy"),
    ("Arrests", "arrest"),
    ("Officers", "officer"),
    ("Victims of crime", "victim of crime"),
    ("Business crime", "business crime"),     # -ss stays
    ("Status", "status"),                     # -us stays
    ("Analysis", "analysis"),                 # -is stays
])
def test_ordinary_plurals_still_singular(label, key):
    assert metric_key(label) == key


def test_singular_and_plural_land_in_one_series():
    assert metric_key("Arrests made") == metric_key("Arrest made")
    assert subject_keys("Hate crimes") == subject_keys("Hate crime")


def test_place_subject_key_of_a_table_row():
    # a statistics table's row "Dumfries and Galloway" under "Sale of fireworks to under 18s"
    _, subject = series_names("Sale of fireworks to under 18s", "Dumfries and Galloway", table=True)
    assert subject == "dumfries_and_galloway"


@pytest.mark.parametrize("label", ["Kent", "South Wales", "Dumfries & Galloway", "Dyfed-Powys", "west midlands",
                                   "Aberdeen City", "London, City of"])
def test_a_place_alone_names_no_series(label):
    from extract.dataset.names import names_only_a_place

    assert names_only_a_place(label)


@pytest.mark.parametrize("label", ["Crime in Kent", "Kent Police budget", "Arrests", "Wales average", "", None])
def test_a_label_saying_what_is_counted_is_not_a_place(label):
    from extract.dataset.names import names_only_a_place

    assert not names_only_a_place(label)


def test_dyfed_powys_keeps_its_s():
    assert metric_key("Dyfed-Powys") == "dyfed-powys"


# A Hansard written answer (8 July 1992) whose table by force was flattened into one line of
# text: the figures beside a force's name are that force's (or the next one's) values, not a
# measure called "Kent"; read there, "Kent 12" was Humberside's percentage change.
HANSARD = """Mr. Jack: The figures for the number of notifiable offences recorded by the police per police officer and the percentage change are contained in the following table:
Notifiable offences recorded by the police per police officer Police force area Notifiable offences per officer in 12 months to March 1992 Percentage change from previous 12 months Avon and Somerset 49 10 Bedfordshire 53 -5 Cambridgeshire 49 25 Cheshire 37 22 Cleveland 55 9 Humberside 60 12 Kent 49 33 Lancashire 40 17 Surrey 33 10
"""


def test_no_series_is_named_by_a_force_in_a_flattened_table(tmp_path):
    import csv

    from extract import pipeline

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hansard.txt").write_text(HANSARD, encoding="utf-8")
    pipeline.run([tmp_path / "docs"], out=tmp_path / "out", jobs=1, progress=False)
    with open(tmp_path / "out" / "observations.csv", encoding="utf-8") as fh:
        metrics = {r["metric"] for r in csv.DictReader(fh)}
    places = {"avon_and_somerset", "bedfordshire", "cambridgeshire", "cheshire", "cleveland", "humberside",
              "kent", "lancashire", "surrey"}
    assert not metrics & places


@pytest.mark.parametrize("label", ["year-on-year and", "annual reports for and", "hotspots alone between (ASB)",
                                   "performance against this indicator", "x 999 calls", "w notifiable offences",
                                   "third quarter of but its performance", "pa just to"])
def test_a_piece_of_a_sentence_is_no_metric(label):
    from extract.dataset.names import is_fragment

    assert is_fragment(label)


@pytest.mark.parametrize("label", ["year-on-year change", "annual reports", "hotspots (ASB)", "999 calls",
                                   "A&E attendances", "A and E attendances", "notifiable offences", "forecast outturn position",
                                   "Theft of a motor vehicle", "", None])
def test_a_name_of_what_is_counted_is_no_fragment(label):
    from extract.dataset.names import is_fragment

    assert not is_fragment(label)


def test_real_documents_make_no_series_of_sentence_pieces(real_run):
    # kcc_cabinet_2025-01-30_budget_risk_register.pdf: "(inflation is estimated at £4m pa) just to
    # stand still, plus then a £110m pa shortfall" gave a £110m series "pa just to";
    # kcc_council_2025-03-13_mid_year_report_24-25.pdf p.4: "... in the third quarter of 2024, but its
    # performance ... the US S&P500, which has breached the 5,700" gave one called "third quarter of but
    # its performance"
    import csv

    from extract.dataset.names import is_fragment

    _, out, _ = real_run
    with open(out / "observations.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert not [r["metric"] for r in rows if is_fragment(r["metric_label"])]
    assert not {"pa_just_to", "third_quarter_of_but_its_performance"} & {r["metric"] for r in rows}


# A run's revisions compare two documents' tables at the precision each printed, in the value's
# units: kcc_council_2025-03-13_mid_year_report_24-25.pdf p.8 prints "CCLA LAMIT Property Fund
# 54.0" in a £m column, the half-year report's appendix p.3 "54,025,592" in pounds: the same holding.
@pytest.mark.parametrize("a, a_raw, b, b_raw, unit, same", [
    (54_025_592, "54,025,592", 54_000_000, "54.0", "gbp", True),
    (19_240_096, "19,240,096", 19_200_000, "19.2", "gbp", True),
    (54_300_000, "54,300,000", 54_000_000, "54.0", "gbp", False),     # 0.3m apart: printed to 0.1m
    (1_234_000, "1,234", 1_234_400, "1,234,400", "gbp", True),        # a £000 column
    (1_235_000, "1,235", 1_234_400, "1,234,400", "gbp", False),
    (1_200_000, "£1.2m", 1_240_000, "£1,240,000", "gbp", True),       # the scale word counted once
    (1_200_000, "£1.2m", 1_310_000, "£1,310,000", "gbp", False),
    (62, "62%", 62.1, "62.1%", "percent", True),
    (62, "62%", 63.1, "63.1%", "percent", False),
    (12, "12", 13, "13", "count", False),
])
def test_two_tables_agree_at_the_precision_each_printed(a, a_raw, b, b_raw, unit, same):
    from extract.dataset.precision import same_value

    assert same_value(a, a_raw, b, b_raw, unit) is same
    assert same_value(b, b_raw, a, a_raw, unit) is same


def test_no_revision_between_a_pound_and_a_million_pound_table_of_the_same_holdings(real_run):
    import csv

    _, out, _ = real_run
    with open(out / "revisions.csv", encoding="utf-8") as fh:
        revisions = list(csv.DictReader(fh))
    assert not [r for r in revisions if r["value_raw"] in ("54,025,592", "19,240,096", "16,004,834", "21,541,285")]


def test_two_rows_one_key_one_document_give_no_observation(real_run):
    """Kent's mid-year treasury report (page 5, 5.5) borrows 90.0 £m from "Banks (LOBO)" and
    216.1 £m from "Banks (Fixed Term)" at 31/03/2024: both rows key as `bank`, so the series
    has two values in one document and no observation takes either (before: 90.0, a guess).
    Their 2024-25 movement is 0.0 in both rows: one value, so that observation stays."""
    import csv

    _, out, _ = real_run
    with open(out / "observations.csv", encoding="utf-8") as fh:
        banks = {(o["period_end"], o["unit"], o["value_raw"]) for o in csv.DictReader(fh) if o["metric"] == "bank"}
    assert banks == {("2025-03-31", "gbp", "0.0")}
    with open(out / "measures.csv", encoding="utf-8") as fh:
        rows = {(m["row_label"], m["value_raw"]) for m in csv.DictReader(fh) if m["period_end"] == "2024-03-31"}
    assert {("Banks (LOBO)", "90.0"), ("Banks (Fixed Term)", "216.1")} <= rows   # the cells are still there


@pytest.mark.parametrize("metric, subject, table, key", [
    # Kent's Q3 2024-25 monitoring, table "4 | Revenue Budget Savings", column "2024-25 Savings Target":
    # "Adult Social Care & Health (66.9)" is a savings target, not the directorate's budget
    ("4 | Revenue Budget Savings", "Adult Social Care & Health", True, "savings"),
    ("Revenue Budget Savings", None, True, "savings"),
    ("budget savings", None, False, "savings"),
    ("budget gap", None, False, "savings"),
    ("Budget Variance", None, True, "budget_variance"),
    ("Budget pressures", None, True, "budget_pressures"),
    ("budget pressures", None, False, "budget_pressures"),
    ("budget variance", None, False, "budget_variance"),
    # the budget itself still is one
    ("Revenue Budget", "Adult Social Care & Health", True, "budget"),
    ("Net Budget", None, True, "budget"),
    ("budget", None, False, "budget"),
    ("budgets", None, False, "budget"),
    ("Savings Budget", None, False, "budget"),
])
def test_a_budget_s_savings_gap_or_variance_is_not_the_budget(metric, subject, table, key):
    assert series_names(metric, subject, table=table, unit="gbp")[0] == key
