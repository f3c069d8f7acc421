"""The documents row, round 4 (session 10): a sentence's tail set large, word art read as letters apart,
an attendance line with initials, a minutes' "The meeting commenced at ...", a protective marking, a
signature line, a heading under the running text, a sentence leading into a list and a ModernGov item's
number are no title. Each excerpt is written from the document named (short, as printed); expected values
come from reading it. Every rule has a test that it leaves a right title alone."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.document import doc_type_of, organisation_of, period_of, title_of
from extract.loaders import load, load_text

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"


def _text(text: str, name: str = "t.txt"):
    return load_text(name, text, fmt="markdown" if name.endswith(".md") else "text")


# --- a parish agenda's letterhead drawn twice and its summons' tail -----------------------------------

def test_hertingfordbury_agenda_has_no_sentence_tail_or_doubled_letterhead_title():
    # the summons runs "... on Wednesday 13th" / "February 2019 at 1900." (the tail set large); the letterhead
    # "HERTINGFORDBURY PARISH COUNCIL" is shadowed word art read as "H H E E R R T T ..."
    doc = load(str(REAL / "parish_hertingfordbury" / "hertingfordbury_pc_agenda_2019-02-13.pdf"))
    title = title_of(doc)
    assert "1900" not in title and "H H E E" not in title and "Signed" not in title
    assert title == ""


def test_hertingfordbury_minutes_keep_their_title():
    doc = load(str(REAL / "parish_hertingfordbury" / "hertingfordbury_pc_minutes_2019-02-13.pdf"))
    assert title_of(doc) == "MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL"


def test_letters_apart_is_no_title_but_short_words_are():
    doc = _text("S U M M A R Y O F D E C I S I O N S\n\nPolice and Crime Panel Minutes\n\n"
                "The Panel met on 4 March 2024.\n")
    assert title_of(doc) == "Police and Crime Panel Minutes"
    doc = _text("Q3 to Q4 of 2024 in a Summary\n\nThe report sets out the year.\n")
    assert title_of(doc) == "Q3 to Q4 of 2024 in a Summary"


# --- attendance, a minutes' opening, a marking, a signature --------------------------------------------

def test_an_attendance_line_with_initials_is_no_title():
    # West Mercia Governance Board notes, 21 June 2023
    doc = _text("West Mercia Governance Board\nNotes of Meeting\nWednesday 21st June, 14:30-17:00\n"
                "Willison Room, Hindlip\nAttendance\nJohn Campion (JC) Chair – Police & Crime Commissioner\n"
                "Gareth Boulton (GB) – Chief Executive Officer\n"
                "Rachel Jones (RJ) – Assistant Chief Constable, Local Policing\n\nApologies\n")
    assert title_of(doc) == "West Mercia Governance Board"


def test_a_body_named_with_its_abbreviation_stays():
    doc = _text("Police and Crime Panel (PCP) Annual Report 2023\n\nThe report sets out the year.\n")
    assert title_of(doc) == "Police and Crime Panel (PCP) Annual Report 2023"


def test_the_meeting_commenced_is_no_title():
    # High Halstow Parish Council minutes, 24 June 2020: the heading and attendees run as one paragraph
    doc = _text("MINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm Attendees: "
                "Cllr G. Crozer (Chairman) Cllr C. Watson (Vice-Chair) Cllr G. Jerreat Cllr L. Atkinson Cllr R. "
                "Collins Cllr T. Munday Cllr M. Stone Mrs J. Allen (Clerk)\n\nThe meeting commenced at 7.30pm\n\n"
                "The Chairman, Cllr G. Crozer opened the meeting and thanked the members for attending.\n")
    assert "commenced" not in title_of(doc)
    doc = _text("The Meeting Room Hire Policy\n\nThe council hires its room to groups.\n")
    assert title_of(doc) == "The Meeting Room Hire Policy"


def test_a_protective_marking_is_no_title():
    # Police Scotland FOI reply IM-FOI-2021-1755: the marking heads the page
    doc = _text("OFFICIAL\n\nRecorded crime in Broughty Ferry\n\nI refer to your recent request for information "
                "which has been handled in accordance with the Act.\n")
    assert title_of(doc) == "Recorded crime in Broughty Ferry"
    doc = _text("NOT PROTECTIVELY MARKED\n\nOfficial Statistics on Recorded Crime\n\nThe figures follow.\n")
    assert title_of(doc) == "Official Statistics on Recorded Crime"


def test_a_signature_line_is_no_title():
    doc = _text("Signed on\nAmanda Glew – Clerk to the Council\n\n1. APOLOGIES FOR ABSENCE\n")
    assert "Signed" not in title_of(doc)


# --- the running text has begun --------------------------------------------------------------------------

def test_a_heading_under_the_running_text_is_no_title():
    # Essex Police Federation news, 2014: the headline, then the story, a sub-heading inside it
    doc = _text("More than 1,000 assaults a month on UK police officers\n\n"
                "POLICE officers were assaulted at least 6,854 times in the first six months of the last financial "
                "year, it can be revealed, and many more were attacked on duty in the six months\n\n"
                "However, the patchy\n\n"
                "Every force was asked to reveal its records on police officer assaults.\n")
    assert title_of(doc) == "More than 1,000 assaults a month on UK police officers"


def test_a_news_item_opening_with_its_text_has_no_title_from_a_sub_heading():
    # Nottinghamshire PCP news, 2024: the story opens at once; its first sub-heading names a part
    doc = _text("The Nottinghamshire Police and Crime Panel recently released its Performance and Insight annual "
                "report, which sets out how the force and the commissioner have done over the year.\n\n"
                "Significant Crime Reduction Achievements\n\n"
                "The report highlights several positive strides in tackling crime across Nottinghamshire.\n")
    assert title_of(doc) == ""


def test_a_heading_over_the_text_stays():
    doc = _text("# Quarterly Performance Report\n\nThe report sets out how the force has done over the quarter, "
                "with the figures for each of the priorities of the plan and the commentary of the officers.\n",
                name="t.md")
    assert title_of(doc) == "Quarterly Performance Report"


def test_a_sentence_leading_into_a_list_is_no_title():
    # Merseyside PCC, key national priorities 2022
    doc = _text("Through the National Policing Board, the Home Secretary sets out four strategic policing pillars:\n"
                "- A relentless focus on cutting crime;\n- A resilient workforce;\n")
    assert title_of(doc) == ""
    # a title closing on a name and a colon stays (South Yorkshire PCC statement, January 2016)
    doc = _text("Statement from Dr Alan Billings, South Yorkshire Police and Crime Commissioner:\n\n"
                "“The latest national crime figures make it very clear that the years of cuts are showing.”\n")
    assert title_of(doc) == "Statement from Dr Alan Billings, South Yorkshire Police and Crime Commissioner"


def test_the_police_uk_beta_banner_is_no_title():
    doc = _text("This site is a beta, which means it's a work in progress and we'll be adding more to it over the "
                "next few months. Your feedback will help us improve it.\n\n"
                "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 889-2024\n\nThe request asked for officer numbers.\n")
    assert title_of(doc) == "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 889-2024"


# --- a ModernGov item's number ----------------------------------------------------------------------------

def test_a_moderngov_items_number_is_cut_from_its_title():
    # Chorley Executive, Medway Cabinet, Woking Executive issue pages
    doc = _text("37 Quarter Two Performance Monitoring Report 2022/23 PDF 441 KB\n"
                "To receive and consider the report of the Deputy Chief Executive.\n")
    assert title_of(doc) == "Quarter Two Performance Monitoring Report 2022/23"
    doc = _text("11 Financial Monitoring Report PDF 62 KB\nAdditional documents:\n"
                "The Committee received the first of what would become a regular quarterly report.\n")
    assert title_of(doc) == "Financial Monitoring Report"


def test_a_number_in_a_title_without_a_paper_link_stays():
    doc = _text("101 Update\n\nThe Panel received an update on the non-emergency number.\n")
    assert title_of(doc) == "101 Update"
    doc = _text("101 Call Performance Report PDF 120 KB\n\nThe Panel received the report.\n")
    assert title_of(doc) == "101 Call Performance Report"


# --- a report header's subject -------------------------------------------------------------------------------

def test_a_kent_report_headers_subject_row_is_its_title():
    # KCC County Council 13 March 2025: the header table's "Subject:" row
    doc = load(str(REAL / "kent_cc" / "kcc_council_2025-03-13_mid_year_report_24-25.pdf"))
    assert title_of(doc) == "Treasury Management Mid-Year Update 2024-25"
    assert period_of(doc, doc_type_of(doc), title_of(doc)) == ("", "")   # (half a year: not the year 2024-25)
    doc = load(str(REAL / "kent_cc" / "kcc_armed_forces_covenant_annual_report_2024.pdf"))
    assert title_of(doc) == "2024 Annual Report on the Implementation of the Armed Forces Covenant in Kent"


def test_a_subject_line_is_the_title_and_runs_on_when_wrapped():
    # PSNI FOI 14763 (2025)
    doc = _text("Request Number: FOI/14763\n\nCategory: Policing Themes, Operations and Investigations – Policing "
                "Other\n\nSubject: Subject Access Request Statistics\n\nRequest and Answer:\n\nYour request for "
                "information has now been considered.\n")
    assert title_of(doc) == "Subject Access Request Statistics"
    # KCC's header saved as text: the labels run on one line, the subject wrapped onto the next
    doc = _text("From: Oliver Richardson, Armed Forces Champion\nTo: Full Council\nDate: 13 March 2025\n"
                "Subject: 2024 Annual Report on the Implementation of the Armed Forces\nCovenant in Kent\n"
                "Classification: Unrestricted\nSummary:\nThis report provides a briefing on the Council's work.\n")
    assert title_of(doc) == "2024 Annual Report on the Implementation of the Armed Forces Covenant in Kent"


def test_a_subject_in_a_sentence_is_no_title():
    doc = _text("Quarterly Performance Report\n\nThe subject: of this report is the force's performance over the "
                "quarter, subject to the figures being confirmed.\n")
    assert title_of(doc) == "Quarterly Performance Report"


# --- a report's period in its title ---------------------------------------------------------------------------

def _period(text: str, name: str = "t.txt"):
    doc = _text(text, name)
    return period_of(doc, doc_type_of(doc), title_of(doc))


def test_a_quarter_and_its_financial_year_apart_in_the_title():
    # Chorley Executive: "covering 1 July 2022 to 30 September 2022"
    assert _period("Quarter Two Performance Monitoring Report 2022/23\n\nThe report of the Deputy Chief "
                   "Executive sets out the performance against the Corporate Strategy.\n") == \
        ("2022-07-01", "2022-09-30")
    # Maidstone Policy and Resources Committee, February 2020
    assert _period("3rd Quarter Budget & Performance Monitoring Report 2019/20\n\nThe report sets out the "
                   "position at the end of the quarter.\n") == ("2019-10-01", "2019-12-31")


def test_an_annual_report_and_a_year_ending_in_the_title():
    assert _period("Police and Crime Commissioner's Annual Report 2023-24\n\nThe report sets out the year.\n") == \
        ("2023-04-01", "2024-03-31")
    # Home Office statistics, published 2020
    assert _period("# Police powers and procedures, England and Wales, year ending 31 March 2020\n\nThis release "
                   "presents statistics on police powers.\n", "t.md") == ("2019-04-01", "2020-03-31")


def test_no_period_from_a_title_of_several_years_a_part_year_or_a_meeting():
    # LB Barking and Dagenham Cabinet, December 2019: the plan's years and a calendar year's quarter
    assert _period("Corporate Plan 2018-2022 - Quarter 2, 2019 Performance Reporting\n\nThe report sets out "
                   "the position.\n") == ("", "")
    assert _period("Treasury Management Mid-Year Update 2024-25\n\nThe report covers activity to the end of "
                   "September 2024.\n") == ("", "")
    assert _period("Financial Monitoring Report Month 9 2024/25\n\nThe report sets out the position.\n") == ("", "")
    assert _period("Annual Report 2023-24 and Work Plan 2024-25\n\nThe report sets out the year.\n") == ("", "")
    # Morley Parish Council minutes, January 2012: the meeting's dates are no period
    doc = _text("Present:Mr Clarke (Chairman), Mr Eckles (Vice-Chairman) and 2 parishioners in attendance.\n"
                "- To Agree the Minutes of the Parish Council Meeting Held\nOctober 2011 to January 2012\n"
                "Item 240 update.\n")
    assert doc_type_of(doc) == "minutes"
    assert period_of(doc, "minutes", title_of(doc)) == ("", "")


# --- a statute's name; a commissioner named inside a sentence ---------------------------------------------------

def test_a_statutes_name_alone_is_no_title():
    # Police Scotland FOI reply IM-FOI-2021-1755 (2021)
    doc = _text("OFFICIAL\n\nOur Ref: IM-FOI-2021-1755 Date: 16 August 2021\n\n"
                "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002\n\nI refer to your recent request for information "
                "which has been handled in accordance with the Freedom of Information (Scotland) Act 2002.\n")
    assert title_of(doc) == ""
    doc = _text("# Policing and Crime Act 2017: Guidance for Police and Crime Panels\n\nThe Act sets out duties.\n",
                "t.md")
    assert title_of(doc) == "Policing and Crime Act 2017: Guidance for Police and Crime Panels"


def test_a_commissioner_named_inside_a_sentence_is_no_publisher():
    # Cheshire Fire Authority, annual meeting 2019: the membership note
    doc = _text("Fire Authority Membership 2019-20\n\nAppointed by Halton Borough Council (3 Lab)\n\n"
                "Note: The Police and Crime Commissioner for Cheshire, Mr David Keane, has also been afforded "
                "certain rights in relation to Fire Authority business, including the right to attend meetings.\n")
    assert organisation_of(doc) == ""


def test_a_commissioners_letterhead_and_a_panel_in_a_sentence_stay():
    doc = _text("Office of the Police and Crime Commissioner for Cumbria\n\nPerformance Report\n\n"
                "The report sets out the force's performance.\n")
    assert organisation_of(doc) == "Office of the Police and Crime Commissioner for Cumbria"
    doc = _text("Proposed Policing Precept 2024/2025\n\nThe Lincolnshire Police and Crime Panel considered the "
                "report of the Police and Crime Commissioner on his proposed precept.\n")
    assert organisation_of(doc) == "Lincolnshire Police and Crime Panel"


# --- a section heading and a bare label ---------------------------------------------------------------------

def test_executive_summary_and_recommendation_is_a_section():
    # North Yorkshire PCC decision 27/2014: the decision's first section
    doc = _text("# Executive Summary and recommendation\n\nLegislation requires that the Police and Crime "
                "Commissioner agrees their budget and associated precept.\n", "t.md")
    assert title_of(doc) == ""


def test_a_bare_table_label_is_no_title():
    # WhatDoTheyKnow's HTML version of an FOI attachment (IOS 321-09)
    doc = _text("# Table\n\nThe number of persons found guilty at all courts in the Metropolitan Police Force area "
                "for assault on a constable, 2006 and 2007, by the court that dealt with them and the year.\n", "t.md")
    assert title_of(doc) == ""
    doc = _text("# Table 3: Recorded Crime by Force\n\nThe table sets out the figures.\n", "t.md")
    assert title_of(doc) == "Table 3: Recorded Crime by Force"
