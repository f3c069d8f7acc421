"""Every output table, defined once.

Each record is a dataclass; each field carries its JSON type, whether it may be
empty, and a description.  ``schemas/*.schema.json`` are generated from these
(``python -m extract schemas``) and a test checks the committed files match.
The SQLite writer takes primary keys and indexes from ``TABLES`` too.
"""
from __future__ import annotations

import dataclasses
import operator
import re
from dataclasses import dataclass, field, fields
from typing import Any, Optional

from .normalise.core import MONTH

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def col(kind: str = "string", desc: str = "", *, required: bool = False,
        enum: Optional[tuple] = None, default: Any = None):
    """A column: ``kind`` is string | number | integer; ``required`` columns are never empty."""
    return field(default=default, metadata={"kind": kind, "desc": desc,
                                            "required": required, "enum": enum})


PERIOD_TYPES = ("month", "rolling_3_months", "rolling_12_months", "change_12_months",
                "quarter", "year_to_date", "financial_year", "calendar_year",
                "point_in_time", "other")
UNITS = ("count", "percent", "percentage_points", "seconds", "gbp", "rate", "ratio")


@dataclass
class DocumentRecord:
    doc_id: str = col(desc="sha256-derived id, stable for the same file content", required=True)
    source: str = col(desc="path of the file as given to the run", required=True)
    sha256: str = col(desc="sha256 of the file bytes", required=True)
    format: str = col(desc="input format", required=True, enum=("pdf", "text", "markdown", "html", "unknown"))
    doc_type: str = col(desc="kind of document", required=True,
                        enum=("highlight_report", "performance_report", "agenda_pack", "minutes",
                              "newsletter", "unknown"))
    title: str = col(desc="title as printed")
    organisation: str = col(desc="publishing organisation")
    period_start: str = col(desc="ISO date the reporting period starts")
    period_end: str = col(desc="ISO date the reporting period ends")
    pages: int = col("integer", "number of pages (PDF pages, or marked pages in text)")
    status: str = col(desc="ok | partial | failed", required=True, enum=("ok", "partial", "failed"))
    error: str = col(desc="why the document failed or is partial, naming the file and page")
    notes: str = col(desc="what the loader assumed or skipped (encoding, pages without text, limits)")


def names_only_its_subject(metric: Optional[str], row_label: Optional[str], subject: Optional[str]) -> bool:
    """A measure row with no metric whose label is its subject ("Avon and Somerset" in a table by force):
    it says where or who, not what is counted; such a row makes no observation and no check across
    documents."""
    return not metric and bool(subject) and subject == row_label


#: a label that is a period and nothing else ("2021/22", "2020-2021", "Q1 2023/24", "Apr-23")
_PERIOD_ONLY = re.compile(rf"(?i)(?:\b(?:{MONTH}|fy|q[1-4]|qtr|quarter|year)\b\.?|[\d\s/–\-.,:()])+")


def names_only_its_period(metric: Optional[str], row_label: Optional[str]) -> bool:
    """A measure row with no metric whose label is only its period ("2021/22 | £11,048" in an FOI
    answer's table of years): nothing says what is counted; such a row makes no observation and is
    compared with no other table or document (two tables of years in one answer count two things)."""
    return not metric and bool(row_label) and any(c.isdigit() for c in row_label) \
        and bool(_PERIOD_ONLY.fullmatch(row_label.strip()))


@dataclass
class MeasureRecord:
    measure_id: str = col(desc="stable id of this cell", required=True)
    doc_id: str = col(required=True, desc="document id")
    page: int = col("integer", "1-based page")
    line: int = col("integer", "1-based source line of the row (text inputs)")
    section: str = col(desc="heading the table stands under")
    table_id: str = col(desc="stable id of the table", required=True)
    row_label: str = col(desc="row label as printed", required=True)
    metric: str = col(desc="what is measured, e.g. 'Abandonment Rate'")
    subject: str = col(desc="who or where, e.g. 'All 999', 'County'")
    column_label: str = col(desc="column header as printed")
    period_type: str = col(desc="period of the column", enum=PERIOD_TYPES + (None,))
    period_start: str = col(desc="ISO date")
    period_end: str = col(desc="ISO date")
    value: float = col("number", "value in canonical unit")
    unit: str = col(desc="canonical unit")
    value_raw: str = col(desc="cell text as printed")
    direction: str = col(desc="up | down | flat | empty", enum=("up", "down", "flat", "empty", None))
    rolling_trend: str = col(desc="Rolling 12 Month Trend column")
    statistical_exceptions: str = col(desc="Statistical Exceptions column, as printed")
    exception_weighting: float = col("number", "Exception Weighting column")
    is_total: int = col("integer", "1 when the row or column is a total ('Total', 'Grand Total'), else 0")
    rag: str = col(desc="RAG status printed with the value or counted by the column: green | amber | red | blue",
                   enum=("green", "amber", "red", "blue", None))
    metric_key: str = col(desc="canonical metric key from extract/vocab (metrics.toml), when the metric or row label names one")


