"""Deliverables, round 6 (audit17-deliv17): action lines whose label carries the action's reference
("Action DB10-01:", "Action 2.1-", "Action Point (a):") and actions quoted after their label.  Short
excerpts in the forms their publishers print (each source named), expected values from reading them, and
beside each rule the lines where it must not fire."""
from extract.extractors import deliverables
from extract.extractors.deliverables import inline
from extract.loaders import load


def _extract(tmp_path, text, name="minutes.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _rows(recs):
    return [(r.action, r.lead, r.due_raw, r.due_date, r.status) for r in recs]


def test_a_reference_between_the_label_and_its_colon_or_dash(tmp_path):
    # Scottish Government, Active Scotland Delivery Group minutes (September 2018): "Action 2.1-  ...";
    # Scottish Government, Rural Delivery Plan Ministerial Working Group minutes (1 October 2024):
    # "Action Point (a): ... by 25th October 2024."; Transport Scotland, NTS Delivery Board minutes
    # (10 March 2022): "Action DB4-01: Members to ..."
    recs = _extract(tmp_path, (
        "2. Background and Terms of Reference\n\n"
        "The Group noted Paper 1.2 on the Terms of Reference.\n\n"
        "Action 2.1-  Secretariat to amend the Terms of Reference to reflect the change.\n\n"
        "Paper 3\n"
        "Action Point (a): Members to provide any additional comment by correspondence to the Rural Policy "
        "Unit on Paper 3 by 25th October 2024.\n\n"
        "Review of Actions from Last Meeting\n\n"
        "Action DB4-01: Members to gather information on positive local initiatives supporting the 20% Car "
        "KM reduction work.\n"))
    assert _rows(recs) == [
        ("Secretariat to amend the Terms of Reference to reflect the change.", "Secretariat", None, None, None),
        ("Members to provide any additional comment by correspondence to the Rural Policy Unit on Paper 3 "
         "by 25th October 2024.", "Members", "by 25th October 2024", "2024-10-25", None),
        ("Members to gather information on positive local initiatives supporting the 20% Car KM reduction "
         "work.", "Members", None, None, None),
    ]


def test_a_quoted_action_and_the_update_after_it(tmp_path):
    # Transport Scotland, National Transport Strategy Board minutes (9 July and 20 February 2025): the
    # action quoted after its reference, the update and "Action closed." / "Action ongoing." after it;
    # "Officials" is who is to act.  The quotation is the action; the update is not part of it.
    recs = _extract(tmp_path, (
        "Review of actions from previous meeting\n\n"
        "Action DB10-02: ‘Officials to consider appropriate format for setting out the developments and "
        "achievements reported to the Board for wider circulation. Review and update developments and "
        "achievements and reformat for wider circulation.’ Officials prepared an updated developments and "
        "achievements paper which was provided to members for noting. Action closed.\n\n"
        "Action DB10-04: ‘Officials to prepare further analysis of regional data, coach travel and travel "
        "demand behaviours to be shared with Board members.’ Officials are preparing a paper on this. "
        "Action ongoing.\n\n"
        "Action DB9-01: ‘Officials to report to Cabinet Secretary for Transport on the work of the Health "
        "and Transport Action Plan Steering Group (HTAP) in the Nestrans area’.  Briefing was provided by "
        "Officials following the previous Board meeting.  Action closed.\n"))
    assert [(r.action, r.lead) for r in recs] == [
        ("Officials to consider appropriate format for setting out the developments and achievements "
         "reported to the Board for wider circulation. Review and update developments and achievements and "
         "reformat for wider circulation.", "Officials"),
        ("Officials to prepare further analysis of regional data, coach travel and travel demand behaviours "
         "to be shared with Board members.", "Officials"),
        ("Officials to report to Cabinet Secretary for Transport on the work of the Health and Transport "
         "Action Plan Steering Group (HTAP) in the Nestrans area", "Officials"),
    ]


def test_an_apostrophe_is_no_closing_quote():
    # written for the rule: "Board’s" and "members’ views" stay inside the quotation
    q = inline._QUOTED.match("‘Officials to update the Board’s risk register and members’ views.’ Action closed.")
    assert q.group("q") == "Officials to update the Board’s risk register and members’ views."
    assert inline._QUOTED.match("‘Officials to update the risk register") is None


def test_references_that_make_no_action(tmp_path):
    # written for the rule: a reference with no owner and "to" after it, a plan's name or a year where the
    # reference would be, an unclosed quotation: no deliverable
    recs = _extract(tmp_path, (
        "Minutes\n"
        "Action 1: Improve the response to calls for service.\n"
        "Action Plan 2024-25: Chief Executive to present the plan.\n"
        "Action 2025: Members to review the plan.\n"
        "Action 3 - It was agreed that the Chair would write to the Minister.\n"
        "Action DB11-01: ‘Officials to prepare a paper on the regional data\n"))
    assert recs == []


def test_the_label_with_and_without_a_reference():
    # written for the rule: the reference is optional and comes before the colon or dash only
    for line, body in [("Action DB10-01: Officials to act.", "Officials to act."),
                       ("Action 2.1-  Secretariat to amend.", "Secretariat to amend."),
                       ("Action Point (a): Members to provide.", "Members to provide."),
                       ("Action 12/3 – Clerk to write.", "Clerk to write."),
                       ("Action: Clerk to write.", "Clerk to write."),
                       ("Action PF to discuss the proposal", "PF to discuss the proposal")]:
        assert inline._LABEL.match(line).group("body") == body
    for line in ["Action Plan 2024-25: Chief Executive to present.", "Action 2025: Members to review.",
                 "Action Fraud to review the service."]:
        m = inline._LABEL.match(line)
        assert m is None or not inline._OWNER.match(m.group("body")), line


def test_an_owner_and_will_after_the_label(tmp_path):
    # Scottish Commission on Social Security, Charter Sub-Committee minutes (11 February 2025): "Action: The
    # Secretariat will ..." (a foundation board's minutes print "ACTION: <name> will email ..." too)
    recs = _extract(tmp_path, (
        "2. Matters arising from previous meeting\n"
        "It was noted that the Secretariat has yet to receive stakeholder feedback.\n"
        "Action: The Secretariat will follow up with stakeholders for feedback on the visual accessibility "
        "of the report cover and provide an update at the next Subcommittee meeting.\n"
        "3. Update and discussion on report drafting\n"
        "Action: The Secretariat will amend the report based on the discussion and share it ahead of the "
        "next Subcommittee meeting on 18 February.\n"))
    assert [(r.action, r.lead, r.due_raw) for r in recs] == [
        ("The Secretariat will follow up with stakeholders for feedback on the visual accessibility of the "
         "report cover and provide an update at the next Subcommittee meeting.", "The Secretariat", None),
        ("The Secretariat will amend the report based on the discussion and share it ahead of the next "
         "Subcommittee meeting on 18 February.", "The Secretariat", None),
    ]


def test_will_lines_that_name_no_owner(tmp_path):
    # written for the rule: a thing that will happen, a passive "will be", "will not", a pronoun, and a first
    # name alone (no role, no initials: who it is cannot be told from the word) give nothing
    recs = _extract(tmp_path, (
        "Minutes\n"
        "ACTION: Work will continue on the budget proposals.\n"
        "Action: Members will be updated at the next meeting.\n"
        "Action: Officers will not attend the event.\n"
        "Action – This will come back to the Panel in June 2025.\n"
        "Action: The Report will come to the next meeting.\n"
        "ACTION: Bastien will email Joanie about the options.\n"))
    assert recs == []
