"""The documents row, round 3 (session 9): a speaker's name, a written answer's status line, a date alone,
a label's value, a meeting's standard item, a Hansard column stamp and a sentence are no title; a ModernGov
label run onto a title is cut. Each excerpt is written from the document named (short, as printed);
expected values come from reading it. Every rule has a test that it leaves a right title alone."""
from __future__ import annotations

from extract.extractors.document import doc_type_of, organisation_of, title_of
from extract.loaders import load_text


def _text(text: str, name: str = "t.txt"):
    return load_text(name, text, fmt="text")


# --- a speaker's name or a written answer's status line is no title --------------------------------

def test_a_hansard_speakers_name_is_no_title():
    # HC Deb 18 June 1991 written answer: the member asking, the question, the minister answering
    doc = _text("HC Deb 18 June 1991 vol 193 cc89-90W\nMr. Gwilym Jones\n\n"
                "To ask the Secretary of State for the Home Department how many police officers have been "
                "assaulted in the course of their duty in each of the last five years, for each constabulary.\n\n"
                "Mr. John Patten\n\nThe available information is for 1990 and is given in the table.\n")
    assert title_of(doc) == ""


def test_a_councillor_in_an_attendance_list_is_no_title():
    # GMCA minutes 30 October 2020: the attendance list's lines, a borough before the councillor
    doc = _text("MINUTES OF THE VIRTUAL MEETING OF THE GREATER MANCHESTER COMBINED AUTHORITY HELD ON FRIDAY "
                "30 OCTOBER 2020 VIA MICROSOFT TEAMS\n\nIN ATTENDANCE:\n\nRochdale Councillor Janet Emsley\n\n"
                "OFFICERS IN ATTENDANCE:\n\nGMCA 169/20 APOLOGIES\n\nRESOLVED /-\n\n"
                "That apologies be received and noted from Steven Pleasant.\n")
    assert "Emsley" not in title_of(doc) and "APOLOGIES" not in title_of(doc)


def test_an_answered_by_line_is_no_title():
    # Scottish Parliament written answer S1W-30637 (2002)
    doc = _text("- Asked by: Richard Lochhead, MSP for North East Scotland, Scottish National Party\n-\n"
                "Date lodged: Monday, 21 October 2002\n-\nCurrent Status:\n"
                "Answered by Jim Wallace on 14 November 2002\n"
                "To ask the Scottish Executive in respect of what percentage of (a) reported incidences of and (b) "
                "total prosecutions for assault prosecutions were successful in each year since 1997.\nAnswer\n")
    assert title_of(doc) == ""


def test_a_title_naming_a_councillor_stays():
    # a heading that names a person inside a longer title is no attendance line
    doc = _text("Report of Councillor Smith on the Community Safety Partnership\n\n1. Introduction\n\n"
                "The report sets out the work of the partnership in the year to March 2024.\n")
    assert title_of(doc) == "Report of Councillor Smith on the Community Safety Partnership"
    doc = _text("Councillor Smith's Annual Report\n\n1. Introduction\n\nThe report sets out the year.\n")
    assert title_of(doc) == "Councillor Smith's Annual Report"


# --- a date alone, or a label's value, is no title ----------------------------------------------------

def test_a_news_pages_date_over_its_headline_is_no_title():
    # Cumbria PCC news, January 2013: the date, then the headline
    doc = _text("Thursday 24 January 2013\n\nCrime in Cumbria Falls by 8%\n\n"
                "The latest crime figures published today show that overall crime in Cumbria fell by 8% to "
                "September 2012.\n")
    assert title_of(doc) == "Crime in Cumbria Falls by 8%"


def test_a_date_run_into_its_year_is_no_title():
    # West Midlands PCP news page: "Feb 08" and "2016" run together
    doc = _text("Feb 082016\n\nThe West Midlands Police and Crime Panel has accepted the £5 increase to the "
                "policing precept proposed by the Police and Crime Commissioner.\n")
    assert title_of(doc) == ""


def test_the_values_under_date_and_location_labels_are_no_title():
    # Shropshire and Wrekin Fire Authority agenda page (CMIS), 10 October 2018
    doc = _text("10 October 2018\n\nDate: \n\nWednesday, 10 October, 2018\n\nTime: \n\n14:00\n\nLocation: \n\n"
                "Headquarters, Shrewsbury\n\nCategory: \n\nItem no. Agenda Item Details Status\n"
                "01 Apologies for Absence\n02 Vote of Thanks and Welcome\n")
    assert title_of(doc) == ""