@dataclass
class FigureRecord:
    figure_id: str = col(desc="stable id", required=True)
    doc_id: str = col(required=True, desc="document id")
    page: int = col("integer", "1-based page")
    line: int = col("integer", "1-based source line (text inputs)")
    section: str = col(desc="heading the sentence stands under")
    sentence: str = col(desc="the clean sentence", required=True)
    value: float = col("number", "value in canonical unit", required=True)
    unit: str = col(desc="canonical unit", required=True)
    value_raw: str = col(desc="the figure as printed", required=True)
    role: str = col(desc="what the number is", enum=("level", "change", "count", "share", "rank", "target", "other"))
    period_type: str = col(desc="period", enum=PERIOD_TYPES + (None,))
    period_start: str = col(desc="ISO date")
    period_end: str = col(desc="ISO date")
    period_inherited: int = col("integer", "1 when the period came from the section or document, not the sentence")
    subject: str = col(desc="service, area, grade or crime type")
    metric_text: str = col(desc="words naming what is measured")
    char_start: int = col("integer", "offset of value_raw in sentence", required=True)
    char_end: int = col("integer", "end offset of value_raw in sentence", required=True)
    metric: str = col(desc="canonical metric key of the vocabulary (extract.vocab) that metric_text names")


@dataclass
class DeliverableRecord:
    deliverable_id: str = col(desc="stable id", required=True)
    doc_id: str = col(required=True, desc="document id")
    page: int = col("integer", "1-based page")
    section: str = col(desc="heading above")
    priority: str = col(desc="Police and Crime Plan priority, as printed")
    action: str = col(desc="the action", required=True)
    due_raw: str = col(desc="date due as printed")
    due_date: str = col(desc="ISO date; first of the month when only a month is given")
    progress_pct: float = col("number", "progress in percent")
    status: str = col(desc="status / RAG as printed (\"On track\", \"Amber\", \"Complete\")")
    rag: str = col(desc="status as green | amber | red | complete | not_started",
                   enum=("green", "amber", "red", "complete", "not_started", None))
    lead: str = col(desc="lead / owner as printed")


@dataclass
class MeetingRecord:
    meeting_id: str = col(desc="stable id", required=True)
    doc_id: str = col(required=True, desc="document id")
    page: int = col("integer", "1-based page")
    body: str = col(desc="e.g. Surrey Police and Crime Panel")
    kind: str = col(desc="agenda | minutes | report | forward_plan", enum=("agenda", "minutes", "report", "forward_plan", None))
    date: str = col(desc="ISO date")
    start_time: str = col(desc="HH:MM")
    end_time: str = col(desc="HH:MM")
    place: str = col(desc="place as printed, line breaks re-joined")
    meeting_type: str = col(desc="annual | extraordinary | special when printed", enum=("annual", "extraordinary", "special", None))


@dataclass
class AttendanceRecord:
    meeting_id: str = col(required=True, desc="meeting id")
    name: str = col(required=True, desc="name without honorifics")
    title: str = col(desc="honorifics as printed, e.g. 'Cllr Dr'")
    role: str = col(desc="chairman | vice_chairman | member | substitute | officer | other")
    organisation: str = col(desc="organisation or job title as printed")
    status: str = col(required=True, desc="member | substitute | present | also_present | apologies")
    person_id: str = col(desc="one person across the agenda and minutes of a pack")
    note: str = col(desc="e.g. a name variant seen")
    attendance_id: str = col(desc="surrogate key: stable id of meeting, name and status (name and status may be empty)", required=True)
    post_nominals: str = col(desc="post-nominals as printed after the name, e.g. 'OBE' or 'CBE, DL' (never in title)")


@dataclass
class AgendaItemRecord:
    meeting_id: str = col(required=True, desc="meeting id")
    number: str = col(required=True, desc="item number as printed")
    title: str = col(required=True, desc="item title")
    page_start: int = col("integer", "first page of the item's papers")
    page_end: int = col("integer", "last page of the item's papers")
    purpose: str = col(desc="the one-line purpose under the title")
    agenda_item_id: str = col(desc="surrogate key: stable id of meeting and item number (and title when the number is empty)", required=True)


