"""Plain text converted from PDF (pdftotext-like) into blocks.

Rules, in the order they apply:

1. **Pages.**  A form feed (``\\f``) ends a page (pdftotext; any form feed marks the
   text as paged, and a trailing one does not open an empty last page); a line that is only
   "Page N" / "# Page N" is a page marker (see :func:`common.paginate` for how
   markers become page numbers).  Without either, ``page_marked`` is False and
   every ``block.page`` is None.  Every block keeps its 1-based source ``line``.
2. **Tables.**  Two or more adjacent lines whose fields are separated by tabs
   form a table block (space-aligned tables: rule 7).  (Two spaces are not a separator: pdftotext puts two spaces
   after a full stop.)  Forms such as "Action Date Due Progress" on one line followed by
   action lines and "Jan 24 90%" lines are *not* tables here: they stay
   paragraphs, in order (a header printed one cell per line: rule 11).
3. **Bullets.**  A line starting with a bullet glyph (``• – — ― - ● ▪ ◦ ○ ■ □ ➢
   ✓ * ·``) followed by a space is a bullet.  Nesting level: by indentation
   when bullets are indented differently; otherwise a bullet whose glyph differs
   from the previous bullet's is nested one level under it when that previous
   bullet ends with ":" (pdftotext slides: "– Silent calls ... reduction:" then
   "• June ..."), returns to the level of an earlier bullet with the same glyph,
   and otherwise stays at the same level.
4. **Re-joining broken lines.**  A non-bullet line continues the block above
   (paragraph or bullet) when the block's last line does not end a sentence
   (``. ! ? : ;``, optionally followed by a quote or bracket) and the new line is
   not a heading of the strong kind (rule 5a/5b), not a data-only line ("Jan 24
   90%", "75%"), and at most two blank lines (three when it starts in lower
   case) separate them, and one of these holds: the new line starts in lower
   case; the last line had trailing whitespace (pdftotext keeps the space before
   a wrap); the last line ends with a function word ("the", "of", "and", ...); or
   the last line is long (>= 60 characters) or directly above (no blank line),
   and neither line is heading-like.  A data-only line joins only when it ends
   with "." ("2022."), follows a function word, or follows a bullet's wrapped
   line.  A line ending with ";" or "," is continued by a lower-case line.  A
   bullet that ended a sentence is continued by an adjacent (no blank line),
   non-heading line when its last line is long (>= 55 characters): pdftotext
   wraps "... data errors." / "Median is ...".  A dash "bullet" whose text
   starts in lower case after an unfinished line is part of that line
   ("... at a local" / "– national level").
5. **Headings** (a paragraph of at most 90 characters that does not end with
   ``. , ; :`` and holds no ``% £ =``):
   a. "Priority 1: ...", "PRIORITY 2 - ...", "Objective 3", "Part II", "Section 4" -> level 1;
   b. ALL-CAPS lines (the text before any parenthesis is upper case, with at
      least two words or followed by a parenthesis: "QUARTERLY UPDATES",
      "SO WHAT? (What is happening?)") -> level 2;
   c. short title-like lines -> level 3: at most 8 words, starting with a
      capital, and either at most 4 words or at least 3/4 of the significant
      words capitalised ("Data Summary", "Risks and issues", "Crime &
      Communication Centre – 999 Service").  A line made of column-header words
      only ("Action Date Due Progress", "Acronym Value") is a paragraph, and a
      run of 6 or more consecutive title-like lines is a list (a glossary, a
      diagram's labels), so they stay paragraphs.
6. **Bands (pdftotext -layout).**  A line with a run of three or more spaces between two
   words is a *seed*.  Two or more seeds on one page, at most two blank lines apart (with the
   lines between them), form a band; the lines just below a band that sit inside one of its
   columns (indented to a right-hand column, or directly below) and those just above it
   indented to a right-hand column join it.  Text without such bands is read as in rules 1-5.
7. **Columns of a band.**  A column boundary is proposed where some line has a field (text
   after two or more spaces) starting at x; it is kept when every line of the band has a space
   within four characters left of x (pdftotext rounds positions), and where the cut would
   separate two words one space apart on some lines ("17.7% ▲ Increasing"), at least
   min(2, that many) other lines have text on both sides two or more spaces apart (else it is a
   space inside a cell, "12 Months").  Cells are the text between a line's cuts, so an empty
   cell stays in its column; nothing is split on runs of spaces.
8. **Flows or table.**  A column is *running text* when its cells average 25+ characters,
   at most a fifth are values and at least 30% are bullets or end with ``. ! ? :``.  Each
   running-text column is a flow of its own, read left to right, and its lines go through
   rules 3-5 (indentation relative to the column; a new flow never continues the one before).
   Adjacent other columns are re-read as a band of their own (a table beside text); a band
   that is all non-text columns is a table: the first line (when it holds no value) and the
   adjacent lines below it with an empty first cell and no value are the header, merged per
   column; a body line with an empty first cell continues the row above (unless it would put
   a value on a value); a label-only line directly below a row with values continues it
   unless the next line holds that row's values.  A value is a number with at most a unit or a
   glyph after it ("-1.2% points ▼", "00:00:12") or a date/percent line ("Jan 24", "90%").
   In a flow, a line too full for the next line's first word (within a twelfth of the flow's
   width) is continued by the adjacent line below, even after a full stop.  A line that
   closes a bracket left open by the line above continues it ("(Pages" / "9 - 40)").
9. **Running headers and footers.**  With two or more form-feed pages, a line among the first
   or the last two of a page (at most 80 characters, not a seed, not a cell of a deliverables
   table of rule 11) whose text - or a bare page number - stands at the same edge of at least
   half the pages is dropped.

10. **Table residue (pdftotext default mode).**  Rules 11 and then 10 apply to the lines rules 6-8
   leave, before rules 3-5.  Default mode prints a table one cell per line (row by row, or column
   by column).  Each line outside a band is classed as a *value* (a number
   with at most a unit, a direction glyph and a trend word: "9,429", "17.7% ▲ Increasing",
   "~~~~~ 10,562", "00:00:12", "Jan 24", "90%"), a *glyph* ("^", "Q", "Increasing"), a *header*
   (column-header and period words only: "Measure", "3 Months to", "Oct-2023", "Date Due"), a
   *label* (at most 45 characters and 7 words, Title Case, no auxiliary verb: "Call Answered
   Volume: 999", "Three, Eight-Month High"), a short lower-case *wrap* of the line above in the
   same text block ("to 3 Years'"), or text (longer, a bullet, a strong heading, ends with
   ``. , ; : ? !``).  A run starts at a value or header line and goes on over classed lines
   (at most two blank lines apart, one page) until a text line, or a label line directly above
   a first-column header ("Response Times – Immediate" / "Measure": the next table's title);
   trailing labels, headers and wraps are left out (a heading below the table).  The run is a
   table when three or more value lines stand together (only glyphs between them): a table
   prints a row's or a column's values next to each other, while a dashboard's tiles (label /
   "(4 months)" / value, repeated) stay text.  The table has one column and one row per line (a
   plain wrap - lower-case start, a closing bracket, a line after a function word - joins its
   cell: "3 Months to" / "Jul-2024"); measure tables are not rebuilt from it (the cell order
   cannot be trusted), so no measure comes out of it and no narrative figure either, and every
   cell stays in the model.
11. **Deliverables (pdftotext default mode).**  Two or three consecutive header lines that read
   "Action(s)/Deliverable(s)/Milestone(s)" + "Date Due/Due Date/Due/Deadline/Target Date/
   Timescale(s)" + "Progress" ("Action" / "Date Due" / "Progress") start a three-column table
   (the header on one line, "Action Date Due Progress", stays a paragraph, read by the
   deliverables extractor as text).  Each row is one or more action lines (adjacent lines are one
   cell; blank-separated fragments are rows of their own with empty date and progress, grouped
   by the extractor), then a date line ("Jan 24", "12 March 2024", "Ongoing", "TBC") and a percent
   line ("90%"), or one line with both ("Jan 24 90%").  Bullets between rows (a text column
   printed beside the table) are kept as bullets after the table.  The table ends before the
   first row whose cells do not parse in that order (nothing is guessed); when the first row
   does not parse, there is no table.  With form feeds, a cell of such a table is never taken
   for a running header or footer (the same rows at the foot of every page of a repeated slide).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import BULLET, HEADING, PARAGRAPH, Block, Cell
from ..normalise import parse_date
from .common import (clean_inline, ends_sentence, ends_with_stop_word, is_data_line, is_rule,
                     page_marker, paginate, split_blank_page, starts_lower)

BULLET_GLYPHS = "•–—―-●▪◦○■□➢✓*·‣⁃►▶❖♦◆➤✔"
# dash-like glyphs and "*" need a space after them ("-17.6%" is a number); round glyphs may touch the text
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<glyph>[-–—―*·])[ \t]+|"
                     r"(?P<glyph2>[•●▪◦○■□➢✓‣⁃►▶❖♦◆➤✔\uf0b7\uf0a7\uf0d8\uf076])[ \t]*)(?P<text>\S.*)$")
_COL_SPLIT = re.compile(r"\t+|\s{3,}")

SMALL_WORDS = frozenset("""a an the of and or & in on at to for by with from as vs v via per
out into up is are was were be incl""".split())
HEADER_WORDS = frozenset("""action actions date dates due progress status owner owners measure measures
value values target targets rag total totals q1 q2 q3 q4 item items description lead name names
role comments comment update updates deadline acronym acronyms term terms definition meaning
result results rating score change trend period year month actual forecast budget variance
no no. ref reference number""".split())

_KEYWORD_HEADING = re.compile(
    r"^(?:priority|objective|section|part|chapter|appendix|annex|theme|strand)\s+"
    r"(?:\d+(?:\.\d+)*|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z])\b"
    r"\s*(?:[:.\-–—)]|$)", re.I)


@dataclass
class _Line:
    no: int            # 1-based line number
    raw: str           # without the newline, form feeds removed
    text: str          # stripped
    blank_before: int  # blank lines between the previous non-blank line and this one
    room: int = -1  # layout flow: characters left before the flow's right edge (-1: unknown)


@dataclass
class _Draft:
    kind: str
    line: int
    parts: list[str] = field(default_factory=list)
    last_raw: str = ""
    last_room: int = -1
    level: int = 0
    glyph: str = ""
    indent: int = 0
    rows: list[list[str]] = field(default_factory=list)
    joined: bool = False
    src: list[int] = field(default_factory=list)  # line numbers of a rebuilt table's cells

    @property
    def text(self) -> str:
        return " ".join(self.parts)


# --------------------------------------------------------------------------
# heading tests (shared with the Markdown loader for bold pseudo-headings)
# --------------------------------------------------------------------------

def _strip_parens(t: str) -> str:
    return re.sub(r"\([^)]*\)", " ", t)


def is_keyword_heading(t: str) -> bool:
    return bool(_KEYWORD_HEADING.match(t)) and len(t) <= 120


def is_caps_heading(t: str) -> bool:
    if "(" in t:
        head = t.split("(", 1)[0].strip()
        has_paren = True
    else:
        head, has_paren = t.strip(), False
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return False
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 or (has_paren and len(words) == 1)


def is_header_row(t: str) -> bool:
    words = [w.strip(":").lower() for w in t.split()]
    return len(words) >= 2 and all(w in HEADER_WORDS for w in words)


def is_title_like(t: str) -> bool:
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith(":") or ": " in t:
        return False
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 8 or not any(w[0].isupper() for w in words):
        return False
    if is_header_row(t):
        return False
    sig = [w for w in _strip_parens(t).split()
           if any(c.isalpha() for c in w) and w.lower().strip("-–—,") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper())
    return len(words) <= 4 or caps / len(sig) >= 0.75


def heading_level(t: str) -> Optional[int]:
    """Level of a heading-like text line, or None (see module docstring, rule 5)."""
    if not t or len(t) > 120:
        return None
    if is_keyword_heading(t) and not t.rstrip().endswith((",", ";")):
        return 1
    if len(t) > 90 or t.rstrip().endswith((".", ",", ";", ":")) or re.search(r"[%£=]", t):
        return None
    if is_data_line(t):
        return None
    if is_caps_heading(t):
        return 2
    if is_title_like(t):
        return 3
    return None


def _strong_heading(t: str) -> bool:
    return (is_keyword_heading(t) and not t.endswith((",", ";"))) or (
        is_caps_heading(t) and len(t) <= 90 and not t.endswith((".", ",", ";")))


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------

def _split_cols(raw: str) -> list[str]:
    """Fields of a line: tab-separated lines split on every tab (so an empty first,
    middle or last cell keeps its place); others on runs of three or more spaces."""
    s = raw.rstrip(" \r\n")
    if "\t" in s:
        return [c.strip() for c in s.strip(" ").split("\t")]
    return [c for c in _COL_SPLIT.split(s.strip())]


def _table_run(lines: list[_Line], i: int) -> int:
    """Number of lines of a table starting at lines[i] (0 when none).

    Space-aligned rows must all have the same number of fields; tab-separated rows
    only need two or more (short rows are padded with empty cells), because a
    converter drops trailing empty cells and starts continuation rows with a tab."""
    first = lines[i]
    n = len(_split_cols(first.raw))
    if n < 2 or _BULLET.match(first.raw):
        return 0
    tabbed = "\t" in first.raw
    j = i + 1
    while j < len(lines) and isinstance(lines[j], _Line) and lines[j].blank_before == 0 \
            and page_marker(lines[j].raw) is None:
        k = len(_split_cols(lines[j].raw))
        if not (k == n or (tabbed and "\t" in lines[j].raw and k >= 2)):
            break
        j += 1
    return j - i if j - i >= 2 else 0


_SOFT_END = re.compile(r"""[.!?:]["'”’)\]]*\s*$""")


