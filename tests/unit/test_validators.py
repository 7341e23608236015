"""Tests for sbdesk.domain.validators (fictional personnummer only: 19121212-1212 or generated)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbdesk.domain import validators as v
from sbdesk.errors import ValidationError

TODAY = dt.date(2025, 6, 15)
NBSP = "\u00a0"


def code_of(fn, *args, **kwargs) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert err.message.strip(), "message must not be empty"
    assert err.field
    return err.error_code


def make_pnr(birth: dt.date, serial: str, coordination: bool = False) -> str:
    """Build a valid 12-digit long form (YYYYMMDD-NNNC) for a generated identity."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial}"
    return f"{birth.year:04d}{birth.month:02d}{day:02d}-{serial}{v.luhn_check_digit(nine)}"


births = st.dates(min_value=dt.date(1826, 6, 16), max_value=TODAY)
serials = st.from_regex(r"[0-9]{3}", fullmatch=True)


# --- personnummer: examples -------------------------------------------------------------------

def test_skatteverket_test_identity_all_forms() -> None:
    expected = v.Personnummer(dt.date(1912, 12, 12), "121", "2", False)
    for text in ["19121212-1212", "191212121212", "19121212+1212", "121212+1212",
                 "  121212+1212  "]:
        assert v.parse_personnummer(text, today=TODAY) == expected, text
    p = v.parse_personnummer("19121212-1212", today=TODAY)
    assert p.long == "19121212-1212"
    assert p.short == "121212+1212"
    assert p.digits12 == "191212121212"
    assert p.masked == "19121212-****"
    assert p.age_on(TODAY) == 112
    assert "1212-1212" not in repr(p)


def test_minus_picks_recent_century_plus_goes_back_a_century() -> None:
    assert v.parse_personnummer("121212-1212", today=TODAY).birth_date == dt.date(2012, 12, 12)
    assert v.parse_personnummer("121212+1212", today=TODAY).birth_date == dt.date(1912, 12, 12)
    # A YYMMDD that is later this year than today belongs to the previous century.
    later = make_pnr(dt.date(1925, 12, 24), "123")[2:]
    assert v.parse_personnummer(later, today=TODAY).birth_date == dt.date(1925, 12, 24)
    born_today = make_pnr(dt.date(2025, 6, 15), "123")[2:]
    assert v.parse_personnummer(born_today, today=TODAY).birth_date == TODAY


def test_plus_in_short_form_from_the_hundredth_birthday() -> None:
    p = v.parse_personnummer(make_pnr(dt.date(1925, 6, 15), "456"), today=TODAY)
    assert p.short_on(dt.date(2025, 6, 14))[6] == "-"
    assert p.short_on(dt.date(2025, 6, 15))[6] == "+"
    assert p.short[6] == "+"


def test_samordningsnummer() -> None:
    text = make_pnr(dt.date(1990, 3, 7), "238", coordination=True)
    assert text[6:8] == "67"
    p = v.parse_personnummer(text, today=TODAY)
    assert p.coordination and p.birth_date == dt.date(1990, 3, 7)
    assert p.long == text
    assert code_of(v.parse_personnummer, text, today=TODAY,
                   allow_coordination=False) == "PNR_COORDINATION"
    assert v.parse_personnummer(make_pnr(dt.date(1990, 3, 7), "238"), today=TODAY,
                                allow_coordination=False).coordination is False


def test_future_birth_date_refused() -> None:
    future = make_pnr(dt.date(2030, 1, 1), "123")
    assert code_of(v.parse_personnummer, future, today=TODAY) == "PNR_FUTURE"
    tomorrow = make_pnr(TODAY + dt.timedelta(days=1), "123")
    assert code_of(v.parse_personnummer, tomorrow, today=TODAY) == "PNR_FUTURE"


@pytest.mark.parametrize(("text", "code"), [
    ("", "REQUIRED"),
    ("   ", "REQUIRED"),
    ("1912121212", "PNR_CHECKSUM"),  # wrong century is fine, digits are checked
    ("19121212-1213", "PNR_CHECKSUM"),
    ("19121312-1212", "PNR_DATE"),
    ("19120230-1212", "PNR_DATE"),
    ("1912121-21212", "PNR_FORMAT"),
    ("19121212--1212", "PNR_FORMAT"),
    ("abcdef-1234", "PNR_FORMAT"),
    ("12345", "PNR_FORMAT"),
    ("\uff11" * 10, "PNR_FORMAT"),  # full-width digits are not ASCII digits
])
def test_personnummer_error_codes(text: str, code: str) -> None:
    assert code_of(v.parse_personnummer, text, today=TODAY) == code


