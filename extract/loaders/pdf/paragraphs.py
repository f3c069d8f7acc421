"""Headings and paragraphs: lines joined into blocks; heading levels."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Optional

from ...model import BULLET, HEADING, PARAGRAPH, TABLE, TWO_LETTERS, Block
from ...sentence_end import ends_sentence
from .text import Line, _MARK_ONLY, _NUM_MARK, _bullet_marker, _join_texts, _lines_of


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


_IS_LABEL_RE = re.compile(r"[A-Za-z]")


def _is_label(ln: Line, short: bool) -> bool:
    """A short "Label:" line ("Report of:", "Date:")."""
    t = ln.text.rstrip()
    return short and t.endswith(":") and len(t.split()) <= 6 and bool(_IS_LABEL_RE.search(t))


def _chunk_rights(lines: list, gap_thr: float) -> list[float]:
    """The right edge each line is judged against: that of its chunk (lines joined by line gaps
    in one style), so that lines broken by hand in a narrower block are not taken for short
    lines ending paragraphs."""
    chunk_right: list[float] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or _chunk_break(lines[k - 1], lines[k], gap_thr):
            r = max(ln.x1 for ln in lines[start:k])
            chunk_right.extend([r] * (k - start))
            start = k
    return chunk_right


def _number_xs(lines: list) -> tuple[list, list]:
    """(bare_x, item_x): x of lines starting with a bare item number ("1 Apologies": a list only
    when another line at the same x starts with one too), and x of lines starting with an item
    number and a capitalised word ("4.10 The", "1 Apologies")."""
    bare_x, item_x = [], []
    for ln in lines:
        m = _bullet_marker(ln.text)
        if m is None:
            continue
        if m[0].isdigit() and "." not in m[0]:
            bare_x.append(ln.x0)
        if any(c.isdigit() for c in m[0]) and m[1][:1].isupper():
            item_x.append(ln.x0)
    return bare_x, item_x


_LINE_MARKER_RE = re.compile(r"[.!?:;]\W*$")


def _line_marker(ln: Line, prev: Optional[Line], paras: list, body: float, wraps: bool, cr: float,
                 bare_x: list, item_x: list) -> tuple[Optional[tuple], bool, bool]:
    """(marker, numbered, cont) of a line: its bullet marker when it starts a list item, whether
    that marker is an item number, and whether it is a wrapped line that starts with a number
    (the sentence above goes on)."""
    mk = _bullet_marker(ln.text)
    numbered = mk is not None and _is_item_number(mk[0])
    if not numbered:
        return mk, numbered, False
    if ln.bold or (body and ln.size >= 1.15 * body):
        return None, numbered, False  # "2.1. Language used": a numbered heading, not a list item
    ws = ln.words
    wide = len(ws) >= 2 and ws[1].x0 - ws[0].x1 >= 0.5 * max(ws[0].size, 4.0)
    prev_ok = not paras or paras[-1].kind == BULLET or bool(
        _LINE_MARKER_RE.search(paras[-1].lines[-1].text)) or not wraps
    dotted = "." in mk[0] or mk[0][-1:] == ")"
    listed = mk[0][:1].isdigit() and not dotted and not wraps and prev is not None and \
        sum(1 for x in bare_x if abs(x - ln.x0) <= 2) >= 2
    if not wide and not (dotted and prev_ok) and not listed:
        return None, numbered, False  # "... up to\n3 speakers are": a wrapped line starting with a number
    if prev is not None and not ends_sentence(prev.text) and \
            (_wraps(prev, ln, cr) or prev.x1 >= cr - 2.0 * max(prev.size, 4.0)) and not (
            mk[1][:1].isupper() and sum(1 for x in item_x if abs(x - ln.x0) <= 2) >= 2):
        # the line above fills the column and does not end a sentence: the sentence goes
        # on ("... alongside a" / "28 per cent ...", "... risen to" / "2.4 incidents"),
        # unless the number is followed by a capitalised word at an indent other items
        # on the page use ("4.9 ... the year" / "4.10 The ...")
        return None, numbered, True
    return mk, numbered, False


def _heading_goes_on(ln: Line, prev: Line, cur: "_Para", wraps: bool) -> bool:
    """A heading goes on to a second line only when it wraps: same x (or under the text after
    its number), the first line full; not into the next numbered heading."""
    tx = _text_x0(prev)
    same_x = abs(ln.x0 - prev.x0) <= max(2.0, 0.3 * ln.size) or (
        tx is not None and abs(ln.x0 - tx) <= 2.0)
    if not (same_x and wraps):
        return False
    return not (_starts_item(ln) and _starts_item(cur.lines[0]) and abs(ln.x0 - cur.lines[0].x0) <= 2)


def _body_line_breaks(ln: Line, prev: Line, cur: "_Para", short: bool, cr: float, here_right: float,
                      left: float) -> tuple[bool, bool]:
    """(new, join_close) for a line after a body-text line: a label and its short value stay one
    closed paragraph; a short line ending a sentence, a line whose first word would have fitted
    after a sentence's end, or a first-line indent start a new paragraph."""
    if _is_label(prev, short) and len(cur.lines) == 1:
        # "Date:" + a short value on the next line stay one paragraph; a paragraph
        # after a label is a block of its own
        if ln.x1 < here_right - 0.2 * max(1.0, here_right - left) and abs(ln.x0 - prev.x0) <= 2 and \
                not ln.text.rstrip().endswith(":"):
            return False, True
        return True, False
    if short and ends_sentence(prev.text):
        return True, False
    if len(prev.items) == 1 and not _wraps(prev, ln, cr) and (
            ends_sentence(prev.text) or (short and len(cur.lines) == 1)):
        # the next line's first word would have fitted after a sentence's end, or
        # after a short one-line paragraph: that line ended its paragraph
        return True, False
    if ln.x0 > prev.x0 + 1.2 * max(ln.size, 6) and len(cur.lines) > 1:
        return True, False  # first-line indent of a new paragraph
    return False, False