def _should_join(d: _Draft, ln: _Line) -> bool:
    if d.kind not in (PARAGRAPH, BULLET):
        return False
    prev = d.last_raw.rstrip()
    t = ln.text
    if not prev:
        return False
    trailing = d.last_raw != d.last_raw.rstrip()
    lower = starts_lower(t) and not re.match(r"(?:https?://|www\.)", t)
    if _strong_heading(t):
        return False
    if d.kind == PARAGRAPH and not d.joined and not trailing and _strong_heading(prev):
        return False
    if ln.blank_before > (3 if lower else 2):
        return False
    if ln.blank_before == 0 and prev.count("(") > prev.count(")") and t.count(")") > t.count("("):
        return True  # "... (Pages" + "9 - 40)": a bracket closed on the next line
    if ends_sentence(prev):
        # ";" and "," never end a line's sentence for a lower-case continuation
        if lower and not _SOFT_END.search(prev):
            return True
        # a layout flow's line too full for the next line's first word wraps: the next
        # adjacent line continues its paragraph
        if d.last_room >= 0 and ln.blank_before == 0 and len(t.split()[0]) + 1 > d.last_room \
                and not _BULLET.match(ln.raw) \
                and heading_level(t) is None and not is_data_line(t):
            return True
        # a wrapped bullet in a run of adjacent lines: "... data errors." + "Median is ..."
        return (d.kind == BULLET and ln.blank_before == 0 and len(prev) >= 55
                and heading_level(t) is None and not is_data_line(t) and not is_title_like(t))
    if is_data_line(t):
        return (t.endswith(".") or ends_with_stop_word(prev)
                or (d.kind == BULLET and trailing))
    if lower:
        return True
    if trailing or ends_with_stop_word(prev):
        return True
    prev_heading = not d.joined and heading_level(prev) is not None
    if prev_heading or is_title_like(t):
        return False
    return len(prev) >= 60 or ln.blank_before == 0



