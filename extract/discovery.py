"""The documents a run reads: found under the paths given, and the order they are read in.

Kept apart from :mod:`extract.pipeline` (and light: nothing but the standard library) so the
command line can find the documents and start the early reader (:mod:`extract.early`) before
it imports the pipeline."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

DOC_SUFFIXES = (".pdf", ".txt", ".md", ".markdown", ".text", ".html", ".htm", ".php", ".aspx")


class NoDocuments(ValueError):
    """The paths hold no document: nothing is written, the previous output stays."""


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every document under the paths: files as given, folders walked (sorted, no hidden files).

    A pipe or device with a document suffix inside a folder is listed too (never
    opened): its row says it was refused."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if not f.is_dir() and not any(part.startswith(".") for part in rel.parts) \
                        and f.suffix.lower() in DOC_SUFFIXES and f.name.lower() != "readme.md":
                    found.append(f)
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    seen, out = set(), []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def largest_first(files: list[Path]) -> list[int]:
    """The order the files are handed to the workers: largest first, so that no long
    document is left to the end while the other workers have nothing to do (the results
    keep the input order)."""
    def size(i: int) -> int:
        try:
            return os.stat(files[i]).st_size
        except OSError:
            return 0

    return sorted(range(len(files)), key=lambda i: -size(i))
