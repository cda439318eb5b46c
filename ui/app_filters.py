"""The kiosk's event filters on the whole application, installed and removed in one place.

A filter on the application (`QApplication.installEventFilter`) sees every event of every object of the window's
thread, and a filter written in Python has PySide wrap each event's receiver for it. For the kiosk's own widgets
that is cheap. For the objects Qt makes when it builds the keyboard's QML (about a hundred events: a child added,
a property set; most objects of a type made by QML and unknown to PySide) it is not: PySide looks each one's class
up through its type heuristics, and makes the Python types (and their enums) of Qt Quick it meets on the way. On
the first tap into a text field that was about a third of the window thread's time (docs/speed.md).

So the kiosk installs its application filters with `watch_application` and, while Qt builds something that
no filter wants to see (no tap, no key and no widget's resize can arrive while QML loads a component), sets them
aside with `filters_set_aside()`.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

_watching: list[weakref.ref[QObject]] = []  # in the order they were installed


def _live() -> list[QObject]:
    alive = [watcher for ref in _watching if (watcher := ref()) is not None and isValid(watcher)]
    _watching[:] = [weakref.ref(watcher) for watcher in alive]
    return alive


def watch_application(watcher: QObject) -> None:
    """`watcher.eventFilter` sees every event of the application (once, however often this is called)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    app.installEventFilter(watcher)  # Qt installs a filter once, moving it to the front
    _watching[:] = [weakref.ref(w) for w in _live() if w is not watcher] + [weakref.ref(watcher)]


def stop_watching_application(watcher: QObject) -> None:
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(watcher)
    _watching[:] = [weakref.ref(w) for w in _live() if w is not watcher]


@contextmanager
def filters_set_aside() -> Iterator[None]:
    """Meanwhile no application filter of the kiosk sees any event; afterwards they are back, in their order."""
    app = QApplication.instance()
    watchers = _live()
    if app is None or not watchers:
        yield
        return
    for watcher in watchers:
        app.removeEventFilter(watcher)
    try:
        yield
    finally:
        still = _live()  # one stopped watching meanwhile stays stopped
        for watcher in watchers:
            if any(watcher is other for other in still):
                app.installEventFilter(watcher)
