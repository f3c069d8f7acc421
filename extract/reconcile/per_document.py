"""Checks that need one document's records only (issue 14: "fast" and "memory flat"): its narrative
figures against its own tables, and the sentence, measure-box and table arithmetic.  Each document's
are made as it is read (in its worker, where the quantities of its sentences are still remembered, and
in parallel: before, the run's narrative checks were a serial stage after every worker had finished)
and ``reconcile`` puts them together in the order one pass over the whole run gives, keeping the
first of a statement reached twice, as that pass does.

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
    own: tuple = ()      # (figure_id, check) of its narrative figures against its own tables, in figure order


def with_document_checks(tables: dict) -> dict:
    """One document's ``tables`` with its own-table narrative checks and its arithmetic added under
    ``KEY`` (left out when making them fails)."""
    from . import _arithmetic_parts, _comparable, own_table_checks
    from .linking import FigContexts
    from .tables import _build_tables

    try:
        figures, measures = list(tables.get("figures", [])), _comparable(tables.get("measures", []))
        parts = _arithmetic_parts(figures, measures)
        own = own_table_checks(figures, _build_tables(measures), FigContexts())
        ids = frozenset(r.doc_id for r in chain(figures, measures))
    except Exception:   # the run's pass makes them (and fails, or not, as it always did)
        return tables
    return {**tables, KEY: [DocumentArithmetic(ids, parts, tuple(own))]}


def gather(results: list, spool=None) -> list[DocumentArithmetic]:
    """Every document's arithmetic, documents in input order (from the spool when the run spooled)."""
    if spool is not None:
        return list(spool.rows(KEY))
    return [a for r in results for a in r.tables.get(KEY, [])]


def covers(given: Optional[list[DocumentArithmetic]], figures: list, measures: list) -> bool:
    """Does ``given`` cover every document of ``figures`` and ``measures`` exactly once?"""
    if given is None:
        return False
    seen: set = set()
    for a in given:
        if a.doc_ids & seen:
            return False
        seen |= a.doc_ids
    return all(r.doc_id in seen for r in chain(figures, measures))


def run_own_checks(given: Optional[list[DocumentArithmetic]], figures: list, measures: list) -> Optional[list]:
    """The run's (figure_id, check) of narrative figures against their own document's tables, put together
    from ``given`` (documents in run order: the order of one pass over the run's figures), or None when
    ``given`` does not cover the run (see :func:`covers`)."""
    if not covers(given, figures, measures):
        return None
    return [pair for a in given for pair in a.own]


def run_arithmetic(given: Optional[list[DocumentArithmetic]], figures: list, measures: list) -> Optional[list]:
    """The run's arithmetic put together from ``given``, or None when ``given`` does not cover every
    document of ``figures`` and ``measures`` exactly once."""
    if not covers(given, figures, measures):
        return None
    from . import _first_of_each

    return _first_of_each(chain.from_iterable(a.parts[i] for a in given) for i in range(4))
