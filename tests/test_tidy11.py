"""tidy11: one home for the web-furniture line test (loaders/common.is_web_furniture)."""
from extract.loaders.common import clean_inline, is_web_furniture


def test_furniture_lines():
    assert is_web_furniture("Skip to main content")
    assert is_web_furniture("Home > News > Panel meetings")
    assert not is_web_furniture("Share")  # one word: may be a cell of a table saved one per line
    assert not is_web_furniture("Recorded crime rose by 4% in the year")
    assert not is_web_furniture("Skip to main content " + "x" * 200)  # too long for furniture


def test_markdown_link_read_clean():
    line = "[Skip to main content](#main)"
    assert not is_web_furniture(line)
    assert is_web_furniture(line, clean_inline)


def test_meeting_page_tabs():
    assert is_web_furniture("Media", next_line=lambda: "Items")
    assert not is_web_furniture("Media", next_line=lambda: "Minutes")
    assert not is_web_furniture("Media")


# --- one list of minutes verbs (words.toml minutes_verbs) in document.py and meetings/headers.py ---------

def test_every_minutes_verb_makes_an_agenda_line_no_title():
    from extract.extractors.document import title_of
    from extract.loaders import load_text
    for verb in ("approve", "note", "accept"):
        doc = load_text("t.txt", f"To {verb} the minutes of the previous meeting\n\n"
                                 "Police and Crime Panel Agenda\n\nThe Panel will meet on 4 March 2024.\n", fmt="text")
        assert title_of(doc) == "Police and Crime Panel Agenda", verb


def test_minutes_taken_by_an_agenda_are_not_the_meetings_own():
    from extract.extractors.document.kinds import _minutes_inside
    assert not _minutes_inside("to accept the minutes of the meeting held on 4 march 2024")
    assert _minutes_inside("minutes of the meeting of the police and crime panel held on 4 march 2024")
    assert _minutes_inside("the clerk read the minutes of the meeting held on 4 march 2024")


def test_name_particles_are_one_list():
    from extract.extractors.meetings.attendance import _SMALL, _is_prose
    from extract.extractors.meetings.names import PARTICLES
    assert PARTICLES <= _SMALL and {"von", "bin"} <= PARTICLES
    assert not _is_prose("Councillor Jo de Souza, Councillor Ali bin Said and Councillor Ann van der Berg")
    assert _is_prose("Councillor Smith, for whom Councillor Jones was substitute, and who left early")


def test_stop_words_are_the_vocabulary_list():
    from extract.loaders.common import ends_with_stop_word
    assert ends_with_stop_word("the number of crimes recorded in the")
    assert ends_with_stop_word("Recorded crime fell, whilst")
    assert not ends_with_stop_word("Recorded crime fell by 4%")


# --- a decision printed twice, one copy cut short: one decision, its longer text (meetings/votes.py) --------

def test_a_decision_cut_short_in_one_copy_keeps_the_longer_text():
    from meeting_helpers import run
    from test_meeting_excerpts4 import TWICE
    first = "targets be noted.\n\nMinutes:"
    longer = "targets be noted and reviewed in March 2022.\n\nMinutes:"
    for text in (TWICE.replace(first, longer), TWICE.replace("targets be noted.\n", "targets be noted and reviewed in March 2022.\n")
                 .replace(longer, first)):
        got = [(d.item_number, d.decision, d.proposer) for d in run(text)["decisions"]]
        assert got == [("66", "that the quarterly outturns against the Council Ambition 2020-2024 targets be noted and "
                              "reviewed in March 2022.", "Duncan McGregor")]
