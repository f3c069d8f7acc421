"""Read a PDF into the document model with pdfplumber.

``load_pdf(path, data, *, max_pages=500, timeout_s=120)`` -> :class:`Document`
(format ``pdf``, ``page_marked`` True, 1-based pages, every block with its
``page`` and ``bbox``).

How a page is read (one pass over its characters):

1. ``page.extract_words`` once (with font size and name); rotated words are
   dropped.  pdfplumber splits a word where its font or size changes; pieces
   that touch are one word again ("14" + a raised "th" -> "14th", a bold "Note"
   + ":"), except a raised smaller piece of digits: glued after a word it is a
   footnote reference ("publication" + "1", "17.7%" + "2") and is dropped, as the
   Markdown loader drops ``[^1]``; before its text (a footnote's own number) it stays
   a word apart.  Ruled tables are found with ``page.find_tables`` (lines strategy)
   only when the page draws lines or rectangles; their words are assigned to
   cells by position and never also appear as text.  A grid is kept as a table
   when its structure is clear (no cell holds prose, or two rows each have two or
   more short cells), even if some cells hold whole paragraphs (each kept whole
   as its cell's text); a grid whose cells are all paragraphs (layout boxes), or
   one filled cell, is not a table and its text flows.  A cell's lines are
   joined with a space where a line wrapped (the next line's first word would
   not have fitted after it) and with "\n" where a line that leaves room is
   followed by one starting with a capital, digit or bullet (a list, one item a
   line); in unruled cells (no box to measure) only before a bullet glyph.  A
   row cut by a page break (side rules without the closing rule) is closed
   there, and joined with its rest on the next page into one row.  Letter-
   spaced text cut where one letter gap passes pdfplumber's tolerance
   ("Comple" "te") is one word again when the gap is within the word's letter
   spacing + 0.1 em.
2. Words are grouped into visual lines and each line into *segments* (runs of
   words separated by less than ~0.75 em; the stretched, all-equal spaces of
   a justified line of prose never split it).  Words of one visual line that sit
   one above the other (two 6 pt table lines beside one 9 pt line of text) are
   first split into their own lines.  A leading bullet glyph or number
   ("•", "1.", "4.10") is kept with the text after it, and so is a bullet glyph
   further along the line within 1.5 em of its text.
3. Headers and footers are removed before layout: a segment in the top or
   bottom 12% of the page whose text (digits ignored) recurs at the same height
   on most pages, a page-number line ("12", "Page 4", "3 of 20", "- 7 -"), and
   "This page is intentionally left blank".  A bare number on a line of three
   or more segments is a table value, never a page number.  Words in a dingbat
   font (ZapfDingbats, Wingdings) that come out as plain letters (the PDF gives
   no Unicode for the arrow) are dropped rather than glued to a value.
4. Reading order is a recursive XY cut.  First, column channels: a vertical
   whitespace channel free of text over a run of bands (the full height of a
   region; a band at the run's edge with text on one side only stays out when it
   is nearer the text beyond, e.g. the short last line of a paragraph above)
   splits the region into above / left / right / below, each read in turn, when
   one side is a single column of running text (prose, or bullets with their
   wrapped lines; lines of several cells are not text) and the other is set 20%
   larger or smaller, or is a table (columns of its own) whose lines and the
   text's do not line up (under half either way).  So a text column beside an
   unruled table is its own flow whatever the line pitch, and only the middle
   region is analysed as a table.  Then the region is cut into horizontal bands;
   consecutive bands sharing a vertical gutter are grouped; a gutter between two
   text columns (or beside a ruled table, or between parts whose lines do not
   line up) is cut and each side is read in turn, left to right.  Parts whose
   lines line up across gutters, with short cells, are an *unruled table* when
   confident (at least two lines with two or more filled columns, and no column
   of bullets in another size than the rest: a text column not cut off gives no
   table rather than a wrong one); otherwise they are read as text.  Gutters are
   at least 0.7 em of the text they separate (a table in small print has narrow
   gaps between columns); a column of bullet glyphs only is part of the column
   on its right, and a bullet line under such a list column goes on in its cell.
   A sparse strip of short cells (a "Q" flag column, a
   wrapped column header) is judged against every other strip of its group, not
   only its neighbour (a header cell wrapped over several lines needs only its
   first line to line up), so it does not split a table; text set 20% larger or
   smaller than the strip beside it, when one side is prose, is a separate flow.
   Consecutive bold lines of different sizes, or a bold line ending a sentence
   followed by a short bold line, are separate blocks ("SO WHAT? (...)" / "Data
   Summary").
5. Lines of text are joined into paragraphs.  The line gap of the page is
   measured where a line *wraps* into the next (the next line's first word
   would not have fitted after it, and the sentence goes on: lower-case start,
   or a comma or function word before); without such evidence it is at most
   0.25 em, so one-line paragraphs with paragraph space between them (a
   front sheet: "Date: ...", "Report of: ...") stay apart.  A new block
   starts at a gap larger than the line gap + 0.35 em, a change of style (size
   or weight; so a footnote in small type is its own paragraph), a bullet or
   item number, after a line ending a sentence when the next line's first word
   would have fitted after it (judged against the right edge of the lines
   around it, not of the whole column, so lines broken by hand stay together),
   and after a short one-line paragraph that does not wrap.  Headings (bold or
   larger lines) go on to a second line only when they wrap: same size, same x
   (or under the text after their number), tight pitch and the first line
   filling the column; so consecutive headings ("1. Apologies for Absence",
   "2. Declarations of Interest"), a bold line followed by a gap, lines whose
   x-start differs, and a numbered heading after a full line are separate
   blocks.  A short "Label:" line keeps a short value on the next line ("Date:"
   + "6 February 2024" -> one paragraph) but a longer paragraph after it is a
   block of its own.  Bullets keep their wrapped lines; a numbered item's
   wrapped line may go back under its number (minutes: "47.2 It was moved
   ...").  A block whose text is all larger than the page's body size (median
   character size) or all bold, short and not a bullet, is a heading.  Heading
   levels rank the heading styles of the whole document by size (bold before
   regular at the same size).  The body size is the smallest size carrying 30%
   of the page's non-table text (the document's when the page has little
   text).  Bullet text drops a glyph marker ("•", "–", an unmapped glyph
   "(cid:127)") but KEEPS an item number or letter ("1. There were ...",
   "4.10 The ...", "a) the proposed ...", "1 Apologies for Absence"), as the
   text and Markdown loaders do (the meetings extractor needs agenda numbers);
   a bold or larger numbered line ("2.1 Scope") is a heading and keeps its
   number.  A line starting with a bare number ("1 Apologies") is an item when
   its number stands apart from the text, or when another line at the same x
   starts with one too and the line before does not wrap into it; a wrapped
   line that merely starts with a number ("3 speakers are ...") is not an item.
   Any line starting with a number ("28 per cent ...", "2.4 incidents", "2023
   saw", "£1.2m was", even with a justified wide space after it) goes on with
   the line above when that line does not end a sentence (. ! ? : ;) and fills
   the column (the number would not have fitted after it, or it ends within 2 em
   of the right edge), unless the number is followed by a capitalised word at
   the x of another numbered line ("4.9 ... the year" / "4.10 The ..."); so a
   numbered list after "...:" and paragraphs "116. The ..." stay items.
   Bullet ``level`` is the rank of the marker's indent within its column
   (0 = outermost).
6. A table that ends a page and a table that starts the next one with the same
   number of columns are joined when the header row repeats (it is dropped) or
   the column positions line up.  A continuation with fewer columns (a column
   empty on the new page is not seen there) is joined when each of its columns
   falls inside a distinct column of the first part, in order, and its first
   row is not a header of words; its cells are put in those columns.  The joined
   block gets ``row_pages`` (the page each row was printed on) so records keep
   the page of their row.
7. A paragraph (or bullet) that runs over a page break, or from the foot of one
   text column to the top of the next, is one block: joined when the first part
   ends without terminal punctuation and the next body text (after header and
   footer removal, past up to two smaller footnotes) continues it: lower-case
   start, a comma or function word before, or (page break) the first part's last
   line fills the column and the next starts under it.  It keeps its first page.
   On one page, a paragraph ending with a function word ("... alongside a") is
   joined with the paragraph right under it (same x, at most 1.5 em between,
   same style) that starts with a letter or digit ("28 per cent increase ..."),
   as the Markdown loader joins them.

Also: a ruled box of one row ("Crime volume | Q1: 10,952 ...") is a table when
its cells are short; an unruled one is a one-row table when a lone line of cells
among text is a short label (no sentence, not "Label:") and value text with a figure
(five words, or three tokens with digits) at least 2 em and half the label's width to
its right, with its wrapped lines hugging it (two text columns have a narrow gutter and
run on above and below); such boxes are taken out of their band group before the
group's strips are cut.  The outer columns of an unruled dashboard stay in its table:
a column of short cells whose every cell (wrapped over up to three lines) starts on a
row's baseline, and, in the column-channel test, a side whose lines share the baselines
of the other side's rows of cells (not running text); text sizes differing by 20% do not
make two flows when the nearest cells across the channel share baseline and size.
Paragraph numbers of three digits ("116.") are item numbers like "16."; a leading bullet glyph is kept with text that starts with a
digit ("•   44.5% of callers") when within 3 em; running headers are matched per
page size (a landscape page puts its header at another height); unruled table
rows are split at the largest gap jump that leaves at least two row gaps (a row
whose wrapped line was cut off with its column does not set the row spacing).

Speed: the cost is pdfplumber's character parsing (one ``extract_words`` per
page); layout adds a few ms per page.  Pages are read in one process: the
time limit is checked between pages, so one pathological page can overrun it.

Bad input: encrypted -> LoadError "<path>: encrypted PDF ..."; unreadable ->
LoadError "<path>: not a readable PDF: ..."; no pages -> LoadError.  A page
without a text layer, a page that fails to parse, ``max_pages`` and
``timeout_s`` are reported in ``page.notes`` / ``doc.notes`` and never invent
text; the rest of the document is kept.
"""
from __future__ import annotations

import io
import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Optional

from ..model import (BULLET, HEADING, PARAGRAPH, TABLE, Block, Cell, Document, Page,
                     sha256_bytes)
from .common import ends_sentence, ends_with_stop_word, starts_lower

from . import LoadError  # defined by the package before it imports this module


# ---------------------------------------------------------------------------
# text patterns
# ---------------------------------------------------------------------------

_PUA = re.compile(r"[\uf000-\uf0ff]")  # Symbol/Wingdings bullets in the private use area
# "(cid:127)": a glyph the PDF gives no Unicode for; alone before text it is a bullet glyph
_GLYPH_MARK = re.compile(r"^([•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\))(?:\s+|$)")
_GLYPH_MARK_ANY = re.compile(r"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff]|\(cid:\d+\))")
_GLYPH_MARK_TIGHT = re.compile(r"^([•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff])(?=\S)")
_NUM_MARK = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2}\.?|\d{3}\.|\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))\s+(?=\S)")
_MARK_ONLY = re.compile(r"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\)|\d{1,2}(?:\.\d{1,2}){0,2}\.?|\d{3}\.|"
                        r"\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))$")
_GLYPH_ONLY = re.compile(r"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff]|\(cid:\d+\))$")
_PAGE_NUM = re.compile(r"^(?:-\s*)?(?:page\s+|pg\.?\s*|p\.\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$",
                       re.I)
_BLANK_PAGE = re.compile(r"^this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?$",
                         re.I)
_TERMINAL = re.compile(r"""[.!?:;]["'”’)\]]*$""")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u00ad": ""}
_LIG_RE = re.compile("[" + "".join(_LIGATURES) + "]")
_DINGBAT_FONT = re.compile(r"dingbat|wingding|webding", re.I)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$|\bbd\b", re.I)


def _clean(s: str) -> str:
    if _LIG_RE.search(s):
        s = _LIG_RE.sub(lambda m: _LIGATURES[m.group(0)], s)
    return s


