"""One figure against its linked row: the verdict and its reason (unit, sign, label, period,
rounding, value), and the narrative check entry point."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..normalise import clean_text
from ..records import CheckRecord, FigureRecord, MeasureRecord
from ..vocab import vocabulary
from .vocabulary import _GENERIC_VOLUME_WORDS, _MODIFIERS, _NSAMPLE, _PERCENT_UNITS, _VOLUME_KEYS
from .common import _eps, _subject_tokens, _unit_family, agrees, precision_of
from .explanations import _check, _fmt_diff, _say, _signed
from .tables import _Row, _Table, _raw_key, _raw_qual_words, _words_of
from .named_rows import _SPEND_WORD, _is_variance_col, named_row_check
from .linking import _CRIME_TOKENS, _Fig, _candidate_rows, _fig_measure, _cell_for, _level_cells, _link_tables, _month_key, _period_phrase, _prefix


def _change_period_check(fc: _Fig, row: _Row, check_type: str) -> Optional[CheckRecord]:
    """A year-on-year change of a single month (or quarter) against a row that only has the 12-month change."""
    f = fc.f
    ch = [c for c in row.cells if c.period_type == "change_12_months" and c.value is not None
          and _unit_family(c.unit) == _unit_family(f.unit)]
    if len(ch) != 1:
        return None
    c = ch[0]
    pc = precision_of(c.value_raw, c.unit) if c.value_raw else fc.precision
    nf, nt = _say(f.value, f.unit, fc.precision), _say(c.value, c.unit, pc)
    when = _period_phrase(f)
    same = agrees(abs(f.value), fc.precision, abs(c.value), pc)
    note = (f" The table's 12-month change is also {nt}, so the writer may have quoted that column." if same else "")
    return _check(f.doc_id, check_type, "unverifiable", "period", (f.figure_id, row.table_id, row.row_label), f, c,
                  explanation=(f"The narrative's {nf} is the year-on-year change for {when} alone (compared with the "
                               f"same period a year before). The table row \"{row.row_label}\" gives only the change "
                               f"over 12 months against the previous 12 months (\"{c.column_label}\": {nt}), so the "
                               f"figure cannot be checked against it." + note))




def _compare(fc: _Fig, row: _Row, cell: Optional[MeasureRecord], alt_rows: list[_Row], check_type: str,
             doc_id: str, status: str) -> Optional[CheckRecord]:
    """The verdict of one figure against one row (cell chosen or period unstated)."""
    f = fc.f
    ids = (f.figure_id, row.table_id, row.row_label)
    where = f"the table row \"{row.row_label}\""
    nf = _say(f.value, f.unit, fc.precision)
    if status == "unstated":
        return _compare_unstated(fc, row, alt_rows, check_type, doc_id, ids, where, nf)
    return _compare_cell(fc, row, cell, alt_rows, check_type, doc_id, ids, where, nf)


def _cell_pt(fc: _Fig, c: MeasureRecord) -> float:
    return precision_of(c.value_raw, c.unit) if c.value_raw else fc.precision


def _unit_ok(fc: _Fig, c: MeasureRecord) -> bool:
    return _unit_family(c.unit) == _unit_family(fc.f.unit)


def _agrees_c(fc: _Fig, c: MeasureRecord, magnitude: bool = False) -> bool:
    if c.value is None or not _unit_ok(fc, c):
        return False
    n, t = fc.f.value, c.value
    if magnitude or not fc.sign_stated:
        n, t = abs(n), abs(t)
    if fc.qualifier in ("lower", "upper"):
        # a bound is on the size ("fell by over 5%" holds for -7%), in the direction stated
        if n * t < 0:
            return False
        n, t = abs(n), abs(t)
        return t >= n - _eps(n, t) if fc.qualifier == "lower" else t <= n + _eps(n, t)
    if fc.qualifier == "approx":
        return abs(t - n) <= 0.1 * abs(n) + _eps(n, t)
    return agrees(n, fc.precision, t, _cell_pt(fc, c))


def _note_units(fc: _Fig, c: MeasureRecord) -> str:
    if fc.f.unit != c.unit and {fc.f.unit, c.unit} == set(_PERCENT_UNITS):
        return (" The narrative writes a percent where the table gives percentage points;"
                " the numbers were compared as printed.")
    return ""


def _compare_unstated(fc: _Fig, row: _Row, alt_rows: list[_Row], check_type: str, doc_id: str, ids: tuple,
                      where: str, nf: str) -> Optional[CheckRecord]:
    """A figure stating no period: agreeing with any column of its row, else the label or unverifiable."""
    f = fc.f
    cands = [c for c in _level_cells(row)]
    if not any(c.value is not None and _unit_ok(fc, c) for c in cands):
        return None
    ok = [c for c in cands if _agrees_c(fc, c)]
    if ok:
        c = ok[0]
        return _check(doc_id, check_type, "consistent", None, ids, f, c,
                      explanation=(f"The narrative's {nf} agrees with {where} for \"{c.column_label}\" "
                                   f"({_say(c.value, c.unit, _cell_pt(fc, c))}) at the precision stated; the sentence "
                                   f"names no period, so every column of the row was tried." + _note_units(fc, c)))
    # the median reported as the average in the default column?
    default = [c for c in cands if c.period_type == "month"] or cands
    for alt in alt_rows:
        for ac in alt.cells:
            if ac.period_type == default[0].period_type and _agrees_c(fc, ac):
                return _label_mismatch(fc, row, default[0], alt, ac, check_type, doc_id, ids)
    vals = "; ".join(f"{c.column_label}: {_say(c.value, c.unit, _cell_pt(fc, c))}" for c in cands if c.value is not None)
    c0 = default[0]
    return _check(doc_id, check_type, "unverifiable", "period", ids, f, c0,
                  explanation=(f"The sentence names no period and the narrative's {nf} agrees with no column of "
                               f"{where} ({vals}). It may refer to a period the table does not show."))


def _compare_cell(fc: _Fig, row: _Row, cell: Optional[MeasureRecord], alt_rows: list[_Row], check_type: str,
                  doc_id: str, ids: tuple, where: str, nf: str) -> Optional[CheckRecord]:
    """A figure against the cell of its period: empty, another unit, consistent, approximate, else diagnosed."""
    f = fc.f
    assert cell is not None
    if cell.value is None:
        return _check(doc_id, check_type, "unverifiable", "missing", ids, f, cell,
                      explanation=(f"The table cell for {where}, \"{cell.column_label}\", is empty, so the narrative's "
                                   f"{nf} cannot be checked."))
    pt = _cell_pt(fc, cell)
    nt = _say(cell.value, cell.unit, pt)
    if not _unit_ok(fc, cell):
        # only the same number in another unit is worth saying
        if agrees(abs(f.value), fc.precision, abs(cell.value), pt) or agrees(abs(f.value), 1.0, abs(cell.value), 1.0):
            return _check(doc_id, check_type, "mismatch", "unit", ids, f, cell, difference=None,
                          explanation=(f"The narrative gives {nf} ({f.unit}) where {where} gives {nt} "
                                       f"({cell.unit}) for \"{cell.column_label}\": the same number in a different unit."))
        return None
    if _agrees_c(fc, cell):
        extra = ""
        if not fc.sign_stated and (cell.value or 0) < 0:
            extra = " The sentence does not state the direction; the sizes agree."
        return _check(doc_id, check_type, "consistent", None, ids, f, cell,
                      explanation=(f"The narrative's {nf} agrees with {where}, \"{cell.column_label}\" ({nt}), at the "
                                   f"precision stated." + extra + _note_units(fc, cell)))
    if fc.qualifier:
        return _check(doc_id, check_type, "unverifiable", "approximate", ids, f, cell,
                      explanation=(f"The narrative's figure is approximate (\"{clean_text(_prefix(f))[-20:].strip()} "
                                   f"{f.value_raw}\") and {where} gives {nt}; not treated as a discrepancy."))
    return _diagnose(fc, row, cell, alt_rows, check_type, doc_id, ids, where, nf, pt, nt)


def _diagnose(fc: _Fig, row: _Row, cell: MeasureRecord, alt_rows: list[_Row], check_type: str, doc_id: str,
              ids: tuple, where: str, nf: str, pt: float, nt: str) -> CheckRecord:
    """Why a figure disagrees with its cell, in order: sign, label, period, rounding, value."""
    f = fc.f
    diff = f.value - cell.value
    if fc.sign_stated and _agrees_c(fc, cell, magnitude=True) and f.value * cell.value < 0:
        return _check(doc_id, check_type, "mismatch", "sign", ids, f, cell,
                      explanation=(f"The narrative says {_signed(f.value, f.unit, fc.precision)} "
                                   f"({'a fall' if f.value < 0 else 'a rise'}) but {where} gives "
                                   f"{_signed(cell.value, cell.unit, pt)} for \"{cell.column_label}\" "
                                   f"({'a fall' if cell.value < 0 else 'a rise'}): the direction is reversed."))
    for alt in alt_rows:
        for ac in alt.cells:
            if ac.period_type == cell.period_type and _month_key(ac.period_end) == _month_key(cell.period_end) \
                    and _agrees_c(fc, ac):
                return _label_mismatch(fc, row, cell, alt, ac, check_type, doc_id, ids)
    if not fc.is_change:
        for oc in _level_cells(row):
            if oc is not cell and _agrees_c(fc, oc):
                return _check(doc_id, check_type, "mismatch", "period", ids, f, cell,
                              explanation=(f"The narrative presents {nf} as the {_period_words(f)} figure, but {where} "
                                           f"gives {nt} for \"{cell.column_label}\"; {nf} is the table's "
                                           f"\"{oc.column_label}\" value ({_say(oc.value, oc.unit, _cell_pt(fc, oc))}). "
                                           f"The figure appears to describe a different period."))
    tol = max(fc.precision, pt)
    n_cmp, t_cmp = (f.value, cell.value) if fc.sign_stated else (abs(f.value), abs(cell.value))
    if abs(n_cmp - t_cmp) <= tol + _eps(n_cmp, t_cmp):
        return _check(doc_id, check_type, "mismatch", "rounding", ids, f, cell,
                      explanation=(f"The narrative's {nf} is not {nt} ({where}, \"{cell.column_label}\") correctly "
                                   f"rounded; they differ by {_fmt_diff(abs(diff), cell.unit, pt)}, within one unit of "
                                   f"the last digit stated." + _note_units(fc, cell)))
    alt_note = ""
    for alt in alt_rows:
        for ac in alt.cells:
            if ac.period_type == cell.period_type and _month_key(ac.period_end) == _month_key(cell.period_end) \
                    and ac.value is not None:
                alt_note = f" (\"{alt.row_label}\" gives {_say(ac.value, ac.unit, _cell_pt(fc, ac))}.)"
    return _check(doc_id, check_type, "mismatch", "value", ids, f, cell,
                  explanation=(f"The narrative says {nf} but {where} gives {nt} for \"{cell.column_label}\" - "
                               f"a difference of {_fmt_diff(abs(n_cmp - t_cmp), cell.unit, min(fc.precision, pt))}."
                               + alt_note + _note_units(fc, cell)))


def _period_words(f: FigureRecord) -> str:
    return {"month": "monthly", "rolling_12_months": "12-month", "rolling_3_months": "3-month",
            "quarter": "quarterly", "change_12_months": "year-on-year"}.get(f.period_type or "", "stated period's")


_METRIC_WORDS_RE = re.compile(r"^(?:average|mean|median)\s+", re.I)


def _metric_words(row: _Row) -> str:
    label = clean_text(row.row_label or "").split(":")[0]
    return _METRIC_WORDS_RE.sub("", label.strip()).lower() or "figure"


def _label_mismatch(fc: _Fig, row: _Row, cell: MeasureRecord, alt: _Row, ac: MeasureRecord, check_type: str,
                    doc_id: str, ids: tuple) -> CheckRecord:
    f = fc.f
    nf = _say(f.value, f.unit, fc.precision)
    pa = precision_of(ac.value_raw, ac.unit)
    pc = precision_of(cell.value_raw, cell.unit)
    desc = (f"the {_metric_words(row)}" if not fc.stat else f"the {fc.stat}")
    return _check(doc_id, check_type, "mismatch", "label", ids, f, cell,
                  explanation=(f"The narrative gives {nf} as {desc}, which the table calls \"{row.row_label}\" "
                               f"({_say(cell.value, cell.unit, pc)} for \"{cell.column_label}\"); {nf} is in fact the "
                               f"table's \"{alt.row_label}\" ({_say(ac.value, ac.unit, pa)}): the "
                               f"{alt.stat or 'other measure'} is reported as the {row.stat or 'average'}."))


# ---------------------------------------------------------------------------
# narrative against tables
# ---------------------------------------------------------------------------

def _dims(tokens) -> set:
    """The kinds of subject tokens (service, grade, area, crime, risk ...: the vocabulary's
    ``kind``; a token of the reconciliation is a vocabulary key or one of its ``aliases``)."""
    V = vocabulary()
    return {V.subject_kind(t) or ("raw" if str(t).startswith("raw:") else "other") for t in tokens}


_BENCHMARK = re.compile(r"\b(?:national(?:ly)?|msg|most similar|peers?|peer group|regional(?:ly)?|england and wales|"
                        r"other forces|all forces|forces nationally|target|sla)\b", re.I)


def _default_volume(fc: _Fig, tables: list[_Table]) -> Optional[_Fig]:
    """A figure about a crime type that names no measure ("Robbery volumes have fallen by 12%", "702
    offences", "Knife crime rose by 52 offences (4.1%)") is about its volume: the one volume metric the
    linked table has for that crime type, when there is exactly one."""
    f = fc.f
    if _unit_family(f.unit) not in ("count", "percent") or (f.unit == "percent" and f.role != "change"):
        return None
    words = _words_of(f.metric_text)
    if words - _GENERIC_VOLUME_WORDS - _words_of(f.subject) - _words_of(f.section):
        return None  # the metric words say something else ("burglary-related calls")
    crime = (fc.explicit & _CRIME_TOKENS) or _raw_qual_words(frozenset(fc.explicit)) or (fc.context & _CRIME_TOKENS)
    if not crime:
        return None
    linked, _ = _link_tables(fc, tables)
    V = vocabulary()
    keys = set()
    for t in linked:
        for r in t.rows:
            if r.metric_key in _VOLUME_KEYS and any(c.unit == "count" for c in r.cells) \
                    and (crime & r.quals or crime & r.label_words):
                keys.add(r.metric_key)   # a volume row of the figure's crime type
            elif (r.metric_key.startswith("raw:") or V.metric_unit(r.metric_key) == "count") \
                    and any(c.unit == "count" for c in r.cells) and (crime & r.quals or crime & r.label_words) \
                    and r.label_words <= (fc.words | _words_of(f.sentence) | crime | _GENERIC_VOLUME_WORDS):
                # a row named by the crime type alone ("Residential burglary | 101 | 96"), or by a count
                # metric of the vocabulary whose words the figure's sentence holds ("Volume of complaints")
                keys.add(r.metric_key)
    if len(keys) != 1:
        return None
    import dataclasses
    return dataclasses.replace(fc, metric_key=keys.pop())





class TablesFacts:
    """What of a document's tables decides whether a figure can be checked against them at all
    (``may_check``): the rows' metric keys, whether one is a measure of the vocabulary, whether a row
    can be a crime type's volume (``_default_volume``), whether a row has the one variance cell in
    pounds ``named_row_check`` reads."""

    __slots__ = ("keys", "vocabulary_rows", "volume_rows", "named_rows")

    def __init__(self, tables: list[_Table]):
        V = vocabulary()
        rows = [r for t in tables for r in t.rows]
        self.keys = frozenset(r.metric_key for r in rows)
        self.vocabulary_rows = not self.keys.isdisjoint(_measure_keys(V))
        self.volume_rows = any(
            (r.metric_key in _VOLUME_KEYS or r.metric_key.startswith("raw:") or V.metric_unit(r.metric_key) == "count")
            and any(c.unit == "count" for c in r.cells) for r in rows)
        self.named_rows = any(
            sum(1 for c in r.cells if c.unit == "gbp" and c.value is not None and _is_variance_col(c.column_label)) == 1
            for r in rows)


@lru_cache(maxsize=4)
def _measure_keys(V) -> frozenset:
    """Every key a figure's measure can be but its own words' (``linking._fig_key``: a metric of the
    vocabulary or one of its aliases, the measure a ``text`` pattern names, "crime_volume"), each as the
    measure it is compared as."""
    keys = [k for k in V.metrics] + [k for k in V._metric_alias] + [k for k, _rx in V._metric_text]
    return frozenset(V.measure_key(k) for k in keys) | {"crime_volume"}


def _volume_may_fit(f: FigureRecord, facts: TablesFacts) -> bool:
    """Can ``_default_volume`` give a figure without a measure a row's ("702 offences")?"""
    if not facts.volume_rows or _unit_family(f.unit) not in ("count", "percent") \
            or (f.unit == "percent" and f.role != "change"):
        return False
    return not (_words_of(f.metric_text) - _GENERIC_VOLUME_WORDS - _words_of(f.subject) - _words_of(f.section))


def may_check(f: FigureRecord, facts: TablesFacts, measure=None) -> bool:
    """False only when ``_narrative_checks`` of the figure against the tables ``facts`` describes gives no
    check, whatever its context (most figures of a document with tables: their measure is no row's, or
    they have none and no row is a volume), told from the figure's measure alone, without the rest of its
    context (``linking._fig_context``).  Every check needs a row of the figure's measure (its own, or the
    volume ``_default_volume`` gives it), but a money figure's against the row its sentence names.
    ``measure``: ``linking._fig_measure`` or the same kept (``FigContexts.measure``)."""
    if f.role in ("rank", "target", "other"):
        return False
    if facts.named_rows and f.unit == "gbp" and _SPEND_WORD.search(f.sentence or ""):
        return True    # (``named_row_check``)
    if not facts.vocabulary_rows and _raw_key(f.metric_text) not in facts.keys and not _volume_may_fit(f, facts):
        # no row of a measure the vocabulary knows (most tables of budgets, minutes, FOI answers: rows named
        # by their own words): the figure's measure is a row's only when it is its own words' ("raw:..."),
        # and none is when it is a volume (whatever the figure's measure is, it is not worked out)
        return False
    _places, key = (measure or _fig_measure)(f)
    if key is not None:
        return key in facts.keys
    return _volume_may_fit(f, facts)


#: "... below the 10-minute target at 9 min 48 sec": the target has its own figure; this one is the level
_OWN_VS_TARGET = re.compile(r"\b(?:the|a|its|our)\s+[\d.,:]+[\w-]*\s+(?:target|sla)\s+(?:at|with)\s*$", re.I)


_NARRATIVE_CHECKS_RE = re.compile(r"[;]|\.\s|, (?=(?:and|with|while|whilst|but)\b)|\band\b|\bversus\b|\bvs\.?\b"
                      r"|\b(?:whereas|whilst|while)\b")
_NARRATIVE_CHECKS_RE2 = re.compile(r"\s*(?:per\s+(?:\d|head|person|capita|1,000|thousand|100)|crimes per)", re.I)


def _narrative_checks(fc: _Fig, tables: list[_Table], check_type: str, strength_required: Optional[str] = None
                      ) -> Optional[CheckRecord]:
    f = fc.f
    if f.role in ("rank", "target", "other") or fc.base or fc.part or not tables:
        return None   # (no table: no row, no check)
    if f.unit == "gbp" and check_type == "narrative_vs_table":
        chk = named_row_check(fc, tables, check_type)   # "Adult Social Care & Health (+£35.4m)"
        if chk is not None:
            return chk
    if fc.metric_key is None:
        fc = _default_volume(fc, tables)
        if fc is None:
            return None
    clause = _NARRATIVE_CHECKS_RE.split(_prefix(f))[-1]
    own_vs_target = _OWN_VS_TARGET.search(clause)
    bench_clause = clause[:own_vs_target.start()] if own_vs_target else clause
    if _BENCHMARK.search(bench_clause) or _BENCHMARK.search(clean_text(f.subject or "")):
        return None  # a national / peer / target figure, not the force's own measure
    if _NARRATIVE_CHECKS_RE2.match((f.sentence or "")[f.char_end or 0:]):
        return None
    if f.unit == "count" and (_NSAMPLE.search(_prefix(f)) or clean_text(f.value_raw or "").lower().startswith("n")):
        return None
    linked, strength = _link_tables(fc, tables)
    if strength_required and strength != strength_required:
        return None
    chk, found = _check_in(fc, linked, strength, check_type, clause) if linked else (None, False)
    if chk is None and not found and strength != "strong" and fc.explicit and check_type == "narrative_vs_table":
        # no heading links it: the one row of the whole document its own metric and subject name
        chk, _ = _check_in(fc, tables, "document", check_type, clause)
        if chk is not None and chk.verdict == "mismatch" and chk.reason in ("period", "label", "rounding"):
            return None     # a link through words alone: only a plain disagreement of value, unit or sign
    return chk


def _check_in(fc: _Fig, linked: list[_Table], strength: str, check_type: str, clause: str
              ) -> tuple[Optional[CheckRecord], bool]:
    """The check of a figure against the rows of ``linked`` tables, and whether any row was a candidate.
    ``strength`` "document": every table of the document, only the tables' rows' own words count."""
    f = fc.f
    rows = [r for t in linked for r in t.rows]
    mods = {w.lower() for w in _MODIFIERS.findall(" ".join([f.metric_text or "", clause, f.subject or ""]))}
    # only the words the writer used ("victim satisfaction" may be the figure's canonical measure name)
    mods &= {w.lower() for w in _MODIFIERS.findall(f.sentence or "")}
    if mods:
        rows = [r for r in rows if mods <= {w.lower() for w in _MODIFIERS.findall(r.row_label or "")}]
    table_tokens: set = set()
    table_words: frozenset = frozenset()
    for t in (linked if strength != "document" else []):
        table_tokens |= _subject_tokens(t.section)
        table_words |= _words_of(t.section)
    prim_stat = "median" if fc.stat == "median" else "average"
    alt_stat = "average" if prim_stat == "median" else "median"
    prim, missing = _candidate_rows(fc, rows, prim_stat, table_tokens, table_words)
    alt, _ = _candidate_rows(fc, rows, alt_stat, table_tokens, table_words)
    if not prim and fc.stat is None and alt:
        # only a median row exists for a plain "response time": compare, never alarm on it
        prim, alt = alt, []
        only_alt = True
    else:
        only_alt = False
    if not prim:
        if missing and strength == "strong" and not alt:
            some = [r for r in rows if r.metric_key == fc.metric_key]
            row_dims = _dims(set().union(*[r.quals for r in some])) if some else set()
            fig_dims = _dims(fc.explicit)
            same_dimension = bool(fig_dims & row_dims) or ("raw" in fig_dims and "area" in row_dims) \
                or ("area" in fig_dims and "raw" in row_dims)
            if some and same_dimension:
                labels = ", ".join(sorted({r.row_label for r in some})[:4])
                return _check(f.doc_id, check_type, "unverifiable", "missing",
                              (f.figure_id, linked[0].table_id, "no-row"), f,
                              table_row_label=None,
                              explanation=(f"The table of this section has no row for \"{f.subject}\" "
                                           f"(rows: {labels}), so the narrative's "
                                           f"{_say(f.value, f.unit, fc.precision)} cannot be checked.")), True
        return None, False
    if len(prim) != 1:
        return None, True
    row = prim[0]
    if not fc.explicit:
        # a sentence naming a sibling row's subject ("... across County and Swindon") without saying which
        # one the figure belongs to is ambiguous
        sibs = [r for r in rows if r.metric_key == fc.metric_key]
        sib = set().union(*[r.quals for r in sibs])
        if (_subject_tokens(f.sentence) & sib) - row.quals:
            return None, True
        # the same for words of sibling rows' own qualifiers ("... while the West fell by 14.0%")
        sib_words = set().union(*[r.raw_words for r in sibs]) - row.raw_words - _words_of(f.section)
        if sib_words & _words_of(f.sentence):
            return None, True
    alt = [a for a in alt if a.quals == row.quals]
    cell, status = _cell_for(row, fc)
    if status == "change_period":
        return _change_period_check(fc, row, check_type), True
    if status in ("none", "skip"):
        return None, True
    chk = _compare(fc, row, cell, alt, check_type, f.doc_id, status)
    if chk is not None and only_alt and chk.verdict == "mismatch":
        chk.verdict, chk.reason, chk.severity = "unverifiable", "label", "info"
        chk.explanation += " The table gives only the median for this measure, so this is not treated as a discrepancy."
    return chk, True


# ---------------------------------------------------------------------------
# arithmetic within sentences
# ---------------------------------------------------------------------------
