"""Logg: the audit log for the monthly log review — filter by record, user, action and date; export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton

from sbdesk.errors import SbdeskError
from sbdesk.services import audit_log as service
from sbdesk.services.listing import ListQuery, Page
from sbdesk.services.settings import get_setting
from sbdesk.ui.registers.register_page import RegisterPage
from sbdesk.ui.registers.table_model import Column


class LogPage(RegisterPage):
    """The audit log, newest first; read-only."""

    default_sort = "id"
    default_descending = True
    read_only = True

    def page_title(self) -> str:
        """'Logg'."""
        return self.tr("Log")

    def columns(self) -> list[Column]:
        """Number, time, user, OS login, event, record type, record id, reason."""
        return [
            Column("id", self.tr("No."), "id", align_right=True),
            Column("occurred_at", self.tr("Time (UTC)"), "occurred_at", lambda v: v[:19].replace("T", " ")),
            Column("actor", self.tr("User"), "actor"),
            Column("os_user", self.tr("Login"), None),
            Column("action_label", self.tr("Event"), "action"),
            Column("entity_label", self.tr("Record"), "entity"),
            Column("record", self.tr("Case or id"), "entity_id"),
            Column("reason", self.tr("Reason"), None),
        ]

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Events from the audit log service."""
        return service.list_events(self.ctx, query)

    def build_filters(self) -> None:
        """Event kind, user, record type, record id, and a date range."""
        groups = [(self.tr("Cases"), "case."), (self.tr("Cases opened"), "case.open"),
                  (self.tr("Identities"), "identity."), (self.tr("Identities revealed"), "identity.reveal"),
                  (self.tr("Backups"), "backup."), (self.tr("Retention"), "retention."),
                  (self.tr("Unlocking"), "database."), (self.tr("Log exports"), "log.export")]
        self.action_filter = self.add_combo_filter("action", self.tr("Event"), groups)
        self.actor_filter = self.add_combo_filter("actor", self.tr("User"), [(a, a) for a in service.actors(self.ctx)])
        self.entity_filter = self.add_combo_filter(
            "entity", self.tr("Record"), [(label, key) for key, label in service.ENTITY_LABELS.items()])
        self.record_id = QLineEdit()
        self.record_id.setPlaceholderText(self.tr("Record id"))
        self.record_id.setAccessibleName(self.tr("Record id"))
        self.record_id.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.record_id.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.record_id.textChanged.connect(lambda text: self.model.set_filter("entity_id", text.strip() or None))
        self.filters.addWidget(self.record_id)
        first, last = service.month_bounds(date.today())
        self.use_dates = QCheckBox(self.tr("Period"))
        self.since = QDateEdit(QDate(first.year, first.month, first.day))
        self.until = QDateEdit(QDate(last.year, last.month, last.day))
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        self.use_dates.toggled.connect(lambda on: (self.since.setEnabled(on), self.until.setEnabled(on),
                                                  self._dates_changed()))
        row = QHBoxLayout()
        row.addWidget(self.use_dates)
        row.addWidget(self.since)
        row.addWidget(self.until)
        self.filters.addLayout(row)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.filters.addWidget(self.pdf_button)
        self.filters.addWidget(self.csv_button)

    def _dates_changed(self) -> None:
        on = self.use_dates.isChecked()
        self.model.set_filter("since", self.since.date().toPython() if on else None)
        self.model.set_filter("until", self.until.date().toPython() if on else None)

    def count_text(self, total: int) -> str:
        """'N händelser'."""
        return self.tr("%n event(s)", "", total)

    def period_text(self) -> str:
        """The chosen period for the export's heading."""
        if not self.use_dates.isChecked():
            return self.tr("all")
        return f"{self.since.date().toString('yyyy-MM-dd')} – {self.until.date().toString('yyyy-MM-dd')}"

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Export the filtered log as PDF or CSV to a file the user chooses."""
        if path is None:
            suggested = f"loggkontroll-{self.since.date().toString('yyyy-MM')}.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the log"), suggested,
                                                    "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)")
            if not chosen:
                return None
            path = Path(chosen)
        filters = dict(self.model.query.filters)
        try:
            if kind == "pdf":
                municipality = str(get_setting(self.ctx, "municipality.official_name") or "")
                service.export_pdf(self.ctx, filters, path, period=self.period_text(), municipality=municipality)
            else:
                service.export_csv(self.ctx, filters, path)
        except (SbdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return None
        self.reload()
        return path

    def open_record(self, record_id: int) -> None:
        """Show the log of one record: the overview and cases pages use this for 'show log'."""
        self.activate()
        self.record_id.setText(str(record_id))
