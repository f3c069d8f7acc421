"""Command line: ``python -m extract run [PATH ...] [--out DIR]`` and ``python -m extract schemas``."""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

EPILOG = """\
examples:
  python -m extract run                      # every document under corpus/ into output/
  python -m extract run report.pdf pack.md --out out/
  python -m extract schemas                  # regenerate schemas/*.schema.json

exit status: 0 every document read; 1 some document failed (see documents.csv,
column error); 2 usage error (bad option, a path that does not exist, no
documents found); 3 another run is writing the same --out; 130 interrupted
(Ctrl-C). In every case but 0 and 1 the previous output is left as it was.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m extract",
        description="Turn police and crime scrutiny documents (PCC highlight and performance "
                    "reports, panel agenda packs, minutes, newsletters; PDF, text or Markdown) "
                    "into tidy records and a consistency report.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    r = sub.add_parser("run", help="read documents, write CSV, SQLite and report.html",
                       description="Read every document under PATH (files or folders; default corpus/) "
                                   "and write one CSV and Parquet file per table, extract.sqlite, "
                                   "report.html, summary.md, dataset.html, datapackage.json and "
                                   "metadata.json into --out. Output replaces the previous run's "
                                   "only once complete.", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("paths", nargs="*", metavar="PATH", default=["corpus"],
                   help="documents or folders of documents (.pdf .txt .md .html .htm .php .aspx; the kind is read from the bytes); default: corpus/")
    r.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output/)")
    r.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="documents (and ranges of a long PDF's pages) read in parallel (default: the cores this process may use, within a container's CPU quota)")
    r.add_argument("--max-pages", type=int, default=500, metavar="N",
                   help="read at most N pages of a PDF (default 500); the rest is noted on its row")
    r.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="time allowed for one document (default 300; 0 = none): a PDF stops "
                        "between pages at this limit (partial), and any document still working "
                        "inside a page at 1.2 x the limit + 2 s is killed (failed)")
    r.add_argument("--max-memory", default="2G", metavar="SIZE",
                   help="address space a worker may add to reading one document, e.g. 2G, 512M (default 2G; "
                        "0 = none); a document reaching it becomes a failed or partial row")
    r.add_argument("--cache", default=None, metavar="DIR",
                   help="keep the records of each document here and reuse them while the file, the "
                        "extractor version and --max-pages are unchanged (default: .OUT.cache "
                        "beside --out)")
    r.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="read documents as Dask distributed tasks: 'local' (a local cluster of "
                        "--jobs workers) or a scheduler address such as tcp://HOST:8786; "
                        "needs pip install '.[dask]'")
    r.add_argument("--no-cache", action="store_true", help="read every document again; keep nothing")
    r.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    r.add_argument("--vocabulary", action="append", default=[], metavar="FILE",  # hook: extract.vocab
                   help="extra vocabulary file (TOML or CSV, see extract/vocab); repeatable")
    s = sub.add_parser("schemas", help="write schemas/*.schema.json from the record definitions")
    s.add_argument("--dir", default=None, metavar="DIR", help="where to write (default: schemas/)")
    return p


def entry() -> None:
    """The command (``python -m extract``, the ``extract`` script): :func:`main`, then the
    process ends without tearing its heap down object by object (about 0.2 s after a run:
    spaCy's vocabulary, the run's records).  Everything the run writes is closed by then;
    standard output and error are flushed first."""
    try:
        code = main()
    except SystemExit as e:  # argparse's --help and usage errors
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
        if e.code is not None and not isinstance(e.code, int):
            print(e.code, file=sys.stderr)
    except KeyboardInterrupt:
        code = 130
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schemas":
        from .schemas import DEFAULT_DIR, write_schemas
        for path in write_schemas(Path(args.dir) if args.dir else DEFAULT_DIR):
            print(path)
        return 0

    from . import regex_cache
    with _start_up() as started, regex_cache.installed():   # (the patterns importing the pipeline compiles, kept between runs)
        return _run(args, started)


@contextmanager
def _start_up():
    """The cycle collector paused while the command loads its cache and imports the pipeline
    (about 70 collections, 20-25 ms of the serial start-up's CPU, walking the new modules' objects
    again and again); the callable given ends the pause: those objects frozen (``gc.freeze``: as
    :func:`extract.pipeline._no_collection` does after the preload) and the collector back on,
    as it was.  Ended on the way out in any case."""
    was = gc.isenabled()
    gc.disable()
    ended = []

    def end() -> None:
        if not ended:
            ended.append(True)
            gc.freeze()
            if was:
                gc.enable()

    try:
        yield end
    finally:
        end()


def _cache_option(args):
    """``--no-cache`` / ``--cache DIR`` as the pipeline's ``cache`` argument (False, a folder, or True)."""
    return False if args.no_cache else (args.cache or True)


