"""Pieces shared by the exchange dialogs: the one-time code dialog, the code font, a list of what a file
carries, the file filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.services.exchange import ExportResult
from sbdesk.ui.clipboard import CLEAR_AFTER_MS, SensitiveCopy, copy_sensitive
from sbdesk.ui.widgets import grow_to_fit, make_default


def file_filter() -> str:
    """The file-type filter of the save and open dialogs."""
    return QCoreApplication.translate("Exchange", "sbdesk exchange file (*.sbx)")


def code_font(point_size: int = 22) -> QFont:
    """Large bold monospace, for reading a code aloud or typing it."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


def fields_box(title: str, rows: list[tuple[str, str]]) -> QGroupBox:
    """A titled list of (label, value) lines, not selectable (nothing to copy from it)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label, value in rows:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAccessibleName(label)
        form.addRow(QLabel(label + ":"), text)
    return box


class CodeDialog(QDialog):
    """The one-time code of a file just saved, in large groups, with Copy and how to pass it on."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = result.code
        self.setWindowTitle(self.tr("One-time code"))
        heading = QLabel(self.tr("Read this code aloud to %1 by phone").replace("%1", result.recipient_name))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.code_field = QLineEdit(result.code)
        self.code_field.setReadOnly(True)
        self.code_field.setFont(code_font())
        self.code_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_field.setAccessibleName(self.tr("One-time code"))
        self.code_field.setMinimumWidth(self.code_field.fontMetrics().horizontalAdvance(result.code) + 48)
        SensitiveCopy(self.code_field)  # Ctrl+C goes through the clipboard that clears itself
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the code; the clipboard is cleared after %1 seconds")
                                    .replace("%1", str(CLEAR_AFTER_MS // 1000)))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel("")
        where = QLabel(self.tr("The file %1 is saved in %2.").replace("%1", result.path.name)
                       .replace("%2", str(result.path.parent)))
        where.setWordWrap(True)
        advice = QLabel(self.tr(
            "Send the file to %1 by any channel – e-mail, a USB stick or a file transfer service. Then call the "
            "recipient and read the code aloud, group by group.\n\nNever send the code by e-mail or in writing "
            "together with the file: whoever has both can read it. The code is shown only now; sbdesk does not "
            "keep it. If it is lost, export the file again.").replace("%1", result.recipient_name))
        advice.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.code_field)
        layout.addLayout(row)
        layout.addWidget(where)
        layout.addWidget(advice)
        layout.addWidget(buttons)
        make_default(self, self.done_button)
        self.setMinimumWidth(max(self.fontMetrics().averageCharWidth() * 90, self.code_field.minimumWidth() + 40))

    def showEvent(self, event: Any) -> None:
        """Grow to fit the wrapped explanations."""
        super().showEvent(event)
        grow_to_fit(self)

    def copy(self) -> None:
        """Put the code on the clipboard for a while."""
        copy_sensitive(self._code)
        self.copied.setText(self.tr("Copied. The clipboard is cleared after %1 seconds.")
                            .replace("%1", str(CLEAR_AFTER_MS // 1000)))

    def done(self, result: int) -> None:
        """Closing forgets the code."""
        self.code_field.clear()
        self._code = ""
        super().done(result)
