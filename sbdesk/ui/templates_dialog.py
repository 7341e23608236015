"""Brevmallar: edit the wording of the three letter kinds, with their merge fields listed and
insertable, the template checked as it is typed, reset to the Swedish default, and save (logged)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services import letter_templates as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind
from sbdesk.ui.widgets import FieldError, ask_save_changes


class TemplatesDialog(QDialog):
    """The letter templates of the municipality: a list of kinds, the editor and its merge fields."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = list(LetterKind)
        self.current: LetterKind | None = None
        self._saved_text = ""
        self.setWindowTitle(self.tr("Letter templates"))

        self.kind_list = QListWidget()
        self.kind_list.setAccessibleName(self.tr("Letter kinds"))
        for kind in self.kinds:
            self.kind_list.addItem(kind.label)
        self.kind_list.setMaximumWidth(self.fontMetrics().horizontalAdvance("Förfrågan om mottagande") + 40)
        self.kind_list.currentRowChanged.connect(self._kind_chosen)

        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Template text"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._text_changed)
        self.error = FieldError(self.editor)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        help_text = QLabel(self.tr("# heading · - bullet · blank line: new paragraph · % comment (not printed) · "
                                   "{field}: merge field. A line whose merge fields are all empty is left out."))
        help_text.setWordWrap(True)

        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([self.tr("Merge field"), self.tr("Description")])
        self.fields.setAccessibleName(self.tr("Merge fields"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setWordWrap(True)
        self.fields.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.fields.doubleClicked.connect(lambda _i: self.insert_field())
        self.fields.activated.connect(lambda _i: self.insert_field())
        self.insert_button = QPushButton(self.tr("&Insert field"))
        self.insert_button.setToolTip(self.tr("Insert the selected merge field at the cursor (or double-click it)"))
        self.insert_button.clicked.connect(lambda: self.insert_field())

        self.reset_button = QPushButton(self.tr("&Reset to default…"))
        self.reset_button.setToolTip(self.tr("Replace the municipality's text with sbdesk's Swedish default"))
        self.reset_button.clicked.connect(lambda: self.reset())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(lambda: self.save())
        for button in (self.insert_button, self.reset_button, self.save_button):
            button.setAutoDefault(False)

        middle = QVBoxLayout()
        middle.addWidget(self.state)
        middle.addWidget(self.editor, 1)
        middle.addWidget(self.error)
        middle.addWidget(help_text)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Merge fields of this letter:")))
        right.addWidget(self.fields, 1)
        right.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addWidget(self.kind_list)
        body.addLayout(middle, 3)
        body.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.resize(self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().height() * 40)
        self.kind_list.setCurrentRow(0)

    # -- loading and switching ----------------------------------------------------------------

    def load(self, kind: LetterKind) -> None:
        """Show one kind's template and merge fields."""
        info = service.get_template(self.ctx, kind)
        self.current = kind
        self._saved_text = info.text
        self.editor.blockSignals(True)
        self.editor.setPlainText(info.text)
        self.editor.blockSignals(False)
        self._show_state(info.is_default)
        fields = service.merge_fields(kind)
        self.fields.setRowCount(len(fields))
        for row, field in enumerate(fields):
            name = QTableWidgetItem(field.placeholder)
            name.setData(Qt.ItemDataRole.UserRole, field.placeholder)
            self.fields.setItem(row, 0, name)
            self.fields.setItem(row, 1, QTableWidgetItem(field.description))
        self.fields.resizeRowsToContents()
        self._text_changed()

    def _show_state(self, is_default: bool) -> None:
        self.state.setText(self.tr("Sbdesk's default text") if is_default else self.tr("The municipality's own text"))

    def _kind_chosen(self, row: int) -> None:
        if row < 0 or (self.current is not None and self.kinds[row] is self.current):
            return
        if not self._leave_current():
            self.kind_list.blockSignals(True)
            self.kind_list.setCurrentRow(self.kinds.index(self.current) if self.current else 0)
            self.kind_list.blockSignals(False)
            return
        self.load(self.kinds[row])

    def _leave_current(self) -> bool:
        """Ask about unsaved changes: True when the editor may show something else."""
        if not self.is_dirty():
            return True
        answer = ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- editing ------------------------------------------------------------------------------

    def text(self) -> str:
        """The template as typed."""
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        """True when the text differs from what is stored."""
        return self.current is not None and self.text() != self._saved_text

    def problem(self) -> str | None:
        """The Swedish message(s) for the text as typed, or None when it can be saved."""
        return None if self.current is None else service.check_template(self.current, self.text())

    def _text_changed(self) -> None:
        problem = self.problem()
        self.error.set_message(problem)
        self.save_button.setEnabled(problem is None and self.is_dirty())

    def insert_field(self) -> None:
        """Insert the selected merge field at the cursor."""
        rows = self.fields.selectionModel().selectedRows()
        if not rows:
            return
        item = self.fields.item(rows[0].row(), 0)
        self.editor.insertPlainText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the text as the municipality's template (refused while it has problems)."""
        if self.current is None:
            return False
        if not self.is_dirty():
            return True
        try:
            service.set_template(self.ctx, self.current, self.text())
        except ValidationError as exc:
            self.error.set_message("\n".join(e.message for e in exc.errors))
            return False
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return False
        self._saved_text = self.text()
        self._show_state(False)
        self._text_changed()
        return True

    def reset(self) -> bool:
        """After a question, go back to the default text (the municipality's copy is removed)."""
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Reset to default"),
            self.tr("Replace the text of '%1' with sbdesk's default? The municipality's own text is removed.")
            .replace("%1", self.current.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            service.reset_template(self.ctx, self.current)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not reset"), exc.message)
            return False
        self.load(self.current)
        return True

    def reject(self) -> None:
        """Close: ask about unsaved changes first."""
        if self._leave_current():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        """The window's close button behaves like Close."""
        event.ignore()
        self.reject()

    def select_kind(self, kind: Any) -> None:
        """Show one kind (as if chosen in the list)."""
        self.kind_list.setCurrentRow(self.kinds.index(service.letter_kind(kind)))


def open_templates(parent: QWidget | None, ctx: ServiceContext) -> None:
    """Arkiv → Brevmallar…: the template editor (modal)."""
    dialog = TemplatesDialog(ctx, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
