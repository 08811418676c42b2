"""Every sign's QR code carries every catalog language, read back as a phone would.

The whole sign set is printed through the command line on A4 with five printed languages, every
page's code is decoded with zxing-cpp, and each must hold every language's title. Notices with six
printed languages: every language not on the paper is in the code, in full.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from evac_toolkit.cli.main import main
from evac_toolkit.core import ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
from evac_toolkit.core.signs import notice_sheet, notice_slots, resolve_languages, sign_sheet

BANK = ContentBank()
POINTS_PER_MM = 72 / 25.4


def qr_text(code: str, text: str) -> str:
    return " ".join((ruby.inline(text) if get_language(code).ruby else text).split())


def decode_top_band(page: pdfium.PdfPage) -> list[str]:
    """The codes in the page's top band (where portrait sheets put it), rendered at about 5.7
    pixels per 0.9 mm module: a phone at arm's length sees fewer, but zxing-cpp decodes what
    the page holds, not how well a camera sees it."""
    width, height = page.get_size()
    image = page.render(scale=2.5, crop=(0, height - 120 * POINTS_PER_MM, 0, 0)).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image.convert("L"))
            if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.fixture(scope="module")
def sign_set(tmp_path_factory):
    return tmp_path_factory.mktemp("signs") / "all.pdf"


def test_every_sign_holds_every_language_title_and_says_so_once(sign_set, capfd):
    assert main(["signs", "print", "--all", "--languages", "ja,en,vi,ne,my",
                 "--out", str(sign_set)]) == 0
    captured = capfd.readouterr()
    # One line about the QR codes for the whole run, not one per sign.
    summary = [line for line in captured.err.splitlines() if line.strip()]
    assert len(summary) == 1 and "15" in summary[0] and "104" in summary[0]
    document = pdfium.PdfDocument(sign_set)
    assert len(document) == len(BANK.signs) == 104
    for index, sign in enumerate(BANK.signs):
        [payload] = decode_top_band(document[index])
        lines = set(payload.split("\n"))
        for language in catalog():
            title = qr_text(language.code, BANK.text(language.code, sign["id"]))
            assert title in lines, (sign["id"], language.code)


def test_the_summary_counts_codes_that_hold_fewer(capsys):
    from evac_toolkit.cli.main import qr_summary
    from evac_toolkit.core.printing.qr_payload import QrText
    from evac_toolkit.core.printing.sheets import SIGN, Sheet, SheetText

    texts = tuple(QrText(lang.code, lang.code) for lang in catalog())
    sheets = [Sheet(f"test.{n}", "", (SheetText(get_language("ja"), "受付"),), texts, SIGN)
              for n in range(3)]
    printed = [{"qr_languages": [t.language for t in texts]},
               {"qr_languages": ["ja", "en"]},
               {"qr_languages": ["ja", "en", "vi"]}]
    line = qr_summary("en", sheets, printed)
    assert line == ("2 of 3 pages have a QR code with fewer than 15 languages; the fewest, 2, "
                    "on test.1.")
    assert "\n" not in qr_summary("ja", sheets, printed)


SAMPLE = {"time": "18:00", "place": "体育館", "date": "2026-12-07", "number": "3",
          "start": "13:00", "end": "17:00", "destination": "市民病院"}


def test_every_notice_code_holds_all_fifteen_headlines_the_unprinted_first():
    """A notice's code carries each language's headline (迷子 / Lost child …) as its title, so
    every notice's code names it in all 15 languages; sentences follow as the code's size
    allows, the languages not printed first. (Four printed languages: with six, the longest
    notices are refused rather than set under 20 pt, tests/test_notices.py.)"""
    languages = resolve_languages(["en", "vi", "ne"])
    printed_codes = {language.code for language in languages}
    sheets = [notice_sheet(BANK, notice["id"],
                           {k: SAMPLE[k] for k in notice_slots(BANK, notice["id"])}, languages)
              for notice in BANK.notices]
    data, printed = write_sheets(sheets, None, PageSetup())
    document = pdfium.PdfDocument(data)
    for index, (sheet, info) in enumerate(zip(sheets, printed, strict=True)):
        [payload] = decode_top_band(document[index])
        assert payload == info["qr_payload"]
        assert info["qr_module_mm"] >= 0.9 - 1e-9
        held = info["qr_languages"]
        assert sorted(held) == sorted(lang.code for lang in catalog()), sheet.id
        unprinted = [code for code in held if code not in printed_codes]
        assert held[:len(unprinted)] == unprinted, sheet.id            # unprinted ones first
        lines = payload.split("\n")
        for text in sheet.qr_texts:
            assert text.title == BANK.text(text.language, f"{sheet.id}.title") or \
                text.language == "ja-x-easy"
            assert text.title in lines, (sheet.id, text.language)


def test_a_grown_code_never_crowds_out_the_printed_text():
    """Six long-script languages fill the page: the code keeps its usual size and holds every
    language not printed, rather than the sheet being refused."""
    sheet = sign_sheet(BANK, "facility.isolation_area",
                       resolve_languages(["ja-x-easy", "my", "si", "ne", "th"]))
    data, [info] = write_sheets([sheet], None, PageSetup())
    assert info["qr_width_mm"] == pytest.approx(70)
    printed_codes = {text.language.code for text in sheet.texts}
    assert {lang.code for lang in catalog()} - printed_codes <= set(info["qr_languages"])
    assert len(info["qr_languages"]) < 15
    [payload] = decode_top_band(pdfium.PdfDocument(data)[0])
    assert payload == info["qr_payload"]


def test_one_notice_says_in_one_line_how_many_languages_its_code_holds(tmp_path, capfd):
    out = tmp_path / "lost.pdf"
    assert main(["notice", "print", "--template", "notice.lost_child", "--set", "number=3",
                 "--set", "place=体育館", "--languages", "ja,en,vi,ne,my,si",
                 "--out", str(out)]) == 0
    err = [line for line in capfd.readouterr().err.splitlines() if line.strip()]
    # The headlines of all 15 languages fit its code now.
    assert err == ["The QR code holds all 15 languages."]
