"""Evacuee lists in the shapes offices hand them over, made at test time: each office's own
headers (Japanese, bilingual, English), its own words for values (kana, kanji, English, codes),
its dates and times, blank rows, notes columns and merged cells, as CSV (UTF-8, UTF-8 with BOM,
CP932), Excel's "Unicode text" and .xlsx.

The lists are from early December 2026 (令和8年): every file holds at least one full date, so a
date without a year ("12/7") has one answer whatever day the tests run. The people are made up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from list_files import unicode_text
from openpyxl import Workbook


def _csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    """As Excel saves a sheet: CRLF, a cell with a comma, quote or line break in quotes."""
    def cell(text: str) -> str:
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in ',"\n') \
            else text
    path.write_bytes("".join(",".join(map(cell, row)) + "\r\n" for row in rows)
                     .encode(encoding))
    return path


# -- 1. a ward office: CP932, its own headers and words (the list of issue 16) ---------------------
WARD_OFFICE_HEADER = ["受付番号", "氏名", "フリガナ", "国籍", "話せる言語", "日本語", "食事の配慮",
                      "アレルギー", "避難所内の場所", "入所日", "入所時刻", "備考"]


def ward_office_cp932(path: Path) -> Path:
    """港北区役所's list, saved from Excel as CSV (Shift_JIS): 受付番号 is the office's own number,
    languages and Japanese ability in the words its staff write."""
    return _csv(path, [
        WARD_OFFICE_HEADER,
        ["1", "テイン・ミン", "テイン ミン", "ミャンマー", "ビルマ語", "少し", "ハラール", "",
         "体育館 A-1", "令和8年12月6日", "18時5分", ""],
        ["2", "グエン・ティ・ラン", "グエン ティ ラン", "ベトナム", "ベトナム語、英語", "日常会話",
         "", "卵、小麦", "体育館 A-2", "R8.12.6", "午後6時", "夜間に服薬"],
        ["3", "髙橋 一郎", "タカハシ イチロウ", "日本", "日本語", "ネイティブ", "", "", "和室",
         "12/7", "9時30分", ""],
        ["4", "マリア・サントス", "マリア サントス", "フィリピン", "タガログ語", "話せない",
         "ベジタリアン", "えび", "和室", "12月7日", "10時", "車いす"],
        ["5", "Ana Souza", "アナ ソウザ", "ブラジル", "ポルトガル語", "やさしい日本語", "", "",
         "和室", "12月7日", "", ""],
    ], "cp932")


# -- 2. an international association: bilingual headers, English values, date cells ---------------
BILINGUAL_HEADER = ["No.", "氏名 Name", "ふりがな Reading", "国籍 Nationality", "言語 Language",
                    "日本語 Japanese", "通訳 Interpreter", "食事 Diet", "アレルギー Allergies",
                    "入所日 Check-in date", "入所時刻 Check-in time", "備考 Notes"]


def international_association_xlsx(path: Path) -> Path:
    """国際交流協会's workbook: both languages in every header, values in English, dates as
    Excel date cells and a serial number in a General cell, times as time cells and text."""
    book = Workbook()
    sheet = book.active
    sheet.title = "避難者 Evacuees"
    sheet.append(BILINGUAL_HEADER)
    sheet.append([1, "Thein Min", "ていん みん", "Myanmar", "Burmese; English", "Easy Japanese",
                  "Yes", "Halal", "", dt.date(2026, 12, 6), dt.time(18, 5), ""])
    sheet.append([2, "Nguyen Van An", "ぐえん ゔぁん あん", "Viet Nam", "Vietnamese",
                  "Conversational", "No", "", "Egg, Wheat", 46362, "午後6時",
                  "Works at the bento factory"])
    sheet.append([3, "Rina Dela Cruz", "りな でら くるす", "Philippines", "Tagalog", "None",
                  "Yes", "Vegetarian", "Shrimp", dt.date(2026, 12, 7), dt.time(9, 30), ""])
    book.save(path)
    return path


# -- 3. a university: English only, a student number column ---------------------------------------
UNIVERSITY_HEADER = ["Student ID", "Full name", "Reading (kana)", "Nationality", "Languages",
                     "Japanese level", "Dietary needs", "Allergies", "Location", "Check-in",
                     "Check-out", "Remarks"]


def university_csv(path: Path) -> Path:
    """The international office's list from Google Sheets: UTF-8 without a BOM, LF line ends
    as Sheets writes them, codes and English names mixed."""
    rows = [
        UNIVERSITY_HEADER,
        ["S2026-0012", "Priya Sharma", "ぷりや しゃるま", "Nepal", "Nepali; English", "Fluent",
         "Vegetarian", "Peanut", "International House 2F", "2026/12/5 19:30", "", ""],
        ["S2026-0031", "Chen Yu-ting", "ちぇん ゆーてぃん", "Taiwan", "Chinese (Traditional)",
         "Easy Japanese", "", "", "International House 2F", "2026/12/6 8:00",
         "2026/12/7 10:15", "moved to a friend's flat"],
        ["S2026-0047", "Kim Minji", "きむ みんじ", "Korea", "ko", "conversational", "",
         "milk", "International House 3F", "2026-12-06 21:40", "", "asthma inhaler"],
    ]
    path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


# -- 4. a neighbourhood association: merged cells, blank rows, kanji values -----------------------
NEIGHBOURHOOD_HEADER = ["世帯番号", "氏名", "ふりがな", "使用言語", "日本語能力", "通訳の要否",
                        "食物アレルギー", "区画", "入所日時", "備考"]


def neighbourhood_xlsx(path: Path, *, title_rows: bool = False, total_row: bool = False
                       ) -> Path:
    """町内会's workbook: a family's 世帯番号 and 区画 in cells merged down its rows (only the
    first row holds the value, as in Excel's CSV), a blank row between families, ○/× for the
    interpreter, allergens in kanji. With ``title_rows``, a merged title and a "作成" line and a
    blank row above the header, as printed lists have; with ``total_row``, a "合計 … 4名" row
    under the last family."""
    book = Workbook()
    sheet = book.active
    sheet.title = "名簿"
    top = 1
    if title_rows:
        sheet["A1"] = "令和8年12月 ○○小学校避難所 避難者名簿"
        sheet.merge_cells("A1:J1")
        sheet["A2"] = "作成：○○町内会　令和8年12月7日現在"
        sheet.merge_cells("A2:J2")
        top = 4
    for column, title in enumerate(NEIGHBOURHOOD_HEADER, 1):
        sheet.cell(top, column, title)
    rows = {
        1: ["101", "山田 花子", "やまだ はなこ", "ja", "日本語で問題ない", "×", "卵", "2-A",
            dt.datetime(2026, 12, 6, 17, 40), ""],
        2: [None, "山田 太郎", "やまだ たろう", "ja", "日本語で問題ない", "×", "", None,
            dt.datetime(2026, 12, 6, 17, 40), "母と同じ区画"],
        # 3: a blank row between families
        4: ["102", "Nguyễn Thị Hoa", "ぐえん てぃ ほあ", "vi", "やさしい日本語ならわかる", "○",
            "小麦、乳", "3-B", dt.datetime(2026, 12, 7, 8, 5), "乳児あり"],
        5: [None, "Trần Văn Minh", "ちゃん ゔぁん みん", "vi;en", "なし", "○", "", None,
            dt.datetime(2026, 12, 7, 8, 5), ""],
    }
    for offset, cells in rows.items():
        for column, value in enumerate(cells, 1):
            if value is not None:
                sheet.cell(top + offset, column, value)
    if total_row:
        sheet.cell(top + 7, 2, "合計")
        sheet.cell(top + 7, 10, "4名")
    for column in ("A", "H"):                     # 世帯番号 and 区画 merged per family
        sheet.merge_cells(f"{column}{top + 1}:{column}{top + 2}")
        sheet.merge_cells(f"{column}{top + 4}:{column}{top + 5}")
    book.save(path)
    return path


# -- 5. a health centre: Excel serial numbers, kanji and katakana needs ----------------------------
def health_centre_xlsx(path: Path) -> Path:
    """保健所's workbook, where the date cells lost their format: serial numbers (46362 is
    2026-12-06) and the time of day as a fraction in a column of its own."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["氏名", "よみがな", "言語", "食事制限", "食物アレルギー", "医療的配慮", "入所日",
                  "入所時間", "備考"])
    sheet.append(["アフマド・ラフマン", "あふまど らふまん", "インドネシア語", "ハラール",
                  "落花生", "人工透析", 46362, 0.75, "火・木・土に透析"])
    sheet.append(["シャルマ・ギタ", "しゃるま ぎた", "ネパール語", "ベジタリアン", "小麦",
                  "妊娠中", 46363, 0.3125, ""])
    sheet.append(["佐藤 ハル", "さとう はる", "日本語", "", "卵", "要介護の高齢者", 46363, None,
                  "杖"])
    book.save(path)
    return path


