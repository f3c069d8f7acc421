"""Reconciliation on unseen-style reports of other forces (synthetic, written the way analysts write).

Six highlight/performance report sections in the Markdown a converter produces (``#`` headings,
tab-separated dashboard tables, "Data Summary" bullets) for forces and topics the corpus does not have:
burglary and robbery, 999/101 contact, Emergency/Priority/Scheduled response, RASSO / knife crime /
stop and search, roads and victim satisfaction, ASB / custody / complaints.  Each plants known
disagreements (a wrong value, a flipped sign, the median reported as the average, a 12-month figure that
is the month cell, a sum that does not add up, "X of Y (Z%)" wrong) among many agreements, empty cells and
sub-areas without rows.  The whole pipeline runs on them (loader -> measures, figures -> reconcile) and
the tests assert: every planted mismatch is found with its reason; nothing else is a mismatch; every
consistent check agrees at the stated precision; empty cells and absent rows are unverifiable or
unchecked; the figures records of the tricky sentences are right.
"""
from __future__ import annotations

import pytest

from extract.extractors import figures as F
from extract.extractors import measures as M
from extract.loaders import load
from extract.reconcile import reconcile

A_BURGLARY = """\
# Northshire Police and Crime Commissioner

Quarterly Performance Report July – September 2024

# Residential Burglary

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Sep-2024	3 Months to Sep-2024	12 Months to Sep-2024	12 Months to Sep-2023 vs. 12 Months to Sep-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Crime Volume: Residential Burglary	~~~~~	412	1,198	5,432	3.2%	Increasing		4
Crime Volume: Residential Burglary - North	~~~~~	187	540	2,410	-2.5%	Decreasing		4
Crime Volume: Residential Burglary - South	~~~~~	225	658	3,022	8.1%	Increasing	Three-Month High	12
Positive Outcome Rate: Residential Burglary	~~~~~	6.8%	7.1%	6.4%	1.2% points	Increasing		10
Arrests: Residential Burglary	~~~~~	41	118		-6.0%	Decreasing		4

# NOW WHAT? (What action do we need to take? Or are taking?)

- Operation KEYSTONE 3 continues in the South sector with 24/7 patrols.

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Residential burglary crime volumes for September 2024 were 412, with the rolling 12-month volume of 5,432 being 3.2% higher than the previous 12 months.
- The year-on-year increase is driven by South +8.1%, while North saw a reduction of 2.5%.
- The burglary positive outcome rate for the rolling 12 months was 6.8%, up 1.2% points year-on-year.
- Burglary arrests in the 12 months to September 2024 fell by 6% year on year.
- Burglary in the Central sector fell 4% year on year.
- Compared with the national average of 18%, the proportion of burglaries with a suspect identified remains low at 11%.
- Our MSG position is 3rd of 8 forces for burglary volumes.
- There were over 1,000 burglary-related calls for service in the quarter.

# Robbery

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Sep-2024	3 Months to Sep-2024	12 Months to Sep-2024	12 Months to Sep-2023 vs. 12 Months to Sep-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Crime Volume: Robbery	~~~~~	58	171	702	-12.1%	Decreasing	Eight-Month Low	16
Charge Rate: Robbery	~~~~~	12.5%		11.9%	0.8% points	Stable		2

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Robbery volumes have fallen by 12% year on year, to 702 offences over the last 12 months.
- There were 58 robberies in September 2024, down from 64 in August 2024.
- The robbery charge rate for the 3 months to September 2024 was 12.9%.
- The robbery charge rate over the last 12 months rose to 11.9%, a year-on-year increase of 0.8% points.
"""

