"""USB sticks as they are sold: the journal exchange on real FAT32 and exFAT file systems (image files made by
mkfs.vfat / mkfs.exfat, mounted by the kernel's loop mount where it has the driver, else by fusefat /
exfat-fuse), a stick pulled mid-copy and a full stick. FAT has no hard links and keeps no file modes."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_table.cli import main
from kiosk.errors import VisitorError
from kiosk.several_kiosks import exchange as exchange_module
from kiosk.several_kiosks.exchange import claim_folder, folder_market
from kiosk.several_kiosks.files import decode_file
from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.store import journal, open_market

KINDS = {"vfat": ("mkfs.vfat", ["-F", "32"], "fusefat"), "exfat": ("mkfs.exfat", [], "mount.exfat-fuse")}


class Stick:
    """One image file with a FAT32 or exFAT file system, plugged (mounted) at `root`."""

    def __init__(self, tmp: Path, kind: str, megabytes: int = 40):
        mkfs, options, fuse = KINDS[kind]
        if shutil.which(mkfs) is None:
            pytest.skip(f"{mkfs} is not installed (scripts/bootstrap.sh test)")
        self.kind, self.fuse = kind, fuse
        self.image = tmp / f"{kind}.img"
        self.root = tmp / f"{kind}-stick"
        self.root.mkdir()
        self.loop = ""
        with self.image.open("wb") as out:
            out.truncate(megabytes * 1024 * 1024)
        subprocess.run([mkfs, *options, str(self.image)], check=True, capture_output=True)
        self.plug()

    def plug(self) -> None:
        kernel = subprocess.run(["mount", "-o", "loop", "-t", self.kind, str(self.image), str(self.root)],
                                capture_output=True)
        if kernel.returncode == 0:
            self.how = "kernel"
            return
        if shutil.which(self.fuse) is None or not Path("/dev/fuse").exists():
            pytest.skip(f"no {self.kind} in this kernel and no {self.fuse}")
        source = str(self.image)
        if self.kind == "exfat":  # exfat-fuse wants a block device
            self.loop = subprocess.run(["losetup", "-f", "--show", source], capture_output=True, text=True,
                                       check=True).stdout.strip()
            source = self.loop
            subprocess.run([self.fuse, source, str(self.root)], check=True, capture_output=True)
        else:
            subprocess.run([self.fuse, "-o", "rw+", source, str(self.root)], check=True, capture_output=True)
        self.how = "fuse"

    def pull(self) -> None:
        """Out of the port at once: a lazy unmount (nothing more reaches the stick)."""
        subprocess.run(["umount", "-l", str(self.root)], capture_output=True)
        if self.loop:
            subprocess.run(["losetup", "-d", self.loop], capture_output=True)
            self.loop = ""

    def unplug(self) -> None:
        subprocess.run(["umount", str(self.root)], capture_output=True)
        if subprocess.run(["mountpoint", "-q", str(self.root)]).returncode == 0:
            self.pull()
        if self.loop:
            subprocess.run(["losetup", "-d", self.loop], capture_output=True)
            self.loop = ""


@pytest.fixture(params=sorted(KINDS))
def stick(request, tmp_path: Path) -> Iterator[Stick]:
    made = Stick(tmp_path, request.param)
    try:
        yield made
    finally:
        made.unplug()


def kiosk(tmp_path: Path, name: str):
    # Today's markets, as the command line's clock sees them (so none is closed as a stale one).
    return open_market(tmp_path / f"{name}.db")


def test_sync_folder_works_on_the_stick(stick: Stick, tmp_path: Path, capsys):
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    a.list_item("books", 2, "poems")
    b.list_item("toys", 1, "kite")
    a.close()
    b.close()
    assert main(["sync", "--db", str(tmp_path / "a.db"), "--folder", str(stick.root)]) == 0
    assert main(["sync", "--db", str(tmp_path / "b.db"), "--folder", str(stick.root)]) == 0
    assert main(["sync", "--db", str(tmp_path / "a.db"), "--folder", str(stick.root)]) == 0
    out = capsys.readouterr().out
    assert "folded in 1 file" in out
    for name in ("a", "b"):
        m = kiosk(tmp_path, name)
        assert {i.title for i in m.available()} == {"poems", "kite"}
        m.close()
    assert not list(stick.root.rglob("*.part"))


def test_two_kiosks_claiming_the_stick_at_once_agree_on_one_market(stick: Stick):
    folder = stick.root / "commons-table-journal"
    folder.mkdir()
    got: list[str] = []
    start = threading.Barrier(4)

    def claim(n: int) -> None:
        start.wait()
        got.append(claim_folder(folder, f"market{n:04d}"))

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(got)) == 1 and folder_market(folder) == got[0]


def test_a_stick_pulled_mid_copy_leaves_only_whole_files_and_the_next_copy_finishes(stick: Stick, tmp_path: Path,
                                                                                      monkeypatch):
    a = kiosk(tmp_path, "a")
    several = SeveralKiosks(a, home=tmp_path / "st", folder=tmp_path / "journal")
    monkeypatch.setattr(journal, "FILE_EVENTS", 3)  # many small closed files
    for n in range(20):
        a.list_item("books", 1, f"book {n}")
    real = exchange_module.write_whole
    written: list[Path] = []

    def pulled_after_four(path, write):
        if len(written) == 4:
            stick.pull()
        written.append(path)
        return real(path, write)

    monkeypatch.setattr(exchange_module, "write_whole", pulled_after_four)
    with pytest.raises(VisitorError):
        several.copy_to(stick.root)
    monkeypatch.setattr(exchange_module, "write_whole", real)
    stick.unplug()
    stick.plug()  # plugged in again
    files = list((stick.root / "commons-table-journal").rglob("*.jsonl"))
    for path in files:
        decode_file(path.read_bytes())  # whole, or not there at all
    done = several.copy_to(stick.root)
    assert done.wrote_files == journal.closed_files(a).__len__() - len(files)
    b = kiosk(tmp_path, "b")
    SeveralKiosks(b, home=tmp_path / "bst", folder=tmp_path / "bjournal").copy_from(stick.root)
    assert {i.title for i in b.available()} == {f"book {n}" for n in range(20)}


def test_a_full_stick_says_so_and_keeps_no_half_files(tmp_path: Path, capsys):
    for kind in sorted(KINDS):
        (tmp_path / kind).mkdir()
        stick = Stick(tmp_path / kind, kind, megabytes=8 if kind == "exfat" else 34)
        try:
            fillers = [stick.root / "filler.bin", stick.root / "filler2.bin"]
            for filler, chunk in zip(fillers, (65536, 512), strict=True):
                with contextlib.suppress(OSError), filler.open("wb") as out:
                    while True:
                        out.write(bytes(chunk))
                        out.flush()
            a = kiosk(tmp_path / kind, "a")
            for n in range(30):
                a.list_item("books", 1, f"a rather long title for book number {n}")
            a.close()
            assert main(["sync", "--db", str(tmp_path / kind / "a.db"), "--folder", str(stick.root)]) == 2
            assert "cannot be written to" in capsys.readouterr().err
            assert not list(stick.root.rglob("*.part"))
            for path in stick.root.rglob("*.jsonl"):
                decode_file(path.read_bytes())
            fillers[0].unlink()  # room again: the same command finishes
            assert main(["sync", "--db", str(tmp_path / kind / "a.db"), "--folder", str(stick.root)]) == 0
            assert folder_market(stick.root) is not None
        finally:
            stick.unplug()


def test_the_stewards_copy_buttons_work_on_the_stick(stick: Stick, qtbot, tmp_path: Path, monkeypatch):
    from tests.gui.conftest import make_window, tap
    from tests.gui.test_events import to_steward_area
    from ui.flow import Step

    market = kiosk(tmp_path, "a")
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", stick.root)])
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    market.list_item("toys", 3, "marbles")
    other = kiosk(tmp_path, "other")
    other.list_item("kitchen", 1, "kettle")
    SeveralKiosks(other, home=tmp_path / "ost", folder=tmp_path / "ojournal").copy_to(stick.root)
    other.close()
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.to_usb)
    qtbot.waitUntil(window.notice.isVisible)
    assert "Copied" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    tap(screen.from_usb)
    qtbot.waitUntil(window.notice.isVisible)
    assert "Folded in" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    assert {i.title for i in market.available()} == {"marbles", "kettle"}
