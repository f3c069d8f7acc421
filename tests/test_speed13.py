"""Speed shortcuts of session 13 (issue 14): each against the plain form."""
from __future__ import annotations

import pickle

from extract.normalise import clean_text
from extract.reconcile.common import _subject_tokens
from extract.reconcile.vocabulary import HashedOnce, subjects


def test_subjects_hashed_once_equal_the_plain_tuple():
    s = subjects()
    plain = tuple(s)
    assert isinstance(s, HashedOnce)
    assert s == plain and hash(s) == hash(plain)
    assert {plain: 1}[s] == 1 and {s: 1}[plain] == 1   # either keys the same cache entry
    again = pickle.loads(pickle.dumps(s))
    assert again == plain and hash(again) == hash(plain)
    assert HashedOnce() == () and hash(HashedOnce()) == hash(())


def test_subject_tokens_as_plain():
    texts = ["Burglary in the North area rose", "domestic abuse (DA) and VWI offences", "rape and serious sexual offences",
             "999 calls in Swindon", "anti-social behaviour (ASB) fell", "", None, "nothing here"]
    for t in texts:
        plain = frozenset(k for k, rx in tuple(subjects()) if rx.search(clean_text(t or "")))
        assert _subject_tokens(t) == plain, t
