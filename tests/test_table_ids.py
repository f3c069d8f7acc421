"""One id per table: every measure read from a table carries the ``tables`` output's
``table_id`` of that table (``Block.table_id``), on the corpus and on the real documents."""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _csv(out: Path, name: str) -> list[dict]:
    with open(out / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _unmatched(out: Path) -> tuple[set, list[dict]]:
    tables = {r["table_id"] for r in _csv(out, "tables")}
    measures = _csv(out, "measures")
    assert measures and tables
    return tables, [m for m in measures if m["table_id"] not in tables]


def _paragraph_box_ids(out: Path, doc_ids: set) -> set:
    """Ids of the paragraphs that a box of paragraphs (a label paragraph, value paragraphs
    under it: no table in the document) is read from."""
    from extract.loaders import load
    docs = {r["doc_id"]: r["source"] for r in _csv(out, "documents") if r["doc_id"] in doc_ids}
    ids = set()
    for doc_id, source in docs.items():
        path = Path(source)
        doc = load(path if path.exists() else ROOT / source)
        for b in doc.blocks:
            if b.kind != "table":
                ids.add(b.table_id(doc_id))
    return ids


def test_every_corpus_measure_from_a_table_has_the_tables_id(corpus_run):
    _, out = corpus_run
    tables, missing = _unmatched(out)
    boxes = _paragraph_box_ids(out, {m["doc_id"] for m in missing}) if missing else set()
    assert [m["table_id"] for m in missing if m["table_id"] not in boxes] == []
    assert len({m["table_id"] for m in missing}) <= 3  # the boxes of paragraphs of the 2019 report


def test_every_real_measure_has_the_tables_id(real_run):
    _, out, _ = real_run
    _, missing = _unmatched(out)
    assert missing == []
