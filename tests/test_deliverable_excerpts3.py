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


# --- action lines in minutes -----------------------------------------------------------------

def _inline(recs):
    return [(r.action, r.due_raw, r.due_date, r.lead) for r in recs]


def test_action_lines_of_board_notes(tmp_path):
    # PFCC accountability board notes print each action on its own line after the item it arose
    # from: "Action – <initials> to ...", "ACTION – ...", "Action <initials> to ..." (no dash)
    recs = _extract(tmp_path, (
        "3. Budget outturn 2020/21\n"
        "Specials and volunteers\n"
        "ACTION – PF to put a request for a paper relating to Specials and volunteers on a future "
        "accountability board agenda\n"
        "Public protection and Commissioning\n"
        "Action – LS to arrange for the Commissioner to visit the Evidential property team\n"
        "Action – VA to provide comparable overtime data for the Commissioner to review.\n"
        "Action PF to discuss NBCP proposal with Pauline Sturman\n"), "notes.txt")
    assert _inline(recs) == [
        ("PF to put a request for a paper relating to Specials and volunteers on a future accountability "
         "board agenda", None, None, "PF"),
        ("LS to arrange for the Commissioner to visit the Evidential property team", None, None, "LS"),
        ("VA to provide comparable overtime data for the Commissioner to review.", None, None, "VA"),
        ("PF to discuss NBCP proposal with Pauline Sturman", None, None, "PF"),
    ]


def test_action_point_and_action_from_last_meeting(tmp_path):
    # a road safety board's "Action Point:" and a parish council's "Action from last meeting:"
    recs = _extract(tmp_path, (
        "Risk Register\n\nMembers agreed to the current risk and scoring.\n\n"
        "Action Point: HS to provide an update to Secretariat/George on the meeting between ACC Ritchie "
        "and the Head of Criminal Justice Services Division on Road Traffic Diversionary Courses.\n\n"
        "Action from last meeting: Clerk to add DALC membership renewal to next agenda.\n"), "m.txt")
    assert [(r.action, r.lead) for r in recs] == [
        ("HS to provide an update to Secretariat/George on the meeting between ACC Ritchie and the Head "
         "of Criminal Justice Services Division on Road Traffic Diversionary Courses.", "HS"),
        ("Clerk to add DALC membership renewal to next agenda.", "Clerk"),
    ]


def test_two_owners_in_one_action_line(tmp_path):
    # "NA to pick-up with D/Supt Rymarz. NM to pick up with ..." is two actions with their owners;
    # a sentence that names no owner goes on the action before it
    recs = _extract(tmp_path, (
        "RASSO\n"
        "Action – NA to pick-up with D/Supt Rymarz. NM to pick up with Vicky Martin the work relating "
        "to education officer and curriculum to move forward.\n"
        "Action – SH and JA to produce a template of the streams of work. This work can be progressed "
        "through the Interoperability Board.\n"), "n.txt")
    assert [(r.action, r.lead) for r in recs] == [
        ("NA to pick-up with D/Supt Rymarz.", "NA"),
        ("NM to pick up with Vicky Martin the work relating to education officer and curriculum to move "
         "forward.", "NM"),
        ("SH and JA to produce a template of the streams of work. This work can be progressed through the "
         "Interoperability Board.", "SH and JA"),
    ]


def test_action_line_due_date_and_wrapped_line(tmp_path):
    # a due date only where the words name one ("by 31 March 2025", "by the end of Q3 2025/26");
    # "before the next meeting" names none; a lower-case line goes on the action
    recs = _extract(tmp_path, (
        "4. Estates update\n"
        "ACTION – Chief Executive to circulate the revised estates strategy to members by 31 March 2025.\n"
        "Action: HK to report back on the custody review by the end of Q3 2025/26\n"
        "Action point: SM to write to the Home Office before the next meeting.\n"
        "Action - DCC Smith to brief members\n"
        "on the outcome of the inspection by June 2025.\n"), "e.txt")
    assert _inline(recs) == [
        ("Chief Executive to circulate the revised estates strategy to members by 31 March 2025.",
         "by 31 March 2025", "2025-03-31", "Chief Executive"),
        ("HK to report back on the custody review by the end of Q3 2025/26",
         "by the end of Q3 2025/26", "2025-10-01", "HK"),
        ("SM to write to the Home Office before the next meeting.", None, None, "SM"),
        ("DCC Smith to brief members on the outcome of the inspection by June 2025.",
         "by June 2025", "2025-06-01", "DCC Smith"),
    ]


