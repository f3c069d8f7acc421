"""Number words inside durations (extract/normalise.py): "two minutes 30
seconds" is one duration of 150 s, never a stray "30 seconds"; number words
outside durations stay non-figures."""
from __future__ import annotations

import pytest

from extract.normalise import find_quantities, parse_duration


def _durs(text):
    return [(q.raw, q.value) for q in find_quantities(text) if q.unit == "seconds"]


# ---------------------------------------------------------------- positives

@pytest.mark.parametrize("text,seconds", [
    ("two minutes 30 seconds", 150),
    ("Two Minutes Thirty Seconds", 150),
    ("one minute 30 seconds", 90),
    ("1 minute thirty seconds", 90),
    ("three minutes and two seconds", 182),
    ("one hour and two minutes", 3720),
    ("one hour, twenty minutes and five seconds", 4805),
    ("2 hours and fifteen minutes", 8100),
    ("twenty-five minutes", 1500),
    ("twenty five minutes", 1500),
    ("forty-nine seconds", 49),
    ("sixty seconds", 60),
    ("fourteen minutes", 840),
    ("seventeen seconds", 17),
    ("eleven hours", 39600),
    ("one-minute", 60),
    ("an hour and 10 minutes", 4200),
    ("an hour and twenty minutes", 4800),
    ("a minute and 30 seconds", 90),
    ("a minute and a half", 90),
    ("an hour and a half", 5400),
    ("half an hour", 1800),
    ("half-an-hour", 1800),
    ("half a minute", 30),
    ("one and a half hours", 5400),
    ("2 and a half hours", 9000),
    ("two hours and a half", 9000),
    ("two minutes and a half", 150),
])
def test_parse_duration_number_words(text, seconds):
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text,raw,seconds", [
    ("Calls were answered in two minutes 30 seconds on average.", "two minutes 30 seconds", 150),
    ("The meeting lasted an hour and a half before the break.", "an hour and a half", 5400),
    ("Officers arrived within an hour and 10 minutes of the call.", "an hour and 10 minutes", 4200),
    ("A response in half an hour is expected.", "half an hour", 1800),
    ("answered within an average of five seconds.", "five seconds", 5),
    ("The panel held one minute's silence.", "one minute", 60),
    ("the two-minute rule applies", "two-minute", 120),
])
def test_number_word_duration_is_one_quantity_with_whole_raw(text, raw, seconds):
    got = _durs(text)
    assert got == [(raw, pytest.approx(seconds))]
    q = [q for q in find_quantities(text) if q.unit == "seconds"][0]
    assert text[q.start:q.end] == raw


def test_no_stray_seconds_part():
    # the defect: "two minutes 30 seconds" used to give a "30 seconds" of 30 s
    qs = find_quantities("It took two minutes 30 seconds to answer.")
    assert [q.value for q in qs] == [150]


def test_two_word_durations_not_joined():
    got = _durs("from three minutes 49 seconds to one minute 20 seconds")
    assert [v for _, v in got] == [229, 80]


def test_sign_and_offsets_with_markup():
    text = "<b>two</b> minutes 30 seconds"
    qs = find_quantities(text)
    assert len(qs) == 1 and qs[0].value == 150
    assert text[qs[0].start:qs[0].end] == qs[0].raw


# ---------------------------------------------------------------- negatives

@pytest.mark.parametrize("text", [
    # number words outside durations
    "two officers", "Twenty-five arrests were made", "one of the priorities", "sixty cases",
    # "a"/"an" alone: idioms, rates
    "a minute", "an hour", "wait a minute", "paid £12 an hour", "once a minute",
    "a half hour",
    # ranges in words: no figure
    "two to three minutes", "between two and three hours", "two or three minutes",
    "two-three minutes", "two to 3 minutes", "ten to fifteen seconds",
    # bigger numbers: never the tail as a duration of its own
    "sixty-five minutes", "seventy five minutes", "one hundred and five minutes",
    "ninety seconds",
    # words glued into other words
    "someone minutes", "oftentimes hours",
    # period/idiom forms already excluded in digits
    "a two-hour meeting", "a twenty-four-hour service", "twenty-four hours a day",
    # "half" that is no duration part
    "an hour and a half of overtime",
])
def test_not_number_word_durations(text):
    assert _durs(text) == []


@pytest.mark.parametrize("text,seconds", [
    ("2 hours, half of which", 7200),          # "half" is no part of the duration
    ("two hours and a half-day", 7200),
])
def test_half_only_as_and_a_half(text, seconds):
    assert [v for _, v in _durs(text)] == [seconds]


def test_twenty_five_minute_slots_is_no_wrong_value():
    # "twenty five-minute slots" is twenty slots of five minutes: never 1500 s
    assert all(v != 1500 for _, v in _durs("twenty five-minute slots"))


def test_stand_alone_number_words_are_not_counts():
    assert find_quantities("two officers and three staff attended") == []


# ---------------------------------------------------------------- digits unchanged

@pytest.mark.parametrize("text,expected", [
    # a range states its unit once, after the second number (quantities._ranges)
    ("2 to 3 minutes", [("2", 120, "seconds"), ("3 minutes", 180, "seconds")]),
    ("1 hour 31 minutes and 32 secs", [("1 hour 31 minutes and 32 secs", 5492, "seconds")]),
    ("a 2-minute silence", [("2-minute", 120, "seconds")]),
    ("a 2-hour meeting", []),
    ("24 hours a day", []),
    ("Minutes 12 to 15 were approved", []),
])
def test_digit_behaviour_unchanged(text, expected):
    assert [(q.raw, q.value, q.unit) for q in find_quantities(text)] == \
        [(r, pytest.approx(v), u) for r, v, u in expected]
