"""The run: load each document, apply the extractors, reconcile, write.

Like a spaCy pipeline, a run is a list of components over one document model:
each extractor is a plain function ``extract(doc)`` returning records.  A
document that cannot be read becomes a ``failed`` row of ``documents`` naming
the file and what was wrong; an extractor that raises marks the document
``partial`` (its error kept) while every other record is still written.
"""
from __future__ import annotations

import copy
import gc
import hashlib
import importlib
import os
import stat
import sys
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .discovery import DOC_SUFFIXES, NoDocuments, discover, largest_first as _largest_first  # noqa: F401 - (read from here too)
from .model import sha256_bytes, stable_id
from .records import TABLES, DocumentRecord
from .runner import DEFAULT_MAX_MEMORY, FORK_LOCK, InChild, available_cores, reap_exited, run_all
from .validate import conform, conform_tables

#: (output table, module) of every extractor, in the order they run.
EXTRACTORS: list[tuple[str, str]] = [
    ("measures", "extract.extractors.measures"),
    ("figures", "extract.extractors.figures"),
    ("deliverables", "extract.extractors.deliverables"),
    ("meetings", "extract.extractors.meetings"),
    ("tables", "extract.extractors.tables"),
]

#: the extractors that use no spaCy: the early reader (:mod:`extract.early`) runs them over
#: the documents it reads while this process loads spaCy (tests/test_early.py checks that
#: importing them imports no spaCy)
WITHOUT_NLP = frozenset({"measures", "deliverables", "meetings", "tables"})



@dataclass
class DocResult:
    document: DocumentRecord
    tables: dict[str, list] = field(default_factory=dict)


@dataclass
class RunResult:
    documents: list[DocumentRecord]
    tables: dict[str, list]
    counts: dict[str, int]

    @property
    def exit_code(self) -> int:
        return 1 if any(d.status == "failed" for d in self.documents) else 0


def _regular(path: Path) -> Optional[str]:
    """None for a regular file; otherwise why it is refused (it is never opened)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return f"{path}: cannot be read ({e.strerror or e})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or
            stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{path}: refused: {kind}, not a document file; not opened"


def file_digest(path: Path) -> str:
    """sha256 of a regular file's bytes; for anything unreadable, a digest of its path."""
    if _regular(path) is None:
        try:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            return h.hexdigest()
        except OSError:
            pass
    return sha256_bytes(("unreadable:" + os.fsdecode(path)).encode("utf-8", "surrogateescape"))


def _failed(path: Path, error: str, digest: Optional[str] = None) -> DocResult:
    digest = digest or file_digest(path)
    fmt = "pdf" if path.suffix.lower() == ".pdf" else "unknown"
    return DocResult(DocumentRecord(doc_id=digest[:16], source=str(path), sha256=digest, format=fmt,
                                    doc_type="unknown", status="failed", error=error))


#: loader notes that say content was lost (kept for loaders that do not yet fill doc.problems)
_LOSS_WORDS = ("no text", "stopped", "could not", "failed")
#: at most this many record problems are named on a document's row
MAX_NAMED_PROBLEMS = 10


def process(path: Path, limits: Optional[dict] = None, doc=None, made: Optional[dict] = None) -> DocResult:
    """Load one document (or take ``doc``, the same file read already: see
    :mod:`extract.early`) and run every extractor over it (but those whose records ``made``
    holds already, made over the same ``doc``). Never raises."""
    from .loaders import LoadError, load
    from .extractors.document import describe

    refused = _regular(path)
    if refused:
        return _failed(path, refused)
    try:
        if doc is None:
            doc = load(path, **(limits or {}))
    except LoadError as e:
        return _failed(path, str(e))
    except MemoryError:
        return _failed(path, f"{path}: stopped: the memory limit was reached while reading")
    except Exception as e:  # a loader bug must not stop the run
        return _failed(path, f"{path}: could not be read ({type(e).__name__}: {e})")

    record = describe(doc)
    record.notes = "; ".join(doc.notes) or None
    errors: list[str] = list(doc.problems)
    errors.extend(n for n in doc.notes if n not in errors and any(w in n.lower() for w in _LOSS_WORDS))
    if not doc.blocks:
        errors.append(f"{path}: no text found")
    tables = _extract(doc, path, errors, made)
    record_problems: list[str] = []
    tables = conform_tables(tables, record_problems, where=f"{path}: ")
    from .reconcile.per_document import with_document_checks
    tables = with_document_checks(tables)   # its arithmetic, made here (reconcile.per_document)
    if record_problems:
        errors.extend(record_problems[:MAX_NAMED_PROBLEMS])
        if len(record_problems) > MAX_NAMED_PROBLEMS:
            errors.append(f"{path}: {len(record_problems) - MAX_NAMED_PROBLEMS} more record problems")
    doc_problems: list[str] = []
    conform(TABLES["documents"], record, doc_problems)  # repairs the row in place
    record.status = "partial" if errors or doc_problems else "ok"
    record.error = "; ".join(errors + doc_problems) or None
    return DocResult(record, tables)


