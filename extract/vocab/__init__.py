"""The vocabulary: metrics, subjects, areas and document-structure words as data.

Every word list the extractors and the reconciliation share lives in the data
files of this package (``extract/vocab/data``), not in code:

* ``metrics.toml``   -- one table per canonical metric key (``arrest_rate``,
  ``average_response_time`` ...): its label, unit, the phrases that name it
  (grouped by the name the figures extractor prints) and regexes on narrative
  words (``text``) and on table labels (``table``), in priority order;
* ``subjects.toml``  -- services (999, 101), response grades, crime types,
  comparison groups (national, most similar group);
* ``areas.toml``     -- generic area words ("County", compass sub-areas) and the
  generic rules for place names (organisation words after a place, compound
  names "X and Y");
* ``local_authorities.csv`` -- the 43 territorial police force areas of England
  and Wales and their principal local authorities (written from general
  knowledge, best effort; see the file's header);
* ``forces/*.toml``  -- per-force files: a force's local places, services and
  metric wordings (Wiltshire's among several);
* ``words.toml``     -- document-structure words: the reconciliation's subjects, money
  scale words, and the ``[patterns]`` of generic headings, trend cells, total rows,
  and the measures' header words.
* ``deliverables.toml`` -- words of delivery plans and action logs: header phrases by
  column role (``deliverables_action`` ...), RAG status phrases (``rag_red`` ...) and the
  ``[patterns]`` deliverables_section (section headings of a plan).

API::

    from extract.vocab import vocabulary, set_extra
    V = vocabulary()                    # cached; shipped data + extra files
    V = vocabulary(extra_files=["my.toml"])
    set_extra(["my.toml"])              # add files for this process
    use_files(["my.toml"])              # what ``--vocabulary FILE`` does: checks the files,
                                        # sets env EXTRACT_VOCABULARY (os.pathsep-separated)
                                        # so worker processes use them too

    V.metric_key("average wait times")  # -> "average_time_to_answer" (or None)
    V.table_metric_key("Arrest rate")   # -> "arrest_rate": the pattern on table labels
    V.metric_label("arrest_rate")       # -> "arrest rate"
    V.metric_unit("arrest_rate")        # -> "percent"
    V.text_metric_key("the arrest rate rose")  # -> "arrest_rate": the ``text`` patterns only
    V.names_loosely("crimes")           # -> True: named by a ``loose`` pattern only (no link)
    V.measure_key("median_response_time")      # -> "average_response_time" (its ``same_measure``)
    V.metric_names()                    # printed name -> phrases (figures' matcher)
    V.subject_keys("999 calls in Swindon")  # -> ["999", "swindon"] (subjects and areas)
    V.subject_label("domestic_abuse")   # -> "DA"
    V.subject_kind("county")            # -> "area"; a key's ``aliases`` (the reconciliation's
                                        # short keys: "vwi", "da") resolve to it
    V.subjects / V.areas / V.metrics    # key -> Subject / Subject / Metric, in file order
    V.is_generic_heading("So what?")    # -> True
    V.words("scale_million")            # -> ["m", "mn", "million", "millions"]
    V.pattern("total_row_label")        # compiled regex of words.toml [patterns]
    V.local_authorities                 # LocalAuthority(force, name, kind, country) rows
    V.force_names / V.place_names       # police force areas / all place names

A user file has the shipped files' shape (any of ``[metric.KEY]``,
``[subject.KEY]``, ``[area.KEY]``, ``[words]``, ``[patterns]``): a table with a
key already known adds its phrases and alternates its patterns with the known
ones; a new key is appended (a metric may say ``before = "other_key"`` to take
priority over it).
"""
from __future__ import annotations

import csv
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .literals import Screen, longest_first, of_words

DATA = Path(__file__).resolve().parent / "data"
ENV = "EXTRACT_VOCABULARY"

__all__ = ["vocabulary", "set_extra", "use_files", "Vocabulary", "Metric", "Subject", "LocalAuthority", "DATA", "ENV"]


