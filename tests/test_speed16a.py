"""Speed shortcuts of session 16 in the text loader (issue 14): each pass that now reads only the lines
that can start what it looks for (and copies the rest) against its plain loop over every item, on the
texts of real documents (every one read as plain text, pass after pass) and on edge cases."""
from __future__ import annotations

import re
from typing import Optional

import pytest

from extract.loaders.text import cell_grid, inline_rows, layout, lines as lines_mod, parse, residue
from extract.loaders import common
from extract.loaders.text.lines import _Draft, _Line

# --------------------------------------------------------------------------
# the plain loops (as written before session 16): every item asked in turn
# --------------------------------------------------------------------------


def plain_spaced_row_tables(items: list, page_of) -> list:
    out: list = []
    i = 0
    kv_refused_until = 0
    while i < len(items):
        it = items[i]
        found = (inline_rows._spaced_at(items, i, page_of) if it.text[-1:].isdigit() else
                 inline_rows._period_rows_at(items, i, page_of) if inline_rows._PERIODS_HEAD_START.match(it.text)
                 else None) if isinstance(it, _Line) and it.text else None
        if found is None and isinstance(it, _Line) and it.text[-1:].isdigit() and i >= kv_refused_until:
            rows, end = inline_rows._kv_run_at(items, i, page_of)
            if rows is None:
                kv_refused_until = end
            else:
                found = rows, end
                inline_rows._kv_caption(out, it, page_of)
        if found is None:
            flat = inline_rows._flat_line_at(it) if isinstance(it, _Line) and it.text[-1:].isdigit() \
                and plain_flat_candidate(it) else None
            out.extend(flat or [it])
            i += 1
            continue
        rows, j = found
        out.append(_Draft("table", it.no, rows=rows, src=[ln.no for ln in items[i:j]]))
        i = j
    return out


def plain_flat_candidate(ln: _Line) -> bool:
    return len(ln.text) >= 30 and sum(ch.isdigit() for ch in ln.text) >= 12 and \
        len(ln.text.split()) >= inline_rows._FLAT_MIN_WORDS


def plain_cell_grid_tables(items: list, page_of, empty_cells=None) -> list:
    orig = items
    if empty_cells:
        items, orig = cell_grid._with_empty_cells(items, empty_cells)
    out: list = []
    i = 0
    while i < len(items):
        it = items[i]
        found = cell_grid._grid_at(items, i, page_of) or cell_grid._period_rows_at(items, i, page_of) or (
            cell_grid._headed_flat_at(items, i, page_of) if isinstance(it, _Line) and it.text[-1:] in "0123456789|"
            else None) or (
            cell_grid._word_grid_at(items, i, page_of) or cell_grid._coded_grid_at(items, i, page_of)
            if isinstance(it, _Line) and it.text.endswith("|") else None) or cell_grid._blank_grid_at(items, i, page_of)
        if found is None:
            if orig[i] is not None:
                out.append(orig[i])
            i += 1
            continue
        rows, j = found
        if out and cell_grid._caption_cell(out[-1]) and page_of(out[-1]) == page_of(items[i]):
            out[-1] = _Draft("paragraph", out[-1].no, [cell_grid._caption_cell(out[-1])])
        out.append(_Draft("table", items[i].no, rows=rows, src=[ln.no for ln in items[i:j]]))
        i = j
    return out


def plain_deliverable_tables(items: list, page_of) -> list:
    out: list = []
    i = 0
    while i < len(items):
        it = items[i]
        head = residue._deliv_header(items, i, page_of)
        rows: list = []
        if head is not None:
            nh, header = head
            rows, moved, k = residue._deliv_rows(items, i + nh, page_of(it), page_of)
        if not rows:
            out.append(it)
            i += 1
            continue
        kept = {ln.no for ln in moved}
        out.append(_Draft("table", it.no, rows=[header] + rows,
                          src=[items[q].no for q in range(i, k) if items[q].no not in kept]))
        out.extend(moved)
        i = k
    return out


