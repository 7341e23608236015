"""Many letters at once (e.g. all offer letters of the day), made off the GUI thread with a progress
dialog and saved into a chosen folder.

The worker thread makes its own service calls (it gets its own database connection). A batch never
asks questions: a protected case gets the reference instead of a name, and a letter whose recipient
has not consented is skipped and listed in the summary. Every saved letter is logged ('letter.save').
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from sbdesk.errors import SbdeskError
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind, letter_kind
from sbdesk.services.letters import build_letter, letter_pdf, offers_sent_on, record_output

log = logging.getLogger(__name__)
_RUNNING: set[LetterBatch] = set()  # keeps a batch alive while its thread runs, whoever started it


@dataclass(frozen=True)
class BatchJob:
    """One letter to make: its kind and the ids build_letter takes (e.g. offer_id=12)."""

    kind: LetterKind
    ids: dict[str, Any]

    def describe(self) -> str:
        """'Erbjudande om lägenhet (erbjudande 12)' – ids only, for the summary."""
        ids = ", ".join(f"{k.removesuffix('_id')} {v}" for k, v in self.ids.items() if k.endswith("_id"))
        return f"{self.kind.label} ({ids})" if ids else self.kind.label


@dataclass
class BatchResult:
    """What a batch did: the files saved and the letters skipped with a Swedish reason."""

    saved: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def free_path(folder: Path, name: str) -> Path:
    """folder/name, or name with _2, _3… before .pdf when that file exists (nothing is overwritten)."""
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{Path(name).stem}_{n}{Path(name).suffix}"
        n += 1
    return path


class BatchWorker(QThread):
    """Makes and saves the letters of a batch in a worker thread."""

    progress = Signal(int, str)  # letters handled, the last file name
    completed = Signal(object)  # BatchResult

    def __init__(self, ctx: ServiceContext, jobs: list[BatchJob], folder: Path, today: date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.jobs, self.folder, self.today = ctx, jobs, folder, today
        self.result = BatchResult()

    def run(self) -> None:
        """One letter after another until done or interrupted."""
        for done, job in enumerate(self.jobs, start=1):
            if self.isInterruptionRequested():
                self.result.cancelled = True
                break
            name = ""
            try:
                letter = build_letter(self.ctx, job.kind, today=self.today, **job.ids)
                path = free_path(self.folder, letter.file_name)
                path.write_bytes(letter_pdf(letter))
                try:
                    record_output(self.ctx, letter, "save")
                except SbdeskError:
                    path.unlink(missing_ok=True)  # a save that could not be logged is not kept
                    raise
                self.result.saved.append(path)
                name = path.name
            except SbdeskError as exc:
                self.result.skipped.append((job.describe(), exc.message))
            except OSError as exc:
                log.warning("batch letter not saved: %s", type(exc).__name__)
                self.result.skipped.append((job.describe(), exc.strerror or type(exc).__name__))
            except Exception as exc:  # noqa: BLE001 - one bad letter never stops the batch
                log.error("batch letter failed: %s", type(exc).__name__)  # no traceback: it may quote data
                self.result.skipped.append((job.describe(), type(exc).__name__))
            self.progress.emit(done, name)
        self.completed.emit(self.result)


class LetterBatch(QObject):
    """Runs a batch with a progress dialog (cancel stops after the current letter), then sums up."""

    finished = Signal(object)  # BatchResult

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, jobs: list[BatchJob], folder: Path,
                 today: date | None = None, *, summary: bool = True) -> None:
        super().__init__()  # no Qt parent: closing a page never deletes a running thread (_RUNNING keeps it)
        self.parent_widget, self.folder, self.summary = parent, folder, summary
        self.result: BatchResult | None = None
        self.worker = BatchWorker(ctx, jobs, folder, today, self)
        self.progress = QProgressDialog(self.tr("Making letters…"), self.tr("Cancel"), 0, len(jobs), parent)
        self.progress.setWindowTitle(self.tr("Letters"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.requestInterruption)
        self.worker.progress.connect(self._progressed)
        self.worker.completed.connect(self._completed)

    def start(self) -> None:
        """Show the progress dialog and start the worker."""
        _RUNNING.add(self)
        self.progress.setValue(0)
        self.progress.show()
        self.worker.start()

    def _progressed(self, done: int, name: str) -> None:
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Saved %1").replace("%1", name))

    def _completed(self, result: BatchResult) -> None:
        self.worker.wait()
        _RUNNING.discard(self)
        self.progress.close()
        self.result = result
        if self.summary:
            self.show_summary(result)
        self.finished.emit(result)

    def show_summary(self, result: BatchResult) -> None:
        """'N letters saved in <folder>' and the skipped ones with their reasons."""
        text = self.tr("%n letter(s) saved in %1.", "", len(result.saved)).replace("%1", str(self.folder))
        if result.cancelled:
            text += "\n" + self.tr("The batch was cancelled.")
        if result.skipped:
            text += "\n\n" + self.tr("Not made:") + "\n" + "\n".join(f"• {what}: {why}" for what, why in result.skipped)
        QMessageBox.information(self.parent_widget, self.tr("Letters"), text)


def choose_folder(parent: QWidget | None) -> Path | None:
    """Ask for the folder the letters go into."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("LetterBatch", "Save the letters in folder"), start)
    return Path(chosen) if chosen else None


def start_batch(parent: QWidget | None, ctx: ServiceContext, kind: LetterKind | str, ids: list[dict[str, Any]],
                folder: Path | None = None, *, today: date | None = None) -> LetterBatch | None:
    """Make one letter per ids dict (asking for the folder when none is given); None when cancelled."""
    if not ids:
        QMessageBox.information(parent, QCoreApplication.translate("LetterBatch", "Letters"),
                                QCoreApplication.translate("LetterBatch", "There are no letters to make."))
        return None
    folder = folder or choose_folder(parent)
    if folder is None:
        return None
    batch = LetterBatch(parent, ctx, [BatchJob(letter_kind(kind), dict(i)) for i in ids], folder, today)
    batch.start()
    return batch


def start_offer_letters_of_day(parent: QWidget | None, ctx: ServiceContext, day: date | None = None,
                               folder: Path | None = None) -> LetterBatch | None:
    """'Dagens erbjudandebrev': a letter for every offer sent on day (default today)."""
    day = day or date.today()
    try:
        offers = offers_sent_on(ctx, day)
    except SbdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LetterBatch", "Letters"), exc.message)
        return None
    return start_batch(parent, ctx, LetterKind.OFFER, [{"offer_id": o} for o in offers], folder, today=day)
