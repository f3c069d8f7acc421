"""Deliverables table headers and columns, found by the meaning of their words
(extract/vocab/data/deliverables.toml), and the status (RAG) words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...vocab import vocabulary
from ...vocab.literals import longest_first
from .text import _clean


_ROLES = ("action", "action_fallback", "due", "progress", "status", "lead", "update", "due_generic",
          "due_current", "rag", "recommendation", "recommendation_status")
_RAGS = ("red", "amber", "green", "complete", "not_started")


def _vocab() -> dict:
    """The deliverables words of the vocabulary (extract/vocab/data/deliverables.toml)."""
    V = vocabulary()
    return {"header": {r: V.words(f"deliverables_{r}") for r in _ROLES},
            "header_line_lead": V.words("deliverables_header_line_lead"),
            "rag": {r: V.words(f"rag_{r}") for r in _RAGS},
            "rag_letters": {c: r for r in _RAGS for c in V.words(f"rag_letter_{r}")}}


_VOCAB = _vocab()


_NOT_KEY = re.compile(r"[^a-z%]")


def _key(s: str) -> str:
    return _NOT_KEY.sub("", s.lower())


_HEAD = {role: frozenset(_key(w) for w in words) for role, words in _VOCAB["header"].items()}
# due headers that name no due-ness ("Date", "When": in an action log the date the action was
# raised) give way to one that does ("Due date"); a revised or forecast date to the original
_DUE_RANK = {**{k: 2 for k in _HEAD["due_generic"]}, **{k: 0 for k in _HEAD["due_current"]}}
_RAG = sorted(((w.lower(), rag) for rag, words in _VOCAB["rag"].items() for w in words),
              key=lambda t: -len(t[0]))
_RAG_LETTERS = _VOCAB["rag_letters"]


def rag_of(status: str) -> Optional[str]:
    """green | amber | red | complete | not_started for a status as printed ("On track",
    "Amber - some slippage", "G", "Completed"); None when the words say none."""
    t = _clean(status).lower().strip(" .:-–")
    if not t:
        return None
    if len(t) == 1:
        return _RAG_LETTERS.get(t)
    for phrase, rag in _RAG:
        if t == phrase or (t.startswith(phrase) and not t[len(phrase)].isalpha()):
            return rag
    return None


@dataclass
class Cols:
    """Column indexes of a deliverables table, found by the meaning of its headers."""
    action: int
    due: Optional[int] = None
    progress: Optional[int] = None
    status: Optional[int] = None
    lead: Optional[int] = None
    rag: Optional[int] = None       # a RAG column beside a status column of words
    due_orig: Optional[int] = None  # the original due column beside a revised one ("TARGET DATE" by "NEW DATE")

    @property
    def rich(self) -> bool:
        """A plan with a status or lead column: its due cells may be free text."""
        return self.status is not None or self.lead is not None


def _role(key: str) -> Optional[str]:
    for role in ("update", "action", "action_fallback", "due", "lead", "status"):
        if key in _HEAD[role]:
            return role
    if key in _HEAD["progress"] or key.startswith("progres"):
        return "progress"
    return None


@lru_cache(maxsize=8192)
def _cell_key(cell: str) -> str:
    return _key(_clean(cell))


# a recommendation tracker (a recommendation column, no action column): its bare "Date" / "When" is
# the day the recommendation was made, never a due date; its "Outcome" is the recommendation's status
_TRACKER_KEYS = _HEAD["due_generic"] | _HEAD["recommendation_status"]


def _recommendation_tracker(cells: list[str]) -> bool:
    keys = [_cell_key(c) for c in cells if c]
    return any(k in _HEAD["recommendation"] for k in keys) and not any(k in _HEAD["action"] for k in keys)


@lru_cache(maxsize=8192)
def _cell_role(cell: str) -> Optional[str]:
    """The header role a cell's words name (every row of a table asks: cells repeat)."""
    return _role(_key(_clean(cell)))


def header_columns(cells: list[str]) -> Optional[Cols]:
    """The columns of a deliverables table when ``cells`` is its header row, else None.

    A header names an action column (action, deliverable, milestone, ...; objective or aim
    only when no such column) and at least two of: a due column (date due, target date,
    timescale, deadline, ...), a progress column (progress, % complete), a status column
    (status, RAG) and a lead column (lead, owner, led by).  Words: extract/vocab/data/deliverables.toml."""
    roles: dict[str, int] = {}
    dues: list[tuple[int, int]] = []   # (rank, index) of each due column
    rag = None
    tracker = None
    for i, c in enumerate(cells):
        r = _cell_role(c) if c else None
        if (r == "due" or (r is None and c and len(c) <= 12)) and _cell_key(c) in _TRACKER_KEYS:
            if tracker is None:
                tracker = _recommendation_tracker(cells)
            if tracker:
                if r == "due":
                    continue      # a bare "Date": the day the recommendation was made
                r = "status"      # "Outcome": the recommendation's status
        if r == "status" and rag is None and _key(_clean(c)) in _HEAD["rag"]:
            rag = i   # "RAG" beside "Status": the colour, kept apart from the status words
            continue
        if r == "due":
            dues.append((_DUE_RANK.get(_key(_clean(c)), 1), i))
        elif r and r not in roles:
            roles[r] = i
    due_orig = None
    if dues:
        best = min(dues)   # (the lowest rank; of equal ranks the first column)
        roles["due"] = best[1]
        named = [d for d in dues if d[0] == 1]   # (never a bare "Date": the day the action was raised)
        if best[0] == 0 and named:
            due_orig = named[0][1]   # a revised date's column: the original stands where it is empty
    action = roles.get("action", roles.get("action_fallback"))
    if action is None:
        return None
    status = roles.get("status")
    if status is None:    # the RAG column is the only status column: it is the status, as before
        status, rag = rag, None
    cols = Cols(action, roles.get("due"), roles.get("progress"), status, roles.get("lead"), rag, due_orig)
    found = sum(x is not None for x in (cols.due, cols.progress, cols.status, cols.lead))
    # an action column and its objective beside it name the plan as well as a second column would
    # ("Project / Objective / Forecast End Date": Hampshire OPCC's delivery progress)
    if found == 1 and cols.due is not None and "action" in roles and "action_fallback" in roles:
        return cols
    return cols if found >= 2 else None


def _phrase_alt(role: str) -> str:
    words = longest_first(_VOCAB["header"][role])
    return "|".join(r"\s*".join(re.escape(ch) for ch in w.replace(" ", "")) for w in words)


# a deliverables header printed as one line ("Action Date Due Progress", "Deliverables Progress
# Key Actions Deadline Progress"): action, due and progress headers in that order
_HEADER_LINE = re.compile(
    rf"^(?:(?:{'|'.join(_VOCAB['header_line_lead'])})\s+)?(?P<a>{_phrase_alt('action')})\s+"
    rf"(?P<d>{_phrase_alt('due')})\s+(?P<p>progres\s*s?)\s*$", re.I)


def header_words() -> frozenset:
    """Every word of the action, due and progress header phrases (a prefilter for loaders
    that rebuild a header printed one cell per line)."""
    return frozenset(w for role in ("action", "due", "progress") for p in _VOCAB["header"][role]
                     for w in p.lower().split())


def split_header_line(text: str) -> Optional[list[str]]:
    """The three header cells [action, due, progress] of a one-line deliverables header, else None."""
    m = _HEADER_LINE.match(text or "")
    return [m.group("a"), m.group("d"), m.group("p")] if m else None
