"""Samtycken: the consents of one case — list, add and withdraw (each change is logged)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import ConsentRecipient
from sbdesk.errors import SbdeskError
from sbdesk.services import consents as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.badges import ProtectionBadge
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog

INVALID_COLOUR = "#eeeeee"


class AddConsentDialog(RecordDialog):
    """'Nytt samtycke': recipient kind and name, what may be shared, given and expiry dates."""

    def __init__(self, ctx: ServiceContext, case_id: int, about: str, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        today = today or date.today()
        fields = [
            FormField("recipient_kind", self.tr("Recipient"), Kind.CHOICE, True, ConsentRecipient.options()),
            FormField("recipient_name", self.tr("Recipient's name"), Kind.TEXT, True,
                      placeholder=self.tr("e.g. Mälarhem Bostäder AB or Uppsala kommun")),
            FormField("scope", self.tr("What may be shared"), Kind.MULTILINE, True),
            FormField("given_on", self.tr("Given on"), Kind.DATE, True),
            FormField("expires_on", self.tr("Valid until"), Kind.DATE),
        ]
        super().__init__(self.tr("New consent"), fields, service.CONSENT_FIELDS,
                         lambda values: service.add_consent(ctx, case_id, values, today=today),
                         {"given_on": today}, parent,
                         intro=self.tr("Consent of the household in case %1 to share information.").replace("%1", about))


class WithdrawConsentDialog(RecordDialog):
    """'Återkalla samtycke': the date it was withdrawn (default today)."""

    def __init__(self, ctx: ServiceContext, consent: service.ConsentRow, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        today = today or date.today()
        fields = [FormField("withdrawn_on", self.tr("Withdrawn on"), Kind.DATE, True)]
        super().__init__(self.tr("Withdraw consent"), fields, service.WITHDRAW_FIELDS,
                         lambda values: service.withdraw_consent(ctx, consent.id, values["withdrawn_on"], today=today),
                         {"withdrawn_on": today}, parent,
                         intro=self.tr("The consent to share information with %1 is withdrawn. Letters to the "
                                       "recipient will need a new consent.").replace("%1", consent.recipient_name))


class ConsentsDialog(QDialog):
    """Every consent of one case, valid ones first in colour; Add… and Withdraw…."""

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.today = ctx, case_id, today or date.today()
        self.case = service.case_label(ctx, case_id)
        self.rows: list[service.ConsentRow] = []
        self.setWindowTitle(self.tr("Consents – %1").replace("%1", self.case.reference))

        heading = QLabel(f"<b>{escape(self.case.reference)}</b> {escape(self.case.pseudonym)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.badge = ProtectionBadge(self.case.protection_level)
        intro = QLabel(self.tr("Letters to a landlord or another municipality need a valid consent for that "
                               "recipient; without one sbdesk warns and logs the reason given."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Name"), self.tr("What may be shared"),
                                              self.tr("Given"), self.tr("Valid until"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add consent…"))
        self.add_button.setToolTip(self.tr("Record a consent the household has given"))
        self.add_button.clicked.connect(lambda: self.add())
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("Record that the selected consent was withdrawn"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.badge)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.reload()

    def reload(self) -> None:
        """Fetch the consents again."""
        selected = self.selected()
        self.rows = service.list_consents(self.ctx, self.case_id, today=self.today)
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            status = (self.tr("Valid today") if c.valid_today else
                      self.tr("Withdrawn %1").replace("%1", formatting.day(c.withdrawn_on)) if c.withdrawn_on else
                      self.tr("Not valid"))
            cells = [c.recipient_kind.label, c.recipient_name, " ".join(c.scope.split()), formatting.day(c.given_on),
                     formatting.day(c.expires_on), status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not c.valid_today:
                    item.setBackground(QBrush(QColor(INVALID_COLOUR)))
                self.table.setItem(r, column, item)
        if selected is not None:
            for r, c in enumerate(self.rows):
                if c.id == selected.id:
                    self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> service.ConsentRow | None:
        """The consent selected in the list."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def add(self) -> service.ConsentRow | None:
        """Open 'Nytt samtycke'; the new consent when saved."""
        dialog = AddConsentDialog(self.ctx, self.case_id, self.case.reference, self, today=self.today)
        try:
            dialog.exec()
            added = dialog.result_value
        finally:
            dialog.deleteLater()
        self.reload()
        return added

    def withdraw(self) -> service.ConsentRow | None:
        """Open 'Återkalla samtycke' for the selected consent."""
        consent = self.selected()
        if consent is None:
            return None
        dialog = WithdrawConsentDialog(self.ctx, consent, self, today=self.today)
        try:
            dialog.exec()
            withdrawn = dialog.result_value
        finally:
            dialog.deleteLater()
        self.reload()
        return withdrawn


def open_consents(parent: QWidget | None, ctx: ServiceContext, case_id: int) -> None:
    """The case dialog's 'Samtycken…' button: show the case's consents (modal)."""
    try:
        dialog = ConsentsDialog(ctx, case_id, parent)
    except SbdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ConsentsDialog", "Consents"), exc.message)
        return
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
