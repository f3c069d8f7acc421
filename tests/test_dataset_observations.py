"""Observations across documents, on hand-made series with known revisions and breaks."""
from __future__ import annotations

from extract.dataset import build_observations
from extract.dataset.names import organisation_key, series_names
from extract.records import DocumentRecord, FigureRecord, MeasureRecord


def doc(doc_id, end, org="Office of the Police and Crime Commissioner for Northshire"):
    return DocumentRecord(doc_id=doc_id, source=f"{doc_id}.pdf", sha256=doc_id * 4, format="pdf",
                          doc_type="performance_report", organisation=org, period_end=end, status="ok")


def measure(mid, doc_id, label, metric, subject, start, end, value, raw, unit="count", pt="rolling_12_months", page=3):
    return MeasureRecord(measure_id=mid, doc_id=doc_id, page=page, table_id="t", row_label=label, metric=metric,
                         subject=subject, period_type=pt, period_start=start, period_end=end, value=value,
                         unit=unit, value_raw=raw)


def figure(fid, doc_id, words, subject, start, end, value, raw, unit="count", pt="rolling_12_months", role="level",
           inherited=None):
    return FigureRecord(period_inherited=inherited, figure_id=fid, doc_id=doc_id, page=5, sentence=f"... {raw} ...", value=value, unit=unit,
                        value_raw=raw, role=role, period_type=pt, period_start=start, period_end=end,
                        subject=subject, metric_text=words, char_start=0, char_end=len(raw))


def tables():
    # three quarterly reports, listed out of time order; Q2 restates Q1's 12-month VWI volume
    docs = [doc("q2", "2023-09-30"), doc("q1", "2023-06-30"), doc("q3", "2023-12-31", org="Northshire Police and Crime Panel")]
    measures = [
        measure("m1", "q1", "Crime Volume: Violence With Injury", "Crime Volume", "Violence With Injury",
                "2022-07-01", "2023-06-30", 5941, "5,941"),
        measure("m2", "q2", "VWI", "VWI", None, "2022-07-01", "2023-06-30", 5990, "5,990"),
        measure("m3", "q2", "VWI", "VWI", None, "2022-10-01", "2023-09-30", 6010, "6,010"),
        measure("m4", "q3", "Violence with Injury crime", "Violence with Injury crime", None,
                "2023-01-01", "2023-12-31", 6100, "6,100"),
        # a rate printed at one decimal, restated at none: the same value at its precision
        measure("m5", "q1", "Abandonment Rate: All 999", "Abandonment Rate", "All 999", "2023-06-01", "2023-06-30",
                0.7, "0.7%", unit="percent", pt="month"),
        measure("m10", "q2", "Abandonment rate 999 calls", "Abandonment rate", "999 calls", "2023-06-01",
                "2023-06-30", 1.0, "1%", unit="percent", pt="month"),
        # the unit of a series changes: seconds, then percent (a break, not a revision)
        measure("m6", "q1", "Repeat victims: DA", "Repeat victims", "DA", "2023-06-01", "2023-06-30", 75, "75",
                pt="month"),
        measure("m7", "q2", "Repeat victims: DA", "Repeat victims", "DA", "2023-09-01", "2023-09-30", 31.0, "31.0%",
                unit="percent", pt="month"),
        # a value whose unit does not fit the vocabulary's metric is another measure, not a break
        measure("m11", "q1", "Answer time: 101", "Answer time", "101", "2023-06-01", "2023-06-30", 75, "00:01:15",
                unit="seconds", pt="month"),
        measure("m12", "q2", "Answer time: 101", "Answer time", "101", "2023-09-01", "2023-09-30", 61.0, "61.0%",
                unit="percent", pt="month"),
        # the definition printed with the label changes
        measure("m8", "q1", "Hate crime (recorded)", "Hate crime (recorded)", None, "2023-04-01", "2023-06-30",
                120, "120", pt="quarter"),
        measure("m9", "q2", "Hate crime (incidents and crimes)", "Hate crime (incidents and crimes)", None,
                "2023-07-01", "2023-09-30", 180, "180", pt="quarter"),
    ]
    figures = [
        figure("f2", "q3", "crime volume", "Violence with Injury", "2022-10-01", "2023-09-30", 6010, "6,010"),
        # not a level, or no known period: never an observation
        figure("f3", "q3", "crime volume", "Violence with Injury", "2022-10-01", "2023-09-30", -3.4, "-3.4%",
               unit="percent", role="change"),
        figure("f4", "q3", "crime volume", "Violence with Injury", None, None, 6010, "6,010"),
        # a period inherited from the document, not stated in the sentence: not used
        figure("f5", "q3", "crime volume", "Violence with Injury", "2022-10-01", "2023-09-30", 6010, "6,010",
               inherited=1),
    ]
    return {"documents": docs, "measures": measures, "figures": figures, "meetings": []}


