"""The exchange dialogs: export a request (what leaves, consent, identity), the one-time code, import with
the code, and the answer back — driven without exec(), every message box patched (fictional data)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.rings import RequestStatus
from sbdesk.services import exchange as ex
from sbdesk.services import exchange_format as fmt
from sbdesk.services import requests as req
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import set_settings
from sbdesk.store.database import Database
from sbdesk.store.keyslots import keyfile_path
from sbdesk.ui import exchange_dialog as ui
from sbdesk.ui import exchange_import_dialog as ui_import
from tests.conftest import PASSPHRASE
from tests.letter_data import TODAY, consent, household, sender

S = RequestStatus


@pytest.fixture(autouse=True)
def cheap_kdf() -> Iterator[None]:
    fmt.use_test_kdf(True)
    yield
    fmt.use_test_kdf(False)


@pytest.fixture
def arboga(template_db: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    """A second encrypted database whose own municipality is 1984 Arboga."""
    path = tmp_path / "arboga.db"
    shutil.copyfile(template_db, path)
    shutil.copyfile(keyfile_path(template_db), keyfile_path(path))
    db = Database.open(path, passphrase=PASSPHRASE)
    ctx = ServiceContext(db, actor="Berit Bengtsson")
    set_settings(ctx, {"municipality.code": "1984", "coordinator.name": "Berit Bengtsson"})
    yield ctx
    db.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Message boxes and file dialogs answer from this dict and record what they were asked."""
    answers: dict[str, Any] = {"asked": [], "save": "", "open": "", "question": QMessageBox.StandardButton.Discard}

    def box(kind: str) -> Callable[..., Any]:
        def answer(*args: Any, **_kw: Any) -> Any:
            answers["asked"].append((kind, args[1], args[2]))
            return answers.get(kind, QMessageBox.StandardButton.Ok)
        return answer

    for kind in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answers["save"]), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answers["open"]), ""))
    return answers


def scripted(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], script: Callable[[Any], None]) -> list[Any]:
    """Make cls.exec run script(dialog) instead of an event loop; returns the dialogs seen."""
    seen: list[Any] = []

    def fake_exec(self: QDialog) -> int:
        seen.append(self)
        script(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def outgoing(ctx: ServiceContext, level: ProtectionLevel = ProtectionLevel.NONE, *, with_consent: bool = True,
             code: str = "1984") -> int:
    sender(ctx)
    hh = household(ctx, level)
    if with_consent:
        consent(ctx, hh.case_id, "municipality", "Arboga kommun")
    return req.create_outgoing(ctx, hh.case_id, code, today=TODAY).id


def export_events(ctx: ServiceContext) -> list[tuple[str | None, dict[str, Any]]]:
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.reason, AuditEvent.details).where(AuditEvent.action == "exchange.export"))
        return [(r, json.loads(d or "{}")) for r, d in rows]


