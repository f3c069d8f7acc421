"""Figures and checks of short excerpts, round 4: documents of publishers nobody here wrote.
Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import dataclasses

from extract.model import stable_id
from extract.records import MeasureRecord
from extract.reconcile import reconcile


def _cell(doc, table, row, col, raw, value, section=None, unit="count", subject=True):
    return MeasureRecord(measure_id=stable_id(doc, table, row, col, raw), doc_id=doc, page=1, line=1,
                         section=section, table_id=table, row_label=row, metric=None,
                         subject=row if subject is True else subject,
                         column_label=col, period_type="calendar_year", period_start="2020-01-01",
                         period_end="2020-12-31", value=value, unit=unit, value_raw=raw)


def _across(ms):
    return [(c.verdict, c.narrative_raw, c.table_value_raw) for c in reconcile([], ms, [])
            if c.check_type == "cross_document"]


# --- a row known only by its label, in two documents -----------------------------------------------

def test_a_bare_row_label_in_two_documents_needs_the_same_heading():
    # one force's FOI answer on arrests by ethnicity (no heading), another's on stop and search under its
    # dateline: "Asian | 2020" 109 and 75 count different things -- no revision, no check at all
    arrests = _cell("dorset", "t1", "Asian", "2020", "109", 109.0)
    searches = _cell("northumbria", "t2", "Asian", "2020", "75", 75.0, section="Date Responded 29 April 2020")
    assert _across([arrests, searches]) == []
    # both under headings, but different ones
    assert _across([dataclasses.replace(arrests, section="Arrests by ethnicity"), searches]) == []


def test_a_bare_row_label_under_the_same_heading_is_still_compared():
    # a council's treasury indicators restated in its next report ("11." is the section's number); the
    # row names a measure, not who or where (a row naming only its subject is never compared across
    # documents: test_foi_excerpts2)
    a = _cell("q3", "t1", "Limit on principal invested", "2020", "£150m", 150e6,
              section="Treasury Management Indicators", unit="gbp", subject=None)
    b = _cell("mid", "t2", "Limit on principal invested", "2020", "£100m", 100e6,
              section="11. Treasury Management Indicators", unit="gbp", subject=None)
    assert _across([a, b]) == [("mismatch", "£100m", "£150m")]


# --- a figure whose own crime type is none the vocabulary tells apart --------------------------------

from extract.extractors import figures  # noqa: E402
from extract.loaders import load_text  # noqa: E402


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(f.value_raw, f.subject or "")
            for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_a_figure_followed_by_another_crime_type_does_not_take_the_earlier_subject():
    assert _subjects("There were 45 burglaries, 12 robberies and 3 thefts.") \
        == [("45", "Residential Burglary"), ("12", "Robbery"), ("3", "")]
    # a PCC's end-of-year news: "less" between the figure and its noun
    assert _subjects("There have been a 3% reduction in burglaries to 641 dwelling offences and 443 less "
                     "assaults with injury.") \
        == [("3%", "Residential Burglary"), ("641", "Residential Burglary"), ("443", "")]


def test_a_crime_type_of_its_own_is_no_subject_carried_from_the_sentence_before():
    # a PFCC's end-of-year performance (Cumbria): the roads' KSI and the robbery of the sentences before
    # are not the subject of shoplifting or drug offences
    assert _subjects("Cumbria roads have seen a reduction in the number of killed or seriously injured "
                     "collisions by 7.8%. Shoplifting offences have increased by 8.3% compared to the same "
                     "period last year.") == [("7.8%", "KSI"), ("8.3%", "")]
    assert _subjects("Neighbourhood crime fell, with robbery down by 14%. Drug offences increased by 20.2% "
                     "in 24/25 compared to the previous year. However, positive outcomes reached 78.7%.") \
        == [("14%", "Robbery"), ("20.2%", ""), ("78.7%", "")]
    # a PCC's scrutiny meeting (Merseyside): violent crimes are not the robberies named before
    assert _subjects("Robberies across the board had reduced by 1.2%. Violent crimes without injury were "
                     "expected to increase by 40%.") == [("1.2%", "Robbery"), ("40%", "")]


def test_a_crime_type_further_on_is_not_the_subject_of_a_figure_before_it():
    # a panel's performance report (Nottinghamshire): "-214 offences" restates burglary's 7%; theft follows
    assert _subjects("Residential burglary declined by 7% (-214 offences), and theft from person offences "
                     "fell by 11.5% (-120 offences).") \
        == [("7%", "Residential Burglary"), ("-214", "Residential Burglary"), ("11.5%", ""), ("-120", "")]


def test_generic_nouns_and_statutes_keep_the_subject():
    assert _subjects("In Wiltshire during quarter two there were 726 cybercrimes recorded and 3,015 crimes "
                     "reported in the 12 months to September 2019.") \
        == [("726", "Cybercrime"), ("3,015", "Cybercrime")]
    assert _subjects("This compares to 658 hate crimes in the year to June 2018 (a decrease of 39 crimes; "
                     "5.9 per cent).") \
        == [("658", "Hate Crime"), ("39", "Hate Crime"), ("5.9 per cent", "Hate Crime")]
    assert _subjects("There were 120 burglaries and 45 arrests.") \
        == [("120", "Residential Burglary"), ("45", "Residential Burglary")]
    # "the Public Order Act" is a statute, not a crime type
    assert _subjects("There were 18,081 stop and searches under section 60 of the Criminal Justice and "
                     "Public Order Act.") == [("18,081", "Stop and Search")]


# --- one vocabulary of bound words ------------------------------------------------------------------

def test_figures_and_checks_read_the_same_bound_words():
    from extract.extractors.figures.roles import _BOUND
    from extract.reconcile.vocabulary import bound_of
    from extract.vocab import vocabulary
    V = vocabulary()
    for w in V.words("bound_lower"):
        assert _BOUND.search(f"rose to {w} ") and bound_of(f"rose to {w} ") == "lower", w
    for w in V.words("bound_upper"):
        assert _BOUND.search(f"fell to {w} ") and bound_of(f"fell to {w} ") == "upper", w
    # the deliberate differences: a time limit and "exceeding" are bounds to the checks only ...
    assert bound_of("answered within ") == "upper" and not _BOUND.search("answered within ")
    assert bound_of("exceeding ") == "lower" and not _BOUND.search("exceeding ")
    # ... a negation turns the checks' direction round, an approximation is theirs alone
    assert bound_of("no more than ") == "upper" and bound_of("not less than ") == "lower"
    assert bound_of("around ") == "approx" and not _BOUND.search("around ")
    # ... and a figure's bound never runs over a line break, a check's may
    assert not _BOUND.search("more\nthan ") and bound_of("more\nthan ") == "lower"


def test_a_bound_still_drops_the_figure_and_an_approximation_keeps_it():
    assert _subjects("Robbery fell to under 40 offences.") == []
    assert _subjects("Robbery fell to around 40 offences.") == [("40", "Robbery")]


# --- a measure its unit cannot be ---------------------------------------------------------------------

def _metrics(text: str) -> list[tuple[str, str]]:
    return [(f.value_raw, f.metric or "")
            for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_money_or_a_bare_count_is_no_value_of_a_rate_count_or_time():
    # a PCC's scrutiny meeting (Merseyside): the money seized is no arrest count
    assert _metrics("More than 750 arrests had been made in relating to County Lines operations and around "
                    "£500,000 seized.") == [("£500,000", "")]
    # a performance report (Wiltshire): a count of incidents is no average response time
    got = dict(_metrics("In the 12 months to September 2019, 36,329 priority incidents were attended at an "
                        "average arrival time of 51 minutes 41 seconds."))
    assert got["36,329"] != "average_response_time" and got["51 minutes 41 seconds"] == "average_response_time"
    # ... and the number of crime groups surveyed no victim satisfaction
    assert dict(_metrics("Victim satisfaction can be reported at force level and at crime group level for the 4 "
                         "crime groups surveyed."))["4"] != "victim_satisfaction"
    # a PCC's dashboard flattened into text (South Yorkshire): a count beside an arrest rate is not one (the two
    # counts side by side are a flattened row's cells: no figure at all)
    assert dict(_metrics("Recorded Domestic Abuse Crimes 20,133 22,973 Domestic Abuse Crime arrest Rate 46% "
                         "57%.")).get("22,973") != "arrest_rate"


def test_a_percent_or_a_count_of_its_own_measure_keeps_it():
    assert _metrics("The arrest rate rose to 35%.") == [("35%", "arrest_rate")]
    assert _metrics("There were 750 arrests.") == [("750", "arrest_volume")]
    assert _metrics("The average response time was 12 minutes.") == [("12 minutes", "average_response_time")]
    # a rank ranks any measure
    assert _metrics("The force was placed 5th out of 43 forces nationally for charge rates.") \
        == [("5th", "charge_rate")]


# --- a change by an average ---------------------------------------------------------------------------

def _roles(text: str) -> list[tuple[str, float, str]]:
    return [(f.value_raw, f.value, f.role)
            for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_a_change_by_an_average_is_a_change():
    # a PCC's performance meeting (Suffolk)
    assert _roles("A report revealed crime levels had dropped by an average of 18.74 % over the last year.") \
        == [("18.74 %", -18.74, "change")]
    assert _roles("The rate at which these crimes were solved increased by an average of about 5% over the "
                  "same period.") == [("5%", 5.0, "change")]


def test_an_average_reached_or_compared_stays_a_level():
    assert _roles("Response times rose to an average of 12 minutes.") == [("12 minutes", 720.0, "level")]
    assert _roles("The force recorded a higher average of 12 minutes.") == [("12 minutes", 720.0, "level")]


# --- arithmetic of a dashboard flattened into one line ------------------------------------------------

def _arith(text: str) -> list[tuple[str, str, str]]:
    from extract.reconcile.sentences import _sentence_arithmetic
    return [(c.verdict, c.narrative_raw, c.table_value_raw) for c in _sentence_arithmetic("d", text, 1, None, {})]


def test_two_of_many_levels_apart_are_no_before_and_after():
    # a PCC's summary dashboard read as one line (South Yorkshire): 84% is a satisfaction rate; the change
    # from 20,001 domestic abuse crimes to 36,829 anti-social behaviour incidents is 84.1% by chance
    assert _arith("Recorded Domestic Abuse Crimes (1) 20,115 20,001 Domestic Abuse Crime arrest Rate (1) 35% 40% "
                  "Recorded Sexual Offences (1) 4192 4181 % of crimes where victim is assessed as vulnerable (1) "
                  "29% 30% % of victims satisfied with initial contact (1) 84% 82% Change not statistically "
                  "significant Tackling Crime and Anti-Social Behaviour Measure 12 months to Mar 19 12 months to "
                  "June 19 Comparison SYP Recorded level of Anti-Social Behaviour (1) 39,972 36,829") == []


def test_neighbouring_levels_are_still_a_before_and_after():
    # a PFCC's news (Cumbria): three levels, the change between two of them
    got = _arith("Overall crime reduced by 2.2% compared to the same period in 2024, with 355 fewer crime "
                 "reports, falling from 16,075 reports to 15,720.")
    assert [g[:2] for g in got] == [("consistent", "2.2%")]
    # four levels: the two neighbours "from 250 to 300" still give the change
    got = _arith("Robbery was 45 and theft 80, while burglary rose from 250 to 300, an increase of 20%, with 120 "
                 "arrests.")
    assert [g[:2] for g in got] == [("consistent", "20%")]


def test_from_a_to_b_is_shown_with_the_earlier_value_as_base():
    # both readings agree with 2.2% at its precision: the working shown is the one the sentence states
    from extract.reconcile.sentences import _sentence_arithmetic
    got = _sentence_arithmetic("d", "Overall crime reduced by 2.2% compared to the same period in 2024, with 355 "
                                    "fewer crime reports, falling from 16,075 reports to 15,720.", 1, None, {})
    assert [c.table_value_raw for c in got] == ["(15,720 - 16,075) / 16,075 = 2.21%"]


# --- a paragraph number run into the text -------------------------------------------------------------

def _raws(text: str) -> list[str]:
    return [f.value_raw for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_a_dotted_paragraph_number_opening_a_sentence_is_no_figure():
    # a panel's draft minutes (West Yorkshire) and a county council's treasury report (Kent): the
    # converter joined each numbered paragraph to the heading or sentence before it
    assert _raws("Members' Declaration of Interests 4.1 There were no interests declared.") == []
    assert _raws("Minutes of the Meeting held on 11 th December 2015 2.1 The minutes of the meeting were agreed "
                 "as a correct record.") == []
    assert _raws("Gilt yields fell to 4.0% in September 2.3 The economy stagnated.") == ["4.0%"]


def test_a_value_asked_for_before_it_stays_a_figure():
    assert _raws("The average score was 4.1 The target is 4.5.") == ["4.1", "4.5"]
    assert _raws("Satisfaction fell to 2.3 The lowest since 2019.") == ["2.3"]
    assert _raws("The Council has 2.5 FTE vacancies.") == ["2.5"]
