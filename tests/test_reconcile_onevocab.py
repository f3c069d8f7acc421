"""Reconciliation reads its metrics from the one vocabulary (extract/vocab/data/metrics.toml and the
force files): no metric regex list of its own, the figure record's metric key used as given, and a
user vocabulary file (``--vocabulary FILE``) extending what it links."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract import vocab
from extract.cli import main
from extract.reconcile import reconcile
from extract.reconcile.common import _metric_key_fig
from extract.reconcile.linking import _fig_context
from extract.reconcile.tables import _metric_key_tab
from reconcile_fixtures import DOC, dashboard, fig

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- no list of its own

#: the names of the list reconciliation used to keep, and patterns only such a list would spell
_OLD_NAMES = re.compile(r"\bMETRICS\b|_METRIC_FIG\b|_METRIC_TAB\b")
_METRIC_REGEX_SPELLINGS = ("call offer(ed)?", "time (?:spent )?in custody", r"\bksis?\b", "solved? rates?",
                           "arrest rates?", "stop(?:ped)? (?:and|&) search", "response times?|times? (?:taken )?to")


def test_no_metric_regex_list_outside_the_vocabulary_data():
    found = []
    for p in sorted((ROOT / "extract").rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        if _OLD_NAMES.search(text):
            found.append((str(p.relative_to(ROOT)), _OLD_NAMES.search(text).group(0)))
        found += [(str(p.relative_to(ROOT)), s) for s in _METRIC_REGEX_SPELLINGS if s in text]
    assert found == []
    # ... and the data file holds them
    data = (ROOT / "extract" / "vocab" / "data" / "metrics.toml").read_text(encoding="utf-8")
    assert all(s in data for s in _METRIC_REGEX_SPELLINGS)


# --------------------------------------------------------------------------- each moved family

#: (narrative words, table label, the key reconciliation compares both as): one pair per family of the
#: patterns moved from reconciliation's own list into metrics.toml (and the force file for FAT / STORM)
FAMILIES = [
    ("the net budget was", "Revenue budget", "budget"),
    ("online crime reports rose", "Online Crime Reports", "online_crime_reports"),
    ("FAT volumes fell", "FAT Outcome Volume", "fat_volume"),
    ("the FAT rate was", "FAT Outcome Rate", "fat_outcome_rate"),
    ("arrest rates improved", "Arrest Rate", "arrest_rate"),
    ("charge/summons rates", "Charge/Summons Rate", "charge_rate"),
    ("the positive outcome ratio", "Positive Outcomes Rate", "positive_outcome_rate"),
    ("solve rates", "Solved Rate", "solved_rate"),
    ("arrests made", "Number of arrests", "arrest_volume"),
    ("KSIs on the roads", "Killed or Seriously Injured", "ksi_casualties"),
    ("KSI collisions", "Killed and seriously injured (KSI) - Collisions", "ksi_collisions"),
    ("people stopped and searched", "Stop and Search", "stop_search_volume"),
    ("time spent in custody", "Average Time in Custody", "average_time_in_custody"),
    ("calls abandoned", "Abandonment Rate", "abandonment_rate"),
    ("the average wait", "Average Time to Answer", "average_time_to_answer"),
    ("calls for service", "Call Offer Demand", "calls_offered"),
    ("calls handled", "Call Answered Volume", "call_volume"),
    ("attended 1,200 emergency incidents", "Incidents Attended", "incidents_attended"),
    ("storm log volumes", "Storm Log Volume", "log_volume"),
    ("incident logs", "Incidents Logged", "log_volume"),
    ("attendance rates", "Response Rate", "response_rate"),
    ("time spent at the scene", "Average Time at Scene", "average_time_at_scene"),
    ("the median time at scene", "Median Time at Scene", "average_time_at_scene"),   # same measure
    ("times taken to arrive", "Average Response Time", "average_response_time"),
    ("median response times", "Median Response Time", "average_response_time"),      # same measure
    ("perpetrators identified", "Suspects", "suspects"),
    ("high-risk cases", "Risk Level", "risk_level"),
    ("victims satisfied", "Victim Satisfaction", "victim_satisfaction"),
    ("crimes per 1,000 people", "Crime Rate", "crime_rate"),
    ("recorded crimes", "Crime Volume", "crime_volume"),
    ("volumes of domestic abuse crimes", "Volume of DA crimes", "crime_volume"),
    ("complaints recorded", "Volume of complaints", "complaints_recorded"),
]


@pytest.mark.parametrize("words,label,key", FAMILIES, ids=[k + ":" + w for w, _, k in FAMILIES])
def test_each_moved_pattern_family_links_narrative_and_table(words, label, key):
    assert _metric_key_fig(words) == key
    assert _metric_key_tab(label) == key


@pytest.mark.parametrize("words,label", [
    ("arrest rates", "Arrest Volume"),            # a rate is not the volume
    ("FAT volumes", "FAT Outcome Rate"),
    ("incidents attended", "Incidents Logged"),
    ("response rate", "Average Response Time"),
    ("KSI collisions", "KSI Casualties"),          # collisions are not casualties
])
def test_neighbouring_families_stay_apart(words, label):
    assert _metric_key_fig(words) != _metric_key_tab(label)


def test_priority_order_of_the_data_file_decides():
    # "arrest" alone is the volume, "arrest rate" the rate (the rate comes first in metrics.toml)
    assert _metric_key_fig("arrests rose") == "arrest_volume"
    assert _metric_key_fig("the arrest rate rose") == "arrest_rate"
    # "incidents" is the log volume unless attended
    assert _metric_key_fig("incidents rose") == "log_volume"
    assert _metric_key_fig("incidents attended rose") == "incidents_attended"
    # a table label of another metric's words stays its own ("Online reports", not log volume)
    assert _metric_key_tab("Some words") == "raw:some word"


# --------------------------------------------------------------------------- the record's key first

def test_the_figure_records_metric_key_is_used_without_rematching():
    f = fig(DOC, "The figure for October 2023 was 75.0%.", "75.0%", 75.0, "percent", period_type="month",
            period_end="2023-10-31", metric_text="figure", section="Calls")
    assert _fig_context(f).metric_key is None
    f.metric = "abandonment_rate"
    assert _fig_context(f).metric_key == "abandonment_rate"
    f.metric = "median_response_time"     # compared as the measure it is a statistic of
    f.unit, f.value, f.value_raw = "seconds", 600.0, "10 min"
    assert _fig_context(f).metric_key == "average_response_time"


# --------------------------------------------------------------------------- --vocabulary FILE

def _calls_table():
    return dashboard(DOC, "Contact Centre", [("Calls Offered", ["9,520", "28,100", "110,400", "+2.1%"])])


def _presented(value_raw="9,612", value=9612.0):
    return fig(DOC, f"In October 2023, {value_raw} calls were presented to the contact centre.", value_raw, value,
               "count", period_type="month", period_end="2023-10-31", metric_text="calls presented",
               section="Contact Centre")


@pytest.fixture
def user_vocabulary(tmp_path, monkeypatch):
    """A user file given as ``--vocabulary FILE`` would be (vocab.use_files), removed afterwards."""
    monkeypatch.delenv(vocab.ENV, raising=False)

    def use(text: str):
        f = tmp_path / "mine.toml"
        f.write_text(text, encoding="utf-8")
        vocab.use_files([str(f)])
    yield use
    monkeypatch.delenv(vocab.ENV, raising=False)
    vocab.set_extra([])


def test_a_user_synonym_makes_a_new_narrative_table_pair_link(user_vocabulary):
    checks = [c for c in reconcile([], _calls_table(), [_presented()]) if c.check_type == "narrative_vs_table"]
    assert checks == []          # "calls presented" names no metric of the shipped vocabulary
    user_vocabulary("[metric.calls_offered]\ntext = 'calls? (?:were )?presented'\n")
    checks = [c for c in reconcile([], _calls_table(), [_presented()]) if c.check_type == "narrative_vs_table"]
    assert [(c.verdict, c.reason, c.table_row_label, c.table_value) for c in checks] == \
        [("mismatch", "value", "Calls Offered", 9520.0)]
    ok = [c for c in reconcile([], _calls_table(), [_presented("9,520", 9520.0)])
          if c.check_type == "narrative_vs_table"]
    assert [(c.verdict, c.table_row_label) for c in ok] == [("consistent", "Calls Offered")]


def test_a_user_metric_links_its_own_narrative_and_table_words(user_vocabulary):
    table = dashboard(DOC, "Missing People", [("Missing Persons Reported", ["412", "1,230", "4,870", "-3.0%"])])
    f = fig(DOC, "There were 412 reports of missing people in October 2023.", "412", 412.0, "count",
            period_type="month", period_end="2023-10-31", metric_text="reports of missing people",
            section="Missing People")
    assert [c for c in reconcile([], table, [f]) if c.check_type == "narrative_vs_table"] == []
    user_vocabulary("[metric.missing_person_reports]\nunit = \"count\"\n"
                    "text = 'reports? of missing (?:persons?|people)'\n"
                    "table = 'missing persons? reported'\n")
    assert _metric_key_fig("reports of missing people") == "missing_person_reports"
    assert _metric_key_tab("Missing Persons Reported") == "missing_person_reports"
    checks = [c for c in reconcile([], table, [f]) if c.check_type == "narrative_vs_table"]
    assert [(c.verdict, c.table_row_label, c.table_value) for c in checks] == \
        [("consistent", "Missing Persons Reported", 412.0)]


# --------------------------------------------------------------------------- loose names, volumes

QUARTERS = [("Q1", "quarter", "2019-04-01", "2019-06-30"), ("Q2", "quarter", "2019-07-01", "2019-09-30")]


def test_a_loose_name_is_the_records_key_but_links_no_row():
    from extract.vocab import vocabulary
    V = vocabulary()
    assert V.metric_key("crimes") == "crime_volume"           # the figures extractor's key stays
    assert V.names_loosely("crimes") and not V.names_loosely("recorded crimes")
    assert V.text_metric_key("crimes") is None
    table = dashboard(DOC, "Prevent crime", [("Crime volume", ["11,856", "11,700"])], cols=QUARTERS)
    f = fig(DOC, "Q1: 668 crimes - 2,999 rolling 12 months Q2: 726 crimes - 3,015 rolling 12 months", "726",
            726.0, "count", period_type="quarter", period_end="2019-09-30", metric_text="crimes",
            section="Prevent crime")
    f.metric = "crime_volume"
    assert _fig_context(f).metric_key is None
    assert [c for c in reconcile([], table, [f]) if c.check_type == "narrative_vs_table"] == []
    # the same count named firmly is checked (and here disagrees)
    g = fig(DOC, "In Q2 726 crimes were recorded.", "726", 726.0, "count", period_type="quarter",
            period_end="2019-09-30", metric_text="crimes recorded", section="Prevent crime")
    g.metric = "crime_volume"
    got = [(c.verdict, c.table_row_label) for c in reconcile([], table, [g]) if c.check_type == "narrative_vs_table"]
    assert got == [("mismatch", "Crime volume")]


def test_a_subject_named_alone_takes_the_one_count_row_of_its_words():
    # "200 complaints": no measure words, the subject's one count row ("Volume of complaints", a count
    # metric of the vocabulary) -- not the percentage row beside it
    table = dashboard(DOC, "Complaints", [("Volume of complaints", ["180", "200"]),
                                          ("Percentage of complaints recorded within 10 days", ["93%", "90%"])],
                      cols=QUARTERS)
    f = fig(DOC, "There were 200 complaints during quarter two.", "200", 200.0, "count", period_type="quarter",
            period_end="2019-09-30", subject="Complaints", metric_text="complaints", section="Complaints")
    got = [(c.verdict, c.table_row_label, c.table_column_label)
           for c in reconcile([], table, [f]) if c.check_type == "narrative_vs_table"]
    assert got == [("consistent", "Volume of complaints", "Q2")]


def _cli_checks(src, out, *extra):
    """Run the command over ``src`` into ``out`` and return its checks (verdict, reason, row, value)."""
    assert main(["run", str(src), "--out", str(out), "--quiet", "--no-cache", *extra]) == 0
    return [(r["verdict"], r["reason"], r["table_row_label"], r["table_value"])
            for r in csv.DictReader(open(out / "checks.csv", encoding="utf-8"))]


def test_cli_vocabulary_synonym_links_the_figure_through_its_record_key(tmp_path, monkeypatch):
    """End to end: ``extract run --vocabulary FILE`` with a phrase for a known metric; the figures
    extractor gives the figure that key, and reconciliation links it to the table row by it."""
    monkeypatch.delenv(vocab.ENV, raising=False)
    src = tmp_path / "in"
    src.mkdir()
    (src / "report.md").write_text(
        "# Contact Centre Performance Report\n\n## Contact Centre\n\n"
        "In October 2023, 9,612 calls were presented to the contact centre.\n\n"
        "| Measure | Oct-2023 | Sep-2023 |\n|---|---|---|\n| Calls Offered | 9,520 | 9,100 |\n", encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text('[metric.calls_offered.phrases]\n"calls offered" = ["calls presented", "calls were presented"]\n',
                    encoding="utf-8")

    def checks(out, *extra):
        return _cli_checks(src, tmp_path / out, *extra)
    try:
        assert checks("plain") == []
        assert checks("mine", "--vocabulary", str(mine)) == [("mismatch", "value", "Calls Offered", "9520")]
        figs = list(csv.DictReader(open(tmp_path / "mine" / "figures.csv", encoding="utf-8")))
        assert [(f["value_raw"], f["metric"]) for f in figs] == [("9,612", "calls_offered")]
    finally:
        monkeypatch.delenv(vocab.ENV, raising=False)
        vocab.set_extra([])


def test_a_user_subject_synonym_links_a_figure_to_its_row(user_vocabulary):
    """``reconcile_subjects`` of a user file extend the subjects reconciliation tells apart, with their
    phrases: "the GCPD area" is the row "Calls Offered: Gotham"."""
    from extract.reconcile.common import _subject_tokens
    table = dashboard(DOC, "Contact Centre", [("Calls Offered: Gotham", ["9,520", "28,100", "110,400", "+2.1%"]),
                                              ("Calls Offered: Metropolis", ["4,000", "12,000", "48,000", "+1.0%"])])
    f = fig(DOC, "In October 2023, 9,612 calls were offered in the GCPD area.", "9,612", 9612.0, "count",
            period_type="month", period_end="2023-10-31", subject="GCPD area", metric_text="calls offered",
            section="Contact Centre")

    def got():
        return [(c.verdict, c.reason, c.table_row_label) for c in reconcile([], table, [f])
                if c.check_type == "narrative_vs_table"]
    assert _subject_tokens("calls in the GCPD area") == frozenset()
    assert got() == [("unverifiable", "missing", None)]       # no row of its subject
    user_vocabulary('[area.gotham]\nlabel = "Gotham"\nphrases = ["Gotham", "GCPD area"]\n'
                    '[area.metropolis]\nlabel = "Metropolis"\nphrases = ["Metropolis"]\n'
                    '[words]\nreconcile_subjects = ["gotham", "metropolis"]\n')
    assert _subject_tokens("calls in the GCPD area") == frozenset({"gotham"})
    assert got() == [("mismatch", "value", "Calls Offered: Gotham")]


# --------------------------------------------------------------------------- a user force file's name

_NORTHSHIRE = '[force]\nname = "Northshire Constabulary"\narea = "Northshire"\n'


def test_a_user_force_files_name_makes_its_row_force_wide(user_vocabulary):
    """The force name of a user force file is a force-wide row word, like a shipped force's: "Calls
    Offered: Northshire" is then the whole force's row, the one a figure of no place compares with."""
    from extract.reconcile.vocabulary import _FORCE_WORDS, force_words
    table = dashboard(DOC, "Contact Centre", [("Calls Offered: Northshire", ["9,520", "28,100", "110,400", "+2.1%"]),
                                              ("Calls Offered: Eastfield", ["4,000", "12,000", "48,000", "+1.0%"])])
    f = fig(DOC, "In October 2023, 9,612 calls were offered.", "9,612", 9612.0, "count",
            period_type="month", period_end="2023-10-31", metric_text="calls offered", section="Contact Centre")

    def got():
        return [(c.verdict, c.reason, c.table_row_label) for c in reconcile([], table, [f])
                if c.check_type == "narrative_vs_table"]
    assert "northshire" not in force_words() and got() == []        # a place row, not the force's
    user_vocabulary(_NORTHSHIRE)
    assert "northshire" in force_words() and "northshire" not in _FORCE_WORDS
    assert "constabulary" not in force_words()
    assert got() == [("mismatch", "value", "Calls Offered: Northshire")]


