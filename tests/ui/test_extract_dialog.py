"""Registerutdrag and rättelse: nothing shown before a search; the extract writes a PDF and a JSON under a
name without the person's name and logs exactly one event; a correction is validated and keeps the old value."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sbdesk.domain import AuditEvent
from sbdesk.services.cases import IDENTITY_FIELDS, create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.extract import find_people
from sbdesk.services.forms import check_field
from sbdesk.ui.extract_dialog import ExtractDialog

PNR = "19121212-1212"



@pytest.fixture
def reference(ctx: ServiceContext) -> str:
    create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "waiting"},
                [{"role": "applicant", "birth_year": 1990,
                  "identity": {"first_name": "Annan", "last_name": "Exempelsson"}}])
    return create_case(ctx, {"protection_level": "protected_registration", "risk_level": "high", "status": "waiting",
                             "wishes": "Nära skolan"},
                       [{"role": "applicant", "birth_year": 1912,
                         "identity": {"first_name": "Tolvan", "last_name": "Tolvansson", "personal_number": PNR,
                                      "phone": "070-111 22 33", "address": "Testgatan 12, Västerås"}},
                        {"role": "child", "birth_year": 2015}]).reference


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ServiceContext, reference: str) -> ExtractDialog:
    dialog = ExtractDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def _events(ctx: ServiceContext, action: str) -> list[AuditEvent]:
    with ctx.db.sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _search(dialog: ExtractDialog, qtbot: QtBot, text: str, rows: int) -> None:
    dialog.search.clear()
    dialog.search.insert(text)  # as typed (insert handles å/ä/ö), found after the debounce
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.results.rowCount() == rows)


def _row(dialog: ExtractDialog, row: int) -> list[str]:
    return [dialog.results.item(row, c).text() for c in range(dialog.results.columnCount())]


def test_nothing_is_shown_before_a_search(dialog: ExtractDialog, qtbot: QtBot, reference: str) -> None:
    assert dialog.results.rowCount() == 0
    assert not dialog.extract_box.isEnabled() and not dialog.correct_box.isEnabled()
    _search(dialog, qtbot, "To", 0)
    assert dialog.search_note.text() == "Skriv minst 3 tecken."
    _search(dialog, qtbot, "tolvans", 1)
    assert _row(dialog, 0) == [reference, "Sökande", "1912", "Skyddad folkbokföring"]
    assert dialog.match_text(dialog.matches[0]) == f"{reference} – Sökande, född 1912"
    assert dialog.chosen() == dialog.matches[0] and dialog.extract_box.isEnabled()  # one match is chosen
    _search(dialog, qtbot, "19121212", 1)
    _search(dialog, qtbot, "sson", 2)
    assert dialog.chosen() is None and not dialog.extract_box.isEnabled()  # several: the user chooses
    assert "välj en i listan" in dialog.search_note.text()
    assert dialog.windowTitle() == "Registerutdrag och rättelse"  # no name in the title


def test_extract_writes_pdf_and_json_and_logs_once(dialog: ExtractDialog, ctx: ServiceContext, qtbot: QtBot,
                                                   reference: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []
    chosen = {"path": ""}

    def save_name(_parent: Any, _title: str, path: str, *_a: Any) -> tuple[str, str]:
        suggested.append(path)
        return chosen["path"], "PDF (*.pdf)"

    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, m, *a: told.append(m))
    _search(dialog, qtbot, PNR, 1)
    assert not dialog.extract_button.isEnabled()  # the reason comes first
    dialog.extract_reason.insert("Begäran 2026-11-27")
    assert dialog.extract_button.isEnabled()

    qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)  # cancelled in the file dialog
    assert _events(ctx, "identity.extract") == [] and list(tmp_path.glob("*.pdf")) == []

    chosen["path"] = str(tmp_path / "utdrag")  # the user left out the suffix
    qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    name = Path(suggested[0]).name
    assert name == f"registerutdrag-{reference}.pdf"
    assert "Tolvan" not in name and PNR not in name and "1212" not in name.replace(reference, "")
    pdf, js = tmp_path / "utdrag.pdf", tmp_path / "utdrag.json"
    assert pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["person"]["efternamn"] == "Tolvansson" and data["person"]["personnummer"] == PNR
    assert data["ärende"]["referens"] == reference and data["ärende"]["önskemål"] == "Nära skolan"
    events = _events(ctx, "identity.extract")
    assert len(events) == 1 and events[0].reason == "Begäran 2026-11-27"
    assert "utdrag.pdf" in told[0] and "utdrag.json" in told[0]
    assert dialog.extract_reason.text() == ""  # the next extract needs its own reason
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Tolvansson" in text and PNR in text and "skyddade personuppgifter" in text


def test_correction_is_validated_and_keeps_the_old_value(dialog: ExtractDialog, ctx: ServiceContext,
                                                         qtbot: QtBot, reference: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: Any, _title: str, message: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(message)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    _search(dialog, qtbot, "Tolvan", 1)

    dialog.field_choice.setCurrentIndex(dialog.field_choice.findData("personal_number"))
    dialog.new_value.insert("19121212-1213")  # wrong check digit
    dialog.correct_reason.insert("Fel siffra")
    expected = check_field(IDENTITY_FIELDS, "personal_number", "19121212-1213")
    assert expected and dialog.new_value_error.text() == expected and not dialog.new_value_error.isHidden()
    assert not dialog.correct_button.isEnabled()
    assert dialog.correct() is False and asked == [] and _events(ctx, "identity.correct") == []

    dialog.field_choice.setCurrentIndex(dialog.field_choice.findData("last_name"))
    dialog.new_value.clear()
    dialog.new_value.insert("Tolvansdotter")
    assert dialog.new_value_error.isHidden()
    dialog.correct_reason.clear()  # the reason is mandatory
    assert not dialog.correct_reason_error.isHidden() and not dialog.correct_button.isEnabled()
    dialog.correct_reason.insert("Namnbyte enligt Skatteverket")
    assert dialog.correct_button.isEnabled()

    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert reference in asked[0] and "Tolvan" not in asked[0]
    events = _events(ctx, "identity.correct")
    assert len(events) == 1 and events[0].reason == "Namnbyte enligt Skatteverket"
    from sbdesk.services.extract import correction_history

    assert "Tolvansson" not in (events[0].details or "")  # sealed under the case's log key
    assert [h.old_value for h in correction_history(ctx, int(events[0].entity_id or 0))] == ["Tolvansson"]
    assert find_people(ctx, "Tolvansdotter") and not find_people(ctx, "Tolvansson")
    assert dialog.new_value.text() == "" and not dialog.correct_button.isEnabled()


def test_closing_with_a_typed_correction_asks(dialog: ExtractDialog, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    dialog.show()
    _search(dialog, qtbot, "Tolvan", 1)
    dialog.new_value.insert("Tolvansdotter")
    dialog.reject()  # Esc
    assert dialog.isVisible() and dialog.new_value.text() == "Tolvansdotter"
    dialog.reject()
    assert not dialog.isVisible() and dialog.search.text() == "" and dialog.new_value.text() == ""
