"""A kiosk started on a full disk (issue 27, item 7): it shows the table, says plainly that nothing can be saved,
and quits cleanly on systemd's stop — never a traceback, never an exit a service would restart in a loop.

The disk is a real one: a small tmpfs, filled to the brim, mounted in a private user and mount namespace
(`unshare -rm`, util-linux), so it goes away with the process whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.store import open_market

ROOT = Path(__file__).resolve().parents[2]

ON_A_FULL_DISK = r"""
import hashlib, os, selectors, shutil, signal, subprocess, sys, time
from pathlib import Path
source, mount = Path(sys.argv[1]), Path(sys.argv[2])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
db = mount / "table.db"
shutil.copyfile(source, db)
try:
    with open(mount / "filler", "wb") as filler:
        while True:
            filler.write(b"\0" * 4096)
            filler.flush()
except OSError:
    pass
before = hashlib.sha256(db.read_bytes()).hexdigest()
kiosk = subprocess.Popen([sys.executable, "-m", "commons_table", "--windowed", "--db", str(db)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
said = []
deadline = time.monotonic() + 90
with selectors.DefaultSelector() as sel:
    sel.register(kiosk.stderr, selectors.EVENT_READ)
    while not any("home is on the screen" in line for line in said):
        if kiosk.poll() is not None or time.monotonic() > deadline or not sel.select(1):
            if kiosk.poll() is not None or time.monotonic() > deadline:
                break
            continue
        line = kiosk.stderr.readline()
        if not line:
            break
        said.append(line)
if kiosk.poll() is None:
    kiosk.send_signal(signal.SIGTERM)
try:
    code = kiosk.wait(timeout=30)
except subprocess.TimeoutExpired:
    kiosk.kill()
    code = "hung"
said.append(kiosk.stderr.read())
print(code)
print(hashlib.sha256(db.read_bytes()).hexdigest() == before)
print("".join(said))
"""


def test_a_kiosk_started_on_a_full_disk_shows_the_table_and_stops_cleanly(tmp_path):
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-rm", "true"]).returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("unshare -rm (util-linux, user namespaces) is needed for a real full disk")
        pytest.skip("no user namespaces here (needs root or unprivileged user namespaces)")
    source = tmp_path / "table.db"
    market = open_market(source)
    fill_demo(market)
    market.close()
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["unshare", "-rm", sys.executable, "-c", ON_A_FULL_DISK, str(source), str(mount)],
                            capture_output=True, text=True, timeout=180, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    code, unchanged, said = result.stdout.split("\n", 2)
    assert unchanged == "True"  # the data file was read, never written
    # The window was built on the table as it is, and told that nothing can be saved.
    assert "home is on the screen" in said, said
    assert "data file is full, so nothing can be saved" in said, said
    # systemd's stop: a clean quit (status 0), and nothing on stderr a person would take for a crash.
    assert code == "0", said
    assert "Traceback" not in said and "Logging error" not in said, said


@pytest.mark.parametrize("days_ago", [0, 5])  # 5: a market left open is closed in a copy in memory, not the file
def test_the_table_opened_to_look_at_refuses_every_write_plainly_and_leaves_the_file_alone(tmp_path, days_ago):
    import datetime as dt

    from kiosk.errors import StoreProblem
    from ui.app import open_to_look_at

    db = tmp_path / "table.db"
    then = dt.datetime.now() - dt.timedelta(days=days_ago)
    market = open_market(db, clock=lambda: then)
    market.ensure_event()
    for n in range(3):
        market.list_item("books", 2, f"Poetry books {n}")
    market.close()
    before = db.read_bytes()
    looked_at = open_to_look_at(db)
    assert looked_at is not None and looked_at.path is None  # no backups, nothing beside the file
    try:
        shown = looked_at.available()
        assert len(shown) == (3 if days_ago == 0 else 0)  # a market from days ago: closed, what is left kept
        with pytest.raises(StoreProblem) as refused:
            if shown:
                looked_at.take_one(shown[0].id)
            else:
                looked_at.ensure_event()  # opening today's market
        assert refused.value.sentence == ("The kiosk cannot write to its data file, so this was not saved. "
                                          "Please tell a steward.")
        assert looked_at.available() == shown
    finally:
        looked_at.close()
    assert db.read_bytes() == before


def test_a_log_file_that_cannot_be_written_never_raises_nor_prints_a_traceback(tmp_path, capsys):
    import logging

    from ui.app import rotate_log, setup_logging

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "table.log").symlink_to("/dev/full")  # every write: ENOSPC
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path / "table.db")
        logging.getLogger("commons_table").info("home is on the screen")
        rotate_log()  # closes the plain handler: its flush fails again
        logging.getLogger("commons_table").warning("still going")
        for handler in root.handlers:
            if handler not in before:
                assert isinstance(getattr(handler, "failed", None), OSError)
                handler.close()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
    said = capsys.readouterr().err
    assert "Traceback" not in said and "Logging error" not in said, said
    assert said.splitlines() == ["commons-table: INFO commons_table: home is on the screen",
                                 "commons-table: WARNING commons_table: still going"]