B_CONTACT = """\
# Eastshire Office of the Police and Crime Commissioner

Performance Highlight Report January – March 2024

# Contact Management – 999 Calls

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Call Answered Volume: 999	~~~~~	12,004	35,880	140,112	5.4%	Increasing		10
Average Time to Answer: 999	~~~~~	00:00:09	00:00:10	00:00:11	-00:00:02	Decreasing	One-Month Low	12
Abandonment Rate: 999	~~~~~	0.4%	0.5%	0.6%	-0.3% points	Stable		2

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- 999 calls answered in March 2024 totalled 12,004 and over the last 12 months 140,112, up 5.4% on the previous year.
- The average 999 answer time was 9 seconds in March 2024, a decrease of 2 seconds year-on-year.
- Only 0.4% of 999 calls were abandoned in March 2024, against a national target of 2%.
- 999 calls answered within 10 seconds: 93.2% (national average 89.6%).

# Contact Management – 101 Non-Emergency

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Abandonment Rate: 101	~~~~~	18.4%	16.2%	14.9%	3.1% points	Increasing	Three-Month High	15
Average Time to Answer: 101	~~~~~	00:04:12	00:03:55	00:03:20	00:00:48	Increasing		10
Call Offer Demand: 101	~~~~~	21,330	63,100	251,774	-4.3%	Decreasing		6

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- 101 abandonment rate rose to 18.4% in March 2024; the rolling 12-month rate is 16.2%.
- 101 callers waited on average 4 min 12 sec in March 2024, compared with 3 min 20 sec over the last 12 months.
- Calls for service on 101 fell by 4.3% year on year.
- 101 calls offered over the rolling 12 months were 215,774.
- The 12-month average time to answer 101 calls increased by 48 seconds year-on-year.
- In March 2024 101 demand was 21,330 calls, up from 20,118 in February 2024 (an increase of 1,212; 6.0%).
"""

C_RESPONSE = """\
# Westshire Police and Crime Commissioner – Police and Crime Plan Performance

Quarterly Report October – December 2023

# Response Times – Emergency and Priority

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Dec-2023	3 Months to Dec-2023	12 Months to Dec-2023	12 Months to Dec-2022 vs. 12 Months to Dec-2023	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Average Response Time: Emergency	~~~~~	00:11:34	00:11:50	00:12:05	-00:00:21	Decreasing		6
Median Response Time: Emergency	~~~~~	00:09:48	00:09:55	00:10:02	-00:00:14	Decreasing		6
Response Rate: Emergency	~~~~~	92.4%	91.8%	90.6%	1.9% points	Increasing		8
Average Response Time: Priority	~~~~~	00:58:10	01:02:33	01:05:40	-00:04:12	Decreasing	Eight-Month Low	16
Median Response Time: Priority	~~~~~	00:38:20	00:40:01	00:41:15	-00:03:03	Decreasing		6
Average Response Time: Scheduled	~~~~~		02:05:10	02:11:45	00:06:02	Increasing		4
Incidents Attended: Emergency	~~~~~	4,210	12,500	49,880	2.2%	Increasing		4

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Emergency response averaged 11:34 in December 2023.
- The median Emergency response time remains below the 10-minute target at 9 min 48 sec, whereas the mean was 11 min 34 sec.
- Priority incidents were attended in an average of 38 min 20 sec in December 2023.
- The Emergency attendance rate was 92% in December 2023.
- Scheduled response times for December 2023 averaged 2 hr 10 min.
- We attended 4,210 Emergency incidents in December 2023.
- Year-on-year, the 12-month average Emergency response time has increased by 21 seconds.
- Priority response times over the last 12 months averaged 1 hr 5 min, 4 min 12 sec quicker than the year before.
- The rural Emergency response time was 14 min 10 sec in December 2023.
"""

