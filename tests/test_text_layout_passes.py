"""Unit tests of the passes of the text loader's layout reader (_layout_items in
extract/loaders/text/layout.py) and of its draft finisher (_finish_drafts in parse.py)."""
from __future__ import annotations

from extract.loaders.text.layout import (_band_above, _band_below, _band_items, _flow_groups,
                                         _layout_items, _seed_band_end, _segments)
from extract.loaders.text.lines import _Draft, _Line
from extract.loaders.text.parse import (_blocks_of_drafts, _bullet_levels, _demote_label_runs,
                                        _finish_drafts, _heading_levels, _push_bullet)
from extract.model import BULLET, HEADING, PARAGRAPH


def lines(*raws, blank=0):
    return [_Line(k + 1, r, r.strip(), blank) for k, r in enumerate(raws)]


def one_page(_):
    return 1


TABLE = ["Measure        2022     2023",
         "Burglary        120      110",
         "Robbery          40       35"]


def test_seed_band_end_runs_over_seed_lines():
    ls = lines("Intro text", *TABLE, "After text", "more", "more", "more", "more")
    assert _seed_band_end(ls, 1, one_page) == 3


def test_band_below_takes_a_line_inside_a_right_column():
    ls = lines(*TABLE, "                 200")
    segs = _segments([ln.raw for ln in ls[:3]])
    assert _band_below(ls, 0, 2, segs, one_page) == [3]
    assert _band_below(lines(*TABLE, "A long sentence across every column"), 0, 2, segs, one_page) == []


def test_band_above_takes_the_line_just_above_in_a_right_column():
    ls = lines("                 Year", *TABLE)
    segs = _segments([ln.raw for ln in ls[1:]])
    assert _band_above(ls, 1, [ls[0]], segs, one_page) == [0]
    assert _band_above(ls, 1, [], segs, one_page) == []


def test_flow_groups_data_columns_are_one_flow():
    ls = lines(*TABLE)
    segs = _segments([ln.raw for ln in ls])
    assert _flow_groups(ls, segs) == [[0, 1, 2]]


def test_band_items_one_flow_is_a_table():
    ls = lines(*TABLE)
    items = _band_items(ls, _segments([ln.raw for ln in ls]), one_page, 0)
    assert len(items) == 1 and items[0].kind == "table"
    assert items[0].rows == [["Measure", "2022", "2023"], ["Burglary", "120", "110"], ["Robbery", "40", "35"]]


def test_layout_items_whole():
    ls = lines("Intro text", *TABLE)
    out = _layout_items(ls, one_page)
    assert out[0] is ls[0] and len(out) == 2 and out[1].kind == "table"


def para(text, **kw):
    return _Draft(PARAGRAPH, 1, parts=[text], **kw)


def bullet(text, glyph="•", indent=0):
    return _Draft(BULLET, 1, parts=[text], glyph=glyph, indent=indent)


def test_heading_levels_only_for_paragraphs():
    levels = _heading_levels([para("1. Introduction"), bullet("1. Introduction")])
    assert levels[0] is not None and levels[1] is None


def test_demote_label_runs_of_six_short_candidates():
    drafts = [para(f"Label {k}") for k in range(6)]
    levels = [3, 3, 3, None, None, None]
    _demote_label_runs(drafts, levels)
    assert levels == [None] * 6
    levels5 = [3, 3, 3, None, None]
    _demote_label_runs(drafts[:5], levels5)
    assert levels5 == [3, 3, 3, None, None]


def test_push_bullet_deeper_and_back():
    stack = [("•", 0, "Top")]
    _push_bullet(stack, bullet("Sub", "-", 4))
    assert len(stack) == 2
    _push_bullet(stack, bullet("Back", "•", 0))
    assert stack == [("•", 0, "Back")]
    colon = [("•", 0, "These are:")]
    _push_bullet(colon, bullet("one", "-", 0))
    assert len(colon) == 2


def test_bullet_levels_restart_after_a_paragraph():
    ds = [bullet("a"), bullet("b", "-", 4), para("text"), bullet("c", "-", 4)]
    _bullet_levels(ds)
    assert [d.level for d in ds if d.kind == BULLET] == [0, 1, 0]


def test_blocks_of_drafts_kinds():
    t = _Draft("table", 3, rows=[["A", "1"], ["B", "2"]])
    blocks = _blocks_of_drafts([para("Title"), para("Body text."), t, para("")], [1, None, None, None])
    assert [b.kind for b in blocks] == [HEADING, PARAGRAPH, "table"]
    assert blocks[2].table_method == "text"


def test_finish_drafts_whole():
    blocks = _finish_drafts([para("Some words here."), bullet("item")])
    assert [(b.kind, b.text, b.level) for b in blocks][1] == (BULLET, "item", 0)
