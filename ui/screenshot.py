"""Rendering one screen to a PNG without a display, for docs and for looking at what we made."""

from __future__ import annotations

from pathlib import Path

from ui.app import application, prepare_environment

SCREENS = ("home", "pin", "steward", "keyboard")


def render_screen(db_path: Path, screen: str, size: tuple[int, int], lang: str | None, out: Path) -> None:
    prepare_environment(headless=True)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kiosk.store import open_market
    from ui.flow import Step
    from ui.main_window import KioskWindow

    app = application()
    market = open_market(db_path)
    try:
        window = KioskWindow(market, kiosk_mode=False, lang=lang)
        window.resize(*size)
        window.show()
        QTest.qWait(50)
        if screen in ("pin", "steward"):
            window.go(Step.PIN)
            if screen == "steward":
                window.go(Step.STEWARD)
        elif screen == "keyboard":
            window.go(Step.PIN)
            window.go(Step.STEWARD)
            steward = window.screens[Step.STEWARD]
            QTest.mouseClick(steward.title_edit, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        # Let layouts settle and the keyboard's QML render its first frames.
        for _ in range(8):
            app.processEvents()
            QTest.qWait(60)
        image = window.grab()
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        window.close()
    finally:
        market.close()

