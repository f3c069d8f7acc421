"""The notebook API: ``extract.run(paths, out=...)`` and ``extract.open(folder)``.

Both give a ``Dataset``: every table of a run's output as a pandas DataFrame
(``ds.observations``, ``ds["measures"]``), and ``ds.series(...)`` for one
series over time, named as printed in any report ("VWI", "Violence with Injury
crime", "Crime Volume: Violence With Injury")."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..records import TABLES, columns
from .names import organisation_key, series_names

SERIES_COLUMNS = ["period_start", "period_end", "value", "value_raw", "unit", "revised", "n_sources",
                  "first_doc_id", "latest_doc_id", "metric", "subject", "period_type", "organisation",
                  "series_id", "observation_id"]


class Dataset(Mapping):
    """A run's output folder as pandas DataFrames, read when first used (Parquet when
    present, else CSV)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise FileNotFoundError(f"{self.folder}: no such output folder")
        self._frames: dict = {}

    def _read(self, name: str):
        import pandas as pd

        pq, csv = self.folder / f"{name}.parquet", self.folder / f"{name}.csv"
        if pq.exists():
            return pd.read_parquet(pq)
        if csv.exists():
            return pd.read_csv(csv, dtype={c: str for c in columns(TABLES[name].record)
                                           if TABLES[name].record.__dataclass_fields__[c].metadata["kind"] == "string"},
                               keep_default_na=False, na_values=[""])
        return pd.DataFrame(columns=columns(TABLES[name].record))

    def __getitem__(self, name: str):
        if name not in TABLES:
            raise KeyError(name)
        if name not in self._frames:
            self._frames[name] = self._read(name)
        return self._frames[name]

    def __getattr__(self, name: str):
        if name.startswith("_") or name not in TABLES:
            raise AttributeError(name)
        return self[name]

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def __repr__(self) -> str:
        return f"Dataset({str(self.folder)!r}: {', '.join(TABLES)})"

    def series(self, metric: str, subject: Optional[str] = None, period_type: Optional[str] = None,
               unit: Optional[str] = None, organisation: Optional[str] = None):
        """The observations of one series in time order. ``metric`` and ``subject`` are
        labels as printed in any report; they are normalised like the observations'."""
        obs = self.observations
        mk, sk = series_names(metric, subject)
        keep = obs["metric"] == mk
        keep &= (obs["subject"] == sk) if sk else obs["subject"].isna()
        if period_type:
            keep &= obs["period_type"] == period_type
        if unit:
            keep &= obs["unit"] == unit
        if organisation:
            keep &= obs["organisation"] == organisation_key(organisation)
        out = obs.loc[keep, SERIES_COLUMNS].sort_values(["period_type", "unit", "period_end", "period_start"])
        return out.reset_index(drop=True)

    def sources(self, observation_id: str):
        """Every statement of one observation, with its document's source file and title."""
        src = self.observation_sources
        src = src[src["observation_id"] == observation_id]
        docs = self.documents[["doc_id", "source", "title"]].rename(columns={"source": "document", "title": "document_title"})
        return src.merge(docs, on="doc_id", how="left").sort_values(["doc_order", "source"]).reset_index(drop=True)


def open_dataset(folder: str | Path = "output") -> Dataset:
    return Dataset(folder)


def run(paths: str | Path | Iterable[str | Path], out: str | Path = "output", **kwargs) -> Dataset:
    """Run the pipeline over files and folders, write ``out``, and return its tables."""
    from ..pipeline import run as run_pipeline

    if isinstance(paths, (str, Path)):
        paths = [paths]
    kwargs.setdefault("progress", False)
    run_pipeline(list(paths), out, **kwargs)
    return Dataset(out)
