"""Narrative figures: every number stated in paragraphs and bullets.

One :class:`~extract.records.FigureRecord` per figure, with the clean whole
sentence, the value in its canonical unit (all number grammar comes from
:mod:`extract.normalise`), the offsets of ``value_raw`` in the sentence, what
the number *is* (``role``), the period it refers to, its subject and the words
naming what is measured.

How it works
------------
* Narrative blocks only (``paragraph``, ``bullet``); headings and tables are
  never read for figures (headings only give context), but for a table's cell
  that is a sentence of prose, read as a paragraph (:mod:`.cells`).
* Block text is cleaned (Markdown/HTML markup, bullet glyphs, numbered
  paragraph labels, URLs and e-mail addresses) and split into sentences by
  the shared spaCy pipeline (:func:`extract.nlp.get_nlp`), run once over all
  blocks with ``nlp.pipe`` (:func:`extract.nlp.parse_all`: a paragraph the worker
  parsed before, in an earlier report of the series, is not parsed again).
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
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Callable, Optional

from ...model import Block, Document, stable_id
from ...nlp import get_nlp, parse_all
from ...records import FigureRecord
from .blocks import _BlockLinks
from .clean import _DIGIT, ASCII_DIGIT, NARRATIVE_KINDS, clean_block_text
from .context import _Ctx, _block_contexts, _is_progress_line
from .leads import _item_label, _unit_fits
from .lexicon import lexicon, metric_key, pinned_lexicon
from .mentions import _DocMatches
from .rows import is_change_row, joined_list_label, sign_spaced_rows
from . import listing, memo
from .sentence import _kept_quantities, heading_subject
from . import word_percents

__all__ = ["extract", "clean_block_text", "NARRATIVE_KINDS"]


#: a letter: a sentence without one is numbers only
_LETTER = re.compile(r"[^\W\d_]")


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


def _unit_of(key: str) -> Optional[str]:
    from ...vocab import vocabulary
    return vocabulary().metric_unit(key)


def _record(doc: Document, b: Block, sentence: str, f, tile_section: str, keys: dict) -> FigureRecord:
    q, p = f.q, f.period
    metric = f.metric
    if metric not in keys:   # (the document's metric keys, each looked up once)
        keys[metric] = metric_key(metric)
    key = keys[metric]
    if key is not None and q.unit == "seconds" and _unit_of(key) in ("count", "percent", "gbp", "rate"):
        # a time is no volume, share or sum: "87% of Grade 2 non-emergency incidents were attended within 60 minutes"
        # (Dee 106.3 on Cheshire's scrutiny meeting) -- the 60 minutes are no incident volume
        key = None
    return FigureRecord(
        figure_id=stable_id(doc.doc_id, b.page, b.line, sentence, q.start),
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
        metric=key,
        char_start=q.start,
        char_end=q.end,
    )


def _take_lead_in(sfigs: list, sentence: str, b: Block, links: _BlockLinks, state: dict) -> None:
    """A sentence stating values with no measure of its own takes its
    lead-in's (a list item's label outside the measure vocabulary, "North =
    ...", names its subject, not a measure)."""
    label = _item_label(sentence)
    phrases, own = lexicon().metric_phrases, label.lower()
    if any(f.metric_stated and (f.metric in phrases or f.metric != own) for f in sfigs):
        return
    if "lead" not in state:
        state["lead"] = links.lead_in_for(b)
    block_lead = state["lead"]
    if block_lead is None:
        return
    for f in sfigs:
        if f.role in ("rank", "target", "other") or not _unit_fits(block_lead.label, f.q.unit, f.role):
            continue
        f.metric = block_lead.metric
        if not f.subject_stated:
            # "North = 1 hr 10 min": a list item's own label is its subject, even one
            # the vocabulary does not know; else the lead-in's subject
            f.subject = label or block_lead.subject or f.subject
        links.passed[id(b)] = block_lead


