"""Figures read subjects, areas and metrics from the vocabulary data
(extract/vocab/data): one test per stop rule and guard, the metric key column,
and a user vocabulary file extending it."""
from __future__ import annotations

import pytest

from extract import vocab
from extract.extractors.figures import extract

from handmade import make_doc


def fig(text: str, raw: str, heading: str = "Data Summary"):
    hits = [r for r in extract(make_doc(text, heading=heading)) if r.value_raw == raw]
    assert len(hits) == 1, (raw, text)
    return hits[0]


# -- areas of a force file (Wiltshire's) and the generic place rules -----------

def test_force_file_place_is_a_subject():
    assert fig("Swindon saw a 5.2% rise in burglary reports.", "5.2%").subject == "Swindon"
    assert fig("Trowbridge recorded 41 incidents.", "41").subject == "Trowbridge"


@pytest.mark.parametrize("text,raw", [
    ("Swindon Borough Council funded 12 new posts.", "12"),        # organisation word after a place
    ("The Salisbury Journal reported 14 incidents.", "14"),
    ("Across Wiltshire and Swindon crime fell by 3.1%.", "3.1%"),    # inside a whole force-area name
    ("Across Wiltshire & Swindon crime fell by 3.1%.", "3.1%"),
    ("Across Swindon and Wiltshire crime fell by 3.1%.", "3.1%"),
])
def test_place_inside_an_organisation_or_force_name_is_no_subject(text, raw):
    assert fig(text, raw).subject not in ("Swindon", "Salisbury")


def test_force_file_stop_before():
    # the Wiltshire file's own rule: "the town of Swindon" is not the Swindon area
    assert fig("The town of Swindon has 12 new officers.", "12").subject != "Swindon"


def test_county_area_and_its_stop_words():
    assert fig("County = 1 hr 33 min in October 2023.", "1 hr 33 min").subject == "County"
    assert fig("County Lines offences rose by 10.4%.", "10.4%").subject != "County"
    assert fig("The County Council set aside 25 places.", "25").subject != "County"


def test_compass_sub_areas():
    assert fig("South +8.1% while crime overall fell.", "+8.1%").subject == "South"
    assert fig("South West Partners met 14 times.", "14").subject != "South West"


def test_service_number_stop_rules():
    assert fig("Room 101 handled 45 enquiries.", "45").subject != "101"
    assert fig("101 calls rose by 6.2%.", "6.2%").subject == "101"


# -- metrics --------------------------------------------------------------------

@pytest.mark.parametrize("text,raw,metric_text,key", [
    ("The arrest rate was 23.4% in September 2023.", "23.4%", "arrest rate", "arrest_rate"),
    ("Average wait times were 2 min 10 sec.", "2 min 10 sec", "average wait time", "average_time_to_answer"),
    # a crime type inside "volume of ... crimes": a token pattern of the data, no corpus phrase
    ("The volume of DA crimes rose by 4.4%.", "4.4%", "crime volume", "crime_volume"),
    ("The volume of ASB crime reporting is increasing by 5.8%.", "5.8%", "crime volume", "crime_volume"),
    ("There were 371 complaints cases logged.", "371", "complaints recorded", "complaints_recorded"),
    ("There were 29 complaints logged.", "29", "complaints recorded", "complaints_recorded"),
])
def test_metric_text_and_key(text, raw, metric_text, key):
    r = fig(text, raw)
    assert (r.metric_text, r.metric) == (metric_text, key)


def test_metric_key_none_when_words_name_no_metric():
    r = fig("We trained 57 volunteers.", "57")
    assert r.metric is None


# -- a user vocabulary file -------------------------------------------------------

def test_user_vocabulary_file_adds_areas_and_metrics(tmp_path, monkeypatch):
    f = tmp_path / "gotham.toml"
    f.write_text('''
[area.gotham_north]
label = "Gotham North"
cased = ["Gotham North"]

[metric.bat_signal_uses]
label = "bat signal uses"
unit = "count"
[metric.bat_signal_uses.phrases]
"bat signal uses" = ["bat signal uses"]
''')
    monkeypatch.delenv(vocab.ENV, raising=False)
    text = "Gotham North saw bat signal uses fall by 12.5% in March 2024."
    before = fig(text, "12.5%")
    assert before.subject != "Gotham North" and before.metric is None
    try:
        vocab.set_extra([str(f)])
        r = fig(text, "12.5%")   # the same text: no match cached from the vocabulary before
        assert (r.subject, r.metric_text, r.metric) == ("Gotham North", "bat signal uses", "bat_signal_uses")
    finally:
        vocab.set_extra([])


def test_local_authority_is_an_area_subject():
    assert fig("Burglary in Sandwell rose by 7.3%.", "7.3%").subject == "Sandwell"
    assert fig("Sandwell Council funded 12 new posts.", "12").subject != "Sandwell"
    # a force's own name is the whole force, not a sub-area
    assert fig("Durham recorded 41 incidents.", "41").subject != "Durham"
    assert fig("Reading the data, 41 incidents were recorded.", "41").subject != "Reading"


def test_a_budget_s_variance_pressures_or_savings_are_not_the_budget_in_a_sentence():
    """(review) The narrative's figures, as the series keys: "budget pressures of £5m" is no budget."""
    from extract.extractors import figures
    from extract.loaders import load_text

    def metric(sentence):
        (f,) = figures.extract(load_text("x.txt", "Report\n\n" + sentence + "\n"))
        return f.metric

    assert metric("There are budget pressures of £5m this year.") == "budget_pressures"
    assert metric("The budget variance of £2m was reported.") == "budget_variance"
    assert metric("The revenue budget savings of £3m were delivered.") == "savings"
    assert metric("The net revenue budget of £120m was approved.") == "budget"
