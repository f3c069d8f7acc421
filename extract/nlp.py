"""The one shared spaCy pipeline: a blank English model, nothing downloaded.

``get_nlp()`` returns a cached ``spacy.blank("en")`` with one component,
``sentences``: spaCy's rule-based ``sentencizer``, then rules that undo its
wrong splits in these documents:

* after abbreviations ("approx.", "No. 5", "e.g.", "Op. Opal", "Cllr.", "vs.");
* before a sentence that starts in lower case or with punctuation that cannot
  start a sentence ("... 8.%", "... (n. 2,751)", "... etc. and more");
* a figure's unit letter and a full stop are one token ("£161m." is "161" "m."): the stop
  ends a sentence there as it does after "£1.2bn.";
* a closing bracket or quote is kept with the sentence it closes, and an
  opening bracket goes with the sentence it opens.

Decimals ("12.4%") and counts ("n.6", "n. 2,751") are single tokens or are
re-joined by the rules above.  Every extractor shares this one pipeline; use
``nlp.pipe(texts)`` over many blocks at once.
"""
from __future__ import annotations

from collections import OrderedDict
from contextlib import contextmanager
from functools import lru_cache


from .spacy_import import import_spacy, registrations_deferred

spacy = import_spacy()
import numpy  # noqa: E402
import spacy.attrs  # noqa: E402 - after spaCy is imported the light way
from spacy.attrs import ENT_IOB, IS_PUNCT, LOWER, NORM, ORTH, SENT_START  # noqa: E402
from spacy.strings import StringStore  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.pipeline import Sentencizer  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402

#: The lexeme attributes computed for every new word: the lower case (read by the phrase
#: matchers, the token patterns and ``Token.lower_``) and IS_PUNCT (the sentencizer).
#: spaCy's other getters (norm, shape, prefix, suffix, like_num, is_stop ... 21 Python
#: calls per new word, most of what a new word costs) are kept in :data:`DEFERRED` and
#: called only for the words that reach a reader of them: the figures' token matchers
#: set the ones their patterns read (``matchers._Flags``).  Nothing else reads them.
EAGER_ATTRS = frozenset((LOWER, IS_PUNCT))
DEFERRED: dict = {}   # attr id -> spaCy's getter, not called for new words

#: Lower-cased words that, followed by ".", do not end a sentence.
ABBREVIATIONS = frozenset("""
approx approximately no nos nr e.g eg i.e ie etc vs v cf incl excl inc est fig figs ref refs para paras
op ops cllr cllrs dr mr mrs ms prof supt ch insp det sgt pc dc dci di ds st dept govt jan feb mar apr
jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun n min mins sec secs hr hrs
av avg p pp pg vol ltd co corp dep asst ext extn tel
""".split())

#: Abbreviations that often end a sentence too ("... 11 sec."): the split is
#: kept there unless the next sentence would start in lower case.
_WEAK = frozenset("etc min mins sec secs hr hrs co ltd jan feb mar apr jun jul aug sep sept oct nov dec".split())

_CLOSERS = {")", "]", "}", "”", "’", "\"", "'"}
_OPENERS = {"(", "[", "{", "“", "‘"}


_STOPS = {".", "!", "?"}
_NOT = (1 << 64) - 1   # a token's SENT_START -1 (no sentence start) as the uint64 of the Doc's arrays
_NO_START = _CLOSERS | {"%", ",", ";", ":", ".", "-", "–"}
#: the sentencizer's default sentence-final characters
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


@Language.component("sentences")
def sentence_starts(doc):
    """spaCy's ``sentencizer`` (its default characters; a start already set is kept) then
    the fixes above, from and to the Doc's arrays: no Token object per token (the
    sentencizer and the fixes iterated the tokens in Python)."""
    n = len(doc)
    if n == 0:
        return doc
    orths, starts = doc.to_array([ORTH, SENT_START]).T.tolist()
    vocab = doc.vocab
    chars = _punct_orths(vocab)
    letter_dots, either = _letter_dot_orths(vocab)
    # the sentencizer: after one of its characters, the next token that is neither one of
    # them nor punctuation starts a sentence (so does the first token)
    guesses, after = [0], 0
    for p in [i for i, o in enumerate(orths) if o in either]:
        if orths[p] in letter_dots:
            if _unit_stop(doc, p, n):
                guesses.append(p + 1)
            continue
        if p < after:
            continue   # inside the run of punctuation already passed
        after = p + 1
        while after < n and (orths[after] in chars or vocab[orths[after]].is_punct):
            after += 1
        if after < n:
            guesses.append(after)
    final = [s if s else _NOT for s in starts]   # (the sentencizer sets only the unset ones)
    for i in guesses:
        if not starts[i]:
            final[i] = 1
    _fix_starts(final, orths, doc)
    doc.from_array([SENT_START], numpy.array(final, dtype=numpy.uint64))
    return doc


