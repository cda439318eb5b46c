"""The steward morning, shared: this kiosk's setup copied to a USB stick, or a setup from one used here.

The stick is found as the several-kiosks copies find it (ui.drives: the first removable drive plugged in). The
file is small, but a stick can be slow: reading and writing it happen on a thread of their own, the store's
work (what goes in the file, keeping what came out of it) on the window's thread, as every store call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.errors import VisitorError
from kiosk.settings import IDLE_SECONDS
from kiosk.store.setup import MOST_BYTES, read_setup, setup_bytes, setup_on, use_setup
from ui import drives
from ui.translators import said_reason
from ui.widgets import isolated

if TYPE_CHECKING:
    from ui.host import Host

log = logging.getLogger(__name__)


class SetupCopy(QObject):
    """What the two steward buttons do. `finished` carries a stick's answer back to the window's thread."""

    finished = Signal(object, object)  # what to do next (a callable), and the thread's result or OSError

    def __init__(self, window: Host, parent: QObject | None = None):
        super().__init__(parent)
        self.window_ = window
        self.busy = False
        self.finished.connect(self._deliver)  # a method of this object: queued to the window's thread
        self.worker: threading.Thread | None = None

    def _stick(self) -> Path | None:
        sticks = drives.removable_volumes()
        if not sticks:
            self.window_.tell(self.tr("Please plug in a USB stick first."), problem=True)
            return None
        return sticks[0][1]

    def _off_thread(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        def run() -> None:
            try:
                result: Any = work()
            except OSError as error:
                result = error
            self.finished.emit(lambda value: self._done(then, value), result)

        self.busy = True
        self.worker = threading.Thread(target=run, name="setup-stick", daemon=True)
        self.worker.start()

    def _deliver(self, then: Callable[[Any], None], result: Any) -> None:
        then(result)

    def _done(self, then: Callable[[Any], None], result: Any) -> None:
        self.busy = False
        if isinstance(result, OSError):
            log.warning("setup on the stick: %s", result)
            self.window_.tell(self.tr("The USB stick could not be used (%1). Please try again, or another "
                                      "stick.").replace("%1", said_reason(result)), problem=True)
            return
        then(result)

    # ----- copying this kiosk's setup to a stick -----------------------------------------------------------

    def copy_to_stick(self) -> None:
        if self.busy or (root := self._stick()) is None:
            return
        data = self.window_.attempt(setup_bytes, self.window_.market)
        if data is None:
            return
        target = setup_on(root)

        def write() -> Path:
            from kiosk.safe_write import write_whole

            write_whole(target, lambda temp: temp.write_bytes(data))
            return target

        self._off_thread(write, lambda path: self.window_.tell(
            self.tr("This kiosk's setup is on the stick, as %1. Another kiosk uses it with "
                    "“Use a setup from a USB stick”.").replace("%1", isolated(path.name))))

    # ----- using a setup from a stick ----------------------------------------------------------------------

    def ask_use_from_stick(self) -> None:
        if self.busy or self._stick() is None:
            return
        self.window_.ask(self.tr("Use the setup on the USB stick? Its welcome words, kinds and languages of the "
                                 "signs, weights, idle time and skills share replace this kiosk's. Markets and "
                                 "the PIN stay as they are."),
                         self.tr("Use it"), self.tr("Not now"), self.use_from_stick)

    def use_from_stick(self) -> None:
        if self.busy or (root := self._stick()) is None:
            return
        source = setup_on(root)

        def read() -> bytes | None:
            if not source.is_file():
                return None
            with source.open("rb") as file:
                return file.read(MOST_BYTES + 1)

        self._off_thread(read, lambda data: self._use(source, data))

    def _use(self, source: Path, data: bytes | None) -> None:
        from kiosk.store.setup import NO_SETUP_HERE

        def missing() -> None:
            raise VisitorError(NO_SETUP_HERE, field="setup", file=source.name, place=str(source.parent))

        if data is None:
            self.window_.attempt(missing)  # said as every store problem is
            return
        setup = self.window_.attempt(read_setup, data, source.name)
        if setup is None or self.window_.attempt(use_setup, self.window_.market, setup) is None:
            return
        self.window_.set_idle_seconds(self.window_.attempt(self.window_.market.setting, IDLE_SECONDS) or 60)
        self.window_.tell(self.tr("This kiosk now uses the setup from the stick."))
