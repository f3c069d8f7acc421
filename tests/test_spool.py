"""Issue 14 item 4: records spooled to disk as documents finish, not held for the whole run."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import pipeline, spool as spool_mod, writers
from extract.outdir import runs_dir
from extract.records import FigureRecord, TABLES

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _figure(i: int) -> FigureRecord:
    return FigureRecord(figure_id=f"f{i}", doc_id="d", page=1, sentence=f"sentence {i}", value=float(i),
                        value_raw=str(i))


def test_spool_gives_records_back_in_input_order(tmp_path):
    s = spool_mod.Spool(tmp_path / "spool")
    # documents finish out of order; their records come back in input order, each document's in order
    s.add(2, {"figures": [_figure(5)]})
    s.add(0, {"figures": [_figure(1), _figure(2)], "measures": []})
    s.add(1, {"figures": [_figure(3), _figure(4)]})
    assert [f.figure_id for f in s.rows("figures")] == ["f1", "f2", "f3", "f4", "f5"]
    assert list(s.rows("figures"))[4] == _figure(5)
    assert list(s.rows("measures")) == []
    s.close()
    assert not (tmp_path / "spool").exists()


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    for name in ("wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-panel-agenda-pack-2023-12-14.md"):
        shutil.copy(CORPUS / name, d / name)
    return d


def test_spooled_run_writes_what_a_run_held_in_memory_writes(docs, tmp_path, monkeypatch):
    kept: list = []
    real_read = pipeline._read_unique

    def reading(*a, **k):
        found = real_read(*a, **k)
        kept.extend(found.values())
        return found

    monkeypatch.setattr(pipeline, "_read_unique", reading)
    result = pipeline.run([docs], tmp_path / "out", jobs=2, progress=False)
    # the run kept each document's row, not its records
    assert len(kept) == 2 and all(r.tables == {} for r in kept)
    # the same documents held in memory and written: the same bytes
    files = pipeline.discover([docs])
    held = pipeline.collect(pipeline.extract_all(files, jobs=1, progress=False))
    assert any(len(v) for k, v in held.tables.items() if k not in pipeline.CROSS_DOCUMENT_INPUTS + ("documents",))
    from extract import report

    checks = held.tables["checks"]
    writers.write_all(tmp_path / "held", held.tables, {"summary.md": report.markdown_summary(held.documents, checks)},
                      lambda p: report.write_html(p, held.documents, checks))
    assert _files(tmp_path / "out") == _files(tmp_path / "held")
    # a streamed table of the result is read back from the output
    agenda = result.tables["agenda_items"]
    assert len(agenda) == result.counts["agenda_items"] == len(list(agenda)) > 0
    assert list(agenda)[0] == agenda[0] and list(agenda)[-1] == agenda[-1] and agenda[0]["agenda_item_id"]
    # the spool is gone
    assert not [p for p in runs_dir(tmp_path / "out").iterdir() if p.name.startswith("spool-")]


def test_a_run_stopped_while_writing_leaves_no_spool_and_the_output_whole(docs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.run([docs], out, jobs=1, progress=False)
    before = _files(out)

    def boom(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(writers, "write_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run([docs], out, jobs=1, progress=False, cache=True)
    assert _files(out) == before
    assert not [p for p in runs_dir(out).iterdir() if p.name.startswith("spool-")]
    assert set(TABLES) <= {p.stem for p in out.iterdir()}