def _join_texts(parts: list[str]) -> str:
    """Join wrapped lines: a space between, none after a hyphen that ends a word."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif re.search(r"[A-Za-z]-$", out) and not re.match(r"^(?:and|or|to)\b", p):
            out += p
        else:
            out += " " + p
    return out


def _bullet_marker(text: str) -> Optional[tuple[str, str]]:
    """(marker, rest) when ``text`` starts with a bullet glyph or an item number."""
    m = _GLYPH_MARK.match(text) or _GLYPH_MARK_TIGHT.match(text)
    if m:
        rest = text[m.end():].strip()
        if m.group(1) in "-–—" and (not rest or rest[0].isdigit()):
            return None  # "-1.2%" or a lone dash is not a bullet
        if m.group(1) == "*" and not rest:
            return None
        return m.group(1), rest
    m = _NUM_MARK.match(text)
    if m:
        rest = text[m.end():].strip()
        if rest and (rest[0].isalpha() or rest[0] in "\"'“‘(") and not re.match(
                r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|^(?:am|pm|per|months?|"
                r"years?|weeks?|days?|hours?|mins?|minutes?|secs?|seconds?|million|people|officers?|"
                r"crimes?|calls?|of)\b", rest, re.I):
            return m.group(1), rest
    return None


# ---------------------------------------------------------------------------
# geometry primitives
# ---------------------------------------------------------------------------

class Word:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "bold")

    def __init__(self, text, x0, x1, top, bottom, size, bold):
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.bold = size, bold


class Item:
    """A segment of words on one line, or a ruled table (``table`` set)."""
    __slots__ = ("words", "x0", "x1", "top", "bottom", "table")

    def __init__(self, words=None, table=None, bbox=None):
        self.words = words or []
        self.table = table
        if bbox is None:
            bbox = (min(w.x0 for w in self.words), min(w.top for w in self.words),
                    max(w.x1 for w in self.words), max(w.bottom for w in self.words))
        self.x0, self.top, self.x1, self.bottom = bbox

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        return max((w.size for w in self.words), default=0.0)

    @property
    def bold(self) -> bool:
        return bool(self.words) and all(w.bold for w in self.words)

    @property
    def bbox(self):
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class RuledTable:
    bbox: tuple
    rows: list  # list[list[Cell]]
    col_x: list  # x0 of each column
    open_top: bool = False  # the first row has no top rule (it began on the page before)
    open_bottom: bool = False  # the last row has no bottom rule (it goes on over the page)


@dataclass
class Line:
    items: list

    @property
    def x0(self):
        return min(i.x0 for i in self.items)

    @property
    def x1(self):
        return max(i.x1 for i in self.items)

    @property
    def top(self):
        return min(i.top for i in self.items)

    @property
    def bottom(self):
        return max(i.bottom for i in self.items)

    @property
    def text(self):
        return " ".join(i.text for i in sorted(self.items, key=lambda i: i.x0))

    @property
    def words(self):
        return [w for i in sorted(self.items, key=lambda i: i.x0) for w in i.words]

    @property
    def size(self):
        ws = self.words
        return statistics.median(w.size for w in ws) if ws else 0.0

    @property
    def bold(self):
        ws = self.words
        return bool(ws) and all(w.bold for w in ws)


def _cluster_lines(objs: list) -> list[list]:
    """Group objects with (top, bottom, x0) into visual lines, top to bottom."""
    lines: list[list] = []
    boxes: list[list[float]] = []  # [top, bottom]
    for o in sorted(objs, key=lambda o: (o.top, o.x0)):
        mid = (o.top + o.bottom) / 2
        placed = False
        for k in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
            t, b = boxes[k]
            lmid = (t + b) / 2
            if t <= mid <= b or o.top <= lmid <= o.bottom:
                lines[k].append(o)
                boxes[k] = [min(t, o.top), max(b, o.bottom)]
                placed = True
                break
        if not placed:
            lines.append([o])
            boxes.append([o.top, o.bottom])
    order = sorted(range(len(lines)), key=lambda k: boxes[k][0])
    return [sorted(lines[k], key=lambda o: o.x0) for k in order]


def _gutters(items: list, min_w: float) -> list[tuple[float, float]]:
    """Vertical strips free of every item, at least ``min_w`` wide, between the items."""
    if len(items) < 2:
        return []
    spans = sorted((i.x0, i.x1) for i in items)
    out = []
    cur_end = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - cur_end >= min_w:
            out.append((cur_end, x0))
        cur_end = max(cur_end, x1)
    return out


def _free_spans(items: list, x0: float, x1: float, min_w: float) -> list[tuple[float, float]]:
    """x-intervals of [x0, x1] free of every item, at least ``min_w`` wide."""
    out = []
    cur = x0
    for a, b in sorted((i.x0, i.x1) for i in items):
        if a - cur >= min_w:
            out.append((cur, a))
        cur = max(cur, b)
    if x1 - cur >= min_w:
        out.append((cur, x1))
    return out


def _intersect_spans(a: list, b: list, min_w: float) -> list[tuple[float, float]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= min_w:
                out.append((lo, hi))
    return out


def _bands(items: list) -> list[list]:
    """Split items into horizontal bands (maximal groups overlapping in y)."""
    bands: list[list] = []
    bottom = None
    for it in sorted(items, key=lambda i: (i.top, i.x0)):
        if bands and it.top < bottom - 0.5:
            bands[-1].append(it)
            bottom = max(bottom, it.bottom)
        else:
            bands.append([it])
            bottom = it.bottom
    return bands


# ---------------------------------------------------------------------------
# per-page extraction (the only pdfplumber-heavy part)
# ---------------------------------------------------------------------------

@dataclass
class _PageData:
    number: int
    width: float
    height: float
    words: list = field(default_factory=list)
    tables: list = field(default_factory=list)  # RuledTable
    has_images: bool = False
    notes: list = field(default_factory=list)


def _read_page(p, number: int) -> _PageData:
    pd = _PageData(number, float(p.width), float(p.height))
    x_off, y_off = float(p.bbox[0]), float(p.bbox[1])
    raw = p.extract_words(x_tolerance=2.0, y_tolerance=3, keep_blank_chars=False,
                          use_text_flow=False, extra_attrs=["size", "fontname"], return_chars=True)
    raw = _join_tracked(raw)
    words = []
    for w in raw:
        if not w.get("upright", True):
            continue
        t = _clean(w["text"]).strip()
        if not t:
            continue
        if t.isascii() and t.isalnum() and _DINGBAT_FONT.search(w.get("fontname") or ""):
            continue  # a dingbat glyph (arrow, tick) the PDF gives no Unicode for: not text
        words.append(Word(t, float(w["x0"]) - x_off, float(w["x1"]) - x_off,
                          float(w["top"]) - y_off, float(w["bottom"]) - y_off,
                          round(float(w.get("size") or 0.0), 2),
                          bool(_BOLD_FONT.search(w.get("fontname") or ""))))
    words = _merge_style_pieces(words)
    pd.words = words
    if not words:
        pd.has_images = bool(p.images)
        return pd
    if p.lines or p.rects:
        try:
            opened = _open_row_ends(p)
            settings = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                        "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
            if opened:
                settings["explicit_horizontal_lines"] = [
                    {"object_type": "line", "x0": a, "x1": b, "top": y, "bottom": y, "width": b - a,
                     "height": 0.0, "doctop": y} for y, a, b in opened]
            found = p.find_tables(settings)
        except Exception as e:  # a bad drawing must not lose the page's text
            pd.notes.append(f"page {number}: ruled tables not read ({type(e).__name__}: {e})")
            found = []
        for t in found:
            rt = _ruled_table(t, words, x_off, y_off)
            if rt is not None:
                ys = [y for y, _, _ in opened]
                rt.open_top = any(abs(t.bbox[1] - y) <= 2.0 for y in ys)
                rt.open_bottom = any(abs(t.bbox[3] - y) <= 2.0 for y in ys)
                pd.tables.append(rt)
        if pd.tables:
            def inside(w):
                cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
                return any(t.bbox[0] <= cx <= t.bbox[2] and t.bbox[1] <= cy <= t.bbox[3]
                           for t in pd.tables)
            pd.words = [w for w in words if not inside(w)]
    return pd


def _open_row_ends(p) -> list[tuple[float, float, float]]:
    """A ruled table cut by a page break draws its last (or first) row with its side rules
    but no closing line: where three or more vertical rules that start (end) on a drawn
    horizontal rule end (start) together at a height no horizontal rule covers, the row's
    missing edge, as (y, x0, x1) in page coordinates (empty when none)."""
    try:
        edges = p.edges
    except Exception:
        return []
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] > 4]
    hs = [e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] > 4]
    if len(vs) < 3 or not hs:
        return []

    def covered(y, a, b) -> bool:
        spans = sorted((max(a, e["x0"]), min(b, e["x1"])) for e in hs
                       if abs(e["top"] - y) <= 3 and e["x1"] > a and e["x0"] < b)
        tot, cur = 0.0, a
        for s0, s1 in spans:
            if s1 > cur:
                tot += s1 - max(s0, cur)
                cur = s1
        return tot >= 0.6 * (b - a)

    def on_rule(x, y) -> bool:
        return any(abs(e["top"] - y) <= 3 and e["x0"] - 3 <= x <= e["x1"] + 3 for e in hs)

    out = []
    for end, other in (("bottom", "top"), ("top", "bottom")):
        groups: dict[int, list] = {}
        for e in vs:
            groups.setdefault(int(round(e[end] / 2.0)), []).append(e)
        for grp in groups.values():
            xs = sorted({round(e["x0"]) for e in grp if on_rule(e["x0"], e[other])})
            # distinct rules (a rule drawn as a thin rectangle gives two edges 1 pt apart)
            cols = [x for k, x in enumerate(xs) if k == 0 or x - xs[k - 1] > 3]
            if len(cols) < 3:
                continue
            y = statistics.median(e[end] for e in grp)
            a, b = min(xs), max(xs)
            if not covered(y, a, b):
                out.append((float(y), float(a), float(b)))
    return out


def _tracking(w) -> Optional[float]:
    """The letter spacing of a word: the median gap between its characters (None for one)."""
    cs = w.get("chars") or []
    if len(cs) < 3:
        return None
    return statistics.median(float(b["x0"]) - float(a["x1"]) for a, b in zip(cs, cs[1:]))


def _join_tracked(raw: list) -> list:
    """Letter-spaced (tracked) text: pdfplumber cuts a word where one letter gap exceeds its
    fixed tolerance ("Comple" "te").  Two pieces on one line in the same font and size are one
    word when the gap between them is no wider than the letter spacing inside them (+0.1 em;
    a word space adds at least 0.2 em to it) and letters meet across it."""
    out: list = []
    for w in raw:
        if out:
            a = out[-1]
            size = float(w.get("size") or 0.0)
            gap = float(w["x0"]) - float(a["x1"])
            if size > 0 and 0 <= gap <= 0.5 * size and abs(float(w["top"]) - float(a["top"])) <= 1.0 and \
                    a.get("fontname") == w.get("fontname") and abs(float(a.get("size") or 0) - size) < 0.1 and \
                    a["text"][-1:].isalpha() and w["text"][:1].isalpha():
                tr = [t for t in (_tracking(a), _tracking(w)) if t is not None]
                if tr and max(tr) >= 0.05 * size and gap <= max(tr) + 0.1 * size:
                    m = dict(a)
                    m["text"] = a["text"] + w["text"]
                    m["x1"] = w["x1"]
                    m["bottom"] = max(float(a["bottom"]), float(w["bottom"]))
                    m["chars"] = list(a.get("chars") or []) + list(w.get("chars") or [])
                    out[-1] = m
                    continue
        out.append(w)
    return out


_FN_MARK = re.compile(r"^\d{1,3}(?:,\d{1,3})*$")
_SQ_UNIT = re.compile(r"(?:^|[^A-Za-z])(?:mm|cm|m|km|ft)$")


def _drop_footnote_marks(words: list) -> list:
    """A footnote reference glued after a word ("publication" + a raised, smaller "1"; "17.7%"
    + "2") is not text: it is dropped (as the Markdown loader drops ``[^1]``), and the word
    takes its place so that punctuation after it still joins the word ("website" "2" "." ->
    "website.").  A number set raised before its text (a footnote's own number) stays."""
    by_x1: dict[int, list] = {}
    for w in words:
        by_x1.setdefault(int(w.x1), []).append(w)
    drop = set()
    for b in words:
        if not _FN_MARK.match(b.text):
            continue
        for key in (int(b.x0) - 1, int(b.x0), int(b.x0) + 1):
            hit = None
            for a in by_x1.get(key, ()):
                if a is b or id(a) in drop or not (-0.5 <= b.x0 - a.x1 <= 0.12 * max(a.size, 4.0)):
                    continue
                if a.size - b.size < 0.6 or min(a.bottom, b.bottom) - max(a.top, b.top) <= 0:
                    continue
                if (b.top + b.bottom) / 2 >= (a.top + a.bottom) / 2 - 0.15 * a.size:
                    continue  # not raised
                if not re.search(r"[A-Za-z%)\]”’\"'.,;:]$", a.text) or \
                        (b.text in ("2", "3") and _SQ_UNIT.search(a.text)):
                    continue  # digits glued to digits, or m² / km³
                hit = a
                break
            if hit is not None:
                drop.add(id(b))
                hit.x1 = b.x1
                break
    if not drop:
        return words
    return [w for w in words if id(w) not in drop]


def _merge_style_pieces(words: list) -> list:
    """pdfplumber splits a word where its font or size changes ("14" + a raised, smaller "th";
    a bold "Note" + ":"): pieces that touch (gap under 0.12 em) and overlap vertically are one
    word again, with the size, box and weight of its main (larger, then longer) piece.  A raised
    smaller piece of digits or symbols (a footnote reference after "17.7%", a footnote's own
    number before its text) is not glued: it stays a word of its own."""
    if len(words) < 2:
        return words
    words = _drop_footnote_marks(words)
    by_x1: dict[int, list[int]] = {}
    for k, w in enumerate(words):
        by_x1.setdefault(int(w.x1), []).append(k)
    nxt: dict[int, int] = {}  # index of a piece -> index of the piece that continues it
    has_prev: set[int] = set()
    for j, b in enumerate(words):
        tol = 0.12 * max(b.size, 4.0)
        best = None
        for key in (int(b.x0) - 1, int(b.x0), int(b.x0) + 1):
            for k in by_x1.get(key, ()):
                a = words[k]
                if k == j or k in nxt or not (-0.5 <= b.x0 - a.x1 <= tol):
                    continue
                if min(a.bottom, b.bottom) - max(a.top, b.top) <= 0:
                    continue
                if abs(a.size - b.size) > 0.3:
                    small, big = (a, b) if a.size < b.size else (b, a)
                    raised = (small.top + small.bottom) / 2 < (big.top + big.bottom) / 2 - 0.15 * big.size
                    if raised and not any(ch.isalpha() for ch in small.text):
                        continue  # a footnote reference, not part of the word
                best = k
        if best is not None:
            nxt[best] = j
            has_prev.add(j)
    if not nxt:
        return words
    out = []
    for k, w in enumerate(words):
        if k in has_prev:
            continue
        chain = [w]
        seen = {k}
        while k in nxt and nxt[k] not in seen:
            k = nxt[k]
            seen.add(k)
            chain.append(words[k])
        if len(chain) == 1:
            out.append(w)
            continue
        main = max(chain, key=lambda x: (x.size, len(x.text)))
        n_bold = sum(len(x.text) for x in chain if x.bold)
        out.append(Word("".join(x.text for x in chain), chain[0].x0, chain[-1].x1, main.top, main.bottom,
                        main.size, n_bold * 2 > sum(len(x.text) for x in chain)))
    return out


_LIST_START = re.compile(r"^(?:[A-Z0-9£$\"'“‘(]|[•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\))")


def _cell_text(ws: list, box=None, unruled: bool = False) -> str:
    """A cell's lines: joined with a space where a line wrapped (the next line's first word
    would not have fitted after it in the cell), with a line break ("\n") where a line that
    does not fill the cell is followed by one starting with a capital, digit or bullet (a list
    of items, one a line).  Without the cell's box (an unruled table: its column may be wider
    than the text was set in) only a line starting with a bullet glyph starts a new line."""
    lines = _cluster_lines(ws)
    if len(lines) < 2:
        return _join_texts([" ".join(w.text for w in ln) for ln in lines])
    if box is not None:
        pad = max(1.0, min(ln[0].x0 for ln in lines) - box[0])
        right = box[2] - pad
    else:
        right = max(ln[-1].x1 for ln in lines)
    out = ""
    prev = None
    for ln in lines:
        t = " ".join(w.text for w in ln).strip()
        if not t:
            continue
        if prev is None:
            out = t
        else:
            first = ln[0]
            size = max(first.size, 4.0)
            fits = prev[-1].x1 + 0.25 * size + (first.x1 - first.x0) <= right + 0.5
            if (_GLYPH_MARK.match(t) and _bullet_marker(t)) or (
                    fits and not unruled and box is not None and _LIST_START.match(t)
                    and not re.search(r"[A-Za-z]-$", out)):
                out += "\n" + t
            else:
                out = _join_texts([out, t])
        prev = ln
    return out


def _ruled_table(t, words: list, x_off: float, y_off: float) -> Optional[RuledTable]:
    rows_bb = []
    for r in t.rows:
        rows_bb.append([None if c is None else (c[0] - x_off, c[1] - y_off, c[2] - x_off, c[3] - y_off)
                        for c in r.cells])
    if not rows_bb or max(len(r) for r in rows_bb) < 2:
        return None
    bx0, btop, bx1, bbot = t.bbox
    bbox = (bx0 - x_off, btop - y_off, bx1 - x_off, bbot - y_off)
    cell_words: dict[tuple[int, int], list] = {}
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
            continue
        for ri, r in enumerate(rows_bb):
            hit = False
            for ci, c in enumerate(r):
                if c is not None and c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                    cell_words.setdefault((ri, ci), []).append(w)
                    hit = True
                    break
            if hit:
                break
    # layout boxes drawn as a grid are not data tables: a grid is kept when its structure is
    # clear (no cell holds prose, or two rows each have two or more short cells: columns of
    # labels and values), even if some of its cells hold whole paragraphs
    filled = sum(1 for ws in cell_words.values() if ws)
    if filled < 2:
        return None
    n_lines = {k: len(_cluster_lines(ws)) for k, ws in cell_words.items() if ws}
    prose = {k for k, ws in cell_words.items() if ws and (len(ws) > 60 or n_lines[k] > 8)}
    if prose:
        short_rows = 0
        for ri in range(len(rows_bb)):
            n_short = sum(1 for (r, c), ws in cell_words.items() if r == ri and ws and (r, c) not in prose)
            short_rows += n_short >= 2
        if short_rows < 2:
            return None
    # a box of one row is a table ("Crime volume | Q1: 10,952 ...") only when its cells are
    # short: label and value(s), not two paragraphs side by side
    if len(rows_bb) == 1 and any(len(ws) > 30 or n_lines[k] > 4 for k, ws in cell_words.items() if ws):
        return None
    rows = []
    for ri, r in enumerate(rows_bb):
        row = []
        for ci, c in enumerate(r):
            ws = cell_words.get((ri, ci), [])
            row.append(Cell(_cell_text(ws, c) if ws else "", c))
        rows.append(row)
    # drop columns that are empty in every row and have no cell box (rare artefacts)
    col_x = []
    ncol = max(len(r) for r in rows_bb)
    for ci in range(ncol):
        xs = [r[ci][0] for r in rows_bb if ci < len(r) and r[ci] is not None]
        col_x.append(min(xs) if xs else None)
    return RuledTable(bbox, rows, col_x)


# ---------------------------------------------------------------------------
# segments, headers and footers
# ---------------------------------------------------------------------------

def _unstack(line: list) -> list[list]:
    """A visual line can gather words of two lines of another column (a 9 pt line of text
    beside two 6 pt lines of a table overlaps both): split it into lines of words whose
    middles agree, so that words stacked one above the other never join one segment."""
    if len(line) < 2:
        return [line]
    top = min(w.top for w in line)
    bottom = max(w.bottom for w in line)
    hmax = max(w.bottom - w.top for w in line)
    if bottom - top <= 1.3 * hmax:
        return [line]
    end = None
    for w in line:  # sorted by x0: stacked words overlap horizontally
        if end is not None and w.x0 < end - 0.5:
            break
        end = w.x1 if end is None else max(end, w.x1)
    else:
        return [line]
    subs: list[list] = []
    anchors: list[tuple[float, float]] = []  # (middle, height) of each sub-line's first word
    for w in sorted(line, key=lambda w: (w.top + w.bottom) / 2):
        mid, h = (w.top + w.bottom) / 2, w.bottom - w.top
        if subs and mid - anchors[-1][0] <= 0.4 * max(1.0, min(h, anchors[-1][1])):
            subs[-1].append(w)
        else:
            subs.append([w])
            anchors.append((mid, h))
    return [sorted(s, key=lambda w: w.x0) for s in subs]


def _justified_from(line: list) -> Optional[int]:
    """A justified line of prose has its word spaces stretched, all alike, sometimes beyond
    the segment gap: the index of the word from which the spaces are all equal (within 0.6 pt,
    at most 1.5 em, at least four of them, words mostly of letters, one size), else None.
    The first space may differ (after a bullet or item number)."""
    if len(line) < 5:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    start = 1 if len(gaps) >= 5 else 0
    inner = gaps[start:]
    if len(inner) < 4 or max(inner) - min(inner) > 0.6:
        return None
    size = max(w.size for w in line[start:])
    if min(w.size for w in line[start:]) < size - 0.3 or statistics.median(inner) > 1.5 * size:
        return None
    if sum(1 for w in line if any(ch.isalpha() for ch in w.text)) < 0.7 * len(line):
        return None
    return 0 if abs(gaps[0] - inner[0]) <= 0.6 else start


def _segments(words: list, seg_em: float = 0.75) -> list[Item]:
    """Split each visual line into runs of words separated by small gaps."""
    items = []
    for line in (sub for ln in _cluster_lines(words) for sub in _unstack(ln)):
        segs: list[list] = [[line[0]]]
        just = _justified_from(line)
        for k, w in enumerate(line[1:], 1):
            prev = segs[-1][-1]
            gap = w.x0 - prev.x1
            size = max(w.size, prev.size, 4.0)
            if gap <= seg_em * size or (just is not None and k > just):
                segs[-1].append(w)
            else:
                segs.append([w])
        # a bullet glyph or an item number printed apart from its text
        if len(segs) >= 2 and len(segs[0]) == 1 and _MARK_ONLY.match(segs[0][0].text):
            nxt = segs[1][0].text
            bare_num = segs[0][0].text[:1].isdigit() and not segs[0][0].text.endswith(".") \
                and "." not in segs[0][0].text
            g0 = segs[0][0]
            glyph_near = _GLYPH_ONLY.match(g0.text) is not None and \
                segs[1][0].x0 - g0.x1 <= 3.0 * max(g0.size, 4.0)
            if nxt[:1].isalpha() or nxt[:1] in "\"'“‘(" or glyph_near:
                # a glyph bullet takes any text ("•  44.5% of callers", "•  5* ...")
                if not bare_num or len(segs) == 2:
                    segs[0:2] = [segs[0] + segs[1]]
        # a bullet glyph further along the line (a text column beside a table): kept with its
        # text when that follows within 1.5 em
        k = 1
        while k < len(segs) - 1:
            w = segs[k][0]
            if len(segs[k]) == 1 and _GLYPH_ONLY.match(w.text) and segs[k + 1][0].text[:1].isalpha() and \
                    segs[k + 1][0].x0 - w.x1 <= 1.5 * max(w.size, 4.0):
                segs[k:k + 2] = [segs[k] + segs[k + 1]]
            k += 1
        items.extend(Item(s) for s in segs)
    return items


def _norm_hf(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _numbers_follow_pages(occ: list) -> bool:
    """True when a number in the varying text goes up with the page (a printed page number)."""
    if not all(re.search(r"\bpage\b|\bp\.|\d\s*(?:of|/)\s*\d", o[3], re.I) for o in occ):
        return False
    nums = [(o[0], [int(n) for n in re.findall(r"\d+", o[3])]) for o in occ]
    width = min(len(n) for _, n in nums)
    for j in range(width):
        offsets = {n[j] - k for k, n in nums}
        if len(offsets) == 1:
            return True
    return False


def _header_footer_filter(pages: list[_PageData]) -> tuple[dict[int, set], dict[int, list]]:
    """ids of items (per page index) that are running headers/footers or page numbers,
    and the items (segments) of every page."""
    drop: dict[int, set] = {}
    occurrences: dict[str, list[tuple[int, float, int]]] = {}
    text_pages = [k for k, pd in enumerate(pages) if pd.words]
    n_text = len(text_pages)
    page_items: dict[int, list[Item]] = {}
    for k in text_pages:
        pd = pages[k]
        items = _segments(pd.words)
        page_items[k] = items
        h = pd.height or 842.0
        for it in items:
            txt = it.text.strip()
            if _BLANK_PAGE.match(txt):
                drop.setdefault(k, set()).add(id(it))
                continue
            in_margin = it.bottom <= 0.12 * h or it.top >= 0.88 * h
            if not in_margin:
                continue
            if _PAGE_NUM.match(txt):
                # a bare number in a row of several cells is a table value, not a page number
                mid = (it.top + it.bottom) / 2
                n_same = sum(1 for o in items if o is not it and o.top <= mid <= o.bottom)
                if n_same < 2:
                    drop.setdefault(k, set()).add(id(it))
                    continue
            occurrences.setdefault(_norm_hf(txt), []).append((k, it.top, id(it), txt))
    if n_text >= 2:
        need = max(2, int(0.5 * n_text + 0.5)) if n_text >= 3 else 2
        for key, occ in occurrences.items():
            if len({o[0] for o in occ}) < need:
                continue
            if len({o[3] for o in occ}) > 1 and not _numbers_follow_pages(occ):
                continue  # "Section 1", "Section 2": headings, not a running header
            # the most common height (within 3 pt), per page size: a landscape page has its
            # running header at another height than the portrait pages around it
            size_of = {k: (round(pages[k].width), round(pages[k].height)) for k in text_pages}
            for size in set(size_of.values()):
                group = [o for o in occ if size_of[o[0]] == size]
                n_group = sum(1 for k in text_pages if size_of[k] == size)
                need_g = need if size_of and n_group == n_text else \
                    max(1 if n_group == 1 else 2, int(0.5 * n_group + 0.5))
                best, best_pages = None, set()
                for t in sorted(o[1] for o in group):
                    pg = {o[0] for o in group if abs(o[1] - t) <= 3}
                    if len(pg) > len(best_pages):
                        best, best_pages = t, pg
                if best is not None and len(best_pages) >= need_g:
                    for k, tt, iid, _ in group:
                        if abs(tt - best) <= 3:
                            drop.setdefault(k, set()).add(iid)
    return drop, page_items


# ---------------------------------------------------------------------------
# layout: XY cut into text runs and tables
# ---------------------------------------------------------------------------

def _lines_of(items: list) -> list[Line]:
    return [Line(l) for l in _cluster_lines(items)]


def _is_prose(items: list) -> bool:
    lines = _lines_of(items)
    if not lines:
        return False
    n_bul = sum(1 for ln in lines if _bullet_marker(ln.text))
    if n_bul >= max(1, 0.5 * len(lines)):
        return True
    if len(lines) < 2:
        return False
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    wpl = sum(len(ln.words) for ln in lines) / len(lines)
    full = sum(1 for ln in lines if ln.x1 - ln.x0 >= 0.6 * width) / len(lines)
    return wpl >= 4.5 and full >= 0.5


def _text_kind(lines: list) -> Optional[str]:
    """'strong' for a column of prose (many words a line) or of bullets with their wrapped
    lines, 'flow' for other running text (narrow lines at a tight, even pitch), else None.
    Lines of several segments (cells) are not running text."""
    n = len(lines)
    if sum(1 for ln in lines if len(ln.items) > 1) > 0.2 * n:
        return None  # lines of several cells: a table, not a column of text
    marks = [ln for ln in lines if _bullet_marker(ln.text)]
    if marks:
        starts = []
        for ln in marks:
            ws = ln.words
            starts.append(ws[1].x0 if len(ws) > 1 and _MARK_ONLY.match(ws[0].text) else ws[0].x0)
            starts.append(ws[0].x0)
        ok = sum(1 for ln in lines if _bullet_marker(ln.text) or any(abs(ln.x0 - t) <= 2.5 for t in starts))
        if ok >= 0.7 * n:
            return "strong"
    wpl = sum(len(ln.words) for ln in lines) / n
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    full = sum(1 for ln in lines if ln.x1 - ln.x0 >= 0.6 * width) / n
    if n >= 3 and wpl >= 6 and full >= 0.5:
        return "strong"
    if _is_prose([i for ln in lines for i in ln.items]):
        return "flow"
    if n >= 4:
        x0 = statistics.median(ln.x0 for ln in lines)
        gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
        h = statistics.median(ln.bottom - ln.top for ln in lines)
        g = statistics.median(gaps)
        even = sum(1 for x in gaps if abs(x - g) <= 1.0) >= 0.7 * len(gaps)
        if g <= 0.5 * h and even and sum(1 for ln in lines if abs(ln.x0 - x0) <= 2) >= 0.7 * n:
            return "flow"
    return None


def _mid_aligned(la: list, lb: list) -> float:
    """Share of the lines ``la`` whose middle is at the middle of a line of ``lb``."""
    if not la:
        return 0.0
    hit = 0
    for x in la:
        mx, hx = (x.top + x.bottom) / 2, x.bottom - x.top
        if any(abs((y.top + y.bottom) / 2 - mx) <= 0.2 * min(hx, y.bottom - y.top) + 0.3 for y in lb):
            hit += 1
    return hit / len(la)


def _same_style_rows(a: list, b: list) -> bool:
    """Half the lines of the side with fewer lines share a baseline with the nearest cell of the
    other side, set in the same size: cells of one row (a box's label and its value), not two
    flows of text in different sizes (a text column beside a table in small print)."""
    la, lb = _lines_of(a), _lines_of(b)
    if len(la) > len(lb):
        la, b = lb, a
    hit = 0
    for x in la:
        mx, hx = (x.top + x.bottom) / 2, x.bottom - x.top
        beside = [i for i in b if min(i.bottom, x.bottom) - max(i.top, x.top) > 0]
        if not beside:
            continue
        near = min(beside, key=lambda i: min(abs(i.x0 - x.x1), abs(x.x0 - i.x1)))
        if abs(near.size - x.size) <= 0.3 and \
                abs((near.top + near.bottom) / 2 - mx) <= 0.2 * min(hx, near.bottom - near.top) + 0.3:
            hit += 1
    return bool(la) and hit >= 0.5 * len(la)


def _aligned_fraction(a: list, b: list) -> float:
    """Share of the lines of the side with fewer lines that overlap a line of the other side."""
    la, lb = _lines_of(a), _lines_of(b)
    if len(la) > len(lb):
        la, lb = lb, la
    if not la:
        return 0.0
    hit = 0
    for x in la:
        if any(min(x.bottom, y.bottom) - max(x.top, y.top) > 0.3 * min(x.bottom - x.top, y.bottom - y.top)
               for y in lb):
            hit += 1
    return hit / len(la)


def _sparse_cells(items: list) -> bool:
    """A strip of a few short cells (a "Q" flag column, a wrapped column header)."""
    return bool(items) and all(len(i.words) <= 4 for i in items) and len(_lines_of(items)) <= 6


def _wrapped_cell(small: list, rest: list) -> bool:
    """``small`` is one cell wrapped over several lines (a narrow column's header): its lines
    follow each other closely, the first lines up with a line of ``rest`` and the cell lies
    within the height of ``rest``."""
    ls, lr = _lines_of(small), _lines_of(rest)
    if len(ls) < 2 or not lr:
        return False
    h = statistics.median(ln.bottom - ln.top for ln in ls)
    if any(b.top - a.bottom > 0.6 * h for a, b in zip(ls, ls[1:])):
        return False
    first = ls[0]
    if not any(min(first.bottom, y.bottom) - max(first.top, y.top) > 0.3 * min(h, y.bottom - y.top)
               for y in lr):
        return False
    return lr[0].top - 1 <= first.top and ls[-1].bottom <= lr[-1].bottom + 1


def _cells_on_rows(small: list, rest: list) -> bool:
    """``small`` is a column of short cells of the table in ``rest`` (a "Statistical
    Exceptions" column: some rows empty, some cells wrapped over two or three lines): every
    cell (lines following each other closely) starts on the baseline of a row of ``rest``
    with several cells, and all lie within the height of ``rest``."""
    if not small or not rest or any(len(i.words) > 5 for i in small):
        return False
    ls = _lines_of(small)
    rows = [ln for ln in _lines_of(rest) if len(ln.items) >= 2]
    if len(ls) < 2 or len(rows) < 2 or any(len(ln.items) > 1 for ln in ls):
        return False
    if ls[0].top < rows[0].top - 1 or ls[-1].bottom > max(i.bottom for i in rest) + 1:
        return False
    h = statistics.median(ln.bottom - ln.top for ln in ls)
    cells: list[list] = [[ls[0]]]
    for a, b in zip(ls, ls[1:]):
        if b.top - a.bottom <= 0.6 * h:
            cells[-1].append(b)
        else:
            cells.append([b])
    if len(cells) < 2 or any(len(c) > 3 for c in cells):
        return False
    return _mid_aligned([c[0] for c in cells], rows) == 1.0


def _median_size(items: list) -> float:
    sizes = [w.size for it in items for w in it.words]
    return statistics.median(sizes) if sizes else 0.0


def _should_cut(left: list, right: list, others: Optional[list] = None) -> bool:
    if any(i.table is not None for i in left) or any(i.table is not None for i in right):
        return True
    pl, pr = _is_prose(left), _is_prose(right)
    if pl and pr:
        return True
    # text set in another size than its neighbour (narrative beside a table in small print)
    sl, sr = _median_size(left), _median_size(right)
    if sl and sr and max(sl, sr) >= 1.2 * min(sl, sr) and (pl or pr) and \
            min(len(_lines_of(left)), len(_lines_of(right))) >= 2:
        return True
    if _aligned_fraction(left, right) < 0.6:
        # a sparse column of short cells lines up with the table's rows, not only with its
        # neighbour: judge it against every other strip of the group
        small = min((left, right), key=lambda s: len(_lines_of(s)))
        rest = [i for s in (others or []) if s is not small for i in s]
        if not (_sparse_cells(small) and rest
                and (_aligned_fraction(small, rest) >= 0.99 or _wrapped_cell(small, rest))
                and len(_lines_of(rest)) > len(_lines_of(small))) and not _cells_on_rows(small, rest):
            return True
    if pl != pr:
        prose_side, other = (left, right) if pl else (right, left)
        if len(_lines_of(prose_side)) >= 2.5 * max(1, len(_lines_of(other))):
            return True
    return False


class _Layout:
    def __init__(self, body_size: float):
        self.body = body_size
        self.gut = max(4.0, 0.7 * body_size)

    def gut_for(self, items: list) -> float:
        """Gutter width for these items: 0.7 em of their own text (a table set smaller than the
        body text has narrower gaps between its columns), never more than the page's."""
        sizes = [w.size for it in items for w in it.words if w.size > 0]
        if not sizes:
            return self.gut
        return min(self.gut, max(3.0, 0.7 * statistics.median(sizes)))

    def order(self, items: list, depth: int = 0) -> list[tuple[str, list]]:
        """Reading-ordered groups: ('text', items) | ('table', items) | ('ruled', [item])."""
        out: list[tuple[str, list]] = []
        if not items:
            return out
        if depth > 12:
            return [("text", items)]
        bands = _bands(items)
        split = self._column_split(items, bands)
        if split is not None:
            # separate flows (a text column beside a table): each is read on its own, in turn
            for part in split:
                out.extend(self.order(part, depth + 1))
            return out
        groups: list[list] = []
        for band in bands:
            if groups:
                gw = self.gut_for(groups[-1] + band)
                old = _gutters(groups[-1], gw) + _gutters(band, gw)
                new = _gutters(groups[-1] + band, gw)
                # a band joins the group when neither loses a gutter
                def kept(gs):
                    return all(any(min(o[1], n[1]) - max(o[0], n[0]) >= gw * 0.5 for n in new) for o in gs)

                if new and kept(old):
                    groups[-1] = groups[-1] + band
                    continue
            groups.append(list(band))
        for g in groups:
            gut = _gutters(g, self.gut_for(g))
            if gut:
                pieces = self._lone_boxes(g)
                if pieces is not None:
                    for piece in pieces:
                        if isinstance(piece, Block):
                            out.append(("box", [piece]))
                        else:
                            out.extend(self.order(piece, depth + 1))
                    continue
            if not gut:
                for it in sorted(g, key=lambda i: (i.top, i.x0)):
                    if it.table is not None:
                        out.append(("ruled", [it]))
                    elif out and out[-1][0] == "text":
                        out[-1][1].append(it)
                    else:
                        out.append(("text", [it]))
                continue
            strips = self._strips(g, gut)
            cuts = [_should_cut(strips[k], strips[k + 1], strips) for k in range(len(strips) - 1)]
            if any(cuts):
                parts = [list(strips[0])]
                for k, c in enumerate(cuts):
                    if c:
                        parts.append(list(strips[k + 1]))
                    else:
                        parts[-1].extend(strips[k + 1])
                for part in parts:
                    sub = self.order(part, depth + 1)
                    for kind, its in sub:
                        out.append((kind, its))
                # parts are separate flows: a text run never continues across parts
                continue
            out.append(("table", g))
        return out

    def _column_split(self, items: list, bands: list) -> Optional[list[list]]:
        """[above, left, right, below] when a run of bands has a vertical whitespace channel
        (free of text over the run's full height) whose two sides are text of different
        character: one side a single column of text (prose, or bullets with their wrapped
        lines) and the other side set in another size (>= 1.2x), or a table (columns of its
        own) whose lines do not line up with the text's.  Found before bands are grouped, so
        a text column whose line pitch differs from a table's beside it is never read into it."""
        if len(bands) < 2 or len(items) < 6:
            return None
        X0 = min(i.x0 for i in items)
        X1 = max(i.x1 for i in items)
        gw = max(self.gut_for(items), 6.0)
        free = [_free_spans(b, X0, X1, gw) for b in bands]
        cands = []  # (start band, end band, channel)
        for s in range(len(bands)):
            cur = [iv for iv in free[s] if iv[0] > X0 and iv[1] < X1]
            e = s
            while cur:
                nxt = _intersect_spans(cur, free[e + 1], gw) if e + 1 < len(bands) else []
                for iv in cur:
                    if not any(n[0] < iv[1] and n[1] > iv[0] for n in nxt):
                        cands.append((s, e, iv))
                cur, e = nxt, e + 1
        if not cands:
            return None
        # the longest runs first; a few candidates at most (speed)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2][0]))
        seen = 0
        for s, e, iv in cands:
            mid = (iv[0] + iv[1]) / 2
            run = bands[s:e + 1]
            sides = [[i for b in run for i in b if (i.x0 + i.x1) / 2 < mid],
                     [i for b in run for i in b if (i.x0 + i.x1) / 2 >= mid]]
            if not sides[0] or not sides[1]:
                continue
            seen += 1
            if seen > 8:
                break
            # a band at the edge of the run with text on one side only belongs to the run only
            # when it is nearer to the run than to the text beyond it (the last line of a
            # full-width paragraph above is not the start of a column)
            def one_sided(b):
                return all((i.x0 + i.x1) / 2 < mid for i in b) or all((i.x0 + i.x1) / 2 >= mid for i in b)

            def gap(a, b):
                return min(i.top for i in b) - max(i.bottom for i in a)
            while s < e and s > 0 and one_sided(bands[s]) and \
                    gap(bands[s - 1], bands[s]) < gap(bands[s], bands[s + 1]):
                s += 1
            while e > s and e < len(bands) - 1 and one_sided(bands[e]) and \
                    gap(bands[e], bands[e + 1]) < gap(bands[e - 1], bands[e]):
                e -= 1
            run = bands[s:e + 1]
            left = [i for b in run for i in b if (i.x0 + i.x1) / 2 < mid]
            right = [i for b in run for i in b if (i.x0 + i.x1) / 2 >= mid]
            if not left or not right or not self._distinct_flows(left, right):
                continue
            above = [i for b in bands[:s] for i in b]
            below = [i for b in bands[e + 1:] for i in b]
            return [p for p in (above, left, right, below) if p]
        return None

    def _distinct_flows(self, left: list, right: list) -> bool:
        if any(i.table is not None for i in left + right):
            return False  # ruled tables are cut by the band groups
        if self._table_tail(left, right) or self._table_tail(right, left):
            return False
        for a, b in ((left, right), (right, left)):
            if _gutters(a, self.gut_for(a)):
                continue  # not a single column of text
            la, lb = _lines_of(a), _lines_of(b)
            if len(la) < 2 or len(lb) < 2:
                continue
            kind = _text_kind(la)
            if kind is None:
                continue
            sa, sb = _median_size(a), _median_size(b)
            if sa and sb and max(sa, sb) >= 1.2 * min(sa, sb) and not _same_style_rows(a, b):
                return True
            if kind == "strong" and _gutters(b, self.gut_for(b)) and \
                    _mid_aligned(la, lb) < 0.5 and _mid_aligned(lb, la) < 0.5:
                return True
        return False

    @staticmethod
    def _lone_boxes(g: list) -> Optional[list]:
        """[items | box block, ...] when every line of several cells in ``g`` is a one-row box
        (``_one_row_box``, with its wrapped lines) among lines of text: each is read as that
        box before the text beside it can be cut into columns."""
        lines = _lines_of(g)
        if len(lines) > 60 or not any(len(ln.items) >= 2 for ln in lines):
            return None
        out: list = []
        text: list = []
        k = 0
        while k < len(lines):
            if len(lines[k].items) < 2:
                text.extend(lines[k].items)
                k += 1
                continue
            got = _one_row_box(lines, k)
            if got is None:
                return None
            if text:
                out.append(text)
                text = []
            out.append(got[0])
            k = got[1]
        if text:
            out.append(text)
        return out

    @staticmethod
    def _table_tail(a: list, b: list) -> bool:
        """``b`` is the outer columns of a table in ``a`` (short cells - "Statistical
        Exceptions", "Exception Weighting" - beside the value rows): at least two of ``a``'s
        lines are rows of several cells, and most of ``b``'s lines share their baselines."""
        rows = [ln for ln in _lines_of(a) if len(ln.items) >= 2]
        lb = _lines_of(b)
        if len(rows) < 2 or len(lb) < 2 or any(len(i.words) > 6 for i in b) or _text_kind(lb) is not None:
            return False  # a column of running text (bullets, narrow prose) is its own flow
        return _mid_aligned(lb, rows) >= 0.5

    @staticmethod
    def _strips(items: list, gutters: list) -> list[list]:
        bounds = [(a + b) / 2 for a, b in gutters]
        strips: list[list] = [[] for _ in range(len(bounds) + 1)]
        for it in items:
            cx = (it.x0 + it.x1) / 2
            k = sum(1 for b in bounds if cx > b)
            strips[k].append(it)
        return [s for s in strips if s]


# ---------------------------------------------------------------------------
# unruled tables
# ---------------------------------------------------------------------------

def _box_value(text: str, n_words: int) -> bool:
    """A box's value text: a figure in it, and five words or three tokens with digits
    ("Q1: 70 Q2: 74")."""
    toks = text.split()
    return bool(re.search(r"\d", text)) and (n_words >= 5 or sum(1 for t in toks if re.search(r"\d", t)) >= 3)


def _one_row_box(lines: list, k: int = 0) -> Optional[tuple[Block, int]]:
    """(block, index after its last line) when line ``k`` of ``lines`` stands as a label and
    one to three value texts set apart by a wide gap ("Crime volume      Q1: 10,952 -
    43,523 rolling 12 months Q2: ...") - the one row of an unruled box: a short label (no
    sentence, not "Label:", no bullet), at least 2 em between cells, the first value a
    figure with words around it (``_box_value``), any other a value or a comment of three
    words or more.  Lines right under it, close and inside one cell's column each, are its
    cells' wrapped lines."""
    ln = lines[k]
    segs = sorted(ln.items, key=lambda i: i.x0)
    if not 2 <= len(segs) <= 4:
        return None
    label = segs[0].text
    if len(segs[0].words) > 16 or _TERMINAL.search(label) or _bullet_marker(label) or \
            not re.match(r"[A-Z0-9]", label) or re.search(r"[.;!?]\s", label) or \
            not re.search(r"[A-Za-z]{2,}", label):
        return None
    for a, b in zip(segs, segs[1:]):
        # a wide gap, wide for the cell before it too (two columns of text have a narrow
        # gutter between lines that fill their columns)
        if b.x0 - a.x1 < max(2.0 * max(a.size, b.size, 4.0), 0.5 * (a.x1 - a.x0)):
            return None
    h = ln.bottom - ln.top
    if k > 0 and ln.top - lines[k - 1].bottom <= 0.6 * h and \
            min(lines[k - 1].x1, segs[0].x1) > max(lines[k - 1].x0, segs[0].x0):
        return None  # the line goes on from the one above: text, not a box
    if not _box_value(segs[1].text, len(segs[1].words)):
        return None
    for v in segs[2:]:
        if not (_box_value(v.text, len(v.words)) or len(v.words) >= 3):
            return None
    cells = [[s] for s in segs]
    lefts = [s.x0 for s in segs]
    rights = [b.x0 for b in segs[1:]] + [float("inf")]
    j = k + 1
    while j < len(lines) and j <= k + 3:
        nxt = lines[j]
        if nxt.top - lines[j - 1].bottom > 0.6 * h or abs(nxt.size - ln.size) > 0.5:
            break
        homes = []
        for it in nxt.items:
            c = [c for c in range(len(segs)) if lefts[c] - 2 <= it.x0 and it.x1 <= rights[c] - 2]
            if not c:
                break
            homes.append(c[0])
        else:
            for it, c in zip(nxt.items, homes):
                cells[c].append(it)
            j += 1
            continue
        break
    if j < len(lines) and lines[j].top - lines[j - 1].bottom <= 0.6 * h or len(cells[0]) > 2:
        return None  # text running on below (two columns of text), or a long label
    row = []
    for cs in cells:
        row.append(Cell(_join_texts([c.text for c in cs]),
                        (min(c.x0 for c in cs), min(c.top for c in cs), max(c.x1 for c in cs),
                         max(c.bottom for c in cs))))
    bottom = max(x.bottom for x in lines[k:j])
    x1 = max(x.x1 for x in lines[k:j])
    return Block.table([row], bbox=(ln.x0, ln.top, x1, bottom)), j


def _unruled_table(items: list, gut: float) -> Optional[tuple[list, Block, list]]:
    """(items before, table block, items after) when ``items`` is confidently a table."""
    gutters = _gutters(items, gut)
    if not gutters:
        return None
    bounds = [(a + b) / 2 for a, b in gutters]

    def col_of(it):
        cx = (it.x0 + it.x1) / 2
        return sum(1 for b in bounds if cx > b)

    # a column of bullet glyphs only (a list's markers set apart from their items) is part
    # of the column on its right, not a column of its own
    c = 0
    while c < len(bounds):
        its = [it for it in items if col_of(it) == c]
        if its and all(_GLYPH_ONLY.match(it.text) for it in its):
            del bounds[c]
        else:
            c += 1
    if not bounds:
        return None
    ncol = len(bounds) + 1
    lines = _lines_of(items)

    # title lines above the table: a single bold/larger segment
    titles: list[Line] = []
    med_size = statistics.median(w.size for it in items for w in it.words)
    while len(lines) >= 3 and len(lines[0].items) == 1 and len({col_of(i) for i in lines[1].items}) >= 2 and (
            lines[0].bold or lines[0].size > med_size + 0.5):
        titles.append(lines.pop(0))
    filled = [{col_of(i) for i in ln.items} for ln in lines]
    multi_idx = [k for k, f in enumerate(filled) if len(f) >= 2]
    if len(multi_idx) == 1:
        # one line of cells among lines of text: a one-row box (with its wrapped lines), or text
        k = multi_idx[0]
        got = _one_row_box(lines, k)
        if got is None:
            return None
        box, j = got
        return ([it for ln in titles + lines[:k] for it in ln.items], box,
                [it for ln in lines[j:] for it in ln.items])
    if len(multi_idx) < 2:
        return None
    lh = statistics.median(ln.bottom - ln.top for ln in lines)
    small = 0.6 * lh
    # single-column lines before the first / after the last multi-column line belong to the
    # table only when they hug it (a wrapped cell); the rest is text around the table
    lo, hi = multi_idx[0], multi_idx[-1]
    while lo > 0 and lines[lo].top - lines[lo - 1].bottom <= small and not _bullet_marker(lines[lo - 1].text):
        lo -= 1
    def list_goes_on(ln) -> bool:
        # a bullet line under a list column of the table (its glyph where an item's glyph
        # above is): the list goes on in its cell, the line is no loose bullet
        it0 = ln.items[0]
        if len(ln.items) != 1 or col_of(it0) == 0 or not _GLYPH_MARK_ANY.match(it0.text):
            return False
        return any(col_of(i) == col_of(it0) and abs(i.x0 - it0.x0) <= 2.0 and _GLYPH_MARK_ANY.match(i.text)
                   for l2 in lines[lo:hi + 1] for i in l2.items)

    while hi < len(lines) - 1 and lines[hi + 1].top - lines[hi].bottom <= small and \
            (not _bullet_marker(lines[hi + 1].text) or list_goes_on(lines[hi + 1])):
        hi += 1
    before, after = lines[:lo], lines[hi + 1:]
    lines, filled = lines[lo:hi + 1], filled[lo:hi + 1]
    titles = titles + before
    multi = sum(1 for f in filled if len(f) >= 2)
    if multi < 2 or multi < 0.34 * len(lines) or (multi < 3 and ncol < 3):
        return None
    used = {c for f in filled for c in f}
    if len(used) < 2:
        return None
    # cells must be short: a column made of long prose is not a table column
    for ln in lines:
        for it in ln.items:
            if len(it.words) > 25:
                return None
    # rows: by larger vertical gaps when there are several, else one line per row
    gaps = [lines[k + 1].top - lines[k].bottom for k in range(len(lines) - 1)]
    starts = [True] + [False] * (len(lines) - 1)
    big_thr = None
    if gaps:
        sg = sorted(gaps)
        # the largest jump that leaves at least two row gaps above it (one tall gap, a row
        # whose wrapped line was cut off with its column, is not the row spacing)
        jumps = sorted(((sg[k + 1] - sg[k], k) for k in range(len(sg) - 1)), reverse=True)
        for j, k in jumps:
            if j <= 0.25 * lh:
                break
            if len(sg) - (k + 1) >= 2:
                big_thr = (sg[k] + sg[k + 1]) / 2
                break

    def first_col_text(k):
        segs = [i for i in lines[k].items if col_of(i) == 0]
        return segs[0].text if segs else ""

    for k in range(1, len(lines)):
        g = gaps[k - 1]
        if big_thr is not None:
            starts[k] = g > big_thr
        elif g > 0.8 * lh:
            starts[k] = True
        elif 0 not in filled[k]:
            starts[k] = False  # wrapped text in another column
        else:
            t0 = first_col_text(k).lstrip("\"'(“‘")
            starts[k] = not (t0[:1].islower())  # "commenced": the label wraps
    rows_lines: list[list[int]] = []
    for k in range(len(lines)):
        if starts[k] or not rows_lines:
            rows_lines.append([k])
        else:
            rows_lines[-1].append(k)
    col_x0 = [min(i.x0 for i in items)] + [b for b in bounds]
    col_x1 = [b for b in bounds] + [max(i.x1 for i in items)]
    rows: list[list[Cell]] = []
    for rl in rows_lines:
        top = min(lines[k].top for k in rl)
        bot = max(lines[k].bottom for k in rl)
        row = []
        for c in range(ncol):
            segs = [it for k in rl for it in sorted(lines[k].items, key=lambda i: i.x0) if col_of(it) == c]
            if segs:
                txt = _cell_text([w for s in segs for w in s.words], unruled=True)
                bb = (min(s.x0 for s in segs), min(s.top for s in segs),
                      max(s.x1 for s in segs), max(s.bottom for s in segs))
            else:
                txt, bb = "", (col_x0[c], top, col_x1[c], bot)
            row.append(Cell(txt, bb))
        rows.append(row)
    if len(rows) < 2:
        return None
    # a column of bullets in another size than the rest is a text column beside the table
    # that was not cut off: no table rather than one with narrative in its cells
    col_words: dict[int, list] = {}
    for ln in lines:
        for it in ln.items:
            col_words.setdefault(col_of(it), []).extend(it.words)
    for c, ws in col_words.items():
        if not any(_GLYPH_MARK.match(it.text) for ln in lines for it in ln.items if col_of(it) == c):
            continue
        rest = [w.size for k, v in col_words.items() if k != c for w in v]
        if rest and ws:
            a, b = statistics.median(w.size for w in ws), statistics.median(rest)
            if max(a, b) >= 1.2 * min(a, b):
                return None
    tb = (min(i.x0 for ln in lines for i in ln.items), lines[0].top,
          max(i.x1 for ln in lines for i in ln.items), lines[-1].bottom)
    table = Block.table(rows, bbox=tb)
    return [it for ln in titles for it in ln.items], table, [it for ln in after for it in ln.items]


# ---------------------------------------------------------------------------
# text runs -> paragraphs, bullets, headings
# ---------------------------------------------------------------------------

@dataclass
class _Para:
    kind: str
    lines: list
    marker_x0: float = 0.0
    text_x0: float = 0.0
    first_text: str = ""
    closed: bool = False  # the next line starts a new block whatever its spacing ("Date:" + value)
    numbered: bool = False  # a bullet with an item number ("1.", "47.2", "a)") rather than a glyph


def _wraps(a: Line, b: Line, right: float) -> bool:
    """True when line ``a`` ends because the first word of ``b`` did not fit after it (``b``
    continues ``a``'s text), judged against the right edge ``right`` of the text run."""
    w0 = b.words[0]
    size = max(a.size, 4.0)
    return a.x1 + 0.25 * size + (w0.x1 - w0.x0) > right - 0.5 * size


_CONT_END = re.compile(r"(?:[,;(\-–]|\b(?:and|or|of|the|a|an|to|for|in|on|at|by|with|from|as|is|are|was|"
                       r"were|be|that|which|this|their|its|our|per|than|has|have|had|will|would))$", re.I)


def _mid_sentence(a: Line, b: Line) -> bool:
    """``b`` goes on with ``a``'s sentence: it starts in lower case, or ``a`` ends with a comma,
    a hyphen or a function word ("... the" / "Commissioner")."""
    t = b.text.lstrip("\"'“‘(")
    return t[:1].islower() or bool(_CONT_END.search(a.text.rstrip()))


def _chunk_break(a: Line, b: Line, gap_thr: float) -> bool:
    gap = b.top - a.bottom
    return gap > gap_thr * max(1.0, b.size / 10.0) or gap < -2 or abs(a.size - b.size) >= 1.0 or a.bold != b.bold


def _heading_style(ln: Line, body: float) -> bool:
    return ln.bold or bool(body and ln.size >= 1.15 * body and ln.size - body >= 1.0)


def _text_x0(ln: Line) -> Optional[float]:
    """x of the text after a leading marker ("1.", "•"), None without one."""
    ws = ln.words
    if len(ws) >= 2 and _MARK_ONLY.match(ws[0].text):
        return ws[1].x0
    return None


def _is_item_number(marker: str) -> bool:
    """"1.", "4.10", "(a)", "iv)": an item number or letter, not a bullet glyph."""
    return bool(_NUM_MARK.match(marker + " x"))


def _starts_item(ln: Line) -> bool:
    """The line starts with an item number ("5.", "4.10", "12")."""
    mk = _bullet_marker(ln.text)
    return mk is not None and mk[0][:1].isdigit()


def _is_label(ln: Line, short: bool) -> bool:
    """A short "Label:" line ("Report of:", "Date:")."""
    t = ln.text.rstrip()
    return short and t.endswith(":") and len(t.split()) <= 6 and bool(re.search(r"[A-Za-z]", t))


def _para_blocks(items: list, gap_thr: float, body: float = 0.0) -> list[Block]:
    lines = _lines_of(items)
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    # lines starting with a bare item number ("1 Apologies"): a list only when another line
    # at the same x starts with one too
    bare_x = [ln.x0 for ln in lines if (lambda m: m is not None and m[0].isdigit() and "." not in m[0])(
        _bullet_marker(ln.text))]
    # x of lines starting with an item number and a capitalised word ("4.10 The", "1 Apologies")
    item_x = [ln.x0 for ln in lines if (lambda m: m is not None and any(c.isdigit() for c in m[0])
                                        and m[1][:1].isupper())(_bullet_marker(ln.text))]
    # the right edge a line is judged against: that of its chunk (lines joined by line gaps in
    # one style), so that lines broken by hand in a narrower block are not taken for short
    # lines ending paragraphs; a heading is judged against the whole run (it wraps only when
    # it fills the column)
    chunk_right: list[float] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or _chunk_break(lines[k - 1], lines[k], gap_thr):
            r = max(ln.x1 for ln in lines[start:k])
            chunk_right.extend([r] * (k - start))
            start = k
    paras: list[_Para] = []
    for i, ln in enumerate(lines):
        text = ln.text
        mk = _bullet_marker(text)
        prev = paras[-1].lines[-1] if paras else None
        cr = chunk_right[i - 1] if i else right
        wraps = prev is not None and _wraps(prev, ln, right) and abs(prev.size - ln.size) < 0.5
        numbered = mk is not None and _is_item_number(mk[0])
        cont = False  # a wrapped line that starts with a number (not an item)
        if numbered and (ln.bold or (body and ln.size >= 1.15 * body)):
            mk = None  # "2.1. Language used": a numbered heading, not a list item
        if mk is not None and numbered:
            ws = ln.words
            wide = len(ws) >= 2 and ws[1].x0 - ws[0].x1 >= 0.5 * max(ws[0].size, 4.0)
            prev_ok = not paras or paras[-1].kind == BULLET or bool(
                re.search(r"[.!?:;]\W*$", paras[-1].lines[-1].text)) or not wraps
            dotted = "." in mk[0] or mk[0][-1:] == ")"
            listed = mk[0][:1].isdigit() and not dotted and not wraps and prev is not None and \
                sum(1 for x in bare_x if abs(x - ln.x0) <= 2) >= 2
            if not wide and not (dotted and prev_ok) and not listed:
                mk = None  # "... up to\n3 speakers are": a wrapped line starting with a number
            elif prev is not None and not _TERMINAL.search(prev.text.rstrip()) and \
                    (_wraps(prev, ln, cr) or prev.x1 >= cr - 2.0 * max(prev.size, 4.0)) and not (
                    mk[1][:1].isupper() and sum(1 for x in item_x if abs(x - ln.x0) <= 2) >= 2):
                # the line above fills the column and does not end a sentence: the sentence goes
                # on ("... alongside a" / "28 per cent ...", "... risen to" / "2.4 incidents"),
                # unless the number is followed by a capitalised word at an indent other items
                # on the page use ("4.9 ... the year" / "4.10 The ...")
                mk = None
                cont = True
        style = (round(ln.size * 2) / 2, ln.bold)
        cur = paras[-1] if paras else None
        new = cur is None
        join_close = False
        if not new:
            pstyle = (round(prev.size * 2) / 2, prev.bold)
            gap = ln.top - prev.bottom
            short = prev.x1 < cr - 0.2 * max(1.0, cr - left)
            if mk is not None or cur.closed:
                new = True
            elif gap > gap_thr * max(1.0, ln.size / 10.0) or gap < -2:
                new = True
            elif prev.bold and ln.bold and (abs(prev.size - ln.size) >= 0.4 or (
                    _TERMINAL.search(prev.text.rstrip()) and len(ln.words) <= 8)):
                new = True  # a bold title line, then a bold sub-heading ("SO WHAT? (...)" / "Data Summary")
            elif pstyle != style and (abs(pstyle[0] - style[0]) >= 1.0 or
                                     (pstyle[1] != style[1] and (prev.bold or ln.bold) and
                                      (len(prev.words) <= 12 or len(ln.words) <= 12))):
                new = True
            elif cur.kind == BULLET:
                # a numbered item's wrapped line may go back under its number (minutes:
                # "47.2 It was moved ..."), a line that is not a wrap may not
                if ln.x0 < cur.marker_x0 + 2 and abs(ln.x0 - cur.text_x0) > 3 and not (
                        cur.numbered and (wraps or cont) and abs(ln.x0 - cur.marker_x0) <= 2):
                    new = True
            elif _heading_style(prev, body) and pstyle == style:
                # a heading goes on to a second line only when it wraps: same x (or under the
                # text after its number), the first line full
                tx = _text_x0(prev)
                same_x = abs(ln.x0 - prev.x0) <= max(2.0, 0.3 * ln.size) or (
                    tx is not None and abs(ln.x0 - tx) <= 2.0)
                if not (same_x and wraps):
                    new = True
                elif _starts_item(ln) and _starts_item(cur.lines[0]) and abs(ln.x0 - cur.lines[0].x0) <= 2:
                    new = True  # the next numbered heading, even after a full line
            else:
                if _is_label(prev, short) and len(cur.lines) == 1:
                    # "Date:" + a short value on the next line stay one paragraph; a paragraph
                    # after a label is a block of its own
                    if ln.x1 < chunk_right[i] - 0.2 * max(1.0, chunk_right[i] - left) and \
                            abs(ln.x0 - prev.x0) <= 2 and \
                            not text.rstrip().endswith(":"):
                        join_close = True
                    else:
                        new = True
                elif short and _TERMINAL.search(prev.text.rstrip()):
                    new = True
                elif len(prev.items) == 1 and not _wraps(prev, ln, cr) and (
                        _TERMINAL.search(prev.text.rstrip()) or (short and len(cur.lines) == 1)):
                    # the next line's first word would have fitted after a sentence's end, or
                    # after a short one-line paragraph: that line ended its paragraph
                    new = True
                elif ln.x0 > prev.x0 + 1.2 * max(ln.size, 6) and len(cur.lines) > 1:
                    new = True  # first-line indent of a new paragraph
        if new:
            if mk is not None:
                first = ln.words[0]
                rest_words = ln.words[1:]
                tx0 = rest_words[0].x0 if rest_words else first.x1
                if len(first.text) > len(mk[0]):  # "•Text" glued
                    tx0 = first.x0
                # an item number stays in the text ("1. There were ...", "4.10 The ..."), as in
                # the text and Markdown loaders; a bullet glyph does not
                paras.append(_Para(BULLET, [ln], marker_x0=first.x0, text_x0=tx0,
                                   first_text=f"{mk[0]} {mk[1]}" if numbered else mk[1], numbered=numbered))
            else:
                paras.append(_Para(PARAGRAPH, [ln]))
        else:
            cur.lines.append(ln)
            if join_close:
                cur.closed = True
    # bullet nesting: rank of the marker's indent within this run of text
    xs = sorted({round(p.marker_x0) for p in paras if p.kind == BULLET})
    levels: list[float] = []
    for x in xs:
        if not levels or x - levels[-1] >= 6:
            levels.append(x)
    blocks = []
    for p in paras:
        texts = [ln.text for ln in p.lines]
        if p.kind == BULLET:
            texts[0] = p.first_text
        text = _join_texts(texts)
        if not text:
            continue
        bb = (min(l.x0 for l in p.lines), min(l.top for l in p.lines),
              max(l.x1 for l in p.lines), max(l.bottom for l in p.lines))
        b = Block(p.kind, text=text, bbox=bb)
        if p.kind == BULLET:
            b.level = max([k for k, lx in enumerate(levels) if p.marker_x0 >= lx - 3] or [0])
        ws = [w for l in p.lines for w in l.words]
        b._style = (statistics.median(w.size for w in ws), all(w.bold for w in ws))  # type: ignore
        b._nlines = len(p.lines)  # type: ignore[attr-defined]
        b._last_x1 = p.lines[-1].x1  # type: ignore[attr-defined]
        blocks.append(b)
    return blocks


def _page_blocks(pd: _PageData, items: list[Item], doc_body: float) -> list[Block]:
    words = [w for it in items if it.table is None for w in it.words]
    sizes = [w.size for w in words for _ in range(max(1, len(w.text)))]
    body = statistics.median(sizes) if len(sizes) >= 200 else (doc_body or (statistics.median(sizes) if sizes else 10.0))
    lay = _Layout(body)
    for t in pd.tables:
        items.append(Item(table=t, bbox=t.bbox))
    groups = lay.order(items)
    # typical gap between lines of the same paragraph on this page: measured where a line
    # wraps into the next (the next line's first word would not have fitted after it), in
    # units of the body size; the gaps between all lines mix in the space between paragraphs
    # (a front sheet of one-line paragraphs), so they are only a capped fallback
    gaps, wrap_gaps = [], []
    for kind, its in groups:
        if kind != "text":
            continue
        ls = _lines_of(its)
        if len(ls) < 2:
            continue
        r = max(ln.x1 for ln in ls)
        for a, b in zip(ls, ls[1:]):
            g = b.top - a.bottom
            if 0 <= g < 1.5 * body and abs(a.size - b.size) < 0.5:
                gaps.append(g)
                if _wraps(a, b, r) and _mid_sentence(a, b):
                    wrap_gaps.append(g * body / max(a.size, 4.0))
    if wrap_gaps:
        base_gap = statistics.median(wrap_gaps)
    elif len(gaps) >= 3:
        base_gap = min(statistics.median(gaps), 0.25 * body)
    else:
        base_gap = 0.2 * body
    gap_thr = max(0.45 * body, min(base_gap + 0.35 * body, 1.2 * body))
    blocks: list[Block] = []
    for kind, its in groups:
        if kind == "ruled":
            t = its[0].table
            blocks.extend(_ruled_blocks(t))
        elif kind == "box":
            blocks.append(its[0])
        elif kind == "table":
            got = _unruled_table(its, lay.gut_for(its))
            if got is None:
                blocks.extend(_para_blocks(its, gap_thr, body))
            else:
                before, tb, after = got
                blocks.extend(_para_blocks(before, gap_thr, body))
                blocks.append(tb)
                blocks.extend(_para_blocks(after, gap_thr, body))
        else:
            blocks.extend(_para_blocks(its, gap_thr, body))
    for b in blocks:
        b.page = pd.number
    return blocks


def _body_size(blocks: list[Block], min_chars: int = 150) -> Optional[float]:
    """The body text size: the smallest size carrying at least 30% of the non-table text."""
    weights: dict[float, int] = {}
    for b in blocks:
        if b.kind != TABLE and hasattr(b, "_style"):
            sz = round(b._style[0] * 2) / 2  # type: ignore[attr-defined]
            weights[sz] = weights.get(sz, 0) + len(b.text)
    total = sum(weights.values())
    if total < min_chars:
        return None
    acc = 0
    for sz in sorted(weights):
        acc += weights[sz]
        if acc >= 0.3 * total:
            return sz
    return None


def _ruled_blocks(t: RuledTable) -> list[Block]:
    rows = [list(r) for r in t.rows]
    out = []
    # a title row spanning the table ("Deliverables Progress") is not the header
    while len(rows) >= 3:
        ne = [c for c in rows[0] if c.text]
        if len(ne) == 1 and sum(1 for c in rows[0] if c.bbox is None) >= len(rows[0]) - 1 \
                and sum(1 for c in rows[1] if c.text) >= 2:
            c = ne[0]
            b = Block(PARAGRAPH, text=c.text, bbox=c.bbox)
            out.append(b)
            rows.pop(0)
        else:
            break
    # merged cells (None boxes) are kept in place as empty cells
    rows = [[Cell(c.text, c.bbox) for c in r] for r in rows]
    tb = Block.table(rows, bbox=t.bbox)
    tb._col_x = t.col_x  # type: ignore[attr-defined]
    tb._open = (t.open_top and not out, t.open_bottom)  # type: ignore[attr-defined]
    out.append(tb)
    return out


# ---------------------------------------------------------------------------
# headings and cross-page tables
# ---------------------------------------------------------------------------

def _is_heading_candidate(b: Block) -> bool:
    if b.kind != PARAGRAPH or not hasattr(b, "_style"):
        return False
    size, bold = b._style  # type: ignore[attr-defined]
    body = getattr(b, "_body", 10.0)
    t = b.text.strip()
    if not re.search(r"[A-Za-z]{2,}", t):
        return False
    if len(t) > 160 or getattr(b, "_nlines", 1) > 3 or len(t.split()) > 22:
        return False
    bigger = size >= body * 1.15 and size - body >= 1.0
    if not (bigger or bold):
        return False
    if not bigger and (len(t) > 100 or t.endswith((",", ";"))):
        return False
    if not bold and len(t.split()) >= 8 and t.endswith("."):
        return False  # a larger lead sentence, not a heading
    return True


def _assign_headings(blocks: list[Block]) -> None:
    cands = [b for b in blocks if _is_heading_candidate(b)]
    styles = sorted({(round(b._style[0] * 2) / 2, bool(b._style[1])) for b in cands},  # type: ignore
                    key=lambda s: (-s[0], not s[1]))
    rank = {s: k + 1 for k, s in enumerate(styles)}
    for b in cands:
        b.kind = HEADING
        b.level = min(6, rank[(round(b._style[0] * 2) / 2, bool(b._style[1]))])  # type: ignore


def _join_cross_page_tables(doc: Document) -> None:
    tail: Optional[Block] = None  # a table ending the previous page
    for p in doc.pages:
        if tail is not None and p.blocks and p.blocks[0].kind == TABLE:
            first = p.blocks[0]
            mapping = None if _continues(tail, first) else _map_columns(tail, first)
            if _continues(tail, first) or mapping is not None:
                repeat = mapping is None and _same_header(tail, first)
                new_rows = first.rows[1:] if repeat else first.rows
                if mapping is not None:
                    widened = []
                    for r in new_rows:
                        cells = [Cell("", None) for _ in range(tail.n_cols)]
                        for c, m in zip(r, mapping):
                            cells[m] = c
                        widened.append(cells)
                    new_rows = widened
                split = not repeat and new_rows and tail.rows and \
                    getattr(tail, "_open", (False, False))[1] and getattr(first, "_open", (False, False))[0]
                if split:
                    # a row cut by the page break (no rule under its first part, none over its
                    # second): one row, its cells' texts joined
                    tail.rows[-1] = [_join_cells(a, b) for a, b in zip(tail.rows[-1], new_rows[0])]
                    new_rows = new_rows[1:]
                if hasattr(first, "_open"):
                    tail._open = (getattr(tail, "_open", (False, False))[0], first._open[1])  # type: ignore
                pages = tail.row_pages or [tail.page] * len(tail.rows)
                tail.row_pages = pages + [p.number] * len(new_rows)
                tail.rows.extend(new_rows)
                tail.text = "\n".join("\t".join(c.text for c in r) for r in tail.rows)
                p.blocks.pop(0)
                doc.notes.append(f"table on page {tail.page} continues on page {p.number}"
                                 f"{' (header repeated)' if repeat else ''}; joined into one table")
                if not p.blocks:
                    continue  # the table may run on over the next page too
        tail = p.blocks[-1] if p.blocks and p.blocks[-1].kind == TABLE else None


def _join_cells(a: Cell, b: Cell) -> Cell:
    """The two parts of a cell cut by a page break: one cell (the box of its first part)."""
    if not b.text:
        return a
    if not a.text:
        return Cell(b.text, a.bbox or b.bbox)
    sep = "\n" if _GLYPH_MARK.match(b.text) else None
    return Cell(a.text + sep + b.text if sep else _join_texts([a.text, b.text]), a.bbox or b.bbox)


_FOOTNOTE = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+|\*)\s*\S")


def _text_right(p: Page) -> Optional[float]:
    """Right edge of the page's running text: where its wrapped paragraphs end."""
    xs = [b.bbox[2] for b in p.blocks if b.kind in (PARAGRAPH, BULLET) and b.bbox
          and getattr(b, "_nlines", 1) >= 2]
    return max(xs) if len(xs) >= 2 else None


def _continues_text(a: Block, b: Block, full: bool = False) -> bool:
    """``b`` (a paragraph) goes on with the sentence ``a`` (a paragraph or bullet) left open;
    ``full``: a's last line fills the column (its paragraph did not end there)."""
    if a.kind not in (PARAGRAPH, BULLET) or b.kind != PARAGRAPH or not a.text or not b.text:
        return False
    if ends_sentence(a.text):
        return False
    sa, sb = getattr(a, "_style", None), getattr(b, "_style", None)
    if sa and sb and (abs(sa[0] - sb[0]) > 0.6 or (sa[1] != sb[1] and len(b.text) < 80)):
        return False  # another style: a caption, a footnote, a heading not detected as one
    if full and a.bbox and b.bbox and abs(b.bbox[0] - a.bbox[0]) > 30:
        full = False  # not under the text it would continue
    return full or starts_lower(b.text) or ends_with_stop_word(a.text) or a.text.rstrip().endswith(",")


def _join_broken_paragraphs(doc: Document) -> None:
    """A paragraph that runs over a page break (or from the foot of one text column to the
    top of the next) comes out as two blocks: join them when the first part ends without
    terminal punctuation and the next body text continues it (lower-case start, or the first
    part ends with a comma or a function word).  Running headers and footers are gone by
    now; up to two footnotes at the foot of the page ("1 Crime in England ...", set smaller)
    may stand between the parts.  The joined block keeps the page of its first part."""
    blocks = [(p, b) for p in doc.pages for b in p.blocks]
    k = 0
    while k < len(blocks) - 1:
        pa, a = blocks[k]
        if a.kind not in (PARAGRAPH, BULLET) or ends_sentence(a.text):
            k += 1
            continue
        # candidates: the next block, or the first block after up to two footnotes at the foot
        # of a's page
        j = k + 1
        skipped = 0
        while j < len(blocks) and skipped < 2 and blocks[j][0] is pa and blocks[j][1].kind == PARAGRAPH \
                and _FOOTNOTE.match(blocks[j][1].text) and _smaller(blocks[j][1], a):
            j += 1
            skipped += 1
        if j >= len(blocks):
            break
        pb, b = blocks[j]
        broken = pb is not pa and pb.number == pa.number + 1 and bool(pb.blocks) and pb.blocks[0] is b \
            and pa.blocks[-1] is blocks[j - 1][1]  # a (or its footnotes) ends its page
        if pb is pa and not skipped and a.bbox and b.bbox:
            # a column break: b starts higher up, in a column to the right of a's
            broken = b.bbox[1] < a.bbox[1] - 1 and b.bbox[0] >= a.bbox[2] - 0.25 * (a.bbox[2] - a.bbox[0])
        below = False
        if pb is pa and not skipped and not broken and a.bbox and b.bbox and a.kind == PARAGRAPH \
                and ends_with_stop_word(a.text) and b.text[:1].isalnum():
            # the next paragraph right under it, at the same x, after one ending with a function
            # word ("... alongside a" / "28 per cent increase ..."): one sentence set as two
            # paragraphs, as the Markdown loader joins them
            size = (getattr(a, "_style", None) or (10.0,))[0]
            below = abs(b.bbox[0] - a.bbox[0]) <= 2.0 and 0 <= b.bbox[1] - a.bbox[3] <= 1.5 * size
        full = False
        if broken and pb is not pa and getattr(a, "_last_x1", None) is not None:
            right = _text_right(pa)
            size = (getattr(a, "_style", None) or (10.0,))[0]
            full = right is not None and a._last_x1 >= right - 4.0 * size  # type: ignore[attr-defined]
        if below and _continues_text(a, b):
            a.text = _join_texts([a.text, b.text])
            a.bbox = (min(a.bbox[0], b.bbox[0]), a.bbox[1], max(a.bbox[2], b.bbox[2]), b.bbox[3])
            if getattr(b, "_last_x1", None) is not None:
                a._last_x1 = b._last_x1  # type: ignore[attr-defined]
            pb.blocks.remove(b)
            del blocks[j]
            continue
        if broken and _continues_text(a, b, full):
            a.text = _join_texts([a.text, b.text])
            pb.blocks.remove(b)
            del blocks[j]
            doc.notes.append(f"paragraph on page {pa.number} continues "
                             f"{'on page %d' % pb.number if pb is not pa else 'in the next column'}; joined")
            continue  # the joined paragraph may run on again
        k += 1


def _smaller(b: Block, than: Block) -> bool:
    sb, sa = getattr(b, "_style", None), getattr(than, "_style", None)
    return bool(sa and sb and sb[0] < sa[0] - 0.4)


def _col_spans(t: Block) -> Optional[list[tuple[float, float]]]:
    spans = []
    for c in range(t.n_cols):
        bb = [r[c].bbox for r in t.rows if c < len(r) and r[c].bbox is not None and r[c].text]
        if not bb:
            return None
        spans.append((min(b[0] for b in bb), max(b[2] for b in bb)))
    return spans


def _map_columns(a: Block, b: Block) -> Optional[list[int]]:
    """For a continuation ``b`` with fewer columns than ``a`` (a column empty on the new page
    is not seen there): the column of ``a`` each column of ``b`` sits in, by position; None
    unless every column of ``b`` falls inside a distinct column of ``a``, in order."""
    if not (2 <= b.n_cols < a.n_cols) or _looks_like_header(b.rows[0]):
        return None
    sa, sb = _col_spans(a), _col_spans(b)
    if sa is None or sb is None:
        return None
    bounds = [(sa[k][1] + sa[k + 1][0]) / 2 for k in range(len(sa) - 1)]
    out = []
    for x0, x1 in sb:
        lo = sum(1 for bd in bounds if x0 > bd)
        hi = sum(1 for bd in bounds if x1 > bd)
        if lo != hi or (out and lo <= out[-1]):
            return None
        out.append(lo)
    return out


def _looks_like_header(row: list) -> bool:
    """A row of words only (no digit in any cell): a new table's header, not a continuation."""
    texts = [c.text for c in row if c.text]
    return len(texts) >= 2 and not any(re.search(r"\d", t) for t in texts)


def _same_header(a: Block, b: Block) -> bool:
    ha = [c.text.strip().lower() for c in a.rows[0]]
    hb = [c.text.strip().lower() for c in b.rows[0]]
    return ha == hb and sum(1 for h in ha if h) >= 2


def _continues(a: Block, b: Block) -> bool:
    if a.n_cols != b.n_cols or not a.rows or not b.rows:
        return False
    if _same_header(a, b):
        return True
    ax, bx = _col_positions(a), _col_positions(b)
    return ax is not None and bx is not None and len(ax) == len(bx) and all(
        abs(p - q) <= 4 for p, q in zip(ax, bx))


def _col_positions(t: Block) -> Optional[list[float]]:
    if hasattr(t, "_col_x") and all(x is not None for x in t._col_x):  # type: ignore[attr-defined]
        return list(t._col_x)  # type: ignore[attr-defined]
    xs = []
    for c in range(t.n_cols):
        vals = [r[c].bbox[0] for r in t.rows if c < len(r) and r[c].bbox is not None and r[c].text]
        if not vals:
            return None
        xs.append(min(vals))
    return xs


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def _is_encryption_error(e: BaseException) -> bool:
    seen = 0
    while e is not None and seen < 6:
        name = type(e).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning",
                    "PDFEncryptionV4Error") or "password" in str(e).lower() or "encrypt" in str(e).lower():
            return True
        for a in getattr(e, "args", ()):
            if isinstance(a, BaseException) and _is_encryption_error(a):
                return True
        e = e.__cause__ or e.__context__
        seen += 1
    return False


