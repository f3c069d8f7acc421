"""spaCy speed-ups give what the plain forms give: the lexeme flags set on demand are
the flag predicates themselves."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.figures.matchers import _FLAG_IDS, _flag_getter, _flags_of, _matchers
from extract.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]

WORDS = ["MAY", "May", "may", "Sept.", "sept", "Jan-24", "Jan-Dec", "2023/24", "22/23", "'23", "23", "1st",
         "FYTD", "ytd", "Q3", "q3", "one", "ONE", "Twelve", "–", "—", "-", "/", "through", "İ", "ſ", "K", "12",
         "2019", "1999", "3rd", "Quarter", "North", "East", "South", "West"]


def _words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8", errors="replace")[:20000]
                    for p in sorted((ROOT / "corpus").glob("*")) if p.suffix in (".md", ".txt"))
    return WORDS + [t.text for t in get_nlp().make_doc(text)]


def test_flags_set_on_demand_are_the_predicates():
    nlp = get_nlp()
    _matchers()
    flags = _flags_of(nlp.vocab)
    words = _words()
    flags.ensure([nlp.vocab.strings.add(w) for w in words])
    checked = 0
    for (vocab_id, lower, predicate, value), fid in _FLAG_IDS.items():
        if vocab_id != id(nlp.vocab) or fid is None:
            continue
        getter = _flag_getter(lower, predicate, value)
        for w in set(words):
            assert nlp.vocab[w].check_flag(fid) == getter(w), (w, predicate, value)
            checked += 1
    assert checked > 10000


def test_flagged_matcher_sets_the_flags_of_a_new_word():
    periods = _matchers()[0]
    doc = get_nlp()("Figures for Sept-2031 and Q4 2031/32 were new.")
    assert {doc[s:e].text for _, s, e in periods(doc)} >= {"Sept-2031", "Q4 2031/32"}


def test_deferred_attributes_set_on_demand_are_spacys():
    import spacy
    from spacy.attrs import IDS

    from extract.extractors.figures.matchers import _Flags
    from extract.nlp import DEFERRED, EAGER_ATTRS
    nlp = get_nlp()
    assert DEFERRED and not set(DEFERRED) & set(nlp.vocab.lex_attr_getters) and set(nlp.vocab.lex_attr_getters) == EAGER_ATTRS
    plain = spacy.blank("en").vocab   # every getter called for each new word
    words = sorted(set(_words()))
    flags = _Flags(nlp.vocab)
    for attr in DEFERRED:
        flags.read(attr)
    flags.ensure([nlp.vocab.strings.add(w) for w in words])
    names = [name for name, i in IDS.items() if i in DEFERRED or i in EAGER_ATTRS]
    assert len(names) >= 20
    for w in words:
        ours, theirs = nlp.vocab[w], plain[w]
        assert ours.flags % (1 << 19) == theirs.flags, w   # (the custom flags are bits 19 up)
        for name in names:
            if hasattr(theirs, name.lower()):
                assert getattr(ours, name.lower()) == getattr(theirs, name.lower()), (w, name)
