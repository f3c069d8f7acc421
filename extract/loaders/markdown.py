"""Markdown produced by PDF converters into blocks.

Rules:

* ``#``..``######`` headings give ``level`` 1-6; markup inside (``**``,
  ``<u>``, ``<b>``) is stripped.  A heading that is only "Page N" is a page
  marker (see :func:`common.paginate`), not a heading.  A heading line that is
  really a list item ("# • Positive Responses") becomes a bullet.
* Bullets: ``-``, ``*``, ``+`` (``+`` only after a blank line), ``•`` and
  ordered markers ``1.``, ``1)``, ``a)``, ``iv.``; nesting level from the
  indentation (each 2+ spaces or a tab deeper than the enclosing item = one
  level).  The text of an ordered item keeps its number ("1. There were ..."),
  and numbered paragraphs written as bullets keep theirs ("4.10 The ...").
  ``<ul><li>`` on a line of its own gives one bullet per item.
* Tables: consecutive lines containing a tab are one table (cells split on
  single tabs, so empty cells keep their place; rows of only dashes are
  separators and dropped; columns empty in every row at the right are dropped).
  Pipe tables (``| a | b |`` + ``|---|``) give tables too (``table_method``
  "markdown"; a header row wrapped over two lines above the separator, both lines word
  cells ending with "|" and together as many cells as the separator, is one header row);
  an HTML ``<table>`` is read by the HTML loader's table reader
  (:func:`html.table_cells`: rowspan/colspan, header cells; method "html").
* Rules (``---``, ``- - -``, ``***``) are dropped.
* Paragraph lines: consecutive non-blank lines form one paragraph (Markdown);
  a paragraph (or bullet) that does not end a sentence is continued by the
  next paragraph across blank lines, a page marker or a rule when that starts
  in lower case ("prior\\n\\nto the meeting"), or when the first ends with a
  function word ("the", "of", ...) and the next is not a heading or list.
  A lower-case continuation skips up to two footnote paragraphs in between
  ("<sup>7</sup> https://..." then "performance framework.").  A short
  bracketed sentence ("(621 DA crimes).") continues an unfinished block.
* A one-line paragraph all in bold (optionally followed by a parenthesis), at
  most 90 characters and not ending with "." or ",", is a heading: its level is
  that of an earlier ``#`` heading with the same text, else 6 (a minor heading
  under the current section).  "**SO WHAT?** (What is happening?)".
* "This page is intentionally left blank" becomes a paragraph of its own.
* ``<sup>th</sup>`` after a number is joined ("39th"); a footnote number in
  ``<sup>`` glued to a word is dropped ("publication<sup>1</sup> cites").
* Text is cleaned by :func:`common.clean_inline` (HTML, entities, escapes,
  emphasis, NBSP).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import BULLET, HEADING, PARAGRAPH, Block, Cell
from .common import (MARKER_START, RULE_START, clean_inline, ends_sentence, ends_with_stop_word, is_data_line, is_rule,
                     is_web_furniture, next_line, page_marker, paginate, split_blank_page, split_pipe_row,
                     starts_lower)
from .text.inline_rows import pipe_rows_in

_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_UL = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+•●▪◦‣·]|\\\*|\\-)(?:[ \t]+(?P<text>.*))?$")
_OL = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)])[ \t]+(?P<text>\S.*)$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|\t]*\|[^|\t]*\|")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LI_LINE = re.compile(r"^\s*(?:<[uo]l\b[^>]*>\s*)?<li\b", re.I)
_DASH_RULE = re.compile(r"(?:-\s*){3,}")
_DASH_CELL = re.compile(r"^\s*[-–—:=_ ]*\s*$")


@dataclass
class _Draft:
    kind: str
    line: int
    parts: list[str] = field(default_factory=list)
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    cells: list[list[Cell]] = field(default_factory=list)  # an HTML table, already clean
    method: str = "markdown"
    indent: int = 0
    gap_before: int = 0  # blank lines / markers between this and the previous draft
    ordered: bool = False

    @property
    def text(self) -> str:
        return " ".join(p.strip() for p in self.parts if p.strip())


def _indent_width(s: str) -> int:
    return len(s.expandtabs(4))


def _html_table(markup: str) -> list[list[Cell]]:
    """The cells of the first ``<table>`` in ``markup``, read by the HTML loader's table reader
    (spans, header cells and covered positions kept); empty rows and right-hand columns
    empty in every row dropped."""
    from lxml import etree
    from lxml import html as lxml_html

    from .html import table_cells

    try:
        frag = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    table = frag.find(".//table")
    if table is None:
        return []
    rows = [r for r in table_cells(table) if any(c.text for c in r)]
    width = max((len(r) for r in rows), default=0)
    while width > 1 and all(not r[width - 1].text and not r[width - 1].covered for r in rows):
        width -= 1
    return [r[:width] for r in rows]


def _trim_table(rows: list[list[str]]) -> list[list[str]]:
    """Drop separator rows and right-hand columns that are empty in every row."""
    rows = [r for r in rows if any(c.strip() for c in r) and not all(_DASH_CELL.match(c) for c in r)]
    if not rows:
        return rows
    width = max(len(r) for r in rows)
    while width > 1 and all(len(r) < width or not r[width - 1].strip() for r in rows):
        width -= 1
    return [r[:width] for r in rows]


def _lines_and_pages(text: str) -> tuple[list[str], dict[int, int], bool]:
    """The lines of ``text`` without form feeds, the page of each line (1-based, from form
    feeds) and whether the text has form feeds between pages at all."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    has_ff = "\f" in text.strip("\f \n")
    if "\f" not in text:  # one page
        return lines, dict.fromkeys(range(1, len(lines) + 1), 1), has_ff
    ff_page: dict[int, int] = {}
    page = 1
    for idx, raw in enumerate(lines, start=1):
        lead = len(raw) - len(raw.lstrip("\f"))
        page += lead
        ff_page[idx] = page
        page += raw.count("\f") - lead
    return [ln.replace("\f", "") for ln in lines], ff_page, has_ff


