"""Speed, measured: ``python bench/bench.py [--repeat N] [--pages N] [--text-docs N]``.

0. Text (issue 14 item 3): ``--text-docs`` (default 40) copies of the corpus highlight report
   changed by one line each (the issue's own measure: a series repeats its paragraphs), the
   whole command; then as many copies of it,
   each with its figures changed (the report of another quarter: every sentence with a decimal,
   a thousands comma or four digits is new to every cache).  The whole command as a user runs it (``python -m extract run DIR
   --no-cache --jobs 2`` in a fresh process: imports, two workers, the cross-document stage,
   the writers) in MB/s and documents/s, wall and CPU time; then, in this process, the CPU
   time per document of loading and of each extractor, and the CPU time of the stages
   of one run (start-up, reading, cross-document stage, writers).  CPU time
   (``time.process_time``, ``RUSAGE_CHILDREN``) is what to compare on a shared machine.

1. The corpus: whole ``extract run`` (load, extract, reconcile, write) in documents/s
   and MB/s, and the time each stage adds (loading, each extractor, reconciliation).
   Then the same over distinct real reports as text (the text layer of each PDF of
   ../shared/real, its Markdown, the corpus): no two alike, as a researcher's folder.
2. PDFs: generated multi-page report PDFs (tests/pdfgen.py) read by our loader against
   pdfplumber's own ``page.extract_text()`` + ``page.extract_tables()`` on the same files
   in the same run; pages/s for both and the ratio (ours / baseline time; < 1 is faster).
   And one long real PDF (54 pages of ../shared/real) through the whole command with one
   worker and with two (a long PDF's pages are read in ranges side by side).

Prints a Markdown table and writes it to bench/RESULTS.md (quoted in the README).
"""
from __future__ import annotations

import argparse
import importlib
import os
import platform
import re
import resource
import subprocess
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


TEXT_SOURCE = ROOT / "corpus" / "wiltshire-highlight-report-2023-10-to-12.txt"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


_FIGURE = re.compile(r"(?<![\d.,])(?:\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{4,})(?![\d])")


def _vary(text: str, i: int) -> str:
    """The report of another quarter: the last digit of every figure with a decimal point, a
    thousands comma or four or more digits changed (years 1900-2099 kept; "101", "999" are names), so its sentences are
    new to every cache (a series of reports repeats its words, not its figures)."""
    def change(m: re.Match) -> str:
        raw = m.group(0)
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return raw
        return raw[:-1] + str((int(raw[-1]) + i) % 10)
    return _FIGURE.sub(change, text)


def text_copies(folder: Path, n: int, vary: bool = True) -> list[Path]:
    """``n`` copies of the corpus highlight report, each with a line of its own (so none is read
    once for all) and, with ``vary``, its figures changed (``_vary``); without, nothing else changed:
    issue 14's own measure ("copies of one 40 KB highlight report, each copy changed by a line")."""
    text = TEXT_SOURCE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = folder / f"report-{i:03d}.txt"
        f.write_text((_vary(text, i + 1) if vary else text) + f"\nCopy {i + 1}.\n", encoding="utf-8")
        out.append(f)
    return out


