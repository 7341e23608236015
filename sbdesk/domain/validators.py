# Looked at PyPI `personnummer` 3.2.1 and `python-stdnum` 2.2 (stdnum.se.personnummer): neither takes a `today` for the century, stdnum refuses samordningsnummer, neither gives reasons to word in Swedish.
"""Pure input validators for form fields; each raises ValidationError(field, CODE, Swedish message)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from sbdesk.errors import ValidationError

__all__ = [
    "Personnummer", "luhn_check_digit", "parse_personnummer", "is_valid_personnummer",
    "parse_postnummer", "parse_kronor", "parse_ore", "format_kronor", "format_ore",
    "parse_date", "require_text", "parse_int", "parse_email", "parse_phone", "parse_org_number",
]

NBSP = "\u00a0"
_SPACES = {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "}
_MINUSES = ("-", "\u2212")


def _fail(field: str, code: str, message: str) -> ValidationError:
    return ValidationError(field, code, message)


def _need_str(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} expects str, got {type(value).__name__}")
    return value


def _luhn_sum(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 - i % 2)
        total += v - 9 if v > 9 else v
    return total


def luhn_check_digit(nine_digits: str) -> str:
    """Luhn check digit for nine ASCII digits (weights 2,1,2,… from the left)."""
    if not re.fullmatch(r"[0-9]{9}", nine_digits):
        raise ValueError("luhn_check_digit needs exactly nine ASCII digits")
    return str((10 - _luhn_sum(nine_digits) % 10) % 10)


def _age(birth: datetime.date, on: datetime.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --- Personnummer ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Personnummer:
    """A parsed, valid personnummer or samordningsnummer (repr is masked to keep logs clean)."""

    birth_date: datetime.date
    serial: str
    check: str
    coordination: bool = False
    reference_date: datetime.date | None = dc_field(default=None, compare=False, repr=False)

    @property
    def _day_digits(self) -> str:
        return f"{self.birth_date.day + (60 if self.coordination else 0):02d}"

    @property
    def digits12(self) -> str:
        """Twelve digits YYYYMMDDNNNC, no separator."""
        d = self.birth_date
        return f"{d.year:04d}{d.month:02d}{self._day_digits}{self.serial}{self.check}"

    @property
    def long(self) -> str:
        """Long form YYYYMMDD-NNNC."""
        return f"{self.digits12[:8]}-{self.digits12[8:]}"

    @property
    def short(self) -> str:
        """Short form YYMMDD-NNNC ('+' at 100 or older on the parse-time `today`)."""
        return self.short_on(self.reference_date or datetime.date.today())

    def short_on(self, on: datetime.date) -> str:
        """Short form as written on date `on`."""
        sep = "+" if self.age_on(on) >= 100 else "-"
        return f"{self.digits12[2:8]}{sep}{self.digits12[8:]}"

    @property
    def masked(self) -> str:
        """YYYYMMDD-**** for lists and logs."""
        return f"{self.digits12[:8]}-****"

    def age_on(self, d: datetime.date) -> int:
        """Age in whole years on date `d`."""
        return _age(self.birth_date, d)

    def __repr__(self) -> str:
        return f"Personnummer({self.masked!r}, coordination={self.coordination})"


_PNR_RE = re.compile(r"([0-9]{2})?([0-9]{2})([0-9]{2})([0-9]{2})([-+]?)([0-9]{3})([0-9])")


def parse_personnummer(
    value: str,
    *,
    field: str = "personnummer",
    today: datetime.date | None = None,
    allow_coordination: bool = True,
) -> Personnummer:
    """Parse a personnummer/samordningsnummer in 10- or 12-digit form, with or without '-'/'+'."""
    text = _need_str(value, "parse_personnummer").strip()
    today = today or datetime.date.today()
    if not text:
        raise _fail(field, "REQUIRED", "Ange personnummer.")
    m = _PNR_RE.fullmatch(text)
    if not m:
        raise _fail(field, "PNR_FORMAT",
                    "Ange personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.")
    cent, yy, mm, dd, sep, serial, check = m.groups()
    month, day_raw = int(mm), int(dd)
    coordination = day_raw > 60
    day = day_raw - 60 if coordination else day_raw
    if cent is not None:
        year = int(cent + yy)
    else:
        year = today.year - (today.year - int(yy)) % 100
        if (year, month, day) > (today.year, today.month, today.day):
            year -= 100
        if sep == "+":
            year -= 100
    try:
        birth = datetime.date(year, month, day)
    except ValueError:
        raise _fail(field, "PNR_DATE",
                    "Personnumrets datum finns inte. Kontrollera år, månad och dag.") from None
    if luhn_check_digit(yy + mm + dd + serial) != check:
        raise _fail(field, "PNR_CHECKSUM",
                    "Personnumret har fel kontrollsiffra. Kontrollera siffrorna.")
    if birth > today:
        raise _fail(field, "PNR_FUTURE",
                    "Personnumrets födelsedatum ligger i framtiden. Kontrollera årtalet.")
    if coordination and not allow_coordination:
        raise _fail(field, "PNR_COORDINATION",
                    "Samordningsnummer går inte att använda här. Ange ett personnummer.")
    return Personnummer(birth, serial, check, coordination, reference_date=today)


def is_valid_personnummer(value: object, *, today: datetime.date | None = None) -> bool:
    """True when `value` is a valid personnummer or samordningsnummer."""
    if not isinstance(value, str):
        return False
    try:
        parse_personnummer(value, today=today)
    except ValidationError:
        return False
    return True


# --- Postnummer -----------------------------------------------------------------------------

def parse_postnummer(value: str, *, field: str = "postnummer") -> str:
    """Normalise a Swedish postnummer to 'NNN NN'."""
    text = _need_str(value, "parse_postnummer").strip()
    if not text:
        raise _fail(field, "REQUIRED", "Ange postnummer.")
    m = re.fullmatch(r"([1-9][0-9]{2})[ \u00a0]?([0-9]{2})", text)
    if not m:
        raise _fail(field, "POSTCODE_FORMAT",
                    "Ange postnumret med fem siffror, t.ex. 123 45 (första siffran är inte 0).")
    return f"{m.group(1)} {m.group(2)}"


# --- Money ----------------------------------------------------------------------------------

_AMOUNT_RE = re.compile(r"([0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:[,.]([0-9]+))?")
_SUFFIX_RE = re.compile(r"\s*(?:kr\.?|sek|:-)$", re.IGNORECASE)


def _amount_to_ore(value: str | int | Decimal, field: str, allow_negative: bool,
                   max_kronor: int) -> int:
    if isinstance(value, (float, bool)) or not isinstance(value, (str, int, Decimal)):
        raise TypeError(f"money must be str, int or Decimal, not {type(value).__name__}")
    fmt_msg = ("Ange beloppet med siffror, t.ex. 1 234 567 eller 1 234,50. "
               "Använd mellanslag, inte punkt, mellan tusental.")
    if isinstance(value, int):
        ore = value * 100
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise _fail(field, "AMOUNT_FORMAT", fmt_msg)
        if abs(value) > max_kronor:
            raise _too_large(field, max_kronor)
        scaled = value.scaleb(2)
        if scaled != scaled.to_integral_value():
            raise _fail(field, "AMOUNT_FRACTION", "Beloppet får ha högst två decimaler (öre).")
        ore = int(scaled)
    else:
        text = "".join(_SPACES.get(c, c) for c in value).strip()
        text = _SUFFIX_RE.sub("", text).strip()
        if not text:
            raise _fail(field, "REQUIRED", "Ange ett belopp.")
        negative = text.startswith(_MINUSES)
        if negative or text.startswith("+"):
            text = text[1:]
        m = _AMOUNT_RE.fullmatch(text)
        if not m or len(m.group(2) or "") > 2:
            raise _fail(field, "AMOUNT_FORMAT", fmt_msg)
        whole = m.group(1).replace(" ", "").lstrip("0") or "0"
        if len(whole) > 20:
            raise _too_large(field, max_kronor)
        ore = int(whole) * 100 + int((m.group(2) or "0").ljust(2, "0"))
        ore = -ore if negative else ore
    if ore < 0 and not allow_negative:
        raise _fail(field, "AMOUNT_NEGATIVE", "Beloppet får inte vara negativt.")
    if abs(ore) > max_kronor * 100:
        raise _too_large(field, max_kronor)
    return ore


def _too_large(field: str, max_kronor: int) -> ValidationError:
    return _fail(field, "AMOUNT_RANGE",
                 f"Beloppet är för stort. Högsta tillåtna belopp är {format_kronor(max_kronor)}.")


def parse_kronor(value: str | int | Decimal, *, field: str = "belopp",
                 allow_negative: bool = False, max_kronor: int = 10**12) -> int:
    """Parse a whole-kronor amount ('1 234 567 kr', '1234,00'); floats raise TypeError."""
    ore = _amount_to_ore(value, field, allow_negative, max_kronor)
    if ore % 100:
        raise _fail(field, "AMOUNT_FRACTION",
                    "Ange beloppet i hela kronor, utan öre.")
    return ore // 100


def parse_ore(value: str | int | Decimal, *, field: str = "belopp",
              allow_negative: bool = False, max_kronor: int = 10**12) -> int:
    """Parse a kronor amount with up to two decimals ('1 234,50') into öre; ints are kronor."""
    return _amount_to_ore(value, field, allow_negative, max_kronor)


def _group(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


def format_kronor(amount: int) -> str:
    """Whole kronor as '1 234 567 kr' (U+00A0 between thousands)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("format_kronor expects int")
    return f"{'-' if amount < 0 else ''}{_group(abs(amount))} kr"


