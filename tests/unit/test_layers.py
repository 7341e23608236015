"""The layers go one way (ui → services → domain/store): checked on every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "sbdesk"
QT_ENTRY_MODULES = {"app.py", "__main__.py", "cli.py"}  # they start the GUI


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def test_only_the_ui_and_the_entry_modules_import_qt() -> None:
    offenders = []
    for path in modules(ROOT):
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "ui" or str(rel) in QT_ENTRY_MODULES:
            continue
        qt = {n for n in imports(path) if n.startswith(("PySide6", "matplotlib.backends.backend_qt"))}
        if qt:
            offenders.append(f"{rel}: {sorted(qt)}")
    assert offenders == []


def test_the_ui_never_touches_the_database_directly() -> None:
    offenders = []
    for path in modules(ROOT / "ui"):
        bad = {n for n in imports(path) if n.startswith(("sqlalchemy", "sqlcipher3", "sbdesk.store"))}
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []


def test_domain_and_store_never_import_services_or_ui() -> None:
    offenders = []
    for layer in ("domain", "store"):
        for path in modules(ROOT / layer):
            bad = {n for n in imports(path) if n.startswith(("sbdesk.services", "sbdesk.ui"))}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []
