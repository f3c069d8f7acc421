"""The command line as a user meets it: the corpus run, bad inputs, exit codes."""
import csv
import shutil
import sqlite3
import subprocess
import sys

import pytest

from extract.cli import main
from extract.pipeline import discover, process


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_help_explains_the_run():
    proc = subprocess.run([sys.executable, "-m", "extract", "run", "--help"],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "--out" in proc.stdout and "corpus/" in proc.stdout and "exit status" in proc.stdout


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing.pdf"), "--out", str(tmp_path / "o")]) == 2
    assert "missing.pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2


def test_corpus_run_lists_every_document_ok(corpus_run, corpus_dir):
    result, out = corpus_run
    docs = _rows(out / "documents.csv")
    assert len(docs) == len(list(corpus_dir.glob("*.*"))) == 4
    assert {d["status"] for d in docs} == {"ok"}, [d["error"] for d in docs]
    types = {d["source"].rsplit("/", 1)[-1]: d["doc_type"] for d in docs}
    assert types["wiltshire-panel-agenda-pack-2023-12-14.md"] == "agenda_pack"
    assert types["wiltshire-highlight-report-2023-10-to-12.txt"] == "highlight_report"
    assert types["wiltshire-performance-report-2019-q2.md"] == "performance_report"
    assert types["wiltshire-newsletter-2023-03-to-05.txt"] == "newsletter"
    assert result.exit_code == 0
    for name in ("documents", "measures", "figures", "deliverables", "meetings", "attendance",
                 "agenda_items", "decisions", "future_meetings", "checks", "discrepancies"):
        assert (out / f"{name}.csv").exists()
    assert (out / "extract.sqlite").exists()


def test_sqlite_matches_csv(corpus_run):
    _, out = corpus_run
    con = sqlite3.connect(out / "extract.sqlite")
    for name in ("documents", "measures", "figures", "deliverables", "checks"):
        n = con.execute(f'select count(*) from "{name}"').fetchone()[0]
        assert n == len(_rows(out / f"{name}.csv")), name
    # a researcher's query: documents joined to what was extracted from them
    q = """select d.doc_type, count(f.figure_id) from documents d
           left join figures f on f.doc_id = d.doc_id group by d.doc_type"""
    assert dict(con.execute(q).fetchall()).keys() >= {"agenda_pack", "newsletter"}
    con.close()


def test_doc_id_depends_on_content_not_path(tmp_path, corpus_dir):
    src = corpus_dir / "wiltshire-newsletter-2023-03-to-05.txt"
    a = tmp_path / "a" / "one.txt"
    a.parent.mkdir()
    shutil.copy(src, a)
    assert process(src).document.doc_id == process(a).document.doc_id
    b = tmp_path / "two.txt"
    b.write_bytes(src.read_bytes() + b"\nextra line\n")
    assert process(b).document.doc_id != process(a).document.doc_id


def _bad_inputs(tmp_path):
    from reportlab.pdfgen import canvas

    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.pdf.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (bad / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n%%EOF")
    c = canvas.Canvas(str(bad / "locked.pdf"), encrypt="secret")
    c.drawString(72, 720, "Crime volume 1,234")
    c.save()
    (bad / "latin1.txt").write_bytes("Spend was \xa39,150 in the caf\xe9 quarter.\n".encode("latin-1"))
    (bad / "good.txt").write_text("Quarterly Newsletter\n\n- Calls answered rose by 5.1% to 9,429.\n",
                                  encoding="utf-8")
    return bad


def test_bad_inputs_fail_clearly_and_the_run_goes_on(tmp_path, capsys):
    bad = _bad_inputs(tmp_path)
    out = tmp_path / "out"
    code = main(["run", str(bad), "--out", str(out), "--quiet"])
    assert code == 1
    docs = {r["source"].rsplit("/", 1)[-1]: r for r in _rows(out / "documents.csv")}
    assert set(docs) == {"empty.txt", "image.pdf.txt", "corrupt.pdf", "locked.pdf", "latin1.txt", "good.txt"}
    for name in ("empty.txt", "image.pdf.txt", "corrupt.pdf", "locked.pdf"):
        assert docs[name]["status"] == "failed", name
        assert name in docs[name]["error"], docs[name]["error"]
    assert "empty" in docs["empty.txt"]["error"]
    assert "encrypt" in docs["locked.pdf"]["error"].lower() or "password" in docs["locked.pdf"]["error"].lower()
    assert docs["good.txt"]["status"] == "ok"
    assert docs["latin1.txt"]["status"] in ("ok", "partial")
    assert "1252" in docs["latin1.txt"]["notes"] or "latin" in docs["latin1.txt"]["notes"].lower()
    # the good documents' records are still written
    good_id = docs["good.txt"]["doc_id"]
    assert any(f["doc_id"] == good_id for f in _rows(out / "figures.csv"))


def test_discover_walks_folders_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b.md").write_text("# B\n")
    (tmp_path / "a.txt").write_text("A\n")
    (tmp_path / ".hidden.txt").write_text("H\n")
    (tmp_path / "notes.docx").write_text("x")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.md"]


def test_run_summary_counts_the_new_tables(tmp_path, corpus_dir, capsys):
    import csv

    out = tmp_path / "out"
    assert main(["run", str(corpus_dir / "wiltshire-panel-agenda-pack-2023-12-14.md"),
                 "--out", str(out), "--no-cache"]) == 0
    printed = capsys.readouterr().out
    for name in ("votes", "tables", "table_cells", "observations"):
        with open(out / f"{name}.csv", newline="", encoding="utf-8") as fh:
            rows = sum(1 for _ in csv.reader(fh)) - 1
        line = next(ln for ln in printed.splitlines() if ln.split()[:1] == [name])
        assert int(line.split()[1]) == rows


def test_command_ends_with_its_output_flushed_and_its_exit_code(tmp_path):
    """``python -m extract`` ends without tearing its heap down (cli.entry): what it printed
    still arrives through a pipe, and the exit codes are main's."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    doc = tmp_path / "a.txt"
    doc.write_text("Crime fell by 5% in the year to March 2024.\n")
    ran = subprocess.run([sys.executable, "-m", "extract", "run", str(doc), "--out", str(tmp_path / "out")],
                         cwd=root, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr[-1000:]
    assert "1 documents: 1 ok, 0 partial, 0 failed" in ran.stdout and "figures" in ran.stdout
    assert (tmp_path / "out" / "figures.csv").read_text().count("\n") == 2  # header and the 5%
    helped = subprocess.run([sys.executable, "-m", "extract", "--help"], cwd=root, capture_output=True, text=True)
    assert helped.returncode == 0 and "usage" in helped.stdout
    bad = subprocess.run([sys.executable, "-m", "extract", "run", str(tmp_path / "none")], cwd=root,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "error" in bad.stderr