def plain_residue_tables(items: list, page_of) -> list:
    out: list = []
    n = len(items)
    i = 0

    def cls_at(k: int) -> Optional[str]:
        it = items[k]
        if not isinstance(it, _Line):
            return None
        first = k == 0 or it.blank_before > 0 or not isinstance(items[k - 1], _Line) \
            or page_of(items[k - 1]) != page_of(it)
        return residue._residue_class(it, first)

    classes = residue._LazyClasses(items, cls_at)
    while i < n:
        if not classes.opens(i):
            out.append(items[i])
            i += 1
            continue
        j = i + 1
        while j < n and classes[j] is not None and items[j].blank_before <= 2 \
                and page_of(items[j]) == page_of(items[i]):
            if classes[j] == "L" and j + 1 < n and classes[j + 1] == "H" \
                    and items[j + 1].blank_before == 0 \
                    and items[j + 1].text.lower().split()[0] in residue._FIRST_HEADER:
                break
            j += 1
        end = j
        while end > i and classes[end - 1] in ("L", "H", "C"):
            end -= 1
        run = items[i:end]
        stretch = best = 0
        for k in range(i, end):
            if classes[k] == "V":
                stretch += 1
                best = max(best, stretch)
            elif classes[k] != "F":
                stretch = 0
        if best >= 3:
            out.append(_Draft("table", run[0].no, rows=residue._cell_rows(run)))
            i = end
        else:
            out.extend(items[i:j])
            i = j
    return out


def plain_layout_items(lines: list, page_of, depth: int = 0) -> list:
    out: list = []
    i = 0
    while i < len(lines):
        j = layout._seed_band_end(lines, i, page_of) if layout._is_seed(lines[i]) else i
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        band = list(range(i, j + 1))
        segs = layout._segments([lines[k].raw for k in band])
        if not segs:
            out.extend(lines[k] for k in band)
            i = j + 1
            continue
        band += layout._band_below(lines, i, j, segs, page_of)
        pre = layout._band_above(lines, i, out, segs, page_of)
        if pre:
            del out[len(out) - len(pre):]
            band = pre + band
        blines = [lines[k] for k in band]
        segs = layout._segments([ln.raw for ln in blines])
        i = band[-1] + 1
        out.extend(layout._band_items(blines, segs, page_of, depth) if segs else blines)
    return out


def plain_read_lines(text: str, empty_cells=None):
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # (so no line holds a "\r")
    raw_lines = text.split("\n")
    # a no-break space made a space in the whole text at once, as it was line by line (it is no line
    # break); the stripped form of a line (_next_line) is the same either way
    lined = text.replace("\u00a0", " ").split("\n") if "\u00a0" in text else raw_lines
    has_ff = "\f" in text
    # the page of a line after a form feed (read as ff_page.get(no, 1): without a form feed none is filled)
    ff_page: dict[int, int] = {}
    page = 1
    lines: list[_Line] = []
    markers: list[tuple[int, int]] = []
    blanks = 0
    for idx, raw in enumerate(lined, start=1):
        if not has_ff:
            pass
        elif "\f" in raw:
            lead = len(raw) - len(raw.lstrip("\f"))
            page += lead
            ff_page[idx] = page
            page += raw.count("\f") - lead  # form feeds later in the line start the next line's page
            raw = raw.replace("\f", "")
        else:
            ff_page[idx] = page
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            if empty_cells is not None and "\u00a0" in raw_lines[idx - 1]:
                empty_cells.append(idx)
            continue
        n = common.page_marker(raw) if stripped[0] in common.MARKER_START else None
        if n is not None:
            markers.append((idx, n))
            continue
        if stripped[0] in common.RULE_START and common.is_rule(raw) and len(stripped) >= 3:
            continue
        if common.is_web_furniture(stripped, next_line=lambda: common.next_line(raw_lines, idx)):
            blanks += 1
            continue
        lines.append(_Line(idx, raw, stripped, blanks))
        blanks = 0
    parse._join_drop_caps(lines)
    return lines, ff_page, markers


def plain_filler_cell(t: str) -> bool:
    if all(c in residue._GLYPHS or c.isspace() for c in t):
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    return all(w.lower() in residue._TREND_WORDS for w in t.split())


# --------------------------------------------------------------------------
# edge cases: each kind of table the passes rebuild (from the module docstrings' examples), with
# lines around them that come close
# --------------------------------------------------------------------------

