"""Header and cell words the measure families recognise (status, target, change, total
rows, money scales, dimensions).  Word lists only; no parsing."""

from __future__ import annotations

import re


_TREND_WORDS = re.compile(
    r"(?:increasing|decreasing|stable|flat|rising|falling|upward|downward|"
    r"no (?:significant )?(?:trend|change)|not significant|steady|static|"
    r"improving|deteriorating|n/?a)", re.IGNORECASE)

_DELIVERABLE_WORDS = re.compile(
    r"^(?:actions?|date due|due date|due|progress|deliverables?(?: progress)?|owner|"
    r"milestones?|outcomes achieved this quarter|lead|lead officer|responsible officer|"
    r"location|venue|provisional agenda items|acronyms?|abbreviations?|glossary|terms?|"
    r"definitions?|meaning|pages?|page (?:no\.?|number)|(?:agenda )?items?(?: no\.?| number)?|"
    r"names?|roles?|present|apologies|attendance|attended|attendees?|members?|councillors?|"
    r"e-?mail(?: address)?|tel(?:ephone)?(?: no\.?| number)?|phone|contacts?(?: details)?|address|"
    r"risks?(?: description)?|likelihood|impact|mitigations?|report author)$", re.IGNORECASE)
# a status / RAG column does not make a table a non-measure table when a column names a
# period or the label column is headed "Measure" / "Indicator"
_STATUS_WORDS = re.compile(r"^(?:status|rag|rag status|rag rating)$", re.IGNORECASE)

_DASH_WORDS = re.compile(r"\b(?:measure|trend|exceptions?|weighting)\b", re.IGNORECASE)

_PERIOD_TYPES_DASH = ("month", "rolling_3_months", "rolling_12_months", "change_12_months")
_CANONICAL = _PERIOD_TYPES_DASH

_SPLY = re.compile(r"^(?:sply|same period last year|previous year|last year|prior year)$",
                   re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    r"%|\b(?:change|proportion|total|count|volume|number|rate|yoy|excluding|share|"
    r"percent(?:age)?|per cent|ratio|average time|median|mean|trend|value)\b",
    re.IGNORECASE)

_CHANGE_HDR = re.compile(r"\bchange\b|\bvs\.?\b|\bdifference\b|\byoy\b|year[- ]on[- ]year", re.IGNORECASE)

_STATUS_HDR = re.compile(
    r"\b(?:rag|status|rating|grade|assessment|comments?|commentary|narrative|notes?|explanation|"
    r"direction of travel|trend|on track|judgement|rationale)\b", re.IGNORECASE)
_TARGET_HDR = re.compile(r"\b(?:target|aim|ambition|goal|threshold|baseline|benchmark)s?\b", re.IGNORECASE)
_CHANGE_COL = re.compile(r"\bchange\b|\bdiff(?:erence)?\b|\byoy\b|year[- ]on[- ]year|\bvs\.?(?=\s|$)|"
                         r"\+\s*/\s*-|±|\bincrease\s*/\s*decrease\b", re.IGNORECASE)
_DELTA_COL = re.compile(r"\bvariance\b|\bvar\.?(?=\s|$)", re.IGNORECASE)
_PREV_HDR = re.compile(r"\b(?:sply|same period last year|previous|prior|last year|pytd|ly)\b", re.IGNORECASE)
_METRIC_HDR = re.compile(
    r"(?:performance |key performance |outcome |police and crime plan )?(?:measures?|indicators?|metrics?|kpis?)"
    r"(?: name)?|description|(?:performance )?measure description", re.IGNORECASE)
_DIMENSION_HDR = re.compile(
    r"(?:(?:crime|offence|incident)s?(?: (?:sub[- ]?)?(?:type|group|category|classification)s?)?|"
    r"(?:crime |offence |incident |asb )?(?:type|category|categories|group|classification)s?"
    r"(?: of (?:crime|offence|incident)s?)?|"
    r"(?:local |policing |local policing |community safety |local authority |geographic(?:al)? )?"
    r"(?:area|district|division|region|locality|sector|ward|neighbourhood|partnership|borough|lpa|csp)s?|"
    r"forces?|departments?|directorates?|services?|teams?|units?|"
    r"(?:budget|expenditure|cost|spend|income)(?: (?:line|area|head|heading|category|type|centre))?s?|"
    r"(?:subjective|objective)(?: (?:analysis|heading|area))?|areas? of (?:spend|expenditure)|"
    r"(?:victim|offender|age|ethnic) ?(?:group|type|category|band)s?|ethnicity|gender|sex|"
    r"sub-?codes?|call types?)", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"(?:grand |overall |sub-?)?totals?:?", re.IGNORECASE)
_MONEY_SCALE = re.compile(
    r"£\s*['’]?\s*(?P<s>000s?|k|mn|m|bn|thousands?|millions?|billions?)(?![a-z0-9])|\(\s*£\s*\)|£(?=\s*\)|\s*$)",
    re.IGNORECASE)
_SCALES = {"000": 1e3, "000s": 1e3, "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6,
           "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9}
_RATE_HDR = re.compile(
    r"\bper\s+(?:1|10|100)?,?000\b|\bper\s+(?:1|10|100)\s*k\b|"
    r"\bper\s+(?:one |ten |a |one hundred |hundred )?thousand\b|\bper\s+(?:head|capita)\b", re.IGNORECASE)
_OWN_SCALE = re.compile(r"\d\s*(?:k|m|mn|bn|million|billion|thousand)\b", re.IGNORECASE)
_WHO_NOT = re.compile(
    r"£|\b(?:budget|forecast|variance|actual|outturn|spend|target|baseline|position|rank(?:ing)?|per|"
    r"status|rag|crimes?|arrests?|offences?|incidents?|calls?|outcomes?|victims?)\b", re.IGNORECASE)

