"""report.html opened in headless Chromium (skipped when no chromium is installed).

Renders the report of the hand-made records twice - with JavaScript (the filter
appears) and with JavaScript disabled (everything shown) - by dumping the DOM
after scripts ran, and takes a screenshot (PNG written next to the report; the
path is printed so a person can look at it)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extract.report import write_html
from test_report import sample_checks
from reconcile_fixtures import documents

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="chromium not installed")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
         "--hide-scrollbars"]


def _run(args, tmp_path, timeout=90):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("report")
    return write_html(d / "report.html", documents(), sample_checks())


def test_dom_after_scripts_shows_filters_and_every_check(report, tmp_path):
    r = _run(["--dump-dom", report.as_uri()], tmp_path)
    dom = r.stdout
    assert "<article" in dom, r.stderr[-2000:]
    # the script ran: the filter form is no longer hidden, all checks still visible
    assert '<form id="filters">' in dom or '<form id="filters" hidden="">' not in dom
    assert dom.count("<article") == len(sample_checks())
    assert 'hidden=""' not in dom.split('<form id="filters"', 1)[1].split("</form>", 1)[1]


def test_screenshot_is_written(report, tmp_path):
    png = report.with_suffix(".png")
    script = Path(__file__).resolve().parent.parent / "scripts" / "screenshot_report.sh"
    r = subprocess.run(["bash", str(script), str(report), str(png), "1200x1600"], capture_output=True, text=True,
                       timeout=150)
    assert r.returncode == 0, r.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    print(f"screenshot: {png}")
