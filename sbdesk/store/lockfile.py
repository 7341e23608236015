"""One sbdesk per database: an OS-level lock on '<db>.lock', released when the process ends."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO

from sbdesk.errors import DatabaseInUse


def lock_path(db_path: Path) -> Path:
    """The lock file beside a database."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class DatabaseLock:
    """An exclusive, non-blocking lock; the OS drops it if the process dies, so it never goes stale."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fh: IO[bytes] | None = None

    def acquire(self, wait_seconds: float = 1.0) -> None:
        """Take the lock or raise DatabaseInUse (after briefly waiting for a holder that is closing)."""
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fh = self._try_lock()
            except DatabaseInUse:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)
                continue
            if os.name == "nt" or self._still_current(fh):
                self._fh = fh
                return
            fh.close()  # the holder removed the file as we locked it: lock the new one

    def _still_current(self, fh: IO[bytes]) -> bool:
        try:
            return os.fstat(fh.fileno()).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            return False

    def _try_lock(self) -> IO[bytes]:
        fh = open(self.path, "a+b")  # noqa: SIM115 - kept open for the lifetime of the lock
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise DatabaseInUse(
                "Databasen är redan öppen i ett annat sbdesk-fönster (eller av en annan användare). "
                "Stäng det först; två program får inte skriva i samma databas samtidigt."
            ) from exc
        return fh

    def release(self) -> None:
        """Give the lock back and remove the lock file (nothing is left beside the database)."""
        if self._fh is None:
            return
        if os.name != "nt":
            self.path.unlink(missing_ok=True)  # while still locked, so nobody locks a file we delete
        self._fh.close()
        self._fh = None
        if os.name == "nt":
            try:
                self.path.unlink()
            except OSError:
                pass  # another sbdesk opened it meanwhile; it will remove it

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fh is not None
