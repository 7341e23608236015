"""The main window: navigation between pages, menus, toolbar and status bar; remembers its state."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import sbdesk
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import get_setting

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


class MainWindow(QMainWindow):
    """The sbdesk workspace for one unlocked database; closing it locks the database."""

    closed = Signal()

    def __init__(self, ctx: ServiceContext, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.locked = False
        self._done = False
        self.municipality = str(get_setting(ctx, "municipality.official_name") or "")
        self.coordinator = ctx.actor or str(get_setting(ctx, "coordinator.name") or "")
        self.setObjectName("MainWindow")
        self.setWindowTitle(
            self.tr("sbdesk – %1").replace("%1", self.municipality) if self.municipality else "sbdesk"
        )
        self.setMinimumSize(900, 600)
        self._build_menus()
        self._build_status_bar()
        self._build_pages()
        self._build_toolbar()
        self._restore()

    # -- building -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Close the database; the passphrase is needed to open it again"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About sbdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
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
        self.stack.addWidget(self._welcome_panel())
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
        for action in (self.new_action, self.find_action, self.lock_action):
            toolbar.addAction(action)
        self.edit_menu.addAction(self.new_action)
        self.edit_menu.addAction(self.find_action)
        self.addToolBar(toolbar)

    def current_page(self) -> QWidget | None:
        """The page on show (None on the welcome panel)."""
        row = self.nav.currentRow()
        return self.pages[self.page_keys[row]] if 0 <= row < len(self.page_keys) else None

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by its key."""
        self.nav.setCurrentRow(self.page_keys.index(key))
        return self.pages[key]

    def open_record(self, key: str, record_id: int) -> None:
        """Show a page and open one of its records (used by the overview)."""
        page = self.show_page(key)
        page.open_record(record_id)  # type: ignore[attr-defined]

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
        self.actor_label = QLabel(self.coordinator)
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

    def _welcome_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(self.tr("Welcome, %1").replace("%1", self.coordinator))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        place = QLabel(self.municipality)
        bigger = place.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        place.setFont(bigger)
        text = QLabel(
            self.tr(
                "The database is encrypted and unlocked. This first version has no registers yet: cases, "
                "housing and requests are added in coming versions.\n\n"
                "Lock sbdesk with Ctrl+L whenever you leave the computer."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        for widget in (heading, place, text):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        layout.addStretch(1)
        return panel

    # -- window state -------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        last = str(self.settings.value(PAGE_KEY, "") or "")
        if last in self.page_keys:
            self.show_page(last)
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

    def show_about(self) -> None:
        """Version and purpose of sbdesk."""
        QMessageBox.about(
            self,
            self.tr("About sbdesk"),
            self.tr(
                "sbdesk %1\n\nHousing coordination for people exposed to violence in close relationships.\n"
                "Licence: EUPL-1.2"
            ).replace("%1", sbdesk.__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window geometry and lock the database."""
        if not self._done:
            self._done = True
            self._save()
            unlock.lock(self.ctx)
            log.info("database locked (%s)", "lock" if self.locked else "exit")
            self.closed.emit()
        event.accept()
