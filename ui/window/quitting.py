"""Quitting: a steward's quit, and a close that kiosk mode turns into the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from ui.app_filters import stop_watching_application
from ui.widgets import running_app
from ui.window.parts import Parts


class Quitting(Parts):
    """Closing the window: everything stopped, its words and reading direction given back."""

    @property
    def closed(self) -> bool:
        """The window has closed: no screen may begin work of its own again (its market is closed next)."""
        return self._closed

    def quit_kiosk(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self._quitting:
            # Leaving kiosk mode needs the steward PIN, Alt+F4 included.
            event.ignore()
            self.open_pin("quit")
            return
        stop_watching_application(self)
        self._closed = True
        self.idle.stop()
        self._idle_build.stop()
        self._tool_build.stop()
        self.idle_warning.stop()
        # Stop every screen's timers (thank-you, PIN lock, undo) before the store goes away.
        for screen in list(self._screens.values()):
            screen.reset()
        self.undo_bar.forget()
        # Its words go with it: the window is only deleted later, and a problem screen or the next window must
        # not come out in this visitor's language meanwhile.
        if self._translator is not None:
            running_app().removeTranslator(self._translator)
            self._translator = None
        # Its reading direction too: Arabic mirrors the whole application, not only this window.
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if self._keyboard is not None and self._keyboard.give_back():  # Qt 6.8: see KeyboardPanel.for_window
            self._keyboard = None
        super().closeEvent(event)
