"""Form field declarations and the input widgets that edit them (text, numbers, dates, choices)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from sbdesk.ui import formatting


class Kind(Enum):
    """What sort of input a field needs."""

    TEXT = "text"
    MULTILINE = "multiline"
    NUMBER = "number"  # whole number, typed as text so bad input gets a message instead of being eaten
    KRONOR = "kronor"
    DATE = "date"
    CHOICE = "choice"  # fixed (label, value) options
    FLAG = "flag"
    REFERENCE = "reference"  # a record chosen from (label, id) options, searchable


@dataclass
class FormField:
    """One input of a form: the service field name, its translated label, kind and options."""

    name: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    options: Callable[[], list[tuple[str, Any]]] | list[tuple[str, Any]] | None = None
    placeholder: str = ""
    help: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class FieldInput(QWidget):
    """Common face of the input widgets: raw value in and out, and a changed signal."""

    changed = Signal()


def _options(spec: FormField) -> list[tuple[str, Any]]:
    opts = spec.options() if callable(spec.options) else spec.options
    return list(opts or [])


def make_input(spec: FormField) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None], Any]:
    """The widget for a field, a getter of its raw value, a setter, and its change signal."""
    if spec.kind is Kind.MULTILINE:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setMaximumHeight(w.fontMetrics().lineSpacing() * 5 + 12)
        return w, w.toPlainText, lambda v: w.setPlainText("" if v is None else str(v)), w.textChanged
    if spec.kind is Kind.FLAG:
        c = QCheckBox(spec.label)
        return c, c.isChecked, lambda v: c.setChecked(bool(v)), c.toggled
    if spec.kind in (Kind.CHOICE, Kind.REFERENCE):
        combo = QComboBox()
        if not spec.required:
            combo.addItem("—", None)
        for text, value in _options(spec):
            combo.addItem(text, value.value if isinstance(value, Enum) else value)
        if spec.kind is Kind.REFERENCE or combo.count() > 12:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if spec.required:
            combo.setCurrentIndex(-1)
            if combo.lineEdit() is not None:
                combo.lineEdit().setPlaceholderText(spec.placeholder or "—")

        def get() -> Any:
            if combo.isEditable() and combo.currentIndex() >= 0 and combo.currentText() != combo.itemText(combo.currentIndex()):
                return "\x00invalid"  # typed text that matches no option
            return combo.currentData() if combo.currentIndex() >= 0 else None

        def put(value: Any) -> None:
            value = value.value if isinstance(value, Enum) else value
            combo.setCurrentIndex(combo.findData(value) if value is not None else (-1 if spec.required else 0))

        return combo, get, put, combo.currentIndexChanged
    line = QLineEdit()
    if spec.placeholder:
        line.setPlaceholderText(spec.placeholder)
    elif spec.kind is Kind.DATE:
        line.setPlaceholderText("ÅÅÅÅ-MM-DD")
    elif spec.kind is Kind.KRONOR:
        line.setPlaceholderText("0 kr")
    if spec.kind in (Kind.NUMBER, Kind.KRONOR):
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
        line.setMaxLength(20)

    def put_text(value: Any) -> None:
        if value is None:
            line.setText("")
        elif spec.kind is Kind.KRONOR and isinstance(value, int):
            line.setText(formatting.kronor(value))
        elif isinstance(value, date):
            line.setText(value.isoformat())
        else:
            line.setText(str(value))

    return line, line.text, put_text, line.textChanged


def is_invalid_choice(value: Any) -> bool:
    """True for text typed into a searchable drop-down that matches none of its options."""
    return value == "\x00invalid"
