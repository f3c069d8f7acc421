"""The documents row on real documents of other publishers (session 9): a table's header row is no
title, an agenda's item naming the minutes does not make the agenda minutes, a councillor's summons
is an agenda, a date under the line that leads into it is read with it, and a web page's lines saved
one paragraph a line are not one paragraph. Each excerpt is written from the document named (short,
as printed); expected values come from reading it."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.document import doc_type_of, title_of
from extract.loaders import load, load_text
from extract.model import Block, Document, Page

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"


def _text(text: str, name: str = "t.txt"):
    return load_text(name, text, fmt="text")


def _pdf(*blocks: Block) -> Document:
    return Document(source="t.pdf", sha256="0" * 64, format="pdf", pages=[Page(1, blocks=list(blocks))])


# --- a table's header row is no title -------------------------------------------------------------

def test_a_header_row_over_rows_of_figures_is_no_title():
    # Lancashire PCC scrutiny transcript: the table's two header rows, then its figures
    doc = _pdf(Block("paragraph", "Scrutiny Meeting", 1),
               Block("paragraph", "All Recorded Crime The Constabulary, Region and Most Similar Group", 1),
               Block("heading", "Earlier Period Later Period", 1),
               Block("heading", "May-13 to Apr-14 May-14 to Apr-15 Numeric Percentage", 1),
               Block("paragraph", "3,455,173 3,561,443 + 106,270 + 3.1%", 1),
               Block("paragraph", "449,931 473,122 + 23,191 + 5.2%", 1))
    assert title_of(doc) == "Scrutiny Meeting"


def test_a_header_over_a_table_of_ratings_is_no_title():
    # KCC budget risk register, page 11: "Likelihood Rating" over "Very Likely 5 / Likely 4 / ..."
    doc = load(REAL / "kent_cc" / "kcc_cabinet_2025-01-30_budget_risk_register.pdf")
    assert title_of(doc) != "Likelihood Rating"


def test_a_cell_of_a_pipe_table_saved_one_per_line_is_no_title():
    # Northumbria Police FOI 869/23: "In Response:" then the table one cell a line
    doc = _pdf(Block("paragraph", "You asked:", 1), Block("heading", "Year |", 1),
               Block("paragraph", "999 |", 1), Block("paragraph", "Disparity |", 1))
    assert title_of(doc) != "Year |"


def test_a_title_over_a_table_of_words_or_text_stays():
    # negative: a title heads the document; a heading over a table of words (a cover's details) or
    # over text, or over a line of dates, is no table header
    doc = _pdf(Block("paragraph", "Agenda Item 7", 1), Block("heading", "Police and Crime Plan Update", 1),
               Block("table", "", 1, rows=_rows([["Report to", "Police and Crime Panel"], ["Date", "4 May"]])))
    assert title_of(doc) == "Police and Crime Plan Update"
    doc = _text("You asked:\n\nPlease provide statistics by year:-\n\n1 Jan 2018 -- 5 Dec 2018\n\n"
                "1 Jan 2017 -- 31 Dec 2017\n\n1 Jan 2016 -- 31 Dec 2016\n")
    assert title_of(doc) != ""


def _rows(cells):
    from extract.model import Cell
    return [[Cell(c) for c in row] for row in cells]


# --- document type: an agenda's items naming minutes; a summons -----------------------------------

def test_an_agenda_item_naming_the_minutes_does_not_make_minutes():
    # Shropshire FRA agenda page (2018): items "05 Minutes" / "Members are asked to agree the minutes"
    doc = _text("10 October 2018\n\nItem no. Agenda Item Details Status\n\n05 Minutes\n\n"
                "Members are asked to agree the minutes, attached marked 5, of the Fire Authority Annual "
                "Meeting, held on 20 June 2018.\n\nNotice of Meeting\n")
    assert doc_type_of(doc) == "agenda_pack"


def test_a_summons_to_attend_is_an_agenda():
    # Hertingfordbury PC agenda (2019): the summons, then item 5 "THE MINUTES AND MATTERS ARISING" and
    # "To confirm the minutes of the meeting held on 9th January 2019"
    doc = load(REAL / "parish_hertingfordbury" / "hertingfordbury_pc_agenda_2019-02-13.pdf")
    assert doc_type_of(doc) == "agenda_pack"
    doc = _text("To: All Members of the Council\n\nYOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF THE "
                "PARISH COUNCIL to be held on Thursday 2nd March 2023.\n\n"
                "3. To approve the minutes of the meeting held on 6th February 2023\n")
    assert doc_type_of(doc) == "agenda_pack"


def test_minutes_stay_minutes():
    # negative: the minutes' own title, and a minutes text recording the last minutes agreed
    doc = load(REAL / "parish_hertingfordbury" / "hertingfordbury_pc_minutes_2019-02-13.pdf")
    assert doc_type_of(doc) == "minutes"
    doc = _text("Minutes of the Parish Council Meeting held on 4 February 2008\n\nPresent: Cllr A Smith\n\n"
                "1. To confirm the minutes of the last meeting. The minutes were agreed and signed.\n")
    assert doc_type_of(doc) == "minutes"


# --- a front sheet: the line above its meeting's date ---------------------------------------------

def test_a_front_sheet_date_is_read_with_the_line_leading_into_it():
    # KCC County Council front sheet, 9 January 2025: "Summons to and Agenda for an Extraordinary Meeting
    # on" (a paragraph) / "Thursday, 9th January, 2025" / "at 10.00 am" (headings)
    doc = load(REAL / "kent_cc" / "kcc_council_2025-01-09_agenda_frontsheet.pdf")
    assert title_of(doc) == ("Summons to and Agenda for an Extraordinary Meeting on Thursday, 9th January, 2025 "
                             "at 10.00 am")


def test_a_front_sheet_date_under_the_body_name_takes_the_name():
    # a ModernGov front sheet's form (KCC's Cabinet sheet prints "CABINET" over its date)
    doc = _pdf(Block("paragraph", "CABINET", 1, bbox=(50, 50, 200, 70)),
               Block("heading", "Thursday, 30th January, 2025", 1, bbox=(50, 90, 300, 110)),
               Block("paragraph", "Council Chamber, Sessions House, County Hall, Maidstone", 1))
    assert title_of(doc) == "CABINET"


def test_a_date_under_a_label_or_a_sentence_stays():
    # negative: Shropshire FRA's page prints "Date:" over "Wednesday, 10 October, 2018"; a sentence
    # above a date does not lead into it (round 3: the date alone is then no title either)
    doc = _pdf(Block("paragraph", "Date:", 1), Block("heading", "Wednesday, 10 October, 2018", 1),
               Block("paragraph", "Time:", 1))
    assert title_of(doc) == ""
    doc = _pdf(Block("paragraph", "The meeting will be held in the Council Chamber.", 1),
               Block("heading", "Wednesday, 10 October, 2018", 1))
    assert title_of(doc) == ""


# --- a kind named in lower case inside a long paragraph names another paper -----------------------

def test_a_bulletin_or_performance_information_in_a_sentence_types_nothing():
    # Hansard written answer (1992): "... is published in table 2 of Home Office statistical bulletin
    # 14/92, a copy of which is in the Library." -- not a newsletter
    long_sentence = ("Mr. Jack: The information requested for police force areas in England and Wales is "
                     "published in table 2 of Home Office statistical bulletin 14/92, a copy of which is in "
                     "the Library. The number of offences notified for each officer is given in the table.")
    assert doc_type_of(_text(long_sentence + "\n")) == "unknown"
    # Oxfordshire's cabinet response: "Identify suitable ways to use appropriate performance information
    # to enable the authority to demonstrate ..." -- not a performance report
    long_sentence = ("R1 Identify suitable ways to use appropriate performance information to enable the "
                     "authority to demonstrate what it is achieving in terms of risk mitigation. Agreed: DCS "
                     "and CEPO to action.")
    assert doc_type_of(_text(long_sentence + "\n")) == "unknown"


def test_a_kind_in_a_title_line_or_in_capitals_still_types():
    # negative: a short title line; a web excerpt's long first line keeping the title's capitals
    # (Durham PCP, 4 February 2021)
    assert doc_type_of(_text("Quarterly performance report\n\nThe report covers April to June.\n")) \
        == "performance_report"
    line = ("Police and Crime Panel 4 February 2021 Quarterly Performance Report Office of the Durham Police, "
            "Crime and Victims' Commissioner Purpose of the Report To provide the Panel with an update.")
    assert doc_type_of(_text(line + "\n")) == "performance_report"


# --- a web page's item minutes under the "Minutes:" label -----------------------------------------

def test_an_item_minute_label_makes_minutes():
    # Cambridgeshire and Peterborough CA board, meeting 145 (a ModernGov page saved without its header)
    doc = _text("Venue: Peterborough Regional College, PE1 4DZ Contact: Alison Marston Email:\n"
                "Apologies for Absence To receive any apologies for absence; and to receive notification of "
                "substitutions. Minutes: No apologies were received for the meeting.\n")
    assert doc_type_of(doc) == "minutes"
    # Durham PCP item: "Precept Setting Consultation - Report of the ... Commissioner Minutes:"
    doc = _text("Agenda item\n\nPrecept Setting Consultation - Report of the Police, Crime and Victims' "
                "Commissioner Minutes:\n\nThe Panel considered a report of the Commissioner.\n")
    assert doc_type_of(doc) == "minutes"


def test_minutes_as_a_duration_or_on_an_agenda_and_minutes_page():
    # negative: a duration is no label; a ModernGov "Agenda and minutes" page stays an agenda pack
    doc = _text("Budget Consultation\n\nThe session will last 90 minutes: members should arrive early.\n")
    assert doc_type_of(doc) == "unknown"
    doc = _text("Agenda and minutes\n\nSurrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am\n\n"
                "APOLOGIES FOR ABSENCE\n\nMinutes:\n\nApologies were received from Councillor Bob Milton.\n")
    assert doc_type_of(doc) == "agenda_pack"


# --- web pages: ModernGov's "Media" tab -----------------------------------------------------------

def test_a_moderngov_media_tab_is_furniture():
    # Surrey PCP meeting page (2020): "Contact: ..." / "Media" / "Items" / "No. Item"
    doc = _text("Agenda and minutes\n\nVenue: Remote\n\nContact: Amelia Christopher, Email: a.c@example.gov.uk \n\n"
                "Media\n\nItems\nNo. Item\n")
    texts = [b.text for b in doc.blocks]
    assert "Media" not in texts and not any(t.endswith(" Media") for t in texts)
    assert any(t.startswith("Contact: Amelia Christopher") for t in texts)


def test_a_media_section_heading_stays():
    # negative: a report's section "Media" over its text is kept
    doc = _text("Communications\n\nMedia\n\nThe office issued 14 press releases in the quarter.\n")
    assert any(b.text == "Media" for b in doc.blocks)


# --- web pages: a police.uk page's lines read as Markdown -----------------------------------------

_POLICE_UK = (
    "Leave this site\n"
    "We use some essential cookies to make our website work. We'd like to set additional cookies so we can "
    "remember your preferences and understand how you use our site.\n"
    "Sorry, there was a technical problem. Please try again.\n"
    "Custody searched between January 2022 & 18th March 2025 for all custody records whereby the reason "
    "for arrest was either:\n"
    "In charge of motor vehicle - alcohol level above limit (recordable);\n"
    "Drive whilst unfit through drink (recordable)\n"
    "Year | Q1 | Q2 |\n---|---|---|\n2022 | 997 | 104 |\n")


def test_a_web_page_with_a_pipe_table_keeps_its_lines_apart():
    # Northamptonshire Police FOI 5890/25 (police.uk platform, as Cambridgeshire's and Kent's pages):
    # paragraphs one a line, no blank line between them, read as Markdown for the pipe table
    doc = load_text("p.txt", _POLICE_UK)
    assert doc.format == "markdown"
    texts = [b.text for b in doc.blocks if b.kind != "table"]
    assert "In charge of motor vehicle - alcohol level above limit (recordable);" in texts
    assert any(t.startswith("Custody searched between January 2022") and t.endswith("either:") for t in texts)


def test_a_wrapped_markdown_paragraph_stays_one():
    # negative: a converter's paragraph wrapped at a line width is one paragraph
    text = ("The Panel noted the report on the\nCommissioner's precept proposal for\n2024/25 and agreed the "
            "recommendation.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    doc = load_text("p.md", text)
    assert [b.text for b in doc.blocks if b.kind != "table"] == [
        "The Panel noted the report on the Commissioner's precept proposal for 2024/25 and agreed the "
        "recommendation."]


# --- the body: a letterhead's place ends in a name ------------------------------------------------

def test_a_line_ending_of_police_names_no_body():
    from extract.extractors.document import organisation_of
    # Hansard (26 February 2010): "Assaults on Police" heads the debate; City of London Police
    # committee item: "Report of the Commissioner of Police"
    assert organisation_of(_text("Assaults on Police\n\nVolume 506: debated on Friday 26 February 2010\n")) == ""
    assert organisation_of(_text("Agenda item\n\nHMICFRS Inspection Update\n\nReport of the Commissioner of Police\n"
                                 "\nMinutes:\n")) == ""
    # negative: a letterhead naming its place stays
    assert organisation_of(_text("Hertfordshire Constabulary\n\nFreedom of Information Request\n")) \
        == "Hertfordshire Constabulary"
    assert organisation_of(_text("Isle of Wight Council\n\nFreedom of Information Request\n")) == "Isle of Wight Council"


# --- a meeting's standard item or an agenda's part is no title; the title is above the items ------

def test_a_meeting_item_or_part_is_no_title():
    # Cheshire Fire Authority minutes page (2019): "Apologies for Absence" opens it; Tonbridge and
    # Malling (2010): "PART 1 - PUBLIC"; Durham CFA: "A1Declarations of interest"
    doc = _text("Apologies for Absence\n\nApologies for absence were received from Councillor Jonathan Parry.\n\n"
                "Chair's Announcements\n\nThe Chair asked Members to note the announcements.\n")
    assert title_of(doc) == ""
    doc = _pdf(Block("paragraph", "Meeting documents", 1), Block("heading", "PART 1 - PUBLIC", 1),
               Block("heading", "C 10/034 Election of Mayor", 1))
    assert title_of(doc) == "Meeting documents"
    doc = _pdf(Block("heading", "A1Declarations of interest", 1), Block("heading", "A2Chief Fire Officer's "
                                                                                   "commendations", 1))
    assert title_of(doc) == ""
    # the page's title above "Public Participation" (Cheshire PCP, 2 February 2018): the panel's name over its
    # date line under the "Agenda and minutes" banner (tests/test_meeting_excerpts8.py)
    doc = load(REAL / "panel_web_pages" / "cheshire_pcp_2018-02-02_agenda_and_minutes_excerpt.txt")
    assert title_of(doc) == "Cheshire Police and Crime Panel"


def test_a_title_above_the_items_stays():
    # negative: a title that only starts with an item's words
    doc = _pdf(Block("heading", "Declarations of Interest Policy Review", 1),
               Block("paragraph", "The Committee is asked to approve the revised policy.", 1))
    assert title_of(doc) == "Declarations of Interest Policy Review"