D_RASSO = """\
# Southshire Police and Crime Commissioner

Performance Report October – December 2023

# Rape and Serious Sexual Offences

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Dec-2023	3 Months to Dec-2023	12 Months to Dec-2023	12 Months to Dec-2022 vs. 12 Months to Dec-2023	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Crime Volume: Rape	~~~~~	88	281	1,105	-10.5%	Decreasing		6
Crime Volume: RASSO	~~~~~	205	640	2,611	-4.0%	Decreasing		6
Charge Rate: Rape	~~~~~	8.1%	7.4%	6.2%	1.5% points	Increasing	Three-Month High	12
Solved Rate: RASSO	~~~~~	9.6%	9.0%	8.3%		Increasing		4

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Rape offences recorded in the 12 months to December 2023 fell to 1,105, down from 1,234 the previous year (a decrease of 129; 10.5%).
- The rape charge rate was 8.1% in December 2023, with the rolling 12-month charge rate at 6.2%, up 1.5% points year-on-year.
- RASSO offences decreased by 4% year on year to 2,611.
- The RASSO solved rate over the last 12 months was 8.3%, an improvement of 0.9% points on last year.
- Of the 1,105 rapes recorded, 412 (37%) were reported more than a year after the offence.

# Knife Crime and Weapons

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Dec-2023	3 Months to Dec-2023	12 Months to Dec-2023	12 Months to Dec-2022 vs. 12 Months to Dec-2023	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Crime Volume: Knife Crime	~~~~~	104	331	1,320	4.1%	Increasing		4
Crime Volume: Possession of Weapons	~~~~~	38	120	492	6.5%	Increasing		4

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Knife crime rose by 52 offences (4.1%) to 1,320 over the last 12 months.
- Possession of weapons offences increased by 30 (8.5%), totalling 492 in the 12 months to December 2023.
- Knife crime in December 2023 was 140, the highest month this year.

# Stop and Search

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Dec-2023	3 Months to Dec-2023	12 Months to Dec-2023	12 Months to Dec-2022 vs. 12 Months to Dec-2023	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Stop and Search Volume	~~~~~	181	560	2,140	-8.8%	Decreasing		6
Arrest Rate: Stop and Search	~~~~~	14.9%	15.2%	14.1%	-0.6% points	Stable		2
Positive Outcome Rate: Stop and Search	~~~~~	26.0%	25.5%	25.2%	1.1% points	Increasing		4

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Of the 2,140 stop and searches conducted over the last 12 months, 540 resulted in an arrest or other positive outcome (25%).
- 312 of the 1,480 searches for weapons found an item (24%).
- The stop and search arrest rate was 14% over the last 12 months, compared with the national average of 16%.
- Stop and search volumes fell by 8.8% year on year.
"""

E_ROADS = """\
# Midshire Police and Crime Panel

Police and Crime Plan Highlight Report – Quarter 4 2023/24

# Road Safety

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
KSI Casualties: All Roads	~~~~~	29	84	328	-5.2%	Decreasing		4
Fatal Casualties: All Roads	~~~~~	2	7	27	-12.9%	Decreasing		4
Drink Drive Arrests	~~~~~	61	180	702	11.3%	Increasing		6

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- A total of 2,047 casualties were recorded in the 12 months to March 2024, comprising Fatal 27, Serious 301 and Slight 1,729.
- Killed or seriously injured (KSI) casualties over the last 12 months were 328, a decrease of 5.2% year on year.
- 27 people died on Midshire's roads in the last 12 months, 4 fewer than the previous year.
- Drink drive arrests rose 11.3% year on year to 702.

# Victim Satisfaction

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Mar-2024	3 Months to Mar-2024	12 Months to Mar-2024	12 Months to Mar-2023 vs. 12 Months to Mar-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Victim Satisfaction: Overall	~~~~~	63.5%	62.0%	61.3%	-1.4% points	Decreasing		4
Victim Satisfaction: Kept Informed	~~~~~	52.0%	51.1%	50.2%	-2.9% points	Decreasing	Three-Month Low	12
Victim Satisfaction: Burglary	~~~~~		80.4%	78.9%	0.5% points	Stable		2

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- Overall victim satisfaction was around 60% over the last 12 months.
- Satisfaction with being kept informed was 52% in March 2024.
- Burglary victim satisfaction in March 2024 was 81%.
- Over 1,000 victims were surveyed in the quarter, with 63.5% satisfied with the overall service in March 2024.
- Overall satisfaction fell by 1.4% points year on year.
"""

