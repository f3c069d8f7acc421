"""The "Priority N: ..." line each deliverables run stands under."""
from __future__ import annotations

import re
from typing import Optional

from ...model import HEADING
from .parts import _Entry, _Run
from .text import _PRIORITY


_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}


_PRIORITY_WORD = re.compile(r"^\s*priority", re.I)


def _priority_of(text: str) -> Optional[tuple[int, str]]:
    m = _PRIORITY.match(text)
    if not m or not m.group("rest").strip():
        return None
    n_raw = m.group("n")
    n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS[n_raw.lower()]
    rest = m.group("rest").strip()
    # "Priority 3: Priority 3: Tackle ..." (printed twice) -> once
    while True:
        m2 = _PRIORITY.match(rest)
        if m2 and m2.group("rest").strip() and (
                (m2.group("n").isdigit() and int(m2.group("n")) == n)
                or _NUM_WORDS.get(m2.group("n").lower()) == n):
            rest = m2.group("rest").strip()
        else:
            break
    if len(rest) > 120:
        return None
    label = _PRIORITY_WORD.match(text).group(0).strip()
    return n, f"{label} {n_raw}: {rest}"


_MAY_BE_PRIORITY = _PRIORITY.match  # the pre-test of a text: _priority_of is None without this match


def _priority_candidates(entries: list[_Entry]) -> list[tuple[int, int, str, Optional[int]]]:
    """(entry index, number, label, page) of every "Priority N: ..." line that is
    not part of a list of different priorities."""
    found = []
    match = _MAY_BE_PRIORITY
    for i, e in enumerate(entries):
        if e.cells is None:
            t = e.text
        else:  # a row's first filled cell
            t = next((c for c in e.cells if c), "")
        if t and match(t):  # (_priority_of is None without a match)
            p = _priority_of(t)
            if p:
                found.append((i, p[0], p[1], e.block.page))
    # a run of adjacent lines (same page) naming three or more different
    # priorities is a list (a contents slide): its lines are not slide titles.  A line repeating a number already
    # in the run starts a slide of its own and is kept.
    keep = []
    group: list = []

    def flush() -> None:
        seen_n: set = set()
        firsts, repeats = [], []
        for f in group:
            (repeats if f[1] in seen_n else firsts).append(f)
            seen_n.add(f[1])
        if len(seen_n) <= 2:
            keep.extend(group)
        else:
            keep.extend(repeats)

    for f in found:
        if group and (f[0] - group[-1][0] > 2 or f[3] != group[-1][3]):
            flush()
            group = []
        group.append(f)
    if group:
        flush()
    keep.sort()
    return keep


def _choose_priority(run: _Run, end: int, cands, headers: list[int],
                     entries: Optional[list[_Entry]] = None) -> Optional[str]:
    if not cands:
        return None
    if entries is not None and run.start < len(entries):
        # a structured source (Markdown headings, PDF headings by font; not pdftotext-like
        # text, whose slide titles may follow their content): the priority heading the
        # table stands under wins over nearness
        path = entries[run.start].block.headings
        under = [c for c in cands if c[0] < run.start and entries[c[0]].kind == HEADING
                 and entries[c[0]].block.text in path]
        if under:
            return under[-1][2]
    if run.page is not None:
        same = [c for c in cands if c[3] == run.page]
        if same:
            return min(same, key=lambda c: (abs(c[0] - run.start), c[0] > run.start))[2]
    prev_h = max((h for h in headers if h < run.start), default=-1)
    next_h = min((h for h in headers if h > run.start), default=10 ** 9)
    best = None
    for c in cands:
        i = c[0]
        if i < run.start:
            if i <= prev_h:
                continue
            dist = run.start - i
        else:
            if i >= next_h:
                continue
            dist = max(0, i - end)
        key = (dist, i > run.start)
        if best is None or key < best[0]:
            best = (key, c[2])
    if best is not None:
        return best[1]
    if run.page is not None:
        above = [c for c in cands if c[0] < run.start]
        if above:
            return above[-1][2]
    return None