# --------------------------------------------------------------------------
# layout-mode text (pdftotext -layout): bands of space-aligned lines (rules 6-8)
# --------------------------------------------------------------------------

_SEED = re.compile(r"\S {3,}\S")
_DATA_CELL = re.compile(r"^(?:[-+–−]\s?)?[£$€]?\d|^[▲▼^]\s*$|^(?:n/?a|tbc|-|–)$", re.I)
_BAND_BLANKS = 2      # blank lines allowed inside a band
_MAX_DEPTH = 3


def _is_seed(ln: _Line) -> bool:
    return "\t" not in ln.raw and bool(_SEED.search(ln.raw.rstrip()))


def _span(raw: str) -> tuple[int, int]:
    s = raw.rstrip()
    return len(s) - len(s.lstrip()), len(s)


_FIELD_GAP = re.compile(r" {2,}")


def _segments(raws: list[str]) -> list[tuple[int, list[int]]]:
    """Column boundaries of a band of space-aligned lines (rule 7), each as one cut position per
    line (the character there is a space, or past the line's end): text left of the cut belongs
    to the column on the left.  A boundary is proposed where some line has a field (text after two
    or more spaces) starting at x, and kept when every line has a space within four characters
    left of x (pdftotext rounds positions, so an aligned column starts within a character or two;
    a cell that crosses x with no space there rules the boundary out)."""
    cands: set[int] = set()
    for r in raws:
        r = r.rstrip()
        body = r.lstrip()
        off = len(r) - len(body)
        for m in _FIELD_GAP.finditer(body):
            cands.add(off + m.end())
    cuts: list[tuple[int, list[int]]] = []
    for x in sorted(cands):
        if cuts and x - cuts[-1][0] <= 3:
            continue
        per = []
        for r in raws:
            p = next((q for q in range(x - 1, x - 5, -1) if q >= 0 and (q >= len(r) or r[q] == " ")), None)
            if p is None:
                break
            per.append(p)
        else:
            prev = cuts[-1][1] if cuts else [0] * len(raws)
            if any(pp <= c for pp, c in zip(per, prev)):
                continue
            # a cut between two words one space apart ("17.7% ▲ Increasing", where pdftotext put a
            # value and the next column's text together) needs as many lines that have text on
            # both sides two or more spaces apart; else it is a space inside a cell ("12 Months")
            tight = loose = 0
            for r, q, c0 in zip(raws, per, prev):
                if q >= len(r) or not r[c0:q].strip() or not r[q + 1:x + 3].strip():
                    continue
                if r[q - 1] != " " and q + 1 < len(r) and r[q + 1] != " ":
                    tight += 1
                else:
                    loose += 1
            if tight and loose < min(tight, 2):
                continue
            cuts.append((x, per))
    return cuts


