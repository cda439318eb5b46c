"""Starting the kiosk: environment for the embedded keyboard, the application, the window."""

from __future__ import annotations

import atexit
import contextlib
import logging
import logging.handlers
import os
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger("commons_table")


def prepare_environment(headless: bool = False) -> None:
    """Must run before the QApplication exists: it picks the embedded on-screen keyboard."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    # The keyboard pulls in QtMultimedia for key sounds; these notes about optional audio
    # back-ends and a QML style quirk are noise on a kiosk with no sound.
    quiet = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if quiet not in rules:
        os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, quiet) if r)
    if headless or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _forget_main_thread_watchers() -> None:
    """qtawesome 1.4.0 (Debian 13's) ties a Python cache-clearer to the main thread's `finished`, which Qt
    emits after Python is gone: a crash at every exit with Qt 6.8 (spyder-ide/qtawesome#280, fixed in
    1.4.1). Cut those ties while Python is still alive."""
    from PySide6.QtCore import QThread

    thread = QThread.currentThread()
    if thread is not None and thread.receivers("2finished()") > 0:
        with contextlib.suppress(RuntimeError, TypeError):
            thread.finished.disconnect()


def application():  # noqa: ANN201 - returns QApplication, imported late on purpose
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


def setup_logging(db_path: Path) -> None:
    """A small log beside the data file, named after it (table.db → table.log)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(db_path.with_suffix(".log"), maxBytes=1_000_000,
                                                   backupCount=3, encoding="utf-8")
    # No times finer than the hour in the log, and never anything a visitor typed.
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                           datefmt="%Y-%m-%d %H:00"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(window) -> None:  # noqa: ANN001 - a KioskWindow
    """An unexpected error is logged and shown as a plain message; the kiosk keeps running."""
    from kiosk.errors import StoreProblem, VisitorError

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if isinstance(error, (VisitorError, StoreProblem)):
            text = window.words_of(error)
        else:
            text = window.sorry_text()
        try:
            window.tell(text, problem=True)
        except Exception:  # noqa: BLE001 - the hook must never raise
            log.exception("could not show the error")

    sys.excepthook = hook


def open_market_or_recover(db_path: Path):  # noqa: ANN201 - (Market, str | None)
    """Open the store; a damaged file is set aside (never deleted) and a fresh one started."""
    from kiosk.errors import NewerDatabaseError, StoreProblem
    from kiosk.store import open_market, set_aside_damaged

    try:
        return open_market(db_path), None
    except NewerDatabaseError:
        raise
    except StoreProblem as problem:
        if not db_path.is_file():
            raise
        aside = set_aside_damaged(db_path)
        log.error("damaged database set aside as %s (%s)", aside, problem)
        return open_market(db_path), aside


NO_SCREEN = ("Commons Table needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). "
             "On a Raspberry Pi without a desktop, start it with QT_QPA_PLATFORM=eglfs.")


def problem_window(problem: BaseException, db_path: Path):  # noqa: ANN201 - a QWidget, Qt imported late
    """A plain screen saying why the kiosk cannot start, for whoever walks up to it."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from kiosk.errors import WORDS_CONTEXT, StoreProblem

    if isinstance(problem, StoreProblem):
        sentence = QCoreApplication.translate(WORDS_CONTEXT, problem.template).format(**problem.params)
    else:
        sentence = QCoreApplication.translate("ProblemWindow", "The kiosk cannot use its data file at %1.")
        sentence = sentence.replace("%1", str(db_path))
    window = QWidget()
    window.setObjectName("ProblemWindow")
    window.setWindowTitle(QCoreApplication.translate("ProblemWindow", "Commons Table"))
    layout = QVBoxLayout(window)
    layout.setContentsMargins(48, 48, 48, 48)
    layout.addStretch(1)
    advice = QCoreApplication.translate("ProblemWindow", "Stewards: the data file is %1. Check that its folder "
                                                         "can be written, then start the kiosk again.")
    text = QLabel(sentence + "\n\n" + advice.replace("%1", str(db_path)))
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setStyleSheet("font-size: 24px;")
    layout.addWidget(text)
    close = QPushButton(QCoreApplication.translate("ProblemWindow", "Close"))
    close.setAccessibleName(close.text())
    close.setMinimumHeight(64)
    close.clicked.connect(window.close)
    layout.addWidget(close, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(1)
    window.problem_text = text  # type: ignore[attr-defined]
    window.close_button = close  # type: ignore[attr-defined]
    return window


def show_problem(app, problem: BaseException, db_path: Path, windowed: bool) -> int:  # noqa: ANN001
    log.error("cannot open the data file %s: %s", db_path, problem)
    window = problem_window(problem, db_path)
    if windowed:
        window.resize(900, 500)
        window.show()
    else:
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    app.exec()
    return 2


def run_kiosk(db_path: Path, *, windowed: bool, lang: str | None) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print(f"commons-table: {NO_SCREEN}", file=sys.stderr)
        return 2
    prepare_environment()
    try:
        setup_logging(db_path)
    except OSError as error:  # a read-only or missing folder: the kiosk still says what is wrong
        logging.basicConfig(level=logging.INFO)
        log.warning("no log file beside the data file: %s", error)
    from kiosk.demo import fill_demo
    from kiosk.errors import StoreProblem
    from ui.main_window import KioskWindow  # noqa: I001

    app = application()
    try:
        market, aside = open_market_or_recover(db_path)
    except (StoreProblem, OSError) as problem:
        # No data file the kiosk can write to: say so on the screen, plainly, instead of a black screen or
        # a service restarting again and again.
        return show_problem(app, problem, db_path, windowed)
    window = KioskWindow(market, kiosk_mode=not windowed, lang=lang)
    install_excepthook(window)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    screen = app.primaryScreen().availableGeometry()
    if windowed:
        window.resize(min(1280, screen.width()), min(800, screen.height()))
        window.show()
    else:
        # Without a window manager (a bare X session on a Pi) full screen is not applied for us.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    if aside is not None:
        window.tell_damaged_file(aside.name)
    elif not market.events():
        window.offer_demo(lambda: fill_demo(market))
    code = app.exec()
    market.close()
    return code
