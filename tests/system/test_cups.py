"""A real printer: the test starts its own cupsd (own configuration, its own port on 127.0.0.1) with a
cups-pdf queue as the default printer; a steward's one tap on Print sends the signs through the kiosk's own
printer path; what arrives is checked — page count, paper size, and that it renders."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.system.debian import ROOT, need

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300), pytest.mark.xdist_group("cups")]  # queues in /etc/cups
CUPSD = "/usr/sbin/cupsd"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def printer():
    """(server address, queue name, folder the printed PDFs arrive in, cupsd's top folder); stopped afterwards."""
    with cupsd() as started:
        yield started


@contextlib.contextmanager
def cupsd(settings: str = "") -> Iterator[tuple[str, str, Path, Path]]:
    """A cupsd of the test's own (extra cupsd.conf lines in `settings`) with a cups-pdf queue as the default
    printer: (server address, queue name, folder the printed PDFs arrive in, cupsd's top folder)."""
    need(Path(CUPSD).exists() and BACKEND.exists() and PPD.exists(),
         "cups and printer-driver-cups-pdf are not installed (scripts/bootstrap.sh test)")
    need(os.geteuid() == 0, "cups-pdf's per-queue settings live in /etc/cups: the CUPS test runs as root")
    # cupsd runs its filters as the lp user, which must reach the spool: a folder outside pytest's 0700 tmp.
    top = Path(tempfile.mkdtemp(prefix="commons-table-cups-"))
    top.chmod(0o755)
    conf, out = top / "conf", top / "out"
    for d in ("conf/ppd", "spool/tmp", "cache", "state", "log", "out"):
        (top / d).mkdir(parents=True)
    out.chmod(0o777)
    port, queue = free_port(), f"commons_table_test_{os.getpid()}"
    (conf / "cupsd.conf").write_text(f"""Listen 127.0.0.1:{port}
LogLevel warn
Browsing No
WebInterface No
DefaultAuthType None
{settings}
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    (conf / "cups-files.conf").write_text(f"""ServerRoot {conf}
RequestRoot {top}/spool
TempDir {top}/spool/tmp
CacheDir {top}/cache
StateDir {top}/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog {top}/log/access_log
ErrorLog {top}/log/error_log
PageLog {top}/log/page_log
SystemGroup root
""")
    # cups-pdf reads /etc/cups/cups-pdf-<name>.conf for a queue whose device is cups-pdf:/<name>.
    queue_conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    (top / "cups-pdf-spool").mkdir()  # cups-pdf's own working copies and log, beside cupsd's
    (top / "cups-pdf-spool").chmod(0o1777)
    queue_conf.write_text(f"Out {out}\nAnonDirName {out}\nSpool {top}/cups-pdf-spool\nLog {top}/log\nGrp root\n"
                          "Label 0\nTitlePref 0\n")
    server = f"127.0.0.1:{port}"
    with open(top / "log" / "cupsd.out", "wb") as said:
        daemon = subprocess.Popen([CUPSD, "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
                                 stdout=said, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while subprocess.run(["lpstat", "-h", server, "-r"], capture_output=True).returncode != 0:
            assert daemon.poll() is None and time.monotonic() < deadline, (top / "log" / "cupsd.out").read_text()
            time.sleep(0.2)
        for args in (["-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(PPD)], ["-d", queue]):
            for _ in range(20):  # a just-started cupsd sometimes drops the first admin connection
                done = subprocess.run(["lpadmin", "-h", server, *args], capture_output=True, text=True)
                if done.returncode == 0:
                    break
                time.sleep(0.5)
            assert done.returncode == 0, done.stderr + (top / "log" / "error_log").read_text()[-2000:]
        (top / "cupsd.pid").write_text(str(daemon.pid))  # for a test that stops it (cups_stopped.py)
        default = subprocess.run(["lpstat", "-h", server, "-d"], capture_output=True, text=True).stdout
        assert default.strip().endswith(f": {queue}"), default  # build/README.md's check
        yield server, queue, out, top
    finally:
        daemon.terminate()
        daemon.wait(timeout=20)
        queue_conf.unlink(missing_ok=True)
        shutil.rmtree(top, ignore_errors=True)


def printed_by_taps(script: str, printer, tmp_path) -> int:
    """Run a steward's taps (a script beside this file) in a process of its own against the test's cupsd; the
    page count the kiosk said it sent."""
    server, queue, out, top = printer
    pages_file = tmp_path / "pages"
    env = {**os.environ, "CUPS_SERVER": server, "QT_QPA_PLATFORM": "offscreen", "COMMONS_TABLE_TEST_QUEUE": queue,
           "COMMONS_TABLE_TEST_PAGES": str(pages_file), "COMMONS_TABLE_TEST_CUPSD": (top / "cupsd.pid").read_text()}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/system/{script}"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    return int(pages_file.read_text())


def arrived_pdf(out: Path, top: Path) -> Path:
    """The one PDF the cups-pdf queue wrote."""
    deadline = time.monotonic() + 90
    while not list(out.rglob("*.pdf")) and time.monotonic() < deadline:
        time.sleep(0.5)
    arrived = list(out.rglob("*.pdf"))
    log = (top / "log/error_log").read_text() if (top / "log/error_log").exists() else ""
    assert len(arrived) == 1, f"nothing arrived in the queue; cupsd says:\n{log[-3000:]}"
    time.sleep(1)  # cups-pdf renames the finished file into place; let it close
    return arrived[0]


def test_a_stopped_cupsd_holds_neither_the_print_tap_nor_the_kiosk_and_the_pages_arrive_after(printer, tmp_path):
    """cups_stopped.py: cupsd stopped (SIGSTOP) as the steward taps Print; the kiosk goes on; let go, it prints."""
    server, queue, out, top = printer
    sent = printed_by_taps("cups_stopped.py", printer, tmp_path)
    info = subprocess.run(["pdfinfo", str(arrived_pdf(out, top))], capture_output=True, text=True,
                          check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == sent > 1


def test_a_stewards_one_tap_prints_the_signs_on_a_real_cups_queue(printer, tmp_path):
    server, queue, out, top = printer
    sent = printed_by_taps("steward_prints.py", printer, tmp_path)
    arrived = arrived_pdf(out, top)
    info = subprocess.run(["pdfinfo", str(arrived)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == sent
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert (round(width), round(height)) == (612, 792), info  # US Letter, as the steward chose
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(arrived), str(tmp_path / "p")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert not image.isNull()
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50, "page one arrived blank"


def test_food_labels_arrive_on_a_real_cups_queue_at_each_labels_own_page_size(printer, tmp_path):
    server, queue, out, top = printer
    pages_file = tmp_path / "pages"
    env = {**os.environ, "CUPS_SERVER": server, "QT_QPA_PLATFORM": "offscreen",
           "COMMONS_TABLE_TEST_QUEUE": queue, "COMMONS_TABLE_TEST_PAGES": str(pages_file)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/system/labels_print.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    sent = dict(line.split() for line in pages_file.read_text().splitlines())
    assert set(sent) == {"62mm", "dymo-99012", "a4-21", "letter-30"}
    deadline = time.monotonic() + 120
    while len(list(out.rglob("*.pdf"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(1)  # cups-pdf renames the finished file into place; let it close
    arrived = list(out.rglob("*.pdf"))
    log = (top / "log/error_log").read_text() if (top / "log/error_log").exists() else ""
    assert len(arrived) == 4, f"{len(arrived)} of 4 jobs arrived; cupsd says:\n{log[-3000:]}"
    sizes = set()
    for pdf in arrived:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == 1
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
        # In whole millimetres; a label printer's page may arrive turned.
        sizes.add(tuple(sorted((round(width / 72 * 25.4), round(height / 72 * 25.4)))))
    # 62 x 100 mm tape, 36 x 89 mm DYMO, A4, US Letter: each label's own paper.
    assert sizes == {(62, 100), (36, 89), (210, 297), (216, 279)}, sizes


def test_signs_printed_through_qts_dialog_arrive_on_a_real_cups_queue(printer, tmp_path):
    """dialog_prints.py: "Printers…", the test's queue, pages 2 to 3; painted here, handed over on the printers'
    thread (never by Qt's CUPS engine on the window's)."""
    server, queue, out, top = printer
    sent = printed_by_taps("dialog_prints.py", printer, tmp_path)
    info = subprocess.run(["pdfinfo", str(arrived_pdf(out, top))], capture_output=True, text=True,
                          check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == sent == 2
