"""Narrative figures: every number stated in paragraphs and bullets.

One :class:`~extract.records.FigureRecord` per figure, with the clean whole
sentence, the value in its canonical unit (all number grammar comes from
:mod:`extract.normalise`), the offsets of ``value_raw`` in the sentence, what
the number *is* (``role``), the period it refers to, its subject and the words
naming what is measured.

How it works
------------
* Narrative blocks only (``paragraph``, ``bullet``); headings and tables are
  never read for figures (headings only give context).
* Block text is cleaned (Markdown/HTML markup, bullet glyphs, numbered
  paragraph labels, URLs and e-mail addresses) and split into sentences by
  the shared spaCy pipeline (:func:`extract.nlp.get_nlp`), run once over all
  blocks with ``nlp.pipe``.
* ``normalise.find_quantities`` finds the figures of each sentence (it
  already leaves out labels "Protocol 12", two-digit financial years
  "22-23", time spans "4 months", star ratings "5*" and a rank's "of 44
  forces"); numbers glued to a word (footnote markers) are dropped here.
  Margins "+/- 10.52" and coefficients "r= 0.86" are figures of role
  ``other``.
* In a deliverables progress run (a "Deliverables Progress" section, or
  after an "Action Date Due Progress" header line) a block shaped like a
  flattened deliverables row -- a due date and a progress percent ending it
  ("Jan 24 90%", "... roll out Apr 24 65%") or a percent alone ("75%") --
  gives no figure: the deliverables extractor reads it.
* Token patterns (spaCy ``Matcher``) find the period phrases of a sentence;
  each is parsed by ``normalise.parse_period``.  A figure takes the period
  written right after it ("1 hr 33 min in October 2023"), else the nearest
  one before it in its clause, else the nearest one after it; comparison
  bases ("compared with ...", "than in 2019", "on September 2023") are only
  used to date a change.  With no period in the sentence the figure inherits
  the one of its section or document (``period_inherited`` = 1).
* ``PhraseMatcher``/``Matcher`` vocabularies give subjects (services, areas,
  response grades, crime types) and metric words; the subject nearest before
  a figure wins, else the one after it, else the section's.
* A year-on-year change the sentence dates to one month ("for the month of
  September 2023", "in October 2023"; not a month inside brackets that hold
  another figure, and no rolling / 12-month wording in its clause) is that
  month's change: period type ``month`` with the month's dates, role
  ``change``.  Otherwise a year-on-year change is ``change_12_months``.
* Lead-in context: a sentence that states values with no measure of its own
  ("October 2023 = 11 min 15 sec.", "County = 1 hr 33 min in October 2023")
  takes ``metric_text`` (the lead-in's words, "immediate response times") and,
  when it names none, the subject of its lead-in: the parent bullet of a nested
  bullet, or the block right before it in the same section when that names a
  measure and states no figure (or ends with ':') and this block is a bullet or
  a list item; a list item after a list item that took a lead-in takes the same.
  A list item's own label outside the vocabulary ("North = ...") is its
  subject.  The lead-in is used only when the figure's unit fits its measure
  (a duration for a time, a percent for a rate).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from spacy.matcher import Matcher, PhraseMatcher

from ... import normalise as N
from ...model import BULLET, HEADING, PARAGRAPH, Block, Document, stable_id
from ...nlp import get_nlp
from ...records import FigureRecord
from ...vocab import vocabulary
from .lexicon import lexicon, metric_key

NARRATIVE_KINDS = (PARAGRAPH, BULLET)

# --------------------------------------------------------------------------
# text cleaning (markup only; no number grammar)
# --------------------------------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_SUP = re.compile(r"<sup>\s*([^<]{0,12}?)\s*</sup>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]{0,200}>")
_ANGLE_URL = re.compile(r"<((?:https?://|www\.)[^>\s]+)>", re.I)
_EMPH = re.compile(r"\*\*|__")
_EMPH1 = re.compile(r"(?<![\w*])\*(?=[A-Za-z“\"'])([^*\n]{1,200}?)(?<=[\w.!?”\"'])\*(?![\w*])")
_ESC = re.compile(r"\\([*_#\[\]()>`\\-])")
_BULLET_LEAD = re.compile(r"^[\s\-–—•·●▪■◦○►»>*+\u2022\u25cf\u25aa\uf0b7\uf0a7]+(?=\S)")
_ITEM_LABEL = re.compile(
    r"^(?:\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}|\(?[a-z]\)|\(?[ivx]{1,5}[.)])\s+(?=[A-Z(\"'“‘*])")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.I)
_WS = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


def clean_block_text(text: str) -> str:
    """Markup-free, single-spaced text of a narrative block, without the
    bullet glyph or numbered-paragraph label it starts with."""
    return _clean_block_text(text or "")


@lru_cache(maxsize=8192)
def _clean_block_text(text: str) -> str:
    t = text
    t = _MD_LINK.sub(r"\1", t)
    t = _ANGLE_URL.sub(r"\1", t)

    def sup(m: re.Match) -> str:
        inner = m.group(1)
        # ordinal suffix ("39<sup>th</sup>") is glued back; footnote markers go
        return inner if re.fullmatch(r"(?:st|nd|rd|th)", inner, re.I) else " "

    t = _SUP.sub(sup, t)
    t = _TAG.sub(" ", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&pound;", "£")
    t = _ESC.sub(r"\1", t)
    t = _EMPH.sub("", t)
    t = _EMPH1.sub(r"\1", t)
    t = _WS.sub(" ", t).strip()
    t = re.sub(r"\s+([,;:.)])(?=\s|$)", r"\1", t)   # "abuse , and" -> "abuse, and"
    for _ in range(3):
        t2 = _BULLET_LEAD.sub("", t)
        t2 = _ITEM_LABEL.sub("", t2)
        if t2 == t:
            break
        t = t2
    return t.strip()


# --------------------------------------------------------------------------
# vocabularies (subjects, areas, metrics): data files of extract.vocab
# --------------------------------------------------------------------------
# (see .lexicon: subject and metric phrases, areas, stop rules, units)

# --------------------------------------------------------------------------
# spaCy matchers
# --------------------------------------------------------------------------

_MONTHS = ("jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
           "sep|sept|september|oct|october|nov|november|dec|december")
_MON_TOK = rf"^(?:(?i:{_MONTHS.replace('may|', '')})|May|MAY)\.?$"
_MONY_TOK = rf"^(?i:{_MONTHS})[-/']\d{{2,4}}$"
_YEAR_TOK = r"^(?:19|20)\d\d$"
_YY_TOK = r"^'?\d\d$"
_DAY_TOK = r"^\d{1,2}(?:st|nd|rd|th)?$"
_FY_TOK = r"^(?:19|20)?\d\d/\d\d(?:\d\d)?$"
_NUMWORD = r"^(?i:\d{1,2}|one|two|three|four|six|nine|twelve)$"
_DASH = r"^(?:-|–|—|to|until|through)$"

MON = {"TEXT": {"REGEX": _MON_TOK}}
MONY = {"TEXT": {"REGEX": _MONY_TOK}}
YEAR = {"TEXT": {"REGEX": _YEAR_TOK}}
YY = {"TEXT": {"REGEX": _YY_TOK}}
DAY = {"TEXT": {"REGEX": _DAY_TOK}}
DASH = {"LOWER": {"REGEX": _DASH}}
MONTHS_W = {"LOWER": {"IN": ["month", "months"]}}


def _period_patterns() -> list[list[dict]]:
    P = []
    ending = {"LOWER": {"IN": ["to", "ending"]}}
    month_year_forms = [[MON, YEAR], [MON, YY], [MONY], [MON, {"TEXT": "-"}, YY], [MON, {"TEXT": "-"}, YEAR]]
    # N months to <month year>, year to/ending <month year>
    for my in month_year_forms:
        P.append([{"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, MONTHS_W, ending,
                  {"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"},
                  DAY.copy() | {"OP": "?"}] + my)
        P.append([{"LOWER": "up"}, {"LOWER": "to"}, {"LOWER": "the", "OP": "?"}] + my)
        P.append([{"LOWER": "year"}, ending] + my)
        P.append([{"LOWER": "year"}, {"LOWER": "to"}, {"LOWER": "date"}] + my)
        P.append(my)
        P.append([DAY] + my)
        P.append([DAY, {"LOWER": "of", "OP": "?"}] + my)
    # "the 12 months to September": a rolling window ending in a month named without its year
    P.append([{"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, MONTHS_W, ending, MON])
    # a month alone after a preposition: "to March", "in September alone"
    P.append([{"LOWER": {"IN": ["to", "in", "for", "during"]}}, MON])
    # ranges: Oct-Dec 2023, September - December 2023, 1 July to 30 September 2019,
    # October 2022 - September 2023, Jan-Dec-23, MAR-MAY 2023
    P.append([MON, DASH, MON, YEAR])
    P.append([MON, DASH, MON, YY])
    P.append([MON, DASH, MONY])
    P.append([MON, YEAR, DASH, MON, YEAR])
    P.append([MON, YEAR, DASH, MONY])
    P.append([MONY, DASH, MONY])
    P.append([DAY, MON, DASH, DAY, MON, YEAR])
    P.append([DAY, MON, YEAR, DASH, DAY, MON, YEAR])
    P.append([{"TEXT": {"REGEX": rf"^(?i:{_MONTHS})-(?i:{_MONTHS})$"}}, YEAR])
    # quarters
    P.append([{"LOWER": "quarter"}, {"LOWER": {"REGEX": r"^(?:one|two|three|four|[1-4])$"}},
              {"TEXT": {"REGEX": r"^(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?$"}, "OP": "?"},
              {"TEXT": "-", "OP": "?"}, {"TEXT": {"REGEX": _YY_TOK}, "OP": "?"}])
    P.append([{"LOWER": {"REGEX": r"^(?:first|second|third|fourth|1st|2nd|3rd|4th)$"}}, {"LOWER": "quarter"}])
    P.append([{"TEXT": {"REGEX": r"^Q[1-4]$"}}])
    # a quarter of a named year: "Q3 2023/24", "Q2 2023-24", "Q1 2024"
    Q = {"TEXT": {"REGEX": r"^Q[1-4]$"}}
    P.append([Q, {"TEXT": {"REGEX": _FY_TOK}}])
    P.append([Q, YEAR, {"TEXT": {"REGEX": r"^(?:-|–|/)$"}, "OP": "?"}, {"TEXT": {"REGEX": r"^\d\d$"}, "OP": "?"}])
    # year to date: "year to date", "year-to-date", "the financial year to date", "YTD", "2023/24 YTD"
    ytd = [{"LOWER": "year"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "to"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "date"}]
    P.append(ytd)
    P.append([{"LOWER": "financial"}] + ytd)
    P.append([{"LOWER": {"IN": ["ytd", "fytd"]}}])
    P.append([{"TEXT": {"REGEX": _FY_TOK}}, {"LOWER": {"IN": ["ytd", "fytd"]}}])
    # financial years: 2022-23, 2023/24, FY 24/25, 2022 - 2023
    P.append([{"LOWER": {"IN": ["fy", "financial"]}}, {"LOWER": "year", "OP": "?"}, {"TEXT": {"REGEX": _FY_TOK}}])
    P.append([{"TEXT": {"REGEX": _FY_TOK}}])
    P.append([YEAR, {"TEXT": {"REGEX": r"^(?:-|–|/)$"}}, {"TEXT": {"REGEX": r"^(?:(?:19|20)\d\d|\d\d)$"}}])
    P.append([YEAR])
    # spans of whole years: "between 2020 and 2021", "from 2019/20 to 2022/23"
    span_from = {"LOWER": {"IN": ["between", "from"]}}
    span_to = {"LOWER": {"IN": ["and", "to", "until"]}}
    P.append([span_from, YEAR, span_to, YEAR])
    P.append([span_from, {"TEXT": {"REGEX": _FY_TOK}}, span_to, {"TEXT": {"REGEX": _FY_TOK}}])
    # "between April and June 2023" ("April and June" alone may be two months: only after "between")
    between = {"LOWER": "between"}
    AND = {"LOWER": "and"}
    P.append([between, MON, AND, MON, YEAR])
    P.append([between, MON, AND, MON, YY])
    P.append([between, MON, AND, MONY])
    P.append([between, MON, AND, MON])
    # a month range with no year ("April to June", "Apr-Jun"): the span, undated
    P.append([MON, DASH, MON])
    P.append([{"TEXT": {"REGEX": rf"^(?i:{_MONTHS})-(?i:{_MONTHS})$"}}])
    # periods named relative to the report: "this quarter", "during the quarter", "last quarter",
    # "the past year", "last year", "this financial year"
    fin = {"LOWER": {"IN": ["financial", "calendar"]}, "OP": "?"}
    P.append([{"LOWER": {"IN": ["this", "current"]}}, {"LOWER": "reporting", "OP": "?"}, {"LOWER": "quarter"}])
    P.append([{"LOWER": {"IN": ["in", "during", "over", "across", "throughout"]}}, {"LOWER": "the"},
              {"LOWER": "quarter"}])
    P.append([{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["last", "previous", "preceding", "prior"]}},
              {"LOWER": "quarter"}])
    P.append([{"LOWER": "the"}, {"LOWER": {"IN": ["last", "past", "previous"]}}, {"LOWER": "year"}])
    P.append([{"LOWER": "past"}, {"LOWER": "year"}])
    P.append([{"LOWER": {"IN": ["last", "previous", "prior"]}}, fin, {"LOWER": "year"}])
    P.append([{"LOWER": "the"}, {"LOWER": {"IN": ["previous", "prior"]}}, fin, {"LOWER": "year"}])
    P.append([{"LOWER": {"IN": ["this", "current"]}}, fin, {"LOWER": "year"}])
    # durations of rolling windows without a date: "the last 12 months", "rolling 12-month"
    P.append([{"LOWER": {"IN": ["last", "past", "previous", "rolling", "preceding"]}},
              {"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, {"LOWER": {"IN": ["month", "months"]}}])
    return P


_YOY = [[{"LOWER": "year"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "on"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}],
        [{"LOWER": "yoy"}], [{"LOWER": "year"}, {"LOWER": "on"}, {"LOWER": "year"}],
        [{"LOWER": {"REGEX": r"^year-?on-?$"}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}],
        [{"LOWER": "year"}, {"LOWER": {"REGEX": r"^-?on-?$"}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}]]


_YOY_RE = re.compile(r"\byear[\s-]*on[\s-]*year\b|\byoy\b|\byear[\s-]+over[\s-]+year\b|"
                     r"\b(?:on|than|compared\s+(?:to|with))\s+(?:the\s+)?(?:last|previous|prior)\s+year\b", re.I)


def _matchers():
    return _matchers_for(lexicon())


@lru_cache(maxsize=4)
def _matchers_for(lex):
    nlp = get_nlp()
    periods = Matcher(nlp.vocab)
    periods.add("PERIOD", _period_patterns())

    subj_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    subj_cased = PhraseMatcher(nlp.vocab, attr="ORTH")
    for canon, phrases in lex.subject_phrases.items():
        subj_lower.add(canon, [nlp.make_doc(p) for p in phrases])
    for canon, phrases in lex.subject_cased.items():
        subj_cased.add(canon, [nlp.make_doc(p) for p in phrases])
    # response grades (a grade word before what is graded) and compass sub-areas
    rules = Matcher(nlp.vocab)
    for canon, patterns in lex.subject_tokens.items():
        rules.add(canon, patterns)
    rules.add("Area", [[{"ORTH": {"IN": list(lex.compass_first)}}, {"ORTH": {"IN": list(lex.compass_second)}}],
                       [{"ORTH": {"IN": list(lex.compass)}}]])

    metrics = PhraseMatcher(nlp.vocab, attr="LOWER")
    for canon, phrases in lex.metric_phrases.items():
        metrics.add(canon, [nlp.make_doc(p) for p in phrases])
    metric_tokens = Matcher(nlp.vocab)
    for canon, patterns in lex.metric_tokens.items():
        metric_tokens.add(canon, patterns)
    return periods, subj_lower, subj_cased, rules, metrics, metric_tokens


# --------------------------------------------------------------------------
# mentions
# --------------------------------------------------------------------------

@dataclass
class Mention:
    start: int          # char offsets in the sentence
    end: int
    label: str          # canonical subject / metric, or "PERIOD" / "YOY"
    period: Optional[N.Period] = None
    base: bool = False  # a comparison base ("compared with ...", "than in 2019")


_BASE_BEFORE = re.compile(
    r"(?:\bthan(?:\s+in|\s+for|\s+during)?|\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|"
    r"\bversus|\bvs\.?|\bagainst|\bfrom|\bon|\bsince|\bsame\s+period|\bprevious\s+high\s+in)"
    r"(?:\s+(?:the|a|an|that|those|this|of|in|same|period|previous|levels?|seen))*\s*$",
    re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|from|after|following|before|prior\s+to|until|by)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)


def _token_offset(span, base: int) -> list[tuple[int, int]]:
    return [(t.idx - base, t.idx - base + len(t.text)) for t in span]


#: a superset of what the period patterns can match: a month name, a year, "quarter", "Q2", "FY",
#: "financial", "22/23", "month(s)"
_PERIODISH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d|quarter|\bq[1-4]\b|"
                        r"\bfy|financial|\d\d/\d\d|month|\byear\b|\bytd\b", re.I)


class _DocMatches:
    """The matches of every matcher over one block's Doc, run once (lazily) and
    handed to each sentence as offsets in its own span: the same matches as
    running the matchers on the sentence alone (no pattern looks at sentence
    starts; a match crossing a sentence end is dropped), without copying each
    sentence into a Doc of its own."""

    _NAMES = ("period", "subj_lower", "subj_cased", "rules", "metric", "metric_tok")

    def __init__(self, sdoc):
        self.sdoc = sdoc
        self._all: dict[str, list] = {}

    def within(self, which: str, tok_start: int, tok_end: int) -> list[tuple[str, int, int]]:
        if which not in self._all:
            matcher = _matchers()[self._NAMES.index(which)]
            strings = get_nlp().vocab.strings
            self._all[which] = [(strings[m], s, e) for m, s, e in matcher(self.sdoc)]
        return [(lab, s - tok_start, e - tok_start) for lab, s, e in self._all[which]
                if tok_start <= s and e <= tok_end]


def _run(which: str, span, pre: Optional[_DocMatches], tok_start: int, tok_end: int) -> list[tuple[str, int, int]]:
    # (a PhraseMatcher called on a Span gives Doc offsets, a Matcher Span offsets: always match the Doc)
    return (pre if pre is not None else _DocMatches(span.doc)).within(which, tok_start, tok_end)


def _find_periods(sdoc, tok_start: int, tok_end: int, base: int, sentence: str,
                  default_year: Optional[int], pre: Optional[_DocMatches] = None) -> list[Mention]:
    if not _PERIODISH.search(sentence):
        return []  # every period pattern needs one of these words
    span = sdoc[tok_start:tok_end]
    found = list(_run("period", span, pre, tok_start, tok_end))
    # longest first, no overlaps
    found.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for label, s, e in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        cs = span[s].idx - base
        ce = span[e - 1].idx - base + len(span[e - 1].text)
        text = sentence[cs:ce]
        before = sentence[max(0, cs - 40):cs]
        since = re.search(r"\bsince\s+(?:the\s+)?(?:end\s+of\s+)?$", before, re.I)
        if _SINCE_BEFORE.search(before) and not since:
            taken.append((s, e))
            continue  # "by January 2024", "from January 2023": a bound, not the period
        p = N.parse_period(text, default_year)
        rw = re.fullmatch(r"(?i)(12|twelve|3|three)[\s-]*months?\s+(?:to|ending)\s+\S+", text.strip())
        if rw and p is not None and p.period_type == "month":
            # "12 months to September" (the year from the document): the window, not the month
            k = 12 if rw.group(1).lower() in ("12", "twelve") else 3
            if p.end is not None:
                p = N.window_ending(p.end, k, raw=text)
            else:
                p = N.Period("rolling_12_months" if k == 12 else "rolling_3_months", None, None, text)
        if p is None:
            p = N.parse_relative_period(text)   # "this quarter", "last year", "the past year"
        if p is None or p.period_type is None:
            continue
        if since:
            # "risen by 12.5% since March 2020": the span from then on; its end is not stated
            taken.append((s, e))
            if p.start is not None:
                out.append(Mention(cs, ce, "SINCE", N.Period("other", p.start, None, p.raw), False))
            continue
        if re.fullmatch(r"(?:19|20)\d\d", text.strip()):
            # a bare year is a calendar year only when written as one ("in 2019", "than 2019")
            if not re.search(r"\b(?:in|during|for|than|of|with|since|from|to)\s*$", before, re.I):
                continue
        taken.append((s, e))
        out.append(Mention(cs, ce, "PERIOD", p, bool(_BASE_BEFORE.search(before))))
    out.sort(key=lambda m: m.start)
    return out


def _find_labels(sdoc, tok_start: int, tok_end: int, base: int, sentence: str, which: str,
                 pre: Optional[_DocMatches] = None) -> list[Mention]:
    span = sdoc[tok_start:tok_end]
    lex = lexicon()
    if which == "metric":
        raw = list(_run("metric", span, pre, tok_start, tok_end))
        raw += _run("metric_tok", span, pre, tok_start, tok_end)
    else:
        raw = list(_run("subj_lower", span, pre, tok_start, tok_end))
        raw += _run("subj_cased", span, pre, tok_start, tok_end)
        for lab, s, e in _run("rules", span, pre, tok_start, tok_end):
            if lab in lex.subject_tokens:
                # the grade word itself
                for i in range(s, e):
                    if span[i].lower_ in ("immediate", "priority", "emergency", "scheduled", "routine"):
                        s, e = i, i + 1
                        break
            if lab == "Area":
                lab = span[s:e].text   # "North", "South East"
            raw.append((lab, s, e))
    raw.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
    taken: list[tuple[int, int]] = []
    out = []
    for lab, s, e in raw:
        if any(s < te and ts < e for ts, te in taken):
            continue
        cs = span[s].idx - base
        ce = span[e - 1].idx - base + len(span[e - 1].text)
        if which == "subject":
            before = sentence[max(0, cs - 20):cs]
            if _not_this_subject(lab, sentence, cs, ce, lex):
                continue
            if lab.split()[0] in lex.compass and lab not in lex.subject_phrases \
                    and lab not in lex.subject_cased:
                # a compass word is a sub-area only where it reads as one ("South +8.1%", "the West fell",
                # "North sector"), not "South West Partners", "North Wales", "East of England"
                if not lex.compass_after.match(sentence[ce:ce + 40]) or re.search(r"\b(?:of|the\s+far)\s*$", before) \
                        and not re.search(r"\bthe\s*$", before):
                    continue
        if which == "metric" and lab in lex.median_of and re.search(r"\bmedian\s+(?:\S+\s+){0,2}$",
                                                                   sentence[max(0, cs - 40):cs], re.I):
            lab = lex.median_of[lab]   # "the median Emergency response time"
        taken.append((s, e))
        out.append(Mention(cs, ce, lab))
    out.sort(key=lambda m: m.start)
    return out


def _not_this_subject(lab: str, sentence: str, cs: int, ce: int, lex) -> bool:
    """The stop rules of a subject or area match (the vocabulary's ``stop_after`` /
    ``stop_before``: "page 101", "County Lines"), or a place is followed by an
    organisation word ("Swindon Borough Council") or lies inside the name of a
    whole force area ("Wiltshire and Swindon", "Avon and Somerset")."""
    after = sentence[ce:ce + 30]
    before = sentence[max(0, cs - 20):cs]
    stop_a = lex.stop_after.get(lab)
    stop_b = lex.stop_before.get(lab)
    if (stop_a and stop_a.search(after)) or (stop_b and stop_b.search(before)):
        return True
    if lab in lex.areas and lab.split()[0] not in lex.compass:
        if lex.place_org_after is not None and lex.place_org_after.search(after):
            return True
        if lex.whole_areas is not None:
            for m in lex.whole_areas.finditer(sentence, max(0, cs - 60), min(len(sentence), ce + 60)):
                if m.start() <= cs and ce <= m.end() and (m.start(), m.end()) != (cs, ce):
                    return True
    return False


# --------------------------------------------------------------------------
# figure filtering and roles (context words only; numbers come from normalise)
# --------------------------------------------------------------------------

_TARGET_BEFORE = re.compile(
    r"\b(?:SLA|SLAs|target|targets|threshold|standard|goal|KPI|aim)\b\s*(?:=|:|of|is|was|at|set\s+at|to)?\s*(?:be\s+)?(?:within\s+)?(?:the\s+)?$",
    re.I)
_TARGET_AFTER = re.compile(
    # "90% target", "the 15-minute urban target", "10 second SLA" (not "2 minutes below target")
    r"^\s*(?:(?!(?:below|above|under|over|against|of|the|than|behind|ahead|outside|inside|within|beyond|"
    r"missing|missed|met|meeting|on|to|short|better|worse|and|or|but|in|for|at|by|compared|versus|vs)\b)"
    r"[A-Za-z-]+\s+){0,2}(?:target|SLA|standard)\b", re.I)
#: a time limit: "attended 85% of emergency calls within 10 minutes", "contacted within 28 days"
_WITHIN_BEFORE = re.compile(r"\b(?:within|inside|in\s+under|under)\s*$", re.I)
_LIMIT_WORDS = re.compile(
    r"\b(?:should|must|aims?|aiming|target|targets|standard|expected|expectation|commit(?:s|ted|ment)?|"
    r"pledged?|promised?|required|requirement|requires|SLA|code\s+of\s+practice|VCOP|entitled|"
    r"guarantee[sd]?|deadline|statutory)\b", re.I)
_ALL_OF_BEFORE = re.compile(r"^\s*of\s+(?:the|those|these|all)\b[^,;]{0,80},\s*$", re.I)
#: a restatement of the change just before it in other terms: "£15 a year ..., equivalent to 29p a week"
_RESTATE_BEFORE = re.compile(r"\b(?:equivalent\s+to|equating\s+to|(?:which\s+)?equates\s+to|the\s+equivalent\s+of|"
                             r"i\.e\.|that\s+is)\s*$", re.I)
_OTHER_BEFORE = re.compile(r"(?:\bcorrelation\s+of|\bscore\s+of)\s*$", re.I)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:by|increase\s+of|decrease\s+of|reduction\s+of|decline\s+of|fall\s+of|rise\s+of|"
    r"drop\s+of|growth\s+of|change\s+of|uplift\s+of|uplift\s+in|year[-\s]on[-\s]year|yoy|compared|up|down|"
    r"increased|decreased|reduced|fell|rose|grew|dropped|uplifted|rises|falls|increases|decreases)\b)[\s:,\-–]*$",
    re.I)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:[A-Za-z-]+\s+){0,2}?(?:increase|increases|decrease|decreases|rise|fall|drop|reduction|"
    r"decline|more|fewer|less|higher|lower|growth|up|down|change|year[-\s]on[-\s]year|yoy|"
    r"quicker|faster|slower|shorter|longer)\b"
    r"(?!\s+(?:than\s+(?:the\s+)?(?:target|average|national|peer)|to\b|from\b))"
    # "more than a year after", "less than 28 days": a bound on something else, not a change
    r"(?<!\bmore)(?<!\bless)(?<!\bfewer)"
    r"|^\s*(?:\([^)]{0,30}\)\s*)?(?:[A-Za-z-]+\s+){0,2}?(?:more|fewer|less)\b"
    r"(?!\s+than\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|\d)\b)",
    re.I)
_COMPARED_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:compared|when\s+compared|on\s+the\s+previous|than)\b", re.I)
_LEVEL_FROM = re.compile(r"\b(?:from|to|at|of|=|reached|was|were|is|are|stands?\s+at|sits?\s+at)\s*$", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?of\b(?!\s+(?:the\s+)?(?:target|average))", re.I)
_SHARE_VERB_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:of\b|were|was|are|felt|feel|state[sd]?|said|say|agreed?|reported|"
    r"satisfied|dissatisfied|believe[sd]?|think|thought|rated|would|had|have|stated|indicated)\b", re.I)
_ONLY_GLUE = re.compile(r"^[\s,;:(]*(?:and|or|i\.e\.|ie|which\s+is|equating\s+to|equivalent\s+to)?[\s,;:(]*$", re.I)


def _is_non_figure(q: N.Quantity, sentence: str, prev: Optional[N.Quantity]) -> bool:
    """Context rules left here are about the sentence, not number grammar
    (labels, financial years, time spans, star ratings and a rank's "of 44"
    are dropped by :func:`normalise.find_quantities` itself)."""
    if q.kind == "" and q.start > 0 and sentence[q.start - 1].isalpha() and not q.raw[:1] in "£+-":
        return True  # glued to a word: codes, footnote markers
    if q.unit == "count" and q.kind == "" and _AGE_BEFORE.search(sentence[max(0, q.start - 12):q.start]) \
            and q.value == int(q.value):
        tail = sentence[q.end:q.end + 30]
        if _AGE_YEARS.match(tail) and 10 <= q.value <= 100:
            return True  # an age: "over-65s", "under 18 year olds"
        if _AGE_AFTER.match(tail) and q.value in (16, 17, 18, 21, 25):
            return True  # "under 18 detainees", "were under 18."
    return False


_AGE_BEFORE = re.compile(r"\b(?:under|over|aged?|below)[\s-]*$", re.I)
_AGE_YEARS = re.compile(r"^(?:s\b|['’]s\b|\s*(?:years?\s+old|year[\s-]olds?|yrs?|yo)\b)", re.I)
_AGE_AFTER = re.compile(
    r"^(?:\s*$|\s*[.;,)]|\s+(?:and|or)\s+(?:under|over)\b|"
    r"\s+(?:detainees?|children|young|youths?|juveniles?|people|persons?|victims?|offenders?|suspects?|"
    r"males?|females?|women|men|girls|boys|adults?)\b)", re.I)


_NOT_CHANGE_BY = re.compile(
    r"\b(?:driven|caused|led|followed|supported|attended|made|used|affected|impacted|delivered|done|"
    r"carried|agreed|approved|endorsed|opposed|rejected|seconded|proposed|passed|won|lost|defeated|"
    r"chaired|commissioned|funded|recorded|reported|committed|owned|run|received|answered|offset|"
    r"explained|accounted|measured|represented|signed)\s+by\s*$", re.I)


def _role(q: N.Quantity, signed: N.Quantity, before: str, after: str,
          prev_rec: Optional["_Fig"], sentence: str, has_next: bool = False) -> str:
    if q.kind == "n":
        return "count"
    if q.kind == "rank":
        return "rank"
    if q.kind in ("plusminus", "coefficient") or _OTHER_BEFORE.search(before):
        return "other"
    if _TARGET_AFTER.match(after):
        return "target"
    if _WITHIN_BEFORE.search(before) and (q.unit == "seconds" or re.match(
            r"^\s*(?:working\s+|calendar\s+)?(?:days?|hours?)\b", after, re.I)) \
            and ((prev_rec is not None and prev_rec.role == "share") or _LIMIT_WORDS.search(sentence)):
        return "target"   # the time limit a share is measured against, or a standard
    if re.search(r"\bwithin\s*$", before, re.I) and q.unit == "count" and q.kind == "" \
            and re.match(r"^\s*(?:working\s+|calendar\s+)?days?\b", after, re.I):
        return "target"   # "finalised within 28 days": a time limit, never a part of a count
    if q.unit == "ratio" and q.kind == "":
        return "share"    # "1 in 5 victims"
    if _TARGET_BEFORE.search(before):
        # "below the 10-minute target at 9 min 48 sec": the target is the figure before; this is the level
        if not (prev_rec is not None and prev_rec.role == "target"
                and re.search(r"\b(?:target|SLA|standard)\s+(?:at|of|with)\s*$", before, re.I)
                and _TARGET_AFTER.match(sentence[prev_rec.q.end:prev_rec.q.end + 12])):
            return "target"
    # a figure in brackets right after a change restates it: "(2.9 per cent)", "(45 arrests)"
    bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if prev_rec is not None and prev_rec.role == "change" and q.unit == prev_rec.q.unit \
            and _RESTATE_BEFORE.search(before):
        return "change"
    if prev_rec is not None and prev_rec.role == "change" and (_ONLY_GLUE.match(before) or bracketed) \
            and not re.match(r"^\s*(?:to|-|–)(?:\s|$)", after):
        return "change"
    if q.unit == "percentage_points":
        return "change"
    if q.sign_explicit:
        return "change"
    if signed.sign_explicit:
        return "change"
    if _CHANGE_BEFORE.search(before) and not _LEVEL_FROM.search(before) \
            and not _NOT_CHANGE_BY.search(before):
        return "change"
    # a cue after the figure is its own unless it introduces the next figure
    own_after = not (has_next and _CHANGE_BEFORE.search(after))
    if own_after and _CHANGE_AFTER.match(after):
        return "change"
    if own_after and _COMPARED_AFTER.match(after) and not _LEVEL_FROM.search(before):
        return "change"
    if q.unit == "percent":
        if _SHARE_AFTER.match(after):
            return "share"
        if (not before.strip(" -–•(") or _ALL_OF_BEFORE.match(sentence[:q.start])) and _SHARE_VERB_AFTER.match(after):
            return "share"   # "62% said ...", "Of the 450 people surveyed, 62% said ..."
    return "level"


# --------------------------------------------------------------------------
# context inherited from sections and the document
# --------------------------------------------------------------------------

def _is_generic_heading(text: str) -> bool:
    return vocabulary().is_generic_heading(text)


def _subjects_in(text: str) -> list[Mention]:
    return list(_subjects_in_cached(text))


@lru_cache(maxsize=4096)
def _subjects_in_cached(text: str) -> tuple[Mention, ...]:
    t = clean_block_text(text)
    if not t:
        return ()
    sdoc = get_nlp().make_doc(t)
    return tuple(_find_labels(sdoc, 0, len(sdoc), 0, t, "subject"))


@lru_cache(maxsize=4096)
def _period_statement(text: str) -> Optional[N.Period]:
    """The reporting period a short heading or line states ("October -
    December 2023", "Quarter Two 2019-20 (1 July to 30 September 2019)")."""
    t = clean_block_text(text)
    if not t or len(t) > 100 or len(t.split()) > 12:
        return None
    p = N.parse_period(t)
    if p is None or p.start is None or p.end is None or p.start >= p.end \
            or p.period_type not in ("quarter", "other", "financial_year", "calendar_year"):
        return None  # chart captions ("12 months to June 2019") are not the document's period
    if (p.end - p.start).days > 400:
        return None
    if N.find_quantities(t):
        return None  # a line with figures is not a period statement
    return p


@dataclass
class _Ctx:
    subject: str = ""
    period: Optional[N.Period] = None
    metric: str = ""
    deliverables: bool = False   # inside a deliverables progress run


# a "Deliverables Progress" section, and the column header line of a
# deliverables table flattened into text ("Action Date Due Progress")
_DELIV_SECTION = re.compile(r"^\s*(?:key\s+)?(?:deliverables?|actions?|milestones?)\s+(?:and\s+)?progress\b", re.I)
_DELIV_HEADER = re.compile(
    r"^\s*(?:deliverables?\s+progress\s+)?(?:key\s+)?(?:actions?|deliverables?|milestones?)\s+"
    r"(?:date\s*due|due\s*date|due|deadline|target\s*date|timescales?)\s+progres\s*s?\s*$", re.I)


def _is_progress_line(text: str) -> bool:
    """A deliverables row flattened into a text line: a due date and a
    progress percent and nothing else after the action ("Jan 24 90%",
    "Youth voice procurement and roll out Apr 24 65%"), or a progress
    percent alone ("75%", its date on the line before)."""
    qs = N.find_quantities(text)
    if len(qs) != 1:
        return False
    q = qs[0]
    if q.unit != "percent" or q.kind or q.sign_explicit or not 0 <= q.value <= 100 \
            or text[q.end:].strip(" .") != "":
        return False
    before = text[:q.start].rstrip()
    if not before:
        return True
    words = before.split()
    for k in range(1, min(3, len(words)) + 1):
        due = " ".join(words[-k:])      # the due date ends the text: "Apr 24", "31 March 2024"
        p = N.parse_period(due)
        if p is not None and p.raw == due and N.parse_date(due) is not None:
            return True
    return False


def _metrics_in(text: str) -> list[Mention]:
    return list(_metrics_in_cached(text))


@lru_cache(maxsize=4096)
def _metrics_in_cached(text: str) -> tuple[Mention, ...]:
    t = clean_block_text(text)
    if not t:
        return ()
    sdoc = get_nlp().make_doc(t)
    return tuple(_find_labels(sdoc, 0, len(sdoc), 0, t, "metric"))


def _block_contexts(doc: Document) -> dict[int, _Ctx]:
    """For every narrative block (by id): the subject and period it inherits."""
    out: dict[int, _Ctx] = {}
    running_subject = ""
    doc_period: Optional[N.Period] = None
    heading_period: Optional[N.Period] = None
    deliv_header_seen = False   # an "Action Date Due Progress" line in this section
    for b in doc.blocks:
        if b.kind == HEADING:
            deliv_header_seen = False
        elif _DELIV_HEADER.match(clean_block_text(b.text)):
            deliv_header_seen = True
        if b.kind == HEADING or (b.kind == PARAGRAPH and len(b.text) <= 100):
            p = _period_statement(b.text)
            if p is not None:
                if b.kind == HEADING and b.level >= 2:
                    heading_period = p
                else:
                    doc_period = p
                    heading_period = None
        if b.kind == HEADING:
            subs = [m for m in _subjects_in(b.text) if m.label not in lexicon().weak]
            if subs:
                # a heading's subject: prefer the service/crime type over an area word
                non_area = [m for m in subs if m.label not in lexicon().areas]
                running_subject = (non_area or subs)[-1].label
            elif not _is_generic_heading(clean_block_text(b.text)) and len(b.text.split()) >= 3:
                running_subject = ""
            continue
        if b.kind not in NARRATIVE_KINDS:
            continue
        subject = ""
        for h in reversed(b.headings):
            subs = [m for m in _subjects_in(h) if m.label not in lexicon().weak]
            if subs:
                non_area = [m for m in subs if m.label not in lexicon().areas]
                subject = (non_area or subs)[-1].label
                break
        metric = ""
        for h in reversed(b.headings):
            mets = _metrics_in(h)
            if mets:
                metric = mets[-1].label
                break
        deliv = deliv_header_seen or bool(_DELIV_SECTION.match(clean_block_text(b.section or "")))
        out[id(b)] = _Ctx(subject or running_subject, heading_period or doc_period, metric, deliv)
    return out


# --------------------------------------------------------------------------
# per sentence
# --------------------------------------------------------------------------

@dataclass
class _Fig:
    q: N.Quantity
    value: float
    role: str
    period: Optional[N.Period] = None
    inherited: int = 0
    subject: str = ""
    metric: str = ""
    subject_stated: bool = False   # the sentence names the subject (not the section's / the block's)
    metric_stated: bool = False    # the sentence names what is measured (not the heading's)


_METRIC_STOP = set("""a an the of in on at to for from by with and or but was were is are be been has have had
this that these those which who it its their our his her there here than then as per into over under
during since until up down about around nearly almost some more less fewer each every all any no not
recorded reported seen saw remain remains remained continue continues continued reached equates represents
compared total average volume using being made seized increase decrease year month months via
including against along across within where while however whilst whereas consecutively so such only
also just still both either whether if when who whom whose what how why because although though
january february march april may june july august september october november december related stating
felt identified waited reported were stated they had have further additional extra another""".split())
#: verbs that end the noun words next to a figure ("300 PCSOs working across ...", "will rise to £265.73")
_VERB_STOP = set("""working work works worked support supports supported supporting said say says feel feels took
take takes taking receive receives received attend attends attended make makes will would could should may
might can must shall rise rises rising rose fall falls falling fell increase increases increasing increased
decrease decreases decreasing decreased equivalent equating equates help helps helped helping stand stands
stood sit sits sat totals totalled totalling allocated awarded given spent invested provided delivered
serving serve serves operating operate operates joined join joining came come comes went go goes
left remain remains remained being get got gets allow allows allowing enable enables means meaning
represent represents representing expected anticipated planned pledged""".split())
#: words that end no measure's name ("the County it", "vehicle crime each")
_TRAIL_STOP = set("""it they this these those each all both which that there we he she also now currently still
then so who""".split())
#: those who act, not what is measured ("The PCC has awarded £1.2 million")
_ACTORS = {"pcc", "the pcc", "commissioner", "the commissioner", "opcc", "the opcc", "force", "the force",
           "panel", "the panel", "chief constable", "the chief constable", "police", "officers", "we", "it",
           "they", "constabulary", "the constabulary"}
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|remains?|remained|reached|increased|decreased|declined|rose|fell|"
    r"saw|seen|see|recorded|continues?|continued|stands?|sits?|shows?|showed|represents?|equates?|"
    r"highlighted|experienced|received|attended|achieved|improved|dropped|averaging|reporting|recording)\b|[=:]",
    re.I)


