"""The run's fixed cost (speed17a): children not waited for at their exit, the patterns a child
compiles kept by the parent's regex cache, tqdm imported only as far as the bar needs.
Each shortcut is checked against the plain form it stands for."""
from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from extract import regex_cache
from extract.runner import InChild, reap_exited, run_all

ROOT = Path(__file__).resolve().parents[1]


def _pid(_):
    return os.getpid()


def _alive(pids) -> list:
    return [p for p in multiprocessing.active_children() if p.pid in pids]


def test_workers_left_to_end_are_waited_for_by_reap_exited():
    pids = run_all(list(range(4)), _pid, lambda i, why: why, jobs=2, wait=False)
    assert len(set(pids)) == 2
    reap_exited()
    assert not _alive(set(pids))
    # the plain form: every worker waited for before run_all returns
    pids = run_all(list(range(4)), _pid, lambda i, why: why, jobs=2)
    assert not _alive(set(pids))


def _square_and_pid(x):
    return x * x, os.getpid()


def _fails(x, parent):
    if os.getpid() != parent:
        raise ValueError("in the child")
    return x + 1


def test_a_child_that_gave_its_result_is_reaped_later_and_a_failed_one_at_once():
    job = InChild(_square_and_pid, 6)
    value, pid = job.result()
    assert value == 36 and pid != os.getpid()   # made in the child
    reap_exited()
    assert not job.proc.is_alive() and job.proc.exitcode == 0
    job = InChild(_fails, 6, os.getpid())
    assert job.result() == 7                     # done again here, the child waited for
    assert job.proc.exitcode is not None


def test_made_since_and_adopt_hand_a_child_s_patterns_to_the_parent(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    pattern = r"(?<![\w-])Speedshire\ seventeen(?![\w-])"
    with regex_cache.installed():
        at = regex_cache.mark()
        job = InChild(_compiled_in_child, pattern)
        made = job.result()
        reap_exited()
        assert made == {(pattern, re.I): made[(pattern, re.I)]}   # the child's one new entry
        assert regex_cache.made_since(at) == {}                    # none made here
        assert (pattern, re.I) not in regex_cache._STATE["entries"]
        regex_cache.adopt(made)
        assert regex_cache._STATE["entries"][(pattern, re.I)] == made[(pattern, re.I)]
        assert regex_cache.made_since(at) == made                  # one to save, as if made here
        regex_cache.adopt(made)                                    # again: nothing more
        assert regex_cache.made_since(at) == made
    kept = regex_cache._load()
    assert (pattern, re.I) in kept
    # the kept entry makes the pattern re makes
    rx = regex_cache.made(pattern, kept[(pattern, re.I)])
    plain = re.compile(pattern, re.I)
    for text in ("SPEEDSHIRE Seventeen", "x-Speedshire seventeen", "speedshire seventeenth", "a speedshire seventeen."):
        a, b = rx.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span())


def _compiled_in_child(pattern):
    at = regex_cache.mark()
    re.compile(pattern, re.I)
    return regex_cache.made_since(at)


def test_code_entries_are_not_handed_on(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "FOLDER", tmp_path)
    with regex_cache.installed():
        regex_cache.cover_dataclasses()
        at = regex_cache.mark()
        from dataclasses import make_dataclass

        make_dataclass("Speed17aPoint", [("x", int), ("y", int)])
        assert regex_cache._STATE["new"] > 0            # its methods' code kept here
        assert regex_cache.made_since(at) == {}         # (code objects do not pickle)


def test_the_observations_child_hands_back_what_it_compiled(monkeypatch):
    from extract import pipeline

    calls = []
    monkeypatch.setattr("extract.dataset.build_observations", lambda inputs: calls.append(inputs) or {"x": []})
    built, made = pipeline._observations({"a": 1})
    assert built == {"x": []} and calls == [{"a": 1}] and made == {}


def test_a_second_run_s_children_compile_nothing_the_first_ones_did(tmp_path):
    """Through the command, twice over the same document: the patterns the first run's worker
    and observations child compiled are in the file the second run reads."""
    doc = tmp_path / "docs" / "minutes.txt"
    doc.parent.mkdir()
    # (lines of the kind a parish council's minutes print: attendance, apologies, a vote)
    doc.write_text("Minutes of the meeting of Speedford Parish Council held on 12 March 2024\n\n"
                   "Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown\n\n"
                   "1. Apologies: Cllr D White (substituting), Cllr E Green\n\n"
                   "2. Crime figures: Wiltshire Police reported 12 burglaries in February, up 20% on January.\n\n"
                   "RESOLVED: to accept the report. Proposed Cllr Smith, seconded Cllr Jones, 4 agreed.\n",
                   encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from extract import regex_cache, runner\n"
        "regex_cache.FOLDER = Path(sys.argv[1])\n"
        "real, parent = regex_cache._arguments, os.getpid()\n"
        "def counting(p, f):\n"
        "    if os.getpid() != parent:\n"
        "        os.write(2, b'child compiled\\n')\n"
        "    return real(p, f)\n"
        "regex_cache._arguments = counting\n"
        "from extract.cli import main\n"
        "sys.exit(main(['run', sys.argv[2], '--out', sys.argv[3], '--no-cache', '--jobs', '2', '--quiet']))\n")
    runs = []
    for i in range(2):
        out = subprocess.run([sys.executable, "-c", script, str(cache), str(doc.parent), str(tmp_path / f"out{i}")],
                             cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert out.returncode == 0, out.stderr
        runs.append(out.stderr.count("child compiled"))
    assert runs[0] > 0          # the first run's children compiled the patterns new to the file
    # the second run's workers and observations child found them kept (the report's child may
    # still compile patterns made of the run's own figures: at most those)
    assert runs[1] < runs[0]
    for name in ("figures.csv", "attendance.csv", "observations.csv", "checks.csv"):
        assert (tmp_path / "out0" / name).read_bytes() == (tmp_path / "out1" / name).read_bytes()


def test_tqdm_is_imported_as_far_as_the_bar_needs_and_stays_whole():
    code = (
        "import sys\n"
        "from extract.spacy_import import import_spacy\n"
        "import_spacy()\n"
        "import spacy.training\n"
        "print('tqdm.cli' in sys.modules, 'tqdm.version' in sys.modules)\n"
        "from extract.pipeline import _progress\n"
        "bar = _progress(3, False)\n"
        "bar.set_postfix_str('x', refresh=False); bar.update(1); bar.close()\n"
        "print('tqdm.std' in sys.modules)\n"
        "import tqdm\n"
        "from tqdm import tqdm as T\n"
        "import tqdm.std\n"
        "print(T is tqdm.std.tqdm, tqdm.tqdm is T, tqdm.trange is tqdm.std.trange, bool(tqdm.__version__))\n"
        "print(sorted(set(tqdm.__all__) - set(dir(tqdm))))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split("\n")
    assert out[0] == "False False"      # spaCy imported without tqdm's command line and version lookup
    assert out[1] == "False"            # no bar shown: tqdm's bar not imported
    assert out[2] == "True True True True"
    assert out[3] == "[]"               # asked for everything, the package is whole


def test_the_bar_shown_is_tqdm_s(capsys):
    from extract.pipeline import _progress

    bar = _progress(4, True)
    try:
        from tqdm import tqdm

        assert isinstance(bar, tqdm) and bar.total == 4 and not bar.disable
    finally:
        bar.close()
    quiet = _progress(4, False)
    assert not hasattr(quiet, "total")   # no tqdm made: nothing to print
    t = time.monotonic()
    quiet.update(1)
    quiet.close()
    assert time.monotonic() - t < 1
