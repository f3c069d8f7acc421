"""Compiled patterns kept between runs (extract.regex_cache): the patterns made from the kept
code behave as re's own, a second process reads them instead of compiling, and a damaged,
unwritable or switched-off cache only means compiling as usual."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract import regex_cache

ROOT = Path(__file__).resolve().parents[1]

#: a child process: the cache in `folder`, the project's modules imported as a run imports them;
#: prints how many patterns it had to compile itself
_CHILD = """
import sys
from pathlib import Path
from extract import regex_cache
regex_cache.FOLDER = Path(sys.argv[1])
compiled = [0]
real = regex_cache._arguments
def counting(p, f):
    compiled[0] += 1
    return real(p, f)
regex_cache._arguments = counting
with regex_cache.installed() as on:
    from extract import pipeline
    pipeline._preload()
print(int(on), compiled[0])
"""


def _re_entries(kept: dict) -> list:
    """The kept ``re`` patterns ((pattern, flags) keys; the ``regex`` module's are keyed otherwise)."""
    return [(k, v) for k, v in kept.items() if len(k) == 2]


def _child(folder: Path, **env) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(folder)], cwd=ROOT, capture_output=True,
                         text=True, check=True, env={**os.environ, **env}).stdout.split()
    return int(out[0]), int(out[1])


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> tuple[Path, int, int]:
    folder = tmp_path_factory.mktemp("recache")
    first = _child(folder)
    second = _child(folder)
    return folder, first[1], second[1]


def test_a_second_process_reads_the_patterns_instead_of_compiling_them(filled):
    folder, first, second = filled
    assert first > 300                      # the project's modules and spaCy's tokenizer rules
    assert second <= first // 50            # (a couple are built from sets, in a new order each run)
    files = list(folder.iterdir())
    assert [f.name for f in files] == [regex_cache.path().name]


def test_every_kept_pattern_behaves_as_re_compiles_it(filled):
    folder = filled[0]
    kept = marshal.loads((folder / regex_cache.path().name).read_bytes())
    texts = ["12,345 crimes (up 4.5%) in Q3 2023/24", "Cllr. J. Smith (Chair) 10.30am, 14 December 2023",
             "£1.2m overspend; 999 calls answered within 10 seconds", "Burglary ▼ 12% - 1 hr 33 min",
             "Police and Crime Panel | Agenda Item 7 | Minutes of the meeting", "N/A  TBC  -  n=600 ±3.5"]
    for (pattern, flags), args in _re_entries(kept):
        ours = regex_cache.made(pattern, args)
        theirs = re.compile(pattern, flags)
        assert (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) == \
            (theirs.pattern, theirs.flags, theirs.groups, dict(theirs.groupindex)), pattern
        for text in texts:
            a, b = ours.search(text), theirs.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, text)


