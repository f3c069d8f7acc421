"""Accounting negatives: a bracketed figure in a finance-table cell is negative ("(300)" -> -300).
Only with ``accounting=True``; elsewhere a bracketed number stays None (label, footnote)."""
import pytest
from hypothesis import given, strategies as st

from extract import normalise as N


@pytest.mark.parametrize("text,value,unit", [
    ("(300)", -300.0, "count"),
    ("( 300 )", -300.0, "count"),
    ("(1,234.5)", -1234.5, "count"),
    ("(0.4)", -0.4, "count"),
    ("(300).", -300.0, "count"),
    ("(12)", -12.0, "count"),
    ("(£300)", -300.0, "gbp"),
    ("£(300)", -300.0, "gbp"),
    ("(£1.2m)", -1200000.0, "gbp"),
    ("£(1.2m)", -1200000.0, "gbp"),
    ("(3.5%)", -3.5, "percent"),
    ("(1.2 million)", -1200000.0, "count"),
])
def test_parse_value_accounting_negative(text, value, unit):
    q = N.parse_value(text, accounting=True)
    assert (q.value, q.unit, q.sign_explicit, q.raw) == (value, unit, True, text)
    assert N.parse_value(text) is None  # without the finance convention: not a value


@pytest.mark.parametrize("text", [
    "(2019)", "(-3)", "(+3)", "(n=600)", "(3rd)", "(00:05:00)", "(300", "300)", "(£000)", "()",
    "(Q1)", "(a)", "(300) (400)", "(12 months)", "((300))",
])
def test_parse_value_accounting_not_a_negative(text):
    assert N.parse_value(text, accounting=True) is None


@pytest.mark.parametrize("text,value", [
    ("300", 300.0), ("-300", -300.0), ("£1.2m", 1200000.0), ("12.5%", 12.5), ("", None), ("-", None),
])
def test_parse_value_accounting_leaves_unbracketed_cells_alone(text, value):
    q = N.parse_value(text, accounting=True)
    assert (q.value if q else None) == value
    q0 = N.parse_value(text)
    assert (q0.value if q0 else None) == value


@pytest.mark.parametrize("text,value", [
    ("(300)", -300.0), ("(1,234.5)", -1234.5), ("(1.2 million)", -1200000.0), ("( 7 )", -7.0),
    ("(2019)", None), ("(-3)", None), ("(£300)", None), ("(3.5%)", None), ("300", 300.0),
])
def test_parse_number_accounting(text, value):
    assert N.parse_number(text, accounting=True) == value


def test_parse_number_bracket_is_ambiguous_by_default():
    assert N.parse_number("(300)") is None
    assert N.parse_number("(n=600)") == 600


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["", "£"]))
def test_bracketed_is_the_negative_of_the_plain_cell(n, cur):
    plain = f"{cur}{n:,}"
    if cur == "" and 1000 <= n <= 2100 and "," not in plain:
        return  # a bare year-like integer is no value either way
    q, b = N.parse_value(plain), N.parse_value(f"({plain})", accounting=True)
    assert q is not None and b is not None
    assert (b.value, b.unit) == (-q.value, q.unit)