def _split(raw: str, cuts: list, i: int) -> list[str]:
    pos = [0] + [c[1][i] for c in cuts] + [max(len(raw), cuts[-1][1][i] if cuts else 0)]
    return [raw[pos[k]:pos[k + 1]] for k in range(len(pos) - 1)]


def _cells(raws: list[str], cuts: list) -> list[list[str]]:
    return [[c.strip() for c in _split(r, cuts, i)] for i, r in enumerate(raws)]


_NUM_TOKEN = re.compile(r"^[-+–−]?[£$€]?\d[\d,.:]*%?(?:k|m|bn)?$", re.I)
_VALUE_WORDS = frozenset("points point pts pp % ▲ ▼ ^ ~ ↑ ↓ secs sec mins min hrs hr".split())


def _is_data_cell(t: str) -> bool:
    """A value cell: a number with at most a unit or a direction glyph after it ("17.7% ▲",
    "-1.2% points ▼", "00:00:12"), or a date/percent line ("Jan 24", "90%")."""
    if not t:
        return False
    if is_data_line(t):
        return True
    toks = t.split()
    return bool(_NUM_TOKEN.match(toks[0])) and all(w.lower() in _VALUE_WORDS or _NUM_TOKEN.match(w)
                                                    for w in toks[1:])


def _is_prose_segment(cells: list[str]) -> bool:
    """A column of running text beside another column: long lines, bullets, sentence ends."""
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return False
    mean = sum(len(c) for c in cells) / len(cells)
    data = sum(1 for c in cells if _is_data_cell(c))
    marks = sum(1 for c in cells if _BULLET.match(c) or re.search(r"[.!?:]$", c))
    return mean >= 25 and data * 5 <= len(cells) and marks * 10 >= 3 * len(cells)


def _fits(ln: _Line, cuts: list) -> Optional[int]:
    """Index of the one column that holds all of a line's text, else None."""
    a, b = _span(ln.raw)
    k = 0
    for x, _ in cuts:
        if a >= x - 2:
            k += 1
        elif b > x - 1:
            return None
    return k


