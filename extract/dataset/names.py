"""Series names: metric and subject keys, and the organisation's area.

Every label is reduced to a key so that the same measure printed differently
("Crime Volume: Violence With Injury", "Violence with Injury crime", "VWI")
lands in one series.  ``metric_key`` and ``subject_keys`` are the only entry
points; when the project vocabulary (``extract.vocab``) is present its
``vocabulary()`` is used instead of the small alias list here (one line below).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..normalise import clean_text
from ..vocab.literals import lowered

_ALIASES_FILE = Path(__file__).with_name("aliases.csv")
_CRIME_TYPES_FILE = Path(__file__).with_name("crime_types.txt")
#: words naming a whole (no subject): "All 999" is the 999 subject
_SUBJECT_STOP = {"all", "total", "overall", "the", "calls", "call", "force", "force wide", "forcewide"}
#: words that only say "a count of" when they end a crime-type label ("Violence with Injury crime")
_COUNT_WORDS = {"crime", "crimes", "offences", "offence", "volume", "volumes", "recorded", "number of"}


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[re.Pattern, str]]:
    rows = []
    with open(_ALIASES_FILE, encoding="utf-8") as fh:
        for row in csv.reader(line for line in fh if line.strip() and not line.startswith("#")):
            alias, canon = row[0].strip(), row[1].strip()
            rows.append((re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"), canon))
    return rows


@lru_cache(maxsize=1)
def _crime_types() -> frozenset[str]:
    lines = _CRIME_TYPES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


#: a bracket and (group 1) what it holds: a label's qualifiers ("(excluding fraud)")
_BRACKETED = re.compile(r"\(([^)]*)\)")
_POSSESSIVE_S = re.compile(r"[\u2018\u2019'`]s\b")
#: characters a key drops (all but word characters and % & / + -)
_NOT_KEY_CHARACTERS = re.compile(r"[^\w%&/+-]+")
_SPACED_DASH_OR_SPACES = re.compile(r"\s+-\s+|\s+")
_WS = re.compile(r"\s+")


def _plain(text: Optional[str]) -> str:
    t = clean_text(text or "").lower()
    t = _BRACKETED.sub(" ", t)           # qualifiers go to definition_of
    t = _POSSESSIVE_S.sub("", t)
    t = _NOT_KEY_CHARACTERS.sub(" ", t)
    t = _SPACED_DASH_OR_SPACES.sub(" ", t).strip(" -/")
    for pat, canon in _aliases():
        t = pat.sub(canon, t)
    t = t.replace("&", "and")
    return _WS.sub(" ", t).strip()


_LOWER_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _as_written() -> frozenset[str]:
    """Words a key keeps as they are written: the words of every place name the vocabulary
    knows ("Wales", "Dumfries", "Thames", "Borders": "South Wales" is not "south wale") and
    words.toml's ``plural_as_written`` (nouns whose "singular" is another word: "premises",
    "goods", "series")."""
    words = {w for n in _place_names() for w in _LOWER_LETTERS.findall(n.lower()) if len(w) > 2 and w.endswith("s")}
    return frozenset(words | {w.lower() for w in _vocabulary().words("plural_as_written")})


def _place_names() -> list[str]:
    """Every place name the vocabulary knows: force areas, local authorities, the force files'
    areas and places.toml's table places (Scottish council areas, nations ...)."""
    V = _vocabulary()
    return V.place_names + [w for n in V.word_list_names() if n.startswith("table_places") for w in V.words(n)]


@lru_cache(maxsize=1)
def _place_labels() -> frozenset[str]:
    return frozenset(_plain(n) for n in _place_names())


def names_only_a_place(label: Optional[str]) -> bool:
    """Is the label only the name of a place the vocabulary knows ("Kent", "South Wales",
    "Dumfries & Galloway")?  Such a label says where, not what is counted: no series is
    named by it."""
    return bool(label) and _plain(label) in _place_labels()


#: words that point at something the label does not say ("performance against this indicator")
_DEICTIC = frozenset("this that these those its their such".split())


