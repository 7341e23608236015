"""The encrypted exchange file format: round trip, every kind of bad file, the one-time code, fuzzing."""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbdesk.services import exchange_format as x

PAYLOAD = {"request": {"reference": "F-2026-0007", "note": "Ånge – åäö"}}


@pytest.fixture(autouse=True)
def cheap_kdf() -> Iterator[None]:
    x.use_test_kdf(True)
    yield
    x.use_test_kdf(True)  # back to the suite's default (tests/conftest.py), whatever a test set


@pytest.fixture(scope="module")
def sealed() -> x.SealedFile:
    x.use_test_kdf(True)
    return x.seal("request", PAYLOAD, sender="1980", recipient="1984")


def code_of(raw: str) -> str:
    """A valid code (with its check group) from 20 data characters."""
    return x._grouped(raw + x._check_group(raw))


def split(data: bytes) -> tuple[dict[str, Any], bytes]:
    """(header object, body) of a file."""
    (size,) = struct.unpack(">H", data[len(x.MAGIC):len(x.MAGIC) + 2])
    start = len(x.MAGIC) + 2
    return json.loads(data[start:start + size]), data[start + size:]


def rebuild(header: dict[str, Any], body: bytes) -> bytes:
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return x.MAGIC + struct.pack(">H", len(raw)) + raw + body


def code_error(data: Any, code: str = "0000-0000-0000-0000-0000-0000") -> str:
    with pytest.raises(x.ExchangeFileError) as exc:
        x.open_file(data, code)
    assert exc.value.message  # always a Swedish message
    return exc.value.code


def test_round_trip_and_header(sealed: x.SealedFile) -> None:
    opened = x.open_file(sealed.data, sealed.code)
    assert opened.payload == PAYLOAD
    h = opened.header
    assert (h.version, h.kind, h.sender, h.recipient) == (1, "request", "1980", "1984")
    assert len(h.file_id) == 32 and h.created.tzinfo is not None
    assert x.peek(sealed.data) == h
    assert sealed.data.startswith(b"SBDESK-EXCHANGE\n")
    header, body = split(sealed.data)
    assert header["format"] == "sbdesk-exchange" and header["version"] == 1
    assert header["kdf"]["name"] == "argon2id" and len(body) == header["length"]
    assert b"F-2026-0007" not in sealed.data and "Ånge".encode() not in sealed.data
    assert (len(body) - 16) % 512 == 0  # padded: the size says little about the content


def test_production_kdf_parameters_are_the_strong_ones() -> None:
    x.use_test_kdf(False)
    made = x.seal("answer", {"a": 1}, sender="1984", recipient="1980")
    assert dict(made.header.kdf) == x.DEFAULT_KDF and x.DEFAULT_KDF["memory_kib"] >= 65536
    assert x.open_file(made.data, made.code).payload == {"a": 1}


