"""The documents row, round 6 (texts of panels, commissioners, councils and fire authorities in
/work/wt/audit14-deliv14): a ModernGov agenda item page's title under its "Agenda item" banner, an
item's label or purpose is no title, and a commissioner's report on delivering the Police and Crime
Plan is a performance report. Expected values are read from the excerpts quoted."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load_text


def _row(text, name="page.txt"):
    return describe(load_text(name, text))


@pytest.mark.parametrize("text, title", [
    # Durham County Council (Durham Police and Crime Panel), mgAi.aspx?ID=11935: the text loader runs the
    # minute under the title on; the title is the line under the banner
    ("Agenda item\n\nBudget Monitoring - 2013/14 - Report of the Police and Crime Commissioner\n\n"
     "The Panel considered a report of the Police and Crime Commissioner (PCC) which provided details of the "
     "performance of the 2013/14 revenue and capital budgets (for copy see file of Minutes).\n",
     "Budget Monitoring - 2013/14 - Report of the Police and Crime Commissioner"),
    # Leicestershire County Council (Police and Crime Panel), mgAi.aspx?ID=87353: a title ending in a full stop
    ("Agenda item\n\nPolice and Crime Plan Delivery Update (Quarter 2).\n\nMinutes:\n\n"
     "The Panel considered a report of the Police and Crime Commissioner (PCC) which provided an update in "
     "relation to the delivery of the 2025-29 Police and Crime Plan as at the end of Quarter 2 2025/26.\n",
     "Police and Crime Plan Delivery Update (Quarter 2)."),
    # Hampshire County Council (Hampshire and Isle of Wight Police and Crime Panel), mgAi.aspx?ID=59091: the
    # item's purpose under the title is no part of it
    ("Agenda item\n\nPolice and Crime Commissioner - Police and Crime Plan Performance and Delivery\n\n"
     "To receive a quarterly update from the Police and Crime Commissioner detailing performance of and delivery "
     "against the Police and Crime Plan, with a spotlight on Community Crimes that Matter.\n\nMinutes:\n\n"
     "The Commissioner addressed a question raised by the Panel in advance of the meeting.\n",
     "Police and Crime Commissioner - Police and Crime Plan Performance and Delivery"),
    # Barnsley MBC, mgAi.aspx?ID=54262 (read before too)
    ("Agenda item\n\nAnnual Governance Statement - Action Plan Update\n\nMinutes:\n\n"
     "The Head of Internal Audit, Anti-Fraud and Assurance submitted a report supporting the updated Action Plan "
     "relating to the issues identified following the Annual Governance Review for 2020/21.\n",
     "Annual Governance Statement - Action Plan Update"),
])
def test_an_agenda_item_pages_title_is_the_line_under_its_banner(text, title):
    assert _row(text).title == title


def test_the_minutes_first_sentence_under_the_banner_leaves_the_title_to_the_text():
    # London Borough of Havering (cabinet), mgAi.aspx?ID=7435: the minute's first sentence is no title; the
    # heading of the report's summary further down still is
    text = ("Agenda item\n\nCabinet reviewed and noted the report\n\nCouncillor Roger Ramsey, Leader of the Council, "
            "introduced the report\n\nQuarter 4 2013/14 - Performance Summary\n\nThe report set out the performance "
            "of the Council's Corporate Performance Indicators for Quarter 4 (January to March 2014) 2013/14.\n")
    assert _row(text).title == "Quarter 4 2013/14 - Performance Summary"


@pytest.mark.parametrize("text", [
    # City of London Corporation, mgAi.aspx?ID=13226
    "Agenda item\n\nApologies were received from Mark Boleat, Helen Marshall, Alderman Neil Redcliffe and Deputy "
    "Richard Regan.\n\nThe Chairman welcomed those present to the meeting.\n",
    # Buckinghamshire and Milton Keynes Fire Authority, mgAi.aspx?ID=25861: an item's purpose
    "Agenda item\nTo consider item 6\nThe Head of Technology, Transformation and PMO advised Members that there "
    "were three papers being presented today relating to HMICFRS.\n",
])
def test_a_sentence_or_a_purpose_under_the_banner_is_no_title(text):
    assert _row(text).title == ""


def test_an_items_label_is_no_title():
    # Derbyshire Fire & Rescue Service, GPWG 20 November 2023: "OPEN INFORMATION ITEM 7" labels the paper
    text = ("HMICFRS culture review recommendations and actions\n\nOPEN INFORMATION ITEM 7\n\n"
            "1. Purpose of Report\n\n  1. To inform GPWG Members of the progress made against the HMICFRS report "
            "into values and culture in fire and rescue services.\n")
    assert _row(text).title == "HMICFRS culture review recommendations and actions"


@pytest.mark.parametrize("text", [
    # Dorset Police and Crime Panel, 31 January 2019
    "Dorset Police and Crime Panel\n\nPolice & Crime Plan Monitoring Report – Q3 2018/19\n\n"
    "Vulnerability;Prevention;\n",
    # Hampshire OPCC, April 2019
    "Police and Crime Plan Delivery Progress Update April 2019\n\nPage 1\n\n"
    "Police and Crime Plan Delivery Progress Update April 2019\n",
])
def test_a_police_and_crime_plan_monitoring_or_delivery_report_is_a_performance_report(text):
    assert _row(text).doc_type == "performance_report"


@pytest.mark.parametrize("text, kind", [
    # an agenda's item naming such a report stays an agenda (the banner comes first)
    ("Agenda\n\n1. Apologies\n\n2. Police and Crime Plan Monitoring Report\n", "agenda_pack"),
    # the plan itself is no report on it (Cleveland PCC's decision page)
    ("Police and Crime Plan\n\nThe Police and Crime Plan is a statutory document setting out the objectives of "
     "and resources available to the Police and Crime Commissioner for Cleveland.\n", "unknown"),
])
def test_other_papers_naming_the_plan_keep_their_kind(text, kind):
    assert _row(text).doc_type == kind