def _starts_new(ln: Line, prev: Line, cur: "_Para", mk, wraps: bool, cont: bool, cr: float,
                here_right: float, left: float, gap_thr: float, body: float) -> tuple[bool, bool]:
    """(new, join_close): whether ``ln`` starts a new paragraph after ``prev`` (the last line of
    ``cur``), and whether it closes ``cur`` after joining it (a label's value)."""
    style = (round(ln.size * 2) / 2, ln.bold)
    pstyle = (round(prev.size * 2) / 2, prev.bold)
    gap = ln.top - prev.bottom
    if mk is not None or cur.closed:
        return True, False
    if gap > gap_thr * max(1.0, ln.size / 10.0) or gap < -2:
        return True, False
    if prev.bold and ln.bold and (abs(prev.size - ln.size) >= 0.4 or (
            ends_sentence(prev.text) and len(ln.words) <= 8)):
        return True, False  # a bold title line, then a bold sub-heading ("SO WHAT? (...)" / "Data Summary")
    if pstyle != style and (abs(pstyle[0] - style[0]) >= 1.0 or
                            (pstyle[1] != style[1] and (prev.bold or ln.bold) and
                             (len(prev.words) <= 12 or len(ln.words) <= 12))):
        return True, False
    if cur.kind == BULLET:
        # a numbered item's wrapped line may go back under its number (minutes:
        # "47.2 It was moved ..."), a line that is not a wrap may not
        return (ln.x0 < cur.marker_x0 + 2 and abs(ln.x0 - cur.text_x0) > 3 and not (
            cur.numbered and (wraps or cont) and abs(ln.x0 - cur.marker_x0) <= 2)), False
    if _heading_style(prev, body) and pstyle == style:
        return not _heading_goes_on(ln, prev, cur, wraps), False
    short = prev.x1 < cr - 0.2 * max(1.0, cr - left)
    return _body_line_breaks(ln, prev, cur, short, cr, here_right, left)


def _open_para(ln: Line, mk, numbered: bool) -> "_Para":
    """A new paragraph, or a list item when the line has a marker."""
    if mk is None:
        return _Para(PARAGRAPH, [ln])
    first = ln.words[0]
    rest_words = ln.words[1:]
    tx0 = rest_words[0].x0 if rest_words else first.x1
    if len(first.text) > len(mk[0]):  # "•Text" glued
        tx0 = first.x0
    # an item number stays in the text ("1. There were ...", "4.10 The ..."), as in
    # the text and Markdown loaders; a bullet glyph does not
    return _Para(BULLET, [ln], marker_x0=first.x0, text_x0=tx0,
                 first_text=f"{mk[0]} {mk[1]}" if numbered else mk[1], numbered=numbered)


def _blocks_of_paras(paras: list) -> list[Block]:
    """Blocks of the paragraphs, bullets with their nesting level (rank of the marker's indent
    within this run of text), each with its style, line count and last line's right edge."""
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


def _para_blocks(items: list, gap_thr: float, body: float = 0.0) -> list[Block]:
    """Paragraph and bullet blocks of a run of text items, line by line: each line starts a new
    paragraph or item, or goes on the one above."""
    lines = _lines_of(items)
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    bare_x, item_x = _number_xs(lines)
    # a heading is judged against the whole run (it wraps only when it fills the column)
    chunk_right = _chunk_rights(lines, gap_thr)
    paras: list[_Para] = []
    for i, ln in enumerate(lines):
        prev = paras[-1].lines[-1] if paras else None
        cr = chunk_right[i - 1] if i else right
        wraps = prev is not None and _wraps(prev, ln, right) and abs(prev.size - ln.size) < 0.5
        mk, numbered, cont = _line_marker(ln, prev, paras, body, wraps, cr, bare_x, item_x)
        if not paras:
            new, join_close = True, False
        else:
            new, join_close = _starts_new(ln, prev, paras[-1], mk, wraps, cont, cr, chunk_right[i], left,
                                          gap_thr, body)
        if new:
            paras.append(_open_para(ln, mk, numbered))
        else:
            paras[-1].lines.append(ln)
            if join_close:
                paras[-1].closed = True
    return _blocks_of_paras(paras)


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




def _is_heading_candidate(b: Block) -> bool:
    if b.kind != PARAGRAPH or not hasattr(b, "_style"):
        return False
    size, bold = b._style  # type: ignore[attr-defined]
    body = getattr(b, "_body", 10.0)
    t = b.text.strip()
    if not TWO_LETTERS.search(t):
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
