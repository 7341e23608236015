"""The encrypted exchange file between two sbdesk installations (pure: bytes in, bytes out, no database).

Layout (the envelope never changes between versions, so any later sbdesk can tell what a file is)::

    b"SBDESK-EXCHANGE\\n"          magic, 16 bytes
    u16 big-endian                 length of the header (2..4096)
    header                         UTF-8 JSON object, in clear: format, version, then the version's fields
    body                           the version's ciphertext

Version 1 header: format "sbdesk-exchange", version 1, kind ("request" | "answer"), file_id (32 hex),
sender and recipient (kommunkod), created (UTC, ISO 8601), kdf {name "argon2id", memory_kib,
iterations, lanes, salt}, nonce (12 bytes, base64) and length (of the body). The body is AES-256-GCM
over the JSON payload (padded with spaces to a multiple of 512 bytes) with the exact bytes before it
(magic, length, header) as associated data: a changed header fails like a changed body. The key is
Argon2id over a one-time code: 20 random Crockford base32 characters (100 bits) and a check group of
four (20 bits of SHA-256), read aloud as six groups of four ("7K2M-QX9D-…").

Every malformed input raises an ExchangeFileError subclass with a stable code and a Swedish message,
never anything else. KDF parameters read from a file are bounded; tests lower them only through
`use_test_kdf`, never through a file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sbdesk.services.exchange_errors import (  # noqa: F401 - re-exported: the format's errors live here too
    AnswerConflict,
    CodeTypo,
    ContentInvalid,
    ExchangeDamaged,
    ExchangeFileError,
    ExchangeKdfParameters,
    ExchangeTooLarge,
    ExchangeTruncated,
    NewerExchangeVersion,
    NotAnExchangeFile,
    Replayed,
    TamperedOrWrongCode,
    UnknownRequest,
    WrongRecipient,
)

MAGIC = b"SBDESK-EXCHANGE\n"
FORMAT = "sbdesk-exchange"
VERSION = 1
KINDS = ("request", "answer")
MAX_FILE_BYTES = 1 << 20
MAX_HEADER_BYTES = 4096
_PAD = 512
_TAG = 16

# The code: Crockford base32 (no I, L, O, U), 20 data characters (100 bits) + a 4-character check group.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 20
CHECK_CHARS = 4
GROUP = 4
_TYPED_ALIASES = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·/]+")

# Argon2id: ~0.1 s on a 2-core machine (the code already carries 100 bits; the KDF only adds margin).
DEFAULT_KDF = {"memory_kib": 65536, "iterations": 3, "lanes": 4}
_BOUNDS = {"memory_kib": (19456, 262144), "iterations": (2, 10), "lanes": (1, 8)}
_TEST_KDF = {"memory_kib": 8, "iterations": 1, "lanes": 1}
_TEST_BOUNDS = {"memory_kib": (8, 262144), "iterations": (1, 10), "lanes": (1, 8)}
_test_kdf = False


def use_test_kdf(enabled: bool = True) -> None:
    """Tests only: very cheap KDF for new files, and accept it when reading (never set from a file)."""
    global _test_kdf
    _test_kdf = enabled


# -- the one-time code --------------------------------------------------------------------------


def _check_group(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(b"sbdesk-exchange-code\0" + data.encode("ascii")).digest()[:4], "big")
    return "".join(ALPHABET[(digest >> (5 * (CHECK_CHARS - 1 - i))) & 31] for i in range(CHECK_CHARS))


def _grouped(chars: str) -> str:
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


def new_code() -> str:
    """A fresh one-time code: 100 random bits and a check group, as six groups of four."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return _grouped(data + _check_group(data))


def normalise_code(text: str) -> str:
    """The code as typed (any case, spaces, dashes, O for 0, I/L for 1) in its canonical grouped form;
    CodeTypo when a character, the length or the check group is wrong."""
    if not isinstance(text, str):
        raise CodeTypo()
    chars = _SEPARATORS.sub("", text).upper()
    chars = "".join(_TYPED_ALIASES.get(ch, ch) for ch in chars)
    bad = sorted({ch for ch in chars if ch not in ALPHABET})
    if bad:
        raise CodeTypo("Koden är felskriven: tecknet " + ", ".join(f"”{ch}”" for ch in bad[:3])
                       + " finns inte i koder. Jämför koden tecken för tecken med den du fick uppläst.")
    total = DATA_CHARS + CHECK_CHARS
    if len(chars) != total:
        raise CodeTypo(f"Koden är felskriven: den ska ha {total} tecken (sex grupper om fyra), du har skrivit "
                       f"{len(chars)}.")
    if _check_group(chars[:DATA_CHARS]) != chars[DATA_CHARS:]:
        raise CodeTypo()
    return _grouped(chars)


