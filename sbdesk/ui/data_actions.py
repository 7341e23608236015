"""Arkiv-menu actions that protect the data: back up now, restore, register extract, and the
automatic backup at the first start of each day (run off the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox

from sbdesk.errors import SbdeskError
from sbdesk.services import backups
from sbdesk.services.context import ServiceContext
from sbdesk.ui.widgets import wait_cursor

log = logging.getLogger(__name__)


class DailyBackup(QThread):
    """The start-of-day backup in a worker thread (it gets its own database connection)."""

    done = Signal(object, list, str)  # made path or None, warnings, error message ("" when fine)

    def __init__(self, ctx: ServiceContext, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today

    def run(self) -> None:
        """Make today's backup unless it exists."""
        try:
            made, warnings = backups.start_of_day_backup(self.ctx, self.today)
            self.done.emit(made, warnings, "")
        except SbdeskError as exc:
            self.done.emit(None, [], exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash
            log.exception("automatic backup failed")
            self.done.emit(None, [], type(exc).__name__)


class DataActions(QObject):
    """Backup, restore and extract for one main window."""

    def __init__(self, window: QMainWindow, ctx: ServiceContext, today: Callable[[], date] = date.today) -> None:
        super().__init__(window)
        self.window, self.ctx, self.today = window, ctx, today
        self.pending_restore: tuple[Path, str] | None = None
        self.worker: DailyBackup | None = None
        self.last_warnings: list[str] = []

    # -- backup -------------------------------------------------------------------------------

    def backup_now(self, dest: Path | None = None) -> Path | None:
        """Arkiv → Säkerhetskopiera nu…: a verified, encrypted copy where the user chooses."""
        if dest is None:
            folder = backups.backup_config(self.ctx).folder
            suggested = str(folder / f"sbdesk-kopia-{self.today():%Y-%m-%d}.db")
            chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"), suggested,
                                                    self.tr("sbdesk backup (*.db)"))
            if not chosen:
                return None
            dest = Path(chosen)
        try:
            with wait_cursor():
                result = backups.make_backup(self.ctx, dest)
        except (SbdeskError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("No backup"), getattr(exc, "message", str(exc)))
            return None
        QMessageBox.information(
            self.window, self.tr("Backup written"),
            self.tr("The backup was written and checked:\n%1\n\nKeep %2 with it: it holds the keys. The "
                    "passphrase and recovery key of today open it.").replace("%1", str(result.path))
            .replace("%2", result.path.name + ".keys"))
        return result.path

    def start_daily_backup(self, *, wait: bool = False) -> None:
        """The first start of a day makes that day's backup (in a worker thread)."""
        self.worker = DailyBackup(self.ctx, self.today(), self)
        self.worker.done.connect(self._daily_done)
        self.worker.start()
        if wait:
            self.worker.wait()

    def _daily_done(self, made: Any, warnings: list[str], error: str) -> None:
        self.last_warnings = warnings
        bar = self.window.statusBar()
        if error:
            QMessageBox.warning(self.window, self.tr("Automatic backup failed"),
                                self.tr("Today's automatic backup could not be written: %1").replace("%1", error))
        elif made is not None:
            bar.showMessage(self.tr("Today's backup was written: %1").replace("%1", Path(made).name), 10_000)
        if warnings and made is not None:  # once a day, with the day's backup; not at every start
            QMessageBox.warning(self.window, self.tr("Where the data is kept"), "\n\n".join(warnings))
        elif warnings:
            bar.showMessage(warnings[0], 15_000)

    # -- restore ------------------------------------------------------------------------------

    def restore(self, backup: Path | None = None, passphrase: str | None = None) -> bool:
        """Arkiv → Återställ från säkerhetskopia…: the database closes, the backup replaces it, and
        sbdesk asks for the passphrase again. The old file is kept beside it."""
        if backup is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"),
                                                    str(backups.backup_config(self.ctx).folder),
                                                    self.tr("sbdesk backup (*.db)"))
            if not chosen:
                return False
            backup = Path(chosen)
        answer = QMessageBox.question(
            self.window, self.tr("Restore"),
            self.tr("sbdesk closes the database and replaces it with the backup %1. Everything entered after the "
                    "backup was made is replaced; the current database is kept beside it as a file ending "
                    "in 'före-återställning'. Continue?").replace("%1", backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(self.window, self.tr("Restore"),
                                                  self.tr("The backup's passphrase (the one in use when it was made):"),
                                                  QLineEdit.EchoMode.Password)
            if not ok or not passphrase:
                return False
        self.pending_restore = (backup, passphrase)
        self.window.lock()  # type: ignore[attr-defined]  # closes the database; closeEvent calls finish_restore
        return True

    def finish_restore(self) -> None:
        """Called by the window once the database is closed."""
        if self.pending_restore is None:
            return
        backup, passphrase = self.pending_restore
        self.pending_restore = None
        try:
            with wait_cursor():
                done = backups.restore(backup, self.ctx.db.path, passphrase=passphrase, actor=self.ctx.actor)
        except (SbdeskError, OSError) as exc:  # never escape closeEvent: the window must still close
            message = exc.message if isinstance(exc, SbdeskError) else str(exc)
            QMessageBox.critical(self.window, self.tr("Not restored"),
                                 message + "\n\n" + self.tr("The database is unchanged."))
            return
        text = self.tr("The database was restored from %1. The previous one is kept as %2.").replace(
            "%1", backup.name).replace("%2", done.kept.name if done.kept else "–")
        if done.purged_again:
            text += "\n\n" + self.tr("%n case(s) purged after the backup was made were purged again.", "",
                                       done.purged_again)
        QMessageBox.information(self.window, self.tr("Restored"), text)
