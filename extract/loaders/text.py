"""Plain text converted from PDF (pdftotext-like) into blocks.

Rules, in the order they apply:

1. **Pages.**  A form feed (``\\f``) ends a page (pdftotext); a line that is only
   "Page N" / "# Page N" is a page marker (see :func:`common.paginate` for how
   markers become page numbers).  Without either, ``page_marked`` is False and
   every ``block.page`` is None.  Every block keeps its 1-based source ``line``.
2. **Tables.**  Two or more adjacent lines whose fields are separated by tabs or
   by three or more spaces, all with the same number (>= 2) of fields, form a
   table block.  (Two spaces are not a separator: pdftotext puts two spaces
   after a full stop.)  Forms such as "Action Date Due Progress" followed by
   action lines and "Jan 24 90%" lines are *not* tables here: they stay
   paragraphs, in order.
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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import BULLET, HEADING, PARAGRAPH, Block, Cell
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


@dataclass
class _Draft:
    kind: str
    line: int
    parts: list[str] = field(default_factory=list)
    last_raw: str = ""
    level: int = 0
    glyph: str = ""
    indent: int = 0
    rows: list[list[str]] = field(default_factory=list)
    joined: bool = False

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
    while j < len(lines) and lines[j].blank_before == 0 and page_marker(lines[j].raw) is None:
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
    if ends_sentence(prev):
        # ";" and "," never end a line's sentence for a lower-case continuation
        if lower and not _SOFT_END.search(prev):
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


def parse_text(doc, text: str) -> None:
    """Fill ``doc.pages`` from pdftotext-like ``text`` (rules in the module docstring)."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    has_ff = "\f" in text.strip("\f \n")
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

    drafts: list[_Draft] = []
    cur: Optional[_Draft] = None

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            drafts.append(cur)
        cur = None

    i = 0
    while i < len(lines):
        ln = lines[i]
        run = _table_run(lines, i)
        if run:
            flush()
            rows = [_split_cols(lines[k].raw) for k in range(i, i + run)]
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
            cur = _Draft(BULLET, ln.no, [m.group("text").strip()], last_raw=ln.raw,
                         glyph=m.group("glyph") or m.group("glyph2"), indent=indent)
        elif cur is not None and _should_join(cur, ln):
            cur.parts.append(ln.text)
            cur.last_raw = ln.raw
            cur.joined = True
        else:
            flush()
            cur = _Draft(PARAGRAPH, ln.no, [ln.text], last_raw=ln.raw,
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
            blocks.append(Block.table([[c for c in r] for r in rows], line=d.line))
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
