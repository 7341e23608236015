"""Auto-lock with a fake clock, and a clipboard that forgets a copied personnummer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from sbdesk.ui.clipboard import copy_sensitive
from sbdesk.ui.idle import IdleWatcher


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_fires_once_after_the_limit(qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(5, clock=clock)
    watcher.start()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    clock.now += 4 * 60
    watcher.check()
    assert not fired
    clock.now += 61
    watcher.check()
    watcher.check()
    assert fired == [True]
    watcher.stop()


def test_input_resets_the_idle_time(qtbot: QtBot, qapp: QApplication) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(5, clock=clock)
    watcher.start()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    clock.now += 4 * 60
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.now += 2 * 60
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.check()
    assert not fired and watcher.idle_seconds() == 120
    watcher.stop()


def test_clipboard_is_cleared_after_a_while(qtbot: QtBot, qapp: QApplication) -> None:
    copy_sensitive("19121212-1212", clear_after_ms=50)
    assert QApplication.clipboard().text() == "19121212-1212"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)


def test_clipboard_keeps_what_the_user_copied_later(qtbot: QtBot, qapp: QApplication) -> None:
    clear = copy_sensitive("19121212-1212", clear_after_ms=60_000)
    QApplication.clipboard().setText("något annat")
    clear()  # what the timer will do: it must leave the newer text alone
    assert QApplication.clipboard().text() == "något annat"


def test_copying_from_a_personnummer_field_is_cleared_later(qtbot: QtBot, qapp: QApplication,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.ui import clipboard as clip

    scheduled: list[int] = []
    real = clip.copy_sensitive
    monkeypatch.setattr(clip, "copy_sensitive", lambda text, clear_after_ms=clip.CLEAR_AFTER_MS:
                        (scheduled.append(clear_after_ms), real(text, 50))[1])
    edit = QLineEdit("19121212-1212")
    qtbot.addWidget(edit)
    clip.SensitiveCopy(edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert scheduled == [clip.CLEAR_AFTER_MS]
    assert QApplication.clipboard().text() == "19121212-1212"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
