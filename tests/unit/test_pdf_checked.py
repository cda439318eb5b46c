"""PDFs are read back before they take their name: a full disk is one sentence, never a 0-byte "report".

A full disk is made real with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as on a full disk), set
only while the PDF itself is written so the data file stays usable.
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.store import open_market
from tests.unit.test_cli import one_sentence

NEEDS = "needs poppler-utils and faketime"
HAVE_TOOLS = shutil.which("pdfinfo") is not None and shutil.which("faketime") is not None

# Runs the command line with every PDF write limited to LIMIT bytes (the whole write, temp file included).
FULL_DISK_RUNNER = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
import kiosk.safe_write as safe_write
import ui.printing.output as output
limit = int(sys.argv[1])
real = safe_write.write_whole
def limited(path, write):
    def write_limited(temp):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        try:
            return write(temp)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    return real(path, write_limited)
output.write_whole = limited
from commons_table.cli import main
sys.exit(main(sys.argv[2:]))
"""


@contextlib.contextmanager
def disk_full_after(limit: int) -> Iterator[None]:
    """Within this block no file of this process grows past `limit` bytes (EFBIG, like a full disk)."""
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from tests.conftest import FakeClock

    path = tmp_path_factory.mktemp("pdf") / "market.db"
    market = open_market(path, clock=FakeClock())
    fill_demo(market)
    market.close()
    return path


def run_full(limit: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", FULL_DISK_RUNNER, str(limit), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("limit", [0, 16_000])
@pytest.mark.parametrize("command", ["export", "signs"])
def test_a_full_disk_is_one_sentence_and_no_file(demo_db, tmp_path, limit, command):
    out = tmp_path / "written.pdf"
    args = ["--format", "pdf"] if command == "export" else []
    done = run_full(limit, command, "--db", str(demo_db), *args, "--out", str(out))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "incomplete" in one_sentence(done.stderr)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no half-written temporary file left either


@pytest.mark.parametrize("command", ["export", "signs"])
def test_a_full_disk_is_said_wholly_in_french(demo_db, tmp_path, command):
    """Why the PDF was refused is in the person's language too, not an English reason inside a French sentence."""
    out = tmp_path / "written.pdf"
    args = ["--format", "pdf", "--lang", "fr"] if command == "export" else ["--lang", "fr"]
    done = run_full(0, command, "--db", str(demo_db), *args, "--out", str(out))
    said = one_sentence(done.stderr)
    assert done.returncode == 2 and said.startswith(f"commons-table: Impossible d'écrire dans {out}\u00a0: "), said
    reason = said.split(f"{out}\u00a0: ", 1)[1]
    assert "incomplet" in reason and not re.search(r"\b(the|came|out|perhaps|disk|is|full)\b", reason), said


def test_a_whole_pdf_still_passes_with_room_to_spare(demo_db, tmp_path):
    out = tmp_path / "signs.pdf"
    done = run_full(50_000_000, "signs", "--db", str(demo_db), "--kind", "welcome", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().rstrip().endswith(b"%%EOF")


def pdf_dates(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True).stdout
    dates = re.findall(r"^(?:CreationDate|ModDate):\s+(\S+)", info, re.M)
    xmp = re.findall(r'xmp:\w*Date="([^"]+)"', path.read_bytes().decode("latin-1"))
    return dates + xmp


@pytest.mark.skipif(not HAVE_TOOLS and not os.environ.get("CI"), reason=NEEDS)
@pytest.mark.parametrize("command", ["export", "signs"])
def test_every_pdf_is_dated_to_the_quarter_hour(demo_db, tmp_path, command):
    out = tmp_path / "dated.pdf"
    args = ["--format", "pdf"] if command == "export" else ["--kind", "welcome"]
    # A clock at 10:07:31 (UTC, as the PDF is stamped) must come out as 10:00:00.
    done = subprocess.run(["faketime", "2026-11-28 10:07:31", sys.executable, "-m", "commons_table", command, "--db",
                           str(demo_db), *args, "--out", str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "UTC"})
    assert done.returncode == 0, done.stderr
    dates = pdf_dates(out)
    assert len(dates) >= 4, dates  # CreationDate, ModDate and the XMP copies
    for date in dates:
        assert re.match(r"2026-11-28T10:00:00(Z|\+00:00)$", date), dates
    check = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stderr  # the file is still a sound PDF