def _extract(doc, path: Path, errors: list[str], made: Optional[dict] = None) -> dict[str, list]:
    """The records of every extractor over ``doc`` (those ``made`` holds taken from it)."""
    made = made or {}
    tables: dict[str, list] = {}
    for table, module in EXTRACTORS:
        try:
            out = made[table] if table in made else importlib.import_module(module).extract(doc)
        except MemoryError:
            errors.append(f"{path}: {table} extractor stopped at the memory limit; its records are missing")
            continue
        except Exception as e:
            tb = traceback.extract_tb(e.__traceback__)[-1]
            errors.append(f"{path}: {table} extractor failed ({type(e).__name__}: {e} "
                          f"at {Path(tb.filename).name}:{tb.lineno}); its records are missing")
            continue
        if isinstance(out, dict):
            for k, v in out.items():
                tables.setdefault(k, []).extend(v)
        else:
            tables.setdefault(table, []).extend(out)
    return tables


class _NoBar:
    """The progress bar when none is shown: what ``tqdm(disable=True)`` does (nothing), without
    importing tqdm."""

    def set_postfix_str(self, *args, **kwargs) -> None:
        pass

    def update(self, *args) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="documents", file=sys.stderr)


def _preload() -> None:
    """Import the loaders and extractors (and spaCy) once, before children are forked."""
    from .nlp import get_nlp
    for module in ["extract.loaders", "extract.extractors.document", "extract.reconcile.per_document"] + [
            m for _, m in EXTRACTORS]:
        importlib.import_module(module)
    get_nlp()
    from .extractors.figures import warm
    warm()  # the figures matchers built once here, not in every forked child


@contextmanager
def _no_collection():
    """The cycle collector paused while the modules are imported (6-9% of the start-up: it
    walked the new modules' objects again and again), and those objects frozen after
    (``gc.freeze``: the collector leaves them alone, as the forked workers do)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


#: what the cross-document stage and the writers import: loaded in the parent by a thread
#: while the workers read (the parent only waits then), not after them
_AFTER_READING = ("extract.reconcile", "extract.dataset", "extract.dataset.observations", "extract.writers",
                  "extract.dataset.files", "extract.report", "pyarrow", "pyarrow._parquet")


def _import_in_background() -> threading.Thread:
    def imports():
        with FORK_LOCK:
            for module in _AFTER_READING:
                try:
                    importlib.import_module(module)
                except Exception:  # noqa: BLE001 - imported again (and reported) where it is used
                    pass

    t = threading.Thread(target=imports, name="extract-imports", daemon=True)
    t.start()
    return t


def _short(path, width: int = 40) -> str:
    """A file's name for the progress bar: its end, marked as cut when it is longer."""
    name = Path(path).name
    return name if len(name) <= width else "…" + name[-(width - 1):]


