"""The quantity scan's shortcuts (extract/normalise/scan_speed.py, quantities._scan) find
exactly what the plain search finds: every position where the quantity pattern matches is
one of QuantityStarts' positions, on real text and on generated text."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from extract.normalise import quantities
from extract.normalise.quantities import _FastGroups, _Groups, _Q_FAST, _Q_RE, _Q_STARTS

from test_scan_speed import _texts


def match_starts(text: str) -> list[int]:
    """Every position where _Q_RE matches (a search from each position after the last)."""
    out, pos = [], 0
    while (m := _Q_RE.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def missed(text: str) -> set[int]:
    return set(match_starts(text)) - set(_Q_STARTS(text))


def test_every_match_start_is_a_candidate_on_real_text():
    texts = _texts()
    assert len(texts) > 500
    for text in texts:
        assert not missed(text), text[:200]


def _reading(m, groups) -> tuple:
    """A match as _scan reads it: its span, the span of its named groups, their values."""
    if m is None:
        return None
    g = groups(m)
    return m.span(), m.span("n") if g.get("n") else None, [(k, g.get(k) if k in groups.index else None)
                                                           for k in sorted(_Groups.index)]


def fast_differs(text: str) -> list[int]:
    """The candidate positions where the re form of the pattern reads otherwise than _Q_RE."""
    return [s for s in _Q_STARTS(text) if _Q_FAST.slow_gate.match(text, s) is None
            and _reading(_Q_FAST.rx.match(text, s), _FastGroups) != _reading(_Q_RE.match(text, s), _Groups)]


def test_re_form_reads_as_the_quantity_pattern_on_real_text():
    assert set(_FastGroups.index) < set(_Groups.index)
    for text in _texts():
        assert not fast_differs(text), text[:200]


def test_each_kind_of_start_is_a_candidate():
    for text in ("n=600", "(N = 12)", "r=0.86", "R2 = 0.64", "r² = .5", "£1.2m", "-£3k", "±3.5 per cent",
                 "x +/- 10.52", "-1.0%", "+0.7% pts", ".5 of", "(.25)", "1,234.5", "12:21 mins", "-00:16:12",
                 "averaged 11:34", "an hour and 10 minutes", "-an hour and a half", "a minute and a half",
                 "half an hour", "half-a-minute", "twenty-five minutes", "twenty five minutes",
                 "two and a half hours", "+twenty minutes", "one-minute", "1 in 5", "41st of 44", "29p",
                 "1h 30m", "10m 55s", "3-minute 40 secs", "TWO HOURS"):
        starts = match_starts(text)
        assert starts and not missed(text), text


_WORDS = st.sampled_from(["a", "an", "half", "and", "twenty", "five", "-", "+", "/", ":", ".", ",", "£", "±",
                          "n", "r", "=", "hours", "hrs", "mins", "minute", "secs", "1", "23", "2019", "0.5",
                          "%", "per cent", "points", "pp", "p", "st", "in", "of", "averaged", "x", "(", ")"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from(["", " ", "  ", "\t", "-"])), max_size=12))
def test_generated_text(parts):
    text = "".join(w + sep for w, sep in parts)
    assert not missed(text)
    assert not fast_differs(text)
    assert quantities._scan(text) == _plain_scan(text)


def _plain_scan(text: str):
    """_scan with the plain search loop (no QuantityStarts)."""
    real = quantities._Q_STARTS
    quantities._Q_STARTS = lambda clean: range(len(clean) + 1)
    try:
        return quantities._scan(text)
    finally:
        quantities._Q_STARTS = real


def _plain_period(text: str, default_year):
    """parse_period with every pass tried (no needs)."""
    from extract.normalise import periods as P
    saved = P._PASSES_AND_NEEDS
    P._PASSES_AND_NEEDS = tuple((rule, None) for rule in P.PERIOD_PASSES)
    try:
        return P._parse_period(text, default_year)
    finally:
        P._PASSES_AND_NEEDS = saved


def test_period_needs_skip_only_passes_that_cannot_match():
    from extract.normalise.periods import _parse_period
    lines = [line for text in _texts() for line in text.splitlines() if line.strip()][:15000]
    lines += ["12 Months to Jul-2023 vs. 12 Months to Jul-2024", "year to September 2019", "rolling 12 months",
              "YTD", "year to date to Oct-23", "Quarter Two 2019-20", "Q2", "1 July to 30 September 2019",
              "from 2019/20 to 2022/23", "between 2020 and 2021", "calendar year 2022", "FY 23/24",
              "as at 31/03/2024", "2024-01-31", "Oct 23", "2023", "Oct - Dec", "October", "SEPT 2023",
              "Ytd", "\u212a 2023", "Quarter 3"]
    found = 0
    for line in lines:
        for year in (None, 2023):
            got = _parse_period(line, year)
            assert got == _plain_period(line, year), line
            found += got is not None
    assert found > 1000


def _same_sign_tail(tail: str) -> bool:
    from extract.normalise.signs import _SIGN_TAIL, _tail_start
    fast, plain = _SIGN_TAIL.search(tail, _tail_start(tail)), _SIGN_TAIL.search(tail)
    return (fast and (fast.span(), fast["w"])) == (plain and (plain.span(), plain["w"]))


def test_sign_tail_search_starts_late_only_where_no_match_can_start():
    import re
    found = 0
    for text in _texts()[:3000]:
        for m in re.finditer(r"\d", text):
            tail = text[max(0, m.start() - 80):m.start()]
            assert _same_sign_tail(tail), tail
            assert _same_sign_tail(tail + "\n") and _same_sign_tail(tail + "\n\n")
            found += "down" in tail or "fell" in tail
    assert found > 10
    for tail in ("fell by ", "rose 3.5% to\n", "down -", "up\n", "(down) ", "50% down by a", "made up ",
                 "a 5% fall;  decreased by about ", "x. \u0131ncreased by ", "1) lower:"):
        assert _same_sign_tail(tail), tail


def test_two_digit_financial_years_need_drops_no_span():
    from extract.normalise.exclusions import _FY2_NEED, _FY2_RE
    for text in _texts() + ["22-23", "FY 22/23", "in 22 - 23 and 23/24", "\u0662\u0662-\u0662\u0663"]:
        if _FY2_RE.search(text):
            assert _FY2_NEED.search(text), text
