"""Review round 14: one home for each idea (the small words of a sentence, the council-type suffixes,
the words that are no place, a sentence's end)."""
import pytest

from extract.extractors.document import describe
from extract.extractors.document.titles import _running_text
from extract.loaders import load_text


def test_a_summons_in_capitals_is_running_text_by_the_words_no_sentence_ends_with():
    # Dyfed-Powys Police and Crime Panel's summons (Carmarthenshire County Council, 2020): 32 words in
    # capitals, 9 of them a sentence's small words (YOU TO A OF THE AND WHICH WILL BE ...)
    assert _running_text("I HEREBY SUMMON YOU TO ATTEND A VIRTUAL MEETING OF THE DYFED POWYS POLICE AND CRIME PANEL "
                         "WHICH WILL BE HELD AT 10.00 AM, ON FRIDAY, 24TH JULY, 2020 FOR THE TRANSACTION OF THE "
                         "BUSINESS OUTLINED ON THE ATTACHED AGENDA")
    # a title in capitals naming places and bodies, 20 words, only two small words: no running text
    assert not _running_text("NORTH WALES POLICE DYFED POWYS POLICE GWENT POLICE SOUTH WALES POLICE BRITISH TRANSPORT "
                             "POLICE WELSH GOVERNMENT HOME OFFICE PANEL AND COMMISSIONER OF REPORT")


# --- a council's type alone in a bracket: its place was lost, no organisation (words.toml council_type_abbreviations)

_PANEL = """SOUTH YORKSHIRE POLICE AND CRIME PANEL

MEETING HELD VIRTUALLY

3 FEBRUARY 2021

PRESENT: Councillor D Nevett ({a}) (Chair)

Councillor S Sansome ({b}) (Vice-Chair)
"""


def test_a_council_type_alone_in_a_bracket_names_no_organisation():
    from meeting_helpers import people
    got = {p[2]: p[3] for p in people(_PANEL.format(a="Doncaster MBC", b="Rotherham MBC"))}
    assert got == {"D Nevett": "Doncaster MBC", "S Sansome": "Rotherham MBC"}
    for alone in ("MBC", "MDC", "BC", "CC"):
        got = {p[2]: p[3] for p in people(_PANEL.format(a=f" {alone}", b="Stevenage BC"))}
        assert got == {"D Nevett": None, "S Sansome": "Stevenage BC"}


# --- a stamp or a signer's role before a panel's name (words.toml not_a_panel_place)

@pytest.mark.parametrize("line", [
    "Public Document Pack Devon and Cornwall Police and Crime Panel",
    "Jane Doe Monitoring Officer Devon and Cornwall Police and Crime Panel",
    "Contact: Jane Doe Democratic Services Officer Devon and Cornwall Police and Crime Panel",
    "Democratic Service Devon and Cornwall Police and Crime Panel",
])
def test_a_stamp_or_a_role_before_a_panels_name_is_no_part_of_its_place(line):
    assert describe(load_text("page.txt", f"{line}\n\n1. Apologies\n")).organisation == \
        "Devon and Cornwall Police and Crime Panel"


# --- one sentence end for the loaders and the deliverables (extract/sentence_end.py)

def test_the_deliverables_read_the_loaders_sentence_end_and_import_first_without_a_cycle():
    import subprocess
    import sys

    from extract import sentence_end
    from extract.extractors.deliverables import grouping, text
    from extract.loaders import common
    assert text.ends_sentence is grouping.ends_sentence is common.ends_sentence is sentence_end.ends_sentence
    # the deliverables first in a fresh interpreter: they import the sentence end, the loaders import them
    subprocess.run([sys.executable, "-c", "import extract.extractors.deliverables, extract.loaders"], check=True)


@pytest.mark.parametrize("fragment,ends", [
    ("Deliver the new contract.", True), ("as agreed by the Board (see 4.2).)", True), ("Review done; ", True),
    ("Strategic", False), ("Needs Assessment (phase 2)", False), ("e.g. )", False),
])
def test_a_sentence_end_closed_by_brackets_or_quotes(fragment, ends):
    from extract.extractors.deliverables.text import _continues
    from extract.sentence_end import ends_sentence
    assert ends_sentence(fragment) is ends
    # a capitalised word after an unended fragment goes on it; after an ended one it starts anew
    assert _continues(fragment, "Needs Assessment") is (not ends and fragment[-1:].isalpha())
