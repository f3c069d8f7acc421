"""Session 19 (speed19a): the figures extractor's shortcuts give what their plain forms give.

* ``_block_contexts(doc, wanted)`` makes the contexts of the wanted blocks only (the blocks read for
  figures) and stops after the last of them; each is the context the plain reading gives.
* ``_in_inclusion_aside`` reads the aside spans of a sentence once (``_inclusion_asides``), not once per
  figure and subject; the answer is the plain search's.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from extract.extractors.figures import sentence as S
from extract.extractors.figures.mentions import Mention
from extract.normalise import Quantity

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"


def _paths() -> list[Path]:
    out = sorted((HERE / "corpus").glob("*"))
    real = SHARED / "real"
    if real.is_dir():
        out += sorted(p for p in real.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm"))
    return out


def test_contexts_of_the_wanted_blocks_are_the_plain_ones():
    from test_figflow import _plain_contexts

    from extract.extractors.figures import _BlockLinks, _to_parse
    from extract.extractors.figures.context import _block_contexts
    from extract.extractors.figures.lexicon import pinned_lexicon
    from extract.loaders import load

    rng = random.Random(19)
    compared = subjects = periods = 0
    with pinned_lexicon():
        for path in _paths():
            doc = load(path)
            plain = _plain_contexts(doc)
            numeric = {id(b) for b, _ in _to_parse(_BlockLinks(doc))}
            ids = list(plain)
            # the blocks read for figures, a random few, every other one, none
            for wanted in (numeric, set(rng.sample(ids, min(len(ids), 7))), set(ids[1::2]), set()):
                got = _block_contexts(doc, wanted)
                assert set(got) == wanted & set(plain), path
                for k in got:
                    assert got[k] == plain[k], (path, k)
                compared += len(got)
            subjects += sum(bool(plain[k].subject) for k in numeric if k in plain)
            periods += sum(plain[k].period is not None for k in numeric if k in plain)
            assert _block_contexts(doc) == plain, path
    assert compared > 1000 and subjects > 20 and periods > 20


# "serious acquisitive crime – which includes burglary, vehicle crime and robbery – showed a fall of 22.4 per cent"
# (Yorkshire Post on Humberside Police Authority, quoted in sentence.py)
_ASIDE = "serious acquisitive crime – which includes burglary, vehicle crime and robbery – showed a fall of 22.4 per cent"


def _q(start: int, end: int) -> Quantity:
    return Quantity(1.0, "count", "1", start, end)


def test_inclusion_aside_read_once_is_the_plain_search():
    burglary = _ASIDE.index("burglary")
    figure = _ASIDE.index("22.4")
    s, q = Mention(burglary, burglary + 8, "Burglary"), _q(figure, figure + 4)
    assert S._in_inclusion_aside(_ASIDE, s, q) and S._in_inclusion_aside_plain(_ASIDE, s, q)
    sentences = [_ASIDE]
    for path in _paths():
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences += [t for t in re.split(r"(?<=[.!?])\s+|\n+", text)
                      if t and ("nclud" in t or "(" in t or " - " in t or "–" in t or "—" in t)][:400]
    found = compared = 0
    for t in sentences:
        words = [m.span() for m in re.finditer(r"\S+", t)][:60]
        for a, b in words[::3]:
            for c, d in words[1::4]:
                s, q = Mention(a, b, "x"), _q(c, d)
                plain = S._in_inclusion_aside_plain(t, s, q)
                assert S._in_inclusion_aside(t, s, q) == plain, (t, a, c)
                found += plain
                compared += 1
    assert compared > 10000 and found > 50
