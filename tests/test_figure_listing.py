"""Agenda and minutes listings run into one sentence (extract/extractors/figures/listing.py): their item
and page numbers are no figures.  Excerpts of agenda front sheets of three publishers (a police and crime
panel, a commissioner's resources meeting, a force's contents page) and a talk's agenda, as they were
scraped: one line.  Expected values come from reading them; the negative tests keep real figures."""
from __future__ import annotations

import pytest

from extract.extractors import figures
from extract.extractors.figures import listing
from extract.loaders import load_text


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in figures.extract(load_text("page.txt", "Agenda\n\n" + text + "\n"))]


PANEL_AGENDA = (
    "NOTTINGHAMSHIRE POLICE AND CRIME PANEL Monday, 15 June 2015 at 14:00 County Hall, AGENDA 1 Election of "
    "Chairman 2 Election of Vice -Chairman 3 Minutes of last meeting held on 20 April 2015 5 - 12 4 Apologies "
    "for Absence 5 Declarations of Interests by Members and Officers 6 Rules of Procedure 13 - 22 7 Work "
    "Programme 23 - 28 8 Review of Membership - Balanced Appointment Objective 29 - 32 9 Police and Crime "
    "Plan 12 Month Monitoring Report and 33 - 128 Commissioner's Annual Report 2014-15 Page 1 of 136")
RESOURCES_AGENDA = (
    "STRATEGIC RESOURCES & PERFORMANCE MEETING Wednesday 4 November 2020 at 11.15 am Virtual Meeting by "
    "Microsoft Teams A G E N D A 1 Apologies for absence 2 Minutes of the previous meeting held on 18th "
    "September 2020 3 Public Protection and Safeguarding 4 Modern Slavery 5 Cyber-enabled Crime and Keeping "
    "People Safe Online 6 Missing from Home Update 7 Equality Diversity and Human Rights Update")
CONTENTS = (
    "1 Introduction………2 2 Stop and search ... 5 3 Best Use of Stop and Search 20 4 Arrests ... 26 5 Other "
    "PACE powers ... 39 6 Fixed penalty notices and other outcomes for motoring offences ... 42")


@pytest.mark.parametrize("text", [PANEL_AGENDA, RESOURCES_AGENDA, CONTENTS])
def test_item_and_page_numbers_of_a_listing_are_no_figures(text):
    assert listing.is_listing(text)
    assert _raws(text) == []


def test_an_item_number_opening_a_heading_in_capitals_is_no_figure():
    assert _raws("6 DECLARATIONS OF INTEREST BY INDIVIDUAL MEMBERS IN RELATION TO ANY ITEM OF BUSINESS "
                 "ON THE AGENDA") == []


def test_money_and_percentages_in_a_listing_are_still_figures():
    text = ("AGENDA 1 Apologies for Absence 2 Declarations of Interest 3 Proposed Precept 2016-17: an "
            "increase of £5 or 3.6% 4 Police and Crime Plan Update 5 Work Programme")
    assert listing.is_listing(text)
    assert _raws(text) == ["£5", "3.6%"]


@pytest.mark.parametrize("text", [
    # a table by force flattened into a line: its numbers are values, not items counting up by one
    "Police force area Notifiable offences per officer Avon and Somerset 49 10 Bedfordshire 53 -5 "
    "Cambridgeshire 49 25 Cheshire 37 22 Cleveland 55 9 Cumbria 36 11 Derbyshire 42 12 Devon 41 13",
    # counts with capitalised nouns, too close together to be an agenda's items
    "In the quarter there were 3 Arrests, 4 Charges, 5 Cautions and 6 Summonses across the county.",
    # minutes numbered in one sentence of their own are not a listing of four
    "11 Welcome and apologies for absence Appropriate representatives attended as substitutes 12 "
    "Declarations of interests None.",
])
def test_numbers_that_are_not_a_listing_keep_their_figures(text):
    assert not listing.is_listing(text)


def test_a_plain_sentence_keeps_its_figures():
    assert _raws("Burglary fell by 12% to 1,234 in the year to March 2023.") == ["12%", "1,234"]


#: Hertfordshire Constabulary's FOI answer on crimes at hospitals (a 2019-24 table of about 4,500
#: incidents: row number, financial year, crime type, outcome), converted to text without its columns
RECORDS = ("9 2019/2020 SEXUAL OFFENCES Type 15 - Named Suspect - Evidential Difficulties\n"
           "10 2019/2020 VIOLENCE AGAINST THE PERSON Type 16 - Named Suspect - Victim Unsupportive\n"
           "11 2019/2020 VIOLENCE AGAINST THE PERSON Type 16 - Named Suspect - Victim Unsupportive\n"
           "999 2020/2021 THEFT Type 18 - No Suspect Identified\n"
           "1000 2020/2021 ARSON AND CRIMINAL DAMAGE Type 16 - Named Suspect - Victim Unsupportive\n")


def test_row_numbers_of_a_record_listing_are_no_figures():
    # each line opens with a row number followed by a year; lines run together count up by one
    assert _raws(RECORDS) == []
    assert listing.is_listing("Unsupportive 10 2019/2020 VIOLENCE AGAINST THE PERSON Type 16 - Named "
                              "Suspect 11 2019/2020 THEFT")
    assert listing.is_heading_number("7 03/04/2021 Theft from a motor vehicle", 0)


@pytest.mark.parametrize("text,raws", [
    # a count before a year with its noun is kept; two dated numbers that do not count up are no listing
    ("There were 883 crimes in 2019/2020 and 996 crimes in 2020/2021.", ["883", "996"]),
    ("The panel met 4 times in 2023 and 6 times in 2024.", ["4", "6"]),
])
def test_counts_beside_years_are_still_figures(text, raws):
    assert sorted(_raws(text)) == sorted(raws)