def _secret(code: str) -> bytes:
    return normalise_code(code).replace("-", "")[:DATA_CHARS].encode("ascii")


# -- header -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeHeader:
    """What a file says about itself in clear (authenticated only once it is opened with the code)."""

    version: int
    kind: str
    file_id: str
    sender: str
    recipient: str
    created: datetime
    kdf: Mapping[str, int]
    salt: bytes
    nonce: bytes
    length: int


@dataclass(frozen=True)
class SealedFile:
    """A new exchange file: its bytes, the one-time code that opens it (shown once) and its header."""

    data: bytes
    code: str
    header: ExchangeHeader


@dataclass(frozen=True)
class OpenedFile:
    """A file opened with its code: the authenticated header and the payload."""

    header: ExchangeHeader
    payload: dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str) or len(value) > 200:
        raise ExchangeDamaged()
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise ExchangeDamaged() from exc


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _code(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}", value):
        raise ExchangeDamaged()
    return value


def _kdf_v1(raw: Any) -> tuple[dict[str, int], bytes]:
    if not isinstance(raw, dict) or set(raw) != {"name", "memory_kib", "iterations", "lanes", "salt"}:
        raise ExchangeDamaged()
    if raw["name"] != "argon2id":
        raise ExchangeKdfParameters()
    bounds = _TEST_BOUNDS if _test_kdf else _BOUNDS
    params: dict[str, int] = {}
    for name, (low, high) in bounds.items():
        value = _int(raw[name])
        if value is None or not low <= value <= high:
            raise ExchangeKdfParameters()
        params[name] = value
    if params["memory_kib"] < 8 * params["lanes"]:
        raise ExchangeKdfParameters()
    salt = _unb64(raw["salt"])
    if not 16 <= len(salt) <= 64:
        raise ExchangeDamaged()
    return params, salt


_V1_KEYS = {"format", "version", "kind", "file_id", "sender", "recipient", "created", "kdf", "nonce", "length"}


def _header_v1(raw: dict[str, Any]) -> ExchangeHeader:
    """Version 1's header fields, checked (kept apart so later versions can still read version 1)."""
    if set(raw) != _V1_KEYS:
        raise ExchangeDamaged()
    kind, file_id, created = raw["kind"], raw["file_id"], raw["created"]
    if kind not in KINDS or not isinstance(file_id, str) or not re.fullmatch(r"[0-9a-f]{32}", file_id):
        raise ExchangeDamaged()
    sender, recipient = _code(raw["sender"]), _code(raw["recipient"])
    if sender == recipient or not isinstance(created, str) or len(created) > 40:
        raise ExchangeDamaged()
    try:
        when = datetime.fromisoformat(created)
    except ValueError as exc:
        raise ExchangeDamaged() from exc
    if when.tzinfo is None:
        raise ExchangeDamaged()
    params, salt = _kdf_v1(raw["kdf"])
    nonce = _unb64(raw["nonce"])
    length = _int(raw["length"])
    if len(nonce) != 12 or length is None or not _TAG <= length <= MAX_FILE_BYTES:
        raise ExchangeDamaged()
    return ExchangeHeader(1, kind, file_id, sender, recipient, when, params, salt, nonce, length)


