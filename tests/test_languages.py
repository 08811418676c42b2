from pathlib import Path

import pytest

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.fonts import font_specs
from evac_toolkit.core.languages import catalog, get_language, load_catalog

DEFAULT_CODES = ["ja", "ja-x-easy", "en", "zh-Hans", "zh-Hant", "ko", "vi", "tl", "ne", "id",
                 "pt-BR", "my", "th", "es", "si"]


def test_catalog_has_the_fifteen_default_languages_in_order():
    assert [lang.code for lang in catalog()] == DEFAULT_CODES


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_every_language_is_complete(language):
    assert language.native and language.japanese and language.english and language.sample
    assert language.direction in ("ltr", "rtl")
    assert language.font in font_specs(), f"{language.code}: font {language.font} not configured"
    assert len(language.script) == 4


def test_argos_codes_only_where_a_model_can_exist():
    assert get_language("ja").argos == "ja"
    assert get_language("ja-x-easy").argos is None


def test_lookup_is_case_insensitive_and_unknown_codes_raise():
    assert get_language("PT-br").code == "pt-BR"
    with pytest.raises(UserError) as info:
        get_language("xx")
    assert info.value.code == "unknown_language"
    assert info.value.params == {"code": "xx"}


def test_adding_a_language_is_a_data_change(tmp_path: Path):
    source = Path(__file__).resolve().parent.parent / "assets" / "languages" / "catalog.toml"
    extended = source.read_text(encoding="utf-8") + (
        '\n[[language]]\ncode = "km"\nnative = "ភាសាខ្មែរ"\njapanese = "クメール語"\n'
        'english = "Khmer"\nscript = "Khmr"\ndirection = "ltr"\nfont = "Noto Sans Khmer"\n'
        'sample = "សូមស្វាគមន៍"\n')
    path = tmp_path / "catalog.toml"
    path.write_text(extended, encoding="utf-8")
    languages = load_catalog(path)
    khmer = get_language("km", languages)
    assert khmer.native == "ភាសាខ្មែរ"
    from evac_toolkit.core import fonts

    assert fonts.missing_glyphs(khmer.sample, khmer.font) == []


@pytest.mark.parametrize("broken, reason", [
    ('[[language]]\ncode = "xx"\n', "missing"),
    ('[[language]]\ncode = "xx"\nnative="x"\njapanese="x"\nenglish="x"\nscript="Latn"\n'
     'direction="up"\nfont="Noto Sans"\n', "direction"),
    ("this is not toml = = =", ""),
])
def test_a_malformed_catalog_is_refused_with_a_reason(tmp_path: Path, broken, reason):
    path = tmp_path / "catalog.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_catalog(path)
    assert info.value.code == "catalog_invalid"
    assert reason in info.value.params["reason"]


@pytest.mark.parametrize("fields, problem", [
    ('date_format = "{weekday} {day}"', "weekdays are missing"),
    ('date_format = "{day} {year}"', "date_format"),
    ('months = ["Jan", "Feb"]', "12 months"),
    ('weekdays = ["Mo"]', "7 days"),
])
def test_a_date_format_that_cannot_work_is_refused(tmp_path, fields, problem):
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.languages import load_catalog

    path = tmp_path / "catalog.toml"
    path.write_text('[[language]]\ncode = "xx"\nnative = "X"\njapanese = "X語"\n'
                    'english = "X"\nscript = "Latn"\ndirection = "ltr"\nfont = "Noto Sans"\n'
                    + fields + "\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_catalog(path)
    assert caught.value.code == "catalog_invalid" and problem in caught.value.params["reason"]


def test_every_catalog_language_writes_a_date_with_its_own_font():
    import datetime as dt

    from evac_toolkit.core import fonts

    for language in catalog():
        for day in (dt.date(2026, 1, 1), dt.date(2026, 11, 22), dt.date(2027, 5, 30)):
            written = language.format_date(day)
            assert written and "{" not in written
            assert fonts.missing_glyphs(written, language.font) == [], (language.code, written)
