"""Starting the kiosk: environment for the embedded keyboard, the application, the window."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from kiosk.errors import QT_TRANSLATE_NOOP
from ui.qapp import application

log = logging.getLogger("commons_table")


def prepare_environment(headless: bool = False) -> None:
    """Must run before the QApplication exists: it picks the embedded on-screen keyboard."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    # The keyboard (the kiosk's only Qt Quick scene) is built on the first tap into a text field. Drawn by Qt
    # Quick's software renderer, a window that gains it needs no 3D surface: on X11 (XWayland too) the window is
    # then not re-created under the tap, which lost the tap's focus and typed nothing
    # (tests/system/test_wayland.py).
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    # The keyboard pulls in QtMultimedia for key sounds; these notes about optional audio
    # back-ends and a QML style quirk are noise on a kiosk with no sound.
    quiet = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if quiet not in rules:
        os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, quiet) if r)
    if headless or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.memory import keep_large_blocks_apart

    keep_large_blocks_apart()  # before Qt allocates anything: a steward's large blocks never stay in the heap


LOG_BYTES, LOG_COPIES = 1_000_000, 3


class Unfailing(logging.StreamHandler):
    """A log file for a kiosk that must keep going whatever its disk does: a record that cannot be written
    (ENOSPC, a pulled stick) never raises and never prints a traceback, nor does closing the file. The handler
    remembers the error, and the record goes to stderr as one line instead (the journal, under systemd)."""

    failed: OSError | None = None

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        self.failed = error if isinstance(error, OSError) else self.failed
        with contextlib.suppress(Exception):
            sys.stderr.write(f"commons-table: {record.levelname} {record.name}: {record.getMessage()}\n")
            sys.stderr.flush()

    def close(self) -> None:
        # Flushing what a full disk kept in the buffer fails again: let it go (logging.shutdown guards its own).
        with contextlib.suppress(OSError, ValueError):
            super().close()


class LogFile(Unfailing, logging.FileHandler):
    pass


def setup_logging(db_path: Path) -> None:
    """A small log beside the data file, named after it (table.db → table.log).

    A plain file handler at first; once home is painted, `rotate_log` puts the rotating one in its place
    (logging.handlers brings sockets, pickle and queues: 7 ms of a start)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    handler = LogFile(db_path.with_suffix(".log"), encoding="utf-8")
    # No times finer than the hour in the log, and never anything a visitor typed.
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                           datefmt="%Y-%m-%d %H:00"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def rotate_log() -> None:
    """The log keeps to LOG_BYTES, with LOG_COPIES older ones beside it, for as long as the kiosk runs."""
    import logging.handlers

    class RotatingLogFile(Unfailing, logging.handlers.RotatingFileHandler):
        pass

    root = logging.getLogger()
    for plain in list(root.handlers):
        if type(plain) is LogFile:
            try:
                rotating = RotatingLogFile(plain.baseFilename, maxBytes=LOG_BYTES, backupCount=LOG_COPIES,
                                           encoding="utf-8")
            except OSError:
                continue  # the plain one goes on
            rotating.setFormatter(plain.formatter)
            root.addHandler(rotating)
            root.removeHandler(plain)
            plain.close()


def install_excepthook(window) -> None:  # a KioskWindow
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
        except Exception:  # the hook must never raise
            log.exception("could not show the error")

    sys.excepthook = hook


def open_market_or_recover(db_path: Path, sound: bool | None = None):  # (Market, Recovery | None)
    """Open the store; only a damaged file is set aside (never deleted) and replaced by its newest sound backup
    (or a fresh file). Full, read-only, busy or unreachable files raise StoreProblem and are left alone.
    `sound`: the file's quick check, when FileCheck asked it already."""
    from kiosk.store.backup import open_or_recover

    market, recovery = open_or_recover(db_path, sound=sound)
    if recovery is not None:
        log.error("damaged database set aside as %s; restored %s", recovery.aside, recovery.restored)
    return market, recovery


FULL_DISK = QT_TRANSLATE_NOOP(
    "ProblemWindow", "The storage that holds the kiosk's data file is full, so nothing can be saved: what is on the "
                     "table can be looked at, but not changed. Stewards: make room on it, then start the kiosk again.")


def open_to_look_at(db_path: Path):  # a Market whose every write fails plainly, or None
    """A full disk at start: the table as it is, read from the file and never written (a write fails as the store
    says it does, "cannot write to its data file"), rather than no kiosk at all."""
    from kiosk.errors import StoreProblem
    from kiosk.store.market import open_market_to_look_at

    try:
        market = open_market_to_look_at(db_path)
    except (StoreProblem, OSError, sqlite3.Error) as problem:
        log.error("cannot read the data file %s either: %s", db_path, problem)
        return None
    return market


