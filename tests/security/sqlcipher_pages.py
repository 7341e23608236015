"""Test helper: decrypt every page of a SQLCipher 4 file (raw 256-bit key), free pages included.

SQLCipher 4 defaults: 4096-byte pages; each page ends with 80 reserved bytes (16-byte IV, 64-byte
HMAC-SHA512); page 1 starts with the 16-byte salt; AES-256-CBC with the raw key. Used to prove that
purged text is gone from the file itself, not just from the tables.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Plaintext of every page in the file."""
    raw = Path(path).read_bytes()
    pages = []
    for n in range(len(raw) // PAGE):
        page = raw[n * PAGE:(n + 1) * PAGE]
        start = 16 if n == 0 else 0
        body, iv = page[start:PAGE - RESERVE], page[PAGE - RESERVE:PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages
