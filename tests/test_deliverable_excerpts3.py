"""Deliverables, round 3: inline action lines in minutes, due dates in figures, and trackers with
both a RAG and a Status column.  Short excerpts in the forms their publishers print, expected values
from reading them, and beside each rule a test on the side where it must not fire."""
from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns
from extract.loaders import load


def _extract(tmp_path, text, name="plan.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _rows(recs):
    return [(r.action, r.due_raw, r.due_date, r.status, r.rag, r.lead) for r in recs]


# --- a RAG column beside a Status column -----------------------------------------------------

def test_rag_and_status_columns_are_kept_apart(tmp_path):
    # council and OPCC trackers print the colour ("RAG") and the status words ("Status") side by
    # side: the status is the words, the rag the colour (never the colour as the status)
    recs = _extract(tmp_path, (
        "| Action | Owner | Due date | RAG | Status |\n|---|---|---|---|---|\n"
        "| Publish the estates strategy | Head of Estates | 03/2025 | Green | On track |\n"
        "| Recruit 20 special constables | Chief Constable | Q3 2025/26 | Amber | Delayed by vetting |\n"
        "| Review the custody contract | OPCC | 2025-06 | G | Complete |\n"))
    assert _rows(recs) == [
        ("Publish the estates strategy", "03/2025", "2025-03-01", "On track", "green", "Head of Estates"),
        ("Recruit 20 special constables", "Q3 2025/26", "2025-10-01", "Delayed by vetting", "amber",
         "Chief Constable"),
        ("Review the custody contract", "2025-06", "2025-06-01", "Complete", "green", "OPCC"),
    ]


def test_status_before_rag_and_rag_status_header():
    # either order, and "RAG status" / "RAG rating" name the colour when a Status column is printed
    assert (header_columns(["Action", "Lead", "Status", "RAG"]).status,
            header_columns(["Action", "Lead", "Status", "RAG"]).rag) == (2, 3)
    cols = header_columns(["Milestone", "Target date", "RAG rating", "Current status"])
    assert (cols.status, cols.rag) == (3, 2)


def test_a_lone_rag_column_is_still_the_status():
    # the rule must not fire without a second status column: "RAG" alone is the status, as before
    cols = header_columns(["Action", "Owner", "Deadline", "RAG"])
    assert (cols.status, cols.rag) == (3, None)
    cols = header_columns(["Action", "Owner", "Deadline", "Status"])
    assert (cols.status, cols.rag) == (3, None)


def test_rag_column_with_empty_status_cell(tmp_path):
    # a row whose Status cell is empty keeps its colour as rag and has no status words
    recs = _extract(tmp_path, (
        "| Action | Lead | Due | Status | RAG |\n|---|---|---|---|---|\n"
        "| Launch the victims' hub | OPCC | June 2025 | | Red |\n"
        "| Refresh the ASB strategy | Community Safety | 12/2025 | Not started | |\n"))
    assert _rows(recs) == [
        ("Launch the victims' hub", "June 2025", "2025-06-01", None, "red", "OPCC"),
        ("Refresh the ASB strategy", "12/2025", "2025-12-01", "Not started", "not_started",
         "Community Safety"),
    ]


# --- due dates in figures --------------------------------------------------------------------

def test_month_in_figures_in_a_tracker(tmp_path):
    recs = _extract(tmp_path, (
        "| Action | Owner | Due date | Status |\n|---|---|---|---|\n"
        "| Circulate the 101 call data | OPCC | 03/2025 | Complete |\n"
        "| Report on estates review | Chief Executive | 03/25 | Ongoing |\n"))
    # "03/2025" is March 2025; "03/25" may be a fraction or a two-digit year: kept, no date
    assert [(r.due_raw, r.due_date) for r in recs] == [("03/2025", "2025-03-01"), ("03/25", None)]
