"""Fonts' character maps and advances cached on disk, and fonts registered only when a run needs
them (issue 19, faster paper)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont

from evac_toolkit.core import font_metrics, font_subsets, fonts

ROOT = Path(__file__).resolve().parent.parent
THAI = "Noto Sans Thai"          # a small font: read in a blink, same code path as CJK
KO_KAI = ord("ก")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVAC_TOOLKIT_CACHE", str(folder))
    return folder


@pytest.fixture
def thai_copy(tmp_path: Path) -> Path:
    """A copy of the Thai font this test may change."""
    copy = tmp_path / "fonts" / "NotoSansThai-copy.ttf"
    copy.parent.mkdir()
    shutil.copyfile(fonts.spec(THAI).file, copy)
    return copy


def _same(a: font_metrics.FontMetrics, b: font_metrics.FontMetrics) -> bool:
    return (list(a.codes), list(a.advances), a.units_per_em, a.wght) == \
        (list(b.codes), list(b.advances), b.units_per_em, b.wght)


def test_metrics_are_read_once_then_come_from_the_cache_file(cache, thai_copy):
    first = font_metrics.load(thai_copy)
    cached = cache / "fonts" / font_metrics.cache_name(thai_copy)
    assert cached.is_file()
    assert _same(first, font_metrics.read_font(thai_copy))
    assert KO_KAI in first and first.advance_em(KO_KAI) > 0
    # Proof the file is what is read: metrics written there (validly) are what load returns.
    doctored = font_metrics.FontMetrics(first.codes, type(first.advances)(
        "H", [7] * len(first.advances)), first.units_per_em, first.wght)
    font_metrics.write(doctored, cached)
    assert font_metrics.load(thai_copy).advance_em(KO_KAI) == 7 / first.units_per_em


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "empty", "not metrics"])
def test_a_damaged_cache_file_is_rebuilt_silently(cache, thai_copy, damage):
    good = font_metrics.load(thai_copy)
    cached = cache / "fonts" / font_metrics.cache_name(thai_copy)
    data = bytearray(cached.read_bytes())
    if damage == "truncated":
        data = data[:len(data) // 2]
    elif damage == "flipped byte":
        data[-3] ^= 0xFF
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"%PDF-1.4 something else entirely" * 10)
    cached.write_bytes(bytes(data))
    again = font_metrics.load(thai_copy)
    assert _same(again, good)
    assert cached.read_bytes() != bytes(data)          # rewritten, sound again
    assert _same(font_metrics.load(thai_copy), good)


def test_a_changed_font_gets_its_metrics_read_again(cache, thai_copy):
    before = font_metrics.load(thai_copy)
    font = TTFont(thai_copy)
    glyph = font.getBestCmap()[KO_KAI]
    width, lsb = font["hmtx"].metrics[glyph]
    font["hmtx"].metrics[glyph] = (width + 100, lsb)
    font.save(thai_copy)
    after = font_metrics.load(thai_copy)
    assert after.advance_em(KO_KAI) == pytest.approx(before.advance_em(KO_KAI)
                                                     + 100 / before.units_per_em)
    assert len(list((cache / "fonts").glob("*-metrics-*.bin"))) == 2


def test_an_unwritable_cache_still_gives_the_metrics(tmp_path, monkeypatch, thai_copy):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("EVAC_TOOLKIT_CACHE", str(blocker))
    assert _same(font_metrics.load(thai_copy), font_metrics.read_font(thai_copy))


def test_the_weight_axis_comes_with_the_metrics():
    # Noto Sans JP's default instance is Thin: printing needs its regular and bold instances.
    assert fonts.needs_instance("Noto Sans JP", fonts.REGULAR)
    assert fonts.needs_instance("Noto Sans JP", fonts.BOLD)
    assert not fonts.needs_instance("Noto Sans", fonts.REGULAR)
    assert font_metrics.read_font(fonts.spec("Noto Sans JP").file).wght[1] < fonts.REGULAR


def test_label_subsets_are_cached_by_font_and_text(cache, thai_copy):
    subset = font_subsets.subset_file(thai_copy, "ภาษาไทย")
    assert subset is not None and subset.parent == cache / "fonts"
    assert set(TTFont(subset).getBestCmap()) >= {ord(c) for c in "ภาษาไทย"}
    assert len(TTFont(subset).getGlyphOrder()) < len(TTFont(thai_copy).getGlyphOrder())
    assert font_subsets.subset_file(thai_copy, "ไทยภาษา") == subset      # same characters
    assert font_subsets.subset_file(thai_copy, "ไทย") != subset


#: A fresh process prints the sign set and says which fonts ReportLab registered.
PRINT_AND_LIST_FONTS = """
import json, sys
from reportlab.pdfbase import pdfmetrics
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
from evac_toolkit.core.signs import list_signs, resolve_languages, sign_sheet
bank = ContentBank()
languages = resolve_languages(sys.argv[1].split(","))
sheets = [sign_sheet(bank, info.id, languages) for info in list_signs(bank)[:3]]
data, printed = write_sheets(sheets, None, PageSetup())
open(sys.argv[2], "wb").write(data)
print(json.dumps(pdfmetrics.getRegisteredFontNames()))
"""

WHOLE_CHINESE_AND_KOREAN = {"NotoSansSC-400", "NotoSansTC-400", "NotoSansKR-400",
                            "NotoSansSC-700", "NotoSansTC-700", "NotoSansKR-700"}


def _registered_fonts(tmp_path: Path, languages: str) -> tuple[set[str], str]:
    out = tmp_path / "signs.pdf"
    run = subprocess.run([sys.executable, "-c", PRINT_AND_LIST_FONTS, languages, str(out)],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    pdf = pdfium.PdfDocument(str(out))
    text = pdf[0].get_textpage().get_text_range()
    return set(json.loads(run.stdout.splitlines()[-1])), text


def test_a_latin_run_registers_no_chinese_or_korean_font_whole(tmp_path):
    registered, text = _registered_fonts(tmp_path, "en,vi,es")
    assert not registered & WHOLE_CHINESE_AND_KOREAN, registered
    # The code still names those languages beside it, from subsets of their fonts.
    for name in ("简体中文", "繁體中文", "한국어"):
        assert name in text
    assert any(font.startswith("NotoSansSC-400-") for font in registered)


def test_a_run_that_prints_chinese_registers_its_font(tmp_path):
    registered, text = _registered_fonts(tmp_path, "zh-Hans,en")
    assert "NotoSansSC-700" in registered            # its titles, bold
    assert "NotoSansKR-400" not in registered