def test_lines_that_are_not_plainly_actions(tmp_path):
    # a label over a statement, a label with only an owner, "Action Fraud" / "Action Plan" (names, not
    # labels), a label inside a sentence, an owner-less "to": no deliverable
    recs = _extract(tmp_path, (
        "Minutes\n"
        "Action: Clerk\n"
        "Action – It was agreed that the Chief Constable would invite partners.\n"
        "ACTION: Work will continue on the budget proposals.\n"
        "Action Fraud to review the call handling service by March 2025.\n"
        "Action Plan – Chief Executive to present the plan.\n"
        "The action – officers to review – was noted.\n"
        "Action: to be confirmed at the next meeting.\n"
        "Actions: Letter to the Home Secretary.\n"
        "Action by 2025 to reduce KSI.\n"), "x.txt")
    assert recs == []


def test_action_lines_of_a_web_page(tmp_path):
    # a council's web minutes (one paragraph per line): the same reading; a table's cells are not lines
    recs = _extract(tmp_path, (
        "<html><body><h2>4. ICO Intervention</h2>"
        "<p>Action &ndash; LG to provide numbers of spurious FOIs and SARs since change of legislation</p>"
        "<p>Action &ndash; SM to consider writing to parliament when information received.</p>"
        "<table><tr><th>Ref</th><th>Note</th></tr><tr><td>1</td><td>Action: AB to call CD</td></tr></table>"
        "</body></html>"), "minutes.html")
    assert [(r.action, r.lead) for r in recs] == [
        ("LG to provide numbers of spurious FOIs and SARs since change of legislation", "LG"),
        ("SM to consider writing to parliament when information received.", "SM"),
    ]


def test_action_item_header(tmp_path):
    # action logs of several publishers head the action column "Action item" (with "Assigned to" /
    # "Owner", "Due date", "Status")
    recs = _extract(tmp_path, (
        "| Action Item | Assigned To | Due Date | Status |\n|---|---|---|---|\n"
        "| Update project plan | Jamie | 2023-10-15 | In Progress |\n"
        "| Review budget | Alex | 2023-10-17 | Not Started |\n"))
    assert [(r.action, r.lead, r.due_date, r.status, r.rag) for r in recs] == [
        ("Update project plan", "Jamie", "2023-10-15", "In Progress", None),
        ("Review budget", "Alex", "2023-10-17", "Not Started", "not_started"),
    ]
    # an "Item" column alone is a forward plan's agenda item, not an action
    assert header_columns(["Item", "Lead officer", "Date", "Status"]) is None


def test_action_lines_in_markdown_emphasis(tmp_path):
    # minutes saved as Markdown print the label in bold, alone or in a list item
    recs = _extract(tmp_path, (
        "# Minutes\n\n## 4. Estates\n\nThe Board discussed the estates strategy.\n\n"
        "**Action:** PF to circulate the estates strategy by 30 June 2025.\n\n"
        "- **Action** – LS to arrange a visit to the custody suite\n"
        "- **Action Fraud** – the national reporting centre, to be reviewed\n"), "minutes.md")
    assert [(r.action, r.due_raw, r.due_date, r.lead, r.section) for r in recs] == [
        ("PF to circulate the estates strategy by 30 June 2025.", "by 30 June 2025", "2025-06-30", "PF",
         "4. Estates"),
        ("LS to arrange a visit to the custody suite", None, None, "LS", "4. Estates"),
    ]


def test_brag_column(tmp_path):
    # Blue-Red-Amber-Green ("BRAG", fire and rescue and council plans): the colour scale with blue for
    # complete; beside a Status column it is the rag, alone the status
    recs = _extract(tmp_path, (
        "| Action | Owner | Deadline | BRAG | Status |\n|---|---|---|---|---|\n"
        "| Publish the learning review | Head of Training | 09/2025 | Blue | Published in August |\n"))
    assert _rows(recs) == [("Publish the learning review", "09/2025", "2025-09-01", "Published in August",
                            "complete", "Head of Training")]
    cols = header_columns(["Action", "Owner", "Deadline", "BRAG status"])
    assert (cols.status, cols.rag) == (3, None)


def test_rag_and_status_in_a_tracker_one_cell_per_line(tmp_path):
    # the same tracker saved as text one cell per line: the RAG line is the colour, the Status line the
    # status words ("Delayed" beside "Amber": the status is "Delayed", the rag amber, not red)
    recs = _extract(tmp_path, (
        "Delivery tracker\n\nAction\nOwner\nDue date\nRAG\nStatus\n"
        "Publish the estates strategy\nHead of Estates\n03/2025\nGreen\nOn track\n"
        "Recruit special constables\nChief Constable\nQ3 2025/26\nAmber\nDelayed\n"), "t.txt")
    assert _rows(recs) == [
        ("Publish the estates strategy", "03/2025", "2025-03-01", "On track", "green", "Head of Estates"),
        ("Recruit special constables", "Q3 2025/26", "2025-10-01", "Delayed", "amber", "Chief Constable"),
    ]


