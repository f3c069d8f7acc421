"""The text loader's passes in order: running headers and footers dropped, lines
into drafts, drafts into blocks, blocks onto pages (rules of :mod:`extract.loaders.text`)."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING, PAGE_NUMBER, PARAGRAPH, RUNNING_LINE, Block, Cell
from ..common import (MARKER_START, RULE_START, STOP_WORDS, clean_inline, ends_sentence,
                      furniture_starts, is_rule, is_web_furniture, next_line, page_marker, paginate, split_blank_page, starts_lower)
from .lines import (BULLET_START, _BULLET, _DATELINE_HEADS, _Draft, _Line, _should_join, _split_cols, _table_run,
                    heading_level, is_dateline, is_table_piece, title_level)
from .layout import _is_seed, _layout_items
from .cell_grid import cell_grid_tables
from .inline_rows import pipe_row_items, spaced_row_tables
from .residue import _deliverable_tables, _residue_tables
from . import furniture

_PAGE_NO = re.compile(r"^(?:page\s+)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s+of\s+\d{1,4})?$", re.I)


def _running_key(ln: _Line) -> Optional[str]:
    t = " ".join(ln.text.split())
    if _PAGE_NO.match(t):
        return "#page-number#"
    if len(t) > 80 or _is_seed(ln):
        return None
    return t


def _drop_running_lines(lines: list[_Line], page_of: dict, n_pages: int,
                        keep: frozenset = frozenset(), found: Optional[dict] = None) -> list[_Line]:
    """Running headers and footers (rule 9): the first two and last two lines of each page are
    compared across pages; a line (at most 80 characters, not a row of columns) whose text - or
    a bare page number - is at the top or at the bottom of at least half the pages (and of two
    or more) is page furniture and is dropped (its number and kind go to ``found`` when given)."""
    if n_pages < 2:
        return lines
    by_page: dict[int, list[_Line]] = {}
    for ln in lines:
        by_page.setdefault(page_of.get(ln.no, 1), []).append(ln)
    need = max(2, (n_pages + 1) // 2)
    drop = set()
    for edge in (lambda lns: lns[:2], lambda lns: lns[-2:]):
        seen: dict[str, set] = {}
        for pg, lns in by_page.items():
            for ln in edge(lns):
                k = _running_key(ln) if ln.no not in keep else None
                if k:
                    seen.setdefault(k, set()).add(pg)
        running = {k for k, pgs in seen.items() if len(pgs) >= need}
        for pg, lns in by_page.items():
            for ln in edge(lns):
                if ln.no not in keep and _running_key(ln) in running:
                    drop.add(ln.no)
    if found is not None:
        found.update((ln.no, PAGE_NUMBER if _running_key(ln) == "#page-number#" else RUNNING_LINE)
                     for ln in lines if ln.no in drop)
    return furniture.without(lines, dict.fromkeys(drop, ""))




def _read_lines(text: str, empty_cells: Optional[list[int]] = None) -> tuple[list[_Line], dict[int, int], list[tuple[int, int]]]:
    """The non-blank lines of ``text`` (page markers and rules left out), the page of each
    line after a form feed (none in a text without one: every line page 1), and the "Page N"
    markers seen. The numbers of the lines holding only no-break spaces (a web table's empty cell,
    "&nbsp;", saved on a line of its own: blank here) go to ``empty_cells`` when given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # (so no line holds a "\r")
    raw_lines = text.split("\n")
    # a no-break space made a space in the whole text at once, as it was line by line (it is no line
    # break); the stripped form of a line (_next_line) is the same either way
    lined = text.replace("\u00a0", " ").split("\n") if "\u00a0" in text else raw_lines
    has_ff = "\f" in text
    # the page of a line after a form feed (read as ff_page.get(no, 1): without a form feed none is filled)
    ff_page: dict[int, int] = {}
    if has_ff:
        lined = list(lined)   # (each line without its form feeds)
        page = 1
        for idx, raw in enumerate(lined, start=1):
            if "\f" in raw:
                lead = len(raw) - len(raw.lstrip("\f"))
                page += lead
                ff_page[idx] = page
                page += raw.count("\f") - lead  # form feeds later in the line start the next line's page
                lined[idx - 1] = raw.replace("\f", "")
            else:
                ff_page[idx] = page
    lines: list[_Line] = []
    markers: list[tuple[int, int]] = []
    if empty_cells is not None and "\u00a0" in text:   # (no line holds one without it)
        empty_cells.extend(idx for idx, raw in enumerate(lined, start=1)
                           if "\u00a0" in raw_lines[idx - 1] and not raw.strip())
    blanks = 0
    last = 0   # (the number of the last line read: the blank lines between it and the next are counted)
    firsts, tab0 = furniture_starts()
    for idx, raw, stripped in [(idx, raw, stripped) for idx, raw in enumerate(lined, start=1) if (stripped := raw.strip())]:
        blanks += idx - last - 1
        last = idx
        n = page_marker(raw) if stripped[0] in MARKER_START else None
        if n is not None:
            markers.append((idx, n))
            continue
        if stripped[0] in RULE_START and is_rule(raw) and len(stripped) >= 3:
            continue
        # (the cheap test of furniture_starts first: most lines fail it)
        if ((" " in stripped and (firsts is None or not stripped[0].isascii() or stripped[0].lower() in firsts))
                or stripped == tab0) and is_web_furniture(stripped, next_line=lambda: next_line(raw_lines, idx)):
            blanks += 1
            continue
        lines.append(_Line(idx, raw, stripped, blanks))
        blanks = 0
    _join_drop_caps(lines)
    return lines, ff_page, markers


