"""FOI answers, written answers and force statistics pages, second reading (session 8): short
excerpts of published pages written into the test (Scottish Parliament written answers, Hansard
written answers, Police Scotland and Welsh force tables); expected values are read from the
pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


def _by_cell(text: str):
    return {(m.row_label, m.column_label): m for m in _measures(text)}


# ---------------------------------------------------------------------------------------------
# 1. Scottish council areas, Scottish forces and divisions, Welsh counties are places (subjects)
# ---------------------------------------------------------------------------------------------

# Scottish Parliament written answer: serious and simple assault by police force area, 1997-2001
LEGACY_FORCES = """Police Force Area | 1997 | 1998 | 1999 |
Central | 2,437 | 2,483 | 2,609 |
Dumfries and Galloway | 1,589 | 1,469 | 1,519 |
Grampian | 5,610 | 5,871 | 6,106 |
Lothian and Borders | 11,738 | 11,521 | 12,490 |
Scotland | 55,384 | 56,794 | 60,312 |
"""


def test_scottish_police_force_areas_are_subjects():
    got = _by_cell(LEGACY_FORCES)
    grampian = got[("Grampian", "1998")]
    assert (grampian.subject, grampian.value, grampian.period_start) == ("Grampian", 5871, "1998-01-01")
    assert got[("Central", "1999")].subject == "Central"
    assert not [m for m in got.values() if m.metric in ("Central", "Grampian", "Lothian and Borders", "Scotland")]


# Scottish Parliament written answer: total crimes by local authority area (empty corner cell)
COUNCILS = """Total Number of Crimes Recorded by the Police, by Local Authority Area
|  | 1997-98 | 1998-99 |
| Aberdeen City | 28,793 | 30,937 |
| Aberdeenshire | 10,515 | 10,332 |
| Angus | 6,829 | 6,440 |
| Argyll and Bute | 4,149 | 4,341 |
"""


def test_scottish_council_areas_are_subjects():
    got = _by_cell(COUNCILS)
    angus = got[("Angus", "1998-99")]
    assert (angus.subject, angus.value, angus.period_type, angus.period_start) == \
        ("Angus", 6440, "financial_year", "1998-04-01")
    assert {m.subject for m in got.values()} == {"Aberdeen City", "Aberdeenshire", "Angus", "Argyll and Bute"}
    assert not [m for m in got.values() if m.metric in ("Angus", "Aberdeenshire")]


# Police Scotland divisions (the thirteen local policing divisions) and Welsh counties
DIVISIONS = """Recorded hate crimes

Division | 2021-22 | 2022-23 |
Greater Glasgow | 1,512 | 1,498 |
Forth Valley | 301 | 322 |
Highlands and Islands | 188 | 201 |
Renfrewshire and Inverclyde | 240 | 233 |
"""


def test_police_scotland_divisions_are_subjects():
    got = _by_cell(DIVISIONS)
    fv = got[("Forth Valley", "2022-23")]
    assert (fv.subject, fv.metric, fv.value) == ("Forth Valley", "Recorded hate crimes", 322)
    # without the "Division" header the names still read as places
    got = _by_cell(DIVISIONS.replace("Division |", "|  |"))
    assert got[("Highlands and Islands", "2021-22")].subject == "Highlands and Islands"


def test_rows_of_offences_with_one_scottish_place_stay_metrics():
    # "Fife" among offences is one place in a table of what is counted: rows stay metrics
    text = ("Crimes recorded\n\n"
            "| | 2022 | 2023 |\n"
            "| Housebreaking | 120 | 135 |\n"
            "| Vandalism | 40 | 38 |\n"
            "| Fife | 7 | 9 |\n")
    got = _by_cell(text)
    assert got[("Vandalism", "2022")].metric == "Vandalism"
    assert got[("Housebreaking", "2023")].subject is None


# Scottish Parliament written answer: charges proved for fireworks offences, grouped by force
FIREWORKS = """Persons with a Charge Proved for Fireworks Offences, by Police Force Area
Police Force Area | 2003-04 | 2004-05 |
Dumfries and Galloway | | |
Sale of fireworks to under 18s | 1 | - |
Throwing fireworks in thoroughfare | - | 1 |
Grampian | | |
Illegal use of fireworks | - | 1 |
Throwing fireworks in thoroughfare | 2 | - |
Strathclyde | | |
Throwing fireworks in thoroughfare | 14 | 4 |
"""


def test_a_place_heading_rows_is_their_subject():
    ms = _measures(FIREWORKS)
    got = {(m.subject, m.metric, m.column_label): m.value for m in ms}
    assert got[("Grampian", "Throwing fireworks in thoroughfare", "2003-04")] == 2
    assert got[("Strathclyde", "Throwing fireworks in thoroughfare", "2003-04")] == 14
    assert got[("Dumfries and Galloway", "Sale of fireworks to under 18s", "2003-04")] == 1
    # the same offence in two forces is never one observation without a place
    assert not [m for m in ms if m.subject in (None, "Throwing fireworks in thoroughfare")]


def test_a_group_row_that_is_no_place_names_no_subject():
    text = ("Offences\n\n"
            "Offence | 2003-04 | 2004-05 |\n"
            "Violence | | |\n"
            "Common assault | 10 | 12 |\n"
            "Property | | |\n"
            "Burglary | 4 | 5 |\n")
    got = _by_cell(text)
    assert got[("Burglary", "2004-05")].subject in (None, "Burglary")
    assert not [m for m in got.values() if m.subject in ("Violence", "Property")]
