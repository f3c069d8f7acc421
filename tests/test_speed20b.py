"""Speed shortcuts of session 20 (speed20b, issue 14), each against the plain form it stands for."""
from __future__ import annotations

import random
import re

import pytest


# --------------------------------------------------------------------------
# a block whose sentence punctuation is all decimal points, or a full stop alone ending it, is one
# sentence (figures._one_sentence: such a block keeping no figure is not parsed)
# --------------------------------------------------------------------------

def _plain_one(text: str) -> bool:
    """The test as it was before (session 16): no punctuation but a closing run, not one opening with a full
    stop right after an ASCII letter."""
    from extract.nlp import PUNCT_CHARS
    if not any(c in PUNCT_CHARS for c in text):
        return True
    i = len(text)
    while i and text[i - 1] in PUNCT_CHARS:
        i -= 1
    if i == len(text) or not i or (text[i] == "." and text[i - 1].isascii() and text[i - 1].isalpha()):
        return False
    return not any(c in PUNCT_CHARS for c in text[:i])


EDGES = ["Chief Executive's Department 30.5 29.3 -1.2 -3.9%", "The meeting closed at 10.00pm.", "saved £161m.",
         "rose 1.2.3 and 4.5", "x.1.2 and A.1.2", "£4.5m", "1.5x 2.5 3.5.", "v1.2.", "It was 5 U.K.", "5 e.g.",
         "at 7.30pm. Next", "1.2. Next item", "Total 5.5m.", "5.5 Cllr.", "it was 4.5", "0.0", "set.",
         "Investigations have increased by 12.5 per cent over the year."]


def test_one_sentence_texts_are_one_sentence_for_the_pipeline(real_lines):
    from extract.extractors.figures import _one_sentence, clean_block_text
    from extract.nlp import get_nlp
    one = _one_sentence()
    texts = list(dict.fromkeys(clean_block_text(t) for t in real_lines + EDGES))
    new = [t for t in texts if t and one(t) and not _plain_one(t)]
    for t, doc in zip(new, get_nlp().pipe(new)):
        assert [(s.start_char, s.end_char) for s in doc.sents] == [(0, len(t))], t
    assert len(new) > 300
    # (what it was true of stays so)
    assert all(one(t) for t in texts if t and _plain_one(t))
    assert one("Chief Executive's Department 30.5 29.3 -1.2 -3.9%") and one("The meeting closed at 10.00pm.")
    assert one("it was 4.5") and one("set.")
    # a stop after a decimal's digits, a run after a letter's stop
    assert not one("at 7.30pm. Next") and not one("1.2. Next item") and not one("Total 5.5m.)")


def test_a_decimal_point_is_inside_a_token():
    """No prefix of the tokenizer starts with a digit, no suffix ends with one, no infix matches a full stop
    between digits, and no special case holding one cuts it off: a decimal point is never a token's edge."""
    from extract.nlp import PUNCT_CHARS, get_nlp
    nlp = get_nlp()
    tok = nlp.tokenizer
    rnd = random.Random(20)
    alpha = list("abcXYZé019.,-+£%$°'\"()/:;!?&*#@^~…–— ")
    for _ in range(20000):
        s = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 6)))
        d = rnd.choice("0123456789")
        assert not (m := tok.suffix_search(s + d)) or not m.group(), s + d
        assert not (m := tok.prefix_search(d + s)) or not m.group(), d + s
        assert not any(re.fullmatch(r"[0-9]\.[0-9]", (s + d + "." + d + s)[m.start() - 1:m.end() + 1])
                       for m in tok.infix_finditer(s + d + "." + d + s)), s
    for key, pieces in tok.rules.items():
        for m in re.finditer(r"(?<=[0-9])\.(?=[0-9])", key):
            at = 0
            for p in pieces:
                t = p[65] if 65 in p else p.get("ORTH")   # (ORTH = 65)
                assert not (at == m.start() or at + len(t) == m.end()), key
                at += len(t)
    # and every text of digits, points and letters around such a point keeps it inside a token
    n = 0
    for _ in range(3000):
        s = "".join(rnd.choice("0123456789.amxU%£(") for _ in range(rnd.randint(3, 9)))
        doc = nlp.make_doc(s)
        for m in re.finditer(r"(?<=[0-9])\.(?=[0-9])", s):
            t = next(t for t in doc if t.idx <= m.start() < t.idx + len(t))
            assert t.idx < m.start() and m.end() < t.idx + len(t), s
            n += 1
    assert n > 100