def _metric_after(sentence: str, q: N.Quantity) -> str:
    """The noun words right after a count: "1,882 silent 999 calls" -> "silent 999 calls"."""
    tail = sentence[q.end:q.end + 60]
    if tail.startswith("+"):
        tail = " " + tail[1:]
    words: list[str] = []
    skipped = 0
    for m in re.finditer(r"\S+", tail):
        w = m.group()
        core = w.strip(",;:().\"'")
        if not words and m.start() > 2 + skipped:
            break
        if not words and core.lower() in ("fewer", "more", "less", "additional", "extra") and w == core \
                and m.start() <= 2:
            skipped = m.end()
            continue   # "2,345 fewer victims of crime": what is counted follows
        if not re.fullmatch(r"[A-Za-z][A-Za-z'’-]*|999|101", core):
            break
        if core.lower() in _METRIC_STOP or core.lower() in _VERB_STOP or len(words) >= 4:
            break
        words.append(core)
        if core != w:
            break  # punctuation ends the phrase
    return " ".join(words).lower()


_MONEY_LEAD = re.compile(
    r"(?:\s+(?:worth|valued|value|at|of|over|more|than|around|about|approximately|nearly|almost|"
    r"to|the|totalling|receiving|awarded|was|were|is|are|up|stands?|sits?|totals?|amounts?|=|:))+\s*$", re.I)