# a drop cap a PDF's text layer split from the rest of its word at a numbered heading ("291. C apital Programme
# 2025-35 ...", "286. A pologies for Absence": Kent CC minutes as text): a capital alone, then a lower-case run
# that is no small word. Only on heading-like lines (no full stop at the end, not long: "1. E coli cases
# rose." keeps its words), and only in a text where a numbered heading shows the split with a capital other
# than A or I (never a word of its own); "A" and "I" only where the line goes on as a title ("288. A report
# was received", "289. I welcomed the members" keep theirs)
_DROP_CAP = re.compile(r"^(\d{1,3}\.\s+)([A-Z]) (?=[a-z]{2})(?P<rest>[a-z]+)")
#: the longest numbered heading line joined (Kent's longest item title as one line is about 110 characters)
_DROP_CAP_LINE = 160


def _title_goes_on(rest: str) -> bool:
    """Does the line go on as a title: its next word that is no small word capitalised (or a number),
    or none ("A pologies for Absence", "C apital Programme 2025-35"; not "A report was received")?"""
    for w in rest.split():
        if w.lower() in STOP_WORDS or not any(c.isalnum() for c in w):
            continue
        return w[0].isupper() or w[0].isdigit() or w[0] in "(&"
    return True


def _join_drop_caps(lines: list[_Line]) -> None:
    """Join the split drop caps of numbered heading lines, in place."""
    found = [(ln, m) for ln in lines if ln.text[:1].isdigit() and (m := _DROP_CAP.match(ln.text))
             and m.group("rest") not in STOP_WORDS and len(ln.text) <= _DROP_CAP_LINE
             and not ln.text.rstrip().endswith(".")
             and (m.group(2) not in "AI" or _title_goes_on(ln.text[m.end():].partition(" ")[2]))]
    if all(m.group(2) in "AI" for _ln, m in found):
        return
    for ln, m in found:
        fixed = ln.text[:m.start(2)] + m.group(2) + ln.text[m.start("rest"):]
        ln.raw = ln.raw.replace(ln.text, fixed, 1)
        ln.text = fixed