def by_period(out, metric, subject=None):
    return {o.period_end: o for o in out["observations"] if o.metric == metric and o.subject == subject}


def test_labels_of_one_measure_are_one_series():
    keys = {series_names(m, s) for m, s in [("Crime Volume: Violence With Injury", None),
                                            ("Crime Volume", "Violence With Injury"),
                                            ("Violence with Injury crime", None), ("VWI", None),
                                            ("crime volume", "VWI"), ("Crimes", "Violence with injury")]}
    assert keys == {("crime_volume", "violence_with_injury")}
    assert series_names("Abandonment Rate", "All 999") == series_names("abandonment rate", "999")
    assert series_names("Crime Volume: Violence With Injury - County", None) == \
        ("crime_volume", "county / violence_with_injury")
    # different measures stay apart
    assert series_names("Median Response Time", "Immediate") != series_names("Average Response Time", "Immediate")


def test_organisation_key_is_the_area():
    assert organisation_key("Office of the Police and Crime Commissioner for Northshire") == "Northshire"
    assert organisation_key("Northshire Police and Crime Panel") == "Northshire"
    assert organisation_key("Thames Valley Police") == "Thames Valley"
    assert organisation_key("Office of the Police and Crime Commissioner for Wiltshire and Swindon") == "Wiltshire"
    assert organisation_key("Police, Fire and Crime Commissioner for North Yorkshire") == "North Yorkshire"


def test_one_observation_per_period_with_latest_value_and_revision():
    out = build_observations(tables())
    vwi = by_period(out, "crime_volume", "violence_with_injury")
    assert set(vwi) == {"2023-06-30", "2023-09-30", "2023-12-31"}
    jun = vwi["2023-06-30"]
    assert (jun.value, jun.first_doc_id, jun.latest_doc_id, jun.n_sources, jun.revised) == (5990, "q1", "q2", 2, 1)
    sep = vwi["2023-09-30"]
    # the table and the later narrative agree: stated twice, not revised
    assert (sep.value, sep.n_sources, sep.n_documents, sep.revised) == (6010, 2, 2, 0)
    assert sep.organisation == "Northshire"
    assert len({o.series_id for o in vwi.values()}) == 1
    [rev] = [r for r in out["revisions"] if r.observation_id == jun.observation_id]
    assert (rev.previous_doc_id, rev.doc_id, rev.previous_value, rev.value, rev.difference) == ("q1", "q2", 5941, 5990, 49)
    assert len(out["revisions"]) == 1


def test_values_equal_at_their_precision_are_not_revised():
    out = build_observations(tables())
    [o] = by_period(out, "abandonment_rate", "999").values()
    assert (o.value, o.value_raw, o.n_documents, o.revised) == (1.0, "1%", 2, 0)


def test_sources_keep_every_statement_as_printed():
    out = build_observations(tables())
    sep = by_period(out, "crime_volume", "violence_with_injury")["2023-09-30"]
    src = sorted((s.source, s.record_id, s.doc_id, s.label, s.value_raw) for s in out["observation_sources"]
                 if s.observation_id == sep.observation_id)
    assert src == [("figure", "f2", "q3", "crime volume (Violence with Injury)", "6,010"),
                   ("measure", "m3", "q2", "VWI", "6,010")]
    assert not {"f3", "f4", "f5"} & {s.record_id for s in out["observation_sources"]}


def test_unit_and_definition_breaks_are_listed():
    out = build_observations(tables())
    got = {(b.kind, b.metric, b.previous_doc_id, b.doc_id, b.before, b.after) for b in out["series_breaks"]}
    assert got == {("unit", "repeat_victim", "q1", "q2", "count", "percent"),
                   ("definition", "crime_volume", "q1", "q2", "Hate crime (recorded)", "Hate crime (incidents and crimes)")}


def test_conflicting_figures_of_one_document_give_no_value():
    t = tables()
    t["figures"] = [figure("a", "q1", "arrest rate", None, "2023-06-01", "2023-06-30", 41.2, "41.2%", unit="percent", pt="month"),
                    figure("b", "q1", "arrest rate", None, "2023-06-01", "2023-06-30", 45.0, "45%", unit="percent", pt="month")]
    out = build_observations(t)
    assert not by_period(out, "arrest_rate")


