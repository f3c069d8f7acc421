"""Checks that need one document's records only (issue 14: "fast" and "memory flat"): the sentence,
measure-box and table arithmetic.  Each document's are made as it is read (in its worker, where the
quantities of its sentences are still remembered) and ``reconcile`` puts them together in the order one
pass over the whole run gives, keeping the first of a statement reached twice, as that pass does.

A result without them (a failure while making them, records made elsewhere) leaves ``reconcile`` to do
the whole run's arithmetic itself, as before.  ``tests/test_crossspeed.py`` compares both ways.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Optional

#: the ``DocResult.tables`` entry that carries a document's arithmetic: no output table (conform,
#: the writers and the run's counts leave it out)
KEY = "_arithmetic"


@dataclass
class DocumentArithmetic:
    doc_ids: frozenset   # the documents of the records they were made from
    parts: tuple         # (sentence, measure-box share, measure-box cell, table) checks, each in record order


def with_document_checks(tables: dict) -> dict:
    """One document's ``tables`` with its arithmetic added under ``KEY`` (left out when making it fails)."""
    from . import _arithmetic_parts, _comparable

    try:
        figures, measures = list(tables.get("figures", [])), list(tables.get("measures", []))
        parts = _arithmetic_parts(figures, _comparable(measures))
        ids = frozenset(r.doc_id for r in chain(figures, measures))
    except Exception:   # the run's pass makes them (and fails, or not, as it always did)
        return tables
    return {**tables, KEY: [DocumentArithmetic(ids, parts)]}


def gather(results: list, spool=None) -> list[DocumentArithmetic]:
    """Every document's arithmetic, documents in input order (from the spool when the run spooled)."""
    if spool is not None:
        return list(spool.rows(KEY))
    return [a for r in results for a in r.tables.get(KEY, [])]


def run_arithmetic(given: Optional[list[DocumentArithmetic]], figures: list, measures: list) -> Optional[list]:
    """The run's arithmetic put together from ``given``, or None when ``given`` does not cover every
    document of ``figures`` and ``measures`` exactly once."""
    if given is None:
        return None
    seen: set = set()
    for a in given:
        if a.doc_ids & seen:
            return None
        seen |= a.doc_ids
    if any(r.doc_id not in seen for r in chain(figures, measures)):
        return None
    from . import _first_of_each

    return _first_of_each(chain.from_iterable(a.parts[i] for a in given) for i in range(4))
