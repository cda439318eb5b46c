"""Run by test_cups.py in its own process, with CUPS_SERVER pointing at the test's cupsd and COMMONS_TABLE_TEST_CUPSD
its process id: cupsd is stopped (SIGSTOP) before the steward taps Print. The window's event loop keeps running — a
timer keeps firing, a tap on Home and a visitor's language change are served — while the pages wait for cupsd; let
go (SIGCONT), it takes them and the steward is told. A thread of the test's own lets cupsd go on after GIVE_UP_S
in any case, so that a window that does wait on it (the old way) fails here rather than hangs."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.store import Market
from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step
from ui.printing.printers import printer_thread

GIVE_UP_S = 20.0


def test_a_stopped_cupsd_holds_neither_print_nor_the_kiosk(qtbot, demo_market: Market):
    cupsd = int(os.environ["COMMONS_TABLE_TEST_CUPSD"])
    queue = os.environ["COMMONS_TABLE_TEST_QUEUE"]
    window = make_window(qtbot, demo_market)
    to_steward_area(window)
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.page_count > 1)
    qtbot.waitUntil(lambda: queue in screen.print_button.accessibleDescription())  # cupsd answered, once
    qtbot.waitUntil(lambda: not printer_thread().busy())

    stopped = threading.Event()
    lock = threading.Lock()

    def go_on() -> None:
        with lock:
            if stopped.is_set():
                stopped.clear()
                os.kill(cupsd, signal.SIGCONT)

    ticks: list[bool] = []  # each tick of a timer on the window's thread: was cupsd stopped then?
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(stopped.is_set()))
    timer.start()
    os.kill(cupsd, signal.SIGSTOP)
    stopped.set()
    watchdog = threading.Timer(GIVE_UP_S, go_on)
    watchdog.start()
    try:
        screen.printer.look_up()  # as it is looked up now and then: asked of the stopped cupsd, on its thread
        tap(screen.print_button)  # the printer known from before: the pages wait behind that question
        assert window.notice.text.text() == "Sending to the printer…"
        tap(window.notice.answer_button("ok"))
        tap(window.home_button)
        choose_language(window, "es")
        served = (window.flow.step, window.lang, stopped.is_set())
        qtbot.waitUntil(lambda: sum(ticks) >= 10 or not stopped.is_set(), timeout=int(GIVE_UP_S * 1000) + 5000)
        assert stopped.is_set(), "the window's thread waited for the stopped cupsd until the test let it go on"
        assert served == (Step.HOME, "es", True)  # served while cupsd was stopped
        choose_language(window, "en")
        to_steward_area(window)
        tap(screen.open_button)
        assert "Sent" not in window.notice.text.text()  # the pages are still waiting for cupsd
        go_on()
        qtbot.waitUntil(lambda: window.notice.text.text().startswith("Sent"), timeout=60_000)
    finally:
        watchdog.cancel()
        go_on()
        timer.stop()
    assert window.notice.text.text() == f"Sent {screen.page_count} pages to the printer."
    Path(os.environ["COMMONS_TABLE_TEST_PAGES"]).write_text(str(screen.page_count))
