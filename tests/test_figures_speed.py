"""The figures extractor's speed-ups give the same matches as the plain forms."""
import importlib

from spacy.attrs import FLAG19
from spacy.matcher import Matcher

from extract.extractors.figures.lexicon import lexicon
from extract.extractors.figures.matchers import _FLAG_IDS, _matchers, _period_patterns
from extract.nlp import get_nlp

SENTENCES = [
    "In the 12 months to September 2023 crime fell by 4.5% compared with the year ending Sept 22.",
    "Between April and June 2023, 1,204 calls; Q3 2023/24 saw 98 and Quarter 2 2023-24 had 7.",
    "The financial year to date (YTD) figure for 2022-23 was 65%, up from 2019/20 to 2021/22.",
    "Oct-Dec 2023: 11 min 15 sec; 1 July to 30 September 2019 was 8.1%; MAR-MAY 2023 was 3.",
    "Over the last 12 months and this financial year, the previous quarter and last year.",
    "Immediate response times in the North and South East; routine calls 44; Priority 2 at 90%.",
    "The volume of reported violent crime rose; complaints cases logged were 10 in May 2023.",
    "In May, up to the end of Jan-24 and Jan-Dec-23, FY 24/25 and from 2019 to 2021.",
]


def _plain(patterns):
    m = Matcher(get_nlp().vocab)
    m.add("PERIOD", patterns)
    return m


def test_flagged_period_matcher_gives_the_plain_matches():
    nlp = get_nlp()
    flagged = _matchers()[0]
    plain = _plain(_period_patterns())
    dated = 0
    for text in SENTENCES:
        doc = nlp(text)
        assert sorted(flagged(doc)) == sorted(plain(doc)), text
        dated += bool(flagged(doc))
    assert dated == len(SENTENCES) - 1   # all but the sentence of grades and areas name a period


def test_flagged_vocabulary_matchers_give_the_plain_matches():
    nlp = get_nlp()
    lex = lexicon()
    _, _, _, rules, _, metric_tok = _matchers()
    plain_rules, plain_metrics = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for canon, patterns in lex.subject_tokens.items():
        plain_rules.add(canon, patterns)
    plain_rules.add("Area", [[{"ORTH": {"IN": list(lex.compass_first)}}, {"ORTH": {"IN": list(lex.compass_second)}}],
                             [{"ORTH": {"IN": list(lex.compass)}}]])
    for canon, patterns in lex.metric_tokens.items():
        plain_metrics.add(canon, patterns)
    found = 0
    for text in SENTENCES:
        doc = nlp(text)
        assert sorted(rules(doc)) == sorted(plain_rules(doc)), text
        assert sorted(metric_tok(doc)) == sorted(plain_metrics(doc)), text
        found += len(rules(doc)) + len(metric_tok(doc))
    assert found >= 5


def test_flags_use_only_the_custom_bits():
    _matchers()
    ids = [i for i in _FLAG_IDS.values() if i is not None]
    assert ids and min(ids) >= FLAG19 and max(ids) <= 63 and len(set(ids)) == len(ids)


def test_pinned_lexicon_is_the_vocabulary_one_and_released():
    L = importlib.import_module("extract.extractors.figures.lexicon")
    plain = L.lexicon()
    with L.pinned_lexicon() as pinned:
        assert pinned is plain and L.lexicon() is pinned
    assert getattr(L._PINNED, "lex", None) is None


def test_a_day_before_its_month_with_or_without_of():
    doc = get_nlp()("Opened on 1 March 2024, closed on the 2nd of May 23 and again on 3 Jun-24.")
    found = {doc[s:e].text for _, s, e in _matchers()[0](doc)}
    assert {"1 March 2024", "2nd of May 23", "3 Jun-24"} <= found


def test_warm_builds_the_matchers_of_the_vocabulary_in_use():
    from extract.extractors.figures import warm
    from extract.extractors.figures.matchers import _matchers_for
    warm()
    before = _matchers_for.cache_info()
    _matchers()
    after = _matchers_for.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
