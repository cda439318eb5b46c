"""Every common reader reads every language's codes exactly: the codes say they are UTF-8 (an ECI segment).

Without it zbar guessed: "Cuándo" came out as "Cu獺ndo". Here the skill cards are painted as a person prints them,
saved as a PNG, and read by zbar (zbarimg, as a phone's older scanner apps) and ZXing (zxing-cpp).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from kiosk.skills import code_for, vevent
from kiosk.store import skills as skill_store
from tests.qr import read_qr
from ui.printing.output import render_image
from ui.printing.signs import SignJob
from ui.printing.skill_cards import render_skill_cards, render_skills_poster

pytestmark = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="needs zbar-tools")

OFFERS = {
    "es": ("Costura y arreglos", "Parches, dobladillos, botones: trae lo que haga falta."),
    "fr": ("Réparation de vélos", "Crevaisons, freins, dérailleur : ça s'apprend en une heure, à côté."),
    "ar": ("إصلاح الدراجات", "أحضر دراجتك وسأريك كيف تصلح الإطار والمكابح."),
}


def zbar(png: Path) -> list[str]:
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                         capture_output=True, check=False)
    assert out.returncode == 0, out.stderr
    # --raw ends each code with a newline; the codes themselves hold newlines, so split on what we know.
    return [out.stdout.decode("utf-8")]


def zxing(png: Path) -> list[str]:
    return [r.text for r in read_qr(Image.open(png))]


@pytest.mark.parametrize("lang", ["es", "fr", "ar"])
def test_a_skill_card_reads_exactly_in_zbar_and_zxing(qapp, market, tmp_path, lang):
    # No skills share set: its line has an en dash, which was enough to make zbar guess UTF-8 right.
    title, words = OFFERS[lang]
    offer = market.offer_skill(title, words, ["weekends", "at_skills_share"], "", lang=lang)
    payload = code_for(offer, skill_store.gathering(market), lang).payload
    assert any(ord(ch) > 127 for ch in payload)
    job = SignJob(market, (lang,))
    image, pages = render_image(lambda painter, sheet: render_skill_cards(painter, sheet, job), "a4", dpi=150)
    assert pages == 1
    png = tmp_path / f"card-{lang}.png"
    assert image.save(str(png))
    assert zxing(png) == [payload]
    assert zbar(png) == [payload + "\n"]


def test_the_posters_calendar_code_reads_exactly_in_both(qapp, market, tmp_path):
    skill_store.save_gathering(market, "Réparations", "2026-12-12", "14:00", "17:00", "Bibliothèque",
                               "Apportez un vélo")
    job = SignJob(market, ("fr",))
    image, _ = render_image(lambda painter, sheet: render_skills_poster(painter, sheet, job), "a4", dpi=150)
    png = tmp_path / "poster.png"
    assert image.save(str(png))
    expected = vevent(skill_store.gathering(market))
    assert zxing(png) == [expected]
    assert zbar(png) == [expected + "\n"]


def test_the_code_names_utf8_in_an_eci_segment():
    # The first twelve bits of the data: mode 0111 (ECI), designator 26 (UTF-8); then a byte segment (0100).
    from kiosk.skills import utf8_qr

    code = utf8_qr("Cuándo", "M")
    first = code.data_cache[0] << 8 | code.data_cache[1]
    assert first >> 12 == 0b0111 and (first >> 4) & 0xFF == 26 and first & 0xF == 0b0100