def test_personnummer_helpers() -> None:
    assert v.luhn_check_digit("121212121") == "2"
    with pytest.raises(ValueError):
        v.luhn_check_digit("12")
    assert v.is_valid_personnummer("19121212-1212")
    assert not v.is_valid_personnummer("19121212-1213")
    assert not v.is_valid_personnummer(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        v.parse_personnummer(191212121212)  # type: ignore[arg-type]


# --- personnummer: properties -----------------------------------------------------------------

@given(births, serials, st.booleans())
def test_generated_personnummer_round_trips(birth: dt.date, serial: str, coord: bool) -> None:
    text = make_pnr(birth, serial, coord)
    p = v.parse_personnummer(text, today=TODAY)
    assert (p.birth_date, p.serial, p.coordination) == (birth, serial, coord)
    assert p.long == text
    assert v.parse_personnummer(p.long, today=TODAY) == p
    assert v.parse_personnummer(p.short, today=TODAY) == p
    assert v.parse_personnummer(p.digits12, today=TODAY) == p
    if p.age_on(TODAY) < 100:  # without a '+' a ten-digit number means "under 100"
        assert v.parse_personnummer(p.short.replace("-", ""), today=TODAY) == p


@given(births, serials, st.integers(0, 9), st.integers(1, 9))
def test_changing_one_digit_breaks_it(birth: dt.date, serial: str, pos: int, delta: int) -> None:
    ten = make_pnr(birth, serial)[2:].replace("-", "")
    changed = ten[:pos] + str((int(ten[pos]) + delta) % 10) + ten[pos + 1:]
    assert v.luhn_check_digit(changed[:9]) != changed[9]
    assert not v.is_valid_personnummer(changed, today=TODAY)


@given(st.text(max_size=30))
def test_random_text_only_raises_validation_error(text: str) -> None:
    for fn in (v.parse_personnummer, v.parse_postnummer, v.parse_kronor, v.parse_ore,
               v.parse_date, v.parse_org_number, v.parse_email, v.parse_phone):
        try:
            fn(text)
        except ValidationError as err:
            assert err.error_code and err.message
    for fn2 in (v.require_text, v.parse_int):
        try:
            fn2(text, field="f")
        except ValidationError as err:
            assert err.error_code and err.message


# --- postnummer -------------------------------------------------------------------------------

def test_postnummer() -> None:
    assert v.parse_postnummer("12345") == "123 45"
    assert v.parse_postnummer(" 123 45 ") == "123 45"
    assert v.parse_postnummer("123\u00a045") == "123 45"
    for bad in ["02345", "1234", "123456", "12 345", "abcde"]:
        assert code_of(v.parse_postnummer, bad) == "POSTCODE_FORMAT"
    assert code_of(v.parse_postnummer, "") == "REQUIRED"


@given(st.from_regex(r"[1-9][0-9]{2} ?[0-9]{2}", fullmatch=True))
def test_postnummer_normalisation_is_idempotent(text: str) -> None:
    once = v.parse_postnummer(text)
    assert v.parse_postnummer(once) == once
    assert once.replace(" ", "") == text.replace(" ", "")


# --- money ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "1 234 567", "1 234 567 kr", "1234567", "1234567,00", "1234567.00", "1\u00a0234\u00a0567",
    "1\u2009234\u2009567", "1\u202f234\u202f567 kr", " 1 234 567 KR ", "1234567:-", "1 234 567,0",
])
def test_parse_kronor_swedish_formats(text: str) -> None:
    assert v.parse_kronor(text) == 1234567