F_ASB = """\
# Northshire Police and Crime Panel – Agenda Item 7

PCC Performance Report April – June 2024

# Anti-Social Behaviour

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Jun-2024	3 Months to Jun-2024	12 Months to Jun-2024	12 Months to Jun-2023 vs. 12 Months to Jun-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Incident Volume: ASB	~~~~~	1,560	4,980	18,652	-12.4%	Decreasing	Eight-Month Low	16
Incident Volume: ASB - East	~~~~~	610	1,950	7,321	-9.8%	Decreasing		4
Incident Volume: ASB - West	~~~~~	950	3,030	11,331	-14.0%	Decreasing		4

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- ASB incidents reported in the 12 months to June 2024 totalled 18,652, a 12% reduction year on year.
- ASB incidents in June 2024 fell month-on-month from 1,702 to 1,560.
- ASB in the West fell by 14.0%, while the East saw a 9.8% reduction.
- Around 40% of ASB incidents were in the West area.
- ASB in the North sector rose by 3% year on year.

# Custody and Arrests

# WHAT? (What is the situation?)

Measure	Trend Line (Up to 3 Years' Data)	Jun-2024	3 Months to Jun-2024	12 Months to Jun-2024	12 Months to Jun-2023 vs. 12 Months to Jun-2024	Rolling 12 Month Trend	Statistical Exceptions	Exception Weighting
Arrest Volume	~~~~~	402	1,230	4,800	7.5%	Increasing		4
Average Time in Custody	~~~~~	14:32:10	14:10:02	13:55:40	00:21:12	Increasing		4
Detainees: Under 18	~~~~~	41	125	510		Stable		2

# SO WHAT? (What is happening? What is the analysis telling us?)

# Data Summary

- The rolling 12-month arrest volume was 402.
- Arrests increased by 7.5% year on year.
- Arrests over the last 12 months were up 7.5% on last year.
- The average time in custody in June 2024 was 14 hr 32 min.
- 1,020 people were booked into custody in June 2024, of whom 184 (18%) were under 18.
- Under 18 detainees rose by 6% year on year.

# Complaints

# Data Summary

- Complaint cases logged in Q1 were 212, up from 198 in Q4 (an increase of 14; 7.1%).
- Of the 212 complaint cases, 96 were finalised within 28 days (45%).
- A total of 212 complaint allegations, made up of 120 service complaints, 61 conduct complaints and 29 others.
"""

REPORTS = {"a_burglary": A_BURGLARY, "b_contact": B_CONTACT, "c_response": C_RESPONSE, "d_rasso": D_RASSO,
           "e_roads": E_ROADS, "f_asb": F_ASB}

#: (report, check_type, narrative_raw, reason, words of the sentence)
PLANTED = [
    ("a_burglary", "narrative_vs_table", "6.8%", "period", "positive outcome rate for the rolling 12 months"),
    ("b_contact", "narrative_vs_table", "215,774", "value", "101 calls offered over the rolling 12 months"),
    ("b_contact", "narrative_vs_table", "16.2%", "period", "the rolling 12-month rate is"),
    ("c_response", "narrative_vs_table", "38 min 20 sec", "label", "Priority incidents were attended"),
    ("c_response", "narrative_vs_table", "21 seconds", "sign", "has increased by 21 seconds"),
    ("d_rasso", "narrative_vs_table", "8.5%", "value", "Possession of weapons offences increased"),
    ("d_rasso", "arithmetic", "8.5%", "value", "Possession of weapons offences increased"),
    ("d_rasso", "narrative_vs_table", "140", "value", "Knife crime in December 2023 was 140"),
    ("d_rasso", "arithmetic", "24%", "value", "312 of the 1,480 searches"),
    ("e_roads", "arithmetic", "2,047", "value", "comprising Fatal 27, Serious 301"),
    ("f_asb", "narrative_vs_table", "402", "period", "The rolling 12-month arrest volume"),
    ("f_asb", "arithmetic", "212", "value", "made up of 120 service complaints"),
]

