"""A planted contact is found nowhere in CUPS after the market closes (issue 27, item 5): the test starts its own
cupsd (as test_cups.py does: own configuration, its own port on 127.0.0.1, a cups-pdf queue as the default
printer), a steward prints skill cards carrying a planted contact through the kiosk's own printer path (one tap on
Print), the job completes, the market closes; then every file under the folders the test gave cupsd — its spool
(documents, job files, temporary files), cache, state, logs, configuration — and cups-pdf's own spool, and the
printing process's temporary folder, is searched for the contact: as bytes (UTF-8, UTF-16), gunzipped, as the
text of a PDF or PostScript file, and as the text of any code on its pages.

Not searched: the folder cups-pdf writes the printed PDF into. That PDF *is* the printed card (cups-pdf stands in
for paper), and it does carry the contact — the search is checked on it, so a contact it cannot see would fail.

What is true, measured here: CUPS keeps a job's document for a day by default (`PreserveJobFiles 86400`), and no
job option asks otherwise (Qt's CUPS options are printer settings — copies, sides, pages —, and CUPS 2.4 has no
per-job attribute for keeping the document). So the kiosk purges its own job of skill cards once CUPS says it is
done (ui/printing/spool.py), as its owner may; and the guide gives the two server settings too, written into
cupsd.conf or set by its command (`cupsctl PreserveJobFiles=No PreserveJobHistory=No`, run here on the test's
cupsd). With the purge, or with the settings, nothing is left. With the purge taken away (the kiosk's protection
removed) and CUPS's default or `PreserveJobFiles Yes`, the card's document stays in the spool, and this test shows
it does (the same search finds it there)."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.store import open_market
from tests.system.debian import ROOT, need
from tests.system.test_cups import cupsd

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
CONTACT = "tel 555-0199-planted"
AS_THE_GUIDE_SAYS = "PreserveJobFiles No\nPreserveJobHistory No"


def words_in(path: Path, work: Path) -> str:
    """Everything a person could read from one file: its bytes, its text as a PDF or PostScript, its codes."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":  # CUPS may keep a document gzipped
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            pass
    found = [data.decode("utf-8", "replace"), data.decode("utf-16-be", "replace")]
    plain = work / "plain"
    plain.write_bytes(data)
    if data.startswith(b"%PDF"):
        found.append(subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True).stdout)
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(plain), str(work / "page")], capture_output=True)
    elif data.startswith(b"%!"):
        found.append(subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-o", "-",
                                     str(plain)], capture_output=True, text=True).stdout)
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r150",
                        f"-sOutputFile={work}/page-%03d.png", str(plain)], capture_output=True)
    for page in sorted(work.glob("page*.png")):
        found += [code.text for code in zxingcpp.read_barcodes(Image.open(page))]
        page.unlink()
    return "\n".join(found)


def holding_the_contact(folders: list[Path], work: Path) -> list[str]:
    return [str(p) for folder in folders for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink() and CONTACT in words_in(p, work)]


def the_guides_command(server: str, top: Path) -> None:
    """`cupsctl PreserveJobFiles=No PreserveJobHistory=No` on the running cupsd, which writes its configuration
    and reads it again (each reading logs the policy's warnings once: counted, to know it happened)."""
    log = top / "log/error_log"
    readings = log.read_text().count("No JobPrivateAccess")
    said = subprocess.run(["cupsctl", "-h", server, "PreserveJobFiles=No", "PreserveJobHistory=No"],
                          capture_output=True, text=True)
    assert said.returncode == 0, said.stderr
    assert "PreserveJobFiles No" in (top / "conf/cupsd.conf").read_text()
    deadline = time.monotonic() + 30
    while log.read_text().count("No JobPrivateAccess") == readings or \
            subprocess.run(["lpstat", "-h", server, "-r"], capture_output=True).returncode != 0:
        assert time.monotonic() < deadline, "cupsd never read its new configuration"
        time.sleep(0.2)


def jobs(server: str, queue: str, which: str) -> list[str]:
    said = subprocess.run(["lpstat", "-h", server, "-W", which, "-o", queue], capture_output=True, text=True)
    return said.stdout.split("\n")[:-1]


@pytest.mark.parametrize("settings, purge, kept", [
    ("", True, False), ("PreserveJobFiles Yes", True, False), (AS_THE_GUIDE_SAYS, False, False),
    ("cupsctl", False, False), ("", False, True), ("PreserveJobFiles Yes", False, True)],
    ids=["cups-default", "preserve-yes", "as-the-guide-says-without-the-purge", "cupsctl-without-the-purge",
         "cups-default-without-the-purge-keeps-it", "preserve-yes-without-the-purge-keeps-it"])
