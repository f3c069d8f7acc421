"""Compare the records extracted from a corpus Markdown document and from its PDF print
(tests/fixtures/pdf/): shared by tests/test_corpus_pdf*.py and usable by hand:

    python tests/corpus_pdf_compare.py [PDF ...]   # prints agreement and the differences
"""
from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
CORPUS = ROOT / "corpus"

from extract.extractors import deliverables, figures, measures, meetings  # noqa: E402
from extract.loaders import load  # noqa: E402

MEASURE = ("row_label", "column_label", "period_type", "period_end", "value", "unit", "direction")
FIGURE = ("sentence", "value", "unit", "role")
DELIVERABLE = ("action", "due_date", "progress_pct")


def source_of(pdf: Path) -> Path:
    """The Markdown a fixture PDF was printed from."""
    stem = pdf.stem
    for suffix in ("-ruled", "-unruled", "-twocol"):
        if stem.endswith(suffix):
            base = stem[: -len(suffix)]
            return FIXTURES / f"{base}-twocol.md" if suffix == "-twocol" else CORPUS / f"{base}.md"
    raise ValueError(pdf)


@lru_cache(maxsize=None)
def records(path: Path) -> dict:
    doc = load(path)
    m = meetings.extract(doc)
    return {"doc": doc, "measures": measures.extract(doc), "figures": figures.extract(doc),
            "deliverables": deliverables.extract(doc), "meetings": m}


def _key(r, names):
    return tuple(getattr(r, n) for n in names)


def meeting_rows(m: dict) -> dict[str, list[tuple]]:
    """Meetings content as comparable tuples (ids differ between formats: keyed by meeting date/kind)."""
    by_id = {x.meeting_id: (x.date, x.kind) for x in m["meetings"]}
    return {
        "meetings": [(x.date, x.kind, x.place) for x in m["meetings"]],
        "attendance": [(by_id.get(a.meeting_id), a.name, a.status) for a in m["attendance"]],
        "agenda_items": [(by_id.get(a.meeting_id), a.number, a.title) for a in m["agenda_items"]],
        "decisions": [(by_id.get(d.meeting_id), d.item_number, d.decision) for d in m["decisions"]],
    }


def agreement(a: list, b: list) -> tuple[float, list, list]:
    """Share of the Markdown records (multiset) found in the PDF ones, and both differences."""
    ca, cb = Counter(a), Counter(b)
    only_pdf = list((ca - cb).elements())
    only_md = list((cb - ca).elements())
    common = sum((ca & cb).values())
    total = max(len(b), len(a), 1)
    return common / total, only_pdf, only_md


def compare(pdf: Path) -> dict[str, tuple[float, list, list]]:
    rp, rm = records(pdf), records(source_of(pdf))
    out = {
        "measures": agreement([_key(r, MEASURE) for r in rp["measures"]], [_key(r, MEASURE) for r in rm["measures"]]),
        "figures": agreement([_key(r, FIGURE) for r in rp["figures"]], [_key(r, FIGURE) for r in rm["figures"]]),
        "deliverables": agreement([_key(r, DELIVERABLE) for r in rp["deliverables"]],
                                  [_key(r, DELIVERABLE) for r in rm["deliverables"]]),
    }
    mp, mm = meeting_rows(rp["meetings"]), meeting_rows(rm["meetings"])
    for k in mp:
        out[k] = agreement(mp[k], mm[k])
    return out


def main(argv: list[str]) -> None:
    pdfs = [Path(a) for a in argv] or sorted(FIXTURES.glob("*.pdf"))
    for pdf in pdfs:
        print(f"=== {pdf.name}")
        for k, (share, only_pdf, only_md) in compare(pdf).items():
            n = len(records(source_of(pdf))[k]) if k in ("measures", "figures", "deliverables") else ""
            print(f"{k:13s} {share:6.1%}  md={n} pdf-only={len(only_pdf)} md-only={len(only_md)}")
            for x in only_md[:40]:
                print("   MD ", x)
            for x in only_pdf[:40]:
                print("   PDF", x)


if __name__ == "__main__":
    main(sys.argv[1:])
