"""Deliverables, round 9 (/work/wt/audit20-deliv20 and two trackers left in round 8): recommendation
trackers saved one cell a line with each cell closed by " |" (cells wrapped over lines, a "|" alone an
empty cell), an owner with the person's initials in brackets after it, and minutes of 10 publishers
that talk about action lists, trackers and work programmes.  Expected values are read from the
excerpts (each source named)."""
import pytest

from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns
from extract.loaders import load


def _extract(tmp_path, text, name="tracker.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


# Isle of Wight Council, Executive 17 November 2004, paper E2 appendix (select committee recommendations,
# round 8's excerpt): the reference column's header cell is the "|" alone; "Meeting Date" is the day the
# recommendation was made
from test_deliverable_excerpts7 import _ISLE_OF_WIGHT  # noqa: E402

# City of York Council, Corporate Scrutiny Committee, Annex A "Scrutiny Recommendation Tracker (DRAFT
# EXAMPLE)", the " |" conversion: each row opens with a "|" alone (an empty first column); "Date" is the
# day the committee agreed the recommendation, "Exec Date" the day the Executive considered it
_YORK = (
    "ANNEX A\n"
    "Scrutiny Recommendation Tracker (DRAFT EXAMPLE)\n"
    "An example of how this information will be presented to Members; please see key below for further details.\n"
    "|\n" "Reference |\n" "Origin |\n" "Date |\n" "Area |\n" "Recommendation |\n" "Exec Date |\n"
    "Lead Officer/EM |\n" "Action taken |\n" "Status |\n"
    "|\n" "SR (25/26) 01 |\n" "CRP |\n" "01/01/26 |\n" "Finance |\n" "Full text of the recommendation… |\n"
    "01/02/26 |\n" "DM/PL/KL |\n"
    "A list of actions identified: · Action 1 · Action 2 These actions are all complete as of X date. |\n"
    "Complete |\n"
    "|\n" "SR (25/26) 03 |\n" "PPL |\n" "01/02/26 |\n" "ASC |\n" "That XYZ… |\n" "01/03/26 |\n" "SS/LSW |\n"
    "As above… |\n" "Ongoing |\n"
    "|\n" "|\n" "|\n" "|\n" "|\n" "|\n" "|\n" "|\n" "|\n" "|\n"
    "Key\n"
    "Reference:Each recommendation will be assigned a reference indicating the municipal year the "
    "recommendation was made.\n"
    "Date: Date of the Committee meeting recommendation was agreed.\n"
)


def _rows(recs):
    return [(r.action, r.lead, r.status, r.due_raw) for r in recs]


def test_isle_of_wight_pipe_tracker(tmp_path):
    assert _rows(_extract(tmp_path, _ISLE_OF_WIGHT)) == [
        ("That any future visits from SEEDA senior executives to the Island involve local members.",
         "The Portfolio Holder for Economic Development, UK and EU Regional Issues", "Actioned", None),
        ("That details of the unemployment figures on the Island be investigated.",
         "The Portfolio Holder for Economic Development, UK and EU Regional Issues", "Pending", None),
    ]


def test_york_pipe_tracker(tmp_path):
    recs = _extract(tmp_path, _YORK)
    assert _rows(recs) == [
        ("Full text of the recommendation…", "DM/PL/KL", "Complete", None),
        ("That XYZ…", "SS/LSW", "Ongoing", None),
    ]
    assert [r.rag for r in recs] == ["complete", None]


def test_a_row_that_does_not_parse_reads_nothing(tmp_path):
    # the York tracker with a row whose status cell is a paragraph: the columns cannot be trusted
    bad = _YORK.replace("Ongoing |\n", "Progress has been slow because of capacity issues in the team and a "
                        "change in government policy during the year |\n")
    assert _extract(tmp_path, bad) == []


def test_a_row_cut_short_ends_the_table(tmp_path):
    # the last row of the Isle of Wight tracker without its last two cells: the first row alone is no table
    cut = _ISLE_OF_WIGHT[:_ISLE_OF_WIGHT.index("SC20")] + "SC20 |\nEconomic Development |\n\nNext paragraph.\n"
    assert _extract(tmp_path, cut) == []


def test_recommendation_tracker_headers():
    york = ["", "Reference", "Origin", "Date", "Area", "Recommendation", "Exec Date", "Lead Officer/EM",
            "Action taken", "Status"]
    c = header_columns(york)
    assert (c.action, c.due, c.lead, c.status) == (5, None, 7, 9)
    iow = ["", "Select Committee", "Meeting Date", "Recommendation Made", "Recommendation made to:",
           "Action taken or Planned to Date", "Outcome"]
    c = header_columns(iow)
    assert (c.action, c.due, c.lead, c.status) == (3, None, 4, 6)
    # an action log's bare "Date" is still its due column, and "Outcome" beside an action is no status
    c = header_columns(["Action", "Date", "Lead", "Status"])
    assert (c.action, c.due) == (0, 1)
    assert header_columns(["Action", "Outcome", "Lead"]) is None
    # a named due date in a recommendation tracker is read
    assert header_columns(["Recommendation", "Target date", "Lead", "Status"]).due == 1


def test_owner_with_initials_in_brackets(tmp_path):
    # the form of Oxfordshire's board minutes left in round 7: "ACTION: Community Operations (KS) to provide ..."
    text = ("1. Matters arising\n\n"
            "ACTION: Community Operations (KS) to provide an update on the neighbourhood survey results.\n")
    recs = _extract(tmp_path, text, "minutes.txt")
    assert [(r.action, r.lead) for r in recs] == [
        ("Community Operations (KS) to provide an update on the neighbourhood survey results.",
         "Community Operations (KS)")]


def test_bracketed_acronym_of_a_thing_is_no_owner(tmp_path):
    text = "1. Matters arising\n\nAction: Anti-Social Behaviour (ASB) to be discussed at the next meeting.\n"
    assert [r.lead for r in _extract(tmp_path, text, "minutes.txt")] == [None]


# Northamptonshire PFCC, Police Accountability Board notes 11 May 2021: action lines under headings
_NORTHANTS = (
    "3. Force strategic priorities performance update\n"
    "Action PF to discuss NBCP proposal with Pauline Sturman\n"
    "Residential Burglary\n"
    "Domestic Abuse\n"
    "Action – Paul Fell to ensure that an evidential difficulties deep dive is on a future accountability "
    "board agenda.\n"
    "Knife Crime\n"
    "Serious and Organised Crime\n"
    "Action – Paul and Sarah to discuss so can better understand as comparative data doesn't make sense.\n"
)


def test_northants_action_lines(tmp_path):
    assert [(r.lead, r.due_raw) for r in _extract(tmp_path, _NORTHANTS, "notes.txt")] == [
        ("PF", None), ("Paul Fell", None), ("Paul and Sarah", None)]


# minutes and reports that talk about action lists, trackers and work programmes: none holds an action
_TALK = {
    # Central Bedfordshire Council, Audit Committee 30/07/2018 item 13
    "central-beds": (
        "Tracking of Internal Audit Recommendations\n"
        "Minutes:\n"
        "·         Those actions previously reported now had agreed future target implementation date.\n"
        "·         There were fewer high priority actions being shown in the audits arising from Internal Audit "
        "work.  Therefore, Internal Audit proposed to undertake the routine follow up of all audit "
        "recommendation/action plans going forward.\n"
        "NOTED\n"),
    # Plymouth City Council, Housing and Community Services Scrutiny Panel 02/03/2022 item 41
    "plymouth": (
        "Tracking Decisions\n"
        "The Chair raised the following with regards to the panel's tracking decisions:\n"
        "there were several tracking decisions on the document that were still outstanding – it was agreed that "
        "the Democratic Advisor would contact officers requesting information is provided within the next "
        "fortnight otherwise the Chair would formally write to the Chief Executive.\n"),
    # Argyll and Bute CPP Management Committee: a review of outstanding actions in prose
    "argyll-bute": (
        "Approval of last minutes and review of actions (John McLuckie)\n"
        "John reviewed the outstanding actions as follows: -\n"
        "The action for Rona and Iain MacInnes to meet\n"
        "to discuss the wider communication of the link for residents to explore if /\n"
        "when full fibre is available, and information on the voucher scheme, is in\n"
        "progress. -\n"),
    # Buckinghamshire and Milton Keynes Fire Authority (mgAi ID=25861): progress against an action plan
    "buckinghamshire": (
        "Agenda item\n"
        "An HMICFRS Action Plan was developed and submitted to HMICFRS on 15 November 2023 and presented to the "
        "Authority on the 6 December 2023. This report showed progress against the Action Plan. All Prevention "
        "and Protection actions were now complete, and two more ED&I actions had been completed.\n"),
    # South Holland District Council, Policy Development Panel work programme
    "south-holland": (
        "Policy Development Panel Work Programme\n"
        "- The Chairman agreed that the subject warranted investigation, that the topic be added as a task group "
        "to the Work Programme and that members be appointed to the task group at or before the 25 November "
        "2025 Policy Development Panel meeting.\n"
        "AGREED:\n"
        "That the work programme of the Policy Development Panel be noted.\n"),
    # Darlington Borough Council, scrutiny work programme (mgAi ID=13525)
    "darlington": (
        "Work Programme\n"
        "Members also requested that the Harm Reduction on Highways Approach be moved from the October meeting "
        "of this Committee to the January meeting, which was agreed.\n"
        "RESOLVED – That the contents of this report be noted.\n"),
}


@pytest.mark.parametrize("name", sorted(_TALK))
def test_minutes_about_action_lists_give_none(tmp_path, name):
    assert _extract(tmp_path, _TALK[name], "minutes.txt") == []


def test_audit_folder_texts(tmp_path):
    import pathlib
    folder = pathlib.Path("/work/wt/audit20-deliv20")
    if not folder.is_dir():
        pytest.skip("the audit folder is not on this machine")
    got = {p.name: deliverables.extract(load(p)) for p in sorted(folder.glob("*.txt"))}
    # no deliverable from the texts that only talk about actions
    for name in ("central-beds-audit-recommendations-tracking-2018.txt", "plymouth-tracking-decisions-2022.txt",
                 "brent-recommendations-tracker-2023.txt", "argyll-bute-cpp-review-of-actions-2023.txt",
                 "vale-of-glamorgan-scrutiny-decision-tracking-2012.txt", "aldworth-pc-action-log-page.txt"):
        assert got[name] == [], name


# Hampshire OPCC, Police and Crime Plan Delivery Progress, Police and Crime Panel 4 October 2019 (issuu):
# "Project / Objective / Forecast End Date" one cell a line; the project is the action, its date the due
_HAMPSHIRE = (
    "Police and Crime Plan Delivery Progress Current Projects\n"
    "Project\n"
    "Objective\n"
    "Forecast End Date\n"
    "Implementation of ICO Action Plan\n"
    "To continue the work of ‘Embedding the GDPR’ project and specifically deliver the actions recommended "
    "following the ICO audit in Jan-19.\n"
    "Sep ‘19\n"
    "Estate Change Programme Phase 2\n"
    "To successfully deliver the approved Estate Strategy.\n"
    "Apr ’20\n"
    "Police Complaints Reform (statutory)\n"
    "To implement Policing and Crime Act 2017 provisions as relating to the role of the PCC in the police "
    "complaints system.\n"
    "Sep ‘19\n"
)


def test_hampshire_project_objective_forecast_end_date(tmp_path):
    recs = _extract(tmp_path, _HAMPSHIRE, "progress.txt")
    assert [(r.action, r.due_date) for r in recs] == [
        ("Implementation of ICO Action Plan", "2019-09-01"),
        ("Estate Change Programme Phase 2", "2020-04-01"),
        ("Police Complaints Reform (statutory)", "2019-09-01"),
    ]


def test_project_and_objective_headers():
    c = header_columns(["Project", "Objective", "Forecast End Date"])
    assert (c.action, c.due) == (0, 2)
    # an objective beside the action is a second column only with a due column
    assert header_columns(["Project", "Objective", "Notes"]) is None
    assert header_columns(["Action", "Forecast End Date"]) is None
