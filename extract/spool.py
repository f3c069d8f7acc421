"""Records of finished documents kept on disk, not in memory, until the writers need them.

As each document finishes (read by a worker, or taken from the cache), its records
are appended to a staging SQLite file beside the output (``.DIR.runs/spool-*/``)
and let go: the run holds only the ``documents`` rows, and the tables the
cross-document stage reads whole (measures, figures, meetings) are read back
once it starts.  Every other table goes from the spool straight to the writers,
document by document in input order, so a run of thousands of documents never
holds all their records at once.

Each document's records of one table are one row (``seq``, ``name``, a pickle
of the list): records come back exactly as the extractors made them, so the
output is byte for byte that of a run held in memory.  The spool lives in the
output's run folder area, so a killed run's spool is removed by the next run
(:func:`extract.outdir._tidy`); a finished run removes its own.
"""
from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class PickledTables(dict):
    """A document's records as the spool keeps them: {table: the pickle of its records}, tables
    without a record left out.  A worker of a spooled run sends its result's tables so
    (:func:`extract.pipeline._work`): the parent inserts the bytes as they come, where it
    unpickled every record it was sent only to pickle it again (about 30 ms of its CPU on 26
    distinct reports, while the workers read).  Unpickled, each is the list it was made from."""


def pickled(tables: dict[str, list]) -> PickledTables:
    """``tables`` as :meth:`Spool.add` keeps them."""
    return PickledTables((name, pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
                         for name, rows in tables.items() if rows)


def unpickled(tables: dict) -> dict[str, list]:
    """The records of ``tables`` (:class:`PickledTables` read back into lists; any other given back)."""
    if isinstance(tables, PickledTables):
        return {name: pickle.loads(data) for name, data in tables.items()}
    return tables


class Spool:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.folder / "records.sqlite")
        self.pid = os.getpid()
        self.con.execute("PRAGMA journal_mode=OFF")
        self.con.execute("PRAGMA synchronous=OFF")
        self.con.execute("CREATE TABLE records (seq INTEGER NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL)")
        self.con.execute("CREATE INDEX ix_records ON records (name, seq)")

    def add(self, seq: int, tables: dict[str, list]) -> None:
        """The records of document number ``seq`` (its place in the run's input order), or their
        :class:`PickledTables` (kept as they are)."""
        data = tables if isinstance(tables, PickledTables) else pickled(tables)
        self.con.executemany("INSERT INTO records VALUES (?, ?, ?)",
                             [(seq, name, blob) for name, blob in data.items()])
        self.con.commit()   # (journal and sync off: no disk wait) another process may read it now


    def rows(self, name: str) -> Iterator:
        """Every record of table ``name``, documents in input order, each document's in its order.
        A forked child (the writers' one) reads with a connection of its own."""
        con = self.con if os.getpid() == self.pid else sqlite3.connect(f"file:{self.folder / 'records.sqlite'}?mode=ro",
                                                                       uri=True)
        cur = con.execute("SELECT data FROM records WHERE name = ? ORDER BY seq, rowid", (name,))
        for (data,) in cur:
            yield from pickle.loads(data)

    def close(self) -> None:
        self.con.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def spooled(out: Path) -> Iterator[Spool]:
    """A new spool for a run into ``out``, removed when the run is done (or fails)."""
    from .outdir import runs_dir

    out = Path(os.path.abspath(out))
    folder = runs_dir(out) / f"spool-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}"
    spool = Spool(folder)
    try:
        yield spool
    finally:
        spool.close()
