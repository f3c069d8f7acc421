"""Grouping the rows of a run into deliverables: wrapped actions joined, undated
fragments kept as deliverables of their own."""
from __future__ import annotations

import re

from .parts import _Item, _Row, _Run
from ...sentence_end import ends_sentence
from .text import _continues, _starts_lower


_SENTENCE_THEN_REST = re.compile(r"^(.+?[.;])\s+(?=[A-Z0-9\"“‘])(.+)$")


def _group(run: _Run) -> list[_Item]:
    items: list[_Item] = []
    cur: list[_Row] = []

    def emit(frag: _Row, due: str, pct: str, dated: bool, status: str = "", lead: str = "",
             rag: str = "") -> None:
        if frag.action:
            lead = " ".join(x for x in (frag.lead, lead) if x)
            items.append(_Item(frag.action, due, pct, frag.page, frag.line, frag.section, dated, status, lead,
                               frag.priority, rag))

    for r in run.rows:
        a = r.action
        if not cur:
            last = items[-1] if items else None
            if last is not None and last.dated and a and _starts_lower(a) \
                    and not (r.full and not r.dated) and not ends_sentence(last.action):
                if not r.dated:
                    last.action = f"{last.action} {a}"
                    continue
                if not (r.full or r.due or r.pct or r.rag) and last.status and r.status \
                        and _starts_lower(r.status):
                    # a wrapped row whose status cell wraps too ("... to clarify the" / "Verbal update
                    # to" over "organisational arrangements ..." / "be given"): one row, not two
                    last.action, last.status = f"{last.action} {a}", f"{last.status} {r.status}"
                    if r.lead:
                        last.lead = f"{last.lead} {r.lead}".strip()
                    continue
                m = _SENTENCE_THEN_REST.match(a)
                if m:
                    last.action = f"{last.action} {m.group(1)}"
                    a = m.group(2)
            if a:
                cur = [_Row(a, page=r.page, line=r.line, section=r.section,
                            lead="" if r.dated else r.lead, priority=r.priority,
                            full=r.full)]
        else:
            if a:
                if not (cur[-1].full and r.full) and _continues(cur[-1].action, a):
                    cur[-1].action = f"{cur[-1].action} {a}"
                    if not r.dated and r.lead:
                        cur[-1].lead = f"{cur[-1].lead} {r.lead}".strip()
                else:
                    cur.append(_Row(a, page=r.page, line=r.line, section=r.section,
                                    lead="" if r.dated else r.lead, priority=r.priority,
                            full=r.full))
        if r.dated:
            if not cur:
                # date and progress with no action text at all: nothing to attach to
                continue
            for frag in cur[:-1]:
                emit(frag, "", "", False)
            emit(cur[-1], r.due, r.pct, True, r.status, r.lead, r.rag)
            cur = []
    if run.mode == "table":
        for frag in cur:
            if not _starts_lower(frag.action):
                emit(frag, "", "", False)
    return items
