"""The spans of a text that are never figures: dates, times, reference and item numbers, ages, phone
numbers, two-digit financial years, "Fatal 4" ... (:func:`_exclusions`); a number found inside one is left
out by the quantity scan (quantities._scan) and the date readers."""
from __future__ import annotations

import re

from .core import MONTH, WEEKDAY_NAME, _WN
from .scan_speed import compile_exclusions, spans as _excl_spans

# (applied to cleaned text, as the quantity grammar)
_YEAR4 = r"(?:19|20)\d\d"
_EXCL_PATTERNS = (
    [
        # dates: 14 December 2023, 14th and 17th September, Thursday 14 Dec
        rf"\b\d{{1,2}}[ \t]?(?:st|nd|rd|th)?(?:[ \t]*(?:,|and|&|-|to)[ \t]*\d{{1,2}}[ \t]?(?:st|nd|rd|th)?)*[ \t]*(?:of[ \t]+)?{MONTH}(?:[ \t,]+{_YEAR4}\b|[ \t]+'?\d\d\b(?![:.]))?",
        # ("In December 1,034 crimes": a month then a count with a thousands comma is no date)
        rf"\b{MONTH}[ \t]+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?[ \t]+{_YEAR4})?\b(?![:.]\d|,\d{{3}}\b|[ \t]*(?:%|per))",
        # months with years: Jul-24, Jul-2024, October 2023, Oct 23
        rf"\b{MONTH}[ \t]*(?:[-/'][ \t]*\d{{2,4}}|[’‘]\d\d)\b",   # (a curly mark only glued to two digits: "Apr ’20")
        rf"\b{MONTH}[ \t,]+{_YEAR4}\b",
        # numeric dates
        r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)\b",
        r"\b\d{4}-\d\d-\d\d\b",
        # times of day
        r"\b\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])",
        r"\b\d{1,2}[:.]\d\d[ \t]*(?:hrs|hours|h)\b(?!\s*\d)",
        r"(?<![\d:])(?<!averaged )(?<!average )(?<!averaging )(?<!median )(?<!mean )(?<!average of )"
        r"(?<!median of )(?<!mean of )(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:\d]|[ \t]*(?:mins?|minutes|hrs?|hours)\b)",
        # year ranges and financial years
        r"\bFY[ \t]*\d\d(?:\d\d)?(?:[ \t]*[/-][ \t]*\d\d(?:\d\d)?)?\b",
        rf"\b{_YEAR4}[ \t]*[-/][ \t]*(?:\d\d){{1,2}}\b",
        # ratios / 24/7 / fractions
        r"\b\d+[ \t]*/[ \t]*\d+\b",
        # labels: Priority 2, Agenda Item 7, Pages 21 - 44, Section 136 ...
        r"\b(?:priority|priorities|item|items|page|pages|pp\.|p\.|paragraph|paragraphs|para|paras|"
        r"appendix|annex|annexe|section|sections|chapter|schedule|article|clause|"
        r"round|phase|tier|table|figure|fig\.|chart|slide|step|stage|room|(?-i:Building|Floor|Block|Suite)|"
        r"version|v\.|no\.|number|ref|reference|recommendation|aim|objective|"
        r"question|level|class|category|cat|grade|band|wave|cohort|week|"
        # Scotland's crime groups ("Group 1 to 5 crimes": Police Scotland, Highland Council); the Met's seven
        # neighbourhood crimes ("the MOPAC 7 targets": Bromley's police updates)
        r"group|(?-i:MOPAC)|"
        # a budget monitoring month ("the month 6 budget monitoring report": Cardiff's and Devon's cabinets), a
        # paragraph pointed to in brackets ("(see 2.2)": Devon)
        # (a month's own number, 1 to 12, never after "last", "a", "each" ...: "last month 12 arrests were made")
        r"(?<!\blast )(?<!\bthis )(?<!\bnext )(?<!\ba )(?<!\bper )(?<!\beach )(?<!\bevery )(?<!\bprevious )"
        r"(?<!\bsame )month(?=[ \t]*(?:1[0-2]|[1-9])\b)|(?<=\()see|"
        r"outcome|type|supplement|exhibit|form|box|line|column|row|area|zone|sector|"
        r"ward|unit|team|op|operation|protocol|project|regulation|rule|part|option|"
        r"pillar|workstream|strand|tranche|milestone|sprint|scenario|principle|criterion|theme|lot|kpi|kpis|indicator|"
        # ("HC Deb 18 February 1998 vol 306", "Example 1: ...", "Standing Order 9.4"; not "for example 30 ...")
        r"vol\.?|(?<!for )example|(?<=standing )order|"
        # a statutory instrument's number: "Regulations 2004, S.I. 3244" (West Midlands Police FOI answers)
        # (read from its "I.": a label is tried only at a word then its number, scan_speed._LOOKAHEAD)
        r"(?-i:(?<=\bS\.)I\.|(?<=\bS\.[ \t])I\.)|"
        # plurals naming several labels: "Recommendations 1, 2 and 4", "Regulations 7 and 8"
        r"recommendations|regulations|schedules|articles|clauses|chapters|rules|phases|stages|options|"
        r"questions|steps|tiers|levels|grades|objectives|aims|outcomes|appendices|annexes|tables|figures|"
        r"charts|slides|rounds|versions|parts|lots|themes|pillars|workstreams|strands|tranches|milestones|"
        r"principles|criteria|scenarios|projects|operations|wards|zones|sectors|categories|types|groups)[ \t]*\d+(?:\.\d+)*[a-z]?"
        # sub-divisions glued to the number: "Regulation 7(2)", "section 28(6)(b)"
        r"(?:\((?:\d{1,3}|[a-z]{1,4})\))*"
        r"(?:(?:[ \t]*(?:-|to|and|&)[ \t]*|,[ \t]+)\d+(?:\.\d+)*[a-z]?(?:\((?:\d{1,3}|[a-z]{1,4})\))*)*\b(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent))",
        # a school year / plan year "Year 9", "year 2 of the plan" (1-13 only; never "last year 312 ...")
        r"(?<!\blast )(?<!\bthis )(?<!\bnext )(?<!\bpast )(?<!\bper )(?<!\ba )(?<!\beach )(?<!\bthat )"
        r"(?<!\bevery )(?<!\bprevious )(?<!\bfinancial )(?<!\bcalendar )(?<!\bsame )(?<!\bone )"
        r"\byears?[ \t]*(?:1[0-3]|[1-9])\b(?:[ \t]*(?:-|to|and|&)[ \t]*(?:1[0-3]|[1-9])\b)*(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent))",
        # quarter labels: "Quarter 2", "Q3", "Quarters 1 and 2" (1-4 only; "this quarter 45 knives" is a count)
        r"\b(?:quarters?|q)[ \t]*[1-4]\b(?:[ \t]*(?:-|to|and|&)[ \t]*[1-4]\b)*(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent))",
        # minute numbers of a meeting: "Minute 12", "Minutes 12 to 15", "minute no. 45" (never the
        # minutes of a duration: "1 minute 30 secs", "3-minute 40 secs")
        r"(?<![\d.][ \t])(?<![\d.-])\bminutes?[ \t]+(?:no\.?[ \t]*)?\d+(?:\.\d+)*[a-z]?"
        r"(?:(?:[ \t]*(?:-|to|and|&)[ \t]*|,[ \t]+)\d+(?:\.\d+)*[a-z]?)*\b(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent|secs?\b|seconds?\b))",
        # a number with glued sub-divisions is a provision, never a figure: "28(6)", "4(1)(b)"
        r"(?<![\d.,])\b\d+[a-z]?(?:\((?:\d{1,3}|[a-z]{1,4})\))+",
        # age bands naming a group: "16-24 year olds", "10 to 17 year-olds", "18-25s"
        r"\b\d+[ \t]*(?:-|to)[ \t]*\d+(?:[ \t-]*(?:year[ \t-]*olds?|yrs?[ \t-]*olds?|years?[ \t]+of[ \t]+age)\b|s\b)",
        # round-the-clock idioms: "24 hours a day", "7 days a week", "365 days a year"
        r"\b(?:24[ \t]+hours?[ \t]+(?:a|per)[ \t]+day|7[ \t]+days?[ \t]+(?:a|per)[ \t]+week|365[ \t]+days?[ \t]+(?:a|per)[ \t]+year)\b",
        r"\btwenty[ \t-]*four[ \t-]+hours?[ \t]+(?:a|per)[ \t]+day\b",
        r"\b(?:op|operation)\.?[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]+\d+\b",
        # codes: PIP2, SN1 2JH, Q2, A303, M4
        r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b)",
        # phone numbers
        r"(?<![\d,.])(?:\+44[ \t]?\(?0?\)?[ \t]?|\b0)\d{2,4}[ \t-]?\d{3,4}[ \t-]?\d{3,4}\b",
        r"\b0[1-9]\d{8,9}\b",
        r"\b0800[ \t]?\d{3}[ \t]?\d{3,4}\b",
        r"(?<![\d,.£])\b(?:101|999|111)\b(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent))",
        # denominators: per 1,000 population
        r"\bper[ \t]+\d{1,3}(?:,?\d{3})*\b",
        # period phrases: last 12 months, 12-month, 3 months to, "the last 3 financial years" (an FOI question)
        r"\b(?:rolling|last|past|previous|preceding|prior|next|first|coming|over[ \t]+the|in[ \t]+the|within[ \t]+the)[ \t]+\d+(?:[ \t]*(?:-|to|or|and)[ \t]*\d+)?[ \t-]*(?:(?:calendar|financial)[ \t]+)?(?:months?|weeks?|years?|days?|quarters?)\b",
        # "within 12 months": a period length.  ("within 28 days" is a figure: the figures extractor
        # gives it role target - a time limit - and reconciliation's arithmetic leaves targets out)
        r"\bwithin[ \t]+\d+[ \t-]*(?:calendar[ \t]+|working[ \t]+)?(?:months?|weeks?|years?|quarters?)\b",
        r"\b\d+-(?:month|week|year|day|quarter|hour)s?\b",
        # (and in words: "a two-hour meeting", "a twenty-four-hour service")
        rf"{_WN}-(?:month|week|year|day|quarter|hour)s?\b",
        # a time span in months / weeks / quarters / years is a period
        # length, not a figure: "(4 months = 61.6%)", "over 4 months", "18
        # months ahead", "appointed for 12 months", "2 years" (days stay
        # counts: "waited 11 days")
        # (never the tail of a count: "38,112 year to date")
        r"(?<![\d,.])\b\d+[ \t]+(?:month|week|year|quarter)s?\b(?![ \t]*(?:%|per[ \t-]?cent\b|percent\b)|[ \t-]+to[ \t-]+date\b)",
        r"\b\d+[ \t]+months?[ \t]+(?:to|ending|up[ \t]+to)\b",
        # paragraph labels at line start: "4.10 The ...", "1. Prevent crime"
        r"^[ \t]*#+[ \t]*(?:\*\*)?[ \t]*\d{1,3}(?:\.\d{1,3})*\.?(?=[ \t]|$)",
        r"(?-i:^[ \t#>*-]*\d{1,3}\.(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?)?(?=[ \t]+[A-Z(\"']))",
        r"^[ \t#>*-]*\d{1,3}\.(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?)?[ \t]*$",
        # URLs, e-mail addresses, file names
        r"(?:https?://|www\.)[^\s<>)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w/-]+\.(?:pdf|docx?|xlsx?|html?|csv)\b",
        # ages: aged 13-17, age 16
        r"\bage[ds]?[ \t]+(?:between[ \t]+)?\d+(?:[ \t]*(?:-|to|and)[ \t]*\d+)?\b",
        r"\(\d+[ \t]+months?\)",
        # dotted leaders "..... 3" (table of contents page numbers)
        r"\.{3,}[ \t]*\d+\b",
        # star ratings: "5*", "4* - Prompt", "5-star", "4.5 stars" (a single
        # '*' after a larger number is a footnote marker: kept)
        r"(?<![\d.,])\b[0-5](?:\.\d)?(?:[ \t]?\*(?!\*)|[ \t]?-?[ \t]?stars?\b)",
        # the unit label of a scaled money column: "Budget £000", "£'000"
        r"£[ \t]*'?000(?![\d,.])",
        # (added last: scan_speed keys its prefilters by the place of a pattern in this list)
        # the size of a linked file: "pdf icon PDF 238 KB" (ModernGov pages), "(PDF, 1.2MB)"
        r"\b(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv)\b[ \t,:]*\d+(?:\.\d+)?[ \t]*(?:kb|mb|gb)\b",
        # a page footer run into the text: "Page 1 of 16"
        r"\bpages?[ \t]+\d+[ \t]+of[ \t]+\d+\b",
        # a percentile names a statistic, never a rank: "the 95th percentile waiting time"
        r"\b\d{1,2}(?:st|nd|rd|th)[ \t-]+percentiles?\b",
        # a number opening a line before a capitalised word is an item, a footnote or a house
        # number: "46 101 Update", "5 Financial Report", "1 NCA Cyber Crime Assessment ...", "24 Birch
        # Green - ..." (ModernGov item lines, parish agendas); "2 FTE vacancies" (an acronym) stays
        r"(?-i:^[ \t]*\d{1,3}[a-z]?(?=[ \t]+(?:\d{1,3}[ \t]+)?[A-Z][a-z]))",
        # reference numbers and codes: an FOI answer's "Reference: 045-22", "Enquiry Reference:
        # 398 - 24", "Our ref 1234/23", a Home Office offence code "HO code 08805", an agenda's
        # "Agenda Item: 5.0" / "Item: 6", "COVID-19" (Avon and Somerset, Cleveland, Hampshire FOIs
        # and papers)
        r"\b(?:ref(?:erence)?\.?(?:[ \t]+(?:no|number)\.?)?[ \t]*[:#]?[ \t]*(?:[a-z]{1,4}[ \t]?[/-][ \t]?)?\d+"
        r"(?:[ \t]*[-/][ \t]*\d+)*|ho[ \t]+codes?[ \t]*(?:of[ \t]+)?[:#]?[ \t]*\d+(?:[ \t]*[/.][ \t]*\d+)*|"
        r"(?:agenda[ \t]+)?items?[ \t]*:[ \t]*\d+(?:\.\d+)*[a-z]?|covid[ \t-]*19)\b",
        # a UK phone number of a five-digit area code and six digits: "(01962 814857)"
        r"(?<![\d,.])\b0\d{3,4}[ \t]?\d{5,6}\b",
        # a whole number printed with a leading zero is a code, never a count: a phone number cut
        # off at its area code "Officer 01293", a reference's "321-09" (as parse_number reads cells);
        # never a clock's or a duration's part ("00:12:21", "60 min 06 sec")
        # (written to open with its literal "0": the search jumps from "0" to "0")
        r"0(?<=\b0)(?<![\d,.:]0)\d+\b(?![.,:]\d|[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b)",
        # a reference code after "Ref:" / "Reference code:": "Reference code: PCD 279", "[Ref: IOS 321-09]"
        r"\bref(?:erence)?\.?(?:[ \t]+(?:code|no|number)\.?)?[ \t]*[:#][ \t]*(?-i:[A-Z]{2,5})[ \t]?\d+(?:[ \t]*[-/][ \t]*\d+)*\b",
        # a numbered rule or paragraph with "No": "Council Procedure Rule No 8.5", "Standing Order No. 12"
        r"\b(?:rule|regulation|order|section|paragraph|item|minute|decision)[ \t]+no\.?[ \t]*\d+(?:\.\d+)*[a-z]?\b",
        # a budget-monitoring period label: "Month 3", "(as at month 4)", "Quarter one (period 3)"
        # (never "last month 12 ...", "the period 8 burglaries ...")
        r"(?<!\blast )(?<!\bthis )(?<!\bnext )(?<!\beach )(?<!\bper )(?<!\ba )(?<!\bevery )(?<!\bprevious )"
        r"(?<!\bsame )(?<!\bone )(?<!\bthat )(?<!\bthe )\b(?:month|period)[ \t]*(?:1[0-3]|0?[1-9])\b"
        r"(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent))",
        # a meeting's timing: "(7.55 – 8.00 pm)"
        r"\b\d{1,2}[.:]\d\d[ \t]*(?:-|–|to)[ \t]*\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])",
        # an ellipsis leader before a page number: "1 Introduction………2"
        r"…+[ \t]*\d+\b",
        # a note's label: "(1) Under section 89(1) ...", a "(1)" alone on its line (a spreadsheet's
        # notes saved as HTML; a bulletin's page marker)
        # (after a number or at a line's start only: "For (14) Mr Baker ..." is a vote)
        r"(?-i:\((?:(?<=^\()|(?<=\d[ \t]\())\d{1,2}\)(?=[ \t]+[A-Z][a-z])|(?<=^\()\d{1,2}\)[ \t]*$)",
        # a spreadsheet date: "Post on 31-Mar-2018", "01-Apr-23", "from 1-Jan to 31-Mar"
        rf"\b\d{{1,2}}-{MONTH}(?:-(?:\d{{4}}|\d\d))?(?![\w-])",
        # a row's item number in a cell of its own: "... for 2022/23); | 2. | £32,709,480 | ..."
        r"\|[ \t]*\d{1,3}\.[ \t]*(?=\||$)",
        # a paper code with a bracketed year: "Papers MPC(23)127.03"
        # (its numbers only, opening with the literal "(": the search jumps from "(" to "(")
        r"(?-i:\((?<=[A-Z][A-Z]\()(?<![a-z][A-Z][A-Z]\()\d{1,4}\)\d+(?:\.\d+)*[a-z]?)",
        # a dotted sub-number after a plan word is an item label, never a value ("Output 2.2 - Youth
        # Services", "Action 4.1 Deliver ..."): dotted only, so "output 4 times" and "2.5%" stay figures
        r"\b(?:outputs?|actions?|activit(?:y|ies)|deliverables?|commitments?|goals?|kpis?)[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*"
        r"(?:(?:[ \t]*(?:-|to|and|&)[ \t]*|,[ \t]+)\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)*\b"
        r"(?![,.]\d|[ \t]*(?:%|per[ \t-]?cent|percent|million|m\b|bn\b|k\b|times\b|fold\b))",
        # a building's number in a street address: "Venue: 70 Redcliff Street", "10 Downing Street"
        r"(?-i:\b\d{1,4}[a-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Street|Road|Lane|Avenue|Place|Square|Crescent|Terrace)\b)",
        # a phone number with its area code in brackets: "Preston (01772) 866908", "Gray(01296)
        # 383610" (agenda front sheets, panel pages): its local part is no count
        r"\(0\d{2,4}\)[ \t]?\d{3,4}[ \t-]?\d{2,4}\b",
        # a day after a weekday's name in a list of dates: "on Tuesday 21 and Thursday 23 January
        # 2025" (the 23 is dated by its month; the 21 was a count)
        rf"\b{WEEKDAY_NAME},?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?=[ \t]*(?:,|and\b|&|or\b|to\b|-|–)[ \t]*"
        rf"(?:{WEEKDAY_NAME}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}))",
        # a code of capitals, a point and digits: "ENV.03 – to achieve ...", "CS.4" (plan and KPI
        # references); never a number of a sentence ("in the UK. 5 of these": a space follows)
        r"(?-i:(?<![\w.])[A-Z]{2,5}\.\d{1,3}[a-z]?\b(?![.,]\d|[ \t]*(?:%|per[ \t-]?cent)))",
        # a financial year written with a backslash: "36% (2022\23)" -- "23" is no count
        r"\b(?:19|20)\d\d\\\d\d\b",
        # a minute's number, then the number of the minute it refers to, opening a line: "136.1
        # 122.5 There was discussion ..." (parish minutes)
        r"(?-i:^[ \t]*\d{1,3}\.\d{1,2}[ \t]+\d{1,3}\.\d{1,2}(?=[ \t]+[A-Z(]))",
        # a rate's base after "for every" / "for each" (as "per 1,000" above): "4.8 residential burglaries
        # ... for every 1,000 people", "for each 100,000 residents"
        r"\bfor[ \t]+(?:every|each)[ \t]+1(?:00|,?000|0,?000|00,?000)\b(?![,.]\d)",
        # a scale's end point being explained: "100% means all were on time, 0% means none were"
        r"(?<![\d,.])\d{1,3}(?:\.\d+)?[ \t]*%(?=[ \t]+means\b)",
        # a provision of an Act with its subsections and paragraphs in brackets, spaced or listed:
        # "Section 1 (1) (a)" (Cleveland Police FOI answers), "sections 1(1), (2) and (6)", "sections 3(2),
        # (3), (5) and (14)" (Scottish Information Commissioner decisions): "(2)" is no count
        # (or "38(1)(a) and (5)", "47(1) and (2)" in a list of them: its first subsection glued to it)
        r"(?:\b(?:sections?|secs?\.?|subsections?|regulations?|regs?\.?|articles?|schedules?|paragraphs?|paras?\.?)"
        r"[ \t]*\d{1,3}[A-Z]?(?:[ \t]*\((?:\d{1,3}|[a-z]{1,4})\))+|\b\d{1,3}[A-Z]?(?:\((?:\d{1,3}|[a-z]{1,4})\))+)"
        r"(?:(?:[ \t]*(?:,|and|&|or)[ \t]*)+\((?:\d{1,3}|[a-z]{1,4})\)(?:[ \t]*\((?:\d{1,3}|[a-z]{1,4})\))*)*",
        # the number of a note, report, paper or decision as a heading's label, a colon on either side of
        # it: "Note 1: Year to date variable variances ...", "NOTE 1: Corporate savings target ..." (Bath and
        # North East Somerset budget monitors), "Decision 14-2013: Budget Monitoring Report ..." (Cleveland
        # PCC), a cover sheet's "Report: 7 Date: 12 July 2001" (Metropolitan Police Authority); never a
        # clock's "12:30", nor a count after the colon ("Notes: 12 of ...": a number glued to the word only)
        r"\b(?:notes?|reports?|papers?|decisions?)(?:[ \t]+(?:no\.?[ \t]*)?\d{1,3}[a-z]?(?:[ \t]*[-/][ \t]*\d{2,4})?"
        r"(?=[ \t]*:(?![ \t]*\d))|[ \t]*:[ \t]*\d{1,3}[a-z]?(?=[ \t]+(?-i:[A-Z][a-z]+)[ \t]*:))",
        # a webcast's timestamp: "Priority Two - Make Policing More Visible (01:41:18 on recording)" (Dorset
        # Council panel minutes), "(at 1:02:30 of the webcast)", "webcast at 00:45:10": the place in the
        # recording an item starts, never a time measured
        r"\b\d{1,2}:[0-5]\d(?::[0-5]\d)?(?=[ \t]*(?:on|in|of|into)[ \t]+(?:the[ \t]+)?(?:webcast|recording|video|"
        r"livestream|broadcast)\b)|\b(?:webcast|recording|video|livestream)[ \t]+(?:at|from)[ \t]+"
        r"\d{1,2}:[0-5]\d(?::[0-5]\d)?\b",
    ]
)
# each pattern is applied on its own so that one exclusion never hides another
# (compiled with prefilters that never change a match: see scan_speed)
_EXCL_RES = compile_exclusions(_EXCL_PATTERNS)


