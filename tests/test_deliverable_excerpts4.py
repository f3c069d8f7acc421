"""Deliverables, round 4: a date the work starts or goes on from is no due date.  Short excerpts in
the forms their publishers print, expected values from reading them, and beside each rule a test on
the side where it must not fire."""
from extract.extractors import deliverables
from extract.loaders import load


def _extract(tmp_path, text, name="plan.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _due(recs):
    return [(r.action, r.due_raw, r.due_date) for r in recs]


# --- "from <date>": a start, not a due date ----------------------------------------------------

def test_from_a_date_is_no_due_date(tmp_path):
    # a Kent delivery plan's timescale cell: "by mid-June" (no date read) and "launch ... from
    # September 2024" (when the launch starts); a phase or a monthly report "from" a month
    recs = _extract(tmp_path, (
        "| Action | Lead | Timescale |\n|---|---|---|\n"
        "| Roll out the wellbeing platform | PH Specialists | First phase procure platform by mid-June "
        "and launch across Kent, Medway, and Swale from September 2024 |\n"
        "| Second phase of the hub | OPCC | Phase 2 from Sept 24 |\n"
        "| Report on stop and search | Force lead | Monthly from April 2025 |\n"
        "| Fund the youth diversion scheme | OPCC | From 2024/25 |\n"))
    assert _due(recs) == [
        ("Roll out the wellbeing platform", "First phase procure platform by mid-June and launch "
         "across Kent, Medway, and Swale from September 2024", None),
        ("Second phase of the hub", "Phase 2 from Sept 24", None),
        ("Report on stop and search", "Monthly from April 2025", None),
        ("Fund the youth diversion scheme", "From 2024/25", None),
    ]


def test_dates_not_after_from_are_still_due(tmp_path):
    # must not fire: a date moved "from" one month "to" another is due on the second; "by" and a
    # bare month are due dates; "to start" names when the new contract is due (Wiltshire); "from"
    # before words that are no date leaves the date alone
    recs = _extract(tmp_path, (
        "| Action | Lead | Timescale |\n|---|---|---|\n"
        "| Publish the estates strategy | Head of Estates | Delayed from March to June 2025 |\n"
        "| Recruit 20 special constables | Chief Constable | by September 2024 |\n"
        "| Review the custody contract | OPCC | New contract to start Apr 24 |\n"
        "| Refresh the ASB strategy | Community Safety | Removed from scope March 2025 |\n"
        "| Launch the victims' hub | OPCC | March 2025 |\n"))
    assert [r.due_date for r in recs] == [
        "2025-06-01", "2024-09-01", "2024-04-01", "2025-03-01", "2025-03-01"]


# --- an action line closed by its owner in brackets ---------------------------------------------

def _inline(tmp_path, text):
    return [(r.action, r.lead, r.due_raw) for r in _extract(tmp_path, text, name="notes.txt")]


def test_owner_in_brackets_after_the_action(tmp_path):
    # board notes ("Action: Circulate the slides (JB)") and a working group's notes ("Action item:
    # Review comments received during public comment forum (all)"): the bracket is the owner, the
    # words before it the action; a "by" date is read as in the owner-first form
    got = _inline(tmp_path, (
        "Minutes of the partnership board\n\n"
        "The board discussed the presentation on rural crime.\n\n"
        "Action: Circulate the slides (JB)\n\n"
        "Action item: Review comments received during public comment forum (all)\n\n"
        "ACTION – Update the terms of reference by 31 March 2025 (SM/PF)\n"))
    assert got == [
        ("Circulate the slides", "JB", None),
        ("Review comments received during public comment forum", "all", None),
        ("Update the terms of reference by 31 March 2025", "SM/PF", "by 31 March 2025"),
    ]


def test_brackets_that_are_no_owner(tmp_path):
    # must not fire: an acronym spelling out the words before it, a reference, a status, a name
    # that is no role or initials, an owner left unassigned, a bracket inside the line
    got = _inline(tmp_path, (
        "Minutes of the partnership board\n\n"
        "Action: Review the approach to anti-social behaviour (ASB)\n\n"
        "Action: Report to the Police and Crime Commissioner (PCC)\n\n"
        "Action: Update the delivery plan (Appendix A)\n\n"
        "Action: Letter sent to the Home Office (Complete)\n\n"
        "Action item: Forward GAC letter concerning principles (Lise)\n\n"
        "ACTION: (unassigned) An initial template topic should be developed.\n\n"
        "Action: Refresh the plan (VAWG) with partners\n"))
    assert got == []