def _slice_lines(lines: list[_Line], cuts: list, k1: int, k2: int) -> list[_Line]:
    """Columns k1..k2 of each line, as lines of their own (indentation relative to the
    columns' left edge kept); a line empty there counts as a blank line of that flow."""
    out: list[_Line] = []
    blanks = 0
    starts = []
    parts = []
    for i, ln in enumerate(lines):
        pos = [0] + [c[1][i] for c in cuts] + [len(ln.raw)]
        lo, hi = pos[k1], max(pos[k2 + 1], pos[k1])
        starts.append(lo + (1 if k1 else 0))
        parts.append(ln.raw[lo:hi].rstrip())
    base = min(starts)
    for ln, st, part in zip(lines, starts, parts):
        blanks += ln.blank_before
        if not part.strip():
            blanks += 1
            continue
        part = " " * max(0, st - base) + part.lstrip() if part[:1] != " " or True else part
        lead = len(ln.raw[st:]) - len(ln.raw[st:].lstrip()) if st < len(ln.raw) else 0
        txt = " " * (st - base + lead) + part.strip()
        out.append(_Line(ln.no, txt, txt.strip(), blanks))
        blanks = 0
    if out:
        out[0].blank_before = 99  # a new flow never continues the text before it
        width = max(len(ln.raw.rstrip()) for ln in out)
        if width >= 30:
            for ln in out:
                ln.room = max(0, width - len(ln.raw.rstrip()) - max(2, width // 12))
    return out


def _table_from_band(lines: list[_Line], cuts: list) -> Optional[_Draft]:
    """A table block from a band of space-aligned lines (rule 7): cells by the columns' x-ranges,
    wrapped header lines merged, wrapped body cells joined to their row."""
    grid = _cells([ln.raw for ln in lines], cuts)
    has_data = [any(_is_data_cell(c) for c in row[1:]) for row in grid]
    h = 0
    if not has_data[0]:
        h = 1
        # wrapped header cells: adjacent lines below with an empty first cell and no figure
        while h < len(grid) and not grid[h][0] and not has_data[h] and lines[h].blank_before == 0:
            h += 1
    header = [" ".join(grid[k][c] for k in range(h) if grid[k][c]) for c in range(len(cuts) + 1)] if h else None
    rows: list[list[str]] = []
    for k in range(h, len(grid)):
        row = grid[k]
        label_only = bool(row[0]) and not any(row[1:])
        cont = False
        if rows:
            prev = rows[-1]
            if not row[0]:
                # no label: a wrapped cell of the row above unless it would put a value on a value
                cont = not any(c and p and (_is_data_cell(c) or _is_data_cell(p)) for c, p in zip(row, prev))
            elif label_only and lines[k].blank_before == 0 and any(prev[1:]):
                nxt = grid[k + 1] if k + 1 < len(grid) and lines[k + 1].blank_before == 0 else None
                cont = not (nxt is not None and not nxt[0] and any(nxt[1:]))
        if cont:
            rows[-1] = [(p + " " + c).strip() if c else p for p, c in zip(rows[-1], row)]
        else:
            rows.append(list(row))
    if header is not None:
        rows.insert(0, header)
    if len(rows) < 2:
        return None
    return _Draft("table", lines[0].no, rows=rows)


def _layout_items(lines: list[_Line], page_of, depth: int = 0) -> list:
    """Lines and table drafts in reading order: bands of space-aligned lines split into side-by-side
    text flows (each read on its own) and tables (rules 6-8)."""
    out: list = []
    i = 0
    n = len(lines)
    while i < n:
        if not _is_seed(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        # seeds within _BAND_BLANKS blank lines of each other, on one page
        j = i
        last = i
        k = i + 1
        while k < n and lines[k].blank_before <= _BAND_BLANKS and page_of(lines[k]) == page_of(lines[i]):
            if _is_seed(lines[k]):
                last = k
            elif k - last > 3:
                break
            k += 1
        j = last
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        band = list(range(i, j + 1))
        segs = _segments([lines[k].raw for k in band])
        if not segs:
            out.extend(lines[k] for k in band)
            i = j + 1
            continue
        # lines after the band that sit inside one of its columns: indented to a right-hand column,
        # or directly below (no blank line)
        k = j + 1
        while k < n and lines[k].blank_before <= _BAND_BLANKS and page_of(lines[k]) == page_of(lines[i]) \
                and not _is_seed(lines[k]):
            f = _fits(lines[k], segs)
            if f is None or (f == 0 and lines[k].blank_before > 0):
                break
            band.append(k)
            k += 1
        # ... and lines before it indented to a right-hand column
        pre = []
        k = i - 1
        while k >= 0 and out and out[-1] is lines[k] and lines[k + 1].blank_before <= _BAND_BLANKS \
                and page_of(lines[k]) == page_of(lines[i]):
            f = _fits(lines[k], segs)
            if not f:
                break
            pre.insert(0, k)
            k -= 1
        if pre:
            del out[len(out) - len(pre):]
            band = pre + band
        blines = [lines[k] for k in band]
        segs = _segments([ln.raw for ln in blines])
        i = band[-1] + 1
        if not segs:
            out.extend(blines)
            continue
        grid = _cells([ln.raw for ln in blines], segs)
        prose = [_is_prose_segment([row[c] for row in grid]) for c in range(len(segs) + 1)]
        groups: list[list[int]] = []
        for c, p in enumerate(prose):
            if p or not groups or prose[groups[-1][-1]]:
                groups.append([c])
            else:
                groups[-1].append(c)
        if len(groups) == 1:
            t = _table_from_band(blines, segs)
            if t is not None:
                out.append(t)
            else:
                out.extend(blines)
            continue
        for g in groups:
            flow = _slice_lines(blines, segs, g[0], g[-1])
            if len(g) > 1 and depth < _MAX_DEPTH:
                # re-read the flow on its own, relative to its left edge
                out.extend(_layout_items(flow, page_of, depth + 1))
            else:
                out.extend(flow)
    return out


# --------------------------------------------------------------------------
# default-mode pdftotext: a table's cells one per line (rules 10-11)
# --------------------------------------------------------------------------

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_YEAR = re.compile(rf"^{_MONTHS}[-/ ]?(?:\d{{2}}|\d{{4}})$", re.I)
_DATE_CELL = re.compile(
    rf"^(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}[\s\-/]+(?:\d{{2}}|\d{{4}})|"
    r"\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}))$", re.I)
_DATE_WORD_CELL = re.compile(r"^(?:on[- ]?going|tbc|tba|tbd|complete[d]?|n/?a)$", re.I)
_PCT_CELL = re.compile(r"^\d{1,3}(?:\.\d+)?\s?%$")
_TREND_WORDS = frozenset("""increasing decreasing increase decrease stable improving deteriorating
improved deteriorated worse better up down no change same static steady""".split())
_GLYPHS = "~^▲▼△▽↑↓→←↗↘◆●○■□▪▶◀►◄⬆⬇"
_PERIOD_HEADER_WORDS = frozenset("""to vs vs. versus from since up months month years year weeks week
days day quarter quarters rolling trend trends line data exception exceptions weighting statistical
ytd fytd last previous prior current baseline latest this same average avg mean median high low rate
sparkline direction performance""".split())
_VERBISH = frozenset("""is are was were be been being has have had will would can could should may
might must shall do does did""".split())
# first-column header words: a title line directly above one of them names the next table
_FIRST_HEADER = frozenset("measure measures action actions indicator indicators metric metrics".split())


def _value_cell(t: str) -> bool:
    """A value cell of a table printed one cell per line: a number with a unit, a direction glyph
    and a trend word at most ("17.7% ▲ Increasing", "~~~~~ 10,562", "00:00:01 ^ Increasing"), or a
    date/percent line ("Jan 24", "90%")."""
    toks = t.split()
    while toks and all(c in _GLYPHS for c in toks[0]):
        toks = toks[1:]
    if not toks:
        return False
    while toks and toks[-1].lower() in _TREND_WORDS:
        toks = toks[:-1]
    return bool(toks) and _is_data_cell(" ".join(toks))


def _filler_cell(t: str) -> bool:
    """A glyph, a one-letter sparkline label or a bare trend word ("^", "~~~~~", "Q", "Increasing")."""
    if all(c in _GLYPHS or c.isspace() for c in t):
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    return all(w.lower() in _TREND_WORDS for w in t.split())


def _header_cell(t: str) -> bool:
    """Words of a column header only ("Measure", "3 Months to", "Oct-2023", "Date Due",
    "Trend Line (Up", "to 3 Years'", "Exception Weighting")."""
    words = [w.strip("()'’:,.").lower() for w in t.split()]
    words = [w for w in words if w]
    return bool(words) and all(
        w in HEADER_WORDS or w in _PERIOD_HEADER_WORDS or w + "." in _PERIOD_HEADER_WORDS
        or _MONTH_YEAR.match(w) or re.fullmatch(r"\d{1,4}", w) for w in words)


def _label_cell(t: str) -> bool:
    """A short Title-Case label, no sentence ("Call Answered Volume: 999", "Three, Eight-Month
    High", "Statistical Exceptions"): at most 45 characters and 7 words, starts with a capital,
    at least 3/4 of the significant words capitalised, no auxiliary verb."""
    if len(t) > 45 or not t[:1].isupper():
        return False
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 7:
        return False
    if any(w.lower() in _VERBISH for w in words):
        return False
    sig = [w for w in words if w.lower().strip(",-–—") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper() or w[:1].isdigit())
    return caps * 4 >= len(sig) * 3


def _residue_class(ln: _Line, first_in_group: bool) -> Optional[str]:
    """V (value), F (filler glyph), H (header words), L (label), C (a wrapped part of the cell
    above) or None (text: a sentence, a bullet, a heading of the strong kind)."""
    t = ln.text
    if len(t) > 60 or _BULLET.match(ln.raw) or "\t" in ln.raw:
        return None
    if t.endswith((".", ",", ";", ":", "?", "!")) and not t.endswith("vs."):
        return None
    if "?" in t or "!" in t or _strong_heading(t):
        return None
    if _value_cell(t):
        return "V"
    if _filler_cell(t):
        return "F"
    if _header_cell(t):
        return "H"
    if _label_cell(t):
        return "L"
    if not first_in_group and starts_lower(t) and len(t) <= 30 \
            and not any(w.lower() in _VERBISH for w in t.split()):
        return "C"
    return None


def _cell_rows(run: list[_Line]) -> list[list[str]]:
    """One row per line of a residue run; a line that plainly continues the one above in the
    same text block (starts in lower case, closes its bracket, or follows a function word) is
    part of that cell ("3 Months to" / "Jul-2024" stays one cell)."""
    rows: list[list[str]] = []
    for ln in run:
        t = ln.text
        if rows and ln.blank_before == 0:
            prev = rows[-1][0]
            if starts_lower(t) or (prev.count("(") > prev.count(")") and ")" in t) \
                    or ends_with_stop_word(prev) or prev.endswith(("vs.", "-", "–", "&")):
                rows[-1][0] = f"{prev} {t}"
                continue
        rows.append([t])
    return rows


def _residue_tables(items: list, page_of) -> list:
    """Runs of table residue become one-column table blocks (rule 10)."""
    out: list = []
    n = len(items)
    i = 0

    def cls_at(k: int) -> Optional[str]:
        it = items[k]
        if not isinstance(it, _Line):
            return None
        first = k == 0 or it.blank_before > 0 or not isinstance(items[k - 1], _Line) \
            or page_of(items[k - 1]) != page_of(it)
        return _residue_class(it, first)

    classes = [cls_at(k) for k in range(n)]
    while i < n:
        if classes[i] not in ("V", "H"):
            out.append(items[i])
            i += 1
            continue
        # the run: consecutive residue lines on one page, at most two blank lines apart
        j = i + 1
        while j < n and classes[j] is not None and items[j].blank_before <= 2 \
                and page_of(items[j]) == page_of(items[i]):
            # a title line directly above a first-column header starts the next table
            if classes[j] == "L" and j + 1 < n and classes[j + 1] == "H" \
                    and items[j + 1].blank_before == 0 \
                    and items[j + 1].text.lower().split()[0] in _FIRST_HEADER:
                break
            j += 1
        # trailing labels and headers (a heading below the table) are not part of it
        end = j
        while end > i and classes[end - 1] in ("L", "H", "C"):
            end -= 1
        run = items[i:end]
        # a table prints values next to each other (a row's or a column's cells): three or more
        # value lines with only glyphs between them.  Label / value / label / value tiles (a
        # dashboard's boxes) are not a table and stay text.
        stretch = best = 0
        for k in range(i, end):
            if classes[k] == "V":
                stretch += 1
                best = max(best, stretch)
            elif classes[k] != "F":
                stretch = 0
        if best >= 3:
            d = _Draft("table", run[0].no, rows=_cell_rows(run))
            out.append(d)
            i = end
        else:
            # a run starting further on ends at the same place and has no more values: none is
            # a table either
            out.extend(items[i:j])
            i = j
    return out


_DELIV_HEAD = re.compile(
    r"^(?P<a>(?:key\s+)?(?:actions?|deliverables?|milestones?))\s+"
    r"(?P<d>date\s+due|due\s+date|due|deadline|target\s+date|timescales?)\s+(?P<p>progress)$", re.I)
_PCT_END = re.compile(r"^(?P<d>.*?)\s*(?P<p>\d{1,3}(?:\.\d+)?\s?%)$")


_DELIV_HEAD_WORDS = HEADER_WORDS | frozenset(
    "key deliverable deliverables milestone milestones timescale timescales".split())


def _deliv_header_cell(t: str) -> bool:
    words = t.lower().split()
    return 0 < len(words) <= 3 and all(w in _DELIV_HEAD_WORDS for w in words)


def _date_cell(t: str) -> bool:
    return bool(_DATE_WORD_CELL.match(t)) or (bool(_DATE_CELL.match(t)) and parse_date(t) is not None)


def _deliverable_tables(items: list, page_of) -> list:
    """"Action" / "Date Due" / "Progress" printed one cell per line, and the rows below it
    (action lines, a date line, a percent line) rebuilt into a three-column table (rule 11)."""
    out: list = []
    n = len(items)

    def line_at(k: int, pg) -> Optional[_Line]:
        if k < n and isinstance(items[k], _Line) and items[k].blank_before <= 2 and page_of(items[k]) == pg:
            return items[k]
        return None

    i = 0
    while i < n:
        it = items[i]
        head = None
        if isinstance(it, _Line) and _deliv_header_cell(it.text):
            pg = page_of(it)
            texts = [it.text]
            for nh in (2, 3):
                ln = line_at(i + nh - 1, pg)
                if ln is None or not _deliv_header_cell(ln.text):
                    break
                texts.append(ln.text)
                m = _DELIV_HEAD.match(" ".join(texts))
                if m:
                    head = (nh, [m.group("a"), m.group("d"), m.group("p")])
                    break
        if head is None:
            out.append(it)
            i += 1
            continue
        nh, header = head
        rows: list[list[str]] = []
        moved: list[_Line] = []
        k = i + nh
        while True:
            # bullets beside the table (a text column printed between its rows)
            b = k
            bullets: list[_Line] = []
            while (ln := line_at(b, pg)) is not None and _BULLET.match(ln.raw):
                bullets.append(ln)
                b += 1
                while (ln := line_at(b, pg)) is not None and ln.blank_before == 0 \
                        and not _BULLET.match(ln.raw):
                    bullets.append(ln)
                    b += 1
            # the action: lines of text (adjacent lines are one cell), then a date and a percent
            a = b
            frags: list[str] = []
            while (ln := line_at(a, pg)) is not None and not _BULLET.match(ln.raw) \
                    and not _date_cell(ln.text) and not _PCT_END.match(ln.text) \
                    and not _strong_heading(ln.text) and "?" not in ln.text and len(frags) <= 6:
                if frags and ln.blank_before == 0:
                    frags[-1] = f"{frags[-1]} {ln.text}"
                else:
                    frags.append(ln.text)
                a += 1
            if not frags or len(frags) > 6:
                break
            due = pct = ""
            ln = line_at(a, pg)
            if ln is not None and _date_cell(ln.text):
                due = ln.text
                ln = line_at(a + 1, pg)
                if ln is not None and _PCT_CELL.match(ln.text):
                    pct = ln.text
                    a += 2
            elif ln is not None and (m := _PCT_END.match(ln.text)) and _date_cell(m.group("d")):
                due, pct = m.group("d"), m.group("p")
                a += 1
            if not (due and pct):
                break
            rows.extend([f, "", ""] for f in frags[:-1])
            rows.append([frags[-1], due, pct])
            moved.extend(bullets)
            k = a
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


_PAGE_NO = re.compile(r"^(?:page\s+)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s+of\s+\d{1,4})?$", re.I)


def _running_key(ln: _Line) -> Optional[str]:
    t = " ".join(ln.text.split())
    if _PAGE_NO.match(t):
        return "#page-number#"
    if len(t) > 80 or _is_seed(ln):
        return None
    return t


def _drop_running_lines(lines: list[_Line], page_of: dict, n_pages: int,
                        keep: frozenset = frozenset()) -> list[_Line]:
    """Running headers and footers (rule 9): the first two and last two lines of each page are
    compared across pages; a line (at most 80 characters, not a row of columns) whose text - or
    a bare page number - is at the top or at the bottom of at least half the pages (and of two
    or more) is page furniture and is dropped."""
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
    if not drop:
        return lines
    out = []
    carry = 0
    for ln in lines:
        if ln.no in drop:
            carry += ln.blank_before + 1
            continue
        if carry:
            ln.blank_before += carry
            carry = 0
        out.append(ln)
    return out


def parse_text(doc, text: str) -> None:
    """Fill ``doc.pages`` from pdftotext-like ``text`` (rules in the module docstring)."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    has_ff = "\f" in text
    ff_page: dict[int, int] = {}
    page = 1
    lines: list[_Line] = []
    markers: list[tuple[int, int]] = []
    blanks = 0
    for idx, raw in enumerate(raw_lines, start=1):
        if "\f" in raw:
            lead = len(raw) - len(raw.lstrip("\f"))
            page += lead
            ff_page[idx] = page
            page += raw.count("\f") - lead  # form feeds later in the line start the next line's page
            raw = raw.replace("\f", "")
        else:
            ff_page[idx] = page
        raw = raw.replace("\u00a0", " ").rstrip("\r")
        if not raw.strip():
            blanks += 1
            continue
        n = page_marker(raw)
        if n is not None:
            markers.append((idx, n))
            continue
        if is_rule(raw) and len(raw.strip()) >= 3:
            continue
        lines.append(_Line(idx, raw, raw.strip(), blanks))
        blanks = 0

    if has_ff:
        body = text.rstrip(" \n")
        n_pages = body.count("\f") + (0 if body.endswith("\f") else 1)
        ff_page = {k: min(v, n_pages) for k, v in ff_page.items()}
        # the cells of a deliverables table printed one per line (the same rows on every page
        # of a repeated slide) are content, not furniture
        pre = _deliverable_tables(lines, lambda ln: ff_page.get(ln.no, 1))
        keep = frozenset(no for d in pre if isinstance(d, _Draft) for no in d.src)
        lines = _drop_running_lines(lines, ff_page, n_pages, keep)

    drafts: list[_Draft] = []
    cur: Optional[_Draft] = None

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            drafts.append(cur)
        cur = None

    page_of_line = lambda ln: ff_page.get(ln.no, 1)  # noqa: E731
    items = _layout_items(lines, page_of_line)
    items = _deliverable_tables(items, page_of_line)
    items = _residue_tables(items, page_of_line)
    i = 0
    while i < len(items):
        ln = items[i]
        if isinstance(ln, _Draft):
            flush()
            drafts.append(ln)
            i += 1
            continue
        run = _table_run(items, i) if "\t" in ln.raw else 0
        if run:
            flush()
            rows = [_split_cols(items[k].raw) for k in range(i, i + run)]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            drafts.append(_Draft("table", ln.no, rows=rows))
            i += run
            continue
        m = _BULLET.match(ln.raw)
        if m and m.group("glyph") and starts_lower(m.group("text")) and cur is not None \
                and cur.kind in (PARAGRAPH, BULLET) and not ends_sentence(cur.last_raw):
            m = None  # "... at a local" + "– national level": a dash inside a wrapped sentence
            cur.parts.append(ln.text)
            cur.last_raw = ln.raw
            cur.joined = True
            i += 1
            continue
        if m:
            flush()
            indent = len(m.group("indent").expandtabs(4))
            cur = _Draft(BULLET, ln.no, [m.group("text").strip()], last_raw=ln.raw, last_room=ln.room,
                         glyph=m.group("glyph") or m.group("glyph2"), indent=indent)
        elif cur is not None and _should_join(cur, ln):
            cur.parts.append(ln.text)
            cur.last_raw = ln.raw
            cur.last_room = ln.room
            cur.joined = True
        else:
            flush()
            cur = _Draft(PARAGRAPH, ln.no, [ln.text], last_raw=ln.raw, last_room=ln.room,
                         indent=len(ln.raw) - len(ln.raw.lstrip()))
        i += 1
    flush()

    blocks = _finish_drafts(drafts)
    paginate(doc, blocks, ff_page_of_line=ff_page if has_ff else None, markers=markers)


def _finish_drafts(drafts: list[_Draft]) -> list[Block]:
    # headings (rule 5)
    levels: list[Optional[int]] = []
    for d in drafts:
        if d.kind == PARAGRAPH:
            levels.append(heading_level(clean_inline(d.text, markdown=False)))
        else:
            levels.append(None)
    # a run of >= 6 consecutive short paragraphs (<= 60 characters, not ending with ".") at
    # least half of them level-3 candidates is a list (a glossary, an infographic's or a
    # diagram's labels): its lines are not headings
    def short(k: int) -> bool:
        d = drafts[k]
        t = d.text.rstrip()
        return d.kind == PARAGRAPH and len(t) <= 60 and not t.endswith(".") and levels[k] not in (1, 2)

    i = 0
    while i < len(drafts):
        if short(i):
            j = i
            while j < len(drafts) and short(j):
                j += 1
            n3 = sum(1 for k in range(i, j) if levels[k] == 3)
            if j - i >= 6 and n3 >= 3 and 2 * n3 >= j - i:
                for k in range(i, j):
                    levels[k] = None
            i = max(j, i + 1)
        else:
            i += 1

    # bullet levels (rule 3)
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
            pg, pi, pt = stack[-1]
            if d.indent > pi + 1:
                stack.append((d.glyph, d.indent, d.text))
            elif d.indent < pi - 1:
                while len(stack) > 1 and stack[-1][1] > d.indent + 1:
                    stack.pop()
                stack[-1] = (d.glyph, d.indent, d.text)
            elif d.glyph == pg:
                stack[-1] = (d.glyph, d.indent, d.text)
            else:
                same = [k for k, (g, ind, _) in enumerate(stack) if g == d.glyph and abs(ind - d.indent) <= 1]
                if same:
                    del stack[same[-1] + 1:]
                    stack[-1] = (d.glyph, d.indent, d.text)
                elif pt.rstrip().endswith(":"):
                    stack.append((d.glyph, d.indent, d.text))
                else:
                    stack[-1] = (d.glyph, d.indent, d.text)
            d.level = len(stack) - 1
        prev_kind = BULLET

    blocks: list[Block] = []
    for d, lvl in zip(drafts, levels):
        if d.kind == "table":
            rows = [[Cell(clean_inline(c, markdown=False)) for c in r] for r in d.rows]
            blocks.append(Block.table([[c for c in r] for r in rows], line=d.line, table_method="text"))
            continue
        text = clean_inline(d.text, markdown=False)
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
