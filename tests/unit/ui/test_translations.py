"""Every string the window shows has a Spanish translation, compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "mostrador_es.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        pytest.fail(f"pyside6-{name} is missing; it ships with PySide6")
    return found


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            result[(name, message.findtext("source") or "")] = translation.text if finished else None
    return result


def test_catalogue_is_complete_and_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    committed = _messages(TS)
    assert in_code - set(committed) == set(), "run pyside6-lupdate: strings in the code are missing from the .ts"
    untranslated = sorted(key for key in in_code if not committed.get(key))
    assert untranslated == []


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    rebuilt = tmp_path / "es.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(rebuilt)], check=True, capture_output=True)
    assert rebuilt.read_bytes() == QM.read_bytes(), "run pyside6-lrelease: the .qm is older than the .ts"
