"""Every word on screen has its Spanish, English plurals are real, and the compiled files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "assets" / "translations"
BIN = Path(sys.executable).parent


def refreshed(tmp_path: Path, lang: str) -> ET.Element:
    """The .ts file as lupdate would leave it after reading today's code."""
    ts = tmp_path / f"commons_table_{lang}.ts"
    shutil.copy(FOLDER / ts.name, ts)
    sources = sorted(str(p) for folder in ("ui", "kiosk") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    return ET.parse(ts).getroot()


def test_every_string_in_the_ui_is_translated_to_spanish(tmp_path):
    root = refreshed(tmp_path, "es")
    messages = list(root.iter("message"))
    assert len(messages) > 40
    missing = [m.findtext("source") for m in messages
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert not missing, "untranslated (run scripts/translations.sh and translate): " + "; ".join(missing)


def test_english_plurals_are_written_out(tmp_path):
    root = refreshed(tmp_path, "en")
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    for m in plurals:
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms), m.findtext("source")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_compiled_files_match_the_sources(tmp_path, lang):
    qm = tmp_path / f"{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(FOLDER / f"commons_table_{lang}.ts"), "-qm",
                    str(qm)], check=True)
    assert qm.read_bytes() == (FOLDER / f"commons_table_{lang}.qm").read_bytes(), \
        "run scripts/translations.sh"
