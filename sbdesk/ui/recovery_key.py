"""Show the recovery key once, offer to print it, and insist that it has been put away safely."""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.ui.widgets import make_default  # noqa: E402

log = logging.getLogger(__name__)


def _monospace(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once in large type, with printing and a required confirmation."""

    def __init__(self, recovery_key: str, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self._db_name = Path(db_path).name
        self.setWindowTitle(self.tr("Your recovery key"))
        # The key is shown, never copied: no selection, no context menu, no clipboard.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        heading = QLabel(self.tr("Write down or print this recovery key now"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)

        self.key_label = QLabel(recovery_key)
        self.key_label.setFont(_monospace(20))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(16)
        self.key_label.setAccessibleName(self.tr("Recovery key"))

        explanation = QLabel(
            self.tr(
                "The recovery key is the only way into the database if the passphrase is forgotten. "
                "Without the passphrase or this key, nobody can open the data again – not even IT.\n\n"
                "It is shown only this once. Print it and keep the paper somewhere safe, for example in a "
                "locked cabinet, as the municipality's IT routine says. Do not keep it with the computer."
            )
        )
        explanation.setWordWrap(True)

        self.confirm = QCheckBox(self.tr("I have printed or saved the recovery key in a safe place"))
        self.confirm.setAccessibleName(self.confirm.text())

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.key_label)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        make_default(self, self.continue_button)
        layout.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.print_button.setFocus()

    def accept(self) -> None:
        """Close only once the user has confirmed that the key is put away."""
        if self.confirm.isChecked():
            self._key = ""
            super().accept()

    def reject(self) -> None:
        """Escape does not close: the key would be lost."""

    def document(self) -> QTextDocument:
        """The page to print: the key, the database file name and today's date (nothing personal)."""
        esc = html.escape
        title = self.tr("sbdesk – recovery key")
        file_line = self.tr("Database file: %1").replace("%1", self._db_name)
        date_line = self.tr("Printed: %1").replace("%1", date.today().isoformat())
        advice = self.tr(
            "With this key the database can be opened if the passphrase is forgotten. "
            "Keep this paper locked away, as the municipality's IT routine says."
        )
        body = (
            f"<h2>{esc(title)}</h2>"
            f"<p>{esc(file_line)}<br>{esc(date_line)}</p>"
            f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>{esc(self._key)}</p>"
            f"<p>{esc(advice)}</p>"
        )
        doc = QTextDocument()
        doc.setHtml(body)
        return doc

    def print_key(self) -> None:
        """Ask for a printer and print the key page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("sbdesk")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.document().print_(printer)
        log.info("recovery key page sent to the printer")
