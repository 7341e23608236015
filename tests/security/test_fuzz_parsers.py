"""Fuzzing the parsers of files that come from disk: key-slot files and backups give only typed errors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbdesk.errors import DatabaseDamaged, KeyFileDamaged, WrongPassphrase
from sbdesk.store.backup import check_copy
from sbdesk.store.keyslots import _BOUNDS, PASSPHRASE, KeySlotFile
from tests.conftest import PASSPHRASE as SECRET
from tests.conftest import RECOVERY_KEY

GOOD, _KEY = KeySlotFile.create(SECRET, RECOVERY_KEY)
GOOD_DOC = json.loads(GOOD.to_bytes())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@given(st.binary(max_size=2000))
def test_random_bytes_are_key_file_damage(raw: bytes) -> None:
    try:
        KeySlotFile.from_bytes(raw)
    except KeyFileDamaged:
        return
    raise AssertionError("random bytes parsed as a key file")


def _with_checksum(doc: dict[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return json.dumps({**body, "checksum": KeySlotFile._checksum(body)}).encode()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["format", "version", "db_id", "slots"]), json_values)
def test_hostile_fields_with_a_valid_checksum_give_typed_errors(field: str, value: Any) -> None:
    doc = json.loads(json.dumps(GOOD_DOC))
    doc[field] = value
    try:
        KeySlotFile.from_bytes(_with_checksum(doc)).open_slot(PASSPHRASE, SECRET)
    except (KeyFileDamaged, WrongPassphrase):
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["kdf", "nonce", "sealed_key"]), json_values)
def test_hostile_slot_contents_give_typed_errors(part: str, value: Any) -> None:
    doc = json.loads(json.dumps(GOOD_DOC))
    doc["slots"]["passphrase"][part] = value
    try:
        KeySlotFile.from_bytes(_with_checksum(doc)).open_slot(PASSPHRASE, SECRET)
    except (KeyFileDamaged, WrongPassphrase):
        pass


@given(st.sampled_from(sorted(_BOUNDS)), st.data())
def test_kdf_parameters_outside_the_bound_are_refused_before_any_work(name: str, data: st.DataObject) -> None:
    """A hostile file cannot make sbdesk hang or exhaust memory: the bound is checked before deriving."""
    from sbdesk.store import keyslots

    low, high = _BOUNDS[name]
    value = data.draw(st.integers(min_value=high + 1, max_value=2**62) | st.integers(min_value=-(2**62), max_value=low - 1))
    doc = json.loads(json.dumps(GOOD_DOC))
    doc["slots"]["passphrase"]["kdf"].update({"memory_kib": 65536, "iterations": 3, "lanes": 4, name: value})
    original_derive, original_switch = keyslots._derive, keyslots._test_kdf

    def must_not_derive(*_a: object) -> bytes:
        raise AssertionError("derived a key with out-of-bound parameters")

    keyslots._derive, keyslots._test_kdf = must_not_derive, None  # production bounds, no derivation
    try:
        KeySlotFile.from_bytes(_with_checksum(doc)).open_slot(PASSPHRASE, SECRET)
    except KeyFileDamaged:
        return
    finally:
        keyslots._derive, keyslots._test_kdf = original_derive, original_switch
    raise AssertionError("out-of-bound KDF parameters were accepted")


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=0, max_size=3 * 4096))
def test_random_backup_files_are_damage(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kopia.db"
        path.write_bytes(raw)
        try:
            check_copy(path, b"\x11" * 32)
        except DatabaseDamaged:
            return
        raise AssertionError("random bytes passed as a backup")
