"""Letter templates: plain text with merge fields such as {hushall.vuxna}, parsed safely and
rendered into blocks (headings, paragraphs, bullets) that the PDF layout prints.

Template syntax (the municipality edits it in Inställningar → Brevmallar):

* ``% text``  a comment line, never printed (the default templates document their fields this way);
* ``# text``  a heading (the first heading is the letter's title);
* ``- text``  a bullet point;
* a blank line ends a paragraph; the lines of one paragraph are joined with a space;
* ``{falt.namn}`` a merge field; ``{{`` and ``}}`` print a brace;
* a line whose merge fields are all empty is left out (so optional details need no condition).

Safety: the text is parsed with ``string.Formatter().parse`` only; a field name is looked up as a
whole string in a plain dict of known names — never evaluated, never an attribute or index lookup —
and format specs or conversions (``{x:>10}``, ``{x!r}``) are refused.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from sbdesk.errors import ValidationError

MAX_TEMPLATE_LENGTH = 20_000
MAX_ERRORS = 20
_FORMATTER = string.Formatter()
_HEADING = re.compile(r"#\s+|#$")
_BULLET = re.compile(r"[-•]\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_VALUE_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

LineKind = Literal["heading", "bullet", "text", "blank"]
BlockKind = Literal["heading", "paragraph", "bullet"]


class TemplateError(ValidationError):
    """A template that cannot be used; `merge_field` and `line` say where (when known)."""

    def __init__(self, field: str, code: str, message: str, errors: list[ValidationError] | None = None, *,
                 merge_field: str | None = None, line: int | None = None) -> None:
        super().__init__(field, code, message, errors)
        self.merge_field = merge_field
        self.line = line


@dataclass(frozen=True)
class Segment:
    """Literal text followed by an optional merge field."""

    literal: str
    field: str | None


@dataclass(frozen=True)
class TemplateLine:
    """One source line: its kind, its segments and its line number (1-based)."""

    kind: LineKind
    segments: tuple[Segment, ...]
    number: int


@dataclass(frozen=True)
class ParsedTemplate:
    """A validated template: its lines and the merge fields it uses."""

    lines: tuple[TemplateLine, ...]
    fields: frozenset[str]


@dataclass(frozen=True)
class Block:
    """A rendered piece of a letter: plain text (never markup); '\\n' inside means a line break."""

    kind: BlockKind
    text: str


def _error(field: str, code: str, message: str, *, line: int | None = None,
           merge_field: str | None = None) -> TemplateError:
    prefix = f"Rad {line}: " if line is not None else ""
    return TemplateError(field, code, prefix + message, merge_field=merge_field, line=line)


def _split_kind(raw: str) -> tuple[LineKind | None, str]:
    """The line's kind and the text after its marker; None for a comment."""
    stripped = raw.strip()
    if not stripped:
        return "blank", ""
    if stripped.startswith("%"):
        return None, ""
    if m := _HEADING.match(stripped):
        return "heading", stripped[m.end():]
    if m := _BULLET.match(stripped):
        return "bullet", stripped[m.end():]
    return "text", stripped


def _parse_line(text: str, number: int, known: Collection[str], field: str,
                errors: list[ValidationError]) -> tuple[Segment, ...]:
    try:
        parts = list(_FORMATTER.parse(text))
    except ValueError:
        errors.append(_error(field, "TEMPLATE_BRACES", "en klammerparentes saknar sin partner. Skriv {{ eller }} "
                             "för att få en klammer i texten.", line=number))
        return ()
    segments: list[Segment] = []
    for literal, name, spec, conversion in parts:
        if name is None:
            segments.append(Segment(literal, None))
            continue
        clean = name.strip()
        if conversion is not None or spec:
            shown = "{" + name + ("!" + conversion if conversion is not None else "") + (":" + spec if spec else "") + "}"
            errors.append(_error(field, "MERGE_FIELD_FORMAT", f"kopplingsfältet {shown} får inte ha ! eller : "
                                 "– skriv bara fältets namn inom klammer.", line=number, merge_field=clean))
        elif not clean:
            errors.append(_error(field, "EMPTY_MERGE_FIELD", "tomma klammer {} – skriv ett fälts namn inom "
                                 "klammer, eller {{ }} för att få klammer i texten.", line=number))
        elif clean not in known:
            errors.append(_error(field, "UNKNOWN_MERGE_FIELD", f"okänt kopplingsfält {{{clean}}}. Välj ett fält ur "
                                 "listan.", line=number, merge_field=clean))
        segments.append(Segment(literal, clean or None))
    return tuple(segments)


