"""Inställningar: built from SETTINGS, checked as the user types, refuses bad values, guards unsaved changes,
shows the data folder and turns keyring unlock on and off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import (
    SETTINGS,
    all_settings,
    check_setting,
    get_setting,
    setting_groups,
)
from sbdesk.ui.settings_dialog import SettingsDialog
from sbdesk.ui.start_flow import keyring_opted_in, set_keyring_opt_in
from tests.conftest import COORDINATOR, PASSPHRASE, MemoryKeyring


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox warnings/information captured instead of shown."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        def fake(_p: object, _t: str, text: str, *_a: object, _kind: str = kind, **_k: object) -> object:
            shown.append((_kind, text))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, fake)
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ServiceContext, qsettings: QSettings) -> SettingsDialog:
    d = SettingsDialog(ctx, qsettings)
    qtbot.addWidget(d, before_close_func=lambda w: w.hide())  # a hidden dialog closes without asking
    return d


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    """A real (tiny) PNG file."""
    path = tmp_path / "logotyp.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa0"))
    assert image.save(str(path), "PNG")
    return path


def shown_error(dialog: SettingsDialog, key: str) -> str | None:
    error = dialog.errors[key]
    return None if error.isHidden() else error.text()


def test_built_from_the_declaration(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == "Inställningar"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == setting_groups()
    assert set(dialog.inputs) == {d.key for d in SETTINGS}
    for definition in SETTINGS:
        assert dialog.inputs[definition.key].accessibleName() == definition.label
    assert isinstance(dialog.inputs["municipality.code"], QComboBox)
    assert dialog.inputs["municipality.code"].count() == 290
    assert dialog.raw_values()["municipality.code"] == "1980"
    assert dialog.raw_values()["coordinator.name"] == COORDINATOR
    assert dialog.raw_values()["security.autolock_minutes"] == "5"
    assert dialog.save_button.text() == "&Spara" and dialog.save_button.isEnabled()


def test_saves_valid_values(qtbot: QtBot, dialog: SettingsDialog, ctx: ServiceContext, logo: Path) -> None:
    values = {
        "coordinator.name": "Nova Nyström", "coordinator.title": "Samordnare", "coordinator.phone": "021-39 00 00",
        "coordinator.email": "nova@exempel.se", "municipality.code": "0380",
        "municipality.official_name": "Uppsala kommun", "municipality.department": "Socialförvaltningen",
        "municipality.address": "Box 1, 753 75 Uppsala", "municipality.phone": "018-727 00 00",
        "municipality.org_number": "212000-1140", "letter.logo_path": str(logo), "security.autolock_minutes": "15",
    }
    for key, value in values.items():
        dialog.set_value(key, value)
    assert dialog.problems() == {}
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = all_settings(ctx)
    assert stored["coordinator.name"] == "Nova Nyström"
    assert stored["municipality.code"] == "0380"
    assert stored["municipality.official_name"] == "Uppsala kommun"
    assert stored["municipality.org_number"] == "212000-1140"
    assert stored["letter.logo_path"] == str(logo.resolve())
    assert stored["security.autolock_minutes"] == 15
    assert ctx.actor == "Nova Nyström"  # later audit events carry the new name
    assert not dialog.logo_preview.isHidden()


@pytest.mark.parametrize(("key", "value", "message"), [
    ("coordinator.phone", "ring mig", None),
    ("municipality.phone", "123", None),
    ("municipality.org_number", "212000-1234", "Organisationsnumret har fel kontrollsiffra. Kontrollera siffrorna."),
    ("municipality.org_number", "850315-9801", None),  # a personnummer, not an org number
    ("coordinator.email", "nova(at)exempel.se", None),
    ("municipality.code", "Ingenstad", "Välj en kommun i listan."),
    ("letter.logo_path", "/finns/inte/logo.png", "Filen finns inte. Välj en bildfil som finns på datorn."),
    ("security.autolock_minutes", "0", None),
    ("coordinator.name", "", "Handläggarens namn måste fyllas i."),
    ("municipality.official_name", "  ", "Kommunens officiella namn måste fyllas i."),
])
def test_refuses_bad_values_with_a_message_beside_the_field(
    dialog: SettingsDialog, ctx: ServiceContext, key: str, value: str, message: str | None
) -> None:
    before = all_settings(ctx)
    dialog.set_value(key, value)
    expected = message or check_setting(key, value)
    assert expected
    assert shown_error(dialog, key) == expected
    assert dialog.inputs[key].accessibleDescription() == expected  # screen readers hear it too
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # Ctrl+S while invalid
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert all_settings(ctx) == before


def test_logo_of_the_wrong_kind(dialog: SettingsDialog, tmp_path: Path) -> None:
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 20)
    dialog.set_value("letter.logo_path", str(gif))
    assert "PNG- eller JPEG" in (shown_error(dialog, "letter.logo_path") or "")
    assert dialog.logo_preview.isHidden()


def test_municipality_code_the_service_does_not_know(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    dialog.tabs.setCurrentIndex(0)
    dialog.set_value("municipality.code", "9999")  # four digits pass the field check; the service knows better
    assert dialog.save_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown_error(dialog, "municipality.code") == "Kommunen finns inte i listan."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Kommun"
    assert get_setting(ctx, "municipality.code") == "1980"


def test_typing_part_of_a_name_waits_for_the_choice(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    box = dialog.inputs["municipality.code"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().clear()
    box.lineEdit().insert("Väst")
    assert shown_error(dialog, "municipality.code") is None  # the completer list is the answer for now
    assert not dialog.save_button.isEnabled()
    box.setCurrentIndex(box.findText("Västervik"))
    assert dialog.raw_values()["municipality.code"] == "0883"
    assert dialog.save_button.isEnabled()


def test_changing_municipality_keeps_the_official_name(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    assert dialog.municipality_note.isHidden()
    dialog.set_value("municipality.code", "2080")
    assert not dialog.municipality_note.isHidden()
    assert dialog.raw_values()["municipality.official_name"] == "Västerås kommun"
    dialog.accept()
    assert get_setting(ctx, "municipality.code") == "2080"
    assert get_setting(ctx, "municipality.official_name") == "Västerås kommun"


def test_only_changed_settings_are_written(dialog: SettingsDialog, ctx: ServiceContext, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_setting(ctx, "coordinator.phone") == ""  # nothing stored for untouched settings


@pytest.mark.parametrize(("answer", "saved", "closed"), [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, False, True),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_unsaved_changes_are_guarded(
    qtbot: QtBot, dialog: SettingsDialog, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton, saved: bool, closed: bool,
) -> None:
    asked: list[str] = []

    def question(*args: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.show()
    dialog.set_value("coordinator.title", "Enhetschef")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Du har ändringar som inte är sparade. Vill du spara dem?"]
    assert (get_setting(ctx, "coordinator.title") == "Enhetschef") is saved
    assert dialog.isVisible() is not closed


def test_close_without_changes_asks_nothing(dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without changes"))
    dialog.show()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_ctrl_s_saves(qtbot: QtBot, dialog: SettingsDialog, ctx: ServiceContext) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.set_value("coordinator.phone", "021-10 20 30")
    qtbot.keyClick(dialog.inputs["coordinator.phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_setting(ctx, "coordinator.phone") == "021-10 20 30"


def test_data_folder_is_shown_and_opens_in_the_file_manager(
    dialog: SettingsDialog, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.data_folder.text() == str(ctx.db.path.parent)
    assert dialog.data_folder.isReadOnly()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(ctx.db.path.parent))]


def give_passphrase(monkeypatch: pytest.MonkeyPatch, text: str | None) -> list[str]:
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, echo: QLineEdit.EchoMode, *_a: object,
                 **_k: object) -> tuple[str, bool]:
        assert echo == QLineEdit.EchoMode.Password
        asked.append(label)
        return (text or "", text is not None)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_keyring_opt_in_and_out(dialog: SettingsDialog, ctx: ServiceContext, qsettings: QSettings,
                                memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = give_passphrase(monkeypatch, PASSPHRASE)
    assert dialog.keyring_button.text() == "Slå &på…"
    dialog.keyring_button.click()
    assert asked and "lösenfras" in asked[0]
    assert len(memory_keyring.store) == 1
    assert keyring_opted_in(qsettings, ctx.db.path)
    assert dialog.keyring_state.text().startswith("På")
    assert dialog.keyring_button.text() == "Slå &av"
    dialog.keyring_button.click()
    assert memory_keyring.store == {}
    assert not keyring_opted_in(qsettings, ctx.db.path)
    assert dialog.keyring_state.text().startswith("Av")


def test_keyring_wrong_passphrase(dialog: SettingsDialog, ctx: ServiceContext, qsettings: QSettings,
                                  memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
                                  boxes: list[tuple[str, str]]) -> None:
    give_passphrase(monkeypatch, "fel-lösenfras-1")
    dialog.keyring_button.click()
    assert [kind for kind, _ in boxes] == ["warning"] and "Fel lösenfras" in boxes[0][1]
    assert memory_keyring.store == {} and not keyring_opted_in(qsettings, ctx.db.path)


def test_keyring_cancelled(dialog: SettingsDialog, ctx: ServiceContext, qsettings: QSettings,
                           memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
                           boxes: list[tuple[str, str]]) -> None:
    give_passphrase(monkeypatch, None)
    dialog.keyring_button.click()
    assert boxes == [] and memory_keyring.store == {} and not keyring_opted_in(qsettings, ctx.db.path)


def test_keyring_missing_says_why_and_does_not_crash(
    no_keyring: None, dialog: SettingsDialog, ctx: ServiceContext, qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch, boxes: list[tuple[str, str]],
) -> None:
    give_passphrase(monkeypatch, PASSPHRASE)
    dialog.keyring_button.click()
    assert [kind for kind, _ in boxes] == ["warning"]
    assert "Nyckelringen kunde inte användas" in boxes[0][1]
    assert "lösenfrasen" in boxes[0][1]
    assert not keyring_opted_in(qsettings, ctx.db.path)
    assert dialog.keyring_state.text().startswith("Av")
    # turning off where there is no keyring must not fail either
    set_keyring_opt_in(qsettings, ctx.db.path, True)
    dialog._show_keyring_state()
    dialog.keyring_button.click()
    assert not keyring_opted_in(qsettings, ctx.db.path)


def test_decline_reasons_are_edited_one_per_line(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    key = "offers.decline_reasons_landlord"
    dialog.set_value(key, "Betalningsanmärkning\n\n  Referenserna godkändes inte  \n")
    assert shown_error(dialog, key) in (None, "")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_setting(ctx, key) == ["Betalningsanmärkning", "Referenserna godkändes inte"]


def test_an_empty_reason_list_is_refused_beside_the_field(dialog: SettingsDialog, ctx: ServiceContext) -> None:
    key = "offers.decline_reasons_household"
    before = get_setting(ctx, key)
    dialog.set_value(key, "  \n ")
    assert shown_error(dialog, key)
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert get_setting(ctx, key) == before