def extract_all(files: list[Path], jobs: int = 1, progress: bool = True,
                limits: Optional[dict] = None, max_memory: Optional[int] = DEFAULT_MAX_MEMORY,
                on_result=None, early=None, spooled: bool = False) -> list[DocResult]:
    """Every file read in its own child process (see :mod:`extract.runner`); a long PDF
    read by several of them at once (see :mod:`extract.split`).  ``on_result(index,
    result)`` is called as each document finishes (the pipeline spools the records there).
    ``early``: an :class:`~extract.early.EarlyReader` started before (by the command line,
    over the files it found); without one, one is started here (with ``jobs`` 2 or more).
    ``spooled``: ``on_result`` puts each result's tables into a spool (:mod:`extract.spool`): the
    workers send them as it keeps them (:class:`extract.spool.PickledTables`)."""
    from functools import partial

    from . import regex_cache

    limits = dict(limits or {})
    order = _largest_first(files)
    with regex_cache.installed(), _no_collection():   # (the patterns the imports compile kept for the next run)
        from . import split
        importlib.import_module("extract.loaders")
        regex_cache.cover_dataclasses()   # (the methods of the classes the imports make, from kept code)
        if early is None:
            early = _early_reader(files, order, limits, jobs, max_memory)
        try:
            _preload()
        except BaseException:
            if early is not None:
                early.close()   # (Ctrl-C while spaCy loads: the child and its folder gone)
            raise
        if early is not None:
            early.stop()
    bar = _progress(len(files), progress and len(files) > 3)
    pages = [0]
    plan = split.Plan(limits, jobs)

    started, importing = [0], []

    def start(job):
        started[0] += 1
        if started[0] == min(jobs, len(files)) and not importing:  # every first worker forked
            importing.append(_import_in_background())
        what = f"pages {job.start + 1}-{job.stop} of " if isinstance(job, split.Pages) else ""
        bar.set_postfix_str(f"{pages[0]} pages; reading {what}{_short(job.path)}")

    def done(job, result):
        _patterns_kept(result)
        more = plan.done(job, result)
        if not plan.is_document(job, result):
            return more
        if on_result is not None:
            on_result(job.i, result)
        pages[0] += result.document.pages or 0
        bar.set_postfix_str(f"{pages[0]} pages; read {_short(job.path)}", refresh=False)
        bar.update(1)
        return more

    try:
        run_all([split.Whole(i, files[i]) for i in order],
                partial(_work, limits=limits, parts=jobs, early=early, spooled=spooled),
                lambda job, why: _failed(job.path, f"{job.path}: {why}"),
                jobs=jobs, timeout_s=limits.get("timeout_s"), max_memory=max_memory,
                on_done=done, on_start=start, queue_behind=split.text_job, wait=False)
    finally:
        bar.close()
        for t in importing:
            t.join()
        if early is not None:
            early.close()
    return [plan.results[i] for i in range(len(files))]


def _early_reader(files: list[Path], order: list[int], limits: dict, jobs: int, max_memory):
    """A child reading text documents while this process imports spaCy (:mod:`extract.early`),
    when there is a core for it (not with ``--jobs 1``)."""
    if jobs < 2:
        return None
    from .early import EarlyReader

    try:
        return EarlyReader(files, order, limits, max_memory)
    except OSError:   # (no temporary folder, no process: the workers read every file)
        return None


def _work(job, limits: dict, parts: int, early, spooled: bool = False):
    """A worker's job: a document the early reader left whole is taken from it, not read again.
    A document's result carries the regular expressions the worker compiled for it that the
    cache did not hold (``patterns``: the parent keeps them, see :func:`_patterns_kept`); ``spooled``:
    its tables pickled as the spool keeps them (:class:`extract.spool.PickledTables`)."""
    from . import regex_cache, split

    at = regex_cache.mark()
    i = early.index(job.path) if early is not None and isinstance(job, split.Whole) else None
    result = None
    if i is not None:
        doc = early.take(i)
        if doc is not None:
            result = process(job.path, limits, doc=doc, made=early.records(i))
    if result is None:
        result = split.work(job, limits=limits, parts=parts, process=process)
    if spooled and isinstance(result, DocResult):
        from .spool import pickled

        result.tables = pickled(result.tables)
    made = regex_cache.made_since(at)
    if made and isinstance(result, DocResult):
        result.patterns = made
    return result


def _patterns_kept(result) -> None:
    """The patterns a worker compiled for ``result`` (:func:`_work`) kept by this process, whose
    regex cache file the next run reads (a worker's own are lost when it ends)."""
    made = getattr(result, "patterns", None)
    if made is not None:
        from . import regex_cache

        del result.patterns
        regex_cache.adopt(made)