def _words_before(segment: str) -> str:
    """The noun words right before a money figure: "cocaine worth £9,150" -> "cocaine"."""
    seg = _MONEY_LEAD.sub("", " " + segment.rstrip(" (,")).strip()
    words: list[str] = []
    for w in reversed(seg.split()):
        core = w.strip(",;:().\"'")
        if core != w.rstrip(",;:(") and words:
            break
        if not re.fullmatch(r"[A-Za-z][A-Za-z'’-]*", core) or core.lower() in _METRIC_STOP \
                or core.lower() in _VERB_STOP or len(words) >= 4:
            break
        words.insert(0, core)
        if w.endswith((",", ";", ":")) and len(words) > 1:
            break
    return " ".join(words).lower()


def _metric_for(q: N.Quantity, prev_end: int, nxt: int, clause_start: int,
                metrics: list[Mention], sentence: str) -> str:
    seg_start = max(prev_end, clause_start)
    # a money measure ("budget") is not what a count or a time measures
    metrics = [m for m in metrics if m.label not in lexicon().money or q.unit == "gbp"
               or (q.unit == "percent" and not _SHARE_AFTER.match(sentence[q.end:]))]
    inside = [m for m in metrics if m.start >= seg_start and m.end <= q.start]
    if q.unit == "gbp":
        money = [m for m in inside if m.label in lexicon().money]
        if money:
            return money[-1].label   # "The Commissioner's budget for 2024/25 is £152.3m"
        w = _words_before(sentence[seg_start:q.start])
        if w:
            return w
    if inside:
        return inside[-1].label
    after = [m for m in metrics if m.start >= q.end and m.end <= nxt and m.start - q.end <= 40
             and not _BARRIER.search(sentence[q.end:m.start])]
    if after:
        return after[0].label
    if q.unit == "count" and q.kind == "":
        w = _metric_after(sentence, q)
        if w:
            return w
    if q.unit == "percent":
        m = re.match(r"^\s*(?:\([^)]{0,30}\)\s*)?of\s+(?:the\s+|these\s+|those\s+|all\s+)?(.{0,60})", sentence[q.end:])
        if m:
            words = []
            for w in m.group(1).split():
                core = w.strip(",;:().")
                if not re.fullmatch(r"[A-Za-z][A-Za-z'’-]*|VWI|999|101", core) or core.lower() in _METRIC_STOP \
                        or len(words) >= 4 or re.fullmatch(_MON_TOK, core):
                    if words or not re.fullmatch(r"(?:19|20)\d\d|[A-Z][a-z]+", core):
                        break
                    continue
                words.append(core)
                if core != w:
                    break
            if words:
                return " ".join(words).lower()
    if q.unit == "gbp":
        w = _words_before(sentence[seg_start:q.start])
        if w:
            return w
    earlier = [m for m in metrics if m.start >= clause_start and m.end <= q.start]
    if earlier:
        return earlier[-1].label
    if q.kind == "rank":
        # "ranked 12th nationally for crime outcomes": what the rank is of
        m = re.match(r"^[^.;,]{0,40}?\bfor\s+(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][A-Za-z'’-]*\s*){1,4})",
                     sentence[q.end:])
        if m:
            words = []
            for w in m.group(1).split():
                if w.lower() in _METRIC_STOP or w.lower() in _VERB_STOP:
                    break
                words.append(w)
            if words:
                return _lower_words(" ".join(words))
    return _metric_before(sentence, seg_start, q)


