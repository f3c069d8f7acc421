"""The vocabulary package: data files, merging of user files, the lookup API."""
from __future__ import annotations

import re

import pytest

from extract import vocab
from extract.vocab import Vocabulary, shipped_files, vocabulary


@pytest.fixture(scope="module")
def V():
    return Vocabulary(shipped_files())


@pytest.mark.parametrize("text,key", [
    ("average wait times", "average_time_to_answer"),
    ("avg wait to answer", "average_time_to_answer"),
    ("Arrest rate", "arrest_rate"),
    ("arrests", "arrest_volume"),
    ("immediate response times", "average_response_time"),
    ("median response time", "median_response_time"),
    ("median time at scene", "median_time_at_scene"),
    ("time at scene", "average_time_at_scene"),
    ("abandonment rate", "abandonment_rate"),
    ("calls for service", "calls_offered"),
    ("call volumes", "call_volume"),
    ("volume of domestic abuse crimes", "crime_volume"),
    ("recorded crimes", "crime_volume"),
    ("crimes per 1,000 population", "crime_rate"),
    ("victim satisfaction", "victim_satisfaction"),
    ("net revenue budget", "budget"),
    ("band d precept", "precept"),
    ("ksi collisions", "ksi_collisions"),
    ("killed or seriously injured", "ksi_casualties"),
    ("positive outcome ratio", "positive_outcome_rate"),
    ("silent calls dropped", None),
    ("", None),
])
def test_metric_key(V, text, key):
    assert V.metric_key(text) == key


def test_metric_label_and_unit(V):
    assert V.metric_label("arrest_rate") == "arrest rate"
    assert V.metric_unit("arrest_rate") == "percent"
    assert V.metric_unit("average_response_time") == "seconds"
    assert V.metric_unit("precept") == "gbp"
    assert V.metric_label("no_such_metric") is None


def test_every_metric_has_unit_and_a_way_to_be_found(V):
    for k, m in V.metrics.items():
        assert m.unit in ("seconds", "percent", "count", "gbp", "rate"), k
        assert m.text or m.phrases, k
        for p in (m.text, m.table):
            if p:
                re.compile(p)


def test_metric_names_are_the_printed_names(V):
    names = V.metric_names()
    assert "average wait time" in names and "avg wait to answer" in names["average wait time"]
    assert "answer time" in names
    assert V.metric_of_name("answer time") == "average_time_to_answer"
    # the corpus wording "volume of dA crimes" is not a phrase: a token pattern covers it
    assert not any("volume of da crimes" == p.lower() for ps in names.values() for p in ps)
    assert V.metrics["crime_volume"].tokens


def test_table_metric_key(V):
    assert V.table_metric_key("Number of arrests") == "arrest_volume"
    assert V.table_metric_key("Average time to answer") == "average_time_to_answer"
    assert V.table_metric_key("Net budget") == "budget"
    assert V.table_metric_key("Satisfaction with service") == "victim_satisfaction"
    assert V.table_metric_key("Officer headcount") is None


def test_subject_keys(V):
    assert V.subject_keys("999 calls and domestic abuse, VWI") == ["999", "domestic_abuse", "violence_with_injury"]
    assert V.subject_keys("Immediate response times in the County") == ["immediate", "county"]
    assert V.subject_label("domestic_abuse") == "DA"
    assert V.subject_kind("county") == "area"
    assert V.subject_kind("burglary") == "crime"


@pytest.mark.parametrize("text", [
    "see page 101 of the report",            # stop_before of 101
    "County Lines exploitation",             # stop_after of County
    "County Council budget",
    "tel 01234 999123",                      # inside a number
])
def test_subject_stop_rules(V, text):
    keys = V.subject_keys(text)
    assert "101" not in keys and "county" not in keys and "999" not in keys


def test_force_file_areas_and_services(V):
    # Wiltshire's places and services come from its force file, not code
    assert V.subject_keys("Salisbury and Swindon") == ["salisbury", "swindon"]
    assert "swindon" not in V.subject_keys("Wiltshire and Swindon")
    assert "swindon" not in V.subject_keys("Swindon Borough Council")
    assert V.subject_keys("CRIB wait times") == ["crib"]
    assert V.metric_key("FAT rate") == "fat_outcome_rate"
    assert V.metric_key("storm log volumes") == "log_volume"
    # force metrics take their place in the priority order
    keys = list(V.metrics)
    assert keys.index("fat_outcome_rate") < keys.index("arrest_rate")
    assert any(f["name"] == "Wiltshire Police" for f in V.forces)


@pytest.mark.parametrize("text,generic", [
    ("So what?", True), ("Data Summary", True), ("2. Overview", True), ("**Notes**", True),
    ("Quarterly PCC Highlight Report", True), ("Figure 3", True),
    ("Domestic abuse", False), ("101 call handling", False), ("Whatever next", False),
])
def test_is_generic_heading(V, text, generic):
    assert V.is_generic_heading(text) is generic


def test_words_and_patterns(V):
    assert "million" in V.words("scale_million") and "000s" in V.words("scale_thousand")
    assert V.pattern("total_row_label").fullmatch("Grand total")
    assert V.pattern("total_row_label").fullmatch("Sub-totals:")
    assert not V.pattern("total_row_label").fullmatch("Totally new")
    assert V.pattern("trend").fullmatch("no significant change")
    assert not V.pattern("trend").fullmatch("increased by 5")
    assert V.pattern("deliverables_section").match("Key actions and progress")   # deliverables.toml
    assert V.pattern("scale_million").search("5.2 million pounds")
    assert not V.pattern("scale_million").search("the mnemonic")
    assert V.words("no_such_list") == []


