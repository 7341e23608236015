"""Fixtures shared by the UI tests: the Swedish translations installed as the app installs them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from sbdesk.ui.i18n import install_translators, remove_translators


@pytest.fixture(autouse=True)
def swedish(qapp: QApplication) -> Iterator[None]:
    """sbdesk's and Qt's Swedish translations (tests that need the English sources remove them)."""
    install_translators(qapp)
    yield
    remove_translators(qapp)
