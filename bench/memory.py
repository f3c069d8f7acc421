"""Peak memory of a whole run, measured: ``python bench/memory.py [--sizes 100 1000] [--jobs 2]``.

Runs ``python -m extract run`` (no cache) over 100 and 1,000 text documents
(copies of the corpus highlight report, each changed by one line; see
``bench/scale.py``) in a child process and samples, every 50 ms, the resident
memory (RSS) of that process plus every process it started (the reading
pool, and the children that render the report and build the observations while
the parent reconciles).  Prints the peak of the sum of RSS (pages the forked
children share with the parent are counted in each, so this over-states the
real use), the peak of the sum of PSS (each shared page counted once over the
processes sharing it: the memory the run really takes), the parent's own peak
RSS, and the run's time.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scale import make_docs  # noqa: E402  (bench/ is the script folder)


def _pss(p: psutil.Process) -> int:
    """Proportional set size: each page shared by n processes counts 1/n in each (0 when
    the system does not give it)."""
    try:
        return getattr(p.memory_full_info(), "pss", 0)
    except (psutil.Error, OSError):
        return 0


def peak_rss(cmd: list[str], interval: float = 0.05) -> tuple[int, int, int, float, int]:
    """(peak RSS of the process tree, peak RSS of the process itself, peak PSS of the tree,
    seconds, exit code)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    top = psutil.Process(proc.pid)
    peak_tree = peak_self = peak_pss = 0
    while proc.poll() is None:
        try:
            own = top.memory_info().rss
            total, pss = own, _pss(top)
            for c in top.children(recursive=True):
                try:
                    total += c.memory_info().rss
                    pss += _pss(c)
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        peak_tree, peak_self, peak_pss = max(peak_tree, total), max(peak_self, own), max(peak_pss, pss)
        time.sleep(interval)
    err = proc.stderr.read().decode(errors="replace")
    proc.wait()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err)
    return peak_tree, peak_self, peak_pss, time.perf_counter() - t, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, --jobs {args.jobs}, no cache; machine load average "
          f"(1/5/15 min) at the start: {load}.\n")
    print("| documents | MB | time | peak RSS, run and its workers | peak PSS, run and its workers "
          "| peak RSS, run process alone |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            docs = Path(tmp) / "docs"
            docs.mkdir()
            mb = make_docs(docs, n)
            tree, own, pss, secs, _ = peak_rss([sys.executable, "-m", "extract", "run", str(docs), "--out",
                                           str(Path(tmp) / "out"), "--no-cache", "--jobs", str(args.jobs),
                                           "--quiet"])
        print(f"| {n} | {mb:.1f} | {secs:.1f} s | {tree / 2**20:.0f} MB | {pss / 2**20:.0f} MB | "
              f"{own / 2**20:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
