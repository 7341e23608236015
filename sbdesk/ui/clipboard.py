"""Copying sensitive text (a personnummer): the clipboard is cleared again after a few seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

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


class SensitiveCopy(QObject):
    """Event filter for a line edit holding a personnummer: Ctrl+C / Ctrl+X go through copy_sensitive,
    and the context menu offers no copy (so nothing copied from it lingers on the clipboard)."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take over copy and cut."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut)):
            text = self._edit.selectedText() or self._edit.text()
            if text:
                copy_sensitive(text)
            return True
        return False