@dataclass
class Metric:
    key: str
    label: str = ""
    unit: str = ""
    text: str = ""                                   # regex on narrative words
    table: str = ""                                  # regex on table labels
    phrases: dict[str, list[str]] = field(default_factory=dict)   # printed name -> phrases
    tokens: list[list[dict]] = field(default_factory=list)        # spaCy token patterns
    aliases: list[str] = field(default_factory=list)              # other keys of it (a user file's)
    same_measure: str = ""      # the metric it is another statistic of (median_response_time -> average_...)
    loose: str = ""             # regex on words that name it only vaguely ("crimes"): a name, never a link

    @property
    def names(self) -> list[str]:
        return list(self.phrases)


@dataclass
class Subject:
    key: str
    label: str = ""
    kind: str = "other"
    phrases: list[str] = field(default_factory=list)   # case-insensitive
    cased: list[str] = field(default_factory=list)     # exact case
    tokens: list[list[dict]] = field(default_factory=list)
    pattern: str = ""
    weak: bool = False
    stop_before: str = ""
    stop_after: str = ""
    aliases: list[str] = field(default_factory=list)   # other keys of it (reconciliation's)


@dataclass(frozen=True)
class LocalAuthority:
    force: str      # police force area ("Thames Valley")
    name: str       # local authority ("Reading")
    kind: str       # county | unitary | district | metropolitan | london | welsh_unitary | city
    country: str    # England | Wales


