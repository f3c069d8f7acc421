"""The documents row of other publishers' documents: the publisher named by its letterhead, an FOI
answer's force, a panel only when the document is the panel's (expected values from reading)."""
from pathlib import Path

import pytest

from extract.extractors.document import describe, organisation_of
from extract.loaders import load
from extract.model import Block, Document, Page

REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "real"


def _doc(*texts, kind="paragraph"):
    blocks = [t if isinstance(t, Block) else Block(kind, t) for t in texts]
    return Document(source="x.txt", sha256="0" * 64, format="text", pages=[Page(1, blocks=blocks)]).finish()


@pytest.mark.parametrize("lines, org", [
    # a body's name alone on a top line is its letterhead (Kent minutes, a Hertfordshire FOI table,
    # Hampshire committee papers, Chapel St Leonards parish minutes)
    (["KENT COUNTY COUNCIL", "CABINET", "MINUTES of a meeting of the Cabinet held in the Council Chamber"],
     "Kent County Council"),
    (["Hertfordshire Constabulary", "Reported Crimes Committed on Hospital Grounds/Premises"],
     "Hertfordshire Constabulary"),
    (["Contact: Sue Wade Performance Management Officer", "advertisement", "Hampshire Police Authority",
      "Performance Committee", "Item: 6"], "Hampshire Police Authority"),
    (["25 July 2022 Extraordinary Meeting", "CHAPEL ST LEONARDS COUNCIL",
      "MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING"], "Chapel St Leonards Council"),
    (["Anytown Borough Council", "Cabinet report"], "Anytown Borough Council"),
    # an FOI answer names the force holding the information
    (["Provision of information held by Northumbria Police made under the Freedom of Information Act 2000 "
      "(the 'Act')", "You asked:"], "Northumbria Police"),
    (["Dear Ms Robinson,", "FREEDOM OF INFORMATION REQUEST – FOI 1306/25",
      "I refer to your request for information received by Cumbria Constabulary on 15th September 2025."],
     "Cumbria Constabulary"),
    # a force's name at the top of its commissioner's paper: the commissioner's office is the publisher
    (["Anyshire Police", "Quarterly Performance Report", "Office of the Police and Crime Commissioner for Anyshire"],
     "Office of the Police and Crime Commissioner for Anyshire"),
    # a ModernGov meeting page's line names its body before the day
    (["Agenda and minutes", "Isle of Anytown County Council - Thursday, 18th July, 2024 10.00 am",
      "Venue: Council Chamber"], "Isle of Anytown County Council"),
    # a panel's own page
    (["Key points raised in the discussion:", "The Surrey Police and Crime Panel recommends that –"],
     "Surrey Police and Crime Panel"),
])
def test_publisher_named(lines, org):
    assert organisation_of(_doc(*lines)) == org


@pytest.mark.parametrize("lines", [
    # no place: a title, not a body
    ["COUNTY COUNCIL", "Thursday 13 March 2025", "Question by Paul Stepto to Rory Love,"],
    ["Fire and Rescue Authority", "3 May 2016"],
    ["Full Council", "Minutes"],
    # a title's words before "Council" are not a place
    ["Contact your Parish Council", "Budget Monitoring"],
    ["Full Parish Meeting of the Council", "Present: Cllr A Smith"],
    # a panel a report is addressed to, or a panel that approved someone else's proposal, is not the publisher
    ["27/2014: Precept Proposal for 2015/16 to the North Yorkshire Police and Crime Panel – 30 January 2015",
     "Executive Summary and recommendation"],
    ["Commissioner's precept proposal approved by Panel",
     "On Monday he presented his proposals for the police precept to the Humberside Police and Crime Panel."],
    # a force mentioned in prose is not the publisher; a force holding information outside an FOI answer
    ["The council works with Kent Police on community safety.", "Minutes of the meeting"],
    ["Figures are from information held by Northumbria Police.", "Budget report"],
    # a council's month after a dash heads a councillor's report about it, not the council's paper
    ["Planning", "Cherwell District Council - January 2026", "The January Planning Committee meeting included"],
    # a ModernGov line of a meeting of the council names no place
    ["Agenda and minutes", "Council - Thursday, 18th July, 2024 10.00 am"],
    # a body in a sentence of the first lines is not a letterhead
    ["This report provides a briefing on Kent County Council’s work to support the Armed Forces community."],
])
def test_body_mentioned_is_not_the_publisher(lines):
    assert organisation_of(_doc(*lines)) == ""


