"""A document's title set over several lines (extract.extractors.document.titles._run_on): a cover page's
heading comes as one block per line; the lines that continue it are read with it, and only those.
Expected titles are read from the PDFs' first pages."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.document import title_of
from extract.loaders import load
from extract.model import Block, Document, Page

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"


def test_a_cover_heading_over_four_lines_is_one_title():
    # page 1 prints "Improving Health and / Wellbeing ~ Kent County / Council Priorities and / Actions / DRAFT"
    doc = load(REAL / "kent_cc" / "kcc_cabinet_2025-01-30_ICS_priorities_measures.pdf")
    assert title_of(doc) == "Improving Health and Wellbeing ~ Kent County Council Priorities and Actions DRAFT"


def test_a_front_sheet_title_ending_in_for_a_goes_on():
    # "Summons to and / Agenda for a / Meeting on / Thursday, 13th March, / 2025 / at 10.00 am"
    doc = load(REAL / "kent_cc" / "kcc_council_2025-03-13_agenda_frontsheet.pdf")
    assert title_of(doc) == "Summons to and Agenda for a Meeting on Thursday, 13th March, 2025 at 10.00 am"


def _doc(*blocks: Block) -> Document:
    return Document(source="t.pdf", sha256="0" * 64, format="pdf", pages=[Page(1, blocks=list(blocks))])


def test_headings_apart_are_not_joined():
    # a heading, then another a line and more below it: two headings, not one title
    doc = _doc(Block("heading", "Keeping People Safe", 1, bbox=(50, 50, 300, 70), level=1),
               Block("heading", "Our Priorities", 1, bbox=(50, 90, 300, 110), level=1),
               Block("paragraph", "The Panel is asked to note the priorities.", 1, bbox=(50, 130, 400, 142)))
    assert title_of(doc) == "Keeping People Safe"


def test_stacked_heading_lines_are_joined_and_stop_at_the_text():
    doc = _doc(Block("heading", "Keeping People Safe", 1, bbox=(50, 50, 300, 70), level=1),
               Block("heading", "Our Priorities", 1, bbox=(50, 74, 300, 94), level=1),
               Block("paragraph", "The Panel is asked to note the priorities.", 1, bbox=(50, 98, 400, 110)))
    assert title_of(doc) == "Keeping People Safe Our Priorities"


def test_a_line_that_ends_a_title_is_not_continued_by_text():
    # text (no positions): "Appendix A" ends a title; "Annual Report and" does not
    doc = load_text_blocks(["Appendix A", "Keeping People Safe"])
    assert title_of(doc) == "Appendix A"
    doc = load_text_blocks(["Keeping People Safe and", "Feeling Safe in Kent"])
    assert title_of(doc) == "Keeping People Safe and Feeling Safe in Kent"


def test_a_title_ending_a_sentence_or_on_another_page_stops():
    doc = _doc(Block("heading", "Keeping People Safe.", 1, bbox=(50, 50, 300, 70), level=1),
               Block("heading", "Our Priorities", 1, bbox=(50, 72, 300, 92), level=1))
    assert title_of(doc) == "Keeping People Safe."
    doc = Document(source="t.pdf", sha256="0" * 64, format="pdf",
                   pages=[Page(1, blocks=[Block("heading", "Keeping People Safe and", 1, bbox=(50, 50, 300, 70))]),
                          Page(2, blocks=[Block("heading", "Our Priorities", 2, bbox=(50, 50, 300, 70))])])
    assert title_of(doc) == "Keeping People Safe and"


def load_text_blocks(lines: list[str]) -> Document:
    return _doc(*(Block("heading", t, 1) for t in lines))
