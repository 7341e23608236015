"""Hitta hushåll / Hitta lägenhet: the matches for an apartment or a case, best first, each with its
score parts, and an offer proposed from the chosen row. No names are shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services import matching, offers
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.why_not import WhyNotPanel


class MatchesDialog(QDialog):
    """A ranked list of matches; 'Föreslå erbjudande' proposes an offer for the selected one."""

    def __init__(self, ctx: ServiceContext, *, apartment_id: int | None = None, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.apartment_id, self.case_id = ctx, apartment_id, case_id
        self.proposed: Any = None
        if apartment_id is not None:
            self.setWindowTitle(self.tr("Households that fit the apartment"))
            self.matches: list[Any] = matching.households_for_apartment(ctx, apartment_id)
            headers = [self.tr("Case"), self.tr("Pseudonym"), self.tr("Protection"), self.tr("Score")]
        else:
            assert case_id is not None
            self.setWindowTitle(self.tr("Apartments that fit the household"))
            self.matches = matching.apartments_for_case(ctx, case_id)
            headers = [self.tr("Address"), self.tr("Size"), self.tr("Rent"), self.tr("Score")]
        part_labels = list(dict.fromkeys(p.label for m in self.matches for p in m.parts))
        self.table = QTableWidget(len(self.matches), len(headers) + len(part_labels))
        self.table.setHorizontalHeaderLabels(headers + part_labels)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.windowTitle())
        for row, m in enumerate(self.matches):
            if apartment_id is not None:
                cells = [m.reference, m.pseudonym, formatting.label(m.protection_level)
                         if m.protection_level.protected else "", str(m.total)]
            else:
                cells = [m.address, f"{m.rooms} rok", formatting.kronor(m.rent_sek), str(m.total)]
            points = {p.label: p.points for p in m.parts}
            cells += [str(points.get(label, "")) for label in part_labels]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.matches:
            self.table.selectRow(0)
        intro = QLabel(self.tr("%n match(es), best first. Only matches that break no rule are listed; the "
                               "columns show what each score is made of.", "", len(self.matches)))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.propose_button = self.buttons.addButton(self.tr("&Propose an offer"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.propose_button.setEnabled(bool(self.matches))
        self.propose_button.clicked.connect(self.propose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        shown = {m.case_id if apartment_id is not None else m.apartment_id for m in self.matches}
        self.why_not = WhyNotPanel(ctx, apartment_id=apartment_id, case_id=case_id, shown=shown)
        layout.addWidget(self.why_not)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def propose(self) -> Any:
        """Propose an offer between the selected match and this record (the Erbjudanden page takes it on)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        m = self.matches[rows[0].row()]
        case_id = m.case_id if self.apartment_id is not None else self.case_id
        apartment_id = self.apartment_id if self.apartment_id is not None else m.apartment_id
        try:
            self.proposed = offers.propose_offer(self.ctx, case_id, apartment_id)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("No offer"), exc.message)
            return None
        QMessageBox.information(self, self.tr("Offer proposed"), self.tr(
            "The offer is proposed. Send it from the page Erbjudanden, with the date to reply by."))
        self.accept()
        return self.proposed
