"""A compact list of the offers of one case or one apartment, shown inside their forms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services import offer_list
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery
from sbdesk.ui import formatting
from sbdesk.ui.badges import badge_text
from sbdesk.ui.widgets import read_only_table

OVERDUE_COLOUR = "#f9c9c4"
ROWS_SHOWN = 50


class OffersPanel(QWidget):
    """Offers of a case (the apartment in each row) or of an apartment (the household in each row)."""

    open_offer = Signal(int)

    def __init__(self, ctx: ServiceContext, *, case_id: int | None = None, apartment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.apartment_id = ctx, case_id, apartment_id
        self.heading = QLabel(self.tr("Offers"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.table = read_only_table(self.tr("Offers"), [
            self.tr("Apartment") if case_id is not None else self.tr("Household"),
            self.tr("Status"), self.tr("Proposed"), self.tr("Reply by"), self.tr("Reason")])
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.empty = QLabel(self.tr("No offers yet."))
        self.open_button = QPushButton(self.tr("Show in Offers"))
        self.open_button.setToolTip(self.tr("Open the selected offer on the Offers page to take the next step"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(self.table.currentRow() >= 0))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self._ids: list[int] = []
        self.reload()

    def reload(self) -> None:
        """Fetch the offers again (newest first)."""
        filters = {"case_id": self.case_id} if self.case_id is not None else {"apartment_id": self.apartment_id}
        try:
            rows = offer_list.list_offer_rows(self.ctx, ListQuery(filters=filters, limit=ROWS_SHOWN)).rows
        except SbdeskError as exc:
            self.empty.setText(exc.message)
            rows = []
        self._ids = [r.id for r in rows]
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            if self.case_id is not None:
                who = f"{row.address}, {row.size}"
            else:
                who = f"{row.reference} ({row.pseudonym})"
                if row.protection_level.protected:
                    who += f" – {badge_text(row.protection_level)}"
            cells = [who, row.status.label, formatting.day(row.proposed_on), formatting.day(row.reply_by),
                     row.reason]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.overdue and col == 3:
                    item.setBackground(QBrush(QColor(OVERDUE_COLOUR)))
                    item.setToolTip(self.tr("The reply-by date has passed"))
                self.table.setItem(i, col, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.open_button.setVisible(bool(rows))
        self.open_button.setEnabled(False)

    def offer_ids(self) -> list[int]:
        """The ids of the listed offers, in the order shown."""
        return list(self._ids)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_offer.emit(self._ids[row])
