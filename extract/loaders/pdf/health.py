"""Honest status for PDF pages: was a page read as fully as pdfplumber can read it?

The loader reads a page's words (upright text, dingbats left out) and its ruled
tables.  A damaged page (a broken font or text matrix, a stream cut in the
middle) can leave most of its characters out of those words while pdfplumber
still holds them: when the page holds at least :data:`MIN_CHARS` characters and
the words and tables read carry fewer than :data:`MIN_SHARE` of them, the page
is read again with pdfplumber's own ``extract_text()`` (one paragraph per line,
layout lost) and the document gets a problem naming the page, so it is
``partial``, never ``ok``.
"""
from __future__ import annotations

from ...model import PARAGRAPH, TABLE, Block

MIN_CHARS = 200
MIN_SHARE = 0.5


def _count(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def check_page(plumber_page, pd, doc) -> None:
    """Compare what was read of the page with the characters it holds; fall back when far below."""
    try:
        held = sum(_count(c.get("text") or "") for c in plumber_page.chars)
    except Exception:  # the page's objects cannot even be listed: the loader notes the failure
        return
    if held < MIN_CHARS:
        return
    read = sum(_count(w.text) for w in pd.words)
    read += sum(_count(c.text) for t in pd.tables for row in t.rows for c in row)
    if read >= MIN_SHARE * held:
        return
    try:
        lines = [l.strip() for l in (plumber_page.extract_text() or "").splitlines() if l.strip()]
    except Exception as e:
        lines = []
        why = f"pdfplumber's extract_text failed too ({type(e).__name__})"
    recovered = sum(_count(l) for l in lines)
    if recovered > read:
        pd.fallback_lines = lines
        why = f"its text was recovered line by line with pdfplumber's extract_text ({recovered} characters; layout and tables lost)"
    elif lines or recovered <= read:
        why = "no fuller reading was found"
    doc.problems.append(f"{doc.source}: page {pd.number}: only {read} of the {held} characters the page "
                        f"holds were read; {why}")


def fallback_blocks(page, pd) -> None:
    """Replace the blocks of a page read by the fallback: its tables kept, its text as read by it."""
    lines = getattr(pd, "fallback_lines", None)
    if not lines:
        return
    tables = [b for b in page.blocks if b.kind == TABLE]
    page.blocks = tables + [Block(PARAGRAPH, text=l, page=pd.number) for l in lines]
