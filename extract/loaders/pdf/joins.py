"""Across pages and columns: tables and paragraphs continued over a break."""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ...model import BULLET, PARAGRAPH, TABLE, Block, Cell, Document, Page
from ..table_cells import mark_header_rows
from ..common import ends_sentence, ends_with_stop_word, starts_lower
from ...model import n_header_rows
from .text import _GLYPH_MARK, _join_texts


def _join_cross_page_tables(doc: Document) -> None:
    tail: Optional[Block] = None  # a table ending the previous page
    for p in doc.pages:
        if tail is not None and p.blocks and p.blocks[0].kind == TABLE:
            first = p.blocks[0]
            mapping = None if _continues(tail, first) else _map_columns(tail, first)
            if _continues(tail, first) or mapping is not None:
                repeat = _repeated_header_rows(tail, first) if mapping is None else 0
                new_rows = first.rows[repeat:]
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
                if any(c.is_header for r in tail.rows for c in r):
                    for r in new_rows:  # rows under the first part's header are body rows
                        for c in r:    # (a part whose first rows read "1979 | 2021/2022" too)
                            c.is_header = False
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
    text = b.text if not a.text else (
        a.text + "\n" + b.text if _GLYPH_MARK.match(b.text) else _join_texts([a.text, b.text]))
    return dataclasses.replace(a, text=text, bbox=a.bbox or b.bbox)


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


_LOOKS_LIKE_HEADER_RE = re.compile(r"\d")


def _looks_like_header(row: list) -> bool:
    """A row of words only (no digit in any cell): a new table's header, not a continuation."""
    texts = [c.text for c in row if c.text]
    return len(texts) >= 2 and not any(_LOOKS_LIKE_HEADER_RE.search(t) for t in texts)


def _same_header(a: Block, b: Block) -> bool:
    ha = [c.text.strip().lower() for c in a.rows[0]]
    hb = [c.text.strip().lower() for c in b.rows[0]]
    return ha == hb and sum(1 for h in ha if h) >= 2


def _repeated_header_rows(a: Block, b: Block) -> int:
    """How many leading rows of ``b`` repeat ``a``'s header: its first row (``_same_header``)
    and each next header row of ``a`` that ``b`` prints again (a header band of two rows or
    more repeated over every page, months over their two columns); 0 when none."""
    if not _same_header(a, b):
        return 0
    k, n = 1, min(n_header_rows(a.rows), len(b.rows) - 1)  # (header rows are leading rows)
    while k < n and [c.text.strip().lower() for c in a.rows[k]] == [c.text.strip().lower() for c in b.rows[k]]:
        k += 1
    return k


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


def _text_cols(t: Block) -> list[Optional[tuple[float, float]]]:
    """Per column, the x-range of its filled cells (None for a column without text)."""
    out: list[Optional[tuple[float, float]]] = []
    for k in range(t.n_cols):
        bbs = [r[k].bbox for r in t.rows if k < len(r) and r[k].text and r[k].bbox and r[k].col_span == 1]
        out.append((min(b[0] for b in bbs), max(b[2] for b in bbs)) if bbs else None)
    return out


def _same_columns(a: Block, b: Block) -> bool:
    if a.n_cols != b.n_cols or a.n_cols < 2:
        return False
    ca, cb = _text_cols(a), _text_cols(b)
    matched = 0
    for k, (x, y) in enumerate(zip(ca, cb)):
        if x is None or y is None:
            continue
        if min(x[1], y[1]) <= max(x[0], y[0]):
            return False
        for n in (k - 1, k + 1):  # mostly inside its own column, not the one beside it
            if 0 <= n < len(ca) and ca[n] is not None and \
                    min(ca[n][1], y[1]) - max(ca[n][0], y[0]) > 0.5 * min(ca[n][1] - ca[n][0], y[1] - y[0]):
                return False
        matched += 1
    return matched >= 2


def _join_stacked_tables(doc: Document) -> None:
    """Tables right under one another on a page with the same columns are one table: a
    shaded header row and a shaded total row found as ruled tables, the rows between them
    (no rules, no fill) as an unruled one.  Joined when the gap between them is under the
    height of the taller of their last / first rows."""
    for p in doc.pages:
        out: list[Block] = []
        for b in p.blocks:
            a = out[-1] if out else None
            label = _group_label(a, b) if a is not None and a.kind == TABLE and b.kind == TABLE else None
            if a is not None and a.kind == TABLE and b.kind == TABLE and a.bbox and b.bbox \
                    and not a.row_pages and (label is not None or _same_columns(a, b)):
                row_h = max(_row_height(a.rows[-1]), _row_height(b.rows[0]), 1.0)
                # a group label may stand a blank line below the rows above it
                if 0 <= b.bbox[1] - a.bbox[3] <= (2.5 if label is not None else 1.0) * row_h:
                    if label is not None:
                        b.rows[0] = [label] + [Cell("", None) for _ in range(b.n_cols - 1)]
                    a.rows.extend(b.rows)
                    a.bbox = (min(a.bbox[0], b.bbox[0]), a.bbox[1], max(a.bbox[2], b.bbox[2]), b.bbox[3])
                    a.text = "\n".join("\t".join(c.text for c in r) for r in a.rows)
                    for r in a.rows:
                        for c in r:
                            c.is_header = False
                    mark_header_rows(a)
                    if hasattr(b, "_open"):
                        a._open = (getattr(a, "_open", (False, False))[0], b._open[1])  # type: ignore
                    continue
            out.append(b)
        p.blocks = out


def _group_label(a: Block, b: Block) -> Optional[Cell]:
    """The cell of ``b``'s first row when it is a group label over rows with ``a``'s columns
    ("Males" over the second block of an age table, set across the gap between the stub and
    the first figures column, so read as a table of its own with the label in column 1): the
    row's one filled cell, at most three words and no digit, starting left of ``a``'s second
    column's text, over two rows or more of ``a``'s columns."""
    if len(b.rows) < 3 or len(a.rows) < 2 or a.n_cols != b.n_cols or not a.bbox or not b.bbox:
        return None
    filled = [c for c in b.rows[0] if c.text]
    if len(filled) != 1 or not filled[0].bbox or len(filled[0].text.split()) > 3 \
            or any(ch.isdigit() for ch in filled[0].text):
        return None
    rest = dataclasses.replace(b, rows=b.rows[1:])
    ca = _text_cols(a)
    if not _same_columns(a, rest) or ca[1] is None or filled[0].bbox[0] >= ca[1][0]:
        return None
    return filled[0]


def _row_height(row: list) -> float:
    hs = [c.bbox[3] - c.bbox[1] for c in row if c.bbox and not c.covered and c.row_span == 1]
    return max(hs) if hs else 0.0
