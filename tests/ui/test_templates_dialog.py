"""Brevmallar: edit, check as typed, insert merge fields, save, reset, and the unsaved-changes guard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.services import letter_templates as svc
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind
from sbdesk.ui.templates_dialog import TemplatesDialog


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QMessageBox.question answers from here (nothing blocks)."""
    box: dict[str, Any] = {"question": QMessageBox.StandardButton.Yes, "asked": 0}

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        box["asked"] += 1
        return box["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return box


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ServiceContext) -> TemplatesDialog:
    d = TemplatesDialog(ctx)
    qtbot.addWidget(d)
    return d


def test_edit_check_insert_and_save(dialog: TemplatesDialog, ctx: ServiceContext) -> None:
    assert dialog.current is LetterKind.REQUEST and dialog.text() == svc.default_template("request")
    assert dialog.state.text() == "sbdesks standardtext" and not dialog.save_button.isEnabled()
    dialog.select_kind("offer")
    assert dialog.current is LetterKind.OFFER
    assert dialog.fields.rowCount() == len(svc.merge_fields("offer"))

    dialog.editor.setPlainText("# Erbjudande\nHej {lagenhet.adres}")
    assert dialog.error.isVisibleTo(dialog) and "{lagenhet.adres}" in dialog.error.text()
    assert "Rad 2" in dialog.error.text() and not dialog.save_button.isEnabled()
    assert not dialog.save()  # refused while wrong
    assert svc.get_template(ctx, "offer").is_default

    dialog.editor.setPlainText("# Erbjudande\nHej ")
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    row = [f.name for f in svc.merge_fields("offer")].index("lagenhet.adress")
    dialog.fields.selectRow(row)
    dialog.insert_button.click()
    assert dialog.text() == "# Erbjudande\nHej {lagenhet.adress}"
    assert not dialog.error.isVisibleTo(dialog) and dialog.save_button.isEnabled()
    dialog.save_button.click()
    stored = svc.get_template(ctx, "offer")
    assert (stored.text, stored.is_default) == ("# Erbjudande\nHej {lagenhet.adress}", False)
    assert dialog.state.text() == "Kommunens egen text" and not dialog.save_button.isEnabled()


def test_reset_to_default_after_a_question(dialog: TemplatesDialog, ctx: ServiceContext,
                                           answers: dict[str, Any]) -> None:
    svc.set_template(ctx, "priority", "# Intyg\n{sokande}")
    dialog.select_kind(LetterKind.PRIORITY)
    assert dialog.text() == "# Intyg\n{sokande}"
    answers["question"] = QMessageBox.StandardButton.Cancel
    assert not dialog.reset() and not svc.get_template(ctx, "priority").is_default
    answers["question"] = QMessageBox.StandardButton.Yes
    assert dialog.reset()
    assert svc.get_template(ctx, "priority").is_default and dialog.text() == svc.default_template("priority")


def test_unsaved_changes_are_guarded(dialog: TemplatesDialog, ctx: ServiceContext, answers: dict[str, Any]) -> None:
    dialog.editor.setPlainText("# Förfrågan\nÄndrad text")
    answers["question"] = QMessageBox.StandardButton.Cancel
    dialog.select_kind("offer")
    assert dialog.current is LetterKind.REQUEST and dialog.kind_list.currentRow() == 0
    assert dialog.text() == "# Förfrågan\nÄndrad text"
    dialog.reject()
    assert dialog.result() == 0 and answers["asked"] == 2 and svc.get_template(ctx, "request").is_default

    answers["question"] = QMessageBox.StandardButton.Save
    dialog.select_kind("offer")
    assert dialog.current is LetterKind.OFFER
    assert svc.get_template(ctx, "request").text == "# Förfrågan\nÄndrad text"

    dialog.editor.setPlainText("# Erbjudande\n{trasigt")
    answers["question"] = QMessageBox.StandardButton.Discard
    dialog.select_kind("request")
    assert dialog.current is LetterKind.REQUEST and svc.get_template(ctx, "offer").is_default
