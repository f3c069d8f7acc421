"""Delivery plans of other layouts (issue 17): headers by meaning, status / RAG / lead
columns, due cells with words around the date, in text, Markdown, HTML and PDF tables,
and a real council plan (Kent ICS priorities, read with pdfplumber)."""
from pathlib import Path

import pytest

from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns, rag_of, split_header_line
from extract.loaders import load

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
KENT_ICS = REAL / "kent_cc" / "kcc_cabinet_2025-01-30_ICS_priorities_measures.pdf"


def _load(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load(p)


def _rows(recs):
    return [(r.action, r.due_raw, r.due_date, r.progress_pct, r.status, r.rag, r.lead) for r in recs]


def test_highlight_report_family_due_cells_with_words(tmp_path):
    # the two failing rows of the issue, in the corpus's tab-separated form
    doc = _load(tmp_path, "h.txt", (
        "Priority 4: Improve the experience of victims\n\n"
        "Action\tDate Due\tProgress\n"
        "Complete review and implement recommendations of the victims code in the Criminal "
        "Justice Sector\tto March 2025\t30%\n"
        "Undertake the procurement of the victim care service to improve service.\tr March 2025\t30%\n"
        "Refresh the victims strategy\tOngoing\t50%\n"
        "Publish the annual victims survey\tTBC\t\n"))
    assert [(r.action, r.due_raw, r.due_date, r.progress_pct) for r in deliverables.extract(doc)] == [
        ("Complete review and implement recommendations of the victims code in the Criminal Justice Sector",
         "to March 2025", "2025-03-01", 30.0),
        ("Undertake the procurement of the victim care service to improve service.",
         "r March 2025", "2025-03-01", 30.0),
        ("Refresh the victims strategy", "Ongoing", None, 50.0),
        ("Publish the annual victims survey", "TBC", None, None),
    ]


def test_action_lead_timescale_status_update_markdown(tmp_path):
    doc = _load(tmp_path, "plan.md", (
        "# Police and Crime Plan delivery tracker\n\n"
        "| Action | Lead | Timescale | Status | Update |\n"
        "|---|---|---|---|---|\n"
        "| Launch the rural crime partnership | ACC Local Policing | By March 2025 | On track | Partners signed up. |\n"
        "| Review custody healthcare contract | OPCC Commissioning | End of Q3 2024/25 | At risk | Bids late. |\n"
        "| Open the new victims hub | Head of Victim Services | Winter 2024 | Delayed | Building works. |\n"
        "| Publish the estates strategy | Director of Estates | Q4 24/25 | Complete | Published. |\n"
        "| Refresh the VAWG action plan | DCC | Ongoing | Not started | |\n"))
    assert _rows(deliverables.extract(doc)) == [
        ("Launch the rural crime partnership", "By March 2025", "2025-03-01", None, "On track", "green",
         "ACC Local Policing"),
        ("Review custody healthcare contract", "End of Q3 2024/25", "2024-10-01", None, "At risk", "amber",
         "OPCC Commissioning"),
        ("Open the new victims hub", "Winter 2024", "2024-12-01", None, "Delayed", "red",
         "Head of Victim Services"),
        ("Publish the estates strategy", "Q4 24/25", "2025-01-01", None, "Complete", "complete",
         "Director of Estates"),
        ("Refresh the VAWG action plan", "Ongoing", None, None, "Not started", "not_started", "DCC"),
    ]


def test_objective_milestone_target_rag_html(tmp_path):
    doc = _load(tmp_path, "tracker.aspx", (
        "<!DOCTYPE html><html><body><nav><a>Home</a></nav><main><h2>Plan tracker</h2>"
        "<table><thead><tr><th>Objective</th><th>Milestone</th><th>Target date</th><th>RAG</th>"
        "<th>Commentary</th></tr></thead><tbody>"
        "<tr><td rowspan=\"2\">Safer roads</td><td>Average speed cameras on the A40</td><td>31/03/2025</td>"
        "<td>G</td><td>Installed.</td></tr>"
        "<tr><td>Community Speedwatch in every parish</td><td>Summer 2025</td><td>A</td><td>Recruiting.</td></tr>"
        "</tbody></table></main></body></html>"))
    assert doc.format == "html"
    assert _rows(deliverables.extract(doc)) == [
        ("Average speed cameras on the A40", "31/03/2025", "2025-03-31", None, "G", "green", None),
        ("Community Speedwatch in every parish", "Summer 2025", "2025-06-01", None, "A", "amber", None),
    ]


def test_status_in_the_progress_column_and_complete_gives_no_percent(tmp_path):
    doc = _load(tmp_path, "s.txt", (
        "Action\tDue Date\tProgress\n"
        "Recruit 50 more PCSOs\tSep 24\tComplete\n"
        "Roll out drones to rural teams\tDec 24\t40%\n"))
    assert [(r.action, r.due_date, r.progress_pct, r.status, r.rag) for r in deliverables.extract(doc)] == [
        ("Recruit 50 more PCSOs", "2024-09-01", None, "Complete", "complete"),
        ("Roll out drones to rural teams", "2024-12-01", 40.0, None, None),
    ]


def test_headers_by_meaning():
    c = header_columns(["Ref", "Key action", "Lead", "Target date", "RAG status", "Progress (%)"])
    assert (c.action, c.lead, c.due, c.status, c.progress) == (1, 2, 3, 4, 5)
    c = header_columns(["Objective", "Milestone", "Target date", "RAG", "Commentary"])
    assert (c.action, c.due, c.status, c.lead, c.progress) == (1, 2, 3, None, None)
    c = header_columns(["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"])
    assert (c.action, c.lead, c.due) == (0, 1, 2)
    # a measure table, a risk register and a lone action column are not plans
    assert header_columns(["Measure", "Target", "Actual", "Status"]) is None
    assert header_columns(["Risk Title", "Owner", "Target"]) is None
    assert header_columns(["Action", "Update"]) is None
    assert split_header_line("Action Date Due Progress") == ["Action", "Date Due", "Progress"]
    assert split_header_line("Deliverables Progress Key Actions Deadline Progres s")[1] == "Deadline"
    assert split_header_line("Action Lead Status") is None


@pytest.mark.parametrize("status, rag", [
    ("On track", "green"), ("Green", "green"), ("G", "green"), ("Amber - some slippage", "amber"),
    ("At risk", "amber"), ("Delayed", "red"), ("Not on track", "red"), ("Off track", "red"),
    ("Completed", "complete"), ("Achieved", "complete"), ("Not yet started", "not_started"),
    ("In progress", None), ("Ongoing", None), ("Greenwich", None), ("", None)])
def test_rag_words(status, rag):
    assert rag_of(status) == rag


@pytest.fixture(scope="module")
def kent_ics():
    return deliverables.extract(load(KENT_ICS))


def test_real_council_plan_led_by_timescale(kent_ics):
    """Kent ICS priorities: "What we have committed to | Led by | Timescale | Measure | Shared
    Outcome" on pages 5, 7-12, 14, 16-17, 19, 21-25, 27-29 (read with pdfplumber)."""
    page5 = [(r.action[:45], r.lead, r.due_raw, r.due_date) for r in kent_ics if r.page == 5]
    assert page5[:4] == [
        ("Optimise the opportunity of family hubs to de", "Lead for Family Hubs", "Mar 2026", "2026-03-01"),
        ("Encourage healthy behaviours within families ", "Lead for Family Hubs", "Mar 2026", "2026-03-01"),
        ("Ensure a clear evidence-based approach to par", "FH workforce leads for parenting", "Mar 2026",
         "2026-03-01"),
        ("Better understand the barriers to low uptake ", "Early years lead The Education People", "Mar 2026",
         "2026-03-01"),
    ]
    # the rows that introduce a group of actions are not deliverables
    assert not any(r.action.startswith(("CYPE recognise", "Public Health Service Transformation"))
                   for r in kent_ics)
    # the indicator tables ("Objectively Verifiable Indicators | Timescale | Progress") are not plans
    assert not any(r.page in (6, 13, 15, 18, 20, 26, 30) for r in kent_ics)
    free = next(r for r in kent_ics if r.page == 8 and r.lead == "CPH" and r.due_raw == "1-2 years")
    assert free.due_date is None and free.action.startswith("Improve access to preventative mental health")


def test_plan_continued_over_pages_is_one_table():
    from extract.model import Block, Document, Page
    p1 = [Block("heading", text="Priority 1: Safer neighbourhoods", level=1),
          Block.table([["Action", "Lead", "Timescale", "Status"],
                       ["Recruit 20 rural officers", "ACC", "Mar 25", "On track"]]),
          Block("paragraph", text="Police and Crime Plan 2024-29")]
    p2 = [Block("paragraph", text="Page 2"),
          Block.table([["Open two front counters", "Estates", "Q2 2025/26", "Delayed"]])]
    doc = Document(source="p.pdf", sha256="cd" * 32, format="pdf")
    for n, bl in ((1, p1), (2, p2)):
        for b in bl:
            b.page = n
        doc.pages.append(Page(number=n, blocks=bl))
    recs = deliverables.extract(doc.finish())
    assert [(r.page, r.action, r.due_date, r.rag, r.lead, r.priority) for r in recs] == [
        (1, "Recruit 20 rural officers", "2025-03-01", "green", "ACC", "Priority 1: Safer neighbourhoods"),
        (2, "Open two front counters", "2025-07-01", "red", "Estates", "Priority 1: Safer neighbourhoods"),
    ]


def test_a_table_after_the_plan_on_the_next_page_with_other_width_is_not_joined():
    from extract.model import Block, Document, Page
    p1 = [Block.table([["Action", "Lead", "Timescale"], ["Recruit 20 rural officers", "ACC", "Mar 25"]])]
    p2 = [Block.table([["Measure", "Oct-2023", "Change", "Trend"], ["Burglary", "120", "15%", "up"]])]
    doc = Document(source="p.pdf", sha256="ef" * 32, format="pdf")
    for n, bl in ((1, p1), (2, p2)):
        for b in bl:
            b.page = n
        doc.pages.append(Page(number=n, blocks=bl))
    assert [r.action for r in deliverables.extract(doc.finish())] == ["Recruit 20 rural officers"]


def test_pdftotext_run_due_words_before_the_date():
    # the same two rows printed without tabs, each line as the text loader leaves it
    from extract.model import Block, Document, Page
    lines = ["Priority 4: Improve the experience of victims", "Action Date Due Progress",
             "Complete review of the victims code in the Criminal Justice Sector to March 2025 30%",
             "Undertake the procurement of the victim care service to improve service. r March 2025 30%",
             "Publish the victims strategy Dec 24 100%"]
    doc = Document(source="run.txt", sha256="aa" * 32, format="text")
    doc.pages.append(Page(number=1, blocks=[Block("paragraph", text=t) for t in lines]))
    assert [(r.action, r.due_raw, r.due_date, r.progress_pct) for r in deliverables.extract(doc.finish())] == [
        ("Complete review of the victims code in the Criminal Justice Sector", "to March 2025", "2025-03-01", 30.0),
        ("Undertake the procurement of the victim care service to improve service.", "r March 2025",
         "2025-03-01", 30.0),
        ("Publish the victims strategy", "Dec 24", "2024-12-01", 100.0),
    ]


def test_real_plan_rows_of_their_own_are_not_joined(kent_ics):
    """Kent ICS priorities p. 29: the last rows of the ruled table name one item each, with its own
    Shared Outcome cell and no lead or timescale ("Positive Wellbeing" | SO2,SO3, "Know Your
    Neighbourhood project" | SO2,SO3, ...): each is a row of its own, not one run-on action."""
    tail = [r.action for r in kent_ics if r.page == 29 and r.lead is None]
    assert tail == ["Green social prescribing network", "Positive Wellbeing", "Know Your Neighbourhood project",
                    "Community Wardens", "Library Services", "Arts and Culture", "Public Transport"]
