"""Text documents read, and their records made by the extractors that need no spaCy,
while spaCy loads.

A run's start-up is serial: the parent imports the extractors, spaCy and its matchers
(about a third of a second) before it forks the workers, and the other cores wait.  An
:class:`EarlyReader` is a child forked before that, with only the loaders imported: it
reads text, Markdown and web-page documents, in the order the workers will take them,
into the document model, and leaves each one pickled in a private folder
(``<i>.pickle``); once every one is read, it runs the extractors that need no spaCy
(:data:`extract.pipeline.WITHOUT_NLP`: measures, deliverables, meetings, tables) over
them, in the same order, and leaves each one's records beside it (``<i>.records``).
The loaders, and the extractors it runs, are imported before the fork (by :class:`EarlyReader`):
the parent imports them anyway with the pipeline, and a child importing them again spent about
40 ms of its third of a second doing so (the fork comes that much later: the child starts reading
the loaders' import later and its first records the extractors' import sooner, and neither import
is made twice).
When the parent is ready it stops the child (a document half read, or records half made,
are simply not there), and a worker given one of those documents unpickles it
(a small part of the cost of reading it: a document pickles compactly, see
``Document.__reduce_ex__`` in :mod:`extract.model`) instead of reading the file again, and takes the
records made for it instead of running those extractors again.

Nothing depends on it: a document the child did not finish, could not read or was not
given (a PDF, a large file) is read by its worker as before, with the usual errors; an
extractor that failed in the child, or had not finished, is run by the worker (which
reports its error); the records are the same either way.
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Optional

#: a file larger than this is left to its worker (the child has a third of a second)
MAX_BYTES = 4 << 20
#: the child reads no more than this much in all (it keeps what it read for its second pass, and leaves
#: it pickled in a temporary folder: on a large corpus the workers read the rest as usual)
MAX_TOTAL_BYTES = 32 << 20


class EarlyReader:
    """Reads ``files[i]`` for each ``i`` of ``order`` in a forked child until :meth:`stop`."""

    def __init__(self, files: list[Path], order: list[int], limits: dict, max_memory: Optional[int]):
        import multiprocessing as mp

        from . import loaders  # noqa: F401 - imported here, before the fork (see below)
        from .runner import _fork

        _import_without_nlp()

        self.folder = Path(tempfile.mkdtemp(prefix="extract-early-"))
        self.ready: frozenset = frozenset()
        self.files = list(files)
        self.indexes = {os.fspath(f): i for i, f in enumerate(files)}
        todo = [(i, files[i]) for i in order]
        self.proc = mp.get_context("fork").Process(
            target=_read, args=(todo, limits, self.folder, max_memory), daemon=True)
        try:
            _fork(self.proc)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)   # (no child: nothing left behind)
            raise

    def stop(self) -> None:
        """Stop the child; keep the indexes of the documents it left whole (``ready``)."""
        self.proc.kill()   # (not waited for here: :meth:`close` does; a file it renames after the kill
        ready = set()      # is not taken, and every file it left was written whole, then renamed)
        for p in self.folder.iterdir():
            if p.suffix == ".pickle" and p.stem.isdigit():
                ready.add(int(p.stem))
        self.ready = frozenset(ready)

    def index(self, path) -> Optional[int]:
        """The index of ``path`` among the files it was given (None if it was not given one)."""
        return self.indexes.get(os.fspath(path))

    def take(self, i: int):
        """The document read for index ``i`` (its file removed), or None."""
        if i not in self.ready:
            return None
        return self._unpickled(self.folder / f"{i}.pickle")

    def records(self, i: int) -> dict:
        """The records made for index ``i`` by the extractors that need no spaCy, as
        {extractor: what its ``extract`` returned} (its file removed); {} when none were made."""
        if i not in self.ready:
            return {}
        return self._unpickled(self.folder / f"{i}.records") or {}

    @staticmethod
    def _unpickled(path: Path):
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except Exception:  # noqa: BLE001 - none there (not made, or not finished): made again by the worker
            return None
        try:
            path.unlink()
        except OSError:
            pass
        return value

    def close(self) -> None:
        """The child stopped and its folder removed (again: nothing)."""
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        shutil.rmtree(self.folder, ignore_errors=True)


def _import_without_nlp() -> None:
    """The extractors the child runs (those that need no spaCy) imported before the fork, as the
    loaders are: the parent imports them anyway before its workers start (the same imports, made
    sooner), and the child importing them again spent about 80M instructions (with the pipeline
    module, a fifth of its work on a small run) before making its first records.  One that fails
    to import is left to the child and the workers (which report it, as before)."""
    import importlib

    from .pipeline import EXTRACTORS, WITHOUT_NLP

    for table, module in EXTRACTORS:
        if table in WITHOUT_NLP:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - imported again (and reported) where it is used
                pass


def _early(path: Path) -> bool:
    """A regular, not too large file of a format read whole (not a PDF)."""
    from .split import _text_file

    try:
        return _text_file(os.fspath(path)) and os.stat(path).st_size <= MAX_BYTES
    except OSError:
        return False


def _read(todo: list, limits: dict, folder: Path, max_memory: Optional[int]) -> None:
    """The child: each document read and pickled, then the records of the extractors that need
    no spaCy pickled beside it (each file written under a temporary name, then renamed, so it
    is there whole or not at all)."""
    import gc

    from .runner import WORKER_GC_THRESHOLD, _as_child, limit_memory

    _as_child()
    limit_memory(max_memory)
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    gc.freeze()   # (the modules imported before the fork: the collector leaves them alone, as in the workers)
    gc.enable()   # (forked while the command's start-up paused it: extract.cli._start_up)
    from .loaders import load

    read, total = [], 0
    for i, path in todo:
        if not _early(path):
            continue
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
        if total > MAX_TOTAL_BYTES:
            break
        try:
            doc = load(path, **limits)
            _leave(folder, f"{i}.pickle", doc)
        except BaseException:  # noqa: BLE001 - the worker reads it and reports what was wrong
            continue
        read.append((i, doc))
    # every document read first (the cheap part, and what saves a worker the most); then, while
    # there is time, the records of the extractors that need no spaCy, in the same order
    for i, doc in read:
        try:
            _leave(folder, f"{i}.records", _records(doc))
        except BaseException:  # noqa: BLE001 - the worker runs the extractors itself
            continue


def _records(doc) -> dict:
    """{extractor: its records} of the extractors that need no spaCy and ran without an error
    (one that raised is left out: the worker runs it and reports the error as usual)."""
    import importlib

    from .pipeline import EXTRACTORS, WITHOUT_NLP

    done = {}
    for table, module in EXTRACTORS:
        if table in WITHOUT_NLP:
            try:
                done[table] = importlib.import_module(module).extract(doc)
            except Exception:  # noqa: BLE001 - made again (and reported) by the worker
                pass
    return done


def _leave(folder: Path, name: str, value) -> None:
    tmp = folder / (name + ".part")
    with open(tmp, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / name)