_TABLE_START = re.compile(r"^\s*<table\b", re.I)


def _cell_line(line: str) -> bool:
    """A line holding one cell of a pipe row broken one cell a line: "997 |", or "|" alone (an empty cell)."""
    t = line.strip()
    return t.endswith("|") and t.count("|") == 1


def _broken_row(lines: list[str], j: int, width: int) -> Optional[list[str]]:
    """The cells of a pipe row broken one cell a line from ``lines[j]`` on: a "|" line (the row's
    leading pipe), then exactly ``width`` cell lines, then a line that is no cell, or the "|" of
    the next row; None for anything else."""
    if j + width >= len(lines) or lines[j].strip() != "|" \
            or not all(_cell_line(lines[j + c]) for c in range(1, width + 1)):
        return None
    after = lines[j + width + 1] if j + width + 1 < len(lines) else ""
    if _cell_line(after) and after.strip() != "|":
        return None  # (a row with more cells than the header)
    return [lines[j + c].strip()[:-1].strip() for c in range(1, width + 1)]


_MAX_BROKEN_WIDTH = 40


def _broken_table_width(lines: list[str], i: int) -> int:
    """The column count of a pipe table broken one cell a line whose header starts at ``lines[i]``
    (its leading "|" line, then one line per header cell, then the separator row, which counts the
    columns); 0 when none starts there."""
    if lines[i].strip() != "|":
        return 0
    k = i + 1
    # (a header of more than _MAX_BROKEN_WIDTH cells is none a page prints: the scan stops there, so
    # a long run of cell lines is not rescanned from each of its "|" lines)
    while k < len(lines) and k - i <= _MAX_BROKEN_WIDTH and _cell_line(lines[k]):
        k += 1
    sep = lines[k].strip() if k < len(lines) else ""
    width = k - i - 1
    if width < 2 or not (sep.startswith("|") and _PIPE_SEP.match(sep)) or len(split_pipe_row(sep)) != width:
        return 0  # (cell lines running on into a later header count more cells than its separator)
    return width