def test_switched_off_it_is_not_used(tmp_path):
    assert _child(tmp_path, EXTRACT_REGEX_CACHE="0")[0] == 0
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_means_compiling_as_usual(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    regex_cache.path().write_bytes(b"\x00not marshal")
    with regex_cache.installed() as on:
        assert on
        assert re.compile(r"(?P<x>\d+) crimes \(damaged\)").match("12 crimes (damaged)").group("x") == "12"
    assert marshal.loads(regex_cache.path().read_bytes())   # written afresh
    assert re._compiler.compile is not regex_cache._cached_compile   # uninstalled on the way out


def test_an_unwritable_folder_means_compiling_as_usual(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path / "missing" / "deeper")
    with regex_cache.installed():
        assert re.compile(r"q([1-4]) \d{4} unwritable").match("q3 2023 unwritable").group(1) == "3"
        assert regex_cache.save() is False
    assert not (tmp_path / "missing").exists()


def test_past_its_bound_the_file_keeps_the_entries_used_last(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    for run in range(3):
        with regex_cache.installed():
            re.compile(f"run {run} (a)")
            re.compile(f"run {run} (b)")
    kept = list(p for p, _ in marshal.loads(regex_cache.path().read_bytes()))
    assert kept[1:] == ["run 2 (a)", "run 2 (b)"] or kept[1:] == ["run 2 (b)", "run 2 (a)"]
    assert kept[0] in ("run 1 (a)", "run 1 (b)")


def test_merged_moves_the_run_s_entries_to_the_end_and_drops_the_oldest():
    kept = {"a": 1, "b": 2, "c": 3, "d": 4}
    assert list(regex_cache.merged(kept, {"b": 20, "e": 5}, 10).items()) == \
        [("a", 1), ("c", 3), ("d", 4), ("b", 20), ("e", 5)]
    assert list(regex_cache.merged(kept, {"b": 20, "e": 5}, 3)) == ["d", "b", "e"]
    assert regex_cache.merged({}, {}, 3) == {}


def test_bytes_and_debug_patterns_are_left_to_re(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        assert re.compile(rb"\d+ bytes").match(b"12 bytes")
        assert not any(isinstance(k[0], bytes) for k in regex_cache._STATE["entries"])


def test_the_shortcut_is_checked_against_re_before_the_first_pattern_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    monkeypatch.setitem(regex_cache._STATE, "checked", 0)
    with regex_cache.installed():
        re.compile(r"first (?P<kept>pattern) \d+ checked")
        assert regex_cache._STATE["checked"] == 1 and regex_cache._STATE["new"] == 1


def test_a_python_whose_re_differs_compiles_as_usual_and_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    monkeypatch.setitem(regex_cache._STATE, "checked", 0)
    monkeypatch.setattr(regex_cache, "_self_check", lambda: False)
    with regex_cache.installed():
        assert re.compile(r"(\d+) differs").match("12 differs").group(1) == "12"
        assert regex_cache._STATE["new"] == 0
    assert list(tmp_path.iterdir()) == []


def test_a_run_using_part_of_the_file_keeps_the_rest(tmp_path, monkeypatch):
    """A test run (a few patterns) must not cut the file to its own: the next whole run would
    compile every other pattern again.  Nothing new: the file is not written; something new:
    merged into the file as it is, the others kept."""
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        for k in range(6):
            re.compile(f"compaction {k} (x)")
    assert len(marshal.loads(regex_cache.path().read_bytes())) == 6
    re.purge()   # (re's own in-process cache would answer without asking ours)
    before = regex_cache.path().stat().st_mtime_ns
    with regex_cache.installed():
        re.compile("compaction 0 (x)")
        re.compile("compaction 1 (x)")
        assert regex_cache._STATE["new"] == 0      # both read from the file
    assert regex_cache.path().stat().st_mtime_ns == before   # (not written)
    re.purge()
    with regex_cache.installed():
        re.compile("compaction 0 (x)")
        re.compile("compaction new (x)")
    kept = list(p for p, _ in marshal.loads(regex_cache.path().read_bytes()))
    assert sorted(kept) == sorted([f"compaction {k} (x)" for k in range(6)] + ["compaction new (x)"])
    assert set(kept[-2:]) == {"compaction 0 (x)", "compaction new (x)"}   # (used last: at the end)


_WRITER = """
import re, sys
from pathlib import Path
from extract import regex_cache
regex_cache.FOLDER = Path(sys.argv[1])
with regex_cache.installed():
    for k in range(40):
        re.compile(f"writer {sys.argv[2]} pattern {k} (\\d+)")
"""


def test_runs_ending_together_each_keep_what_they_made(tmp_path):
    # (the file is read again and replaced under a lock on its folder: no run's entries lost)
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), str(n)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}) for n in range(6)]
    assert [p.wait() for p in procs] == [0] * 6
    kept = {p for p, _ in marshal.loads((tmp_path / regex_cache.path().name).read_bytes())}
    assert kept == {f"writer {n} pattern {k} (\\d+)" for n in range(6) for k in range(40)}
    assert [f.name for f in tmp_path.iterdir()] == [regex_cache.path().name]   # (no temporary file left)


