"""Deliverables, round 8 (audit only; /work/wt/audit19-deliv19): minutes about action logs, trackers,
delivery plans and work programmes, and two recommendation trackers whose columns name no due date.
Excerpts as their publishers print them (each source named); reading them, none holds a row a reader
could take as an action with its own lead, due date or status, so each must give no deliverable: a
share of actions done, a plan's percentages, "Action by:" over a decision to note a report, a thing
"to be published", and a meeting's date are not deliverables or due dates."""
import pytest

from extract.extractors import deliverables
from extract.loaders import load


def _extract(tmp_path, text, name="minutes.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


# Tower Hamlets Council, Cabinet 27/02/2018 item 5 (issue page): "Action by:" names who acts on a
# decision "To note the report."; the minutes give a share of actions completed
_TOWER_HAMLETS = (
    "Clear Up Project Update\n"
    "Meeting: 27/02/2018 - Cabinet (Item 5)\n"
    "Decision:\n"
    "DECISION\n"
    "1. To note the report.\n"
    "Action by:\n"
    "CORPORATE DIRECTOR, GOVERNANCE (A. HUSSAIN)\n"
    "(Senior Corporate & Governance Legal Officer (P. Greeno)\n"
    "Minutes:\n"
    "The Mayor introduced the report. He noted that 75% of outstanding actions had now been completed with "
    "timescales set out for the rest.\n"
    "RESOLVED\n"
    "1. To note the report.\n"
)

# Bromsgrove District Council, Cabinet 01/04/2009 item 192: an improvement plan's shares on target
_BROMSGROVE = (
    "Improvement Plan Exception Report (February 2009)\n"
    "RESOLVED:\n"
    "(a)       that the revisions to the Improvement Plan Exception Report and the corrective actions being "
    "taken be noted and approved,\n"
    "(b)       that it be noted that for the 110 actions highlighted within the plan for January , 86.4 percent "
    "of the plan was on target (green), 3.6 percent was one month behind (amber) and no actions were over one "
    "month behind (red). 10 percent of actions had been reprogrammed with approval.\n"
)

# North Devon Council, Governance Committee 08/09/2020 item 97: a recommendation's progress in prose
_NORTH_DEVON = (
    "Audit Recommendation Tracker\n"
    "The Committee noted the following updates:\n"
    "· Table A detailed the ten live recommendations.\n"
    "· Table C detailed one recommendation for which a time extension was being requested.\n"
    "· It was noted that Recommendation 17 SRR 08 required an extension to allow for delays in the "
    "implementation of the automated process due to the pandemic. Progress had reached 85% and could "
    "confidently be completed by the extension date requested.\n"
)

# City of London, Police Performance and Resource Management Sub-Committee (mgAi ID=94709): HMICFRS
# recommendations rated Red, each a thing "to be published" / "to be provided", one moved from
# September 2019 to December 2019
_CITY_OF_LONDON = (
    "HMICFRS Inspection Update\n"
    "·         The Head of Strategic Planning noted that there were 23 Green responses to HMICFRS inspection "
    "reports, and five Red responses which included the following:\n"
    "o   Timetable for implementing the revised Know Fraud system to be published. A letter addressing this "
    "recommendation would be sent to all Forces in late November/early December.\n"
    "o   Guidance to be provided to Action Fraud and Chief Constables to ensure victims receive adequate "
    "explanations regarding the role of Action Fraud etc. The ‘ownership’ on implementing this recommendation "
    "had recently changed, which had delayed its resolution from September 2019 to December 2019.\n"
)

# Isle of Wight Council, Executive 17 November 2004, paper E2 appendix: a select committee recommendation
# tracker, each cell closed by " |" and wrapped over lines; "Meeting Date" is the day the recommendation
# was made and "Recommendation made to:" a portfolio holder, neither a due date nor a column read
_ISLE_OF_WIGHT = (
    "|\n"
    "Select Committee |\n"
    "Meeting Date |\n"
    "Recommendation\n"
    "Made |\n"
    "Recommendation\n"
    "made to: |\n"
    "Action taken or\n"
    "Planned to Date |\n"
    "Outcome |\n"
    "SC18 |\n"
    "Economic Development, Planning,\n"
    "Tourism and Leisure Services |\n"
    "2 September 2004 |\n"
    "That any future visits from SEEDA\n"
    "senior executives to the Island involve local members. |\n"
    "The Portfolio Holder for Economic\n"
    "Development, UK and EU Regional Issues. |\n"
    "Action List circulated |\n"
    "Actioned. |\n"
    "SC20 |\n"
    "Economic Development, Planning,\n"
    "Tourism and Leisure Services |\n"
    "2 September 2004 |\n"
    "That details of the unemployment\n"
    "figures on the Island be investigated. |\n"
    "The Portfolio Holder for Economic\n"
    "Development, UK and EU Regional Issues |\n"
    "Action List circulated |\n"
    "Pending |\n"
)

# A council's scrutiny recommendation tracker (Annex A, draft example; stored without its address), one
# cell a line: "Date" is the day the committee agreed the recommendation and "Exec Date" the day the
# Executive considered it, so neither may become a due date
_ANNEX_A = (
    "Scrutiny Recommendation Tracker (DRAFT EXAMPLE)\n\n"
    "Reference\n\nOrigin\n\nDate\n\nArea\n\nRecommendation\n\nExec Date\n\nLead Officer/EM\n\nAction taken\n\n"
    "Status\n\n"
    "SR (25/26) 02\n\nCRP\n\n01/01/26\n\nFinance\n\nThat XYZ be completed by…\n\n01/02/26\n\nDM/PL/KL\n\n"
    "Summary of progress to date and ongoing work identified...\n\nOngoing\n\n"
    "SR (25/26) 04\n\nPLC\n\n01/02/26\n\nHealth\n\nThat ABC…\n\n01/03/26\n\nPR/LSW\n\n"
    "Detail of action taken.\n\nComplete\n\n"
    "Key\n\n"
    "Date: Date of the Committee meeting recommendation was agreed.\n\n"
    "Exec Date:Date recommendation was considered by Executive.\n"
)


@pytest.mark.parametrize("text", [_TOWER_HAMLETS, _BROMSGROVE, _NORTH_DEVON, _CITY_OF_LONDON],
                         ids=["tower-hamlets", "bromsgrove", "north-devon", "city-of-london"])
def test_minutes_about_actions_give_none(tmp_path, text):
    assert _extract(tmp_path, text) == []


@pytest.mark.parametrize("text", [_ISLE_OF_WIGHT, _ANNEX_A], ids=["isle-of-wight", "annex-a"])
def test_trackers_with_meeting_dates_give_no_due_date(tmp_path, text):
    # read or not, no row of these may carry a due date: their dates are meeting dates
    assert [r for r in _extract(tmp_path, text, "tracker.txt") if r.due_date] == []
