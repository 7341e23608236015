"""Load the Swedish translations: sbdesk's own and Qt's (so standard buttons read "Avbryt", "OK")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sbdesk.resources import resource_path

log = logging.getLogger(__name__)

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)

# Translators must outlive the call that installs them; keep them per application object.
_installed: dict[int, list[QTranslator]] = {}


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install Qt's and sbdesk's Swedish translations on app (once); returns the translators in use."""
    key = id(app)
    if key in _installed:
        return _installed[key]
    QLocale.setDefault(SWEDISH)
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [("qtbase_sv", qt_dir), ("sbdesk_sv", str(resource_path("translations")))]
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found; some texts stay in English", name)
    _installed[key] = translators
    return translators


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what install_translators added (for tests that need the English source strings)."""
    for translator in _installed.pop(id(app), []):
        app.removeTranslator(translator)