@pytest.mark.parametrize("path, org, doc_type", [
    ("kent_cc/kcc_council_2025-02-13_printed_minutes.pdf", "Kent County Council", "minutes"),
    ("police_force_foi/hertfordshire_constabulary_foi_hospital_crimes_2019-24.pdf", "Hertfordshire Constabulary",
     "unknown"),
    ("police_force_foi/cumbria_constabulary_foi_1306-25_hospital_crimes_2025-10-13.pdf", "Cumbria Constabulary",
     "unknown"),
    # a Kent report naming Kent County Council in its summary prose has no letterhead: left empty
    ("kent_cc/kcc_armed_forces_covenant_annual_report_2024.pdf", "", "unknown"),
    # the questions of a County Council meeting name no place in their heading
    ("kent_cc/kcc_council_2025-03-13_questions_and_answers.pdf", "", "unknown"),
])
def test_real_documents_row(path, org, doc_type):
    rec = describe(load(REAL / path, max_pages=2))  # the row is read from the first blocks
    assert rec.organisation == org
    assert rec.doc_type == doc_type


def _title(*blocks):
    return describe(_doc(*blocks)).title


def test_front_matter_title_is_its_quoted_value():
    # a Markdown page's front matter flattened into its first line (Norfolk parish pages)
    assert _title(Block("paragraph", 'title: "Northwold PC AGM 2016" date: "2016-08-18" categories:'),
                  Block("bullet", '"northwold"'), Block("paragraph", "Councillors present: Cllr. R. Crisp")) \
        == "Northwold PC AGM 2016"
    # a quoted title elsewhere is not front matter
    assert _title(Block("heading", "Budget Report 2024"),
                  Block("paragraph", 'title: "Other" was the old name')) == "Budget Report 2024"


@pytest.mark.parametrize("blocks, title", [
    # a section heading is never the title; the title is what comes before the first section
    ([Block("paragraph", "Financial Reporting 2017/18 - Quarter 1"), Block("paragraph", "Key information"),
      Block("heading", "1. Introduction and background"), Block("heading", "2. Issues for consideration")],
     "Financial Reporting 2017/18 - Quarter 1"),
    ([Block("table", "From:\tDeputy Leader"), Block("paragraph", "Classification: Unrestricted"),
      Block("heading", "1. Introduction"), Block("heading", "2. External context")], ""),
    ([Block("heading", "Purpose of the Report"), Block("heading", "Alternative Options Considered")], ""),
    ([Block("paragraph", "Author and Job Role: Kelvin Menon – Treasurer"), Block("heading", "Background"),
      Block("heading", "Revenue Forecast")], ""),
    # a ModernGov items table's header is not a title
    ([Block("heading", "No. | Item |"), Block("paragraph", "Apologies for Absence Minutes: none.")], ""),
    # a web page's contact link is not a title; a monitoring report's line is
    ([Block("paragraph", "Contact your Parish Council"), Block("paragraph", "Policy & Resources Committee"),
      Block("paragraph", "12 February 2020"),
      Block("paragraph", "3rd Quarter Budget & Performance Monitoring Report 2019/20")],
     "3rd Quarter Budget & Performance Monitoring Report 2019/20"),
    # once the text has begun, a short line of it is not the title
    ([Block("paragraph", "We recognise some community frustration with the 101 system and have been working on it."),
      Block("paragraph", "Service on the 999 line is strong")], ""),
    # a short line before the text still is
    ([Block("paragraph", "101 call performance improves again"),
      Block("paragraph", "Waiting times and call attrition have been reducing month on month.")],
     "101 call performance improves again"),
])
def test_title_is_not_a_section_or_a_sentence(blocks, title):
    assert _title(*blocks) == title
