"""The output folder: one lock per ``--out``, runs written aside, swapped in whole.

``--out DIR`` is a symbolic link to a versioned run folder beside it,
``.DIR.runs/run-<time>-<pid>/``.  A run writes its files into a new run folder
and, only when every file is complete, points ``DIR`` at it with one atomic
``rename`` of a new link over the old one: a reader (or a kill at any moment)
sees one complete run, never a mix.  Files of the previous output the run does
not write (a README) are carried into the new folder.  The previous run's folder
is kept (a reader may still be in it); older ones and staging folders of killed
runs are removed.  The first run over a plain folder ``DIR`` moves it aside once.

``.DIR.lock`` (``flock``) makes a second run into the same ``--out`` stop with a
clear message instead of racing.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

_HELD: dict[str, int] = {}


class OutputLocked(RuntimeError):
    pass


def runs_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.runs"


def lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the lock on ``out`` (re-entrant within one process); OutputLocked if another has it."""
    out = Path(os.path.abspath(out))
    key = str(out)
    if key in _HELD:
        yield
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(out), os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputLocked(f"{out}: another run is writing this output folder now "
                           f"(lock {lock_path(out)}); wait for it to finish or use another --out")
    _HELD[key] = fd
    try:
        yield
    finally:
        del _HELD[key]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _new_run_folder(out: Path) -> Path:
    runs = runs_dir(out)
    runs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    stage = runs / f"run-{stamp}-{time.monotonic_ns() % 10**9:09d}-{os.getpid()}"
    stage.mkdir()
    return stage


def _carry_over(previous: Path, stage: Path) -> None:
    """Files of the previous output this run did not write (e.g. a README) kept."""
    if not previous.is_dir():
        return
    for f in previous.iterdir():
        target = stage / f.name
        if f.name.startswith(".staging-") or target.exists() or f.is_symlink():
            continue
        if f.is_dir():
            shutil.copytree(f, target, symlinks=True)
        else:
            shutil.copy2(f, target)


def _swap(out: Path, stage: Path) -> None:
    link = out.parent / f".{out.name}.swap-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(os.path.relpath(stage, out.parent), link)
    if out.is_dir() and not out.is_symlink():  # a plain folder from before: moved aside once
        os.rename(out, runs_dir(out) / f"previous-{stage.name}")
    os.replace(link, out)


def _tidy(out: Path, keep: set[Path]) -> None:
    """Remove run folders other than ``keep`` and staging left by killed runs."""
    for d in runs_dir(out).iterdir():
        if d.resolve() not in keep:
            shutil.rmtree(d, ignore_errors=True)
    # (the names read by their start, not by a glob: a glob of the folder's own name is a pattern
    # compiled for each new --out, which the regex cache would keep; and "[" in a name is no pattern)
    swap = f".{out.name}.swap-"
    for f in out.parent.iterdir():
        if f.name.startswith(swap):
            f.unlink(missing_ok=True)
    if out.is_dir():
        for d in out.glob(".staging-*"):
            shutil.rmtree(d, ignore_errors=True)


def tidy_before(out_dir: Path, keep: Iterable[Path] = ()) -> None:
    """Remove the run folders a new run will not keep (every one but the current output's
    and ``keep``), before the run writes: the pipeline does it in a thread while documents are read, so
    the end of the run (the swap) has little left to remove.  The caller holds the lock."""
    out = Path(os.path.abspath(out_dir))
    runs = runs_dir(out)
    if not runs.is_dir():
        return
    kept = {Path(k).resolve() for k in keep} | ({out.resolve()} if out.is_symlink() else set())
    for d in runs.iterdir():
        if d.resolve() not in kept:
            shutil.rmtree(d, ignore_errors=True)


@contextmanager
def staged(out_dir: Path) -> Iterator[Path]:
    """Yield a new run folder; on success swap ``out_dir`` to it in one rename."""
    out = Path(os.path.abspath(out_dir))
    with locked(out):
        stage = _new_run_folder(out)
        try:
            yield stage
            previous = out.resolve() if out.is_symlink() else None
            _carry_over(out, stage)
            _swap(out, stage)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        _tidy(out, {stage.resolve()} | ({previous} if previous else set()))