def test_user_file_extends_and_adds(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('''
[metric.arrest_rate]
[metric.arrest_rate.phrases]
"arrest rate" = ["detention ratio"]

[metric.officer_numbers]
label = "officer numbers"
unit = "count"
[metric.officer_numbers.phrases]
"officer numbers" = ["officer numbers", "police officers in post"]

[area.gotham]
label = "Gotham"
phrases = ["Gotham"]

[words]
reconcile_subjects = ["gotham_pd"]
''')
    V = Vocabulary(shipped_files() + [f])
    assert V.metric_key("detention ratio") == "arrest_rate"
    assert V.metric_key("arrest rate") == "arrest_rate"
    assert V.metric_key("police officers in post") == "officer_numbers"
    assert list(V.metrics)[-1] == "officer_numbers"
    assert V.subject_keys("crime in Gotham") == ["gotham"]
    assert "gotham_pd" in V.words("reconcile_subjects") and "999" in V.words("reconcile_subjects")


def test_set_extra_and_cache(tmp_path, monkeypatch):
    f = tmp_path / "extra.toml"
    f.write_text('[metric.bike_thefts]\nunit = "count"\n[metric.bike_thefts.phrases]\n"bike thefts" = ["bike thefts"]\n')
    monkeypatch.delenv(vocab.ENV, raising=False)
    base = vocabulary()
    assert vocabulary() is base
    assert base.metric_key("bike thefts") is None
    try:
        vocab.set_extra([str(f)])
        assert vocabulary().metric_key("bike thefts") == "bike_thefts"
    finally:
        vocab.set_extra([])
    assert vocabulary().metric_key("bike thefts") is None
    monkeypatch.setenv(vocab.ENV, str(f))
    assert vocabulary().metric_key("bike thefts") == "bike_thefts"


def test_missing_user_file_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        vocabulary(extra_files=[str(tmp_path / "nope.toml")])


def test_local_authorities_list(V):
    las = V.local_authorities
    forces = V.force_names
    assert len(forces) == 43                       # the territorial forces of England and Wales
    assert {"Wiltshire", "Thames Valley", "Metropolitan Police", "Dyfed-Powys", "South Wales"} <= set(forces)
    by_force = {}
    for la in las:
        by_force.setdefault(la.force, set()).add(la.name)
        assert la.country in ("England", "Wales")
    assert by_force["Wiltshire"] == {"Wiltshire", "Swindon"}
    assert len(by_force["Metropolitan Police"]) == 32   # the London boroughs
    assert {la.name for la in las if la.country == "Wales"} >= {"Cardiff", "Swansea", "Powys", "Wrexham"}
    assert sum(1 for la in las if la.country == "Wales") == 22   # the Welsh principal areas
    assert "Reading" in V.place_names and "Birmingham East" in V.place_names


def test_several_force_files(V):
    names = {f["name"] for f in V.forces}
    assert len(names) >= 5 and "Thames Valley Police" in names
    # places of another force are areas too; matched with their case only
    assert V.subject_keys("Aylesbury Vale and Birmingham East") == ["aylesbury_vale", "birmingham_east"]
    assert V.subject_keys("aylesbury vale") == []   # cased only
    assert V.subject_keys("domestic ABUSE") == ["domestic_abuse"]


def test_cli_vocabulary_option(tmp_path, monkeypatch):
    from extract.cli import main
    monkeypatch.delenv(vocab.ENV, raising=False)
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.md").write_text("# Gotham performance\n\nGotham North saw bat signal uses fall by 12.5% in March 2024.\n")
    f = tmp_path / "gotham.toml"
    f.write_text('[area.gotham_north]\nlabel = "Gotham North"\ncased = ["Gotham North"]\n'
                 '[metric.bat_signal_uses]\nunit = "count"\n[metric.bat_signal_uses.phrases]\n'
                 '"bat signal uses" = ["bat signal uses"]\n')
    try:
        assert main(["run", str(src), "--out", str(tmp_path / "out"), "--quiet", "--vocabulary", str(f)]) == 0
        import csv
        rows = list(csv.DictReader(open(tmp_path / "out" / "figures.csv")))
        r = [r for r in rows if r["value_raw"] == "12.5%"][0]
        assert (r["subject"], r["metric"]) == ("Gotham North", "bat_signal_uses")
    finally:
        monkeypatch.delenv(vocab.ENV, raising=False)
        vocab.set_extra([])
    bad = tmp_path / "bad.toml"
    bad.write_text("[metric.x\n")
    assert main(["run", str(src), "--out", str(tmp_path / "out2"), "--quiet", "--vocabulary", str(bad)]) == 2
    assert main(["run", str(src), "--out", str(tmp_path / "out3"), "--quiet", "--vocabulary",
                 str(tmp_path / "missing.toml")]) == 2


def test_local_authorities_are_areas_with_their_case(V):
    assert V.subject_keys("Crime in Cardiff and Milton Keynes rose") == ["cardiff", "milton_keynes"]
    assert V.subject_kind("cardiff") == "area"
    assert V.subject_keys("crime in cardiff") == []                 # cased only
    assert V.subject_keys("Reading the report, Durham police") == []  # ambiguous word; a whole force's name
    assert "wiltshire" not in V.areas and "swindon" in V.areas