class _OnFirstUse:
    """A pattern compiled when first used: nearly all of the subject and area patterns (one per
    local authority) are used by no run, and the document workers use none of them.  ``pattern``
    and ``flags`` are there without compiling (what :mod:`.literals` reads for its prefilters);
    ``search``, ``finditer`` and the rest are the compiled pattern's."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx = pattern, flags | re.UNICODE, None

    @property
    def compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def __getattr__(self, name):
        if name.startswith("__") or name == "_rx":  # (copy and pickle ask before the slots are set)
            raise AttributeError(name)
        return getattr(self.compiled, name)


def _alt(old: str, new: str) -> str:
    if not old:
        return new
    if not new or new == old:
        return old
    return f"(?:{old})|(?:{new})"


def _words_re(words: Iterable[str]) -> str:
    ws = longest_first(w for w in words if w)
    if not ws:
        return ""
    return r"(?<![\w])(?:" + "|".join(re.escape(w) for w in ws) + r")(?![\w])"


_NON_ALNUM_RUN = re.compile(r"[^a-z0-9]+")
#: emphasis and heading marks ("**Overview**", "## Summary")
_MARKDOWN_MARKS = re.compile(r"[*#_]+")


def _toml(raw: bytes) -> dict:
    """A TOML file's bytes parsed (``tomllib``, pure Python: about 18 ms a run for the shipped
    files), or the parse of the same bytes kept by an earlier run (:mod:`extract.regex_cache`)."""
    import hashlib

    from ..regex_cache import kept

    return kept(("tomllib", sys.version_info[:3]), hashlib.sha256(raw).hexdigest(),
                lambda: tomllib.loads(raw.decode("utf-8")))


class Vocabulary:
    """All vocabulary data, merged from the shipped files and any extra ones."""

    def __init__(self, files: Iterable[Path]):
        self.metrics: dict[str, Metric] = {}
        self.subjects: dict[str, Subject] = {}
        self.areas: dict[str, Subject] = {}
        self.compass: dict = {}
        self.place: dict = {}
        self._words: dict[str, list[str]] = {}
        self._patterns: dict[str, str] = {}
        self.forces: list[dict] = []
        self.local_authorities: list[LocalAuthority] = []
        self.files: list[Path] = []
        for f in files:
            self.load(Path(f))
        self._compile()
        if any(f.parent not in (DATA, DATA / "forces") for f in self.files):
            for _k, rx, *_ in self._subject_res:  # a user's file: a bad pattern fails the load, as ever
                rx.compiled

    # ------------------------------------------------------------------ loading
    def load(self, path: Path) -> None:
        self.files.append(path)
        if path.suffix.lower() == ".csv":
            self._load_csv(path)
            return
        raw = path.read_bytes()
        # (a shipped file's parse kept between runs; a user's file, which may be private, parsed each run)
        data = _toml(raw) if path.parent in (DATA, DATA / "forces") else tomllib.loads(raw.decode("utf-8"))
        for key, d in (data.get("metric") or {}).items():
            self._add_metric(str(key), d)
        for key, d in (data.get("subject") or {}).items():
            self._add_subject(self.subjects, str(key), d, "other")
        for key, d in (data.get("area") or {}).items():
            self._add_subject(self.areas, str(key), d, "area")
        for name, ws in (data.get("words") or {}).items():
            self._words[name] = list(dict.fromkeys(self._words.get(name, []) + list(ws)))
        for name, p in (data.get("patterns") or {}).items():
            self._patterns[name] = _alt(self._patterns.get(name, ""), p)
        if "compass" in data:
            self.compass.update(data["compass"])
        if "place" in data:
            self.place.update(data["place"])
        if "force" in data:
            self.forces.append(dict(data["force"], file=path.name))

    def _load_csv(self, path: Path) -> None:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            for r in rows:
                self.local_authorities.append(LocalAuthority(
                    r["police_force"].strip(), r["local_authority"].strip(), r["kind"].strip(),
                    r["country"].strip()))

    def _add_metric(self, key: str, d: dict) -> None:
        m = self.metrics.get(key)
        new = m is None
        if new:
            m = Metric(key)
        m.label = d.get("label", m.label) or key.replace("_", " ")
        m.unit = d.get("unit", m.unit)
        m.text = _alt(m.text, d.get("text", ""))
        m.table = _alt(m.table, d.get("table", ""))
        for name, ps in (d.get("phrases") or {}).items():
            m.phrases[name] = list(dict.fromkeys(m.phrases.get(name, []) + list(ps)))
        m.tokens += [t["pattern"] for t in d.get("tokens", [])]
        m.aliases = list(dict.fromkeys(m.aliases + list(d.get("aliases", []))))
        m.same_measure = d.get("same_measure", m.same_measure)
        m.loose = _alt(m.loose, d.get("loose", ""))
        if new:
            before = d.get("before")
            if before in self.metrics:
                items = list(self.metrics.items())
                i = [k for k, _ in items].index(before)
                items.insert(i, (key, m))
                self.metrics = dict(items)
            else:
                self.metrics[key] = m

    @staticmethod
    def _add_subject(into: dict, key: str, d: dict, kind: str) -> None:
        s = into.get(key) or Subject(key, kind=kind)
        s.label = d.get("label", s.label) or key
        s.kind = d.get("kind", s.kind)
        s.phrases = list(dict.fromkeys(s.phrases + list(d.get("phrases", []))))
        s.cased = list(dict.fromkeys(s.cased + list(d.get("cased", []))))
        s.tokens += [t["pattern"] for t in d.get("tokens", [])]
        s.aliases = list(dict.fromkeys(s.aliases + list(d.get("aliases", []))))
        s.pattern = _alt(s.pattern, d.get("pattern", ""))
        s.weak = bool(d.get("weak", s.weak))
        s.stop_before = _alt(s.stop_before, d.get("stop_before", ""))
        s.stop_after = _alt(s.stop_after, d.get("stop_after", ""))
        into[key] = s

    def _local_authority_areas(self) -> None:
        """Every local authority of the shipped list is an area (matched with
        its case), except one named like a whole police force area (that is
        the force, not a part of it: "Wiltshire", "Durham") and the names
        that are ordinary words too (``[place] ambiguous``: "Reading")."""
        forces = {f.lower() for f in self.force_names}
        ambiguous = {a.lower() for a in self.place.get("ambiguous", [])}
        known = {a.label.lower() for a in self.areas.values()}
        for la in self.local_authorities:
            n = la.name
            if n.lower() in forces or n.lower() in ambiguous or n.lower() in known:
                continue
            key = _NON_ALNUM_RUN.sub("_", n.lower()).strip("_")
            if key in self.areas or key in self.subjects:
                continue
            self.areas[key] = Subject(key, n, "area", cased=[n, n.upper()] if " " not in n else [n])
            known.add(n.lower())

    def _compile(self) -> None:
        self._local_authority_areas()
        self._screens: dict[str, Screen] = {}   # made when first used (see _can_match)
        self._metric_text: list[tuple[str, re.Pattern]] = []
        self._metric_table: list[tuple[str, re.Pattern]] = []
        self._name_key: dict[str, str] = {}
        for k, m in self.metrics.items():
            phrases = [p for ps in m.phrases.values() for p in ps]
            text = m.text or _words_re(phrases)
            if text:
                rx = re.compile(text, re.I)
                self._metric_text.append((k, rx if m.text else of_words(rx, [], [p for p in phrases if p])))
            if m.table:
                self._metric_table.append((k, re.compile(m.table, re.I)))
            for name in m.phrases:
                self._name_key.setdefault(name.lower(), k)
            for p in phrases:
                self._name_key.setdefault(p.lower(), k)
        self._subject_res: list[tuple[str, _OnFirstUse, Optional[re.Pattern], Optional[re.Pattern]]] = []
        for k, s in list(self.subjects.items()) + list(self.areas.items()):
            if s.pattern:
                rx = _OnFirstUse(s.pattern, re.I)
            else:   # phrases in any case, `cased` in their own case
                parts = [f"(?i:{_words_re(s.phrases)})" if s.phrases else "", _words_re(s.cased)]
                rx = of_words(_OnFirstUse("|".join(p for p in parts if p)),
                              [w for w in s.cased if w], [w for w in s.phrases if w]) if any(parts) else None
            if rx is not None:
                self._subject_res.append((k, rx,
                                          re.compile(s.stop_before, re.I) if s.stop_before else None,
                                          re.compile(s.stop_after, re.I) if s.stop_after else None))
        self._metric_table_of = dict(self._metric_table)
        self._metric_loose = [(k, re.compile(m.loose, re.I)) for k, m in self.metrics.items() if m.loose]
        self._compiled_patterns = {n: re.compile(p, re.I) for n, p in self._patterns.items()}
        self._metric_alias = {a: k for k, m in self.metrics.items() for a in m.aliases}
        self._subject_alias = {a: k for k, s in list(self.subjects.items()) + list(self.areas.items())
                               for a in s.aliases}

    # ------------------------------------------------------------------ metrics
    def metric_key(self, text: Optional[str]) -> Optional[str]:
        """Canonical key of the metric some words name, or None."""
        t = " ".join((text or "").split())
        if not t:
            return None
        return self._name_key.get(t.lower()) or self._first_match("_metric_text", t) \
            or self._first_match("_metric_loose", t)

    def _can_match(self, patterns: str, t: str) -> list:
        """The (key, pattern) pairs of the list named ``patterns`` that can match ``t``, in order:
        a pattern without any of the strings it needs (:mod:`extract.vocab.literals`) cannot."""
        pairs = self.__dict__[patterns]
        screen = self._screens.get(patterns)
        if screen is None:
            screen = self._screens[patterns] = Screen([p[1] for p in pairs])
        ok = screen.which(t)
        return pairs if ok is None else [pairs[i] for i in ok]

    def _first_match(self, patterns: str, t: str) -> Optional[str]:
        """The key of the first pattern of the list named ``patterns`` found in ``t``, or None."""
        for k, rx in self._can_match(patterns, t):
            if rx.search(t):
                return k
        return None

    def names_loosely(self, text: Optional[str]) -> bool:
        """Do some words name their metric only through a ``loose`` pattern ("crimes" alone)? Such a
        name says what a figure is about, but is no evidence to link it to a table row."""
        t = " ".join((text or "").split())
        return bool(t) and self.metric_of_name(t) is None and self.text_metric_key(t) is None \
            and any(rx.search(t) for _k, rx in self._can_match("_metric_loose", t))

    def table_metric_key(self, label: Optional[str]) -> Optional[str]:
        """Canonical key of the metric a table row/column label names, or None."""
        t = " ".join((label or "").split())
        return self._first_match("_metric_table", t) if t else None

    def text_metric_key(self, text: Optional[str]) -> Optional[str]:
        """The first metric, in priority order, whose ``text`` pattern (or, without one, any of its
        phrases) occurs in some words: the metric a clause or sentence names (no whole-name lookup)."""
        t = " ".join((text or "").split())
        return self._first_match("_metric_text", t) if t else None

    def table_metric_pattern(self, key: str) -> Optional[re.Pattern]:
        """The compiled ``table`` pattern of a metric (None when it has none)."""
        return self._metric_table_of.get(key)

    def measure_key(self, key: Optional[str]) -> Optional[str]:
        """The metric a key is compared as: its ``same_measure`` (the median of a measure is the same
        measure under another statistic, which the reconciliation reads from the words), else itself."""
        m = self.metric(key) if key else None
        return (m.same_measure or m.key) if m else key

    def metric(self, key: str) -> Optional[Metric]:
        """The metric of a key or of one of its ``aliases``."""
        return self.metrics.get(key) or self.metrics.get(self._metric_alias.get(key, ""))

    def metric_label(self, key: str) -> Optional[str]:
        m = self.metric(key)
        return m.label if m else None

    def metric_unit(self, key: str) -> Optional[str]:
        m = self.metric(key)
        return m.unit if m else None

    def metric_names(self) -> dict[str, tuple[str, ...]]:
        """Printed metric name -> its phrases (all metrics, in priority order)."""
        out: dict[str, tuple[str, ...]] = {}
        for m in self.metrics.values():
            for name, ps in m.phrases.items():
                out[name] = tuple(dict.fromkeys(out.get(name, ()) + tuple(ps)))
        return out

    def metric_of_name(self, name: str) -> Optional[str]:
        return self._name_key.get((name or "").lower())

    # ------------------------------------------------------------------ subjects
    def subject_keys(self, text: Optional[str]) -> list[str]:
        """Keys of the subjects and areas some words name, in the order written
        (the longest name wins where two overlap: "Birmingham East", not "Birmingham").
        Remembered per text (the same labels and sentences are asked about many times)."""
        t = text or ""
        cache = self.__dict__.setdefault("_subject_cache", {})
        hit = cache.get(t)
        if hit is not None:
            return list(hit)
        keys = self._subject_keys(t)
        if len(cache) < _SUBJECT_CACHE_MAX:
            cache[t] = tuple(keys)
        return keys

    def _subject_keys(self, t: str) -> list[str]:
        found: list[tuple[int, int, str]] = []
        for k, rx, stop_b, stop_a in self._can_match("_subject_res", t):
            for m in rx.finditer(t):
                if stop_b and stop_b.search(t[max(0, m.start() - 30):m.start()]):
                    continue
                if stop_a and stop_a.search(t[m.end():m.end() + 30]):
                    continue
                found.append((m.start(), m.end(), k))
        taken: list[tuple[int, int, str]] = []
        for s, e, k in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
            if not any(s < te and ts < e for ts, te, _ in taken):
                taken.append((s, e, k))
        return list(dict.fromkeys(k for _, _, k in sorted(taken)))

    def subject(self, key: str) -> Optional[Subject]:
        """The subject or area of a key or of one of its ``aliases``."""
        k = key if key in self.subjects or key in self.areas else self._subject_alias.get(key, key)
        return self.subjects.get(k) or self.areas.get(k)

    def subject_regex(self, key: str) -> Optional[re.Pattern]:
        """The compiled pattern of a subject or area (key or alias) on words, without
        its stop rules (those apply in :meth:`subject_keys`); None when it has none."""
        s = self.subject(key)
        return next((rx.compiled for k, rx, *_ in self._subject_res if s is not None and k == s.key), None)

    def subject_label(self, key: str) -> Optional[str]:
        s = self.subject(key)
        return s.label if s else None

    def subject_kind(self, key: str) -> Optional[str]:
        s = self.subject(key)
        return s.kind if s else None

    def subject_key_of_label(self, label: str) -> Optional[str]:
        for k, s in list(self.subjects.items()) + list(self.areas.items()):
            if s.label == label:
                return k
        return None

    # ------------------------------------------------------------------ places
    @property
    def force_names(self) -> list[str]:
        names = list(dict.fromkeys(la.force for la in self.local_authorities))
        return names

    @property
    def place_names(self) -> list[str]:
        """Police force areas and local authorities (shipped list) and the
        area labels of the force files."""
        names = self.force_names + [la.name for la in self.local_authorities]
        names += [a.label for a in self.areas.values()]
        return list(dict.fromkeys(names))

    # ------------------------------------------------------------------ words
    def words(self, name: str) -> list[str]:
        return list(self._words.get(name, []))

    def word_list_names(self) -> list[str]:
        """The names of every word list (words.toml's and the other files' ``[words]``)."""
        return list(self._words)

    def pattern(self, name: str) -> re.Pattern:
        """A compiled pattern of words.toml's [patterns], else of a word list as whole words."""
        if name in self._compiled_patterns:
            return self._compiled_patterns[name]
        return re.compile(_words_re(self._words[name]) or r"(?!)", re.I)

    def is_generic_heading(self, text: Optional[str]) -> bool:
        """A heading that structures a slide or page but names no subject."""
        return bool(self._compiled_patterns["generic_heading"].match(_MARKDOWN_MARKS.sub("", text or "")))


