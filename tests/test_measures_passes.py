"""Unit tests of the matrix-table passes of extract.extractors.measures.matrix, one rule each."""
from extract.extractors.measures import matrix as M


def _grid(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    return M._header_rows(rows, list(range(len(rows))))


def test_header_rows_group_row_spreads_over_the_columns_it_spans():
    g = _grid([["", "Victim satisfaction", "", ""],
               ["Area", "Ease of contact", "Actions taken", "Kept informed"],
               ["North", "91%", "80%", "75%"]])
    assert g.header == ["Area", "Ease of contact", "Actions taken", "Kept informed"]
    assert g.groups == ["", "Victim satisfaction", "Victim satisfaction", "Victim satisfaction"]
    assert g.hfull[2] == "Victim satisfaction Actions taken"
    assert g.body == [["North", "91%", "80%", "75%"]] and g.bidx == [2]


def test_header_rows_a_label_only_row_after_the_header_is_body():
    g = _grid([["Measure", "2023/24", "2022/23"], ["Violence", "", ""], ["Assault", "10", "12"]])
    assert g.header == ["Measure", "2023/24", "2022/23"]
    assert [r[0] for r in g.body] == ["Violence", "Assault"]


def test_header_rows_none_without_a_header():
    assert _grid([["Assault", "10", "12"], ["Robbery", "3", "4"]]) is None


def test_value_columns_need_sixty_percent_values_and_skip_status_columns():
    g = _grid([["Measure", "Q1", "Q2", "RAG"], ["A", "10", "12", "Green"], ["B", "3", "4", "Red"]])
    assert M._value_columns(g) == [1, 2]
    g = _grid([["Measure", "Q1", "Q2", "Notes"], ["A", "10", "text", "words"], ["B", "x", "y", "z"]])
    assert M._value_columns(g) == []


def test_label_column_is_a_later_measure_column():
    g = _grid([["Priority", "Measure", "Q1", "Q2"], ["P1", "Crime", "10", "12"], ["P2", "ASB", "3", "4"]])
    g.value_cols = M._value_columns(g)
    assert g.value_cols == [2, 3]
    assert M._label_column(g) == 1


def test_numbered_list_rows_are_not_measures():
    assert M._numbered_list(["1.", "2.", "Minutes"])
    assert not M._numbered_list(["Assault", "Robbery", "3"])


def test_column_kinds_change_variance_target_previous():
    g = _grid([["Measure", "Target", "2023/24", "Previous year", "Change", "Variance"],
               ["A", "10", "12", "11", "1", "2"]])
    g.value_cols = M._value_columns(g)
    cp = {j: M._col_period(g.header[j], g.groups[j]) for j in g.value_cols}
    k = M._column_kinds(g, cp)
    assert [j for j in g.value_cols if k.chg[j]] == [4]
    assert [j for j in g.value_cols if k.delta[j]] == [4, 5]
    assert [j for j in g.value_cols if k.tgt[j]] == [1]
    assert [j for j in g.value_cols if k.prev[j]] == [3]


def _periods(rows, caption=None):
    g = _grid(rows)
    g.value_cols = M._value_columns(g)
    cp = {j: M._col_period(g.header[j], g.groups[j]) for j in g.value_cols}
    return M._ColumnPeriods(g, cp, M._column_kinds(g, cp), caption).all()


def test_column_periods_change_of_two_12_month_windows_a_year_apart():
    p = _periods([["Crime type", "12 months to Dec-23", "12 months to Dec-22", "Volume change"],
                  ["Burglary", "100", "90", "10"]])
    assert (p[3].period_type, str(p[3].end)) == ("change_12_months", "2023-12-31")
    assert (p[1].period_type, str(p[1].end)) == ("rolling_12_months", "2023-12-31")


def test_column_periods_target_keeps_only_its_own_period():
    p = _periods([["Measure", "Baseline (2019/20)", "Target", "2023/24"], ["A", "10", "12", "11"]])
    assert (p[1].period_type, str(p[1].end)) == ("financial_year", "2020-03-31")
    assert (p[2].period_type, p[2].end) == ("other", None)


def test_column_periods_undated_change_is_other():
    p = _periods([["Measure", "Now", "Before", "Change"], ["A", "10", "12", "-2"]])
    assert (p[3].period_type, p[3].end) == ("other", None)


def test_row_name_rules():
    assert M._row_name("Total", None, False) == ("", "Total")
    assert M._row_name("Burglary", None, True) == ("", "Burglary")
    assert M._row_name("Abandonment Rate: All 999", None, False) == ("Abandonment Rate", "All 999")
    assert M._row_name("North - Crime", {"North - Crime": ("Crime", "North")}, False) == ("Crime", "North")
