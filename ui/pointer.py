"""The mouse pointer on a touch-only kiosk: hidden over the full-screen kiosk (labwc leaves it in the middle
of the screen), shown again for good as soon as a real mouse moves or clicks. Touches never show it: the
mouse events Qt or the system makes from a touch are told apart by their source and device."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QInputDevice, QMouseEvent
from PySide6.QtWidgets import QWidget

MOUSE_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress)


def real_mouse(event: QEvent) -> bool:
    """A mouse event from a mouse (or touchpad), not one made from a touch."""
    if event.type() not in MOUSE_EVENTS or not isinstance(event, QMouseEvent):
        return False
    if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
        return False
    device = event.pointingDevice()
    return device is None or device.type() in (QInputDevice.DeviceType.Mouse, QInputDevice.DeviceType.TouchPad)


class PointerHider(QObject):
    """Watches only the kiosk's own top-level window (not every event of the application)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.hidden = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.winId()  # the native window, so its QWindow exists to be watched
        handle = window.windowHandle()
        self._watched = handle if handle is not None else window
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.hidden and real_mouse(event):
            self.show_pointer()
        return False

    def show_pointer(self) -> None:
        if self.hidden:
            self.hidden = False
            QGuiApplication.restoreOverrideCursor()
            self._watched.removeEventFilter(self)


def hide_pointer(window: QWidget) -> PointerHider:
    """Hide the pointer over the kiosk until a real mouse is used."""
    return PointerHider(window)
