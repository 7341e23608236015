"""`sbdesk --self-test` (sbdesk.selftest.run_self_test): passes on a sound installation, fails loudly on a broken one."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from sbdesk import selftest
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind
from sbdesk.store import keyslots
from sbdesk.ui import pages


def _run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def test_self_test_passes_and_covers_every_page_and_letter(qapp: QApplication, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    code, lines = _run()
    assert code == 0, "\n".join(lines)
    assert not [line for line in lines if line.startswith("FEL")]
    assert lines[-1].startswith("Självtest:") and "alla kontroller gick igenom" in lines[-1]
    for key, _ in pages.page_factories():  # discovered, not a fixed list: a new page is checked too
        assert any(line.startswith("OK  sidan") and f"({key})" in line for line in lines), key
    for kind in LetterKind:
        assert f"OK  brev som PDF: {kind.label} " in "\n".join(lines) + " "
    text = "\n".join(lines)
    assert "Argon2id 128 MiB" in text  # the real KDF, although the test suite runs with the cheap one
    assert "Loggkedjan: OK" in text and "återställningsnyckeln" in text
    assert keyslots._test_kdf is not None  # the suite's cheap KDF is back
    assert os.listdir(tmp_path) == []  # the temporary folder was removed


class _BrokenPage(QWidget):
    """A page that fails when shown (as a page with a bug would)."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.nav_title = "Trasig"

    def activate(self) -> None:
        raise RuntimeError("trasig sida")


def test_missing_resource_and_broken_page_fail_the_self_test(qapp: QApplication, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_path, real_factories = selftest.resource_path, pages.page_factories

    def resource_path(*parts: str) -> Path:
        return tmp_path / "saknas" / parts[-1] if parts[-1] == "DejaVuSans-Bold.ttf" else real_path(*parts)

    monkeypatch.setattr(selftest, "resource_path", resource_path)
    monkeypatch.setattr(pages, "page_factories", lambda: [*real_factories(), ("broken", _BrokenPage)])
    code, lines = _run()
    assert code == 1
    failed = [line for line in lines if line.startswith("FEL")]
    assert any("typsnitt" in line and "DejaVuSans-Bold.ttf" in line for line in failed), failed
    assert any("(broken)" in line and "RuntimeError" in line for line in failed), failed
    assert len(failed) == 2, failed  # everything else still passed and was reported
    assert "MISSLYCKADES" in lines[-1]
