"""Agenda packs, minutes, work programmes and delivery tables of OTHER police and
crime panels (Thames Valley, Sussex, West Mercia, Devon and Cornwall, North
Yorkshire, Lancashire, Kent and Medway), written as they are commonly published
(ModernGov front sheets, numbered minutes, "It was moved by ... and RESOLVED",
"Proposed by / Seconded by" lines, "PCP 23/45" minute numbers, work programme and
delivery-plan tables).  Each is read as text through ``extract.loaders.load``
and four of them also as PDFs drawn by tests/pdfgen_meetings.py, and the full
records are asserted."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract.loaders import load  # noqa: E402
from extract.extractors import deliverables, meetings  # noqa: E402

TV_AGENDA = """Thames Valley Police and Crime Panel

Date: Friday, 19th January, 2024
Time: 1.00 pm
Venue: Council Chamber, Aylesbury Vale District Council Offices,
The Gateway, Gatehouse Road, Aylesbury HP19 8FF
Contact officer: Khalid Ahmed, Scrutiny Officer, 07889 497442

Membership: Councillor Barrie Patman (Chairman), Councillor Emily Culverhouse (Vice-Chairman), Councillor Paul Cuff, Councillor Balvinder Bains, Councillor David Carroll and Mr Keith Knox

AGENDA

Item No.                                             Page

1. Apologies for Absence

2. Declarations of Interest

3. Minutes of the previous meeting (Pages 1 - 8)
To approve as a correct record the minutes of the meeting held on 17 November 2023.

4. Public Question Time

5. Police and Crime Commissioner's Precept Proposal 2024/25 (Pages 9 - 40)

6. Work Programme (Pages 41 - 44)

7. Date of Next Meeting
Friday 2 February 2024 at 1.00 pm
"""

SUSSEX_MINUTES = """SUSSEX POLICE AND CRIME PANEL

MINUTES of the meeting held on Friday, 26th January, 2024 at 10.00 am at County Hall, Lewes.

PRESENT: Councillors Bill Bentley (Chairman), Christian Mitchell (Vice-Chairman), Mike Pickett, Paul Redstone and Carol Theobald

Independent Members: Susan Scholefield and Yasmin Daley

ALSO PRESENT: Katy Bourne (Police and Crime Commissioner), Mark Streater (Chief Executive, OPCC) and Ninesh Edwards (Senior Advisor, West Sussex County Council)

Apologies for absence were received from Councillors Emma Evans and Tom Crisp.

45. Declarations of Interest

45.1 Councillor Redstone declared a personal interest as a member of the Safer Streets partnership.

46. Minutes

46.1 RESOLVED - That the minutes of the meeting held on 6 October 2023 be approved as a correct record and signed by the Chairman.

47. Proposed Precept 2024/25

47.1 The Commissioner introduced the report on the proposed precept for 2024/25.

47.2 It was moved by Councillor Pickett, seconded by Councillor Theobald and RESOLVED that the Panel supports the proposed precept of £13 for a Band D property.

48. Date of Next Meeting

48.1 The next meeting of the Panel will be held on Friday 23 February 2024 at 10.00 am in the Council Chamber, County Hall, Lewes.

The meeting ended at 12.35 pm.

Chairman
"""

WEST_MERCIA_MINUTES = """West Mercia Police and Crime Panel
Tuesday, 6 February 2024
Minutes

Present: Cllr Aled Evans (Chairman), Cllr Sebastian Bowen (Vice Chairman), Cllr Jeff Baker, Cllr Chris Bloore, Cllr Stephen Clee and Cllr Dr Mary Evans

Also attended: John Campion, West Mercia Police and Crime Commissioner; Gareth Boulton, Chief Executive, OPCC; Sheena Jones, Democratic Governance and Scrutiny Manager

229 Apologies and Substitutes

Apologies were received from Cllr Dan Morris and Cllr Carol Hanson.

230 Declarations of Interest

None.

231 Proposed Precept 2024/25

The Commissioner presented his proposed precept.

Proposed by Cllr Bloore
Seconded by Cllr Clee

RESOLVED that:
a) the proposed precept of £13.00 for a Band D property be supported; and
b) the Commissioner be asked to report on the use of reserves in June.

232 Minutes

RESOLVED that the Minutes of the meeting held on 21 November 2023 be confirmed as a correct record and signed by the Chairman.