def test_cli_vocabulary_force_file_links_the_force_row(tmp_path, monkeypatch):
    """End to end: ``extract run --vocabulary FORCE.toml`` makes the row of the file's force name the
    force-wide row a narrative figure of no place is checked against."""
    monkeypatch.delenv(vocab.ENV, raising=False)
    src = tmp_path / "in"
    src.mkdir()
    (src / "report.md").write_text(
        "# Contact Centre Performance Report\n\n## Contact Centre\n\n"
        "In October 2023 there were 9,612 calls offered.\n\n"
        "| Measure | Oct-2023 | Sep-2023 |\n|---|---|---|\n| Calls Offered: Northshire | 9,520 | 9,100 |\n"
        "| Calls Offered: Eastfield | 4,000 | 3,900 |\n", encoding="utf-8")
    mine = tmp_path / "northshire.toml"
    mine.write_text(_NORTHSHIRE, encoding="utf-8")

    def checks(out, *extra):
        return _cli_checks(src, tmp_path / out, *extra)
    try:
        assert checks("plain") == []
        assert checks("mine", "--vocabulary", str(mine)) == [("mismatch", "value", "Calls Offered: Northshire", "9520")]
    finally:
        monkeypatch.delenv(vocab.ENV, raising=False)
        vocab.set_extra([])