@lru_cache(maxsize=1)
def _one_sentence() -> Callable[[str], bool]:
    """A test true only of a text the shared pipeline reads as one sentence: its ``sentences``
    component (the sentencizer and its fixes) starts a sentence only after a token that is one of
    the sentencizer's punctuation characters; a text holding none of them is one sentence, and so is
    one holding them only in the run that ends it (``_or_closing_run``)."""
    from ...nlp import PUNCT_CHARS

    nlp = get_nlp()
    if nlp.pipe_names == ["sentences"]:
        chars = PUNCT_CHARS
    elif nlp.pipe_names == ["sentencizer", "sentence_fixes"]:
        chars = nlp.get_pipe("sentencizer").punct_chars
    else:
        return lambda text: False
    if not all(len(c) == 1 for c in chars):
        return lambda text: False
    from ...normalise.scan_speed import holds_none_of   # (perdoc8 hook: = no match of "[chars]", faster)
    none = holds_none_of(chars)
    if nlp.pipe_names != ["sentences"] or not all(unicodedata.category(c).startswith("P") for c in chars):
        return none
    return _or_closing_run(none, frozenset(chars))


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

#: a full stop between two ASCII digits ("30.5", "7.30pm", "£4.5m"): inside a token, never one of the
#: sentencizer's tokens -- no prefix of the tokenizer starts with a digit and no suffix ends with one, no
#: infix reads a "." after a digit, and no special case cuts one off (``tests/test_speed20b.py``)
_DECIMAL_POINT = re.compile(r"(?<=[0-9])\.(?=[0-9])")


def _or_closing_run(none: Callable[[str], bool], chars: frozenset) -> Callable[[str], bool]:
    """``none`` (the text holds none of the punctuation ``chars``), or the text's ``chars`` are all in the
    run of them that ends it ("... held on 12 March 2024.", "... in 2023?!") or are decimal points ("rose
    from 30.5 to 31.2"): the ``sentences`` component starts a sentence only at a token after a token that is
    one of ``chars``, and only at one that is neither one of them nor punctuation (every one of ``chars`` is
    punctuation) -- after such a run there is none -- or after a letter and a full stop ("m." of "£161m.":
    one token), so not when the run opens with a full stop right after an ASCII letter and goes on (a full
    stop alone ending the text ends its last token: no token follows it).  A decimal point is inside a
    token that is none of those (``_DECIMAL_POINT``).  (A text cleaned for figures: no space at its end.)"""
    def test(text: str) -> bool:
        if none(text):
            return True
        if "." in text:
            masked = _DECIMAL_POINT.sub("0", text)   # (the same length: a digit in place of each decimal point)
            if masked != text:
                if none(masked):
                    return True
                text = masked
        i = len(text)
        while i and text[i - 1] in chars:
            i -= 1
        if i == len(text) or not i or (text[i] == "." and text[i - 1] in _ASCII_LETTERS and i + 1 < len(text)):
            return False
        return none(text[:i])
    return test


def _to_parse(links: _BlockLinks) -> list[tuple[Block, str]]:
    """The narrative blocks that can state a figure, with their clean texts: those with a digit,
    but not a one-sentence block without one (its sentence, the whole text, keeps no figure: it
    is not parsed; a lead-in looked up in it parses it then)."""
    one = _one_sentence()
    out = []
    for b in links.blocks:
        t = links.text_of[id(b)]
        if t and ((ASCII_DIGIT if t.isascii() else _DIGIT).search(t) or word_percents.may_hold(t)) \
                and not (one(t) and not _kept_quantities(t)):
            out.append((b, t))
    return out


def _near_texts(links: _BlockLinks, b: Block, text: str) -> list:
    """The texts of a block and of the narrative blocks right before and after it, as printed
    (their list labels kept: cleaning cuts a leading "2.")."""
    if links.index_of is None:
        links.index_of = {id(x): k for k, x in enumerate(links.blocks)}
    i = links.index_of.get(id(b))
    near = [text, b.text or ""]
    if i is not None:
        for j in (i - 1, i + 1):
            if 0 <= j < len(links.blocks):
                near.append(links.blocks[j].text or "")
    return near


def warm() -> None:
    """Build the matchers of the vocabulary in use (and their lexeme flags) now: called by
    the pipeline before it forks its workers, so each child starts with them built."""
    from ...vocab import vocabulary
    from .matchers import _label_tests, _matchers
    from .mentions import _of_lexicon
    _matchers()
    # (and what the first document of each worker built: the label matchers' text tests, the
    # matchers by name, the one-sentence test -- pure functions of the lexicon and the pipeline)
    lex = lexicon()
    _label_tests(lex)
    _of_lexicon(lex)
    _one_sentence()
    V = vocabulary()   # (and the vocabulary's screens of its metric and subject patterns)
    V.metric_key("warm"), V.table_metric_key("warm"), V.subject_keys("warm")


