"""The cases kept from purging on the document plan's word, and ending such an exemption (logged)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.retention import ExemptCase, exempted_cases, set_exempt
from sbdesk.ui import formatting
from sbdesk.ui.badges import badge_colour, badge_text
from sbdesk.ui.widgets import read_only_table


class ExemptList(QGroupBox):
    """'Undantagna från gallring': each exempted case, and 'Avsluta undantag…' with a reason."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exempted from purging"), parent)
        self.ctx = ctx
        self.cases: list[ExemptCase] = []
        self.table = read_only_table(self.tr("Cases exempted from purging"),
                                     [self.tr("Reference"), self.tr("Protection"), self.tr("Status")])
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.empty = QLabel(self.tr("No case is exempted."))
        self.end_button = QPushButton(self.tr("E&nd exemption…"))
        self.end_button.setToolTip(self.tr("The case can be purged again when its time has passed (logged)"))
        self.end_button.clicked.connect(lambda: self.end_selected())
        row = QHBoxLayout()
        row.addWidget(self.end_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Read the exempted cases again."""
        try:
            self.cases = exempted_cases(self.ctx)
        except SbdeskError as exc:
            self.cases = []
            self.empty.setText(exc.message)
        self.table.setRowCount(len(self.cases))
        for i, case in enumerate(self.cases):
            badge = QTableWidgetItem(badge_text(case.protection_level))
            if (colour := badge_colour(case.protection_level)) is not None:
                badge.setBackground(QBrush(QColor(colour)))
            for column, item in enumerate((QTableWidgetItem(case.reference), badge,
                                           QTableWidgetItem(formatting.label(case.status)))):
                self.table.setItem(i, column, item)
        self.table.setVisible(bool(self.cases))
        self.empty.setVisible(not self.cases)
        self._update_button()

    def selected(self) -> ExemptCase | None:
        """The selected exempted case, if any."""
        row = self.table.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) and self.table.selectedItems() else None

    def _update_button(self) -> None:
        self.end_button.setEnabled(self.selected() is not None)
        self.end_button.setVisible(bool(self.cases))

    def end_selected(self) -> bool:
        """End the selected exemption with a reason; True when done."""
        case = self.selected()
        if case is None:
            return False
        reason, ok = QInputDialog.getText(
            self, self.tr("End exemption"),
            self.tr("Why may %1 be purged again? (e.g. the document plan changed)").replace("%1", case.reference),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return False
        try:
            set_exempt(self.ctx, case.id, False, reason)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Exemption not ended"), exc.message)
            return False
        self.refresh()
        self.changed.emit()
        return True