def _fix_starts(starts: list, orths: list, doc) -> None:
    """Undo the sentencizer's wrong splits (see the module's doc) in ``starts`` (1 a
    sentence start, :data:`_NOT` not).  Each start is looked at once, left to right; a
    rule changes only it and the token before it, so those looked at are the sentencizer's."""
    strings = doc.vocab.strings
    for i in [i for i, s in enumerate(starts) if s == 1 and i]:
        text, prev = strings[orths[i]], strings[orths[i - 1]]
        # an opening bracket left at the end of the previous sentence starts this one
        if prev in _OPENERS and i >= 2 and strings[orths[i - 2]] in _STOPS:
            starts[i - 1], starts[i] = 1, _NOT
            continue
        if text in _NO_START or text[:1].islower():
            starts[i] = _NOT
            continue
        # "approx." tokenised as "approx" "." ; "e.g." as one token
        word = ""
        if prev == "." and i >= 2 and not doc[i - 2].whitespace_:
            word = strings[orths[i - 2]].lower()
        elif prev.endswith(".") and len(prev) > 1:
            word = prev[:-1].lower()
        if word and word in ABBREVIATIONS and word not in _WEAK:
            starts[i] = _NOT   # (after a weak one a real sentence end is likelier; lower case was handled above)


_PUNCT_ORTHS: dict = {}
_LETTER_DOTS: dict = {}


def _letter_dot_orths(vocab) -> tuple[frozenset, frozenset]:
    """The orths of a letter and a full stop ("m."): the tokenizer keeps them one token, so a
    figure's unit letter at a sentence's end ("saved £161m. Members noted ...") hides the stop;
    and those with the sentencizer's characters (one set looked up per token)."""
    if id(vocab) not in _LETTER_DOTS:
        letters = "abcdefghijklmnopqrstuvwxyz"
        dots = frozenset(vocab.strings[c + "."] for c in letters + letters.upper())
        _LETTER_DOTS[id(vocab)] = dots, dots | _punct_orths(vocab)
    return _LETTER_DOTS[id(vocab)]


def _unit_stop(doc, p: int, n: int) -> bool:
    """Is token ``p`` (a letter and a stop) a figure's unit ending a sentence: glued to a number
    before it ("161" "m.") and followed by a token (one in lower case is joined back by the fixes)?"""
    return 0 < p and p + 1 < n and not doc[p - 1].whitespace_ and doc[p - 1].text[-1:].isdigit()


def _punct_orths(vocab) -> frozenset:
    if id(vocab) not in _PUNCT_ORTHS:
        _PUNCT_ORTHS[id(vocab)] = frozenset(vocab.strings[c] for c in PUNCT_CHARS)   # (their hashes, not added)
    return _PUNCT_ORTHS[id(vocab)]


_ORTH_NORM = frozenset((ORTH, NORM))


class _Tokenizer(Tokenizer):
    """spaCy's ``Tokenizer`` with its check of a special case made cheaper where that check is
    trivially passed (start-up time only: about a third of building the tokenizer, whose 1,347
    English special cases are each checked by a call of spaCy's ``intify_attrs`` per token).

    A special case whose tokens are plain dicts of ORTH and NORM, keyed by their attribute ids
    (the English exceptions but a few), whose ORTHs joined are the string, passes spaCy's check
    unchanged: ``intify_attrs`` returns such a dict as it is, and the check raises only on
    another key or a different string.  Any other special case (a string key, a deprecated key
    such as "number", which spaCy's check removes from the dict) is checked by spaCy itself."""

    def _load_special_cases(self, special_cases):
        with _plain_specs_intified():
            super()._load_special_cases(special_cases)

    def _validate_special_case(self, chunk, substrings):
        for spec in substrings:
            if spec.__class__ is not dict or ORTH not in spec or not spec.keys() <= _ORTH_NORM:
                return super()._validate_special_case(chunk, substrings)
        if "".join([spec[ORTH] for spec in substrings]) != chunk:
            return super()._validate_special_case(chunk, substrings)   # (raises, as spaCy does)


def _intified(stringy_attrs, strings_map=None, _do_deprecated=False):
    """spaCy's ``intify_attrs`` (``spacy.attrs``), the same dict made without its pass over the
    deprecated names where none can be there: a plain dict keyed by attribute ids (ints, not
    ENT_IOB) and a StringStore.  spaCy's function then tests 47 morphology names (each in three
    cases) and six other names against the dict's int keys (no str equals an int: nothing is
    popped), returns each key as it is and each str value as ``strings_map.add`` gives it, in the
    dict's order.  Any other dict goes to spaCy's own.  (About 80,000 instructions a call, two for
    each of the 1,347 English special cases: 8% of the start-up.)"""
    if stringy_attrs.__class__ is dict and strings_map.__class__ is StringStore:
        for key in stringy_attrs:
            if key.__class__ is not int or key == ENT_IOB:
                break
        else:
            add = strings_map.add
            return {key: add(value) if isinstance(value, str) else value for key, value in stringy_attrs.items()}
    return _INTIFY_ATTRS(stringy_attrs, strings_map=strings_map, _do_deprecated=_do_deprecated)