#: agreements that must be found: (report, narrative_raw, table row label, column label start)
AGREE = [
    ("a_burglary", "412", "Crime Volume: Residential Burglary", "Sep-2024"),
    ("a_burglary", "5,432", "Crime Volume: Residential Burglary", "12 Months to"),
    ("a_burglary", "3.2%", "Crime Volume: Residential Burglary", "12 Months to Sep-2023 vs"),
    ("a_burglary", "+8.1%", "Crime Volume: Residential Burglary - South", "12 Months to Sep-2023 vs"),
    ("a_burglary", "2.5%", "Crime Volume: Residential Burglary - North", "12 Months to Sep-2023 vs"),
    ("a_burglary", "6%", "Arrests: Residential Burglary", "12 Months to Sep-2023 vs"),
    ("a_burglary", "12%", "Crime Volume: Robbery", "12 Months to Sep-2023 vs"),
    ("a_burglary", "702", "Crime Volume: Robbery", "12 Months to Sep-2024"),
    ("a_burglary", "58", "Crime Volume: Robbery", "Sep-2024"),
    ("a_burglary", "11.9%", "Charge Rate: Robbery", "12 Months to Sep-2024"),
    ("b_contact", "12,004", "Call Answered Volume: 999", "Mar-2024"),
    ("b_contact", "140,112", "Call Answered Volume: 999", "12 Months to Mar-2024"),
    ("b_contact", "5.4%", "Call Answered Volume: 999", "12 Months to Mar-2023 vs"),
    ("b_contact", "9 seconds", "Average Time to Answer: 999", "Mar-2024"),
    ("b_contact", "18.4%", "Abandonment Rate: 101", "Mar-2024"),
    ("b_contact", "4 min 12 sec", "Average Time to Answer: 101", "Mar-2024"),
    ("b_contact", "4.3%", "Call Offer Demand: 101", "12 Months to Mar-2023 vs"),
    ("b_contact", "48 seconds", "Average Time to Answer: 101", "12 Months to Mar-2023 vs"),
    ("c_response", "11:34", "Average Response Time: Emergency", "Dec-2023"),
    ("c_response", "9 min 48 sec", "Median Response Time: Emergency", "Dec-2023"),
    ("c_response", "11 min 34 sec", "Average Response Time: Emergency", "Dec-2023"),
    ("c_response", "92%", "Response Rate: Emergency", "Dec-2023"),
    ("c_response", "1 hr 5 min", "Average Response Time: Priority", "12 Months to Dec-2023"),
    ("c_response", "4 min 12 sec", "Average Response Time: Priority", "12 Months to Dec-2022 vs"),
    ("d_rasso", "1,105", "Crime Volume: Rape", "12 Months to Dec-2023"),
    ("d_rasso", "10.5%", "Crime Volume: Rape", "12 Months to Dec-2022 vs"),
    ("d_rasso", "8.1%", "Charge Rate: Rape", "Dec-2023"),
    ("d_rasso", "6.2%", "Charge Rate: Rape", "12 Months to Dec-2023"),
    ("d_rasso", "2,611", "Crime Volume: RASSO", "12 Months to Dec-2023"),
    ("d_rasso", "8.3%", "Solved Rate: RASSO", "12 Months to Dec-2023"),
    ("d_rasso", "4.1%", "Crime Volume: Knife Crime", "12 Months to Dec-2022 vs"),
    ("d_rasso", "1,320", "Crime Volume: Knife Crime", "12 Months to Dec-2023"),
    ("d_rasso", "492", "Crime Volume: Possession of Weapons", "12 Months to Dec-2023"),
    ("d_rasso", "2,140", "Stop and Search Volume", "12 Months to Dec-2023"),
    ("d_rasso", "14%", "Arrest Rate: Stop and Search", "12 Months to Dec-2023"),
    ("d_rasso", "8.8%", "Stop and Search Volume", "12 Months to Dec-2022 vs"),
    ("e_roads", "328", "KSI Casualties: All Roads", "12 Months to Mar-2024"),
    ("e_roads", "5.2%", "KSI Casualties: All Roads", "12 Months to Mar-2023 vs"),
    ("e_roads", "11.3%", "Drink Drive Arrests", "12 Months to Mar-2023 vs"),
    ("e_roads", "60%", "Victim Satisfaction: Overall", "12 Months to Mar-2024"),
    ("e_roads", "52%", "Victim Satisfaction: Kept Informed", "Mar-2024"),
    ("e_roads", "63.5%", "Victim Satisfaction: Overall", "Mar-2024"),
    ("e_roads", "1.4% points", "Victim Satisfaction: Overall", "12 Months to Mar-2023 vs"),
    ("f_asb", "18,652", "Incident Volume: ASB", "12 Months to Jun-2024"),
    ("f_asb", "12%", "Incident Volume: ASB", "12 Months to Jun-2023 vs"),
    ("f_asb", "1,560", "Incident Volume: ASB", "Jun-2024"),
    ("f_asb", "7.5%", "Arrest Volume", "12 Months to Jun-2023 vs"),
    ("f_asb", "14 hr 32 min", "Average Time in Custody", "Jun-2024"),
]

