"""Write the corpus golden output (tests/golden/) from a fresh run, with a stated reason.

    python scripts/update_golden.py "why the corpus output changed"

The golden files are the reviewed record tables of a run over corpus/; the test
``tests/test_golden.py`` fails when a change alters any of them, so a change of
behaviour on the corpus is always deliberate: review the diff (``git diff
tests/golden``), then update with a reason, which is appended to
tests/golden/CHANGES.md.
"""
from __future__ import annotations

import datetime as _dt
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.pipeline import run  # noqa: E402

#: the tables kept as golden output (the checks follow from them and are tested apart)
GOLDEN_TABLES = ("measures", "figures", "deliverables", "meetings", "attendance",
                 "agenda_items", "decisions", "future_meetings", "checks")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(__doc__, file=sys.stderr)
        return 2
    golden = ROOT / "tests" / "golden"
    golden.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"   # the run makes it a link to its run folder
        run([ROOT / "corpus"], out, jobs=1, progress=False, cache=False)
        for name in GOLDEN_TABLES:
            shutil.copyfile(out / f"{name}.csv", golden / f"{name}.csv")
    with (golden / "CHANGES.md").open("a", encoding="utf-8") as f:
        f.write(f"- {_dt.date.today().isoformat()}: {argv[0].strip()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
