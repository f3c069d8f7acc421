"""Reconciliation: every narrative figure against the report's own tables, every
sum or percentage that should add up, and the same measure across documents.

``reconcile(docs, measures, figures) -> list[CheckRecord]``

``docs`` is a list of :class:`~extract.records.DocumentRecord` or of
:class:`~extract.model.Document` (only ``doc_id`` and, for a Document, its
blocks are used).  Every comparison made becomes one ``CheckRecord``, passed or
not; a figure that cannot be linked to a table produces no check at all, because
a false alarm is the worst outcome for a scrutiny officer.

Rules
=====

Linking a narrative figure to a table cell (``narrative_vs_table``)
--------------------------------------------------------------------
* Same document.  The figure's table is the table of its section: sections
  are compared after normalising case, punctuation, Markdown and "&"/"and";
  generic headings ("WHAT?", "SO WHAT?", "Data Summary", "Overview", ...) say
  nothing about the topic.  When either side only has a generic section, the
  nearest table *above* the figure (same or previous page, or within 200
  source lines) is used - a weak link.
* What the figure measures is its ``metric_text`` and ``subject`` (and the
  words of its clause).  A value stated with no measure of its own ("October
  2023 = 11 min 15 sec." under the bullet "Force level immediate response times
  have declined in recent months") already carries its lead-in's measure and
  subject from the figures extractor; reconciliation reads no source file.
* Metric through the one vocabulary (``extract/vocab/data/metrics.toml``, the
  force files and any ``--vocabulary`` file): the key the figures extractor gave
  the figure (its ``metric``), else the first metric whose ``text`` pattern its
  words match; a row's key by the metrics' ``table`` patterns.  A median metric
  is compared as its ``same_measure``.  "calls offered" /
  Call Offer Demand, "wait time" / Average Time to Answer, "log volume" /
  Storm Log Volume, "perps" / Suspects, "call volumes" / Call Answered Volume,
  "response time" / Average (or Median) Response Time, "time at scene", ...;
  anything else by the normalised metric words.
* Subject through the row label's qualifiers ("Crime Volume: Violence With
  Injury - County" -> {vwi, county}) with synonyms ("101"/"CCH",
  "VWI"/"Violence With Injury", "DA"/"Domestic Abuse").  The figure's own
  subject must be among the row's qualifiers; the row's qualifiers must all
  be named by the figure, its sentence (before the figure), its section or the
  table's section; the most specific such row wins; a tie is ambiguous and
  produces no check.
* Statistic: a figure saying "median" is compared with the Median row, one
  saying "average"/"mean" or nothing with the Average row; the other one is the
  *label alternative*.
* Period: a change figure is compared with the "12 months vs 12 months" column
  only when the sentence says year-on-year (or the figure's period is
  ``change_12_months``); a change against the previous month has no column and
  produces no check.  Changes are compared only with columns of the same period
  type: a year-on-year change the sentence dates to one month ("crime volumes
  for the month of September 2023 ..., year-on-year down by -8.4%": the figures
  extractor gives it period type ``month``) or to one quarter has no column; when
  its row exists it is ``unverifiable`` (reason ``period``: "the table gives only
  the change over 12 months"), else no check.  A level is compared with the column of its period type
  (month / 3 months / 12 months) and period end.  A period the table does not
  cover produces no check.  A period inherited from the section or document
  (``period_inherited`` = 1, or no period) is "unstated": the figure agrees when
  any column of its row agrees.
* Units: percent and percentage points are compared as numbers (with a note);
  seconds with seconds; counts with counts; money with money.  Other pairs
  produce no check unless the numbers are equal (then: mismatch, unit).

Precision ("compare at the precision the narrative states")
-----------------------------------------------------------
A stated value stands for the interval of its last digit: "62%" has precision
1, "1.6%" 0.1, "16 minutes" 60 s, "1 hr 33 min" 60 s, "11 min 15 sec" 1 s,
"£1.2m" £100,000.  The figure agrees with the table when the table value
*rounds* (half away from zero) **or truncates** to the stated value - both
conventions are in use in these reports, so both are accepted: "62%" agrees
with 61.5 ... 62.99; "-11%" with -11.99 ... -10.5; "16 minutes" with
00:15:30 ... 00:16:59.  When the table is printed less precisely than the
narrative, the roles swap.  A figure qualified by "over"/"more than" agrees with
any larger value, "under"/"less than" with any smaller one, and "around"/
"about"/"nearly" within 10 %; such figures are never a mismatch.

Verdicts and reasons
--------------------
* consistent (info).
* unverifiable (info), reason ``missing``: the linked cell is empty, or the
  figure's subject has no row in the table of its own section; reason
  ``period``: the figure states no period and matches no column.
* mismatch, in this order of diagnosis:
  ``unit`` (major) the numbers agree but the units do not ("-3%" vs
  "-00:00:03"); ``sign`` (major) the magnitudes agree but the directions do not
  ("a decrease of 2.1%" vs +2.1%); ``label`` (major) the figure equals the
  label alternative (the median reported as the average; the check then holds
  the cell of the label the narrative used, the explanation names the other);
  ``period`` (minor)
  it equals another period's column of the same row (the "12 months" figure is
  the month cell); ``rounding`` (minor) it is off by no more than one unit of
  its last digit; ``value`` (major) otherwise.

Arithmetic (``arithmetic``)
---------------------------
Within one sentence (a sentence starting "This represents / This compares /
This equates / This is" is read together with the one before it), using the
quantities the sentence states (``normalise.find_quantities``, cached per text;
ranks, margins and correlation coefficients are not quantities here):

* share: "Z% (Y completed and X upheld)", "X of Y (Z%)", "Of the Y ..., X
  ...", "Y ... of which Z% (X)": Z against 100 * X / Y.
* change with its count and total: "increased by 2.3% (n. 2,751), totalling
  121,109": 2,751 / (121,109 - 2,751); with two levels ("A ... compares to B
  ... (a decrease of D; Z%)"): Z against (A - B) / B and D against A - B (both
  orders are tried; only when neither agrees is it a mismatch).
* parts against their total, only when the sentence says so ("total",
  "totalling", "in total", "of which", "comprising", "made up of") and the parts
  are a plain list ("Fatal 23, Serious 232, Slight 1,629"; "5,611 were court
  disposals and 1,685 were out of court"); "of these"/"including" mean nesting
  and produce no check.
* measure boxes: a measure whose printed cell holds "33 per cent (6 appeals
  completed and 3 upheld)" is read the same way.
* tables: a difference line ("Change (PP)", "Difference") against the last
  minus the first (or previous) period line; a share column ("Proportion of",
  "% of total") against count / total-row count; category rows against the
  total row (a mismatch only when the shares show the categories are
  exhaustive).

* tables, other families: a "Change" / "% change" / "Difference" / "Variance" column against the two
  level columns it differences (the nearest two to its left, of one period type, with no third of that
  type: two 12-month windows, "2023/24 YTD" and "Previous YTD", budget and forecast).  The base is the
  earlier period, else the column labelled Previous / Baseline / SPLY, else either order is accepted.
  A "% change" is (current - base) / base over the printed values' rounding intervals; beside percent
  levels the points difference is accepted too.  Category rows against a single last "Total" row, per
  count / money column, only under subject rows (crime types, districts, budget lines) and only when
  some column adds up (else the rows are a selection and nothing is said).
* a target-role figure ("the 80% target", "within 28 days") is never a part, a total or a level of a
  sentence's arithmetic.

Linking a figure to these tables: a year-to-date figure goes to the current year-to-date column (not
"Previous YTD"); a year-to-date change to the change column of the year-to-date columns (the figure's
own unit picks "Change" or "% Change"); quarters and months by their end; money ("budget", unit gbp,
"£000" cells scaled); rates ("Rate per 1,000 population" is the crime rate); a crime type named alone
("Residential burglary | 101 | 96") is that row's volume; rows of one measure ("Overall satisfaction",
"Satisfaction with being kept informed") are told apart by their other label words.  Target columns are
never levels.  A cell reading only a scale marker ("£000") is no value.

Tolerance comes from the stated precision (the same interval rule; for a
difference of rounded values the inputs' half-precisions are added).  The
implied value is in ``table_value`` and the working in ``table_value_raw``.
Arithmetic mismatches are ``value`` (major) or ``rounding`` (minor).

Across tables (``cross_table``)
-------------------------------
* The same measure (metric, statistic, qualifiers, the row label's words, period
  type, period start and end, unit) in two tables of one document - a measure box
  and a table for the same indicator and quarter: consistent, or mismatch reason
  ``value`` (major).  Only when each table holds exactly one such cell.

Across documents (``cross_document``)
-------------------------------------
* The same measure (metric, statistic, qualifiers, period type and period end)
  in two documents: consistent, or mismatch reason ``revised`` (minor).
* A narrative figure of a document that has no table for its section,
  against the table of the same (non-generic) section of another document (the
  same report rendered twice): the narrative rules above.
* The same sentence (numbers masked) in two documents with different numbers:
  mismatch ``revised``.

Certainty first (issue 13)
--------------------------
* Linking without headings: a figure no section table and no nearby table checks is compared with the
  one row of its whole document that its own metric and subject name (two candidates: no check); only a
  plain value, unit or sign disagreement is reported through such a link (``comparing._check_in``).
* Counts with their change, "decreased by 13.2% (n.817)": against the linked row's current level,
  previous = current + n (or - n for a rise), change = n / previous, at the percentage's precision; only
  when the percentage itself agrees with the table (``counts``).
* Never a claim: ranges ("0.3%-0.4%"), approximations and bounds ("around", "almost", "over"), a
  percentage that follows a before and an after but names another quantity, a change against a
  baseline no column holds ("than the 2004-08 average") (``sentences``, ``linking``).
* Tables: a change column only between two periods, or a budget and its outturn, and only of the
  years its header names; a total row skips columns sharing one label; a "Change" printed in percent
  beside counts is their relative change (``table_arithmetic``).
* Across tables and documents: identical values always agree; the key holds the row label's dates, the
  unit, whether the cell is a change, and for rows known only by their label the column's words.  Both
  stages go through indexes (the measure key; the masked sentence; the section topic) and try at most
  three other documents per figure: linear in documents (``across``, ``_other_document_checks``).

``check_id`` = ``stable_id(doc_id, check_type, figure_id / measure ids, ...)``.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..model import stable_id
from ..normalise import clean_text
from ..records import CheckRecord, FigureRecord, MeasureRecord
from .vocabulary import SUBJECTS
from .common import _doc_id_of, _topic, _topic_eq, agrees, precision_of
from .explanations import format_value
from .tables import _build_tables
from .linking import FigContexts, _Fig
from .comparing import TablesFacts, _narrative_checks, may_check
from .sentences import _may_add_up, _sentence_arithmetic, _sentence_groups
from .table_arithmetic import _box_cell_checks, _box_share_checks, _table_arithmetic
from .counts import count_change_checks
from .across import _cross_sentences, _moved, _same_measure_checks, _twins
from .per_document import run_arithmetic, run_own_checks

#: (sentence, measure-box share, measure-box cell, table) arithmetic checks
ArithmeticParts = tuple

__all__ = ["reconcile", "SUBJECTS", "precision_of", "agrees", "format_value"]

# entry point
# ---------------------------------------------------------------------------

#: a column's scale marker read as a cell ("£000", "£'000", "£m"): never a value to compare
_SCALE_MARKER = re.compile(r"^\W*\(?£\s*(?:'?000|k|m|bn)\)?\W*$", re.I)


#: how many other documents a figure is tried against (its twins, or tables of its section): the first
#: in document order that decides wins, so a bound keeps the stage linear in documents
_MAX_OTHER_DOCS = 3


def reconcile(docs: Iterable, measures: Iterable[MeasureRecord], figures: Iterable[FigureRecord],
              arithmetic: Optional[list] = None) -> list[CheckRecord]:
    """Every check the records allow (see the module docstring for the rules).  ``arithmetic``: each
    document's arithmetic made as it was read (``per_document.gather``), used when it covers the run."""
    docs = list(docs or [])
    measures = _comparable(measures or [])
    figures = list(figures or [])
    doc_order = _doc_order(docs, measures, figures)
    tables = _build_tables(measures)
    checks: list[CheckRecord] = []
    # 1. narrative against the document's own tables (a figure's lead-in line, "Force level immediate
    # response times ..." above "October 2023 = 11 min 15 sec.", is already in its metric_text/subject)
    stated = [f for f in figures if f.value is not None]
    context = FigContexts()   # each figure's context, made when first needed
    own = run_own_checks(arithmetic, figures, measures)   # made as each document was read, or here
    own_done: dict[str, CheckRecord] = {}
    for figure_id, chk in own_table_checks(stated, tables, context) if own is None else own:
        checks.append(chk)
        own_done[figure_id] = chk
    # 1a. a percentage change stated with its count ("13.2% (n.817)") against the row's current level
    checks.extend(count_change_checks(figures, own_done, measures))
    # 1b. figures of documents without the table, against another document's table
    checks.extend(_other_document_checks(stated, context, tables, own_done, doc_order))
    # 2. arithmetic in sentences, measure boxes and tables
    arith = run_arithmetic(arithmetic, figures, measures)
    checks.extend(_arithmetic(figures, measures) if arith is None else arith)
    # 3. across tables of one document, and across documents (indexes keyed on the measure, never all pairs)
    table_order: dict[str, int] = {}
    for m in measures:
        table_order.setdefault(m.table_id, len(table_order))
    checks.extend(_same_measure_checks(measures, "table", table_order))
    checks.extend(_same_measure_checks(measures, "document", doc_order))
    checks.extend(_cross_sentences(figures, doc_order))
    # unique ids, stable order
    uniq: dict[str, CheckRecord] = {}
    for c in checks:
        uniq.setdefault(c.check_id, c)
    return list(uniq.values())


