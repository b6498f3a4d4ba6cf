"""Language packs: every pack has every key English has, with the same placeholders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.paths import resource
from tokyo_desk.sheets.fonts import covers, family_for
from tokyo_desk.sheets.packs import (
    PackError,
    available_languages,
    easy_read_problems,
    load_pack,
    pack_info,
    pack_problems,
)
from tokyo_desk.sheets.rtl import keep_numbers_together
from tokyo_desk.sheets.sample import sample_request
from tokyo_desk.sheets.texts import condition_text

REQUIRED = ("en", "fr", "es", "pt", "sw", "ru", "ar", "fa", "ur", "hi", "bn", "zh")


def test_english_pack_includes_the_catalogue(catalogue: Catalogue) -> None:
    english = load_pack("en", catalogue)
    for template in catalogue.conditions:
        assert english.get(f"conditions.{template.code}.text") == template.text
    assert english.get("rights.complaint.title")
    assert pack_problems(english, english) == []
    assert easy_read_problems(english) == []


@pytest.mark.parametrize("code", [code for code in available_languages() if code != "en"])
def test_pack_is_complete_and_consistent(code: str, catalogue: Catalogue) -> None:
    english = load_pack("en", catalogue)
    pack = load_pack(code, catalogue)
    assert pack_problems(pack, english) == []
    assert easy_read_problems(pack) == []
    assert pack.info.review_status in ("draft", "approved")


def test_missing_key_is_reported(tmp_path: Path, catalogue: Catalogue) -> None:
    shutil.copyfile(resource("lang", "en.toml"), tmp_path / "en.toml")
    text = (tmp_path / "en.toml").read_text(encoding="utf-8")
    broken = text.replace('code = "en"', 'code = "xx"').replace(
        'review_status = "approved"', 'review_status = "draft"'
    )
    broken = broken.replace('about_heading = "About this paper"\n', "")
    broken = broken.replace("{authority}", "{authorty}", 1)
    (tmp_path / "xx.toml").write_text(broken, encoding="utf-8")
    english = load_pack("en", catalogue)
    pack = load_pack("xx", catalogue, tmp_path)
    problems = "\n".join(pack_problems(pack, english))
    missing = set(english.strings) - set(pack.strings)
    assert "sheet.about_heading" in missing
    assert any(key.startswith("conditions.") for key in missing)  # the catalogue too
    assert f"{len(missing)} key(s) missing" in problems
    assert "sheet.about_text must use the placeholders ['authority']" in problems


def test_bad_pack_files_are_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    with pytest.raises(PackError, match="no language pack"):
        load_pack("xx", catalogue, tmp_path)
    (tmp_path / "yy.toml").write_text("not [valid", encoding="utf-8")
    with pytest.raises(PackError, match="unreadable"):
        load_pack("yy", catalogue, tmp_path)
    with pytest.raises(PackError, match="not a language code"):
        load_pack("../etc/passwd", catalogue, tmp_path)


def test_english_condition_text_matches_the_domain_rendering(catalogue: Catalogue) -> None:
    english = load_pack("en", catalogue)
    template = catalogue.condition("reporting.office_visits")
    assert template is not None
    values = {
        "office": "North office",
        "frequency": "weekly",
        "report_days": ["tue", "fri"],
        "report_time": "10:30",
    }
    assert condition_text(english, template, values, easy_read=False) == template.render(values)


def test_numbers_stay_together() -> None:
    assert (
        keep_numbers_together("call +93 70 123 4567 now")
        == "call +93\u00a070\u00a0123\u00a04567 now"
    )
    assert keep_numbers_together("at 10:30 on 5 May") == "at 10:30 on 5 May"


def test_all_twelve_languages_are_bundled() -> None:
    assert set(REQUIRED) <= set(available_languages())


@pytest.mark.parametrize("code", available_languages())
def test_every_character_of_the_pack_is_in_its_font(code: str, catalogue: Catalogue) -> None:
    """Font coverage: every code point of every string (and of the sample's values and the
    official-language half of bilingual labels, which use the same font) has a glyph."""
    pack = load_pack(code, catalogue)
    family = family_for(pack.code, pack.info.script)
    english = load_pack("en", catalogue)
    texts = [*pack.strings.values(), *english.strings.values(), pack.info.native_name]
    request = sample_request(pack, catalogue)
    texts += [request.person_name, request.authority, request.office_name, request.case_number]
    texts += [item.text for item in request.conditions]
    missing = {char for text in texts for char in covers(family, text)}
    assert not missing, sorted(f"U+{ord(char):04X}" for char in missing)


@pytest.mark.parametrize("code", available_languages())
def test_pack_info_alone_matches_the_whole_pack(code: str, catalogue: Catalogue) -> None:
    assert pack_info(code) == load_pack(code, catalogue).info


def test_pack_info_reads_the_whole_file_when_the_section_cannot_be_cut(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    text = (resource("lang") / "fr.toml").read_text(encoding="utf-8")
    # A multi-line string whose line starts with "[": cutting at it leaves bad TOML.
    odd = text.replace('reviewed_by = ""', 'reviewed_by = """\n[not a table]"""', 1)
    assert odd != text
    (tmp_path / "fr.toml").write_text(odd, encoding="utf-8")
    info = pack_info("fr", tmp_path)
    assert info == load_pack("fr", catalogue, tmp_path).info
    assert info.reviewed_by == "[not a table]"


def test_pack_info_refuses_what_load_pack_refuses(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no language pack"):
        pack_info("xx", tmp_path)
    with pytest.raises(PackError, match="not a language code"):
        pack_info("../etc", tmp_path)
    (tmp_path / "de.toml").write_text('[pack]\ncode = "de"\n[sheet]\n', encoding="utf-8")
    with pytest.raises(PackError, match="lacks"):
        pack_info("de", tmp_path)
