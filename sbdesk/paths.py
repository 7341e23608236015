"""Where sbdesk keeps its files by default (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "sbdesk"


def default_data_dir() -> Path:
    """The user's data folder for sbdesk (e.g. %LOCALAPPDATA%\\sbdesk, ~/.local/share/sbdesk)."""
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_database_path() -> Path:
    """The database sbdesk opens when none is named."""
    return default_data_dir() / "sbdesk.db"
