"""Förfrågningar: every request to and from other municipalities in a lazily filled table (filters for
direction, status, partner, ring and overdue answers), with the selected request's timeline and quick
actions below it. Cases show by reference, pseudonym and protection badge — never a name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QMessageBox, QPushButton, QSplitter, QWidget

from sbdesk.domain.rings import RequestDirection, RequestStatus
from sbdesk.errors import SbdeskError
from sbdesk.services import requests as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui.badges import badge_text
from sbdesk.ui.pages.options import municipality_options
from sbdesk.ui.pages.request_cells import CaseBadgeDelegate
from sbdesk.ui.pages.request_detail import RequestDetailPanel, household_text
from sbdesk.ui.pages.request_dialogs import IncomingDialog, NewOutgoingDialog, edit_dialog, ring_options
from sbdesk.ui.registers.register_page import RegisterPage
from sbdesk.ui.registers.table_model import Column

S = RequestStatus
STATUS_COLOURS = {
    S.DRAFT: "#e8eef7",
    S.SENT: "#fcf3d9",
    S.ACCEPTED: "#e3f1e0",
    S.APARTMENT_FOUND: "#dff0d8",
    S.MOVED: "#cfe8c6",
    S.DECLINED: "#f1e4e4",
}
OVERDUE_COLOUR = "#f9c9c4"
OPEN = [s.value for s in service.OPEN_STATUSES]
OPEN_DELAY_MS = 250  # a request is opened (and logged) once the selection has settled


@dataclass(frozen=True)
class RegisterRow:
    """A request row with the texts its cells show; other attributes come from the service row."""

    row: service.RequestRow
    case_text: str
    protection_level: Any
    due_text: str
    days_overdue: int

    def __getattr__(self, name: str) -> Any:
        if name == "row":
            raise AttributeError(name)
        return getattr(self.row, name)


class RequestRegister(RegisterPage):
    """The requests register with its detail panel."""

    default_sort = "reference"
    default_descending = True

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        self.today = date.today()
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Search reference, municipality or case… (Ctrl+F)"))
        self.table.setItemDelegateForColumn(self.column_of("case_text"), CaseBadgeDelegate(self.table))
        self.detail = RequestDetailPanel(ctx)
        self.detail.changed.connect(self.reload)
        self.detail.open_case.connect(lambda case_id: self.open_record_in.emit("cases", case_id))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.layout().replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([480, 300])
        self.table.setWordWrap(False)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)

        self.new_button.setText(self.tr("&New request…"))
        self.new_button.setToolTip(self.tr("Ask other municipalities to receive a household (Ctrl+N)"))
        self.incoming_button = self._add_button(self.tr("Register &incoming…"),
                                                self.tr("Register a request received from another municipality"),
                                                self.new_incoming, after=self.new_button)
        self.export_button = self._add_button(
            self.tr("Export as file…"),
            self.tr("Export the outgoing request, or the answer to an incoming one, as an encrypted exchange file"),
            self.export_selected)
        self.import_button = self._add_button(self.tr("Import file…"),
                                              self.tr("Import a request or an answer from an exchange file"),
                                              self.import_file, after=self.export_button)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self.show_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._update_buttons()

    def _add_button(self, text: str, tooltip: str, slot: Any, *, after: QPushButton | None = None) -> QPushButton:
        """A button in the row under the table (after `after`, else after Archive)."""
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda _c=False: slot())
        outer = self.layout()
        row = next(item.layout() for item in (outer.itemAt(i) for i in range(outer.count()))
                   if item.layout() is not None and item.layout().indexOf(self.archive_button) >= 0)
        row.insertWidget(row.indexOf(after or self.archive_button) + 1, button)
        return button

    # -- the register -------------------------------------------------------------------------

    def page_title(self) -> str:
        """'Förfrågningar'."""
        return self.tr("Requests")

    def columns(self) -> list[Column]:
        """Reference, direction, case or household (with the protection badge), counterpart, ring, status, sent,
        answer due, last step."""
        return [
            Column("reference", self.tr("Reference"), "reference"),
            Column("direction", self.tr("Direction"), "direction", formatting.label),
            Column("case_text", self.tr("Case or household"), "case_reference", tooltip=self._case_tooltip),
            Column("counterpart_name", self.tr("Municipality"), "counterpart_name",
                   tooltip=lambda r: r.counterpart_name),
            Column("ring_name", self.tr("Housing ring"), "ring_name", tooltip=lambda r: r.ring_name or ""),
            Column("status_label", self.tr("Status"), "status", background=lambda r: STATUS_COLOURS.get(r.status)),
            Column("sent_on", self.tr("Sent on"), "sent_on", formatting.day,
                   tooltip=lambda r: self.tr("Received on") if r.direction is RequestDirection.INCOMING else ""),
            Column("due_text", self.tr("Answer due"), "due_on",
                   tooltip=lambda r: self.tr("The answer is %n day(s) overdue", "", r.days_overdue)
                   if r.days_overdue else "",
                   background=lambda r: OVERDUE_COLOUR if r.days_overdue else None),
            Column("last_step_on", self.tr("Last step"), "last_step_on", formatting.day),
        ]

    def _case_tooltip(self, row: RegisterRow) -> str:
        """The case and, for a protected case, its protection level (read by screen readers too)."""
        badge = badge_text(row.protection_level)
        return f"{row.case_text} – {badge}" if badge else row.case_text

    def column_of(self, key: str) -> int:
        """The position of a column by its row attribute."""
        return [c.key for c in self.model.columns].index(key)

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Requests from the service; each row gets its cell texts."""
        page = service.list_requests(self.ctx, query, today=self.today)
        return Page([self._register_row(r) for r in page.rows], page.total, page.offset)

    def _register_row(self, row: service.RequestRow) -> RegisterRow:
        overdue = row.days_overdue(self.today)
        if row.direction is RequestDirection.OUTGOING:
            case_text = row.case.display_name if row.case is not None else "—"
            level = row.case.protection_level if row.case is not None else None
        else:
            household = household_text(row)
            received = self.tr("Received household")
            case_text = f"{received} · {household}" if household else received
            level = row.household_protection
        due = formatting.day(row.due_on) if row.status is S.SENT else ""
        if overdue:
            due += " · " + self.tr("%n d late", "", overdue)
        return RegisterRow(row, case_text, level, due, overdue)

    def build_filters(self) -> None:
        """Direction, status (open by default), municipality, ring, overdue only."""
        self.direction_filter = self.add_combo_filter("direction", self.tr("Direction"), RequestDirection.options())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Open requests"), OPEN)
        self.status_filter.addItem(self.tr("%1: all").replace("%1", self.tr("Status")), None)
        for status in S:
            label = f"{status.label} / {status.label_for(RequestDirection.INCOMING)}" if status is S.SENT \
                else status.label
            self.status_filter.addItem(label, status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.model.set_filter("status", OPEN)
        self.filters.addWidget(self.status_filter)
        self.partner_filter = self.add_combo_filter("counterpart", self.tr("Municipality"), [])
        self.partner_filter.setEditable(True)
        self.partner_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner_filter.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner_filter.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for name, code in municipality_options(self.ctx):
            self.partner_filter.addItem(name, code)
        self.ring_filter = self.add_combo_filter("ring_id", self.tr("Housing ring"), ring_options(self.ctx))
        self.overdue_only = QCheckBox(self.tr("Overdue answers only"))
        self.overdue_only.setToolTip(self.tr("Sent or received requests whose answer is past its due date"))
        self.overdue_only.toggled.connect(lambda on: self.model.set_filter("overdue", True if on else None))
        self.filters.addWidget(self.overdue_only)

    def refresh_rings(self) -> None:
        """Rebuild the ring filter (rings may have been added or archived on the rings tab)."""
        current = self.ring_filter.currentData()
        self.ring_filter.blockSignals(True)
        while self.ring_filter.count() > 1:
            self.ring_filter.removeItem(1)
        for name, ring_id in ring_options(self.ctx):
            self.ring_filter.addItem(name, ring_id)
        index = self.ring_filter.findData(current) if current is not None else 0
        self.ring_filter.setCurrentIndex(max(0, index))
        self.ring_filter.blockSignals(False)
        self.model.set_filter("ring_id", self.ring_filter.currentData())

    def count_text(self, total: int) -> str:
        """'N förfrågningar'."""
        return self.tr("%n request(s)", "", total)

    def status_summary(self) -> str:
        """'3 förfrågningar väntar på svar · 1 försenad' (both directions)."""
        waiting = service.list_requests(self.ctx, ListQuery(filters={"status": S.SENT.value}, limit=1),
                                        today=self.today).total
        overdue = service.list_requests(self.ctx, ListQuery(filters={"overdue": True}, limit=1),
                                        today=self.today).total
        text = self.tr("%n request(s) awaiting an answer", "", waiting)
        return text + " · " + self.tr("%n overdue", "", overdue) if overdue else text

    def _total_changed(self, total: int) -> None:
        self.count_label.setText(self.count_text(total))
        self.status_text.emit(self.status_summary())
        self._update_buttons()

    def describe(self, row: Any) -> str:
        """Our reference and the municipality."""
        return f"{row.reference} ({row.counterpart_name})"

    # -- behaviour ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: today may have changed (overdue days), so fetch again after the first load."""
        self.today = date.today()
        if self._loaded:
            self.reload()
            self._total_changed(self.model.total)
        else:
            super().activate()
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their content, long names capped (their full text is in the cell's tooltip)."""
        self.table.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        for key, chars in (("ring_name", 18), ("counterpart_name", 16)):
            column = self.column_of(key)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), char * chars))

    def selected_row(self) -> service.RequestRow | None:
        """The selected request, if any."""
        rows = self.table.selectionModel().selectedRows()
        return None if not rows else self.model.row_at(rows[0].row()).row

    def _selection_changed(self) -> None:
        if self.selected_id() is not None:
            self._open_timer.start()

    def show_selected(self) -> None:
        """Show the selected request beside the table; opening another request is audit-logged.
        (The panel keeps the last request when a search or filter hides it.)"""
        self._open_timer.stop()
        row = self.selected_row()
        if row is not None:
            self.detail.load(row.id, logged=row.id != self.detail.request_id)
        self._update_buttons()

    def reload(self) -> None:
        """Fetch again and refresh the panel of the request on show (not logged again)."""
        super().reload()
        if self.detail.request_id is not None and self.selected_id() in (None, self.detail.request_id):
            self._open_timer.stop()
            self.detail.load(self.detail.request_id, logged=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "export_button"):
            row = self.selected_row()
            exportable = row is not None and (
                row.direction is RequestDirection.OUTGOING
                or row.status not in (RequestStatus.SENT, RequestStatus.DRAFT))
            self.export_button.setEnabled(exportable)

    def open_record(self, record_id: int) -> None:
        """Select a request by id (clearing the search and filters when they hide it) and show it."""
        self.activate()
        if not self.select_record(record_id):
            self.clear_filters()
            self.select_record(record_id)
        self.show_selected()

    def clear_filters(self) -> None:
        """Every request, archived ones too."""
        self.search.clear()
        self.model.set_search("")
        for combo in (self.direction_filter, self.partner_filter, self.ring_filter):
            combo.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        self.overdue_only.setChecked(False)
        self.show_archived.setChecked(True)

    def new_record(self) -> None:
        """Ctrl+N: a new outgoing request; the new request is selected."""
        dialog = NewOutgoingDialog(self.ctx, self)
        self._run_new(dialog)

    def new_incoming(self) -> None:
        """Register a request received from another municipality."""
        self._run_new(IncomingDialog(self.ctx, self))

    def _run_new(self, dialog: Any) -> None:
        try:
            saved = bool(self.run_dialog(dialog))
            made = dialog.result_value
        finally:
            dialog.deleteLater()
        if not saved or made is None:
            return
        first = made[0] if isinstance(made, list) else made
        self.reload()
        self.open_record(first.id)

    def run_dialog(self, dialog: Any) -> int:
        """exec() a dialog (tests replace this to drive dialogs without a modal loop)."""
        return int(dialog.exec())

    def open_editor(self, record_id: int | None) -> bool:
        """Enter / double-click: the selected request's form (opening it is audit-logged)."""
        if record_id is None:
            self.new_record()
            return False
        row = self.selected_row()
        if row is None or row.id != record_id:
            row = service.get_request(self.ctx, record_id).row
        try:
            dialog = edit_dialog(self.ctx, record_id, row.direction, self)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Could not open the request"), exc.message)
            return False
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or bring back a request."""
        service.set_request_archived(self.ctx, record_id, archived)

    # -- exchange files (built in sbdesk.ui.exchange_dialog) -----------------------------------

    def _exchange(self) -> Any:
        from sbdesk.ui import exchange_dialog  # imported when used: it pulls in the crypto and file dialogs

        return exchange_dialog

    def export_selected(self) -> None:
        """'Exportera som fil…': the selected outgoing request, or the answer to an incoming one, as an
        encrypted exchange file."""
        row = self.selected_row()
        if row is None:
            return
        exchange = self._exchange()
        if exchange is None:
            return
        if row.direction is RequestDirection.OUTGOING:
            changed = exchange.export_request(self, self.ctx, row.id)
        else:
            changed = exchange.export_answer(self, self.ctx, row.id)
        if changed:
            self.reload()

    def import_file(self) -> None:
        """'Importera fil…': a request or an answer from an exchange file."""
        exchange = self._exchange()
        if exchange is not None and exchange.import_file(self, self.ctx):
            self.reload()

