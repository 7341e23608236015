"""Import an exchange file: choose it, type the one-time code, see what will be created or updated, import."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.exchange import ExchangeKind
from sbdesk.errors import SbdeskError
from sbdesk.services import exchange_import as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.exchange_format import (
    CHECK_CHARS,
    DATA_CHARS,
    CodeTypo,
    OpenedFile,
    TamperedOrWrongCode,
    normalise_code,
)
from sbdesk.ui import formatting
from sbdesk.ui.exchange_parts import code_font, fields_box, file_filter
from sbdesk.ui.widgets import FieldError, make_default, wait_cursor, with_error

log = logging.getLogger(__name__)
CODE_LENGTH = DATA_CHARS + CHECK_CHARS


def _title() -> str:
    return QCoreApplication.translate("Exchange", "Import exchange file")


class ImportDialog(QDialog):
    """Type the code (checked as you type), open the file, read what will happen, then import."""

    def __init__(self, ctx: ServiceContext, data: bytes, info: service.FileInfo, file_name: str,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.data, self.info, self.today = ctx, data, info, today
        self.opened: OpenedFile | None = None
        self.preview: service.ImportPreview | None = None
        self.result_value: service.ImportResult | None = None
        self.setWindowTitle(_title())
        kind = self.tr("Request") if info.kind is ExchangeKind.REQUEST else self.tr("Answer")
        about = fields_box(self.tr("The file"), [
            (self.tr("File"), file_name), (self.tr("Kind"), kind),
            (self.tr("From"), f"{info.sender_name} ({info.sender_code})"),
            (self.tr("To"), f"{info.recipient_name} ({info.recipient_code})"),
            (self.tr("Made"), formatting.day(info.created.astimezone())),
        ])
        intro = QLabel(self.tr("Type the one-time code that %1 read to you by phone. Case, spaces and dashes "
                               "do not matter.").replace("%1", info.sender_name))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setFont(code_font(16))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.textChanged.connect(self._code_changed)
        self.code_error = FieldError(self.code)
        self.code_hint = QLabel("")
        form = QFormLayout()
        caption = QLabel(self.tr("&Code:"))
        caption.setBuddy(self.code)
        form.addRow(caption, with_error(self.code, self.code_error, self.code_hint))

        self.preview_area = QVBoxLayout()
        self.withdraw_others = QCheckBox()
        self.withdraw_others.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_file)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setVisible(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(self.preview_area)
        layout.addWidget(self.withdraw_others)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        make_default(self, self.open_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._code_changed("")
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed(self) -> int:
        return sum(ch.isalnum() for ch in self.code.text())

    def _code_changed(self, _text: str) -> None:
        typed = self._typed()
        self.code_hint.setText(self.tr("%1 of %2 characters").replace("%1", str(typed))
                               .replace("%2", str(CODE_LENGTH)))
        message = None
        if typed >= CODE_LENGTH:
            try:
                normalise_code(self.code.text())
            except CodeTypo as exc:
                message = exc.message
        self.code_error.set_message(message)
        self.open_button.setEnabled(self.opened is None and typed > 0)

    def open_file(self) -> bool:
        """Check the code against the file and show what importing will do; False when refused."""
        try:
            normalise_code(self.code.text())
        except CodeTypo as exc:
            self.code_error.set_message(exc.message)
            return False
        try:
            with wait_cursor():
                opened = service.open_exchange(self.data, self.code.text())
                preview = service.preview_import(self.ctx, opened, today=self.today)
        except (CodeTypo, TamperedOrWrongCode) as exc:
            self.code_error.set_message(exc.message)  # type it again
            return False
        except SbdeskError as exc:
            log.warning("exchange file refused: %s", exc.code)
            QMessageBox.warning(self, self.tr("Not imported"), exc.message)
            self.reject()
            return False
        self.opened, self.preview = opened, preview
        self.code.setReadOnly(True)
        self.code_error.set_message(None)
        title = (self.tr("This will be created") if preview.kind is ExchangeKind.REQUEST
                 else self.tr("This will be updated"))
        self.preview_area.addWidget(fields_box(title, preview.lines))
        if preview.siblings_open:
            self.withdraw_others.setText(self.tr("Withdraw the other %1 open requests for the same case")
                                         .replace("%1", str(preview.siblings_open)))
            self.withdraw_others.setAccessibleName(self.withdraw_others.text())
            self.withdraw_others.setVisible(True)
        self.open_button.setVisible(False)
        self.import_button.setVisible(True)
        make_default(self, self.import_button)
        self.import_button.setFocus()
        return True

    def accept(self) -> None:
        """Import the opened file (one logged transaction); a refusal imports nothing and closes."""
        if self.opened is None:
            self.open_file()
            return
        try:
            with wait_cursor():
                self.result_value = service.import_opened(self.ctx, self.opened, today=self.today,
                                                          withdraw_others=self.withdraw_others.isChecked())
        except SbdeskError as exc:
            log.warning("exchange import refused: %s", exc.code)
            QMessageBox.warning(self, self.tr("Not imported"), exc.message)
            self.reject()
            return
        super().accept()


def done_message(result: service.ImportResult) -> str:
    """What the import created or updated, in words."""
    if result.created:
        return QCoreApplication.translate(
            "Exchange", "Incoming request %1 was created from request %3 of %2. Answer it on the requests page, "
            "then export the answer.").replace("%1", result.reference).replace("%2", result.counterpart_name) \
            .replace("%3", result.counterpart_reference)
    if not result.applied:
        return QCoreApplication.translate("Exchange", "Request %1 already had every step in the answer; nothing "
                                                      "changed.").replace("%1", result.reference)
    steps = ", ".join(status.label.lower() for status in result.applied)
    text = QCoreApplication.translate("Exchange", "Request %1 to %2 was updated: %3. Status now: %4.").replace(
        "%1", result.reference).replace("%2", result.counterpart_name).replace("%3", steps).replace(
        "%4", result.status.label.lower())
    if result.withdrawn:
        text += " " + QCoreApplication.translate("Exchange", "%1 other requests were withdrawn.").replace(
            "%1", str(len(result.withdrawn)))
    return text


def import_file(parent: QWidget | None, ctx: ServiceContext, path: Path | None = None, *,
                today: date | None = None) -> bool:
    """'Importera fil…': choose a file, type its code, import; True when something was imported."""
    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        all_files = QCoreApplication.translate("Exchange", "All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(parent, _title(), folder, f"{file_filter()};;{all_files}")
        if not chosen:
            return False
        path = Path(chosen)
    try:
        data = service.read_exchange_file(path)
        info = service.describe_file(ctx, data)
    except SbdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Exchange", "Not imported"), exc.message)
        return False
    if not info.for_us:
        QMessageBox.warning(parent, QCoreApplication.translate("Exchange", "Not imported"), QCoreApplication.translate(
            "Exchange", "The file is made for %1 (%2), but this database belongs to %3 (%4). Nothing was "
            "imported.").replace("%1", info.recipient_name).replace("%2", info.recipient_code)
            .replace("%3", info.own_name).replace("%4", info.own_code))
        return False
    dialog = ImportDialog(ctx, data, info, Path(path).name, parent, today=today)
    try:
        dialog.exec()
        result = dialog.result_value
    finally:
        dialog.deleteLater()
    if result is None:
        return False
    QMessageBox.information(parent, QCoreApplication.translate("Exchange", "Imported"), done_message(result))
    return True

