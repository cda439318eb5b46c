"""The one QApplication, made once with the kiosk's name and font (the kiosk, the command line, the report).

Below every window: ui.app (which starts the kiosk) re-exports it; a module the window uses imports it from
here, so nothing under the window imports the module that builds the window.
"""

from __future__ import annotations

import atexit
import contextlib
import sys


def _forget_main_thread_watchers() -> None:
    """qtawesome 1.4.0 (Debian 13's) ties a Python cache-clearer to the main thread's `finished`, which Qt
    emits after Python is gone: a crash at every exit with Qt 6.8 (spyder-ide/qtawesome#280, fixed in
    1.4.1). Cut those ties while Python is still alive."""
    from PySide6.QtCore import QThread

    thread = QThread.currentThread()
    if thread is not None and thread.receivers("2finished()") > 0:
        with contextlib.suppress(RuntimeError, TypeError):
            thread.finished.disconnect()


def application():  # returns QApplication, imported late on purpose
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Commons Table")
        app.setOrganizationName("commons-table")
        app.setFont(QFont("DejaVu Sans", 12))
        atexit.register(_forget_main_thread_watchers)
    return app
