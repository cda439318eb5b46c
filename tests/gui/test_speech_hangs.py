"""Read aloud never holds the screen: the engine (Qt TextToSpeech in its helper process) is made and called
from a thread of its own, and a speech-dispatcher that stops answering (SIGSTOP) is given up, its toggle
hidden, with a log line.

A private speech-dispatcher (its own socket, through SPEECHD_ADDRESS) so the test stops no one else's."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.conftest import make_window, tap
from ui import speech
from ui.flow import Step


@pytest.fixture
def speechd(tmp_path: Path, monkeypatch) -> Iterator[subprocess.Popen[bytes]]:
    if shutil.which("speech-dispatcher") is None:
        pytest.skip("speech-dispatcher is not installed (scripts/bootstrap.sh test)")
    socket = tmp_path / "speechd.sock"
    (tmp_path / "log").mkdir()
    process = subprocess.Popen(["speech-dispatcher", "-s", "-t", "0", "-c", "unix_socket", "-S", str(socket),
                                "-P", str(tmp_path / "speechd.pid"), "-L", str(tmp_path / "log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 20
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
    try:
        yield process
    finally:
        for sig in (signal.SIGCONT, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                pass
        process.wait(10)


class NotingVoice:
    """The real engine, noting on which thread each call is made."""

    def __init__(self, engine, calls: list[tuple[str, bool]]):
        self.engine, self.calls = engine, calls

    def _note(self, name: str) -> None:
        self.calls.append((name, threading.current_thread() is threading.main_thread()))

    def say(self, text: str) -> None:
        self._note("say")
        self.engine.say(text)

    def stop(self) -> None:
        self._note("stop")
        self.engine.stop()

    def setLocale(self, locale) -> None:
        self._note("setLocale")
        self.engine.setLocale(locale)


@pytest.mark.timeout(120)
def test_a_hung_speech_dispatcher_never_holds_the_screen_and_is_given_up(qtbot, market, speechd, monkeypatch,
                                                                         caplog):
    calls: list[tuple[str, bool]] = []

    def engine():
        calls.append(("make", threading.current_thread() is threading.main_thread()))
        made = speech.ProcessVoice.start()  # the real engine, in its helper process
        return NotingVoice(made, calls) if made is not None else None

    monkeypatch.setattr(speech, "shared_engine", engine)
    monkeypatch.setattr(speech, "engine_installed", lambda: True)
    monkeypatch.setattr(speech, "_thread", [])  # a speech thread of this test's own
    monkeypatch.setattr(speech, "_hung", [])
    monkeypatch.setattr(speech, "HANG_MS", 2000)
    window = make_window(qtbot, market, (800, 480))
    home = window.screen_for(Step.HOME)
    try:
        tap(home.speak_button)
        qtbot.waitUntil(lambda: window.speaker._found is not None, timeout=30_000)
        if not window.speaker._found:
            pytest.skip("no speech engine works here (Qt's speechd plugin)")
        qtbot.waitUntil(lambda: window.speaker._unanswered == 0, timeout=30_000)
        assert home.speak_button.isVisible()
        os.killpg(speechd.pid, signal.SIGSTOP)  # speech-dispatcher and its espeak-ng module stop answering
        with caplog.at_level(logging.WARNING, logger="ui.speech"):
            for _ in range(3):  # each tap is answered: the screen changes at once
                tap(home.tiles[Step.WANTED])
                assert window.flow.step == Step.WANTED
                window.go_home()
                assert window.flow.step == Step.HOME
            qtbot.waitUntil(lambda: not home.speak_button.isVisible(), timeout=20_000)
        assert not window.speaker.on and not window.speaker.available
        assert "stopped answering" in caplog.text
    finally:
        os.killpg(speechd.pid, signal.SIGKILL)  # the call stuck on the speech thread returns
        for one in speech._thread:
            one.stop(10_000)
    assert {name for name, _ in calls} >= {"make", "stop", "say"}
    assert not [name for name, on_window_thread in calls if on_window_thread]


KIOSK = """
import sys, time
from ui.speech import ProcessVoice
ProcessVoice.spawn()  # started as the kiosk starts it
time.sleep(600)
"""


def test_a_stuck_helper_ends_with_the_kiosk_that_started_it(tmp_path):
    # A helper stuck in a hung speech-dispatcher never reads its closed stdin; after a kill -9 of the kiosk (or a
    # crash, and systemd's restart) it must not live on.
    kiosk = subprocess.Popen([sys.executable, "-c", KIOSK], cwd=Path(__file__).parents[2],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        helper = None
        deadline = time.monotonic() + 60
        while helper is None and time.monotonic() < deadline:
            children = Path(f"/proc/{kiosk.pid}/task/{kiosk.pid}/children").read_text().split()
            for pid in children:
                # The helper itself, not the kiosk's copy between fork and exec (that has Qt in it too, and,
                # stopped there, would never reach the helper's first lines).
                helper_itself = b"ui.speech_helper" in Path(f"/proc/{pid}/cmdline").read_bytes()
                with_qt = "libQt6Core" in Path(f"/proc/{pid}/maps").read_text(errors="replace")
                if helper_itself and with_qt:  # past its first lines, where it asks to end with the kiosk
                    helper = int(pid)
            time.sleep(0.05)
        assert helper is not None, "the speech helper did not start"
        os.kill(helper, signal.SIGSTOP)  # stuck: it reads nothing any more
    finally:
        kiosk.kill()
        kiosk.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{helper}").exists() and "Z" not in Path(f"/proc/{helper}/stat").read_text().split()[2] \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    gone = not Path(f"/proc/{helper}").exists() or Path(f"/proc/{helper}/stat").read_text().split()[2] == "Z"
    if not gone:
        os.kill(helper, signal.SIGKILL)
    assert gone, "the helper outlived the kiosk"