class FileCheck(threading.Thread):
    """SQLite's check of the whole data file (most of a start at 100 000 things) on a thread of its own while
    Python loads Qt and the screens: one call that waits on the disk and SQLite, not on Python. The kiosk's
    lock is taken first, so nothing writes the file between this check and the opening it stands for."""

    def __init__(self, db_path: Path):
        super().__init__(name="check-data-file", daemon=True)
        self.db_path = db_path
        self.sound: bool | None = None

    def run(self) -> None:
        from kiosk.store.database import quick_check_alone

        self.sound = quick_check_alone(self.db_path)

    def result(self) -> bool | None:
        if self.ident is not None:  # started
            self.join()
        return self.sound


def quit_on_terminate(window) -> None:  # a KioskWindow
    """systemd's stop, a shutdown or `kill`: SIGTERM closes the kiosk as a steward's quit does, so the market is
    closed cleanly and the next start finds no -wal to judge. Qt's loop runs in C++, so the signal wakes it
    through a pipe (signal.set_wakeup_fd) and Python's handler runs in the notifier's slot."""
    from PySide6.QtCore import QSocketNotifier, QTimer

    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write)
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, window)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read, 512)

    notifier.activated.connect(drain)
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.quit_kiosk))


BACKUP_CHECK_MS = 5 * 60 * 1000


def start_backups(window):  # a KioskWindow; returns its QTimer
    """Every few minutes ask the store whether an hourly backup is due (the store decides, by its clock); and now,
    with no market open, scrub the copies set aside that a stop right after a close left holding a contact."""
    from PySide6.QtCore import QTimer

    from ui.backups import back_up_if_due, scrub_left_aside

    def check() -> None:
        try:
            back_up_if_due(window.market)  # made on a thread of its own
        except Exception:  # a failed backup must never stop the table
            log.exception("hourly backup failed")

    try:
        scrub_left_aside(window.market)  # on the backups' thread
    except Exception:
        log.exception("scrubbing the copies set aside failed")
    timer = QTimer(window)
    timer.setObjectName("backups")
    timer.timeout.connect(check)
    timer.start(BACKUP_CHECK_MS)
    return timer


NO_SCREEN = ("Commons Table needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). "
             "On a Raspberry Pi without a desktop, start it with QT_QPA_PLATFORM=eglfs.")


