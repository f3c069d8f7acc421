"""Speed, measured: ``python bench/bench.py [--repeat N] [--pages N]``.

1. The corpus: whole ``extract run`` (load, extract, reconcile, write) in documents/s
   and MB/s, and the time each stage adds (loading, each extractor, reconciliation).
2. PDFs: generated multi-page report PDFs (tests/pdfgen.py) read by our loader against
   pdfplumber's own ``page.extract_text()`` + ``page.extract_tables()`` on the same files
   in the same run; pages/s for both and the ratio (ours / baseline time; < 1 is faster).

Prints a Markdown table and writes it to bench/RESULTS.md (quoted in the README).
"""
from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_corpus(repeat: int) -> list[str]:
    from extract.loaders import load
    from extract.pipeline import EXTRACTORS, discover, run

    files = discover([ROOT / "corpus"])
    mb = sum(f.stat().st_size for f in files) / 1e6
    with tempfile.TemporaryDirectory() as tmp:  # the output folder is a link into tmp (extract.outdir)
        total = best_of(lambda: run(files, Path(tmp) / "out", jobs=1, progress=False), repeat)
    lines = [f"| corpus: whole run ({len(files)} docs, {mb:.2f} MB) | {total * 1000:.0f} ms | "
             f"{len(files) / total:.1f} docs/s, {mb / total:.2f} MB/s |"]
    docs = [load(f) for f in files]
    t_load = best_of(lambda: [load(f) for f in files], repeat)
    lines.append(f"| corpus: loading only | {t_load * 1000:.0f} ms | {mb / t_load:.2f} MB/s |")
    for table, module in EXTRACTORS:
        mod = importlib.import_module(module)
        t = best_of(lambda: [mod.extract(d) for d in docs], repeat)
        lines.append(f"| corpus: {table} extractor adds | {t * 1000:.0f} ms | {100 * t / total:.0f}% of the run |")
    return lines


def bench_pdf(repeat: int, pages: int) -> list[str]:
    try:
        import pdfgen  # tests/pdfgen.py
        from extract.loaders.pdf import load_pdf
    except ImportError as e:
        return [f"| PDF: skipped ({e}) | | |"]
    import pdfplumber

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        pdfgen.report(path, n_pages=pages)
        data = path.read_bytes()
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)

        def baseline():
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.extract_tables()

        def ours():
            load_pdf(path, data)

        t_base = best_of(baseline, repeat)
        t_ours = best_of(ours, repeat)
    return [
        f"| PDF baseline: pdfplumber extract_text + extract_tables ({n} pages) | {t_base * 1000:.0f} ms | {n / t_base:.1f} pages/s |",
        f"| PDF: extract loader, full document model ({n} pages) | {t_ours * 1000:.0f} ms | {n / t_ours:.1f} pages/s |",
        f"| PDF: ratio ours / baseline time | {t_ours / t_base:.2f} | {'faster' if t_ours < t_base else 'slower'} than baseline |",
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept (default 3)")
    ap.add_argument("--pages", type=int, default=20, help="pages of the generated PDF (default 20)")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args(argv)
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = bench_corpus(args.repeat) + bench_pdf(args.repeat, args.pages)
    head = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, best of {args.repeat}; machine load average "
            f"(1/5/15 min) at the start: {load}.", "", "| what | time | rate |", "| --- | --- | --- |"]
    text = "\n".join(head + rows) + "\n"
    print(text)
    if not args.no_write:
        (ROOT / "bench" / "RESULTS.md").write_text("# Bench results\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