EDGE_TEXTS = [
    "",
    "\n\n\n",
    "Month 2017 2018 2019 2020\nJanuary 1331 1752 1336 1398\nFebruary 1422 1811 1290 1301\n"
    "November 1739 1850 1220\nDecember 1 2 3 4\n",
    "Force 2019 2020\nCentral\nMale 82 84\nFemale 20 17\nTotal 102 101\n\nYear Number\n2019 120\n2020 130\nTotal 250\n",
    "Number of requests granted in full 74\nNumber of requests refused in full 32\nNumber withdrawn 5\n"
    "Page 1 2\nContents 3\nIntro 4\nMore 5\n",
    "Avon and Somerset Year Recorded crimes per police officer 1980 20 1981 21 1982 23 1983 25 Total 89\n"
    "Force 1992 1993 1994 Central 52 50 50 Dumfries and Galloway 113 108 103 Fife 192 133 66\n",
    "2020/2021 - 40\n2021/22 1,012\n2022-23: £0\n2019 - 20\n",
    "Ethnicity |\n2020 |\n2021 |\nArabic or North African |\n161 |\n134 |\nWhite British |\n12 |\n|\n",
    "Ethnicity\n\n2020\n\n2021\n\nArabic\n\n161\n\n134\n\nOther\n\n5\n\n6\n\nTail line.\n",
    # (session 17: a word header over cells one per paragraph; coded rows in " |" cells)
    "A paragraph.\n\nDirection\n\nUp\n\nN/A\n\nLast Quarter\n\n9\n\n5\n\nLast Year\n\n11\n\n5\n\nEnd.\n",
    "Code |\nMeasure wording |\n2023 |\n2024 |\nTP01 |\nProportion satisfied with the service. |\n68.1% |\n77.3% |\n"
    "TP02 |\nProportion satisfied with repairs. |\n72.8% |\n|\n",
    "2021/22 |\n2022/23 |\n|\nHigh |\n796 |\n800 |\nLow |\n1 |\n2 |\n",
    "Year |\nTotal 999 calls |\n2019 |\n120 |\n2020 |\n130 |\n",
    "Police force area 2002-03 2003-04\nAvon and Somerset\n1,570\n1,516\nCleveland\n1\n2\n",
    "| Kerb crawling |\nYear |\nTotal Officers injured |\n2019 |\n5 |\n2020 |\n6 |\n",
    "Action\nDate Due\nProgress\nIncrease recruiting\nJan 24\n90%\n• a bullet beside\nImprove processes\n"
    "Mar 2024 50%\nA sentence that ends here.\n",
    "Actions\n\nDue Date\n\nProgress\n\nDo it\n\nOngoing\n\n10%\n",
    "Measure\n3 Months to\nJul-2024\n17.7% ▲ Increasing\n9,429\n^\n10,562\nResponse Times – Immediate\nMeasure\n"
    "12\n13\n14\nA closing sentence.\n",
    "Label\n(4 months)\n12\nLabel two\n(4 months)\n13\n",
    "1\n2\n3\n",
    "a 1\n~\n2\nQ\n3\nend\n",
    "x" * 61 + "1\n1\n2\n3\n",
    "Measure      Target     Actual\nCalls answered      90%      87%\n  within 10 secs\nAbandoned      5%      4%\n\n"
    "A long line of running text beside         12\na table that goes on and on here          13\n",
    "Skip to content\nMedia\nItems\nHome Page\nBrowse By\nVideos\n",
]


_FAST_LAYOUT = layout._layout_items


def _page_of(ff_page):
    return lambda ln: ff_page.get(ln.no, 1)


