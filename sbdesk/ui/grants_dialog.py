"""Förtur on a case: the grants (grounds, issuer, dates, offers allowed and used, the landlord's
approval), a form to record or change one, and archiving with confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.priority import PriorityGround
from sbdesk.errors import SbdeskError
from sbdesk.services import priority as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.widgets import read_only_table

VALID_COLOUR = "#dff0d8"


class GrantsDialog(QDialog):
    """The förtur grants of one case; every change is saved (and logged) at once."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, case_id: int, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.setWindowTitle(self.tr("Priority (förtur) – %1").replace("%1", about))
        self.intro = QLabel(self.tr(
            "A förtur gives the household priority with landlords. A decline by the household can use it up "
            "when the number of offers allowed is reached; a signed contract always does."))
        self.intro.setWordWrap(True)
        self.table = read_only_table(self.tr("Priority grants"), [
            self.tr("Ground"), self.tr("Issued by"), self.tr("Decided"), self.tr("Valid until"),
            self.tr("Offers used"), self.tr("State")])
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No förtur recorded for this household."))
        self.new_button = QPushButton(self.tr("&New förtur…"))
        self.new_button.clicked.connect(lambda: self.new_grant())
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.archive_button = QPushButton(self.tr("&Remove…"))
        self.archive_button.setToolTip(self.tr("Archive the grant: it no longer counts (logged)"))
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.grants: list[service.GrantRow] = []
        self.reload()
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 20)

    # -- list ----------------------------------------------------------------------------------

    def state_text(self, grant: service.GrantRow) -> str:
        """'Giltig', 'Förbrukad', 'Inte beslutad' or 'Har gått ut'."""
        if grant.used_up:
            return self.tr("Used up")
        if grant.decided_on is None:
            return self.tr("Not decided")
        if grant.valid_today:
            return self.tr("Valid")
        return self.tr("Expired")

    def reload(self) -> None:
        """Fetch the grants again."""
        self.grants = service.list_grants(self.ctx, self.case_id)
        self.table.setRowCount(len(self.grants))
        for i, g in enumerate(self.grants):
            cells = [g.ground.label, g.issued_by, formatting.day(g.decided_on), formatting.day(g.valid_until),
                     f"{g.offers_used} / {g.offers_allowed}", self.state_text(g)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if g.valid_today and col == 5:
                    item.setBackground(QBrush(QColor(VALID_COLOUR)))
                self.table.setItem(i, col, item)
        self.table.setVisible(bool(self.grants))
        self.empty.setVisible(not self.grants)
        if self.grants:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> service.GrantRow | None:
        """The selected grant, if any."""
        row = self.table.currentRow()
        return self.grants[row] if 0 <= row < len(self.grants) else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)

    # -- actions -------------------------------------------------------------------------------

    def form_fields(self) -> list[FormField]:
        """The inputs of the grant form (GRANT_FIELDS)."""
        return [
            FormField("ground", self.tr("Ground"), Kind.CHOICE, True, PriorityGround.options()),
            FormField("issued_by", self.tr("Issued by (role)"), required=True,
                      placeholder=self.tr("e.g. socialsekreterare, läkare, polis")),
            FormField("applied_on", self.tr("Applied"), Kind.DATE),
            FormField("decided_on", self.tr("Decided"), Kind.DATE,
                      help=self.tr("The förtur counts from the day it is decided.")),
            FormField("valid_until", self.tr("Valid until"), Kind.DATE, help=self.tr("Often 12 months")),
            FormField("offers_allowed", self.tr("Offers allowed"), Kind.NUMBER, help=self.tr("Often one")),
            FormField("used_up", self.tr("Used up"), Kind.FLAG),
            FormField("credit_check_ok", self.tr("Landlord: credit check approved"), Kind.FLAG),
            FormField("references_ok", self.tr("Landlord: references approved"), Kind.FLAG),
            FormField("landlord_note", self.tr("Landlord's note"), Kind.MULTILINE),
        ]

    def grant_form(self, grant: service.GrantRow | None) -> RecordDialog:
        """The form for a new grant or for changing one (not yet shown)."""
        if grant is None:
            initial: dict[str, Any] = {"offers_allowed": 1, "used_up": False}

            def save(values: dict[str, Any]) -> Any:
                return service.create_grant(self.ctx, self.case_id, values)
            title = self.tr("New förtur")
        else:
            initial = {spec.name: getattr(grant, spec.name) for spec in service.GRANT_FIELDS}

            def save(values: dict[str, Any]) -> Any:
                return service.update_grant(self.ctx, grant.id, values)
            title = self.tr("Förtur")
        return RecordDialog(title, self.form_fields(), service.GRANT_FIELDS, save, initial, self)

    def _run_form(self, grant: service.GrantRow | None) -> bool:
        dialog = self.grant_form(grant)
        try:
            saved = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if saved:
            self.reload()
            self.changed.emit()
        return saved

    def new_grant(self) -> bool:
        """Record a new förtur."""
        return self._run_form(None)

    def edit_selected(self) -> bool:
        """Change the selected förtur."""
        grant = self.selected()
        return grant is not None and self._run_form(grant)

    def archive_selected(self) -> bool:
        """Archive the selected förtur after confirmation."""
        grant = self.selected()
        if grant is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove förtur"),
            self.tr("Remove the förtur (%1)? It will no longer count in the queue or for offers.")
            .replace("%1", grant.ground.label))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            service.set_grant_archived(self.ctx, grant.id)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Could not remove"), exc.message)
            return False
        self.reload()
        self.changed.emit()
        return True
