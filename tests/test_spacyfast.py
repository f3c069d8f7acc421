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


def _plain_fixes(doc):
    """The sentence fixes as first written, on Token objects (the reference)."""
    from extract.nlp import _CLOSERS, _OPENERS, _WEAK, ABBREVIATIONS
    for i in range(1, len(doc)):
        tok = doc[i]
        if not tok.is_sent_start:
            continue
        prev = doc[i - 1]
        if prev.text in _OPENERS and i >= 2 and doc[i - 2].text in {".", "!", "?"}:
            prev.is_sent_start = True
            tok.is_sent_start = False
            continue
        if tok.text in _CLOSERS or tok.text in {"%", ",", ";", ":", ".", "-", "–"}:
            tok.is_sent_start = False
            continue
        if tok.text[:1].islower():
            tok.is_sent_start = False
            continue
        word = ""
        if prev.text == "." and i >= 2 and not doc[i - 2].whitespace_:
            word = doc[i - 2].text.lower()
        elif prev.text.endswith(".") and len(prev.text) > 1:
            word = prev.text[:-1].lower()
        if word and word in ABBREVIATIONS:
            if word in _WEAK:
                continue
            tok.is_sent_start = False
    return doc


def test_sentence_starts_are_the_sentencizer_and_its_fixes():
    from spacy.attrs import SENT_START
    from spacy.pipeline import Sentencizer
    nlp = get_nlp()
    plain = Sentencizer()
    texts = [p.read_text(encoding="utf-8", errors="replace") for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real")
             for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]
    paragraphs = [b for t in texts for b in t.split("\n\n") if b.strip()][:6000]
    paragraphs += ["", " ", "Wiltshire is approx. 18 months ahead. Next one.", "It was 13 min 11 sec. (Which was less.)",
                   "Ends here.(Next one.) and e.g. this. Op. Opal. vs. them", "! ? .", "A. b. C.", "x.\n\ny"]
    starts = 0
    for text, doc in zip(paragraphs, nlp.pipe(paragraphs)):
        ref = _plain_fixes(plain(nlp.make_doc(text)))
        assert doc.to_array(SENT_START).tolist() == ref.to_array(SENT_START).tolist(), text
        starts += len(list(doc.sents))
    assert starts > 2000


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for folder in (ROOT / "corpus", ROOT.parent / "shared" / "real")
            for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]


def test_suffix_search_finds_the_original_matches():
    from extract.suffix_search import SuffixSearch
    search = get_nlp().tokenizer.suffix_search
    assert isinstance(search, SuffixSearch) and search.usable
    from spacy.util import compile_suffix_regex
    original = compile_suffix_regex(get_nlp().Defaults.suffixes).search
    assert search.pattern == original.__self__.pattern
    stems = ["", "12", "ab", "x.", "4.5", "°C", "£3", "AB", "'", "..", "US", "n't", "(1"]
    ends = [chr(c) for c in range(0x20, 0x3100)] + ["km", "km²", "'s", "’S", "US$", "...", "……", "\n", ".\n", "5m/s", ""]
    words = [w for t in _texts() for w in t.split()][:60000]
    n = 0
    for s in [stem + end for stem in stems for end in ends] + words + [w[:-1] for w in words]:
        ours, theirs = search(s), original(s)
        assert (ours and ours.span()) == (theirs and theirs.span()), repr(s)
        n += theirs is not None
    assert n > 10000


def test_tokenizer_splits_as_spacys_default():
    import spacy
    plain = spacy.blank("en").tokenizer
    ours = get_nlp().tokenizer
    for text in _texts():
        a, b = ours(text), plain(text)
        assert [(t.text, t.whitespace_) for t in a] == [(t.text, t.whitespace_) for t in b]


def test_any_match_is_the_search():
    import re

    from extract.any_match import any_match
    from extract.extractors.figures.mentions import _PERIODISH, _periodish
    lines = [line for t in _texts() for line in t.splitlines() if line.strip()][:20000]
    odd = ["", "Q3", "q3x", "FY24", "İn 2023", "ſept", "\u212aQ1", "JANUARY", "22/23", "a2020b", "yearly", "ytd.", "YTD",
           "Financial", "MONTHS", "x\nMarch", "19", "1/2",
           # (uncased characters beyond ASCII: read by the fast test; cased ones: by the pattern)
           "– Q3 ’24", "£2m in 2023 –", "•FY24", "“Quarter”", "Quarter–end", "Éte 2023", "ÉTÉ", "été Q2", "ẞ Q1",
           "–ſept", "– \u212aQ1", "– İn 2023", "— no period —"]
    for text in lines + odd:
        assert _periodish(text) == (_PERIODISH.search(text) is not None), text
    from extract.extractors.figures import mentions as M
    pairs = [(M._since_end, M._SINCE_END), (M._since_before, M._SINCE_BEFORE), (M._year_prep_end, M._YEAR_PREP_END),
             (M._base_before, M._BASE_BEFORE)]
    befores = [line[max(0, i - 40):i] for line in lines[:4000] for i in range(0, len(line) + 1, 5)]
    befores += ["compared with the ", "than in ", "Since the end of ", "prior to ", "on ", "in", "ſince ", "vs. "]
    for fast, rx in pairs:
        assert fast.__name__ == "test"
        for before in befores:
            assert fast(before) == (rx.search(before) is not None), (rx.pattern, before)
    rx = re.compile(r"(?:ab|cd)e*|\bx[1-3]\b|[|]q|(z)", re.I)
    test = any_match(rx)
    for text in ["AB", "xcd", "X2", "x22", "|Q", "Z", "nothing", "|", "ĸ", "–X2–", "é x2", "–\u212ax2", "’Z", "£ab"]:
        assert test(text) == (rx.search(text) is not None), text
    for unusable in (re.compile("Ab|c", re.I), re.compile("ab|c"), re.compile(r"(a)\1|b", re.I), re.compile("é|a", re.I)):
        assert any_match(unusable).__name__ == "plain"   # searched with the pattern itself
        for text in ("zzz", "AB", "c", "aa", "é"):
            assert any_match(unusable)(text) == (unusable.search(text) is not None)
    assert any_match(_PERIODISH).__name__ == "test"
