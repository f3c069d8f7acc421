"""All number / percent / points / duration / money / period / date / time /
sign grammar of the project lives here.  Pure functions, no I/O.

Canonical values (SPEC "Canonical values"):

* ``count``             plain numbers ("1,125" -> 1125, "1.4 million" -> 1400000)
* ``percent``           12.3 means 12.3 % (never 0.123)
* ``percentage_points`` "1.6% points", "+1.5%ppts", "5.5% pts", "1.2 pp"
* ``seconds``           every duration ("00:12:21" -> 741, "1 hr 33 min" -> 5580,
                        "two minutes 30 seconds" -> 150, "half an hour" -> 1800)
* ``gbp``               money ("£1m" -> 1e6, "£25k" -> 25000)

General rules

* A wrong value is worse than a missing one: when a text is ambiguous the
  functions return ``None`` (or leave the figure out of
  :func:`find_quantities`).
* Before matching, text is *cleaned* (offsets are kept, see ``_clean``):
  HTML tags (``<sup>th</sup>``, ``<u>``) and Markdown emphasis (``**``) are
  dropped, ``$\\pm 3.5$`` becomes ``±3.5``, non-breaking / thin spaces become
  spaces, and every dash (``– — − ‒``) becomes ``-``.
* A sign counts only when glued to the number ("-1.0%", "+0.7% pts"); a dash
  followed by a space is a bullet or a range, never a sign.
* Month names may be full or abbreviated ("Sept" too), in any case.
  Two-digit years are 20xx.
* Cleaning and :func:`find_quantities` are cached per text (texts up to 2,000
  characters): the extractors and reconciliation scan the same sentences, and
  each is cleaned and scanned once.  ``find_quantities`` returns a new list
  each call (its Quantity items are frozen).
"""
from __future__ import annotations

from .core import Quantity, Period, clean_text, MONTH, MONTH_NAMES, MONTH_PREFIX, MONTH_WORDS, WEEKDAY, WEEKDAY_NAME, NUMBER_WORD_99, _clean  # noqa: F401
from .quantities import parse_percent, parse_duration, parse_money, find_quantities, _scan  # noqa: F401
from .cells import parse_number, parse_value  # noqa: F401
from .signs import sign_from_words, apply_sign, bracketed_variance  # noqa: F401
from .dates import day_after_month_at, parse_date, parse_time, parse_time_range  # noqa: F401
from .periods import parse_period, parse_relative_period, window_ending, shift_years, change_period  # noqa: F401

__all__ = [
    "Quantity", "Period", "parse_number", "parse_percent", "parse_duration",
    "parse_money", "parse_value", "find_quantities", "sign_from_words",
    "apply_sign", "parse_period", "parse_date", "parse_time",
    "parse_time_range", "clean_text", "parse_relative_period",
    "window_ending", "shift_years", "change_period",
]
