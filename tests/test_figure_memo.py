"""The figures of a sentence read before are remembered (extract.extractors.figures.memo):
the same records as reading it afresh, never another context's answer, never a shared object."""
from __future__ import annotations

from pathlib import Path

from extract.extractors import figures
from extract.extractors.figures import memo
from extract.extractors.figures.context import _Ctx
from extract.extractors.figures.sentence import _Fig
from extract.loaders import load, load_text
from extract.normalise.core import Quantity

ROOT = Path(__file__).resolve().parents[1]


def _report(quarter: str):
    return load_text("page.txt", f"Performance report {quarter}\n\n{quarter}\n\n"
                                 "There were 12 burglaries in the county.\n\n"
                                 "In October 2023 there were 40 robberies. This is a decrease of 3 on last year.\n")


def _rows(doc):
    return [(f.value_raw, f.period_type, f.period_start, f.period_inherited, f.subject, f.role)
            for f in figures.extract(doc)]


def test_a_remembered_sentence_gives_the_records_of_a_fresh_reading():
    for path in sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in (".md", ".txt")):
        doc = load(path)
        memo.clear()
        fresh = figures.extract(doc)
        assert len(memo._MEMO) > 0, path.name
        entries = len(memo._MEMO)
        again = figures.extract(doc)   # every sentence answered from the memo
        assert len(memo._MEMO) == entries
        assert again == fresh, path.name


def test_the_same_sentence_under_another_section_period_is_read_again():
    # "There were 12 burglaries in the county." inherits its quarter from the heading (read: Q1 is
    # April-June 2023, Q2 July-September 2023); the block's text is the same in both reports
    memo.clear()
    q1 = _rows(_report("Quarter 1 2023/24"))
    q2 = _rows(_report("Quarter 2 2023/24"))
    assert q1[0] == ("12", "quarter", "2023-04-01", 1, "Residential Burglary", "level")
    assert q2[0] == ("12", "quarter", "2023-07-01", 1, "Residential Burglary", "level")


def test_what_an_earlier_sentence_carried_is_given_back_on_a_remembered_answer():
    # "This is a decrease of 3" takes Robbery from the sentence before it in the block; the
    # second report's block is answered from the memo and must carry it the same way
    memo.clear()
    first = _rows(_report("Quarter 1 2023/24"))
    second = _rows(_report("Quarter 1 2023/24"))
    assert first[2][0] == "3" and first[2][4] == "Robbery" and first[2][5] == "change"
    assert second == first


def _counting(monkeypatch):
    """memo's reader replaced by one that counts its calls and carries a subject."""
    calls = []

    def read(sentence, sdoc, tok_start, tok_end, base, ctx, carry, pre):
        calls.append(sentence)
        carry["subject"] = "Robbery"
        return [_Fig(Quantity(3.0, "count", "3", 0, 1), 3.0, "change")]

    monkeypatch.setattr(memo, "_sentence_figures", read)
    memo.clear()
    return calls


def _ask(ctx=None, carry=None, text="3 fewer."):
    carry = {} if carry is None else carry
    return memo.sentence_figures(text, 0, len(text), text, None, 0, 2, 0, ctx or _Ctx(), carry, None), carry


def test_remembered_figures_are_copies_and_the_carry_is_given_back(monkeypatch):
    calls = _counting(monkeypatch)
    first, carry1 = _ask()
    first[0].metric = "changed by a caller"     # (a lead-in's measure set on what was given)
    second, carry2 = _ask()
    assert len(calls) == 1
    assert second[0].metric == "" and second[0] is not first[0]
    assert carry1 == carry2 == {"subject": "Robbery"}


def test_another_context_or_carry_or_text_is_read_again(monkeypatch):
    calls = _counting(monkeypatch)
    _ask()
    _ask(ctx=_Ctx(subject="Burglary"))
    _ask(carry={"subject": "Burglary"})
    _ask(text="3 more.")
    _ask()
    assert len(calls) == 4


def test_a_new_vocabulary_empties_the_memo(monkeypatch):
    calls = _counting(monkeypatch)
    _ask()
    monkeypatch.setitem(memo._STATE, "lexicon", object())   # as if the vocabulary had changed
    _ask()
    assert len(calls) == 2


def test_the_memo_is_bounded(monkeypatch):
    calls = _counting(monkeypatch)
    monkeypatch.setattr(memo, "MEMO_CHARS", 20)
    for i in range(10):
        _ask(text=f"{i} fewer crimes.")      # 15 characters each: one kept at a time
    assert len(memo._MEMO) == 1 and memo._STATE["chars"] <= 20
    _ask(text="0 fewer crimes.")
    assert len(calls) == 11


def test_a_blocks_sentences_count_their_own_spans_not_the_whole_block_each(monkeypatch):
    """A block of four 15-character sentences (60 characters) is held in full under a bound of
    60: each sentence's key holds the one block text, so each counts its own span of it."""
    calls = _counting(monkeypatch)
    monkeypatch.setattr(memo, "MEMO_CHARS", 60)
    block = "".join(f"{i} fewer crimes." for i in range(4))
    spans = [(i * 15, i * 15 + 15) for i in range(4)]
    for _ in range(2):
        for sc, ec in spans:
            memo.sentence_figures(block, sc, ec, block[sc:ec], None, 0, 2, 0, _Ctx(), {}, None)
    assert len(calls) == 4 and len(memo._MEMO) == 4 and memo._STATE["chars"] == 60


def test_a_context_value_that_cannot_be_a_key_is_read_as_usual(monkeypatch):
    calls = _counting(monkeypatch)
    ctx = _Ctx()
    ctx.extra = ["a list"]            # (a field added to the context later, not hashable)
    _ask(ctx=ctx)
    _ask(ctx=ctx)
    assert len(calls) == 2 and not memo._MEMO


def test_every_field_of_the_context_is_in_the_key(monkeypatch):
    calls = _counting(monkeypatch)
    a, b = _Ctx(), _Ctx()
    b.extra = "another section"       # (a field added to the context later)
    _ask(ctx=a)
    _ask(ctx=b)
    assert len(calls) == 2