def test_a_front_sheets_date_under_its_body_stays_read():
    # a panel's front sheet: the body's name over the meeting's date is the title (round 2's rule)
    doc = _text("Police and Crime Panel\nThursday, 14th December, 2023\n\nVenue: County Hall\n")
    assert title_of(doc) == "Police and Crime Panel"


# --- a meeting's standard item is no title --------------------------------------------------------------

def test_welcome_and_election_of_chairman_are_no_titles():
    # Lincolnshire PCP minutes 2022 and West Mercia PCP minutes 2016 (ModernGov)
    doc = _text("Welcome and Introductions:\n\nThe Chairman welcomed everyone to the meeting.\n\n"
                "Apologies for Absence:\n\nIt was noted that an apology for absence had been received.\n\n"
                "Election of Chairman\n\nNominations were sought for Chairman of the Panel.\n")
    assert title_of(doc) == ""


def test_matters_arising_is_no_title():
    # Morley parish minutes, January 2012: numbered items after the attendance
    doc = _text("Present: Mr Clarke (Chairman), Mrs Allison\n\n250. Matters Arising From the Last Minutes\n\n"
                "Item 240 update. Former Parish Clerk incorrect.\n")
    assert "Matters Arising" not in title_of(doc)


def test_a_report_titled_with_election_words_stays():
    doc = _text("Police and Crime Commissioner Election 2024 Briefing\n\nThe election was held on 2 May 2024.\n")
    assert title_of(doc) == "Police and Crime Commissioner Election 2024 Briefing"


# --- a Hansard column stamp is no title ------------------------------------------------------------------

def test_a_hansard_column_stamp_is_no_title():
    # HC Deb 14 June 2007 written answer, table 3 continued over the column
    doc = _text("14 Jun 2007 : Column 1243W—continued\n\n14 Jun 2007 : Column 1244W\n"
                "Table 3: Sexual offences recorded by the police—2002-03( 1) to 2005-06\n"
                "Police force area 2002-03 2003-04 2004-05 2005-06\n\nAvon and Somerset\n\n1,570\n\n1,516\n")
    assert "Column" not in title_of(doc)


def test_a_heading_over_pipe_cells_saved_one_per_line_is_no_title():
    # HC Deb 14 June 2006 col 1315W: a force's name over its row's cells, one a line
    doc = _text("Force area | 1998-99 | 1999-2000 |\n\nCumbria\n|\n|\n1\n|\n3\n|\n\nDerbyshire\n|\n4\n|\n")
    assert title_of(doc) != "Cumbria"


# --- a sentence is no title; a label run onto a title is cut ------------------------------------------

def test_a_sentence_naming_a_performance_report_is_no_title():
    # Durham PCP minutes, Q1 2016/17 performance report item
    doc = _text("Agenda item\n\nThe PCVC outlined key performance data for the headline measures.\n\n"
                "Councillor Armstrong informed the Panel that he found the performance report to be very helpful.\n")
    assert title_of(doc) == ""


def test_a_question_is_no_title():
    # Wiltshire PCP item: a member's question after the item's bullets
    doc = _text("- Reducing crime and anti-social behaviour\n- Putting victims and witnesses first\n\n"
                "If there were to be no targets how do we know that Wiltshire Police was doing its job to a good "
                "standard?\n")
    assert title_of(doc) == ""


def test_a_minutes_title_with_a_full_stop_stays():
    # Plymtree parish: a minutes title printed as a sentence
    doc = _text("Draft minutes of meeting held on 3rd September 2019 at 7.30 pm in the Vestry Room.\n\n"
                "Present: Cllr A Smith\n")
    assert title_of(doc) == "Draft minutes of meeting held on 3rd September 2019 at 7.30 pm in the Vestry Room."


def test_a_moderngov_minutes_label_run_onto_the_title_is_cut():
    # West Mercia PCP item page, 2017 and Lincolnshire PCP precept item 2024/25
    doc = _text("Agenda item\n\nPolice and Crime Plan Activity and Performance Monitoring Report (April 2017-June "
                "2017) Minutes:\n\nThe Panel was invited to consider the report.\n")
    assert title_of(doc) == ("Police and Crime Plan Activity and Performance Monitoring Report "
                             "(April 2017-June 2017)")
    doc = _text("Agenda item\n\nProposed Policing Precept 2024/2025:\n\nTo consider a report from the Police and "
                "Crime Commissioner for Lincolnshire regarding the proposed precept.\n")
    assert title_of(doc) == "Proposed Policing Precept 2024/2025"


