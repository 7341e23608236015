"""Erbjudanden: every offer with its case (reference and pseudonym, never a name) and apartment, and
buttons for the next step of the selected offer, enabled only when that step is legal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from sbdesk.domain.offers import OfferStatus
from sbdesk.errors import SbdeskError
from sbdesk.services import offer_list
from sbdesk.services import offers as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui import offer_dialog as dialogs
from sbdesk.ui.badges import BadgeDelegate, badge_colour, badge_text
from sbdesk.ui.registers.register_page import select_record, selected_id
from sbdesk.ui.registers.table_model import Column, RegisterModel

SEARCH_DELAY_MS = 150
ACTIVE = offer_list.ACTIVE
STATUS_COLOURS = {
    OfferStatus.PROPOSED: "#e8eef7",
    OfferStatus.OFFERED: "#fcf3d9",
    OfferStatus.ACCEPTED: "#e3f1e0",
    OfferStatus.SIGNED: "#dff0d8",
}
OVERDUE_COLOUR = "#f9c9c4"
OfferListRow = offer_list.OfferListRow


class OffersPage(QWidget):
    """All offers: filter by status, search by reference/pseudonym/address, take the next step."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Offers")
        self._rows: list[OfferListRow] = []
        self.model = RegisterModel(self.columns(), self.fetch, default_sort="proposed_on", parent=self)
        self.model.sort(self.column_of("proposed_on"), Qt.SortOrder.DescendingOrder)
        self.model.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("Could not load the list"), msg))

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Active offers"), ACTIVE)
        self.status_filter.addItem(self.tr("All offers"), None)
        for status in OfferStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.model.set_filter("status", ACTIVE)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search reference, pseudonym or address… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(self.column_of("proposed_on"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.nav_title)
        self.badge_delegate = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(self.column_of("protection_level"), self.badge_delegate)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        self.table.activated.connect(lambda _i: self.open_case())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        b = self._button
        self.send_button = b(self.tr("&Send offer…"), self.tr("Send the offer with a reply-by date"), self.send_selected)
        self.accept_button = b(self.tr("&Accept"), self.tr("The household accepts the offer"), self.accept_selected)
        self.decline_button = b(self.tr("&Decline…"), self.tr("The household or the landlord declines"),
                                self.decline_selected)
        self.expire_button = b(self.tr("E&xpired"), self.tr("No answer by the reply-by date"), self.expire_selected)
        self.sign_button = b(self.tr("&Contract signed…"), self.tr("Record the signed contract"), self.sign_selected)
        self.withdraw_button = b(self.tr("&Withdraw…"), self.tr("Withdraw the offer"), self.withdraw_selected)
        self.open_button = self._button(self.tr("&Open case"), self.tr("Open the offer's case (Enter)"), self.open_case)
        self.letter_button = self._button(self.tr("Offer &letter…"),
                                          self.tr("Erbjudande om lägenhet to the household, as a PDF letter"),
                                          self.offer_letter)
        self.batch_button = self._button(self.tr("Today's offer letters…"),
                                         self.tr("Save the letters of every offer sent today into a folder"),
                                         self.letters_of_today)
        self.step_buttons = {"send": self.send_button, "accept": self.accept_button, "decline": self.decline_button,
                             "expire": self.expire_button, "sign": self.sign_button, "withdraw": self.withdraw_button}
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter, 1)
        top.addStretch(2)
        buttons = QHBoxLayout()
        for button in self.step_buttons.values():
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.batch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, text: str, tooltip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- table ---------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        """Reference, pseudonym, protection badge, apartment, size, status and the dates of each step."""
        return [
            Column("reference", self.tr("Reference"), "reference"),
            Column("pseudonym", self.tr("Pseudonym"), "pseudonym"),
            Column("protection_level", self.tr("Protection"), "protection_level", badge_text,
                   background=lambda row: badge_colour(row.protection_level)),
            Column("address", self.tr("Apartment"), "address"),
            Column("size", self.tr("Size"), "rooms"),
            Column("status", self.tr("Status"), "status", formatting.label,
                   background=lambda row: STATUS_COLOURS.get(row.status)),
            Column("proposed_on", self.tr("Proposed"), "proposed_on", formatting.day),
            Column("reply_by", self.tr("Reply by"), "reply_by", formatting.day,
                   tooltip=lambda row: self.tr("The reply-by date has passed") if row.overdue else "",
                   background=lambda row: OVERDUE_COLOUR if row.overdue else None),
            Column("decided_on", self.tr("Decided"), "decided_on", formatting.day),
            Column("reason", self.tr("Reason"), "reason"),
        ]

    def column_of(self, key: str) -> int:
        """The position of a column by its row attribute."""
        return [c.key for c in self.model.columns].index(key)

    def fetch(self, query: ListQuery) -> Page[OfferListRow]:
        """One page of offers, searched, filtered and sorted by the service."""
        page = offer_list.list_offer_rows(self.ctx, query)
        if query.offset == 0:
            self._emit_count()
        return page

    def _emit_count(self) -> None:
        active = offer_list.count_active(self.ctx)
        text = self.tr("%n active offer(s)", "", active)
        self.count_label.setText(text)
        self.status_text.emit(text)

    # -- page API ------------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: fetch again (offers change from other pages too)."""
        self.reload()
        self.table.resizeColumnsToContents()

    def reload(self) -> None:
        """Fetch again, keeping the selection when the offer is still listed."""
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select_record(selected)
        self._update_buttons()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_record(self, record_id: int) -> None:
        """Show one offer (from elsewhere): every status, the offer selected."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        self.activate()
        self.select_record(record_id)

    def selected_row(self) -> OfferListRow | None:
        """The selected offer, if any."""
        rows = self.table.selectionModel().selectedRows()
        return None if not rows else self.model.row_at(rows[0].row())

    def selected_id(self) -> int | None:
        """The id of the selected offer, if any."""
        return selected_id(self.table)

    def select_record(self, record_id: int) -> bool:
        """Select an offer's row."""
        return select_record(self.table, self.model, record_id)

    def open_case(self) -> None:
        """Enter / double-click: ask the window to open the selected offer's case."""
        row = self.selected_row()
        if row is not None:
            self.open_record_in.emit("cases", row.case_id)

    def offer_letter(self) -> None:
        """'Erbjudandebrev…': the selected offer's letter to the household, previewed first."""
        from sbdesk.ui.letter_dialog import show_letter

        row = self.selected_row()
        if row is not None:
            show_letter(self, self.ctx, "offer", offer_id=row.id)

    def letters_of_today(self) -> None:
        """'Dagens erbjudandebrev…': every offer sent today as letters in a folder (off the GUI thread)."""
        from sbdesk.ui.letter_batch import start_offer_letters_of_day

        start_offer_letters_of_day(self, self.ctx)

    def propose(self, case_id: int, apartment_id: int) -> service.OfferRow | None:
        """Propose an apartment to a household (from 'Hitta hushåll'); the new offer is selected."""
        try:
            offer = service.propose_offer(self.ctx, case_id, apartment_id)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("No offer made"), exc.message)
            return None
        if self.status_filter.currentData() not in (ACTIVE, None):
            self.status_filter.setCurrentIndex(self.status_filter.findData(ACTIVE))
        self.reload()
        self.select_record(offer.id)
        return offer

    # -- steps ---------------------------------------------------------------------------------

    def step_allowed(self, step: str, row: OfferListRow | None = None) -> bool:
        """True when the step is legal for the (selected) offer's status."""
        row = row or self.selected_row()
        return row is not None and step in service.allowed_steps(row.status)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for step, button in self.step_buttons.items():
            button.setEnabled(self.step_allowed(step, row))
        self.open_button.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None)

    def _direct(self, call: Callable[[ServiceContext, int], Any]) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            call(self.ctx, row.id)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Step not possible"), exc.message)
        self.reload()

    def _dialog(self, make: Callable[[OfferListRow], dialogs.OfferStepDialog]) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = make(row)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.reload()

    def send_selected(self) -> None:
        """'Skicka erbjudande…': ask for the reply-by date, then send."""
        self._dialog(lambda row: dialogs.SendOfferDialog(self.ctx, row.id, row.about, self))

    def accept_selected(self) -> None:
        """'Tacka ja': the household accepts."""
        self._direct(lambda ctx, offer_id: service.accept_offer(ctx, offer_id))

    def decline_selected(self) -> None:
        """'Tacka nej…': a reason from the household's or the landlord's list, and a comment."""
        self._dialog(lambda row: dialogs.DeclineOfferDialog(self.ctx, row.id, row.about, self))

    def expire_selected(self) -> None:
        """'Förfallen': no answer came by the reply-by date."""
        self._direct(lambda ctx, offer_id: service.expire_offer(ctx, offer_id))

    def sign_selected(self) -> None:
        """'Kontrakt skrivet…': the date and the contract type."""
        self._dialog(lambda row: dialogs.SignOfferDialog(self.ctx, row.id, row.about, row.contract_type, self))

    def withdraw_selected(self) -> None:
        """'Återkalla…': why the offer is withdrawn."""
        self._dialog(lambda row: dialogs.WithdrawOfferDialog(self.ctx, row.id, row.about, self))