def own_table_checks(figures: Iterable[FigureRecord], tables: dict, context: FigContexts) -> list[tuple]:
    """(figure_id, check) of each stated figure against its own document's ``tables``, in figure order."""
    out = []
    facts: dict = {}   # (each document's ``TablesFacts``, made once)
    for f in figures:
        own = tables.get(f.doc_id) if f.value is not None else None
        if not own:
            continue
        if f.doc_id not in facts:
            facts[f.doc_id] = TablesFacts(own)
        if not may_check(f, facts[f.doc_id], context.measure):
            continue   # (a figure no check can come of needs no context: most of them)
        chk = _narrative_checks(context(f), own, "narrative_vs_table")
        if chk is not None:
            out.append((f.figure_id, chk))
    return out


def _comparable(measures: Iterable[MeasureRecord]) -> list[MeasureRecord]:
    """The measures whose cell is a value: not a column's scale marker ("£000")."""
    return [m for m in measures if not _SCALE_MARKER.match(clean_text(m.value_raw or ""))]


def _doc_order(docs: list, measures: list, figures: list) -> dict[str, int]:
    order: dict[str, int] = {}
    for i, d in enumerate(docs):
        did = _doc_id_of(d)
        if did and did not in order:
            order[did] = i
    for r in measures + figures:
        order.setdefault(r.doc_id, len(order))
    return order