@dataclass
class DecisionRecord:
    meeting_id: str = col(required=True, desc="meeting id")
    item_number: str = col(desc="minute item number")
    decision: str = col(required=True, desc="decision text")
    proposer: str = col(desc="name")
    seconder: str = col(desc="name")
    decision_id: str = col(desc="surrogate key: stable id of meeting, item number and decision text", required=True)
    votes_for: int = col("integer", "votes for, when counted ('7 agreed', 'For (57)')")
    votes_against: int = col("integer", "votes against, when counted")
    votes_abstain: int = col("integer", "abstentions, when counted")


@dataclass
class FutureMeetingRecord:
    meeting_id: str = col(required=True, desc="meeting id of the document that lists it")
    date: str = col(required=True, desc="ISO date")
    start_time: str = col(desc="HH:MM")
    place: str = col(desc="venue as printed")
    items: str = col(desc="provisional items (forward work plan)")
    future_meeting_id: str = col(desc="surrogate key: stable id of meeting and date (and place and items when the date is empty)", required=True)


@dataclass
class CheckRecord:
    check_id: str = col(required=True, desc="stable id")
    doc_id: str = col(required=True, desc="document id")
    check_type: str = col(required=True, desc="kind of check",
                          enum=("narrative_vs_table", "arithmetic", "cross_table", "cross_document"))
    verdict: str = col(required=True, desc="consistent | mismatch | unverifiable",
                       enum=("consistent", "mismatch", "unverifiable"))
    reason: str = col(desc="value | period | sign | unit | label | rounding | missing | ...")
    severity: str = col(desc="info | minor | major", enum=("info", "minor", "major", None))
    page: int = col("integer", "1-based page of the narrative")
    section: str = col(desc="section")
    sentence: str = col(desc="the narrative sentence")
    narrative_raw: str = col(desc="figure as printed")
    narrative_value: float = col("number", "figure in canonical unit")
    table_row_label: str = col(desc="row label of the table cell compared")
    table_column_label: str = col(desc="column label of the table cell compared")
    table_value_raw: str = col(desc="table cell as printed")
    table_value: float = col("number", "table (or implied) value in canonical unit")
    unit: str = col(desc="canonical unit")
    difference: float = col("number", "narrative minus table value")
    explanation: str = col(desc="plain words for a panel member")
    figure_id: str = col(desc="figure compared, when there is one")
    measure_id: str = col(desc="measure compared, when there is one")


@dataclass
class ObservationRecord:
    observation_id: str = col(desc="stable id of (organisation, metric, subject, period_type, period_start, period_end, unit)", required=True)
    series_id: str = col(desc="stable id of (organisation, metric, subject, period_type, unit): the observations over time", required=True)
    organisation: str = col(desc="area of the publishing organisation, normalised ('' when no document names one)")
    metric: str = col(desc="metric key: the measure's name normalised through the vocabulary", required=True)
    subject: str = col(desc="subject keys (area, service, crime type), normalised, joined by ' / '")
    metric_label: str = col(desc="metric and subject as printed in the latest source")
    period_type: str = col(desc="period", enum=PERIOD_TYPES + (None,))
    period_start: str = col(desc="ISO date")
    period_end: str = col(desc="ISO date", required=True)
    unit: str = col(desc="canonical unit", required=True)
    value: float = col("number", "value in canonical unit, from the latest document stating it", required=True)
    value_raw: str = col(desc="that value as printed")
    first_doc_id: str = col(desc="earliest document stating it (by document period end, then date)", required=True)
    latest_doc_id: str = col(desc="latest document stating it", required=True)
    n_sources: int = col("integer", "number of statements (measure cells and narrative figures)", required=True)
    n_documents: int = col("integer", "number of documents stating it", required=True)
    revised: int = col("integer", "1 when documents state different values at their precision", required=True)


@dataclass
class ObservationSourceRecord:
    observation_id: str = col(desc="observation id", required=True)
    source: str = col(desc="measure | figure", required=True, enum=("measure", "figure"))
    record_id: str = col(desc="measure_id or figure_id of the statement", required=True)
    doc_id: str = col(required=True, desc="document id")
    page: int = col("integer", "1-based page")
    label: str = col(desc="metric and subject as printed (row label, or the figure's words)")
    value: float = col("number", "value in canonical unit", required=True)
    value_raw: str = col(desc="the value as printed")
    doc_order: int = col("integer", "0-based position of the document in time order (period end, then date)")


