"""Other panels' papers drawn as PDFs by tests/pdfgen_meetings.py (ModernGov front sheet with
an unruled "Date: | ..." block, minutes with a two-column attendance table, a work programme
as an unruled table with the meeting date on the first row of each group, an unruled delivery
plan with RAG and "% complete" columns, a forward plan whose rows are lines), read through
``extract.loaders.load``: the full records are asserted."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract.loaders import load  # noqa: E402
from extract.extractors import deliverables, meetings  # noqa: E402
from pdfgen_meetings import VARIANTS, write_pdf  # noqa: E402


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("panels")
    out = {}
    for name, parts in VARIANTS.items():
        doc = load(write_pdf(d / f"{name}.pdf", parts))
        assert doc.format == "pdf"
        out[name] = (doc, meetings.extract(doc), deliverables.extract(doc))
    return out


def _m(out):
    return [(m.kind, m.body, m.date, m.start_time, m.end_time, m.place, m.page) for m in out["meetings"]]


def _att(out):
    return [(a.title, a.name, a.role, a.organisation, a.status) for a in out["attendance"]]


def _fm(out):
    return [(f.date, f.start_time, f.place, f.items) for f in out["future_meetings"]]


def test_moderngov_front_sheet_with_unruled_key_value_block(pdfs):
    _, out, dl = pdfs["hants"]
    assert _m(out) == [("agenda", "Hampshire and Isle of Wight Police and Crime Panel", "2024-02-02", "10:00",
                        None, "Ashburton Hall, Elizabeth II Court, The Castle, Winchester", 1)]
    assert _att(out) == [
        ("Councillor", "Dave Stewart", "chairman", None, "member"),
        ("Councillor", "Steve Parker", "vice_chairman", None, "member"),
        ("Councillor", "Lisa Griffiths", "member", None, "member"),
        ("Councillor", "Tim Cartwright", "member", None, "member"),
        ("Councillor", "Jan Warwick", "member", None, "member"),
        ("Mr", "Bob Purkiss", "member", None, "member")]
    assert [a.post_nominals for a in out["attendance"]] == [None] * 5 + ["MBE"]
    assert [(a.number, a.title, a.page_start, a.page_end, a.purpose) for a in out["agenda_items"]] == [
        ("1", "Apologies for Absence", None, None, None),
        ("2", "Declarations of Interest", None, None, None),
        ("3", "Minutes of Previous Meeting", 5, 14, "To confirm the minutes of the meeting held on 10 November 2023."),
        ("4", "Police and Crime Commissioner's Proposed Precept 2024/25", 15, 62,
         "To review the Commissioner's proposed precept for 2024/25."),
        ("5", "Work Programme", 63, 66, None),
        ("6", "Date of Next Meeting", None, None, None)]
    assert out["decisions"] == []
    assert _fm(out) == [("2024-02-23", "10:00", None, None)]
    # the contact line of the block is not a place, the header block is no meeting
    assert dl == []


def test_minutes_with_two_column_attendance_table(pdfs):
    _, out, _ = pdfs["surrey"]
    assert _m(out) == [("minutes", "Surrey Police and Crime Panel", "2024-02-01", "10:30", "12:40",
                        "Woodhatch Place, Reigate", 1)]
    assert _att(out) == [
        ("Councillor", "John Robini", "chairman", None, "present"),
        ("Councillor", "Richard Wilson", "vice_chairman", None, "present"),
        ("Councillor", "Paul Kennedy", "member", None, "present"),
        ("Councillor", "Keith Witham", "member", None, "present"),
        (None, "Lisa Townsend", "other", "Police and Crime Commissioner", "also_present"),
        (None, "Alison Bolton", "officer", "Chief Executive, OPCC", "also_present"),
        (None, "Kelvin Menon", "officer", "Chief Finance Officer, OPCC", "also_present"),
        ("Councillor", "Ellen Nicholson", None, None, "apologies"),
        ("Councillor", "Paul Deach", None, None, "apologies")]
    assert [(a.number, a.title) for a in out["agenda_items"]] == [
        ("12", "Declarations of Interest"), ("13", "Proposed Precept 2024/25"), ("14", "Date of Next Meeting")]
    # the surnames of the proposal resolve to the people of the attendance table
    assert [(d.item_number, d.decision, d.proposer, d.seconder) for d in out["decisions"]] == [
        ("13", "that the Panel supports the proposed precept of £13 for a Band D property.",
         "Paul Kennedy", "Keith Witham")]
    notes = {a.name: a.note for a in out["attendance"]}
    assert notes["Paul Kennedy"] == "named as 'Councillor Kennedy' in minute 13"
    assert _fm(out) == [("2024-04-18", "10:30", None, None)]
    # one person, one id, whatever list they are in
    assert len({a.person_id for a in out["attendance"]}) == len(out["attendance"])


def test_unruled_work_programme_with_date_on_first_row_of_each_group(pdfs):
    _, out, dl = pdfs["dorset"]
    assert _m(out) == [("forward_plan", "Dorset Police and Crime Panel", None, None, None, None, 1)]
    assert _fm(out) == [
        ("2024-06-11", None, None,
         "Annual Report of the Police and Crime Commissioner 2023/24; Complaints update; Panel arrangements"),
        ("2024-09-19", None, None, "Police and Crime Plan monitoring; Road safety")]
    assert out["attendance"] == [] and out["agenda_items"] == [] and dl == []


def test_unruled_delivery_plan_with_rag_and_percent_complete(pdfs):
    _, out, dl = pdfs["norfolk"]
    assert out["meetings"] == []
    assert [(r.priority, r.action, r.due_raw, r.due_date, r.progress_pct, r.page) for r in dl] == [
        ("Priority 2: Visible and trusted policing", "Recruit and train 60 additional special constables",
         "31 March 2025", "2025-03-31", 45.0, 1),
        ("Priority 2: Visible and trusted policing", "Open the new Great Yarmouth police station",
         "September 2024", "2024-09-01", 80.0, 1),
        # a dash in the % column is no progress, and RAG words are not read as progress
        ("Priority 2: Visible and trusted policing", "Refresh the rural crime strategy", "Ongoing", None, None, 1),
        ("Priority 2: Visible and trusted policing", "Publish the neighbourhood policing review",
         "30 June 2024", "2024-06-30", 100.0, 1)]


def test_forward_plan_header_and_rows_read_as_lines(pdfs):
    _, out, _ = pdfs["warwicks"]
    assert _m(out) == [("forward_plan", "Warwickshire Police and Crime Panel", None, None, None, None, 1)]
    # a time range keeps its start; the glossary after the plan is not an item
    assert _fm(out) == [
        ("2024-04-11", "10:30", "Committee Room 2, Shire Hall, Warwick",
         "Police and Crime Plan performance; Victim services commissioning update"),
        ("2024-06-27", "14:00", "Council Chamber, Shire Hall, Warwick", "Annual Report of the Commissioner")]


@pytest.mark.parametrize("variant", ["ruled", "unruled"])
def test_corpus_forward_work_plan_from_both_pdf_prints(variant):
    # unruled: the header is read as a line of labels, the rows as small tables with a column
    # of bullet glyphs, an item as a loose bullet, the page's strapline between two tables
    pdf = Path(__file__).resolve().parent / "fixtures" / "pdf" / f"wiltshire-panel-agenda-pack-2023-12-14-{variant}.pdf"
    out = meetings.extract(load(pdf))
    fwp = [m for m in out["meetings"] if m.kind == "forward_plan"]
    assert [(m.body, m.page) for m in fwp] == [("Police and Crime Panel", 45)]
    rows = [(f.date, f.start_time, f.place) for f in out["future_meetings"] if f.meeting_id == fwp[0].meeting_id]
    assert rows == [("2024-01-18", "10:30", "Kennet Room, County Hall, Trowbridge"),
                    ("2024-02-08", "10:30", "Council Chamber, Monkton Park, Chippenham"),
                    ("2024-03-07", "10:30", "Venue TBC")]
    items = [f.items for f in out["future_meetings"] if f.meeting_id == fwp[0].meeting_id]
    assert items[0] == "PCC Budget 2024/25 and Mid Term Financial Strategy; Communications"
    assert all("Where everybody matters" not in (i or "") for i in items)
    assert items[2].endswith("INSERT; Communications")
