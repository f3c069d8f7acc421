"""The figures extractor's view of the vocabulary (:mod:`extract.vocab`).

Everything the extractor knows about subjects, areas and metrics comes from
the vocabulary's data files; this module only reshapes it for the spaCy
matchers and the rules of the extractor:

* subject labels and their phrases (any case / exact case), the weak ones;
* area labels (the force files' places, the generic "County", the compass
  sub-areas "North", "South East" ...), with their stop rules;
* the names of whole force areas ("Wiltshire and Swindon", "Avon and
  Somerset"): a place inside one is not a sub-area;
* metric printed names and their phrases, money metrics, the median form of an
  average metric, and the unit each metric's values have.

:func:`lexicon` is cached per vocabulary object, so ``--vocabulary FILE``
(``extract.vocab.set_extra``) takes effect for every later run.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...vocab import Vocabulary, vocabulary
from ...vocab.literals import alternation, longest_first, needs


@dataclass(frozen=True, eq=False)
class Lexicon:
    subject_phrases: dict          # label -> phrases matched on lower case
    subject_cased: dict            # label -> phrases matched with their case
    subject_tokens: dict           # label -> spaCy token patterns (response grades)
    areas: frozenset               # area labels, compass words included
    weak: frozenset                # subject labels never the running subject
    compass: tuple                 # "North", "South" ...
    compass_first: tuple
    compass_second: tuple
    compass_after: re.Pattern      # after a compass word: it reads as a sub-area
    stop_after: dict               # label -> regex on the text right after a match
    stop_before: dict              # label -> regex on the text right before a match
    place_org_after: Optional[re.Pattern]   # a place followed by an organisation word
    place_person_before: Optional[re.Pattern]   # a title before a place name: a person's surname
    place_labels: frozenset        # the vocabulary's area labels (no compass words)
    whole_areas: Optional[re.Pattern]       # names of whole force areas
    metric_phrases: dict           # printed metric name -> phrases (lower case)
    metric_tokens: dict            # printed metric name -> spaCy token patterns
    metric_units: dict             # printed metric name -> unit
    money: frozenset               # printed names of metrics counted in money
    median_of: dict                # "average response time" -> "median response time"
    subject_words: frozenset       # words that name a subject or a place, never a measure
    force_words: frozenset         # names of forces and their areas (lower case)
    grade_words: frozenset         # the word naming a response grade (grades.toml)
    other_crime: Optional[re.Pattern] = None   # crime types no subject tells apart (figure_words.toml)
    other_crime_need: Optional[tuple] = None   # strings one of which every match holds, lower case (a cheap screen)
    other_crime_low: Optional[re.Pattern] = None    # other_crime on lower-cased text (no IGNORECASE: 3x faster)
    workforce: Optional[re.Pattern] = None     # a headcount's own noun ("police officers", "PCSOs")
    comparison: frozenset = frozenset()        # subject labels of comparison groups ("National", "MSG")
    subjectless: frozenset = frozenset()       # names whose findings are a whole country's or the force's own


_PINNED = threading.local()


def lexicon() -> Lexicon:
    pinned = getattr(_PINNED, "lex", None)
    return pinned if pinned is not None else _lexicon(vocabulary())


@contextmanager
def pinned_lexicon():
    """Inside: :func:`lexicon` is the one of the vocabulary at entry, without asking
    the vocabulary again (one document's extraction asks thousands of times, and the
    vocabulary does not change while a document is read)."""
    outer = getattr(_PINNED, "lex", None)
    _PINNED.lex = _lexicon(vocabulary())
    try:
        yield _PINNED.lex
    finally:
        _PINNED.lex = outer


_JOINED_RE = re.compile(r"\s+(?:and|&)\s+")


def _joined(name: str) -> str:
    """A place name whose "and" may be written "&"."""
    return r"\s*(?:and|&)\s*".join(re.escape(p) for p in _JOINED_RE.split(name))


@lru_cache(maxsize=4)
def _lexicon(V: Vocabulary) -> Lexicon:
    subj_lower: dict[str, tuple] = {}
    subj_cased: dict[str, tuple] = {}
    subj_tokens: dict[str, list] = {}
    stop_after: dict[str, re.Pattern] = {}
    stop_before: dict[str, re.Pattern] = {}
    org_after = V.place.get("org_after")
    for key, s in list(V.subjects.items()) + list(V.areas.items()):
        if s.phrases:
            subj_lower[s.label] = subj_lower.get(s.label, ()) + tuple(s.phrases)
        if s.cased:
            subj_cased[s.label] = subj_cased.get(s.label, ()) + tuple(s.cased)
        if s.tokens:
            subj_tokens[s.label] = subj_tokens.get(s.label, []) + list(s.tokens)
        if s.stop_after:
            stop_after[s.label] = re.compile(s.stop_after, re.I)
        if s.stop_before:
            stop_before[s.label] = re.compile(s.stop_before, re.I)
    cp = V.compass
    compass = tuple(cp.get("words", ()))
    first, second = tuple(cp.get("first", ())), tuple(cp.get("second", ()))
    areas = {a.label for a in V.areas.values()} | set(compass) | {f"{a} {b}" for a in first for b in second}
    whole = [f.get("area") for f in V.forces if f.get("area")] + [a for f in V.forces for a in f.get("aliases", [])]
    # every force area name: a place inside one is not that place ("Greater Manchester" is no
    # "Manchester", "Dyfed-Powys" no "Powys")
    whole += list(V.force_names)
    whole = longest_first(whole)
    metric_phrases: dict[str, tuple] = {}
    metric_tokens: dict[str, list] = {}
    metric_units: dict[str, str] = {}
    for m in V.metrics.values():
        for name, ps in m.phrases.items():
            metric_phrases[name] = tuple(dict.fromkeys(metric_phrases.get(name, ()) + tuple(p.lower() for p in ps)))
            metric_units.setdefault(name, m.unit)
        if m.tokens:
            name = m.names[0] if m.names else m.label
            metric_tokens[name] = metric_tokens.get(name, []) + list(m.tokens)
            metric_units.setdefault(name, m.unit)
    median_of = {}
    for k, m in V.metrics.items():
        med = V.metrics.get("median_" + k[len("average_"):]) if k.startswith("average_") else None
        if med is not None and m.names and med.names:
            median_of[m.names[0]] = med.names[0]
    other = _other_crime(V)
    forces = {f.lower() for f in V.force_names} | {str(f.get("area", "")).lower() for f in V.forces} - {""}
    subject_words = {p.lower() for ps in subj_lower.values() for p in ps} \
        | {p.lower() for ps in subj_cased.values() for p in ps} | {a.lower() for a in areas} \
        | {lab.lower() for lab in subj_tokens} | {"force", "force level"} | forces
    return Lexicon(
        subject_phrases=subj_lower, subject_cased=subj_cased, subject_tokens=subj_tokens,
        areas=frozenset(areas), weak=frozenset(s.label for s in list(V.subjects.values()) + list(V.areas.values())
                                               if s.weak),
        compass=compass, compass_first=first, compass_second=second,
        compass_after=re.compile(cp.get("after", r"(?!)")),
        stop_after=stop_after, stop_before=stop_before,
        place_org_after=re.compile(org_after, re.I) if org_after else None,
        place_person_before=re.compile(V.place["person_before"], re.I) if V.place.get("person_before") else None,
        place_labels=frozenset(a.label for a in V.areas.values()),
        whole_areas=re.compile(r"\b(?:" + "|".join(_joined(n) for n in whole) + r")\b", re.I) if whole else None,
        metric_phrases=metric_phrases, metric_tokens=metric_tokens, metric_units=metric_units,
        money=frozenset(n for n, u in metric_units.items() if u == "gbp"),
        median_of=median_of, subject_words=frozenset(subject_words), force_words=frozenset(forces),
        grade_words=frozenset(w.lower() for w in V.words("grade_words")), other_crime=other,
        other_crime_need=_need_of(other), other_crime_low=re.compile(other.pattern.lower()) if other else None,
        comparison=frozenset(s.label for s in V.subjects.values() if s.kind == "comparison"),
        subjectless=frozenset(w.lower() for w in V.words("subjectless_names")),
        workforce=re.compile(rf"\b(?:{_alternation(V.words('workforce_nouns'))})\b", re.I)
        if V.words("workforce_nouns") else None)


def _need_of(rx: Optional[re.Pattern]) -> Optional[tuple[str, ...]]:
    """The strings one of which every match of ``rx`` holds (``vocab.literals.needs``), looked for by ``in``
    (faster than one pattern of them all: ``re`` tries every alternative at every place); None when unknown."""
    need = needs(rx) if rx is not None else None
    return need or None


def _alternation(words) -> str:
    return alternation(words, space=r"\s+")


def _other_crime(V: Vocabulary) -> Optional[re.Pattern]:
    """The crime types no subject of the vocabulary tells apart: one alone ("thefts", "shoplifting"), or a
    modifier before a generic count noun ("drug offences", "violent crimes"), with that noun if it follows."""
    types, mods, nouns = V.words("other_crime_types"), V.words("other_crime_modifiers"), V.words("generic_count_nouns")
    if not types and not (mods and nouns):
        return None
    noun = _alternation(nouns) if nouns else "(?!)"
    kinds = [_alternation(types)] if types else []
    if mods and nouns:
        kinds.append(rf"(?:{_alternation(mods)})\s+(?:{noun})")
    if V.words("subjectless_names"):
        kinds.append(_alternation(V.words("subjectless_names")))
    # (never before "Act": "the Modern Slavery Act" is a statute, not what a figure counts)
    # (written in lower case but for escapes: other_crime_low is this pattern lower-cased)
    return re.compile(rf"\b(?:{'|'.join(kinds)})(?:\s+(?:{noun}))?\b(?!\s+act\b)".lower(), re.I)


def metric_key(text: Optional[str]) -> Optional[str]:
    """The canonical metric key of a figure's metric words."""
    return _metric_key(vocabulary(), text)


@lru_cache(maxsize=4096)
def _metric_key(V: Vocabulary, text: Optional[str]) -> Optional[str]:
    # (the same few metric words name many figures of a document: each is looked up once)
    return V.metric_key(text)