def problem_window(problem: BaseException, db_path: Path):  # a QWidget, Qt imported late
    """A plain screen saying why the kiosk cannot start, for whoever walks up to it."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    from kiosk.errors import WORDS_CONTEXT, StoreProblem
    from ui import theme
    from ui.screens.pin import ProblemWindow

    if isinstance(problem, StoreProblem):
        sentence = QCoreApplication.translate(WORDS_CONTEXT, problem.template).format(**problem.params)
    else:
        sentence = QCoreApplication.translate("ProblemWindow", "The kiosk cannot use its data file at %1.")
        sentence = sentence.replace("%1", str(db_path))
    window = ProblemWindow()
    window.setObjectName("ProblemWindow")
    window.setWindowTitle(QCoreApplication.translate("ProblemWindow", "Commons Table"))
    layout = QVBoxLayout(window)
    layout.setContentsMargins(theme.PROBLEM_PAGE)
    layout.addStretch(1)
    advice = QCoreApplication.translate("ProblemWindow", "Stewards: the data file is %1. Check that its folder "
                                                         "can be written, then start the kiosk again.")
    if getattr(problem, "kind", "") == "running":
        advice = QCoreApplication.translate("ProblemWindow", "Stewards: another Commons Table window is already "
                                                             "open on %1. Use that one, or quit it first.")
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
    window.problem_text = text
    window.close_button = close
    return window


def show_problem(app, problem: BaseException, db_path: Path, windowed: bool) -> int:
    log.error("cannot open the data file %s: %s", db_path, problem)
    from kiosk.errors import StoreProblem

    if isinstance(problem, StoreProblem):
        print(f"commons-table: {problem.sentence}", file=sys.stderr, flush=True)
    window = problem_window(problem, db_path)
    if windowed:
        window.resize(900, 500)
        window.show()
    else:
        from ui.screens.pin import guard_problem_window

        guard_problem_window(window, db_path)  # full screen: closing it needs the stewards' PIN
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    rotate_log()
    app.exec()
    return 2


def run_kiosk(db_path: Path, *, windowed: bool, lang: str | None) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print(f"commons-table: {NO_SCREEN}", file=sys.stderr)
        return 2
    # The store, then the lock, then SQLite's check of the file on a thread of its own (FileCheck): all before
    # PySide6 is imported, so the check overlaps Qt's loading as well as the screens'.
    import kiosk.store.backup  # noqa: F401
    from kiosk.errors import StoreProblem
    from kiosk.store.files import KioskLock
    from ui.faults import watch_for_crashes

    checking = FileCheck(db_path)
    crashed = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)  # the first start: the per-user data folder
        lock = KioskLock(db_path).acquire()  # one kiosk per data file; let go when this process ends
    except (StoreProblem, OSError) as problem:
        locked_out: BaseException | None = problem  # said on the screen once there is one
    else:
        locked_out = None
        crashed = watch_for_crashes(db_path)  # first, before Qt: a native crash from here on leaves a trace
        checking.start()
    from ui.platform import UnknownPlatform, apply_platform

    try:
        platform = apply_platform()  # before the QApplication: a platform the on-screen keyboard works on
    except UnknownPlatform as problem:
        print(f"commons-table: {problem}", file=sys.stderr)
        return 2
    prepare_environment()
    try:
        setup_logging(db_path)
    except OSError as error:  # a read-only or missing folder: the kiosk still says what is wrong
        logging.basicConfig(level=logging.INFO)
        log.warning("no log file beside the data file: %s", error)
    if platform.keyboard_warning:
        log.warning("%s", platform.sentence)
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from ui.checkpoints import start_checkpoints
    from ui.main_window import KioskWindow
    from ui.platform import WAYLAND_ONLY

    app = application()
    log.info("Qt platform: %s", app.platformName())
    try:
        if locked_out is not None:
            raise locked_out
        market, recovery = open_market_or_recover(db_path, sound=checking.result())
        try:
            lock.lock_data_file()  # a file made (or set aside and made again) just now is locked too
        except BaseException:
            market.close()  # the problem screen stays up all day: it keeps no connection to a file it cannot use
            raise
    except (StoreProblem, OSError) as problem:
        looked_at = open_to_look_at(db_path) if getattr(problem, "kind", "") == "full" else None
        if looked_at is None:
            # No data file the kiosk can write to: say so on the screen, plainly, instead of a black screen or
            # a service restarting again and again.
            return show_problem(app, problem, db_path, windowed)
        market, recovery = looked_at, None
    window = KioskWindow(market, kiosk_mode=not windowed, lang=lang)
    window.painted.connect(rotate_log, Qt.ConnectionType.QueuedConnection)  # after whatever else waits
    window.painted.connect(lambda: log.info("home is on the screen"))
    QTimer.singleShot(10_000, rotate_log)  # should home never be painted (no screen at all)
    install_excepthook(window)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    quit_on_terminate(window)
    screen = app.primaryScreen().availableGeometry()
    if windowed:
        window.resize(min(1280, screen.width()), min(800, screen.height()))
        window.show()
    else:
        # Without a window manager (a bare X session on a Pi) full screen is not applied for us.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
        from ui.pointer import hide_pointer

        hide_pointer(window)  # a touch-only kiosk: no pointer in the middle of the screen, until a mouse moves
    start_backups(window)
    start_checkpoints(window.market, window)
    if crashed is not None:
        log.warning("the last run crashed; its trace is kept in %s", crashed)
        window.tell_stewards(window.crash_text(crashed.name))

    from kiosk.store.demo import is_new_kiosk

    def first_words() -> None:
        if market.path is None:  # opened only to look at (a full disk)
            text = QCoreApplication.translate("ProblemWindow", FULL_DISK)
            log.warning("%s", FULL_DISK)
            window.tell(text, problem=True)
            window.tell_stewards(text)  # again in the steward area, for whoever can make room
        elif recovery is not None:
            window.tell_damaged_file(recovery.aside.name, recovery.restored_when)
        elif is_new_kiosk(market):
            window.offer_demo(demo)

    def demo() -> None:
        from kiosk.demo import fill_demo  # only on a first start, and only when asked for

        fill_demo(market, trial=True)

    if platform.keyboard_warning:
        # Never a silent kiosk without a keyboard: the stewards read what to change, then the rest follows.
        window.tell(QCoreApplication.translate("Platform", WAYLAND_ONLY), problem=True, then=first_words)
    else:
        first_words()
    code = app.exec()
    market.close()
    lock.release()
    return code
