"""Speed shortcuts of session 16 (speed16b, issue 14), each against the plain form it stands for: on the
records of ../shared/real and corpus/ (every figure of a document with tables) and on edge cases."""
from __future__ import annotations

from collections import defaultdict

import pytest

from extract.records import FigureRecord
from extract.reconcile import _comparable, own_table_checks
from extract.reconcile.comparing import TablesFacts, _narrative_checks, may_check, named_row_check
from extract.reconcile.linking import FigContexts, _fig_context, _fig_measure
from extract.reconcile.tables import _build_tables, _raw_key


@pytest.fixture(scope="module")
def runs(real_run, corpus_run) -> list[tuple[list, dict]]:
    """(figures, each document's tables) of the real run and the corpus run."""
    out = []
    for result in (real_run[0], corpus_run[0]):
        out.append((list(result.tables["figures"]), _build_tables(_comparable(result.tables["measures"]))))
    return out


def _plain_own_checks(figures, tables) -> list[tuple]:
    """``own_table_checks`` as it was: every figure of a document with tables through its context."""
    out = []
    for f in figures:
        own = tables.get(f.doc_id) if f.value is not None else None
        chk = _narrative_checks(_fig_context(f), own, "narrative_vs_table") if own else None
        if chk is not None:
            out.append((f.figure_id, chk))
    return out


# --------------------------------------------------------------------------
# the per-document checks: a figure no check can come of gets no context
# --------------------------------------------------------------------------

def test_screen_passes_every_figure_a_check_comes_of(runs):
    seen = defaultdict(int)
    for figures, tables in runs:
        facts = {d: TablesFacts(ts) for d, ts in tables.items() if ts}
        for f in figures:
            own = tables.get(f.doc_id) if f.value is not None else None
            if not own:
                continue
            fc = _fig_context(f)
            chk = _narrative_checks(fc, own, "narrative_vs_table")
            ok = may_check(f, facts[f.doc_id])
            assert ok or chk is None, (f.sentence, f.value_raw)
            seen["figures"] += 1
            seen["screened"] += not ok
            if chk is not None:
                # each way a check comes: the figure's measure, a volume of its crime type, a named money row
                named = f.unit == "gbp" and named_row_check(fc, own, "narrative_vs_table") is not None
                seen["named" if named else "volume" if fc.metric_key is None else "measure"] += 1
            # the measure the screen reads is the context's
            assert _fig_measure(f)[1] == fc.metric_key
    assert seen["figures"] > 300 and seen["screened"] > seen["figures"] // 2, dict(seen)
    assert seen["measure"] > 20 and seen["volume"] >= 2 and seen["named"] >= 2, dict(seen)


def test_own_checks_as_the_plain_pass(runs):
    for figures, tables in runs:
        got = own_table_checks(figures, tables, FigContexts())
        assert got == _plain_own_checks(figures, tables)
        assert len(got) > 10


def test_contexts_made_after_the_screen_as_made_alone(runs):
    """A context made from the measure the screen kept is the context made from nothing."""
    n = 0
    for figures, tables in runs:
        ctx = FigContexts()
        for f in figures:
            if tables.get(f.doc_id):
                ctx.measure(f)
                assert ctx(f) == _fig_context(f)
                n += 1
    assert n > 300


def _fig(sentence: str, raw: str, value: float, unit: str, **kw) -> FigureRecord:
    start = sentence.index(raw)
    base = dict(figure_id="f1", doc_id="d1", page=1, line=1, section="Performance", sentence=sentence, value=value,
                unit=unit, value_raw=raw, role="level", period_type=None, period_start=None, period_end=None,
                period_inherited=0, subject=None, metric_text=None, metric=None, char_start=start,
                char_end=start + len(raw))
    base.update(kw)
    return FigureRecord(**base)


def test_screen_edge_cases():
    facts = TablesFacts([])
    assert facts.keys == frozenset() and not facts.vocabulary_rows and not facts.volume_rows and not facts.named_rows
    # no row at all: nothing to check against
    assert not may_check(_fig("Burglary fell by 5%.", "5%", -5.0, "percent", role="change"), facts)
    # a rank, a target or an "other" figure is never checked, whatever the tables hold
    facts.keys = frozenset({"crime_volume"})
    facts.vocabulary_rows = facts.volume_rows = facts.named_rows = True
    for role in ("rank", "target", "other"):
        assert not may_check(_fig("We ranked 3rd of 43 forces.", "3rd", 3.0, "count", role=role), facts)
    # a money figure with an over/underspend word goes to the named-row check
    assert may_check(_fig("Adult Social Care is forecasting a £30.4m overspend.", "£30.4m", 30.4e6, "gbp"), facts)
    # a count of a crime type with no measure of its own: a volume row may be its
    assert may_check(_fig("There were 702 offences.", "702", 702.0, "count"), facts)
    # ... but not without a volume row, when no row is a measure of the vocabulary
    facts.volume_rows = facts.vocabulary_rows = False
    assert not may_check(_fig("There were 702 offences.", "702", 702.0, "count"), facts)
    # a figure's own words are a row's ("raw:...")
    facts.keys = frozenset({_raw_key("kept informed")})
    assert may_check(_fig("Kept informed was 61.6%.", "61.6%", 61.6, "percent", metric_text="kept informed"), facts)


# --------------------------------------------------------------------------
# a block whose sentence punctuation all ends it is one sentence (not parsed when it keeps no figure)
# --------------------------------------------------------------------------

CLOSING = ["Minutes of the meeting held on 12 March 2024.", "in 2023?!", "rose by 5%…", "2023.", "Total 5 m.",
           "saved £161m.", "a 5 !.", "(2023).", "2023.)", "Rose 5%. .", "A 5 ?!?", "5 x.!", "5 ab.", "5 (a).",
           "5 £m.", "It was 5 U.K.", "5 e.g.", "5 etc.", "5 no.", "5\u3002", "5 \u2026.", "5 .", "5 ..", "5 ?", "x 5! ",
           "5 Cllr.", "£4.5m.", "12:30.", "Item 4. 5.", "5 !!", "5 ?.", "5 ;.", "5 ) .", "5 -."]


def test_closing_run_texts_are_one_sentence(real_lines):
    from extract.extractors.figures import _one_sentence, clean_block_text
    from extract.nlp import PUNCT_CHARS, get_nlp
    from extract.normalise.scan_speed import holds_none_of
    one, none = _one_sentence(), holds_none_of(PUNCT_CHARS)
    texts = list(dict.fromkeys(clean_block_text(t) for t in real_lines + CLOSING))
    new = [t for t in texts if t and one(t)]
    closing = [t for t in new if not none(t)]
    for t, doc in zip(new, get_nlp().pipe(new)):
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        assert sents == [(0, len(t))], t
    assert len(closing) > 40
    assert one("Minutes of the meeting held on 12 March 2024.") and one("in 2023?!") and one("2023.")
    # a full stop inside, a run not at the end, a unit's "m." (one token, which may start a sentence after it:
    # not when it ends the text, speed20b)
    assert not one("Done. Next") and not one("2023.)") and not one("saved £161m.)") and not one("x 5! ")
    assert one("saved £161m.")