def test_minutes_inside_a_title_stays():
    doc = _text("Police and Crime Panel Minutes\n\nPresent: Cllr A Smith\n")
    assert title_of(doc) == "Police and Crime Panel Minutes"


# --- the title comes before a meeting's first standard item -----------------------------------------

def test_a_minutes_link_under_an_agendas_items_is_no_title():
    # Lancashire PCC accountability board page: each meeting's agenda, then the link to its minutes
    doc = _text("Accountability Board Meetings\n\n18th June 2024\n\n1. Welcome and introductions\n\nMr Grunshaw\n\n"
                "2. Apologies\n\nMr Grunshaw\n\n3. Declaration of Interests\n4. Current and Significant Issues\n\n"
                "Minutes of the Meeting Held on 18th June 2024\n\n13th March 2024\n")
    assert title_of(doc) == "Accountability Board Meetings"


def test_a_minutes_title_before_the_items_stays():
    doc = _text("Minutes of the Meeting Held on 18th June 2024\n\n1. Welcome and introductions\n\n"
                "The Chair welcomed members.\n")
    assert title_of(doc) == "Minutes of the Meeting Held on 18th June 2024"


def test_a_sentence_leading_into_a_list_is_no_title():
    # Gloucestershire PCC budget monitoring cover sheet: "... for 2015/16. This includes:"
    doc = _text("The report provides details of the financial performance for 2015/16. This includes:\n\n"
                "- Revenue Account (underspend of £0.025m)\n\n1. Purpose of report\n")
    assert title_of(doc) == ""


# --- types and organisation ------------------------------------------------------------------------------

def test_an_agenda_asking_to_receive_minutes_is_no_minutes():
    # Shropshire and Wrekin Fire Authority agenda (CMIS), 10 October 2018: items taking minutes
    doc = _text("10 October 2018\n\nItem no. Agenda Item Details Status\n01 Apologies for Absence\n\n"
                "05 Minutes\n\nMembers are asked to agree the minutes, attached marked 5, of the Fire Authority "
                "Annual Meeting, held on 20 June 2018.\n\nPDF icon 5 - Fire Authority Annual Meeting Minutes 20 June "
                "2018271.08 KB\n\n06 Audit and Performance Management Committee Minutes\n\nMembers are asked to "
                "receive and note the minutes of the Audit and Performance Management Committee meetings, held on:\n")
    assert doc_type_of(doc) != "minutes"


def test_minutes_of_a_meeting_inside_stay_minutes():
    doc = _text("Parish news\n\nThe minutes of the meeting held on 3 May were confirmed and signed.\n")
    assert doc_type_of(doc) == "minutes"


def test_a_conference_of_a_body_names_no_panel():
    # Wiltshire and Swindon PCP minutes, 2013: members attended a conference
    doc = _text("Apologies for Absence\n\nCouncillor Bennett attended the Local Government Association Police and "
                "Crime Panel Conference held on 21 March.\n")
    assert organisation_of(doc) == ""
    doc = _text("Wiltshire and Swindon Police and Crime Panel\n\nMinutes of the meeting held on 21 March 2013\n")
    assert organisation_of(doc) == "Wiltshire and Swindon Police and Crime Panel"


def test_a_papers_title_before_the_panel_names_no_panel():
    # Hampshire OPCC delivery progress update to the panel, October 2019: the paper's title runs into the panel
    doc = _text("Police and Crime Plan Delivery Progress Police and Crime Panel ~ 4 October 2019\n\n"
                "Police and Crime Plan Dashboard Summary\n")
    assert organisation_of(doc) == ""
    doc = _text("North Wales Police and Crime Panel\n\nMinutes of the meeting held on 4 October 2019\n")
    assert organisation_of(doc) == "North Wales Police and Crime Panel"


def test_minutes_opening_with_their_attendance_are_minutes():
    # Morley parish minutes, January 2012: the attendance first; the only "minutes of" is an item taking them
    doc = _text("Present:Mr Clarke (Chairman), Mr Eckles (Vice-Chairman), Mrs Allison\n\n"
                "- To Receive Apologies for Absence\n\nNone received.\n\n"
                "- To Agree the Minutes of the Parish Council Meeting Held\n\n19th December 2011\n")
    assert doc_type_of(doc) == "minutes"
    # negative: a notice of decisions with its attendance under the heading is not typed by it
    doc = _text("NOTICE OF DECISIONS AGREED AT THE COMBINED AUTHORITY HELD ON FRIDAY, 26 JUNE, 2020\n\n"
                "PRESENT:\n\nGreater Manchester Mayor (In the Chair)\n")
    assert doc_type_of(doc) == "unknown"
