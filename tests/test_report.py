"""report.html and the Markdown summary: structure, escaping, offline, order."""
from __future__ import annotations

import re

from extract.reconcile import reconcile
from extract.records import CheckRecord
from extract.report import markdown_summary, render_html, write_html
from reconcile_fixtures import DOC, DOC2, documents, fig, immediate_table, vwi_table

VWI_SENT = ("The year-on-year decrease in Violence with Injury crime is being driven by County -11.7% "
            "with Swindon seeing a smaller decrease of -3.4%.")


def sample_checks():
    figs = [
        fig(DOC, VWI_SENT, "-11.7%", -11.7, "percent", role="change", period_type="change_12_months",
            subject="County", metric_text="crime", section="Violence with Injury", page=31),
        fig(DOC, VWI_SENT, "-3.4%", -3.4, "percent", role="change", period_type="change_12_months",
            subject="Swindon", metric_text="crime", section="Violence with Injury", page=31),
        fig(DOC, "October 2023 = 11 min 15 sec.", "11 min 15 sec", 675, "seconds", period_type="month",
            period_end="2023-10-31", subject="Immediate", metric_text="response times",
            section="Response Times – Immediate", page=29),
        fig(DOC, "Q1: 33 per cent (6 appeals completed and 3 upheld)", "33 per cent", 33, "percent", page=40),
    ]
    return reconcile(documents(), vwi_table() + immediate_table(), figs)


def test_report_structure_mismatches_first_with_marks(tmp_path):
    checks = sample_checks()
    assert {c.verdict for c in checks} >= {"mismatch", "consistent"}
    p = write_html(tmp_path / "out" / "report.html", documents(), checks)
    h = p.read_text(encoding="utf-8")
    assert h.startswith("<!DOCTYPE html>")
    # every check is rendered once
    assert h.count("<article ") == len(checks)
    # the figure is marked inside its sentence and the cell is marked
    assert 'driven by County <mark class="fig">-11.7%</mark> with Swindon' in h
    assert '<mark class="cell">-11.4%</mark>' in h
    assert "Crime Volume: Violence With Injury - County" in h
    assert "page 31" in h
    # mismatches before passed checks inside the document's section
    sec = h[h.index(f'id="doc-{DOC}"'):]
    first_mismatch = sec.index('data-verdict="mismatch"')
    first_ok = sec.index('data-verdict="consistent"')
    assert first_mismatch < first_ok
    # major before minor
    sev = re.findall(r'data-severity="(\w+)" data-type="\w+" data-verdict="mismatch"', sec)
    assert sev == sorted(sev, key=lambda s: {"major": 0, "minor": 1}.get(s, 2))
    # how much was checked and passed
    assert re.search(r"\d+ checks made; \d+ could be verified and \d+ of them passed", h)
    # the other document with no checks still appears
    assert f'id="doc-{DOC2}"' in h


def test_report_is_self_contained_and_filterable_without_js():
    h = render_html(documents(), sample_checks())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", h)
    assert "<link" not in h and "@import" not in h and "url(" not in h
    # filter controls exist, hidden until the script runs; the checks themselves are not hidden
    assert '<form id="filters" hidden>' in h
    assert not re.search(r"<article[^>]*\shidden", h)
    for v in ("major", "minor", "info", "narrative_vs_table", "arithmetic", "cross_document"):
        assert f'value="{v}"' in h
    assert "<script>" in h and "form.hidden=false" in h


def test_every_document_text_is_escaped():
    evil = 'Crime <script>alert("x")</script> & "quotes" rose by 5%.'
    c = CheckRecord(check_id="x1", doc_id=DOC, check_type="narrative_vs_table", verdict="mismatch", reason="value",
                    severity="major", page=3, section="<b>Section</b>", sentence=evil, narrative_raw="5%",
                    narrative_value=5, table_row_label="Rate: <img src=x onerror=1>", table_column_label="Oct<2023>",
                    table_value_raw="<i>4%</i>", table_value=4, unit="percent", difference=1,
                    explanation="Because <script>bad()</script>")
    docs = documents()
    docs[0].title = "Panel <script>alert(1)</script>"
    h = render_html(docs, [c])
    body = h[: h.rindex("<script>")]  # the report's own script is the last one
    assert "<script>alert" not in body and "<script>bad" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "<img" not in body and "&lt;img src=x onerror=1&gt;" in body
    assert "&lt;b&gt;Section&lt;/b&gt;" in body
    assert "rose by <mark class=\"fig\">5%</mark>." in body
    assert "<i>4%</i>" not in body


def test_markdown_summary_lists_major_mismatches_first():
    checks = sample_checks()
    md = markdown_summary(documents(), checks)
    assert md.startswith("# Consistency check summary")
    assert "major" in md and "-11.7%" in md
    lines = [l for l in md.splitlines() if l.startswith("- **")]
    sev = [l.split()[1].strip("*") for l in lines]
    assert sev == sorted(sev, key=lambda s: {"major": 0, "minor": 1}.get(s, 2))
    n_mismatch = sum(1 for c in checks if c.verdict == "mismatch")
    assert f"{n_mismatch} mismatches" in md


def test_empty_inputs_give_a_valid_report(tmp_path):
    h = render_html([], [])
    assert "0 checks made" in h and h.rstrip().endswith("</html>")
    assert markdown_summary([], []).startswith("# Consistency check summary")


def test_summary_headings_name_the_file_beside_the_title():
    from types import SimpleNamespace

    from extract.report import _doc_heading

    d = SimpleNamespace(title="Quarterly PCC Highlight Report", source="corpus/highlight-2023-q3.txt")
    assert _doc_heading(d) == "Quarterly PCC Highlight Report (highlight-2023-q3.txt)"
    # a title that already carries the file's name is not repeated; no title: the file as given
    assert _doc_heading(SimpleNamespace(title="report.pdf overview", source="a/report.pdf")) == "report.pdf overview"
    assert _doc_heading(SimpleNamespace(title=None, source="a/b/minutes.txt")) == "a/b/minutes.txt"
    long = SimpleNamespace(title="Performance report " * 10, source="x/p.pdf")
    assert _doc_heading(long).endswith("… (p.pdf)") and len(_doc_heading(long)) < 100
    md = markdown_summary(documents(), sample_checks())
    assert "## Wiltshire Police and Crime Panel \\<Agenda\\> (agenda.md)" in md.splitlines()
