"""The entry stream of a document and the rows of one deliverables run (a table
under a header row, or text lines under a one-line header)."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Document, TABLE, HEADING, BULLET
from ...normalise import parse_percent
from ...normalise.due import parse_due
from .cells import _date_suffix, _is_due_cell, _split_due_cell
from .parts import _Entry, _Row, _Run, _Source
from .headers import _HEADER_LINE, Cols, header_columns, rag_of
from .priorities import _priority_of
from .text import (_DATE_WORDS, _PCT_TOKEN, _STOP, _clean, _continues, _starts_lower,
                   _starts_punct)


def _bullet_glyph(lines: list[str], b) -> str:
    """The dash a text loader took off a bullet line, when the source (``lines``: the
    document's raw text split at newlines) shows it (a wrapped cell line "– national
    level ..." is text, not a bullet)."""
    if b.kind != BULLET or not b.line or not lines:
        return ""
    if b.line > len(lines):
        return ""
    raw = lines[b.line - 1].lstrip()
    return raw[0] if raw[:1] in ("–", "—") and raw[1:2] == " " else ""


def _whole_cells(b, lines: list[str], doc_format: str) -> bool:
    """Does table block ``b`` hold complete cells (ruled PDF and HTML tables, and Markdown pipe
    tables, whose rows are one line each)?  Then two rows that each fill a named column besides the
    action are rows of their own (grouping); tab-separated and pdftotext-like tables wrap a row
    over several."""
    method = getattr(b, "table_method", "")
    if method in ("ruled", "html") or (method == "" and doc_format == "pdf"):
        return True
    if method == "markdown" and b.line and b.line <= len(lines):
        return lines[b.line - 1].lstrip().startswith("|")
    return False


def _entries(doc: Document, src: Optional[_Source] = None) -> list[_Entry]:
    out: list[_Entry] = []
    lines = (src or _Source(doc.raw_text)).raw  # split once, not per block
    for b in doc.blocks:
        glyph = _bullet_glyph(lines, b) if b.kind == BULLET else ""  # (a bullet's only)
        if b.kind == TABLE:
            whole = _whole_cells(b, lines, doc.format)
            for ri, r in enumerate(b.rows):
                cells = [_clean(c.text) for c in r]
                out.append(_Entry(" ".join(c for c in cells if c), cells, b, TABLE, b.page_of_row(ri),
                                  ri, doc.format, whole))
        else:
            for ln in (b.text or "").split("\n"):
                if "\t" in ln:
                    cells = [_clean(c) for c in ln.split("\t")]
                    out.append(_Entry(" ".join(c for c in cells if c), cells, b, TABLE, b.page,
                                      doc_format=doc.format))
                elif ln.strip():
                    t = _clean(ln)
                    if glyph:
                        t, glyph = f"{glyph} {t}", ""
                    out.append(_Entry(t, None, b, b.kind, b.page))
    return out


# --------------------------------------------------------------------------
# reading runs
# --------------------------------------------------------------------------

def _cell(cells: list[str], i: Optional[int]) -> str:
    return cells[i] if i is not None and i < len(cells) else ""


def _group_label(e: "_Entry", cells: list[str], cols: Cols) -> bool:
    """A row of complete cells (ruled PDF, HTML or pipe table) with only its action cell filled,
    in a plan with lead or status columns, or a cell spanning the whole row: a heading
    over the rows below it ("Public Health Service Transformation ..."), not a deliverable."""
    b = e.block
    if getattr(b, "rows", None) and e.row is not None and e.row < len(b.rows):
        row = b.rows[e.row]
        filled = [c for c in row if c.text.strip()]
        if len(filled) == 1 and filled[0].col_span >= max(2, len(row)):
            return True
    others = [c for i, c in enumerate(cells) if i != cols.action and c]
    return e.whole and cols.rich and bool(cells[cols.action:cols.action + 1]) and not others


def _continued_at(entries: list[_Entry], i: int, run: _Run) -> Optional[int]:
    """Where a plan continues on the next page without its header: after at most three short
    lines (running footer, page number, heading), a table of as many columns whose first row
    is on a later page than the run's last row.  None when it does not continue."""
    if not run.rows or run.rows[-1].page is None:
        return None
    last = run.rows[-1]
    width = len(entries[i - 1].cells or [])
    for j in range(i, min(i + 4, len(entries))):
        e = entries[j]
        if e.cells is not None:
            if e.page is not None and e.page > last.page and len(e.cells) == width \
                    and not header_columns(e.cells):
                return j
            return None
        if len(e.text) > 80 or _STOP.match(e.text) or _priority_of(e.text):
            return None
    return None


def _progress_pct(p: str):
    """The percent of a progress cell: alone or with a few words ("75%", "75% complete"); a
    percent inside commentary ("a 12% rise in reports; review under way") is no progress."""
    if not p:
        return None
    q = parse_percent(p)
    if q is None or len(p.split()) <= 4:
        return q
    return None


_SENTENCE_PUNCTUATION = re.compile(r"[.;:!?]")


def _table_run(entries: list[_Entry], h: int, cols: Cols) -> tuple[_Run, int]:
    run = _Run(start=h, mode="table", page=entries[h].block.page, whole_cells=entries[h].whole)
    i = h + 1
    priority = ""
    # columns the header names (a short label, read or not: "Led by", "Shared Outcome"); a slide's
    # text garbled into the table has no such header
    named = [k for k, c in enumerate(entries[h].cells or []) if k != cols.action and c
             and len(c.split()) <= 4 and not _SENTENCE_PUNCTUATION.search(c)]
    while i < len(entries):
        e = entries[i]
        if e.cells is None:
            j = _continued_at(entries, i, run)
            if j is None:
                break
            i = j
            continue
        cells = e.cells
        if header_columns(cells):
            break
        if e.block is not entries[i - 1].block and len(cells) != len(entries[h].cells or []):
            break  # another table follows, not this plan's rows
        a, d, p = _cell(cells, cols.action), _cell(cells, cols.due), _cell(cells, cols.progress)
        if not d and cols.due_orig is not None:
            d = _cell(cells, cols.due_orig)   # no revised date printed: the original one stands
        st, lead, rg = _cell(cells, cols.status), _cell(cells, cols.lead), _cell(cells, cols.rag)
        if e.whole and a and not (d or p or st or lead or rg) and (pr := _priority_of(a)):
            priority = pr[1]   # a "Priority N: ..." row over the rows below it in a table of whole cells
            i += 1
            continue
        if a and _STOP.match(a):
            break
        if not (a or d or p or st or lead or rg):
            i += 1
            continue
        if _group_label(e, cells, cols):
            i += 1
            continue
        over, d = _split_due_cell(d)
        if over:
            a = (a + " " + over).strip()
        pq = _progress_pct(p)
        if p and pq is None and rag_of(p):
            # a status printed in the progress column ("On track", "Complete"); beside a status of its
            # own it is the colour (rag), never lost and never the status
            p, st, rg = status_from_progress(p, st, rg)
        elif p and pq is None and cols.rich and not _DATE_WORDS.match(p):
            p = ""   # commentary in the progress column of a plan with lead / status columns
        d_ok = (not d) or _is_due_cell(d) or _date_suffix(d.split()) > 0
        if (d and not d_ok and not cols.rich) or (p and pq is None and not _DATE_WORDS.match(p)):
            # text spilled into the date / progress columns: not a deliverables row
            if not (d_ok and pq is not None):
                break
        full = e.whole and any(cells[k] for k in named if k < len(cells))
        run.rows.append(_Row(a, d, p, e.page, e.block.line, e.block.section, st, lead, priority, full, rg))
        i += 1
    return run, i


#: a due word ("to March 2025") or one letter cut off a word ("service. r March 2025")
_DUE_WORD_OR_LETTER = re.compile(r"to|by|until|before|[a-z]")


def _split_terminators(text: str) -> list[tuple[str, str, str]]:
    """Split a line into (action, due, pct) pieces at each "[date] NN%"; the
    last piece may have no pct (text after the last percentage)."""
    out: list[tuple[str, str, str]] = []
    pos = 0
    for m in (_PCT_TOKEN.finditer(text) if "%" in text else ()):  # (every match has a "%")
        before = text[pos:m.start()].strip()
        words = before.split()
        k = _date_suffix(words)
        # a due word or a cut-off fragment before the date belongs to the due text
        # ("... Justice Sector to March 2025 30%", "... service. r March 2025 30%")
        if k and len(words) > k + 1 and _DUE_WORD_OR_LETTER.fullmatch(words[-k - 1]) \
                and parse_due(" ".join(words[-k - 1:])).date is not None:
            k += 1
        action = " ".join(words[:len(words) - k]) if k else before
        due = " ".join(words[len(words) - k:]) if k else ""
        out.append((action, due, m.group(0)))
        pos = m.end()
    rest = text[pos:].strip()
    if rest or not out:
        out.append((rest, "", ""))
    return out


_DELIVERABLES_PROGRESS = re.compile(r"deliverables?\s+progress", re.I)
_WEB_ADDRESS = re.compile(r"https?://|www\.")


def _text_run(entries: list[_Entry], h: int) -> tuple[_Run, int]:
    run = _Run(start=h, mode="text", page=entries[h].block.page)
    i = h + 1
    undated = 0
    while i < len(entries):
        e = entries[i]
        t = e.text
        if e.cells is not None and len([c for c in e.cells if c]) > 1:
            # a table row inside the run: read its cells as one line
            t = " ".join(c for c in e.cells if c)
        if not t:
            i += 1
            continue
        if _HEADER_LINE.match(t) or _STOP.match(t):
            break
        if e.kind == BULLET and not (_starts_lower(t) or _starts_punct(t)):
            break
        if e.kind == HEADING and ("%" not in t or not _PCT_TOKEN.search(t)) and \
                _DELIVERABLES_PROGRESS.fullmatch(t):
            break
        stop = False
        for action, due, pct in _split_terminators(t):
            if _WEB_ADDRESS.match(action):
                stop = True
                break
            if not (action or due or pct):
                continue
            over, due2 = _split_due_cell(due) if due else ("", "")
            if over:
                action, due = (action + " " + over).strip(), due2
            run.rows.append(_Row(action, due, pct, e.page, e.block.line, e.block.section))
            undated = 0 if pct else undated + 1
        if stop:
            break
        if undated > 8:
            break
        i += 1
    # a progress-only row takes its date from the short row before it ("New contract to start Apr 24")
    rows: list[_Row] = []
    for r in run.rows:
        if r.pct and not r.due and not r.action and rows and not rows[-1].dated:
            prev = rows[-1]
            w = prev.action.split()
            k = _date_suffix(w)
            if k:
                if len(w) <= 8 and len(prev.action) <= 45 and not _SENTENCE_PUNCTUATION.search(prev.action):
                    r.due, r.action = prev.action, ""
                    rows.pop()
                    # the date cell wrapped over several short lines ("New" / "contract to" / "start Apr 24")
                    while rows and not rows[-1].dated and len(rows[-1].action.split()) <= 4 \
                            and len(rows[-1].action) <= 25 and not _SENTENCE_PUNCTUATION.search(rows[-1].action) \
                            and _continues(rows[-1].action, r.due):
                        r.due = f"{rows.pop().action} {r.due}"
                else:
                    r.due = " ".join(w[len(w) - k:])
                    prev.action = " ".join(w[:len(w) - k])
                    if not prev.action:
                        rows.pop()
        rows.append(r)
    run.rows = rows
    return run, i


def status_from_progress(progress: str, status: str, rag: str) -> tuple[str, str, str]:
    """A status printed in the progress column ("On track", "Complete"): (progress, status, rag) with
    it as the status, or beside a status of its own as the colour (rag), never lost."""
    return "", status or progress, (rag or progress) if status else rag
