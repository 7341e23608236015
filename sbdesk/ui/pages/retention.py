"""Gallring: closed cases whose retention time has passed, purged or exempted on the coordinator's word."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services.backups import backup_config
from sbdesk.services.context import ServiceContext
from sbdesk.services.retention import (
    DueCase,
    RetentionPolicy,
    due_for_purge,
    incoming_requests_due,
    purge,
    purge_incoming_requests,
    refresh_backups_after_purge,
    retention_policy,
    set_exempt,
)
from sbdesk.ui import formatting
from sbdesk.ui.badges import BadgeDelegate, badge_colour, badge_text
from sbdesk.ui.pages.retention_exempt import ExemptList
from sbdesk.ui.widgets import wait_cursor

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = "#f8d7da"  # with black text: readable on light and dark palettes
DEADLINE_COLUMN = 4  # the list opens sorted by deadline: the most urgent first
MAX_LISTED = 12  # references named in the confirmation before "and N more"


class RetentionPage(QWidget):
    """The cases due for purging under the retention rule, with purge and exemption."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.nav_title = self.tr("Retention")
        self.policy = RetentionPolicy()
        self.due: list[DueCase] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_label = QLabel(self.tr(
            "The municipality keeps everything according to its document plan, so no case is purged. "
            "The setting is under Settings → Retention."
        ))
        self.keep_label.setWordWrap(True)
        self.keep_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.keep_label.hide()
        self.empty_label = QLabel(self.tr("No closed case is due for purging today."))
        self.empty_label.hide()

        headers = [self.tr("Reference"), self.tr("Protection"), self.tr("Last entry"),
                   self.tr("Due for purging"), self.tr("Purge by")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Cases due for purging"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(1, BadgeDelegate(self.table))
        self.table.horizontalHeader().setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda index: self._open_case(index.row()))

        self.purge_button = QPushButton(self.tr("&Purge selected…"))
        self.purge_button.setToolTip(self.tr("Remove the personal data of the selected cases (asks first)"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.exempt_button = QPushButton(self.tr("&Exempt from purging…"))
        self.exempt_button.setToolTip(self.tr("Keep the selected case, with the document plan's reason"))
        self.exempt_button.clicked.connect(self.exempt_selected)
        self.incoming_button = QPushButton()
        self.incoming_button.setToolTip(self.tr("Received requests that ended longer ago than the retention "
                                                "period: what the other municipality told about its household"))
        self.incoming_button.clicked.connect(self.purge_incoming)
        self.incoming_due = 0
        self.select_all_button = QPushButton(self.tr("Select &all"))
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.count_label = QLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.exempt_button)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.incoming_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.keep_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room while the table is hidden, so the texts stay at the top
        layout.addLayout(buttons)
        self.exempted = ExemptList(ctx)
        self.exempted.changed.connect(self.refresh)
        layout.addWidget(self.exempted)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: read the policy and the due cases afresh."""
        self.refresh()

    def refresh(self) -> None:
        """Reload the policy and the list of due cases."""
        try:
            self.policy = retention_policy(self.ctx)
            self.due = due_for_purge(self.ctx, self.today(), self.policy)
        except SbdeskError as exc:
            log.warning("retention list failed: %s", exc.code)
            self.due = []
            self.intro.setText(exc.message)
            self._fill()
            return
        self.intro.setText(self.rule_text(self.policy))
        self.incoming_due = incoming_requests_due(self.ctx, self.today(), self.policy)
        self.incoming_button.setText(self.tr("Purge %n received request(s)…", "", self.incoming_due))
        self.incoming_button.setVisible(self.incoming_due > 0)
        self._fill()
        self.exempted.refresh()

    def rule_text(self, policy: RetentionPolicy) -> str:
        """The retention rule in two sentences (plus the research sample, when there is one)."""
        text = (self.tr("Closed cases are purged %n year(s) after the last entry, at the latest by the end of "
                        "the following year.", "", policy.years) + " "
                + self.tr("The municipality's document plan decides what is purged and what is kept; the "
                          "settings are under Settings → Retention."))
        if policy.exempt_birth_days:
            days = ", ".join(str(d) for d in policy.exempt_birth_days)
            text += " " + self.tr("Cases where someone was born on day %1 of a month are kept (research sample)."
                                  ).replace("%1", days)
        return text

    def _fill(self) -> None:
        keep = self.policy.keep_everything
        self.intro.setVisible(not keep)
        self.keep_label.setVisible(keep)
        self.table.setVisible(not keep and bool(self.due))
        self.empty_label.setVisible(not keep and not self.due)
        for button in (self.purge_button, self.exempt_button, self.select_all_button):
            button.setVisible(not keep)
        today = self.today()
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(self.due))
        for row, case in enumerate(self.due):
            reference = QTableWidgetItem(case.reference)
            reference.setData(ID_ROLE, case.id)
            badge = QTableWidgetItem(badge_text(case.protection_level))
            colour = badge_colour(case.protection_level)
            if colour is not None:
                badge.setBackground(QBrush(QColor(colour)))
            deadline = QTableWidgetItem(formatting.day(case.deadline))
            if case.deadline < today:
                deadline.setText(self.tr("%1 – overdue").replace("%1", formatting.day(case.deadline)))
                deadline.setBackground(QBrush(QColor(OVERDUE_COLOUR)))
                deadline.setForeground(QBrush(QColor("#000000")))
                font = QFont(deadline.font())
                font.setBold(True)
                deadline.setFont(font)
            items = [reference, badge, QTableWidgetItem(formatting.day(case.last_entry)),
                     QTableWidgetItem(formatting.day(case.due)), deadline]
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        if keep:
            status = self.tr("No purging: the municipality keeps everything")
        else:
            status = self.tr("%n case(s) to purge", "", len(self.due))
        self.count_label.setText("" if keep else status)
        self._update_buttons()
        self.status_text.emit(status)

    # -- selection ----------------------------------------------------------------------------

    def selected_cases(self) -> list[DueCase]:
        """The due cases whose rows are selected, in list order."""
        by_id = {case.id: case for case in self.due}
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.table.item(row, 0).data(ID_ROLE) for row in rows]
        return [by_id[i] for i in ids if i in by_id]

    def select_cases(self, case_ids: list[int]) -> None:
        """Select the rows of these cases (and nothing else)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) in case_ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.purge_button.setEnabled(count > 0)
        self.exempt_button.setEnabled(count == 1)
        self.select_all_button.setEnabled(bool(self.due))

    def _open_case(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_record_in.emit("cases", int(item.data(ID_ROLE)))

    # -- actions ------------------------------------------------------------------------------

    def confirmation_text(self, cases: list[DueCase]) -> str:
        """What the purge removes and what it keeps, naming the cases by reference."""
        references = [c.reference for c in cases[:MAX_LISTED]]
        listed = ", ".join(references)
        if len(cases) > MAX_LISTED:
            listed += " " + self.tr("and %n more", "", len(cases) - MAX_LISTED)
        return "\n\n".join([
            self.tr("Purge %n case(s): %1?", "", len(cases)).replace("%1", listed),
            self.tr("Removed for good: the names, personal identity numbers and contact details (address, phone, "
                    "e-mail) of everyone in the household, the consents, and the free text (notes, wishes, "
                    "excluded areas, school and preschool) with the lists of excluded and wished municipalities."),
            self.tr("Kept: anonymous figures for the yearly report – status, dates, household roles and birth "
                    "years, protection and risk level."),
            self.tr("This cannot be undone."),
        ])

    def purge_selected(self) -> int:
        """Ask, take a reason, purge the selected cases and renew the backups; returns how many were purged."""
        cases = self.selected_cases()
        if not cases:
            return 0
        answer = QMessageBox.warning(
            self, self.tr("Purge cases"), self.confirmation_text(cases),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        today = self.today()
        default = self.tr("Retention %1").replace("%1", str(today.year))
        reason, ok = QInputDialog.getText(self, self.tr("Purge cases"), self.tr("Reason (written to the log):"),
                                          QLineEdit.EchoMode.Normal, default)
        if not ok:
            return 0
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Not purged"),
                                self.tr("Give a reason for the purge; nothing was purged."))
            return 0
        try:
            with wait_cursor():
                purged = purge(self.ctx, [c.id for c in cases], today, self.policy, reason.strip())
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not purged"), exc.message)
            self.refresh()
            return 0
        self.refresh()
        self._renew_backups(purged, today)
        return purged

    def purge_incoming(self) -> int:
        """Clear the household details of received requests past the retention period (asks first)."""
        if not self.incoming_due:
            return 0
        answer = QMessageBox.warning(
            self, self.tr("Purge received requests"),
            self.tr("%n received request(s) ended longer ago than the retention period. What the other "
                    "municipality told about the household (description, needs, support, birth years, contact) "
                    "is removed; the dates and the number of adults and children stay for the statistics. "
                    "This cannot be undone.", "", self.incoming_due),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        today = self.today()
        try:
            with wait_cursor():
                purged = purge_incoming_requests(self.ctx, today, self.policy,
                                                 self.tr("Retention %1").replace("%1", str(today.year)))
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not purged"), exc.message)
            return 0
        self.refresh()
        self._renew_backups(purged, today, self.tr("%n received request(s) purged.", "", purged))
        return purged

    def _renew_backups(self, purged: int, today: date, done: str | None = None) -> None:
        folder = backup_config(self.ctx).folder
        done = done or self.tr("%n case(s) purged.", "", purged)
        try:
            with wait_cursor():
                removed = refresh_backups_after_purge(self.ctx, folder, today)
        except (SbdeskError, OSError) as exc:
            log.warning("backups not renewed after purge: %s", type(exc).__name__)
            message = exc.message if isinstance(exc, SbdeskError) else str(exc)
            QMessageBox.warning(self, self.tr("Backups not renewed"), done + "\n\n" + self.tr(
                "The older backups could not be replaced and may still hold the removed data. Make a new backup "
                "and delete the older ones in %1.").replace("%1", str(folder)) + "\n\n" + message)
            return
        if removed:
            note = self.tr("Older backups that still held the removed data (%n file(s)) were replaced by a new "
                           "backup in %1.", "", len(removed))
        else:
            note = self.tr("A new backup without the removed data was made in %1.")
        QMessageBox.information(self, self.tr("Purged"), done + "\n\n" + note.replace("%1", str(folder)))

    def exempt_selected(self) -> bool:
        """Exempt the selected case from purging, with the document plan's reason; True when done."""
        cases = self.selected_cases()
        if len(cases) != 1:
            return False
        case = cases[0]
        reason, ok = QInputDialog.getText(
            self, self.tr("Exempt from purging"),
            self.tr("Why is %1 kept? Give the document plan's reason (e.g. its section number):")
            .replace("%1", case.reference), QLineEdit.EchoMode.Normal, "")
        if not ok:
            return False
        try:
            set_exempt(self.ctx, case.id, True, reason)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not exempted"), exc.message)
            return False
        self.refresh()  # the case moves to the exempted list below
        return True
