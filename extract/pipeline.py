"""The run: load each document, apply the extractors, reconcile, write.

Like a spaCy pipeline, a run is a list of components over one document model:
each extractor is a plain function ``extract(doc)`` returning records.  A
document that cannot be read becomes a ``failed`` row of ``documents`` naming
the file and what was wrong; an extractor that raises marks the document
``partial`` (its error kept) while every other record is still written.
"""
from __future__ import annotations

import importlib
import os
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .model import sha256_bytes
from .records import TABLES, DocumentRecord

#: (output table, module) of every extractor, in the order they run.
EXTRACTORS: list[tuple[str, str]] = [
    ("measures", "extract.extractors.measures"),
    ("figures", "extract.extractors.figures"),
    ("deliverables", "extract.extractors.deliverables"),
    ("meetings", "extract.extractors.meetings"),
]

DOC_SUFFIXES = (".pdf", ".txt", ".md", ".markdown", ".text")


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


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every document under the paths: files as given, folders walked (sorted, no hidden files)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts) \
                        and f.suffix.lower() in DOC_SUFFIXES and f.name.lower() != "readme.md":
                    found.append(f)
        elif p.exists():
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


def _failed(path: Path, error: str) -> DocResult:
    try:
        digest = sha256_bytes(path.read_bytes())
    except OSError:
        digest = sha256_bytes(("unreadable:" + str(path)).encode())
    fmt = "pdf" if path.suffix.lower() == ".pdf" else "unknown"
    return DocResult(DocumentRecord(doc_id=digest[:16], source=str(path), sha256=digest, format=fmt,
                                    doc_type="unknown", status="failed", error=error))


def process(path: Path, limits: Optional[dict] = None) -> DocResult:
    """Load one document and run every extractor over it. Never raises."""
    from .loaders import LoadError, load
    from .extractors.document import describe

    try:
        doc = load(path, **(limits or {}))
    except LoadError as e:
        return _failed(path, str(e))
    except Exception as e:  # a loader bug must not stop the run
        return _failed(path, f"{path}: could not be read ({type(e).__name__}: {e})")

    record = describe(doc)
    errors: list[str] = []
    record.notes = "; ".join(doc.notes) or None
    # a loader note that says content was lost makes the document partial
    problems = any(w in n.lower() for n in doc.notes for w in ("no text", "stopped", "could not", "failed"))
    if problems:
        errors.extend(n for n in doc.notes)
    if not doc.blocks:
        problems = True
        errors.append(f"{path}: no text found")
    tables: dict[str, list] = {}
    for table, module in EXTRACTORS:
        try:
            out = importlib.import_module(module).extract(doc)
        except Exception as e:
            problems = True
            tb = traceback.extract_tb(e.__traceback__)[-1]
            errors.append(f"{path}: {table} extractor failed ({type(e).__name__}: {e} "
                          f"at {Path(tb.filename).name}:{tb.lineno}); its records are missing")
            continue
        if isinstance(out, dict):
            for k, v in out.items():
                tables.setdefault(k, []).extend(v)
        else:
            tables.setdefault(table, []).extend(out)
    record.status = "partial" if problems else "ok"
    record.error = "; ".join(errors) or None
    return DocResult(record, tables)


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="extract", disable=not enabled, file=sys.stderr)


def extract_all(files: list[Path], jobs: int = 1, progress: bool = True,
                limits: Optional[dict] = None) -> list[DocResult]:
    bar = _progress(len(files), progress and len(files) > 3)
    results: list[DocResult] = []
    try:
        if jobs > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for r in pool.map(process, files, [limits] * len(files)):
                    results.append(r)
                    if bar:
                        bar.update(1)
        else:
            for f in files:
                results.append(process(f, limits))
                if bar:
                    bar.update(1)
    finally:
        if bar:
            bar.close()
    return results


def collect(results: list[DocResult]) -> RunResult:
    from .writers import dedupe

    documents = [r.document for r in results]
    tables: dict[str, list] = {name: [] for name in TABLES}
    tables["documents"] = documents
    for r in results:
        for k, v in r.tables.items():
            tables[k].extend(v)
    # checks come from reconciliation across every document
    from .reconcile import reconcile

    checks = reconcile(documents, tables["measures"], tables["figures"])
    tables["checks"] = checks
    tables["discrepancies"] = [c for c in checks if c.verdict == "mismatch"]
    from .dataset import build_observations  # series across documents (issue 15)

    tables.update(build_observations(tables))
    for name, spec in TABLES.items():
        kept, dropped = dedupe(spec, tables[name])
        if dropped:
            print(f"warning: {len(dropped)} {name} rows repeated a key and were merged", file=sys.stderr)
        tables[name] = kept
    return RunResult(documents, tables, {k: len(v) for k, v in tables.items()})


def run(paths: Iterable[str | Path], out: str | Path = "output", jobs: Optional[int] = None,
        progress: bool = True, limits: Optional[dict] = None) -> RunResult:
    from .writers import write_all

    files = discover(paths)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 4) if len(files) > 3 else 1
    result = collect(extract_all(files, jobs=jobs, progress=progress, limits=limits))

    from . import report

    checks = result.tables["checks"]
    extra = {"summary.md": report.markdown_summary(result.documents, checks)}
    write_all(Path(out), result.tables, extra, lambda p: report.write_html(p, result.documents, checks))
    return result
