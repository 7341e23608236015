"""The main window: title, status bar, Swedish menus and navigation, the page used last, settings, help,
routing of open_record_in, lock/exit, remembered geometry; and the app entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

import sbdesk
from sbdesk import app as sbdesk_app
from sbdesk import paths
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import get_setting
from sbdesk.ui import help as help_windows
from sbdesk.ui import pages, start_flow
from sbdesk.ui.main_window import MainWindow
from sbdesk.ui.pages.apartments import ApartmentsPage
from sbdesk.ui.pages.overview import OverviewPage
from sbdesk.ui.settings_dialog import SettingsDialog
from tests.conftest import COORDINATOR, PASSPHRASE


class FakePage(QWidget):
    """A page that records what the window asks of it."""

    open_record_in = Signal(str, int)

    def __init__(self, _ctx: ServiceContext, title: str = "Fake") -> None:
        super().__init__()
        self.nav_title = title
        self.opened: list[int] = []
        self.agreements: list[int] = []
        self.activations = 0

    def activate(self) -> None:
        self.activations += 1

    def open_record(self, record_id: int) -> None:
        self.opened.append(record_id)


class FakeLandlords(FakePage):
    """The landlords page, which also opens agreements."""

    def open_agreement(self, agreement_id: int) -> None:
        self.agreements.append(agreement_id)



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


@pytest.fixture(autouse=True)
def two_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window with Översikt and Lägenheter only (the lead registers the rest)."""
    monkeypatch.setattr(pages, "page_factories", lambda: [("overview", OverviewPage), ("apartments", ApartmentsPage)])


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
    assert file_actions == ["&Inställningar…", "&Säkerhetskopiera nu…", "&Återställ från säkerhetskopia…",
                            "Registerutdrag och &rättelse…", "I&mportera…", "&Brevmallar…", "S&äkerhet", "&Lås",
                            "&Avsluta"]
    assert [a.text() for a in window.security_menu.actions()] == [
        "&Byt lösenfras…", "&Ny återställningsnyckel…", "&Kryptera om med ny nyckel…", "K&ontrollera databasen"]
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    help_actions = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_actions == ["&Användarguide", "&Kortkommandon", "&Om sbdesk"]
    assert window.guide_action.shortcut().toString() == "F1"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Avbryt"  # Qt's own Swedish translation


def test_toolbar_has_settings_and_lock(window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "main_toolbar")
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert actions == [window.new_action, window.find_action, window.settings_action, window.lock_action]


def test_navigation_is_swedish_and_starts_on_the_overview(window: MainWindow) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Översikt", "Lägenheter"]
    assert window.current_page() is window.pages["overview"]
    assert window.stack.currentWidget() is window.pages["overview"]
    assert not window.new_action.isEnabled() and not window.find_action.isEnabled()  # nothing to create here
    window.show_page("apartments")
    assert window.new_action.isEnabled() and window.find_action.isEnabled()


def test_no_welcome_panel_any_more(window: MainWindow) -> None:
    texts = [label.text() for label in window.centralWidget().findChildren(QLabel)]
    assert not any(t.startswith("Välkommen") for t in texts)
    assert window.stack.count() == len(window.page_keys) == 2


