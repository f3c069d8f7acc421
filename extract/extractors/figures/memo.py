"""The figures of a sentence read before, in an earlier report of the series, not read again.

Reports of one series repeat most of their text from one quarter to the next (the same
boilerplate, the same targets, often the same paragraphs), and a run reads them in one
worker after another.  :func:`sentence_figures` answers a sentence of a block seen before,
under the same context, with copies of the figures found then, instead of reading it again.

Why that is exact: :func:`.sentence._sentence_figures` is a function of

* the block's text (its Doc, its matches, and the sentence's place in it: the key holds
  the whole block text and the sentence's character span);
* the context inherited from the section (``_Ctx``: subject, period, measure, deliverables
  run), and ``carry``, what earlier sentences of the same block stated (period, subject):
  both are in the key, and ``carry`` as the sentence left it is stored with the answer;
* the vocabulary (the lexicon in use): the memo is emptied when that changes.

Nothing else is read (no document date, no page, no other block).  The figures are copied
in and out: the caller changes them afterwards (a lead-in's measure, a tile's label).

The memo lives in the worker process, bounded by :data:`MEMO_CHARS` characters of sentences: a
block's text is one string, shared by the keys of its sentences, so each sentence counts its own
span of it (counting the whole block once per sentence would evict many times too soon).
"""
from __future__ import annotations

import copy
from collections import OrderedDict
from typing import Optional

from .lexicon import lexicon
from .sentence import _Fig, _sentence_figures

#: at most this many characters of sentences are remembered (their blocks' text: a few MB)
MEMO_CHARS = 2_000_000

_MEMO: "OrderedDict[tuple, tuple]" = OrderedDict()
_STATE = {"lexicon": None, "chars": 0}


def _copy(f):
    """``copy.copy(f)``: for a figure (``_Fig``, a plain dataclass: its state is its ``__dict__``, which
    copy.copy gives a new instance of the class) the copy made directly, without copy's dispatch."""
    if type(f) is not _Fig:
        return copy.copy(f)
    g = object.__new__(_Fig)
    g.__dict__.update(f.__dict__)
    return g


def _ctx_key(ctx) -> tuple:
    return tuple(vars(ctx).values())   # (every field of the context, a field added later too)


def sentence_figures(text: str, sc: int, ec: int, sentence: str, sdoc, tok_start: int, tok_end: int,
                     base: int, ctx, carry: dict, pre) -> list:
    """``_sentence_figures(sentence, sdoc, tok_start, tok_end, base, ctx, carry, pre)`` for the
    sentence ``text[sc:ec]`` of a block whose clean text is ``text``, remembered."""
    lex = lexicon()
    if _STATE["lexicon"] is not lex:
        clear()
        _STATE["lexicon"] = lex
    key = (text, sc, ec, _ctx_key(ctx), tuple(sorted(carry.items())))
    try:
        hit: Optional[tuple] = _MEMO.get(key)
    except TypeError:   # (a context value that cannot be a key: read as usual, nothing remembered)
        return _sentence_figures(sentence, sdoc, tok_start, tok_end, base, ctx, carry, pre)
    if hit is not None:
        _MEMO.move_to_end(key)
        figs, carried = hit
        carry.clear()
        carry.update(carried)
        return [_copy(f) for f in figs]
    figs = _sentence_figures(sentence, sdoc, tok_start, tok_end, base, ctx, carry, pre)
    _MEMO[key] = ([_copy(f) for f in figs], dict(carry))
    _STATE["chars"] += ec - sc
    while _STATE["chars"] > MEMO_CHARS and _MEMO:
        old, _ = _MEMO.popitem(last=False)
        _STATE["chars"] -= old[2] - old[1]
    return figs


def clear() -> None:
    """Forget every sentence (a new vocabulary; tests)."""
    _MEMO.clear()
    _STATE["chars"] = 0