def format_ore(ore: int) -> str:
    """Öre as '1 234 567,50 kr' (U+00A0 between thousands)."""
    if isinstance(ore, bool) or not isinstance(ore, int):
        raise TypeError("format_ore expects int")
    kr, rest = divmod(abs(ore), 100)
    return f"{'-' if ore < 0 else ''}{_group(kr)},{rest:02d} kr"


# --- Dates ----------------------------------------------------------------------------------

def parse_date(value: str | datetime.date, *, field: str = "datum",
               min_date: datetime.date | None = None,
               max_date: datetime.date | None = None) -> datetime.date:
    """Parse 'YYYY-MM-DD' or 'YYYYMMDD' (or take a date) and check the optional range."""
    if isinstance(value, datetime.datetime):
        result = value.date()
    elif isinstance(value, datetime.date):
        result = value
    else:
        text = _need_str(value, "parse_date").strip()
        if not text:
            raise _fail(field, "REQUIRED", "Ange ett datum.")
        m = re.fullmatch(r"([0-9]{4})-?([0-9]{2})-?([0-9]{2})", text)
        if not m or (("-" in text) and text.count("-") != 2):
            raise _fail(field, "DATE_FORMAT", "Ange datum som ÅÅÅÅ-MM-DD.")
        try:
            result = datetime.date(*(int(g) for g in m.groups()))
        except ValueError:
            raise _fail(field, "DATE_FORMAT",
                        "Datumet finns inte. Kontrollera månad och dag (ÅÅÅÅ-MM-DD).") from None
    if min_date is not None and result < min_date:
        raise _fail(field, "DATE_RANGE", f"Datumet får inte vara tidigare än {min_date.isoformat()}.")
    if max_date is not None and result > max_date:
        raise _fail(field, "DATE_RANGE", f"Datumet får inte vara senare än {max_date.isoformat()}.")
    return result