def test_conflicting_cells_of_one_document_give_no_value():
    """Two cells of one document, one key, two values (a "(blank)" row's 2 beside the Grand
    Total's 8,902 arrests; "Banks (LOBO)" 90.0 and "Banks (Fixed Term)" 216.1): two things the
    labels did not tell apart, so no value is chosen from them (either would be a guess)."""
    t = tables()
    t["measures"] = [measure("a", "q1", "(blank)", "Arrests", None, "2023-01-01", "2023-12-31", 2, "2", pt="calendar_year"),
                     measure("b", "q1", "Grand Total", "Arrests", None, "2023-01-01", "2023-12-31", 8902, "8902",
                             pt="calendar_year")]
    assert not [o for o in build_observations(t)["observations"] if o.period_end == "2023-12-31"]


def test_cells_of_one_document_agreeing_at_their_precision_give_the_value():
    t = tables()
    t["measures"] = [measure("a", "q1", "Yield", "Yield", None, "2024-07-01", "2024-09-30", 2.95, "2.95",
                             unit="percent", pt="quarter"),
                     measure("b", "q1", "Yield", "Yield", None, "2024-07-01", "2024-09-30", 2.95, "2.95%",
                             unit="percent", pt="quarter")]
    [o] = [o for o in build_observations(t)["observations"] if o.period_end == "2024-09-30"]
    assert (o.value, o.n_sources) == (2.95, 2)


def test_a_narrative_figure_differing_from_tables_is_not_a_revision():
    t = tables()
    # a later narrative states a different number for the table's observation: kept as a source only
    t["figures"].append(figure("f9", "q3", "crime volume", "VWI", "2022-10-01", "2023-09-30", 50, "50"))
    out = build_observations(t)
    sep = by_period(out, "crime_volume", "violence_with_injury")["2023-09-30"]
    assert (sep.value, sep.latest_doc_id, sep.revised, sep.n_sources) == (6010, "q2", 0, 3)
    assert len(out["revisions"]) == 1


def test_a_bug_in_the_dataset_never_loses_the_run(monkeypatch, capsys):
    import extract.dataset.observations as observations

    def broken(tables):
        raise ValueError("boom")

    monkeypatch.setattr(observations, "build", broken)
    out = build_observations(tables())
    assert out == {"observations": [], "observation_sources": [], "revisions": [], "series_breaks": []}
    assert "observations failed (ValueError: boom" in capsys.readouterr().err


def test_narrative_alone_never_makes_a_revision():
    t = tables()
    t["figures"] = [figure("g1", "q1", "budget", None, "2023-04-01", "2024-03-31", 200000, "£0.2m", unit="gbp",
                           pt="financial_year"),
                    figure("g2", "q2", "budget", None, "2023-04-01", "2024-03-31", 1530.9e6, "£1,530.9m", unit="gbp",
                           pt="financial_year")]
    out = build_observations(t)
    [o] = by_period(out, "budget").values()
    assert (o.value, o.latest_doc_id, o.revised, o.n_documents) == (1530.9e6, "q2", 0, 2)
    assert len(out["revisions"]) == 1          # only the tables' VWI restatement


def _area_docs(*rows):
    return {"documents": [DocumentRecord(doc_id=i, source=src, sha256=i, format="text", title=title,
                                         organisation=org)
                          for i, src, title, org in rows]}


def test_a_document_naming_no_organisation_takes_the_runs_area_only_when_it_names_it():
    from extract.dataset.observations import document_areas

    areas = document_areas(_area_docs(
        ("a", "in/northshire_pcp_2024-07-11.txt", "Agenda and minutes", "Northshire Police and Crime Panel"),
        ("b", "in/northshire-newsletter-2023-03.txt", "Quarterly Newsletter", None),
        ("c", "in/report.txt", "Quarterly report of the Northshire PCC", None),
        ("d", "in/kcc_cabinet_minutes.txt", "KENT COUNTY COUNCIL", None),        # another body's paper
        ("e", "in/southnorthshirely.txt", "Minutes", None)))                     # the name inside a word
    assert areas == {"a": "Northshire", "b": "Northshire", "c": "Northshire", "d": "", "e": ""}


def test_a_run_of_several_areas_gives_none_to_a_document_naming_none():
    from extract.dataset.observations import document_areas

    areas = document_areas(_area_docs(
        ("a", "a.txt", "Agenda", "Northshire Police and Crime Panel"),
        ("b", "b.txt", "Minutes", "Southshire Police and Crime Panel"),
        ("c", "northshire_report.txt", "Report", None)))
    assert areas["c"] == "" and areas["a"] == "Northshire" and areas["b"] == "Southshire"
