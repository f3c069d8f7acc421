"""An agenda item's bare number and title ("4 Committee Briefing on ...", no full stop) on a line after a blank line
opens an item of its own: the text loader does not join it to the line above (web agendas and minutes of CMIS and
ModernGov councils, a slide transcript).  Each excerpt is quoted from the page named beside it; expected values come
from reading it.  The rule's other side: a number going on from a sentence broken off at a stop word, or a day of the
month, is still joined."""
from extract.extractors import figures
from extract.loaders import load_text
from extract.model import PARAGRAPH
from meeting_helpers import run


def _paragraphs(text: str) -> list[str]:
    doc = load_text("page.txt", text)
    return [b.text for b in doc.blocks if b.kind == PARAGRAPH]


def _items(text):
    return [(i.number, i.title, i.purpose) for i in run(text)["agenda_items"]]


# Norwich City Council, Planning applications committee, 10 September 2020 (cmis.norwich.gov.uk, Meeting/805)
NORWICH = """Meeting Details

    Planning applications committee
    10 Sep 2020 - 10:00

    Standard Items
    1 Apologies

    To receive apologies for absence
    2 Declarations of interest

    (Please note that it is the responsibility of individual members to declare an interest prior to the item if they arrive late for the meeting)
    3 pdf Minutes (233Kb)


    To approve the accuracy of the minutes of the meeting held on 13 August 2020

    4 Committee Briefing on Changes to the Planning System Use Classes and on the Planning White Paper


    Oral update for information.

    5 Planning applications
"""


def test_a_cmis_item_after_the_purpose_above_is_an_item_of_its_own():
    # (the loader joined "... held on 13 August 2020" and "4 Committee Briefing ...": item 3's purpose held item 4's
    # title and item 4 was lost)
    items = _items(NORWICH)
    assert ("3", "Minutes", "To approve the accuracy of the minutes of the meeting held on 13 August 2020") in items
    assert ("4", "Committee Briefing on Changes to the Planning System Use Classes and on the Planning White Paper",
            "Oral update for information.") in items
    assert [n for n, _t, _p in items] == ["1", "2", "3", "4", "5"]


def test_the_item_number_is_no_figure_of_the_purpose_above():
    # (the joined line gave a figure 4 "committee briefing" in item 3's purpose)
    rows = figures.extract(load_text("page.txt", NORWICH))
    assert not any("Committee Briefing" in (f.sentence or "") for f in rows)


# Flintshire County Council, Community & Housing Overview & Scrutiny Committee, 17 May 2023 (ModernGov issue page,
# cyfarfodydd.siryfflint.gov.uk ieIssueDetails)
FLINTSHIRE = """Meeting: 17/05/2023 - Community & Housing Overview & Scrutiny Committee (Item 5)

5 Forward Work Programme and Action Tracking pdf icon PDF 82 KB
"""

# Essex Police, Monthly Performance Update January 2019 (slide transcript; ../shared/real/panel_web_pages)
ESSEX = """1 Monthly Performance Update
Police and Crime Plan Monthly Performance Update January 2019 National and MSG positions are to 31st December 2018 (Essex Police data are to 31st January 2019). Version 1.3 Produced February 2019 Performance Analysis Unit, Essex Police Sensitivity: Official

2 Executive Summary All Crime has risen by 15.7%. Domestic Abuse (DA) has risen by 45.9%.
"""


def test_a_moderngov_item_title_is_not_joined_to_its_meeting_line():
    assert _paragraphs(FLINTSHIRE) == [
        "Meeting: 17/05/2023 - Community & Housing Overview & Scrutiny Committee (Item 5)",
        "5 Forward Work Programme and Action Tracking pdf icon PDF 82 KB"]


def test_a_numbered_slide_is_not_joined_to_the_slide_before():
    paras = _paragraphs(ESSEX)
    assert paras[-1] == "2 Executive Summary All Crime has risen by 15.7%. Domestic Abuse (DA) has risen by 45.9%."
    assert not any("Sensitivity: Official 2 Executive" in p for p in paras)


def test_a_number_going_on_from_a_stop_word_or_a_day_of_the_month_is_still_joined():
    # (the form of the Wiltshire highlight report, corpus/: "... 371 compared to" / blank / "259 MSFG average ...",
    # one sentence; here with a capitalised word after the number, so only the stop word keeps it joined)
    assert _paragraphs("The number of cases logged over the last twelve months was higher than expected compared to\n\n"
                       "259 Committee members across the region\n") == [
        "The number of cases logged over the last twelve months was higher than expected compared to "
        "259 Committee members across the region"]
    # a day of the month after a long line is the date the line goes on to, not an item numbered 13
    text = ("The Panel noted that the next meeting of the Police and Crime Panel would be held on Thursday\n\n"
            "13 August 2020 in the Council Chamber and that papers would be published a week before\n")
    assert _paragraphs(text) == [text.replace("\n\n", " ").strip()]
