"""Forms of council and panel web pages and Word documents saved as text, found by reading
documents of publishers outside the shared set (ModernGov "Issue" pages, panel reports, FOI
answers): each form below was seen at two publishers or more."""
from extract.extractors import figures
from extract.loaders import load_text


def _blocks(text: str, name: str = "page.txt"):
    return [(b.kind, b.text) for b in load_text(name, text).blocks]


# Word's list bullets saved as text: "·" (Symbol font) then the list indent as spaces, and
# "o" (Courier New) for the second level; items apart by a blank line
WORD_BULLETS = """Performance overview

The report covers three themes:

·         Environment

·         Learning

·         Towns and Communities

Of the indicators:

o   38 of 46 (83%) indicators are rated as Green

o   2 of 46 (4%) indicators are rated as Amber
"""


def test_word_bullets_are_bullets_not_a_two_column_table():
    blocks = _blocks(WORD_BULLETS)
    assert ("bullet", "Environment") in blocks
    assert ("bullet", "Towns and Communities") in blocks
    assert ("bullet", "38 of 46 (83%) indicators are rated as Green") in blocks
    assert not [k for k, _ in blocks if k == "table"]


def test_word_bullet_figures_are_read():
    doc = load_text("page.txt", WORD_BULLETS)
    got = {(f.value, f.unit) for f in figures.extract(doc)}
    assert {(38.0, "count"), (83.0, "percent"), (2.0, "count"), (4.0, "percent")} <= got


def test_o_is_a_bullet_only_with_a_wide_gap():
    # "o" then one space is a word (a Scots "o", a typo): left as text
    blocks = _blocks("Notes\n\no the list was long\n")
    assert ("bullet", "the list was long") not in blocks


def test_a_layout_table_row_starting_with_a_bullet_is_still_a_table():
    text = ("Crime type      2022     2023\n"
            "•  Burglary      120      135\n"
            "•  Robbery        40       38\n"
            "•  Vehicle       310      295\n")
    kinds = [k for k, _ in _blocks(text)]
    assert "table" in kinds
