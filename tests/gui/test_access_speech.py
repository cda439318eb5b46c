"""Read aloud: what is said follows the screen and the visitor's language (a recording voice stands in
for Qt TextToSpeech), and espeak-ng — the voice speech-dispatcher uses — turns it into real sound."""

from __future__ import annotations

import array
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.gui.conftest import choose_language, make_window, tap
from ui import speech
from ui.flow import Step


class RecordingVoice:
    """Stands in for QTextToSpeech: keeps what it was asked to say, and in which language."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.locale = QLocale("en")

    def setLocale(self, locale: QLocale) -> None:  # Qt's name
        self.locale = locale

    def say(self, text: str) -> None:
        self.said.append((self.locale.name().split("_")[0], text))

    def stop(self) -> None:
        pass

    def last(self) -> str:
        return self.said[-1][1] if self.said else ""


@pytest.fixture
def voice(monkeypatch) -> RecordingVoice:
    recording = RecordingVoice()
    monkeypatch.setattr(speech, "shared_engine", lambda: recording)
    monkeypatch.setattr(speech, "engine_installed", lambda: True)
    return recording


def turn_on_reading(qtbot, window) -> None:
    home = window.screen_for(Step.HOME)
    assert home.speak_button.isVisible()
    tap(home.speak_button)
    qtbot.waitUntil(lambda: window.speaker._unanswered == 0)  # the engine is made and speaks on its own thread


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_screen_says_its_title_and_choices_in_the_visitors_language(qtbot, demo_market, voice, lang):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    home = window.screen_for(Step.HOME)
    turn_on_reading(qtbot, window)
    assert voice.said and all(language == lang for language, _ in voice.said)
    for tile in home.tiles.values():  # the four doors, in the screen's own (translated) words
        assert tile.accessibleName() in voice.last()
    tap(home.tiles[Step.BRING])
    qtbot.waitUntil(lambda: window.screen_for(Step.BRING).pick_prompt.text() in voice.last())
    bring = window.screen_for(Step.BRING)
    books = bring.categories.tiles["books"].accessibleName()
    assert books in voice.last()
    assert voice.said[-1][0] == lang
    # A tap says what it did: the kind chosen, then the listing itself.
    tap(bring.categories.tiles["books"])
    qtbot.waitUntil(lambda: bring.chosen.text() in voice.last())
    tap(bring.done)
    qtbot.waitUntil(lambda: window.screen_for(Step.THANKS).heading.text() in voice.last())
    assert all(language == lang for language, _ in voice.said)


def test_spoken_words_change_with_the_language_and_a_take_is_told(qtbot, demo_market, voice):
    window = make_window(qtbot, demo_market, (800, 480))
    turn_on_reading(qtbot, window)
    english = voice.last()
    choose_language(window, "es")  # the language button opens the chooser: Español
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    qtbot.waitUntil(lambda: "Todo" in voice.last())
    spanish = voice.last()
    assert voice.said[-1][0] == "es" and spanish != english
    assert "Todo" in spanish and "Ver lo que hay" in spanish  # the screen's name and chips, in Spanish
    # Take one on the first row, tapped where it is painted.
    view = browse.list
    first = view.model().index(0, 0)
    button = browse.delegate.button_rect(view.visualRect(first))
    before = len(voice.said)
    tap(view.viewport(), button.center())
    qtbot.waitUntil(lambda: len(voice.said) > before)
    assert window.undo_bar.isVisible() and voice.last() == window.undo_bar.text.text()
    assert voice.last().startswith("Tomaste uno"), voice.last()


def test_reading_aloud_stops_at_the_idle_reset(qtbot, demo_market, voice):
    window = make_window(qtbot, demo_market, (800, 480))
    turn_on_reading(qtbot, window)
    window.idle_reset()
    assert not window.screen_for(Step.HOME).speak_button.isChecked()
    count = len(voice.said)
    tap(window.screen_for(Step.HOME).tiles[Step.WANTED])
    qtbot.wait(30)
    assert len(voice.said) == count


def test_no_engine_hides_the_toggle_and_the_log_names_the_packages(qtbot, market, monkeypatch, caplog):
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    monkeypatch.setattr(speech, "engine_plugins", lambda: {"mock"})
    with caplog.at_level(logging.WARNING, logger="ui.speech"):
        assert speech.make_engine() is None
        assert not speech.engine_installed()
    assert "speech-dispatcher" in caplog.text and "espeak-ng" in caplog.text
    monkeypatch.setattr(speech, "shared_engine", lambda: None)
    window = make_window(qtbot, market, (800, 480))
    home = window.screen_for(Step.HOME)
    assert not home.speak_button.isVisible() and home.large_button.isVisible()


def test_the_engine_is_made_when_reading_aloud_is_first_turned_on_never_at_start(qtbot, market, monkeypatch):
    made = []
    monkeypatch.setattr(speech, "engine_installed", lambda: True)
    monkeypatch.setattr(speech, "shared_engine", lambda: made.append(1) or None)  # installed, but will not start
    window = make_window(qtbot, market, (800, 480))
    home = window.screen_for(Step.HOME)
    assert made == [] and home.speak_button.isVisible()  # speech-dispatcher takes a second to start: not at start
    tap(home.speak_button)
    qtbot.waitUntil(lambda: made == [1])  # on the speech thread, never the window's
    qtbot.waitUntil(lambda: not home.speak_button.isVisible())
    assert not window.speaker.on  # no toggle that does nothing


# ----- real sound -----------------------------------------------------------------------------------------


def rms(path) -> float:
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2
        samples = array.array("h", wav.readframes(wav.getnframes()))
    assert len(samples) > 0
    return (sum(s * s for s in samples) / len(samples)) ** 0.5


@pytest.mark.parametrize("lang", ["en", "es"])
def test_espeak_ng_says_what_would_be_spoken_out_loud(qtbot, demo_market, voice, lang, tmp_path):
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI"):
            pytest.fail("espeak-ng is missing: scripts/bootstrap.sh test installs it")
        pytest.skip("espeak-ng is not installed")
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    turn_on_reading(qtbot, window)
    tap(window.screen_for(Step.HOME).tiles[Step.WANTED])
    qtbot.waitUntil(lambda: len(voice.said) >= 2)
    spoken_lang, text = voice.said[-1]
    assert spoken_lang == lang
    out = tmp_path / f"{lang}.wav"
    subprocess.run(["espeak-ng", "-v", spoken_lang, "-w", str(out), text], check=True, timeout=60,
                   capture_output=True)
    with wave.open(str(out)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 2, seconds  # a title and a dozen kinds take a while to say
    assert rms(out) > 500  # not silence (16-bit samples)
    silent = tmp_path / "silent.wav"
    subprocess.run(["espeak-ng", "-v", spoken_lang, "-w", str(silent), " "], check=True, timeout=60,
                   capture_output=True)
    assert rms(silent) < 50 if os.path.getsize(silent) > 44 else True  # the measure can tell silence


# The check runs in a process of its own, as the kiosk runs its engine (ui/speech_helper.py): Qt TextToSpeech
# holds Python's lock while it waits on speech-dispatcher, so a dispatcher that hangs would hang the suite.
ENGINE_CHECK = """
import sys
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
from kiosk.catalog import LANGUAGES
from ui import speech
app = QCoreApplication(sys.argv[:1])
engine = speech.make_engine()
if engine is None:
    print("none")
    sys.exit(0)