# -- 6. a social welfare council: Excel's "Unicode text" --------------------------------------------
def welfare_council_unicode_text(path: Path) -> Path:
    """社会福祉協議会's list saved from Excel as "Unicode text" (UTF-16, tabs): native language
    names, a check-out, notes with a tab and a line break inside."""
    return unicode_text(path, [
        ["名前", "よみがな", "言語", "日本語", "食事制限", "アレルギー", "入所日時", "退所日時",
         "メモ"],
        ["Lê Thị Mai", "れ てぃ まい", "Tiếng Việt", "やさしい日本語ならわかる", "", "えび",
         "令和8年12月5日 18時", "", "夜勤明け\t午前は寝ている"],
        ["", "", "", "", "", "", "", "", ""],
        ["박지훈", "ぱく じふん", "한국어", "日常会話ができる", "", "", "12月6日 午前9時30分",
         "12/7", "親戚宅へ\n連絡先は受付に"],
        ["João Silva", "じょあん しるゔぁ", "Português (Brasil)", "なし", "ハラール", "",
         "2026/12/6 20:15", "", ""],
    ])


# -- 7. an NPO: yes/no in every way people write it ----------------------------------------------
def npo_flags_cp932(path: Path) -> Path:
    """An NPO's list (CP932) with ○/×, 有/無 and はい/いいえ for its yes/no columns."""
    return _csv(path, [
        ["氏名", "読み", "言語", "通訳", "情報共有の同意", "非開示", "入所"],
        ["Aung Ko", "あうん こー", "my", "○", "有", "いいえ", "2026/12/6 8:15"],
        ["Siti Nurhaliza", "してぃ ぬるはりざ", "id", "×", "無", "はい", "2026/12/6 9:00"],
        ["Somchai", "そむちゃい", "th", "有", "はい", "×", "2026/12/7 7:45"],
    ], "cp932")


