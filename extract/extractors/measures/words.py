"""Header and cell words the measure families recognise (status, target, change, total
rows, money scales, dimensions).  The words themselves are data: the ``[patterns]``
and ``[words]`` of ``extract/vocab/data/words.toml``; this module only names them."""

from __future__ import annotations

import re

from ...vocab import vocabulary

_V = vocabulary()

_TREND_WORDS = _V.pattern("trend")
_DELIVERABLE_WORDS = _V.pattern("measure_nonmeasure_header")
# a status / RAG column does not make a table a non-measure table when a column names a
# period or the label column is headed "Measure" / "Indicator"
_STATUS_WORDS = _V.pattern("measure_status_word")
_DASH_WORDS = _V.pattern("measure_dashboard_word")

_PERIOD_TYPES_DASH = ("month", "rolling_3_months", "rolling_12_months", "change_12_months")
_CANONICAL = _PERIOD_TYPES_DASH

_SPLY = _V.pattern("measure_sply_header")
_MEASURE_WORDS = _V.pattern("measure_word")
_COLON_QUANTITY = _V.pattern("measure_colon_quantity")
_COLON_OPERATION = _V.pattern("measure_colon_operation")
_CHANGE_HDR = _V.pattern("measure_change_header")
_STATUS_HDR = _V.pattern("measure_status_header")
_TARGET_HDR = _V.pattern("measure_target_header")
_CHANGE_COL = _V.pattern("measure_change_column")
_DELTA_COL = _V.pattern("measure_delta_column")
_PREV_HDR = _V.pattern("measure_previous_header")
_METRIC_HDR = _V.pattern("measure_metric_header")
_DIMENSION_HDR = _V.pattern("measure_dimension_header")
_PERIODS_HDR = _V.pattern("period_rows_header")  # "Year", "Month": a column of periods
_UNTITLED = _V.pattern("measure_untitled_heading")
_TOTAL_ROW = _V.pattern("total_row_label")
_MONEY_SCALE = _V.pattern("money_scale")
_SCALES = {w: mult for name, mult in (("scale_thousand", 1e3), ("scale_million", 1e6), ("scale_billion", 1e9))
           for w in _V.words(name)}
_RATE_HDR = _V.pattern("rate_header")
_OWN_SCALE = _V.pattern("own_scale")
_PER_UNIT = _V.pattern("per_unit_amount")
_PROPERTY_COUNT = _V.pattern("property_count")
_BODY_END = _V.pattern("body_name_end")
_WHO_NOT = _V.pattern("measure_not_who_header")
_GENERIC_VALUE = _V.pattern("measure_generic_value_header")


_PLACE_KEY_RE = re.compile(r"\s*\(\d{1,2}\)\s*$|\d{1,2}$")


def _place_key(text: str) -> str:
    """A place name compared loosely: case, hyphens, a footnote mark ("Essex(5)") and the
    words "police" / "constabulary" left out."""
    t = _PLACE_KEY_RE.sub("", text.strip()).lower().replace("-", " ")
    return " ".join(w for w in t.split() if w not in ("police", "constabulary"))


# (the table-only place names of places.toml: Scottish council areas, forces and divisions,
# nations, statistical forms such as "London, City of")
_TABLE_PLACES = [w for name in ("table_places_scotland_councils", "table_places_scotland_legacy_forces",
                                "table_places_scotland_divisions", "table_places_other") for w in _V.words(name)]
_PLACE_KEYS = frozenset(_place_key(n) for n in list(_V.place_names) + _TABLE_PLACES) - {""}


def is_place(label: str) -> bool:
    """A row label that is a place of the vocabulary (force area, local authority, council
    area, division, nation), footnote marks and "Police" / "Constabulary" aside."""
    return bool(label) and _place_key(label) in _PLACE_KEYS


def mostly_places(labels: list) -> bool:
    """Two or more row labels, at least half of them places (police force areas, local
    authorities, a force file's areas): the rows are where, never what is measured."""
    named = [l for l in labels if l and not _TOTAL_ROW.fullmatch(l)]
    hits = sum(1 for l in named if is_place(l))
    return hits >= 2 and hits * 2 >= len(named)
