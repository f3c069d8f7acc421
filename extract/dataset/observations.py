"""Observations: one value of a metric, for a subject, over a period, across every
document of a run, with every statement of it (``observation_sources``).

Statements come from measure cells and from narrative figures whose role is a
level and whose period the sentence states (not one inherited from the section
or document, a guess too often wrong for a dataset).  A document's value is its measure cell when it
has one (else its figures, when they agree with each other); the observation's
value is the latest document's.  Documents are ordered by their period end,
then their meeting date; a document that names no organisation takes the one
area of the run (see ``names.merge_areas``).
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..records import ObservationRecord, ObservationSourceRecord, as_row, names_only_its_period, names_only_its_subject
from .names import is_fragment, merge_areas, names_only_a_place, organisation_key, series_names
from .precision import same_value

_KNOWN_PERIODS = {"month", "rolling_3_months", "rolling_12_months", "change_12_months", "quarter",
                  "year_to_date", "financial_year", "calendar_year", "point_in_time"}


@dataclass
class Statement:
    key: tuple            # (organisation, metric, subject, period_type, period_start, period_end, unit)
    source: str           # measure | figure
    record_id: str
    doc_id: str
    page: Optional[int]
    label: str
    value: float
    value_raw: Optional[str]


def _id(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def series_id(org: str, metric: str, subject: str, period_type: str, unit: str) -> str:
    return _id("series", org, metric, subject, period_type, unit)


def _rows(tables: dict, name: str) -> list[dict]:
    return [r if isinstance(r, dict) else as_row(r) for r in tables.get(name, [])]


def document_order(tables: dict) -> dict[str, int]:
    """doc_id -> position in time: by period end (or, without one, the latest meeting
    date the document describes), then meeting date, then id."""
    dates: dict[str, str] = {}
    for m in _rows(tables, "meetings"):
        if m.get("date") and m.get("doc_id"):
            dates[m["doc_id"]] = max(dates.get(m["doc_id"], ""), m["date"])
    keys = []
    for d in _rows(tables, "documents"):
        date = dates.get(d["doc_id"], "")
        keys.append(((d.get("period_end") or date), date, d["doc_id"]))
    return {k[2]: i for i, k in enumerate(sorted(keys))}


def document_areas(tables: dict) -> dict[str, str]:
    """Each document's area: its organisation's (merged as ``names.merge_areas`` says).
    A document that names no organisation takes the run's one area only when its title
    or file name names that area ("wiltshire-newsletter-....txt" in a Wiltshire run);
    otherwise none (a folder of one force's reports and another body's paper is not all
    that force's)."""
    docs = _rows(tables, "documents")
    raw = {d["doc_id"]: organisation_key(d.get("organisation")) for d in docs}
    merged = merge_areas(set(raw.values()))
    out = {doc: merged.get(area, area) for doc, area in raw.items()}
    one = merged.get("", "")
    if one:
        named = re.compile(r"(?<![^\W_])" + re.escape(one) + r"(?![^\W_])", re.I)
        for d in docs:
            if not raw[d["doc_id"]] and not named.search(f"{d.get('title') or ''} {Path(d.get('source') or '').name}"):
                out[d["doc_id"]] = ""
    return out


def _figure_label(f: dict) -> str:
    words = (f.get("metric_text") or "").strip()
    return f"{words} ({f['subject']})" if f.get("subject") else words


def statements(tables: dict) -> list[Statement]:
    areas = document_areas(tables)
    out: list[Statement] = []
    for m in _rows(tables, "measures"):
        if m.get("value") is None or not m.get("period_end") or not m.get("unit") \
                or m.get("period_type") not in _KNOWN_PERIODS:
            continue
        if names_only_its_subject(m.get("metric"), m.get("row_label"), m.get("subject")):
            continue   # ("Avon and Somerset" is where, not what)
        if names_only_its_period(m.get("metric"), m.get("row_label")):
            continue   # ("2021/22" is when, not what)
        what = m.get("metric") or m.get("row_label")
        if names_only_a_place(what):
            continue   # (a row label that is a place, its subject not recognised: where, not what)
        mk, sk = series_names(what, m.get("subject"), table=True,
                              unit=m["unit"], period_type=m["period_type"])
        if not mk:
            continue
        key = (areas.get(m["doc_id"], ""), mk, sk, m["period_type"], m.get("period_start"), m["period_end"], m["unit"])
        out.append(Statement(key, "measure", m["measure_id"], m["doc_id"], m.get("page"), m.get("row_label") or "",
                             float(m["value"]), m.get("value_raw")))
    for f in _rows(tables, "figures"):
        if f.get("role") != "level" or f.get("value") is None or not f.get("period_end") \
                or f.get("period_type") not in _KNOWN_PERIODS or not f.get("metric_text") \
                or f.get("period_inherited"):       # the period must be stated, not assumed
            continue
        mk, sk = series_names(f.get("metric_text"), f.get("subject"), unit=f["unit"], period_type=f["period_type"])
        mk = f.get("metric") or mk                 # the figures' own vocabulary key, when they carry one
        if not f.get("metric") and (names_only_a_place(f.get("metric_text")) or is_fragment(f.get("metric_text"))):
            continue   # ("Kent 49" in a flattened table by force: where, not what; "year-on-year and")
        if not mk:
            continue
        key = (areas.get(f["doc_id"], ""), mk, sk, f["period_type"], f.get("period_start"), f["period_end"], f["unit"])
        out.append(Statement(key, "figure", f["figure_id"], f["doc_id"], f.get("page"), _figure_label(f),
                             float(f["value"]), f.get("value_raw")))
    return out


def document_value(stated: list[Statement], unit: str) -> Optional[Statement]:
    """The statement a document makes of an observation: its first measure cell when all its
    measure cells agree, else its first figure when all its figures agree (a table outranks
    the narrative); None when the ones that count conflict: two cells of one document giving
    the same metric, period and unit different values ("2" and "8,902" arrests in 2023) are
    two different things the labels did not tell apart, and either value would be a guess."""
    measures = [s for s in stated if s.source == "measure"]
    pool = measures or stated
    first = pool[0]
    if all(same_value(s.value, s.value_raw, first.value, first.value_raw, unit) for s in pool[1:]):
        return first
    return None


def stated_values(docs: dict[str, list[Statement]], unit: str) -> list[tuple[str, Statement]]:
    """(doc_id, the document's statement) in time order, from the documents whose tables
    state the observation when any does (a narrative figure that differs from a table is
    a reconciliation matter, not a restatement), else from those whose narrative does."""
    values = [(d, document_value(st, unit)) for d, st in docs.items()]
    values = [(d, v) for d, v in values if v is not None]
    if any(v.source == "measure" for _, v in values):
        values = [(d, v) for d, v in values if v.source == "measure"]
    return values


def restated(values: list[tuple[str, Statement]], unit: str) -> list[tuple[tuple, tuple]]:
    """Consecutive pairs of documents whose tables state different values at their
    precision.  Narrative figures alone never make a revision: two sentences naming
    a "budget" for the same year are too often two different budgets."""
    pairs = []
    for a, b in zip(values, values[1:]):
        if a[1].source == b[1].source == "measure" \
                and not same_value(a[1].value, a[1].value_raw, b[1].value, b[1].value_raw, unit):
            pairs.append((a, b))
    return pairs


def group(tables: dict) -> tuple[dict[tuple, dict[str, list[Statement]]], dict[str, int]]:
    """key -> {doc_id: statements} with documents in time order, and that order."""
    order = document_order(tables)
    by_key: dict[tuple, dict[str, list[Statement]]] = defaultdict(dict)
    for s in statements(tables):
        by_key[s.key].setdefault(s.doc_id, []).append(s)
    for key, docs in by_key.items():
        by_key[key] = dict(sorted(docs.items(), key=lambda kv: order.get(kv[0], len(order))))
    return by_key, order


def observation(key: tuple, docs: dict[str, list[Statement]]) -> Optional[ObservationRecord]:
    org, mk, sk, pt, ps, pe, unit = key
    values = stated_values(docs, unit)
    if not values:
        return None
    latest = values[-1][1]
    revised = bool(restated(values, unit))
    return ObservationRecord(
        observation_id=_id(*key), series_id=series_id(org, mk, sk, pt, unit), organisation=org or None,
        metric=mk, subject=sk or None, metric_label=latest.label or None, period_type=pt,
        period_start=ps, period_end=pe, unit=unit, value=latest.value, value_raw=latest.value_raw,
        first_doc_id=next(iter(docs)), latest_doc_id=values[-1][0],
        n_sources=sum(len(v) for v in docs.values()), n_documents=len(docs), revised=int(revised))


def build(tables: dict) -> tuple[list[ObservationRecord], list[ObservationSourceRecord], dict]:
    """(observations, observation_sources, grouped statements) of a run's tables."""
    by_key, order = group(tables)
    obs, sources = [], []
    for key, docs in by_key.items():
        o = observation(key, docs)
        if o is None:
            continue
        obs.append(o)
        for doc_id, st in docs.items():
            for s in st:
                sources.append(ObservationSourceRecord(
                    observation_id=o.observation_id, source=s.source, record_id=s.record_id, doc_id=doc_id,
                    page=s.page, label=s.label or None, value=s.value, value_raw=s.value_raw,
                    doc_order=order.get(doc_id)))
    obs.sort(key=lambda o: (o.organisation or "", o.metric, o.subject or "", o.period_type or "", o.unit,
                            o.period_end, o.period_start or ""))
    return obs, sources, by_key