# -- 8. a community centre: blank rows and trailing commas --------------------------------------
def community_centre_csv(path: Path) -> Path:
    """公民館's list as Excel saves a sheet with gaps (UTF-8 with BOM): rows of empty cells in
    the middle and at the end, a row of spaces, a notes column with commas and quotes."""
    return _csv(path, [
        ["氏名", "ふりがな", "言語", "場所", "入所", "備考"],
        ["田中 美咲", "たなか みさき", "ja", "ホール", "2026/12/6", ""],
        ["", "", "", "", "", ""],
        ["Mohammed Ali", "もはめど あり", "en", "ホール", "2026/12/6",
         'says "no pork", prays 5 times'],
        ["Nour Haddad", "ぬーる はっだーど", "en", "ホール", "12/7", ""],
        ["", "", "", "", "", ""],
        [" ", "  ", "", "", "", ""],
        ["鈴木 一", "すずき はじめ", "ja", "会議室", "12/7", "血圧の薬"],
        ["", "", "", "", "", ""],
    ], "utf-8-sig")


# -- 9. languages and allergens as people write them ------------------------------------------
def language_words_csv(path: Path) -> Path:
    """A list typed by volunteers: language names in katakana with and without 語, English
    names, native names and codes; allergens in hiragana, kanji and English."""
    return _csv(path, [
        ["氏名", "ふりがな", "言語", "アレルギー", "入所日"],
        ["ミン・アウン", "みん あうん", "ビルマ語", "たまご", "2026/12/6"],
        ["ゾー・ウィン", "ぞー うぃん", "ミャンマー語", "卵", "2026/12/6"],
        ["Jose Reyes", "ほせ れいえす", "タガログ", "こむぎ", "2026/12/6"],
        ["Liza Santos", "りざ さんとす", "フィリピン語", "egg", "2026/12/6"],
        ["林 怡君", "りん いーちゅん", "台湾華語", "小麦", "2026/12/7"],
        ["王 小明", "おう しょうめい", "中国語（繁体字）", "", "2026/12/7"],
        ["Hari Thapa", "はり たぱ", "Nepali", "", "2026/12/7"],
        ["Htet Htet", "てっ てっ", "မြန်မာဘာသာ", "", "2026/12/7"],
        ["Pham Thu", "ふぁむ とぅ", "vi", "", "2026/12/7"],
    ], "utf-8")


# -- 10. the neighbouring shelter's export: this program's own columns ----------------------------
# Made by the test from a real registry (export_csv), so that it is exactly what a shelter using
# this program hands over.


# -- 11. a list that must be refused ---------------------------------------------------------------
def refused_cp932(path: Path) -> Path:
    """A ward office's list (CP932) with mistakes: 広東語 (not in the catalog), an allergen
    nobody knows, a date that is no date, a time that is no time, and a row that names
    nobody."""
    return _csv(path, [
        ["氏名", "ふりがな", "言語", "アレルギー", "入所日", "入所時刻", "備考"],
        ["陳 大文", "ちゃん たいまん", "広東語", "", "2026/12/6", "18:00", ""],
        ["山本 恵", "やまもと めぐみ", "ja", "ユニコーン", "2026/12/6", "", ""],
        ["Ali Khan", "ありー かーん", "en", "", "12月45日", "", ""],
        ["Sara Lee", "さら りー", "ko", "", "2026/12/7", "25時", ""],
        ["", "", "", "", "2026/12/7", "", "名前の欄が空"],
        ["林 健", "はやし けん", "ja", "", "2026/12/7", "", ""],
    ], "cp932")