#: figures whose table cell is empty: unverifiable (missing), never a mismatch
EMPTY_CELLS = [("a_burglary", "12.9%"), ("c_response", "2 hr 10 min"), ("d_rasso", "0.9% points"),
               ("e_roads", "81%")]

#: figures that must produce no narrative check at all: comparison bases, benchmarks, targets, ranks,
#: parts of a count, per-month averages, sub-areas without a row, months the table does not show
NO_CHECK = [
    ("a_burglary", "4%"), ("a_burglary", "18%"), ("a_burglary", "11%"), ("a_burglary", "3rd"),
    ("a_burglary", "1,000"), ("a_burglary", "64"),
    ("b_contact", "2%"), ("b_contact", "89.6%"), ("b_contact", "20,118"),
    ("c_response", "10-minute"), ("c_response", "14 min 10 sec"),
    ("d_rasso", "1,234"), ("d_rasso", "540"), ("d_rasso", "412"), ("d_rasso", "16%"),
    ("f_asb", "1,702"), ("f_asb", "14.0%"), ("f_asb", "9.8%"), ("f_asb", "3%"), ("f_asb", "184"),
]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = {}
    d = tmp_path_factory.mktemp("unseen")
    for name, text in REPORTS.items():
        p = d / f"{name}.md"
        p.write_text(text, encoding="utf-8")
        doc = load(str(p))
        ms = M.extract(doc)
        fs = F.extract(doc)
        out[name] = (doc, ms, fs, reconcile([doc], ms, fs))
    return out


def _all_checks(runs):
    return [(name, c) for name, (_, _, _, cs) in runs.items() for c in cs]


def test_every_planted_mismatch_is_found_with_its_reason(runs):
    for name, kind, raw, reason, words in PLANTED:
        hits = [c for c in runs[name][3] if c.check_type == kind and c.narrative_raw == raw
                and words in (c.sentence or "")]
        assert hits, (name, kind, raw)
        assert [(c.verdict, c.reason) for c in hits] == [("mismatch", reason)], (name, raw, hits)
        assert hits[0].explanation and hits[0].severity in ("major", "minor")


def test_nothing_else_is_a_mismatch(runs):
    planted = {(n, k, raw, w) for n, k, raw, _, w in PLANTED}
    for name, c in _all_checks(runs):
        if c.verdict != "mismatch":
            continue
        assert any(n == name and k == c.check_type and raw == c.narrative_raw and w in (c.sentence or "")
                   for n, k, raw, w in planted), (name, c.check_type, c.narrative_raw, c.sentence, c.explanation)


def test_agreements_are_found(runs):
    for name, raw, row, col in AGREE:
        hits = [c for c in runs[name][3] if c.check_type == "narrative_vs_table" and c.narrative_raw == raw
                and c.table_row_label == row and (c.table_column_label or "").startswith(col)]
        assert hits and {c.verdict for c in hits} == {"consistent"}, (name, raw, row, col,
                                                             [(c.verdict, c.table_row_label) for c in runs[name][3]
                                                              if c.narrative_raw == raw])