def test_export_lists_what_leaves_saves_the_file_and_shows_the_code_once(
        qtbot: QtBot, ctx: ServiceContext, boxes: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    request_id = outgoing(ctx)
    boxes["save"] = tmp_path / "F-förfrågan"  # the suffix is added

    def fill(d: ui.ExportRequestDialog) -> None:
        qtbot.addWidget(d)
        shown = {label.text() for label in d.findChildren(ui.QLabel)}
        assert "Vuxna:" in shown and "Barn:" in shown and "Fiktivia" not in " ".join(shown)
        assert d.identity.isEnabled() and not d.identity.isChecked()
        before = d.identity_row.text()
        d.identity.setChecked(True)
        assert d.identity_row.text() != before and "personnummer" in d.identity_row.text()
        d.identity.setChecked(False)
        assert d.identity_row.text() == before
        d.inputs["support_economic"].setChecked(True)
        d.inputs["message"].setPlainText("Ring mig före lunch.")
        assert d.save_button.isEnabled()
        d.accept()

    exports = scripted(monkeypatch, ui.ExportRequestDialog, fill)
    codes: list[str] = []

    def read_code(d: ui.CodeDialog) -> None:
        qtbot.addWidget(d)
        codes.append(d.code_field.text())
        assert d.code_field.isReadOnly() and d.code_field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        d.copy_button.click()
        assert QApplication.clipboard().text() == codes[0]
        d.accept()
        assert d.code_field.text() == ""  # forgotten once closed

    scripted(monkeypatch, ui.CodeDialog, read_code)
    assert ui.export_request(None, ctx, request_id, today=TODAY)
    assert len(exports) == 1 and len(codes) == 1
    path = tmp_path / "F-förfrågan.sbx"
    payload = fmt.open_file(path.read_bytes(), codes[0]).payload["request"]
    assert payload["support"]["needed"] == ["economic"] and payload["message"] == "Ring mig före lunch."
    assert payload["identity"] is None
    assert req.get_request(ctx, request_id).row.status is S.SENT
    QApplication.clipboard().clear()


def test_protected_case_cannot_include_identity_and_missing_consent_needs_a_logged_reason(
        qtbot: QtBot, ctx: ServiceContext, boxes: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    request_id = outgoing(ctx, ProtectionLevel.ASSUMED_IDENTITY, with_consent=False)
    boxes["save"] = tmp_path / "f.sbx"

    def fill(d: ui.ExportRequestDialog) -> None:
        qtbot.addWidget(d)
        assert not d.identity.isEnabled()
        assert not d.save_button.isEnabled()  # consent missing and no reason yet
        d.accept()
        assert not (tmp_path / "f.sbx").exists()
        d.reason.setText("   ")
        assert not d.save_button.isEnabled() and d.reason_error.isVisibleTo(d)
        d.reason.setText("Samtycke lämnat per telefon i dag.")
        assert d.save_button.isEnabled()
        d.accept()

    scripted(monkeypatch, ui.ExportRequestDialog, fill)
    scripted(monkeypatch, ui.CodeDialog, lambda d: d.accept())
    assert ui.export_request(None, ctx, request_id, today=TODAY)
    [(reason, details)] = export_events(ctx)
    assert reason == "Samtycke lämnat per telefon i dag." and details["consent"] == "override"
    assert details["identity"] is False


def test_a_personnummer_in_free_text_is_shown_beside_the_field_and_blocks_saving(
        qtbot: QtBot, ctx: ServiceContext, boxes: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    request_id = outgoing(ctx)

    def fill(d: ui.ExportRequestDialog) -> None:
        qtbot.addWidget(d)
        d.inputs["support_text"].setPlainText("Gäller 19880403-1234")
        assert d.errors["support_text"].isVisibleTo(d) and not d.save_button.isEnabled()
        d.reject()  # something was typed: asked, then discarded

    scripted(monkeypatch, ui.ExportRequestDialog, fill)
    assert not ui.export_request(None, ctx, request_id, today=TODAY)
    assert [a[0] for a in boxes["asked"]] == ["question"]
    assert export_events(ctx) == [] and req.get_request(ctx, request_id).row.status is S.DRAFT


def test_cancelling_the_save_dialog_writes_nothing(qtbot: QtBot, ctx: ServiceContext, boxes: dict[str, Any],
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    request_id = outgoing(ctx)
    boxes["save"] = ""

    def fill(d: ui.ExportRequestDialog) -> None:
        qtbot.addWidget(d)
        d.accept()
        assert d.result() == 0 and d.result_value is None
        d.reject()

    scripted(monkeypatch, ui.ExportRequestDialog, fill)
    codes = scripted(monkeypatch, ui.CodeDialog, lambda d: d.accept())
    assert not ui.export_request(None, ctx, request_id, today=TODAY)
    assert codes == [] and export_events(ctx) == [] and list(tmp_path.glob("*.sbx")) == []


def test_a_request_that_cannot_be_exported_says_why(ctx: ServiceContext, boxes: dict[str, Any]) -> None:
    request_id = outgoing(ctx)
    req.withdraw(ctx, request_id, "Inte aktuellt.", TODAY, today=TODAY)
    assert not ui.export_request(None, ctx, request_id, today=TODAY)
    assert boxes["asked"][0][0] == "warning" and "kan inte exporteras" in boxes["asked"][0][2]
    assert not ui.export_answer(None, ctx, request_id)


def _exported(ctx: ServiceContext, tmp_path: Path, code: str = "1984") -> ex.ExportResult:
    return ex.export_request(ctx, outgoing(ctx, code=code), tmp_path / f"till-{code}.sbx", today=TODAY,
                             consent_override_reason=None if code == "1984" else "Muntligt samtycke.")


def test_import_asks_for_the_code_tells_typos_and_wrong_codes_apart_and_creates_the_request(
        qtbot: QtBot, ctx: ServiceContext, arboga: ServiceContext, boxes: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sent = _exported(ctx, tmp_path)
    boxes["open"] = sent.path

    def type_code(d: ui_import.ImportDialog) -> None:
        qtbot.addWidget(d)
        assert not d.open_button.isEnabled() and not d.import_button.isVisibleTo(d)
        d.code.setText(sent.code[:-1] + ("A" if sent.code[-1] != "A" else "B"))  # a typo: 24 characters
        assert d.code_error.isVisibleTo(d)
        assert not d.open_file() and d.opened is None
        d.code.setText(fmt.new_code())  # well formed, wrong
        assert not d.code_error.isVisibleTo(d)
        assert not d.open_file() and d.code_error.text() == fmt.TamperedOrWrongCode().message
        d.code.setText(sent.code.lower().replace("-", " "))
        assert d.open_file()
        assert d.import_button.isVisibleTo(d) and not d.open_button.isVisibleTo(d)
        assert not d.withdraw_others.isVisibleTo(d)
        d.accept()

    scripted(monkeypatch, ui_import.ImportDialog, type_code)
    assert ui.import_file(None, arboga, today=TODAY)
    [(kind, _title, text)] = boxes["asked"]
    assert kind == "information" and sent.reference in text
    rows = req.list_requests(arboga).rows
    assert len(rows) == 1 and rows[0].counterpart_reference == sent.reference


def test_import_refusals_are_clear_and_import_nothing(
        qtbot: QtBot, ctx: ServiceContext, arboga: ServiceContext, boxes: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dialogs = scripted(monkeypatch, ui_import.ImportDialog, lambda d: (d.code.setText(code[0]), d.open_file() and d.accept()))
    code = [""]
    elsewhere = _exported(ctx, tmp_path, code="1983")  # made for Köping
    assert not ui.import_file(None, arboga, elsewhere.path, today=TODAY)
    assert dialogs == [] and "Köping" in boxes["asked"][-1][2]

    junk = tmp_path / "junk.sbx"
    junk.write_bytes(b"%PDF-1.4 not an exchange file")
    assert not ui.import_file(None, arboga, junk, today=TODAY)
    assert boxes["asked"][-1][2] == fmt.NotAnExchangeFile().message

    sent = _exported(ctx, tmp_path)
    code[0] = sent.code
    assert ui.import_file(None, arboga, sent.path, today=TODAY)
    assert not ui.import_file(None, arboga, sent.path, today=TODAY)  # the same file again
    assert boxes["asked"][-1][0] == "warning" and boxes["asked"][-1][2] == fmt.Replayed().message
    assert dialogs[-1].result() == QDialog.DialogCode.Rejected and req.list_requests(arboga).total == 1
    assert not ui.import_file(None, arboga, today=TODAY)  # no file chosen


def test_answer_export_and_import_with_withdrawing_the_others(
        qtbot: QtBot, ctx: ServiceContext, arboga: ServiceContext, boxes: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    request_id = outgoing(ctx)
    case_id = req.get_request(ctx, request_id).row.case.id  # type: ignore[union-attr]
    other = req.create_outgoing(ctx, case_id, "1983", today=TODAY).id
    req.send(ctx, other, TODAY, today=TODAY)
    sent = ex.export_request(ctx, request_id, tmp_path / "in.sbx", today=TODAY)
    incoming = ui_import.service.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    req.accept(arboga, incoming.request_id, TODAY, today=TODAY)

    boxes["save"] = tmp_path / "svar.sbx"
    answers = scripted(monkeypatch, ui.ExportAnswerDialog, lambda d: (qtbot.addWidget(d), d.accept()))
    codes: list[str] = []
    scripted(monkeypatch, ui.CodeDialog, lambda d: (codes.append(d.code_field.text()), d.accept()))
    assert ui.export_answer(None, arboga, incoming.request_id)
    assert len(answers) == 1 and answers[0].windowTitle().endswith(incoming.reference)

    def take_answer(d: ui_import.ImportDialog) -> None:
        qtbot.addWidget(d)
        d.code.setText(codes[0])
        assert d.open_file()
        assert d.withdraw_others.isVisibleTo(d) and "1" in d.withdraw_others.text()
        d.withdraw_others.setChecked(True)
        d.accept()

    scripted(monkeypatch, ui_import.ImportDialog, take_answer)
    assert ui.import_file(None, ctx, tmp_path / "svar.sbx", today=TODAY)
    assert req.get_request(ctx, request_id).row.status is S.ACCEPTED
    assert req.get_request(ctx, other).row.status is S.WITHDRAWN
    assert "accepterad" in boxes["asked"][-1][2]
