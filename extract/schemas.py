"""Generate ``schemas/<table>.schema.json`` from the record definitions."""
from __future__ import annotations

import json
from pathlib import Path

from .records import TABLES, json_schema

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "schemas"


def render(name: str) -> str:
    return json.dumps(json_schema(TABLES[name]), indent=2, ensure_ascii=False) + "\n"


def write_schemas(directory: Path = DEFAULT_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        p = directory / f"{name}.schema.json"
        p.write_text(render(name), encoding="utf-8")
        written.append(p)
    return written