def test_actions_listed_under_a_label_line(tmp_path):
    # board minutes close an item with "Actions" over a list of owners and what each is to do; the list
    # ends at the first line that is not one
    recs = _extract(tmp_path, (
        "Safer and Stronger Communities Board Work Plan\n\n"
        "The Chair thanked Members for their comments.\n\n"
        "Actions\n\n"
        "·         Officers to include positive impacts in relation to GRT communities in future reports.\n"
        "·         Mark Norris to circulate the draft priorities by 30 September 2018.\n\n"
        "Supporting documents:\n"), "lga.txt")
    assert _inline(recs) == [
        ("Officers to include positive impacts in relation to GRT communities in future reports.", None, None,
         "Officers"),
        ("Mark Norris to circulate the draft priorities by 30 September 2018.", "by 30 September 2018",
         "2018-09-30", "Mark Norris"),
    ]


def test_a_label_line_over_prose_or_a_plan_heading_gives_nothing(tmp_path):
    recs = _extract(tmp_path, (
        "Actions\n\nThe Board noted the progress made on the actions from the last meeting.\n"
        "Officers to include the update in the next report.\n\n"
        "Action Plan\n\nChief Executive to lead the review of the estates strategy.\n"), "n.txt")
    assert recs == []


def test_several_owners_and_a_month_due(tmp_path):
    # owners listed with commas; "by end of March 2026" is the month (its first day); a clause before
    # the owner ("Following discussion, Members to ...") is no owner
    recs = _extract(tmp_path, (
        "Minutes\n"
        "Action: JB, KT and LM to review the draft policy by 31/05/2025\n"
        "Action: Following discussion, Members to note the report.\n"
        "ACTION: Head of Finance to circulate the budget by end of March 2026\n"), "c.txt")
    assert _inline(recs) == [
        ("JB, KT and LM to review the draft policy by 31/05/2025", "by 31/05/2025", "2025-05-31",
         "JB, KT and LM"),
        ("Head of Finance to circulate the budget by end of March 2026", "by end of March 2026", "2026-03-01",
         "Head of Finance"),
    ]


def test_colour_in_the_progress_column_beside_a_status(tmp_path):
    # a colour printed in the Progress column beside a Status column of words is the rag (amber), not
    # lost and not read from the status words ("Delayed ..." alone would say red); without a status
    # it is the status, as before; a percent stays the progress
    recs = _extract(tmp_path, (
        "| Action | Lead | Due | Progress | Status |\n|---|---|---|---|---|\n"
        "| Recruit special constables | Chief Constable | Q3 2025/26 | Amber | Delayed by vetting |\n"
        "| Publish the plan | OPCC | 03/2025 | On track | |\n"
        "| Review custody | OPCC | 06/2025 | 50% | Delayed |\n"))
    assert [(r.action, r.progress_pct, r.status, r.rag) for r in recs] == [
        ("Recruit special constables", None, "Delayed by vetting", "amber"),
        ("Publish the plan", None, "On track", "green"),
        ("Review custody", 50.0, "Delayed", "red"),
    ]


def test_an_action_whose_subject_is_no_one_has_no_lead(tmp_path):
    # "Report to be circulated", "Letter to go to ...", "Budget Report to come back ...": actions, but the
    # subject is a thing, so no owner is named (a wrong lead is worse than none); initials and roles stay
    recs = _extract(tmp_path, (
        "Minutes\n"
        "Action – Report to be circulated to members before the next meeting.\n"
        "Action: Letter to go to the Home Office by 30 April 2025.\n"
        "Action: Budget Report to come back to the Panel in June 2025.\n"
        "Action: Clerk to write to the Home Office.\n"
        "Action: The Chair to meet the Commissioner.\n"), "s.txt")
    assert [(r.action, r.lead, r.due_date) for r in recs] == [
        ("Report to be circulated to members before the next meeting.", None, None),
        ("Letter to go to the Home Office by 30 April 2025.", None, "2025-04-30"),
        ("Budget Report to come back to the Panel in June 2025.", None, None),
        ("Clerk to write to the Home Office.", "Clerk", None),
        ("The Chair to meet the Commissioner.", "The Chair", None),
    ]


def test_a_markdown_heading_over_listed_actions(tmp_path):
    # the only label of the minutes is a Markdown heading ("## Agreed actions") or a bold list item
    recs = _extract(tmp_path, (
        "# Minutes\n\nThe Panel discussed the plan.\n\n## Agreed actions\n\n"
        "- Clerk to circulate the plan to members.\n- PF to report back in June 2025.\n"), "a.md")
    assert [(r.action, r.lead) for r in recs] == [
        ("Clerk to circulate the plan to members.", "Clerk"), ("PF to report back in June 2025.", "PF")]
    recs = _extract(tmp_path, "# Minutes\n\n- **Action** – LS to arrange a visit to the custody suite\n", "b.md")
    assert [(r.action, r.lead) for r in recs] == [("LS to arrange a visit to the custody suite", "LS")]
