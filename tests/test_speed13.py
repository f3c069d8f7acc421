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


# --------------------------------------------------------------------------- sentence arithmetic

def _plain_sentence_arithmetic(doc_id, text, page, section, fig_by_span, measure_id=None, id_base=(),
                               skip=frozenset()):
    """reconcile.sentences._sentence_arithmetic as it was before its plan was remembered."""
    from extract.reconcile.common import agrees, precision_of
    from extract.reconcile.sentences import (_arith_record, _change_checks, _difference_checks, _inexact,
                                             _inexact_part, _parts_checks, _quantities, _share_checks)
    qs = _quantities(text, skip)
    if len(qs) < 2:
        return []
    out = []
    seen = set()

    def fid(q):
        return fig_by_span.get((q.start, q.end)) or fig_by_span.get(q.raw)

    for p, implied, working, kind, structural in _share_checks(text, qs) + _change_checks(text, qs):
        if not structural or (p.start, kind) in seen:
            continue
        seen.add((p.start, kind))
        stated = abs(p.value) if kind == "change" else p.value
        imp = abs(implied) if kind == "change" else implied
        what = "The share " if kind == "share" else "The percentage change "
        if (_inexact(text, p) or _inexact_part(text, qs, p, working)) \
                and not agrees(stated, precision_of(p.raw, "percent"), imp, 1e-9):
            continue
        out.append(_arith_record(doc_id, kind, p, stated, precision_of(p.raw, "percent"), imp, working,
                                 id_base + (text, p.start, p.raw), text, page, section, "percent",
                                 figure_id=fid(p), measure_id=measure_id, what=what))
    for d, implied, working in _difference_checks(text, qs):
        if _inexact(text, d) or _inexact_part(text, qs, d, working):
            continue
        out.append(_arith_record(doc_id, "difference", d, d.value, 1.0, implied, working,
                                 id_base + (text, d.start, d.raw), text, page, section, "count",
                                 figure_id=fid(d), measure_id=measure_id, implied_p=1.0, what="The difference "))
    for total, parts, working in _parts_checks(text, qs):
        if any(_inexact(text, q) for q in parts + [total]):
            continue
        s = sum(p.value for p in parts)
        pr = max(precision_of(p.raw, "count") for p in parts + [total])
        out.append(_arith_record(doc_id, "parts", total, total.value, pr, s, working,
                                 id_base + (text, total.start, total.raw), text, page, section, "count",
                                 figure_id=fid(total), measure_id=measure_id, what="The total "))
    return out


_ARITH_SENTENCES = [
    "Of the 120 victims surveyed, 90 (75%) were satisfied with the service.",
    "Of the 120 victims surveyed, 90 (74%) were satisfied with the service.",
    "Burglary rose from 400 to 440, an increase of 10%.",
    "Burglary rose from 400 to 440, an increase of 12%.",
    "Crime fell by 5% to 1,900 offences, a reduction of 100 offences.",
    "There were 300 arrests, of which 120 were for violence, 100 for theft and 80 for drugs.",
    "There were 300 arrests, of which 120 were for violence, 100 for theft and 90 for drugs.",
    "Around 300 of the 488 incidents (61%) were resolved within 28 days.",
    "Over 1,000 calls were answered, 45% of the 2,300 received.",
    "Recorded crime was 5,210 compared with 4,980 last year, a difference of 230 crimes.",
    "The rate was 0.3%-0.4% in the 3 months to June, between 5 and 7 per 1,000.",
    "Arrests increased by 8% (from 1,200 to 1,296) while charges fell 3% to 970.",
    "Only one number here: 42.",
    "",
]


def test_sentence_arithmetic_as_plain():
    from extract.reconcile.sentences import _arithmetic_plan, _sentence_arithmetic
    _arithmetic_plan.cache_clear()
    made = 0
    for text in _ARITH_SENTENCES:
        for skip in (frozenset(), frozenset({(0, 3)})):
            for doc_id, by_span, mid, base in (("d1", {}, None, ()), ("d2", {"90": "f9", "10%": "f10"}, "m1", ("x", 1))):
                for _ in range(2):   # the second time from the remembered plan
                    got = _sentence_arithmetic(doc_id, text, 3, "Crime", by_span, measure_id=mid, id_base=base, skip=skip)
                    want = _plain_sentence_arithmetic(doc_id, text, 3, "Crime", by_span, measure_id=mid,
                                                      id_base=base, skip=skip)
                    assert [r.__dict__ for r in got] == [r.__dict__ for r in want], text
                    made += len(got)
    assert made > 20   # (the sentences do state arithmetic)