def _without_running_lines(text: str, lines: list[_Line], ff_page: dict[int, int],
                           found: Optional[dict] = None) -> list[_Line]:
    """``lines`` without the running headers and footers of form-feed pages (``ff_page`` is
    capped at the number of pages in place; the dropped lines' numbers and kinds go to ``found``)."""
    body = text.rstrip(" \n")
    n_pages = body.count("\f") + (0 if body.endswith("\f") else 1)
    for k, v in ff_page.items():
        ff_page[k] = min(v, n_pages)
    # the cells of a deliverables table printed one per line (the same rows on every page
    # of a repeated slide) are content, not furniture
    pre = _deliverable_tables(lines, lambda ln: ff_page.get(ln.no, 1))
    keep = frozenset(no for d in pre if isinstance(d, _Draft) for no in d.src)
    return _drop_running_lines(lines, ff_page, n_pages, keep, found)


# an item or minute number printed alone on its line: "4.", "39/20", "5a", "Item 5"
_LONE_NUMBER = re.compile(r"^(?:item\s+)?\d{1,3}[a-z]?(?:[./]\d{1,3})*[.):]?$", re.I)


def _titled_number(drafts: list[_Draft], cur: _Draft, ln: _Line) -> bool:
    """True when ``cur`` is the one-line title under a number printed alone ("4." / "Code of
    Conduct ..." / blank / "Members are reminded ..."): a line after a blank line starts the
    text under the title, it does not continue it (ModernGov item lists, minutes whose numbers
    stand in their own column)."""
    return (ln.blank_before > 0 and not cur.joined and cur.kind == PARAGRAPH and bool(drafts)
            and drafts[-1].kind == PARAGRAPH and _LONE_NUMBER.match(drafts[-1].text) is not None
            and not starts_lower(ln.text))


def _drafts(items: list) -> list[_Draft]:
    """Lines (and drafts already built) into drafts: tab tables, bullets, joined paragraphs."""
    drafts: list[_Draft] = []
    cur: Optional[_Draft] = None   # (the draft being read: appended to ``drafts`` when the next begins)
    i = 0
    while i < len(items):
        ln = items[i]
        if isinstance(ln, _Draft):
            if cur is not None:
                drafts.append(cur)
                cur = None
            drafts.append(ln)
            i += 1
            continue
        run = _table_run(items, i) if "\t" in ln.raw else 0
        if run:
            if cur is not None:
                drafts.append(cur)
                cur = None
            rows = [_split_cols(items[k].raw) for k in range(i, i + run)]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            drafts.append(_Draft("table", ln.no, rows=rows))
            i += run
            continue
        # (Word's "o" bullet has a tab or two spaces after it: "of", "on", "our" are no bullet, unmatched)
        m = _BULLET.match(ln.raw) if (c := ln.text[:1]) in BULLET_START and (c != "o" or ln.text[1:2] in " \t") \
            else None
        if m and m.group("glyph") and starts_lower(m.group("text")) and cur is not None \
                and cur.kind in (PARAGRAPH, BULLET) and not ends_sentence(cur.last_raw):
            m = None  # "... at a local" + "– national level": a dash inside a wrapped sentence
            cur.parts.append(ln.text)
            cur.last_raw = ln.raw
            cur.joined = True
            i += 1
            continue
        if m:
            if cur is not None:
                drafts.append(cur)
            indent = len(m.group("indent").expandtabs(4))
            # (fields by position: kind, line, parts, last_raw, last_room, level, glyph, indent -- a call
            # with keywords builds a dict of them for each draft)
            cur = _Draft(BULLET, ln.no, [m.group("text").strip()], ln.raw, ln.room, 0,
                         m.group("glyph") or m.group("glyph2") or m.group("glyph3"), indent)
        elif cur is not None and _should_join(cur, ln) and not _titled_number(drafts, cur, ln):
            cur.parts.append(ln.text)
            cur.last_raw = ln.raw
            cur.last_room = ln.room
            cur.joined = True
        else:
            if cur is not None:
                drafts.append(cur)
            cur = _Draft(PARAGRAPH, ln.no, [ln.text], ln.raw, ln.room, 0, "",   # (by position, as above)
                         len(ln.raw) - len(ln.raw.lstrip()))
        i += 1
    if cur is not None:
        drafts.append(cur)
    return drafts


