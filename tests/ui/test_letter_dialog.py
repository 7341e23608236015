"""The letter preview (QtPdf), print and save with their log events, the identity and consent
confirmations of show_letter, and the batch of the day's offer letters (fictional data only)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind
from sbdesk.ui import letter_batch
from sbdesk.ui.letter_batch import BatchResult, start_batch, start_offer_letters_of_day
from sbdesk.ui.letter_dialog import LetterPreviewDialog, show_letter
from tests.letter_data import LANDLORD, TODAY, consent, grant, household, landlord, offer, pdf_text, sender


def logged(ctx: ServiceContext) -> list[tuple[str, str | None, dict[str, Any]]]:
    with ctx.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action.like("letter.%")).order_by(AuditEvent.id)).all()
        return [(e.action, e.reason, json.loads(e.details or "{}")) for e in rows]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[LetterPreviewDialog]:
    """Previews opened by show_letter (their exec returns at once)."""
    seen: list[LetterPreviewDialog] = []

    def fake_exec(self: LetterPreviewDialog) -> int:
        seen.append(self)
        return 0

    monkeypatch.setattr(LetterPreviewDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QMessageBox and QInputDialog answer from this dict and record what they were asked."""
    answers: dict[str, Any] = {"question": QMessageBox.StandardButton.No, "warning": QMessageBox.StandardButton.Ok,
                               "text": ("", False), "asked": []}

    def box(kind: str) -> Any:
        def answer(*args: Any, **kw: Any) -> Any:
            answers["asked"].append((kind, args[1], args[2]))
            return answers.get(kind, QMessageBox.StandardButton.Ok)
        return answer

    monkeypatch.setattr(QMessageBox, "question", box("question"))
    monkeypatch.setattr(QMessageBox, "warning", box("warning"))
    monkeypatch.setattr(QMessageBox, "information", box("information"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: answers["text"])
    return answers


@pytest.fixture
def offer_case(ctx: ServiceContext) -> tuple[int, int, int]:
    """(case id, landlord id, offer id) of an unprotected household."""
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    ll = landlord(ctx)
    return case.case_id, ll, offer(ctx, case.case_id, ll)


def test_preview_save_and_print(qtbot: QtBot, ctx: ServiceContext, offer_case: tuple[int, int, int],
                                shown: list[LetterPreviewDialog], boxes: dict[str, Any], tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    _case_id, _ll, offer_id = offer_case
    letter = show_letter(None, ctx, "offer", offer_id=offer_id, today=TODAY)
    assert letter is not None and len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() == 1
    assert dialog.view.document() is dialog.document
    assert letter.reference in dialog.windowTitle() and "Fiktivia" not in dialog.windowTitle()
    assert not dialog.badge.isVisible() and dialog.badge.text() == ""
    assert boxes["asked"] == []  # no question for an unprotected offer letter

    suggested: list[str] = []

    def save_name(*args: Any, **kw: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(tmp_path / "brevet"), "PDF (*.pdf)"

    monkeypatch.setattr("sbdesk.ui.letter_dialog.QFileDialog.getSaveFileName", save_name)
    dialog.save_button.click()
    saved = tmp_path / "brevet.pdf"
    assert Path(suggested[0]).name == letter.file_name
    assert saved.read_bytes() == dialog.pdf_bytes() and saved.read_bytes().startswith(b"%PDF-")
    assert "Erbjudande om lägenhet" in pdf_text(saved.read_bytes(), tmp_path, "kontroll.pdf")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    assert dialog.print_to(printer)
    assert (tmp_path / "utskrift.pdf").stat().st_size > 1000

    def accept_print(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(tmp_path / "dialog.pdf"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept_print)
    dialog.print_button.click()
    assert (tmp_path / "dialog.pdf").is_file()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert not dialog.print_letter()
    assert [a for a, _r, _d in logged(ctx)] == ["letter.identity", "letter.save", "letter.print", "letter.print"]
    dialog.done(0)
    assert dialog.document.pageCount() == 0  # closing forgets the letter


def test_a_protected_offer_asks_and_logs_the_identity_choice(ctx: ServiceContext, shown: list[LetterPreviewDialog],
                                                             boxes: dict[str, Any], qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    offer_id = offer(ctx, case.case_id, landlord(ctx))

    boxes["question"] = QMessageBox.StandardButton.Cancel
    assert show_letter(None, ctx, LetterKind.OFFER, offer_id=offer_id, today=TODAY) is None and shown == []

    boxes["question"] = QMessageBox.StandardButton.No
    letter = show_letter(None, ctx, LetterKind.OFFER, offer_id=offer_id, today=TODAY)
    assert letter is not None and not letter.identity_included
    qtbot.addWidget(shown[-1])
    assert shown[-1].badge.text() == "Skyddad folkbokföring"
    assert "Fiktivia" not in pdf_text(shown[-1].pdf_bytes(), tmp_path)
    assert logged(ctx) == []

    boxes["question"] = QMessageBox.StandardButton.Yes
    letter = show_letter(None, ctx, LetterKind.OFFER, offer_id=offer_id, today=TODAY)
    assert letter is not None and letter.identity_included
    qtbot.addWidget(shown[-1])
    assert "Fiktivia Påhittadsdotter" in pdf_text(shown[-1].pdf_bytes(), tmp_path)
    assert [a for a, _r, _d in logged(ctx)] == ["letter.identity_confirmed"]
    asked = [text for kind, _title, text in boxes["asked"] if kind == "question"]
    assert len(asked) == 3 and all(case.reference in t and "Fiktivia" not in t for t in asked)


def test_missing_consent_warns_and_needs_a_logged_reason(ctx: ServiceContext, shown: list[LetterPreviewDialog],
                                                         boxes: dict[str, Any], qtbot: QtBot) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    ll = landlord(ctx)
    grant(ctx, case.case_id)

    boxes["warning"] = QMessageBox.StandardButton.Cancel
    assert show_letter(None, ctx, "priority", case_id=case.case_id, landlord_id=ll, today=TODAY) is None
    boxes["warning"] = QMessageBox.StandardButton.Yes
    boxes["text"] = ("   ", True)  # an empty reason is not enough
    assert show_letter(None, ctx, "priority", case_id=case.case_id, landlord_id=ll, today=TODAY) is None
    assert shown == [] and logged(ctx) == []
    assert any(kind == "warning" and LANDLORD in text for kind, _t, text in boxes["asked"])

    boxes["text"] = ("Samtycke lämnat muntligt i dag", True)
    letter = show_letter(None, ctx, "priority", case_id=case.case_id, landlord_id=ll, today=TODAY)
    assert letter is not None and len(shown) == 1
    qtbot.addWidget(shown[0])
    assert [(a, r) for a, r, _d in logged(ctx)] == [("letter.consent_override", "Samtycke lämnat muntligt i dag")]

    consent(ctx, case.case_id, "landlord", LANDLORD)
    boxes["asked"].clear()
    assert show_letter(None, ctx, "priority", case_id=case.case_id, landlord_id=ll, today=TODAY) is not None
    qtbot.addWidget(shown[1])
    assert boxes["asked"] == []  # with a consent nothing is asked


def test_a_refused_letter_is_explained(ctx: ServiceContext, shown: list[LetterPreviewDialog],
                                       boxes: dict[str, Any]) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    consent(ctx, case.case_id, "landlord", LANDLORD)
    assert show_letter(None, ctx, "priority", case_id=case.case_id, today=TODAY) is None  # no förtur
    assert shown == [] and boxes["asked"][0][0] == "warning" and "förtur" in boxes["asked"][0][2]


def test_the_day_s_offer_letters_are_saved_off_the_gui_thread(qtbot: QtBot, ctx: ServiceContext,
                                                              boxes: dict[str, Any], tmp_path: Path) -> None:
    sender(ctx)
    ll = landlord(ctx)
    cases = [household(ctx, level, seed=n) for n, level in
             enumerate((ProtectionLevel.NONE, ProtectionLevel.ASSUMED_IDENTITY, ProtectionLevel.NONE))]
    for n, case in enumerate(cases):
        offer(ctx, case.case_id, ll, address=f"Provgatan {n + 1}")
    (tmp_path / f"{cases[0].reference}_erbjudande.pdf").write_bytes(b"an older letter")
    batch = start_offer_letters_of_day(None, ctx, TODAY, tmp_path)
    assert batch is not None
    with qtbot.waitSignal(batch.finished, timeout=30_000) as signal:
        pass
    result: BatchResult = signal.args[0]
    names = sorted(p.name for p in result.saved)
    assert names == sorted([f"{cases[0].reference}_erbjudande_2.pdf", f"{cases[1].reference}_erbjudande.pdf",
                            f"{cases[2].reference}_erbjudande.pdf"])
    assert (tmp_path / f"{cases[0].reference}_erbjudande.pdf").read_bytes() == b"an older letter"  # kept
    protected = pdf_text((tmp_path / f"{cases[1].reference}_erbjudande.pdf").read_bytes(), tmp_path, "p.pdf")
    assert f"Hushållet i ärende {cases[1].reference}" in protected
    assert not any(s in protected for s in cases[1].secrets)  # a batch never asks, so never names
    assert [a for a, _r, _d in logged(ctx)].count("letter.save") == 3
    assert not batch.progress.isVisible()
    summary = [text for kind, _t, text in boxes["asked"] if kind == "information"]
    assert len(summary) == 1 and "3 brev" in summary[0] and str(tmp_path) in summary[0]
    assert letter_batch._RUNNING == set()


def test_a_batch_skips_letters_without_consent_and_can_be_cancelled(qtbot: QtBot, ctx: ServiceContext,
                                                                     boxes: dict[str, Any], tmp_path: Path) -> None:
    sender(ctx)
    with_consent, without = household(ctx, ProtectionLevel.NONE, seed=1), household(ctx, ProtectionLevel.NONE, seed=2)
    consent(ctx, with_consent.case_id, "municipality", "Uppsala kommun")
    batch = start_batch(None, ctx, "request", [{"case_id": c.case_id, "counterpart_code": "0380"}
                                               for c in (with_consent, without)], tmp_path, today=TODAY)
    assert batch is not None
    with qtbot.waitSignal(batch.finished, timeout=30_000) as signal:
        pass
    result: BatchResult = signal.args[0]
    assert [p.name for p in result.saved] == [f"{with_consent.reference}_forfragan.pdf"]
    assert len(result.skipped) == 1 and f"case {without.case_id}" in result.skipped[0][0]
    assert "samtycke" in result.skipped[0][1]
    summary = next(text for kind, _t, text in boxes["asked"] if kind == "information")
    assert "1 brev" in summary and "samtycke" in summary



def test_cancel_stops_after_the_current_letter(qtbot: QtBot, ctx: ServiceContext, boxes: dict[str, Any],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sender(ctx)
    cases = [household(ctx, ProtectionLevel.NONE, seed=n) for n in range(3)]
    for case in cases:
        consent(ctx, case.case_id, "municipality", "Uppsala")
    real_build = letter_batch.build_letter

    def build_then_cancel(*args: Any, **kw: Any) -> Any:
        made = real_build(*args, **kw)
        QThread.currentThread().requestInterruption()  # what Cancel in the progress dialog asks for
        return made

    monkeypatch.setattr(letter_batch, "build_letter", build_then_cancel)
    batch = start_batch(None, ctx, "request", [{"case_id": c.case_id, "counterpart_code": "0380"} for c in cases],
                        tmp_path, today=TODAY)
    assert batch is not None
    with qtbot.waitSignal(batch.finished, timeout=30_000) as signal:
        pass
    result: BatchResult = signal.args[0]
    assert result.cancelled and [p.name for p in result.saved] == [f"{cases[0].reference}_forfragan.pdf"]
    summary = next(text for kind, _t, text in boxes["asked"] if kind == "information")
    assert "avbr" in summary.casefold()


def test_no_offers_today_means_no_batch(ctx: ServiceContext, boxes: dict[str, Any], tmp_path: Path) -> None:
    sender(ctx)
    assert start_offer_letters_of_day(None, ctx, TODAY, tmp_path) is None
    assert boxes["asked"][0][0] == "information"
