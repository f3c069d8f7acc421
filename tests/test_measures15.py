"""Session 15's measures audit of other publishers: short excerpts quoted from the published
pages (publisher named on each); expected values are read from the documents."""
from extract.extractors import measures
from extract.extractors.measures.cells import clean_labels
from extract.loaders import load_text


def _measures(text: str, name: str = "page.md"):
    return measures.extract(load_text(name, text))


# West Mercia PCC, "Council Tax Banding" (2023/24): the last band's letter is no sparkline residue
WEST_MERCIA = """Council Tax Banding
Council Tax band | 2023/24 | 2022/23 | Difference |
Band A | £176.33 | £166.44 | £9.89 |
Band B | £205.72 | £191.18 | £14.54 |
Band G | £440.83 | £416.10 | £24.73 |
Band H | £529.00 | £499.32 | £29.68 |
The amount you pay for the police service will increase by 5.94% in 2023/24.
"""


def test_lettered_series_keeps_its_last_letter():
    got = {(m.row_label, m.column_label): m.value for m in _measures(WEST_MERCIA)}
    assert got[("Band H", "2023/24")] == 529.00
    assert got[("Band H", "2022/23")] == 499.32
    assert not any(label == "Band" for label, _ in got)


def test_clean_labels_restores_a_series_letter_only():
    # a council tax table's bands (Newcastle-under-Lyme and West Mercia PCC print "Band A" ... "Band H")
    assert clean_labels(["Band A", "Band B", "Band M", "Band H"]) == ["Band A", "Band B", "Band M", "Band H"]
    # sparkline residue after a measure name stays dropped: no other row ends with a letter after
    # the same words
    assert clean_labels(["Arrest Volume: Drink Driving M", "Call Volume: 999 mmm", "Crime Volume"]) == [
        "Arrest Volume: Drink Driving", "Call Volume: 999", "Crime Volume"]
    # two rows are no series
    assert clean_labels(["Band A", "Band H"]) == ["Band A", "Band"]


# Rotherham Metropolitan Borough Council, "Council Plan - One Council" performance measures: a
# row's targets for two years printed on separate lines; the line ending "3.8% (2023-24)" is a
# value, never the label of "4.6% (2024-25)"
ROTHERHAM = """Ref Key performance indicators Good is Target 2022/23
OC01 Proportion of complaints closed within timescales High 85%

OC06c c) Proportion of workforce under 25   Representative of the borough  3.8% (2023-24)

4.6% (2024-25)

OC07a Council tax and business rates collected:
"""


def test_a_line_ending_in_its_own_dated_value_labels_nothing():
    assert _measures(ROTHERHAM, "page.txt") == []


# Newcastle-under-Lyme Borough Council, "How Council Tax is calculated and spent" (2023 to 2024):
# the rows are the property bands (subjects); each column says what is measured
NEWCASTLE = """Property band | Borough council tax (£) | Annual increase (£) | Weekly increase (£) |
---|---|---|---|
A | 142.95 | 2.79 | 0.05 |
B | 166.78 | 3.25 | 0.06 |
D | 214.42 | 4.18 | 0.08 |
"""


def test_a_band_column_holds_subjects():
    got = {(m.subject, m.metric): m.value for m in _measures(NEWCASTLE)}
    assert got[("D", "Borough council tax")] == 214.42
    assert got[("D", "Annual increase")] == 4.18
    assert got[("A", "Weekly increase")] == 0.05
    # West Mercia PCC: "Council Tax band | 2023/24 | 2022/23 | Difference": the bands are subjects too
    wm = [m for m in _measures(WEST_MERCIA) if m.row_label == "Band G" and m.column_label == "2023/24"]
    assert [(m.subject, m.value) for m in wm] == [("Band G", 440.83)]


# Westmorland and Furness Council, "Westmorland and Furness budget" (2024 to 2025), "Where the money
# comes from": the first rows' figures are bracketed (income) under "... budget £m" headers; they
# are values, never more header rows
WESTMORLAND = """Where the money comes from
Sources of finance | 2023 to 2024 budget £m | 2024 to 2025 budget £m |
---|---|---|
Revenue support grant | (8.451) | (9.010) |
Use of specific grants | n/a | (3.040) |
General grants | (25.788) | (30.488) |
Retained business rates | (56.682) | (63.600) |
Total Council Tax requirement | 152.700 | 163.663 |
"""


def test_bracketed_figures_under_a_money_header_are_values():
    got = {(m.row_label, m.column_label): m.value for m in _measures(WESTMORLAND)}
    assert got[("Revenue support grant", "2023 to 2024 budget £m")] == -8_451_000
    assert got[("General grants", "2024 to 2025 budget £m")] == -30_488_000
    assert got[("Total Council Tax requirement", "2024 to 2025 budget £m")] == 163_663_000
    assert not any(col.startswith("(") for _, col in got)


# Rotherham Metropolitan Borough Council, "Your Council Tax Guide" 2024/25: the table's header line
# "Directorate £m" stands above a list of labels and values (the first row lost its value)
ROTHERHAM_GUIDE = """How the Council Spends Its Net Revenue Budget in 2024/25

Directorate £m
Adult Care, Housing and Public Health


Children and Young People's Service 65.060
Regeneration and Enviroment Services 54.825
Finance and Customer Services 21.349
Total Net Budget 326.054
"""

# Lincolnshire County Council's budget in West Lindsey District Council's "Council Tax Guide 2024 to
# 2025": the page's caption and the header line ending "£m" ran into one paragraph
LINCOLNSHIRE = """Reasons for change in budget requirement and effect on council tax
Reasons for change in budget requirement and effect on council tax £m
Budget requirement 2023/24 604.3
Changes to gross expenditure Children's Social Care pressures 13.3
Adult Social Care pressures 32.7
Highways Contract cost increases 3.0
Transport pressures 3.2
Energy savings -4.5
"""


def test_a_header_line_closing_with_a_money_marker_scales_the_values():
    got = {m.row_label: (m.value, m.unit) for m in _measures(ROTHERHAM_GUIDE, "page.txt")}
    assert got["Children and Young People's Service"] == (65_060_000, "gbp")
    assert got["Total Net Budget"] == (326_054_000, "gbp")
    got = {m.row_label: (m.value, m.unit) for m in _measures(LINCOLNSHIRE, "page.txt")}
    assert got["Adult Social Care pressures"] == (32_700_000, "gbp")
    assert got["Energy savings"] == (-4_500_000, "gbp")


def test_a_sentence_or_a_line_with_figures_is_no_header_line():
    from extract.extractors.measures.matrix_caption import _closing_scale
    assert _closing_scale("Directorate £m")
    assert not _closing_scale("The figures below are in £m.")
    assert not _closing_scale("Total 2023 £m")
