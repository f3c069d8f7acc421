"""The document model: sections, heading paths and topics assigned by finish()."""
import pytest

from extract.model import Block, Cell, Document, Page, is_generic_heading, stable_id


def _doc(*blocks):
    return Document(source="x", sha256="ab" * 32, format="text", pages=[Page(1, blocks=list(blocks))]).finish()


def test_section_headings_and_topic():
    d = _doc(Block("heading", "Priority 2: Reduce violence", level=1),
             Block("heading", "Violence with Injury", level=2),
             Block("heading", "WHAT? (What is the situation?)", level=2),
             Block.table([["Measure", "Sep-2023"], ["Crime Volume", "481"]]),
             Block("heading", "SO WHAT?", level=2),
             Block("heading", "Data Summary", level=3),
             Block("bullet", "Crime fell by 8%."),
             Block("heading", "Domestic Abuse", level=2),
             Block("paragraph", "DA rose."))
    table, bullet, para = d.blocks[3], d.blocks[6], d.blocks[8]
    assert table.section == "WHAT? (What is the situation?)"
    assert table.headings == ["Priority 2: Reduce violence", "WHAT? (What is the situation?)"]
    assert table.topic == "Violence with Injury"
    assert bullet.section == "Data Summary" and bullet.topic == "Violence with Injury"
    assert bullet.headings == ["Priority 2: Reduce violence", "SO WHAT?", "Data Summary"]
    assert para.topic == "Domestic Abuse"
    assert d.blocks[0].topic == "Priority 2: Reduce violence"


@pytest.mark.parametrize("text, generic", [
    ("WHAT? (What is the situation?)", True), ("**SO WHAT?** (What is happening?)", True),
    ("NOW WHAT?", True), ("Data Summary", True), ("Overview", True), ("Visualisations", True),
    ("Quarterly PCC Highlight Report", True), ("Key points", True),
    ("Violence with Injury", False), ("Response Times – Immediate", False), ("Whatley CPT", False),
    ("Summary of complaints", True), ("Domestic Abuse (VAWG)", False),
])
def test_generic_headings(text, generic):
    assert is_generic_heading(text) is generic


def test_table_helpers_and_row_pages():
    t = Block.table([["a", "b"], [Cell("1"), "2"], ["3", ""]], page=4)
    assert t.cells() == [["a", "b"], ["1", "2"], ["3", ""]]
    assert t.n_cols == 2 and t.text == "a\tb\n1\t2\n3\t"
    assert t.page_of_row(2) == 4
    t.row_pages = [4, 4, 5]
    assert t.page_of_row(2) == 5
    with pytest.raises(ValueError):
        Block("picture")


def test_stable_id_depends_only_on_parts():
    assert stable_id("a", 1, None) == stable_id("a", 1, None)
    assert stable_id("a", 1) != stable_id("a", 2)
    assert stable_id("ab", "c") != stable_id("a", "bc")
    assert len(stable_id("x")) == 16
