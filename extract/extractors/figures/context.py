"""Context a block inherits from its section and document: the running
subject, the period of a heading or a period statement, the measure of a
heading, and whether the block is in a deliverables progress run."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


from ... import normalise as N
from ...model import HEADING, PARAGRAPH, Document
from ...nlp import get_nlp
from ...vocab import vocabulary
from ...vocab.literals import lowered, may_match, needs
from ..deliverables import _HEADER_LINE, split_header_line
from .lexicon import lexicon
from .cells import reading_blocks
from .clean import _DIGIT, NARRATIVE_KINDS, clean_block_text
from .matchers import _label_tests
from .mentions import Mention, _DocMatches, _find_labels

# --------------------------------------------------------------------------
# context inherited from sections and the document
# --------------------------------------------------------------------------

def _is_generic_heading(text: str) -> bool:
    return vocabulary().is_generic_heading(text)


@lru_cache(maxsize=4096)
def _subjects_of(t: str, lex) -> tuple[Mention, ...]:
    """The subjects of a clean heading text (of ``lex``: a new vocabulary, new matches)."""
    if not t or not _label_tests(lex)["subject"](t):
        return ()   # (no word a subject starts with: no need to make its Doc)
    sdoc, pre = _heading_doc(t, lex)
    return tuple(_find_labels(sdoc, 0, len(sdoc), 0, t, "subject", pre))


@lru_cache(maxsize=1024)
def _heading_doc(t: str, lex) -> tuple:
    """The Doc of a clean heading text and its matches, made once for its subjects and its metrics
    (``_find_labels`` makes the same matches without them: it only reads the Doc)."""
    sdoc = get_nlp().make_doc(t)
    return sdoc, _DocMatches(sdoc, t)


#: a line ending on a small word goes on to the next: it states nothing whole
_GOES_ON = re.compile(r"\b(?:of|all|the|a|an|and|or|to|for|in|on|at|by|with|from)$")


@lru_cache(maxsize=4096)
def _period_statement(t: str) -> Optional[N.Period]:
    """The reporting period a short heading or line states ("October -
    December 2023", "Quarter Two 2019-20 (1 July to 30 September 2019)"); ``t`` is its clean text."""
    if not t or len(t) > 100 or len(t.split()) > 12:
        return None
    if not _DIGIT.search(t):
        return None   # every period parse_period dates (no default year) has a digit: a year
    if _GOES_ON.search(t):
        return None   # "2022-23 Slipped Savings - review of all": a line cut off (a table's label), no statement
    p = N.parse_period(t)
    if p is None or p.start is None or p.end is None or p.start >= p.end \
            or p.period_type not in ("quarter", "other", "financial_year", "calendar_year"):
        return None  # chart captions ("12 months to June 2019") are not the document's period
    if (p.end - p.start).days > 400:
        return None
    if N.find_quantities(t):
        return None  # a line with figures is not a period statement
    return p


def _states_figures(t: str) -> bool:
    """A clean line _period_statement would scan and find figures in (it then gives None).  A short
    paragraph is asked this first: its text is scanned again as its sentence, so the scan is
    shared and the period parse is saved."""
    return bool(t) and len(t) <= 100 and len(t.split()) <= 12 and _DIGIT.search(t) is not None \
        and bool(N.find_quantities(t))


@dataclass
class _Ctx:
    subject: str = ""
    period: Optional[N.Period] = None
    metric: str = ""
    deliverables: bool = False   # inside a deliverables progress run


# a "Deliverables Progress" section, and the column header line of a
# deliverables table flattened into text ("Action Date Due Progress")
# (their one home: vocab/data/deliverables.toml, read by the deliverables extractor)
_DELIV_SECTION = vocabulary().pattern("deliverables_section")


_HEADER_NEEDS = needs(_HEADER_LINE)


@lru_cache(maxsize=8192)
def _header_line(t: str) -> bool:
    """Is ``t`` a deliverables header line (split_header_line)?  Asked only of a text holding a string
    every such line holds ("progres"): most blocks are not looked at by the pattern.  (A pure test
    of the text, remembered: a series of reports repeats its blocks -- issue 14.)"""
    return _header_line_plain(t)


def _header_line_plain(t: str) -> bool:
    return may_match(_HEADER_NEEDS, lowered(t)) and split_header_line(t) is not None


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
    return list(_metrics_in_cached(text, lexicon()))


@lru_cache(maxsize=4096)
def _metrics_in_cached(text: str, lex) -> tuple[Mention, ...]:
    t = clean_block_text(text)
    if not t or not _label_tests(lex)["metric"](t):
        return ()   # (no word a metric starts with)
    sdoc, pre = _heading_doc(t, lex)
    return tuple(_find_labels(sdoc, 0, len(sdoc), 0, t, "metric", pre))


_WORD4 = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")   # a word of four letters or more (no "and", "of", "to")


def _a_headline(t: str, mentions: list) -> bool:
    """Whether a clean heading text is a clause with its subjects inside it ("Police cutting
    burglaries", "Sanction Detections - Increase Burglary"), not a subject's name with a word or
    two ("Knife Crime", "Stop and Search Data", "Anti-Social Behaviour and Victim Satisfaction"):
    three words of four letters or more, fewer than half of them inside its subjects."""
    words = len(_WORD4.findall(t))
    if words < 3:
        return False
    inside = sum(len(_WORD4.findall(t[m.start:m.end])) for m in mentions)
    return 2 * inside < words


def _heading_subject(t: str, headline: str = "") -> Optional[str]:
    """The subject a clean heading text names (a service/crime type before an area word); None when
    none.  ``headline``: the clean text of a page's lone title; when ``t`` is it and it is a clause
    (``_a_headline``), its service or crime type is no subject of the page: a news story's sentences
    go on to other crimes and measures (the figures that concern it name it themselves); its area stays.
    (A pure function of the texts and the lexicon, remembered: headings repeat -- issue 14.)"""
    return _heading_subject_cached(t, headline, lexicon())


@lru_cache(maxsize=8192)
def _heading_subject_cached(t: str, headline: str, lex) -> Optional[str]:
    return _heading_subject_plain(t, headline, lex)


def _heading_subject_plain(t: str, headline: str, lex) -> Optional[str]:
    """``_heading_subject`` worked out (no memo)."""
    subs = [m for m in _subjects_of(t, lex) if m.label not in lex.weak]
    if not subs:
        return None
    non_area = [m for m in subs if m.label not in lex.areas]
    if non_area and t == headline and _a_headline(t, subs):
        non_area = []
    best = non_area or [m for m in subs if m.label in lex.areas]
    return best[-1].label if best else None


def _headings_subject(headings: tuple, headline: str = "") -> str:
    """The subject the nearest heading naming one gives (a service/crime type before an area)."""
    for h in reversed(headings):
        s = _heading_subject(clean_block_text(h), headline)
        if s is not None:
            return s
    return ""


def _running_subject(headings: list[tuple[str, str]], running: str, headline: str = "") -> str:
    """The running subject after the headings (clean text, text) read since it was ``running``: a
    heading naming a subject sets it, one of three words or more that is not generic clears it.
    Read from the last heading back: the last that sets or clears it decides (those before it are
    not looked at)."""
    for t, text in reversed(headings):
        s = _heading_subject(t, headline)
        if s is not None:
            return s
        if not _is_generic_heading(t) and len(text.split()) >= 3:
            return ""
    return running


def _lone_title(blocks: list) -> str:
    """The clean text of a page's one heading when it is its first block (a news story's or a
    letter's title), else ""."""
    heads = [b for b in blocks if b.kind == HEADING]
    if len(heads) != 1 or not blocks or blocks[0] is not heads[0]:
        return ""
    return clean_block_text(heads[0].text)


def _headings_metric(headings: tuple) -> str:
    """The measure the nearest heading naming one gives."""
    for h in reversed(headings):
        mets = _metrics_in(h)
        if mets:
            return mets[-1].label
    return ""


def _block_contexts(doc: Document, wanted: Optional[set] = None) -> dict[int, _Ctx]:
    """For every narrative block (by id): the subject and period it inherits.  ``wanted``: the ids of the
    blocks whose context is asked for (the blocks read for figures); the others get none, and their
    headings are not looked up for a subject or measure -- the running subject they would have settled is
    settled by the next wanted block instead, from the same headings read from the last back (the last that
    sets or clears it decides: reading them in one go or in parts gives the same subject)."""
    out: dict[int, _Ctx] = {}
    running_subject = ""
    unread: list[tuple[str, str]] = []   # the headings since the running subject was last settled
    doc_period: Optional[N.Period] = None
    heading_period: Optional[N.Period] = None
    deliv_header_seen = False   # an "Action Date Due Progress" line in this section
    of_headings: dict[tuple, tuple[str, str]] = {}
    deliv_sections: dict[str, bool] = {}
    blocks, cells = reading_blocks(doc)
    headline = _lone_title(blocks)
    if wanted is not None:
        # (no block after the last one wanted is given a context: the headings and lines after it are not read)
        last = max((k for k, b in enumerate(blocks) if id(b) in wanted), default=-1)
        blocks = blocks[:last + 1]
    for b in blocks:
        cell = id(b) in cells   # a table's prose cell: the context of its table's place, and no more
        t = "" if cell else clean_block_text(b.text)
        if not cell and _header_line(t):   # (also when the loader took it for a heading)
            deliv_header_seen = True
        elif b.kind == HEADING:
            deliv_header_seen = False
        if not cell and (b.kind == HEADING or (b.kind == PARAGRAPH and len(b.text) <= 100
                                               and not _states_figures(t))):
            p = _period_statement(t)
            if p is not None:
                if b.kind == HEADING and b.level >= 2:
                    heading_period = p
                else:
                    doc_period = p
                    heading_period = None
        if b.kind == HEADING:
            unread.append((t, b.text))   # (read for the running subject when a block needs it)
            continue
        if b.kind not in NARRATIVE_KINDS or (wanted is not None and id(b) not in wanted):
            continue
        key = tuple(b.headings)
        if key not in of_headings:   # (the blocks of a section share their headings: looked up once)
            of_headings[key] = _headings_subject(key, headline), _headings_metric(key)
        subject, metric = of_headings[key]
        if not subject and unread:
            running_subject = _running_subject(unread, running_subject, headline)
            unread.clear()
        deliv = deliv_header_seen and not cell
        if not deliv and not cell:
            section = b.section or ""
            if section not in deliv_sections:
                deliv_sections[section] = bool(_DELIV_SECTION.match(clean_block_text(section)))
            deliv = deliv_sections[section]
        out[id(b)] = _Ctx(subject or running_subject, heading_period or doc_period, metric, deliv)
    return out