def _passes(text: str) -> tuple[int, dict]:
    """Each pass of parse_text run fast and plain on what the plain passes before it left; asserts they
    agree; the number of tables the plain passes made, per pass."""
    empty: list[int] = []
    lines, ff_page, _markers = parse._read_lines(text, empty)
    if "\f" in text:
        lines = parse._without_running_lines(text, lines, ff_page)
    page_of = _page_of(ff_page)
    fast_read = lambda part: layout._layout_items(part, page_of)  # noqa: E731
    items = inline_rows.pipe_row_items(lines, page_of, fast_read)
    layout._layout_items = plain_layout_items   # (its bands' flows read by the plain loop too)
    try:
        want = inline_rows.pipe_row_items(lines, page_of, lambda part: plain_layout_items(part, page_of))
    finally:
        layout._layout_items = _FAST_LAYOUT
    assert items == want, ("layout", text[:80])
    made = {"layout": sum(isinstance(d, _Draft) and d.kind == "table" for d in want)}
    for name, fast, plain, extra in (
            ("deliverables", residue._deliverable_tables, plain_deliverable_tables, ()),
            ("cell_grid", cell_grid.cell_grid_tables, plain_cell_grid_tables, (empty,)),
            ("spaced", inline_rows.spaced_row_tables, plain_spaced_row_tables, ()),
            ("residue", residue._residue_tables, plain_residue_tables, ())):
        want = plain(list(items), page_of, *extra)
        got = fast(list(items), page_of, *extra)
        assert got == want, (name, text[:80])
        made[name] = sum(isinstance(d, _Draft) and d.kind == "table" for d in want) \
            - sum(isinstance(d, _Draft) and d.kind == "table" for d in items)
        items = want
    return made


def test_table_passes_as_their_plain_loops(real_texts):
    """Each table pass reading only its candidate lines gives what its loop over every item gave, on
    every real text (read as plain text) and edge case, with and without form feeds."""
    total: dict = {}
    texts = real_texts + EDGE_TEXTS + ["\n".join(EDGE_TEXTS), "\f".join(EDGE_TEXTS),
                                       "\n\n".join(t.replace("\n", "\n\n") for t in EDGE_TEXTS)]
    for text in texts:
        for name, n in _passes(text).items():
            total[name] = total.get(name, 0) + n
    # every pass rebuilt tables (the comparison is not over texts where none can start)
    assert all(n >= 3 for n in total.values()), total


def test_edge_cases_make_their_tables():
    """The edge cases hold a table of each kind (so the comparison above reads each pass's path)."""
    made = {name: n for text in EDGE_TEXTS for name, n in _passes(text).items() if n}
    assert set(made) == {"layout", "deliverables", "cell_grid", "spaced", "residue"}, made


def test_empty_cells_kept_as_the_plain_loop():
    """A no-break space alone on a line (a web table's empty cell) in a one-cell-per-line table and
    outside one: the same items either way."""
    text = "Ethnicity |\n2020 |\n2021 |\nArabic |\n161 |\n\u00a0\nOther |\n\u00a0\n6 |\n\nA line.\n\u00a0\n\nMore text here\n"
    made = _passes(text)
    assert made["cell_grid"] == 1, made


def test_flat_candidate_as_the_plain_count(real_lines):
    """Digits counted with map (str.isdigit, every Unicode digit) as the generator counted them."""
    for t in real_lines + ["²³" * 10 + " a b c d e f g h 1", "١٢٣٤٥٦٧٨٩٠١٢ a b c d e f g h i 1"]:
        ln = _Line(1, t, t.strip(), 0)
        if ln.text:
            assert inline_rows._flat_candidate(ln) == plain_flat_candidate(ln), t


def test_furniture_screen(real_lines):
    """furniture_starts: a line it rules out is never web furniture (whatever the next line is)."""
    from extract.loaders.common import _furniture, furniture_starts, is_web_furniture
    firsts, tab0 = furniture_starts()
    tabs = _furniture()[2]
    found = 0
    for t in real_lines + EDGE_TEXTS[-1].splitlines() + ["Skip to content", "\u00c9cran x", "ſkip to content"]:
        s = t.strip()
        if not s:
            continue
        screen = (" " in s and (firsts is None or not s[0].isascii() or s[0].lower() in firsts)) or s == tab0
        for nxt in ("", tabs[-1]):
            got = is_web_furniture(s, next_line=lambda: nxt)
            found += got
            assert screen or not got, s
    assert found >= 3


