"""Shared fixtures: the corpus, and one real run over it (made once per session)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
#: real published documents of other bodies, beside the clone (../shared/real)
REAL = ROOT.parent / "shared" / "real"
#: the text formats read as they are (the speed tests' real lines and sentences come from these)
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


@pytest.fixture(scope="session")
def real_texts() -> list[str]:
    """Every text document of ../shared/real and corpus/, whole (read once per session: the speed
    tests check each shortcut against its plain form on these)."""
    return [p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(q for folder in (REAL, CORPUS) for q in folder.rglob("*"))
            if p.suffix.lower() in _TEXT_SUFFIXES]


@pytest.fixture(scope="session")
def real_lines(real_texts) -> list[str]:
    """The lines of :func:`real_texts`, then their sentences (the text joined, cut at ". ")."""
    out = []
    for text in real_texts:
        out += text.splitlines()
        out += [s for s in text.replace("\n", " ").split(". ") if s]
    return out


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """``extract run corpus/`` into a temporary folder: (RunResult, output folder)."""
    from extract.pipeline import run

    out = tmp_path_factory.mktemp("corpus_out")
    result = run([CORPUS], out, jobs=1, progress=False)
    return result, out


@pytest.fixture(scope="session")
def real_run(tmp_path_factory):
    """``extract run ../shared/real`` once for the whole session: (RunResult, output folder, seconds).

    Every test over the whole real set shares this run (it is the slowest fixture)."""
    import time

    from extract.pipeline import run

    out = tmp_path_factory.mktemp("real") / "out"
    t = time.monotonic()
    result = run([REAL], out, jobs=2, progress=False)
    return result, out, time.monotonic() - t
