"""Key slots: the random data key wrapped once per secret that may unlock it (passphrase, recovery key).

The file is small JSON beside the database (``<db>.keys``). Each slot holds an
Argon2id salt and parameters and the data key sealed with AES-256-GCM; the
associated data binds the slot to its kind and to this database's id, so slots
cannot be swapped between files. A SHA-256 checksum over the slots tells
accidental damage or hand edits apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sbdesk.errors import KeyFileDamaged, KeyFileMissing, ValidationError, WrongPassphrase
from sbdesk.store.atomic import atomic_write_bytes

FORMAT = "sbdesk-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
NEXT = "next_"  # prefix of slots holding a new data key while it is being rotated in

# Argon2id cost. Production defaults (~0.25 s on a 2-core machine); bounds are enforced when a
# file is read, so a tampered file can neither exhaust memory nor silently weaken new slots.
DEFAULT_KDF = {"memory_kib": 131072, "iterations": 3, "lanes": 4}
_BOUNDS = {"memory_kib": (65536, 2097152), "iterations": (2, 16), "lanes": (1, 16)}
# Test-only switch (tests/conftest.py): cheap KDF so the suite stays fast. Never set from a file.
_test_kdf: dict[str, int] | None = None
_TEST_BOUNDS = {"memory_kib": (8, 2097152), "iterations": (1, 16), "lanes": (1, 16)}

_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_RECOVERY_GROUPS = 8
_RECOVERY_GROUP_LEN = 4


def use_test_kdf(enabled: bool = True) -> None:
    """Tests only: use a very cheap KDF for new slots and accept it when reading."""
    global _test_kdf
    _test_kdf = {"memory_kib": 8, "iterations": 1, "lanes": 1} if enabled else None


def keyfile_path(db_path: Path) -> Path:
    """The key-slot file that belongs to a database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases that are too short (the rule the dialogs show as you type)."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase",
            "PASSPHRASE_TOO_SHORT",
            f"Lösenfrasen måste ha minst {MIN_PASSPHRASE_LENGTH} tecken.",
        )
    if passphrase.strip() != passphrase:
        raise ValidationError(
            "passphrase", "PASSPHRASE_SPACES", "Lösenfrasen får inte börja eller sluta med mellanslag."
        )


def generate_passphrase(words: int = 5) -> str:
    """A random passphrase of Swedish-friendly syllables, e.g. 'tavo-rimu-sela-koni-pavu-42'."""
    consonants = "bdfghjklmnprstv"
    vowels = "aeiouy"
    parts = [
        "".join(secrets.choice(consonants) + secrets.choice(vowels) for _ in range(2))
        for _ in range(words)
    ]
    return "-".join(parts) + f"-{secrets.randbelow(90) + 10}"


def generate_recovery_key() -> str:
    """A 160-bit recovery key written as eight groups of four characters."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)]
    groups = ["".join(chars[i : i + _RECOVERY_GROUP_LEN]) for i in range(0, len(chars), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_key(text: str) -> str:
    """Accept a recovery key typed with any case, spaces or dashes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    if len(cleaned) != _RECOVERY_GROUPS * _RECOVERY_GROUP_LEN or any(
        ch not in _RECOVERY_ALPHABET for ch in cleaned
    ):
        raise ValidationError(
            "recovery_key",
            "RECOVERY_KEY_FORMAT",
            "Återställningsnyckeln ska vara 32 tecken (åtta grupper om fyra).",
        )
    return "-".join(cleaned[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), _RECOVERY_GROUP_LEN))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged()
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyFileDamaged() from exc


def _kdf_params_for_new_slot() -> dict[str, int]:
    return dict(_test_kdf or DEFAULT_KDF)


def _checked_kdf_params(raw: Any) -> dict[str, int]:
    """Read KDF parameters from a file, refusing values outside sane bounds."""
    if not isinstance(raw, dict) or raw.get("name") != "argon2id":
        raise KeyFileDamaged()
    bounds = _TEST_BOUNDS if _test_kdf else _BOUNDS
    params: dict[str, int] = {}
    for name, (low, high) in bounds.items():
        value = raw.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise KeyFileDamaged()
        params[name] = value
    return params


def _derive(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params["iterations"],
        lanes=params["lanes"],
        memory_cost=params["memory_kib"],
    )
    return kdf.derive(secret.encode("utf-8"))