def _broken_pipe_table(lines: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """(rows, next line index) of a pipe table whose rows a converter broke one cell a line (a
    police.uk FOI page saved as Markdown: "|" / "|" / "Q1 |" / "Q2 |" / "|---|---|---|" / "|" /
    "2022 |" / "997 |" / "104 |"); the separator row gives the column count, and every row must be
    its leading "|" and exactly that many cells (None otherwise: the lines stay as they are). A
    row right over a separator row of its own is the next table's header."""
    width = _broken_table_width(lines, i)
    if not width:
        return None
    header = _broken_row(lines, i, width)
    if header is None:
        return None
    rows = [header]
    j = i + width + 2
    while j < len(lines) and lines[j].strip() == "|" and not _broken_table_width(lines, j):
        row = _broken_row(lines, j, width)
        if row is None:
            return None  # a row that does not fit: which cell is which cannot be told
        rows.append(row)
        j += width + 1
    return (rows, j) if len(rows) >= 2 else None


_TABLE_CLOSE = re.compile(r"</table>", re.I)
_LETTER = re.compile(r"[A-Za-z]")


def _wrapped_header(lines: list[str], i: int) -> bool:
    """``lines[i]`` and ``lines[i + 1]`` are one pipe table header row wrapped over two lines, right
    over the separator row (Ashfield DC: "Changes in the Budget | 2023/2024 Net Expenditure (£
    thousands) |" / "Effect on Council Tax |" / "---|---|---|"): both lines end with "|", neither
    is a separator, their cells together are as many as the separator's, and every cell is words
    (no cell empty, none a value)."""
    first, second, sep = lines[i], lines[i + 1], lines[i + 2]
    if "|" not in second or "|" not in sep or not _PIPE_SEP.match(sep) or _PIPE_SEP.match(first) \
            or _PIPE_SEP.match(second) or not (first.rstrip().endswith("|") and second.rstrip().endswith("|")):
        return False
    cells = split_pipe_row(first) + split_pipe_row(second)
    if len(cells) != len(split_pipe_row(sep)) or len(cells) < 2:
        return False
    return all(_LETTER.search(c) and not is_data_line(c.strip()) for c in cells)


def _read_table(lines: list[str], i: int) -> Optional[tuple[Optional[_Draft], int]]:
    """A table starting at line ``i`` (HTML ``<table>``, tab-separated lines, or a pipe table:
    a header row followed by a separator row): (its draft or None when empty, the next line
    index); None when no table starts there."""
    n, raw, no = len(lines), lines[i], i + 1
    if "<" in raw and _TABLE_START.match(raw.strip().replace("\u00a0", " ").strip()):
        j = i
        buf = []
        while j < n:
            buf.append(lines[j])
            if _TABLE_CLOSE.search(lines[j]):
                break
            j += 1
        cells = _html_table("\n".join(buf))
        return (_Draft("table", no, cells=cells, method="html") if cells else None), j + 1
    if "\t" in raw:
        j = i
        rows = []
        while j < n and "\t" in lines[j] and lines[j].strip():
            rows.append(lines[j].split("\t"))
            j += 1
        rows = _trim_table(rows)
        return (_Draft("table", no, rows=rows) if rows else None), j
    if raw.strip() == "|":
        broken = _broken_pipe_table(lines, i)
        return None if broken is None else (_Draft("table", no, rows=_trim_table(broken[0])), broken[1])
    wrapped = "|" in raw and i + 2 < n and _wrapped_header(lines, i)
    if wrapped or "|" in raw and _PIPE_ROW.match(raw) and i + 1 < n and _PIPE_SEP.match(lines[i + 1]) \
            and "|" in lines[i + 1] + raw:
        j = i
        rows = []
        if wrapped:  # the header row's two lines as one row, then the separator
            rows.append(split_pipe_row(raw) + split_pipe_row(lines[i + 1]))
            j = i + 2
        while j < n and lines[j].strip() and ("|" in lines[j]):
            if j > i + 1 and j + 1 < n and _PIPE_SEP.match(lines[j + 1]) and not _PIPE_SEP.match(lines[j]):
                break  # a header row over its own separator: the next table starts here
            if not _PIPE_SEP.match(lines[j]):
                rows.append(split_pipe_row(lines[j]))
            j += 1
        rows = _trim_table(rows)
        return (_Draft("table", no, rows=rows) if rows else None), j
    if "|" in raw and _PIPE_ROW.match(raw) and i + 1 < n and "|" in lines[i + 1]:
        # pipe rows without a separator row (a web table saved as text, North Yorkshire's and
        # Cleveland's PCC budget pages): read as a .txt file's are (text loader, rule 13)
        found = pipe_rows_in(lines, i)
        if found is not None:
            return _Draft("table", no, rows=_trim_table(found[0])), found[1]
    return None


_BULLET_LINE = re.compile(r"^\s*(?:\*\*)?\s*([•●▪])\s*(.*)$")
_HTML_LIST_ITEM = re.compile(r"<li\b[^>]*>(.*?)(?:</li>|(?=<li\b)|(?=</[uo]l>)|$)", re.I | re.S)


def _marked_line(raw: str, stripped: str, no: int, in_para: bool) -> Optional[list[_Draft]]:
    """The drafts of a line marked as a heading (``#``) or list item (``-``, ``1.``,
    ``<li>``); an empty list for an empty heading; None for any other line."""
    m = _ATX.match(raw) if "#" in raw else None
    if m:
        body = m.group(2) or ""
        if not clean_inline(body):
            return []
        bm = _BULLET_LINE.match(body)
        if bm:
            return [_Draft(BULLET, no, [bm.group(2)], level=0)]
        return [_Draft(HEADING, no, [body], level=len(m.group(1)))]
    if "<" in stripped and _LI_LINE.match(stripped):
        items = _HTML_LIST_ITEM.findall(stripped)
        base = _indent_width(raw[: len(raw) - len(raw.lstrip())])
        return [_Draft(BULLET, no, [it], indent=base) for it in items]
    um = _UL.match(raw)
    om = None if um else _OL.match(raw)
    if um and um.group("marker") == "+" and in_para:
        um = None  # "Cyber flagged\n+ key word": a continuation, not a list
    if not (um or om):
        return None
    mm = um or om
    body = mm.group("text") or ""
    if om:
        body = mm.group("marker") + " " + body
    return [_Draft(BULLET, no, [body], indent=_indent_width(mm.group("indent")), ordered=bool(om))]


def _left_out(lines: list[str], i: int, stripped: str) -> bool:
    """Line ``i`` (``stripped``) is a rule, or a web page's link or label ("[Skip to main content](#main)",
    "Browse By"): left out, as the text and HTML loaders leave it out."""
    if stripped[0] in RULE_START and (is_rule(stripped) and not _UL.match(lines[i]) or _DASH_RULE.fullmatch(stripped)):
        return True
    return is_web_furniture(stripped, clean_inline if stripped[0] in "[*_" else None, lambda: next_line(lines, i + 1))


def parse_markdown(doc, text: str) -> None:
    """Fill ``doc.pages`` from converter Markdown (rules in the module docstring)."""
    lines, ff_page, has_ff = _lines_and_pages(text)

    drafts: list[_Draft] = []
    markers: list[tuple[int, int]] = []
    para: Optional[_Draft] = None
    gap = 0

    def flush() -> None:
        nonlocal para
        if para is not None:
            drafts.extend(_unwrapped_lines(para))
            para = None

    def add(d: _Draft) -> None:
        nonlocal gap
        flush()
        d.gap_before = gap
        gap = 0
        drafts.append(d)

    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        no = i + 1
        stripped = raw.strip().replace("\u00a0", " ").strip()
        if not stripped:
            flush()
            gap += 1
            i += 1
            continue
        pm = page_marker(stripped) if stripped[0] in MARKER_START else None
        if pm is not None:
            flush()
            markers.append((no, pm))
            gap += 1
            i += 1
            continue
        table = _read_table(lines, i)
        if table is not None:
            draft, i = table
            if draft is not None:
                add(draft)
            continue
        if _left_out(lines, i, stripped):
            flush()
            gap += 1
            i += 1
            continue
        found = _marked_line(raw, stripped, no, para is not None)
        if found is not None:
            for d in found:
                add(d)
            i += 1
            continue
        # paragraph text line
        ind = _indent_width(raw[: len(raw) - len(raw.lstrip())])
        if para is None:
            # an indented line right under a list item continues that item (lazy continuation)
            if gap == 0 and drafts and drafts[-1].kind == BULLET and ind >= 2:
                drafts[-1].parts.append(stripped)
                i += 1
                continue
            para = _Draft(PARAGRAPH, no, [stripped], indent=ind)
            para.gap_before = gap
            gap = 0
        else:
            para.parts.append(stripped)
        i += 1
    flush()

    _nest_bullets(drafts)
    drafts = _join_broken(drafts)
    blocks = _to_blocks(drafts)
    paginate(doc, blocks, ff_page_of_line=ff_page if has_ff else None, markers=markers)


_UNWRAPPED = 150  # no converter wraps a paragraph's lines this long: a longer line is a whole paragraph


def _unwrapped_lines(para: _Draft) -> list[_Draft]:
    """``para``, or one paragraph a line when one of its lines is longer than a converter wraps lines
    (:data:`_UNWRAPPED`): a web page saved as text, its paragraphs one a line with no blank line
    between them, is read as Markdown when a pipe table is in it (police.uk force pages: Northamptonshire,
    Cambridgeshire, Kent), and its lines are not one paragraph."""
    if len(para.parts) < 2 or all(len(p) <= _UNWRAPPED for p in para.parts):
        return [para]
    out = []
    for k, part in enumerate(para.parts):
        d = _Draft(PARAGRAPH, para.line + k, [part], indent=para.indent if k == 0 else 0)
        d.gap_before = para.gap_before if k == 0 else 0
        out.append(d)
    return out


def _nest_bullets(drafts: list[_Draft]) -> None:
    """Bullet levels from indentation: each deeper indentation opens a level."""
    stack: list[int] = []
    prev_kind = None
    for d in drafts:
        if d.kind != BULLET:
            if d.kind != PARAGRAPH:
                stack = []
            prev_kind = d.kind
            continue
        if prev_kind not in (BULLET, PARAGRAPH) or not stack:
            stack = [d.indent]
        else:
            while stack and d.indent < stack[-1] - 1:
                stack.pop()
            if not stack:
                stack = [d.indent]
            elif d.indent > stack[-1] + 1:
                stack.append(d.indent)
        d.level = len(stack) - 1
        prev_kind = BULLET


_FOOTNOTE = re.compile(r"^\s*(?:<sup>\s*\d{1,3}\s*</sup>|\[\^\d+\]:|<?https?://)", re.I)


def _join_target(out: list[_Draft]) -> Optional[_Draft]:
    """The block a broken line continues: the last one, skipping up to two footnotes."""
    k = len(out) - 1
    skipped = 0
    while k >= 0 and out[k].kind == PARAGRAPH and _FOOTNOTE.match(out[k].parts[0]) and skipped < 2:
        k -= 1
        skipped += 1
    if k >= 0 and out[k].kind in (PARAGRAPH, BULLET):
        return out[k]
    return None


def _join_broken(drafts: list[_Draft]) -> list[_Draft]:
    """Re-join paragraphs broken by the converter (rules in the module docstring)."""
    out: list[_Draft] = []
    for d in drafts:
        if d.kind == PARAGRAPH and out:
            nxt = clean_inline(d.text)
            lower = starts_lower(nxt)
            target = _join_target(out) if lower else (out[-1] if out[-1].kind in (PARAGRAPH, BULLET) else None)
            if target is not None and nxt:
                prev = clean_inline(target.text)
                if prev and not ends_sentence(prev) and not BLANKISH.search(prev) and (
                        lower
                        or (ends_with_stop_word(prev) and nxt[:1].isalnum())
                        # "... an increase of 10.4 per cent" + "(621 DA crimes)."
                        or (nxt.startswith("(") and len(nxt) <= 40 and ends_sentence(nxt))):
                    target.parts.append(d.text)
                    continue
        out.append(d)
    return out


BLANKISH = re.compile(r"intentionally (?:left )?blank", re.I)


_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<b>[^*_].*?)(?:\*\*|__)\s*(?P<rest>\([^()]*\))?\s*$")


