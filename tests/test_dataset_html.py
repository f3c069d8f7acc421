"""dataset.html: one inline-SVG chart per series, revisions and breaks listed,
points linking to their document's page; opened in headless Chromium."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from extract.dataset import build_observations
from extract.dataset.html import render, write_html
from test_dataset_observations import tables

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def dataset_tables():
    t = tables()
    t.update(build_observations(t))
    return t


def test_page_has_a_chart_per_series_and_lists_revisions_and_breaks():
    t = dataset_tables()
    page = render(t)
    n_series = len({o.series_id for o in t["observations"]})
    assert page.count("<figure") == n_series == page.count("<svg")
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    revisions = page.split('id="revisions"')[1].split('id="breaks"')[0]
    assert "5,941 (q1)" in revisions and "5,990 (q2)" in revisions
    breaks = page.split('id="breaks"')[1].split('id="series"')[0]
    assert "Hate crime (recorded) (q1)" in breaks and "count (q1)" in breaks
    # the revised point is red, the earlier value a ring; points link to the PDF page
    assert 'fill="#c0392b"' in page and 'fill="none" stroke="#c0392b"' in page
    assert "q2.pdf#page=3" in page


@pytest.mark.skipif(BROWSER is None, reason="chromium not installed (.ci/run installs it)")
def test_chromium_screenshot_is_not_blank(tmp_path):
    from PIL import Image

    page = write_html(tmp_path / "dataset.html", dataset_tables())
    shot = tmp_path / "dataset.png"
    r = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                        "--window-size=1100,900", page.as_uri()], capture_output=True, text=True, timeout=90)
    assert shot.exists(), r.stderr[-2000:]
    print(f"screenshot: {shot}")
    img = Image.open(shot).convert("RGB")
    assert img.size == (1100, 900)
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 20          # text and charts, not one flat colour
    red = sum(n for n, (r_, g, b) in colours if r_ > 170 and g < 90 and b < 80)
    blue = sum(n for n, (r_, g, b) in colours if r_ < 80 and 100 < g < 150 and b > 150)
    assert red > 20 and blue > 50                              # a revised point and a series line drawn


def test_value_labels():
    from extract.dataset.html import fmt

    assert [fmt(675, "seconds"), fmt(5580, "seconds"), fmt(-75, "seconds")] == ["11:15", "1:33:00", "-1:15"]
    assert [fmt(0.7, "percent"), fmt(5941, "count"), fmt(-1.2, "percentage_points")] == ["0.7%", "5,941", "-1.2 pp"]


def test_links_are_relative_to_the_output_folder_and_the_same_wherever_the_folders_are(tmp_path):
    """dataset.html links each point to its document relative to the output folder: the
    links open the files from ``out/dataset.html``, and the page is the same byte for byte
    when the documents and the output sit in another folder (no absolute path in it)."""
    import os
    import re
    from pathlib import Path
    from urllib.parse import unquote

    from extract import pipeline

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    pages = []
    for where in ("one", "two/deeper"):
        root = tmp_path / where
        shutil.copytree(corpus, root / "reports dir")   # (a space: the links are URL-quoted)
        pipeline.run([root / "reports dir"], out=root / "output", jobs=1, progress=False)
        page = (root / "output" / "dataset.html").read_text(encoding="utf-8")
        hrefs = set(re.findall(r'href="([^"#]+)', page))
        assert hrefs and all(h.startswith("../reports%20dir/") for h in hrefs)
        # (a browser joins the link to the page's address as written: output/ is not resolved
        # to the run folder it points to)
        assert all(Path(os.path.normpath(root / "output" / unquote(h))).is_file() for h in hrefs)
        assert str(tmp_path) not in page
        pages.append(page)
    assert pages[0] == pages[1]


def test_link_without_a_base_is_the_absolute_file_uri_with_the_pdf_page(tmp_path):
    from extract.dataset.html import link

    pdf = tmp_path / "a b.pdf"
    assert link({"source": str(pdf)}, 3) == pdf.resolve().as_uri() + "#page=3"
    assert link({"source": str(pdf)}, 3, base=tmp_path / "out") == "../a%20b.pdf#page=3"
    assert link({"source": str(tmp_path / "n.md")}, 3, base=tmp_path) == "n.md"
    assert link({"source": ""}, 1) == "" and link(None, 1) == ""