@dataclass
class KeySlotFile:
    """In-memory form of the key-slot file."""

    db_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    def _aad(self, kind: str) -> bytes:
        # A next_ slot is sealed as the slot it will become, so promoting it is a rename.
        return f"{FORMAT}:{VERSION}:{self.db_id}:{kind.removeprefix(NEXT)}".encode()

    def set_slot(self, kind: str, secret: str, data_key: bytes) -> None:
        """Wrap data_key under secret into the slot named kind (replacing it)."""
        salt = os.urandom(16)
        params = _kdf_params_for_new_slot()
        wrapping = _derive(secret, salt, params)
        nonce = os.urandom(12)
        sealed = AESGCM(wrapping).encrypt(nonce, data_key, self._aad(kind))
        self.slots[kind] = {
            "kdf": {"name": "argon2id", **params, "salt": _b64(salt)},
            "nonce": _b64(nonce),
            "sealed_key": _b64(sealed),
        }

    def open_slot(self, kind: str, secret: str) -> bytes:
        """Unwrap the data key; WrongPassphrase when the secret does not fit."""
        slot = self.slots.get(kind)
        if slot is None:
            raise KeyFileDamaged()
        params = _checked_kdf_params(slot.get("kdf"))
        salt = _unb64(slot["kdf"].get("salt"))
        nonce = _unb64(slot.get("nonce"))
        sealed = _unb64(slot.get("sealed_key"))
        if len(salt) < 8 or len(nonce) != 12 or len(sealed) != DATA_KEY_BYTES + 16:
            raise KeyFileDamaged()
        wrapping = _derive(secret, salt, params)
        try:
            return AESGCM(wrapping).decrypt(nonce, sealed, self._aad(kind))
        except InvalidTag as exc:
            raise WrongPassphrase() from exc

    def has_next(self) -> bool:
        """True while a data-key rotation has written its new slots but not yet finished."""
        return any(kind.startswith(NEXT) for kind in self.slots)

    def promote_next(self) -> None:
        """The rotation reached the database: the next_ slots become the slots."""
        for kind in [k for k in self.slots if k.startswith(NEXT)]:
            self.slots[kind.removeprefix(NEXT)] = self.slots.pop(kind)

    def drop_next(self) -> None:
        """The rotation never reached the database: forget its slots."""
        for kind in [k for k in self.slots if k.startswith(NEXT)]:
            del self.slots[kind]

    def _body(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "db_id": self.db_id, "slots": self.slots}

    @staticmethod
    def _checksum(body: dict[str, Any]) -> str:
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(canonical).hexdigest()

    def to_bytes(self) -> bytes:
        """Serialise with a checksum that detects accidental damage."""
        body = self._body()
        return json.dumps({**body, "checksum": self._checksum(body)}, indent=2, sort_keys=True).encode()

    def save(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename)."""
        atomic_write_bytes(Path(path), self.to_bytes())

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        """Parse and check a key file; KeyFileDamaged for anything unexpected."""
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyFileDamaged() from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileDamaged()
        if doc.get("version") != VERSION:
            raise KeyFileDamaged(
                "Nyckelfilen har ett format som den här versionen av sbdesk inte känner till."
            )
        checksum = doc.pop("checksum", None)
        if checksum != cls._checksum(doc):
            raise KeyFileDamaged()
        db_id, slots = doc.get("db_id"), doc.get("slots")
        if not isinstance(db_id, str) or not isinstance(slots, dict) or PASSPHRASE not in slots:
            raise KeyFileDamaged()
        if not all(isinstance(v, dict) for v in slots.values()):
            raise KeyFileDamaged()
        return cls(db_id=db_id, slots=slots)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        """Read the key file for a database; KeyFileMissing / KeyFileDamaged on failure."""
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileMissing() from exc
        if len(raw) > 1_000_000:
            raise KeyFileDamaged()
        return cls.from_bytes(raw)

    @classmethod
    def create(cls, passphrase: str, recovery_key: str) -> tuple[KeySlotFile, bytes]:
        """A new random data key wrapped by passphrase and recovery key."""
        check_passphrase_strength(passphrase)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        slots = cls(db_id=str(uuid.uuid4()))
        slots.set_slot(PASSPHRASE, passphrase, data_key)
        slots.set_slot(RECOVERY, normalise_recovery_key(recovery_key), data_key)
        return slots, data_key
