"""The ``documents`` row: what kind of document this is, its title, organisation
and reporting period, read from its first blocks.

Rules (first ~40 blocks, case-insensitive):
- doc_type: "minutes of" + an agenda ("AGENDA" heading or "Agenda Item"+items) -> agenda_pack;
  "highlight report" -> highlight_report; "newsletter" -> newsletter;
  "performance report"/"performance dashboard"/"quarter ... performance" -> performance_report;
  "minutes of" alone -> minutes; "agenda" alone -> agenda_pack; else unknown.
- title: the first heading, else the first short line, with markup already stripped.
- organisation: "Office of the Police and Crime Commissioner for X", "X Police and Crime Panel",
  "Police and Crime Commissioner for X" as printed.
- period: the first short line among the first blocks that parses as a period of two months or more
  (e.g. "October – December 2023", "Quarter Two 2019-20 (1 July to 30 September 2019)"),
  through :func:`extract.normalise.parse_period`; empty when none is found (never guessed).
"""

from __future__ import annotations

from ...records import DocumentRecord
from ...model import Document
from .kinds import HEAD_BLOCKS, TITLE_ZONE, doc_type_of
from .organisation import organisation_of
from .periods import period_of
from .titles import title_of

__all__ = ["HEAD_BLOCKS", "TITLE_ZONE", "describe", "doc_type_of", "organisation_of", "period_of", "title_of"]


def describe(doc: Document) -> DocumentRecord:
    doc_type, title = doc_type_of(doc), title_of(doc)
    start, end = period_of(doc, doc_type, title)
    pages = len(doc.pages) if doc.page_marked else None
    return DocumentRecord(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, format=doc.format,
        doc_type=doc_type, title=title, organisation=organisation_of(doc),
        period_start=start or None, period_end=end or None, pages=pages,
        status="ok", error=None,
    )
