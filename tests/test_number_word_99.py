"""normalise.NUMBER_WORD_99: a number word from one to ninety-nine, whole."""
import re

import pytest

from extract.normalise import NUMBER_WORD_99

_WHOLE = re.compile(NUMBER_WORD_99 + r"\Z", re.I)


@pytest.mark.parametrize("word", ["one", "nine", "ten", "eleven", "seventeen", "nineteen", "twenty", "fifty",
                                  "sixty", "seventy", "ninety", "twenty-one", "sixty-five", "ninety-nine",
                                  "Nine", "SEVENTY-TWO"])
def test_a_number_word_is_one(word):
    assert _WHOLE.match(word)


@pytest.mark.parametrize("text", ["hundred", "none", "twenty one", "zero", "a-nine", "x-seventy"])
def test_other_words_are_none(text):
    assert not _WHOLE.match(text)


def test_never_the_tail_of_a_word():
    assert re.search(NUMBER_WORD_99, "someone", re.I) is None
    assert re.search(NUMBER_WORD_99, "sixty-five", re.I).group() == "sixty-five"
