"""Issue 14 item 2: records of unchanged documents reused; output byte-identical."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import cache as cache_mod
from extract import pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture()
def docs(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for name in ("wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-performance-report-2019-q2.md"):
        shutil.copy(CORPUS / name, d / name)
    return d


def test_unchanged_rerun_reads_nothing_and_writes_identical_output(docs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    first = _files(out)
    assert (tmp_path / ".out.cache").is_dir()

    def no_reading(*a, **k):
        raise AssertionError("an unchanged document was read again")

    monkeypatch.setattr(pipeline, "extract_all", no_reading)
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert _files(out) == first


def test_changed_file_or_extractor_version_is_read_again(docs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    read: list[str] = []
    real = pipeline.extract_all

    def counting(files, *a, **k):
        read.extend(Path(f).name for f in files)
        return real(files, *a, **k)

    monkeypatch.setattr(pipeline, "extract_all", counting)
    with open(docs / "wiltshire-newsletter-2023-03-to-05.txt", "a") as fh:
        fh.write("\nOne more line.\n")
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert read == ["wiltshire-newsletter-2023-03-to-05.txt"]
    read.clear()
    monkeypatch.setattr(cache_mod, "extractor_version", lambda: "a-new-version")
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert sorted(read) == ["wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-performance-report-2019-q2.md"]
    read.clear()
    pipeline.run([docs], out, jobs=1, progress=False, cache=False)
    assert len(read) == 2


def test_failed_and_limited_results_are_not_kept(tmp_path):
    from extract.records import DocumentRecord

    c = cache_mod.Cache(tmp_path / "c")
    doc = lambda status, error=None: pipeline.DocResult(DocumentRecord(
        doc_id="d", source="x", sha256="ab" * 32, format="text", doc_type="unknown", status=status, error=error))
    assert not c.put("a" * 64, doc("failed", "x: not a readable PDF"))
    assert not c.put("b" * 64, doc("partial", "x: stopped after page 3 of 9: time limit of 5 s reached"))
    assert c.put("c" * 64, doc("ok"))
    assert c.get("c" * 64, Path("y")).document.source == "y"
    assert c.get("a" * 64, Path("x")) is None


def test_unchanged_rerun_leaves_the_output_as_it_is(docs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first_result = pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    target = out.resolve()

    def no_collect(*a, **k):
        raise AssertionError("nothing changed, yet the cross-document stage ran again")

    monkeypatch.setattr(pipeline, "collect", no_collect)
    again = pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert out.resolve() == target  # no new run folder: nothing was written
    assert again.counts == first_result.counts and len(again.documents) == 2


def test_an_edited_output_or_a_changed_document_runs_again(docs, tmp_path):
    out = tmp_path / "out"
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    first = _files(out)
    (out / "figures.csv").write_text("edited by hand\n", encoding="utf-8")
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert _files(out) == first  # the edited output was written again
    doc = docs / "wiltshire-newsletter-2023-03-to-05.txt"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert _files(out)["documents.csv"] != first["documents.csv"]  # its sha256 changed


def test_extractor_version_is_the_digest_of_every_source_and_data_file(tmp_path, monkeypatch):
    """The walk that skips __pycache__ gives the digest of the plain definition: every file of
    the package but bytecode, its relative path then its bytes, in path order; a changed or
    added data file changes it, bytecode and the regex cache do not."""
    import hashlib
    import shutil

    from extract import cache as cache_mod

    pkg = tmp_path / "extract"
    shutil.copytree(cache_mod.PACKAGE, pkg, ignore=shutil.ignore_patterns("__pycache__"))

    def plain() -> str:
        h = hashlib.sha256()
        for p in sorted(pkg.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
                h.update(str(p.relative_to(pkg)).encode())
                h.update(p.read_bytes())
        return h.hexdigest()[:16]

    monkeypatch.setattr(cache_mod, "PACKAGE", pkg)

    def version() -> str:
        return cache_mod.extractor_version.__wrapped__()

    first = version()
    assert first == plain()
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "regex-x.marshal").write_bytes(b"\x00" * 10)
    (pkg / "model.cpython-311.pyc").write_bytes(b"\x00")
    assert version() == first
    (pkg / "vocab" / "data" / "extra.toml").write_text("x = 1\n")
    assert version() != first and version() == plain()