def _last_digit(raw: str, unit: str) -> float:
    """The value of one unit of the last digit a reader sees in ``raw``, written here independently of
    the code under test: "62%" -> 1, "1.6%" -> 0.1, "16 minutes" -> 60 s, "11 min 15 sec" -> 1 s,
    "00:13:34" -> 1 s, "2,751" -> 1."""
    import re
    t = raw.lower()
    if unit == "seconds":
        if re.search(r"\d:\d\d", t) or re.search(r"\d\s*(?:s|secs?|seconds?)\b", t):
            return 1.0
        if re.search(r"\d\s*(?:m|mins?|minutes?)\b", t):
            return 60.0
        return 3600.0
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", t)
    return 10.0 ** -len(m.group(1) or "") if m else 1.0


def test_consistent_means_equal_at_the_stated_precision(runs):
    """Every consistent verdict, judged by a tolerance written here: the two values are within one unit
    of the coarser last digit (rounding or truncation); an approximation within 10%."""
    approx = ("around", "about", "over", "nearly", "under")
    seen = 0
    for name, c in _all_checks(runs):
        if c.verdict != "consistent" or c.check_type != "narrative_vs_table":
            continue
        seen += 1
        before = (c.sentence or "")[:max(0, (c.sentence or "").find(c.narrative_raw))].lower().rstrip()
        n, t = c.narrative_value, c.table_value
        if before.endswith(approx):
            assert abs(abs(n) - abs(t)) <= 0.1 * abs(n)
            continue
        tol = max(_last_digit(c.narrative_raw, c.unit), _last_digit(c.table_value_raw or "", c.unit))
        assert abs(abs(n) - abs(t)) < tol + 1e-9, (name, c.narrative_raw, c.table_value_raw)
        if n and t:
            # a stated direction agrees with the table's
            assert (n > 0) == (t > 0) or not (c.narrative_raw or "").startswith(("+", "-")), (name, c.narrative_raw)
    assert seen >= 20


def test_empty_cells_are_unverifiable_never_mismatch(runs):
    for name, raw in EMPTY_CELLS:
        hits = [c for c in runs[name][3] if c.narrative_raw == raw and c.check_type == "narrative_vs_table"]
        assert [(c.verdict, c.reason) for c in hits] == [("unverifiable", "missing")], (name, raw, hits)
        assert hits[0].table_value is None and "empty" in hits[0].explanation


def test_bases_benchmarks_parts_and_absent_rows_are_not_checked(runs):
    for name, raw in NO_CHECK:
        hits = [c for c in runs[name][3] if c.narrative_raw == raw and c.check_type == "narrative_vs_table"]
        assert hits == [], (name, raw, [(c.verdict, c.table_row_label) for c in hits])


def test_arithmetic_agreements(runs):
    want = [("d_rasso", "10.5%"), ("d_rasso", "129"), ("d_rasso", "37%"), ("d_rasso", "4.1%"), ("d_rasso", "25%"),
            ("b_contact", "6.0%"), ("b_contact", "1,212"), ("f_asb", "7.1%"), ("f_asb", "14"), ("f_asb", "45%")]
    for name, raw in want:
        hits = [c for c in runs[name][3] if c.check_type == "arithmetic" and c.narrative_raw == raw]
        assert [c.verdict for c in hits] == ["consistent"], (name, raw, hits)


def _fig(runs, name, raw, words):
    fs = [f for f in runs[name][2] if f.value_raw == raw and words in f.sentence]
    assert len(fs) == 1, (name, raw, [(f.value_raw, f.sentence) for f in runs[name][2] if f.value_raw == raw])
    f = fs[0]
    assert f.sentence[f.char_start:f.char_end] == f.value_raw
    return f


