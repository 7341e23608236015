"""Regenerate resources/translations/sbdesk_sv.ts (lupdate) and the committed sbdesk_sv.qm (lrelease).

Run from anywhere:  python tools/update_translations.py [--check]

lupdate keeps every translation already in the .ts and adds new source strings as unfinished.
Unfinished strings are then filled from the phrase files resources/translations/phrases/*.json
({"English source": "svensk översättning"}), so each page can bring its translations without
editing the shared .ts by hand; whatever is still unfinished can be translated in Qt Linguist
(pyside6-linguist resources/translations/sbdesk_sv.ts) before running this again. --check only reports: it exits 1 when a string is untranslated or the .qm is out of date.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "sbdesk_sv.ts"
PHRASES = ROOT / "resources" / "translations" / "phrases"
QM = TS.with_suffix(".qm")


def sources() -> list[Path]:
    """The Python files whose tr() strings are translated."""
    return sorted((ROOT / "sbdesk" / "ui").rglob("*.py")) + [ROOT / "sbdesk" / "app.py"]


def phrasebook() -> dict[str, str]:
    """English source → Swedish, from every phrase file."""
    import json

    book: dict[str, str] = {}
    for path in sorted(PHRASES.glob("*.json")):
        book.update(json.loads(path.read_text(encoding="utf-8")))
    return book


def fill_from_phrasebook(ts: Path) -> int:
    """Give unfinished messages their translation from the phrase files; the number filled."""
    book = phrasebook()
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or source not in book:
            continue
        done = [n.text for n in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not any((t or "").strip() for t in done):
            value = book[source]
            if message.get("numerus") == "yes":  # plural forms: ["1 lägenhet", "%n lägenheter"]
                for old in translation.findall("numerusform"):
                    translation.remove(old)
                for form in value if isinstance(value, list) else [value, value]:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def unfinished(ts: Path) -> list[str]:
    """Source strings in ts that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        texts = [] if translation is None else [n.text for n in translation.findall("numerusform")] or [translation.text]
        if translation is None or translation.get("type") == "unfinished" or not all((t or "").strip() for t in texts):
            missing.append(message.findtext("source") or "")
    return missing


def lupdate(ts: Path) -> None:
    """Extract tr() strings into ts, dropping strings no longer in the code."""
    rel = [str(p.relative_to(ROOT)) for p in sources()]
    cmd = [tool("pyside6-lupdate"), *rel, "-no-obsolete", "-source-language", "en", "-target-language", "sv_SE"]
    subprocess.run([*cmd, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ts into the binary qm that sbdesk loads (to a temporary file swapped in: a running sbdesk
    maps the .qm into memory, and rewriting it in place crashes that process)."""
    tmp = qm.with_name(qm.name + ".tmp")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(tmp)], cwd=ROOT, check=True)
    os.replace(tmp, qm)


def check() -> int:
    """Report untranslated strings and a stale .qm without changing the committed files."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / TS.name
        shutil.copyfile(TS, ts)
        lupdate(ts)
        fill_from_phrasebook(ts)
        qm = Path(tmp) / QM.name
        lrelease(ts, qm)
        missing = unfinished(ts)
        stale = not QM.is_file() or QM.read_bytes() != qm.read_bytes()
    for source in missing:
        print(f"untranslated: {source!r}")
    if stale:
        print(f"{QM.relative_to(ROOT)} is out of date: run tools/update_translations.py")
    return 1 if missing or stale else 0


def main() -> int:
    """Update the .ts and .qm (or only check them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 when something is missing")
    if parser.parse_args().check:
        return check()
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    fill_from_phrasebook(TS)
    lrelease(TS, QM)
    missing = unfinished(TS)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
