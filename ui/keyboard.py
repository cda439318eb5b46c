"""The embedded Qt Virtual Keyboard: an InputPanel in a QQuickWidget at the bottom of the window.

It needs QT_IM_MODULE=qtvirtualkeyboard and QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1 set before the
QApplication exists (ui.app does that), so the keyboard lives inside the window, not as its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SIGNAL, QMetaObject, QObject, QPointF, QSizeF, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

import assets
from ui.app_filters import filters_set_aside
from ui.widgets import takes_text

LOCALES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR", "ar": "ar_AR"}
WIDEST = 1200  # wide screens get a keyboard of comfortable size, not keys a hand wide
SHORTEST = 150  # below this the keys would be too small for a finger
QWIDGETSIZE_MAX = (1 << 24) - 1
# Qt 6.8 (Debian 13's) crashes building a keyboard once an earlier one was destroyed: the new one's QML dies
# looking up a virtual-keyboard singleton (QQmlEnginePrivate::singletonInstance) — a window closed and another
# opened. There the process keeps the one keyboard it built and hands it from window to window (a kiosk has
# one window; a test run has many). Qt 6.11 was measured not to crash; there each window builds its own.
HAND_ON = tuple(int(part) for part in qVersion().split(".")[:2]) < (6, 11)


class KeyboardPanel(QQuickWidget):
    room: Callable[[], int] | None  # how tall the keyboard may be (its window's), None while given back

    @classmethod
    def for_window(cls, parent: QWidget, room: Callable[[], int] | None = None) -> KeyboardPanel:
        """The keyboard a closed window gave back (`give_back`), moved into `parent`; a new one only at first.

        Only where destroying a keyboard would crash the next one (HAND_ON); elsewhere always a new one."""
        if not HAND_ON or not _GIVEN_BACK:
            return cls(parent, room)
        panel = _GIVEN_BACK.pop()
        panel.setParent(parent)
        panel.room = room
        # As built: sized afresh for this window when it first comes up.
        panel.setMinimumHeight(0)
        panel.setMaximumHeight(QWIDGETSIZE_MAX)
        panel.root().setProperty("widthLimit", WIDEST)
        return panel

    def give_back(self) -> bool:
        """Its window is closing: keep the keyboard, hidden and on its own, for the next window (HAND_ON).
        False where the keyboard simply goes with its window."""
        if not HAND_ON or self in _GIVEN_BACK:
            return False
        QGuiApplication.inputMethod().hide()
        self.hide()
        self.room = None
        self.setParent(None)
        _GIVEN_BACK.append(self)
        return True

    def __init__(self, parent: QWidget | None = None, room: Callable[[], int] | None = None):
        super().__init__(parent)
        # How tall the keyboard may be, so the field being typed into (and what it finds) stays in view.
        self.room = room
        self._ratio = 800 / 2560  # the keyboard's height to its width in Qt's default style; measured once up
        self.setObjectName("KeyboardPanel")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        # Qt makes the keyboard's QML objects here, most of a type PySide does not know: a Python filter on the
        # whole application would have each that gets an event wrapped for it (ui/app_filters.py). None needs them.
        with filters_set_aside():
            self.setSource(QUrl.fromLocalFile(str(assets.path("keyboard.qml"))))
        if self.status() != QQuickWidget.Status.Ready:
            raise RuntimeError("The on-screen keyboard could not load: "
                               + "; ".join(e.toString() for e in self.errors()))
        self.hide()
        # The panel's height follows its width only once QML has laid it out; refit when it does.
        QObject.connect(self.root(), SIGNAL("panelHeightChanged()"), self._refit)
        QGuiApplication.inputMethod().visibleChanged.connect(self._follow_input_method)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def root(self) -> QQuickItem:
        return self.rootObject()

    def set_language(self, lang: str) -> None:
        self.root().setProperty("locale", LOCALES.get(lang, "en_US"))
        # The layout setting is shared by every keyboard in the process: say it again even when unchanged.
        QMetaObject.invokeMethod(self.root(), "follow")

    def input_locale(self) -> str:
        """The locale the keyboard really types in (its layout), e.g. "fr_FR" or "ar_EG"."""
        return str(self.root().property("inputLocale") or "")

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit)):
            # Keys type straight into the field: Debian's keyboard (built with Hunspell) would otherwise
            # hold words as suggestions until a space, unlike pip's.
            new.setInputMethodHints(new.inputMethodHints() | Qt.InputMethodHint.ImhNoPredictiveText)
        # The keyboard comes up when a person taps a text field (the field asks for it on the tap), never
        # because focus wandered there by itself — after an undo bar or a page closed, say — where it
        # would cover the screen and turn the next tap into a typed letter. It goes as soon as focus leaves.
        window = self.window()
        if (new is None or new.window() is window) and not takes_text(new):
            QGuiApplication.inputMethod().hide()
        elif takes_text(new):
            QTimer.singleShot(0, self.refit)  # another field may need more of the screen

    def _follow_input_method(self) -> None:
        if self.parentWidget() is None:
            return  # given back: never a window of its own
        if QGuiApplication.inputMethod().isVisible():
            self._fit_height()
            self.show()
        else:
            self.hide()

    def _refit(self) -> None:
        # Called while the widget is still being shown, so ask the input method, not isVisible().
        if QGuiApplication.inputMethod().isVisible():
            self._fit_height(narrow=False)  # changing the width here would loop back into this signal

    def refit(self) -> None:
        """The room for the keyboard changed (a bar came or went): size it again if it is up."""
        if QGuiApplication.inputMethod().isVisible():
            self._fit_height()

    def _fit_height(self, narrow: bool = True) -> None:
        root = self.root()
        # Hidden (about to be shown): it will span its parent, whatever width it had before (none yet, or on Qt 6.8
        # the last window's: ui.keyboard.HAND_ON). Sized for that now, its first frame has the keys' final size, not
        # another keyboard's width corrected (every key laid out again) a moment later.
        parent = self.parentWidget()
        width = parent.width() if parent is not None and not self.isVisible() else self.width()
        if narrow and self.room is not None and width > 0:
            # Keys keep their shape: the height follows the width, so narrower keys make a shorter keyboard.
            wanted = int(min(width, WIDEST, max(SHORTEST, self.room()) / self._ratio))
            if abs(wanted - float(root.property("widthLimit") or 0)) > 1:
                root.setProperty("widthLimit", wanted)
        height = float(root.property("panelHeight") or 0)
        shown = min(self.width(), float(root.property("widthLimit") or WIDEST))
        if height > 0 and shown > 0:
            self._ratio = height / shown
        self.setFixedHeight(max(120, int(height)))

    def resizeEvent(self, event) -> None:  # Qt's signature
        super().resizeEvent(event)
        # SizeRootObjectToView misses sizes set while the widget is being shown; say it outright.
        self.root().setSize(QSizeF(self.width(), self.height()))
        if self.isVisible():
            self._fit_height()

    def key(self, text: str) -> QQuickItem | None:
        """The key whose label is `text` (for tests and for the docs' screenshots)."""
        def walk(item: QQuickItem):
            for child in item.childItems():
                yield child
                yield from walk(child)

        for item in walk(self.root()):
            if item.property("text") == text and "Key" in item.metaObject().className():
                return item
        return None

    def key_center(self, text: str) -> QPointF | None:
        item = self.key(text)
        if item is None:
            return None
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


_GIVEN_BACK: list[KeyboardPanel] = []  # at most one: the process's keyboard while no window holds it
