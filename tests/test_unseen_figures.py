"""Narrative figures on the kinds of narrative met beyond dashboards: Police and
Crime Panel minutes, agenda packs, precept reports, PCC newsletters and annual
reports of any English or Welsh force.

Each case is one sentence as such documents print it and the exact figure
records it must give (value_raw, value, unit, role, and where the sentence
states them: period, subject, metric), or none at all."""
from __future__ import annotations

import pytest

from extract.extractors.figures import extract
import handmade
from extract.model import Block, Document, Page

ANY = object()   # a field the case does not assert


def make_doc(*texts: str, heading: str = "Report of the Commissioner", kind: str = "paragraph",
             period_line: str | None = None) -> Document:
    return handmade.make_doc(*texts, heading=heading, kind=kind, period_line=period_line,
                             source="unseen.txt", sha256="cd" * 32)


def figs(text: str, **kw):
    return extract(make_doc(text, **kw))


# --------------------------------------------------------------------------
# numbers that are not figures
# --------------------------------------------------------------------------

NOT_FIGURES = [
    # a strict bound is not the value, and a figure has no field to say so (auditf)
    "Officers made more than 1,000 arrests during the operation.",
    # minute, item and paragraph numbers
    "PCP 23/45 The Panel noted the report.",
    "Minute 12 was amended to reflect the Chair's comments.",
    "Minutes 12 to 15 were approved as a correct record.",
    "Minute No. 45 was agreed without amendment.",
    "Item 7: Proposed Precept 2024/25.",
    "The item was discussed under agenda item 7b.",
    "45.1 The Commissioner introduced the report.",
    "Items 5-8 were deferred to the next meeting.",
    # legislation, schedules, regulations, paragraphs
    "Under the Police Reform and Social Responsibility Act 2011 the Panel must review the proposed precept.",
    "Schedule 6 to the Act sets out the process for a veto.",
    "Under Section 28 of the Act the Panel may make reports to the Commissioner.",
    "Regulation 7(2) of the Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012 applies.",
    "Under section 28(6) of the Act the Panel reviewed the draft plan.",
    "As set out in paragraph 3.4 of the report, the Panel may veto the precept.",
    "Para 4.2 refers to the estates strategy.",
    "In accordance with Rule 12 of the Panel Arrangements the item was taken in private.",
    "Recommendations 1, 2 and 4 were accepted by the Commissioner.",
    "The Commissioner referred to recommendation 3 of the HMICFRS report.",
    "Details are set out at Appendix 2.",
    # dates and times in every form
    "The minutes of the meeting held on Tuesday 5 March 2024 at 10.00 am were agreed as a correct record.",
    "The report was circulated on 5/3/24.",
    "The Chief Constable attended the meeting on 12.03.2024.",
    "The budget for the 2024/25 financial year was discussed.",
    "The FY24/25 plan was approved.",
    "Performance in Q3 was discussed.",
    "In Q3 2023/24 the force launched a new app.",
    "The next meeting will take place on the 3rd of May.",
    "The Panel will meet on Monday, 4th March 2024 at 2pm.",
    "The meeting started at 10:30 and ended at 12.45pm.",
    "The pilot runs from 1st April to 30th September.",
    "The annual report for 2022/23 was presented.",
    "The Panel noted the update on PEEL 2023-25.",
    # places, contacts, codes
    "Councillor Smith represents Ward 14 on the council.",
    "Members of the public can call 01225 123456 for more information.",
    "Contact the office on 0300 123 4567 or 07700 900123.",
    "Write to the Office of the PCC, London Road, Devizes SN10 2DN.",
    "Please email pcc@example.police.uk or visit www.example-pcc.gov.uk/2024 for details.",
    "The Panel met in Room 1.2 at County Hall.",
    # labels, versions, operations
    "Band D council tax was discussed.",
    "The Panel considered version v2.1 of the Police and Crime Plan.",
    "Operation Sceptre 2 targeted knife crime across the county.",
    "Operation Sceptre 2 and Op Encompass 3 were discussed.",
    "The project is in Phase 2 of delivery.",
    # groups named by age, round-the-clock services, phone services
    "The scheme supports young people aged 10-17 at risk of offending.",
    "The youth commission engaged with 16-24 year olds across the county.",
    "The control room operates 24/7.",
    "The force responds 24/7, 365 days a year.",
    "Officers provide one-to-one support to victims.",
    "Non-emergency calls should be made to 101 and emergencies to 999.",
    "Call NHS 111 if you need medical help.",
    # page ranges
    "The report is on pages 21-44 of the agenda pack.",
    "Pages 15 to 27 contain the appendices.",
    # quantities in words: no figure
    "Nearly half of all victims reported the crime online.",
    "Knife crime increased by a third.",
    "Shoplifting has doubled since 2019.",
    "Two thirds of respondents felt safe in their neighbourhood.",
    "Avon and Somerset is the second lowest force for crime rate.",
    "About a quarter of calls to 101 were abandoned.",
    "Over the last 12 to 24 months confidence has improved.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert [(r.value_raw, r.sentence) for r in figs(text)] == []


def test_heading_numbers_are_never_figures():
    recs = extract(make_doc("The Panel noted the report.", heading="3. Finance and Budget 2024/25"))
    assert recs == []
    recs = figs("3. Finance and Budget")
    assert recs == []


# --------------------------------------------------------------------------
# figures to get right: exact records
# --------------------------------------------------------------------------

# (sentence, [(value_raw, value, unit, role, period_type, period_start, period_end, subject, metric), ...])
# ANY: not asserted; None: must be empty
CASES = [
    # precept and budget money
    ("The proposal represents a £13 increase per Band D property.",
     [("£13", 13, "gbp", "change", None, None, None, None, "precept")]),
    ("The Band D precept will be £278.55 a year.",
     [("£278.55", 278.55, "gbp", "level", None, None, None, None, "precept")]),
    ("The precept rises by 4.99% in 2024/25.",
     [("4.99%", 4.99, "percent", "change", "financial_year", "2024-04-01", "2025-03-31", None, "precept")]),
    ("The Commissioner proposed a precept increase of £13 for a Band D property, taking it to £291.55.",
     [("£13", 13, "gbp", "change", None, None, None, None, "precept"),
      ("£291.55", 291.55, "gbp", "level", None, None, None, None, "precept")]),
    ("The force has a budget of £1.2bn.",
     [("£1.2bn", 1.2e9, "gbp", "level", None, None, None, None, "budget")]),
    ("The capital programme totals £25.3 million.",
     [("£25.3 million", 25.3e6, "gbp", "level", None, None, None, None, "capital programme")]),
    ("A further £450k has been allocated to the Violence Reduction Unit.",
     [("£450k", 450000, "gbp", "level", None, None, None, None, None)]),
    # a bound ("up to", "over") is no plain value, an approximation ("around") is
    ("Grants of up to £2,500 are available to community groups.", []),
    ("The force must deliver savings of £3.6m over four years.",
     [("£3.6m", 3.6e6, "gbp", "level", None, None, None, None, "savings")]),
    ("The precept will increase by £15 a year for a Band D property, equivalent to 29p a week.",
     [("£15", 15, "gbp", "change", None, None, None, None, "precept"),
      ("29p", 0.29, "gbp", "change", None, None, None, None, "precept")]),
    ("Council tax for a Band D property will rise to £265.73, an increase of £10.",
     [("£265.73", 265.73, "gbp", "level", None, None, None, None, "precept"),
      ("£10", 10, "gbp", "change", None, None, None, None, "precept")]),
    ("The Commissioner's budget for 2024/25 is £152.3m, an increase of 6.2% on 2023/24.",
     [("£152.3m", 152.3e6, "gbp", "level", "financial_year", "2024-04-01", "2025-03-31", None, "budget"),
      ("6.2%", 6.2, "percent", "change", "financial_year", "2024-04-01", "2025-03-31", None, "budget")]),
    ("The precept for policing will be £245.08 for a Band D property in 2024/25, up £13 or 5.6%.",
     [("£245.08", 245.08, "gbp", "level", "financial_year", "2024-04-01", "2025-03-31", None, "precept"),
      ("£13", 13, "gbp", "change", "financial_year", ANY, ANY, None, "precept"),
      ("5.6%", 5.6, "percent", "change", "financial_year", ANY, ANY, None, "precept")]),
    ("The force's reserves stand at £12.4m, 8% of the net revenue budget.",
     [("£12.4m", 12.4e6, "gbp", "level", None, None, None, None, "reserves"),
      ("8%", 8, "percent", "share", None, None, None, None, ANY)]),
    ("The PCC has awarded £1.2 million to 45 community projects.",
     [("£1.2 million", 1.2e6, "gbp", "level", None, None, None, None, None),
      ("45", 45, "count", "level", None, None, None, None, "community projects")]),
    # headcounts
    ("The force now has 1,196 FTE officers.",
     [("1,196", 1196, "count", "level", None, None, None, None, "fte officers")]),
    ("The force received an uplift of 49 officers.",
     [("49", 49, "count", "change", None, None, None, None, "officers")]),
    ("There are 300 PCSOs working across the county.",
     [("300", 300, "count", "level", None, None, None, None, "pcsos")]),
    ("The number of PCSOs has fallen by 20 since 2019.",
     [("20", -20, "count", "change", "other", "2019-01-01", None, None, "number of pcsos")]),
    # counts with words
    ("Over 200 calls were received by the helpline.", []),
    ("Around 60 volunteers support the scheme.",
     [("60", 60, "count", "level", None, None, None, None, "volunteers")]),
    ("There were 2,345 fewer victims of crime this year.",
     [("2,345", -2345, "count", "change", "other", None, None, None, "victims")]),
    # ratios and rates
    ("The force recorded 58.61 crimes per 1,000 population.",
     [("58.61", 58.61, "count", "level", None, None, None, None, "crime rate")]),
    ("1 in 5 victims said they were not kept informed.",
     [("1 in 5", 0.2, "ratio", "share", None, None, None, None, ANY)]),
    # ranks
    ("The force is ranked 3rd of 8 in the MSG for victim satisfaction.",
     [("3rd", 3, "count", "rank", None, None, None, None, "victim satisfaction")]),
    ("West Mercia is ranked 12th nationally for crime outcomes.",
     [("12th", 12, "count", "rank", None, None, None, None, "crime outcomes")]),
    ("The force was placed 5th out of 43 forces nationally for charge rates.",
     [("5th", 5, "count", "rank", None, None, None, None, "charge rate")]),
    # time
    ("Officers attended 85% of emergency calls within 10 minutes.",
     [("85%", 85, "percent", "share", None, None, None, "Immediate", ANY),
      ("10 minutes", 600, "seconds", "target", None, None, None, "Immediate", ANY)]),
    ("Immediate calls were attended in an average of 2 hours 15 minutes.",
     [("2 hours 15 minutes", 8100, "seconds", "level", None, None, None, "Immediate", "average response time")]),
    # a time limit in days is a target figure; reconcile's arithmetic ignores targets, so
    # "96 were finalised within 28 days (45%)" still checks 96 against its total
    ("Victims should be contacted within 28 days.",
     [("28", 28, "count", "target", None, None, None, None, ANY)]),
    ("Victims waited an average of 28 days for a charging decision.",
     [("28", 28, "count", "level", None, None, None, None, ANY)]),
    ("The average time to answer 101 calls was 4 minutes 32 seconds, against a target of 3 minutes.",
     [("4 minutes 32 seconds", 272, "seconds", "level", None, None, None, "101", "average wait time"),
      ("3 minutes", 180, "seconds", "target", None, None, None, "101", ANY)]),
    ("The force attended 94.3% of emergency incidents within the 15-minute urban target.",
     [("94.3%", 94.3, "percent", "share", None, None, None, "Immediate", ANY),
      ("15-minute", 900, "seconds", "target", None, None, None, "Immediate", ANY)]),
    ("Average 999 answer times were 6 seconds against an SLA of 10 seconds.",
     [("6 seconds", 6, "seconds", "level", None, None, None, "999", ANY),
      ("10 seconds", 10, "seconds", "target", None, None, None, "999", ANY)]),
    # changes stated many ways
    ("There was a 12% reduction in burglary.",
     [("12%", -12, "percent", "change", None, None, None, "Residential Burglary", None)]),
    ("Victim satisfaction was down 4.3 percentage points.",
     [("4.3 percentage points", -4.3, "percentage_points", "change", None, None, None, None, "victim satisfaction")]),
    ("Burglary fell by 8% compared with the previous year.",
     [("8%", -8, "percent", "change", "change_12_months", None, None, "Residential Burglary", None)]),
    ("Theft from the person rose 15 per cent year on year.",
     [("15 per cent", 15, "percent", "change", "change_12_months", None, None, None, "theft from the person")]),
    ("Anti-social behaviour incidents reduced by 1,204 (−9.8%) in the 12 months to September 2023.",
     [("1,204", -1204, "count", "change", "change_12_months", "2022-10-01", "2023-09-30", "ASB", ANY),
      ("−9.8%", -9.8, "percent", "change", "change_12_months", "2022-10-01", "2023-09-30", "ASB", ANY)]),
    ("Officer numbers have risen by 12.5% since March 2020.",
     [("12.5%", 12.5, "percent", "change", "other", "2020-03-01", None, None, "officer numbers")]),
    ("Domestic abuse arrests increased by 17% (from 1,204 to 1,409).",
     [("17%", 17, "percent", "change", None, None, None, "DA", "arrest volume"),
      ("1,204", 1204, "count", "level", None, None, None, "DA", "arrest volume"),
      ("1,409", 1409, "count", "level", None, None, None, "DA", "arrest volume")]),
    ("Confidence in local policing stands at 68%, a fall of 2 percentage points.",
     [("68%", 68, "percent", "level", None, None, None, None, "confidence in local policing"),
      ("2 percentage points", -2, "percentage_points", "change", None, None, None, None, ANY)]),
    ("Burglary in Swindon fell 14%, while in the County it rose by 3%.",
     [("14%", -14, "percent", "change", None, None, None, ANY, ANY),
      ("3%", 3, "percent", "change", None, None, None, "County", None)]),
    ("The proportion of victims satisfied fell from 78% to 72%.",
     [("78%", 78, "percent", "level", None, None, None, None, "victim satisfaction"),
      ("72%", 72, "percent", "level", None, None, None, None, "victim satisfaction")]),
    ("The proposal was carried by 7 votes to 3.",
     [("7", 7, "count", "level", None, None, None, None, "votes"),
      ("3", 3, "count", "level", None, None, None, None, ANY)]),
    # shares
    ("74% of victims were satisfied with the service they received.",
     [("74%", 74, "percent", "share", None, None, None, None, "victim satisfaction")]),
    ("Of the 450 people surveyed, 62% said they felt safe walking alone after dark.",
     [("450", 450, "count", "level", None, None, None, None, "people surveyed"),
      ("62%", 62, "percent", "share", None, None, None, None, ANY)]),
    # targets
    ("The force aims to answer 999 calls within the target of 90%.",
     [("90%", 90, "percent", "target", None, None, None, "999", ANY)]),
    ("101 calls have an SLA of 30 seconds.",
     [("30 seconds", 30, "seconds", "target", None, None, None, "101", ANY)]),
    # periods
    ("In the 12 months to March 2024 there were 4,120 burglaries.",
     [("4,120", 4120, "count", "level", "rolling_12_months", "2023-04-01", "2024-03-31", "Residential Burglary", "burglaries")]),
    ("During 2023/24 the force recorded 52,345 crimes.",
     [("52,345", 52345, "count", "level", "financial_year", "2023-04-01", "2024-03-31", None, "crimes")]),
    ("Between April and June 2023, 1,234 incidents were recorded.",
     [("1,234", 1234, "count", "level", "quarter", "2023-04-01", "2023-06-30", None, "incidents")]),
    ("Between April and June, 1,234 incidents were recorded.",
     [("1,234", 1234, "count", "level", "quarter", None, None, None, "incidents")]),
    ("Hate crimes rose 7.4% between April and June 2023 compared with the same period in 2022.",
     [("7.4%", 7.4, "percent", "change", "quarter", "2023-04-01", "2023-06-30", "Hate Crime", None)]),
    ("Last year 312 drink drivers were arrested.",
     [("312", 312, "count", "level", "other", None, None, None, "drink drivers")]),
    ("This quarter 45 knives were surrendered.",
     [("45", 45, "count", "level", "quarter", None, None, None, "knives")]),
    ("Over the past year, the force has recruited 276 new officers.",
     [("276", 276, "count", "level", "rolling_12_months", None, None, None, "new officers")]),
    ("The charge rate has improved to 7.1%, up from 5.9% last year.",
     [("7.1%", 7.1, "percent", "level", None, None, None, None, "charge rate"),
      ("5.9%", 5.9, "percent", "level", "other", None, None, None, "charge rate")]),
    ("Knife crime fell by 11% in the year ending June 2023.",
     [("11%", -11, "percent", "change", "change_12_months", "2022-07-01", "2023-06-30", "Knife Crime", None)]),
    ("In 2023, officers seized 142 knives.",
     [("142", 142, "count", "level", "calendar_year", "2023-01-01", "2023-12-31", None, "knives")]),
    ("The Panel noted that 1,109 complaints were logged, an increase of 4% on the previous year.",
     [("1,109", 1109, "count", "level", None, None, None, "Complaints", "complaints"),
      ("4%", 4, "percent", "change", "change_12_months", None, None, "Complaints", None)]),
    # numbers next to non-figures keep their own meaning
    ("Since Minute 12 the force has made 1,210 arrests.",
     [("1,210", 1210, "count", "level", None, None, None, None, "arrest volume")]),
    ("Calls to 101 were answered in 1 minute 30 secs on average.",
     [("1 minute 30 secs", 90, "seconds", "level", None, None, None, "101", ANY)]),
]


FIELDS = ("value_raw", "value", "unit", "role", "period_type", "period_start", "period_end", "subject", "metric_text")


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_unseen_sentences(text, expected):
    recs = figs(text)
    got = [tuple(getattr(r, f) for f in FIELDS) for r in recs]
    assert len(got) == len(expected), got
    for g, e, r in zip(got, expected, recs):
        assert r.sentence[r.char_start:r.char_end] == r.value_raw, r
        for name, gv, ev in zip(FIELDS, g, e):
            if ev is ANY:
                continue
            if name == "value":
                assert gv == pytest.approx(ev), (name, g)
            else:
                assert gv == ev, (name, g)
        if r.period_type is None:
            assert r.period_start is None and r.period_end is None and not r.period_inherited


def test_case_count():
    sentences = len(NOT_FIGURES) + len(CASES)
    assert sentences >= 80, sentences


# --------------------------------------------------------------------------
# periods: stated, inherited, or left empty
# --------------------------------------------------------------------------

def test_period_inherited_only_when_the_sentence_states_none():
    q = "October - December 2023"
    r = figs("Officers made 412 arrests for drug supply.", period_line=q)[0]
    assert (r.period_type, r.period_start, r.period_end, r.period_inherited) == (
        "quarter", "2023-10-01", "2023-12-31", 1)
    # "last year" is not the report's quarter: never inherited
    r = figs("Last year officers made 412 arrests for drug supply.", period_line=q)[0]
    assert (r.period_type, r.period_start, r.period_end, r.period_inherited) == ("other", None, None, 0)
    # "this quarter" is the report's quarter
    r = figs("This quarter officers made 412 arrests for drug supply.", period_line=q)[0]
    assert (r.period_type, r.period_start, r.period_end) == ("quarter", "2023-10-01", "2023-12-31")
    # "last quarter" is not
    r = figs("Last quarter officers made 412 arrests for drug supply.", period_line=q)[0]
    assert (r.period_type, r.period_start, r.period_end) == ("quarter", None, None)


def test_this_quarter_of_a_three_month_report_not_aligned_to_quarters():
    r = figs("During this quarter the Commissioner attended 12 public engagements.", period_line="MAR-MAY 2023")[0]
    assert (r.period_type, r.period_start, r.period_end) == ("other", "2023-03-01", "2023-05-31")


def test_since_dates_only_a_change():
    recs = figs("Since April 2023 satisfaction has risen by 3.1% to 79%.")
    a, b = recs
    assert (a.value, a.role, a.period_type, a.period_start, a.period_end) == (3.1, "change", "other", "2023-04-01", None)
    assert (b.value, b.role) == (79, "level")
    assert b.period_type is None
    # a year-on-year change keeps its 12-month period
    r = figs("Satisfaction has improved since January 2023 = 75.5% (+0.7% pts year-on-year).")[1]
    assert (r.value_raw, r.period_type) == ("+0.7% pts", "change_12_months")


# --------------------------------------------------------------------------
# dashboard tiles: a value under a label line that is not a heading
# --------------------------------------------------------------------------

def test_tile_value_takes_the_label_right_above_it():
    blocks = [Block("heading", "Victim Voice", page=1, line=1, level=1),
              Block("heading", "Investigation (4 months)", page=1, line=2, level=3),
              Block("paragraph", "69.2%", page=1, line=3),
              Block("paragraph", "Kept informed of progress (4 months)", page=1, line=4),
              Block("paragraph", "61.6%", page=1, line=5),
              Block("heading", "Response Time (4 months)", page=1, line=6, level=3),
              Block("paragraph", "81.4%", page=1, line=7)]
    d = Document("tiles.txt", "ef" * 32, "text", pages=[Page(1, blocks=blocks)]).finish()
    recs = {r.value_raw: r for r in extract(d)}
    assert (recs["69.2%"].metric_text, recs["69.2%"].section) == ("investigation", "Investigation (4 months)")
    assert (recs["61.6%"].metric_text, recs["61.6%"].section) == (
        "kept informed of progress", "Kept informed of progress (4 months)")
    # a percent is not a response time: the heading's words, not its measure
    assert recs["81.4%"].metric_text == "response time"


def test_tile_label_is_not_a_sentence():
    blocks = [Block("heading", "Outcomes", page=1, line=1, level=1),
              Block("paragraph", "The force improved its positive outcome rate.", page=1, line=2),
              Block("paragraph", "14.2%", page=1, line=3)]
    d = Document("tiles2.txt", "ef" * 32, "text", pages=[Page(1, blocks=blocks)]).finish()
    r = extract(d)[0]
    assert r.section == "Outcomes" and r.metric_text != "the force improved its positive outcome rate."