@dataclass
class RevisionRecord:
    observation_id: str = col(desc="observation restated", required=True)
    doc_id: str = col(desc="the later document, stating the new value", required=True)
    previous_doc_id: str = col(desc="the earlier document", required=True)
    value: float = col("number", "value in the later document", required=True)
    previous_value: float = col("number", "value in the earlier document", required=True)
    value_raw: str = col(desc="later value as printed")
    previous_value_raw: str = col(desc="earlier value as printed")
    difference: float = col("number", "later minus earlier value")
    page: int = col("integer", "page of the later statement")
    previous_page: int = col("integer", "page of the earlier statement")


@dataclass
class SeriesBreakRecord:
    series_id: str = col(desc="series (of the later document's statement)", required=True)
    kind: str = col(desc="unit | definition", required=True, enum=("unit", "definition"))
    doc_id: str = col(desc="first document with the new unit or definition", required=True)
    previous_doc_id: str = col(desc="last document with the old one", required=True)
    organisation: str = col(desc="area")
    metric: str = col(desc="metric key", required=True)
    subject: str = col(desc="subject keys")
    period_type: str = col(desc="period", enum=PERIOD_TYPES + (None,))
    before: str = col(desc="old unit, or old label as printed")
    after: str = col(desc="new unit, or new label as printed")
    explanation: str = col(desc="plain words")


@dataclass
class TableSpec:
    name: str
    record: type
    key: tuple[str, ...]
    indexes: tuple[str, ...] = ()
    title: str = ""
    #: for a table keyed by a surrogate id: the natural key the id is made from
    #: (its parts may be empty; the validator fills the id, see extract/validate.py)
    natural_key: tuple[str, ...] = ()


TABLES: dict[str, TableSpec] = {t.name: t for t in (
    TableSpec("documents", DocumentRecord, ("doc_id",), ("doc_type",), "One row per input document"),
    TableSpec("measures", MeasureRecord, ("measure_id",), ("doc_id", "metric", "period_end"), "One row per value cell of a measure table"),
    TableSpec("figures", FigureRecord, ("figure_id",), ("doc_id", "unit", "subject"), "One row per number stated in narrative"),
    TableSpec("deliverables", DeliverableRecord, ("deliverable_id",), ("doc_id",), "Deliverables progress rows"),
    TableSpec("meetings", MeetingRecord, ("meeting_id",), ("doc_id", "date"), "Meetings an agenda, minutes or report describes"),
    TableSpec("attendance", AttendanceRecord, ("attendance_id",), ("meeting_id", "name"), "Who was a member, present, or sent apologies", ("meeting_id", "name", "status")),
    TableSpec("agenda_items", AgendaItemRecord, ("agenda_item_id",), ("meeting_id",), "Agenda items", ("meeting_id", "number")),
    TableSpec("decisions", DecisionRecord, ("decision_id",), ("meeting_id",), "Decisions with proposer and seconder", ("meeting_id", "item_number", "decision")),
    TableSpec("future_meetings", FutureMeetingRecord, ("future_meeting_id",), ("meeting_id",), "Future meeting dates listed", ("meeting_id", "date")),
    TableSpec("checks", CheckRecord, ("check_id",), ("doc_id", "verdict", "check_type"), "Every reconciliation made"),
    TableSpec("discrepancies", CheckRecord, ("check_id",), ("doc_id",), "The checks whose verdict is mismatch"),
    TableSpec("observations", ObservationRecord, ("observation_id",), ("series_id", "metric", "period_end"), "One row per observation across the documents of a run: a metric of a subject over a period"),
    TableSpec("observation_sources", ObservationSourceRecord, ("observation_id", "source", "record_id"), ("doc_id",), "Every statement of an observation: a measure cell or a narrative figure"),
    TableSpec("revisions", RevisionRecord, ("observation_id", "doc_id", "previous_doc_id"), ("doc_id",), "Observations a later document restates with a different value"),
    TableSpec("series_breaks", SeriesBreakRecord, ("series_id", "kind", "doc_id"), ("metric",), "Where a series changes unit or definition between documents"),
)}


@dataclass
class VoteRecord:
    meeting_id: str = col(required=True, desc="meeting id")
    item_number: str = col(desc="minute item number; empty when the decision has none")
    decision_index: int = col("integer", "0-based order of the decision within its meeting", required=True)
    name: str = col(required=True, desc="member as printed in the recorded vote, without honorifics")
    vote: str = col(required=True, desc="for | against | abstain", enum=("for", "against", "abstain"))
    title: str = col(desc="honorific as printed (Mr, Ms, Dr, Sir): two members of one surname differ by it")


