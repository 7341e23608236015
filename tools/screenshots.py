"""Save a PNG of every page of the main window, on a fictional demo database.

    python tools/screenshots.py [OUT_DIR] [--scale 1.5] [--size 1400x860]

Runs offscreen (no display needed). Builds a demo database in a temporary folder (fictional data
only), unlocks it, shows each page in turn and grabs the window. Used for the README and for review.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 2 for 200 %%")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sbdesk.services import unlock
    from sbdesk.services.context import ServiceContext
    from sbdesk.services.demo import fill_demo
    from sbdesk.store import keyslots
    from sbdesk.store.database import Database
    from sbdesk.ui.i18n import install_translators
    from sbdesk.ui.main_window import MainWindow

    keyslots.use_test_kdf(True)  # a throwaway demo database: no need for the slow KDF
    app = QApplication(sys.argv)
    app.setApplicationName("sbdesk-screenshots")
    install_translators(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = Database.create(Path(tmp) / "demo.db", "demo-lösen-123")
        fill_demo(ServiceContext(db))
        db.close()
        ctx = unlock.unlock(Path(tmp) / "demo.db", passphrase="demo-lösen-123")
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings)
        window.resize(width, height)
        window.show()
        for key in window.page_keys:
            window.show_page(key)
            for _ in range(5):
                app.processEvents()
            path = out / f"{key}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