_GENERIC_METRIC = re.compile(r"(?:(?:rolling|month|months|monthly|12|3|year|annual|quarterly|overall|current|"
                             r"average)\s+)*(rate|volume|time|level)")


def _metric_before(sentence: str, clause_start: int, q: N.Quantity) -> str:
    seg = sentence[clause_start:q.start]
    m = _VERBISH.search(seg)
    if not m:
        return ""
    head = seg[:m.start()].strip(" -–•,;:(")
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\b(?:999|101)\b", head)]
    while words and words[0].lower() in _METRIC_STOP:
        words.pop(0)
    if not words or len(words) > 6:
        return ""
    while words and (words[-1].lower() in _TRAIL_STOP or words[-1].lower() in _VERB_STOP):
        words.pop()   # "in the County it rose by 3%": no measure
    if not words:
        return ""
    phrase = " ".join(words).lower()
    if phrase in lexicon().subject_words or phrase in _ACTORS:
        return ""
    return phrase


def _nearest(mentions: list[Mention], q: N.Quantity, figs: list[N.Quantity], sentence: str,
             bind_after: Optional[re.Pattern] = None, barrier: bool = True) -> Optional[Mention]:
    """The mention for figure ``q``: bound right after it, else the nearest
    before it with no other figure between, else the nearest after it with
    no other figure between, else the nearest before, else after."""
    if not mentions:
        return None
    others = [f for f in figs if f is not q]

    def clear(a: int, b: int) -> bool:
        return not any(a <= f.start and f.end <= b for f in others)

    if bind_after is not None:
        for m in mentions:
            if m.start >= q.end and bind_after.match(sentence[q.end:m.start]) \
                    and not _BARRIER.search(sentence[q.end:m.start]):
                return m
    before = [m for m in mentions if m.end <= q.start]
    after = [m for m in mentions if m.start >= q.end]
    for m in reversed(before):
        if clear(m.end, q.start):
            if bind_after is not None and "," in sentence[m.end:q.start]:
                # "surveyed in the quarter, with 63.5% satisfied ... in March 2024": a period after
                # the figure in its own clause is nearer in sense than one before a comma
                own = [a for a in after if clear(q.end, a.start) and not re.search(r"[,;(]", sentence[q.end:a.start])
                       and not (barrier and _BARRIER.search(sentence[q.end:a.start]))]
                if own:
                    return own[0]
            return m
    for m in after:
        if clear(q.end, m.start) and not (barrier and _BARRIER.search(sentence[q.end:m.start])):
            return m
    if before:
        return before[-1]
    for m in after:
        if not (barrier and _BARRIER.search(sentence[q.end:m.start])) \
                and not any(q.end <= f.start and f.end <= m.start
                            and re.search(r"\bfrom\s*$", sentence[max(0, f.start - 12):f.start], re.I)
                            for f in others):
            # ("improved to 7.1%, up from 5.9% last year": the period after "from 5.9%" is that figure's)
            return m
    return None


