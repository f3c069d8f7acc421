"""Unit tests of the passes of loaders.common.paginate: form feeds, unreliable markers,
marker page of a line (headers / footers), pages from markers."""
from __future__ import annotations

from extract.loaders.common import (_marker_page_of, _markers_reliable, _paginate_by_form_feeds,
                                    _paginate_by_markers, _paginate_unmarked, paginate)
from extract.model import PARAGRAPH, Block, Document


def blocks(*lines):
    out = []
    for ln in lines:
        b = Block(PARAGRAPH, text=f"line {ln}")
        b.line = ln
        out.append(b)
    return out


def doc():
    return Document(source="x", sha256="", format="text")


def test_form_feeds_give_pages_and_note_markers():
    d, bs = doc(), blocks(1, 5)
    _paginate_by_form_feeds(d, bs, {1: 1, 5: 3}, [(3, 7)])
    assert [p.number for p in d.pages] == [1, 2, 3] and [b.page for b in bs] == [1, 3]
    assert d.page_marked and d.notes == ["1 'Page N' marker line(s) seen; pages taken from form feeds"]


def test_markers_reliable_only_when_consecutive():
    assert _markers_reliable([(3, 1), (9, 2)])
    assert not _markers_reliable([(3, 1)])
    assert not _markers_reliable([(3, 1), (9, 3)])


def test_unmarked_one_page_and_a_note():
    d, bs = doc(), blocks(1, 2)
    _paginate_unmarked(d, bs, [(4, 2), (9, 5)])
    assert len(d.pages) == 1 and [b.page for b in bs] == [None, None] and not d.page_marked
    assert d.notes == ["page marker(s) 'Page 2' at line 4, 'Page 5' at line 9; not consecutive, "
                       "so too unreliable to give pages: block pages left empty"]


def test_marker_page_of_footers_and_headers():
    m = [(10, 1), (20, 2)]
    assert [_marker_page_of(x, m, False) for x in (5, 15, 25)] == [1, 2, 3]
    assert [_marker_page_of(x, m, True) for x in (10, 15, 25)] == [1, 1, 2]
    # text above a first footer "Page 4" is left without a page
    assert _marker_page_of(5, [(10, 4), (20, 5)], False) is None


def test_by_markers_fills_missing_pages_and_puts_orphans_first():
    d, bs = doc(), blocks(5, 25)
    _paginate_by_markers(d, bs, [(10, 4), (20, 5)])
    assert [p.number for p in d.pages] == [4, 5, 6]
    assert [b.page for b in bs] == [None, 6] and d.pages[0].blocks[0] is bs[0]
    assert d.notes == ["pages from 2 'Page N' markers read as page footers"]


def test_paginate_dispatch():
    d = doc()
    paginate(d, blocks(2, 12), markers=[(1, 1), (11, 2)])
    assert d.page_marked and [p.number for p in d.pages] == [1, 2]
    assert d.notes == ["pages from 2 'Page N' markers read as page headers"]
