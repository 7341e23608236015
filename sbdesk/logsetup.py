"""The application log for support: a small rotating file with no personal data in it.

Code logs events and error codes, never names, personnummer, addresses or SQL parameters
(the engine is built with hide_parameters=True). As a second line of defence a filter masks
anything shaped like a personnummer, an e-mail address or a phone number, and the user's home
folder, before a record is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from platformdirs import user_log_path

LOG_NAME = "sbdesk.log"
_PATTERNS = [
    (re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)"), "[personnummer]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[e-post]"),
    (re.compile(r"(?<![\w])(?:\+46|0)\d{1,3}[- ]?\d{2,3}(?:[ -]?\d{2}){2,3}(?![\w])"), "[telefon]"),
]


def redact(text: str) -> str:
    """Mask personnummer, e-mail addresses, phone numbers and the home folder in text."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


class RedactFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) through redact()."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_folder() -> Path:
    """Where the application log lives (e.g. %LOCALAPPDATA%\\sbdesk\\Logs, ~/.local/state/sbdesk/log);
    SBDESK_LOG_DIR overrides it (tests, or IT wanting the log elsewhere)."""
    override = os.environ.get("SBDESK_LOG_DIR")
    return Path(override) if override else user_log_path("sbdesk", appauthor=False)


def configure_logging(folder: Path | None = None, level: int = logging.INFO, *, console: bool = False) -> Path:
    """Send sbdesk's log to a rotating file (1 MB × 3) through the redaction filter; returns its path."""
    folder = Path(folder) if folder is not None else log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sbdesk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    handler._sbdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.addFilter(RedactFilter())
        stream._sbdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path
