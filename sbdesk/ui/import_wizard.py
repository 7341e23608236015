"""Arkiv → Importera…: a wizard that brings apartments, landlords/agreements or cases in from an
Excel or CSV file — choose the file, match its columns, check every row, import in one
transaction, and save a report of what happened to each row."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.importing.commit import ImportResult, write_report
from sbdesk.services.importing.convert import Lookups
from sbdesk.services.importing.kinds import kind_choices
from sbdesk.services.importing.mapping import ColumnMapping
from sbdesk.services.importing.preview import build_lookups
from sbdesk.services.importing.readers import ImportFileError, Table, read_table
from sbdesk.ui.import_mapping_page import MappingPage
from sbdesk.ui.import_preview_page import PreviewPage, RowsModel, make_view
from sbdesk.ui.widgets import FieldError, form_label, with_error

log = logging.getLogger(__name__)

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, SUMMARY_PAGE = range(4)


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class FilePage(QWizardPage):
    """What the file holds, and which file; the file is read (and refused with a reason) on Next."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, e.g. a landlord's list of available "
                                 "apartments. Nothing is saved until you have checked every row."))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the file holds"))
        for label, name in kind_choices():
            self.kind.addItem(label, name)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        self.path.setPlaceholderText(self.tr("Choose a file with Browse…"))
        self.path.textChanged.connect(lambda _t: self._path_changed())
        self.error = FieldError(self.path)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(lambda: self.browse())
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        self.help = QLabel(self.tr(
            "The first row must hold the column headers. CSV files may separate columns with semicolons, commas "
            "or tabs and be saved as UTF-8 or Windows-1252. Dates may be written 2025-07-01 or 1/7/2025, amounts "
            "as 8 500 kr and areas with a decimal comma (54,5). A municipality is never guessed from a postcode."))
        self.help.setWordWrap(True)
        form = QFormLayout()
        form.addRow(form_label(self.tr("&What does the file hold?"), self.kind), self.kind)
        form.addRow(form_label(self.tr("&File:"), self.path), with_error(row, self.error))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addStretch(1)

    def _path_changed(self) -> None:
        self.error.set_message(None)
        self.completeChanged.emit()

    def browse(self) -> None:
        """Pick the file."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet"), _documents(),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        """A file name is given."""
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        """Read the file off the GUI thread (a large workbook takes seconds); a file that cannot be used
        stays on this page with the reason beside it."""
        reader = FileReader(Path(self.path.text().strip()).expanduser(), self)
        waiting = QEventLoop(self)
        reader.finished.connect(waiting.quit)
        progress = QProgressDialog(self.tr("Reading the file…"), "", 0, 0, self)
        progress.setCancelButton(None)  # reading cannot be interrupted; it is bounded by the file limits
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        reader.start()
        if not reader.isFinished():
            waiting.exec()
        reader.wait()
        progress.close()
        progress.deleteLater()
        if reader.error is not None:
            self.error.set_message(reader.error.message)
            return False
        assert reader.table is not None
        self.owner.table = reader.table
        self.owner.kind = self.kind.currentData()
        return True


class FileReader(QThread):
    """Reads one spreadsheet in the background; `table` or `error` afterwards."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.table: Table | None = None
        self.error: SbdeskError | None = None

    def run(self) -> None:  # noqa: D102 - QThread
        try:
            self.table = read_table(self.path)
        except ImportFileError as exc:
            self.error = exc
        except Exception:  # noqa: BLE001 - a foreign file: never crash the wizard
            log.exception("reading an import file failed")
            self.error = ImportFileError("NOT_SPREADSHEET", "Filen kunde inte läsas som ett kalkylblad.")


class SummaryPage(QWizardPage):
    """What happened to each row, with the report to save as CSV."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import finished"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.view = make_view(self.tr("Import report"))
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setToolTip(self.tr("Save what happened to each row as a CSV file"))
        self.save_button.clicked.connect(lambda: self.save_report())
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        """Counts and the report lines."""
        result = self.owner.result
        if result is None:
            return
        words = {"imported": self.tr("imported"), "updated": self.tr("updated"), "skipped": self.tr("skipped"),
                 "error": self.tr("error")}
        if result.imported or result.updated:
            self.setSubTitle(self.tr("Everything you chose was saved in one go. The log holds one entry for the "
                                     "import."))
        else:
            self.setSubTitle(self.tr("Nothing was changed: every row was skipped or had errors."))
        self.counts.setText(self.tr("Imported: %1   Updated: %2   Skipped: %3   With errors (not imported): %4")
                            .replace("%1", str(result.imported)).replace("%2", str(result.updated))
                            .replace("%3", str(result.skipped)).replace("%4", str(result.errors)))
        rows = [(str(line.row), words[line.outcome], line.reason) for line in result.lines]
        self.view.setModel(RowsModel([self.tr("Row"), self.tr("Outcome"), self.tr("Reason")], rows, parent=self.view))
        self.view.setColumnWidth(0, self.fontMetrics().horizontalAdvance("000000") + 16)
        self.view.setColumnWidth(1, max(self.fontMetrics().horizontalAdvance(w) for w in words.values()) + 24)

    def save_report(self, path: Path | None = None) -> Path | None:
        """Save the report where the user chooses (never named after the source file)."""
        result = self.owner.result
        if result is None:
            return None
        if path is None:
            suggested = str(Path(_documents()) / f"importrapport-{self.owner.today or date.today():%Y-%m-%d}.csv")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import report"), suggested,
                                                    self.tr("CSV file (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            saved = write_report(path, result)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), exc.message)
            return None
        self.saved_note.setText(self.tr("The report was saved: %1").replace("%1", str(saved)))
        return saved


class ImportWizard(QWizard):
    """Choose the file → match the columns → check the rows → import → summary and report."""

    imported = Signal(str)  # the kind, after an import that wrote something

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.table: Table | None = None
        self.kind = "apartments"
        self.mapping: ColumnMapping | None = None
        self.result: ImportResult | None = None
        self._lookups: Lookups | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.summary_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.preview_page.next_button_text())
        self.resize(1000, 700)

    def lookups(self) -> Lookups:
        """Municipality and landlord names for checking default values (read once per wizard)."""
        if self._lookups is None:
            self._lookups = build_lookups(self.ctx)
        return self._lookups

    def done(self, result: int) -> None:
        """Closing (also by auto-lock) stops a running job first; an interrupted import writes nothing."""
        self.preview_page.stop()
        super().done(result)


def run_import_wizard(ctx: ServiceContext, parent: QWidget | None = None) -> bool:
    """Arkiv → Importera…: run the wizard; True when something was imported or updated."""
    wizard = ImportWizard(ctx, parent)
    wizard.exec()
    result: Any = wizard.result
    return bool(result is not None and (result.imported or result.updated))
