"""The dataset of the corpus run: shared series, the Python API, Parquet, the data
package, Datasette metadata.

Expected values read from the documents: the highlight report's narrative says
"Violence with injury crime volumes for the month of September 2023 increased to
481" and "999 abandonment rates ... October 2023 levels at 0.7%"; the agenda
pack's table has "Crime Volume: Violence With Injury" Sep-2023 481 and
"Abandonment Rate: All 999" Oct-2023 0.7%, 12 Months to Oct-2023 1.7%."""
from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3

import pandas as pd
import pytest

import extract
from extract.records import TABLES, columns

HIGHLIGHT = "wiltshire-highlight-report-2023-10-to-12.txt"
PACK = "wiltshire-panel-agenda-pack-2023-12-14.md"


@pytest.fixture(scope="module")
def ds(corpus_run):
    return extract.open(corpus_run[1])


def doc_id(ds, name):
    docs = ds.documents
    return docs.loc[docs["source"].str.endswith(name), "doc_id"].item()


def test_pack_tables_and_highlight_narrative_share_series(ds):
    vwi = ds.series("Violence with Injury crime", period_type="month")
    sep = vwi[vwi["period_end"] == "2023-09-30"].iloc[0]
    assert (sep["period_start"], sep["value"], sep["unit"], sep["revised"]) == ("2023-09-01", 481, "count", 0)
    src = ds.sources(sep["observation_id"])
    docs = set(src["doc_id"])
    assert {doc_id(ds, HIGHLIGHT), doc_id(ds, PACK)} <= docs
    # the table cell and the narrative figures, each as printed
    assert ("measure", "Crime Volume: Violence With Injury", "481") in set(
        zip(src["source"], src["label"], src["value_raw"]))
    assert set(src.loc[src["doc_id"] == doc_id(ds, HIGHLIGHT), "source"]) == {"figure"}
    # the same series asked for by the table's label
    assert ds.series("Crime Volume: Violence With Injury", period_type="month")["observation_id"].tolist() \
        == vwi["observation_id"].tolist()


def test_abandonment_rate_series_from_table_and_narrative(ds):
    s = ds.series("Abandonment Rate", subject="999 calls")
    got = {(r.period_type, r.period_end): r.value for r in s.itertuples()}
    assert got[("month", "2023-10-31")] == 0.7
    assert got[("rolling_12_months", "2023-10-31")] == 1.7
    oct_ = s[(s["period_type"] == "month")].iloc[0]
    assert oct_["n_sources"] >= 2 and oct_["unit"] == "percent"


def test_observations_are_unique_and_sources_refer_to_them(ds):
    obs = ds.observations
    key = ["organisation", "metric", "subject", "period_type", "period_start", "period_end", "unit"]
    assert not obs.duplicated(key).any()
    assert set(ds.observation_sources["observation_id"]) == set(obs["observation_id"])
    counts = ds.observation_sources.groupby("observation_id").size()
    assert (obs.set_index("observation_id")["n_sources"] == counts.reindex(obs["observation_id"])).all()
    # a narrative figure that disagrees with a table is a reconciliation matter, never a revision
    assert ds.revisions.empty


def test_parquet_beside_every_csv_with_the_same_rows(corpus_run):
    out = corpus_run[1]
    for name, spec in TABLES.items():
        pq = pd.read_parquet(out / f"{name}.parquet")
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(pq.columns) == columns(spec.record)
        assert len(pq) == len(csv), name
    obs = pd.read_parquet(out / "observations.parquet")
    assert str(obs["value"].dtype) == "float64" and str(obs["n_sources"].dtype) == "int64"


def test_datapackage_validates_with_frictionless(corpus_run, tmp_path):
    from frictionless import validate

    out = corpus_run[1]
    package = json.loads((out / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    srcs = next(r for r in package["resources"] if r["name"] == "observation_sources")
    assert srcs["schema"]["primaryKey"] == ["observation_id", "source", "record_id"]
    assert {"fields": ["observation_id"], "reference": {"resource": "observations", "fields": ["observation_id"]}} \
        in srcs["schema"]["foreignKeys"]
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    # a source naming no observation breaks the foreign key
    bad = tmp_path / "bad"
    shutil.copytree(out, bad, ignore=shutil.ignore_patterns("*.sqlite", "*.parquet"))
    path = bad / "observation_sources.csv"
    lines = path.read_text().splitlines(keepends=True)
    lines[1] = "0000000000000000" + lines[1][16:]
    path.write_text("".join(lines))
    assert not validate(bad / "datapackage.json").valid


def test_datasette_metadata_describes_every_table_and_column(corpus_run):
    out = corpus_run[1]
    meta = json.loads((out / "metadata.json").read_text())
    tables = meta["databases"]["extract"]["tables"]
    con = sqlite3.connect(out / "extract.sqlite")
    try:
        in_db = {t for (t,) in con.execute("select name from sqlite_master where type='table'")}
        assert set(tables) == in_db
        for name, t in tables.items():
            cols = {r[1] for r in con.execute(f'pragma table_info("{name}")')}
            assert set(t["columns"]) == cols and t["description"]
    finally:
        con.close()


_DATASETTE = """
import asyncio, json, sys
from pathlib import Path
from datasette.app import Datasette

out = Path(sys.argv[1])


async def fetch():
    ds = Datasette([str(out / "extract.sqlite")], metadata=json.loads((out / "metadata.json").read_text()))
    await ds.invoke_startup()
    page = await ds.client.get("/extract/observations")
    rows = await ds.client.get("/extract/observations.json?_shape=array&metric=crime_volume")
    return page, rows


page, rows = asyncio.run(fetch())
print(json.dumps({"status": page.status_code, "text": page.text, "rows": rows.json()}))
"""


def test_datasette_opens_the_documented_database(corpus_run):
    # in a process of its own: Datasette leaves threads holding SQLite connections, and a
    # later run's workers are forked from this process (a fork must not inherit them)
    import subprocess
    import sys

    out = corpus_run[1]
    got = json.loads(subprocess.run([sys.executable, "-c", _DATASETTE, str(out)], capture_output=True,
                                    text=True, check=True).stdout)
    assert got["status"] == 200
    assert TABLES["observations"].title in got["text"]
    assert any(r["subject"] == "violence_with_injury" for r in got["rows"])


def test_run_returns_the_tables(tmp_path, corpus_dir):
    ds = extract.run(corpus_dir / PACK, out=tmp_path / "out", jobs=1)
    assert (tmp_path / "out" / "dataset.html").exists()
    assert set(ds) == set(TABLES)
    assert list(ds.documents["source"].str.endswith(PACK)) == [True]
    assert 481 in ds.series("VWI crime volume", period_type="month")["value"].tolist()
