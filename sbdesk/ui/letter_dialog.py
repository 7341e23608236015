"""Letter preview inside sbdesk (QtPdf), print and save; `show_letter` runs the confirmations first.

The PDF lives only in memory: QPdfDocument reads it from a QBuffer and printing renders its pages
into the printer's painter, so no temp file is ever written. Every print and save is logged by the
letters service (record_output).
"""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind
from sbdesk.services.letters import Letter, build_letter, letter_check, letter_pdf, record_output
from sbdesk.ui.badges import ProtectionBadge
from sbdesk.ui.widgets import wait_cursor

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # pages are rendered at most at this resolution, then scaled by the printer


class LetterPreviewDialog(QDialog):
    """Shows one letter as it will print, with Print… and Save as…."""

    def __init__(self, ctx: ServiceContext, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.letter = ctx, letter
        self.setWindowTitle(self.tr("Letter: %1").replace("%1", letter.title))  # the reference only, never a name
        self._bytes = QByteArray(letter_pdf(letter))
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Letter preview"))

        heading = QLabel(f"<b>{escape(letter.kind.label)}</b> – {escape(letter.reference)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.badge = ProtectionBadge(letter.protection_level)
        pages = self.tr("%n page(s)", "", self.document.pageCount())
        self.info = QLabel(self.tr("%1 · saved as %2").replace("%1", pages).replace("%2", letter.file_name))
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("Print the letter (Ctrl+P); the print is written to the log"))
        self.save_button = self.buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Save the letter as a PDF (Ctrl+S); the save is written to the log"))
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(lambda: self.print_letter())
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(lambda: self.save_as())

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.info)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.print_button.setDefault(True)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = int(screen.height() * 0.85) if screen is not None else 900
        self.resize(min(int(height * 0.8), 900), height)

    def pdf_bytes(self) -> bytes:
        """The letter's PDF as shown."""
        return bytes(self._bytes.data())

    # -- printing -----------------------------------------------------------------------------

    def print_letter(self) -> bool:
        """Ask for a printer (QPrintDialog), then print; True when printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.letter.title)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render the pages into printer's painter (full page, at most 300 dpi) and log the print."""
        printer.setFullPage(True)
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(max(first, 1) - 1, min(last, count) if last else count) if first else range(count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer could not be started."))
            return False
        try:
            with wait_cursor():
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                scale = printer.resolution() / 72  # true size: the address must sit where the envelope window is
                for n, page in enumerate(pages):
                    if n:
                        printer.newPage()
                    size = self.document.pagePointSize(page)
                    image = self.document.render(page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
                    painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
        finally:
            painter.end()
        return self._record("print")

    # -- saving -------------------------------------------------------------------------------

    def save_as(self, path: Path | None = None) -> Path | None:
        """Ask where to save (suggesting '<reference>_<kind>.pdf'), write the PDF and log the save."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter"), str(Path(folder) / self.letter.file_name),
                                                    self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf_bytes())
        except OSError as exc:
            log.warning("letter not saved: %s", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Letter not saved"), exc.strerror or str(exc))
            return None
        if not self._record("save"):
            path.unlink(missing_ok=True)  # a save that could not be logged is not kept
            return None
        self.status.setText(self.tr("Saved as %1").replace("%1", str(path)))
        return path

    def _record(self, action: str) -> bool:
        try:
            record_output(self.ctx, self.letter, action)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not written to the log"), exc.message)
            return False
        if action == "print":
            self.status.setText(self.tr("Sent to the printer."))
        return True

    def done(self, result: int) -> None:
        """Closing forgets the letter: the buffer and the document are emptied."""
        self.view.setDocument(None)
        self.document.close()
        self._buffer.close()
        self._bytes.clear()
        super().done(result)


def _identity_choice(parent: QWidget | None, reference: str, level: str) -> bool | None:
    """Ask whether a protected person's name goes on their offer letter: True, False, or None (cancel)."""
    title = QCoreApplication.translate("LetterDialog", "Protected personal data")
    text = QCoreApplication.translate(
        "LetterDialog",
        "Case %1 has protected personal data (%2). The letter is written with the case reference instead of the "
        "name and address.\n\nShould the letter carry the person's name and address instead? Choose Yes only "
        "when the letter goes straight to the person. The choice is written to the log.")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent, title, text.replace("%1", reference).replace("%2", level), buttons,
                                  QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def _consent_reason(parent: QWidget | None, reference: str, recipient: str) -> str | None:
    """Warn that consent is missing and ask for the reason to go on (None: do not make the letter)."""
    title = QCoreApplication.translate("LetterDialog", "Consent missing")
    text = QCoreApplication.translate(
        "LetterDialog",
        "Case %1 has no valid consent to share information with %2.\n\nMake the letter anyway? You must give a "
        "reason; it is written to the log.")
    answer = QMessageBox.warning(parent, title, text.replace("%1", reference).replace("%2", recipient),
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                 QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("LetterDialog", "Reason"),
        QCoreApplication.translate("LetterDialog", "Why is the information shared without consent? (written to the log)"))
    if not ok:
        return None
    if not reason.strip():
        QMessageBox.warning(parent, QCoreApplication.translate("LetterDialog", "No letter made"),
                            QCoreApplication.translate("LetterDialog", "A reason is needed to go on."))
        return None
    return reason.strip()


def show_letter(parent: QWidget | None, ctx: ServiceContext, kind: LetterKind | str, *,
                today: date | None = None, **ids: Any) -> Letter | None:
    """Make a letter after the identity and consent confirmations, and preview it (modal).

    ids as services.letters.build_letter takes them: offer_id for an offer letter; case_id (and
    grant_id, landlord_id) for a förtur certificate; case_id and counterpart_code (and request_id,
    legal_basis, commitments, support) for a request. Returns the letter shown, or None.
    """
    try:
        check = letter_check(ctx, kind, today=today, **ids)
    except SbdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LetterDialog", "No letter made"), exc.message)
        return None
    confirm = False
    if check.identity_question:
        choice = _identity_choice(parent, check.reference, check.protection_level.label.lower())
        if choice is None:
            return None
        confirm = choice
    reason = None
    if check.consent_missing:
        recipient = check.recipient_name or (check.recipient_kind.label.lower() if check.recipient_kind else "")
        reason = _consent_reason(parent, check.reference, recipient)
        if reason is None:
            return None
    try:
        with wait_cursor():
            letter = build_letter(ctx, kind, today=today, confirm_identity=confirm, consent_override_reason=reason, **ids)
    except SbdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LetterDialog", "No letter made"), exc.message)
        return None
    dialog = LetterPreviewDialog(ctx, letter, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return letter