_BARRIER = re.compile(r"\b(?:v|vs|versus|compared|than|while|whilst|whereas|but|however)\b|;", re.I)

_BIND_AFTER = re.compile(
    r"^[\s,(]*(?:(?:in|for|during|at|as\s+at|as\s+of|over|by|to|of|the|month\s+of|up\s+to|[a-z]+\s+(?:in|for|during))\s+)*(?:the\s+)?$",
    re.I)


_MONTH_PREP = re.compile(r"\b(?:for|in|during)(?:\s+the\s+month\s+of)?\s*$", re.I)
_MONTH_PREP_IN = re.compile(r"^(?:for|in|during)\s", re.I)
_ROLLING_WORDS = re.compile(
    r"\brolling\b|\b(?:12|twelve)[\s-]*months?\b|\b(?:last|past|previous|preceding)\s+(?:12|twelve|year)\b|"
    r"\byear\s+(?:to|ending)\b|\bannual(?:ly)?\b|\bfinancial\s+year\b|\bquarter\b", re.I)


def _in_other_brackets(sentence: str, start: int, end: int, q: N.Quantity) -> bool:
    """Is ``sentence[start:end]`` inside a bracket that does not hold ``q``
    ("Priority log volumes (2,233 in October 2023) year-on-year ... -13%")?"""
    depth, open_at = 0, -1
    for i in range(start - 1, -1, -1):
        ch = sentence[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                open_at = i
                break
            depth -= 1
    if open_at < 0:
        return False
    close_at = sentence.find(")", end)
    if close_at < 0:
        close_at = len(sentence)
    return not (open_at < q.start and q.end <= close_at)


def _month_of_change(q: N.Quantity, dated: list[Mention], sentence: str) -> Optional[N.Period]:
    """The single month a year-on-year change is dated to by its sentence ("for
    the month of September 2023", "in October 2023"), when the clause has no
    12-month / rolling wording; else None (the change is the 12-month one)."""
    lo = sentence.rfind(";", 0, q.start) + 1
    hi = sentence.find(";", q.end)
    hi = len(sentence) if hi < 0 else hi
    if _ROLLING_WORDS.search(sentence[lo:hi]):
        return None
    months = []
    for m in dated:
        if m.base or m.start < lo or m.end > hi or m.period is None:
            continue
        p = m.period
        if p.period_type != "month" or p.start is None or p.end is None:
            continue
        text = sentence[m.start:m.end]
        if not (_MONTH_PREP_IN.match(text) or _MONTH_PREP.search(sentence[max(0, m.start - 30):m.start])):
            continue
        if _in_other_brackets(sentence, m.start, m.end, q):
            continue
        months.append(p)
    if len({(p.start, p.end) for p in months}) != 1:
        return None
    return months[0]


_QUARTER_NO = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
               "1": 1, "2": 2, "3": 3, "4": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_EARLIER_QUARTER = re.compile(r"\b(?:last|previous|preceding|prior)\b", re.I)
_MONTH_NAME = re.compile(rf"\b(?:{_MONTHS})\b", re.I)


def _quarter_fits(raw: str, end: date) -> bool:
    """Is the quarter written ("Q4", "quarter two") the document's quarter ending ``end``, numbered by the
    calendar or the financial year?  An unnumbered quarter fits."""
    m = re.search(r"\bq([1-4])\b|\bquarter\s+(one|two|three|four|[1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter",
                  raw or "", re.I)
    if not m:
        return True
    n = _QUARTER_NO[next(g for g in m.groups() if g).lower()]
    return n in ((end.month - 1) // 3 + 1, (end.month - 4) % 12 // 3 + 1)


def _sentence_figures(sentence: str, sdoc, tok_start: int, tok_end: int, base: int,
                      ctx: _Ctx, carry: Optional[dict] = None, pre: Optional[_DocMatches] = None) -> list[_Fig]:
    """The figures of one sentence.  ``carry`` holds the last period and
    subject stated earlier in the same block, used (as inherited) by a
    sentence that states none ("This is a decrease of 17 secs ...")."""
    if carry is None:
        carry = {}
    qs_all = N.find_quantities(sentence)
    if not qs_all:
        return []
    kept: list[N.Quantity] = []
    prev = None
    for q in qs_all:
        if not (0 <= q.start < q.end <= len(sentence)) or sentence[q.start:q.end] != q.raw:
            continue
        if not _is_non_figure(q, sentence, prev):
            kept.append(q)
        prev = q
    # URLs / e-mail addresses never hold figures
    urls = [(m.start(), m.end()) for m in _URL.finditer(sentence)]
    kept = [q for q in kept if not any(s < q.end and q.start < e for s, e in urls)]
    if not kept:
        return []

    default_year = ctx.period.end.year if ctx.period is not None and ctx.period.end else None
    periods = _find_periods(sdoc, tok_start, tok_end, base, sentence, default_year, pre)
    # periods that overlap a figure are not periods ("12 months" in a figure's raw)
    periods = [p for p in periods if not any(p.start < q.end and q.start < p.end for q in kept)]
    subjects = _find_labels(sdoc, tok_start, tok_end, base, sentence, "subject", pre)
    subjects = [s for s in subjects if not any(s.start < q.end and q.start < s.end for q in kept)]
    metrics = _find_labels(sdoc, tok_start, tok_end, base, sentence, "metric", pre)
    yoy = [Mention(m.start(), m.end(), "YOY") for m in _YOY_RE.finditer(sentence)]
    dated = [m for m in periods if m.label == "PERIOD"]
    current = [m for m in dated if not m.base]
    rolling_undated = [m for m in current if m.period.period_type in ("rolling_12_months", "rolling_3_months")
                       and m.period.end is None]
    inh_period = carry.get("period") or ctx.period
    inh_subject = ctx.subject if subjects else (carry.get("subject") or ctx.subject)

    figs: list[_Fig] = []
    prev_end = 0
    clause_start = 0
    for i, q in enumerate(kept):
        seg_before = sentence[prev_end:q.start]
        nxt = kept[i + 1].start if i + 1 < len(kept) else len(sentence)
        # a sample count "(n=600)" right after a figure does not cut its context
        j = i + 1
        while j < len(kept) and kept[j].kind == "n":
            j += 1
        nxt_real = kept[j].start if j < len(kept) else len(sentence)
        seg_after = sentence[q.end:nxt_real]
        if j < len(kept) and re.fullmatch(r"\s*\([^A-Za-z)]*", seg_after):
            # the next figure opens a bracket: "30.94% (4382 to 3026) decrease"
            seg_after = sentence[q.end:]
        signed = N.apply_sign(q, sentence[clause_start:q.start], seg_after)
        if q.kind in ("n", "rank", "plusminus", "coefficient"):
            signed = q
        prev_rec = figs[-1] if figs else None
        role = _role(q, signed, seg_before, seg_after, prev_rec, sentence, j < len(kept))
        value = signed.value if role == "change" else q.value
        if role == "change" and prev_rec is not None and prev_rec.role == "change" \
                and not q.sign_explicit and not signed.sign_explicit and prev_rec.value < 0 \
                and (_ONLY_GLUE.match(seg_before) or seg_before.rstrip().endswith("(")):
            value = -abs(value)  # "(a decrease of 39 crimes; 5.9 per cent)"
        if role in ("level", "share", "rank", "count", "target") and value < 0 and not q.sign_explicit:
            value = q.value
        f = _Fig(q, value, role)

        # ---- period
        if q.kind == "n" and prev_rec is not None:
            f.period, f.inherited = prev_rec.period, prev_rec.inherited
        else:
            m = _nearest(current, q, kept, sentence, _BIND_AFTER)
            p = m.period if m is not None else None
            if p is not None and p.period_type == "quarter" and p.end is None and ctx.period is not None \
                    and ctx.period.period_type == "quarter" and ctx.period.end is not None \
                    and not _EARLIER_QUARTER.search(p.raw or "") and not _MONTH_NAME.search(p.raw or "") \
                    and _quarter_fits(p.raw, ctx.period.end):
                p = N.Period("quarter", ctx.period.start, ctx.period.end, p.raw)  # "during quarter two"
            elif p is not None and p.period_type == "quarter" and p.end is None and ctx.period is not None \
                    and ctx.period.start is not None and ctx.period.end is not None \
                    and 80 <= (ctx.period.end - ctx.period.start).days <= 100 \
                    and re.fullmatch(r"(?i)(?:(?:in|during|over|across|throughout)\s+)?(?:this|the|current)\s+"
                                     r"(?:reporting\s+)?quarter", (p.raw or "").strip()):
                p = ctx.period   # "during this quarter" of a report on Mar-May 2023: the report's three months
            if p is not None and p.period_type == "month" and p.end is not None \
                    and any(r.start < q.start for r in rolling_undated):
                # "the rolling 12-month FAT rate to September 2023 was 7.9%"
                r = [r for r in rolling_undated if r.start < q.start][-1].period
                k = 12 if r.period_type == "rolling_12_months" else 3
                p = N.window_ending(p.end, k, r.period_type, p.raw)
            since = [m for m in periods if m.label == "SINCE"]
            if role == "change" and m is None and since and not yoy:
                # "Officer numbers have risen by 12.5% since March 2020": the change since then
                sm_ = _nearest(since, q, kept, sentence)
                if sm_ is not None:
                    m, p = sm_, sm_.period
            if role == "change" and not (m is not None and m.label == "SINCE"):
                y = _nearest(yoy, q, kept, sentence) if yoy else None
                mp = _month_of_change(q, dated, sentence) if y is not None else None
                if mp is not None:
                    # "crime volumes for the month of September 2023 ..., year-on-year down by -8.4%":
                    # the month against the same month a year before, not the 12-month change
                    p, y = mp, None
                elif p is None:
                    bases = [b for b in dated if b.base]
                    bm = _nearest(bases, q, kept, sentence, barrier=False)
                    if bm is not None and bm.period.period_type == "rolling_12_months" and bm.period.end:
                        bp = bm.period
                        p = N.Period("change_12_months", N.shift_years(bp.start, 1), N.shift_years(bp.end, 1), bp.raw)
                if mp is None and (y is not None or (p is not None and p.period_type == "rolling_12_months")):
                    p = N.change_period(p) if p is not None else None
                    if p is None and inh_period is not None and inh_period is carry.get("period") \
                            and inh_period.period_type == "rolling_12_months" and inh_period.end is not None:
                        # "... 3,015 crimes in the 12 months to September 2019. This is a 26.4 per cent
                        # increase on the previous year.": the change of the 12 months stated just before
                        p, f.inherited = N.change_period(inh_period), 1
                    if p is None:
                        p = N.Period("change_12_months", None, None, "year-on-year")
            if p is None and m is None and role != "change":
                pass
            if p is None:
                if inh_period is not None:
                    p, f.inherited = inh_period, 1
            f.period = p
            if m is not None and not f.inherited and m.label == "PERIOD":
                carry["period"] = m.period

        # ---- subject
        if q.kind == "n" and prev_rec is not None:
            f.subject, f.subject_stated = prev_rec.subject, prev_rec.subject_stated
        else:
            sm = _nearest(subjects, q, kept, sentence)
            f.subject = sm.label if sm is not None else inh_subject
            f.subject_stated = sm is not None
            if sm is not None:
                carry["subject"] = sm.label

        # ---- metric
        if q.kind == "n" and prev_rec is not None:
            f.metric, f.metric_stated = prev_rec.metric, prev_rec.metric_stated
        else:
            own = _metric_for(q, prev_end, nxt, clause_start, metrics, sentence)
            head = _GENERIC_METRIC.fullmatch(own or "")
            if head:
                # "101 abandonment rate rose to 18.4% ...; the rolling 12-month rate is 16.2%": the same measure
                same = [g for g in figs if g.metric_stated and g.metric.split()[-1:] == [head.group(1)]]
                if same:
                    own = same[-1].metric
            inherited_metric = ctx.metric
            if not own and inherited_metric in lexicon().metric_phrases and not _unit_fits(inherited_metric, q.unit, role):
                inherited_metric = ""   # a percent under "Response Time (4 months)" is not a response time
            f.metric, f.metric_stated = (own or inherited_metric), bool(own)
        figs.append(f)
        prev_end = q.end
        # a new clause starts at ";" or at a full stop inside the sentence
        last_break = max(sentence.rfind(";", q.end, nxt), sentence.rfind(". ", q.end, nxt))
        if last_break >= 0:
            clause_start = last_break + 1
    return figs


# --------------------------------------------------------------------------
# lead-in lines: "Force level immediate response times have declined" above
# "October 2023 = 11 min 15 sec."
# --------------------------------------------------------------------------

#: "<period> = <value>", "<subject> = <value> in <period>", "Response rate: ..."
_LIST_ITEM = re.compile(r"^\W*[A-Za-z][\w &/'’.-]{0,30}?\s*[=:]\s*\S")


#: the period a tile label states in brackets: "(4 months)", "(12 months to Sep)"
_TILE_PERIOD = re.compile(r"\s*\([^()]{0,30}\)\s*$")

_ITEM_LABEL_RE = re.compile(r"^\W*([A-Za-z][\w &/'’.-]{0,30}?)\s*[=:]\s*\S")


def _item_label(sentence: str) -> str:
    """The label of a list item "North = 1 hr 10 min" -> "North"; "" when the label is a period
    ("October 2023 = ...") or there is none."""
    m = _ITEM_LABEL_RE.match(sentence)
    if not m:
        return ""
    label = m.group(1).strip()
    if _PERIODISH.search(label) and N.parse_period(label) is not None:
        return ""
    if len(label.split()) > 4 or _DIGIT.search(label):
        return ""
    return label


@dataclass
class _Lead:
    metric: str     # the lead-in's words naming the measure ("immediate response times")
    label: str      # its canonical metric ("average response time")
    subject: str    # its subject ("Immediate"), or ""


def _lower_words(text: str) -> str:
    """Lower case except acronyms ("CRIB average wait times" -> "CRIB average wait times")."""
    return " ".join(w if (len(w) > 1 and w.isupper()) else w.lower() for w in text.split())


def _lead_of(text: str, sdoc) -> Optional[_Lead]:
    """The measure a block introduces when it names one and states no figure
    ("Force level immediate response times have declined in recent months"),
    or ends with ':' ("Average wait to answer 101 calls:")."""
    t = text.rstrip()
    if not t:
        return None
    if not t.endswith(":") and any(ch.isdigit() for ch in t) and N.find_quantities(t):
        return None
    metrics = _find_labels(sdoc, 0, len(sdoc), 0, text, "metric")
    if not metrics:
        return None
    # the last sentence that names a measure; its first measure
    sent_starts = [sent.start_char for sent in sdoc.sents]
    def sent_of(m: Mention) -> int:
        return max([k for k, st in enumerate(sent_starts) if st <= m.start] or [0])
    last = sent_of(metrics[-1])
    m = [x for x in metrics if sent_of(x) == last][0]
    subjects = [x for x in _find_labels(sdoc, 0, len(sdoc), 0, text, "subject")
                if x.label not in lexicon().weak and sent_of(x) == last]
    start = m.start
    subject = ""
    # subject words written right before the measure belong to its name: "immediate response times"
    for x in sorted(subjects, key=lambda x: -x.start):
        if x.end <= start and not text[x.end:start].strip():
            start, subject = x.start, subject or x.label
    if not subject and subjects:
        non_area = [x for x in subjects if x.label not in lexicon().areas]
        subject = (non_area or subjects)[0].label
    return _Lead(_lower_words(text[start:m.end]), m.label, subject)


def _unit_fits(label: str, unit: str, role: str) -> bool:
    """Can a figure of ``unit`` be a value of the measure ``label`` (a printed
    metric name of the vocabulary)?  A change in percent fits any measure but
    a rate."""
    change_pct = role == "change" and unit == "percent"
    want = lexicon().metric_units.get(label, "count")
    if want == "percent":
        return unit in ("percent", "percentage_points")
    if want == "rate":   # "crimes per 1,000 population": a count of a rate's scale
        want = "count"
    return unit == want or change_pct


# --------------------------------------------------------------------------
# the extractor
# --------------------------------------------------------------------------

def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


def extract(doc: Document) -> list[FigureRecord]:
    """Every figure stated in the narrative blocks of ``doc``.

    A figure whose sentence names no measure of its own takes the measure
    (``metric_text``) and, when it names none, the subject of its lead-in:
    the parent bullet of a nested bullet, or the block right before it in the
    same section when that names a measure and states no figure (or ends with
    ':') and this block is a bullet or a list item ("October 2023 = 11 min 15
    sec.", "County = 1 hr 33 min in October 2023"); a list item right after a
    list item that took a lead-in takes the same one."""
    nlp = get_nlp()
    all_blocks = doc.blocks
    blocks: list[Block] = [b for b in all_blocks if b.kind in NARRATIVE_KINDS]
    if not blocks:
        return []
    # the narrative block right before each one in the same section (no heading or table between)
    before: dict[int, Optional[Block]] = {}
    prev_b: Optional[Block] = None
    for b in all_blocks:
        if b.kind in NARRATIVE_KINDS:
            before[id(b)] = prev_b if prev_b is not None and prev_b.section == b.section else None
            prev_b = b
        else:
            prev_b = None
    contexts = _block_contexts(doc)
    texts = [clean_block_text(b.text) for b in blocks]
    sdocs: dict[int, object] = {}
    text_of: dict[int, str] = {}
    leads: dict[int, Optional[_Lead]] = {}
    passed: dict[int, _Lead] = {}       # the lead-in a block's figures took
    list_item: dict[int, bool] = {}

    def lead_of_block(b: Block) -> Optional[_Lead]:
        k = id(b)
        if k not in leads:
            t = text_of.get(k)
            if t and k not in sdocs:
                sdocs[k] = nlp(t)   # a block without digits was not run through the pipeline
            leads[k] = _lead_of(t, sdocs[k]) if t else None
        return leads[k]

    def lead_in_for(b: Block) -> Optional[_Lead]:
        p = before.get(id(b))
        if b.level > 0:
            q = p
            while q is not None and q.level >= b.level:
                q = before.get(id(q))
            if q is not None:
                return lead_of_block(q)
        if p is None:
            return None
        is_item = list_item.get(id(b), False)
        if is_item or b.kind == BULLET:
            lp = lead_of_block(p)
            if lp is not None:
                return lp
        if is_item and list_item.get(id(p)) and id(p) in passed:
            return passed[id(p)]
        return None

    def tile_label(b: Block, text: str) -> tuple[str, str]:
        """A dashboard tile's value alone in its block ("61.6%") takes the label printed right above
        it ("Kept informed of progress (4 months)") -- the label block when the converter did not
        make it a heading (then it is the tile's section too), else its short section heading.
        Returns (metric words, section or "")."""
        qs = N.find_quantities(text)
        if len(qs) != 1 or text.strip(" .▲▼↑↓*()") != qs[0].raw.strip(" ▲▼↑↓"):
            return "", ""
        p = before.get(id(b))
        pt = text_of.get(id(p)) or clean_block_text(p.text) if p is not None else ""
        if p is not None and _TILE_PERIOD.sub("", pt).strip(" :-–"):
            label = _TILE_PERIOD.sub("", pt).strip(" :-–")
            if label and len(label.split()) <= 8 and not _DIGIT.search(label) and not re.search(r"[.;!?]$", label) \
                    and label[:1].isalpha() and not N.find_quantities(pt):
                return _lower_words(label), pt
            return "", ""
        if p is not None and before.get(id(p)) is not None:
            return "", ""   # only a "(4 months)" line between the heading and the value
        heading = clean_block_text(b.topic or b.section or "")
        label = _TILE_PERIOD.sub("", heading).strip(" :-–")
        if label and len(label.split()) <= 6 and not _DIGIT.search(label) and not _is_generic_heading(label) \
                and not _PERIODISH.search(label):
            return _lower_words(label), ""
        return "", ""

    records: list[FigureRecord] = []
    seen: set[str] = set()
    for b, text in zip(blocks, texts):
        text_of[id(b)] = text
        list_item[id(b)] = bool(_LIST_ITEM.match(text))
    # only blocks with a digit can state a figure: only those go through the pipeline
    numeric = [(b, t) for b, t in zip(blocks, texts) if t and _DIGIT.search(t)]
    for (b, text), sdoc in zip(numeric, nlp.pipe([t for _, t in numeric], batch_size=128)):
        sdocs[id(b)] = sdoc
        ctx = contexts.get(id(b), _Ctx())
        if ctx.deliverables and _is_progress_line(text):
            continue  # a deliverable's due date and progress: the deliverables extractor's
        carry: dict = {}
        block_lead: Optional[_Lead] = None
        lead_looked = False
        pre = _DocMatches(sdoc)
        for sent in sdoc.sents:
            raw = sent.text
            lead = len(raw) - len(raw.lstrip())
            sentence = raw.strip()
            if not sentence or not _DIGIT.search(sentence):
                continue
            # the sentence's span of the block's Doc; offsets are given in the stripped sentence
            sfigs = _sentence_figures(sentence, sdoc, sent.start, sent.end, sent.start_char + lead, ctx, carry, pre)
            # a sentence stating values with no measure of its own takes its lead-in's (a list item's
            # label outside the measure vocabulary, "North = ...", names its subject, not a measure)
            label = _item_label(sentence) if sfigs else ""
            if sfigs and not any(f.metric_stated and (f.metric in lexicon().metric_phrases or f.metric != label.lower())
                                 for f in sfigs):
                if not lead_looked:
                    block_lead, lead_looked = lead_in_for(b), True
                if block_lead is not None:
                    for f in sfigs:
                        if f.role in ("rank", "target", "other") or not _unit_fits(block_lead.label, f.q.unit, f.role):
                            continue
                        f.metric = block_lead.metric
                        if not f.subject_stated:
                            # "North = 1 hr 10 min": a list item's own label is its subject, even one
                            # the vocabulary does not know; else the lead-in's subject
                            f.subject = label or block_lead.subject or f.subject
                        passed[id(b)] = block_lead
            tile_section = ""
            if sfigs and len(sfigs) == 1 and not sfigs[0].metric_stated and sentence == text:
                tile_metric, tile_section = tile_label(b, text)
                if tile_metric and (not sfigs[0].metric or tile_section):
                    sfigs[0].metric = tile_metric
            for f in sfigs:
                q = f.q
                fid = stable_id(doc.doc_id, b.page, b.line, sentence, q.start)
                if fid in seen:
                    continue
                seen.add(fid)
                p = f.period
                records.append(FigureRecord(
                    figure_id=fid,
                    doc_id=doc.doc_id,
                    page=b.page,
                    line=b.line,
                    section=tile_section or b.topic or b.section or None,
                    sentence=sentence,
                    value=float(f.value),
                    unit=q.unit,
                    value_raw=q.raw,
                    role=f.role,
                    period_type=p.period_type if p is not None else None,
                    period_start=_iso(p.start) if p is not None else None,
                    period_end=_iso(p.end) if p is not None else None,
                    period_inherited=f.inherited if p is not None else 0,
                    subject=f.subject or None,
                    metric_text=f.metric or None,
                    metric=metric_key(f.metric),
                    char_start=q.start,
                    char_end=q.end,
                ))
    return records