assert isinstance(engine, QTextToSpeech) and engine.engine() in speech.ENGINES
assert engine.state() != QTextToSpeech.State.Error, engine.errorString()
for lang in LANGUAGES:
    engine.setLocale(QLocale(lang))
    assert engine.voice().locale().language() == QLocale(lang).language(), (lang, engine.voice().name())
print("voices", engine.engine())
"""


def test_speech_dispatcher_works_through_qt_and_has_a_voice_for_each_language(tmp_path):
    """The real engine: Qt's speechd plugin (PySide6-Addons) reaches Debian's speech-dispatcher, which
    autostarts, with espeak-ng's voices behind it. It autostarts in a runtime folder of the test's own, so the
    dispatcher it starts is nobody else's (not a test's on another process, nor a stale one of the machine's user)."""
    root = Path(__file__).resolve().parents[2]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    try:
        done = subprocess.run([sys.executable, "-c", ENGINE_CHECK], cwd=root, capture_output=True, text=True,
                              timeout=90, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                               "XDG_RUNTIME_DIR": str(runtime)})
    except subprocess.TimeoutExpired:
        pytest.fail("speech-dispatcher did not answer within 90 s (a hung dispatcher: the kiosk gives speech up)")
    finally:
        started = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if started.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(started.read_text().strip()), signal.SIGTERM)
    assert done.returncode == 0, done.stderr
    if done.stdout.strip() == "none":
        if os.environ.get("CI"):
            pytest.fail("no speech engine: scripts/bootstrap.sh test installs speech-dispatcher-espeak-ng")
        pytest.skip("speech-dispatcher with espeak-ng is not installed")
    assert done.stdout.startswith("voices"), done.stdout