The meeting commenced at 10.30 am and closed at 12.15 pm
"""

DEVON_MINUTES = """DEVON AND CORNWALL POLICE AND CRIME PANEL
Minutes of a meeting of the Devon and Cornwall Police and Crime Panel held at Plymouth Guildhall on Friday 2 February 2024 at 10.30 am

Present: Councillors John Croad (Chair), Mike Hill-Smith (Vice-Chair), Julian Brazil, Sally Haydon and Jonathan Frost
Co-opted Independent Members: Hilary Bastone and Sarah Sibley
Officers in attendance: Frances Hughes (Chief Executive, OPCC), Pam Freeman (Treasurer, OPCC) and Ross Jago (Head of Governance, Plymouth City Council)

PCP 23/45 APOLOGIES
Apologies for absence were submitted by Councillors Martin Smith and Jayne Kirkham.

PCP 23/46 MINUTES
The minutes of the meeting held on 1 December 2023 were agreed as a correct record (Proposed by Councillor Croad, seconded by Councillor Brazil).

RESOLVED: That the minutes of the meeting held on 1 December 2023 be confirmed as a correct record. (Proposed by Councillor Croad, seconded by Councillor Brazil)

PCP 23/47 POLICE AND CRIME COMMISSIONER'S PROPOSED PRECEPT 2024/25
Having been proposed by Councillor Haydon and seconded by Councillor Frost, the Panel RESOLVED to support the proposed precept.

PCP 23/48 DATE OF NEXT MEETING
Date of next meeting: Friday 9 February 2024 at 10.30 am, Plymouth Guildhall

The meeting commenced at 10.30 am and finished at 1.05 pm.
"""

NORTH_YORKS_AGENDA = """North Yorkshire Police, Fire and Crime Panel

NOTICE IS HEREBY GIVEN that a meeting of the North Yorkshire Police, Fire and Crime Panel will be held at County Hall, Northallerton on Thursday, 1st February, 2024 at 10.30 am.

Members: Councillor Carl Les (Chair), Councillor Tim Grogan (Vice-Chair), Councillor Mike Chambers MBE, Councillor Keith Aspden and Mrs Mary Fuller

Business

1. Welcome, introductions and apologies for absence

2. Minutes of the meeting held on 5 December 2023 (Pages 5 - 12)

3. Declarations of interest

4. Commissioner's proposed precept for policing 2024/25 (Pages 13 - 60)
To consider the Commissioner's proposed precept.

5. Work programme (Pages 61 - 64)

6. Dates of future meetings
Thursday 7 March 2024 at 10.30 am
Thursday 18 April 2024 at 10.30 am
"""

LANCS_FWP = """Lancashire Police and Crime Panel
Work Programme 2024/25

Meeting date	Item	Lead officer
Monday 24 June 2024	Police and Crime Commissioner's Annual Report	Chief Executive, OPCC
	Complaints update	Head of Legal
Monday 30 September 2024	Police and Crime Plan performance	Head of Performance
Monday 30 September 2024	Hate crime	Chief Executive, OPCC
"""

KENT_REPORT_AND_DELIV = """Kent and Medway Police and Crime Panel

Report to: Kent and Medway Police and Crime Panel
Date: 6 February 2024
Title of report: Police and Crime Plan delivery update
Report of: Robert Phillips, Chief Executive

Delivery plan

