"""The README's Python session runs as written (output folder moved to a temporary one)."""
from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_session() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The researchers' dataset", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_session_runs(tmp_path, monkeypatch):
    code = readme_session()
    assert 'extract.run("corpus", out="output")' in code
    monkeypatch.chdir(ROOT)
    code = code.replace('out="output"', f'out={str(tmp_path / "output")!r}')
    ns: dict = {}
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        exec(compile(code, "README.md", "exec"), ns)
    # the Violence with Injury month series: 481 in September 2023 (the agenda pack's table,
    # "increased to 481" in both reports' narrative)
    vwi = ns["vwi"]
    assert vwi.loc[vwi["period_end"] == "2023-09-30", "value"].tolist() == [481]
    assert "Crime Volume: Violence With Injury" in printed.getvalue()
    assert set(ns["src"]["source"]) == {"measure", "figure"}
    assert ns["src"]["document"].str.endswith("wiltshire-highlight-report-2023-10-to-12.txt").any()
    assert ("crime_volume", "violence_with_injury") in ns["wide"].index
    assert (tmp_path / "output" / "dataset.html").exists()
