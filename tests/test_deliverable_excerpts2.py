"""Deliverables, round 2: plan trackers, action logs and plan progress reports.  Short excerpts in
the forms their publishers print (panel and committee action logs, council and OPCC plan trackers),
expected values from reading them, and beside each rule a test on the side where it must not fire."""
from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns
from extract.loaders import load


def _extract(tmp_path, text, name="plan.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _rows(recs):
    return [(r.action, r.due_raw, r.due_date, r.status, r.lead) for r in recs]


# --- an action log's "Date" is the meeting that raised the action, not its due date -------------

def test_named_due_column_wins_over_a_bare_date(tmp_path):
    # action logs print the date of the meeting that raised the action ("Date") beside the date it
    # is due ("Due date", "Deadline"); the due date is the named one, wherever it stands
    recs = _extract(tmp_path, (
        "| Date | Action | Owner | Due date | Status |\n|---|---|---|---|---|\n"
        "| 30/06/2020 | Circulate the 101 call data to members | OPCC | 31/07/2020 | Complete |\n"
        "| 15/09/2020 | Report back on the estates review | Chief Executive | 30/11/2020 | Ongoing |\n"))
    assert _rows(recs) == [
        ("Circulate the 101 call data to members", "31/07/2020", "2020-07-31", "Complete", "OPCC"),
        ("Report back on the estates review", "30/11/2020", "2020-11-30", "Ongoing", "Chief Executive"),
    ]
    cols = header_columns(["Action", "When", "Owner", "Deadline", "RAG"])
    assert cols.due == 3


def test_revised_due_date_wins_over_the_original():
    # trackers that moved a date print both; the revised one is the date in force
    assert header_columns(["Action", "Lead", "Due date", "Revised due date", "Status"]).due == 3
    assert header_columns(["Milestone", "Target date", "Revised deadline", "RAG"]).due == 2


def test_a_bare_date_alone_is_still_the_due_column():
    # the rule must not fire without a named due column: a plan whose only date column is "Date"
    assert header_columns(["Action", "Lead", "Date", "Status"]).due == 2
    assert header_columns(["Date", "Action", "Owner", "Status"]).due == 0


# --- rows of complete cells never continue each other -----------------------------------------

def test_pipe_table_rows_are_not_joined(tmp_path):
    # a row with no date or status (still to be scheduled) is a deliverable of its own: the next
    # row's capitalised action does not continue it, and its status and date stay on their row
    recs = _extract(tmp_path, (
        "| Action | Owner | Due | Status |\n|---|---|---|---|\n"
        "| Deliver the Estate Strategy | Head of Estates | March 2025 | Green |\n"
        "| Review the Custody Strategy | Head of Custody | | |\n"
        "| Publish Annual Report | OPCC | June 2025 | Amber |\n"))
    assert _rows(recs) == [
        ("Deliver the Estate Strategy", "March 2025", "2025-03-01", "Green", "Head of Estates"),
        ("Review the Custody Strategy", None, None, None, "Head of Custody"),
        ("Publish Annual Report", "June 2025", "2025-06-01", "Amber", "OPCC"),
    ]


def test_html_table_rows_are_not_joined(tmp_path):
    recs = _extract(tmp_path, (
        "<table><tr><th>Action</th><th>Lead</th><th>Target date</th><th>RAG</th></tr>"
        "<tr><td>Recruit Neighbourhood Watch Coordinators</td><td>Head of Partnerships</td><td></td><td></td></tr>"
        "<tr><td>Launch Rural Crime Team</td><td>Chief Inspector</td><td>Sep 2024</td><td>Green</td></tr>"
        "</table>"), name="tracker.html")
    assert _rows(recs) == [
        ("Recruit Neighbourhood Watch Coordinators", None, None, None, "Head of Partnerships"),
        ("Launch Rural Crime Team", "Sep 2024", "2024-09-01", "Green", "Chief Inspector"),
    ]


def test_tab_separated_rows_still_join(tmp_path):
    # the other side: a converter's tab-separated slide table wraps an action over rows ("Melksham
    # custody suite and first floor" / "refurbishment | May 24 | 60%"), and those rows are joined
    recs = _extract(tmp_path, (
        "Action\tDate Due\tProgress\n"
        "Melksham custody suite and first floor\t\t\n"
        "refurbishment\tMay 24\t60%\n"))
    assert [(r.action, r.due_date, r.progress_pct) for r in recs] == [
        ("Melksham custody suite and first floor refurbishment", "2024-05-01", 60.0)]


# --- a progress column of commentary ----------------------------------------------------------

def test_commentary_in_the_progress_column_keeps_the_rows(tmp_path):
    # action logs and trackers with an owner column write their progress as words: the rows are
    # still deliverables, with no percent; a percent inside the words is not the progress
    recs = _extract(tmp_path, (
        "| Action | Owner | Due date | Progress |\n|---|---|---|---|\n"
        "| Circulate the 101 call data to members | OPCC | 31/07/2020 | Data circulated to members on 3 July |\n"
        "| Report on hate crime outcomes | Force | 30/09/2020 | Figures show a 12% rise in reports; report in preparation |\n"
        "| Complete the custody review | Force | Dec 2020 | 75% complete |\n"))
    assert [(r.action, r.due_date, r.progress_pct) for r in recs] == [
        ("Circulate the 101 call data to members", "2020-07-31", None),
        ("Report on hate crime outcomes", "2020-09-30", None),
        ("Complete the custody review", "2020-12-01", 75.0),
    ]


def test_words_in_the_progress_column_of_a_bare_plan_end_it(tmp_path):
    # the other side: without an owner or status column a progress cell of words is text spilled
    # over a slide, and the table stops there (wiltshire highlight report's slides)
    recs = _extract(tmp_path, (
        "Action\tDate Due\tProgress\n"
        "Youth voice procurement and roll out\tApr 24\t65%\n"
        "Outcomes achieved this quarter\tThe team recruited 12 volunteers\tA 10% rise in reports\n"))
    assert [(r.action, r.progress_pct) for r in recs] == [("Youth voice procurement and roll out", 65.0)]


# --- trackers flattened one cell per line ------------------------------------------------------

FLAT = ("Police and Crime Plan Delivery Progress\n\n"
        "Action\nOwner\nDue date\nStatus\n"
        "Estate Change Programme Phase 2\nHead of Estates\nApr 2020\nGreen\n"
        "Police Complaints Reform\nOPCC Chief Executive\nSep 2019\nComplete\n"
        "Correspondence and Casework Management System\nHead of Business Services\nDec 2019\nAmber\n"
        "\nPage 4\n")
FLAT_ROWS = [
    ("Estate Change Programme Phase 2", "Apr 2020", "2020-04-01", "Green", "Head of Estates"),
    ("Police Complaints Reform", "Sep 2019", "2019-09-01", "Complete", "OPCC Chief Executive"),
    ("Correspondence and Casework Management System", "Dec 2019", "2019-12-01", "Amber",
     "Head of Business Services"),
]


def test_tracker_one_cell_per_line_text_and_markdown(tmp_path):
    # converters print a tracker's cells one a line (OPCC plan progress slides on issuu, council
    # action plan appendices saved as text): the header names every column and every row parses
    assert _rows(_extract(tmp_path, FLAT, "plan.txt")) == FLAT_ROWS
    assert _rows(_extract(tmp_path, FLAT, "plan.md")) == FLAT_ROWS


def test_tracker_one_cell_per_line_with_blank_lines_between(tmp_path):
    spaced = FLAT.replace("\n", "\n\n")
    assert _rows(_extract(tmp_path, spaced, "plan.md")) == FLAT_ROWS


def test_flattened_tracker_with_a_wrapped_cell_gives_nothing(tmp_path):
    # a cell wrapped over two lines puts every later cell in the wrong column: nothing is rebuilt,
    # not even the rows before it
    wrapped = FLAT.replace("Police Complaints Reform\n", "Police Complaints Reform (statutory\nchanges)\n")
    assert _extract(tmp_path, wrapped, "plan.txt") == []


def test_flattened_header_with_an_unnamed_column_gives_nothing(tmp_path):
    # "Sponsor (SMG)" names no column the reader knows: the rows cannot be aligned with certainty
    unnamed = FLAT.replace("Owner\n", "Owner\nSponsor (SMG)\n")
    assert _extract(tmp_path, unnamed, "plan.txt") == []


def test_governance_statement_plan_cells_of_paragraphs_give_nothing(tmp_path):
    # an AGS action plan update flattened with cells of several paragraphs ("Governance Issue /
    # Action Update / By When / By Whom"; Maidstone): no action column, no rows
    text = ("Governance Issue\n\nAction Update\n\nBy When\n\nBy Whom\n\n"
            "Implementation of the Information Management Action Plan\n\n"
            "The vision and principles for information management have been agreed\n\n"
            "An information management officer was appointed in September.\n\n"
            "Angela Woodhouse, Head of Policy and Communications\n")
    assert _extract(tmp_path, text, "ags.txt") == []


def test_tracker_row_run_into_one_paragraph_gives_nothing(tmp_path):
    # a strategic delivery plan whose header and rows a converter ran into one paragraph, with
    # columns the reader does not know ("Sponsor (SMG)", "Links to other actions"): no rows
    text = ("Actions Timescale Sponsor (SMG) Lead officer Current Status of Action Links to other actions "
            "R/A/G 1.1 Monitor the force's effectiveness in prioritising violent crime Ongoing PCC GE "
            "Burglary continues to fall. TVP 1.1 1.2 Seek evidence of support for rural communities "
            "Ongoing PCC AB A number of rural Specials have been recruited.\n")
    assert _extract(tmp_path, text, "plan.txt") == []


# --- panel action logs are deliverables; work programmes are not ------------------------------

def test_panel_action_log_rows_are_deliverables(tmp_path):
    # a panel's action log ("Action | Responsible | Update | Status", with the meeting that raised
    # each action): every action with its owner and status; the meeting date is no due date
    recs = _extract(tmp_path, (
        "| Meeting date | Minute | Action | Responsible | Update | Status |\n|---|---|---|---|---|---|\n"
        "| 30 June 2020 | 21/20 | Circulate the 101 call data to members | OPCC | Circulated 1 July | Complete |\n"
        "| 15 September 2020 | 44/20 | Report back on the estates review | Chief Executive | "
        "Added to the work programme | Ongoing |\n"))
    assert _rows(recs) == [
        ("Circulate the 101 call data to members", None, None, "Complete", "OPCC"),
        ("Report back on the estates review", None, None, "Ongoing", "Chief Executive"),
    ]
    assert [r.rag for r in recs] == ["complete", None]


def test_work_programmes_are_no_deliverables(tmp_path):
    # a work programme lists future agenda items (a panel forward work plan "Date | Location |
    # Provisional Agenda Items", "Meeting date | Item | Lead officer | Purpose"): not deliverables
    text = ("| Date | Location | Provisional Agenda Items |\n|---|---|---|\n"
            "| 18 January 2024 | County Hall | PCC Budget 2024/25 |\n\n"
            "| Meeting date | Item | Lead officer | Purpose |\n|---|---|---|---|\n"
            "| 8 February 2024 | Precept proposal | PCC | Statutory review |\n\n"
            "| Item | Purpose | Lead | Date |\n|---|---|---|---|\n"
            "| Quarterly Plan Delivery Update | Scrutiny | OPCC | 7 March 2024 |\n")
    assert _extract(tmp_path, text) == []
    assert header_columns(["Topic", "Report author", "Meeting date", "Status"]) is None


def test_pipe_table_rows_of_only_an_action_cell_are_headings(tmp_path):
    # a plan converted to a Markdown pipe table keeps its theme rows (every other cell empty) over
    # the rows they group, as ruled and HTML tables do; a "Priority N - ..." theme row gives the
    # priority of the rows below it, and the table goes on after it
    recs = _extract(tmp_path, (
        "| Action | Lead | Target date | RAG |\n|---|---|---|---|\n"
        "| Priority 2 - Reduce reoffending | | | |\n"
        "| Commission a women's diversion service | Head of Commissioning | March 2025 | Green |\n"
        "| Victims and witnesses | | | |\n"
        "| Priority 3 - Protect the vulnerable | | | |\n"
        "| Publish the VAWG strategy | OPCC | June 2025 | Amber |\n"))
    assert [(r.priority, r.action, r.due_date, r.lead) for r in recs] == [
        ("Priority 2: Reduce reoffending", "Commission a women's diversion service", "2025-03-01",
         "Head of Commissioning"),
        ("Priority 3: Protect the vulnerable", "Publish the VAWG strategy", "2025-06-01", "OPCC"),
    ]


def test_priority_row_still_ends_a_tab_separated_table(tmp_path):
    # the other side: in a converter's tab-separated slide table a "Priority N:" row is the next
    # slide's title and ends the table (Wiltshire agenda pack): the rows after it are not read
    recs = _extract(tmp_path, (
        "Action\tDate Due\tProgress\n"
        "Youth voice procurement and roll out\tApr 24\t65%\n"
        "Priority 3: Tackle violence\t\t\n"
        "Custody review\tJun 24\t40%\n"), name="slides.md")
    assert [r.action for r in recs] == ["Youth voice procurement and roll out"]
