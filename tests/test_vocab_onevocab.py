"""One vocabulary: the word lists measures, deliverables and the reconciliation read
come from extract/vocab/data, and the reconciliation's short keys resolve there."""
from extract.extractors import deliverables as D
from extract.extractors.measures import words as MW
from extract.vocab import Vocabulary, shipped_files, vocabulary


def test_reconciliation_subject_keys_are_vocabulary_aliases():
    V = vocabulary()
    assert V.subject_kind("vwi") == "crime"
    assert V.subject_kind("da") == "crime"
    assert V.subject_kind("sso") == "crime"
    assert V.subject_kind("county") == "area"
    assert V.subject_kind("immediate") == "grade"
    assert V.subject_kind("999") == "service"
    assert V.subject_kind("risk_high") == "risk"
    assert V.subject_kind("raw:north") is None


def test_reconciliation_uses_the_vocabularys_own_metric_keys():
    # the short keys reconciliation once kept (time_to_answer, response_time ...) are gone:
    # it compares the vocabulary's keys, a median as its ``same_measure``
    V = vocabulary()
    assert V.metric_unit("average_time_to_answer") == "seconds"
    assert V.metric_unit("time_to_answer") is None
    assert V.metric_unit("response_time") is None
    assert V.measure_key("median_response_time") == "average_response_time"
    assert V.measure_key("average_response_time") == "average_response_time"
    assert V.measure_key("raw:some words") == "raw:some words"
    assert V.metric_unit("budget") == "gbp"
    assert V.metric_unit("no_such_metric") is None


def test_alias_in_a_user_file(tmp_path):
    f = tmp_path / "extra.toml"
    f.write_text('[metric.arrest_rate]\naliases = ["arr"]\n[subject.asb]\naliases = ["nuisance"]\n')
    V = Vocabulary(shipped_files() + [f])
    assert V.metric_unit("arr") == "percent"
    assert V.subject_kind("nuisance") == "crime"


def test_deliverables_words_come_from_the_vocabulary():
    assert D.rag_of("On track") == "green"
    assert D.rag_of("Amber - some slippage") == "amber"
    assert D.rag_of("C") == "complete"
    assert D.rag_of("Nothing to say") is None
    assert "deliverables progress" in vocabulary().words("deliverables_header_line_lead")


def test_measure_words_come_from_the_vocabulary():
    assert MW._SCALES["000s"] == 1e3 and MW._SCALES["mn"] == 1e6 and MW._SCALES["billions"] == 1e9
    assert MW._MONEY_SCALE.search("Budget £m").group("s") == "m"
    assert MW._TOTAL_ROW.fullmatch("Grand Total:")
    assert not MW._TOTAL_ROW.fullmatch("Burglary")
    assert MW._TREND_WORDS.fullmatch("Deteriorating")


def test_reconciliation_subjects_match_with_the_vocabulary_patterns():
    from extract.reconcile.common import _subject_tokens
    assert _subject_tokens("domestic violence incidents rose") == frozenset({"da"})
    assert _subject_tokens("County response times") == frozenset({"county"})
    assert "county" not in _subject_tokens("the County Court hearing")
    # its own rasso pattern keeps the rape and sso qualifiers of the full phrase
    assert _subject_tokens("Rape and Serious Sexual Offences (RASSO)") == frozenset({"rasso", "rape", "sso"})
    assert _subject_tokens("vwi crimes") == frozenset({"vwi"})
