"""Deliverables progress tables: Action | Date Due | Progress.

The tables appear in several shapes and every shape is reduced to one list of
*rows* ``(action fragment, date cell, progress cell)`` before rows are grouped
into deliverables:

* **Table blocks** (clean tab/PDF tables, and slide pages garbled into one wide
  table beside "Outcomes achieved this quarter"): the header row is the row with
  cells "Action", "Date Due" (or "Due Date", "Date", "Deadline", ...) and
  "Progress" (compared without spaces, so a converter's "Progres s" is still the
  header).  Only those three columns are read; cells of other columns are
  ignored.
* **Text runs** (pdftotext-like): after a line "Action Date Due Progress" the
  lines are read in order; a line ending in ``[date] NN%`` closes a deliverable
  ("Jan 24 90%", "Youth voice procurement and roll out Apr 24 65%"); a
  progress-only line ("75%") takes its date from the short line before it when
  that line ends in a date ("New contract to start Apr 24").

Grouping rules (both shapes):

* an undated fragment followed by a fragment that continues it (starts in lower
  case or with punctuation, or the first ends with a function word, comma or
  hyphen, or both sides are capitalised words, "Strategic" / "Needs") is joined
  to it ("Melksham custody suite and first floor" + "refurbishment | May 24");
* an undated fragment starting in lower case right after a finished deliverable
  whose action does not end a sentence is the end of that action ("... resulting
  in" / "improved services ..."); a dated fragment starting in lower case whose
  first sentence ends the previous action is split there;
* an undated fragment that is followed by a separate dated one is a deliverable
  of its own with no date and no progress ("a missing date stays empty");
* words in the date cell starting in lower case before a date ("to March 2025")
  were pushed there from the action by a converter and go back to it.

The run or table ends at "PCC focus next quarter", "Risks and issues",
"Outcomes achieved", a "Priority N:" line, a WHAT?/SO WHAT? slide heading, a
bullet list, a web address, or a date cell that is neither a date nor a known
date word.

Each deliverable carries the priority of its slide: the "Priority N: ..." line
on the same page when pages are known, else the nearest such line (above or
below) that is not part of a list of priorities and not beyond another
deliverables table.
"""
from __future__ import annotations

import re

from ...model import Document, stable_id
from ...records import DeliverableRecord
from .cells import _due_date, _pct_value, _rag_from_due
from .grouping import _group
from .headers import Cols, header_columns, header_words, rag_of, split_header_line, _HEADER_LINE
from .priorities import _choose_priority, _priority_candidates
from .parts import _Run, _Source
from .flat import flat_runs
from .pipecells import pipe_runs
from .inline import inline_actions
from .rows import _entries, _table_run, _text_run
from .text import _WS, _clean

__all__ = ["Cols", "extract", "header_columns", "header_words", "rag_of", "split_header_line"]


_A_LETTER = re.compile(r"[A-Za-z]")


def extract(doc: Document) -> list[DeliverableRecord]:
    src = _Source(doc.raw_text)  # the raw lines and the entries' start lines, made once
    entries = src.entries = _entries(doc, src)
    runs: list[tuple[_Run, int]] = []
    i = 0
    while i < len(entries):
        e = entries[i]
        cols = header_columns(e.cells) if e.cells is not None else None
        if cols:
            run, j = _table_run(entries, i, cols)
            runs.append((run, j))
            i = max(j, i + 1)
            continue
        if _HEADER_LINE.match(e.text or ""):
            run, j = _text_run(entries, i)
            runs.append((run, j))
            i = max(j, i + 1)
            continue
        i += 1
    runs.extend(flat_runs(doc, entries, src))
    runs.extend(pipe_runs(doc, entries, src))
    runs.sort(key=lambda t: t[0].start)
    cands = _priority_candidates(entries)
    headers = [r.start for r, _ in runs]
    out: list[DeliverableRecord] = []
    seen: dict[str, int] = {}
    for run, end in runs:
        priority = _choose_priority(run, end, cands, headers,
                                    entries if doc.format in ("markdown", "pdf") else None)
        for it in _group(run):
            action = _WS.sub(" ", it.action).strip(" ;,")
            if not action or not _A_LETTER.search(action):
                continue
            prio = it.priority or priority
            out.append(DeliverableRecord(
                deliverable_id=_next_id(seen, doc.doc_id, prio, action), doc_id=doc.doc_id, page=it.page,
                section=it.section or None, priority=prio, action=action,
                due_raw=it.due or None, due_date=_due_date(it.due),
                progress_pct=_pct_value(it.pct), status=it.status or None,
                rag=rag_of(it.rag) or rag_of(it.status) or _rag_from_due(it.due), lead=_clean(it.lead) or None))
    _inline(doc, entries, runs, seen, out, src)
    return out


def _next_id(seen: dict, doc_id: str, priority, action: str) -> str:
    """A deliverable's id: of its document, priority and action, numbered from the second time the
    same three are met (``seen`` counts them)."""
    key = stable_id(doc_id, priority, action)
    n = seen.get(key, 0)
    seen[key] = n + 1
    return key if n == 0 else stable_id(doc_id, priority, action, n)


def _inline(doc: Document, entries, runs, seen: dict, out: list, src: _Source) -> None:
    """The action lines of minutes ("Action – LG to provide ...": inline.py), outside the runs read."""
    for e, action, owner, due in inline_actions(doc, entries, runs, src):
        out.append(DeliverableRecord(
            deliverable_id=_next_id(seen, doc.doc_id, None, action), doc_id=doc.doc_id,
            page=e.page, section=e.block.section or None, priority=None, action=action,
            due_raw=due, due_date=_due_date(due) if due else None, progress_pct=None, status=None,
            rag=None, lead=owner))