def one_per_file(files: list[Path], digests: list[str], results: dict[str, DocResult]) -> list[DocResult]:
    """A result per input file.  Files with the same content were read once: the first
    keeps the content's doc_id and records; each other name gets its own row (own
    doc_id, same status) saying whose records are its own."""
    first: dict[str, Path] = {}
    out = []
    for f, digest in zip(files, digests):
        r = results[digest]
        if digest not in first:
            first[digest] = f
            out.append(r)
            continue
        d = copy.copy(r.document)
        d.doc_id = stable_id("same-content", digest, os.fsdecode(f))
        d.source = str(f)
        note = (f"same content as {first[digest]} (doc_id {r.document.doc_id}); "
                f"its records are listed under that doc_id")
        d.notes = "; ".join(x for x in (note, r.document.notes) if x)
        if d.error:
            d.error = d.error.replace(str(first[digest]), str(f))
        out.append(DocResult(d, {}))
    return out


#: the tables the cross-document stage (reconciliation, the dataset) reads whole
CROSS_DOCUMENT_INPUTS = ("measures", "figures", "meetings")


def collect(results: list[DocResult], spool=None) -> RunResult:
    """The run's tables: each document's records (from ``results``, or read back from
    ``spool`` when the run spooled them), checks by reconciliation across every document,
    and the dataset's observations.  Tables the cross-document stage does not read stay
    in the spool: they are :class:`SpooledRows`, read from it by the writers."""
    documents = [r.document for r in results]
    tables: dict[str, object] = {name: [] for name in TABLES}
    tables["documents"] = documents
    if spool is None:
        for r in results:
            for k, v in r.tables.items():
                if k in tables:   # (not the per-document checks: gathered below)
                    tables[k].extend(v)
    else:
        from .writers import ConformedRows

        for name in TABLES:
            if name != "documents":
                tables[name] = ConformedRows(spool.rows(name)) if name in CROSS_DOCUMENT_INPUTS \
                    else SpooledRows(name, spool)   # (conformed by the worker that read each document)
    # series across documents (issue 15), built in a forked child while reconciliation runs here
    from .dataset import OBSERVATION_INPUTS

    observations = InChild(_observations, {k: tables[k] for k in OBSERVATION_INPUTS})
    # checks come from reconciliation across every document
    from .reconcile import reconcile
    from .reconcile.per_document import gather

    checks = reconcile(documents, tables["measures"], tables["figures"], gather(results, spool))
    tables["checks"] = checks
    tables["discrepancies"] = [c for c in checks if c.verdict == "mismatch"]
    built, made = observations.result()
    from . import regex_cache

    regex_cache.adopt(made)   # (the vocabulary's patterns it compiled: kept for the next run's child)
    tables.update(built)
    for name in TABLES:
        tables[name] = _deduped(name, tables[name])
    return RunResult(documents, tables, {k: len(v) for k, v in tables.items() if isinstance(v, list)})


def _observations(inputs: dict) -> tuple[dict, dict]:
    """The dataset's observations (:func:`extract.dataset.build_observations`), and the
    regular expressions made for them that the cache did not hold (:func:`extract.regex_cache.made_since`)."""
    from . import regex_cache
    from .dataset import build_observations

    at = regex_cache.mark()
    return build_observations(inputs), regex_cache.made_since(at)


#: the tables the cross-document stage makes (every other one is the documents' records, whole
#: once they are read)
CROSS_DOCUMENT_OUTPUTS = ("checks", "discrepancies", "observations", "observation_sources", "revisions",
                          "series_breaks")


def _early_files(stage: Path, results: list[DocResult], spool):
    """The CSV and Parquet files of every table but the cross-document stage's, written into
    ``stage`` by a forked child (:func:`extract.writers.files_in_child`) while that stage runs
    here: the rows :func:`collect` gives those tables (that stage reads records, it does not
    change them)."""
    from .writers import dedupe, files_in_child

    tables: dict[str, object] = {name: SpooledRows(name, spool) for name in TABLES
                                 if name not in CROSS_DOCUMENT_OUTPUTS}
    tables["documents"] = dedupe(TABLES["documents"], [r.document for r in results])[0]
    return files_in_child(stage, tables, list(tables))


