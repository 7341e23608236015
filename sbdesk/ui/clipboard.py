"""Copying sensitive text (a personnummer): the clipboard is cleared again after a few seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 20_000


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> Callable[[], None]:
    """Put text on the clipboard and remove it later, unless something else was copied meanwhile;
    returns the scheduled clearing function."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear)
    return clear