def _pseudo_heading(d: _Draft) -> bool:
    """A one-line paragraph all in bold (optionally followed by a parenthesis) that reads
    like a heading: at most 90 characters, not ending with a full stop or comma."""
    if d.kind != PARAGRAPH or len(d.parts) != 1:
        return False
    m = _BOLD_LINE.match(d.parts[0])
    if not m or "**" in m.group("b"):
        return False
    t = clean_inline(d.parts[0])
    return 0 < len(t) <= 90 and not t.endswith((".", ",", ";"))


def _to_blocks(drafts: list[_Draft]) -> list[Block]:
    blocks: list[Block] = []
    seen_levels: dict[str, int] = {}
    for d in drafts:
        if _pseudo_heading(d):
            # a bold line takes the level of an earlier real heading with the same text, else 6
            text = clean_inline(d.text)
            blocks.append(Block(HEADING, text=text, line=d.line, level=seen_levels.get(text.lower(), 6)))
            continue
        if d.kind == HEADING:
            seen_levels.setdefault(clean_inline(d.text).lower(), d.level)
        if d.kind == "table":
            rows = d.cells or [[Cell(clean_inline(c)) for c in r] for r in d.rows]
            blocks.append(Block.table(rows, line=d.line, table_method=d.method))
            continue
        text = clean_inline(d.text)
        if not text:
            continue
        if d.kind == HEADING:
            blocks.append(Block(HEADING, text=text, line=d.line, level=d.level))
        elif d.kind == BULLET:
            blocks.append(Block(BULLET, text=text, line=d.line, level=d.level))
        else:
            for part in split_blank_page(text):
                blocks.append(Block(PARAGRAPH, text=part, line=d.line))
    return blocks