def parse_template(text: str, known: Collection[str], *, field: str = "template") -> ParsedTemplate:
    """Check a template against the known merge fields; raise TemplateError naming every problem."""
    if not isinstance(text, str):
        raise _error(field, "TEMPLATE_TYPE", "Mallen måste vara text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise _error(field, "TOO_LONG", f"Mallen är för lång (högst {MAX_TEMPLATE_LENGTH:,} tecken).".replace(",", " "))
    errors: list[ValidationError] = []
    lines: list[TemplateLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if _CONTROL.search(raw.replace("\t", " ")):
            errors.append(_error(field, "TEMPLATE_CHARACTERS", "otillåtet styrtecken i texten.", line=number))
            continue
        kind, body = _split_kind(raw.replace("\t", " "))
        if kind is None:
            continue
        lines.append(TemplateLine(kind, _parse_line(body, number, known, field, errors), number))
    if not errors and not any(line.kind != "blank" for line in lines):
        errors.append(_error(field, "EMPTY_TEMPLATE", "Mallen är tom. Skriv brevets text eller återställ standardtexten."))
    if errors:
        first = errors[0]
        assert isinstance(first, TemplateError)
        raise TemplateError(first.field, first.error_code, first.message, errors[:MAX_ERRORS],
                            merge_field=first.merge_field, line=first.line)
    return ParsedTemplate(tuple(lines), frozenset(s.field for line in lines for s in line.segments if s.field))


def template_problem(text: str, known: Collection[str]) -> str | None:
    """The Swedish message(s) for a template (one per line), or None when it can be used."""
    try:
        parse_template(text, known)
    except TemplateError as exc:
        return "\n".join(e.message for e in exc.errors)
    return None


def clean_value(value: object) -> str:
    """A merge value as printable text: None → '', control characters → space, lines right-trimmed."""
    if value is None:
        return ""
    text = _VALUE_CONTROL.sub(" ", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(part.rstrip() for part in text.split("\n")).strip("\n")


def _line_text(line: TemplateLine, values: Mapping[str, str]) -> str | None:
    """The merged text of a line, or None when it has fields and all of them are empty."""
    parts: list[str] = []
    has_field = any_value = False
    for seg in line.segments:
        parts.append(seg.literal)
        if seg.field is not None:
            has_field = True
            value = values.get(seg.field, "")
            any_value = any_value or bool(value.strip())
            parts.append(value)
    if has_field and not any_value:
        return None
    return "".join(parts).strip()


def render(template: ParsedTemplate, values: Mapping[str, object]) -> list[Block]:
    """Merge values into a parsed template; missing values count as empty."""
    clean = {name: clean_value(values.get(name)) for name in template.fields}
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for line in template.lines:
        if line.kind == "blank":
            flush()
            continue
        text = _line_text(line, clean)
        if text is None:
            continue
        if line.kind == "heading":
            flush()
            if text:
                blocks.append(Block("heading", " ".join(text.split())))
        elif line.kind == "bullet":
            flush()
            blocks.extend(Block("bullet", part.strip()) for part in text.split("\n") if part.strip())
        elif text:
            paragraph.append(text)
    flush()
    return blocks


def render_text(text: str, known: Collection[str], values: Mapping[str, object]) -> list[Block]:
    """Parse and render in one step (raises TemplateError for a bad template)."""
    return render(parse_template(text, known), values)
