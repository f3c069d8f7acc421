"""Speed shortcuts of the loaders, the measures / meetings extractors and the vocabulary
(session 6): each fast path against the plain one."""
from __future__ import annotations

import re

from extract.vocab import Vocabulary, shipped_files, vocabulary


def test_subject_patterns_compiled_on_first_use_match_as_compiled():
    V = vocabulary()
    texts = ["999 calls in Swindon rose", "Crime in Reading and Birmingham East", "domestic abuse (DA) and VWI",
             "Thames Valley; Milton Keynes; Wiltshire", "rape and serious sexual offences", "nothing here"]
    for k, rx, *_ in V._subject_res:
        plain = re.compile(rx.pattern, rx.flags)
        assert rx.compiled.pattern == plain.pattern and rx.compiled.flags == plain.flags, k
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], (k, t)
    fresh = Vocabulary(shipped_files())
    for t in texts:
        assert fresh.subject_keys(t) == V.subject_keys(t)
    assert fresh.subject_regex("swindon").search("in Swindon") is not None
