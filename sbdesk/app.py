"""The GUI entry point: `sbdesk-gui [DATABASE]` starts Qt, asks for the passphrase and opens the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sbdesk import paths
from sbdesk.logsetup import configure_logging
from sbdesk.resources import resource_path
from sbdesk.ui.i18n import install_translators
from sbdesk.ui.main_window import MainWindow
from sbdesk.ui.start_flow import open_database

log = logging.getLogger(__name__)

USAGE = "usage: sbdesk-gui [DATABASE]"


def _application(argv: list[str]) -> QApplication:
    """The running QApplication, created (and set up once) if there is none yet."""
    # High DPI: Qt 6 scales per monitor with fractional factors (PassThrough) by default; keep it so.
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("sbdesk")
    app.setOrganizationName("sbdesk")
    app.setApplicationDisplayName("sbdesk")
    app.setDesktopFileName("sbdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "sbdesk.svg"))))
    install_translators(app)
    return app


def _configure_logging() -> None:
    """The support log file (no personal data), plus warnings on stderr when there is one."""
    try:
        configure_logging(console=sys.stderr is not None)
    except OSError:  # an unwritable log folder must not stop the program
        logging.basicConfig(level=logging.WARNING)


def run_gui(db_path: Path | None = None) -> int:
    """Open (or create) the database at db_path and run the window until the user quits; the exit code."""
    _configure_logging()
    app = _application(sys.argv)
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go between lock and unlock
    path = Path(db_path) if db_path is not None else paths.default_database_path()
    settings = QSettings()
    allow_keyring = True
    while True:
        outcome = open_database(path, settings, allow_keyring=allow_keyring)
        if outcome.ctx is None:
            return outcome.exit_code
        window = MainWindow(outcome.ctx, settings, daily_backup=True)
        window.closed.connect(app.quit)
        window.show()
        app.exec()
        locked = window.locked
        window.deleteLater()
        if not locked:
            return 0
        allow_keyring = False  # after Lock the passphrase is asked for, even with keyring unlock on


def main() -> int:
    """Entry point of the `sbdesk-gui` gui-script: one optional argument, the database file."""
    app = _application(sys.argv)
    args = app.arguments()[1:]  # Qt has already taken its own options (-platform, -style, …)
    if args[:1] in (["-h"], ["--help"]) or len(args) > 1:
        print(USAGE)  # silently nothing when a Windows gui-script has no console
        return 0 if len(args) == 1 else 2
    return run_gui(Path(args[0]).expanduser() if args else None)


if __name__ == "__main__":
    sys.exit(main())
