"""Arkiv: back up now, the automatic daily backup (worker thread), and restore through the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord, list_landlords
from sbdesk.services.settings import set_settings
from sbdesk.store.database import Database
from sbdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> MainWindow:
    w = MainWindow(ctx, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def test_backup_now(window: MainWindow, tmp_path: Path, boxes: list[tuple[str, str]]) -> None:
    dest = window.data_actions.backup_now(tmp_path / "kopia.db")
    assert dest is not None and dest.exists() and (tmp_path / "kopia.db.keys").exists()
    assert boxes[-1][0] == "information" and "kopia.db.keys" in boxes[-1][1]
    assert [a.text() for a in window.file_menu.actions() if a.text()][:3] == [
        "&Inställningar…", "&Säkerhetskopiera nu…", "&Återställ från säkerhetskopia…"]


def test_daily_backup_runs_in_a_worker_and_warns_about_the_same_disk(
        window: MainWindow, ctx: ServiceContext, tmp_path: Path, boxes: list[tuple[str, str]], qtbot: QtBot) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    set_settings(ctx, {"backup.folder": str(folder)})
    window.data_actions.today = lambda: date(2026, 11, 27)
    window.data_actions.start_daily_backup()
    qtbot.waitUntil(lambda: bool(window.data_actions.last_warnings))
    assert (folder / "sbdesk-2026-11-27.db").exists()
    assert any("samma disk" in text for _kind, text in boxes)


def test_restore_through_the_window(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                    boxes: list[tuple[str, str]]) -> None:
    create_landlord(ctx, {"name": "Före kopian AB", "kind": "private"})
    window.data_actions.backup_now(tmp_path / "kopia.db")
    create_landlord(ctx, {"name": "Efter kopian AB", "kind": "private"})
    path = ctx.db.path
    assert window.data_actions.restore(tmp_path / "kopia.db", passphrase=PASSPHRASE)
    assert window.locked
    db = Database.open(path, passphrase=PASSPHRASE)
    try:
        names = {r.name for r in list_landlords(ServiceContext(db)).rows}
    finally:
        db.close()
    assert names == {"Före kopian AB"}
    assert any(kind == "information" and "före-återställning" in text for kind, text in boxes)


def test_restore_with_the_wrong_passphrase_keeps_the_database(window: MainWindow, ctx: ServiceContext,
                                                               tmp_path: Path, boxes: list[Any]) -> None:
    window.data_actions.backup_now(tmp_path / "kopia.db")
    create_landlord(ctx, {"name": "Kvar AB", "kind": "private"})
    path = ctx.db.path
    window.data_actions.restore(tmp_path / "kopia.db", passphrase="fel-lösenfras-0")
    assert any(kind == "critical" and "oförändrad" in text for kind, text in boxes)
    db = Database.open(path, passphrase=PASSPHRASE)
    try:
        assert "Kvar AB" in {r.name for r in list_landlords(ServiceContext(db)).rows}
    finally:
        db.close()