def _envelope(data: Any) -> tuple[bytes, dict[str, Any], bytes]:
    """Split a file into (associated data, header object, body); knows nothing of any version."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NotAnExchangeFile()
    data = bytes(data)
    if not data:
        raise NotAnExchangeFile()
    if len(data) > MAX_FILE_BYTES + MAX_HEADER_BYTES + 64:
        raise ExchangeTooLarge()
    if len(data) < len(MAGIC):
        raise ExchangeTruncated() if MAGIC.startswith(data) else NotAnExchangeFile()
    if not data.startswith(MAGIC):
        raise NotAnExchangeFile()
    start = len(MAGIC) + 2
    if len(data) < start:
        raise ExchangeTruncated()
    (size,) = struct.unpack(">H", data[len(MAGIC):start])
    if not 2 <= size <= MAX_HEADER_BYTES:
        raise ExchangeDamaged()
    if len(data) < start + size:
        raise ExchangeTruncated()
    header_bytes = data[start:start + size]
    try:
        raw = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ExchangeDamaged() from exc
    if not isinstance(raw, dict):
        raise ExchangeDamaged()
    if raw.get("format") != FORMAT:
        raise NotAnExchangeFile()
    version = _int(raw.get("version"))
    if version is None or version < 1:
        raise ExchangeDamaged()
    if version > VERSION:
        raise NewerExchangeVersion()
    return data[:start + size], raw, data[start + size:]


# One reader per version ever written: header parser and body opener.
_HEADER_READERS: dict[int, Callable[[dict[str, Any]], ExchangeHeader]] = {1: _header_v1}


def _header(data: Any) -> tuple[bytes, ExchangeHeader, bytes]:
    aad, raw, body = _envelope(data)
    header = _HEADER_READERS[int(raw["version"])](raw)
    if len(body) < header.length:
        raise ExchangeTruncated()
    if len(body) > header.length:
        raise ExchangeDamaged()
    return aad, header, body


def peek(data: Any) -> ExchangeHeader:
    """The header of a file, checked for shape but not yet authenticated (to say early who it is for)."""
    return _header(data)[1]


def _derive(code: str, salt: bytes, params: Mapping[str, int]) -> bytes:
    try:
        kdf = Argon2id(salt=salt, length=32, iterations=params["iterations"], lanes=params["lanes"],
                       memory_cost=params["memory_kib"])
        return kdf.derive(_secret(code))
    except ExchangeFileError:
        raise
    except (ValueError, TypeError, MemoryError) as exc:
        raise ExchangeKdfParameters() from exc


def _open_v1(aad: bytes, header: ExchangeHeader, body: bytes, code: str) -> dict[str, Any]:
    key = _derive(code, header.salt, header.kdf)
    try:
        plain = AESGCM(key).decrypt(header.nonce, body, aad)
    except InvalidTag as exc:
        raise TamperedOrWrongCode() from exc
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ContentInvalid() from exc
    if not isinstance(payload, dict):
        raise ContentInvalid()
    return payload


_BODY_READERS: dict[int, Callable[[bytes, ExchangeHeader, bytes, str], dict[str, Any]]] = {1: _open_v1}


def open_file(data: Any, code: str) -> OpenedFile:
    """Check and decrypt a file with its one-time code (ExchangeFileError for every problem)."""
    aad, header, body = _header(data)
    normalise_code(code)  # a typo is told apart from a wrong code before the slow KDF
    payload = _BODY_READERS[header.version](aad, header, body, code)
    return OpenedFile(header, payload)


def seal(kind: str, payload: Mapping[str, Any], *, sender: str, recipient: str, code: str | None = None,
         created: datetime | None = None, file_id: str | None = None) -> SealedFile:
    """A new version-1 file for recipient holding payload, under a new one-time code (or the code given)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    code = normalise_code(code) if code is not None else new_code()
    when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    plain = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    plain += b" " * (-len(plain) % _PAD)
    params = dict(_TEST_KDF if _test_kdf else DEFAULT_KDF)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    raw = {"format": FORMAT, "version": VERSION, "kind": kind, "file_id": file_id or secrets.token_hex(16),
           "sender": _code(sender), "recipient": _code(recipient), "created": when.isoformat(),
           "kdf": {"name": "argon2id", **params, "salt": _b64(salt)}, "nonce": _b64(nonce),
           "length": len(plain) + _TAG}
    header_bytes = json.dumps(raw, sort_keys=True, separators=(",", ":")).encode("utf-8")
    aad = MAGIC + struct.pack(">H", len(header_bytes)) + header_bytes
    body = AESGCM(_derive(code, salt, params)).encrypt(nonce, plain, aad)
    data = aad + body
    return SealedFile(data, code, _header(data)[1])