def test_codes_have_100_bits_groups_of_four_and_no_look_alikes() -> None:
    codes = {x.new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 6 and all(len(g) == 4 for g in groups)
        assert not set(code.replace("-", "")) & set("ILOU")
        assert x.normalise_code(code) == code
    assert len(x.ALPHABET) == 32 and x.DATA_CHARS * 5 >= 100


def test_code_typing_is_forgiving_about_case_spaces_dashes_and_look_alikes(sealed: x.SealedFile) -> None:
    code = code_of("0123456789ABCDEFGH1K")
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert x.normalise_code(f"  {sloppy}\n") == code
    assert x.normalise_code(code.replace("-", "")) == code
    assert x.normalise_code(code.replace("-", " – ")) == code
    assert x.open_file(sealed.data, sealed.code.lower().replace("-", "  ")).payload == PAYLOAD


def swapped(chars: str) -> str:
    """The code with its first two different neighbours swapped (a real typing slip, never a no-op)."""
    i = next(i for i in range(len(chars) - 1) if chars[i] != chars[i + 1])
    return chars[:i] + chars[i + 1] + chars[i] + chars[i + 2:]


@pytest.mark.parametrize("mistake", ["swap", "change", "short", "long", "letter_u", "symbol"])
def test_a_mistyped_code_is_a_typo_not_a_wrong_code(sealed: x.SealedFile, mistake: str) -> None:
    chars = sealed.code.replace("-", "")
    typed = {
        "swap": swapped(chars),
        "change": chars[:9] + ("X" if chars[9] != "X" else "Y") + chars[10:],
        "short": chars[:-1], "long": chars + "7", "letter_u": "U" + chars[1:], "symbol": chars[:3] + "#" + chars[4:],
    }[mistake]
    assert code_error(sealed.data, typed) == "EXCHANGE_CODE_TYPO"
    with pytest.raises(x.CodeTypo):
        x.normalise_code(typed)


def test_a_wrong_but_well_formed_code_is_refused(sealed: x.SealedFile) -> None:
    assert code_error(sealed.data, x.new_code()) == "EXCHANGE_TAMPERED_OR_WRONG_CODE"


def test_a_changed_header_fails_authentication(sealed: x.SealedFile) -> None:
    header, body = split(sealed.data)
    for key, value in (("recipient", "1983"), ("sender", "0180"), ("kind", "answer"),
                       ("created", "2020-01-01T00:00:00+00:00"), ("file_id", "0" * 32)):
        changed = rebuild({**header, key: value}, body)
        assert x.peek(changed).kind in x.KINDS  # still a well-formed header…
        assert code_error(changed, sealed.code) == "EXCHANGE_TAMPERED_OR_WRONG_CODE", key  # …but not the one sealed
    # the same header bytes re-spaced: a different associated data
    raw = json.dumps(header, sort_keys=True).encode()
    spaced = x.MAGIC + struct.pack(">H", len(raw)) + raw + body
    assert code_error(spaced, sealed.code) == "EXCHANGE_TAMPERED_OR_WRONG_CODE"


def test_a_changed_ciphertext_fails_authentication(sealed: x.SealedFile) -> None:
    data = bytearray(sealed.data)
    for position in (len(data) - len(split(sealed.data)[1]), len(data) // 2 + 100, len(data) - 1):
        changed = bytearray(data)
        changed[position] ^= 0x01
        assert code_error(bytes(changed), sealed.code) == "EXCHANGE_TAMPERED_OR_WRONG_CODE"
    assert code_error(sealed.data + b"\0", sealed.code) == "EXCHANGE_DAMAGED"  # bytes appended


def test_a_truncated_file_is_named_truncated_at_every_cut(sealed: x.SealedFile) -> None:
    header_end = len(sealed.data) - len(split(sealed.data)[1])
    cuts = sorted({1, 5, len(x.MAGIC) - 1, len(x.MAGIC), len(x.MAGIC) + 1, len(x.MAGIC) + 2, len(x.MAGIC) + 40,
                   header_end - 1, header_end, header_end + 1, header_end + 16, len(sealed.data) - 17,
                   len(sealed.data) - 1})
    for cut in cuts:
        assert code_error(sealed.data[:cut], sealed.code) == "EXCHANGE_TRUNCATED", cut
    assert code_error(b"", sealed.code) == "EXCHANGE_NOT_A_FILE"


@pytest.mark.parametrize("data", [b"", os.urandom(300), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                                  b"PK\x03\x04" + bytes(100), "SBDESK-EXCHANGE\n".encode("utf-16"),
                                  b"SBDESK-EXCHANGF\n" + bytes(50)])
def test_what_is_not_an_exchange_file_says_so(data: bytes) -> None:
    assert code_error(data) == "EXCHANGE_NOT_A_FILE"
    with pytest.raises(x.NotAnExchangeFile):
        x.peek(data)


def test_a_file_of_another_format_name_or_not_bytes_is_not_an_exchange_file(sealed: x.SealedFile) -> None:
    header, body = split(sealed.data)
    assert code_error(rebuild({**header, "format": "other"}, body)) == "EXCHANGE_NOT_A_FILE"
    assert code_error("SBDESK-EXCHANGE\n") == "EXCHANGE_NOT_A_FILE"
    assert code_error(None) == "EXCHANGE_NOT_A_FILE"


def test_a_newer_version_is_refused_with_its_own_message(sealed: x.SealedFile) -> None:
    header, body = split(sealed.data)
    for version in (2, 17):
        newer = rebuild({**header, "version": version, "something_new": True}, body)
        assert code_error(newer, sealed.code) == "EXCHANGE_VERSION"
        with pytest.raises(x.NewerExchangeVersion) as exc:
            x.peek(newer)
        assert "nyare version av sbdesk" in exc.value.message
    for bad in (0, -1, "1", True, 1.0, None):
        assert code_error(rebuild({**header, "version": bad}, body), sealed.code) == "EXCHANGE_DAMAGED", bad


@pytest.mark.parametrize(("name", "value"), [
    ("memory_kib", 4 * 1024 * 1024), ("memory_kib", 7), ("iterations", 0), ("iterations", 10_000),
    ("lanes", 0), ("lanes", 64), ("memory_kib", "65536"), ("iterations", True), ("name", "pbkdf2"),
])
def test_kdf_parameters_out_of_bounds_are_refused_before_any_work(sealed: x.SealedFile, name: str, value: Any) -> None:
    header, body = split(sealed.data)
    assert code_error(rebuild({**header, "kdf": {**header["kdf"], name: value}}, body),
                      sealed.code) == "EXCHANGE_KDF_PARAMETERS"


def test_production_bounds_refuse_the_cheap_test_parameters(sealed: x.SealedFile) -> None:
    x.use_test_kdf(False)
    assert code_error(sealed.data, sealed.code) == "EXCHANGE_KDF_PARAMETERS"  # never lowered by a file
    header, body = split(sealed.data)
    huge = {**header["kdf"], "memory_kib": 262144 * 2, "iterations": 3, "lanes": 4}
    assert code_error(rebuild({**header, "kdf": huge}, body), sealed.code) == "EXCHANGE_KDF_PARAMETERS"


@pytest.mark.parametrize(("key", "value"), [
    ("kind", "letter"), ("file_id", "XYZ"), ("sender", "198"), ("recipient", 1984), ("recipient", "1980"),
    ("created", "igår"), ("created", "2026-06-15T10:00:00"), ("nonce", "???"), ("nonce", "AAAA"),
    ("length", -5), ("length", "600"), ("kdf", None),
])
def test_malformed_header_fields_are_damage(sealed: x.SealedFile, key: str, value: Any) -> None:
    header, body = split(sealed.data)
    assert code_error(rebuild({**header, key: value}, body), sealed.code) == "EXCHANGE_DAMAGED"


def test_header_shape_problems_are_damage(sealed: x.SealedFile) -> None:
    header, body = split(sealed.data)
    bad_headers = [b"[1,2]", b"{", b"\xff\xfe", b"[" * 2000 + b"]" * 2000, b"{}"]
    for raw in bad_headers:
        assert code_error(x.MAGIC + struct.pack(">H", len(raw)) + raw + body) in {
            "EXCHANGE_DAMAGED", "EXCHANGE_NOT_A_FILE"}
    missing = dict(header)
    del missing["nonce"]
    assert code_error(rebuild(missing, body)) == "EXCHANGE_DAMAGED"
    assert code_error(x.MAGIC + struct.pack(">H", 60000) + bytes(10)) == "EXCHANGE_DAMAGED"  # length beyond bounds
    assert code_error(x.MAGIC + bytes(x.MAX_FILE_BYTES + x.MAX_HEADER_BYTES + 100)) == "EXCHANGE_TOO_LARGE"


def test_a_sealed_payload_that_is_not_an_object_is_content_invalid() -> None:
    made = x.seal("answer", {"ok": 1}, sender="1984", recipient="1980")
    assert x.open_file(made.data, made.code).payload == {"ok": 1}
    listed = x.seal("answer", [1, 2], sender="1984", recipient="1980")  # type: ignore[arg-type]
    assert code_error(listed.data, listed.code) == "EXCHANGE_CONTENT_INVALID"


def _mutations(data: bytes) -> st.SearchStrategy[bytes]:
    """Random edits of a valid file: flipped bytes, cuts, insertions, spliced headers."""
    n = len(data)
    flip = st.tuples(st.integers(0, n - 1), st.integers(1, 255)).map(
        lambda t: data[:t[0]] + bytes([data[t[0]] ^ t[1]]) + data[t[0] + 1:])
    cut = st.integers(0, n).map(lambda i: data[:i])
    insert = st.tuples(st.integers(0, n), st.binary(min_size=1, max_size=20)).map(
        lambda t: data[:t[0]] + t[1] + data[t[0]:])
    header, body = split(data)
    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                               lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids,
                                                                                          max_size=4), max_leaves=12)
    field = st.tuples(st.sampled_from(sorted(header) + ["extra"]), json_values).map(
        lambda t: rebuild({**header, t[0]: t[1]}, body))
    kdf_field = st.tuples(st.sampled_from(sorted(header["kdf"])), json_values).map(
        lambda t: rebuild({**header, "kdf": {**header["kdf"], t[0]: t[1]}}, body))
    return st.one_of(flip, cut, insert, field, kdf_field, st.binary(max_size=400),
                     st.binary(max_size=200).map(lambda b: x.MAGIC + b))


