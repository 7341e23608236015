"""Ärenden: the case register (reference and pseudonym only, never a name) and its form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from sbdesk.domain.enums import CaseStatus, ProtectionLevel, RiskLevel
from sbdesk.errors import SbdeskError
from sbdesk.services import cases as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui.badges import BadgeDelegate, badge_colour, badge_text
from sbdesk.ui.pages.case_dialog import CaseDialog
from sbdesk.ui.registers.register_page import RegisterPage
from sbdesk.ui.registers.table_model import Column

RISK_COLOURS = {RiskLevel.HIGH: "#fde3c8", RiskLevel.ACUTE: "#f9c9c4"}
STATUS_COLOURS = {CaseStatus.NEW: "#e8eef7", CaseStatus.OFFER_PENDING: "#fcf3d9", CaseStatus.HOUSED: "#dff0d8"}
OPEN_STATUSES = [s.value for s in CaseStatus if s is not CaseStatus.CLOSED]


def _number(value: Any) -> str:
    return "" if value is None else str(value)


class CasesPage(RegisterPage):
    """All cases: search reference/pseudonym, filter by status, protection and risk, sort any column."""

    default_sort = "reference"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Search reference or pseudonym… (Ctrl+F)"))
        self.badge_delegate = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(self.column_of("protection_level"), self.badge_delegate)

    def page_title(self) -> str:
        """'Ärenden'."""
        return self.tr("Cases")

    def columns(self) -> list[Column]:
        """Reference, pseudonym, protection badge, risk, status, household, waiting time, needs."""
        return [
            Column("reference", self.tr("Reference"), "reference"),
            Column("pseudonym", self.tr("Pseudonym"), "pseudonym"),
            Column("protection_level", self.tr("Protection"), "protection_level", badge_text,
                   tooltip=lambda row: row.protection_level.label if row.protection_level.protected else "",
                   background=lambda row: badge_colour(row.protection_level)),
            Column("risk_level", self.tr("Risk"), "risk_level", formatting.label,
                   background=lambda row: RISK_COLOURS.get(row.risk_level)),
            Column("status", self.tr("Status"), "status", formatting.label,
                   background=lambda row: STATUS_COLOURS.get(row.status)),
            Column("household_size", self.tr("Persons"), "household_size", _number, align_right=True),
            Column("children", self.tr("Children"), "children", _number, align_right=True),
            Column("sheltered_since", self.tr("Sheltered since"), "sheltered_since", formatting.day),
            Column("waiting_days", self.tr("Days waiting"), "waiting_days", _number, align_right=True,
                   tooltip=lambda row: self.tr("Counted from %1").replace("%1", formatting.day(row.waiting_since))
                   if row.waiting_since else ""),
            Column("needed_by", self.tr("Needed by"), "needed_by", formatting.day),
            Column("max_rent_sek", self.tr("Max rent"), "max_rent_sek", formatting.kronor, align_right=True),
        ]

    def column_of(self, key: str) -> int:
        """The position of a column by its row attribute."""
        return [c.key for c in self.model.columns].index(key)

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Cases from the service, filtered and sorted in SQL; rows carry no identity."""
        return service.list_cases(self.ctx, query)

    def build_filters(self) -> None:
        """Status (with 'not closed'), protection level, only protected, risk level."""
        self.status_filter = self.add_combo_filter(
            "status", self.tr("Status"), [(self.tr("Not closed"), OPEN_STATUSES), *CaseStatus.options()])
        self.protection_filter = self.add_combo_filter(
            "protection_level", self.tr("Protection"), ProtectionLevel.options())
        self.protected_only = QCheckBox(self.tr("Only protected"))
        self.protected_only.setToolTip(self.tr("Only cases with protected personal data"))
        self.protected_only.toggled.connect(lambda on: self.model.set_filter("protected_only", True if on else None))
        self.filters.addWidget(self.protected_only)
        self.risk_filter = self.add_combo_filter("risk_level", self.tr("Risk"), RiskLevel.options())
        self.find_button = QPushButton(self.tr("Find an &apartment…"))
        self.find_button.setToolTip(self.tr("Apartments this household fits, best first, with the reasons"))
        self.find_button.clicked.connect(self.find_apartments)
        self.filters.addWidget(self.find_button)

    def find_apartments(self) -> None:
        """Hitta lägenhet: the ranked apartments for the selected household (a logged read of the case)."""
        case_id = self.selected_id()
        if case_id is None:
            return
        from sbdesk.ui.matches_dialog import MatchesDialog

        if MatchesDialog(self.ctx, case_id=case_id, parent=self).exec():
            self.reload()

    def count_text(self, total: int) -> str:
        """'N ärenden'."""
        return self.tr("%n case(s)", "", total)

    def describe(self, row: Any) -> str:
        """Reference and pseudonym (never a name)."""
        return str(row.display_name)

    def open_editor(self, record_id: int | None) -> bool:
        """The case form; opening an existing case is audit-logged by the service."""
        try:
            dialog = CaseDialog(self.ctx, record_id, self)
        except SbdeskError as exc:  # e.g. the case is gone: say so, keep the list usable
            QMessageBox.warning(self, self.tr("Could not open the case"), exc.message)
            return False
        try:
            saved = bool(dialog.exec())
            if dialog.requested_offer is not None:
                self.open_record_in.emit("offers", dialog.requested_offer)
            return saved
        finally:
            dialog.deleteLater()

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or bring back a case."""
        service.set_case_archived(self.ctx, record_id, archived)
