"""Letter templates: the merge-field parser (hypothesis), rendering rules, and the stored templates
(defaults, edited copies in the database, reset, audit)."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sbdesk.documents.merge import Block, TemplateError, clean_value, parse_template, render, render_text
from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.setting import Setting
from sbdesk.errors import ValidationError
from sbdesk.services import letter_templates as svc
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind

KNOWN = frozenset({"hushall.vuxna", "hushall.barn", "datum", "lagenhet.adress"})
names = st.sampled_from(sorted(KNOWN))
# literal text without braces or line structure: what a template holds between its fields
literal = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="{}%#-•\n\u2028"
                                         "\u2029\x85\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
                  max_size=15)


def codes(exc: ValidationError) -> list[str]:
    return [e.error_code for e in exc.errors]


# -- the parser --------------------------------------------------------------------------------


@given(st.text(max_size=200))
def test_any_text_parses_or_raises_a_template_error(text: str) -> None:
    try:
        parsed = parse_template(text, KNOWN)
    except TemplateError as exc:
        assert exc.errors and all(isinstance(e, TemplateError) for e in exc.errors)
        assert all(e.line is None or e.line >= 1 for e in exc.errors)
    else:
        assert parsed.fields <= KNOWN
        render(parsed, {})  # never raises


@given(st.lists(st.tuples(literal, names), min_size=1, max_size=6), literal,
       st.dictionaries(names, st.text(alphabet=string.ascii_letters + "åäö ", min_size=1, max_size=8).map(
           lambda s: s.strip() or "x")))
def test_rendering_puts_each_value_in_place_of_its_field(pairs: list[tuple[str, str]], tail: str,
                                                          values: dict[str, str]) -> None:
    text = "".join(lit + "{" + name + "}" for lit, name in pairs) + tail
    expected = "".join(lit + values.get(name, "") for lit, name in pairs) + tail
    blocks = render_text(text, KNOWN, values)
    if not any(values.get(name) for _, name in pairs):  # every field empty: the line is left out
        assert blocks == []
    else:
        assert blocks == ([Block("paragraph", expected.strip())] if expected.strip() else [])


@given(st.text(alphabet=string.ascii_letters + "._[]0123456789", min_size=1, max_size=20).filter(
    lambda s: s.strip() not in KNOWN))
def test_an_unknown_field_is_named_in_the_error(name: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("# Rubrik\nHej {" + name + "}!", KNOWN)
    err = caught.value
    assert err.error_code in {"UNKNOWN_MERGE_FIELD", "TEMPLATE_BRACES"}
    if err.error_code == "UNKNOWN_MERGE_FIELD":
        assert err.merge_field == name.strip() and "{" + name.strip() + "}" in err.message and err.line == 2


@given(literal)
def test_doubled_braces_print_one_brace(text: str) -> None:
    blocks = render_text("{{" + text + "}}", KNOWN, {})
    assert blocks == [Block("paragraph", ("{" + text + "}").strip())]


@pytest.mark.parametrize("template, code", [
    ("Hej {hushall.vuxna!r}", "MERGE_FIELD_FORMAT"),
    ("Hej {hushall.vuxna:>30}", "MERGE_FIELD_FORMAT"),
    ("Hej {datum:{datum}}", "MERGE_FIELD_FORMAT"),
    ("Hej {}", "EMPTY_MERGE_FIELD"),
    ("Hej {0}", "UNKNOWN_MERGE_FIELD"),
    ("Hej {hushall.__class__}", "UNKNOWN_MERGE_FIELD"),
    ("Hej {hushall[0]}", "UNKNOWN_MERGE_FIELD"),
    ("Hej {datum", "TEMPLATE_BRACES"),
    ("Hej } där", "TEMPLATE_BRACES"),
    ("Hej \x07", "TEMPLATE_CHARACTERS"),
    ("Hej \u202e dolt", "TEMPLATE_CHARACTERS"),
    ("% bara en kommentar\n\n", "EMPTY_TEMPLATE"),
    ("x" * 20_001, "TOO_LONG"),
])
def test_unsafe_or_broken_templates_are_refused(template: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_template(template, KNOWN)
    assert caught.value.error_code == code


def test_every_problem_is_reported_with_its_line() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("# Rubrik\n{okand.ett}\nText {datum}\n- {okand.tva} och {hushall.barn:3}", KNOWN)
    found = [(e.error_code, e.line, e.merge_field) for e in caught.value.errors]  # type: ignore[attr-defined]
    assert found == [("UNKNOWN_MERGE_FIELD", 2, "okand.ett"), ("UNKNOWN_MERGE_FIELD", 4, "okand.tva"),
                     ("MERGE_FIELD_FORMAT", 4, "hushall.barn")]
    assert caught.value.message.startswith("Rad 2:")


def test_structure_headings_bullets_paragraphs_comments_and_empty_lines() -> None:
    text = ("% en kommentar {okand} skrivs aldrig ut\n# Rubrik {datum}\nFörsta raden\nandra raden.\n\nNytt stycke.\n"
            "- Vuxna: {hushall.vuxna}\n- Barn: {hushall.barn}\n- {lagenhet.adress}\nSista {hushall.barn}")
    blocks = render_text(text, KNOWN, {"datum": "2026-03-16", "hushall.vuxna": "1", "lagenhet.adress": "A 1\nB 2"})
    assert blocks == [Block("heading", "Rubrik 2026-03-16"), Block("paragraph", "Första raden andra raden."),
                      Block("paragraph", "Nytt stycke."), Block("bullet", "Vuxna: 1"), Block("bullet", "A 1"),
                      Block("bullet", "B 2")]


def test_values_are_plain_text_without_control_characters() -> None:
    assert clean_value("a\x00b\tc\u202ed\r\ne ") == "a b c d\ne"
    assert clean_value(None) == "" and clean_value(3) == "3"


# -- the stored templates ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(LetterKind))
def test_defaults_are_valid_and_use_only_their_own_fields(kind: LetterKind) -> None:
    text = svc.default_template(kind)
    parsed = svc.validate_template(kind, text)
    assert parsed.fields <= svc.field_names(kind)
    first = render(parsed, {name: "x" for name in parsed.fields})[0]
    assert first.kind == "heading"
    for field in svc.merge_fields(kind):
        assert field.description and field.placeholder == "{" + field.name + "}"


def test_defaults_document_every_field_they_offer() -> None:
    for kind in LetterKind:
        comments = "\n".join(line for line in svc.default_template(kind).splitlines() if line.startswith("%"))
        assert all(f.placeholder in comments for f in svc.merge_fields(kind)), kind


def test_get_set_and_reset_a_template(ctx: ServiceContext) -> None:
    info = svc.get_template(ctx, "offer")
    assert info.is_default and info.text == svc.default_template(LetterKind.OFFER)
    text = "# Erbjudande\nVi erbjuder er {lagenhet.adress}.\r\n"
    saved = svc.set_template(ctx, LetterKind.OFFER, text)
    assert not saved.is_default
    again = svc.get_template(ctx, "offer")
    assert (again.text, again.is_default) == ("# Erbjudande\nVi erbjuder er {lagenhet.adress}.\n", False)
    assert svc.get_template(ctx, "priority").is_default  # other kinds untouched
    with ctx.read() as s:
        assert s.get(Setting, "letter.template.offer").value == again.text
    svc.reset_template(ctx, "offer")
    assert svc.get_template(ctx, "offer").is_default
    with ctx.read() as s:
        assert s.get(Setting, "letter.template.offer") is None
        events = s.scalars(select(AuditEvent).where(AuditEvent.action.like("letter_template.%"))
                           .order_by(AuditEvent.id)).all()
        assert [(e.action, json.loads(e.details)) for e in events] == [
            ("letter_template.update", {"kind": "offer"}), ("letter_template.reset", {"kind": "offer"})]


def test_an_unknown_merge_field_is_refused_and_nothing_is_stored(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.set_template(ctx, "request", "# Förfrågan\nHej {hushall.vuxen}")  # 'vuxna' is right
    assert caught.value.error_code == "UNKNOWN_MERGE_FIELD"
    assert "{hushall.vuxen}" in caught.value.message
    assert svc.get_template(ctx, "request").is_default
    assert svc.check_template("request", "# Förfrågan\nHej {hushall.vuxna}") is None
    assert "{lagenhet.adress}" in (svc.check_template("request", "# F\n{lagenhet.adress}") or "")  # an offer field


def test_an_unknown_kind_is_a_validation_error(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.get_template(ctx, "brevduva")
    assert caught.value.error_code == "UNKNOWN_LETTER_KIND"


def test_a_stored_copy_that_no_longer_validates_falls_back_to_the_default(ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Setting(key="letter.template.offer", value="# Gammal\n{borttaget.falt}"))
    parsed = svc.parsed_template(ctx, "offer")
    assert parsed == svc.validate_template("offer", svc.default_template("offer"))