def test_code_words_are_kept_as_bytes_and_lists_still_read(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        re.compile(r"(?P<n>\d+) kept as bytes")
    (key, args), = marshal.loads(regex_cache.path().read_bytes()).items()
    assert isinstance(args[1], bytes) or regex_cache._WORD is None
    plain = regex_cache._arguments(*key)
    assert regex_cache._code(args) == plain[1]
    monkeypatch.setitem(regex_cache._STATE, "entries", {key: plain})   # (a file written before: lists)
    rx = regex_cache.made(key[0], plain)
    assert rx.match("12 kept as bytes").group("n") == "12"
    assert regex_cache.min_width(rx) == len("1 kept as bytes")


def test_min_width_read_from_kept_code_is_the_parser_s(filled, monkeypatch):
    # every kept pattern: the width read from its code (the INFO block) is the width re's parser gives
    folder = filled[0]
    kept = marshal.loads((folder / regex_cache.path().name).read_bytes())
    monkeypatch.setitem(regex_cache._STATE, "entries", kept)
    parsed = regex_cache._parser.parse
    calls = [0]

    def counting(*a, **k):
        calls[0] += 1
        return parsed(*a, **k)

    monkeypatch.setattr(regex_cache._parser, "parse", counting)
    zero = 0
    for (pattern, flags), args in _re_entries(kept):
        rx = regex_cache.made(pattern, args)
        width = regex_cache.min_width(rx)
        assert width == parsed(pattern, flags).getwidth()[0], pattern
        zero += width == 0
    assert calls[0] == 0 and zero > 10      # every one read, not parsed; some can match nothing


def test_min_width_without_the_cache_is_parsed(monkeypatch):
    monkeypatch.setitem(regex_cache._STATE, "entries", None)
    assert regex_cache.min_width(re.compile(r"(?:ab)?c{2,}")) == 2
    assert regex_cache.min_width(re.compile(r"x*|(?=y)")) == 0


QUANTITY_TEXT = ("Crime rose 12.4% to 1,234 offences (up 137) in the 12 months to 30 September 2023; "
                 "£1.2m was saved, 3 hrs 20 mins on average, 8.53 seconds, the 3rd quarter, 2 per cent.")


def test_a_regex_module_pattern_is_kept_and_remade_the_same(tmp_path, monkeypatch):
    import regex as regex_module

    from extract.normalise import quantities

    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    pattern, flags = quantities._Q_RE.pattern, quantities._Q_FLAGS
    compiled = []
    real = regex_module.compile
    monkeypatch.setattr(regex_module, "compile", lambda *a, **k: compiled.append(a) or real(*a, **k))
    with regex_cache.installed():
        first = regex_cache.regex_compile(pattern, flags)
    assert len(compiled) == 1
    kept = marshal.loads(regex_cache.path().read_bytes())
    assert [k[0] for k in kept if len(k) != 2] == ["regex"]
    with regex_cache.installed():            # as a second run: read, not compiled
        second = regex_cache.regex_compile(pattern, flags)
    assert len(compiled) == 1
    fresh = real(pattern, flags)
    assert (second.pattern, second.flags, second.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
    for rx in (first, second):
        assert [(m.span(), m.groupdict()) for m in rx.finditer(QUANTITY_TEXT)] == \
            [(m.span(), m.groupdict()) for m in fresh.finditer(QUANTITY_TEXT)]
    assert len(list(fresh.finditer(QUANTITY_TEXT))) >= 8


def test_regex_module_patterns_of_the_locale_or_without_the_cache_are_compiled_as_usual(tmp_path, monkeypatch):
    import regex as regex_module

    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    assert regex_cache.regex_compile(r"\d+ kept nowhere").match("12 kept nowhere")   # not installed
    with regex_cache.installed():
        rx = regex_cache.regex_compile(rb"\w+", regex_module.LOCALE)
        assert rx.match(b"abc")
    assert not regex_cache.path().exists() or all(k[0] != "regex" for k in
                                                  marshal.loads(regex_cache.path().read_bytes()))


def test_nested_uses_save_once_on_the_way_out_of_the_outermost(tmp_path, monkeypatch):
    """The command line keeps the cache in force for the whole run (importing the pipeline
    compiles patterns too) and the pipeline's own use nests inside it: only the outer one writes,
    with every pattern of the run, so the file is not cut to the inner part and grown back."""
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        re.compile(r"outer (\d+) before nested")
        with regex_cache.installed():
            re.compile(r"inner (\d+) nested")
        assert not regex_cache.path().exists()   # (the inner one wrote nothing)
        assert re._compiler.compile is regex_cache._cached_compile   # still in force
        re.compile(r"outer (\d+) after nested")
    kept = {p for p, _ in marshal.loads(regex_cache.path().read_bytes())}
    assert {"outer (\\d+) before nested", "inner (\\d+) nested", "outer (\\d+) after nested"} <= kept
    assert re._compiler.compile is not regex_cache._cached_compile


_RECORD = '''
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True, frozen=True)
class Probe:
    """(a record class as the project writes them)"""
    name: str
    value: Optional[float] = None
    notes: list = field(default_factory=list)
    kind: str = field(default="x", compare=False)
'''


def _made(module_name: str):
    """The methods of ``Probe`` made by ``dataclasses`` in a new module, and the class."""
    import types

    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        exec(compile(_RECORD, module_name, "exec", dont_inherit=True), vars(module))
    finally:
        del sys.modules[module_name]
    cls = module.Probe
    methods = {n: getattr(cls, n) for n in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__")}
    return cls, {n: marshal.dumps(m.__code__) for n, m in methods.items()}


def test_dataclasses_methods_are_made_from_kept_code_exactly(tmp_path, monkeypatch):
    """With the cache in force and ``cover_dataclasses``, a record class's methods are compiled
    once, kept, and made from the kept code in the next process: the same code as ``dataclasses``
    compiles from its text, and the class behaves the same."""
    import dataclasses

    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    _, plain = _made("probe_plain")
    assert "exec" not in vars(dataclasses)
    for round_ in range(2):
        with regex_cache.installed():
            regex_cache.cover_dataclasses()
            assert vars(dataclasses)["exec"] is regex_cache._cached_exec
            new_before = regex_cache._STATE["new"]
            cls, kept = _made(f"probe_kept{round_}")
            made_new = regex_cache._STATE["new"] - new_before
        assert kept == plain
        assert made_new == (0 if round_ else len([k for k in regex_cache._load() if k[0] == regex_cache._CODE]))
        assert "exec" not in vars(dataclasses)   # (put back)
        a, b = cls("a", 1.0), cls("b")
        assert a < b and a == cls("a", 1.0, kind="y") and repr(b) == "Probe(name='b', value=None, notes=[], kind='x')"
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.name = "c"


def test_dataclasses_are_left_alone_without_the_cache(tmp_path, monkeypatch):
    import dataclasses

    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    regex_cache.cover_dataclasses()   # (not in force: nothing)
    assert "exec" not in vars(dataclasses)
    monkeypatch.setenv("EXTRACT_REGEX_CACHE", "0")
    with regex_cache.installed():
        regex_cache.cover_dataclasses()
        assert "exec" not in vars(dataclasses)


def test_kept_answers_of_a_run_are_those_the_functions_give(filled):
    """The import-time readings of parse trees and the vocabulary's TOML files, kept by the
    run in ``filled`` (the project's modules, preloaded twice): each kept answer is what its
    function gives now."""
    import tomllib

    from extract import any_match, suffix_search
    from extract.normalise import scan_speed
    from extract.vocab import DATA, literals
    from extract.extractors.figures import matchers
    from spacy import schemas
    from spacy.schemas import validate_token_pattern

    folder = filled[0]
    kept = marshal.loads((folder / regex_cache.path().name).read_bytes())
    plain = {
        "literals.needs": lambda key: literals._parsed_needs(*key),
        "any_match.needles": lambda key: any_match._needles(any_match._sre_parse.parse(*key).data),
        "suffix_search.end": suffix_search._alternative_end,
        "suffix_search.start": suffix_search._alternative_start,   # (the prefix search's: speed17b)
        "suffix_search.first": lambda key: suffix_search._last_chars(
            suffix_search._sre_parse.parse(*key).data, first=True),
        "scan_speed.may_start_with_digit": scan_speed._parsed_may_start,
        # (speed20a: the figures matchers' token patterns, validated by spaCy)
        "spacy.validate_token_pattern": lambda key: validate_token_pattern(marshal.loads(key)),
    }
    tomls = {__import__("hashlib").sha256(p.read_bytes()).hexdigest(): p for p in DATA.rglob("*.toml")}
    seen: dict = {}
    for k, data in kept.items():
        if k[0] != "kept":
            continue
        (name, sid), key, value = k[1], k[2], marshal.loads(data)
        seen[name] = seen.get(name, 0) + 1
        if name == "tomllib":
            assert value == tomllib.loads(tomls[key].read_text(encoding="utf-8")), tomls[key]
            continue
        module = {"literals": literals, "any_match": any_match, "suffix_search": suffix_search,
                  "scan_speed": scan_speed, "spacy": schemas}[name.split(".")[0]]
        schemas_id = regex_cache.source_id(module.__file__)
        assert sid == (matchers.validation_id(schemas_id) if module is schemas else schemas_id)
        assert value == plain[name](key), (name, key)
    assert set(seen) == set(plain) | {"tomllib"}
    assert seen["literals.needs"] > 50 and seen["tomllib"] == len(tomls)


def test_kept_is_keyed_by_the_function_s_source_and_hands_out_fresh_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    calls = []

    def make():
        calls.append(1)
        return {"words": ["a", "b"], "n": 1.5}

    source = tmp_path / "mod.py"
    source.write_text("x = 1\n")
    with regex_cache.installed():
        first = regex_cache.kept_by_source("probe", str(source), "key", make)
        first["words"].append("changed by the caller")
    monkeypatch.setattr(regex_cache, "_SOURCES", {})
    with regex_cache.installed():
        again = regex_cache.kept_by_source("probe", str(source), "key", make)
        assert again == {"words": ["a", "b"], "n": 1.5} and len(calls) == 1   # (read, a fresh copy)
        assert regex_cache.kept_by_source("probe", str(source), "key", make) is not again
    source.write_text("x = 2\n")   # the function's module changed: answered anew
    monkeypatch.setattr(regex_cache, "_SOURCES", {})
    with regex_cache.installed():
        regex_cache.kept_by_source("probe", str(source), "key", make)
    assert len(calls) == 2
    assert regex_cache.kept(("probe",), "key", make) == make() and len(calls) == 4   # (not in force: made)


def test_a_key_marshal_cannot_write_is_not_kept_and_the_file_still_is(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        assert regex_cache.kept(("probe",), ("p", re.IGNORECASE), lambda: 1) == 1   # (an int subclass)
        re.compile(r"kept beside (\d+)")
    kept = marshal.loads(regex_cache.path().read_bytes())
    assert ("kept beside (\\d+)", 0) in kept and not any(k[0] == "kept" for k in kept)
