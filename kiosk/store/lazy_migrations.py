"""sqlite-utils' migrations, imported only when a file needs them (kiosk/store/schema.py holds the steps)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


class LazyMigrations:
    """sqlite-utils' Migrations("commons_table"), made when first used: importing sqlite-utils (click,
    dateutil, pluggy) costs 15 MB and ~40 ms, and a file already up to date needs none of it. `@MIGRATIONS()`
    adds a migration as Migrations does."""

    name = "commons_table"

    def __init__(self) -> None:
        self.steps: list[Callable[[Database], None]] = []
        self._made: Any = None

    def __call__(self) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def add(step: Callable[[Database], None]) -> Callable[[Database], None]:
            self.steps.append(step)
            self._made = None
            return step
        return add

    def __getattr__(self, name: str) -> Any:  # pending, apply, applied: sqlite-utils' own
        if self._made is None:
            from sqlite_utils.migrations import Migrations

            made = Migrations(self.name)
            for step in self.steps:
                made()(step)
            self._made = made
        return getattr(self._made, name)