# --- Text and numbers -----------------------------------------------------------------------

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def require_text(value: str | None, *, field: str, max_length: int = 200,
                 required: bool = True, allow_newlines: bool = False) -> str | None:
    """Strip and NFC-normalise text; refuse empty (if required), too long or control characters."""
    if value is not None:
        _need_str(value, "require_text")
    text = unicodedata.normalize("NFC", value).strip() if value else ""
    if not text:
        if required:
            raise _fail(field, "REQUIRED", "Fältet måste fyllas i.")
        return None
    for ch in text:
        if allow_newlines and ch in "\n\r\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            raise _fail(field, "TEXT_CONTROL",
                        "Texten innehåller otillåtna tecken (t.ex. radbrytning eller "
                        "styrtecken). Skriv in texten igen utan dem.")
    if len(text) > max_length:
        raise _fail(field, "TOO_LONG",
                    f"Texten är för lång: högst {max_length} tecken (nu {len(text)}).")
    return text


def parse_int(value: str | int | None, *, field: str, min_value: int | None = None,
              max_value: int | None = None, required: bool = True) -> int | None:
    """Parse a whole number (optional sign) and check the optional bounds."""
    if isinstance(value, (float, bool)):
        raise TypeError(f"parse_int does not take {type(value).__name__}")
    if isinstance(value, int):
        number = value
    else:
        text = "" if value is None else _need_str(value, "parse_int").strip()
        if not text:
            if required:
                raise _fail(field, "REQUIRED", "Ange ett tal.")
            return None
        m = re.fullmatch(r"([-+\u2212]?)([0-9]+)", text)
        if not m:
            raise _fail(field, "INT_FORMAT", "Ange ett heltal med siffror, t.ex. 12.")
        if len(m.group(2).lstrip("0")) > 30:
            raise _fail(field, "INT_RANGE", "Talet är för stort.")
        number = int(m.group(2).lstrip("0") or "0") * (-1 if m.group(1) in _MINUSES else 1)
    if min_value is not None and number < min_value:
        raise _fail(field, "INT_RANGE", f"Talet får inte vara mindre än {min_value}.")
    if max_value is not None and number > max_value:
        raise _fail(field, "INT_RANGE", f"Talet får inte vara större än {max_value}.")
    return number