def bench_text_lines(n: int, repeat: int) -> list[str]:
    """The whole command over ``n`` copies changed by one line (a series repeating its paragraphs)."""
    with tempfile.TemporaryDirectory() as tmp:
        files = text_copies(Path(tmp) / "docs", n, vary=False)
        mb = sum(f.stat().st_size for f in files) / 1e6
        wall, cpu = _whole_command(Path(tmp) / "docs", Path(tmp) / "out", 2, repeat)
    return [f"| text: whole command, {n} copies changed by one line ({mb:.2f} MB, issue 14's measure), --jobs 2 | "
            f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU | {n / wall:.1f} docs/s, **{mb / wall:.2f} MB/s** |"]


def bench_text(n: int, repeat: int) -> list[str]:
    from extract import pipeline
    from extract.loaders import load

    with tempfile.TemporaryDirectory() as tmp:
        files = text_copies(Path(tmp) / "docs", n)
        mb = sum(f.stat().st_size for f in files) / 1e6
        wall, cpu = _whole_command(Path(tmp) / "docs", Path(tmp) / "out", 2, repeat)
        lines = [f"| text: whole command, {n} docs ({mb:.2f} MB), --jobs 2 | {wall * 1000:.0f} ms wall, "
                 f"{cpu * 1000:.0f} ms CPU | {n / wall:.1f} docs/s, {mb / wall:.2f} MB/s "
                 f"({mb / (cpu / 2):.2f} MB/s if the CPU time were spread over 2 idle cores) |"]
        # CPU per document of each stage, in this process (the first document warms the caches)
        pipeline._preload()
        mods = [(t, importlib.import_module(m)) for t, m in pipeline.EXTRACTORS]
        for _, m in mods:
            m.extract(load(files[0]))   # warm-up (matchers built, as a worker has them after its first document)
        per = {}
        # each document once (a second pass would find every sentence in the caches); the best of
        # ``repeat`` disjoint sets of 10 documents
        for r in range(repeat):
            chunk = files[1 + 10 * r: 11 + 10 * r] or files[1:11]
            c = time.process_time()
            docs = [load(f) for f in chunk]
            per["loading"] = min(per.get("loading", 1e9), (time.process_time() - c) / len(chunk))
            for t, m in mods:
                c = time.process_time()
                for d in docs:
                    m.extract(d)
                per[t] = min(per.get(t, 1e9), (time.process_time() - c) / len(chunk))
        doc_mb = mb / n
        total = sum(per.values())
        lines.append(f"| text: CPU per document, loading + every extractor | {total * 1000:.1f} ms | "
                     f"{doc_mb / total:.2f} MB/s per core |")
        lines += [f"| text: CPU per document, {t} | {v * 1000:.1f} ms | {100 * v / total:.0f}% |"
                  for t, v in per.items()]
        lines += _text_stages(files, Path(tmp) / "out-stages")
    return lines


def _text_stages(files: list[Path], out: Path) -> list[str]:
    """CPU time of the stages of one in-process run (the reading in forked children)."""
    from extract import pipeline, writers

    spent: dict[str, float] = {}

    def timed(mod, name):
        f = getattr(mod, name)

        def g(*a, **k):
            c, cc = time.process_time(), _children_cpu()
            try:
                return f(*a, **k)
            finally:
                spent[name] = time.process_time() - c + _children_cpu() - cc
        setattr(mod, name, g)
        return f

    saved = [(pipeline, "extract_all", timed(pipeline, "extract_all")), (pipeline, "collect", timed(pipeline, "collect")),
             (writers, "write_into", timed(writers, "write_into"))]
    try:
        pipeline.run(files, out, jobs=2, progress=False)
    finally:
        for mod, name, f in saved:
            setattr(mod, name, f)
    # (as a run does it: with the compiled patterns kept from earlier runs, extract.regex_cache)
    start = subprocess.run([sys.executable, "-c", "import time; from extract import pipeline, regex_cache\n"
                            "with regex_cache.installed(): pipeline._preload()\nprint(time.process_time())"],
                           cwd=ROOT, check=True, capture_output=True, text=True)
    return [f"| text stages: start-up (imports, spaCy) | {float(start.stdout) * 1000:.0f} ms CPU | once per run |",
            f"| text stages: reading {len(files)} docs (2 workers) | {spent['extract_all'] * 1000:.0f} ms CPU | |",
            f"| text stages: cross-document stage (pipeline.collect) | {spent['collect'] * 1000:.0f} ms CPU | |",
            f"| text stages: writers (writers.write_into, with the children writing CSV and Parquet) | "
            f"{spent['write_into'] * 1000:.0f} ms CPU | |"]


SHARED_REAL = ROOT.parent / "shared" / "real"


def distinct_texts(folder: Path, max_pages: int = 15) -> list[Path]:
    """Distinct real reports as text: the text layer (pdfplumber ``extract_text``, at most
    ``max_pages`` pages) of each PDF of ../shared/real with at least 3,000 characters, its
    Markdown and text files of that size, and the corpus's text and Markdown; nothing repeats."""
    import pdfplumber

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for src in sorted(SHARED_REAL.rglob("*")) + sorted((ROOT / "corpus").iterdir()):
        if src.suffix.lower() == ".pdf":
            with pdfplumber.open(src) as pdf:
                text = "\n\n".join(page.extract_text() or "" for page in pdf.pages[:max_pages])
            name = src.stem + ".txt"
        elif src.suffix.lower() in (".md", ".txt") and src.name != "README.md":
            text, name = src.read_text(encoding="utf-8", errors="replace"), src.name
        else:
            continue
        if len(text) >= 3000:
            (folder / name).write_text(text, encoding="utf-8")
            out.append(folder / name)
    return out


def _whole_command(docs: Path, out: Path, jobs: int, repeat: int) -> tuple[float, float]:
    """(best wall, best CPU) seconds of ``python -m extract run docs --no-cache --jobs N``."""
    cmd = [sys.executable, "-m", "extract", "run", str(docs), "--out", str(out), "--no-cache",
           "--jobs", str(jobs), "--quiet"]
    walls, cpus = [], []
    for _ in range(repeat):
        c0, t0 = _children_cpu(), time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        cpus.append(_children_cpu() - c0)
    return min(walls), min(cpus)


def bench_distinct(repeat: int) -> list[str]:
    """The whole command over distinct real reports as text (``distinct_texts``)."""
    if not SHARED_REAL.is_dir():
        return ["| text, distinct real reports: skipped (../shared/real not found) | | |"]
    with tempfile.TemporaryDirectory() as tmp:
        files = distinct_texts(Path(tmp) / "docs")
        mb = sum(f.stat().st_size for f in files) / 1e6
        wall, cpu = _whole_command(Path(tmp) / "docs", Path(tmp) / "out", 2, repeat)
    n = len(files)
    return [f"| text: whole command, {n} distinct real reports ({mb:.2f} MB), --jobs 2 | {wall * 1000:.0f} ms wall, "
            f"{cpu * 1000:.0f} ms CPU | {n / wall:.1f} docs/s, {mb / wall:.2f} MB/s |"]


LONG_PDF = SHARED_REAL / "kent_cc" / "kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf"


def bench_long_pdf(repeat: int) -> list[str]:
    """One long real PDF (54 pages): the whole command with one worker (read whole) and with two
    (its pages read in two ranges side by side, ``extract.split``), against pdfplumber's own
    ``extract_text()`` + ``extract_tables()`` of the same pages in one process."""
    if not LONG_PDF.is_file():
        return ["| long PDF: skipped (../shared/real not found) | | |"]
    import pdfplumber

    def baseline():
        with pdfplumber.open(LONG_PDF) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()

    t_base = best_of(baseline, repeat)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        (docs / LONG_PDF.name).write_bytes(LONG_PDF.read_bytes())
        one, _ = _whole_command(docs, Path(tmp) / "out1", 1, repeat)
        two, _ = _whole_command(docs, Path(tmp) / "out2", 2, repeat)
    return [f"| long PDF ({LONG_PDF.name}, 54 pages): pdfplumber extract_text + extract_tables | {t_base * 1000:.0f} ms | baseline |",
            f"| long PDF: whole command, --jobs 1 (read whole) | {one * 1000:.0f} ms wall | {one / t_base:.2f} x baseline |",
            f"| long PDF: whole command, --jobs 2 (two page ranges) | {two * 1000:.0f} ms wall | {two / t_base:.2f} x baseline, {one / two:.2f} x faster than --jobs 1 |"]


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
    ap.add_argument("--text-docs", type=int, default=40, help="copies of the highlight report timed (default 40)")
    ap.add_argument("--text-only", action="store_true", help="only the text part")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args(argv)
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = bench_text_lines(args.text_docs, args.repeat) + bench_text(args.text_docs, args.repeat) \
        + bench_distinct(args.repeat)
    if not args.text_only:
        rows += bench_corpus(args.repeat) + bench_pdf(args.repeat, args.pages) + bench_long_pdf(args.repeat)
    head = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, best of {args.repeat}; machine load average "
            f"(1/5/15 min) at the start: {load}.", "", "| what | time | rate |", "| --- | --- | --- |"]
    text = "\n".join(head + rows) + "\n"
    print(text)
    if not (args.no_write or args.text_only):
        (ROOT / "bench" / "RESULTS.md").write_text("# Bench results\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
