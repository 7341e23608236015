"""Exchange files with another municipality that runs sbdesk: export a request or an answer (with a
one-time code to read aloud by phone), and import a received file (exchange_import_dialog)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services import exchange as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.badges import ProtectionBadge
from sbdesk.ui.exchange_import_dialog import import_file
from sbdesk.ui.exchange_parts import CodeDialog, fields_box, file_filter
from sbdesk.ui.widgets import FieldError, GuardedDialog, make_default, wait_cursor, with_error

__all__ = ["CodeDialog", "ExportAnswerDialog", "ExportRequestDialog", "export_answer", "export_request",
           "import_file"]

log = logging.getLogger(__name__)


def _save_path(parent: QWidget, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Exchange", "Save exchange file"), str(Path(folder) / suggested),
        file_filter())
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == service.FILE_SUFFIX else path.with_name(path.name + service.FILE_SUFFIX)


class _ExportDialog(GuardedDialog):
    """Common frame: a scrollable body, a general error line and Save file… / Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: service.ExportResult | None = None
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def finish_layout(self) -> None:
        """Size to the content once the body is built."""
        make_default(self, self.save_button)
        self.body_layout.addStretch(1)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = min(int(screen.height() * 0.85) if screen is not None else 900, self.body.sizeHint().height() + 120)
        self.resize(self.minimumWidth(), height)

    def write(self, path: Path) -> service.ExportResult:
        """The service call that writes the file (subclasses)."""
        raise NotImplementedError

    def suggested_name(self) -> str:
        """The file name offered in the save dialog."""
        raise NotImplementedError

    def accept(self) -> None:
        """Ask where to save, write the file (logged), keep the result; stay open on a refusal."""
        if not self.save_button.isEnabled():
            return
        path = _save_path(self, self.suggested_name())
        if path is None:
            return
        try:
            with wait_cursor():
                self.result_value = self.write(path)
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return
        except SbdeskError as exc:
            log.warning("exchange file not written: %s", exc.code)
            QMessageBox.warning(self, self.tr("No file saved"), exc.message)
            return
        super().accept()

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Show service messages (subclasses put them beside their fields)."""
        self.general_error.set_message("\n".join(by_field.values()) or None)


class ExportRequestDialog(_ExportDialog):
    """Confirm what a request file carries, choose what else goes with it, then save it."""

    def __init__(self, ctx: ServiceContext, check: service.RequestExportCheck, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(self.tr("Export request %1").replace("%1", check.reference), parent)
        self.ctx, self.check, self.today = ctx, check, today
        heading = QLabel(self.tr("Request %1 to %2 – case %3").replace("%1", check.reference)
                         .replace("%2", check.recipient_name)
                         .replace("%3", f"{check.case_reference} {check.case_pseudonym}"))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(ProtectionBadge(check.protection_level))
        self.body_layout.addLayout(top)
        intro = QLabel(self.tr("The file is encrypted and can travel by any channel. Only what is listed here "
                               "leaves the database – no name, personnummer, address or phone of the household."))
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        carried = fields_box(self.tr("What the file carries"), check.fields)
        self.identity_row = next((label for label in carried.findChildren(QLabel)
                                  if label.accessibleName() == service.IDENTITY_ROW), None)
        self._no_identity = self.identity_row.text() if self.identity_row is not None else ""
        self.body_layout.addWidget(carried)

        extra = QGroupBox(self.tr("Also in the file (optional)"))
        form = QFormLayout(extra)
        self.inputs: dict[str, Any] = {}
        self.errors: dict[str, FieldError] = {}
        flags = QGridLayout()
        for n, (name, label) in enumerate((("support_economic", self.tr("Economic support")),
                                           ("support_psychosocial", self.tr("Psychosocial support")),
                                           ("support_safety", self.tr("Protection and safety")),
                                           ("support_children", self.tr("Support for the children")))):
            box = QCheckBox(label)
            box.setChecked(bool(check.support.get(name)))
            box.setAccessibleName(label)
            box.toggled.connect(self._refresh)
            self.inputs[name] = box
            flags.addWidget(box, n // 2, n % 2)
        form.addRow(self.tr("Support:"), flags)
        for name, label in (("support_text", self.tr("Support needed")),
                            ("message", self.tr("Message to the recipient"))):
            edit = QPlainTextEdit(str(check.support.get(name) or ""))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            edit.setAccessibleName(label)
            edit.textChanged.connect(self._refresh)
            self.inputs[name] = edit
            self.errors[name] = FieldError(edit)
            caption = QLabel(label + ":")
            caption.setBuddy(edit)
            form.addRow(caption, with_error(edit, self.errors[name]))
        self.body_layout.addWidget(extra)

        self.identity = QCheckBox(self.tr("Include the applicant's name and personnummer"))
        self.identity.setAccessibleName(self.identity.text())
        self.identity.setEnabled(check.identity_allowed)
        self.identity.toggled.connect(self._refresh)
        self.body_layout.addWidget(self.identity)
        if check.protection_level.protected:
            why = self.tr("Never for a case with protected personal data (%1).").replace(
                "%1", check.protection_level.label.lower())
        elif not check.identity_allowed:
            why = self.tr("No identity is recorded for the applicant.")
        else:
            why = self.tr("Only when the receiving municipality needs it to decide; the choice is logged.")
        self.identity_note = QLabel(why)
        self.identity_note.setWordWrap(True)
        self.body_layout.addWidget(self.identity_note)

        self.reason = QLineEdit()
        self.reason_error = FieldError(self.reason)
        if check.consent is not None:
            consent = QLabel(self.tr("Consent to share information with %1 is recorded (given %2).")
                             .replace("%1", check.consent.recipient_name)
                             .replace("%2", formatting.day(check.consent.given_on)))
            consent.setWordWrap(True)
            self.body_layout.addWidget(consent)
        else:
            warning = QLabel(self.tr("The case has no valid consent to share information with %1. Register the "
                                     "consent on the case, or give the reason to share anyway – it is written to "
                                     "the log.").replace("%1", check.recipient_name))
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: bold;")
            self.reason.setAccessibleName(self.tr("Reason to share without consent"))
            self.reason.setPlaceholderText(self.tr("e.g. consent given by phone today, registered later"))
            self.reason.textChanged.connect(lambda _t: self._refresh(touched=True))
            reason_form = QFormLayout()
            caption = QLabel(self.tr("&Reason (logged):"))
            caption.setBuddy(self.reason)
            reason_form.addRow(caption, with_error(self.reason, self.reason_error))
            self.body_layout.addWidget(warning)
            self.body_layout.addLayout(reason_form)
        if check.will_send:
            sent = QLabel(self.tr("The request is recorded as sent today when the file is saved."))
            sent.setWordWrap(True)
            self.body_layout.addWidget(sent)
        self.finish_layout()
        self._initial = self.values()
        self._refresh()

    def values(self) -> dict[str, Any]:
        """What the user chose: support flags and texts, message, identity, reason."""
        out: dict[str, Any] = {name: (w.isChecked() if isinstance(w, QCheckBox) else w.toPlainText())
                               for name, w in self.inputs.items()}
        return {**out, "identity": self.identity.isChecked(), "reason": self.reason.text()}

    def _refresh(self, *_args: Any, touched: bool = False) -> None:
        values = self.values()
        if self.identity_row is not None:
            self.identity_row.setText(self.tr("The applicant's name and personnummer (no address or phone)")
                                      if values["identity"] else self._no_identity)
        problems = {name: msg for name in self.errors if (msg := service.check_export_field(name, values[name]))}
        for name, error in self.errors.items():
            error.set_message(problems.get(name))
        reason_missing = self.check.consent_missing and not values["reason"].strip()
        self.reason_error.set_message(self.tr("A reason is needed to share without consent.")
                                      if reason_missing and touched else None)
        self.save_button.setEnabled(not problems and not reason_missing)
        self.general_error.set_message(None)

    def suggested_name(self) -> str:
        """'F-2026-0007-forfragan.sbx'."""
        return self.check.file_name

    def write(self, path: Path) -> service.ExportResult:
        """Export the request with the choices made."""
        values = self.values()
        support = {k: values[k] for k in ("support_economic", "support_psychosocial", "support_safety",
                                          "support_children", "support_text")}
        return service.export_request(self.ctx, self.check.request_id, path, support=support,
                                      message=values["message"], include_identity=values["identity"],
                                      consent_override_reason=values["reason"] or None, today=self.today)

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Service messages beside their fields."""
        loose = [msg for name, msg in by_field.items() if name not in self.errors]
        for name, msg in by_field.items():
            if name in self.errors:
                self.errors[name].set_message(msg)
        self.general_error.set_message("\n".join(loose) or None)

    def is_dirty(self) -> bool:
        """Something typed (support, message, a reason) that Cancel would throw away."""
        return self.values() != self._initial


