"""The HTML view in a real browser: headless Chromium loads the page of the seeds, runs its
script without errors and draws it.

``PRESSPARSE_SCREENSHOT=docs/seed.png pytest tests/test_browser.py`` also keeps the screenshot
of the first seed's page there: it is the one in the README.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pressparse.render import render

def chromium():
    """The Chromium executable, or a skip saying how to install it."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("Chromium is not installed: apt-get install chromium")


def run_chromium(tmp_path, *args):
    """Run headless Chromium, offline and with a throwaway profile; returns the finished process."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def screenshot(page: Path, png: Path, tmp_path) -> subprocess.CompletedProcess:
    """Draw ``page`` in a 1400×1000 window into ``png``."""
    return run_chromium(tmp_path, f"--screenshot={png}", "--window-size=1400,1000", page.as_uri())


def page_errors(stderr: str) -> list[str]:
    """The lines of Chromium's log that report an error of the page's own script."""
    return [line for line in stderr.splitlines() if "Uncaught" in line or ("CONSOLE" in line and "rror" in line)]


@pytest.fixture(scope="module")
def docs(nlp, seeds):
    return list(nlp.pipe(seeds.items()))


def test_the_page_of_both_seeds_loads_and_its_script_runs(docs, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(render(docs), encoding="utf-8")
    done = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert page_errors(done.stderr) == []
    body = re.search(r"<body([^>]*)>", dom).group(1)
    assert 'data-ready="1"' in body, "the page's script did not run to its end"
    marks = int(re.search(r'data-marks="(\d+)"', body).group(1))
    assert marks > 0 and marks == dom.count("data-kind=")  # the script sees every highlighted span
    for kind in ("person", "position", "organization", "location", "date"):
        assert f'data-kind="{kind}"' in dom, kind
    assert dom.count('<section class="doc"') == 2
    assert dom.count('class="card"') == sum(len(d.events) for d in docs)
    assert "data-trigger=" in dom and "data-evidence=" in dom


def test_the_page_of_a_seed_draws(docs, tmp_path):
    page = tmp_path / "seed.html"
    page.write_text(docs[0].to_html(), encoding="utf-8")
    png = tmp_path / "seed.png"
    done = screenshot(page, png, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert page_errors(done.stderr) == []
    assert png.exists() and png.stat().st_size > 20_000, "the screenshot is missing or blank"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = os.environ.get("PRESSPARSE_SCREENSHOT")
    if keep:
        shutil.copyfile(png, keep)
