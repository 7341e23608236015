"""Auto-lock: notice when the user has not touched sbdesk for a while (clock injectable for tests)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None, check_every_ms: int = 5000) -> None:
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self._last = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch the whole application's input."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last, self._fired = self._clock(), False
        self._timer.start()

    def stop(self) -> None:
        """Stop watching."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Any input counts as activity."""
        if event.type() in ACTIVITY:
            self._last = self._clock()
        return False

    def idle_seconds(self) -> float:
        """Seconds since the last input."""
        return self._clock() - self._last

    def check(self) -> None:
        """Emit idle when the limit has passed (called by the timer; tests call it directly)."""
        if not self._fired and self.minutes > 0 and self.idle_seconds() >= self.minutes * 60:
            self._fired = True
            self.idle.emit()