def _other_document_checks(figures: list[FigureRecord], context: FigContexts, tables: dict, own_done: dict,
                           doc_order: dict) -> list[CheckRecord]:
    """A figure its own document could not check: against the same report's table in another document
    (its twin: the same sentence, numbers masked, at the same position), else against the table of the
    same (non-generic) section of another document.  Other documents are found through indexes (masked
    sentence; section topic) and at most ``_MAX_OTHER_DOCS`` are tried, so the work is linear."""
    out: list[CheckRecord] = []
    with_tables = {d for d, ts in tables.items() if ts}
    twins = _twins(figures, with_tables, doc_order, _MAX_OTHER_DOCS)
    by_topic: dict[str, list[str]] = {}
    for d in sorted(with_tables, key=lambda d: doc_order.get(d, 0)):
        for t in tables[d]:
            if t.topic and d not in by_topic.get(t.topic, []):
                by_topic.setdefault(t.topic, []).append(d)
    for f in figures:
        if f.figure_id in own_done:
            continue
        chk = _twin_check(f, twins.get(f.figure_id, []), tables, context)
        if chk is not None:
            out.append(chk)
            own_done[f.figure_id] = chk
            continue
        topic = _topic(f.section)   # the figure's context's topic
        if not topic or any(_topic_eq(t.topic, topic) for t in tables.get(f.doc_id, [])):
            continue
        others = [d for d in by_topic.get(topic, []) if d != f.doc_id][:_MAX_OTHER_DOCS]
        for other_doc in others:
            chk = _narrative_checks(context(f), tables[other_doc], "cross_document", strength_required="strong")
            if chk is not None and chk.verdict != "unverifiable":
                chk.check_id = stable_id(f.doc_id, "cross_document", f.figure_id, other_doc)
                chk.explanation = "Checked against the same section's table in another document: " + chk.explanation
                out.append(chk)
                break
    return out


