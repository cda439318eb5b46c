"""Every word on screen has its Spanish, English plurals are real, and the compiled files are current."""

from __future__ import annotations

import re
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


LANGUAGES = ["en", "es", "fr", "ar"]
# Plural forms Qt expects per language (English and French 2, Arabic 6: none, one, two, few, many, other).
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "ar": 6}


@pytest.mark.parametrize("lang", ["es", "fr", "ar"])
def test_every_string_in_the_ui_is_translated(tmp_path, lang):
    root = refreshed(tmp_path, lang)
    messages = list(root.iter("message"))
    assert len(messages) > 40
    missing = [m.findtext("source") for m in messages
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert not missing, f"untranslated in {lang} (run scripts/translations.sh and translate): " + "; ".join(missing)
    empty = [m.findtext("source") for m in messages if m.get("numerus") != "yes" and not m.findtext("translation")]
    assert not empty, empty


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_are_all_written_out(tmp_path, lang):
    root = refreshed(tmp_path, lang)
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    for m in plurals:
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == PLURAL_FORMS[lang] and all(forms), (lang, m.findtext("source"))


def test_every_language_has_its_files_and_the_kiosk_knows_them():
    from kiosk.catalog import LANGUAGE_NAMES
    from kiosk.catalog import LANGUAGES as KNOWN

    assert list(KNOWN) == LANGUAGES
    assert set(LANGUAGE_NAMES) == set(KNOWN)
    for lang in KNOWN:
        assert (FOLDER / f"commons_table_{lang}.ts").is_file() and (FOLDER / f"commons_table_{lang}.qm").is_file()
    script = (ROOT / "scripts" / "translations.sh").read_text()
    assert "for lang in " + " ".join(LANGUAGES) + ";" in script


def test_stewards_have_one_name_in_spanish():
    """"Voluntariado" everywhere, never "Equipo" on some screens."""
    root = ET.parse(FOLDER / "commons_table_es.ts").getroot()
    names = {m.findtext("translation") for m in root.iter("message") if m.findtext("source") == "Stewards"}
    assert names == {"Voluntariado"}
    assert "Equipo" not in (FOLDER / "commons_table_es.ts").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["es", "fr", "ar"])
def test_back_is_one_word_on_every_screen(lang):
    """A back button says the same on every screen of a language (Spanish said "Atrás" on most and "Volver" on
    two)."""
    root = ET.parse(FOLDER / f"commons_table_{lang}.ts").getroot()
    words = {m.findtext("translation") for m in root.iter("message") if m.findtext("source") == "Back"}
    assert len(words) == 1, words


def test_english_plurals_are_written_out(tmp_path):
    root = refreshed(tmp_path, "en")
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    for m in plurals:
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms), m.findtext("source")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_files_match_the_sources(tmp_path, lang):
    qm = tmp_path / f"{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(FOLDER / f"commons_table_{lang}.ts"), "-qm",
                    str(qm)], check=True)
    assert qm.read_bytes() == (FOLDER / f"commons_table_{lang}.qm").read_bytes(), \
        "run scripts/translations.sh"


def test_the_kiosk_has_one_name_in_french():
    """"Borne" everywhere (the usual word for a public touchscreen), never "kiosque" on some screens:
    the clock said "ce kiosque" while the steward page said "Plusieurs bornes"."""
    root = ET.parse(FOLDER / "commons_table_fr.ts").getroot()
    words = [" ".join(m.find("translation").itertext()) for m in root.iter("message")]
    assert sum("borne" in w.lower() for w in words) > 40
    mixed = [w for w in words if "kiosque" in w.lower()]
    assert not mixed, "French says « borne », not « kiosque »: " + " | ".join(mixed)


def test_french_never_breaks_a_line_before_its_colon_or_question_mark():
    """French puts a space before : ? ! ; and inside « »; a plain one let a line break there, leaving the colon of
    "Plus de détails si vous voulez (facultatif) :" alone on the next line at 800×480. A space that does not break."""
    root = ET.parse(FOLDER / "commons_table_fr.ts").getroot()
    words = [" ".join(t.itertext()) for t in root.iter("translation")]
    breaking = [w for w in words if re.search(r" [:?!;»]|« ", w)]
    assert not breaking, breaking[:5]
    assert sum("\u00a0" in w for w in words) > 100
