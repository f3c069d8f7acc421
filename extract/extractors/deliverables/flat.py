"""Plan trackers flattened one cell per line by a converter (text and Markdown): the header's cells
on lines of their own ("Action" / "Owner" / "Due date" / "Status"), then each row's cells, one a
line, in the header's order.

The rows are rebuilt only where that is certain:

* every header line names a column (extract/vocab/data/deliverables.toml), at least three of them,
  and together they make a deliverables header (``header_columns``);
* every row parses: its due cell is a due date or a due word, its status cell a status, its
  progress cell a percent (alone or with a word), its lead cell a short name, and its action no
  date or percent; at least two rows;
* the table ends where the text plainly goes on to something else (the end, a heading, a page
  number, a stop line such as "Risks and issues", or a paragraph).  A line that fails to parse where
  a cell could stand (a cell wrapped over two lines, a column the header does not name) means the
  table cannot be read with certainty: nothing is rebuilt.

A header the loader already made a table of (the text loader's "Action / Date Due / Progress")
is left to the table reader.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ...model import TABLE
from ...vocab.literals import longest_first
from .cells import _is_due_cell
from .headers import _VOCAB, _cell_role, header_columns, rag_of
from .parts import _Entry, _Row, _Run, _Source
from .rows import status_from_progress
from .text import _DATE_WORDS, _STOP, _clean

_MAX_HEAD = 8                    # header cells read at most
_PAGE_LINE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", re.I)
_PCT_CELL = re.compile(r"^\d{1,3}(?:\.\d+)?\s?%(?:\s+(?:complete[d]?|done))?$", re.I)


# a line holding only an action header ("Action", "**Key milestones**", "Deliverable:"), searched in
# the lower-cased text after a newline (a literal first character: fast): a tracker flattened one
# cell per line has one, and text without one is not read line by line
_ACTION_LINE = re.compile(
    r"\n[ \t*#_]{0,4}(?:" + "|".join(
        r"[ \t]+".join(re.escape(w) for w in p.lower().split())
        for p in longest_first(_VOCAB["header"]["action"] + _VOCAB["header"]["action_fallback"]))
    + r")[ \t*:_]{0,4}(?=\r?\n|$)")


def _head_cell(t: str) -> Optional[str]:
    # (_cell_role cleans the cell and is cached: header words repeat)
    return _cell_role(t) if len(t) <= 40 and t.count(" ") <= 4 else None


_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


def _cell_ok(role: Optional[str], t: str) -> bool:
    if role == "due":
        return _is_due_cell(t)
    if role == "status":
        return rag_of(t) is not None or bool(_DATE_WORDS.match(t))
    if role == "progress":
        return bool(_PCT_CELL.match(t)) or rag_of(t) is not None
    if role == "lead":
        return len(t) <= 60 and len(t.split()) <= 8 and not _is_due_cell(t) and "%" not in t \
            and not t.endswith(".")
    if role in ("action", "action_fallback"):
        return bool(_THREE_LETTERS.search(t)) and not _is_due_cell(t) and not _PCT_CELL.match(t) \
            and _head_cell(t) is None
    return True                   # an update / comments cell: any words


def _natural_end(t: Optional[str]) -> bool:
    """Does the line after the last row plainly leave the table?"""
    return t is None or t.startswith("#") or bool(_PAGE_LINE.match(t)) or bool(_STOP.match(t)) \
        or (len(t) > 100 and t.rstrip().endswith((".", ":")))


def _header_at(lines: list[tuple[int, str]], i: int) -> Optional[list[str]]:
    cells: list[str] = []
    j = i
    while j < len(lines) and len(cells) < _MAX_HEAD and _head_cell(lines[j][1]):
        cells.append(lines[j][1])
        j += 1
    # the longest prefix of three or more named cells that makes a header
    for n in range(len(cells), 2, -1):
        if header_columns(cells[:n]):
            return cells[:n]
    return None


def _rows_after(lines, k: int, roles: list) -> tuple[list[list[tuple[int, str]]], int]:
    rows = []
    n = len(roles)
    while k + n <= len(lines):
        group = [(no, _clean(t)) for no, t in lines[k:k + n]]
        if not all(_cell_ok(r, t) for r, (_, t) in zip(roles, group)):
            break
        rows.append(group)
        k += n
    return rows, k


def _action_lines(raw: str) -> list[int]:
    """Line numbers (1-based) of the lines holding only an action header."""
    low = "\n" + raw.lower()
    out, no, pos = [], 0, 0
    for m in _ACTION_LINE.finditer(low):
        no += low.count("\n", pos, m.start() + 1)   # the match opens with its line's newline
        pos = m.start() + 1
        out.append(no)
    return out


def flat_runs(doc, entries: list[_Entry], src: Optional[_Source] = None) -> list[tuple[_Run, int]]:
    """(run, entry index after it) of every tracker printed one cell per line (module docstring);
    ``src``: the document's raw lines and entry start lines, made once per document."""
    if doc.format not in ("text", "markdown") or not doc.raw_text:
        return []
    heads = _action_lines(doc.raw_text)
    if not heads:
        return []
    src = src or _Source(doc.raw_text, entries)
    lines = [(no, t.strip()) for no, t in enumerate(src.raw, 1) if t and not t.isspace()]
    numbers = [no for no, _ in lines]
    # a header starts at most _MAX_HEAD cells before its action cell
    tries = sorted({j for h in heads for j in range(max(0, bisect.bisect_left(numbers, h) - _MAX_HEAD + 1),
                                                    bisect.bisect_left(numbers, h) + 1)})
    starts = src.starts
    table_lines = {e.block.line for e in entries if e.kind == TABLE}
    out: list[tuple[_Run, int]] = []
    done = 0
    for i in tries:
        if i < done or not _head_cell(lines[i][1]):
            continue
        head = _header_at(lines, i)
        if head is None:
            continue
        n = len(head)
        cols = header_columns(head)
        roles = [_cell_role(c) for c in head]
        roles[cols.action] = "action"
        rows, k = _rows_after(lines, i + n, roles)
        first, last = lines[i][0], lines[min(k, len(lines)) - 1][0]
        made_table = any(first <= ln <= last for ln in table_lines)
        if len(rows) >= 2 and not made_table and _natural_end(lines[k][1] if k < len(lines) else None):
            out.append(_flat_run(entries, starts, first, rows, cols))
        done = max(k, i + n)
    return out


def _flat_run(entries, starts: list[int], first: int, rows, cols) -> tuple[_Run, int]:
    def entry_at(line: int) -> int:
        return max(0, bisect.bisect_right(starts, line) - 1)

    h = entry_at(first)
    run = _Run(start=h, mode="table", page=entries[h].block.page if entries else None, whole_cells=True)
    for group in rows:
        cells = [t for _, t in group]
        e = entries[entry_at(group[0][0])] if entries else None
        pick = lambda i: cells[i] if i is not None else ""  # noqa: E731
        p, st, rg = pick(cols.progress), pick(cols.status), pick(cols.rag)
        if p and not _PCT_CELL.match(p):
            p, st, rg = status_from_progress(p, st, rg)   # a status printed in the progress column
        run.rows.append(_Row(cells[cols.action], pick(cols.due) or pick(cols.due_orig), p, e.page if e else None, group[0][0],
                             e.block.section if e else "", st, pick(cols.lead), full=True, rag=rg))
    end = entry_at(rows[-1][-1][0]) + 1
    return run, end
