"""The shortcuts taken for speed in the figures extractor and the number grammar give what
the plain forms give, on the corpus and the real texts: a token matcher skipped for a
sentence without the words its patterns need finds nothing there; _clean's one-character
prefilter; a short line without a digit states no dated period; a match's groups read
from m.groups() are its groupdict."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher

from extract.extractors.figures.lexicon import lexicon
from extract.extractors.figures.matchers import (_area_patterns, _label_tests, _matchers, _needed_words, _period_runs,
                                                 _token_tests)
from extract.extractors.figures.mentions import _DocMatches, _find_labels
from extract.extractors.figures.token_runs import TokenRuns
from extract.nlp import get_nlp
from extract.normalise import parse_period
from extract.normalise.core import _CLEAN_FIRST, _CLEAN_RE, _clean
from extract.normalise.quantities import _Groups, _Q_RE

ROOT = Path(__file__).resolve().parents[1].parent / "shared"


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    out = []
    for folder in (ROOT / "corpus", ROOT / "real"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                text = path.read_text(encoding="utf-8", errors="replace")
                out.extend(line.strip() for line in text.splitlines() if line.strip())
    return tuple(out)


def test_a_skipped_token_matcher_finds_nothing():
    nlp = get_nlp()
    lex = lexicon()
    rules = [p for ps in lex.subject_tokens.values() for p in ps] + _area_patterns(lex)
    metric_tok = [p for ps in lex.metric_tokens.values() for p in ps]
    tests = _token_tests(lex)
    found = skipped = 0
    for name, patterns in (("rules", rules), ("metric_tok", metric_tok)):
        plain = Matcher(nlp.vocab)
        plain.add(name, patterns)
        for doc in nlp.pipe(_lines()[:6000] + ("Emergency response times", "complaints cases logged were 10",
                                                "In the North East 4%", "the volume of reported violent crime")):
            for sent in doc.sents:
                hits = plain(sent)
                if not tests[name](sent.text):
                    assert not hits, (name, sent.text)
                    skipped += 1
                found += bool(hits)
    assert found >= 4 and skipped > 1000


def test_period_matches_of_the_runs_are_those_of_the_whole_sentence():
    nlp = get_nlp()
    periods = _matchers()[0]
    extra = ("In the 12 months to September 2023 crime fell by 4.5% compared with the year ending Sept 22.",
             "Between April and June 2023, 1,204 calls; Q3 2023/24 saw 98 and Quarter 2 2023-24 had 7.",
             "The financial year to date (YTD) figure for 2022-23 was 65%, up from 2019/20 to 2021/22.",
             "Over the last 12 months and this financial year, the previous quarter and last year.",
             "In May, up to the end of Jan-24 and Jan-Dec-23, FY 24/25 and from 2019 to 2021, fytd.")
    n = 0
    for doc in nlp.pipe(_lines()[:6000] + extra):
        pre = _DocMatches(doc)
        for sent in doc.sents:
            plain = sorted((doc.vocab.strings[m], s, e) for m, s, e in periods(sent))
            assert sorted(pre.within("period", sent.start, sent.end)) == plain, sent.text
            n += bool(plain)
    assert n > 500 and _period_runs().usable


def test_token_runs_of_patterns_they_cannot_read_match_the_whole_span():
    assert not TokenRuns([[{"IS_DIGIT": True}]]).usable
    assert not TokenRuns([[{"LOWER": "a", "OP": "?"}]]).usable   # a pattern with no required token
    runs = TokenRuns([[{"LOWER": "the"}, {"LOWER": "year"}], [{"TEXT": {"REGEX": "^Q[1-4]$"}}]])
    s = get_nlp().vocab.strings
    words = "in the year and the Q2 of the".split()
    assert runs.runs([s.add(w) for w in words], s) == [(1, 3), (4, 6)]


def test_a_line_the_label_test_refuses_has_no_label():
    nlp = get_nlp()
    tests = _label_tests(lexicon())
    refused = 0
    lines = tuple(t for t in _lines() if len(t) <= 200)[:8000] + ("Road safety", "Immediate response", "The North")
    for which in ("subject", "metric"):
        for t in lines:
            if not tests[which](t):
                doc = nlp.make_doc(t)
                assert _find_labels(doc, 0, len(doc), 0, t, which) == [], (which, t)
                refused += 1
    assert refused > 1000 and tests["subject"]("The North") and tests["subject"]("Immediate response")


def test_needed_words_of_a_pattern_without_word_tokens_is_none():
    assert _needed_words([[{"IS_DIGIT": True}], [{"LOWER": "x"}]]) is None
    assert _needed_words([[{"LOWER": "of"}, {"LOWER": {"IN": ["volume", "volumes"]}}],
                          [{"ORTH": "North", "OP": "?"}, {"TEXT": "East"}]]) == \
        (frozenset({"volume", "volumes"}), frozenset({"East"}))


def test_clean_prefilter_is_exact():
    texts = _lines() + ("a&nbsp;b", "x<sup>1</sup>", "\\pm 3", "**bold**", "5\u2013 6", "a\u00a0b", "[^2] z")
    for t in texts:
        first = _CLEAN_FIRST.search(t)
        m = _CLEAN_RE.search(t)
        assert (m is None) if first is None else (m is None or m.start() >= first.start()), t
    assert _clean("a&nbsp;b")[0] == "a b"


def test_a_line_without_a_digit_states_no_dated_period():
    for t in _lines():
        if not any(c.isdigit() for c in t) and len(t) <= 100:
            p = parse_period(t)
            assert p is None or p.start is None or p.end is None, t


def test_groups_read_as_groupdict():
    n = 0
    for t in _lines()[:3000]:
        for m in _Q_RE.finditer(_clean(t)[0]):
            g, plain = _Groups(m), m.groupdict()
            assert all(g.get(k) == v and g[k] == v for k, v in plain.items()), t
            n += 1
    assert n > 1000


def test_url_and_year_on_year_prefilters_let_every_match_through():
    from extract.extractors.figures.clean import _URL
    from extract.extractors.figures.matchers import _YOY_RE
    from extract.extractors.figures.sentence import _may_hold_url
    extra = ("see WWW.X.GOV.UK or HTTPS://a.b", "mail a.b@c.org", "Year-on-Year", "YoY", "than the previous YEAR")
    urls = yoys = 0
    for t in _lines() + extra:
        if _URL.search(t):
            assert _may_hold_url(t), t
            urls += 1
        if _YOY_RE.search(t):
            assert "year" in t.lower() or "yoy" in t.lower(), t
            yoys += 1
    assert urls >= 3 and yoys >= 3


def test_parse_period_cached_is_the_plain_parse():
    from extract.normalise.periods import _parse_period
    for t in _lines()[:5000] + ("October 2023", "Q2 2023/24", "12 months to Jul-2024"):
        if len(t) <= 200:
            for year in (None, 2023):
                assert parse_period(t, year) == _parse_period(t, year), t


def test_clean_block_text_guards_give_the_plain_cleaning():
    import re as _re
    from extract.extractors.figures import clean as C

    def plain(text: str) -> str:
        t = C._MD_LINK.sub(r"\1", text)
        t = C._ANGLE_URL.sub(r"\1", t)
        t = C._SUP.sub(lambda m: m.group(1) if _re.fullmatch(r"(?:st|nd|rd|th)", m.group(1), _re.I) else " ", t)
        t = C._TAG.sub(" ", t)
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&pound;", "£")
        t = C._ESC.sub(r"\1", t)
        t = C._EMPH.sub("", t)
        t = C._EMPH1.sub(r"\1", t)
        t = C._WS.sub(" ", t).strip()
        t = C._SPACE_BEFORE_PUNCT.sub(r"\1", t)
        for _ in range(3):
            t2 = C._ITEM_LABEL.sub("", C._BULLET_LEAD.sub("", t))
            if t2 == t:
                break
            t = t2
        return t.strip()

    extra = ("[link](http://x) and <b>bold</b> 39<sup>th</sup>", "**a** __b__ *c*", "a \\- b &amp; c", "<http://a.b>")
    for t in _lines()[:20000] + extra:
        assert C._clean_block_text.__wrapped__(t) == plain(t), t


# --------------------------------------------------------------------------- first pass (speedB)

def test_year_on_year_wordings_found_on_the_lower_cased_text_are_the_patterns_matches():
    from extract.extractors.figures.matchers import _YOY_RE
    from extract.extractors.figures.sentence import _yoy_mentions
    extra = ("Crime is up 5% YEAR-ON-YEAR and down on the Previous Year", "YoY: 3%; year over year 4%",
             "İstanbul year on year 3%", "ſince last year: compared to the prior year 4%", "Café year-on-year 2%")
    n = 0
    for line in _lines() + extra:
        want = [(m.start(), m.end()) for m in _YOY_RE.finditer(line)]
        assert [(m.start, m.end) for m in _yoy_mentions(line)] == want, line
        n += bool(want)
    assert n > 50


def test_a_sentence_with_fewer_places_a_number_ends_than_a_listing_needs_has_fewer_item_numbers():
    from extract.extractors.figures import listing
    heads = "1 Apologies for absence 2 Minutes of the last meeting 3 Public questions 4 Reports"
    records = "1 2019/2020 VIOLENCE AGAINST THE PERSON Type 1 - Charged 2 2020/2021 THEFT OFFENCES Type 2 - Caution"
    n = dated = 0
    for line in _lines() + (heads, records):
        items = list(listing._ITEM.finditer(line))
        after = listing._NUMBER_BEFORE.findall(line)
        assert len(items) <= len(after), line
        assert sum(line[m.end():m.end() + 1].isdigit() for m in items) <= sum(c.isdigit() for c in after), line
        n += len(items) >= listing.MIN_ITEMS
        dated += sum(line[m.end():m.end() + 1].isdigit() for m in items) >= listing.MIN_DATED_ITEMS
    assert n >= 1 and dated >= 1
    assert listing.is_listing(heads) and listing.is_listing(records)


def test_kept_quantities_remembered_are_those_read_again_and_a_new_list_each_time():
    from extract.extractors.figures import sentence as S
    n = 0
    for line in _lines():
        first = S._kept_quantities(line)
        again = S._kept_quantities(line)
        assert first == again == S._kept_of(line), line
        assert first is not again
        n += bool(first)
    assert n > 400


def test_a_remembered_figure_is_copied_as_copy_copies_it():
    import copy
    from extract.extractors.figures import memo
    from extract.extractors.figures.context import _Ctx
    from extract.extractors.figures.sentence import _sentence_figures
    nlp = get_nlp()
    n = 0
    for doc in nlp.pipe([t for t in _lines()[:3000] if any(c.isdigit() for c in t)]):
        pre = _DocMatches(doc)
        for sent in doc.sents:
            for f in _sentence_figures(sent.text, doc, sent.start, sent.end, sent.start_char, _Ctx(), {}, pre):
                mine, theirs = memo._copy(f), copy.copy(f)
                assert type(mine) is type(theirs) and vars(mine) == vars(theirs) and mine == f
                assert mine is not f and vars(mine) is not vars(f)
                n += 1
    assert n > 500


def test_topic_words_split_once_compare_topics_as_the_sets_made_each_time():
    from extract.reconcile.common import _STOP, _norm, _topic_eq

    def plain(a, b):
        if not a or not b:
            return False
        if a == b:
            return True
        ta, tb = set(a.split()) - _STOP, set(b.split()) - _STOP
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return len(short) >= 2 and short <= long_
    topics = sorted({_norm(t) for t in _lines() if len(t) < 60})[:400] + ["", "victim services", "services for victims"]
    same = 0
    for a in topics:
        for b in topics:
            assert _topic_eq(a, b) == plain(a, b), (a, b)
            same += a != b and plain(a, b)
    assert same > 10


def test_the_other_crime_screen_by_its_strings_lets_every_match_through():
    from extract.vocab.literals import lowered
    lex = lexicon()
    assert lex.other_crime is not None and lex.other_crime_need
    extra = ("45 burglaries, 12 robberies and 3 thefts", "a 12% rise in Shoplifting", "DRUG OFFENCES fell by 4%",
             "the Modern Slavery Act", "violent crimes rose")
    screened = found = 0
    for line in _lines() + extra:
        low = lowered(line)
        if low is None:
            continue
        hit = lex.other_crime_low.search(low) is not None
        assert hit == (lex.other_crime.search(line) is not None), line
        if not any(n in low for n in lex.other_crime_need):
            assert not hit, line
            screened += 1
        found += hit
    assert screened > 1000 and found > 20


def test_a_sentence_without_equals_or_colon_has_no_item_label():
    from extract.extractors.figures.leads import _ITEM_LABEL_RE, _item_label
    labelled = 0
    for line in _lines() + ("North = 1 hr 10 min", "Response rate: 45%"):
        if "=" not in line and ":" not in line:
            assert _ITEM_LABEL_RE.match(line) is None, line
        labelled += bool(_item_label(line))
    assert labelled > 20
