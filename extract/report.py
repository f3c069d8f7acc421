"""The consistency report for people: ``report.html`` and a Markdown summary.

``write_html(path, documents, checks)`` writes one self-contained HTML file
(inline CSS and a few lines of inline JavaScript; no network, no CDN, no
external font or image).  Per document: how much was checked and passed, then
the mismatches (major first), the unverifiable checks, and the checks that
passed.  Each check shows the narrative sentence with the figure marked
(``<mark>``), the table row / column with the compared cell marked, the page,
the difference and the explanation in plain words.  A filter by severity,
verdict and type appears only when JavaScript runs; without JavaScript
everything is shown.  Every piece of document text is HTML-escaped.

``markdown_summary(documents, checks)`` is a short briefing-note summary.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from .reconcile import format_value, precision_of

__all__ = ["write_html", "render_html", "markdown_summary"]

CHECK_TYPES = ("narrative_vs_table", "arithmetic", "cross_table", "cross_document")
TYPE_NAMES = {"narrative_vs_table": "Narrative vs table", "arithmetic": "Arithmetic",
              "cross_table": "Across tables", "cross_document": "Across documents"}
VERDICT_NAMES = {"mismatch": "Mismatch", "unverifiable": "Unverifiable", "consistent": "Consistent"}
REASON_NAMES = {"value": "wrong value", "sign": "wrong direction", "label": "wrong measure named",
                "period": "wrong period", "unit": "wrong unit", "rounding": "rounding", "missing": "no table value",
                "revised": "revised between documents", "approximate": "approximate figure"}
_SEV_ORDER = {"major": 0, "minor": 1, "info": 2, None: 3}
_VERDICT_ORDER = {"mismatch": 0, "unverifiable": 1, "consistent": 2}


def _e(x) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _sort_key(c):
    return (_VERDICT_ORDER.get(c.verdict, 3), _SEV_ORDER.get(c.severity, 3), c.page or 0, c.check_type,
            c.check_id)


def _find_raw(sentence: str, raw: Optional[str]) -> Optional[tuple[int, int]]:
    if not sentence or not raw:
        return None
    m = re.search(r"(?<![\d.,])" + re.escape(raw) + r"(?![\d])", sentence)
    if m:
        return m.start(), m.end()
    i = sentence.find(raw)
    return (i, i + len(raw)) if i >= 0 else None


def _marked(sentence: str, raw: Optional[str]) -> str:
    """The sentence, escaped, with the figure in <mark>."""
    span = _find_raw(sentence, raw)
    if span is None:
        return _e(sentence)
    a, b = span
    return _e(sentence[:a]) + '<mark class="fig">' + _e(sentence[a:b]) + "</mark>" + _e(sentence[b:])


def _value(v, unit, raw=None) -> str:
    if v is None:
        return "(empty)"
    return format_value(v, unit, precision_of(raw, unit) if raw else 0.1)


def _diff(c) -> str:
    if c.difference is None:
        return ""
    unit = c.unit
    if unit == "percent":
        unit = "percentage_points"
    p = min(precision_of(c.narrative_raw, c.unit) if c.narrative_raw else 0.1,
            precision_of(c.table_value_raw, c.unit) if c.table_value_raw else 0.1)
    s = format_value(c.difference, unit, p if p < 1 else 1)
    if c.difference > 0:
        s = "+" + s
    return s


def _counts(checks) -> dict:
    v = Counter(c.verdict for c in checks)
    s = Counter(c.severity for c in checks if c.verdict == "mismatch")
    return {"total": len(checks), "consistent": v["consistent"], "mismatch": v["mismatch"],
            "unverifiable": v["unverifiable"], "major": s["major"], "minor": s["minor"]}


def _summary_line(k: dict) -> str:
    verified = k["consistent"] + k["mismatch"]
    def n(x, word):
        return f"{x} {word}" + ("" if x == 1 else ("es" if word.endswith("ch") else "s"))
    return (f"{n(k['total'], 'check')} made; {verified} could be verified and {k['consistent']} of them passed; "
            f"{n(k['mismatch'], 'mismatch')} ({k['major']} major, {k['minor']} minor); "
            f"{k['unverifiable']} could not be verified.")


_CSS = """
:root{--major:#b3261e;--minor:#a15c00;--info:#3b5b7a;--ok:#1e6b35;--bg:#fafaf7;--line:#d6d6d0}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;background:var(--bg);color:#1d1d1b}
header.top{background:#21313f;color:#fff;padding:18px 28px}
header.top h1{margin:0 0 4px;font-size:22px}
header.top p{margin:0;opacity:.9}
main{padding:16px 28px 40px;max-width:1100px}
#filters{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:0 0 16px;display:flex;gap:22px;flex-wrap:wrap}
#filters fieldset{border:0;margin:0;padding:0}
#filters legend{font-weight:600;font-size:13px;padding:0;margin-bottom:2px}
#filters label{font-size:13px;margin-right:10px;white-space:nowrap}
section.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 22px}
section.doc h2{margin:0 0 4px;font-size:19px}
.meta{color:#555;font-size:13px;margin:0 0 8px}
.tally{font-weight:600;margin:6px 0}
table.types{border-collapse:collapse;font-size:13px;margin:6px 0 12px}
table.types th,table.types td{border:1px solid var(--line);padding:3px 8px;text-align:right}
table.types th:first-child,table.types td:first-child{text-align:left}
h3{font-size:16px;margin:16px 0 8px}
article.check{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:5px;padding:8px 12px;margin:0 0 10px;background:#fff}
article.check.sev-major{border-left-color:var(--major)}
article.check.sev-minor{border-left-color:var(--minor)}
article.check.verdict-consistent{border-left-color:var(--ok)}
.head{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:13px}
.badge{font-weight:700;padding:1px 8px;border-radius:10px;color:#fff;background:var(--info);font-size:12px}
.badge.major{background:var(--major)}.badge.minor{background:var(--minor)}.badge.ok{background:var(--ok)}
.where{color:#555}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line);background:#f6f6f1}
mark{background:#ffe066;padding:0 2px;border-radius:2px}
mark.cell{background:#ffd0c8}
.verdict-consistent mark.cell{background:#cdeccf}
table.cell{border-collapse:collapse;font-size:13px;margin:4px 0}
table.cell th,table.cell td{border:1px solid var(--line);padding:2px 8px;text-align:left}
.diff{font-size:13px;margin:4px 0}
.expl{margin:4px 0 0}
.none{color:#555;font-style:italic}
details>summary{cursor:pointer;font-weight:600;margin:10px 0}
@media print{#filters{display:none}article.check{break-inside:avoid}}
"""

_JS = """
(function(){
  var form=document.getElementById('filters'); if(!form){return;}
  form.hidden=false;
  function apply(){
    var on={};
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'),function(b){on[b.name+':'+b.value]=b.checked;});
    Array.prototype.forEach.call(document.querySelectorAll('article.check'),function(a){
      var show=on['severity:'+a.dataset.severity]!==false&&on['type:'+a.dataset.type]!==false&&on['verdict:'+a.dataset.verdict]!==false;
      a.hidden=!show;
    });
  }
  form.addEventListener('change',apply); apply();
})();
"""


def _check_html(c) -> str:
    sev = c.severity or "info"
    badge_cls = "ok" if c.verdict == "consistent" else (sev if c.verdict == "mismatch" else "info")
    reason = REASON_NAMES.get(c.reason or "", c.reason or "")
    head = [f'<span class="badge {badge_cls}">{_e(VERDICT_NAMES.get(c.verdict, c.verdict))}'
            + (f" · {_e(sev)}" if c.verdict == "mismatch" else "") + "</span>"]
    if reason:
        head.append(f"<strong>{_e(reason)}</strong>")
    head.append(f'<span class="type">{_e(TYPE_NAMES.get(c.check_type, c.check_type))}</span>')
    where = []
    if c.page is not None:
        where.append(f"page {_e(c.page)}")
    if c.section:
        where.append(_e(c.section))
    if where:
        head.append(f'<span class="where">{" · ".join(where)}</span>')
    parts = [f'<div class="head">{" ".join(head)}</div>']
    if c.sentence:
        parts.append(f'<blockquote class="sentence">{_marked(c.sentence, c.narrative_raw)}</blockquote>')
    elif c.narrative_raw:
        parts.append(f'<blockquote class="sentence"><mark class="fig">{_e(c.narrative_raw)}</mark></blockquote>')
    if c.check_type == "arithmetic":
        rows = []
        if c.table_row_label or c.table_column_label:
            rows.append(f"<tr><th>Table</th><td>{_e(c.table_row_label)}{' / ' if c.table_column_label else ''}"
                        f"{_e(c.table_column_label)}</td></tr>")
        rows.append(f"<tr><th>Stated</th><td>{_e(c.narrative_raw)}</td></tr>")
        rows.append(f'<tr><th>Implied by its own figures</th><td><mark class="cell">'
                    f"{_e(_value(c.table_value, c.unit))}</mark> ({_e(c.table_value_raw)})</td></tr>")
        parts.append('<table class="cell">' + "".join(rows) + "</table>")
    elif c.table_row_label or c.table_value_raw or c.table_value is not None:
        label = "Other document" if c.check_type == "cross_document" and not c.sentence else "Table row"
        cell = c.table_value_raw if c.table_value_raw not in (None, "") else _value(c.table_value, c.unit)
        parts.append(
            '<table class="cell"><tr><th>' + _e(label) + "</th><th>Column</th><th>Value</th></tr>"
            f"<tr><td>{_e(c.table_row_label)}</td><td>{_e(c.table_column_label)}</td>"
            f'<td><mark class="cell">{_e(cell)}</mark></td></tr></table>')
    d = _diff(c)
    if d:
        parts.append(f'<p class="diff">Difference (narrative − table): <strong>{_e(d)}</strong></p>')
    if c.explanation:
        parts.append(f'<p class="expl">{_e(c.explanation)}</p>')
    attrs = (f'class="check sev-{_e(sev)} verdict-{_e(c.verdict)}" data-severity="{_e(sev)}" '
             f'data-type="{_e(c.check_type)}" data-verdict="{_e(c.verdict)}" id="check-{_e(c.check_id)}"')
    return f"<article {attrs}>" + "".join(parts) + "</article>"


def _type_table(checks) -> str:
    rows = []
    for t in CHECK_TYPES:
        cs = [c for c in checks if c.check_type == t]
        if not cs:
            continue
        k = _counts(cs)
        rows.append(f"<tr><td>{_e(TYPE_NAMES[t])}</td><td>{k['total']}</td><td>{k['consistent']}</td>"
                    f"<td>{k['mismatch']}</td><td>{k['unverifiable']}</td></tr>")
    if not rows:
        return ""
    return ('<table class="types"><tr><th>Check</th><th>Made</th><th>Passed</th><th>Mismatch</th>'
            "<th>Unverifiable</th></tr>" + "".join(rows) + "</table>")


def render_html(documents: Iterable, checks: Iterable) -> str:
    documents = list(documents or [])
    checks = list(checks or [])
    by_doc: dict[str, list] = {}
    for c in checks:
        by_doc.setdefault(c.doc_id, []).append(c)
    known = [getattr(d, "doc_id", None) for d in documents]
    k_all = _counts(checks)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
           "<title>Consistency report</title>", f"<style>{_CSS}</style></head><body>",
           '<header class="top"><h1>Consistency report</h1>',
           f"<p>{len(documents)} documents. {_e(_summary_line(k_all))}</p></header><main>"]
    # the filter: hidden until the script shows it, so without JavaScript everything is simply listed
    boxes = []
    for name, values, names in (("severity", ("major", "minor", "info"), {}),
                                ("verdict", ("mismatch", "unverifiable", "consistent"), VERDICT_NAMES),
                                ("type", CHECK_TYPES, TYPE_NAMES)):
        inner = "".join(f'<label><input type="checkbox" name="{name}" value="{_e(v)}" checked> '
                        f"{_e(names.get(v, v))}</label>" for v in values)
        boxes.append(f"<fieldset><legend>{name.capitalize()}</legend>{inner}</fieldset>")
    out.append('<form id="filters" hidden>' + "".join(boxes) + "</form>")
    out.append("<noscript><p class=\"none\">Filters need JavaScript; all checks are shown.</p></noscript>")
    doc_list = list(documents)
    for did in by_doc:
        if did not in known:
            doc_list.append(None)
            known.append(did)
    for d, did in zip(doc_list, known):
        cs = sorted(by_doc.get(did, []), key=_sort_key)
        title = (getattr(d, "title", None) or getattr(d, "source", None) or did) if d is not None else did
        out.append(f'<section class="doc" id="doc-{_e(did)}"><h2>{_e(title)}</h2>')
        meta = []
        if d is not None:
            for lab, attr in (("type", "doc_type"), ("file", "source"), ("pages", "pages"), ("status", "status")):
                v = getattr(d, attr, None)
                if v not in (None, ""):
                    meta.append(f"{lab}: {_e(v)}")
            if getattr(d, "error", None):
                meta.append(f"note: {_e(d.error)}")
        meta.append(f"id {_e(did)}")
        out.append(f'<p class="meta">{" · ".join(meta)}</p>')
        k = _counts(cs)
        out.append(f'<p class="tally">{_e(_summary_line(k))}</p>')
        out.append(_type_table(cs))
        if not cs:
            out.append('<p class="none">No figure in this document could be linked to a table or a sum.</p>')
        groups = (("mismatch", "Mismatches"), ("unverifiable", "Could not be verified"), ("consistent", "Passed"))
        for verdict, head in groups:
            g = [c for c in cs if c.verdict == verdict]
            if not g:
                continue
            body = "".join(_check_html(c) for c in g)
            if verdict == "consistent":
                out.append(f"<details open><summary>{_e(head)} ({len(g)})</summary>{body}</details>")
            else:
                out.append(f"<h3>{_e(head)} ({len(g)})</h3>{body}")
        out.append("</section>")
    out.append("</main>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out)


def write_html(path, documents, checks) -> Path:
    """Write the self-contained report to ``path`` (folders created)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_html(documents, checks), encoding="utf-8")
    return p


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|<>])")


def _md(text: Optional[str], limit: int = 160) -> str:
    t = " ".join(str(text or "").split())
    if len(t) > limit:
        t = t[: limit - 1].rstrip() + "…"
    return _MARKDOWN_SPECIAL.sub(r"\\\1", t)


def _doc_heading(d) -> Optional[str]:
    """A document's heading in the summary: its title and its file's name ("Performance Report
    (pcp-2023-q3.pdf)": a title alone may be the same in several of a run's documents, or a
    line read wrongly as one), else the file as given."""
    title, source = getattr(d, "title", None), getattr(d, "source", None)
    if title and source:
        name = Path(str(source)).name
        return title if name in title else f"{_short_title(title)} ({name})"
    return title or source


def _short_title(title: str, width: int = 80) -> str:
    return title if len(title) <= width else title[:width - 1].rstrip() + "…"


def markdown_summary(documents, checks, per_doc: int = 10) -> str:
    """A short summary for a briefing note: totals, then each document's mismatches (major first)."""
    documents = list(documents or [])
    checks = list(checks or [])
    k = _counts(checks)
    lines = ["# Consistency check summary", "",
             f"{len(documents)} documents. {_summary_line(k)}", ""]
    by_doc: dict[str, list] = {}
    for c in checks:
        by_doc.setdefault(c.doc_id, []).append(c)
    titles = {getattr(d, "doc_id", None): _doc_heading(d) for d in documents}
    order = [getattr(d, "doc_id", None) for d in documents] + [d for d in by_doc if d not in titles]
    for did in order:
        cs = by_doc.get(did, [])
        if not cs:
            continue
        kd = _counts(cs)
        lines.append(f"## {_md(titles.get(did) or did, 160)}")
        lines.append("")
        lines.append(_summary_line(kd))
        lines.append("")
        mism = sorted([c for c in cs if c.verdict == "mismatch"], key=_sort_key)
        for c in mism[:per_doc]:
            where = f"p. {c.page}" if c.page is not None else ""
            if c.section:
                where = (where + ", " if where else "") + _md(c.section, 60)
            said = _md(c.narrative_raw, 40)
            if c.check_type == "arithmetic":
                other = f"its own figures give {_md(_value(c.table_value, c.unit), 30)}"
            else:
                other = f"table {_md(c.table_value_raw or _value(c.table_value, c.unit), 30)}"
                if c.table_row_label:
                    other += f" ({_md(c.table_row_label, 60)})"
            lines.append(f"- **{c.severity} - {REASON_NAMES.get(c.reason or '', c.reason or 'mismatch')}**"
                         f"{' (' + where + ')' if where else ''}: stated {said}, {other}. {_md(c.explanation, 220)}")
        if len(mism) > per_doc:
            lines.append(f"- ... and {len(mism) - per_doc} more mismatches (see report.html).")
        if not mism:
            lines.append("- No mismatches found.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
