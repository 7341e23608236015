"""Shared fixtures: offscreen Qt, cheap KDF, in-memory keyring, a fresh encrypted database per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
import tempfile  # noqa: E402

os.environ["SBDESK_LOG_DIR"] = tempfile.mkdtemp(prefix="sbdesk-test-log-")  # never the user's log folder

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402

from sbdesk.services import exchange_format  # noqa: E402
from sbdesk.services.context import ServiceContext  # noqa: E402
from sbdesk.services.settings import setup_profile  # noqa: E402
from sbdesk.store import keyslots  # noqa: E402
from sbdesk.store.database import Database  # noqa: E402
from sbdesk.store.keyslots import keyfile_path  # noqa: E402

keyslots.use_test_kdf(True)
exchange_format.use_test_kdf(True)  # exchange files too: the real Argon2id cost is not what tests check

# Shared CI machines stall now and then: no per-example deadline (examples are still bounded in
# number), so a slow moment never fails a property test.
settings.register_profile("sbdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("sbdesk")

PASSPHRASE = "test-lösen-123"
RECOVERY_KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
COORDINATOR = "Testa Testsson"
MUNICIPALITY = "1980"  # Västerås


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets its own in-memory keyring."""
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without any keyring backend (like a headless Linux box)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database with a profile, built once per test session."""
    path = tmp_path_factory.mktemp("template") / "mall.db"
    db, _ = Database.create(path, PASSPHRASE, recovery_key=RECOVERY_KEY)
    setup_profile(ServiceContext(db), coordinator_name=COORDINATOR, municipality_code=MUNICIPALITY)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database (and its key file) for one test."""
    path = tmp_path / "sbdesk.db"
    shutil.copyfile(template_db, path)
    shutil.copyfile(keyfile_path(template_db), keyfile_path(path))
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """The fresh database, unlocked."""
    database = Database.open(db_path, passphrase=PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    """A service context acting as the test coordinator."""
    return ServiceContext(db, actor=COORDINATOR)