# --- Contact details ------------------------------------------------------------------------

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")


def parse_email(value: str | None, *, field: str = "e-post", required: bool = False) -> str | None:
    """Sanity-check an e-mail address (not RFC-complete); the domain is lower-cased."""
    text = "" if value is None else _need_str(value, "parse_email").strip()
    if not text:
        if required:
            raise _fail(field, "REQUIRED", "Ange en e-postadress.")
        return None
    bad = _fail(field, "EMAIL_FORMAT", "Ange e-postadressen som namn@exempel.se.")
    if len(text) > 254 or text.count("@") != 1:
        raise bad
    local, domain = text.split("@")
    labels = domain.split(".")
    if (len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local) or len(labels) < 2
            or not all(_EMAIL_LABEL.fullmatch(lb) for lb in labels)
            or len(labels[-1]) < 2 or labels[-1].isdigit()):
        raise bad
    return f"{local}@{domain.lower()}"


def parse_phone(value: str | None, *, field: str = "telefon", required: bool = False) -> str | None:
    """Check a phone number (digits, spaces, '-', '()', leading '+'; 6–20 digits)."""
    text = "" if value is None else _need_str(value, "parse_phone").strip()
    text = " ".join(text.split())
    if not text:
        if required:
            raise _fail(field, "REQUIRED", "Ange ett telefonnummer.")
        return None
    digits = sum(c in "0123456789" for c in text)
    if not re.fullmatch(r"\+?[0-9 ()-]+", text) or not 6 <= digits <= 20:
        raise _fail(field, "PHONE_FORMAT",
                    "Ange telefonnumret med 6–20 siffror, t.ex. 08-123 456 78 eller +46 8 123 456 78.")
    return text


def parse_org_number(value: str, *, field: str = "organisationsnummer") -> str:
    """Validate a Swedish organisationsnummer and return it as 'NNNNNN-NNNN'."""
    text = _need_str(value, "parse_org_number").strip()
    if not text:
        raise _fail(field, "REQUIRED", "Ange organisationsnummer.")
    m = re.fullmatch(r"(?:16)?([0-9]{6})-?([0-9]{4})", text)
    if not m:
        raise _fail(field, "ORG_FORMAT", "Ange organisationsnumret som NNNNNN-NNNN.")
    digits = m.group(1) + m.group(2)
    if digits[2] < "2":
        raise _fail(field, "ORG_FORMAT",
                    "Organisationsnumrets tredje siffra ska vara 2 eller högre. "
                    "Kontrollera att det inte är ett personnummer.")
    if luhn_check_digit(digits[:9]) != digits[9]:
        raise _fail(field, "ORG_CHECKSUM",
                    "Organisationsnumret har fel kontrollsiffra. Kontrollera siffrorna.")
    return f"{digits[:6]}-{digits[6:]}"
