"""Scale, measured: ``python bench/scale.py [--sizes 25 100 400] [--jobs 2]``.

Times whole runs (load, extract, reconcile, write) over 25, 100 and 400 text
documents (copies of the corpus highlight report, each changed by one line so
every copy is a distinct document), cold (and how much of it is spent outside
reading the documents: discovery, digests, reconciliation, the dataset, the
writers), then re-run unchanged (checked
byte-identical), then re-run with one document changed (the others from the
per-document cache; reconciliation and the writers run again), and prints time per document, documents/s and MB/s at each size (a
Markdown table, also written to bench/SCALE.md).
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCE = ROOT / "corpus" / "wiltshire-highlight-report-2023-10-to-12.txt"


def make_docs(folder: Path, n: int) -> float:
    text = SOURCE.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"report-{i:04d}.txt").write_text(text + f"\nCopy {i} of the report.\n", encoding="utf-8")
    return sum(p.stat().st_size for p in folder.iterdir()) / 1e6


def timed_run(docs: Path, out: Path, jobs: int) -> float:
    return staged_run(docs, out, jobs)[0]


def staged_run(docs: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds for the whole run, seconds of it spent reading documents in the pool:
    spaCy and extractor imports, the workers' extraction)."""
    from extract import pipeline

    reading = [0.0]
    real = pipeline.extract_all

    def timed(*a, **k):
        t0 = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            reading[0] += time.perf_counter() - t0

    pipeline.extract_all = timed
    try:
        t = time.perf_counter()
        pipeline.run([docs], out, jobs=jobs, progress=False, cache=True)
        return time.perf_counter() - t, reading[0]
    finally:
        pipeline.extract_all = real


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 100, 400])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}, --jobs {args.jobs}; machine load average "
             f"(1/5/15 min) at the start: {load}.", "",
             "| documents | MB | cold | per document | docs/s | MB/s | cold outside reading | unchanged re-run "
             "| unchanged / cold | one document changed | changed / cold |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            docs = Path(tmp) / "docs"
            docs.mkdir()
            mb = make_docs(docs, n)
            cold, reading = staged_run(docs, Path(tmp) / "out", args.jobs)
            first = (Path(tmp) / "out").resolve()
            same = {p.name: p.read_bytes() for p in first.iterdir()}
            warm = timed_run(docs, Path(tmp) / "out", args.jobs)
            assert {p.name: p.read_bytes() for p in (Path(tmp) / "out").iterdir()} == same
            one = docs / "report-0000.txt"
            one.write_text(one.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
            changed = timed_run(docs, Path(tmp) / "out", args.jobs)
        lines.append(f"| {n} | {mb:.1f} | {cold:.1f} s | {cold / n * 1000:.0f} ms | {n / cold:.1f} | "
                     f"{mb / cold:.2f} | {cold - reading:.1f} s | {warm:.2f} s | {warm / cold:.1%} | {changed:.1f} s | "
                     f"{changed / cold:.1%} |")
        print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    print(text)
    path = ROOT / "bench" / "SCALE.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = old[old.index("\n## "):] if "\n## " in old else ""   # (memory.py's section, measured apart)
    path.write_text(text + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