def test_a_printed_contact_is_found_nowhere_in_cups_after_close(tmp_path, settings, purge, kept):
    work = tmp_path / "work"
    work.mkdir()
    with cupsd("" if settings == "cupsctl" else settings) as (server, queue, out, top):
        if settings == "cupsctl":
            the_guides_command(server, top)
        kiosk_tmp = top / "kiosk-tmp"  # where Qt writes the document before handing it to CUPS
        kiosk_tmp.mkdir()
        db = tmp_path / "table.db"
        env = {**os.environ, "CUPS_SERVER": server, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(kiosk_tmp),
               "COMMONS_TABLE_TEST_QUEUE": queue, "COMMONS_TABLE_TEST_DB": str(db),
               "COMMONS_TABLE_TEST_CONTACT": CONTACT, **({} if purge else {"COMMONS_TABLE_TEST_NO_PURGE": "1"})}
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "tests/system/cards_print.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=240)
        assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
        # The job printed: cups-pdf's PDF is in place and CUPS has no job left to do (a job CUPS keeps no history
        # of is not listed as completed either).
        deadline = time.monotonic() + 120
        while not (list(out.rglob("*.pdf")) and not jobs(server, queue, "not-completed")):
            log = (top / "log/error_log").read_text() if (top / "log/error_log").exists() else ""
            assert time.monotonic() < deadline, f"the cards never printed; cupsd says:\n{log[-3000:]}"
            time.sleep(0.5)
        time.sleep(1)  # cups-pdf renames the finished file into place; let it close
        printed = list(out.rglob("*.pdf"))
        assert len(printed) == 1 and CONTACT in words_in(printed[0], work), "the card itself must carry it"

        market = open_market(db)  # the steward closes the market
        try:
            event = market.current_event()
            assert event is not None
            market.close_event(event.id, "handed_off")
            assert all(o.contact == "" for o in market.skill_offers(event.id))
        finally:
            market.close()

        searched = [top / name for name in ("spool", "cache", "state", "log", "conf", "cups-pdf-spool")]
        searched.append(kiosk_tmp)
        assert out not in searched and not any(out.is_relative_to(f) for f in searched)
        found = holding_the_contact(searched, work)
        if kept:  # what CUPS does unless told, or asked: the card's document stays in the spool for a day
            assert found and all("/spool/d" in f for f in found), found
        else:
            assert found == [], f"the contact outlived the market in {found}"
            assert not list((top / "spool").glob("d*")), "no document left in the spool"


def test_the_owner_may_purge_its_printed_job_under_debians_own_policy(tmp_path):
    """The purge is the job owner's to ask: an ordinary user (nobody), a queue under Debian's default policy (from
    /etc/cups/cupsd.conf, as a kiosk's CUPS has it), the kiosk's spool module (stdlib only) run by
    /usr/bin/python3."""
    conf = Path("/etc/cups/cupsd.conf")
    policy = re.search(r"<Policy default>.*?</Policy>", conf.read_text(), re.S) if conf.exists() else None
    need(policy is not None and shutil.which("runuser") is not None, "needs Debian's cupsd.conf and runuser")
    assert policy is not None
    with cupsd(policy[0].replace("<Policy default>", "<Policy debian>")) as (server, queue, out, top):
        done = subprocess.run(["lpadmin", "-h", server, "-p", queue, "-o", "printer-op-policy=debian"],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        module = top / "kiosk-module"  # where an ordinary user may read it
        module.mkdir()
        shutil.copy(ROOT / "ui" / "printing" / "spool.py", module / "spool.py")
        module.chmod(0o755)
        (module / "spool.py").chmod(0o644)
        script = ("import subprocess, sys; sys.path.insert(0, sys.argv[1]); import spool\n"
                  "subprocess.run(['lp', '-d', sys.argv[2], '-t', 'cards 0f0f', sys.argv[3]], check=True)\n"
                  "thread = spool.purge_when_done('cards 0f0f', poll_s=0.5); thread.join(120)\n"
                  "print('purged' if not thread.is_alive() else 'waiting')\n")
        card = top / "card.pdf"
        card.write_bytes(Path("/usr/share/cups/data/default-testpage.pdf").read_bytes())
        card.chmod(0o644)
        ran = subprocess.run(["runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", script, str(module), queue,
                              str(card)], env={**os.environ, "CUPS_SERVER": server}, capture_output=True, text=True,
                             cwd="/", timeout=180)
        assert ran.returncode == 0 and "purged" in ran.stdout, ran.stdout + ran.stderr
        assert list(out.rglob("*.pdf")), "the job printed"
        assert not list((top / "spool").glob("[cd]*")), "neither the document nor the job's record is left"
