"""The kiosk as test_wayland.py starts it, under a real compositor: `python -m tests.system.typing_probe OUT
--windowed --db DB` runs the real start (commons_table.cli.main); once the window is up, the probe taps its
search field and the on-screen keyboard's keys (mouse events delivered to the widgets, as a finger's would be),
writes what happened to OUT as JSON and quits the kiosk. With `--notice-only` first (OUT --notice-only --windowed
…) it writes only the platform and the first notice, and quits without waiting for a keyboard."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import ui.qapp  # nothing of Qt yet: the kiosk's start picks its platform before the application exists

WORDS = "winter boots"


def main(out: Path, argv: list[str]) -> int:
    made = ui.qapp.application
    notice_only = argv[:1] == ["--notice-only"]
    argv = argv[1:] if notice_only else argv

    def application():  # the kiosk's own application, with the probe waiting in it
        from PySide6.QtCore import QTimer

        app = made()

        def probe() -> None:
            window = next(w for w in app.topLevelWidgets() if w.objectName() == "KioskWindow")
            _probe(window, out, notice_only)

        QTimer.singleShot(1500, probe)
        return app

    ui.qapp.application = application  # before ui.app is imported: its start takes the application from here
    from commons_table.cli import main as start

    return start(argv)


def _report(window, out: Path, **facts: object) -> None:
    from PySide6.QtGui import QGuiApplication

    notice = window.notice.text.text() if window.notice.isVisible() else ""
    facts |= {"platform": QGuiApplication.platformName(), "notice": notice}
    out.write_text(json.dumps(facts), encoding="utf-8")
    window.quit_kiosk()


def _probe(window, out: Path, notice_only: bool = False) -> None:  # a KioskWindow
    from PySide6.QtCore import QPoint, QRect, Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.flow import Step

    notice = window.notice.text.text() if window.notice.isVisible() else ""
    if notice_only:
        _report(window, out, first_notice=notice)
        return
    window.notice.dismiss()
    window.go(Step.BROWSE)
    # A headless compositor has no seat to give the window focus; a person's first touch would.
    window.activateWindow()
    QTest.qWait(300)
    search = window.screen_for(Step.BROWSE).search
    QTest.mouseClick(search, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, search.rect().center())
    waited = 0

    def keyboard_up() -> None:
        nonlocal waited
        keyboard = window.keyboard
        if not (keyboard.isVisible() and keyboard.height() > 150) and waited < 10_000:
            waited += 100
            QTimer.singleShot(100, keyboard_up)
            return
        if not keyboard.isVisible():
            _report(window, out, keyboard_shown=False, typed=search.text(), first_notice=notice,
                    active=window.isActiveWindow(), focused=search.hasFocus())
            return
        QTimer.singleShot(300, type_words)

    def type_words() -> None:
        keyboard = window.keyboard
        inside = QRect(QPoint(0, 0), window.size())
        keys_inside = True
        for letter in WORDS:
            center = keyboard.key_center(letter)
            if center is None:
                _report(window, out, keyboard_shown=True, typed=search.text(), missing_key=letter,
                        first_notice=notice)
                return
            keys_inside &= inside.contains(keyboard.mapTo(window, center.toPoint()))
            QTest.mouseClick(keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             center.toPoint())
            QTest.qWait(30)
        QTest.qWait(500)  # the search waits for a pause in typing
        browse = window.screen_for(Step.BROWSE)
        keyboard_top = keyboard.mapTo(window, QPoint(0, 0)).y()
        list_top = browse.list.mapTo(window, QPoint(0, 0)).y()
        rows = max(0, min(keyboard_top, list_top + browse.list.height()) - list_top) / browse.delegate.row_height
        _report(window, out, keyboard_shown=True, typed=search.text(), keys_inside=keys_inside,
                field_above_keyboard=search.mapTo(window, QPoint(0, search.height())).y() <= keyboard_top,
                rows_visible=round(rows, 2), results=browse.proxy.rowCount(), first_notice=notice)

    QTimer.singleShot(100, keyboard_up)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