def _twin_check(f: FigureRecord, twin_figures: list[FigureRecord], tables: dict, context: FigContexts
                ) -> Optional[CheckRecord]:
    for twin_f in twin_figures:
        other_tables = tables.get(twin_f.doc_id, [])
        if not other_tables:
            continue
        fc, twin = context(f), context(twin_f)
        proxy = _Fig(**{**fc.__dict__, "f": _moved(f, twin.f), "topic": twin.topic,
                        "metric_key": fc.metric_key or twin.metric_key, "context": fc.context | twin.context})
        chk = _narrative_checks(proxy, other_tables, "cross_document")
        if chk is None or chk.verdict == "unverifiable":
            continue
        chk.check_id = stable_id(f.doc_id, "cross_document", f.figure_id, twin.f.doc_id)
        chk.doc_id, chk.page, chk.section, chk.figure_id = f.doc_id, f.page, f.section, f.figure_id
        chk.explanation = "Checked against the same report's table in another document: " + chk.explanation
        return chk
    return None


def _arithmetic(figures: list[FigureRecord], measures: list[MeasureRecord]) -> list[CheckRecord]:
    """Sentence, measure-box and table arithmetic; the same statement reached twice counts once."""
    return _first_of_each(_arithmetic_parts(figures, measures))


def _arithmetic_parts(figures: list[FigureRecord], measures: list[MeasureRecord]) -> ArithmeticParts:
    """The arithmetic checks in their four kinds, each in record order (see ``per_document``)."""
    return (_sentence_checks(figures), _box_share_checks(measures), _box_cell_checks(measures),
            _table_arithmetic(measures))


