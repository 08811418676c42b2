"""What the command line says to people, in Japanese and English.

The core raises error codes (``evac_toolkit.core.errors.UserError``); this table words them.
The GUI has its own wording in Qt Linguist files; both read the same codes.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "unknown_language": {
        "en": "Unknown language code: {code}. Run 'evac-toolkit languages' to see the codes.",
        "ja": "言語コード「{code}」はありません。「evac-toolkit languages」でコードを確認してください。",
    },
    "unknown_view": {
        "en": "Unknown view: {name}. Choose one of: {choices}.",
        "ja": "画面名「{name}」はありません。次から選んでください：{choices}",
    },
    "data_dir_unwritable": {
        "en": "Cannot write to the data folder {path} ({reason}). Choose another with --data-dir.",
        "ja": "データフォルダ {path} に書き込めません（{reason}）。--data-dir で別のフォルダを指定してください。",
    },
    "output_unwritable": {
        "en": "Cannot write the file {path} ({reason}). Nothing was written.",
        "ja": "ファイル {path} を書き込めません（{reason}）。何も書き込んでいません。",
    },
    "catalog_invalid": {
        "en": "The language catalog {file} is damaged: {reason}",
        "ja": "言語カタログ {file} が壊れています：{reason}",
    },
    "unknown_font": {
        "en": "No font called {family} is configured (assets/fonts/fonts.toml).",
        "ja": "フォント「{family}」は設定されていません（assets/fonts/fonts.toml）。",
    },
    "font_missing": {
        "en": "The font file for {family} is missing: {file}. Reinstall the program.",
        "ja": "{family} のフォントファイルがありません：{file}。プログラムを入れ直してください。",
    },
    "missing_glyphs": {
        "en": "No installed font can draw {chars!r} (text: {text}). Add a font for this script.",
        "ja": "{chars!r} を表示できるフォントがありません（文：{text}）。この文字のフォントを追加してください。",
    },
    "cpu_sse42": {
        "en": "This computer's processor is too old for the program: Qt 6 needs a CPU with SSE4.2 "
              "(most computers made after 2010). Use the printed boards and signs instead.",
        "ja": "このパソコンのCPUは古すぎて動きません。Qt 6 には SSE4.2 対応のCPU（おおむね2010年以降の"
              "パソコン）が必要です。印刷したボードと掲示物を使ってください。",
    },
    "os_32bit": {
        "en": "The program needs a 64-bit system (64-bit Windows 10 or later, or 64-bit Linux).",
        "ja": "このプログラムには64ビットのOS（64ビット版 Windows 10 以降、または64ビット Linux）が必要です。",
    },
    "os_windows_old": {
        "en": "The program needs Windows 10 or later (64-bit). This Windows is too old.",
        "ja": "このプログラムには Windows 10 以降（64ビット版）が必要です。このWindowsは古すぎます。",
    },
    "no_display": {
        "en": "No screen is available (DISPLAY is not set). Start the program from the desktop, "
              "or use a command such as 'evac-toolkit screenshot' with QT_QPA_PLATFORM=offscreen.",
        "ja": "画面が見つかりません（DISPLAY が未設定です）。デスクトップから起動するか、"
              "QT_QPA_PLATFORM=offscreen で「evac-toolkit screenshot」などを使ってください。",
    },
    "qt_missing": {
        "en": "Qt (PySide6) could not be loaded. Reinstall the program with its README's first command.",
        "ja": "Qt（PySide6）を読み込めません。README の最初のコマンドでプログラムを入れ直してください。",
    },
    # Content check findings (file, key, detail are filled in).
    "parse_error": {"en": "cannot be read: {detail}", "ja": "読み込めません：{detail}"},
    "no_text_file": {"en": "the language has no text file", "ja": "この言語のテキストファイルがありません"},
    "missing_string": {"en": "missing translation", "ja": "訳がありません"},
    "extra_string": {"en": "unknown ID (not in the definitions)", "ja": "定義にないIDです"},
    "empty_string": {"en": "empty translation", "ja": "訳が空です"},
    "placeholder_mismatch": {"en": "placeholders differ: {detail}",
                             "ja": "差し込み欄が一致しません：{detail}"},
    "stray_brace": {"en": "a { or } that is not a placeholder", "ja": "差し込み欄でない { か } があります"},
    "missing_glyph": {"en": "no font can draw {detail!r}", "ja": "{detail!r} を表示できるフォントがありません"},
    "ruby_error": {"en": "furigana markup: {detail}", "ja": "ふりがな記法の誤り：{detail}"},
    "too_long": {"en": "too long for its box: {detail}", "ja": "枠に収まりません：{detail}"},
    "duplicate_id": {"en": "the ID is defined twice", "ja": "IDが二重に定義されています"},
    "bad_status": {"en": "unknown status {detail!r} (draft, reviewed, machine)",
                   "ja": "不明な状態 {detail!r}（draft, reviewed, machine のいずれか）"},
    "content_ok": {"en": "Content check passed: {languages} language(s), {strings} strings.",
                   "ja": "内容チェック完了：{languages} 言語、{strings} 件、問題なし。"},
    "content_problems": {"en": "{count} problem(s) found.", "ja": "{count} 件の問題があります。"},
    # Plain status lines.
    "wrote": {"en": "Wrote {path}", "ja": "{path} を書き出しました"},
    "fonts_preparing": {
        "en": "Preparing print fonts ({done}/{total}): {name}",
        "ja": "印刷用フォントを準備しています（{done}/{total}）：{name}",
    },
    "fonts_ready": {"en": "Print fonts are ready.", "ja": "印刷用フォントの準備ができました。"},
}


def message(code: str, language: str, /, **params: object) -> str:
    """The sentence for ``code`` in ``language`` ('ja' or 'en'), with ``params`` filled in."""
    entry = MESSAGES.get(code)
    if entry is None:
        return f"{code}: {params}"
    template = entry.get(language) or entry["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
