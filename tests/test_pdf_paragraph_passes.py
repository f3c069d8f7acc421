"""Unit tests of the passes of the PDF paragraph builder (extract/loaders/pdf/paragraphs.py)
on hand-made lines: chunk edges, item-number indents, line markers, paragraph starts,
list items, block levels."""
from __future__ import annotations

from extract.loaders.pdf.paragraphs import (_Para, _blocks_of_paras, _body_line_breaks, _chunk_rights,
                                            _heading_goes_on, _line_marker, _number_xs, _open_para,
                                            _para_blocks, _starts_new)
from extract.loaders.pdf.text import Item, Line, Word
from extract.model import BULLET, PARAGRAPH


def line(text, x0, top, size=10.0, bold=False, w=5.0, gap=3.0):
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, x + w * len(t), top, top + size, size, bold))
        x += w * len(t) + gap
    return Line([Item(words)])


def test_chunk_rights_per_chunk_of_close_lines():
    lines = [line("a narrow block line", 10, 0), line("second", 10, 12), line("a much wider block of text here", 10, 60)]
    cr = _chunk_rights(lines, 8)
    assert cr[0] == cr[1] == lines[0].x1 and cr[2] == lines[2].x1


def test_number_xs_bare_numbers_and_capitalised_items():
    lines = [line("1 Apologies", 10, 0), line("4.10 The report", 30, 12), line("plain", 10, 24)]
    bare, item = _number_xs(lines)
    assert bare == [10] and item == [10, 30]


def test_line_marker_numbered_heading_is_not_an_item():
    ln = line("2.1. Language used", 10, 0, bold=True)
    assert _line_marker(ln, None, [], 10.0, False, 400, [], []) == (None, True, False)


def test_line_marker_number_continuing_a_full_line():
    prev = line("the number of offences has risen to", 10, 0)
    ln = line("2.4 incidents per day", 10, 12, gap=6.0)  # set apart like a list number
    mk, numbered, cont = _line_marker(ln, prev, [_Para(PARAGRAPH, [prev])], 10.0, True, prev.x1, [], [])
    assert mk is None and numbered and cont


def test_line_marker_glyph_bullet():
    mk, numbered, cont = _line_marker(line("• Item one", 10, 0), None, [], 10.0, False, 400, [], [])
    assert mk == ("•", "Item one") and not numbered and not cont


def test_heading_goes_on_only_when_it_wraps_at_the_same_x():
    prev = line("A long heading", 10, 0, bold=True)
    cur = _Para(PARAGRAPH, [prev])
    assert _heading_goes_on(line("goes on", 10, 14, bold=True), prev, cur, True)
    assert not _heading_goes_on(line("goes on", 10, 14, bold=True), prev, cur, False)
    assert not _heading_goes_on(line("indented", 40, 14, bold=True), prev, cur, True)


def test_body_line_breaks_label_and_value_close_one_paragraph():
    prev = line("Date:", 10, 0)
    cur = _Para(PARAGRAPH, [prev])
    assert _body_line_breaks(line("14 December", 10, 12), prev, cur, True, 400, 400, 10) == (False, True)
    full = line("a sentence that ends here.", 10, 0)
    assert _body_line_breaks(line("Next", 10, 12), full, _Para(PARAGRAPH, [full]), True, 400, 400, 10) == (True, False)


def test_starts_new_on_a_large_gap_or_a_marker():
    prev = line("Some text that goes", 10, 0)
    cur = _Para(PARAGRAPH, [prev])
    args = dict(wraps=False, cont=False, cr=400, here_right=400, left=10, gap_thr=6, body=10.0)
    assert _starts_new(line("far", 10, 40), prev, cur, None, **args) == (True, False)
    assert _starts_new(line("• x", 10, 12), prev, cur, ("•", "x"), **args) == (True, False)


def test_open_para_keeps_an_item_number_drops_a_glyph():
    p = _open_para(line("1. There were", 10, 0), ("1.", "There were"), True)
    assert p.kind == BULLET and p.first_text == "1. There were" and p.numbered
    g = _open_para(line("• Item", 10, 0), ("•", "Item"), False)
    assert g.first_text == "Item" and g.marker_x0 == 10
    assert _open_para(line("text", 10, 0), None, False).kind == PARAGRAPH


def test_blocks_of_paras_rank_bullet_indents():
    a = _open_para(line("• Top", 10, 0), ("•", "Top"), False)
    b = _open_para(line("• Sub", 30, 12), ("•", "Sub"), False)
    blocks = _blocks_of_paras([a, b])
    assert [(x.kind, x.text, x.level) for x in blocks] == [(BULLET, "Top", 0), (BULLET, "Sub", 1)]


def test_para_blocks_whole():
    items = [it for ln in (line("First paragraph ends.", 10, 0), line("Second one", 10, 30),
                           line("• An item", 10, 60)) for it in ln.items]
    assert [(b.kind, b.text) for b in _para_blocks(items, 8)] == [
        (PARAGRAPH, "First paragraph ends."), (PARAGRAPH, "Second one"), (BULLET, "An item")]
