"""One register page: search box, filters, a sortable lazily-filled table, and create/edit/archive."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui.registers.table_model import ROW_ID_ROLE, Column, RegisterModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


def selected_id(table: QTableView) -> int | None:
    """The record id of a register table's selected row, if any."""
    rows = table.selectionModel().selectedRows()
    return None if not rows else rows[0].data(ROW_ID_ROLE)


def select_record(table: QTableView, model: RegisterModel, record_id: int) -> bool:
    """Select a record's row in a register table, fetching further batches until it is found."""
    position = model.position_of(record_id)
    while position is None and model.canFetchMore():
        model.fetchMore()
        position = model.position_of(record_id)
    if position is None:
        return False
    index = model.index(position, 0)
    table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(index)
    table.setCurrentIndex(index)
    return True


class RegisterPage(QWidget):
    """Base of the register pages; subclasses give columns, fetch, editor and archive."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)  # ask the window to open a record on another page
    default_sort = "id"
    default_descending = False
    read_only = False  # a page that only lists (the log): no New/Open/Archive

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.page_title()
        self.model = RegisterModel(self.columns(), self.fetch, default_sort=self.default_sort, parent=self)
        self.model.total_changed.connect(self._total_changed)
        self.model.failed.connect(self._fetch_failed)
        self._loaded = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.model.set_include_archived)

        self.count_label = QLabel()
        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(self._default_sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.nav_title)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Open"))
        self.edit_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setToolTip(self.tr("Archive the selected record (Delete)"))
        self.archive_button.clicked.connect(self.archive_selected)
        # Ctrl+N and Ctrl+F are window actions (MainWindow) that call new_record/focus_search;
        # Delete belongs to the table only, so it still deletes text in the search box.
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.archive_selected)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addLayout(self.filters, 5)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.build_filters()
        if self.read_only:
            for button in (self.new_button, self.edit_button, self.archive_button):
                button.hide()
            self.show_archived.hide()
            delete.setEnabled(False)
        if self.default_descending:
            self.table.horizontalHeader().setSortIndicator(self._default_sort_column(), Qt.SortOrder.DescendingOrder)
            self.model.query = replace(self.model.query, descending=True)
        self._update_buttons()

    # -- for subclasses -----------------------------------------------------------------------

    def page_title(self) -> str:
        """The (translated) name of the page in the navigation."""
        raise NotImplementedError

    def columns(self) -> list[Column]:
        """The table's columns."""
        raise NotImplementedError

    def fetch(self, query: ListQuery) -> Page[Any]:
        """One page of rows from the service."""
        raise NotImplementedError

    def build_filters(self) -> None:
        """Add filter widgets with add_combo_filter (optional)."""

    def open_editor(self, record_id: int | None) -> bool:
        """Create (None) or edit a record in a dialog; True when something was saved."""
        raise NotImplementedError

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or restore a record through the service."""
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        """Status text for the number of rows, e.g. '12 lägenheter'."""
        return self.tr("%n record(s)", "", total)

    def describe(self, row: Any) -> str:
        """A short, non-identifying description of a row for confirmations."""
        return str(getattr(row, "id", ""))

    # -- helpers for subclasses ---------------------------------------------------------------

    def add_combo_filter(self, name: str, label: str, options: list[tuple[str, Any]]) -> QComboBox:
        """A drop-down filter: first entry 'all', then (label, value) options."""
        combo = QComboBox()
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.addItem(self.tr("%1: all").replace("%1", label), None)
        for text, value in options:
            combo.addItem(text, value.value if hasattr(value, "value") else value)
        combo.currentIndexChanged.connect(lambda _i: self.model.set_filter(name, combo.currentData()))
        self.filters.addWidget(combo)
        return combo

    # -- behaviour ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: load once, then keep the current rows."""
        if not self._loaded:
            self._loaded = True
            self.model.refresh()
            self.table.resizeColumnsToContents()
        else:
            self._total_changed(self.model.total)

    def reload(self) -> None:
        """Fetch again (after a change), keeping the selection when possible."""
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select_record(selected)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> int | None:
        """The id of the selected row, if any."""
        return selected_id(self.table)

    def select_record(self, record_id: int) -> bool:
        """Select a record's row (fetching further batches if needed)."""
        return select_record(self.table, self.model, record_id)

    def open_record(self, record_id: int) -> None:
        """Open a record from elsewhere (e.g. the overview)."""
        self.activate()
        self.select_record(record_id)
        if self.open_editor(record_id):
            self.reload()

    def new_record(self) -> None:
        """Ctrl+N: create a record."""
        if self.read_only:
            return
        if self.open_editor(None):
            self.reload()

    def edit_selected(self) -> None:
        """Enter / double-click: edit the selected record."""
        record_id = self.selected_id()
        if record_id is not None and not self.read_only and self.open_editor(record_id):
            self.reload()

    def archive_selected(self) -> None:
        """Delete: archive (or bring back) the selected record after confirmation."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.read_only:
            return
        row = self.model.row_at(rows[0].row())
        archived = bool(getattr(row, "archived", False))
        question = (
            self.tr("Bring back %1 from the archive?") if archived else self.tr("Archive %1? It is kept but hidden from the lists.")
        ).replace("%1", self.describe(row))
        answer = QMessageBox.question(self, self.tr("Archive"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.set_archived(row.id, not archived)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not archived"), exc.message)
            return
        self.reload()

    def _default_sort_column(self) -> int:
        for i, column in enumerate(self.model.columns):
            if column.sort_key == self.default_sort:
                return i
        return 0

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)

    def _total_changed(self, total: int) -> None:
        text = self.count_text(total)
        self.count_label.setText(text)
        self.status_text.emit(text)
        self._update_buttons()

    def _fetch_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not load the list"), message)

    def selection_index(self) -> QModelIndex:
        """The current index (for tests)."""
        return self.table.currentIndex()
