"""Machine-readable descriptions of the output, generated from ``extract/records.py``:
a Frictionless Data Package (``datapackage.json``: Table Schemas with types,
primary and foreign keys) and Datasette ``metadata.json`` (table and column
descriptions for ``datasette extract.sqlite -m metadata.json``)."""
from __future__ import annotations

from dataclasses import fields

from .. import __version__
from ..records import TABLES, TableSpec

TITLE = "extract: police and crime scrutiny documents as data"
DESCRIPTION = ("Records extracted from PCC highlight and performance reports, Police and Crime Panel "
               "agenda packs and minutes, with reconciliation checks and observations across documents.")
_FRICTIONLESS_TYPES = {"string": "string", "number": "number", "integer": "integer"}


def foreign_keys(spec: TableSpec) -> list[dict]:
    """The references of a table: doc_id to documents, meeting_id to meetings (when the
    table has no doc_id), observation_id to observations."""
    names = {f.name for f in fields(spec.record)}
    out = []
    if spec.name != "documents" and "doc_id" in names:
        out.append({"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}})
    if spec.name != "meetings" and "meeting_id" in names and "doc_id" not in names \
            and spec.name != "future_meetings":
        out.append({"fields": ["meeting_id"], "reference": {"resource": "meetings", "fields": ["meeting_id"]}})
    if spec.name != "observations" and "observation_id" in names:
        out.append({"fields": ["observation_id"], "reference": {"resource": "observations",
                                                                 "fields": ["observation_id"]}})
    return out


def table_schema(spec: TableSpec) -> dict:
    schema_fields = []
    for f in fields(spec.record):
        m = f.metadata
        fd: dict = {"name": f.name, "type": _FRICTIONLESS_TYPES[m["kind"]], "description": m["desc"]}
        constraints: dict = {}
        if m["required"] or f.name in spec.key:
            constraints["required"] = True
        enum = [e for e in (m["enum"] or ()) if e is not None]
        if enum:
            constraints["enum"] = enum
        if constraints:
            fd["constraints"] = constraints
        schema_fields.append(fd)
    schema = {"fields": schema_fields, "missingValues": [""], "primaryKey": list(spec.key)}
    fks = foreign_keys(spec)
    if fks:
        schema["foreignKeys"] = fks
    return schema


def datapackage() -> dict:
    """The Data Package of a run's CSV files."""
    resources = []
    for name, spec in TABLES.items():
        resources.append({
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "title": name,
            "description": spec.title, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
            "schema": table_schema(spec)})
    return {"profile": "tabular-data-package", "name": "extract-output", "title": TITLE,
            "description": DESCRIPTION, "version": __version__,
            "licenses": [{"name": "OGL-UK-3.0", "title": "Open Government Licence v3.0 (the source documents)",
                          "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"}],
            "resources": resources}


def datasette_metadata(database: str = "extract") -> dict:
    """Datasette metadata: every table and column described."""
    tables = {}
    for name, spec in TABLES.items():
        tables[name] = {"description": spec.title,
                        "columns": {f.name: f.metadata["desc"] or f.name for f in fields(spec.record)}}
    return {"title": TITLE, "description": DESCRIPTION,
            "databases": {database: {"description": DESCRIPTION, "tables": tables}}}
