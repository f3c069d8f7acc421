"""Speed shortcuts of session 18 (speed18b, issue 14): each against the plain form it stands for, on
the text documents of ../shared/real and corpus/ and on edge cases."""
from __future__ import annotations

import pytest

from extract.extractors.figures import matchers, mentions
from extract.nlp import get_nlp, parse_all


@pytest.fixture(scope="module")
def block_docs(real_texts):
    """The Docs of the real texts' paragraphs holding a digit (as the figures extractor parses them)."""
    paras = []
    for text in real_texts:
        paras += [p.strip() for p in text.split("\n\n") if any(c.isdigit() for c in p)]
    paras = list(dict.fromkeys(p for p in paras if 0 < len(p) < 4000))
    return parse_all(paras[:3000])


def test_period_patterns_read_only_the_words():
    # the run memo's premise: a run's matches are a function of its tokens' TEXT and LOWER
    keys = {k for p in matchers._period_patterns() for spec in p for k in spec}
    assert keys <= {"TEXT", "LOWER", "ORTH", "OP"}, keys
    assert all(spec.get("OP") in (None, "?") for p in matchers._period_patterns() for spec in p)


def _period_plain(pre, a: int, b: int) -> list:
    """The period matches of ``pre.sdoc[a:b]`` by the one period matcher (no runs, no memo)."""
    strings = pre.sdoc.vocab.strings
    orths = [t.orth for t in pre.sdoc[a:b]]
    return sorted((strings[m], s, e) for m, s, e in pre._matchers["period"](pre.sdoc[a:b], orths))


def test_period_matches_remembered_by_run_are_the_plain_matcher_s(block_docs):
    """Every sentence's period matches, cold (memo empty) and warm (memo filled by the other sentences,
    in another order: each run's matches made in another Doc), equal the one period matcher's."""
    assert matchers._period_groups()
    spans = [(sdoc, s.start, s.end) for sdoc in block_docs for s in sdoc.sents if s.end > s.start]
    mentions._RUN_MEMO[:] = [None, {}]
    with_matches = remembered = 0
    for order in (spans, spans[::-1]):
        for sdoc, a, b in order:
            pre = mentions._DocMatches(sdoc)
            before = len(mentions._RUN_MEMO[1])
            got = sorted(pre.within("period", a, b))
            remembered += len(mentions._RUN_MEMO[1]) == before
            want = _period_plain(pre, a, b)
            assert got == want, sdoc[a:b].text
            with_matches += bool(want)
    assert with_matches > 500
    assert remembered > len(spans)   # (the second pass read every run from the memo)


def test_run_memo_is_started_again_for_new_groups_and_when_full(monkeypatch):
    groups = matchers._period_groups()
    memo = mentions._run_memo(groups)
    memo[("x",)] = ()
    assert mentions._run_memo(groups) is memo
    other = mentions._run_memo(list(groups))   # (other groups: their own memo)
    assert other is not memo and not other
    monkeypatch.setattr(mentions, "RUN_MEMO_SIZE", 1)
    other[("y",)] = ()   # (full: a new memo for the same groups)
    fresh = mentions._run_memo(mentions._RUN_MEMO[0])
    assert fresh is not other and not fresh


def test_same_run_in_different_contexts_gives_the_same_matches():
    nlp = get_nlp()
    texts = ["Crime fell in the 12 months to March 2024 by 4%.", "(the 12 months to March 2024)",
             "In September 2023 there were 12", "Q1 2023/24: 45", "From 1 April 2023 to 30 June 2023 it rose",
             "September 2023 September 2023", "the year to date (ytd) figure for 2022-23 was 7"]
    mentions._RUN_MEMO[:] = [None, {}]
    for _ in range(2):
        for text in texts:
            sdoc = nlp(text)
            pre = mentions._DocMatches(sdoc)
            assert sorted(pre.within("period", 0, len(sdoc))) == _period_plain(pre, 0, len(sdoc)), text