def is_fragment(label: Optional[str]) -> bool:
    """Is a figure's metric text a piece of a sentence rather than a name of what is counted?
    It ends on a connective word ("year-on-year and", "hotspots alone between"), points at
    something it does not name ("performance against this indicator"), or begins with a
    one-letter word other than "a" (a page marker or a multiplication sign read into it:
    "w notifiable offences" after "199W", "x 999 calls"; "A and E attendances" is a name)."""
    from ..loaders.common import ends_with_stop_word

    words = _plain(label).split()
    return bool(words) and (ends_with_stop_word(" ".join(words)) or bool(_DEICTIC.intersection(words))
                            or (len(words[0]) == 1 and words[0].isalpha() and words[0] != "a" and len(words) > 1))


def _singular(word: str) -> str:
    if word in _as_written() or word.rpartition("-")[2] in _as_written():
        return word   # ("dyfed-powys": its last part is a place's word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _key(text: str) -> str:
    return " ".join(_singular(w) for w in text.split())


_SPACED_DASH = re.compile(r"\s+[-\u2013]\s+")


def split_label(metric: Optional[str], subject: Optional[str]) -> tuple[str, list[str]]:
    """("Crime Volume: Violence With Injury", "County") -> ("Crime Volume", ["Violence With Injury", "County"])."""
    m = clean_text(metric or "")
    parts: list[str] = []
    if ":" in m:
        m, tail = m.split(":", 1)
        parts.extend(p for p in _SPACED_DASH.split(tail) if p.strip())
    if subject and clean_text(subject):
        parts.append(clean_text(subject))
    return m.strip(), [p.strip() for p in parts]


def metric_key(text: Optional[str]) -> str:
    """A metric label as a key: lower case, no punctuation or qualifiers, words singular,
    abbreviations spelt out."""
    return _key(_plain(text))


def subject_keys(text: Optional[str]) -> list[str]:
    """A subject label as keys ("All 999" -> ["999"], "Violence with Injury crime" ->
    ["violence with injury"]); empty for a label naming the whole."""
    t = _plain(text)
    words = t.split()
    while words and words[0] in _SUBJECT_STOP:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUBJECT_STOP | _COUNT_WORDS:
        words = words[:-1]
    k = _key(" ".join(words))
    return [k] if k and k not in _SUBJECT_STOP else []


def definition_of(text: Optional[str]) -> str:
    """The qualifiers of a label that change what is counted: its bracketed words
    ("Volume of DA Crimes (ACPO defined)" -> "acpo defined")."""
    quals = _BRACKETED.findall(clean_text(text or "").lower())
    return "; ".join(q.strip() for q in quals if q.strip())


#: "Violence with Injury crime(s)", "Volume of sexual offences", "Hate crime volume":
#: a count of crimes of the type named
_CRIME_COUNT = re.compile(r"^(?:(?:volume|number) of )?(?P<x>.+?) (?:crime|offence)s?(?: volume| count)?$")


def _vocabulary():
    """The project vocabulary (``extract.vocab``): the one place series names come from."""
    from ..vocab import vocabulary

    return vocabulary()


def _fallback(head: str, parts: list[str]) -> str:
    """A metric key when the vocabulary knows none: the words, normalised; a label
    that only names a crime type counts crimes of that type."""
    plain = _plain(head)
    if plain in ("crime", "crimes", "offence", "offences", "recorded crime", "total crime"):
        return "crime_volume"
    if plain in _crime_types():
        parts.insert(0, plain)
        return "crime_volume"
    m = _CRIME_COUNT.match(plain)
    if m and m.group("x") not in ("recorded", "total", "all"):
        parts.insert(0, m.group("x"))
        return "crime_volume"
    return metric_key(head).replace(" ", "_")


_SAME_UNIT = {("percent", "percentage_points"), ("percentage_points", "percent")}


def _unit_fits(V, key: str, unit: Optional[str], period_type: Optional[str]) -> bool:
    """Does a value in ``unit`` fit the vocabulary metric ``key``?  A change over 12
    months may be a percent of anything; otherwise a count metric stated in percent
    ("Percentage of complaints recorded within 10 days") or per 1,000 is another measure."""
    expected = V.metric_unit(key) if key in V.metrics else None
    if not expected or not unit or period_type == "change_12_months":
        return True
    return unit == expected or (unit, expected) in _SAME_UNIT


