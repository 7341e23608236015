"""Registerutdrag (GDPR art. 15) and rättelse (art. 16) for one person, chosen by personnummer or name."""

from __future__ import annotations

from typing import Any

import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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
)

from sbdesk.documents.extract import write_extract_pdf
from sbdesk.domain.enums import MemberRole, ProtectionLevel
from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services.cases import IDENTITY_FIELDS
from sbdesk.services.context import ServiceContext
from sbdesk.services.extract import PersonRef, correct_person, extract_json, find_people, person_extract
from sbdesk.services.forms import check_field
from sbdesk.services.settings import get_setting
from sbdesk.ui.badges import BadgeDelegate, badge_colour, badge_text
from sbdesk.ui.widgets import FieldError, form_label, wait_cursor, with_error

log = logging.getLogger(__name__)

MIN_SEARCH = 3
SEARCH_DELAY_MS = 200


def suggested_file_name(reference: str) -> str:
    """'registerutdrag-<case reference>.pdf': the case reference only, never a person's name."""
    return f"registerutdrag-{re.sub(r'[^0-9A-Za-z-]+', '-', reference).strip('-')}.pdf"


class ExtractDialog(QDialog):
    """Find a person, then make their register extract (PDF + JSON) or correct one identity field."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matches: list[PersonRef] = []
        self._levels: dict[int, ProtectionLevel] = {}
        self.setWindowTitle(self.tr("Register extract and correction"))
        self.fields = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                       "personal_number": self.tr("Personal identity number"), "phone": self.tr("Phone"),
                       "email": self.tr("E-mail"), "address": self.tr("Address")}

        intro = QLabel(self.tr(
            "Make a register extract of everything sbdesk holds about one person (article 15 of the GDPR), or "
            "correct a detail that is wrong (article 16). Both are written to the log."
        ))
        intro.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Personal identity number or name, at least 3 characters"))
        self.search.setAccessibleName(self.tr("Find person"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search_note = QLabel(self.tr("Type at least 3 characters."))

        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Role"), self.tr("Born"),
                                                self.tr("Protection")])
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().setVisible(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        self.results.setColumnWidth(0, metrics.horizontalAdvance("SB-0000-00000") + 24)
        self.results.setColumnWidth(1, max(metrics.horizontalAdvance(r.label) for r in MemberRole) + 32)
        self.results.setColumnWidth(2, metrics.horizontalAdvance("0000") + 32)
        self.results.setItemDelegateForColumn(3, BadgeDelegate(self.results))
        self.results.setMinimumHeight(self.fontMetrics().height() * 7)
        self.results.itemSelectionChanged.connect(self._chosen_changed)

        # -- the extract ------------------------------------------------------------------------
        self.extract_box = QGroupBox(self.tr("Register extract (article 15)"))
        self.extract_reason = QLineEdit()
        example = self.tr("e.g. Request received %1").replace("%1", date.today().isoformat())
        self.extract_reason.setPlaceholderText(example)
        self.extract_reason.setAccessibleName(self.tr("Reason for the extract"))
        self.extract_reason_error = FieldError(self.extract_reason)
        self.extract_reason.textChanged.connect(lambda _t: self._touch("extract_reason"))
        self.extract_button = QPushButton(self.tr("&Make extract…"))
        self.extract_button.setToolTip(self.tr("Save the extract as a PDF and a JSON file beside it"))
        self.extract_button.clicked.connect(lambda: self.make_extract())
        extract_form = QFormLayout(self.extract_box)
        extract_form.addRow(form_label(self.tr("Rea&son *:"), self.extract_reason),
                            with_error(self.extract_reason, self.extract_reason_error))
        extract_form.addRow("", self._left(self.extract_button))

        # -- the correction ---------------------------------------------------------------------
        self.correct_box = QGroupBox(self.tr("Correct a detail (article 16)"))
        self.field_choice = QComboBox()
        self.field_choice.setAccessibleName(self.tr("Detail to correct"))
        for name, label in self.fields.items():
            self.field_choice.addItem(label, name)
        self.field_choice.currentIndexChanged.connect(lambda _i: self._field_changed())
        self.new_value = QLineEdit()
        self.new_value.setAccessibleName(self.tr("New value"))
        self.new_value_error = FieldError(self.new_value)
        self.new_value.textChanged.connect(lambda _t: self._touch("value"))
        self.correct_reason = QLineEdit()
        self.correct_reason.setPlaceholderText(self.tr("e.g. New name according to the Tax Agency"))
        self.correct_reason.setAccessibleName(self.tr("Reason for the correction"))
        self.correct_reason_error = FieldError(self.correct_reason)
        self.correct_reason.textChanged.connect(lambda _t: self._touch("reason"))
        self.correct_button = QPushButton(self.tr("&Correct detail…"))
        self.correct_button.setToolTip(self.tr("Save the new value; the old one is kept in the log"))
        self.correct_button.clicked.connect(lambda: self.correct())
        correct_form = QFormLayout(self.correct_box)
        correct_form.addRow(form_label(self.tr("&Detail:"), self.field_choice), self.field_choice)
        correct_form.addRow(form_label(self.tr("&New value:"), self.new_value),
                            with_error(self.new_value, self.new_value_error))
        correct_form.addRow(form_label(self.tr("R&eason *:"), self.correct_reason),
                            with_error(self.correct_reason, self.correct_reason_error))
        correct_form.addRow("", self._left(self.correct_button))
        self._touched: set[str] = set()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        search_form = QFormLayout()
        search_form.addRow(form_label(self.tr("&Find person:"), self.search),
                           with_error(self.search, self.search_note))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_form)
        layout.addWidget(self.results, 1)
        sections = QHBoxLayout()
        sections.addWidget(self.extract_box, 1)
        sections.addWidget(self.correct_box, 1)
        layout.addLayout(sections)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never makes an extract or a correction
            button.setDefault(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 125)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh()

    @staticmethod
    def _left(widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        return box

    # -- finding the person -------------------------------------------------------------------

    def run_search(self) -> None:
        """List the people matching the search text (nothing below 3 characters)."""
        self._timer.stop()
        text = self.search.text().strip()
        try:
            self.matches = find_people(self.ctx, text) if len(text) >= MIN_SEARCH else []
            self._levels = {ref.case_id: ref.protection_level for ref in self.matches}
        except SbdeskError as exc:
            self.matches, self._levels = [], {}
            self.search_note.setText(exc.message)
        else:
            if len(text) < MIN_SEARCH:
                self.search_note.setText(self.tr("Type at least 3 characters."))
            else:
                found = self.tr("%n person(s) found", "", len(self.matches))
                if len(self.matches) > 1:
                    found += " – " + self.tr("choose one in the list.")
                self.search_note.setText(found)
        self.results.setRowCount(len(self.matches))
        for row, ref in enumerate(self.matches):
            level = self._levels.get(ref.case_id, ProtectionLevel.NONE)
            badge = QTableWidgetItem(badge_text(level))
            if (colour := badge_colour(level)) is not None:
                badge.setBackground(QBrush(QColor(colour)))
            born = QTableWidgetItem("" if ref.birth_year is None else str(ref.birth_year))
            for column, item in enumerate((QTableWidgetItem(ref.case_reference),
                                           QTableWidgetItem(self.role_label(ref.role)), born, badge)):
                self.results.setItem(row, column, item)
        self.results.clearSelection()
        if len(self.matches) == 1:
            self.results.selectRow(0)
        self._refresh()

    @staticmethod
    def role_label(role: str) -> str:
        """The role's Swedish label (the service gives its value)."""
        try:
            return MemberRole(role).label
        except ValueError:
            return role

    def match_text(self, ref: PersonRef) -> str:
        """'case reference – role, born year', as the list shows a match."""
        born = "" if ref.birth_year is None else ", " + self.tr("born %1").replace("%1", str(ref.birth_year))
        return f"{ref.case_reference} – {self.role_label(ref.role)}{born}"

    def chosen(self) -> PersonRef | None:
        """The person chosen in the list."""
        rows = self.results.selectionModel().selectedRows()
        return self.matches[rows[0].row()] if rows and rows[0].row() < len(self.matches) else None

    def _chosen_changed(self) -> None:
        ref = self.chosen()
        suffix = f": {self.match_text(ref)}" if ref else ""
        self.extract_box.setTitle(self.tr("Register extract (article 15)") + suffix)
        self.correct_box.setTitle(self.tr("Correct a detail (article 16)") + suffix)
        self._refresh()

    # -- validation ---------------------------------------------------------------------------

    def field_name(self) -> str:
        """The identity field chosen for correction."""
        return str(self.field_choice.currentData())

    def value_problem(self) -> str | None:
        """The Swedish message for the new value, or None when it may be saved."""
        return check_field(IDENTITY_FIELDS, self.field_name(), self.new_value.text())

    def reason_problem(self, line: QLineEdit) -> str | None:
        """A message when a mandatory reason is empty."""
        return None if line.text().strip() else self.tr("Give a reason; it is written to the log.")

    def _field_changed(self) -> None:
        self.new_value.setPlaceholderText(self.tr("YYYYMMDD-NNNN") if self.field_name() == "personal_number" else "")
        self._refresh()

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._refresh()

    def _refresh(self) -> None:
        person = self.chosen() is not None
        self.extract_box.setEnabled(person)
        self.correct_box.setEnabled(person)
        extract_reason = self.reason_problem(self.extract_reason)
        self.extract_reason_error.set_message(extract_reason if "extract_reason" in self._touched else None)
        self.extract_button.setEnabled(person and extract_reason is None)
        value, reason = self.value_problem(), self.reason_problem(self.correct_reason)
        self.new_value_error.set_message(value if "value" in self._touched else None)
        self.correct_reason_error.set_message(reason if "reason" in self._touched else None)
        self.correct_button.setEnabled(person and value is None and reason is None and "value" in self._touched)

    # -- actions ------------------------------------------------------------------------------

    def make_extract(self, path: Path | None = None) -> Path | None:
        """Ask where to save, then write the extract as PDF and JSON (audit-logged); the PDF's path."""
        ref = self.chosen()
        reason = self.extract_reason.text().strip()
        if ref is None or not reason:
            self.extract_reason_error.set_message(self.reason_problem(self.extract_reason))
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = str(Path(folder) / suggested_file_name(ref.case_reference))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register extract"), suggested,
                                                    self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        json_path = path.with_suffix(".json")
        municipality = str(get_setting(self.ctx, "municipality.official_name") or "")
        try:
            def deliver(data: dict[str, Any]) -> None:
                protected = data["ärende"]["skyddade_personuppgifter"] != ProtectionLevel.NONE.label
                write_extract_pdf(data, path, municipality=municipality, protected=protected)
                json_path.write_text(extract_json(data), encoding="utf-8")

            with wait_cursor():  # logged only once both files are written
                person_extract(self.ctx, ref.person_id, reason, deliver=deliver)
        except (SbdeskError, OSError) as exc:
            log.warning("register extract not written: %s", type(exc).__name__)
            for leftover in (path, json_path):
                leftover.unlink(missing_ok=True)
            message = exc.message if isinstance(exc, SbdeskError) else str(exc)
            QMessageBox.warning(self, self.tr("Extract not saved"), message)
            return None
        QMessageBox.information(self, self.tr("Extract saved"), self.tr(
            "The register extract was saved as %1 and %2 in %3. It holds personal data: hand it over securely."
        ).replace("%1", path.name).replace("%2", json_path.name).replace("%3", str(path.parent)))
        self.extract_reason.blockSignals(True)
        self.extract_reason.clear()
        self.extract_reason.blockSignals(False)
        self._touched.discard("extract_reason")
        self._refresh()
        return path

    def correct(self) -> bool:
        """Ask, then correct the chosen field (the old value stays in the log); True when saved."""
        ref = self.chosen()
        self._touched.update({"value", "reason"})
        self._refresh()
        if ref is None or self.value_problem() or self.reason_problem(self.correct_reason):
            return False
        label = self.field_choice.currentText()
        question = (self.tr("Remove %1 for %2?") if not self.new_value.text().strip()
                    else self.tr("Correct %1 for %2?")).replace("%1", label.lower()).replace("%2", self.match_text(ref))
        answer = QMessageBox.question(
            self, self.tr("Correct a detail"), question + "\n\n" + self.tr("The old value is kept in the log."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            correct_person(self.ctx, ref.person_id, self.field_name(), self.new_value.text(),
                           self.correct_reason.text())
        except ValidationError as exc:
            errors = exc.by_field()
            self.new_value_error.set_message(errors.pop(self.field_name(), None))
            self.correct_reason_error.set_message(errors.pop("reason", None))
            if errors:
                QMessageBox.warning(self, self.tr("Not corrected"), "\n".join(errors.values()))
            return False
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not corrected"), exc.message)
            return False
        QMessageBox.information(self, self.tr("Corrected"),
                                self.tr("Corrected: %1. The old value is kept in the log.").replace("%1", label))
        self._clear_correction()
        return True

    def _clear_correction(self) -> None:
        for line in (self.new_value, self.correct_reason):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self._touched -= {"value", "reason"}
        self._refresh()

    def has_unsaved_correction(self) -> bool:
        """True when a correction is typed but not saved."""
        return bool(self.new_value.text().strip() or self.correct_reason.text().strip())

    def reject(self) -> None:
        """Esc / Close: ask before throwing away a correction that is typed but not saved."""
        if self.has_unsaved_correction():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The correction you typed is not saved. Close anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._clear_correction()
        self.search.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The window's close button behaves like Close (with the same question)."""
        event.ignore()
        self.reject()
