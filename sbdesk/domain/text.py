"""Swedish text helpers that need no database: collation key for sorting names."""

from __future__ import annotations

import unicodedata

# Swedish alphabet order: ... x y z å ä ö (and ü sorts as y, é as e, æ as ä, ø as ö).
_TAIL = {"å": "{0", "ä": "{1", "æ": "{1", "ö": "{2", "ø": "{2", "ü": "y"}


def swedish_sort_key(text: str) -> str:
    """A key that sorts strings the Swedish way (Å, Ä, Ö last; accents otherwise ignored)."""
    out = []
    for ch in text.casefold():
        if ch in _TAIL:
            out.append(_TAIL[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out)
