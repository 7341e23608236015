"""The import wizard's preview step: rows checked off the GUI thread (with progress) and shown as
valid, errors and duplicates; the user's choices; the import itself, also off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services.importing.commit import ImportChoices, commit_import
from sbdesk.services.importing.preview import Preview, build_preview
from sbdesk.ui.badges import BadgeDelegate, badge_colour

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class _Cancelled(Exception):
    """Raised from the progress callback when the user stopped the job."""


class ImportWorker(QThread):
    """Runs one preview or import job in a worker thread (it gets its own database connection)."""

    progressed = Signal(int, int)  # rows done, rows in all
    succeeded = Signal(object)
    failed = Signal(str)  # Swedish message; "" when the user cancelled

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def _progress(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():
            raise _Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        """Run the job; report its result or a Swedish message (never a traceback: it may quote data)."""
        try:
            result = self.job(self._progress)
        except _Cancelled:
            self.failed.emit("")
        except ValidationError as exc:
            self.failed.emit("\n".join(e.message for e in exc.errors))
        except SbdeskError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            log.error("import job failed: %s", type(exc).__name__)
            self.failed.emit(self.tr("Something unexpected went wrong (%1). Nothing was saved.")
                             .replace("%1", type(exc).__name__))
        else:
            self.succeeded.emit(result)


class RowsModel(QAbstractTableModel):
    """A read-only table of plain text rows; an optional column shows protection levels as badges."""

    def __init__(self, headers: list[str], rows: list[tuple[str, ...]], badges: list[str | None] | None = None,
                 badge_column: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers, self.rows = headers, rows
        self.badges, self.badge_column = badges or [], badge_column

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Columns shown."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips for long cells, and the badge colour of a protected case."""
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 40 and index.column() != self.badge_column:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.badge_column and self.badges:
            colour = badge_colour(self.badges[index.row()])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def make_view(name: str) -> QTableView:
    """A read-only, row-selecting table view with stretching last column."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class PreviewPage(QWizardPage):
    """Check the rows: three lists and the choices; Next (“Importera”) writes in one transaction."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.owner = wizard
        self.preview: Preview | None = None
        self.worker: ImportWorker | None = None
        self.committing = False
        self.committed = False
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Look through the lists, choose what to do, then "
                                 "press Import."))
        self.setCommitPage(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.tabs = QTabWidget()
        self.views = {key: make_view(name) for key, name in (
            ("valid", self.tr("Valid rows")), ("errors", self.tr("Rows with errors")),
            ("duplicates", self.tr("Duplicates")))}
        for view in self.views.values():
            self.tabs.addTab(view, "")
        self.choices = QGroupBox(self.tr("What to do"))
        self.import_valid = QCheckBox()
        self.skip_duplicates = QRadioButton()
        self.update_duplicates = QRadioButton()
        self.skip_duplicates.setChecked(True)
        self.error_note = QLabel(self.tr("Rows with errors are never imported: correct them in the file and import "
                                         "it again, or leave them out."))
        self.error_note.setWordWrap(True)
        self.match_rule = QLabel()
        self.match_rule.setWordWrap(True)
        box = QVBoxLayout(self.choices)
        for widget in (self.import_valid, self.skip_duplicates, self.update_duplicates, self.error_note,
                       self.match_rule):
            box.addWidget(widget)
        for button in (self.import_valid, self.skip_duplicates, self.update_duplicates):
            button.toggled.connect(lambda _on: self.completeChanged.emit())
        self.filler = QWidget()  # keeps the progress at the top while the lists are hidden
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.status, self.counts, self.warnings):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.choices)
        layout.addWidget(self.filler, 1)

    # -- running the preview ------------------------------------------------------------------

    def initializePage(self) -> None:
        """Start checking the rows in a worker thread."""
        self.preview, self.committed, self.committing = None, False, False
        self._show_results(False)
        self.status.setText(self.tr("Checking %n rows…", "", len(self.owner.table.rows)))
        table, mapping, ctx, today = self.owner.table, self.owner.mapping, self.owner.ctx, self.owner.today
        self._start(lambda progress: build_preview(ctx, table, mapping, today=today, progress=progress),
                    self._preview_done)

    def _start(self, job: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self.progress.setRange(0, max(1, len(self.owner.table.rows)))
        self.progress.setValue(0)
        self.progress.show()
        self.status.show()
        self.worker = ImportWorker(job, self)
        self.worker.progressed.connect(lambda n, total: self.progress.setValue(min(n, total)))
        self.worker.succeeded.connect(done)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self.completeChanged.emit)
        self.worker.start()
        self.completeChanged.emit()

    def running(self) -> bool:
        """True while a preview or import job runs."""
        return self.worker is not None and self.worker.isRunning()

    def stop(self) -> None:
        """Interrupt a running job and wait for it (an interrupted import writes nothing)."""
        if self.worker is not None:
            self.worker.requestInterruption()
            self.worker.wait()

    def cleanupPage(self) -> None:
        """Back: stop checking."""
        self.stop()
        super().cleanupPage()

    def _failed(self, message: str) -> None:
        self.committing = False
        self.progress.hide()
        self.status.setText(message or self.tr("Stopped. Nothing was saved."))
        if message and self.preview is not None:
            QMessageBox.warning(self, self.tr("Not imported"), message)

    def _preview_done(self, preview: Preview) -> None:
        self.preview = preview
        self.progress.hide()
        self.status.setText("")
        self.status.hide()
        self._fill(preview)
        self._show_results(True)
        self.completeChanged.emit()

    def _show_results(self, shown: bool) -> None:
        for widget in (self.counts, self.tabs, self.choices):
            widget.setVisible(shown)
        self.filler.setVisible(not shown)
        self.warnings.setVisible(shown and bool(self.warnings.text()))

    def _fill(self, p: Preview) -> None:
        self.counts.setText(self.tr("%1: %2 rows. Valid: %3 · With errors: %4 · Duplicates of existing records: %5")
                            .replace("%1", p.source_name).replace("%2", str(p.total))
                            .replace("%3", str(len(p.valid))).replace("%4", str(len(p.errors)))
                            .replace("%5", str(len(p.duplicates))))
        self.warnings.setText("\n".join(p.warnings))
        row = self.tr("Row")
        badge = p.summary_headers.index("Skyddade personuppgifter") + 1 if p.kind == "cases" else None
        valid_rows = [(str(r.row), *r.summary, r.note) for r in p.valid]
        self._set_model("valid", [row, *p.summary_headers, self.tr("Note")], valid_rows,
                        [r.protection for r in p.valid], badge)
        default = self.tr("%1 (default value)")
        error_rows = [(str(i.row), default.replace("%1", i.column) if i.place == "default" else i.column, i.text)
                      for r in p.errors for i in r.issues]
        self._set_model("errors", [row, self.tr("Column"), self.tr("Problem")], error_rows)
        nothing = self.tr("No changes")
        dup_rows = [(str(r.row), *r.summary, "; ".join(r.changes) or nothing) for r in p.duplicates]
        self._set_model("duplicates", [row, *p.summary_headers, self.tr("Changes on update")], dup_rows,
                        [r.protection for r in p.duplicates], badge)
        for i, (text, count) in enumerate(((self.tr("&Valid (%1)"), len(p.valid)),
                                            (self.tr("&Errors (%1)"), len(p.errors)),
                                            (self.tr("&Duplicates (%1)"), len(p.duplicates)))):
            self.tabs.setTabText(i, text.replace("%1", str(count)))
        self.tabs.setCurrentIndex(1 if p.errors else 0)
        changed = sum(1 for r in p.duplicates if r.changes)
        self.import_valid.setText(self.tr("Import the %n valid rows", "", len(p.valid)))
        self.import_valid.setChecked(bool(p.valid))
        self.import_valid.setEnabled(bool(p.valid))
        self.skip_duplicates.setText(self.tr("Skip the %n duplicates", "", len(p.duplicates)))
        self.update_duplicates.setText(self.tr("Update the existing records from the file (%n with changes)", "",
                                               changed))
        self.skip_duplicates.setChecked(True)
        for button in (self.skip_duplicates, self.update_duplicates):
            button.setVisible(bool(p.duplicates))
        self.error_note.setVisible(bool(p.errors))
        self.match_rule.setText(self.tr("Duplicates are recognised by: %1").replace("%1", p.match_rule))

    def _set_model(self, key: str, headers: list[str], rows: list[tuple[str, ...]],
                   badges: list[str | None] | None = None, badge_column: int | None = None) -> None:
        view = self.views[key]
        view.setModel(RowsModel(headers, rows, badges, badge_column, view))
        if badge_column is not None:
            view.setItemDelegateForColumn(badge_column, BadgeDelegate(view))
        metrics = view.fontMetrics()
        view.setColumnWidth(0, metrics.horizontalAdvance("000000") + 16)
        for column in range(1, len(headers) - 1):
            sample = [r[column] for r in rows[:200]] + [headers[column]]
            view.setColumnWidth(column, min(280, max(metrics.horizontalAdvance(s) for s in sample) + 24))

    # -- choices and the import ----------------------------------------------------------------

    def choices_made(self) -> ImportChoices:
        """The user's choices."""
        return ImportChoices(self.import_valid.isChecked(), self.update_duplicates.isChecked())

    def _work(self) -> int:
        p = self.preview
        if p is None:
            return 0
        choices = self.choices_made()
        return (len(p.valid) if choices.import_valid else 0) + (
            sum(1 for r in p.duplicates if r.changes) if choices.update_duplicates else 0)

    def isComplete(self) -> bool:
        """Import is possible when the check is done, nothing runs, and the choices write something."""
        return self.preview is not None and not self.running() and (self.committed or self._work() > 0)

    def validatePage(self) -> bool:
        """Import (in a worker); the wizard moves on when the transaction has committed."""
        if self.committed:
            return True
        if self.running() or self.preview is None:
            return False
        if self.preview.errors:
            answer = QMessageBox.question(
                self, self.tr("Rows with errors"),
                self.tr("%1 rows have errors and will not be imported. Import the rest?")
                .replace("%1", str(len(self.preview.errors))))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        table, mapping, ctx, today = self.owner.table, self.owner.mapping, self.owner.ctx, self.owner.today
        choices = self.choices_made()
        self.committing = True
        self.status.setText(self.tr("Importing… (all or nothing: stopping now saves nothing)"))
        self._start(lambda progress: commit_import(ctx, table, mapping, choices, today=today, progress=progress),
                    self._import_done)
        return False

    def _import_done(self, result: Any) -> None:
        self.committing, self.committed = False, True
        self.owner.result = result
        self.progress.hide()
        self.status.setText("")
        if result.imported or result.updated:
            self.owner.imported.emit(self.owner.mapping.kind)
        self.owner.next()

    def next_button_text(self) -> str:
        """The commit button's text."""
        return self.tr("&Import")

