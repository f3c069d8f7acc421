"""Figures of short excerpts, session 16 (audit16-fig16: publishers not seen before).  Each quoted excerpt names
its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in _figs(text)]


def _periods(text: str) -> dict:
    return {f.value_raw: (f.period_start, f.period_end) for f in _figs(text)}


_NONE = (None, None)


# --------------------------------------------------------------------------
# numbers that name a group of crimes are no figures
# --------------------------------------------------------------------------

def test_a_crime_group_number_is_no_figure():
    """Police Scotland, Quarter 3 management information 2018-19: "Group 1 to 5" and "Group 1 Crimes" name
    Scotland's crime groups; Bromley's police update (2016): "the MOPAC 7" names the Met's seven crimes."""
    assert _raws("There were over 3,000 fewer (Group 1 to 5) crimes recorded in Scotland by the end of the third "
                 "quarter of 2018-19, down 0.4 per cent year on year and 2.5 per cent down on the five year "
                 "average.") == ["0.4 per cent", "2.5 per cent"]
    assert _raws("Overall violent crime is down 1.6 per cent however Group 1 Crimes (non-sexual violent crimes) "
                 "have increased.") == ["1.6 per cent"]
    assert _raws("The performance of Bromley Police against the MOPAC 7 targets was generally considered to be "
                 "good.") == []


def test_a_group_with_a_count_after_it_stays():
    """Negative: a count after "group" that is no label (a thousands comma), a percent."""
    assert "1,200" in _raws("The working group 1,200 members strong met twice.")
    assert "5%" in _raws("Crime in group 5% higher than last year.")


# --------------------------------------------------------------------------
# periods
# --------------------------------------------------------------------------

_KENT = ("Robbery In 2022/23, there were 1,261 offences; an increase of 5.8% (or 69) on the previous year. Compared "
         "to year ending June 2019 baseline, a decrease of 36.4% (or 721).")


def test_a_change_against_a_baseline_year_is_of_the_year_stated_before():
    """Kent PCC's annual report 2022/23 on the national crime measures: the change against the year ending June
    2019 baseline is the change of 2022/23, stated just before -- not of the year after the baseline."""
    p = _periods(_KENT)
    assert p["36.4%"] == ("2022-04-01", "2023-03-31")
    assert p["721"] == ("2022-04-01", "2023-03-31")


def test_a_change_against_a_baseline_alone_is_not_dated_a_year_after_it():
    """Negative: with no year stated before, a baseline gives no year after it; an ordinary comparison year still
    gives the year-on-year change."""
    assert _periods("Compared to year ending June 2019 baseline, a decrease of 36.4% (or 721).")["36.4%"] == _NONE
    assert _periods("Crime fell by 10% compared to the year ending June 2019.")["10%"] == ("2019-07-01", "2020-06-30")