#: (vocabulary, arguments) -> series_names: a run repeats the same labels in every document
_NAMES_SEEN: dict[tuple, tuple[str, str]] = {}


def series_names(metric: Optional[str], subject: Optional[str], table: bool = False,
                 unit: Optional[str] = None, period_type: Optional[str] = None) -> tuple[str, str]:
    """(metric key, subject key) of a measure's (``table``) or figure's metric and subject
    labels: the vocabulary's keys (when the value's unit fits the metric), else the words
    normalised.  The subject key is the sorted subject keys joined by ' / '
    ("county / violence_with_injury")."""
    V = _vocabulary()
    key = (V, metric, subject, table, unit, period_type)
    found = _NAMES_SEEN.get(key)
    if found is None:
        if len(_NAMES_SEEN) > 100_000:
            _NAMES_SEEN.clear()
        found = _NAMES_SEEN[key] = _series_names(V, metric, subject, table, unit, period_type)
    return found


_BRACKET_AND_SPACE_BEFORE = re.compile(r"\s*\([^)]*\)")


def _series_names(V, metric: Optional[str], subject: Optional[str], table: bool,
                  unit: Optional[str], period_type: Optional[str]) -> tuple[str, str]:
    label = _BRACKET_AND_SPACE_BEFORE.sub("", clean_text(metric or ""))   # qualifiers: see definition_of
    head, parts = split_label(label, subject)
    mk = (V.table_metric_key(label) if table else None) or V.metric_key(label) or V.metric_key(head)
    if mk and not _unit_fits(V, mk, unit, period_type):
        mk = None
    if not mk:
        mk = _fallback(head, parts)             # may name a crime type as a subject part
    keys: list[str] = []
    for text in [label] + parts:
        found = V.subject_keys(text)
        if not found and text is not label:      # a subject the vocabulary does not know
            found = [k.replace(" ", "_") for k in subject_keys(text)
                     if not any(k in v.replace("_", " ") for v in keys)]
        keys.extend(k for k in found if k not in keys)
    keys = [k for k in keys if k and k != mk]
    return mk, " / ".join(sorted(set(keys)))


_ORG_ROLE = re.compile(
    r"\b(?:the\s+)?(?:office\s+of\s+the\s+)?(?:police\s*,?\s*(?:fire\s+and\s+)?(?:and\s+)?crime\s+"
    r"(?:commissioner|panel)|pcc|opcc|police\s+and\s+crime\s+plan|constabulary|police\s+service|police|"
    r"council|county|borough|city)\b(?:\s+(?:for|of))?", re.I)


def organisation_key(text: Optional[str]) -> str:
    """The area an organisation's name states: the police force area the vocabulary
    knows in it ("Office of the Police and Crime Commissioner for Wiltshire and
    Swindon" -> "Wiltshire"), else the name without its role words
    ("Northshire Police and Crime Panel" -> "Northshire")."""
    t = clean_text(text or "")
    low = lowered(t)   # an ASCII name not in the lower-cased text is not in it in any case
    forces = [f for f, rx in _force_patterns(tuple(_vocabulary().force_names))
              if (low is None or not f.isascii() or f.lower() in low) and rx.search(t)]
    if forces:                                   # a police force area the vocabulary knows
        return max(forces, key=len)
    return _WS.sub(" ", _ORG_ROLE.sub(" ", t)).strip(" ,-'")


@lru_cache(maxsize=8)
def _force_patterns(names: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    return [(f, re.compile(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", re.I)) for f in names]


def merge_areas(keys: set[str]) -> dict[str, str]:
    """Map each area to the shortest area of the run it extends ("Wiltshire and
    Swindon" -> "Wiltshire" when both are present); "" maps to the run's one area
    (``observations.document_areas`` gives it to a document naming none only when the
    document's title or file name names that area)."""
    out: dict[str, str] = {}
    named = sorted((k for k in keys if k), key=len)
    for k in named:
        base = next((b for b in named if len(b) < len(k) and k.lower().startswith(b.lower() + " ")), k)
        out[k] = out.get(base, base)
    roots = {v for v in out.values()}
    out[""] = next(iter(roots)) if len(roots) == 1 else ""
    return out