# ---------------------------------------------------------------------- loading
_EXTRA: list[str] = []


#: texts whose subject keys one vocabulary remembers
_SUBJECT_CACHE_MAX = 50_000


def shipped_files() -> list[Path]:
    files = [DATA / "metrics.toml", DATA / "subjects.toml", DATA / "areas.toml", DATA / "words.toml",
             DATA / "deliverables.toml", DATA / "grades.toml", DATA / "figure_words.toml",
             DATA / "places.toml"]  # (places: table place names, Scotland and statistical forms)
    la = DATA / "local_authorities.csv"
    if la.exists():
        files.append(la)
    files += sorted((DATA / "forces").glob("*.toml"))
    return files


def set_extra(paths: Optional[Iterable[str]]) -> None:
    """Add user vocabulary files to every later ``vocabulary()`` (``--vocabulary FILE``)."""
    _EXTRA[:] = [str(p) for p in (paths or [])]
    _load.cache_clear()
    _LAST[:] = [None, None]


def use_files(paths: Iterable[str]) -> Vocabulary:
    """``--vocabulary FILE``: check the files load, then make every later
    ``vocabulary()`` of this process and of its worker processes use them
    (through ``$EXTRACT_VOCABULARY``).  Raises OSError / ValueError on a
    missing or malformed file."""
    files = [str(Path(p).resolve()) for p in paths]
    for f in files:
        if not Path(f).is_file():
            raise FileNotFoundError(f"vocabulary file not found: {f}")
    try:
        V = Vocabulary(shipped_files() + [Path(f) for f in files])
    except (tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as e:
        raise ValueError(f"bad vocabulary file: {e}") from e
    os.environ[ENV] = os.pathsep.join(_env_files() + files)
    _load.cache_clear()
    _LAST[:] = [None, None]
    return V


def _env_files() -> list[str]:
    v = os.environ.get(ENV, "")
    return [p for p in v.split(os.pathsep) if p]


#: the last (set_extra files, $EXTRACT_VOCABULARY) and its vocabulary: the extractors ask
#: for the vocabulary thousands of times a document, nearly always unchanged
_LAST: list = [None, None]
#: os.environ's own store and the variable's key in it: ``os.environ[...] = ``, ``del``,
#: ``monkeypatch.setenv`` all write there, so one dict look-up reads what ``os.environ.get``
#: would (without its encoding and mapping calls; the extractors ask 80,000 times a run)
_ENVIRON = os.environ
try:
    _ENV_STORE, _ENV_KEY = os.environ._data, os.environ.encodekey(ENV)  # type: ignore[attr-defined]
except AttributeError:  # another Python: read it the plain way
    _ENV_STORE = _ENV_KEY = None


def _env_raw():
    """The variable as os.environ stores it (None when unset): compared, never decoded."""
    if _ENV_STORE is not None and os.environ is _ENVIRON:
        return _ENV_STORE.get(_ENV_KEY)
    return os.environ.get(ENV)


def vocabulary(extra_files: Optional[Iterable[str]] = None) -> Vocabulary:
    """The vocabulary (cached): shipped data, then files of ``set_extra`` /
    ``$EXTRACT_VOCABULARY``, then ``extra_files``."""
    if not extra_files:
        raw = _env_raw()
        last = _LAST[0]
        if last is not None and last[1] == raw and last[0] == _EXTRA:
            return _LAST[1]
        V = _load(tuple(_EXTRA) + tuple(_env_files()))
        _LAST[:] = [(list(_EXTRA), raw), V]
        return V
    extras = tuple(_EXTRA) + tuple(_env_files()) + tuple(str(p) for p in extra_files)
    return _load(extras)


@lru_cache(maxsize=8)
def _load(extras: tuple[str, ...]) -> Vocabulary:
    for p in extras:
        if not Path(p).is_file():
            raise FileNotFoundError(f"vocabulary file not found: {p}")
    return Vocabulary(shipped_files() + [Path(p) for p in extras])