def _deduped(name: str, rows):
    """Rows unique on the table's key (a list stays a list; a spooled table is filtered as it is read)."""
    from .writers import ConformedRows, conformed_rows, dedupe

    if isinstance(rows, SpooledRows):
        return rows
    kept, dropped = dedupe(TABLES[name], rows)
    _merged_warning(len(dropped), name)
    return ConformedRows(kept) if conformed_rows(rows) else kept


class SpooledRows:
    """The records of a spooled table, unique on its key, read from the spool each time they
    are iterated (the writers read every table twice: this process and its CSV child).  The
    rows merged are reported once, by the process that made it.  Its records were conformed
    by the worker that read their document (``conformed``: the writers do not do it again)."""

    conformed = True

    def __init__(self, name: str, spool):
        self.name, self.spool, self.pid, self.reported = name, spool, os.getpid(), False

    def __iter__(self):
        from .writers import dedupe_iter

        def end(n: int) -> None:
            if os.getpid() == self.pid and not self.reported:
                self.reported = True
                _merged_warning(n, self.name)

        return dedupe_iter(TABLES[self.name], self.spool.rows(self.name), end)


def _merged_warning(n: int, name: str) -> None:
    if n:
        print(f"warning: {n} {name} rows repeated a key and were merged", file=sys.stderr)


def _store(out, cache, limits):
    """The per-document cache of a run (None when ``cache`` is off)."""
    from .cache import Cache, folder_for

    folder = folder_for(out, cache)
    return None if folder is None else Cache(folder, {"max_pages": (limits or {}).get("max_pages")})


def _read_unique(unique: dict[str, Path], store, jobs, progress, limits, max_memory,
                 scheduler: Optional[str] = None, spool=None, early=None) -> dict[str, DocResult]:
    """A result per distinct content: from the cache when it has one, read otherwise.
    With a ``spool``, each result's records go to it as the result comes (cached ones
    first, read ones as each finishes) and only its ``documents`` row is kept."""
    seq = {d: i for i, d in enumerate(unique)}
    found: dict[str, DocResult] = {}

    def keep(digest: str, r: DocResult, read: bool) -> None:
        if read and store is not None:
            store.put(digest, r)
        if spool is not None:
            spool.add(seq[digest], r.tables)
            r.tables = {}  # let go here: the reading pool's list holds this result too
        found[digest] = r

    if store is not None:
        for digest, f in unique.items():
            r = store.get(digest, f)
            if r is not None:
                keep(digest, r, False)
    todo = {d: f for d, f in unique.items() if d not in found}
    if todo:
        digests = list(todo)
        if scheduler:
            from .cluster import extract_on_cluster
            for digest, r in zip(digests, extract_on_cluster(list(todo.values()), scheduler, jobs=jobs,
                                                             limits=limits)):
                keep(digest, r, True)
        else:
            extract_all(list(todo.values()), jobs=jobs, progress=progress, limits=limits,
                        max_memory=max_memory, on_result=lambda i, r: keep(digests[i], r, True), early=early,
                        spooled=spool is not None)
    return {d: found[d] for d in unique}


class WrittenTable(Sequence):
    """A table of a finished run that was streamed to the writers, not kept: its rows
    (dicts) read back from the run's ``extract.sqlite`` when asked for."""

    def __init__(self, sqlite: Path, name: str, count: int):
        self.sqlite, self.name, self.count = sqlite, name, count

    def _rows(self) -> list[dict]:
        import sqlite3

        con = sqlite3.connect(f"file:{self.sqlite}?mode=ro", uri=True)
        try:
            con.row_factory = sqlite3.Row
            return [dict(r) for r in con.execute(f'SELECT * FROM "{self.name}" ORDER BY rowid')]
        finally:
            con.close()

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._rows()[i]
        n = range(self.count)[i]  # IndexError as a list gives it
        import sqlite3

        con = sqlite3.connect(f"file:{self.sqlite}?mode=ro", uri=True)
        try:
            con.row_factory = sqlite3.Row
            return dict(con.execute(f'SELECT * FROM "{self.name}" ORDER BY rowid LIMIT 1 OFFSET ?', (n,)).fetchone())
        finally:
            con.close()

    def __iter__(self):
        return iter(self._rows())