def parse_text(doc, text: str) -> None:
    """Fill ``doc.pages`` from pdftotext-like ``text`` (rules in the module docstring)."""
    has_ff = "\f" in text
    empty_cells: list[int] = []
    lines, ff_page, markers = _read_lines(text, empty_cells)
    found: dict[int, str] = {}   # page furniture: line number -> kind (rules 9 and 9b)
    read = lines
    if has_ff:
        lines = _without_running_lines(text, lines, ff_page, found)
    beside = furniture.page_numbers_beside_running_lines(lines)
    ends = frozenset()
    if beside:
        ends = furniture.page_ends(lines, beside)
        lines = furniture.without(lines, beside)
        found.update(beside)
    furniture.record(doc, read, found, ff_page if has_ff else None)
    page_of_line = lambda ln: ff_page.get(ln.no, 1)  # noqa: E731
    items = pipe_row_items(lines, page_of_line, lambda part: _layout_items(part, page_of_line))
    items = _deliverable_tables(items, page_of_line)
    items = cell_grid_tables(items, page_of_line, empty_cells)
    items = spaced_row_tables(items, page_of_line)
    items = _residue_tables(items, page_of_line)
    blocks = _finish_drafts(_drafts(items), ends)
    paginate(doc, blocks, ff_page_of_line=ff_page if has_ff else None, markers=markers)
    if markers:   # ("Page 3", "Page 3 of 12": page markers, read for the pages and never a block)
        furniture.record_markers(doc, markers, ff_page if has_ff else None)


def _heading_levels(drafts: list[_Draft], texts: Optional[list[str]] = None,
                    clean: Optional[list[str]] = None, level_of=heading_level) -> list[Optional[int]]:
    """The heading level of each paragraph draft (rule 5), None for the rest (``texts``, ``clean``:
    each draft's text and its clean_inline, when the caller made them; ``level_of``: title_level
    counts a table's row, a label then its figures, as its words make it)."""
    if texts is None:
        texts = [d.text for d in drafts]
    if clean is None:
        return [level_of(clean_inline(t, markdown=False)) if d.kind == PARAGRAPH and not is_dateline(t)
                else None for d, t in zip(drafts, texts)]
    return [level_of(c) if d.kind == PARAGRAPH and not (t[:4].lower() in _DATELINE_HEADS and is_dateline(t))
            else None for d, t, c in zip(drafts, texts, clean)]   # (is_dateline's first test asked first)


def _demote_label_runs(drafts: list[_Draft], levels: list, texts: Optional[list[str]] = None) -> None:
    """A run of >= 6 consecutive short paragraphs (<= 60 characters, not ending with ".") at
    least half of them level-3 candidates is a list (a glossary, an infographic's or a
    diagram's labels): its lines are not headings (their levels are set to None)."""
    if texts is None:
        texts = [d.text for d in drafts]
    flags = [d.kind == PARAGRAPH and len(t := txt.rstrip()) <= 60 and not t.endswith(".") and lvl not in (1, 2)
             for d, txt, lvl in zip(drafts, texts, levels)]  # (short paragraphs)
    i = 0
    while i < len(drafts):
        if flags[i]:
            j = i
            while j < len(drafts) and flags[j]:
                j += 1
            n3 = sum(1 for k in range(i, j) if levels[k] == 3)
            if j - i >= 6 and n3 >= 3 and 2 * n3 >= j - i:
                for k in range(i, j):
                    levels[k] = None
            i = max(j, i + 1)
        else:
            i += 1


