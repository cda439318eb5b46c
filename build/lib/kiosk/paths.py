"""Where the kiosk keeps its data: the per-user data folder, never the working directory."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "commons-table"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "commons-table.db"
