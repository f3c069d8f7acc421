"""The ICDAR 2013 table competition measure: adjacency relations of cells.

A table is a list of cells ``{"row", "col", "row_span", "col_span", "text"}`` (spans
default to 1).  Every non-empty cell and its nearest non-empty neighbour to the right
in its row, and below in its column, form an adjacency relation ``(a, b, direction)``;
a cell spanning several rows (columns) has a right (lower) neighbour on each row
(column) it covers.  Cell content is compared lower-case with every non-alphanumeric
character removed (letters and digits of any script); a cell whose content is then
empty is empty.

Tables of one document are matched one to one (the pair sharing most relations
first); the relations of an unmatched table count in full against precision (a
detected table) or recall (a truth table).  Precision, recall and F1 are computed
over the relations summed over all documents (:func:`score`).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

def norm(text: str) -> str:
    """A cell's content as compared: its letters and digits in any script (NFKC, case-folded;
    Chinese or Vietnamese text counts as English does), spaces and punctuation left out."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "").casefold() if ch.isalnum())


def relations(cells: list[dict]) -> Counter:
    """The adjacency relations of one table, as a multiset."""
    grid: dict[tuple[int, int], int] = {}
    texts: list[str] = []
    for k, c in enumerate(cells):
        texts.append(norm(c.get("text", "")))
        for r in range(c["row"], c["row"] + max(1, c.get("row_span", 1) or 1)):
            for q in range(c["col"], c["col"] + max(1, c.get("col_span", 1) or 1)):
                grid.setdefault((r, q), k)
    if not grid:
        return Counter()
    n_rows = max(r for r, _ in grid) + 1
    n_cols = max(q for _, q in grid) + 1
    out: Counter = Counter()
    for k, c in enumerate(cells):
        if not texts[k]:
            continue
        r0, c0 = c["row"], c["col"]
        rs, cs = max(1, c.get("row_span", 1) or 1), max(1, c.get("col_span", 1) or 1)
        right, below = set(), set()
        for r in range(r0, r0 + rs):
            for q in range(c0 + cs, n_cols):
                j = grid.get((r, q))
                if j is not None and j != k and texts[j]:
                    right.add(j)
                    break
        for q in range(c0, c0 + cs):
            for r in range(r0 + rs, n_rows):
                j = grid.get((r, q))
                if j is not None and j != k and texts[j]:
                    below.add(j)
                    break
        for j in right:
            out[(texts[k], texts[j], "h")] += 1
        for j in below:
            out[(texts[k], texts[j], "v")] += 1
    return out


@dataclass
class Counts:
    correct: int = 0
    detected: int = 0
    truth: int = 0

    def add(self, other: "Counts") -> None:
        self.correct += other.correct
        self.detected += other.detected
        self.truth += other.truth

    @property
    def precision(self) -> float:
        return self.correct / self.detected if self.detected else (1.0 if not self.truth else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.truth if self.truth else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def tables_of_cells(cells, keep=None) -> list[list[dict]]:
    """The ``table_cells`` records of one document grouped into tables of cell dicts (the form
    the measure compares), in order of first appearance; only tables in ``keep`` when given."""
    by_id: dict[str, list[dict]] = {}
    for c in cells:
        if keep is None or c.table_id in keep:
            by_id.setdefault(c.table_id, []).append(
                dict(row=c.row, col=c.col, row_span=c.row_span, col_span=c.col_span, text=c.text))
    return list(by_id.values())


def document_counts(detected: list[list[dict]], truth: list[list[dict]]) -> Counts:
    """Relations of one document: its tables matched one to one, most shared relations first."""
    det = [relations(t) for t in detected]
    tru = [relations(t) for t in truth]
    pairs = sorted(((sum((d & t).values()), i, j) for i, d in enumerate(det) for j, t in enumerate(tru)),
                   reverse=True)
    used_d, used_t = set(), set()
    correct = 0
    for shared, i, j in pairs:
        if shared == 0:
            break
        if i in used_d or j in used_t:
            continue
        used_d.add(i)
        used_t.add(j)
        correct += shared
    return Counts(correct, sum(sum(d.values()) for d in det), sum(sum(t.values()) for t in tru))


def score(docs: list[tuple[list[list[dict]], list[list[dict]]]]) -> Counts:
    """``docs``: (detected tables, truth tables) per document -> summed counts."""
    total = Counts()
    for detected, truth in docs:
        total.add(document_counts(detected, truth))
    return total


def grid_cells(rows: list[list[str]], spans: list | None = None) -> list[dict]:
    """Cells of a table written as rows of strings, with spans ``[row, col, row_span, col_span]``;
    the positions a span covers are left out."""
    spans = spans or []
    covered = set()
    span_of = {}
    for r, q, rs, cs in spans:
        span_of[(r, q)] = (rs, cs)
        covered |= {(a, b) for a in range(r, r + rs) for b in range(q, q + cs)} - {(r, q)}
    out = []
    for r, row in enumerate(rows):
        for q, text in enumerate(row):
            if (r, q) in covered:
                continue
            rs, cs = span_of.get((r, q), (1, 1))
            out.append({"row": r, "col": q, "row_span": rs, "col_span": cs, "text": text})
    return out