def start_early(args, limits: dict, max_memory):
    """The early reader (:mod:`extract.early`) started over the documents found, before this
    process imports the pipeline (a tenth of a second): the other core reads documents, and
    makes the records that need no spaCy, from the start of the run.  Only for a cold run on
    this machine with a core to spare: not with ``--jobs 1``, not on a cluster, and not when
    the output's cache exists (its documents are mostly not read again: the pipeline starts a
    reader over those it does read).  None when not started, or when it could not be."""
    from .cache import folder_for
    from .discovery import discover, largest_first
    from .runner import available_cores

    jobs = args.jobs if args.jobs is not None else available_cores()
    cache = folder_for(args.out, _cache_option(args))
    if jobs < 2 or args.scheduler or (cache is not None and cache.exists()):
        return None
    try:
        files = discover(args.paths)
    except OSError:
        return None   # (said again, and handled, by the run)
    if not files:
        return None
    from .early import EarlyReader
    try:
        return EarlyReader(files, largest_first(files), limits, max_memory)
    except OSError:
        return None


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a scheduler's time limit, a container stopping): the run stops as on
    Ctrl-C -- its children and temporary folders gone, the previous output left whole."""


def _terminated(signum, frame):
    """Raise :class:`Terminated` where the main thread was; but not inside the import system's
    own code (``importlib._bootstrap``: taking or dropping a module's lock, the callback that
    forgets a lock): an exception raised there is ignored ("Exception ignored in: <function
    _get_module_lock.<locals>.cb>") and leaves the lock behind, so a later import of that module
    waits for ever and the run never stops (a clean-clone CI run, session 19).  There the signal is
    sent again a moment later (:func:`_again`), to be raised once the import is out of those
    lines (a module's own code, run by an import, is a place to raise as any other)."""
    if frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        _again(signum)
        return
    raise Terminated()


def _again(signum, delay_s: float = 0.02) -> None:
    """``signum`` sent to this process again after ``delay_s`` (a timer thread)."""
    timer = threading.Timer(delay_s, os.kill, (os.getpid(), signum))
    timer.daemon = True
    timer.start()


def _stop_on_sigterm():
    """SIGTERM raises :class:`Terminated` while the run goes on (its default would end the process
    at once, leaving the early reader's temporary folder behind); the handler it replaced, or None
    where none can be set (not the main thread).  Children put SIGTERM back to its default
    (:func:`extract.runner._as_child`)."""
    try:
        return signal.signal(signal.SIGTERM, _terminated)
    except ValueError:
        return None


def _run(args, started=lambda: None) -> int:
    for p in args.paths:
        if not Path(p).exists():
            print(f"error: {p}: no such file or folder", file=sys.stderr)
            return 2
    if args.jobs is not None and args.jobs < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.vocabulary:   # hook: extract.vocab (checked here, passed to workers through the environment)
        from .vocab import use_files
        try:
            use_files(args.vocabulary)
        except (OSError, ValueError) as e:
            print(f"error: --vocabulary: {e}", file=sys.stderr)
            return 2
    from .runner import parse_size
    try:
        max_memory = parse_size(args.max_memory) or None
    except ValueError:
        print(f"error: --max-memory {args.max_memory!r}: give a size such as 2G or 512M", file=sys.stderr)
        return 2
    limits = {"max_pages": args.max_pages, "timeout_s": args.timeout or None}
    from .discovery import NoDocuments
    from .outdir import OutputLocked
    early = None
    before = _stop_on_sigterm()
    try:
        from . import regex_cache
        regex_cache.cover_dataclasses()   # (record classes' methods made from kept code, here and in the early reader)
        early = start_early(args, limits, max_memory)   # (before the pipeline is imported: see its doc)
        from .pipeline import run
        started()   # (the collector back on: see _start_up)
        result = run(args.paths, args.out, jobs=args.jobs, progress=not args.quiet, limits=limits,
                     max_memory=max_memory, cache=_cache_option(args),
                     scheduler=args.scheduler, early=early)
    except NoDocuments as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OutputLocked as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    except KeyboardInterrupt as e:
        what = "terminated" if isinstance(e, Terminated) else "interrupted"
        print(f"{what}: nothing written; the previous output is left as it was", file=sys.stderr)
        return 143 if isinstance(e, Terminated) else 130
    finally:
        if early is not None:
            early.close()
        if before is not None:
            signal.signal(signal.SIGTERM, before)
    if not args.quiet:
        docs = result.documents
        failed = [d for d in docs if d.status == "failed"]
        partial = [d for d in docs if d.status == "partial"]
        print(f"{len(docs)} documents: {len(docs) - len(failed) - len(partial)} ok, "
              f"{len(partial)} partial, {len(failed)} failed -> {args.out}/")
        for name in ("measures", "figures", "deliverables", "meetings", "votes", "tables", "table_cells",
                     "observations", "checks", "discrepancies"):
            print(f"  {name:<14}{result.counts.get(name, 0):>7}")
        for d in failed + partial:
            print(f"  {d.status}: {d.error}", file=sys.stderr)
    return result.exit_code