def load_pdf(path, data: bytes, *, max_pages: Optional[int] = 500, timeout_s: Optional[float] = 120,
             password: str = "", **_ignored) -> Document:
    """Read PDF ``data`` (the bytes of ``path``) into a :class:`Document`; see the module docstring."""
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    src = str(path)
    t0 = time.monotonic()
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as e:
        if _is_encryption_error(e):
            raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
        raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}".rstrip(": ")) from None
    doc = Document(source=src, sha256=sha256_bytes(data), format="pdf", page_marked=True)
    try:
        try:
            plumber_pages = pdf.pages
        except Exception as e:
            if _is_encryption_error(e):
                raise LoadError(f"{src}: encrypted PDF (a password is needed to open it); not read") from None
            raise LoadError(f"{src}: not a readable PDF: {type(e).__name__}: {e}") from None
        n_total = len(plumber_pages)
        if n_total == 0:
            raise LoadError(f"{src}: PDF has no pages")
        limit = n_total if max_pages is None else min(n_total, max_pages)
        if limit < n_total:
            doc.notes.append(f"document has {n_total} pages; only the first {limit} were read "
                             f"(max_pages={max_pages})")
        datas: list[_PageData] = []
        for i in range(limit):
            if timeout_s is not None and time.monotonic() - t0 > timeout_s:
                doc.notes.append(f"stopped after page {i} of {n_total}: time limit of {timeout_s:g} s "
                                 f"reached; pages {i + 1}-{n_total} not read")
                break
            number = i + 1
            try:
                p = plumber_pages[i]
                pd = _read_page(p, number)
            except Exception as e:
                if _is_encryption_error(e) and i == 0:
                    raise LoadError(f"{src}: encrypted PDF (a password is needed to read it); not read") from None
                pd = _PageData(number, 0.0, 0.0)
                pd.notes.append(f"page {number} could not be read ({type(e).__name__}: {e}); "
                                f"its text is missing")
            finally:
                try:
                    plumber_pages[i].flush_cache()
                    plumber_pages[i].close()
                except Exception:
                    pass
            datas.append(pd)
    finally:
        try:
            pdf.close()
        except Exception:
            pass

    if datas and all(not pd.words and not pd.tables for pd in datas):
        if any(pd.has_images for pd in datas):
            doc.notes.append("no page has a text layer (scanned or image-only PDF); no text extracted")
        else:
            doc.notes.append("no text found on any page")

    drop, page_items = _header_footer_filter(datas)
    all_sizes = [w.size for pd in datas for w in pd.words]
    doc_body = statistics.median(all_sizes) if all_sizes else 10.0
    n_dropped = 0
    for k, pd in enumerate(datas):
        page = Page(number=pd.number, width=pd.width or None, height=pd.height or None)
        page.notes.extend(pd.notes)
        doc.notes.extend(pd.notes)
        if not pd.words and not pd.tables:
            if pd.has_images:
                msg = f"page {pd.number} has no text layer (image only); no text extracted"
                page.notes.append(msg)
                doc.notes.append(msg)
            doc.pages.append(page)
            continue
        items = page_items.get(k)
        if items is None:
            items = _segments(pd.words) if pd.words else []
        gone = drop.get(k, set())
        if gone:
            n_dropped += sum(1 for it in items if id(it) in gone)
            items = [it for it in items if id(it) not in gone]
        try:
            page.blocks = _page_blocks(pd, items, doc_body)
        except Exception as e:  # layout must never lose the document
            msg = f"page {pd.number}: layout failed ({type(e).__name__}: {e}); text read line by line"
            page.notes.append(msg)
            doc.notes.append(msg)
            page.blocks = [Block(PARAGRAPH, text=Line(l).text, page=pd.number,
                                 bbox=(Line(l).x0, Line(l).top, Line(l).x1, Line(l).bottom))
                           for l in _cluster_lines(items)]
        doc.pages.append(page)
    if n_dropped:
        doc.notes.append(f"{n_dropped} running header/footer or page-number line(s) left out of the text")
    doc_body = _body_size(doc.blocks, 40) or doc_body
    for p in doc.pages:
        pb = _body_size(p.blocks) or doc_body
        for b in p.blocks:
            b._body = pb  # type: ignore[attr-defined]
    _assign_headings(doc.blocks)
    _join_cross_page_tables(doc)
    _join_broken_paragraphs(doc)
    for b in doc.blocks:
        for attr in ("_style", "_body", "_nlines", "_marker_x0", "_col_x", "_last_x1", "_open"):
            if hasattr(b, attr):
                try:
                    delattr(b, attr)
                except AttributeError:
                    pass
    doc.raw_text = "\f".join("\n".join(b.text for b in p.blocks) for p in doc.pages)
    return doc.finish()
