"""Signs and notices on paper: exact text in every script, QR codes that decode, clean refusals.

Real PDFs are written by the real code, their text extracted with PDFium, their pages rendered and
their QR codes decoded with zxing-cpp.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from evac_toolkit.cli.main import main
from evac_toolkit.core import ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
from evac_toolkit.core.signs import (
    list_signs,
    notice_sheet,
    resolve_languages,
    sign_sheet,
)

BANK = ContentBank()
GOLDEN = Path(__file__).parent / "golden"


def squash(text: str) -> str:
    """Extracted text breaks lines where the layout did; compare without any whitespace."""
    return "".join(unicodedata.normalize("NFC", text).split())


def page_text(pdf: Path | bytes, index: int = 0) -> str:
    document = pdfium.PdfDocument(pdf)
    return document[index].get_textpage().get_text_range()


def decode_qr(pdf: Path | bytes, index: int = 0) -> list[str]:
    image = pdfium.PdfDocument(pdf)[index].render(scale=2.5).to_pil().convert("L")
    return [code.text for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode]


def expected_text(code: str, text: str) -> str:
    return squash(ruby.plain(text) if get_language(code).ruby else text)


# -- text in every script -------------------------------------------------------------------------
@pytest.mark.parametrize("code", [lang.code for lang in catalog() if lang.code != "ja"])
def test_sign_prints_each_language_exactly(code):
    sign = "facility.interpreter"      # a title and a body
    sheet = sign_sheet(BANK, sign, resolve_languages([code]))
    data, _ = write_sheets([sheet], None, PageSetup())
    text = squash(page_text(data))
    for language in ("ja", code):
        assert expected_text(language, BANK.text(language, sign)) in text
        assert expected_text(language, BANK.text(language, f"{sign}.body")) in text


def test_easy_japanese_readings_print_above_but_do_not_mix_into_the_text():
    sheet = sign_sheet(BANK, "facility.interpreter", resolve_languages(["ja-x-easy"]))
    data, _ = write_sheets([sheet], None, PageSetup())
    text = squash(page_text(data))
    easy = BANK.text("ja-x-easy", "facility.interpreter.body")
    assert squash(ruby.plain(easy)) in text
    assert "にほんご" not in text            # the reading of 日本語 is drawn, not extracted
    # ...but it is on the page: the glyphs are there, only excluded from the text layer.
    page = pdfium.PdfDocument(data)[0]
    objects = [obj for obj in page.get_objects() if obj.type == 1]   # text objects
    assert len(objects) > 10


def test_fonts_are_embedded_and_every_page_has_them():
    sheet = sign_sheet(BANK, "emergency.earthquake", resolve_languages(["my", "si", "th"]))
    data, _ = write_sheets([sheet], None, PageSetup("A3", "landscape"))
    import io

    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] in ("/TrueType", "/Type0")
        descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font
                      else font)["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


# -- QR codes -------------------------------------------------------------------------------------
def qr_text(code: str, text: str) -> str:
    """A text as the QR code carries it: one line, Easy Japanese readings inline."""
    return " ".join((ruby.inline(text) if get_language(code).ruby else text).split())


def test_qr_code_decodes_to_every_language_title_unprinted_first(tmp_path):
    sheet = sign_sheet(BANK, "facility.reception", resolve_languages(["en", "vi", "my"]))
    out = tmp_path / "reception.pdf"
    _, [info] = write_sheets([sheet], out, PageSetup())
    [payload] = decode_qr(out)
    assert payload == info["qr_payload"]
    lines = payload.split("\n")
    titles = {lang.code: qr_text(lang.code, BANK.text(lang.code, "facility.reception"))
              for lang in catalog()}
    assert set(titles.values()) == set(lines)          # every title, none twice, nothing else
    assert sorted(info["qr_languages"]) == sorted(titles)
    # The languages not on the paper come first: the code is for their readers.
    assert info["qr_languages"][:2] == ["ja-x-easy", "zh-Hans"]
    assert info["qr_languages"][-4:] == ["ja", "en", "vi", "my"]
    assert lines[0] == titles["ja-x-easy"] and lines[-1] == titles["my"]
    # The footer names the languages inside, so a reader knows what the code holds.
    assert "QR(15/15)" in squash(page_text(out))


def test_bodies_go_in_when_the_code_has_room_for_them():
    sheet = sign_sheet(BANK, "emergency.earthquake", resolve_languages(["en"]))
    data, [info] = write_sheets([sheet], None, PageSetup("A3"))
    [payload] = decode_qr(data)
    assert len(info["qr_languages"]) == 15 and info["qr_bodies"]
    for code in info["qr_bodies"]:
        block = qr_text(code, BANK.text(code, "emergency.earthquake")) + "\n" + \
            qr_text(code, BANK.text(code, "emergency.earthquake.body"))
        assert block in payload.split("\n\n"), code


def test_qr_code_that_cannot_hold_every_language_says_which_it_holds():
    """Titles too long for any code: it holds those it can, the unprinted first, and says so."""
    from evac_toolkit.core.printing.qr_payload import QrText, priority
    from evac_toolkit.core.printing.sheets import SIGN, Sheet, SheetText

    texts = priority(tuple(QrText(lang.code, f"{lang.code} " + "ก" * 80) for lang in catalog()),
                     ("ja",))
    sheet = Sheet("test.long", "🏠", (SheetText(get_language("ja"), "受付"),), texts, SIGN)
    data, [info] = write_sheets([sheet], None, PageSetup())
    assert 2 <= len(info["qr_languages"]) < len(catalog())
    assert "ja" not in info["qr_languages"]              # the printed language comes last
    [payload] = decode_qr(data)
    assert [line.split()[0] for line in payload.split("\n")] == info["qr_languages"]
    text = squash(page_text(data))
    assert f"QR({len(info['qr_languages'])}/15):" + "".join(info["qr_languages"]) in text


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_qr_modules_are_big_enough_to_read_from_a_metre(paper):
    from evac_toolkit.core.printing import qr

    # The longest titles: the code grows past its usual size, its modules stay ≥ 0.9 mm.
    sheet = sign_sheet(BANK, "promise.open_to_everyone", resolve_languages(["en"]))
    data, [info] = write_sheets([sheet], None, PageSetup(paper))
    assert len(info["qr_languages"]) == 15
    code = qr.make(info["qr_payload"], qr.SHEET_LEVEL)
    module_mm = info["qr_width_mm"] / (code.size + 2 * qr.QUIET_ZONE)
    assert module_mm == pytest.approx(info["qr_module_mm"])
    assert module_mm >= 0.9 - 1e-9
    assert decode_qr(data) == [info["qr_payload"]]


# -- notices --------------------------------------------------------------------------------------
def test_every_notice_slot_has_a_label_in_both_interface_languages():
    from evac_toolkit.core.signs import notice_slots

    bank = ContentBank()
    for notice in bank.notices:
        for name in notice_slots(bank, notice["id"]):
            labels = bank.slot_labels.get(name, {})
            assert labels.get("ja") and labels.get("en"), (notice["id"], name)


def test_a_template_is_listed_with_its_slots_named_not_as_placeholders():
    from evac_toolkit.core.signs import template_with_labels

    bank = ContentBank()
    assert template_with_labels(bank, "notice.meal_time", "ja", "ja") == \
        "食事は［時刻］に［場所］で配ります。"
    assert template_with_labels(bank, "notice.meal_time", "en", "en") == \
        "Meals are served at [Place] at [Time]."
    for notice in bank.notices:
        for ui in ("ja", "en"):
            assert "{" not in template_with_labels(bank, notice["id"], ui, ui), notice["id"]


def test_notice_slots_are_filled_in_every_printed_language(tmp_path):
    languages = resolve_languages(["ja-x-easy", "ne", "th", "si"])
    # A place not in the list of common places, without a reading: printed as typed everywhere
    # (listed places and readings: tests/test_notices.py).
    sheet = notice_sheet(BANK, "notice.meal_time", {"time": "18:00", "place": "北校舎"}, languages)
    data, _ = write_sheets([sheet], None, PageSetup())
    text = squash(page_text(data))
    for language in languages:
        filled = BANK.text(language.code, "notice.meal_time") \
            .replace("{time}", "18:00").replace("{place}", "北校舎")
        assert expected_text(language.code, filled) in text


@pytest.mark.parametrize(("values", "code"), [
    ({"time": "18:00"}, "slot_missing"),
    ({"time": "25:00", "place": "体育館"}, "slot_bad_value"),
    ({"time": "18:00", "place": "体育館" * 20}, "slot_too_long"),
    ({"time": "18:00", "place": "{time}"}, "slot_bad_value"),
    ({"time": "18:00", "place": "体育館", "colour": "red"}, "slot_unknown"),
])
def test_bad_slot_values_are_refused(values, code):
    with pytest.raises(UserError) as error:
        notice_sheet(BANK, "notice.meal_time", values, resolve_languages(["en"]))
    assert error.value.code == code


def test_full_width_time_from_a_japanese_keyboard_is_accepted():
    sheet = notice_sheet(BANK, "notice.meal_time", {"time": "１８：００", "place": "体育館"},
                         resolve_languages(["en"]))
    assert "18:00" in sheet.texts[1].body          # the sentence; the title is the headline


# -- choosing -------------------------------------------------------------------------------------
def test_japanese_always_comes_first_and_at_most_six_languages():
    assert [lang.code for lang in resolve_languages(["en", "ja", "vi"])] == ["ja", "en", "vi"]
    with pytest.raises(UserError) as error:
        resolve_languages(["en", "vi", "my", "ne", "si", "th"])
    assert error.value.code == "too_many_languages"
    with pytest.raises(UserError):
        resolve_languages(["xx"])


@pytest.mark.parametrize(("query", "expected"), [
    ("トイレ", "facility.toilet"), ("といれ", "facility.toilet"),        # katakana ↔ hiragana
    ("ＴＯＩＬＥＴ", "facility.toilet"),                                 # full-width
    ("ひなんじょ", "promise.open_to_everyone"),                          # Easy Japanese reading
    ("free of charge", "promise.free_of_charge"),
])
def test_search_finds_signs_in_japanese_and_english(query, expected):
    assert expected in [info.id for info in list_signs(BANK, query=query)]


def test_every_sign_fits_a4_with_japanese_and_english():
    languages = resolve_languages(["ja-x-easy", "en"])
    sheets = [sign_sheet(BANK, info.id, languages) for info in list_signs(BANK)]
    data, printed = write_sheets(sheets, None, PageSetup())
    assert len(pdfium.PdfDocument(data)) == len(BANK.signs) >= 80
    assert all(info["scale"] >= 24 / 0.72 for info in printed)


def test_too_crowded_selection_is_refused_with_a_suggestion(tmp_path):
    languages = resolve_languages(["ja-x-easy", "my", "si", "ne", "th"])
    sheet = sign_sheet(BANK, "rule.tell_reception_when_leaving", languages)
    out = tmp_path / "crowded.pdf"
    with pytest.raises(UserError) as error:
        write_sheets([sheet], out, PageSetup())
    assert error.value.code == "sheet_too_crowded"
    assert 1 <= error.value.params["fit"] < 6
    assert not out.exists() and not list(tmp_path.iterdir())
    # The same selection fits on A3.
    write_sheets([sheet], out, PageSetup("A3"))
    assert out.exists()


def test_drill_printouts_say_so():
    sheet = sign_sheet(BANK, "facility.reception", resolve_languages(["en"]), drill=True)
    data, _ = write_sheets([sheet], None, PageSetup())
    assert "訓練DRILL" in squash(page_text(data))


# -- golden images --------------------------------------------------------------------------------
GOLDEN_CASES = [("emergency.earthquake", "my"), ("facility.interpreter", "si"),
                ("promise.free_of_charge", "ne"), ("facility.first_aid", "th")]


def render_golden(sign: str, code: str) -> Image.Image:
    sheet = sign_sheet(BANK, sign, resolve_languages([code]))
    data, _ = write_sheets([sheet], None, PageSetup())
    return pdfium.PdfDocument(data)[0].render(scale=0.5).to_pil().convert("L")


@pytest.mark.parametrize(("sign", "code"), GOLDEN_CASES)
def test_complex_script_signs_look_like_their_golden_image(sign, code):
    """Shaping regressions (a vowel drawn after its consonant, a broken conjunct, a box) change
    the picture; font hinting and antialiasing differences stay under the tolerance."""
    golden = Image.open(GOLDEN / f"{sign}-{code}.png").convert("L")
    image = render_golden(sign, code)
    assert image.size == golden.size
    diff = ImageChops.difference(image, golden)
    assert ImageStat.Stat(diff).mean[0] < 1.5, "mean grey-level difference"
    changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:])
    assert changed < image.size[0] * image.size[1] * 0.004, "pixels that changed a lot"


# -- command line ---------------------------------------------------------------------------------
def test_cli_prints_a_category_and_a_notice(tmp_path, capsys):
    out = tmp_path / "promise.pdf"
    assert main(["signs", "print", "--category", "promise", "--languages", "en,vi",
                 "--out", str(out)]) == 0
    assert len(pdfium.PdfDocument(out)) == 6
    notice = tmp_path / "meal.pdf"
    assert main(["notice", "print", "--template", "notice.meal_time", "--set", "time=18:00",
                 "--set", "place=体育館", "--languages", "en", "--out", str(notice)]) == 0
    assert "MealsareservedatGymat18:00." in squash(page_text(notice))   # a listed place


@pytest.mark.parametrize("argv", [
    ["signs", "print", "--signs", "facility.nope", "--languages", "en"],
    ["signs", "print", "--all", "--languages", "en,xx"],
    ["signs", "print", "--all", "--languages", "en,vi,my,ne,si,th"],
    ["notice", "print", "--template", "notice.meal_time", "--set", "time=18:00"],
    ["notice", "print", "--template", "notice.meal_time", "--set", "18:00"],
])
def test_cli_refuses_bad_input_without_leaving_a_file(tmp_path, capsys, argv):
    out = tmp_path / "out.pdf"
    assert main([*argv, "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip()
    assert not list(tmp_path.iterdir())


def test_cli_refuses_an_unwritable_output_before_any_work(tmp_path, capsys):
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["signs", "print", "--all", "--languages", "en", "--out", str(out)]) == 2
    assert "x.pdf" in capsys.readouterr().err


def test_cli_lists_signs_as_json(capsys):
    import json

    assert main(["signs", "list", "--category", "emergency", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 15 and all(r["category"] == "emergency" for r in rows)


def test_right_to_left_text_reads_from_the_right():
    """No default language is written right to left, but one may be added as data (the Arabic
    font ships): its first word must be the rightmost."""
    from evac_toolkit.core.languages import Language
    from evac_toolkit.core.printing.sheets import SIGN, Sheet, SheetText

    arabic = Language(code="ar", native="العربية", japanese="アラビア語", english="Arabic",
                      script="Arab", direction="rtl", font="Noto Sans Arabic", argos=None,
                      ruby=False, sample="")
    sheet = Sheet("test.rtl", "🏠", (
        SheetText(get_language("ja"), "ようこそ"),
        SheetText(arabic, "مرحبا بكم في المأوى", "هذا المأوى مفتوح للجميع وهو مجاني")), (), SIGN)
    data, _ = write_sheets([sheet], None, PageSetup())
    page = pdfium.PdfDocument(data)[0]
    textpage = page.get_textpage()

    boxes = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if "\u0600" <= char <= "\u06ff":
            left, bottom, _right, top = textpage.get_charbox(index)
            boxes.append((char, left, top))
    title_top = max(top for _c, _l, top in boxes)
    title = {char: left for char, left, top in boxes if top > title_top - 20}
    # A letter found only in each word of the title's first line: مرحبا (ح) بكم (ك) في (ف).
    assert title["ح"] > title["ك"] > title["ف"]


def test_a_date_reads_as_each_language_writes_it():
    """Not 2026-11-23 everywhere: 11月23日（月） in Japanese, Monday 23 November in English..."""
    sheet = notice_sheet(BANK, "notice.bath_schedule",
                         {"date": "2026-11-23", "start": "13:00", "end": "17:00",
                          "place": "体育館"}, resolve_languages(["en", "my", "es"]))
    text = squash(page_text(write_sheets([sheet], None, PageSetup())[0]))
    for expected in ("11月23日（月）", "Monday23November", "နိုဝင်ဘာ23ရက်(တနင်္လာနေ့)",
                     "lunes23denoviembre"):
        assert squash(expected) in text, expected
    assert "2026-11-23" not in text
    assert sheet.meta["slots"]["date"] == "2026-11-23"       # the value itself stays ISO
