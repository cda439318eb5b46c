"""Every test gets a fresh temporary database; GUI tests run offscreen with the embedded keyboard."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

# Before any Qt import: offscreen, and the embedded keyboard's input method.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Hypothesis keeps its examples and caches outside the work tree (never a .hypothesis folder in the repository).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                      f"{os.environ.get('XDG_CACHE_HOME') or Path.home() / '.cache'}/commons-table/hypothesis")
from ui.app import prepare_environment  # ui.app imports no Qt at module level

prepare_environment(headless=True)

from kiosk.store import Market, open_market  # noqa: E402


class FakeClock:
    """A clock the test moves by hand; starts on a market morning."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 28, 10, 7, 31).astimezone()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "table.db"


@pytest.fixture
def market(db_path: Path, clock: FakeClock):
    m = open_market(db_path, clock=clock)
    yield m
    m.close()


@pytest.fixture
def demo_market(market: Market) -> Market:
    from kiosk.demo import fill_demo

    fill_demo(market)
    return market
