"""Idle time: a warning a little before, then everything half-done forgotten and home again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from ui.flow import BEHIND_PIN, Step
from ui.memory import forget_drawn_pixmaps, give_back_freed_memory
from ui.window.parts import Parts

IDLE_WARNING_SECONDS = 10
STEWARD_IDLE_SECONDS = 15 * 60  # behind the PIN: time to print, pair a kiosk or read a summary, then it locks


class IdleTime(Parts):
    """The idle timer and its warning; every tap restarts them (KioskWindow.eventFilter)."""

    def set_idle_seconds(self, seconds: int, steward_seconds: int = STEWARD_IDLE_SECONDS) -> None:
        self.idle_seconds = seconds
        self.steward_idle_seconds = max(seconds, steward_seconds)
        self._idle_behind_pin: bool | None = None  # the timers are set afresh by restart_idle
        self.restart_idle()

    def restart_idle(self) -> None:
        if self._closed:  # a step changed while closing (a screen's reset goes home): no timer outlives the window
            return
        behind_pin = self.flow.step in BEHIND_PIN
        if behind_pin != self._idle_behind_pin:  # a steward at work is not sent home by the visitor's idle time
            self._idle_behind_pin = behind_pin
            seconds = self.steward_idle_seconds if behind_pin else self.idle_seconds
            self.idle.setInterval(seconds * 1000)
            self.idle_warning.setInterval(max(0, seconds - IDLE_WARNING_SECONDS) * 1000)
        self.idle.start()
        if (self.steward_idle_seconds if behind_pin else self.idle_seconds) >= 2 * IDLE_WARNING_SECONDS:
            self.idle_warning.start()
        if self._warning_shown:
            self._warning_shown = False
            self.notice.dismiss()

    def warn_idle(self) -> None:
        """Someone may be reading or thinking; a touch anywhere keeps what they started."""
        if self.flow.step == Step.HOME or self.notice.isVisible():
            return
        seconds = max(1, round(self.idle.remainingTime() / 1000))
        self.notice.show_message(
            self.tr("Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep "
                    "going.", "", seconds),
            [("still", self.tr("I'm still here"), "mdi6.hand-wave", None)])
        self._warning_shown = True

    def idle_reset(self) -> None:
        """Nobody has touched the kiosk for a while: forget everything half-done and go home."""
        for screen in list(self._screens.values()):
            screen.reset()
        self.notice.dismiss()
        self._warning_shown = False
        self.undo_bar.forget()
        if self.lang != self.default_lang:
            self.set_language(self.default_lang)
        self.flow.home()
        if self.retire_tools():  # a steward was here: the tools' screens go, and the previews they showed
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # now, before the memory goes back
            forget_drawn_pixmaps()
        give_back_freed_memory()  # nobody is at the table: what the last person (or steward) freed goes back
