"""Rendering one screen to a PNG without a display, for docs and for looking at what we made."""

from __future__ import annotations

from pathlib import Path

from ui.app import application, prepare_environment

# Every screen of the flow, plus "keyboard": the steward area with the on-screen keyboard up.
EXTRA_SCREENS = ("keyboard",)


def screen_names() -> tuple[str, ...]:
    from ui.flow import Step

    return (*(s.value for s in Step), *EXTRA_SCREENS)


def render_screen(db_path: Path, screen: str, size: tuple[int, int], lang: str | None, out: Path,
                  keyboard: bool = False) -> None:
    prepare_environment(headless=True)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtTest import QTest

    from kiosk.export import atomic_write
    from kiosk.store import open_market_readonly
    from ui.flow import Step
    from ui.main_window import KioskWindow

    app = application()
    market = open_market_readonly(db_path)
    window = None
    try:
        window = KioskWindow(market, kiosk_mode=False, lang=lang)
        window.resize(*size)
        window.show()
        QTest.qWait(50)
        if screen == "keyboard":
            window.show_for_screenshot(Step.STEWARD)
            steward = window.screen_for(Step.STEWARD)
            QTest.mouseClick(steward.title_edit, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        elif screen != Step.HOME.value:
            window.show_for_screenshot(Step(screen))
        if keyboard:
            QTest.qWait(50)
            field = first_text_field(window.current_screen())
            if field is not None:
                QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        # Let layouts settle and the keyboard's QML render its first frames.
        for _ in range(8):
            app.processEvents()
            QTest.qWait(60)
        image = window.grab()
        # Made in memory, then written whole: a full disk or a pulled stick leaves no empty PNG behind, and is
        # one plain sentence (OutputProblem), not libpng's complaint and an English error.
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        atomic_write(out, lambda temp: temp.write_bytes(png.data()))
    finally:
        if window is not None:
            window.close()  # its timers stop before the store goes, whatever happened (a file it could not write)
        market.close()


def first_text_field(screen):  # a Screen; its first visible text field, or None
    from PySide6.QtWidgets import QLineEdit

    for field in screen.findChildren(QLineEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            return field
    return None