def test_parse_kronor_other_inputs_and_codes() -> None:
    assert v.parse_kronor(12) == 12
    assert v.parse_kronor(Decimal("12.00")) == 12
    assert v.parse_kronor("-5", allow_negative=True) == -5
    assert v.parse_kronor("\u22125 kr", allow_negative=True) == -5
    assert code_of(v.parse_kronor, "-5") == "AMOUNT_NEGATIVE"
    assert code_of(v.parse_kronor, -5) == "AMOUNT_NEGATIVE"
    assert code_of(v.parse_kronor, "1234,50") == "AMOUNT_FRACTION"
    assert code_of(v.parse_kronor, Decimal("1.5")) == "AMOUNT_FRACTION"
    for bad in ["1.234.567", "1.234", "12 34", "1,2,3", "tusen", "1 234,", "kr 5", "NaN"]:
        assert code_of(v.parse_kronor, bad) == "AMOUNT_FORMAT", bad
    assert code_of(v.parse_kronor, Decimal("NaN")) == "AMOUNT_FORMAT"
    assert code_of(v.parse_kronor, "") == "REQUIRED"
    assert code_of(v.parse_kronor, "1001", max_kronor=1000) == "AMOUNT_RANGE"
    assert code_of(v.parse_kronor, "9" * 5000) == "AMOUNT_RANGE"
    assert code_of(v.parse_kronor, Decimal("1e5000")) == "AMOUNT_RANGE"


@pytest.mark.parametrize("fn", [v.parse_kronor, v.parse_ore, v.format_kronor, v.format_ore])
def test_float_and_bool_are_programming_errors(fn) -> None:
    with pytest.raises(TypeError):
        fn(12.0)
    with pytest.raises(TypeError):
        fn(True)


def test_parse_ore_and_formatting() -> None:
    assert v.parse_ore("1 234,50") == 123450
    assert v.parse_ore("1234.5") == 123450
    assert v.parse_ore("0,05 kr") == 5
    assert v.parse_ore(12) == 1200
    assert v.parse_ore(Decimal("0.01")) == 1
    assert code_of(v.parse_ore, "1,505") == "AMOUNT_FORMAT"
    assert code_of(v.parse_ore, Decimal("0.005")) == "AMOUNT_FRACTION"
    assert v.format_kronor(1234567) == f"1{NBSP}234{NBSP}567 kr"
    assert v.format_kronor(0) == "0 kr"
    assert v.format_kronor(-1000) == f"-1{NBSP}000 kr"
    assert v.format_ore(123456750) == f"1{NBSP}234{NBSP}567,50 kr"
    assert v.format_ore(-5) == "-0,05 kr"


@given(st.integers(-10**12, 10**12))
def test_kronor_round_trip(n: int) -> None:
    assert v.parse_kronor(v.format_kronor(n), allow_negative=True) == n


@given(st.integers(-10**14, 10**14))
def test_ore_round_trip(n: int) -> None:
    assert v.parse_ore(v.format_ore(n), allow_negative=True) == n


# --- dates ------------------------------------------------------------------------------------

def test_parse_date() -> None:
    assert v.parse_date("2024-02-29") == dt.date(2024, 2, 29)
    assert v.parse_date(" 20240229 ") == dt.date(2024, 2, 29)
    assert v.parse_date(dt.date(2024, 1, 1)) == dt.date(2024, 1, 1)
    assert v.parse_date(dt.datetime(2024, 1, 1, 12, 0)) == dt.date(2024, 1, 1)
    for bad in ["2023-02-29", "2024-13-01", "24-01-01", "2024/01/01", "2024-0101", "1 jan"]:
        assert code_of(v.parse_date, bad) == "DATE_FORMAT", bad
    assert code_of(v.parse_date, "") == "REQUIRED"
    lo, hi = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    assert v.parse_date("2024-01-01", min_date=lo, max_date=hi) == lo
    assert code_of(v.parse_date, "2023-12-31", min_date=lo) == "DATE_RANGE"
    assert code_of(v.parse_date, dt.date(2025, 1, 1), max_date=hi) == "DATE_RANGE"


@given(st.dates())
def test_date_iso_round_trip(d: dt.date) -> None:
    assert v.parse_date(d.isoformat()) == d
    assert v.parse_date(d.strftime("%Y%m%d") if d.year >= 1000 else d.isoformat()) == d


# --- text and integers ------------------------------------------------------------------------

def test_require_text() -> None:
    assert v.require_text("  Åsa  ", field="namn") == "Åsa"
    assert v.require_text("A\u030asa", field="namn") == "Åsa"  # NFC
    assert v.require_text("  ", field="namn", required=False) is None
    assert v.require_text(None, field="namn", required=False) is None
    assert code_of(v.require_text, None, field="namn") == "REQUIRED"
    assert code_of(v.require_text, "   ", field="namn") == "REQUIRED"
    assert code_of(v.require_text, "x" * 201, field="namn") == "TOO_LONG"
    assert v.require_text("x" * 200, field="namn") == "x" * 200
    for bad in ["a\x00b", "a\nb", "a\x1bb", "a\u202eb"]:
        assert code_of(v.require_text, bad, field="namn") == "TEXT_CONTROL"
    assert v.require_text("rad 1\nrad 2", field="notering", allow_newlines=True) == "rad 1\nrad 2"


