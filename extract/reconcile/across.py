"""The same measure across tables of one document and across documents, the same sentence in
two documents, and a figure's twin in another document."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..model import stable_id
from ..normalise import MONTH_PREFIX, clean_text
from ..records import CheckRecord, FigureRecord, MeasureRecord, names_only_its_period, names_only_its_subject
from .common import _unit_family, agrees, precision_of
from .explanations import _severity, format_value
from .tables import _parse_label, _raw_words
from .linking import _Fig, _is_change_cell
from .table_arithmetic import _cell_prec


#: the dates and numbers a row label carries ("Actual as at 30 September 2024"): part of what it measures
_LABEL_DATE = re.compile(rf"\d+|\b{MONTH_PREFIX}\b|\bq[1-4]\b", re.I)


def _label_dates(label: Optional[str]) -> tuple:
    return tuple(t if t.isdigit() else t.lower()[:3] for t in _LABEL_DATE.findall(clean_text(label or "")))


def _heading_words(section: Optional[str]) -> frozenset:
    """The words of a table's heading (or a column's label) without its numbers and dates ("11. Treasury Management Indicators",
    "Date Responded 29 April 2020")."""
    return _raw_words(_LABEL_DATE.sub(" ", clean_text(section or "")))


def _same_measure_checks(measures: list[MeasureRecord], scope: str, order: dict) -> list[CheckRecord]:
    """The same measure printed twice: the same metric, statistic, qualifiers, the
    label's own words ("Satisfaction with being kept informed" is not "... with
    treatment"), period and unit.  ``scope`` "table": in two tables of one document
    (``cross_table``; a disagreement is reason ``value``); "document": in two
    documents (``cross_document``; a disagreement is reason ``revised``).  Only
    unambiguous pairs: a table (or document) holding the measure twice is skipped
    (for tables, the whole group is).  ``order`` ranks tables or documents; the
    first is the base the others are compared with."""
    by_table = scope == "table"
    check_type, bad_reason = ("cross_table", "value") if by_table else ("cross_document", "revised")
    groups: dict[tuple, dict[str, list[MeasureRecord]]] = {}
    for m in measures:
        if m.value is None or not m.period_type or not m.period_end or (by_table and not m.table_id):
            continue
        if not by_table and names_only_its_subject(m.metric, m.row_label, m.subject):
            continue  # (where or who, "Avon and Somerset": what it counts is unknown)
        if names_only_its_period(m.metric, m.row_label):
            continue  # (when, "2021/22": what it counts is unknown)
        key, stat, quals = _parse_label(m)
        label = m.row_label if m.row_label else " ".join(x for x in (m.metric, m.subject) if x)
        words = _raw_words(label)
        # a row known only by its label ("Portugal", "West Virginia") is the same measure only under the
        # same column words too ("No. of stores" is not "1991"); a change or a rate is never a level
        raw = key.startswith("raw:")
        cols = _heading_words(m.column_label) if raw else frozenset()
        # ... and in two documents, under the same heading words ("Asian | 2020" of one force's arrests and
        # of another's stop and search are no revision of each other); none: nothing says what it counts
        heading = _heading_words(m.section) if raw and not by_table else frozenset()
        if raw and not by_table and not heading:
            continue
        k = (key, stat, quals, words, _label_dates(label), cols, heading, _is_change_cell(m), m.period_type,
             m.period_start, m.period_end, _unit_family(m.unit), m.unit)
        if by_table:
            k = (m.doc_id,) + k
        groups.setdefault(k, {}).setdefault(m.table_id if by_table else m.doc_id, []).append(m)
    out = []
    for by_part in groups.values():
        parts = [p for p, ms in by_part.items() if len(ms) == 1]
        if len(parts) < 2 or (by_table and len(parts) != len(by_part)):
            continue
        parts.sort(key=lambda p: order.get(p, 0))
        base = by_part[parts[0]][0]
        for part in parts[1:]:
            other = by_part[part][0]
            pa, pb = _cell_prec(base), _cell_prec(other)
            ok = agrees(other.value, pb, base.value, pa)
            verdict, reason = ("consistent", None) if ok else ("mismatch", bad_reason)
            va, vb = format_value(base.value, base.unit, pa), format_value(other.value, other.unit, pb)
            if by_table:
                expl = (f"\"{other.row_label}\" ({other.column_label}) is {vb} in this table and "
                        f"\"{base.row_label}\" ({base.column_label}) is {va} in another table of the same document"
                        + (" - the same." if ok else " - the two tables disagree."))
            else:
                expl = (f"\"{other.row_label}\" ({other.column_label}) is {vb} here and {va} in the other document"
                        + (" - the same." if ok else " - the figure was revised or one copy is wrong."))
            out.append(CheckRecord(
                check_id=stable_id(other.doc_id, check_type, other.measure_id, base.measure_id),
                doc_id=other.doc_id, check_type=check_type, verdict=verdict, reason=reason,
                severity=_severity(verdict, reason), page=other.page, section=other.section, sentence=None,
                narrative_raw=other.value_raw, narrative_value=other.value, table_row_label=base.row_label,
                table_column_label=base.column_label, table_value_raw=base.value_raw, table_value=base.value,
                unit=other.unit, difference=round(other.value - base.value, 6), explanation=expl,
                measure_id=other.measure_id))
    return out


#: a number, its sign and its grouping commas: ``[-+]?\d[\d,]*(?:\.\d+)?`` (the plain form, kept for the tests),
#: written to open with a character set, so ``re`` skips to each sign or digit instead of trying the
#: whole pattern at every character; a sign matches only before a digit, as there (the same matches)
_MASK_PLAIN = r"[-+]?\d[\d,]*(?:\.\d+)?"
_MASK = re.compile(r"[-+\d](?:(?<=\d)|(?=\d))[\d,]*(?:\.\d+)?")


def _cross_sentences(figures: list[FigureRecord], doc_order: dict) -> list[CheckRecord]:
    by_mask: dict[str, dict[str, list[FigureRecord]]] = {}
    for f in figures:
        key = _sentence_key(f.sentence)
        if key is None:
            continue
        by_mask.setdefault(key, {}).setdefault(f.doc_id, []).append(f)
    out = []
    masked: dict[tuple, str] = {}   # (sentence, its figures' spans) -> _figures_masked: once per sentence
    for key, by_doc in by_mask.items():
        if len(by_doc) < 2:
            continue
        docs = sorted(by_doc, key=lambda d: doc_order.get(d, 0))
        base = sorted(by_doc[docs[0]], key=lambda f: f.char_start or 0)
        base_mask = _figures_masked_once(base, masked)
        for d in docs[1:]:
            other = sorted(by_doc[d], key=lambda f: f.char_start or 0)
            if len(other) != len(base) or _figures_masked_once(other, masked) != base_mask:
                continue   # ("Q2 recorded 144 ..." and "Q3 recorded 117 ...": two quarters, one template)
            for a, b in zip(other, base):
                if a.unit != b.unit or a.period_end is None or (a.period_start, a.period_end) != (
                        b.period_start, b.period_end):   # (= not _same_period(a, b))
                    continue
                pa, pb = precision_of(a.value_raw, a.unit), precision_of(b.value_raw, b.unit)
                if agrees(a.value, pa, b.value, pb):
                    continue  # the same sentence twice says nothing new
                out.append(CheckRecord(
                    check_id=stable_id(d, "cross_document", a.figure_id, b.figure_id),
                    doc_id=d, check_type="cross_document", verdict="mismatch", reason="revised",
                    severity="minor", page=a.page, section=a.section, sentence=a.sentence,
                    narrative_raw=a.value_raw, narrative_value=a.value, table_row_label=None,
                    table_column_label=None, table_value_raw=b.value_raw, table_value=b.value, unit=a.unit,
                    difference=round(a.value - b.value, 6), figure_id=a.figure_id,
                    explanation=(f"The same sentence appears in another document with {b.value_raw} where this one "
                                 f"says {a.value_raw}: one of them was revised.")))
    return out


def _figures_masked_once(figs: list[FigureRecord], masked: dict) -> str:
    """``_figures_masked(figs)``, remembered in ``masked`` under what it reads: the first figure's
    sentence and each figure's span (a report's sentence repeated in the next one is masked once)."""
    key = (figs[0].sentence, *[(f.char_start, f.char_end) for f in figs])
    got = masked.get(key)
    if got is None:
        got = masked[key] = _figures_masked(figs)
    return got


def _figures_masked(figs: list[FigureRecord]) -> str:
    """The sentence of ``figs`` (one sentence's figures, in order) with only their own values
    masked: a quarter, year or item number in it stays, so a report's template sentence filled
    in for another period is not "the same sentence"."""
    text = figs[0].sentence or ""
    parts, at = [], 0
    for f in figs:
        if f.char_start < at:   # (overlapping spans: numbers masked as the grouping key does)
            return _sentence_key(text) or ""
        parts += [text[at:f.char_start], "#"]
        at = f.char_end
    parts.append(text[at:])
    return _SPACES.sub(" ", "".join(parts).lower()).strip(" .")


def _same_period(a: FigureRecord, b: FigureRecord) -> bool:
    """Both figures are of one known period: a monthly update's "Domestic Abuse has risen by
    43.8%." and the next month's "... by 46.3%." (each dated by its own report, or not at all)
    are two months' figures, not one figure revised."""
    return a.period_end is not None and (a.period_start, a.period_end) == (b.period_start, b.period_end)


@lru_cache(maxsize=4096)
def _masked(sentence: Optional[str]) -> tuple[int, str]:
    """The length of the sentence's clean text, and that text lower-cased with its numbers masked: what
    ``_sentence_key`` and ``_mask`` both read, made once per sentence (they ask of the same figures)."""
    s = clean_text(sentence or "")
    return len(s), _MASK.sub("#", s.lower())


@lru_cache(maxsize=4096)
def _sentence_key(sentence: Optional[str]) -> Optional[str]:
    """A sentence with its numbers masked (None when too short to say anything): once per sentence, not
    once per figure of it.  (Its spaces closed up after the numbers are masked: the same text as before,
    a number holding no space.)"""
    n, masked = _masked(sentence)
    if n < 30:
        return None
    return _SPACES.sub(" ", masked).strip(" .")


_SPACES = re.compile(r"\s+")
_NOT_MASKED_WORD = re.compile(r"[^a-z0-9#]+")


@lru_cache(maxsize=4096)
def _mask(sentence: Optional[str]) -> str:
    return _NOT_MASKED_WORD.sub(" ", _masked(sentence)[1]).strip()


def _twins(figures: list[FigureRecord], with_tables: set, doc_order: dict, limit: int
           ) -> dict[str, list[FigureRecord]]:
    """figure_id -> the same figure (same masked sentence, same position among its figures) in up to
    ``limit`` other documents that have tables, first in document order.  One pass over an index keyed on
    the masked sentence: linear in figures."""
    by_key: dict[str, dict[str, list[FigureRecord]]] = {}
    for f in figures:
        m = _mask(f.sentence)
        if len(m) >= 12:
            by_key.setdefault(m, {}).setdefault(f.doc_id, []).append(f)
    out: dict[str, list[FigureRecord]] = {}
    for by_doc in by_key.values():
        if len(by_doc) < 2:
            continue
        for figs in by_doc.values():
            figs.sort(key=lambda g: g.char_start or 0)
        holders = sorted((d for d in by_doc if d in with_tables), key=lambda d: doc_order.get(d, 0))
        for d, mine in by_doc.items():
            theirs_docs = [h for h in holders if h != d][:limit]
            for pos, f in enumerate(mine):
                for h in theirs_docs:
                    theirs = by_doc[h]
                    if len(theirs) == len(mine) and theirs[pos].unit == f.unit:
                        out.setdefault(f.figure_id, []).append(theirs[pos])
    return out


def _moved(f: FigureRecord, where: FigureRecord) -> FigureRecord:
    """A copy of ``f`` placed where its twin stands (document, page, line, section)."""
    import dataclasses
    return dataclasses.replace(f, doc_id=where.doc_id, page=where.page, line=where.line, section=where.section,
                               period_type=f.period_type or where.period_type,
                               period_end=f.period_end or where.period_end,
                               period_inherited=f.period_inherited if f.period_type else where.period_inherited)


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

#: a column's scale marker read as a cell ("£000", "£'000", "£m"): never a value to compare