def extract(doc: Document) -> list[FigureRecord]:
    with pinned_lexicon():
        return _extract(doc)


def _extract(doc: Document) -> list[FigureRecord]:
    """Every figure stated in the narrative blocks of ``doc``.

    A figure whose sentence names no measure of its own takes the measure
    (``metric_text``) and, when it names none, the subject of its lead-in:
    the parent bullet of a nested bullet, or the block right before it in the
    same section when that names a measure and states no figure (or ends with
    ':') and this block is a bullet or a list item ("October 2023 = 11 min 15
    sec.", "County = 1 hr 33 min in October 2023"); a list item right after a
    list item that took a lead-in takes the same one."""
    links = _BlockLinks(doc)
    if not links.blocks:
        return []
    # only blocks that can state a figure go through the pipeline (and only theirs is the context made)
    numeric = _to_parse(links)
    contexts = _block_contexts(doc, {id(b) for b, _ in numeric})
    records: list[FigureRecord] = []
    seen: set[str] = set()
    keys: dict = {}
    for (b, text), sdoc in zip(numeric, parse_all([t for _, t in numeric])):
        links.sdocs[id(b)] = sdoc
        ctx = contexts.get(id(b)) or _Ctx()
        if ctx.deliverables and _is_progress_line(text):
            continue  # a deliverable's due date and progress: the deliverables extractor's
        carry: dict = {}
        state: dict = {}      # the block's lead-in, looked up once
        pre = _DocMatches(sdoc, text)   # (a Doc's text is the text it was made of)
        digit = (ASCII_DIGIT if text.isascii() else _DIGIT).search
        for sent in sdoc.sents:
            sc, ec = sent.start_char, sent.end_char
            if not digit(text, sc, ec) and not word_percents.may_hold(text, sc, ec):
                if carry.get("subject") and ec - sc <= 60:   # (auditf8's hook: a heading run into the text)
                    heading_subject(text[sc:ec], carry)
                continue   # (no digit: no figure; a sentence's text is its Doc's text -- ``text`` -- sliced)
            raw = text[sc:ec]   # (= sent.text, without a Token per token)
            lead = len(raw) - len(raw.lstrip())
            sentence = raw.strip()
            # the sentence's span of the block's Doc; offsets are given in the stripped sentence
            # (a sentence of a block read before under the same context: its figures remembered)
            sfigs = memo.sentence_figures(text, sc, ec, sentence, sdoc, sent.start, sent.end, sc + lead, ctx,
                                          carry, pre)
            plain = [listing.listing_number(f.q.raw, f.q.unit) for f in sfigs]
            if any(plain):
                # an agenda or minutes listing run into one sentence: its plain numbers are item and page numbers
                every = listing.is_listing(sentence)
                sfigs = [f for f, p in zip(sfigs, plain) if not (p and (
                    every or listing.is_heading_number(sentence, f.q.start)))]
            if sfigs and sentence[-1:] == "." and sentence[-2:-1].isdigit():
                sfigs = [f for f in sfigs if not joined_list_label(f.q.raw, sentence, text[ec:ec + 40],
                                                                   _near_texts(links, b, text))]
            if sfigs:
                _take_lead_in(sfigs, sentence, b, links, state)
            tile_section = ""
            if sfigs and len(sfigs) == 1 and not sfigs[0].metric_stated and sentence == text:
                tile_metric, tile_section = links.tile_label(b, text)
                if tile_metric and (not sfigs[0].metric or tile_section):
                    sfigs[0].metric = tile_metric
            if sfigs and not _LETTER.search(sentence) and not is_change_row(sentence):
                # numbers only ("4,388.5 -3,576.4 - - -3,576.4 812.1", "(1-5)": a table's row or cell
                # printed as a line): a count that took no measure from a lead-in or a tile counts
                # nothing (a percent or a sum alone may be a KPI tile's value under its heading; a row of
                # levels and their signed changes is read: ``rows.sign_spaced_rows``)
                sfigs = [f for f in sfigs if f.metric or f.q.unit != "count"]
            for f in sfigs:
                rec = _record(doc, b, sentence, f, tile_section, keys)
                if rec.figure_id not in seen:
                    seen.add(rec.figure_id)
                    records.append(rec)
    sign_spaced_rows(records)
    return records
