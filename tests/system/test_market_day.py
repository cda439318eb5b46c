"""The whole market day as one test (issue 22): market_day_walk.py walks it on the real window at 800×480, by taps
and on-screen keys, in a process of its own whose libcups talks to this test's cupsd; the signs the steward prints
must arrive on the cups-pdf queue."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.system.debian import ROOT
from tests.system.test_cups import arrived_pdf, printer  # noqa: F401  (printer: cupsd with a cups-pdf queue, as root)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600), pytest.mark.xdist_group("cups")]  # queues in /etc/cups


@pytest.mark.parametrize("steward_lang", ["en", "es", "fr", "ar"])
def test_a_whole_market_day_by_taps_in_four_languages(printer, tmp_path, steward_lang):  # noqa: F811
    server, queue, out, top = printer
    pages = tmp_path / "pages"
    env = {**os.environ, "CUPS_SERVER": server, "QT_QPA_PLATFORM": "offscreen", "COMMONS_TABLE_TEST_QUEUE": queue,
           "COMMONS_TABLE_TEST_PAGES": str(pages), "COMMONS_TABLE_TEST_SHOTS": str(tmp_path / "shots")}
    walk = f"tests/system/market_day_walk.py::test_a_market_day[{steward_lang}]"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp",
                          str(tmp_path / "walk"), walk], cwd=ROOT, env=env, capture_output=True, text=True, timeout=540)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout, run.stdout[-2000:]
    shots = sorted((tmp_path / "shots" / steward_lang).glob("*.png"))
    assert len(shots) > 40, shots  # a screenshot of every step, kept here
    sent = int((tmp_path / f"pages-{steward_lang}").read_text())
    info = subprocess.run(["pdfinfo", str(arrived_pdf(out, top))], capture_output=True, text=True,
                          check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == sent, info