_INTIFY_ATTRS = spacy.attrs.intify_attrs


@contextmanager
def _plain_specs_intified():
    """While the tokenizer adds its special cases: ``Vocab.make_fused_token`` (compiled code that
    reads ``intify_attrs`` from ``spacy.vocab``'s globals at each call) calls :func:`_intified`;
    spaCy's own is put back after."""
    import spacy.vocab as vocab_module

    was = vocab_module.intify_attrs
    vocab_module.intify_attrs = _intified
    try:
        yield
    finally:
        vocab_module.intify_attrs = was


@spacy.registry.tokenizers("extract.tokenizer.v1")
def _tokenizer():
    """spaCy's default tokenizer (``spacy.Tokenizer.v1``) with the same prefix and suffix searches
    and URL match made faster (:class:`~extract.suffix_search.PrefixSearch`, ``SuffixSearch``,
    ``NeededMatch``), its special cases checked faster (:class:`_Tokenizer`)."""
    from .suffix_search import InfixFinditer, NeededMatch, PrefixSearch, SuffixSearch

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefix_search = None
        if defaults.prefixes:
            # (the pattern of util.compile_prefix_regex)
            alternatives = ["^" + piece for piece in defaults.prefixes if piece.strip()]
            prefix_search = PrefixSearch("|".join(alternatives), alternatives)
        suffix_search = None
        if defaults.suffixes:
            # (the pattern of util.compile_suffix_regex)
            alternatives = [piece + "$" for piece in defaults.suffixes if piece.strip()]
            suffix_search = SuffixSearch("|".join(alternatives), alternatives)
        # (the pattern of util.compile_infix_regex)
        infixes = "|".join([piece for piece in defaults.infixes if piece.strip()]) if defaults.infixes else None
        infix_finditer = InfixFinditer(infixes) if infixes is not None else None
        return _Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions, prefix_search=prefix_search,
                         suffix_search=suffix_search, infix_finditer=infix_finditer,
                         token_match=defaults.token_match,
                         url_match=NeededMatch(defaults.url_match) if defaults.url_match else None)
    return tokenizer_factory


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared blank English pipeline (the sentencizer and its fixes, one component); a
    new word's lexeme gets only the :data:`EAGER_ATTRS` (the others are :data:`DEFERRED`).

    Made as ``spacy.blank("en")`` with the tokenizer ``extract.tokenizer.v1`` makes it (the
    same vocab, vectors, tokenizer, settings and ``[nlp]`` config: ``tests/test_nlp_build.py``)
    but without resolving and filling in the whole default config (its training sections are
    left unfilled: this pipeline is never trained or saved) and without spaCy's own
    registrations (:func:`~extract.spacy_import.registrations_deferred`)."""
    from spacy.lang.en import English
    from spacy.vectors import Vectors
    from spacy.vocab import create_vocab

    vocab = create_vocab(English.lang, English.Defaults)
    vocab.vectors = Vectors(strings=vocab.strings)   # (the default config's "spacy.Vectors.v1")
    # (deferred before the tokenizer's special cases make the first words: theirs too)
    getters = vocab.lex_attr_getters
    for attr in [a for a in getters if a not in EAGER_ATTRS]:
        DEFERRED[attr] = getters.pop(attr)
    with registrations_deferred():
        nlp = English(vocab, create_tokenizer=_tokenizer())
        nlp._config["nlp"]["tokenizer"] = {"@tokenizers": "extract.tokenizer.v1"}
        nlp.add_pipe("sentences")
    return nlp


def sentences(text: str) -> list[str]:
    """Convenience: the sentence strings of one text."""
    return [s.text for s in get_nlp()(text).sents]


#: at most this many characters of text are kept parsed (about 20 MB of Docs)
PARSED_CHARS = 1_000_000
_PARSED: "OrderedDict[str, object]" = OrderedDict()
_PARSED_SIZE = [0]


def parse_all(texts: list[str], batch_size: int = 128) -> list:
    """The Docs of ``texts`` through the shared pipeline, as ``get_nlp().pipe(texts)`` gives
    them; a text this process parsed before gives the Doc made then (a series of reports
    repeats most of its paragraphs from one quarter to the next).  The Docs are read, never
    changed, by the extractors; the oldest are let go past :data:`PARSED_CHARS`."""
    todo = list(dict.fromkeys(t for t in texts if t not in _PARSED))
    for text, doc in zip(todo, get_nlp().pipe(todo, batch_size=batch_size)):
        _PARSED[text] = doc
        _PARSED_SIZE[0] += len(text)
    out = []
    for t in texts:
        _PARSED.move_to_end(t)
        out.append(_PARSED[t])
    while _PARSED_SIZE[0] > PARSED_CHARS and len(_PARSED) > len(set(texts)):
        old, _ = _PARSED.popitem(last=False)
        _PARSED_SIZE[0] -= len(old)
    return out


def parse(text: str):
    """One text's Doc (see :func:`parse_all`)."""
    return parse_all([text])[0]
