"""The application log (for support) holds no personal data after a whole session on demo data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sbdesk.errors import SbdeskError
from sbdesk.logsetup import configure_logging, redact
from sbdesk.services.backups import make_backup
from sbdesk.services.cases import add_member, list_cases, open_case, reveal_identity
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import FIRST, LAST, STREETS, fill_demo


def test_redact_masks_identifiers() -> None:
    text = redact("pnr 19121212-1212 och 121212-1212, 198501011234, mejl anna.a@kommun.se, tel 070-123 45 67")
    assert "1212" not in text and "@" not in text and "070" not in text
    assert "[personnummer]" in text and "[e-post]" in text and "[telefon]" in text


def test_a_whole_session_leaves_no_personal_data_in_the_log(
        ctx: ServiceContext, tmp_path: Path, qtbot: QtBot, qapp: QApplication) -> None:
    log_file = configure_logging(tmp_path / "log", level=logging.DEBUG)
    try:
        fill_demo(ctx, apartments=30, cases=8)
        identities = []
        for row in list_cases(ctx).rows:
            open_case(ctx, row.id)
            identities += reveal_identity(ctx, row.id, reason="test")
        with pytest.raises(SbdeskError):  # an error path too: a bad personnummer
            add_member(ctx, list_cases(ctx).rows[0].id,
                       {"role": "child", "birth_year": 2015,
                        "identity": {"first_name": "Felaktig", "last_name": "Testsson", "personal_number": "12345"}})
        make_backup(ctx, tmp_path / "kopia.db")
        from sbdesk.ui.main_window import MainWindow

        window = MainWindow(ctx, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        for key in window.page_keys:
            window.show_page(key)
        logging.getLogger("sbdesk.test").exception("simulated failure with %s", identities[0].personal_number)
        for handler in logging.getLogger().handlers:
            handler.flush()
        content = log_file.read_text(encoding="utf-8")
    finally:
        configure_logging(tmp_path / "log2")
    assert content.strip(), "nothing was logged: the test proves nothing"
    needles = {i.personal_number for i in identities if i.personal_number}
    needles |= {i.personal_number.replace("-", "")[2:] for i in identities if i.personal_number}
    needles |= {i.address for i in identities if i.address} | {i.phone for i in identities if i.phone}
    needles |= {f"{i.first_name} {i.last_name}" for i in identities} | {"Felaktig"}
    needles |= {n for n in LAST if len(n) > 4} | {s for s in STREETS}
    for needle in needles:
        assert needle not in content, needle
    assert "[personnummer]" in content  # the filter caught the deliberate one
    assert not any(first in content.split() for first in FIRST)
