"""Förturskö: the queue in order with its parts, explanations, and adjustments with a mandatory reason."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.priority import (
    PART_LABELS,
    create_grant,
    list_adjustments,
    priority_queue,
)
from sbdesk.ui.pages.queue import PROTECTION_COLUMN, AdjustDialog, QueuePage

TODAY = date.today()


def case(ctx: ServiceContext, *, days: int, children: int = 0, **values: Any) -> int:
    members = [{"role": MemberRole.APPLICANT, "birth_year": 1986}]
    members += [{"role": MemberRole.CHILD, "birth_year": TODAY.year - 4} for _ in range(children)]
    base = {"protection_level": ProtectionLevel.NONE, "risk_level": RiskLevel.LOW, "status": CaseStatus.WAITING,
            "queue_since": TODAY - timedelta(days=days)}
    return create_case(ctx, {**base, **values}, members).id


@pytest.fixture
def cases(ctx: ServiceContext) -> list[int]:
    first = case(ctx, days=10, risk_level=RiskLevel.HIGH, protection_level=ProtectionLevel.PROTECTED_REGISTRATION)
    second = case(ctx, days=50, children=2)
    third = case(ctx, days=5)
    create_grant(ctx, third, {"ground": "threat", "issued_by": "Biståndshandläggare",
                              "decided_on": TODAY - timedelta(days=2)})
    return [first, second, third]


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, cases: list[int]) -> QueuePage:
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def cell(page: QueuePage, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.data(page.model.index(row, col), role)


def adjust_events(ctx: ServiceContext) -> list[Any]:
    with ctx.read() as s:
        return list(s.execute(select(AuditEvent.entity_id, AuditEvent.reason).where(AuditEvent.action == "queue.adjust")))


def test_lists_the_queue_in_order_with_parts(page: QueuePage, ctx: ServiceContext, cases: list[int]) -> None:
    entries = priority_queue(ctx)
    # förtur (200) + 5 days beats high risk (90) + 10 days beats 2 children (40) + 50 days
    assert [e.case_id for e in entries] == [cases[2], cases[0], cases[1]]
    assert page.model.rowCount() == 3
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:5] == ["Plats", "Diarienummer", "Pseudonym", "Skydd", "Poäng"]
    assert headers[5:] == list(PART_LABELS.values())
    assert "Manuell justering" in headers
    for row, e in enumerate(entries):
        assert [cell(page, row, c) for c in range(5)][:3] == [str(e.rank), e.reference, e.pseudonym]
        assert cell(page, row, 4) == str(e.total)
        assert [cell(page, row, c) for c in range(5, 11)] == [str(p.points) for p in e.parts]
        assert cell(page, row, 0, Qt.ItemDataRole.UserRole) == e.case_id
    assert cell(page, 1, PROTECTION_COLUMN) == "Skyddad folkbokföring"
    assert cell(page, 1, PROTECTION_COLUMN, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(page, 0, PROTECTION_COLUMN) == ""
    assert page.count_label.text() == "3 hushåll i kön"


def test_status_text_and_nav_title(qtbot: QtBot, ctx: ServiceContext, cases: list[int]) -> None:
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    assert page.nav_title == "Förturskö"
    with qtbot.waitSignal(page.status_text) as signal:
        page.activate()
    assert signal.args == ["3 hushåll i kön"]


def test_explanation_names_each_part(page: QueuePage, ctx: ServiceContext) -> None:
    entries = priority_queue(ctx)
    for row, e in enumerate(entries):
        page.table.selectRow(row)
        text = page.detail.toPlainText()
        assert "Varför är hushållet här?" in text
        assert e.reference in text and f"{e.total} poäng" in text
        for part in e.parts:
            assert f"{part.label}: {part.points:+d} – {part.detail}" in text
    page.table.selectRow(0)
    assert "Giltig förtur" in page.detail.toPlainText()


def run_adjust(monkeypatch: pytest.MonkeyPatch, points: int, reason: str, *, cancel: bool = False) -> list[AdjustDialog]:
    seen: list[AdjustDialog] = []

    def fake_exec(self: AdjustDialog) -> int:
        seen.append(self)
        self.points.setValue(points)
        self.reason.insertPlainText(reason)
        if cancel:
            self.reject()
        else:
            self.accept()
        return int(self.result())

    monkeypatch.setattr(AdjustDialog, "exec", fake_exec)
    return seen


def test_adjust_requires_a_reason(page: QueuePage, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = run_adjust(monkeypatch, 50, "   ")
    assert page.adjust() is False
    (dialog,) = seen
    assert not dialog.save_button.isEnabled()
    assert dialog.reason_error.text()  # a Swedish message beside the reason
    assert adjust_events(ctx) == []
    seen = run_adjust(monkeypatch, 0, "Skäl finns")
    assert page.adjust() is False
    assert not seen[0].save_button.isEnabled() and seen[0].points_error.text() == "Ange ett antal poäng skilt från noll."
    assert adjust_events(ctx) == []


def test_adjust_writes_one_event_and_shows_the_reason(page: QueuePage, ctx: ServiceContext, cases: list[int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page.table.selectRow(2)  # the last household
    last = page.current_entry()
    assert last is not None and last.case_id == cases[1]
    run_adjust(monkeypatch, 500, "Akut hot mot barnen, enligt socialsekreterare")
    assert page.adjust() is True
    assert adjust_events(ctx) == [(str(cases[1]), "Akut hot mot barnen, enligt socialsekreterare")]
    assert [a.points for a in list_adjustments(ctx, cases[1])] == [500]
    # now first, still selected, the manual column shows the points and the reason is explained
    assert cell(page, 0, 0, Qt.ItemDataRole.UserRole) == cases[1]
    assert page.current_entry() is not None and page.current_entry().case_id == cases[1]
    assert cell(page, 0, 10) == "500"
    text = page.detail.toPlainText()
    assert "Manuella justeringar" in text and "+500 – Akut hot mot barnen, enligt socialsekreterare" in text


def test_cancelled_adjustment_writes_nothing(page: QueuePage, ctx: ServiceContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run_adjust(monkeypatch, 20, "Bara ett utkast", cancel=True)
    assert page.adjust() is False
    assert adjust_events(ctx) == []


def test_enter_and_double_click_open_the_case(page: QueuePage, qtbot: QtBot, ctx: ServiceContext) -> None:
    entries = priority_queue(ctx)
    page.table.selectRow(1)
    with qtbot.waitSignal(page.open_record_in) as signal:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == ["cases", entries[1].case_id]
    page.table.selectRow(2)
    with qtbot.waitSignal(page.open_record_in) as signal:
        page.table.doubleClicked.emit(page.model.index(2, 1))
    assert signal.args == ["cases", entries[2].case_id]


def test_no_names_anywhere(qtbot: QtBot, ctx: ServiceContext) -> None:
    create_case(ctx, {"protection_level": ProtectionLevel.ASSUMED_IDENTITY, "risk_level": RiskLevel.HIGH,
                      "status": CaseStatus.WAITING},
                [{"role": MemberRole.APPLICANT, "birth_year": 1990,
                  "identity": {"first_name": "Fiktiva", "last_name": "Exempelsson"}}])
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    page.activate()
    texts = [str(cell(page, 0, c)) for c in range(page.model.columnCount())] + [page.detail.toPlainText()]
    assert not any("Fiktiva" in t or "Exempelsson" in t for t in texts)
    assert cell(page, 0, PROTECTION_COLUMN) == "Fingerade personuppgifter"
