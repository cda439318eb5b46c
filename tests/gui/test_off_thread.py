"""The window's thread never waits on another program: every call to Syncthing's REST API runs on the worker
thread, and a Syncthing that stops answering (SIGSTOP) is killed and started again, with a notice."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from kiosk.several_kiosks import syncthing as syncthing_module
from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.several_kiosks.syncthing import Syncthing, binary, free_port
from kiosk.store import journal
from tests.gui.conftest import make_window, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step

needs_syncthing = pytest.mark.skipif(binary() is None and not os.environ.get("CI"),
                                     reason="Syncthing is not installed (Debian package syncthing)")


@pytest.fixture
def calls(monkeypatch) -> list[tuple[str, bool]]:
    """Every REST call: (path, made on the window's thread?)."""
    made: list[tuple[str, bool]] = []
    real = syncthing_module.Syncthing._call

    def watched(self, method, path, *args, **kwargs):
        made.append((path, threading.current_thread() is threading.main_thread()))
        return real(self, method, path, *args, **kwargs)

    monkeypatch.setattr(syncthing_module.Syncthing, "_call", watched)
    return made


@needs_syncthing
@pytest.mark.xdist_group("syncthing")  # one worker runs every test that starts Syncthing
@pytest.mark.timeout(180)
def test_no_rest_call_is_made_on_the_windows_thread(qtbot, market, tmp_path: Path, monkeypatch, calls):
    mine = Syncthing(tmp_path / "st", listen=f"tcp://127.0.0.1:{free_port()}", local_discovery=False)
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: SeveralKiosks(
        w.market, home=tmp_path / "st", folder=tmp_path / "journal", syncthing=mine))
    window = make_window(qtbot, market, size=(800, 480))
    screen = window.screen_for(Step.KIOSKS)
    try:
        to_steward_area(window)
        tap(screen.open_button)
        tap(screen.switch)
        qtbot.waitUntil(lambda: market.setting("several_kiosks") is True, timeout=40_000)
        tap(window.notice.answer_button("ok"))
        screen.tick()
        qtbot.waitUntil(lambda: screen.status.text().startswith("On: 0 kiosks paired"), timeout=20_000)
        tap(screen.add_button)
        qtbot.waitUntil(lambda: screen.candidates_hint.text() != "", timeout=20_000)
        screen.leave()
        qtbot.waitUntil(lambda: not screen.worker.busy(), timeout=20_000)
        tap(screen.switch)
        qtbot.waitUntil(lambda: not screen.worker.busy(), timeout=20_000)
        made = list(calls)
    finally:
        screen.stop()  # as the kiosk quits
    assert {"/rest/system/status", "/rest/config/devices"} <= {path for path, _ in made}
    assert not [path for path, here in made if here]


@needs_syncthing
@pytest.mark.xdist_group("syncthing")  # one worker runs every test that starts Syncthing
@pytest.mark.timeout(180)
def test_a_syncthing_that_stops_answering_is_killed_started_again_and_the_steward_told(qtbot, market, tmp_path,
                                                                                       monkeypatch, calls):
    from ui.screens.kiosks import RESTARTED

    mine = Syncthing(tmp_path / "st", listen=f"tcp://127.0.0.1:{free_port()}", local_discovery=False)
    several = SeveralKiosks(market, home=tmp_path / "st", folder=tmp_path / "journal", syncthing=mine)
    monkeypatch.setattr("ui.screens.kiosks.make_several", lambda w: several)
    monkeypatch.setattr("ui.screens.kiosks.TICK_MS", 300)
    market.set_setting("several_kiosks", True)
    window = make_window(qtbot, market, size=(800, 480))
    screen = window.screen_for(Step.KIOSKS)
    try:
        screen.start()
        qtbot.waitUntil(lambda: mine.process is not None and not screen.starting(), timeout=40_000)
        assert mine.process is not None
        hung = mine.process.pid
        os.kill(hung, signal.SIGSTOP)
        for child in syncthing_module._children(hung):
            os.kill(child, signal.SIGSTOP)
        # Taps are answered meanwhile: the window's thread never waits for the stopped Syncthing.
        to_steward_area(window)
        tap(screen.open_button)
        assert window.flow.step == Step.KIOSKS
        qtbot.waitUntil(lambda: any(s == RESTARTED for _, _, s in journal.notices(market, True)), timeout=90_000)
        on_window_thread = [path for path, here in calls if here]
        assert mine.process is not None and mine.process.pid != hung and mine.answering()
        screen.refresh()
        assert RESTARTED in screen.notices.text()
    finally:
        screen.stop()
        mine.stop()
    assert not on_window_thread