def _push_bullet(stack: list, d: _Draft) -> None:
    """Put bullet ``d`` on the level stack ((glyph, indent, text) per level) after another
    bullet: deeper when indented more, back up when indented less; at the same indent a new
    glyph is a level already open with that glyph, or a sub-list after a line ending ":"."""
    pg, pi, pt = stack[-1]
    entry = (d.glyph, d.indent, d.text)
    if d.indent > pi + 1:
        stack.append(entry)
    elif d.indent < pi - 1:
        while len(stack) > 1 and stack[-1][1] > d.indent + 1:
            stack.pop()
        stack[-1] = entry
    elif d.glyph == pg:
        stack[-1] = entry
    else:
        same = [k for k, (g, ind, _) in enumerate(stack) if g == d.glyph and abs(ind - d.indent) <= 1]
        if same:
            del stack[same[-1] + 1:]
            stack[-1] = entry
        elif pt.rstrip().endswith(":"):
            stack.append(entry)
        else:
            stack[-1] = entry


def _bullet_levels(drafts: list[_Draft]) -> None:
    """Set each bullet draft's level (rule 3): a list starts at level 0 after anything but a
    bullet (a joined paragraph, a wrapped item's text, keeps the list open)."""
    stack: list[tuple[str, int, str]] = []  # (glyph, indent, text) per level
    prev_kind = None
    for d in drafts:
        if d.kind != BULLET:
            if d.kind != PARAGRAPH or not d.joined:
                stack = []
            prev_kind = d.kind
            continue
        if prev_kind != BULLET or not stack:
            stack = [(d.glyph, d.indent, d.text)]
            d.level = 0
        else:
            _push_bullet(stack, d)
            d.level = len(stack) - 1
        prev_kind = BULLET


def _blocks_of_drafts(drafts: list[_Draft], levels: list, clean: Optional[list[str]] = None) -> list[Block]:
    """Blocks of the drafts: tables (text method), headings, paragraphs (split at "this page
    is intentionally blank"), bullets; inline markup cleaned (``clean``: each draft's cleaned text,
    when the caller made it), empty drafts dropped."""
    blocks: list[Block] = []
    for k, (d, lvl) in enumerate(zip(drafts, levels)):
        if d.kind == "table":
            rows = [[Cell(clean_inline(c, markdown=False)) for c in r] for r in d.rows]
            blocks.append(Block.table(rows, line=d.line, table_method="text"))  # (it copies the rows)
            continue
        text = clean[k] if clean is not None else clean_inline(d.text, markdown=False)
        if not text:
            continue
        if d.kind == PARAGRAPH and lvl is not None:
            blocks.append(Block(HEADING, text=text, line=d.line, level=lvl))
        elif d.kind == PARAGRAPH:
            for part in split_blank_page(text):
                blocks.append(Block(PARAGRAPH, text=part, line=d.line))
        else:
            blocks.append(Block(BULLET, text=text, line=d.line, level=d.level))
    return blocks


def _finish_drafts(drafts: list[_Draft], page_ends: frozenset = frozenset()) -> list[Block]:
    """Blocks of the drafts, with heading levels (runs of labels demoted) and bullet levels; a one-line
    draft on a line of ``page_ends`` (the last line of a page, before its footer) is no heading."""
    # each draft's text joined and cleaned once (the levels and the blocks read them; nothing
    # between changes a draft's parts)
    texts = [d.text if d.kind != "table" else "" for d in drafts]
    clean = [clean_inline(t, markdown=False) if d.kind != "table" else "" for d, t in zip(drafts, texts)]
    levels = _heading_levels(drafts, texts, clean, title_level)
    if page_ends:
        for k, d in enumerate(drafts):
            if levels[k] is not None and d.line in page_ends and not d.joined:
                levels[k] = None
    _demote_label_runs(drafts, levels, texts)  # (a table's rows count as the labels of a run, as their words make them)
    for k, lvl in enumerate(levels):
        if lvl is not None and lvl > 1 and is_table_piece(clean[k]):
            levels[k] = None  # a table's row or a wrapped cell's fragment: no heading (lines.heading_level)
    _bullet_levels(drafts)
    return _blocks_of_drafts(drafts, levels, clean)
