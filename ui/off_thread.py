"""Work that talks to another program (Syncthing's REST API, speech-dispatcher) runs on a thread of its own,
never on the window's: the window's thread hands it a callable and gets the answer back as a Qt signal.

The data file stays with the window's thread and its one connection: what runs here never uses that
connection. A backup (ui/backups.py) reads the file through a read-only connection of its own, opened and
closed on this thread.
"""

from __future__ import annotations

import atexit
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)
_running: list[OffThread] = []


class _Runner(QObject):
    answered = Signal(int, object, object)

    @Slot(int, object)
    def run(self, number: int, work: Callable[[], Any]) -> None:
        try:
            result, error = work(), None
        except Exception as problem:  # handed back to the window's thread, which decides
            result, error = None, problem
        self.answered.emit(number, result, error)


class OffThread(QObject):
    """One thread that runs callables in the order given; each answer comes back on the window's thread."""

    _ask = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.thread_ = QThread()
        self.thread_.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self.thread_)
        self._ask.connect(self._runner.run)  # queued: the runner lives on the other thread
        self._runner.answered.connect(self._answered)
        self._waiting: dict[int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None]] = {}
        self._sent: dict[int, float] = {}
        self._number = 0
        self.thread_.start()
        _running.append(self)

    def call(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None) -> None:
        """Run `work()` there; then `done(result)` or `failed(exception)` here, on the window's thread."""
        self._number += 1
        self._waiting[self._number] = (done, failed)
        self._sent[self._number] = time.monotonic()
        self._ask.emit(self._number, work)

    def busy(self) -> bool:
        return bool(self._waiting)

    def waited(self) -> float:
        """Seconds the oldest unanswered call has waited (0 when none)."""
        return time.monotonic() - min(self._sent.values()) if self._sent else 0.0

    @Slot(int, object, object)
    def _answered(self, number: int, result: Any, error: object) -> None:
        done, failed = self._waiting.pop(number, (None, None))
        self._sent.pop(number, None)
        if isinstance(error, Exception):
            if failed is not None:
                failed(error)
            else:
                log.warning("%s: %s", self.thread_.objectName(), error)
        elif done is not None:
            done(result)

    def stop(self, wait_ms: int = 20_000) -> bool:
        """End the thread once its current call returns (at most `wait_ms`); False if it did not end."""
        if self in _running:
            _running.remove(self)
        self._waiting.clear()
        self._sent.clear()
        self.thread_.quit()
        ended = self.thread_.wait(wait_ms)
        if not ended:
            # Still inside a call to a program that does not answer: ended by force, as the kiosk quits.
            log.warning("%s did not end in %s ms; it is ended by force", self.thread_.objectName(), wait_ms)
            self.thread_.terminate()
            self.thread_.wait(1000)
        return bool(ended)


@atexit.register
def _stop_all() -> None:
    for one in list(_running):
        one.stop(2000)