def written(result: RunResult, out: Path, counts: dict[str, int], held: bool = True) -> RunResult:
    """The run's result once written: tables that were streamed from the spool (every
    table, unless ``held``) are read back from the output when asked for; counts are
    the rows written."""
    sqlite = (Path(out) / "extract.sqlite").resolve()
    tables = {name: rows if held and isinstance(rows, list) else WrittenTable(sqlite, name, counts.get(name, 0))
              for name, rows in result.tables.items()}
    return RunResult(result.documents, tables, dict(counts))


def run(paths: Iterable[str | Path], out: str | Path = "output", jobs: Optional[int] = None,
        progress: bool = True, limits: Optional[dict] = None,
        max_memory: Optional[int] = DEFAULT_MAX_MEMORY, cache: str | Path | bool | None = None,
        scheduler: Optional[str] = None, early=None) -> RunResult:
    """Read every document under ``paths`` and write the output set into ``out``.

    Holds the lock on ``out`` for the whole run (OutputLocked if another run has it);
    raises NoDocuments, leaving ``out`` alone, when the paths hold no document.
    ``cache``: a folder for records of unchanged documents (True: beside ``out``;
    None/False: none; see :mod:`extract.cache`).  ``scheduler``: ``local`` or a Dask
    scheduler address to read the documents as Dask tasks (see :mod:`extract.cluster`).
    ``early``: an :class:`~extract.early.EarlyReader` the caller started over these paths'
    documents (see :func:`extract.cli.start_early`); the workers take what it read."""
    paths = list(paths)
    files = early.files if early is not None else discover(paths)   # (the reader was given these paths' documents)
    if not files:
        raise NoDocuments(f"no documents (.pdf .txt .md .markdown .text) found under "
                          f"{', '.join(map(str, paths))}; previous output left as it was")
    if jobs is None:
        jobs = available_cores()
    try:
        return _run_locked(files, out, jobs, progress, limits, max_memory, cache, scheduler, early)
    finally:
        reap_exited()   # (the children left to end by themselves: ended long since)


def _run_locked(files, out, jobs, progress, limits, max_memory, cache, scheduler, early) -> RunResult:
    """:func:`run` once its documents are found."""
    from .outdir import locked, staged, tidy_before
    from .spool import spooled
    from .writers import write_into

    with locked(Path(out)):
        digests = [file_digest(f) for f in files]
        store = _store(out, cache, limits)
        memo = None
        if store is not None:
            from .cache import RunMemo
            memo = RunMemo(store, files, digests)
            remembered = memo.get(Path(out))
            if remembered is not None:  # nothing changed: the output is already this run's
                return written(remembered, Path(out), remembered.counts)
        unique: dict[str, Path] = {}
        for f, d in zip(files, digests):
            unique.setdefault(d, f)
        with spooled(Path(out)) as spool:
            tidying = threading.Thread(target=tidy_before, args=(Path(out), [spool.folder]), daemon=True)
            tidying.start()  # old run folders removed while the documents are read
            results = one_per_file(files, digests, _read_unique(unique, store, jobs, progress, limits,
                                                                 max_memory, scheduler, spool, early))
            tidying.join()
            with staged(Path(out)) as stage:
                files_child = _early_files(stage, results, spool)   # written while the cross-document stage runs
                result = collect(results, spool)

                from . import report

                checks = result.tables["checks"]
                html = InChild(report.render_html, result.documents, checks)  # rendered while the tables are written
                extra = {"summary.md": report.markdown_summary(result.documents, checks)}
                counts = write_into(stage, result.tables, extra,
                                    lambda p: p.write_text(html.result(), encoding="utf-8"), files_child, base=Path(out))
        result = written(result, Path(out), counts)
        if memo is not None:  # remembered without its records: they are in the output
            memo.put(Path(out), written(result, Path(out), counts, held=False))
    return result
