"""The embedded on-screen keyboard: built when a text field is first focused, given the room the screen can
spare, and the focused field kept in view above it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QScrollArea, QWidget

from ui import theme
from ui.widgets import takes_text
from ui.window.parts import Parts


def in_scroll_area(thing: QObject) -> bool:
    """A scroll area's viewport, or the page inside it."""
    viewport = thing.parent()
    return isinstance(viewport, QScrollArea) or (viewport is not None and isinstance(viewport.parent(), QScrollArea))


def keyboard_hides_top_bar(height: int) -> bool:
    return height < theme.COMPACT_HEIGHT  # 7" screens: the field and what it finds need the room more than the top bar


class Typing(Parts):
    """The keyboard below the screens, and the field being typed into in view."""

    def _build_keyboard_for(self, old: QWidget | None, new: QWidget | None) -> None:
        # The keyboard (a Qt Quick scene, 20 MB) is built when a text field is first focused: the tap's
        # release then asks the input method for it, and it is there. (Qt Quick's software renderer keeps the
        # window from being re-created for it on X11, which lost the tap's focus: see ui.app.)
        if not takes_text(new) or new is None or new.window() is not self:
            return
        if self._keyboard is None:
            self.keyboard  # noqa: B018
        # A line or a text asks for the keyboard itself when tapped; a number box does not: it is asked for here,
        # when the number box was tapped (a press under way), never when focus wandered there.
        if isinstance(new, QAbstractSpinBox) and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QTimer.singleShot(0, QGuiApplication.inputMethod().show)

    @property
    def keyboard(self):  # the KeyboardPanel, built on first use
        if self._keyboard is None:
            from ui.keyboard import KeyboardPanel

            self._keyboard = KeyboardPanel.for_window(self.centralWidget(), room=self._keyboard_room)
            self._keyboard.set_language(self.lang)
            self.style_part(self._keyboard)
            self._column.addWidget(self._keyboard)
            # The keyboard sizes itself when the input method shows it; only then may the page scroll the
            # field into view, so the window's handler goes after the keyboard's.
            method = QGuiApplication.inputMethod()
            method.visibleChanged.disconnect(self._keep_focus_in_view)
            method.visibleChanged.connect(self._keep_focus_in_view)
        return self._keyboard

    def _keyboard_room(self) -> int:
        """The keyboard gets what the screen does not need while someone types (see Screen.typing_room)."""
        room = self.height() - self.current_screen().typing_room()
        if not keyboard_hides_top_bar(self.height()):
            room -= self.top_bar.sizeHint().height()
            if self.demo_banner.isVisibleTo(self):
                room -= self.demo_banner.sizeHint().height()
        return room  # the undo bar steps aside while the keyboard is up (UndoBar._keyboard_moved)

    def _keep_focus_in_view(self) -> None:
        """When the keyboard slides up, scroll so the field being typed into stays visible."""
        # On 7" screens the top bar gives way to the keyboard while someone types.
        self.top_bar.setVisible(not (QGuiApplication.inputMethod().isVisible()
                                     and keyboard_hides_top_bar(self.height())))
        self.demo_banner.setVisible(self.top_bar.isVisibleTo(self) and self._demo_running)
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self:
            return
        parent = focused.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and (page := parent.widget()) is not None:
            # ensureWidgetVisible() misjudges here (it looks at the text cursor); centre the field instead.
            middle = focused.mapTo(page, focused.rect().center())
            room = min(focused.height() // 2 + 8, parent.viewport().height() // 2)  # centred on a short page
            parent.ensureVisible(middle.x(), middle.y(), 10, room)
