"""Each language says things its own way: spreadsheet numbers, allergen letters, command-line sentences,
and the words inside a skill offer's code."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from pathlib import Path

import pytest

from kiosk.catalog import FOOD_TAGS, LANGUAGES, TAGS_BY_KEY, tag_mark
from kiosk.demo import fill_demo
from kiosk.domain import SkillOffer
from kiosk.export import CSV_COLUMNS, csv_dialect
from kiosk.skills import OFFER_MAX_VERSION, Gathering, code_for, proposed_gathering, qr_version
from kiosk.store import open_market
from kiosk.store.summary import read_summary, resolve_event
from tests.unit.test_cli import one_sentence, run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from tests.conftest import FakeClock

    db = tmp_path_factory.mktemp("languages") / "market.db"
    market = open_market(db, clock=FakeClock())
    fill_demo(market)
    market.close()
    return db


def numbers(rows: list[list[str]], decimal: str) -> dict[str, list[float]]:
    # A meal's rows (meals served, food rescued) hold their number in the third column only.
    return {row[0]: [float(cell.replace(decimal, ".")) for cell in row[2:] if cell] for row in rows}


@pytest.mark.parametrize(("lang", "separator", "decimal", "header"), [
    ("en", ",", ".", "brought"), ("es", ";", ",", "traídas"), ("fr", ";", ",", "apportées"),
    ("ar", ",", ".", "ما أُحضر")])
def test_csv_in_each_language_reads_back_to_the_same_numbers(demo_db, tmp_path, lang, separator, decimal, header):
    english = tmp_path / "en.csv"
    out = run("export", "--db", str(demo_db), "--format", "csv", "--out", str(english))
    assert out.returncode == 0, out.stderr
    local = tmp_path / f"{lang}.csv"
    out = run("export", "--db", str(demo_db), "--format", "csv", "--lang", lang, "--out", str(local))
    assert out.returncode == 0, out.stderr
    assert csv_dialect(lang) == (separator, decimal)
    with english.open(encoding="utf-8-sig", newline="") as f:
        reference = list(csv.reader(f))
    with local.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=separator))
    assert reference[0] == list(CSV_COLUMNS)
    assert header in rows[0] and len(rows[0]) == len(CSV_COLUMNS)
    assert numbers(rows[1:], decimal) == numbers(reference[1:], ".")
    # The weights have decimals, written the way a spreadsheet in that language reads them.
    weights = [row[8] for row in rows[1:]]
    assert any(decimal in w for w in weights) and not any(("." if decimal == "," else ",") in w for w in weights)
    market = open_market(demo_db)
    summary = read_summary(market, resolve_event(market, "latest"))
    market.close()
    names = {row[0]: row[1] for row in rows[1:] if ":" not in row[0] and row[0] != "meals_served"}
    assert names == {c.key: c.name(lang) for c in summary.categories}
    meal = {row[0]: row[1] for row in rows[1:] if row[0] not in names}
    assert len(meal) == 6 and all(meal.values())  # the meal's rows, named in the export's language


def test_json_stays_one_machine_format_whatever_the_language(demo_db, tmp_path):
    english, spanish = tmp_path / "en.json", tmp_path / "es.json"
    assert run("export", "--db", str(demo_db), "--format", "json", "--out", str(english)).returncode == 0
    out = run("export", "--db", str(demo_db), "--format", "json", "--lang", "es", "--out", str(spanish))
    assert out.returncode == 0, out.stderr
    en, es = json.loads(english.read_text(encoding="utf-8")), json.loads(spanish.read_text(encoding="utf-8"))
    assert es["language"] == "es" and es["totals"] == en["totals"]
    assert [c["key"] for c in es["categories"]] == [c["key"] for c in en["categories"]]
    assert isinstance(es["categories"][0]["kg_per_thing"], float)


def test_command_line_messages_speak_spanish_with_lang_es(tmp_path):
    missing = tmp_path / "nada.db"
    out = run("export", "--db", str(missing), "--format", "csv", "--lang", "es", "--out", str(tmp_path / "s.csv"))
    assert out.returncode == 2
    assert one_sentence(out.stderr) == f"commons-table: No hay ningún archivo de datos en {missing}."
    out = run("export", "--db", str(missing), "--format", "csv", "--out", str(tmp_path / "s.csv"))
    assert one_sentence(out.stderr) == f"commons-table: There is no data file at {missing}."


def test_command_line_messages_follow_the_environment_and_the_cores_sentences_too(demo_db, tmp_path):
    out = run("export", "--db", str(demo_db), "--event", "99", "--format", "csv", "--out", str(tmp_path / "s.csv"),
              LC_ALL="", LC_MESSAGES="", LANG="fr_FR.UTF-8")
    assert out.returncode == 2
    assert one_sentence(out.stderr) == "commons-table: Il n'y a pas de marché numéro 99."
    out = run("signs", "--db", str(demo_db), "--kind", "welcome", "--lang", "es,en", "--out", str(tmp_path / "w.pdf"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Se escribió 1 página de carteles en {tmp_path / 'w.pdf'}."


def test_allergen_letters_are_each_languages_own_initials():
    assert [tag_mark(key, "en") for key in ("dairy", "egg", "nuts")] == ["M", "E", "N"]  # milk, egg, nuts
    assert [tag_mark(key, "es") for key in ("dairy", "egg", "nuts")] == ["L", "H", "N"]  # leche, huevo, frutos secos
    assert [tag_mark(key, "fr") for key in ("dairy", "egg", "nuts")] == ["L", "Œ", "N"]  # lait, œuf, noix
    for lang in LANGUAGES:
        marks = [tag.mark(lang) for tag in FOOD_TAGS]
        assert len(set(marks)) == len(marks), lang  # never two meanings for one letter
        for tag in FOOD_TAGS:
            assert tag.names[lang] and tag.mark(lang)
    assert TAGS_BY_KEY["dairy"].names["es"] == "Contiene leche"


def test_a_spanish_offers_code_names_the_skills_share_in_spanish():
    # Stewards set the gathering up in English; its proposed name is "Skills share".
    english = proposed_gathering(dt.date(2026, 12, 1), "Library")
    offer = SkillOffer(1, 1, "Reparar bicis", when=("weekends",))
    code = code_for(offer, english, "es").payload
    assert "Skills share" not in code
    assert "Encuentro de saberes: sáb 12 dic 2026, 14:00–17:00, Library" in code
    assert "Rencontre de savoirs: sam 12 déc 2026" in code_for(offer, english, "fr").payload
    # A name the stewards typed themselves is theirs, in every language.
    own = Gathering("Fix-it Saturday", "2026-12-12", "14:00", "17:00", "Library")
    assert "Fix-it Saturday: sáb 12 dic 2026" in code_for(offer, own, "es").payload


def test_an_arabic_offer_still_fits_a_readable_code():
    gathering = Gathering("Skills share", "2026-12-12", "14:00", "17:00", "Community garden, 5th & Pine")
    offer = SkillOffer(1, 1, "تصليح الدراجات", "أحضر دراجتك وسأريك كيف تصلح إطارًا مثقوبًا",
                       ("weekends", "at_skills_share"))
    code = code_for(offer, gathering, "ar")
    assert "لقاء المهارات: السبت 12 ديسمبر 2026" in code.payload
    # Our own first line ("Skill offer"), then the title: short Arabic words keep the code readable.
    assert io.StringIO(code.payload).read().startswith("عرض مهارة\nتصليح الدراجات\n")
    assert qr_version(code.payload) <= OFFER_MAX_VERSION


def pdf_words(path: Path) -> str:
    import subprocess

    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text


@pytest.fixture(scope="module")
def skills_db(tmp_path_factory) -> Path:
    from kiosk.store import skills as skill_store

    db = tmp_path_factory.mktemp("skills") / "market.db"
    # Today's market (the command runs on the real clock): one from an earlier day would be closed on opening,
    # and a closed market's offers are not printed.
    market = open_market(db)
    fill_demo(market)
    skill_store.save_gathering(market, "Skills share", "2026-12-12", "14:00", "17:00", "Library")
    market.close()
    return db


def test_skill_cards_and_poster_speak_both_languages(skills_db, tmp_path):
    cards, poster = tmp_path / "cards.pdf", tmp_path / "poster.pdf"
    result = run("signs", "--db", str(skills_db), "--kind", "skills-poster", "--lang", "en,es", "--out", str(poster))
    assert result.returncode == 0, result.stderr
    # Cards with contacts are never saved as a file by the command (issue 27); painted here as Print paints them.
    result = run("signs", "--db", str(skills_db), "--kind", "skill-cards", "--lang", "en,es", "--out", str(cards))
    assert result.returncode == 2 and "only printed" in result.stderr and not cards.exists()
    from kiosk.store import open_market_readonly
    from ui.app import application, prepare_environment

    prepare_environment(headless=True)
    application()
    from ui.printing.signs import write_signs

    market = open_market_readonly(skills_db)
    try:
        write_signs(market, cards, "skill-cards", "a4", ("en", "es"))
    finally:
        market.close()
    # NFKC: a ligature ("ﬁnes") back to its letters; Debian 13's PySide6 6.8 cannot switch ligatures off.
    on_cards = " ".join(unicodedata.normalize("NFKC", pdf_words(cards)).split())
    for words in ("When: weekends", "Cuándo: fines de semana", "Skills share: Sat 12 Dec 2026",
                  "Encuentro de saberes: sáb 12 dic 2026", "Scan with a phone", "Escanéalo con el teléfono",
                  "Contact / Contacto: Signal: @wrench.sam"):
        assert words in on_cards, words
    on_poster = " ".join(unicodedata.normalize("NFKC", pdf_words(poster)).split())
    for words in ("Skills share", "Encuentro de saberes", "Sat 12 Dec 2026 · sáb 12 dic 2026",
                  "Skills on offer / Saberes que se ofrecen", "Scan to add it to your calendar",
                  "Escanéalo para añadirlo a tu calendario"):
        assert words in on_poster, words


def test_arabic_signs_are_shaped_joined_letters(skills_db, tmp_path):
    pdf = tmp_path / "welcome.pdf"
    result = run("signs", "--db", str(skills_db), "--kind", "welcome", "--lang", "ar,en", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    raw = pdf_words(pdf)
    # Shaped Arabic is set in its joined forms (initial, medial, final: Unicode's presentation forms); letters
    # printed one by one in their isolated form would read as nonsense.
    joined = [ch for ch in raw if 0xFE70 <= ord(ch) <= 0xFEFF]
    assert len(joined) > 20
    plain = unicodedata.normalize("NFKC", raw)
    plain = "".join(ch for ch in plain if ch not in "\u202a\u202b\u202c\u202d\u202e")
    assert "كل شيء هنا مجاني" in " ".join(plain.split())
    assert "Everything here is free" in raw
