"""Shared fixtures: the corpus, and one real run over it (made once per session)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
#: real published documents of other bodies, beside the clone (../shared/real)
REAL = ROOT.parent / "shared" / "real"


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
