"""Checks across series: values a later document restates differently (revisions),
and series whose unit or definition changes between documents (breaks)."""
from __future__ import annotations

from collections import defaultdict

from ..records import RevisionRecord, SeriesBreakRecord
from .names import definition_of
from .observations import Statement, _id, restated, series_id, stated_values


def revisions(by_key: dict[tuple, dict[str, list[Statement]]]) -> list[RevisionRecord]:
    """One row per pair of consecutive documents stating an observation differently."""
    out = []
    for key, docs in by_key.items():
        unit = key[6]
        for (d0, a), (d1, b) in restated(stated_values(docs, unit), unit):
            out.append(RevisionRecord(
                observation_id=_id(*key), doc_id=d1, previous_doc_id=d0, value=b.value, previous_value=a.value,
                value_raw=b.value_raw, previous_value_raw=a.value_raw, difference=round(b.value - a.value, 10),
                page=b.page, previous_page=a.page))
    return out


def _series_docs(by_key: dict, order: dict[str, int]) -> dict[tuple, list[tuple[int, str, str, str]]]:
    """(organisation, metric, subject, period_type) -> [(doc order, doc_id, unit, definition)] in time order;
    the definition is read from the document's measure labels (table rows state it)."""
    seen: dict[tuple, dict[str, tuple]] = defaultdict(dict)
    for key, docs in by_key.items():
        org, mk, sk, pt, _, _, unit = key
        for doc_id, st in docs.items():
            labels = [s.label for s in st if s.source == "measure"]
            definition = definition_of(labels[0]) if labels else None
            prev = seen[(org, mk, sk, pt)].get(doc_id)
            if prev is None or (prev[3] is None and definition is not None):
                seen[(org, mk, sk, pt)][doc_id] = (order.get(doc_id, len(order)), doc_id, unit, definition,
                                                   labels[0] if labels else None)
    return {k: sorted(v.values()) for k, v in seen.items()}


def breaks(by_key: dict, order: dict[str, int]) -> list[SeriesBreakRecord]:
    """A unit that changes between consecutive documents' tables of a series, or a
    measure label whose qualifiers ("(ACPO defined)", "(excl. fraud)") change."""
    out = []
    for (org, mk, sk, pt), docs in _series_docs(by_key, order).items():
        for prev, cur in zip(docs, docs[1:]):
            common = dict(series_id=series_id(org, mk, sk, pt, cur[2]), doc_id=cur[1], previous_doc_id=prev[1],
                          organisation=org or None, metric=mk, subject=sk or None, period_type=pt)
            # both stated in tables; money read as a count (its £ only in a header) is no break
            if prev[2] != cur[2] and prev[4] is not None and cur[4] is not None \
                    and {prev[2], cur[2]} != {"count", "gbp"}:
                out.append(SeriesBreakRecord(kind="unit", before=prev[2], after=cur[2], explanation=(
                    f"{mk} is stated in {cur[2]} from this document, in {prev[2]} before: "
                    "the values before and after do not compare"), **common))
            elif prev[3] is not None and cur[3] is not None and prev[3] != cur[3]:
                out.append(SeriesBreakRecord(kind="definition", before=prev[4], after=cur[4], explanation=(
                    f"the label's qualifiers change from '{prev[3] or 'none'}' to '{cur[3] or 'none'}': "
                    "what is counted may have changed"), **common))
    return out
