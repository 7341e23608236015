"""Find bundled resources (data, fonts, translations) from a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds resources/ content, wherever sbdesk runs from."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "_resources",  # installed wheel: resources/ is mapped to sbdesk/_resources
        here.parent / "resources",  # source checkout or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller bundle (installers/sbdesk.spec puts it at resources/)
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "data" / "kommuner.csv").is_file():
            return candidate
    raise FileNotFoundError("sbdesk resources not found; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. resource_path('data', 'kommuner.csv')."""
    return resources_root().joinpath(*parts)
