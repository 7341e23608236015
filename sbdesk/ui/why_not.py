"""'Varför inte?': pick a household (for an apartment) or an apartment (for a household) that is not
among the matches, and see every rule the pair breaks, in Swedish."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import ApartmentStatus, CaseStatus
from sbdesk.errors import SbdeskError
from sbdesk.services import matching
from sbdesk.services.apartments import list_apartments
from sbdesk.services.cases import list_cases
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import MAX_PAGE, ListQuery
from sbdesk.ui.badges import badge_text

WAITING = [CaseStatus.NEW.value, CaseStatus.WAITING.value, CaseStatus.OFFER_PENDING.value]
OFFERABLE = [ApartmentStatus.AVAILABLE.value, ApartmentStatus.PLANNED.value, ApartmentStatus.RESERVED.value]


def candidates(ctx: ServiceContext, *, apartment_id: int | None, case_id: int | None,
               shown: set[int]) -> list[tuple[str, int]]:
    """(label, id) of the other side not already matched: waiting households or offerable apartments."""
    if apartment_id is not None:
        rows = list_cases(ctx, ListQuery(filters={"status": WAITING}, sort="reference", limit=MAX_PAGE)).rows
        out = []
        for c in rows:
            if c.id in shown:
                continue
            badge = badge_text(c.protection_level)
            out.append((f"{c.reference} ({c.pseudonym})" + (f" – {badge}" if badge else ""), c.id))
        return out
    assert case_id is not None
    page = list_apartments(ctx, ListQuery(filters={"status": OFFERABLE}, sort="address", limit=MAX_PAGE))
    return [(f"{a.address}, {a.municipality_name} – {a.rooms} rok", a.id) for a in page.rows if a.id not in shown]


class WhyNotPanel(QGroupBox):
    """Choose one non-matching counterpart and list the rules that stop the match."""

    def __init__(self, ctx: ServiceContext, *, apartment_id: int | None = None, case_id: int | None = None,
                 shown: set[int] | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Why is a household not listed?") if apartment_id is not None else self.tr(
            "Why is an apartment not listed?")
        super().__init__(title, parent)
        self.ctx, self.apartment_id, self.case_id = ctx, apartment_id, case_id
        self.choice = QComboBox()
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.setAccessibleName(title)
        self.choice.lineEdit().setPlaceholderText(
            self.tr("Type a reference or pseudonym…") if apartment_id is not None
            else self.tr("Type an address…"))
        for label, record_id in candidates(ctx, apartment_id=apartment_id, case_id=case_id, shown=shown or set()):
            self.choice.addItem(label, record_id)
        self.choice.setCurrentIndex(-1)
        completer = self.choice.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.explain_button = QPushButton(self.tr("E&xplain"))
        self.explain_button.clicked.connect(lambda: self.explain())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAccessibleName(self.tr("Rules that stop the match"))
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def select(self, record_id: int) -> bool:
        """Choose a counterpart by id (False when it is not offered)."""
        index = self.choice.findData(record_id)
        self.choice.setCurrentIndex(index)
        return index >= 0

    def explain(self) -> list[tuple[str, str]]:
        """Show (and return) the broken rules of the chosen pair."""
        index = self.choice.findText(self.choice.currentText())
        record_id: Any = self.choice.itemData(index) if index >= 0 else None
        if record_id is None:
            self.result.setText(self.tr("Choose from the list first."))
            return []
        case_id = record_id if self.apartment_id is not None else self.case_id
        apartment_id = self.apartment_id if self.apartment_id is not None else record_id
        try:
            broken = matching.why_not(self.ctx, case_id, apartment_id)
        except SbdeskError as exc:
            self.result.setText(html.escape(exc.message))
            return []
        if not broken:
            self.result.setText(self.tr(
                "No rule is broken: the pair may match. It is listed above when the household is waiting and "
                "the apartment is available or planned."))
        else:
            items = "".join(f"<li>{html.escape(message)}</li>" for _code, message in broken)
            self.result.setText(self.tr("The match is stopped by:") + f"<ul>{items}</ul>")
        return broken
