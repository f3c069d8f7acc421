"""Records of unchanged documents kept between runs.

A document's result (its ``documents`` row and records) is stored under a key
made of the file's sha256, the extractor version and the options that change
records.  The extractor version is a digest of every source and data file of
the ``extract`` package, so any change to a loader, extractor or vocabulary
invalidates every entry by itself.  Results cut short by a limit (time, memory)
and failed documents are not kept: they are read again next time.

The cache is a folder of pickles (``<key[:2]>/<key>.pickle``, written to a
temporary name and renamed, so a killed run never leaves half an entry).  By
default it lies beside the output folder (``.DIR.cache/``); ``--cache DIR``
shares one between outputs, ``--no-cache`` turns it off.  Only read caches
you wrote yourself: entries are pickles.
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Optional

PACKAGE = Path(__file__).resolve().parent
_LIMIT_WORDS = ("time limit", "--timeout", "memory limit", "--max-memory", "killed")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of every source and data file of the package (its path and bytes), in path
    order.  ``__pycache__`` folders are not walked (bytecode and the regex cache: hundreds of
    files that are not sources; walking them was most of an unchanged re-run's time here)."""
    files = []
    for root, dirs, names in os.walk(PACKAGE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        files.extend(os.path.join(root, n) for n in names if not n.endswith((".pyc", ".pyo")))
    h = hashlib.sha256()
    for rel in sorted((os.path.relpath(f, PACKAGE) for f in files), key=lambda r: r.split(os.sep)):
        h.update(rel.encode())
        with open(os.path.join(PACKAGE, rel), "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()[:16]


def default_dir(out: Path) -> Path:
    out = Path(os.path.abspath(out))
    return out.parent / f".{out.name}.cache"


def folder_for(out, cache) -> Optional[Path]:
    """The cache folder of a run into ``out``: None when ``cache`` is off (False, None), the default
    beside ``out`` when it is True, else ``cache`` itself."""
    if not cache:
        return None
    return default_dir(Path(out)) if cache is True else Path(cache)


class Cache:
    def __init__(self, directory: Path, options: Optional[dict] = None):
        self.dir = Path(directory)
        self.options = json.dumps(options or {}, sort_keys=True, default=str)

    def key(self, digest: str) -> str:
        return hashlib.sha256(f"{digest}\x1f{extractor_version()}\x1f{self.options}".encode()).hexdigest()

    def _path(self, digest: str) -> Path:
        k = self.key(digest)
        return self.dir / k[:2] / f"{k}.pickle"

    def get(self, digest: str, path: Path):
        """The cached result for content ``digest``, re-labelled for ``path``; None if absent."""
        p = self._path(digest)
        try:
            with open(p, "rb") as fh:
                result = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
            return None
        from .spool import unpickled

        result.tables = unpickled(result.tables)   # (kept by a spooled run as its worker sent them)
        d = result.document
        old = d.source
        if old != str(path):
            d = copy.copy(d)
            d.source = str(path)
            d.error = d.error.replace(old, str(path)) if d.error else d.error
            d.notes = d.notes.replace(old, str(path)) if d.notes else d.notes
            result.document = d
        return result

    def put(self, digest: str, result) -> bool:
        """Keep a result unless it failed or was cut short by a limit."""
        d = result.document
        if d.status == "failed" or any(w in (d.error or "") for w in _LIMIT_WORDS):
            return False
        p = self._path(digest)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp = p.with_name(f"{p.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, p)
        except OSError:
            return False
        return True


def _file_digests(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(Path(folder).rglob("*")):
        if p.is_file():
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


class RunMemo:
    """A whole run remembered: when every input file (name and sha256), the
    extractor version and the options are those of the run that wrote the
    current output, and every file that run wrote is still there byte for byte,
    there is nothing to do: the cross-document stage and the writers would
    write exactly those bytes again (like ``make`` with nothing out of date).
    Anything else (a file added, removed, renamed or changed; an output file
    edited or missing) runs normally from the per-document cache."""

    def __init__(self, cache: Cache, files: list, digests: list[str]):
        h = hashlib.sha256(f"run\x1f{extractor_version()}\x1f{cache.options}".encode())
        for f, d in zip(files, digests):
            h.update(f"\x1e{os.fsencode(str(f)).hex()}\x1f{d}".encode())
        self.path = cache.dir / "runs" / f"{h.hexdigest()}.pickle"

    def get(self, out: Path):
        """The remembered run result when the output is still the one it wrote; else None."""
        try:
            with open(self.path, "rb") as fh:
                written, result = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError):
            return None
        out = Path(out)
        for name, digest in written.items():
            try:
                if hashlib.sha256((out / name).read_bytes()).hexdigest() != digest:
                    return None
            except OSError:
                return None
        return result

    def put(self, out: Path, result) -> None:
        if any(d.status == "failed" or any(w in (d.error or "") for w in _LIMIT_WORDS)
               for d in result.documents):
            return  # a failed or cut-short document is read again next time
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump((_file_digests(out), result), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass
