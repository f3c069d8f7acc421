"""Meeting metadata: the corpus agenda pack in full, and hand-built documents of
other panels (other bodies, names and layouts)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.model import Block, Document, Page, stable_id
from extract.extractors import meetings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PACK = CORPUS / "wiltshire-panel-agenda-pack-2023-12-14.md"
BODY = "Wiltshire Police and Crime Panel"


@pytest.fixture(scope="module")
def pack():
    from extract.loaders import load
    doc = load(PACK)
    return doc, meetings.extract(doc)


def _one(recs, **kw):
    hits = [r for r in recs if all(getattr(r, k) == v for k, v in kw.items())]
    assert len(hits) == 1, (kw, hits)
    return hits[0]


# ---------------------------------------------------------------- corpus

def test_pack_meetings(pack):
    doc, out = pack
    got = [(m.kind, m.body, m.date, m.start_time, m.end_time, m.place) for m in out["meetings"]]
    assert got == [
        ("agenda", BODY, "2023-12-14", "10:30", None,
         "Committee Room 6, Swindon Borough Council Offices, Euclid St, Swindon SN1 2JH"),
        ("minutes", BODY, "2023-09-14", "10:30", "13:35",
         "KENNET ROOM - COUNTY HALL, BYTHESEA ROAD, TROWBRIDGE, BA14 8JN"),
        ("report", "Police and Crime Panel", "2023-12-14", None, None, None),
        ("forward_plan", "Police and Crime Panel", None, None, None, None),
    ]
    for m in out["meetings"]:
        assert m.doc_id == doc.doc_id
        assert m.meeting_id == stable_id(doc.doc_id, m.kind, m.date, m.body)


def _mid(out, kind):
    return _one(out["meetings"], kind=kind).meeting_id


def test_pack_agenda_items(pack):
    _, out = pack
    items = [a for a in out["agenda_items"] if a.meeting_id == _mid(out, "agenda")]
    assert [a.number for a in items] == [str(n) for n in range(1, 14)]
    seven = _one(items, number="7")
    assert (seven.title, seven.page_start, seven.page_end, seven.purpose) == (
        "Police and Crime Plan Highlight and Performance Report", 21, 44,
        "To receive the Highlight and Performance Report.")
    assert [(a.number, a.page_start, a.page_end) for a in items if a.page_start] == [
        ("2", 7, 16), ("6", 17, 20), ("7", 21, 44), ("9", 45, 50), ("10", 51, 54)]
    assert _one(items, number="3").title == "Declarations of Interest"
    assert _one(items, number="1").purpose == "To receive any apologies for absence."
    assert all(a.purpose for a in items)
    minute_items = [a for a in out["agenda_items"] if a.meeting_id == _mid(out, "minutes")]
    assert [a.number for a in minute_items] == [str(n) for n in range(17, 29)]
    assert _one(minute_items, number="25").title == "PCC Annual Report 2022/23"


def test_pack_membership_and_substitutes(pack):
    _, out = pack
    mid = _mid(out, "agenda")
    members = [a for a in out["attendance"] if a.meeting_id == mid and a.status == "member"]
    assert [a.name for a in members] == [
        "Steve Bucknell", "Stanka Adamcova", "Sudha Sri Nukana", "Vijay Manro", "Abdul Amin",
        "Ross Henning", "George Jeans", "Brian Mathew", "Tony Pickernell", "James Sheppard",
        "Elizabeth Threlfall", "Denisa Ahmeti", "Louise Williams"]
    assert _one(members, name="Steve Bucknell").role == "chairman"
    adam = _one(members, name="Stanka Adamcova")
    assert (adam.role, adam.organisation, adam.title) == ("vice_chairman", "Swindon Borough Council", "Cllr")
    assert _one(members, name="Brian Mathew").title == "Cllr Dr"
    assert "more than once" in _one(members, name="George Jeans").note
    assert _one(members, name="Denisa Ahmeti").title is None
    subs = [a for a in out["attendance"] if a.meeting_id == mid and a.status == "substitute"]
    assert len(subs) == 10
    assert _one(subs, name="Nick Murry").title == "Cllr Dr"
    assert _one(subs, name="Sam Pearce-Kearney").role == "substitute"


def test_pack_minutes_attendance(pack):
    _, out = pack
    mid = _mid(out, "minutes")
    att = [a for a in out["attendance"] if a.meeting_id == mid]
    present = [a for a in att if a.status == "present"]
    assert len(present) == 11
    assert _one(present, name="Steve Bucknell").role == "chairman"
    assert _one(present, name="Stanka Adamcova").role == "vice_chairman"
    assert {a.name for a in present} >= {"Denisa Ahmeti", "Louise Williams", "Sudha Sri Nukana"}
    apologies = [(a.title, a.name) for a in att if a.status == "apologies"]
    assert apologies == [("Cllr", "James Sheppard"), ("Cllr", "Vijay Manro")]
    also = {a.name: a for a in att if a.status == "also_present"}
    assert list(also) == ["Philip Wilkinson", "Naji Darwish", "John Derryman", "Emma Morton",
                          "Michael O'Connor", "Jen Murray", "James Biggs", "Matt Hitch"]
    assert also["Naji Darwish"].organisation == "Chief Executive and Monitoring Officer, OPCC"
    assert also["Naji Darwish"].role == "officer"
    assert also["Philip Wilkinson"].title is None  # no honorific printed
    assert also["Philip Wilkinson"].post_nominals == "OBE, MPhil"
    assert also["Philip Wilkinson"].organisation == "Police and Crime Commissioner"
    assert also["Jen Murray"].organisation == "Contextual Safeguarding Practice Lead, Wiltshire Council"


def test_pack_people_linked_across_agenda_and_minutes(pack):
    _, out = pack
    agenda, minutes = _mid(out, "agenda"), _mid(out, "minutes")
    by = {}
    for a in out["attendance"]:
        by.setdefault(a.name, {})[a.meeting_id] = a
    assert by["Ross Henning"][agenda].person_id == by["Ross Henning"][minutes].person_id
    assert by["James Sheppard"][agenda].person_id == by["James Sheppard"][minutes].person_id
    assert by["Ross Henning"][agenda].person_id != by["George Jeans"][agenda].person_id
    # the minutes also print "Ros Henning": noted, not merged
    assert "Ros Henning" in by["Ross Henning"][minutes].note
    assert "Ros Henning" not in by


def test_pack_decisions(pack):
    _, out = pack
    mid = _mid(out, "minutes")
    decs = [(d.item_number, d.decision, d.proposer, d.seconder) for d in out["decisions"]]
    assert all(d.meeting_id == mid for d in out["decisions"])
    assert decs == [
        ("21", "To agree the minutes of the meeting held on 13 June 2023 as a true and correct record.",
         "Ross Henning", "Tony Pickernell"),
        ("23", "To note the report on the OPCC's oversight of Wiltshire Police's PEEL progress.",
         "Elizabeth Threlfall", "Ros Henning"),
        ("25", "To note the Police and Crime Commissioner's draft Annual Report.",
         "Elizabeth Threlfall", "Ros Henning"),
        ("27", "To note the forward work plan.", "Ros Henning", "Sudha Sri Nukana"),
    ]
    # "On the proposal of Cllr Henning" was resolved by the unique attendee surname, and noted
    henning = _one(out["attendance"], meeting_id=mid, name="Ross Henning", status="present")
    assert "Cllr Henning" in henning.note


def test_pack_future_meetings(pack):
    _, out = pack
    minutes = [f for f in out["future_meetings"] if f.meeting_id == _mid(out, "minutes")]
    assert [(f.date, f.start_time) for f in minutes] == [
        ("2024-01-18", "10:30"), ("2024-02-08", "10:30"), ("2024-03-07", "10:30"),
        ("2024-06-27", "10:30"), ("2024-09-26", "13:30"), ("2024-11-14", "10:30")]
    agenda = [f for f in out["future_meetings"] if f.meeting_id == _mid(out, "agenda")]
    assert [(f.date, f.start_time, f.place) for f in agenda][:3] == [
        ("2024-01-18", "10:30", "Kennet Room, County Hall"),
        ("2024-02-08", "10:30", "Council Chamber, Monkton Park"),
        ("2024-03-07", "10:30", None)]
    assert len(agenda) == 6
    fwp = [f for f in out["future_meetings"] if f.meeting_id == _mid(out, "forward_plan")]
    assert [(f.date, f.start_time, f.place, f.items) for f in fwp] == [
        ("2024-01-18", "10:30", "Kennet Room, County Hall, Trowbridge",
         "PCC Budget 2024/25 and Mid Term Financial Strategy; Communications"),
        ("2024-02-08", "10:30", "Council Chamber, Monkton Park, Chippenham",
         "PCC's Precept Proposal 2024/25; Communications"),
        ("2024-03-07", "10:30", "Venue TBC",
         "PCC Update; Quarterly Plan Delivery Update; INSERT; Communications"),
    ]


def test_pack_report_cover_sheet(pack):
    _, out = pack
    mid = _mid(out, "report")
    pres = [a for a in out["attendance"] if a.meeting_id == mid]
    assert [(a.name, a.organisation) for a in pres] == [("Naji Darwish", "OPCC CEO")]
    assert "PEEL progress" in pres[0].note


def test_other_corpus_documents():
    from extract.loaders import load
    out = meetings.extract(load(CORPUS / "wiltshire-performance-report-2019-q2.md"))
    assert [(m.kind, m.body, m.date) for m in out["meetings"]] == [
        ("report", "Police and Crime Panel", "2019-12-19")]
    for name in ("wiltshire-highlight-report-2023-10-to-12.txt", "wiltshire-newsletter-2023-03-to-05.txt"):
        out = meetings.extract(load(CORPUS / name))
        assert all(v == [] for v in out.values()), name


# ---------------------------------------------------------------- hand-built

def _doc(blocks) -> Document:
    doc = Document(source="hand.md", sha256="cd" * 32, format="markdown")
    doc.pages.append(Page(number=1, blocks=blocks))
    return doc.finish()


def H(text, level=1):
    return Block("heading", text=text, level=level)


def P(text):
    return Block("paragraph", text=text)


def B(text):
    return Block("bullet", text=text)


def test_other_panel_minutes():
    doc = _doc([
        H("MINUTES OF A MEETING OF THE DORSET POLICE AND CRIME PANEL HELD AT COUNTY HALL, "
          "DORCHESTER ON MONDAY 5 FEBRUARY 2024 AT 10.00 AM"),
        P("Present: Councillor Mike Barron (Chair), Councillor Jane Somper (Vice-Chair), "
          "Cllr Les Fry, Cllr Dr Ann Kearney-Smith, Ian Bowen and Mrs Sarah Lowe"),
        H("Also present:", 3),
        P("David Sidwick – Police and Crime Commissioner\nSimon Bullock – Chief Executive, OPCC\n"
          "Karen Lloyd – Democratic Services Officer, Dorset Council"),
        H("1 Apologies", 2),
        P("Apologies for absence were received from Cllr Pete Sherwood and Cllr Toni Coombs."),
        H("2 Minutes", 2),
        P("Proposed by Cllr Fry, seconded by Councillor Jane Somper, it was RESOLVED: "
          "That the minutes of the meeting held on 20 November 2023 be confirmed."),
        H("3 Precept proposal", 2),
        P("The Commissioner presented his proposed precept."),
        P("Resolved: To support the proposed precept without qualification."),
        H("4 Dates of future meetings", 2),
        B("Thursday 25 April 2024 at 10am, Committee Room 1"),
        B("Tuesday 2 July 2024, 2.30pm"),
        P("The meeting started at 10.00 am and finished at 12.15 pm."),
    ])
    out = meetings.extract(doc)
    (m,) = out["meetings"]
    assert (m.kind, m.body, m.date, m.start_time, m.end_time, m.place) == (
        "minutes", "Dorset Police and Crime Panel", "2024-02-05", "10:00", "12:15", "COUNTY HALL, DORCHESTER")
    present = [(a.title, a.name, a.role) for a in out["attendance"] if a.status == "present"]
    assert present == [("Councillor", "Mike Barron", "chairman"), ("Councillor", "Jane Somper", "vice_chairman"),
                       ("Cllr", "Les Fry", "member"), ("Cllr Dr", "Ann Kearney-Smith", "member"),
                       (None, "Ian Bowen", "member"), ("Mrs", "Sarah Lowe", "member")]
    also = [(a.name, a.organisation, a.role) for a in out["attendance"] if a.status == "also_present"]
    assert also == [("David Sidwick", "Police and Crime Commissioner", "other"),
                    ("Simon Bullock", "Chief Executive, OPCC", "officer"),
                    ("Karen Lloyd", "Democratic Services Officer, Dorset Council", "officer")]
    assert [a.name for a in out["attendance"] if a.status == "apologies"] == ["Pete Sherwood", "Toni Coombs"]
    assert [(d.item_number, d.decision, d.proposer, d.seconder) for d in out["decisions"]] == [
        ("2", "That the minutes of the meeting held on 20 November 2023 be confirmed.", "Les Fry",
         "Jane Somper"),
        ("3", "To support the proposed precept without qualification.", None, None),
    ]
    assert [(f.date, f.start_time, f.place) for f in out["future_meetings"]] == [
        ("2024-04-25", "10:00", "Committee Room 1"), ("2024-07-02", "14:30", None)]
    assert [a.number for a in out["agenda_items"]] == ["1", "2", "3", "4"]


def test_other_panel_agenda_front_sheet_as_text_lines():
    doc = _doc([
        P("Meeting: North Yorkshire Police, Fire and Crime Panel"),
        P("Venue: The Brierley Room, County Hall,"),
        P("Racecourse Lane, Northallerton DL7 8AD"),
        P("Date: Thursday 1 February 2024"),
        P("Time: 10.30 am - 12.30 pm"),
        H("Membership:", 3),
        P("Cllr Carl Les (Chair) Cllr Tim Grogan, City of York Council Cllr Tim Grogan Mary Fuller Keith Aspden"),
        H("1 Welcome and apologies", 2),
        P("To receive apologies."),
        H("2 Precept 2024/25 (Pages 3 - 18)", 2),
        P("To review the Commissioner's proposed precept."),
    ])
    out = meetings.extract(doc)
    (m,) = out["meetings"]
    assert (m.kind, m.body, m.date, m.start_time, m.end_time, m.place) == (
        "agenda", "North Yorkshire Police, Fire and Crime Panel", "2024-02-01", "10:30", "12:30",
        "The Brierley Room, County Hall, Racecourse Lane, Northallerton DL7 8AD")
    members = [(a.name, a.role, a.organisation) for a in out["attendance"]]
    assert members == [("Carl Les", "chairman", None), ("Tim Grogan", "member", "City of York Council"),
                       ("Mary Fuller", "member", None), ("Keith Aspden", "member", None)]
    assert [(a.number, a.title, a.page_start, a.page_end, a.purpose) for a in out["agenda_items"]] == [
        ("1", "Welcome and apologies", None, None, "To receive apologies."),
        ("2", "Precept 2024/25", 3, 18, "To review the Commissioner's proposed precept.")]
    # agendas carry no apologies / present lists
    assert {a.status for a in out["attendance"]} == {"member"}


def test_forward_plan_and_report_cover_of_another_panel():
    doc = _doc([
        Block.table([["Meeting", "Kent and Medway Police and Crime Panel"],
                     ["Date", "6 February 2024"],
                     ["Report Title", "Commissioner's precept proposal"],
                     ["Report presented by", "Robert Phillips, Chief Executive"]]),
        P("1. Purpose of report"),
        H("Kent and Medway Police and Crime Panel Forward Work Programme", 2),
        Block.table([["Date", "Venue", "Items"],
                     ["Tuesday 11 June 2024 10am", "Council Chamber, Maidstone", "Annual report"],
                     ["", "", "Complaints update"],
                     ["Tuesday 24 September 2024", "TBC", "Hate crime"]]),
    ])
    out = meetings.extract(doc)
    assert [(m.kind, m.body, m.date) for m in out["meetings"]] == [
        ("report", "Kent and Medway Police and Crime Panel", "2024-02-06"),
        ("forward_plan", "Kent and Medway Police and Crime Panel", None)]
    fm = [(f.date, f.start_time, f.place, f.items) for f in out["future_meetings"]]
    assert fm == [("2024-06-11", "10:00", "Council Chamber, Maidstone", "Annual report; Complaints update"),
                  ("2024-09-24", None, "TBC", "Hate crime")]
    (pres,) = out["attendance"]
    assert (pres.name, pres.organisation, pres.role) == ("Robert Phillips", "Chief Executive", "officer")


def test_nothing_from_ordinary_reports():
    doc = _doc([H("Quarterly performance report"), P("Date of publication: 4 March 2024"),
                H("1 Introduction"), P("On the proposal of the board the scheme was extended.")])
    out = meetings.extract(doc)
    assert all(v == [] for v in out.values())
