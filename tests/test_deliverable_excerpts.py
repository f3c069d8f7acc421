"""Deliverables forms read from delivery plans and action logs of publishers outside the first
set (county council plans, PCC delivery plans, council action plans, a Scottish Government
checklist): short excerpts as the loaders see them, expected values from reading the
documents, and a test on the side where each rule must not fire."""
from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns
from extract.loaders import load

KENT_HEAD = "| What we have committed to | Led by | Timescale | Measure | Shared Outcome |\n|---|---|---|---|---|\n"


def _extract(tmp_path, text, name="plan.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _due(recs):
    return [(r.action, r.due_raw, r.due_date) for r in recs]


def test_typographic_apostrophe_year_is_the_due_month(tmp_path):
    # Kent ICS priorities p. 25 ("March ‘25"); Hampshire OPCC delivery plan prints "Sep ‘19"
    recs = _extract(tmp_path, KENT_HEAD + (
        "| Digitising Social Care | Project Manager, Design and Learning Centre Programme Team | "
        "March \u201825 | 80% of all ASC providers to hold digital record. (March 24, 57.9%) | SO3,SO4,SO5 |\n"
        "| Digital Inclusion – Digital Kent | Digital Lead (Financial Hardship Programme Project Manager) | "
        "March \u201825 | Number accessing digital Kent | SO2,SO3 |\n"
        "| Estate Change Programme Phase 2 | OPCC | Apr \u201920 | To successfully deliver the approved "
        "Estate Strategy | SO1 |\n"))
    assert _due(recs) == [
        ("Digitising Social Care", "March \u201825", "2025-03-01"),
        ("Digital Inclusion – Digital Kent", "March \u201825", "2025-03-01"),
        ("Estate Change Programme Phase 2", "Apr \u201920", "2020-04-01"),
    ]
    assert [r.lead for r in recs][0] == "Project Manager, Design and Learning Centre Programme Team"


def test_start_and_report_dates_are_no_due_dates(tmp_path):
    # Kent ICS priorities pp. 11, 23, 27: the Timescale cell says when the work started, or
    # the date of the count in the Measure column; the deliverable's due date is not printed
    recs = _extract(tmp_path, KENT_HEAD + (
        "| Develop a Strategic Partnership for Health and the Economy | Head of Economy | "
        "Commenced October 2024 | Partnership established with regular meetings. | SO2, SO3, SO6 |\n"
        "| Quality supervision and workforce development – audit of what supervision is happening | "
        "Strategic Safeguarding and Quality Assurance Manager | As at End August 2024 | "
        "Number completed – to date 140 | SO3,SO4,SO5,SO6 |\n"
        "| Research | CPH | Commenced Oct 24 Commenced Oct 24 | New Joint post for Research "
        "Coordination Lead set up | SO1,SO2, SO2 SO4 |\n"
        "| Co-develop a health, work & skills strategy | Head of Economy | May 2025 | "
        "Strategy published | SO2 |\n"))
    assert _due(recs) == [
        ("Develop a Strategic Partnership for Health and the Economy", "Commenced October 2024", None),
        ("Quality supervision and workforce development – audit of what supervision is happening",
         "As at End August 2024", None),
        ("Research", "Commenced Oct 24 Commenced Oct 24", None),
        # the rule must not fire on a plain due month
        ("Co-develop a health, work & skills strategy", "May 2025", "2025-05-01"),
    ]


def test_a_cell_with_several_dates_gives_no_due_date(tmp_path):
    # Kent ICS priorities p. 14: a span and a launch date in one Timescale cell; which one is due
    # is not said.  One date at the end of the words stays the due date ("to start Apr 24").
    recs = _extract(tmp_path, KENT_HEAD + (
        "| Explore a potential Crowdfunding Fund with PH to support wellbeing within our communities. | "
        "Corporate Lead-Strategy, Strategy Officer | June 24- Nov 24 to be launched Dec 24 (provisional) | "
        "Fund launched | SO2 |\n"
        "| Dec 2024 - Mar 2025 review | Head of Economy | Dec 2024 - Mar 2025 | Review published | SO2 |\n"
        "| Procure the victim care service | OPCC | New contract to start Apr 24 | Contract let | SO1 |\n"))
    assert [r.due_date for r in recs] == [None, None, "2024-04-01"]


def test_financial_year_before_quarter_and_qtr(tmp_path):
    # council plan trackers print the year first ("2024/25 Q3") or "Qtr 3 2024/25"
    recs = _extract(tmp_path, (
        "| Action | Lead officer | Target date | RAG |\n|---|---|---|---|\n"
        "| Adopt the Local Plan | Head of Planning | 2024/25 Q3 | Green |\n"
        "| Review the waste contract | Head of Environment | Qtr 4 2024/25 | Amber |\n"
        "| Publish the tenancy strategy | Head of Housing | Q2 2025 | Green |\n"))
    assert [(r.due_raw, r.due_date, r.rag) for r in recs] == [
        ("2024/25 Q3", "2024-10-01", "green"),
        ("Qtr 4 2024/25", "2025-01-01", "amber"),
        ("Q2 2025", None, "green"),          # a calendar-year quarter stays ambiguous: no date
    ]


def test_by_whom_and_when_by_headers(tmp_path):
    # Maidstone AGS action plan "Governance Issue | Action Update | By When | By Whom"; Scottish
    # Government community safety checklist "STAGE | ACTION | WHO | WHEN BY?"
    assert header_columns(["Action", "By whom", "By when"]) is not None
    cols = header_columns(["STAGE", "ACTION", "WHO", "WHEN BY?"])
    assert (cols.action, cols.lead, cols.due) == (1, 2, 3)
    recs = _extract(tmp_path, (
        "| STAGE | ACTION | WHO | WHEN BY? |\n|---|---|---|---|\n"
        "| Setting Priorities | Prioritise problems and select a small number (5-7) of objectives | "
        "Partnership | March 2025 |\n"
        "| | Decide who will draft strategies for meeting each of the objectives | Chair | TBC |\n"))
    assert [(r.action, r.lead, r.due_raw, r.due_date) for r in recs] == [
        ("Prioritise problems and select a small number (5-7) of objectives", "Partnership", "March 2025",
         "2025-03-01"),
        ("Decide who will draft strategies for meeting each of the objectives", "Chair", "TBC", None),
    ]


def test_new_header_words_alone_are_no_plan():
    # an action column with only one of the other roles is still no deliverables header, and a
    # meeting plan's "Item | Who | When by" has no action column
    assert header_columns(["Action", "When by"]) is None
    assert header_columns(["Action", "By whom"]) is None
    assert header_columns(["Item", "Who", "When by"]) is None
    assert header_columns(["Project", "Forecast end date"]) is None
    # (with the project's objective beside it, "Project / Objective / Forecast End Date" is a plan since
    # round 9: Hampshire OPCC, tests/test_deliverable_excerpts8.py)


def test_action_log_and_tracker_headers():
    # action logs and trackers name their columns so: "Action Point" (Transport Scotland board
    # minutes, action points of a police review), "Officer responsible" (City of London committee
    # outstanding actions), "By When / By Whom" (Maidstone AGS plan), recommendations and areas for
    # improvement tracked with a lead, date and status (scrutiny recommendation trackers, fire
    # services' HMICFRS plans)
    cases = {
        ("Action point", "Owner", "Due", "Status"): (0, 2, 3, 1),
        ("Minute No.", "Action", "Officer responsible", "Progress update", "Status"): (1, None, 4, 2),
        ("Agreed action", "Responsible", "Due date", "Status"): (0, 2, 3, 1),
        ("Recommendation", "Lead", "Target date", "Status"): (0, 2, 3, 1),
        ("Area for improvement", "Action", "Owner", "Date for completion", "RAG"): (1, 3, 4, 2),
        ("Improvement action", "Assigned to", "Planned completion date", "% complete"): (0, 2, None, 1),
    }
    for cells, (action, due, status, lead) in cases.items():
        cols = header_columns(list(cells))
        assert cols is not None, cells
        assert (cols.action, cols.due, cols.status, cols.lead) == (action, due, status, lead), cells


def test_tracker_words_do_not_make_other_tables_plans():
    # a forward plan of key decisions, a contact list, recommendations with only a response
    assert header_columns(["No.", "Item", "Decision due", "Lead officer"]) is None
    assert header_columns(["Officer", "Role", "Email"]) is None
    assert header_columns(["Recommendation", "Response"]) is None
    assert header_columns(["Recommendation", "Accepted", "Date"]) is None


def test_recommendation_tracker_rows(tmp_path):
    # a recommendation tracker as an HTML table: the recommendation is the action; with an Action
    # column the action column wins over the recommendation
    recs = _extract(tmp_path, (
        "<table><tr><th>Recommendation</th><th>Lead Officer</th><th>Target date</th><th>Status</th></tr>"
        "<tr><td>Publish the victims code compliance report</td><td>Head of Commissioning</td>"
        "<td>31/03/2025</td><td>Complete</td></tr></table>"
        "<table><tr><th>Recommendation</th><th>Response</th><th>Action</th><th>Lead</th>"
        "<th>Date for completion</th><th>Status</th></tr>"
        "<tr><td>The force should improve call handling</td><td>Accepted</td>"
        "<td>Recruit twelve call handlers</td><td>Head of Contact</td><td>Q3 2024/25</td><td>On track</td></tr>"
        "</table>"), name="tracker.html")
    assert [(r.action, r.lead, r.due_date, r.rag) for r in recs] == [
        ("Publish the victims code compliance report", "Head of Commissioning", "2025-03-31", "complete"),
        ("Recruit twelve call handlers", "Head of Contact", "2024-10-01", "green"),
    ]