@given(st.text(max_size=50))
def test_require_text_result_is_clean(text: str) -> None:
    try:
        out = v.require_text(text, field="f", max_length=40)
    except ValidationError as err:
        assert err.error_code in {"REQUIRED", "TOO_LONG", "TEXT_CONTROL"}
    else:
        assert out and out == out.strip() and len(out) <= 40


def test_parse_int() -> None:
    assert v.parse_int(" 42 ", field="antal") == 42
    assert v.parse_int("-3", field="antal") == -3
    assert v.parse_int(7, field="antal") == 7
    assert v.parse_int("", field="antal", required=False) is None
    assert v.parse_int(None, field="antal", required=False) is None
    assert code_of(v.parse_int, None, field="antal") == "REQUIRED"
    for bad in ["4.2", "4,2", "fyra", "1 000", "--1"]:
        assert code_of(v.parse_int, bad, field="antal") == "INT_FORMAT", bad
    assert code_of(v.parse_int, "0", field="antal", min_value=1) == "INT_RANGE"
    assert code_of(v.parse_int, "11", field="antal", max_value=10) == "INT_RANGE"
    assert code_of(v.parse_int, "9" * 5000, field="antal") == "INT_RANGE"
    with pytest.raises(TypeError):
        v.parse_int(4.0, field="antal")  # type: ignore[arg-type]


@given(st.integers(-10**20, 10**20))
def test_parse_int_round_trip(n: int) -> None:
    assert v.parse_int(str(n), field="f") == n


# --- contact details and organisationsnummer --------------------------------------------------

def test_parse_email() -> None:
    assert v.parse_email(" Anna.Svensson@Kommun.SE ") == "Anna.Svensson@kommun.se"
    assert v.parse_email("a+b@xn--rksmrgs-5wao1o.se") == "a+b@xn--rksmrgs-5wao1o.se"
    assert v.parse_email("") is None
    assert code_of(v.parse_email, "", required=True) == "REQUIRED"
    for bad in ["anna", "anna@", "@kommun.se", "anna@kommun", "a b@kommun.se", "a@@kommun.se",
                "a..b@kommun.se", "a@kommun..se", "a@-kommun.se", "a@kommun.s", "a@1.2.3.4"]:
        assert code_of(v.parse_email, bad) == "EMAIL_FORMAT", bad


def test_parse_phone() -> None:
    assert v.parse_phone(" 08-123 456  78 ") == "08-123 456 78"
    assert v.parse_phone("+46 (0)8 123 456 78") == "+46 (0)8 123 456 78"
    assert v.parse_phone(None) is None
    assert code_of(v.parse_phone, "", required=True) == "REQUIRED"
    for bad in ["12345", "1" * 21, "08-123 abc", "46+8123456", "tel: 0812345678"]:
        assert code_of(v.parse_phone, bad) == "PHONE_FORMAT", bad


def _org(nine: str) -> str:
    return f"{nine[:6]}-{nine[6:]}{v.luhn_check_digit(nine)}"


@given(st.from_regex(r"[0-9]{2}[2-9][0-9]{6}", fullmatch=True))
def test_org_number_generated(nine: str) -> None:
    text = _org(nine)
    assert v.parse_org_number(text) == text
    assert v.parse_org_number(text.replace("-", "")) == text
    assert v.parse_org_number("16" + text) == text
    wrong = text[:-1] + str((int(text[-1]) + 1) % 10)
    assert code_of(v.parse_org_number, wrong) == "ORG_CHECKSUM"


def test_org_number_codes() -> None:
    assert code_of(v.parse_org_number, "") == "REQUIRED"
    assert code_of(v.parse_org_number, "12345-678") == "ORG_FORMAT"
    assert code_of(v.parse_org_number, _org("121212121")) == "ORG_FORMAT"  # looks like a pnr


@settings(max_examples=50)
@given(st.sampled_from(["belopp", "pris"]), st.text(max_size=5))
def test_errors_carry_the_field_name(field: str, junk: str) -> None:
    try:
        v.parse_kronor("x" + junk, field=field)
    except ValidationError as err:
        assert err.field == field
        assert err.by_field() == {field: err.message}
