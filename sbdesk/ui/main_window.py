"""The main window: navigation between pages, menus, toolbar and status bar; remembers its state."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import get_setting
from sbdesk.ui import help as help_windows
from sbdesk.ui.data_actions import DataActions
from sbdesk.ui import key_actions
from sbdesk.ui.idle import IdleWatcher
from sbdesk.ui.key_actions import ChangePassphraseDialog
from sbdesk.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"
FIRST_PAGE = "overview"  # shown the first time; after that the page used last


class MainWindow(QMainWindow):
    """The sbdesk workspace for one unlocked database; closing it locks the database."""

    closed = Signal()

    def __init__(self, ctx: ServiceContext, settings: QSettings | None = None, parent: QWidget | None = None,
                 *, clock: Callable[[], float] | None = None, daily_backup: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.locked = False
        self._done = False
        self.guide: help_windows.GuideWindow | None = None
        self.setObjectName("MainWindow")
        self.setMinimumSize(900, 600)
        self.data_actions = DataActions(self, ctx)
        self._build_menus()
        self._build_status_bar()
        self._build_pages()
        self._build_toolbar()
        self.apply_profile()
        self._restore()
        self.idle = IdleWatcher(self._autolock_minutes(), **({"clock": clock} if clock else {}), parent=self)
        self.idle.idle.connect(self.auto_lock)
        self.idle.start()
        self.lock_reason = "manual"
        if daily_backup:  # the app asks for it; tests call data_actions directly
            self.data_actions.start_daily_backup()

    # -- building -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip(self.tr("Your details, the municipality, letters, security (Ctrl+,)"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Close the database; the passphrase is needed to open it again"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(lambda: self.data_actions.backup_now())
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(lambda: self.data_actions.restore())
        self.security_menu = QMenu(self.tr("Securi&ty"), self)
        for text, slot in ((self.tr("&Change passphrase…"), lambda: ChangePassphraseDialog(self.ctx, self).exec()),
                           (self.tr("&New recovery key…"), lambda: key_actions.new_recovery_key(self, self.ctx)),
                           (self.tr("&Re-encrypt with a new key…"), lambda: key_actions.rotate_key(self, self.ctx)),
                           (self.tr("C&heck the database"), lambda: key_actions.check_database(self, self.ctx))):
            self.security_menu.addAction(text).triggered.connect(slot)
        self.extract_action = QAction(self.tr("Register e&xtract and correction…"), self)
        self.extract_action.setStatusTip(self.tr("Everything held about one person (GDPR art. 15), and corrections"))
        self.extract_action.triggered.connect(self.open_extract)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setStatusTip(
            self.tr("Bring in apartments, landlords and agreements, or cases from an Excel or CSV file"))
        self.import_action.triggered.connect(self.open_import)
        self.templates_action = QAction(self.tr("Letter &templates…"), self)
        self.templates_action.setStatusTip(self.tr("The wording of each kind of letter, with merge fields"))
        self.templates_action.triggered.connect(self.open_templates)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.extract_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.templates_action)
        self.file_menu.addMenu(self.security_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setStatusTip(self.tr("How to work in sbdesk (F1)"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&About sbdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.guide_action, self.shortcuts_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_pages(self) -> None:
        from sbdesk.ui.pages import page_factories

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.page_keys: list[str] = []
        for key, factory in page_factories():
            page = factory(self.ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.page_keys.append(key)
            self.stack.addWidget(page)
            item = QListWidgetItem(getattr(page, "nav_title", key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            if hasattr(page, "status_text"):
                page.status_text.connect(lambda text, k=key: self._page_status(k, text))
            if hasattr(page, "open_record_in"):
                page.open_record_in.connect(self.open_record)
        width = max((self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count())), default=120)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setFixedWidth(width + 48)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(self.tr("&New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(self.tr("Create a new record on this page (Ctrl+N)"))
        self.new_action.triggered.connect(lambda: self._call_page("new_record"))
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip(self.tr("Search on this page (Ctrl+F)"))
        self.find_action.triggered.connect(lambda: self._call_page("focus_search"))
        for action in (self.new_action, self.find_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.settings_action, self.lock_action):
            toolbar.addAction(action)
        self.edit_menu.addAction(self.new_action)
        self.edit_menu.addAction(self.find_action)
        self.addToolBar(toolbar)

    def current_page(self) -> QWidget | None:
        """The page on show (None when there are no pages)."""
        row = self.nav.currentRow()
        return self.pages[self.page_keys[row]] if 0 <= row < len(self.page_keys) else None

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by its key."""
        self.nav.setCurrentRow(self.page_keys.index(key))
        return self.pages[key]

    def open_record(self, key: str, record_id: int) -> None:
        """Show a page and open one of its records (asked for by the overview and other pages).

        Agreements live on the landlords page: ("agreements", id) opens them there.
        """
        if key == "agreements" and key not in self.pages:
            landlords = self.pages.get("landlords")
            if landlords is not None and hasattr(landlords, "open_agreement"):
                self.show_page("landlords")
                landlords.open_agreement(record_id)
            else:
                log.info("no page opens agreements yet")
            return
        page = self.pages.get(key)
        if page is None or not hasattr(page, "open_record"):
            log.info("no page %r to open a record on", key)
            return
        self.show_page(key)
        page.open_record(record_id)

    def first_size(self) -> QSize:
        """The first start's size: most of the screen (the overview and registers need the width), never
        more than 1600 × 1000 and never less than 1100 × 720."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1100, 720)
        area = screen.availableGeometry()
        return QSize(max(1100, min(1600, int(area.width() * 0.9))), max(720, min(1000, int(area.height() * 0.9))))

    def _show_page(self, row: int) -> None:
        page = self.current_page()
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self.settings.setValue(PAGE_KEY, self.page_keys[row])
        self.new_action.setEnabled(hasattr(page, "new_record"))
        self.find_action.setEnabled(hasattr(page, "focus_search"))
        if hasattr(page, "activate"):
            page.activate()

    def _call_page(self, method: str) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, method):
            getattr(page, method)()

    def _page_status(self, key: str, text: str) -> None:
        if self.current_page() is self.pages.get(key):
            self.count_label.setText(text)

    def _build_status_bar(self) -> None:
        how = {
            "passphrase": self.tr("Unlocked with the passphrase"),
            "keyring": self.tr("Unlocked with the keyring"),
            "recovery_key": self.tr("Unlocked with the recovery key"),
        }.get(self.ctx.db.opened_with, self.tr("Unlocked"))
        self.file_label = QLabel(self.ctx.db.path.name)
        self.file_label.setToolTip(str(self.ctx.db.path))
        self.unlocked_label = QLabel(how)
        self.actor_label = QLabel()
        self.count_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.count_label)
        for index, label in enumerate((self.file_label, self.unlocked_label, self.actor_label)):
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def apply_profile(self) -> None:
        """Title (the municipality, never a person) and the coordinator in the status bar, from the settings."""
        self.municipality = str(get_setting(self.ctx, "municipality.official_name") or "")
        self.coordinator = self.ctx.actor or str(get_setting(self.ctx, "coordinator.name") or "")
        self.setWindowTitle(
            self.tr("sbdesk – %1").replace("%1", self.municipality) if self.municipality else "sbdesk"
        )
        self.actor_label.setText(self.coordinator)

    # -- window state -------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.first_size())
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        last = str(self.settings.value(PAGE_KEY, "") or "")
        if last in self.page_keys:
            self.show_page(last)
        elif FIRST_PAGE in self.page_keys:
            self.show_page(FIRST_PAGE)
        elif self.page_keys:
            self.nav.setCurrentRow(0)

    def _save(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    # -- actions ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the database and the window; the app then asks for the passphrase again."""
        self.locked = True
        self.close()

    def _autolock_minutes(self) -> float:
        try:
            return float(get_setting(self.ctx, "security.autolock_minutes") or 0)
        except (TypeError, ValueError):
            return 5.0

    def auto_lock(self) -> None:
        """Idle too long: close open dialogs without asking (unsaved input is dropped), then lock."""
        self.lock_reason = "idle"
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        self.lock()

    def open_extract(self) -> None:
        """Arkiv → Registerutdrag och rättelse…"""
        from sbdesk.ui.extract_dialog import ExtractDialog

        ExtractDialog(self.ctx, self).exec()

    def open_templates(self) -> None:
        """Arkiv → Brevmallar…"""
        from sbdesk.ui.templates_dialog import open_templates

        open_templates(self, self.ctx)

    def open_import(self) -> None:
        """Arkiv → Importera…"""
        from sbdesk.ui.import_wizard import run_import_wizard

        if run_import_wizard(self.ctx, self):
            self._call_page("activate")

    def open_settings(self) -> bool:
        """Arkiv → Inställningar (Ctrl+,); True when something was saved."""
        dialog = SettingsDialog(self.ctx, self.settings, self)
        dialog.saved.connect(self._settings_saved)
        return bool(dialog.exec())

    def _settings_saved(self) -> None:
        self.apply_profile()
        self.idle.minutes = self._autolock_minutes()
        page = self.current_page()
        if page is not None and hasattr(page, "activate"):
            page.activate()

    def show_guide(self) -> help_windows.GuideWindow:
        """Hjälp → Användarguide (F1): the guide in a window of its own (one, brought forward)."""
        if self.guide is None:
            self.guide = help_windows.GuideWindow(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_shortcuts(self) -> None:
        """Hjälp → Kortkommandon."""
        help_windows.ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        """Version, licence and where the data is kept."""
        help_windows.show_about(self, self.ctx.db.path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window geometry and lock the database."""
        if not self._done:
            self._done = True
            if self.guide is not None:
                self.guide.close()
            self._save()
            self.idle.stop()
            if self.data_actions.worker is not None:
                self.data_actions.worker.wait()  # never close the database under a running backup
            try:
                how = "idle" if self.lock_reason == "idle" else ("lock" if self.locked else "exit")
                self.ctx.audit_standalone("database.lock", details={"how": how})
            except Exception:  # noqa: BLE001 - closing must never fail; the log is best effort here
                log.warning("lock event not recorded")
            unlock.lock(self.ctx)
            self.data_actions.finish_restore()
            log.info("database locked (%s)", "lock" if self.locked else "exit")
            self.closed.emit()
        event.accept()
