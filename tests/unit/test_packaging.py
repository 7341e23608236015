"""Packaging: resources are found from a checkout and from a built wheel; licence files ship."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sbdesk.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]


def test_resources_found_from_checkout() -> None:
    assert resource_path("data", "kommuner.csv").is_file()
    assert resource_path("data", "lan.csv").is_file()
    assert (resources_root() / "data" / "PROVENANCE.md").is_file()


def test_reference_data_has_290_municipalities_and_21_counties() -> None:
    from sbdesk.store.seed import load_counties, load_municipalities

    municipalities = load_municipalities()
    counties = load_counties()
    assert len(municipalities) == 290 and len({m["code"] for m in municipalities}) == 290
    assert len(counties) == 21
    assert {m["county_code"] for m in municipalities} == {c["code"] for c in counties}


def test_licence_files_exist() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "PySide6" in (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    hatchling = pytest.importorskip("hatchling.builders.wheel")
    builder = hatchling.WheelBuilder(str(ROOT))
    wheel = next(iter(builder.build(directory=str(tmp_path), versions=["standard"])))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "sbdesk/_resources/data/kommuner.csv" in names
    assert "sbdesk/_resources/data/lan.csv" in names
    assert "sbdesk/store/migrations/env.py" in names
    assert any(n.startswith("sbdesk/store/migrations/versions/0001") for n in names)
    assert any(n.endswith("/licenses/LICENSE") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_wheel_layout_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """resources_root() prefers sbdesk/_resources (the wheel layout) when it exists."""
    import shutil

    import sbdesk.resources as res

    fake_pkg = tmp_path / "sbdesk"
    (fake_pkg / "_resources" / "data").mkdir(parents=True)
    shutil.copy(resource_path("data", "kommuner.csv"), fake_pkg / "_resources" / "data")
    monkeypatch.setattr(res, "__file__", str(fake_pkg / "resources.py"))
    res.resources_root.cache_clear()
    try:
        assert res.resources_root() == fake_pkg / "_resources"
    finally:
        monkeypatch.undo()
        res.resources_root.cache_clear()
