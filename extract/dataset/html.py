"""``dataset.html``: an offline page with one small chart per series.

Each chart is inline SVG drawn here (no script, no network): value over time,
one point per observation linking to the page of its latest document, revised
observations in red with the earlier values as hollow rings.  Sections list the
revisions and the breaks (``#revisions``, ``#breaks``) above the charts."""
from __future__ import annotations

import datetime as _dt
import html
import os
from collections import defaultdict
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from ..records import as_row

W, H, PAD_L, PAD_R, PAD_T, PAD_B = 340, 150, 58, 12, 12, 30

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.5em} h2{margin-top:1.5em;border-bottom:1px solid #ccc}
.grid{display:flex;flex-wrap:wrap;gap:14px}
figure{margin:0;border:1px solid #ddd;border-radius:4px;padding:6px;width:340px}
figcaption{font-size:12px;margin-bottom:4px} figcaption b{font-size:13px}
table{border-collapse:collapse;font-size:13px} td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}
svg text{font:10px system-ui,sans-serif;fill:#555}
.rev{color:#c0392b} .note{color:#666;font-size:12px}
"""


def _rows(tables: dict, name: str) -> list[dict]:
    return [r if isinstance(r, dict) else as_row(r) for r in tables.get(name, [])]


def fmt(v, unit) -> str:
    if v is None:
        return ""
    if unit == "seconds":
        sign, v = ("-" if v < 0 else ""), int(round(abs(v)))
        h, rest = divmod(v, 3600)
        m, s = divmod(rest, 60)
        return sign + (f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}")
    text = f"{v:,.1f}".rstrip("0").rstrip(".") if abs(v) < 1000 else f"{v:,.0f}"
    suffix = {"percent": "%", "percentage_points": " pp", "gbp": ""}.get(unit, "")
    return ("£" if unit == "gbp" else "") + text + suffix


def _day(iso: str) -> int:
    return _dt.date.fromisoformat(iso).toordinal()


def link(doc: dict | None, page, base: str | Path | None = None) -> str:
    """A link to a document's page, #page=N for PDFs: relative to ``base`` (the folder the page
    is opened from: the output folder), so the output links the same files wherever it and
    the documents are moved together; without a ``base``, the file's absolute URI."""
    if not doc or not doc.get("source"):
        return ""
    p = Path(doc["source"])
    anchor = f"#page={int(page)}" if page and str(p).lower().endswith(".pdf") else ""
    if base is None:
        return p.resolve().as_uri() + anchor
    rel = os.path.relpath(os.path.abspath(p), os.path.abspath(base))
    return quote(Path(rel).as_posix()) + anchor


def chart(points: list[dict], unit: str) -> str:
    """One SVG chart of points {end, value, label, href, revised, earlier: [values]}."""
    xs = [_day(p["end"]) for p in points]
    ys = [p["value"] for p in points] + [v for p in points for v in p["earlier"]]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    pad = (y1 - y0) * 0.1 or (abs(y0) * 0.1 or 1.0)   # the data's own range: revisions stay visible
    y0, y1 = (y0 - pad if y0 - pad >= 0 or y0 < 0 else 0.0), y1 + pad   # no axis below zero for data above it
    span_x = (x1 - x0) or 1

    def sx(x):
        return PAD_L + 10 + (W - PAD_L - PAD_R - 20) * ((x - x0) / span_x if x1 != x0 else 0.5)

    def sy(y):
        return PAD_T + (H - PAD_T - PAD_B) * (1 - (y - y0) / (y1 - y0))

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img">',
           f'<line x1="{PAD_L}" y1="{H - PAD_B}" x2="{W - PAD_R}" y2="{H - PAD_B}" stroke="#999"/>',
           f'<line x1="{PAD_L}" y1="{PAD_T}" x2="{PAD_L}" y2="{H - PAD_B}" stroke="#999"/>',
           f'<text x="{PAD_L - 4}" y="{PAD_T + 8}" text-anchor="end">{html.escape(fmt(y1, unit))}</text>',
           f'<text x="{PAD_L - 4}" y="{H - PAD_B}" text-anchor="end">{html.escape(fmt(y0, unit))}</text>',
           f'<text x="{PAD_L}" y="{H - 8}">{points[0]["end"]}</text>']
    if len(points) > 1:
        out.append(f'<text x="{W - PAD_R}" y="{H - 8}" text-anchor="end">{points[-1]["end"]}</text>')
        path = " ".join(f"{sx(x):.1f},{sy(p['value']):.1f}" for x, p in zip(xs, points))
        out.append(f'<polyline points="{path}" fill="none" stroke="#2c7fb8" stroke-width="1.5"/>')
    for x, p in zip(xs, points):
        for v in p["earlier"]:
            out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(v):.1f}" r="5" fill="none" stroke="#c0392b"/>')
        colour = "#c0392b" if p["revised"] else "#2c7fb8"
        tip = html.escape(p["label"])
        dot = f'<circle cx="{sx(x):.1f}" cy="{sy(p["value"]):.1f}" r="4" fill="{colour}"><title>{tip}</title></circle>'
        out.append(f'<a href="{html.escape(p["href"])}">{dot}</a>' if p["href"] else dot)
    out.append("</svg>")
    return "".join(out)