# two-digit financial years "22-23", "22/23": the second year follows the first
_FY2_RE = re.compile(
    r"(?<![\w.,/£+\-])(?P<a>\d\d)[ \t]*(?P<sep>[-/])[ \t]*(?P<b>\d\d)\b"
    r"(?![.,]?\d|[-/]\d|[ \t]*%|[ \t]*(?:per[ \t-]?cent|percent|points?|pts|pp|mins?|minutes|secs?|seconds|"
    r"hours?|hrs?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE)
# (a part of every match, led by a digit: searched far faster; performance only; no digit follows
# the first two in a match, so "(?!\d)" only stops a try sooner)
_FY2_NEED = re.compile(r"\d\d(?!\d)[ \t]*[-/][ \t]*\d\d")
# a financial year with a one-digit second year, "since 2006-7" (Luton Today on Bedfordshire's PCC), "2008-9": the
# second year follows the first (its "7" is no count)
_FY1_RE = re.compile(r"\b(?:19|20)\d(?P<a>\d)-(?P<b>\d)\b(?![.,]?\d|[ \t]*(?:%|per[ \t-]?cent|percent))", re.IGNORECASE)
# "Fatal 4" / "Fatal 5" (Fatal Four / Fatal Five: the national road-safety
# offence groups) are names; inside a casualty-severity list ("Fatal 23,
# Serious 232, Slight 1,629") each number is the category's count.
_FATAL_NAME_RE = re.compile(r"\bfatal[ \t]+(?:4|5)\b(?![,.]\d)", re.IGNORECASE)
_SEVERITY_LIST_RE = re.compile(r"\b(?:serious(?:ly)?(?:[ \t]+injur\w*)?|slight(?:ly)?(?:[ \t]+injur\w*)?|ksi)[ \t]*[:=]?[ \t]*\d", re.IGNORECASE)


def _exclusions(clean: str) -> list[tuple[int, int]]:
    spans = _excl_spans(_EXCL_RES, clean)
    for m in (_FY2_RE.finditer(clean) if _FY2_NEED.search(clean) else ()):
        a, b = int(m["a"]), int(m["b"])
        if b == (a + 1) % 100:
            spans.append((m.start(), m.end()))
    for m in (_FY1_RE.finditer(clean) if "-" in clean else ()):
        if int(m["b"]) == (int(m["a"]) + 1) % 10:
            spans.append((m.start(), m.end()))
    for m in (_FATAL_NAME_RE.finditer(clean) if "fatal" in clean.lower() else ()):
        near = clean[max(0, m.start() - 60):m.end() + 60]
        if not _SEVERITY_LIST_RE.search(near):
            spans.append((m.start(), m.end()))
    return spans


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        if s < b and a < e:
            return True
    return False
