"""The self-test's window checks (`sbdesk --self-test`): the Swedish translation, the main window with
every page rendered offscreen, and a letter shown through QtPdf. Called by sbdesk/selftest.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sbdesk.services.context import ServiceContext

_app: object | None = None  # kept for the life of the process: Qt must not be torn down under live widgets


def _blank(image: object) -> str | None:
    """Why a grabbed image is unusable, or None."""
    if image.isNull() or image.width() < 100 or image.height() < 100:  # type: ignore[attr-defined]
        return "ingen bild"
    small = image.scaled(24, 24)  # type: ignore[attr-defined]
    colours = {small.pixel(x, y) for x in range(24) for y in range(24)}
    return "sidan ritades tom" if len(colours) < 3 else None


def check_window(ctx: ServiceContext, folder: Path, letters: list[bytes], checks: Any, shots: str | None) -> None:
    """Translation, main window with every page rendered, a letter shown by QtPdf; closes (locks) ctx.
    `checks` is the self-test's Checks (ok/fail/note/step); `shots` a folder for page PNGs, or None."""
    import PySide6
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSettings, QSize, qVersion
    from PySide6.QtWidgets import QApplication

    global _app
    app = QApplication.instance()
    if app is None:  # kept for the life of the process: Qt must not be torn down under live widgets
        app = _app = QApplication([sys.argv[0] if sys.argv else "sbdesk"])
    from sbdesk.ui.i18n import install_translators, remove_translators

    checks.note(f"Qt {qVersion()}, PySide6 {PySide6.__version__}, plattform {app.platformName()}")

    known = {"sbdesk": ("MainWindow", "&File"), "Qt": ("QPlatformTheme", "Cancel")}  # one string from each .qm
    had_translation = QCoreApplication.translate(*known["sbdesk"]) != known["sbdesk"][1]
    with checks.step("svensk översättning"):
        install_translators(app)
        for whose, (context, source) in known.items():
            text = QCoreApplication.translate(context, source)
            if text and text != source:
                checks.ok(f"{whose}s svenska översättning laddad (”{source}” → ”{text}”)")
            else:
                checks.fail(f"{whose}s svenska översättning: ”{source}” är inte översatt")
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")  # errors raised in Qt slots
    window = None
    try:
        with checks.step("huvudfönstret"):
            from sbdesk.ui.main_window import MainWindow
            from sbdesk.ui.pages import page_factories

            expected = [key for key, _ in page_factories()]
            window = MainWindow(ctx, QSettings(str(folder / "fönster.ini"), QSettings.Format.IniFormat))
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            if window.page_keys != expected or errors:
                checks.fail(f"huvudfönstret: sidorna {window.page_keys} i stället för {expected} {errors[:1]}")
            else:
                checks.ok(f"huvudfönstret öppnat med {len(expected)} sidor")
            for key in window.page_keys:
                with checks.step(f"sidan {key}"):
                    errors.clear()
                    page = window.show_page(key)
                    for _ in range(3):
                        app.processEvents()
                    title = getattr(page, "nav_title", key)
                    image = window.grab().toImage()
                    if shots:  # fictional data only, so the pictures may be looked at or sent to support
                        image.save(str(Path(shots) / f"{key}.png"))
                    problem = errors[0] if errors else _blank(image)
                    if problem:
                        checks.fail(f"sidan {title} ({key}): {problem}")
                    else:
                        checks.ok(f"sidan {title} ({key}) visad och ritad")
        if letters:
            with checks.step("brev i QtPdf"):
                from PySide6.QtPdf import QPdfDocument

                data = QByteArray(letters[0])
                buffer = QBuffer(data)
                buffer.open(QBuffer.OpenModeFlag.ReadOnly)
                document = QPdfDocument()
                document.load(buffer)
                image = document.render(0, QSize(595, 842))
                if document.status() != QPdfDocument.Status.Ready or _blank(image):
                    checks.fail(f"brev i QtPdf: {document.status().name}, {document.pageCount()} sidor")
                else:
                    pages = document.pageCount()
                    checks.ok(f"brev visat med QtPdf ({pages} {'sida' if pages == 1 else 'sidor'})")
                document.close()
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.close()  # locks the database (closes ctx.db)
            window.deleteLater()
            app.processEvents()
        if not had_translation:
            remove_translators(app)