def _points(obs: list[dict], sources: dict, docs: dict, base=None, hrefs: Optional[dict] = None) -> list[dict]:
    """``hrefs``: each (document, page)'s link made already for this page (its documents and ``base`` are
    fixed: a link is made once, not once per point of every series that cites the page)."""
    points = []
    for o in sorted(obs, key=lambda o: (o["period_end"], o.get("period_start") or "")):
        latest = [s for s in sources.get(o["observation_id"], []) if s["doc_id"] == o["latest_doc_id"]]
        page = latest[0].get("page") if latest else None
        doc = docs.get(o["latest_doc_id"])
        earlier = sorted({s["value"] for s in sources.get(o["observation_id"], [])
                          if s["doc_id"] != o["latest_doc_id"] and s["value"] != o["value"]}) if o["revised"] else []
        where = (doc or {}).get("title") or (doc or {}).get("source") or o["latest_doc_id"]
        label = (f"{o.get('period_start') or ''} to {o['period_end']}: {o.get('value_raw') or fmt(o['value'], o['unit'])}"
                 f" ({where}{', page ' + str(page) if page else ''})"
                 + (f"; earlier stated {', '.join(fmt(v, o['unit']) for v in earlier)}" if earlier else ""))
        points.append({"end": o["period_end"], "value": o["value"], "label": label, "href": _link_once(hrefs, o["latest_doc_id"], doc, page, base),
                       "revised": bool(o["revised"]), "earlier": earlier})
    return points


def _link_once(hrefs: Optional[dict], doc_id, doc, page, base) -> str:
    if hrefs is None:
        return link(doc, page, base)
    key = (doc_id, page)
    got = hrefs.get(key)
    if got is None:
        got = hrefs[key] = link(doc, page, base)
    return got


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _name(d: dict) -> str:
    return " · ".join(x for x in (d.get("metric"), d.get("subject"), d.get("period_type"), d.get("organisation")) if x)


def render(tables: dict, base: str | Path | None = None) -> str:
    """The page; links to documents relative to ``base`` (see :func:`link`)."""
    docs = {d["doc_id"]: d for d in _rows(tables, "documents")}
    obs = _rows(tables, "observations")
    by_obs = {o["observation_id"]: o for o in obs}
    sources = defaultdict(list)
    for s in _rows(tables, "observation_sources"):
        sources[s["observation_id"]].append(s)
    series = defaultdict(list)
    for o in obs:
        series[o["series_id"]].append(o)
    revs = [[_name(by_obs.get(r["observation_id"], {})), (by_obs.get(r["observation_id"]) or {}).get("period_end", ""),
             f"{r.get('previous_value_raw') or r['previous_value']} ({r['previous_doc_id']})",
             f"{r.get('value_raw') or r['value']} ({r['doc_id']})"] for r in _rows(tables, "revisions")]
    brks = [[_name(b), b["kind"], f"{b.get('before') or ''} ({b['previous_doc_id']})",
             f"{b.get('after') or ''} ({b['doc_id']})", b.get("explanation") or ""] for b in _rows(tables, "series_breaks")]
    order = sorted(series.values(), key=lambda s: (-len(s), _name(s[0])))
    figs = []
    hrefs: dict = {}
    for s in order:
        o = s[0]
        n_rev = sum(1 for x in s if x["revised"])
        caption = (f"<b>{html.escape(o['metric'])}</b>{' · ' + html.escape(o['subject']) if o.get('subject') else ''}"
                   f"<br>{html.escape(o.get('period_type') or '')} · {html.escape(o['unit'])}"
                   f"{' · ' + html.escape(o['organisation']) if o.get('organisation') else ''} · {len(s)} point(s)"
                   + (f' · <span class="rev">{n_rev} revised</span>' if n_rev else ""))
        figs.append(f'<figure id="s-{o["series_id"]}"><figcaption>{caption}</figcaption>'
                    f'{chart(_points(s, sources, docs, base, hrefs), o["unit"])}</figure>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>extract: series</title>'
            f'<style>{CSS}</style></head><body><h1>Series across {len(docs)} document(s)</h1>'
            f'<p class="note">{len(obs)} observations in {len(series)} series. Each point is the value stated by the '
            'latest document (click it to open that document at its page); red points were restated with a '
            'different value, the earlier values shown as rings.</p>'
            f'<h2 id="revisions">Revisions ({len(revs)})</h2>'
            + (_table(["series", "period end", "earlier value (document)", "later value (document)"], revs)
               if revs else "<p>No value was restated differently.</p>")
            + f'<h2 id="breaks">Breaks ({len(brks)})</h2>'
            + (_table(["series", "kind", "before (document)", "after (document)", "why"], brks)
               if brks else "<p>No series changes unit or definition.</p>")
            + f'<h2 id="series">Series ({len(series)})</h2><div class="grid">{"".join(figs)}</div></body></html>\n')


def write_html(path: Path, tables: dict, base: str | Path | None = None) -> Path:
    """``dataset.html`` at ``path``; its links relative to ``base`` (default: ``path``'s folder)."""
    path = Path(path)
    path.write_text(render(tables, path.parent if base is None else base), encoding="utf-8")
    return path