Action	Owner	Due Date	Status / RAG	% complete
Recruit 100 additional PCSOs	ACC Local Policing	31/03/2025	Amber	40%
Launch the rural crime strategy	Head of Partnerships	Q3 2024	Green	75%
Review of the victims' code compliance	OPCC Victims Lead	Ongoing	Green	–
Open the new Medway custody suite	Estates Director	March 2025	Red	10%
Publish the annual report	Chief Executive	31 July 2024	Complete	100%
"""


def _load(tmp_path, name, text, fmt):
    if fmt == "txt":
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
    else:
        from pdfgen_meetings import parts_from_text, write_pdf
        p = tmp_path / f"{name}.pdf"
        parts = parts_from_text(text)
        write_pdf(p, [("h", v) if k == "p" and v in HEADINGS else (k, v) for k, v in parts])
    return load(p)


HEADINGS = {"Delivery plan", "AGENDA", "Business"}


def _m(out):
    return [(m.kind, m.body, m.date, m.start_time, m.end_time, m.place) for m in out["meetings"]]


def _att(out, status=None):
    return [(a.title, a.name, a.role, a.organisation, a.status) for a in out["attendance"]
            if status is None or a.status == status]


def _items(out):
    return [(a.number, a.title, a.page_start, a.page_end) for a in out["agenda_items"]]


def _dec(out):
    return [(d.item_number, d.decision, d.proposer, d.seconder) for d in out["decisions"]]


def _fm(out):
    return [(f.date, f.start_time, f.place, f.items) for f in out["future_meetings"]]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_thames_valley_moderngov_agenda(tmp_path, fmt):
    out = meetings.extract(_load(tmp_path, "tv", TV_AGENDA, fmt))
    assert _m(out) == [("agenda", "Thames Valley Police and Crime Panel", "2024-01-19", "13:00", None,
                        "Council Chamber, Aylesbury Vale District Council Offices, The Gateway, "
                        "Gatehouse Road, Aylesbury HP19 8FF")]
    assert _att(out) == [
        ("Councillor", "Barrie Patman", "chairman", None, "member"),
        ("Councillor", "Emily Culverhouse", "vice_chairman", None, "member"),
        ("Councillor", "Paul Cuff", "member", None, "member"),
        ("Councillor", "Balvinder Bains", "member", None, "member"),
        ("Councillor", "David Carroll", "member", None, "member"),
        ("Mr", "Keith Knox", "member", None, "member")]
    assert _items(out) == [
        ("1", "Apologies for Absence", None, None), ("2", "Declarations of Interest", None, None),
        ("3", "Minutes of the previous meeting", 1, 8), ("4", "Public Question Time", None, None),
        ("5", "Police and Crime Commissioner's Precept Proposal 2024/25", 9, 40),
        ("6", "Work Programme", 41, 44), ("7", "Date of Next Meeting", None, None)]
    three = [a for a in out["agenda_items"] if a.number == "3"][0]
    assert three.purpose == "To approve as a correct record the minutes of the meeting held on 17 November 2023."
    assert _fm(out) == [("2024-02-02", "13:00", None, None)]
    assert out["decisions"] == []


SUSSEX_ATT = [
    ("Councillor", "Bill Bentley", "chairman", None, "present"),
    ("Councillor", "Christian Mitchell", "vice_chairman", None, "present"),
    ("Councillor", "Mike Pickett", "member", None, "present"),
    ("Councillor", "Paul Redstone", "member", None, "present"),
    ("Councillor", "Carol Theobald", "member", None, "present"),
    (None, "Susan Scholefield", "member", None, "present"),
    (None, "Yasmin Daley", "member", None, "present"),
    (None, "Katy Bourne", "other", "Police and Crime Commissioner", "also_present"),
    (None, "Mark Streater", "officer", "Chief Executive, OPCC", "also_present"),
    (None, "Ninesh Edwards", "officer", "Senior Advisor, West Sussex County Council", "also_present"),
    ("Councillor", "Emma Evans", None, None, "apologies"),
    ("Councillor", "Tom Crisp", None, None, "apologies"),
]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_sussex_numbered_minutes_moved_seconded_resolved(tmp_path, fmt):
    out = meetings.extract(_load(tmp_path, "sussex", SUSSEX_MINUTES, fmt))
    assert _m(out) == [("minutes", "Sussex Police and Crime Panel", "2024-01-26", "10:00", "12:35",
                        "County Hall, Lewes")]
    assert _att(out) == SUSSEX_ATT
    indep = [a for a in out["attendance"] if a.name == "Susan Scholefield"][0]
    assert "independent member" in indep.note
    assert _items(out) == [("45", "Declarations of Interest", None, None), ("46", "Minutes", None, None),
                           ("47", "Proposed Precept 2024/25", None, None),
                           ("48", "Date of Next Meeting", None, None)]
    assert _dec(out) == [
        ("46", "That the minutes of the meeting held on 6 October 2023 be approved as a correct record "
               "and signed by the Chairman.", None, None),
        ("47", "that the Panel supports the proposed precept of £13 for a Band D property.",
         "Mike Pickett", "Carol Theobald")]
    assert _fm(out) == [("2024-02-23", "10:00", "Council Chamber, County Hall, Lewes", None)]


def test_west_mercia_minutes_sheet_and_proposed_seconded_lines(tmp_path):
    out = meetings.extract(_load(tmp_path, "wm", WEST_MERCIA_MINUTES, "txt"))
    assert _m(out) == [("minutes", "West Mercia Police and Crime Panel", "2024-02-06", "10:30", "12:15", None)]
    assert _att(out) == [
        ("Cllr", "Aled Evans", "chairman", None, "present"),
        ("Cllr", "Sebastian Bowen", "vice_chairman", None, "present"),
        ("Cllr", "Jeff Baker", "member", None, "present"),
        ("Cllr", "Chris Bloore", "member", None, "present"),
        ("Cllr", "Stephen Clee", "member", None, "present"),
        ("Cllr Dr", "Mary Evans", "member", None, "present"),
        (None, "John Campion", "other", "West Mercia Police and Crime Commissioner", "also_present"),
        (None, "Gareth Boulton", "officer", "Chief Executive, OPCC", "also_present"),
        (None, "Sheena Jones", "officer", "Democratic Governance and Scrutiny Manager", "also_present"),
        ("Cllr", "Dan Morris", None, None, "apologies"),
        ("Cllr", "Carol Hanson", None, None, "apologies")]
    assert [a[0] for a in _items(out)] == ["229", "230", "231", "232"]
    assert _dec(out) == [
        ("231", "that: a) the proposed precept of £13.00 for a Band D property be supported; and "
                "b) the Commissioner be asked to report on the use of reserves in June.",
         "Chris Bloore", "Stephen Clee"),
        ("232", "that the Minutes of the meeting held on 21 November 2023 be confirmed as a correct record "
                "and signed by the Chairman.", None, None)]
    assert out["future_meetings"] == []


def test_devon_and_cornwall_pcp_minute_numbers(tmp_path):
    out = meetings.extract(_load(tmp_path, "dc", DEVON_MINUTES, "txt"))
    assert _m(out) == [("minutes", "Devon and Cornwall Police and Crime Panel", "2024-02-02", "10:30", "13:05",
                        "Plymouth Guildhall")]
    assert [(a.name, a.role, a.status) for a in out["attendance"] if a.status != "present"] == [
        ("Frances Hughes", "officer", "also_present"), ("Pam Freeman", "officer", "also_present"),
        ("Ross Jago", "officer", "also_present"),
        ("Martin Smith", None, "apologies"), ("Jayne Kirkham", None, "apologies")]
    assert [(a.name, a.role) for a in out["attendance"] if a.status == "present"] == [
        ("John Croad", "chairman"), ("Mike Hill-Smith", "vice_chairman"), ("Julian Brazil", "member"),
        ("Sally Haydon", "member"), ("Jonathan Frost", "member"), ("Hilary Bastone", "member"),
        ("Sarah Sibley", "member")]
    assert _items(out) == [("PCP 23/45", "APOLOGIES", None, None), ("PCP 23/46", "MINUTES", None, None),
                           ("PCP 23/47", "POLICE AND CRIME COMMISSIONER'S PROPOSED PRECEPT 2024/25", None, None),
                           ("PCP 23/48", "DATE OF NEXT MEETING", None, None)]
    assert _dec(out) == [
        ("PCP 23/46", "That the minutes of the meeting held on 1 December 2023 be confirmed as a correct record.",
         "John Croad", "Julian Brazil"),
        ("PCP 23/47", "to support the proposed precept.", "Sally Haydon", "Jonathan Frost")]
    assert _fm(out) == [("2024-02-09", "10:30", "Plymouth Guildhall", None)]


def test_north_yorkshire_notice_of_meeting(tmp_path):
    out = meetings.extract(_load(tmp_path, "ny", NORTH_YORKS_AGENDA, "txt"))
    assert _m(out) == [("agenda", "North Yorkshire Police, Fire and Crime Panel", "2024-02-01", "10:30", None,
                        "County Hall, Northallerton")]
    assert _att(out) == [
        ("Councillor", "Carl Les", "chairman", None, "member"),
        ("Councillor", "Tim Grogan", "vice_chairman", None, "member"),
        ("Councillor", "Mike Chambers", "member", None, "member"),
        ("Councillor", "Keith Aspden", "member", None, "member"),
        ("Mrs", "Mary Fuller", "member", None, "member")]
    assert [a.post_nominals for a in out["attendance"]] == [None, None, "MBE", None, None]
    assert _items(out) == [
        ("1", "Welcome, introductions and apologies for absence", None, None),
        ("2", "Minutes of the meeting held on 5 December 2023", 5, 12),
        ("3", "Declarations of interest", None, None),
        ("4", "Commissioner's proposed precept for policing 2024/25", 13, 60),
        ("5", "Work programme", 61, 64), ("6", "Dates of future meetings", None, None)]
    assert _fm(out) == [("2024-03-07", "10:30", None, None), ("2024-04-18", "10:30", None, None)]


def test_lancashire_work_programme_text(tmp_path):
    out = meetings.extract(_load(tmp_path, "lancs", LANCS_FWP.replace(
        "\n\tComplaints update", "\nMonday 24 June 2024\tComplaints update"), "txt"))
    assert _m(out) == [("forward_plan", "Lancashire Police and Crime Panel", None, None, None, None)]
    assert _fm(out) == [
        ("2024-06-24", None, None, "Police and Crime Commissioner's Annual Report; Complaints update"),
        ("2024-09-30", None, None, "Police and Crime Plan performance; Hate crime")]


def test_lancashire_work_programme_pdf_with_continuation_rows(tmp_path):
    out = meetings.extract(_load(tmp_path, "lancs", LANCS_FWP, "pdf"))
    assert _m(out) == [("forward_plan", "Lancashire Police and Crime Panel", None, None, None, None)]
    assert _fm(out) == [
        ("2024-06-24", None, None, "Police and Crime Commissioner's Annual Report; Complaints update"),
        ("2024-09-30", None, None, "Police and Crime Plan performance; Hate crime")]


KENT_DELIVERABLES = [
    ("Recruit 100 additional PCSOs", "31/03/2025", "2025-03-31", 40.0),
    # a quarter is not a date the normaliser can give: kept as printed, due_date empty
    ("Launch the rural crime strategy", "Q3 2024", None, 75.0),
    ("Review of the victims' code compliance", "Ongoing", None, None),
    ("Open the new Medway custody suite", "March 2025", "2025-03-01", 10.0),
    ("Publish the annual report", "31 July 2024", "2024-07-31", 100.0),
]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_kent_report_cover_and_delivery_plan(tmp_path, fmt):
    doc = _load(tmp_path, "kent", KENT_REPORT_AND_DELIV, fmt)
    out = meetings.extract(doc)
    assert _m(out) == [("report", "Kent and Medway Police and Crime Panel", "2024-02-06", None, None, None)]
    assert _att(out) == [(None, "Robert Phillips", "officer", "Chief Executive", "also_present")]
    recs = deliverables.extract(doc)
    assert [(r.action, r.due_raw, r.due_date, r.progress_pct) for r in recs] == KENT_DELIVERABLES
    if fmt == "pdf":
        assert {r.page for r in recs} == {1}


def test_delivery_table_other_headers_and_period_due_dates(tmp_path):
    text = ("Priority 3: Protecting vulnerable people\n\n"
            "Ref\tKey action\tLead\tTarget date\tRAG status\tProgress (%)\n"
            "3.1\tCommission the new ISVA service\tOPCC\tQ3 2024/25\tGreen\t60%\n"
            "3.2\tRefresh the domestic abuse strategy\tPartnerships\tDec-24\tAmber\t25%\n"
            "3.3\tRoll out Right Care Right Person\tACC\tSpring 2025\tAmber\t10%\n"
            "3.4\tExtend the Safer Streets scheme\tOPCC\tEnd of June 2024\tComplete\t100%\n")
    recs = deliverables.extract(_load(tmp_path, "deliv2", text, "txt"))
    # issue 17: a quarter, financial year or season gives the first day of the period
    assert [(r.action, r.due_raw, r.due_date, r.progress_pct) for r in recs] == [
        ("Commission the new ISVA service", "Q3 2024/25", "2024-10-01", 60.0),
        ("Refresh the domestic abuse strategy", "Dec-24", "2024-12-01", 25.0),
        ("Roll out Right Care Right Person", "Spring 2025", "2025-03-01", 10.0),
        ("Extend the Safer Streets scheme", "End of June 2024", "2024-06-01", 100.0)]
    assert {r.priority for r in recs} == {"Priority 3: Protecting vulnerable people"}