FUZZ_SOURCE = None


def _fuzz_source() -> x.SealedFile:
    global FUZZ_SOURCE
    if FUZZ_SOURCE is None:
        x.use_test_kdf(True)
        FUZZ_SOURCE = x.seal("answer", {"answer": {"reference": "F-2026-0001"}}, sender="1984", recipient="1980")
    return FUZZ_SOURCE


@settings(max_examples=400)
@given(data=st.data())
def test_fuzzed_files_only_ever_raise_the_typed_error(data: st.DataObject) -> None:
    x.use_test_kdf(True)
    source = _fuzz_source()
    blob = data.draw(_mutations(source.data))
    code = data.draw(st.one_of(st.just(source.code), st.text(max_size=40)))
    try:
        opened = x.open_file(blob, code)
    except x.ExchangeFileError as exc:
        assert exc.code.startswith("EXCHANGE_") and exc.message
    else:
        assert blob == source.data and opened.payload == {"answer": {"reference": "F-2026-0001"}}
    try:
        x.peek(blob)
    except x.ExchangeFileError:
        pass


@settings(max_examples=300)
@given(text=st.text(max_size=60))
def test_any_typed_code_is_normalised_or_refused_as_a_typo(text: str) -> None:
    try:
        code = x.normalise_code(text)
    except x.CodeTypo as exc:
        assert exc.code == "EXCHANGE_CODE_TYPO"
    else:
        assert x.normalise_code(code) == code and len(code) == 29
