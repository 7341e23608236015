"""The import wizard's mapping step: which column of the file feeds each field (guessed from the
headers, adjusted by the user), default values, and mappings saved per source for next month."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services.importing import convert
from sbdesk.services.importing.kinds import get_kind
from sbdesk.services.importing.mapping import (
    ColumnMapping,
    check_fixed_value,
    check_mapping,
    clean_name,
    delete_mapping,
    guess_mapping,
    list_mappings,
    load_mapping,
    save_mapping,
)
from sbdesk.ui.pages.options import agreement_options, landlord_options, municipality_options
from sbdesk.ui.widgets import FieldError, form_label

FIELD, COLUMN, DEFAULT, EXAMPLE = range(4)


class MappingPage(QWizardPage):
    """A table with one row per field: the file's column, a default value, and examples from the file."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.owner = wizard
        self.built_for: tuple[Any, str] | None = None
        self.columns: dict[str, QComboBox] = {}
        self.defaults: dict[str, QComboBox | QLineEdit] = {}
        self.problem_list: list[str] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("sbdesk has guessed which column holds what. Change what is wrong. A field "
                                 "marked * needs a column or a default value (used where the cell is empty)."))

        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved mapping"))
        self.saved.setMinimumContentsLength(24)
        self.saved.activated.connect(lambda _i: self.load_saved())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen saved mapping"))
        self.delete_button.clicked.connect(lambda: self.delete_saved())
        top = QHBoxLayout()
        top.addWidget(form_label(self.tr("Saved &mapping:"), self.saved))
        top.addWidget(self.saved)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        self.load_note = QLabel()
        self.load_note.setWordWrap(True)
        self.file_notes = QLabel()
        self.file_notes.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file"),
                                              self.tr("Default value"), self.tr("Example from the file")])
        self.table.setAccessibleName(self.tr("Column mapping"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.problems = FieldError(self.table)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the mapping"))
        self.name.setPlaceholderText(self.tr("e.g. the landlord or the list it comes from"))
        self.name.setMaxLength(50)
        self.name.textChanged.connect(lambda _t: self._name_changed())
        self.name_error = FieldError(self.name)
        self.save_button = QPushButton(self.tr("&Save mapping"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.saved_note = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(form_label(self.tr("Save the mapping &as:"), self.name))
        bottom.addWidget(self.name, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.saved_note)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.load_note)
        layout.addWidget(self.file_notes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        layout.addWidget(self.name_error)

    # -- building -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Rows for the chosen kind, guessed from the headers (kept when coming back to the same file)."""
        table, kind_name = self.owner.table, self.owner.kind
        if self.built_for == (id(table), kind_name):
            return
        self.built_for = (id(table), kind_name)
        kind = get_kind(kind_name)
        self.fields = {f.name: f for f in kind.fields}
        self.table.setRowCount(0)
        self.columns.clear()
        self.defaults.clear()
        self.table.setRowCount(len(kind.fields))
        for row, fld in enumerate(kind.fields):
            item = QTableWidgetItem(fld.label + (" *" if fld.required else ""))
            self.table.setItem(row, FIELD, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for %1").replace("%1", fld.label))
            combo.addItem(self.tr("(no column)"), None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.columns[fld.name] = combo
            self.table.setCellWidget(row, COLUMN, combo)
            default = self._default_widget(fld)
            default.setAccessibleName(self.tr("Default value for %1").replace("%1", fld.label))
            self.defaults[fld.name] = default
            self.table.setCellWidget(row, DEFAULT, default)
            self.table.setItem(row, EXAMPLE, QTableWidgetItem(""))
        self.table.setColumnHidden(EXAMPLE, kind_name == "cases")  # a household list may hold personal data
        metrics = self.fontMetrics()
        self.table.setColumnWidth(FIELD, max(metrics.horizontalAdvance(f.label + " *") for f in kind.fields) + 24)
        self.table.setColumnWidth(COLUMN, 210)
        self.table.setColumnWidth(DEFAULT, 230)
        self.file_notes.setText("\n".join(table.warnings))
        self.file_notes.setVisible(bool(table.warnings))
        self.load_note.hide()
        self.apply(guess_mapping(kind_name, table.headers))
        self._fill_saved()

    def _default_widget(self, fld: Any) -> QWidget:
        ctx = self.owner.ctx
        if fld.name == "landlord_id":
            options = landlord_options(ctx)
        elif fld.name == "agreement_id":
            options = agreement_options(ctx)
        elif fld.convert is convert.municipality:
            options = municipality_options(ctx)
        elif fld.choices:
            options = list(fld.choices)
        else:
            edit = QLineEdit()
            edit.textChanged.connect(lambda _t: self.refresh())
            return edit
        combo = QComboBox()
        combo.addItem("", None)
        for label, value in options:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def _fill_saved(self, select: str | None = None) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(none: guessed from the headers)"), None)
        for name in list_mappings(self.owner.ctx, self.owner.kind):
            self.saved.addItem(name, name)
        self.saved.setCurrentIndex(max(0, self.saved.findData(select)) if select else 0)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(self.saved.currentData() is not None)

    # -- the mapping ---------------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        """The mapping as the widgets show it."""
        columns = {name: combo.currentData() for name, combo in self.columns.items() if combo.currentData()}
        fixed: dict[str, Any] = {}
        for name, widget in self.defaults.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()
            if value not in (None, ""):
                fixed[name] = value
        return ColumnMapping(self.owner.kind, columns, fixed, self.saved.currentData())

    def apply(self, mapping: ColumnMapping) -> list[str]:
        """Show a mapping in the widgets; the columns it names that this file lacks."""
        missing = []
        for widgets in (self.columns, self.defaults):
            for widget in widgets.values():
                widget.blockSignals(True)
        for name, combo in self.columns.items():
            header = mapping.columns.get(name)
            index = next((i for i in range(1, combo.count())
                          if header and combo.itemData(i).casefold() == header.casefold()), 0)
            if header and not index:
                missing.append(header)
            combo.setCurrentIndex(index)
        for name, widget in self.defaults.items():
            value = mapping.fixed.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)) if value is not None else 0)
            else:
                widget.setText("" if value is None else str(value))
        for widgets in (self.columns, self.defaults):
            for widget in widgets.values():
                widget.blockSignals(False)
        self.refresh()
        return missing

    def refresh(self) -> None:
        """Examples for the chosen columns, and the problems that keep Next disabled."""
        mapping = self.mapping()
        table = self.owner.table
        problems = [e.message for e in check_mapping(mapping, table.headers)]
        for name, widget in self.defaults.items():
            if isinstance(widget, QLineEdit) and widget.text().strip():
                message = check_fixed_value(self.owner.kind, name, widget.text(), self.owner.lookups())
                widget.setAccessibleDescription(message or "")
                if message:
                    problems.append(self.tr("%1 (default value): %2").replace("%1", self.fields[name].label)
                                    .replace("%2", message))
        for row, name in enumerate(self.columns):
            header = self.columns[name].currentData()
            values = table.column_values(table.headers.index(header)) if header else []
            item = self.table.item(row, EXAMPLE)
            if item is not None:
                item.setText(" · ".join(convert.as_text(v)[:30] for v in values))
        self.problem_list = problems
        self.problems.set_message("\n".join(problems) or None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next is possible when every required field has a column or a default, and defaults are valid."""
        return not self.problem_list

    def validatePage(self) -> bool:
        """Hand the mapping to the preview."""
        self.owner.mapping = self.mapping()
        return True

    # -- saved mappings ------------------------------------------------------------------------

    def load_saved(self) -> None:
        """Show the chosen saved mapping (or the guess again)."""
        name = self.saved.currentData()
        self.delete_button.setEnabled(name is not None)
        if name is None:
            self.load_note.hide()
            self.apply(guess_mapping(self.owner.kind, self.owner.table.headers))
            return
        try:
            mapping = load_mapping(self.owner.ctx, self.owner.kind, name)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Mapping not loaded"), exc.message)
            return
        missing = self.apply(mapping)
        self.name.setText(name)
        self.load_note.setText(self.tr("The saved mapping names columns this file lacks: %1. Choose other "
                                       "columns for them.").replace("%1", ", ".join(f"”{m}”" for m in missing)))
        self.load_note.setVisible(bool(missing))

    def delete_saved(self) -> None:
        """Delete the chosen saved mapping after asking."""
        name = self.saved.currentData()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete mapping"),
                                      self.tr("Delete the saved mapping %1?").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_mapping(self.owner.ctx, self.owner.kind, name)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Mapping not deleted"), exc.message)
        self._fill_saved()

    def _name_changed(self) -> None:
        text = self.name.text()
        message = None
        if text.strip():
            try:
                clean_name(text)
            except ValidationError as exc:
                message = exc.message
        self.name_error.set_message(message)
        self.save_button.setEnabled(bool(text.strip()) and message is None)
        self.saved_note.setText("")

    def save(self) -> bool:
        """Save the mapping under the typed name (asking before replacing one with that name)."""
        name = self.name.text().strip()
        if name in list_mappings(self.owner.ctx, self.owner.kind):
            answer = QMessageBox.question(self, self.tr("Replace mapping"),
                                          self.tr("A mapping called %1 exists. Replace it?").replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            saved = save_mapping(self.owner.ctx, self.mapping(), name)
        except ValidationError as exc:
            self.name_error.set_message(exc.message)
            return False
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Mapping not saved"), exc.message)
            return False
        self._fill_saved(saved.name)
        self.load_note.hide()
        self.saved_note.setText(self.tr("Saved."))
        return True
