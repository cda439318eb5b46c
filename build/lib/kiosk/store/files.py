"""Where the market's data file is on disk (for things saved beside it, such as printed signs)."""

from __future__ import annotations

from pathlib import Path

from kiosk.store.market import Market


def data_file(market: Market) -> Path | None:
    """The data file's path; None for a database kept in memory."""
    for row in market._rows("PRAGMA database_list"):
        if row["name"] == "main" and row["file"]:
            return Path(row["file"])
    return None
