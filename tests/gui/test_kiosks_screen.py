"""The steward's Several kiosks screen, with real taps and a real Syncthing on 127.0.0.1 for each kiosk."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.several_kiosks.syncthing import Syncthing, binary, free_port, pairing_code
from kiosk.store import journal, open_market
from tests.conftest import FakeClock
from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step

needs_syncthing = pytest.mark.skipif(binary() is None and not os.environ.get("CI"),
                                     reason="Syncthing is not installed (Debian package syncthing)")


def lan_free(tmp_path: Path, name: str) -> tuple[Syncthing, int]:
    port = free_port()
    return Syncthing(tmp_path / f"{name}-st", listen=f"tcp://127.0.0.1:{port}", local_discovery=False), port


@needs_syncthing
@pytest.mark.xdist_group("syncthing")  # one worker runs every test that starts Syncthing
@pytest.mark.timeout(240)
def test_pairing_by_taps_and_a_listing_at_the_other_kiosk_shows_here(qtbot, market, tmp_path, monkeypatch):
    mine, my_port = lan_free(tmp_path, "a")
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "a-st", folder=tmp_path / "a-journal", syncthing=mine))
    monkeypatch.setattr("ui.screens.kiosks.TICK_MS", 500)
    other_market = open_market(tmp_path / "b.db", clock=FakeClock())
    theirs, _ = lan_free(tmp_path, "b")
    other = SeveralKiosks(other_market, home=tmp_path / "b-st", folder=tmp_path / "b-journal", syncthing=theirs)
    window = make_window(qtbot, market, size=(800, 480))
    try:
        to_steward_area(window)
        screen = window.screen_for(Step.KIOSKS)
        tap(screen.open_button)
        assert window.flow.step == Step.KIOSKS
        assert not screen.add_button.isVisible()
        tap(screen.switch)
        qtbot.waitUntil(lambda: market.setting("several_kiosks") is True, timeout=40_000)
        assert mine.running()
        tap(window.notice.answer_button("ok"))
        assert screen.add_button.isVisible()

        # The other kiosk turns on and asks to pair with this one (its steward picked this kiosk).
        their_id = other.turn_on()
        other.pair(mine.device_id(), addresses=[f"tcp://127.0.0.1:{my_port}"])
        code = pairing_code(mine.device_id(), their_id)

        def offered() -> bool:
            tap(screen.add_button)
            return any(code in b.text() for b in screen.findChildren(QPushButton) if b.isVisible())

        qtbot.waitUntil(offered, timeout=60_000)
        pick = next(b for b in screen.findChildren(QPushButton) if b.isVisible() and code in b.text())
        assert pick.height() >= 64
        their_name = journal.kiosk_id(other_market)[:4]  # one name for a kiosk everywhere
        assert f"Kiosk {their_name} · code {code}" in pick.text()
        assert screen.me.text() == f"This kiosk is Kiosk {journal.kiosk_id(market)[:4]}."
        tap(pick)
        assert window.notice.isVisible() and code in window.notice.text.text()
        tap(window.notice.answer_button("yes"))
        qtbot.waitUntil(lambda: "confirm on the other kiosk" in window.notice.text.text(), timeout=30_000)
        # They connect when a Syncthing dials again (local discovery is off here): seconds alone, more than 30 s
        # twice in a whole suite on a loaded machine this session.
        qtbot.waitUntil(lambda: "Paired" in window.notice.text.text(), timeout=90_000)
        tap(window.notice.answer_button("ok"))
        assert any(p.device_id == their_id for p in mine.peers())

        # Something listed at the other kiosk shows on this one's Browse screen, by the timer alone.
        other_market.list_item("books", 2, "Moby Dick")
        other_market.machine_clock.advance(seconds=1)

        def other_side() -> None:
            other.tick()

        window.go_home()
        window.go(Step.BROWSE)

        def arrived() -> bool:
            other_side()
            return any(i.title == "Moby Dick" for i in market.available())

        qtbot.waitUntil(arrived, timeout=60_000)
        browse = window.screen_for(Step.BROWSE)
        qtbot.waitUntil(lambda: "Moby Dick" in _texts(browse), timeout=10_000)
        screen.refresh()
        assert f"Kiosk {their_name}:" in screen.kiosks_list.text()
    finally:
        window.screen_for(Step.KIOSKS).stop()
        theirs.stop()
        other_market.close()


def _texts(widget) -> str:
    from PySide6.QtCore import QAbstractItemModel, Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    words = [w.text() for w in widget.findChildren(QLabel)]
    for view in widget.findChildren(QAbstractItemView):
        model: QAbstractItemModel = view.model()
        for row in range(model.rowCount()):
            words.append(str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)))
            words.append(str(model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)))
    return " ".join(words)


def test_without_syncthing_turning_on_says_which_package(qtbot, market, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.switch)
    assert window.notice.isVisible()
    assert "“syncthing”" in window.notice.text.text() and "apt install syncthing" in window.notice.text.text()
    assert market.setting("several_kiosks") is False


def test_copy_to_and_from_a_usb_stick(qtbot, market, tmp_path, monkeypatch):
    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", stick)])
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    market.list_item("toys", 3, "marbles")
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.to_usb)
    qtbot.waitUntil(window.notice.isVisible)
    tap(window.notice.answer_button("ok"))
    assert list((stick / "commons-table-journal").rglob("*.jsonl"))
    # Another kiosk, never on the network, takes the stick, adds its own, and brings it back.
    other = open_market(tmp_path / "other.db", clock=FakeClock())
    other_several = SeveralKiosks(other, home=tmp_path / "ost", folder=tmp_path / "ojournal")
    other_several.copy_from(stick)
    other.list_item("kitchen", 1, "kettle")
    other_several.copy_to(stick)
    other.close()
    tap(screen.from_usb)
    qtbot.waitUntil(window.notice.isVisible)
    tap(window.notice.answer_button("ok"))
    assert {i.title for i in market.available()} == {"marbles", "kettle"}
    assert "Kiosk" in screen.kiosks_list.text()


def a_bad_file_brought_on_a_stick(qtbot, market, tmp_path, monkeypatch, lang: str = "en"):
    """The Several kiosks screen after a steward copied from a stick holding one file that is not a journal (and
    said OK), in `lang`."""
    folder = tmp_path / "STICK" / "commons-table-journal" / "cccccccccccc"
    folder.mkdir(parents=True)
    (folder / "000000001.jsonl").write_bytes(b'{"format": "nope"}\n')
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", tmp_path / "STICK")])
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    window = make_window(qtbot, market, size=(800, 480))
    if lang != "en":
        choose_language(window, lang)
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    assert not screen.notices.isVisible()
    tap(screen.from_usb)
    qtbot.waitUntil(window.notice.isVisible)
    tap(window.notice.answer_button("ok"))
    return window, screen


def test_the_steward_sees_what_an_exchange_skipped_once(qtbot, market, tmp_path, monkeypatch):
    window, screen = a_bad_file_brought_on_a_stick(qtbot, market, tmp_path, monkeypatch)
    assert screen.notices.isVisible() and "cccccccccccc/000000001.jsonl" in screen.notices.text()
    window.go_home()
    to_steward_area(window)
    tap(screen.open_button)
    assert not screen.notices.isVisible()


def test_what_an_exchange_skipped_is_told_in_the_language_on_show(qtbot, market, tmp_path, monkeypatch):
    """A steward who reads Spanish or Arabic reads why a file was skipped in it; the log keeps English."""
    window, screen = a_bad_file_brought_on_a_stick(qtbot, market, tmp_path, monkeypatch, "es")
    file = "\u2068cccccccccccc/000000001.jsonl\u2069"  # set apart, to read left to right inside Arabic words
    assert screen.notices.text() == f"Se omitió {file}: no es un registro de Commons Table."
    choose_language(window, "ar")
    assert screen.notices.text() == f"تُرك {file}: إنه ليس سجل Commons Table."
    assert journal.notices(market)[0][2] == \
        "Skipped cccccccccccc/000000001.jsonl: it is not a Commons Table journal."


def test_a_reason_inside_a_reason_is_said_in_the_language_on_show_and_an_older_notice_as_it_was(qtbot, market):
    from kiosk.several_kiosks.files import JournalError, decode_file, encode_file, make_event

    listed = make_event("cccccccccccc", 1, "listed", "2026-11-28T10:00", category="kitchen", title="pan")
    with pytest.raises(JournalError) as refused:
        decode_file(encode_file("m", "cccccccccccc", [listed]), "cccccccccccc")
    journal.notice(market, refused.value)
    market.db.execute("INSERT INTO journal_notices (at, sentence, seen) VALUES (?, ?, 0)",
                      ["2026-11-28T10:00", "Skipped a/1.jsonl: {as a kiosk before this version said it}."])
    window = make_window(qtbot, market, size=(800, 480))
    choose_language(window, "es")
    said, older = journal.unseen_notices(market)
    assert said.sentence == "an event with a reference that is not a thing's id (line 2)"
    assert window.words_of(said) == "un evento con una referencia que no es el identificador de una cosa (línea 2)"
    assert window.words_of(older) == "Skipped a/1.jsonl: {as a kiosk before this version said it}."


@needs_syncthing
@pytest.mark.xdist_group("syncthing")  # one worker runs every test that starts Syncthing
@pytest.mark.timeout(120)
def test_when_several_kiosks_is_on_the_kiosk_starts_syncthing_and_folds_without_a_steward(qtbot, market, tmp_path,
                                                                                         monkeypatch):
    mine, _ = lan_free(tmp_path, "a")
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "a-st", folder=tmp_path / "a-journal", syncthing=mine))
    market.set_setting("several_kiosks", True)  # a steward turned it on before the kiosk restarted
    started: list[str] = []  # the thread each start of Syncthing ran on
    release = threading.Event()  # each start waits until the test lets it go
    real_start = mine.start

    def held_start(*args, **kwargs):
        started.append(threading.current_thread().name)
        release.wait(30)
        return real_start(*args, **kwargs)

    monkeypatch.setattr(mine, "start", held_start)
    from ui.main_window import KioskWindow

    window = KioskWindow(market)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.built(Step.KIOSKS) is not None, timeout=10_000)
        screen = window.built(Step.KIOSKS)
        qtbot.waitUntil(screen.starting)
        assert screen.timer.isActive()
        assert window.flow.step == Step.HOME and not {Step.EVENTS, Step.SIGNS} & set(window.built_screens())
        # While Syncthing is held coming up, the window's thread goes on: a steward who looks meanwhile reads
        # that it is starting, not "0 kiosks paired".
        to_steward_area(window)
        tap(screen.open_button)
        assert screen.status.text() == "On: starting up, one moment…"
        release.set()
        qtbot.waitUntil(lambda: not screen.starting(), timeout=40_000)
        assert mine.running() and len(started) == 1 and started[0] != threading.main_thread().name
        screen.tick()  # the timer's next exchange: the screen in view says what is paired now
        qtbot.waitUntil(lambda: screen.status.text().startswith("On: 0 kiosks paired"), timeout=10_000)
        # Syncthing dies under the running kiosk: the timer's tick starts it again off the window's thread and
        # returns while that start is still held.
        release.clear()
        mine.kill()
        monkeypatch.setattr(screen.several, "_last_start", float("-inf"))  # a restart is due now
        screen.tick()
        qtbot.waitUntil(lambda: len(started) == 2, timeout=10_000)
        assert started[1] != threading.main_thread().name and not mine.running()
        release.set()
        qtbot.waitUntil(mine.running, timeout=40_000)
        assert mine.device_id()
    finally:
        release.set()
        window.built(Step.KIOSKS).stop()  # as the application's aboutToQuit does
        window.close()
        mine.stop()


def test_a_usb_copy_touches_the_stick_only_off_the_windows_thread(qtbot, market, tmp_path, monkeypatch):
    from kiosk.several_kiosks import sharing

    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", stick)])
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    other = open_market(tmp_path / "other.db", clock=FakeClock())
    other.list_item("kitchen", 1, "kettle")
    SeveralKiosks(other, home=tmp_path / "ost", folder=tmp_path / "ojournal").copy_to(stick)
    other.close()
    copied_on: list[threading.Thread] = []  # the thread each copy of journal files ran on
    real_copy = sharing._copy_files

    def recorded(source, target, skip):
        copied_on.append(threading.current_thread())
        return real_copy(source, target, skip)

    monkeypatch.setattr(sharing, "_copy_files", recorded)
    market.list_item("toys", 3, "marbles")
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.from_usb)
    qtbot.waitUntil(window.notice.isVisible)
    assert copied_on and threading.main_thread() not in copied_on
    assert "Folded in" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    assert screen.from_usb.isEnabled() and screen.to_usb.isEnabled()
    tap(screen.to_usb)
    qtbot.waitUntil(window.notice.isVisible)
    assert "Copied" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    assert {i.title for i in market.available()} == {"marbles", "kettle"}
    assert len(list((stick / "commons-table-journal").rglob("*.jsonl"))) == 2
    assert copied_on and threading.main_thread() not in copied_on


def test_a_full_usb_stick_is_told_in_one_sentence(qtbot, market, tmp_path, monkeypatch):
    import errno

    from kiosk.several_kiosks import sharing

    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", stick)])
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sharing, "_copy_files", full)
    market.list_item("toys", 3, "marbles")
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.to_usb)
    assert not screen.from_usb.isEnabled() and not screen.to_usb.isEnabled()  # while the copy runs
    qtbot.waitUntil(window.notice.isVisible)
    assert "The USB stick is full" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    assert screen.to_usb.isEnabled()


def test_without_syncthing_the_screen_says_which_package_at_once(qtbot, market, tmp_path, monkeypatch):
    monkeypatch.setattr("kiosk.several_kiosks.syncthing.binary", lambda: None)
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal"))
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.KIOSKS)
    tap(screen.open_button)
    tap(screen.switch)
    assert "apt install syncthing" in screen.status.text()
    assert not screen.starting()
