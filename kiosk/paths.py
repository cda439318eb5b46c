"""Where the kiosk keeps its data: the per-user data folder, never the working directory."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "commons-table"


def default_db_path() -> Path:
    import platformdirs  # here: a kiosk started with --db never needs it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "commons-table.db"