def test_max_width():
    """max_width: the longest text a pattern matches whole; unbounded patterns give no bound."""
    from extract.loaders.common import max_width
    import sys
    assert max_width(re.compile(r"(?i)(?:calendar |financial )?(?:year|month)s?")) == len("financial months")
    assert max_width(re.compile(r"a+")) == sys.maxsize
    assert max_width(re.compile(r"a{2,5}b?")) == 6
    rx = cell_grid._PERIODS_HEADER
    for t in ("Financial years", "FISCAL QUARTERS", "calendar quarters", "Month", "periods"):
        assert rx.fullmatch(t) and len(t) <= cell_grid._PERIODS_HEADER_WIDTH


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_parse_text_runs_on_edge_cases(text):
    from extract.model import Document
    doc = Document(source="x.txt", sha256="0", format="text")
    parse.parse_text(doc, text)


def test_line_screens(real_lines):
    """The first-character tests _should_join asks before _next_item, starts_lower and is_dateline: a
    line they rule out is no list label, does not start lower, is no dateline."""
    from extract.loaders.common import LOWER_LEAD, starts_lower
    heads = lines_mod._DATELINE_HEADS
    seen = [0, 0, 0]
    for t in real_lines + ["(a) x", "a) x", "ii. x", "5. x", "“public", "(and so", " lower", "Posted on 3 May 2024",
                           "posted on 3 may 2024", "\u212aelvin", "\u0130tem", "éclair", "Éclair", "ſo it is"]:
        c0 = t[:1]
        if not (c0 == "(" or c0.isdigit() or "a" <= c0 <= "z"):
            assert lines_mod._label_of(t) is None, t
        else:
            seen[0] += lines_mod._label_of(t) is not None
        if not (c0.islower() or c0 in LOWER_LEAD):
            assert not starts_lower(t), t
        else:
            seen[1] += starts_lower(t)
        if t[:4].lower() not in heads:
            assert not lines_mod.is_dateline(t), t
        else:
            seen[2] += lines_mod.is_dateline(t)
    assert all(n >= 2 for n in seen), seen


def test_read_lines_as_the_plain_loop(real_texts):
    """_read_lines (form feeds taken out first, no-break spaces looked for only in a text holding one,
    furniture screened) as the plain loop, with and without form feeds and no-break spaces."""
    extra = ["a\fb\n\fc\f\n\f\fd\ne\f", "\f\f\n", "x\n\u00a0\n\u00a0 \u00a0\ny\f\u00a0\nz",
             "Skip to content\nMedia\nItems\n\fMedia\n\nItems\nPage 2\n---\n***\n"]
    for text in real_texts + EDGE_TEXTS + extra + ["\f".join(EDGE_TEXTS + extra)]:
        for empty in (None, []):
            want_empty = None if empty is None else []
            assert parse._read_lines(text, empty) == plain_read_lines(text, want_empty), text[:80]
            assert empty == want_empty


def test_filler_cell_as_the_plain_test(real_lines):
    """_filler_cell's first test (a word first that is no trend word) as the plain test."""
    for t in real_lines + ["^", "~~~~~", "Q", "Increasing", "no change", "Increasing ^", "Up 5", "Qx", "▲ Up",
                           "up down", "", " ", "É", "ß", "Stable", "STABLE"]:
        assert residue._filler_cell(t) == plain_filler_cell(t), t
        assert residue._filler_cell(t.strip()) == plain_filler_cell(t.strip()), t


def test_o_bullet_screen(real_lines):
    """A line whose text starts with "o" not followed by a space or a tab is no bullet (Word's "o" takes a
    tab or two spaces): _drafts does not try _BULLET there."""
    n = 0
    for raw in real_lines + ["o  x", "o\tx", "of the", "o", "o x", "  o  x", "\u3000o  x", "  of", "o\u00a0 x"]:
        t = raw.strip()
        if t[:1] == "o" and t[1:2] not in " \t":
            assert lines_mod._BULLET.match(raw) is None, raw
        elif t[:1] == "o":
            n += lines_mod._BULLET.match(raw) is not None
    assert n >= 2


def test_draft_by_position():
    """_drafts makes its drafts with the fields by position: the same draft as by keyword."""
    assert _Draft("bullet", 3, ["x"], "  • x", 5, 0, "•", 2) == _Draft(
        "bullet", 3, ["x"], last_raw="  • x", last_room=5, glyph="•", indent=2)