def test_last_page_is_remembered(qtbot: QtBot, ctx: ServiceContext, settings: QSettings, tmp_path: Path) -> None:
    first = MainWindow(ctx, settings)
    qtbot.addWidget(first)
    first.nav.setCurrentRow(1)  # as a click in the navigation does
    second = MainWindow(ctx, settings)
    qtbot.addWidget(second)
    assert second.current_page() is second.pages["apartments"]
    other = MainWindow(ctx, QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    assert other.current_page() is other.pages["overview"]


def test_without_an_overview_the_first_page_shows(
    qtbot: QtBot, ctx: ServiceContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "page_factories", lambda: [("apartments", ApartmentsPage)])
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    assert w.current_page() is w.pages["apartments"]


@pytest.fixture
def fake_window(qtbot: QtBot, ctx: ServiceContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window with the overview and stand-ins for the pages it opens records on."""
    monkeypatch.setattr(pages, "page_factories", lambda: [
        ("overview", OverviewPage), ("cases", lambda c: FakePage(c, "Ärenden")),
        ("apartments", lambda c: FakePage(c, "Lägenheter")), ("landlords", lambda c: FakeLandlords(c, "Hyresvärdar")),
    ])
    w = MainWindow(ctx, settings)
    qtbot.addWidget(w)
    return w


@pytest.mark.parametrize("key", ["cases", "apartments"])
def test_overview_opens_records_on_their_page(fake_window: MainWindow, key: str) -> None:
    fake_window.pages["overview"].open_record_in.emit(key, 42)
    page = fake_window.pages[key]
    assert fake_window.current_page() is page
    assert page.opened == [42] and page.activations >= 1


def test_agreements_open_on_the_landlords_page(fake_window: MainWindow) -> None:
    fake_window.pages["overview"].open_record_in.emit("agreements", 7)
    landlords = fake_window.pages["landlords"]
    assert fake_window.current_page() is landlords
    assert landlords.agreements == [7] and landlords.opened == []


def test_records_of_pages_not_built_yet_are_ignored(window: MainWindow) -> None:
    window.open_record("agreements", 7)  # no landlords page in this window
    window.open_record("requests", 1)
    assert window.current_page() is window.pages["overview"]


def test_settings_change_title_and_coordinator(
    window: MainWindow, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[SettingsDialog] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        seen.append(dialog)
        dialog.set_value("municipality.official_name", "Västerås stad")
        dialog.set_value("coordinator.name", "Nova Nyström")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settings_action.trigger()
    assert len(seen) == 1 and seen[0].parent() is window
    assert get_setting(ctx, "municipality.official_name") == "Västerås stad"
    assert window.windowTitle() == "sbdesk – Västerås stad"
    assert "Nova Nyström" in status_texts(window) and COORDINATOR not in status_texts(window)
    assert ctx.actor == "Nova Nyström"


def test_settings_cancelled_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda d: 0)
    assert window.open_settings() is False
    assert window.windowTitle() == "sbdesk – Västerås kommun"


def test_user_guide_opens_inside_the_app(qtbot: QtBot, window: MainWindow) -> None:
    window.guide_action.trigger()
    guide = window.guide
    assert isinstance(guide, help_windows.GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    assert "Starta och låsa upp" in guide.plain_text()
    window.guide_action.trigger()
    assert window.guide is guide  # one guide window, brought forward


def test_shortcut_list_opens(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(help_windows.ShortcutsDialog, "exec", lambda d: shown.append(d.texts()) or 0)
    window.shortcuts_action.trigger()
    assert len(shown) == 1 and ("Ctrl+L", "Lås sbdesk (lösenfrasen öppnar det igen)") in shown[0]


def test_about_shows_version_licence_and_data_folder(window: MainWindow, ctx: ServiceContext, boxes: list) -> None:
    window.about_action.trigger()
    assert [kind for kind, _ in boxes] == ["about"]
    text = boxes[0][1]
    assert sbdesk.__version__ in text and "EUPL-1.2" in text
    assert str(paths.default_data_dir()) in text and str(ctx.db.path.parent) in text


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
    with qtbot.waitExposed(first):
        first.show()
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


def test_auto_lock_after_idle_minutes_closes_dialogs_and_locks(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    """Auto-lock with a fake clock: after the idle limit the window closes, the database is locked
    (and the next start asks for the passphrase, as for Ctrl+L)."""
    from PySide6.QtWidgets import QDialog

    from sbdesk.services.audit_log import list_events
    from sbdesk.services.listing import ListQuery

    now = [1000.0]
    window = MainWindow(ctx, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), clock=lambda: now[0])
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.show()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    now[0] += 4 * 60
    window.idle.check()
    assert not closed
    now[0] += 61
    window.idle.check()
    assert closed and window.locked and not dialog.isVisible()
    from sbdesk.store.database import Database

    db = Database.open(ctx.db.path, passphrase=PASSPHRASE)  # the lock was released and recorded
    try:
        assert list_events(ServiceContext(db), ListQuery(filters={"action": "database.lock"})).total == 1
        with db.engine.connect() as conn:
            details = conn.exec_driver_sql(
                "SELECT details FROM audit_event WHERE action = 'database.lock'").scalar()
        assert details == '{"how": "idle"}'
    finally:
        db.close()


def test_import_is_in_the_file_menu_and_runs_the_wizard(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.ui import import_wizard

    texts = [a.text() for a in window.file_menu.actions()]
    assert "I&mportera…" in texts
    ran: list[object] = []
    monkeypatch.setattr(import_wizard, "run_import_wizard", lambda ctx, parent: ran.append(ctx) or False)
    window.import_action.trigger()
    assert ran == [window.ctx]


def test_the_first_start_uses_most_of_the_screen(window: MainWindow) -> None:
    size = window.first_size()
    assert 1100 <= size.width() <= 1600 and 720 <= size.height() <= 1000