TABLES["votes"] = TableSpec("votes", VoteRecord, ("meeting_id", "decision_index", "title", "name"), ("name",),
                            "Recorded votes: each member's vote on a decision")


def columns(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]


def as_row(record: Any) -> dict:
    """A record as a flat dict (records hold scalars only: no deep copy needed)."""
    if isinstance(record, dict):
        return record
    return dict(zip(_names(type(record)), _getter(type(record))(record)))


_NAMES: dict[type, tuple] = {}
_GETTERS: dict[type, Any] = {}


def _names(record_type: type) -> tuple:
    """The column names of a record type, looked up once per type."""
    try:
        return _NAMES[record_type]
    except KeyError:
        return _NAMES.setdefault(record_type, tuple(f.name for f in fields(record_type)))


def _getter(record_type: type):
    """A function giving a record's values as a tuple, in column order (made once per type)."""
    try:
        return _GETTERS[record_type]
    except KeyError:
        names = _names(record_type)
        get = operator.attrgetter(*names)
        return _GETTERS.setdefault(record_type, get if len(names) > 1 else (lambda r: (get(r),)))


_JSON = {"string": "string", "number": "number", "integer": "integer"}


def json_schema(spec: TableSpec) -> dict:
    props = {}
    required = []
    for f in fields(spec.record):
        m = f.metadata
        t = _JSON[m["kind"]]
        p: dict = {"description": m["desc"]}
        if m["required"]:
            required.append(f.name)
            p["type"] = t
            if t == "string":
                p["minLength"] = 1
        else:
            p["type"] = [t, "null"]
        if m["enum"]:
            p["enum"] = list(m["enum"])
        props[f.name] = p
    return {
        "$schema": SCHEMA_DRAFT,
        "$id": f"extract/{spec.name}.schema.json",
        "title": spec.name,
        "description": spec.title,
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
        "x-primary-key": list(spec.key),
    }


# --- tables and their cells (every table found, cell by cell) -------------------------

TABLE_METHODS = ("ruled", "unruled", "text", "markdown", "html")


@dataclass
class TableRecord:
    table_id: str = col(required=True, desc="stable id of the table (the measures' table_id for the same table)")
    doc_id: str = col(required=True, desc="document id")
    page_start: int = col("integer", "1-based page the table starts on (PDF, or marked pages in text)")
    page_end: int = col("integer", "1-based page the table ends on (a table continued over pages is one table)")
    x0: float = col("number", "left edge in PDF points (PDF only)")
    top: float = col("number", "top edge in PDF points from the top of the start page (PDF only)")
    x1: float = col("number", "right edge in PDF points (PDF only)")
    bottom: float = col("number", "bottom edge in PDF points from the top of the start page (PDF only)")
    n_rows: int = col("integer", "number of rows", required=True)
    n_cols: int = col("integer", "number of columns", required=True)
    method: str = col(desc="how the table was found", enum=TABLE_METHODS + (None,))
    title: str = col(desc="heading the table stands under")


_column = col  # TableCellRecord has a field named "col"


@dataclass
class TableCellRecord:
    doc_id: str = _column(required=True, desc="document id")
    table_id: str = _column(required=True, desc="table id (tables.table_id)")
    page: int = _column("integer", "1-based page the cell's row is printed on")
    row: int = _column("integer", "0-based row of the cell's top-left position", required=True)
    col: int = _column("integer", "0-based column of the cell's top-left position", required=True)
    row_span: int = _column("integer", "rows the cell spans", required=True)
    col_span: int = _column("integer", "columns the cell spans", required=True)
    text: str = _column(desc="cell text as printed (wrapped lines joined)")
    x0: float = _column("number", "left edge in PDF points (PDF only)")
    top: float = _column("number", "top edge in PDF points from the top of its page (PDF only)")
    x1: float = _column("number", "right edge in PDF points (PDF only)")
    bottom: float = _column("number", "bottom edge in PDF points from the top of its page (PDF only)")
    is_header: int = _column("integer", "1 when the cell is in the table's header rows, else 0", required=True)


TABLES["tables"] = TableSpec("tables", TableRecord, ("table_id",), ("doc_id",),
                             "One row per table found (PDF, text, Markdown, HTML)")
TABLES["table_cells"] = TableSpec("table_cells", TableCellRecord, ("table_id", "row", "col"), ("doc_id",),
                                  "One row per table cell (a spanning cell once, at its top-left position)")