def _first_of_each(parts) -> list[CheckRecord]:
    """The parts' checks in order, the same statement reached twice kept once."""
    out, seen_keys = [], set()
    for part in parts:
        for c in part:
            k = (c.doc_id, c.narrative_raw, c.narrative_value, round(c.table_value or 0, 4), c.table_value_raw)
            if k not in seen_keys:
                seen_keys.add(k)
                out.append(c)
    return out


def _sentence_checks(figures: list[FigureRecord]) -> list[CheckRecord]:
    arith: list[CheckRecord] = []
    for doc_id, text, figs in _sentence_groups(figures):
        if not _may_add_up(text):
            continue
        by_span = {}
        targets = set()
        for f in figs:
            if f.sentence and text.startswith(f.sentence):
                if f.char_start is not None:
                    by_span[(f.char_start, f.char_end)] = f.figure_id
            by_span.setdefault(f.value_raw, f.figure_id)
            # a target is never a part, a total or a level of the sentence's arithmetic
            if f.role == "target" and f.char_start is not None and f.char_end is not None:
                i = text.find(f.sentence or "\x00")
                if i >= 0:
                    targets.add((i + f.char_start, i + f.char_end))
        arith.extend(_sentence_arithmetic(doc_id, text, figs[0].page, figs[0].section, by_span,
                                          skip=frozenset(targets)))
    return arith