class ExportAnswerDialog(_ExportDialog):
    """Confirm the steps an answer file carries back to the sender, then save it."""

    def __init__(self, ctx: ServiceContext, check: service.AnswerExportCheck, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export answer %1").replace("%1", check.reference), parent)
        self.ctx, self.check = ctx, check
        heading = QLabel(self.tr("Answer to %1 on their request %2").replace("%1", check.recipient_name)
                         .replace("%2", check.counterpart_reference))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.body_layout.addWidget(heading)
        intro = QLabel(self.tr("The answer carries the steps recorded here so far, with their dates and reasons. "
                               "When %1 imports it, their request is updated.").replace("%1", check.recipient_name))
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        self.body_layout.addWidget(fields_box(self.tr("What the file carries"), check.fields))
        self.finish_layout()

    def suggested_name(self) -> str:
        """'F-2026-0003-svar.sbx'."""
        return self.check.file_name

    def write(self, path: Path) -> service.ExportResult:
        """Export the answer."""
        return service.export_answer(self.ctx, self.check.request_id, path)


def _run(dialog: _ExportDialog, parent: QWidget | None) -> bool:
    try:
        dialog.exec()
        result = dialog.result_value
    finally:
        dialog.deleteLater()
    if result is None:
        return False
    code = CodeDialog(result, parent)
    try:
        code.exec()
    finally:
        code.deleteLater()
    return True


def _refused(parent: QWidget | None, exc: SbdeskError) -> bool:
    QMessageBox.warning(parent, QCoreApplication.translate("Exchange", "Cannot export"), exc.message)
    return False


def export_request(parent: QWidget | None, ctx: ServiceContext, request_id: int, *, today: date | None = None) -> bool:
    """'Exportera förfrågan…': confirm, save the encrypted file, show its one-time code; True when saved."""
    try:
        check = service.check_request_export(ctx, request_id, today=today)
    except SbdeskError as exc:
        return _refused(parent, exc)
    return _run(ExportRequestDialog(ctx, check, parent, today=today), parent)


def export_answer(parent: QWidget | None, ctx: ServiceContext, request_id: int) -> bool:
    """'Exportera svar…' on an incoming request: confirm, save the answer file, show its code."""
    try:
        check = service.check_answer_export(ctx, request_id)
    except SbdeskError as exc:
        return _refused(parent, exc)
    return _run(ExportAnswerDialog(ctx, check, parent), parent)
