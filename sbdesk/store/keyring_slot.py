"""Optional OS-keyring slot: the data key remembered for this OS user (opt-in, off by default)."""

from __future__ import annotations

import logging

from sbdesk.errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "sbdesk"


def _entry(db_id: str) -> str:
    return f"datakey:{db_id}"


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def _fail(exc: BaseException | None, what: str) -> KeyringUnavailable:
    log.info("keyring unavailable (%s): %s", what, type(exc).__name__ if exc else "no entry")
    return KeyringUnavailable(
        f"Nyckelringen kunde inte användas ({what}). Ange lösenfrasen i stället."
    )


def store_key(db_id: str, data_key: bytes) -> None:
    """Remember the data key; KeyringUnavailable on any backend failure."""
    try:
        kr = _keyring()
        _prefer_local_persistence(kr)
        kr.set_password(SERVICE, _entry(db_id), data_key.hex())
    except Exception as exc:  # noqa: BLE001 - every keyring failure means "use the passphrase"
        raise _fail(exc, "kunde inte spara nyckeln") from exc


def load_key(db_id: str) -> bytes:
    """The remembered data key; KeyringUnavailable when missing, locked or no backend."""
    try:
        value = _keyring().get_password(SERVICE, _entry(db_id))
    except Exception as exc:  # noqa: BLE001 - NoKeyringError, KeyringLocked, InitError, backend bugs
        raise _fail(exc, "ingen åtkomst") from exc
    if not value:
        raise _fail(None, "nyckeln finns inte sparad")
    try:
        key = bytes.fromhex(value)
    except ValueError as exc:
        raise _fail(exc, "sparad nyckel är skadad") from exc
    if len(key) != 32:
        raise _fail(None, "sparad nyckel är skadad")
    return key


def forget_key(db_id: str) -> None:
    """Remove the remembered key; silently nothing when there is none or no backend."""
    try:
        _keyring().delete_password(SERVICE, _entry(db_id))
    except Exception:  # noqa: BLE001 - forgetting must never fail loudly
        log.info("keyring entry not removed (absent or no backend)")


def _prefer_local_persistence(kr) -> None:  # type: ignore[no-untyped-def]
    """On Windows keep the credential on this machine so it does not roam with the profile."""
    backend = kr.get_keyring()
    if type(backend).__name__ == "WinVaultKeyring" and hasattr(backend, "persist"):
        try:
            # keyring's Persistence setter takes the constant's name; pywin32 (win32cred) is not a
            # dependency, keyring itself uses win32ctypes.
            backend.persist = "local machine"
        except Exception:  # noqa: BLE001 - best effort; default persistence still works
            log.info("could not set local-machine persistence for the keyring")