def test_figure_records_of_tricky_sentences(runs):
    f = _fig(runs, "c_response", "11:34", "averaged 11:34")
    assert (f.value, f.unit, f.role, f.period_type, f.period_end, f.subject) == \
        (694.0, "seconds", "level", "month", "2023-12-31", "Immediate")
    f = _fig(runs, "c_response", "10-minute", "10-minute target")
    assert (f.value, f.unit, f.role) == (600.0, "seconds", "target")
    f = _fig(runs, "c_response", "9 min 48 sec", "10-minute target")
    assert (f.value, f.role, f.metric_text) == (588.0, "level", "median response time")
    f = _fig(runs, "c_response", "4 min 12 sec", "quicker than")
    assert (f.value, f.role, f.period_type) == (-252.0, "change", "change_12_months")
    f = _fig(runs, "c_response", "2 hr 10 min", "Scheduled")
    assert (f.value, f.subject, f.metric_text) == (7800.0, "Scheduled", "average response time")
    f = _fig(runs, "a_burglary", "2.5%", "reduction of 2.5%")
    assert (f.value, f.role, f.subject, f.period_type) == (-2.5, "change", "North", "change_12_months")
    f = _fig(runs, "a_burglary", "+8.1%", "South +8.1%")
    assert (f.value, f.role, f.subject) == (8.1, "change", "South")
    f = _fig(runs, "a_burglary", "3rd", "MSG position")
    assert f.role == "rank"
    f = _fig(runs, "a_burglary", "5,432", "rolling 12-month volume")
    assert (f.value, f.unit, f.role, f.period_type, f.subject) == (5432.0, "count", "level", "rolling_12_months",
                                                                   "Residential Burglary")
    f = _fig(runs, "a_burglary", "18%", "national average")
    assert f.subject == "National"
    f = _fig(runs, "b_contact", "16.2%", "rolling 12-month rate")
    assert (f.role, f.period_type, f.metric_text, f.subject) == ("level", "rolling_12_months", "abandonment rate", "101")
    f = _fig(runs, "b_contact", "4.3%", "Calls for service")
    assert (f.value, f.role, f.metric_text, f.subject) == (-4.3, "change", "calls offered", "101")
    f = _fig(runs, "d_rasso", "412", "Of the 1,105 rapes")
    assert (f.role, f.subject) == ("level", "Rape")      # "more than a year after" is not a change
    f = _fig(runs, "d_rasso", "8.3%", "solved rate")
    assert (f.metric_text, f.subject) == ("solved rate", "RASSO")
    f = _fig(runs, "d_rasso", "1,105", "fell to 1,105")
    assert (f.role, f.period_type, f.period_end, f.subject) == ("level", "rolling_12_months", "2023-12-31", "Rape")
    f = _fig(runs, "e_roads", "328", "KSI")
    assert (f.metric_text, f.period_type) == ("KSI casualties", "rolling_12_months")
    f = _fig(runs, "e_roads", "1.4% points", "Overall satisfaction")
    assert (f.value, f.unit, f.role) == (-1.4, "percentage_points", "change")
    f = _fig(runs, "f_asb", "120", "made up of")
    assert (f.value, f.role) == (120.0, "level")
    f = _fig(runs, "f_asb", "198", "in Q4")
    assert (f.period_type, f.period_end) == ("quarter", None)     # not the report's quarter (Q1)
    f = _fig(runs, "f_asb", "212", "in Q1")
    assert (f.period_type, f.period_end) == ("quarter", "2024-06-30")
    f = _fig(runs, "f_asb", "7.5%", "on last year")
    assert (f.value, f.role, f.period_type) == (7.5, "change", "change_12_months")
    f = _fig(runs, "f_asb", "14 hr 32 min", "custody")
    assert (f.value, f.metric_text, f.period_type) == (52320.0, "average time in custody", "month")
    # ages are not figures
    assert not [f for f in runs["f_asb"][2] if f.value_raw == "18"]
    # years, months, quarters and "24/7" are not figures
    for name, (_, _, fs, _) in runs.items():
        for f in fs:
            assert f.value_raw not in ("2023", "2024", "24/7", "3") or f.unit != "count" or f.role == "rank", (name, f)
