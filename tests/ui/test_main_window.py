"""The main window: title, status bar, Swedish menus, lock/exit, remembered geometry; and the app entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import COORDINATOR, PASSPHRASE
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import sbdesk
from sbdesk import app as sbdesk_app
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.ui import start_flow
from sbdesk.ui.i18n import install_translators, remove_translators
from sbdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def swedish(qapp: QApplication) -> Iterator[None]:
    """The Swedish translations, as the app installs them."""
    install_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox static calls, captured instead of blocking: (kind, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning", "information", "question", "about"):

        def fake(_p: object, _t: str, text: str, *_a: object, _kind: str = kind, **_k: object) -> object:
            shown.append((_kind, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, fake)
    return shown


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Per-test QSettings in a temp file (never the user's own)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, settings: QSettings) -> MainWindow:
    """The main window on the test database."""
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    return w


def status_texts(w: MainWindow) -> list[str]:
    """Texts of the labels in the status bar."""
    return [label.text() for label in w.statusBar().findChildren(QLabel)]


def test_title_names_the_municipality_not_the_coordinator(window: MainWindow) -> None:
    assert window.windowTitle() == "sbdesk – Västerås kommun"
    assert COORDINATOR not in window.windowTitle()
    assert window.minimumSize().width() >= 900 and window.minimumSize().height() >= 600


def test_status_bar_shows_file_name_how_unlocked_and_coordinator(window: MainWindow, ctx: ServiceContext) -> None:
    texts = status_texts(window)
    assert ctx.db.path.name in texts
    assert "Upplåst med lösenfrasen" in texts
    assert COORDINATOR in texts
    assert not any(str(ctx.db.path.parent) in t for t in texts)


def test_swedish_translation_is_loaded(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Redigera", "&Hjälp"]
    file_actions = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_actions == ["&Lås", "&Avsluta"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Avbryt"  # Qt's own Swedish translation


def test_welcome_panel_greets_the_coordinator(window: MainWindow) -> None:
    texts = [label.text() for label in window.centralWidget().findChildren(QLabel)]
    assert f"Välkommen, {COORDINATOR}" in texts
    assert "Västerås kommun" in texts
    assert any("kommande versioner" in t for t in texts)


def test_about_shows_the_version(window: MainWindow, boxes: list) -> None:
    window.about_action.trigger()
    assert [kind for kind, _ in boxes] == ["about"]
    assert sbdesk.__version__ in boxes[0][1]


def test_lock_closes_the_database_and_the_window(qtbot: QtBot, window: MainWindow, ctx: ServiceContext) -> None:
    window.show()
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.lock_action.trigger()
    assert window.locked
    assert ctx.db.audit_key == b""  # unlock.lock() dropped the key material
    qtbot.waitUntil(lambda: not window.isVisible())


def test_exit_closes_without_lock_flag(qtbot: QtBot, window: MainWindow, ctx: ServiceContext) -> None:
    window.show()
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.quit_action.trigger()
    assert not window.locked and ctx.db.audit_key == b""


def test_geometry_is_remembered(qtbot: QtBot, db_path: Path, settings: QSettings, tmp_path: Path) -> None:
    first = MainWindow(unlock.unlock(db_path, passphrase=PASSPHRASE), settings)
    qtbot.addWidget(first)
    first.setGeometry(QRect(40, 50, 1010, 650))
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert settings.value("main_window/geometry") is not None

    second = MainWindow(unlock.unlock(db_path, passphrase=PASSPHRASE), settings)
    qtbot.addWidget(second)
    assert second.height() == 650  # the offscreen screen is 800 px wide, so only the height is exact
    second.close()

    other = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    fresh = MainWindow(unlock.unlock(db_path, passphrase=PASSPHRASE), other)
    qtbot.addWidget(fresh)
    assert fresh.height() == 720
    fresh.close()


def test_run_gui_returns_the_start_flow_exit_code(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def refuse(path: Path, _settings: QSettings, **_k: object) -> start_flow.Outcome:
        seen.append(path)
        return start_flow.Outcome(None, 1)

    monkeypatch.setattr(sbdesk_app, "open_database", refuse)
    before = (qapp.quitOnLastWindowClosed(), qapp.applicationName(), qapp.organizationName())
    try:
        assert sbdesk_app.run_gui(tmp_path / "x.db") == 1
        assert qapp.applicationName() == "sbdesk" and qapp.organizationName() == "sbdesk"
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setQuitOnLastWindowClosed(before[0])
        qapp.setApplicationName(before[1])
        qapp.setOrganizationName(before[2])
    assert seen == [tmp_path / "x.db"]
