"""Unit tests of the readers behind _quantity_from_match (extract/normalise/quantities.py),
one per kind of match: each read straight from the quantity pattern's first match."""
from __future__ import annotations

import pytest

from extract.normalise.quantities import (_QUANTITY_READERS, _Q_RE, _clean, _q_coef, _q_duration,
                                          _q_money, _q_n, _q_one_in, _q_ordinal, _q_pence,
                                          _q_percent, _q_plain, _q_plusminus, _quantity_from_match)


def read(reader, text):
    clean, _ = _clean(text)
    m = _Q_RE.search(clean)
    return reader(m, m.groupdict(), clean)


def test_n_is_a_sample_size():
    assert read(_q_n, "n=600")[:4] == (600.0, "count", False, "n")


def test_money_scaled():
    assert read(_q_money, "£1.2m")[:3] == (1200000.0, "gbp", False)


def test_duration_and_a_range_end():
    assert read(_q_duration, "44:38 mins")[:2] == (2678.0, "seconds")
    clean, _ = _clean("two to 3 minutes")
    m = [m for m in _Q_RE.finditer(clean) if m.group("dur")][0]
    assert _q_duration(m, m.groupdict(), clean) is None


def test_coefficient_only_between_minus_one_and_one():
    assert read(_q_coef, "r= 0.86")[:4] == (0.86, "ratio", False, "coefficient")


def test_plusminus_percent():
    assert read(_q_plusminus, "±3.5 per cent")[:4] == (3.5, "percent", False, "plusminus")


def test_percent_with_arrow_direction():
    v, unit, se, kind, direction = read(_q_percent, "12.5% ▼")[:5]
    assert (v, unit, se, direction) == (-12.5, "percent", True, -1)
    assert read(_q_percent, "3 percentage points")[:2] == (3.0, "percentage_points")


def test_pence_in_pounds():
    assert read(_q_pence, "45p")[:2] == (0.45, "gbp")


def test_one_in_proportion_only_below_one():
    assert read(_q_one_in, "1 in 4")[:2] == (0.25, "ratio")
    assert read(_q_one_in, "12 in 10") is None  # more than one in one: not a proportion


def test_ordinal_rank_only_with_a_rank_word():
    assert read(_q_ordinal, "39th of 44 forces")[:4] == (39.0, "count", False, "rank")
    assert read(_q_ordinal, "the 3rd party") is None


def test_plain_count_not_a_year():
    assert read(_q_plain, "1.4 million")[:2] == (1400000.0, "count")
    assert read(_q_plain, "2023") is None


@pytest.mark.parametrize("text,unit", [("n=600", "count"), ("£5", "gbp"), ("10%", "percent"),
                                       ("1 in 4", "ratio"), ("1,125", "count")])
def test_quantity_from_match_dispatches_in_order(text, unit):
    clean, _ = _clean(text)
    assert _quantity_from_match(_Q_RE.search(clean), clean)[1] == unit
    assert len(_QUANTITY_READERS) == 10
