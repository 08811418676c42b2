"""How the core's error and problem codes read to people, in Japanese and English.

The core raises codes (``evac_toolkit.core.errors.UserError``, content and review-sheet problems);
this table words them for the command line and the GUI alike, so a code is worded once. The GUI's
own labels and buttons are translated in Qt Linguist files instead.

A code whose sentence tells what to type (an option, a command) also carries a ``"gui"`` wording
that says what to do in the window instead: the caller chooses its audience, the command line with
:func:`message` and the window with :func:`gui_message`. Nothing the window shows may name a
command-line option or command, or a raw language code (tests/test_gui_messages.py).
"""

from __future__ import annotations

from evac_toolkit.core.errors import UserError, os_reason

#: code → {"en": ..., "ja": ..., and optionally "gui": {"en": ..., "ja": ...}}
MESSAGES: dict[str, dict] = {
    "unknown_language": {
        "en": "Unknown language code: {code}. Run 'evac-toolkit languages' to see the codes.",
        "ja": "言語コード「{code}」はありません。「evac-toolkit languages」でコードを確認してください。",
        "gui": {
            "en": "The language {code} is not in this program's language list. Choose a "
                  "language from the list.",
            "ja": "言語「{code}」はこのプログラムの言語一覧にありません。一覧から言語を選んでください。",
        },
    },
    "unknown_view": {
        "en": "Unknown view: {name}. Choose one of: {choices}.",
        "ja": "画面名「{name}」はありません。次から選んでください：{choices}",
    },
    "bad_screen_size": {
        "en": "Screen size {value!r} is not valid: give width x height in pixels, e.g. 1024x600.",
        "ja": "画面の大きさ「{value}」は使えません。幅x高さをピクセルで指定してください（例：1024x600）。",
    },
    "screenshot_does_not_fit": {
        "en": "The {view} view does not fit a {size} screen: it needs {needed}. "
              "Nothing was written.",
        "ja": "画面「{view}」は {size} の画面に収まりません（{needed} 必要）。何も書き込んでいません。",
    },
    "data_dir_unwritable": {
        "en": "Cannot write to the data folder {path} ({reason}). Choose another with --data-dir.",
        "ja": "データフォルダ {path} に書き込めません（{reason}）。--data-dir で別のフォルダを指定してください。",
        "gui": {
            "en": "Cannot write to the data folder {path} ({reason}). Choose another "
                  "folder where you may save files, such as one in your Documents or on "
                  "a USB stick.",
            "ja": "データフォルダ {path} に書き込めません（{reason}）。"
                  "ファイルを保存できる別のフォルダ（「ドキュメント」の中や USB メモリなど）を選んでください。",
        },
    },
    # A worker's failure that no code words (gui_problem).
    "action_failed": {
        "en": "This could not be done ({detail}). Try again; if it happens again, note what you "
              "did and tell whoever looks after this program.",
        "ja": "実行できませんでした（{detail}）。もう一度試してください。また起きるときは、"
              "何をしたかを書き留めて、このプログラムの担当者に伝えてください。",
    },
    "action_failed_file": {
        "en": "This could not be done: {path}: {reason}.",
        "ja": "実行できませんでした：{path}：{reason}。",
    },
    # Why a folder or file cannot be written (core.errors.os_reason), inside other sentences.
    "os_denied": {"en": "permission denied", "ja": "書き込みが許可されていません"},
    "os_read_only": {"en": "the disk is read-only", "ja": "読み取り専用のディスクです"},
    "os_not_a_folder": {"en": "a file stands where a folder should be",
                        "ja": "フォルダの場所にファイルがあります"},
    "os_no_space": {"en": "the disk is full", "ja": "ディスクの空きがありません"},
    "os_missing": {"en": "the drive or folder is not there",
                   "ja": "ドライブまたはフォルダが見つかりません"},
    "os_other": {"en": "{reason}", "ja": "{reason}"},
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
        "gui": {
            "en": "No screen is available. Start the program from the desktop.",
            "ja": "画面が見つかりません。デスクトップから起動してください。",
        },
    },
    "qt_missing": {
        "en": "Qt (PySide6) could not be loaded. Reinstall the program with its README's first command.",
        "ja": "Qt（PySide6）を読み込めません。README の最初のコマンドでプログラムを入れ直してください。",
        "gui": {
            "en": "Part of the program (Qt) could not be loaded: the installation is incomplete or "
                  "damaged. Copy or unpack the program again, then start it again.",
            "ja": "プログラムの一部（Qt）を読み込めません。インストールが不完全か壊れています。"
                  "プログラムをもう一度コピー（または展開）してから起動してください。",
        },
    },
    "qt_system_libraries": {
        "en": "The program cannot open its window: the system library {library} is missing. Qt "
              "needs a few X11 libraries that this Linux does not have yet. Install them (as "
              "administrator), then start the program again:\n  sudo apt-get install {packages}",
        "ja": "ウィンドウを開けません。システムのライブラリ {library} がありません。Qt に必要な X11 の"
              "ライブラリが、この Linux にまだ入っていません。管理者として次のコマンドで入れてから、"
              "もう一度起動してください：\n  sudo apt-get install {packages}",
        "gui": {
            "en": "The program cannot open its window: the system library {library} is missing. "
                  "Ask whoever looks after this computer to install these packages: {packages}",
            "ja": "ウィンドウを開けません。システムのライブラリ {library} がありません。"
                  "このパソコンの管理者に、次のパッケージを入れてもらってください：{packages}",
        },
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
    # Review sheets (content export-review / import-review).
    "sheet_where": {"en": "line {line}, column {column}", "ja": "{line} 行目 {column} 列目"},
    "sheet_where_line": {"en": "line {line}", "ja": "{line} 行目"},
    "review_unreadable": {"en": "Cannot read the review sheet {path} ({reason}).",
                          "ja": "確認用シート {path} を読めません（{reason}）。"},
    "sheet_encoding": {
        "en": "the file is neither UTF-8 nor Shift_JIS (CP932); save it as \"CSV UTF-8\"",
        "ja": "文字コードが UTF-8 でも Shift_JIS（CP932）でもありません。「CSV UTF-8」で保存し直してください",
    },
    "sheet_csv_error": {"en": "not a valid CSV file ({detail})",
                        "ja": "CSV として読めません（{detail}）"},
    "sheet_xlsx_damaged": {"en": "the .xlsx file is damaged ({detail})",
                           "ja": ".xlsx ファイルが壊れています（{detail}）"},
    "sheet_empty": {"en": "the sheet is empty", "ja": "シートが空です"},
    "sheet_bad_header": {
        "en": "the first line is not the header written by 'content export-review' "
              "(7 columns starting with ID; found {detail})",
        "ja": "1 行目が「content export-review」で書き出した見出し行ではありません"
              "（ID で始まる 7 列のはず：{detail}）",
        "gui": {
            "en": "the first line is not the header of a review sheet this program saved "
                  "(7 columns starting with ID; found {detail})",
            "ja": "1 行目が、このプログラムで保存した確認用シートの見出し行ではありません（ID で始まる 7 列のはず：{detail}）",
        },
    },
    "sheet_no_language": {
        "en": "the translation column's header lost its language code, e.g. [vi]",
        "ja": "翻訳列の見出しから言語コード（例：[vi]）が消えています",
    },
    "sheet_column_count": {
        "en": "this row has {detail} columns, the sheet has 7; "
              "a comma or line break may have lost its quotes",
        "ja": "この行は {detail} 列ですが、シートは 7 列です。コンマや改行の引用符が外れた可能性があります",
    },
    "sheet_formula": {
        "en": "a formula or a cell starting with =, +, - or @ ({detail!r}); "
              "type the text only",
        "ja": "数式、または =・+・-・@ で始まるセルです（{detail!r}）。文字だけを入力してください",
    },
    "sheet_empty_id": {"en": "the ID cell is empty", "ja": "ID が空です"},
    "sheet_unknown_id": {
        "en": "unknown ID {detail!r}; IDs must stay as exported",
        "ja": "ID「{detail}」はありません。ID は書き出したときのまま変えないでください",
    },
    "sheet_duplicate_id": {"en": "this ID already appears on line {detail}",
                           "ja": "この ID は {detail} 行目にもあります"},
    "sheet_empty_translation": {
        "en": "the translation is empty; write it, or delete the row to leave the string as is",
        "ja": "翻訳が空です。翻訳を書くか、変更しない場合は行ごと削除してください",
    },
    "sheet_unknown_language": {"en": "unknown language code {detail!r} in the header",
                               "ja": "見出しの言語コード「{detail}」はありません"},
    "sheet_language_mismatch": {"en": "the sheet is for another language ({detail})",
                                "ja": "別の言語のシートです（{detail}）"},
    "sheet_lost_characters": {
        "en": "'?' appeared where the text had none: Excel's \"CSV (comma delimited)\" "
              "replaced letters Shift_JIS cannot hold; save as \"CSV UTF-8\" or .xlsx",
        "ja": "元になかった「?」があります。Excel の「CSV（コンマ区切り）」保存で Shift_JIS にない文字が"
              "置き換わりました。「CSV UTF-8」または .xlsx で保存し直してください",
    },
    "reviewer_required": {
        "en": "Give the reviewer's name (--reviewer NAME).",
        "ja": "確認した人の名前を指定してください（--reviewer 名前）。",
        "gui": {
            "en": "Give the reviewer's name.",
            "ja": "確認した人の名前を入力してください。",
        },
    },
    "review_rejected": {
        "en": "{count} problem(s) in the sheet. Nothing was applied.",
        "ja": "シートに {count} 件の問題があります。何も反映していません。",
    },
    "review_summary": {
        "en": "{language}: {changed} changed, {confirmed} confirmed, {noted} with a new note, "
              "{unchanged} unchanged.",
        "ja": "{language}：変更 {changed} 件、確認のみ {confirmed} 件、メモ追加 {noted} 件、"
              "変更なし {unchanged} 件。",
    },
    "review_not_applied": {"en": "Nothing was applied.", "ja": "何も反映していません。"},
    "review_applied": {
        "en": "Applied to {path}, marked as reviewed by {reviewer}.",
        "ja": "{path} に反映し、確認者「{reviewer}」として記録しました。",
    },
    "replaces_review": {"en": "replaces a reviewed translation ({who})",
                        "ja": "確認済みの翻訳（{who}）を置き換えます"},
    "change_changed": {"en": "changed", "ja": "変更"},
    "change_confirmed": {"en": "confirmed", "ja": "確認のみ"},
    "change_noted": {"en": "note", "ja": "メモ"},
    # Signs and notices.
    "unknown_sign": {
        "en": "Unknown sign ID: {id}. 'evac-toolkit signs list' shows them.",
        "ja": "掲示物の ID「{id}」はありません。「evac-toolkit signs list」で確認してください。",
        "gui": {
            "en": "There is no sign {id}. Choose a sign from the list.",
            "ja": "掲示物「{id}」はありません。一覧から選んでください。",
        },
    },
    "unknown_notice": {
        "en": "Unknown notice template: {id}. 'evac-toolkit notice list' shows them.",
        "ja": "お知らせのひな形「{id}」はありません。「evac-toolkit notice list」で確認してください。",
        "gui": {
            "en": "There is no notice template {id}. Choose a template from the list.",
            "ja": "お知らせのひな形「{id}」はありません。一覧から選んでください。",
        },
    },
    "unknown_category": {"en": "Unknown category {name}. Choose one of: {choices}.",
                         "ja": "分類「{name}」はありません。次から選んでください：{choices}"},
    "no_signs_chosen": {
        "en": "No sign chosen: give --signs, --category or --all.",
        "ja": "掲示物が選ばれていません。--signs、--category、--all のどれかを指定してください。",
        "gui": {
            "en": "No sign chosen. Tick the signs to print in the list.",
            "ja": "掲示物が選ばれていません。一覧で印刷する掲示物にチェックを入れてください。",
        },
    },
    "too_many_languages": {
        "en": "{count} languages chosen; a sheet holds at most {max}, Japanese included. "
              "The QR code carries the others.",
        "ja": "{count} 言語が選ばれています。1 枚に入るのは日本語を含めて {max} 言語までです。"
              "ほかの言語は QR コードに入ります。",
    },
    "no_text_for_language": {
        "en": "{id} has no text in {language} yet, so it cannot be printed in that language.",
        "ja": "{id} には {language} の文がまだないため、その言語では印刷できません。",
        "gui": {
            "en": "“{sign_en}” has no text in {language_en} yet, so it cannot be printed in that "
                  "language. Print it without {language_en}.",
            "ja": "「{sign_ja}」には{language_ja}の文がまだないため、その言語では印刷できません。"
                  "{language_ja}を外して印刷してください。",
        },
    },
    "sheet_too_crowded": {
        "en": "{id}: {languages} languages do not fit on this paper at a size readable from a "
              "distance. Choose at most {fit} languages, A3 paper, or the other orientation. "
              "Nothing was written.",
        "ja": "{id}：{languages} 言語は、離れて読める文字の大きさではこの用紙に入りません。"
              "{fit} 言語以下にするか、A3 または用紙の向きを変えてください。何も書き出していません。",
    },
    "slot_missing": {
        "en": "The notice needs a value for {{{slot}}}: --set {slot}=...",
        "ja": "お知らせの {{{slot}}} の値がありません：--set {slot}=...",
        "gui": {
            "en": "The notice needs a value for {{{slot}}}. Fill in its box.",
            "ja": "お知らせの {{{slot}}} の値がありません。欄に入力してください。",
        },
    },
    "slot_unknown": {"en": "The notice has no slot {slot}; its slots are: {expected}.",
                     "ja": "お知らせに {slot} という差し込み欄はありません。差し込み欄：{expected}"},
    "slot_bad_value": {"en": "{{{slot}}} = {value!r} is not valid; expected {expected}.",
                       "ja": "{{{slot}}} の値「{value}」は使えません。形式：{expected}"},
    "slot_too_long": {
        "en": "{{{slot}}} is {length} characters; at most {max} fit on the notice.",
        "ja": "{{{slot}}} が {length} 文字あります。お知らせに入るのは {max} 文字までです。",
    },
    "bad_set_option": {
        "en": "--set needs NAME=VALUE, got {value!r}.",
        "ja": "--set は 名前=値 の形で指定してください（「{value}」）。",
        "gui": {
            "en": "A value for the notice cannot be read ({value!r}). Fill in each box "
                  "of the notice.",
            "ja": "お知らせの値を読み取れません（「{value}」）。お知らせの欄に入力してください。",
        },
    },
    "printed": {"en": "Wrote {path}: {pages} page(s).",
                "ja": "{path} を書き出しました（{pages} ページ）。"},
    "qr_fewer_languages": {
        "en": "{id}: the QR code holds {inside} of {total} languages at this size: {codes}",
        "ja": "{id}：この大きさの QR コードには {total} 言語のうち {inside} 言語が入ります：{codes}",
        "gui": {
            "en": "{id}: the QR code holds {inside} of {total} languages at this size.",
            "ja": "{id}：この大きさの QR コードには {total} 言語のうち {inside} 言語が入ります。",
        },
    },
    # Registry.
    "registry_damaged": {
        "en": "The registry {path} is damaged ({reason}). Nothing was changed. Restore the newest "
              "backup with 'evac-toolkit registry restore FILE' (see 'registry backups').",
        "ja": "名簿ファイル {path} が壊れています（{reason}）。何も変更していません。"
              "「evac-toolkit registry restore ファイル」で最新のバックアップから戻してください"
              "（一覧は「registry backups」）。",
        "gui": {
            "en": "The registry {path} is damaged ({reason}). Nothing was changed. "
                  "Restore the newest verified backup from the list.",
            "ja": "名簿ファイル {path} が壊れています（{reason}）。"
                  "何も変更していません。一覧の最新のバックアップから戻してください。",
        },
    },
    "registry_too_new": {
        "en": "The registry {path} was written by a newer version (schema {version}; this one "
              "knows {supported}). Update the program; the file was not changed.",
        "ja": "名簿 {path} は新しい版で作られています（スキーマ {version}、この版は {supported} まで）。"
              "プログラムを更新してください。ファイルは変更していません。",
    },
    "registry_unknown_field": {"en": "Unknown field(s): {fields}.",
                               "ja": "不明な項目：{fields}"},
    "registry_bad_value": {"en": "{field}: the value {value} cannot be stored.",
                           "ja": "{field}：値 {value} は保存できません。"},
    "registry_unknown_code": {
        "en": "{field}: unknown code(s) {codes}.",
        "ja": "{field}：不明なコード {codes}",
        "gui": {
            "en": "{field}: unknown value(s) {codes}.",
            "ja": "{field}：不明な値 {codes}",
        },
    },
    "registry_repeated_code": {"en": "{field}: a code is listed twice.",
                               "ja": "{field}：同じコードが 2 回あります。"},
    "registry_too_long": {"en": "{field}: {length} characters, at most {max}.",
                          "ja": "{field}：{length} 文字あります（{max} 文字まで）。"},
    "registry_empty_record": {
        "en": "No name, reading or language was given: enter at least one of them, so that "
              "this person can be found again.",
        "ja": "名前・読み（かな）・言語のどれも入っていません。あとで探せるように、どれか一つを"
              "入力してください。"},
    "registry_bad_pain": {"en": "{field}: a pain level is a whole number from 0 to 10, not {value}.",
                          "ja": "{field}：痛みの強さは 0〜10 の整数です（{value} は使えません）。"},
    "registry_not_found": {"en": "No one with the ID {id} is in the registry.",
                           "ja": "ID {id} の人は名簿にいません。"},
    "backup_failed": {"en": "The backup {path} failed its check ({reason}) and was not kept.",
                      "ja": "バックアップ {path} は検査に通らなかったため保存していません（{reason}）。"},
    "backup_damaged": {"en": "The backup {path} is damaged ({reason}); nothing was restored.",
                       "ja": "バックアップ {path} は壊れています（{reason}）。何も戻していません。"},
    "registry_added": {"en": "Registered. Card ID: {card}", "ja": "登録しました。カード ID：{card}"},
    "registry_count": {"en": "{count} person(s).", "ja": "{count} 人。"},
    "registry_empty": {"en": "No registry yet at {path}.", "ja": "{path} に名簿はまだありません。"},
    "registry_ok": {"en": "The registry {path} is intact.", "ja": "名簿 {path} は正常です。"},
    "import_rejected": {"en": "{count} problem(s) in the file. Nobody was imported.",
                        "ja": "ファイルに {count} 件の問題があります。だれも取り込んでいません。"},
    "import_duplicate": {"en": "line {line}: {reason}; skipped.",
                         "ja": "{line} 行目：{reason}。取り込みません。"},
    "import_summary": {"en": "{new} new, {duplicates} already registered ({encoding}).",
                       "ja": "新規 {new} 人、登録済み {duplicates} 人（{encoding}）。"},
    "import_possible": {"en": "line {line}: {reason}; imported — check whether it is one person.",
                        "ja": "{line} 行目：{reason}。取り込みます。同じ人かどうか確認してください。"},
    "import_passed_over": {"en": "Not people, passed over: line(s) {lines} (titles above the "
                                 "header, a totals line).",
                           "ja": "人ではない行を読み飛ばしました：{lines} 行目（見出しの上の表題、"
                                 "合計の行）。"},
    "import_possible_summary": {
        "en": "{count} of the new may already be registered: check them in the list.",
        "ja": "新規のうち {count} 人は登録済みかもしれません。一覧で確認してください。"},
    "import_done": {"en": "Imported {count} person(s). Backup before import: {backup}",
                    "ja": "{count} 人を取り込みました。取り込み前のバックアップ：{backup}"},
    "export_done": {"en": "Wrote {path}: {count} person(s).",
                    "ja": "{path} を書き出しました（{count} 人）。"},
    "backup_done": {"en": "Backup written and verified: {path}",
                    "ja": "バックアップを作成し、検査しました：{path}"},
    "restore_done": {
        "en": "Restored from {path}. The registry as it was is kept in {safety}.",
        "ja": "{path} から戻しました。戻す前の名簿は {safety} に保存してあります。",
    },
    "output_exists": {"en": "{path} already exists; nothing was written.",
                      "ja": "{path} はすでにあります。何も書き出していません。"},
    "close_confirm": {
        "en": "This writes {people} person(s) to the archive {archive}, then deletes the live "
              "registry's data and its backups from this computer. Run again with --yes.",
        "ja": "{people} 人分を記録ファイル {archive} に書き出し、その後このパソコンの名簿データと"
              "バックアップを消去します。実行するには --yes を付けてください。",
        "gui": {
            "en": "This writes {people} person(s) to the archive {archive}, then deletes "
                  "the live registry's data and its backups from this computer. Go on "
                  "only when the shelter closes.",
            "ja": "{people} 人分を記録ファイル {archive} に書き出し、その後このパソコンの名簿データと"
                  "バックアップを消去します。避難所を閉じるときだけ進めてください。",
        },
    },
    "close_done": {
        "en": "Archive {archive} written and verified ({people} person(s)); live data wiped, "
              "{backups} backup(s) removed. Hand the archive to the municipality.",
        "ja": "記録ファイル {archive} を作成・検査しました（{people} 人）。名簿データを消去し、"
              "バックアップ {backups} 件を削除しました。記録ファイルを自治体に渡してください。",
    },
    # Registry: writers that wait, one window per data folder, no restore or close under
    # another process, interrupted restores and closes (issue 17, concurrent writers part).
    "registry_busy": {
        "en": "The registry {path} was still being written by another window or command after "
              "{seconds} seconds; nothing was saved. Try again in a moment.",
        "ja": "名簿 {path} は別の画面かコマンドが書き込み中で、{seconds} 秒待っても終わりませんでした。"
              "何も保存していません。少し待ってからもう一度試してください。",
    },
    "registry_in_use": {
        "en": "The registry {path} is open in another window or command: close it first, then "
              "try again. Nothing was changed.",
        "ja": "名簿 {path} は別の画面かコマンドで開かれています。そちらを閉じてから、もう一度"
              "試してください。何も変更していません。",
    },
    "registry_held": {
        "en": "The registry {path} is being restored or closed by another window or command. "
              "Try again when it has finished; nothing was changed.",
        "ja": "名簿 {path} は別の画面かコマンドが復元中または閉鎖処理中です。終わってからもう一度"
              "試してください。何も変更していません。",
    },
    "program_already_open": {
        "en": "The program is already open with the data folder {path}. Use the window that is "
              "open (it may be behind other windows or minimised).",
        "ja": "データフォルダ {path} を使うこのプログラムは、すでに開いています。開いている画面を"
              "使ってください（ほかの画面の後ろにあるか、最小化されているかもしれません）。",
    },
    "registry_version_unknown": {
        "en": "The registry {path} records schema version {version}, which no version of this "
              "program writes; it was not opened and not changed. Restore a backup.",
        "ja": "名簿 {path} のスキーマ番号 {version} は、このプログラムのどの版も書かない値です。"
              "開かず、変更もしていません。バックアップから戻してください。",
    },
    "close_resumed": {
        "en": "Closing the shelter had been interrupted; it is now finished: the archive "
              "{archive} ({people} person(s)) is kept, the live data wiped, {backups} backup(s) "
              "removed.",
        "ja": "避難所を閉じる処理が途中で止まっていたため、続きを行いました。記録ファイル {archive}"
              "（{people} 人）は残し、名簿データを消去し、バックアップ {backups} 件を削除しました。",
    },
    "close_interrupted": {
        "en": "Closing the shelter had been interrupted before the archive {archive} was "
              "complete; nothing was deleted. Run 'evac-toolkit registry close-shelter --yes' "
              "again.",
        "ja": "避難所を閉じる処理が、記録ファイル {archive} の完成前に止まっていました。何も消去して"
              "いません。「evac-toolkit registry close-shelter --yes」をもう一度実行してください。",
        "gui": {
            "en": "Closing the shelter had been interrupted before the archive {archive} was "
                  "complete; nothing was deleted. Close the shelter again when you are ready.",
            "ja": "避難所を閉じる処理が、記録ファイル {archive} の完成前に止まっていました。何も"
                  "消去していません。準備ができたら、もう一度閉じてください。",
        },
    },
    "restore_interrupted": {
        "en": "A restore of the registry {path} had been interrupted; the registry is as it was "
              "before it. Restore again if you still want to.",
        "ja": "名簿 {path} の復元が途中で止まっていました。名簿は復元前のままです。必要なら、もう"
              "一度復元してください。",
    },
    # Registry CSV import and export.
    # {people} lists card, name (never of a do-not-disclose person), columns and characters.
    "export_unencodable": {
        "en": "{encoding} cannot hold some text of {count} person(s), so nothing was written:\n"
              "{people}\nExport in UTF-8 (it holds every script), or export again with "
              "--replace-unencodable to write \"?\" in place of each such character.",
        "ja": "{encoding} で書けない文字が {count} 人分あるため、何も書き出していません。\n"
              "{people}\nUTF-8 で書き出すか（どの文字も書けます）、--replace-unencodable を付けて"
              "もう一度書き出すと、書けない文字を「?」にします。",
        "gui": {
            "en": "{encoding} cannot hold some text of {count} person(s), so nothing was "
                  "written:\n{people}\nSave in UTF-8 instead (it holds every script), or "
                  "write \"?\" in place of each such character.",
            "ja": "{encoding} で書けない文字が {count} 人分あるため、何も書き出していません。\n"
                  "{people}\nUTF-8 で保存するか（どの文字も書けます）、書けない文字を「?」にして"
                  "保存してください。",
        },
    },
    "export_unencodable_more": {
        "en": "{encoding} cannot hold some text of {count} person(s), so nothing was written:\n"
              "{people}\n… and {more} more.\nExport in UTF-8 (it holds every script), or export "
              "again with --replace-unencodable to write \"?\" in place of each such "
              "character.",
        "ja": "{encoding} で書けない文字が {count} 人分あるため、何も書き出していません。\n"
              "{people}\n…ほか {more} 人。\nUTF-8 で書き出すか（どの文字も書けます）、"
              "--replace-unencodable を付けてもう一度書き出すと、書けない文字を「?」にします。",
        "gui": {
            "en": "{encoding} cannot hold some text of {count} person(s), so nothing was "
                  "written:\n{people}\n… and {more} more.\nSave in UTF-8 instead (it holds every "
                  "script), or write \"?\" in place of each such character.",
            "ja": "{encoding} で書けない文字が {count} 人分あるため、何も書き出していません。\n"
                  "{people}\n…ほか {more} 人。\nUTF-8 で保存するか（どの文字も書けます）、"
                  "書けない文字を「?」にして保存してください。",
        },
    },
    "export_replaced": {
        "en": "{cells} cell(s) of {people} person(s) held characters {encoding} cannot; each "
              "such character is written as \"?\".",
        "ja": "{people} 人の {cells} 個の欄に {encoding} で書けない文字があり、それぞれ「?」に"
              "しました。",
    },
    "import_unreadable": {"en": "Cannot read {path} ({reason}).",
                          "ja": "{path} を読めません（{reason}）。"},
    "import_failed": {
        "en": "The import failed ({reason}); nobody was imported. Backup taken before: {backup}",
        "ja": "取り込みに失敗しました（{reason}）。だれも取り込んでいません。直前のバックアップ：{backup}",
    },
    "import_encoding": {
        "en": "the file is not valid text (it looks like damaged {encoding}); save it as "
              "\"CSV UTF-8\"",
        "ja": "文字コードが正しくありません（{encoding} が壊れているようです）。「CSV UTF-8」で保存し直してください",
    },
    # A file that is no list (registry.sheet_files names it by its first bytes). {format} is a
    # proper name, the same in both languages.
    "import_file_image": {
        "en": "this is an image ({format}), not a list. Choose the list itself: an Excel "
              "workbook (.xlsx) or a CSV file",
        "ja": "このファイルは画像（{format}）で、名簿ではありません。名簿そのもの（Excel ブック"
              "（.xlsx）か CSV ファイル）を選んでください",
    },
    "import_file_pdf": {
        "en": "this is a PDF document: a list cannot be read from a PDF. Open the list's own "
              "file in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8",
        "ja": "このファイルは PDF 文書で、名簿として読み取れません。名簿の元のファイルを Excel で開き、"
              "「Excel ブック（.xlsx）」か「CSV UTF-8」で保存してください",
    },
    "import_file_convert": {
        "en": "this is a file in the {format} format, which this program cannot read. Open it "
              "in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8",
        "ja": "このファイルは {format} 形式で、このプログラムでは読めません。Excel で開き、"
              "「Excel ブック（.xlsx）」か「CSV UTF-8」で保存し直してください",
    },
    "import_file_encrypted": {
        "en": "this workbook is protected with a password, so it cannot be read. Open it in "
              "Excel with its password, save a copy without a password and import the copy",
        "ja": "このブックはパスワードで保護されているため読めません。Excel でパスワードを入れて開き、"
              "パスワードなしのコピーを保存して、そのコピーを取り込んでください",
    },
    "import_file_document": {
        "en": "this is a document ({format}), not a list. If the list is a table in it, copy "
              "the table into Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8",
        "ja": "このファイルは文書（{format}）で、名簿ではありません。名簿が文書内の表なら、"
              "表を Excel に貼り付けて「Excel ブック（.xlsx）」か「CSV UTF-8」で保存してください",
    },
    "import_file_archive": {
        "en": "this is a compressed archive ({format}). Extract it first, then import the list "
              "file that was inside",
        "ja": "このファイルは圧縮ファイル（{format}）です。先に展開して、中の名簿ファイルを取り込んでください",
    },
    "import_file_database": {
        "en": "this is a database file (perhaps this program's registry or a backup of it), "
              "not a list. To bring a backup back, use 'evac-toolkit registry restore FILE'",
        "ja": "このファイルはデータベース（このプログラムの名簿やそのバックアップなど）で、名簿の一覧表では"
              "ありません。バックアップを戻すには「evac-toolkit registry restore ファイル」を使ってください",
        "gui": {
            "en": "this is a database file (perhaps this program's registry or a backup of "
                  "it), not a list. To bring a backup back, use “Restore a backup” in the File "
                  "menu",
            "ja": "このファイルはデータベース（このプログラムの名簿やそのバックアップなど）で、名簿の一覧表"
                  "ではありません。バックアップを戻すには「ファイル」メニューの「バックアップから戻す」を"
                  "使ってください",
        },
    },
    "import_file_utf32": {
        "en": "this is text in UTF-32, which this program does not read. Save it as CSV UTF-8 "
              "(or open it in Excel and save it as an Excel workbook, .xlsx)",
        "ja": "このファイルは UTF-32 のテキストで、このプログラムでは読めません。「CSV UTF-8」で"
              "保存し直してください（または Excel で開いて「Excel ブック（.xlsx）」で保存）",
    },
    "import_file_binary": {
        "en": "this is not a list: the file is neither text nor an Excel workbook (.xlsx). "
              "Choose the list itself, saved as an Excel workbook or as CSV",
        "ja": "このファイルは名簿ではありません（テキストでも Excel ブック（.xlsx）でもありません）。"
              "Excel ブックか CSV で保存した名簿そのものを選んでください",
    },
    "import_xlsx_damaged": {
        "en": "the workbook cannot be read ({detail}): it may be damaged or not completely "
              "copied. Copy it again, or open it in Excel and save it again",
        "ja": "ブックを読めません（{detail}）。壊れているか、コピーが途中で止まった可能性があります。"
              "もう一度コピーするか、Excel で開いて保存し直してください",
    },
    "import_no_sheet": {
        "en": "the workbook has no sheet called {sheet!r}; its sheets: {sheets}",
        "ja": "ブックに「{sheet}」という名前のシートはありません。シート：{sheets}",
    },
    # How the file read is named in the import summary ("12 new ... ({encoding})").
    "import_format_xlsx": {"en": "Excel workbook, sheet {sheet!r}",
                           "ja": "Excel ブック、シート「{sheet}」"},
    "import_format_utf16": {"en": "Unicode text (UTF-16)", "ja": "Unicode テキスト（UTF-16）"},
    "import_format_utf8_bom": {"en": "UTF-8 with BOM", "ja": "UTF-8（BOM 付き）"},
    "import_sheet_chosen": {
        "en": "Read the sheet {sheet!r} (the workbook has {count}: {sheets}). Read another "
              "with --sheet NAME.",
        "ja": "シート「{sheet}」を読みました（ブックのシートは {count} 枚：{sheets}）。"
              "別のシートは --sheet シート名 で指定してください。",
        "gui": {
            "en": "Read the sheet {sheet!r} (the workbook has {count}). Choose another sheet "
                  "above.",
            "ja": "シート「{sheet}」を読みました（ブックのシートは {count} 枚）。"
                  "別のシートは上で選んでください。",
        },
    },
    "import_nul": {"en": "a NUL byte: this is not a text file",
                   "ja": "NUL 文字があります。テキストファイルではありません"},
    "import_unterminated_quote": {"en": "a quote (\") is opened and never closed",
                                  "ja": "引用符（\"）が閉じられていません"},
    "import_csv_syntax": {"en": "not valid CSV ({detail})", "ja": "CSV として読めません（{detail}）"},
    "import_field_too_long": {"en": "{header}: {length} characters, at most {max}",
                              "ja": "{header}：{length} 文字あります（{max} 文字まで）"},
    "import_empty": {"en": "the file is empty", "ja": "ファイルが空です"},
    "import_unknown_column": {"en": "unknown column {header!r}", "ja": "不明な列「{header}」"},
    "import_repeated_column": {"en": "{header!r} is a second {field} column",
                               "ja": "「{header}」は 2 つ目の {field} 列です"},
    "import_value_without_header": {"en": "a value in a column without a title",
                                    "ja": "見出しのない列に値があります"},
    "import_column_count": {"en": "{found} columns, the header has {expected}",
                            "ja": "{found} 列あります（見出しは {expected} 列）"},
    "import_bad_pain": {"en": "{header}: {value!r} is not a pain level from 0 to 10",
                        "ja": "{header}：「{value}」は 0〜10 の痛みの強さではありません"},
    # Issue 16, import vocabulary: every unknown value lists what is accepted.
    "import_unknown_value": {
        "en": "{header}: unknown value {value!r}. Accepted: {accepted_en} (or the codes "
              "{codes})",
        "ja": "{header}：不明な値「{value}」。使える値：{accepted_ja}（コード {codes} も可）",
        "gui": {"en": "{header}: unknown value {value!r}. Accepted: {accepted_en}",
                "ja": "{header}：不明な値「{value}」。使える値：{accepted_ja}"},
    },
    "import_bad_flag": {"en": "{header}: {value!r} is not yes or no. Yes: {yes}; no: {no} "
                              "(or empty)",
                        "ja": "{header}：「{value}」ははい／いいえではありません。はい：{yes}、"
                              "いいえ：{no}（空欄も可）"},
    "import_language_not_listed": {
        "en": "{header}: {value} ({name_en}) is not in the program's language list. Languages "
              "in the list: {accepted_en}",
        "ja": "{header}：{value}（{name_ja}）はこのプログラムの言語一覧にありません。一覧の言語："
              "{accepted_ja}",
    },
    "import_language_not_listed_nearest": {
        "en": "{header}: {value} ({name_en}) is not in the program's language list. Nearest "
              "there: {nearest_en}",
        "ja": "{header}：{value}（{name_ja}）はこのプログラムの言語一覧にありません。近い言語："
              "{nearest_ja}",
    },
    "import_choice_yes": {"en": "Yes", "ja": "はい"},
    "import_choice_no": {"en": "No", "ja": "いいえ"},
    "import_choice_unknown": {
        "en": "{field}: {value!r} is not a value of this field. Accepted: {accepted_en} (or "
              "the codes {codes})",
        "ja": "{field}：「{value}」はこの項目の値ではありません。使える値：{accepted_ja}（コード "
              "{codes} も可）",
        "gui": {"en": "{field}: {value!r} is not a value of this field. Accepted: {accepted_en}",
                "ja": "{field}：「{value}」はこの項目の値ではありません。使える値：{accepted_ja}"},
    },
    "import_choice_no_values": {
        "en": "{field} is free text: its values need no choosing.",
        "ja": "{field} は自由記入の項目です。値を選ぶ必要はありません。",
    },
    "import_profile_bad_name": {
        "en": "{name!r} cannot be an import profile's name: use letters, digits, spaces, - or _ "
              "(at most 40, no dot or slash).",
        "ja": "「{name}」はインポート設定の名前に使えません。文字・数字・空白・-・_ で 40 文字まで"
              "（ドットやスラッシュは不可）にしてください。",
    },
    "import_profile_damaged": {
        "en": "The import profile {path} cannot be used ({reason}). Delete it or save the "
              "profile again.",
        "ja": "インポート設定 {path} は使えません（{reason}）。削除するか、設定を保存し直してください。",
    },
    "import_profile_saved": {"en": "Saved the import profile {name!r}: {path}",
                             "ja": "インポート設定「{name}」を保存しました：{path}"},
    "import_profile_used": {"en": "Using the import profile {name!r}.",
                            "ja": "インポート設定「{name}」を使います。"},
    "import_profiles_none": {"en": "No import profiles yet (registry import --profile NAME "
                                   "saves one).",
                             "ja": "インポート設定はまだありません（registry import --profile 名前 "
                                   "で保存できます）。",
                             "gui": {"en": "No import profiles yet.",
                                     "ja": "インポート設定はまだありません。"}},
    "import_profile_line": {"en": "{name}: {columns} column(s), {values} value(s)",
                            "ja": "{name}：列 {columns} 件、値 {values} 件"},
    "import_map_syntax": {
        "en": "--map {option!r}: write it as 'TITLE=FIELD' (or 'TITLE=' to leave the column out).",
        "ja": "--map「{option}」：'列の見出し=項目' と書いてください（列を使わないときは '見出し='）。",
        "gui": {"en": "{option!r}: choose the column's field in the list of columns.",
                "ja": "「{option}」：列の項目は列の一覧で選んでください。"},
    },
    "import_value_syntax": {
        "en": "--value {option!r}: write it as 'FIELD:WORD=VALUE' (or 'FIELD:WORD=' to leave the "
              "word out).",
        "ja": "--value「{option}」：'項目:ファイルの語=値' と書いてください（語を使わないときは "
              "'項目:語='）。",
        "gui": {"en": "{option!r}: choose the word's value in the list of values.",
                "ja": "「{option}」：語の値は値の一覧で選んでください。"},
    },
    "import_no_such_field": {
        "en": "{name!r} is no registry field. Fields: {fields}",
        "ja": "「{name}」は名簿の項目ではありません。項目：{fields}",
    },
    "import_choices_hint": {
        "en": "Map what is still unknown once: --map 'TITLE=FIELD' for a column, --value "
              "'FIELD:WORD=VALUE' for a word (every row with it); add --profile NAME to remember "
              "them for the next list.",
        "ja": "不明なものは一度だけ指定してください：列は --map '見出し=項目'、語は --value "
              "'項目:語=値'（その語のある全行に適用）。--profile 名前 を付けると次の名簿でも使えます。",
        "gui": {"en": "Choose once what is still unknown: a field for each column, a value for "
                      "each word; save the choices as an import profile for the next list.",
                "ja": "不明なものを一度だけ選んでください（列ごとに項目、語ごとに値）。選んだ対応は"
                      "インポート設定として保存し、次の名簿で使えます。"},
    },
    "import_vocabulary_invalid": {
        "en": "The import word list {file} is damaged: {reason}",
        "ja": "取り込み用の語彙ファイル {file} が壊れています：{reason}",
    },
    "import_bad_id": {"en": "{header}: {value!r} is not an ID this program wrote",
                      "ja": "{header}：「{value}」はこのプログラムの ID ではありません"},
    "import_bad_time": {"en": "{header}: {value!r} is not a date and time this program reads. "
                              "Dates: {dates}; times, after the date: {times}",
                        "ja": "{header}：「{value}」は日時として読めません（日付 {dates}、その後に"
                              "時刻 {times}）"},
    "import_bad_time_of_day": {"en": "{header}: {value!r} is not a time this program reads: "
                                     "write it as {times}",
                               "ja": "{header}：「{value}」は時刻として読めません。{times} のように"
                                     "書いてください"},
    "import_time_without_date": {"en": "{header}: the time {value!r} has no date beside it",
                                 "ja": "{header}：時刻「{value}」に日付がありません"},
    "import_duplicate_existing": {"en": "already registered as card {card_id}",
                                  "ja": "カード {card_id} として登録済み"},
    "import_duplicate_deleted": {"en": "this person was deleted (card {card_id})",
                                 "ja": "削除済みの人です（カード {card_id}）"},
    "import_duplicate_in_file": {"en": "same person as line {first_line}",
                                 "ja": "{first_line} 行目と同じ人"},
    "import_possible_duplicate": {"en": "maybe the same person as card {card_id}",
                                  "ja": "カード {card_id} と同じ人かもしれません"},
    "import_possible_duplicate_in_file": {"en": "maybe the same person as line {first_line}",
                                          "ja": "{first_line} 行目と同じ人かもしれません"},
    "import_duplicate_because": {"en": "{what} ({why})", "ja": "{what}（{why}）"},
    "duplicate_same_id": {"en": "same ID", "ja": "IDが同じ"},
    "duplicate_same_name": {"en": "same name and reading, same first language",
                            "ja": "名前・読み・第一言語が同じ"},
    "duplicate_same_reading": {"en": "same reading, both speak {language_en}",
                               "ja": "読みが同じで、どちらも{language_ja}を話す"},
    "card_too_full": {
        "en": "Card {card}: too many needs for a {size} card at a readable size. Print it on A6 "
              "(--size A6) or give the kitchen the full list.",
        "ja": "カード {card}：{size} のカードには読める大きさで入りきりません。A6（--size A6）で"
              "印刷するか、一覧を台所に渡してください。",
        "gui": {
            "en": "Card {card}: too many needs for a {size} card at a readable size. "
                  "Print it on A6 paper or give the kitchen the full list.",
            "ja": "カード {card}：{size} のカードには読める大きさで入りきりません。"
                  "A6 の用紙で印刷するか、一覧を台所に渡してください。",
        },
    },
    # Plain status lines.
    "wrote": {"en": "Wrote {path}", "ja": "{path} を書き出しました"},
    "fonts_preparing": {
        "en": "Preparing print fonts ({done}/{total}): {name}",
        "ja": "印刷用フォントを準備しています（{done}/{total}）：{name}",
    },
    "fonts_ready": {"en": "Print fonts are ready.", "ja": "印刷用フォントの準備ができました。"},
    "fonts_preparing_once": {
        "en": "Preparing the print fonts (only once on this computer; this can take a few "
              "minutes):",
        "ja": "印刷用フォントを準備しています（このパソコンで最初の一度だけ。数分かかることがあります）：",
    },
    "fonts_prepared": {"en": "done", "ja": "完了"},
    "fonts_cache_unwritable": {
        "en": "The print fonts cannot be prepared: the cache folder {path} is not writable "
              "({reason}). Free some disk space or make the folder writable, then try again.",
        "ja": "印刷用フォントを準備できません。キャッシュフォルダ {path} に書き込めません（{reason}）。"
              "ディスクの空きを作るか、フォルダに書き込めるようにしてから、もう一度試してください。",
    },
    # Drill scenarios.
    "drill_scenario_invalid": {
        "en": "The drill scenario {file} cannot be used: {problem}",
        "ja": "訓練シナリオ {file} は使えません：{problem}",
    },
    "drill_scenario_builtin_id": {
        "en": "The ID {id} belongs to a built-in drill scenario, so {file} cannot use it. Give "
              "the trainer's scenario another ID (and file name).",
        "ja": "ID「{id}」は組み込みの訓練シナリオの ID なので、{file} には使えません。"
              "別の ID（とファイル名）にしてください。",
    },
    # Machine translation and translation packs.
    "pack_source_missing": {
        "en": "Nothing found at {path}. Check where the pack file or the USB stick is.",
        "ja": "{path} が見つかりません。パックのファイルや USB メモリの場所を確かめてください。",
    },
    "pack_none_in_folder": {
        "en": "There is no translation pack (.argosmodel file) in {path}.",
        "ja": "{path} に翻訳パック（.argosmodel ファイル）がありません。",
    },
    "pack_unreadable": {
        "en": "Cannot read {file} ({reason}). Check that the USB stick is plugged in, then try "
              "again.",
        "ja": "{file} を読み込めません（{reason}）。USB メモリがきちんと差さっているか確かめて、"
              "もう一度やり直してください。",
    },
    "pack_damaged": {
        "en": "{file} is damaged or was not copied completely ({reason}). Nothing was installed. "
              "Copy it again from the original, then install it again.",
        "ja": "{file} は壊れているか、最後までコピーされていません（{reason}）。何も入れていません。"
              "元のファイルからもう一度コピーして、入れ直してください。",
    },
    "pack_unsafe": {
        "en": "{file} contains a file name that could write outside the packs folder ({member}: "
              "{reason}). For safety it was not installed. Use packs from a trusted source only.",
        "ja": "{file} には、パック用フォルダの外に書き込むおそれのあるファイル名が入っています"
              "（{member}：{reason}）。安全のため入れませんでした。信頼できる入手先のパックだけを"
              "使ってください。",
    },
    "pack_layout": {
        "en": "{file} is not an Argos Translate language pack ({reason}). Nothing was installed.",
        "ja": "{file} は翻訳パック（Argos Translate の言語パック）ではありません（{reason}）。"
              "何も入れていません。",
    },
    "pack_metadata": {
        "en": "{file}: the pack's description (metadata.json) is wrong: {reason}. Nothing was "
              "installed.",
        "ja": "{file}：パックの説明ファイル（metadata.json）が正しくありません：{reason}。"
              "何も入れていません。",
    },
    "pack_too_large": {
        "en": "{file} would take more than {limit} once unpacked. Real translation packs are "
              "much smaller, so it was not installed.",
        "ja": "{file} は展開すると {limit} を超えます。本物の翻訳パックはもっと小さいので、"
              "入れませんでした。",
    },
    "pack_no_space": {
        "en": "Not enough free disk space for {file}: it needs {needed}, plus {margin} kept free "
              "for the program's own files; {free} is free. Free some space, then try again.",
        "ja": "{file} を入れるための空き容量が足りません（必要：{needed}、さらにプログラムが使う"
              "ために {margin} を空けておきます。空き：{free}）。"
              "空き容量を増やしてから、もう一度やり直してください。",
    },
    "pack_write_failed": {
        "en": "Could not write the pack into {path} ({reason}). Nothing was changed.",
        "ja": "パックを {path} に書き込めませんでした（{reason}）。何も変わっていません。",
    },
    "pack_unusable": {
        "en": "{name}: the translation model cannot be loaded ({reason}). Install the pack again.",
        "ja": "{name}：翻訳モデルを読み込めません（{reason}）。パックを入れ直してください。",
    },
    "pack_not_installed": {
        "en": "No pack for {from_code} → {to_code} is installed. 'evac-toolkit packs list' shows "
              "the installed packs.",
        "ja": "{from_code} → {to_code} のパックは入っていません。入っているパックは"
              "「evac-toolkit packs list」で確かめられます。",
        "gui": {
            "en": "That pack is not installed (any more). The list shows the packs that "
                  "are.",
            "ja": "そのパックは入っていません。入っているパックは一覧のとおりです。",
        },
    },
    "pack_file_missing": {
        "en": "{name}: the file {path} is missing. Install the pack again.",
        "ja": "{name}：ファイル {path} がありません。パックを入れ直してください。",
    },
    "pack_file_changed": {
        "en": "{name}: the file {path} has changed since it was installed (damaged). Install the "
              "pack again.",
        "ja": "{name}：ファイル {path} が入れたときと変わっています（壊れています）。"
              "パックを入れ直してください。",
    },
    "pack_unrecorded": {
        "en": "{name}: this pack was copied in by hand, so its files cannot be checked. Install "
              "it with 'evac-toolkit packs install' to make it checkable.",
        "ja": "{name}：手作業でコピーされたパックなので、中身を確かめられません。"
              "「evac-toolkit packs install」で入れ直すと確かめられるようになります。",
        "gui": {
            "en": "{name}: this pack was copied in by hand, so its files cannot be "
                  "checked. Install it again with “Install from a file…” to make it "
                  "checkable.",
            "ja": "{name}：手作業でコピーされたパックなので、中身を確かめられません。"
                  "「ファイルから入れる…」で入れ直すと確かめられるようになります。",
        },
    },
    # Packs checked against what they claim, and hostile archives (issue 17, item 8).
    "pack_language_unknown": {
        "en": "{file} is for a language this program does not list ({language}), so it was not "
              "installed.",
        "ja": "{file} は、このプログラムの言語一覧にない言語（{language}）のパックなので、"
              "入れませんでした。",
    },
    "pack_wrong_language": {
        "en": "{file} says it translates {from_en} → {to_en}, but its translation is not written "
              "in {to_en} (it gave “{output}”). The pack is mislabelled, so it was not installed.",
        "ja": "{file} は {from_ja} → {to_ja} の翻訳パックのはずですが、訳が{to_ja}の文字で書かれて"
              "いません（訳：「{output}」）。表示と中身が違うパックなので、入れませんでした。",
    },
    "pack_exists": {
        "en": "A pack for {from_code} → {to_code} is installed already (version {installed}); "
              "{file} is version {version}. To replace it, install again with --replace.",
        "ja": "{from_code} → {to_code} のパックはもう入っています（バージョン {installed}）。"
              "{file} はバージョン {version} です。入れ替えるには --replace を付けて入れ直して"
              "ください。",
        "gui": {
            "en": "{file}: the pack {from_en} → {to_en} is installed already (version "
                  "{installed}) and was kept.",
            "ja": "{file}：{from_ja} → {to_ja} のパックはもう入っているので（バージョン "
                  "{installed}）、そのままにしました。",
        },
    },
    "pack_folder_taken": {
        "en": "{file} would replace the folder {folder}, which holds another pair's pack "
              "({other_en}). Nothing was installed. Remove that pack first.",
        "ja": "{file} を入れると、別の言語の組み合わせのパック（{other_ja}）が入っているフォルダ "
              "{folder} を置き換えてしまいます。何も入れていません。先にそのパックを削除して"
              "ください。",
    },
    "pack_too_many_files": {
        "en": "{file} holds {count} files; a translation pack holds a few dozen at most (the "
              "limit is {limit}). It was not installed.",
        "ja": "{file} には {count} 個のファイルが入っています。翻訳パックのファイルは多くても"
              "数十個です（上限 {limit} 個）。入れませんでした。",
    },
    "pack_too_deep": {
        "en": "{file} is nested {depth} levels deep ({member}); a translation pack has a few "
              "levels at most (the limit is {limit}). For safety it was not installed.",
        "ja": "{file} には {depth} 段も入れ子になった所があります（{member}）。翻訳パックは"
              "数段までです（上限 {limit}）。安全のため入れませんでした。",
    },
    "mt_offline": {
        "en": "This program never downloads anything ({what} was stopped). Install translation "
              "packs from a file or a USB stick: evac-toolkit packs install FILE_OR_FOLDER",
        "ja": "このプログラムはインターネットから何もダウンロードしません（{what} を止めました）。"
              "翻訳パックはファイルか USB メモリから入れてください："
              "evac-toolkit packs install ファイルまたはフォルダ",
        "gui": {
            "en": "This program never downloads anything ({what} was stopped). Install "
                  "translation packs from a file or a USB stick in Settings → Language "
                  "packs.",
            "ja": "このプログラムはインターネットから何もダウンロードしません（{what} を止めました）。"
                  "翻訳パックは「設定」→「翻訳パック」で、ファイルか USB メモリから入れてください。",
        },
    },
    "mt_no_model": {
        "en": "There is no machine translation for {language}. Use the prepared phrases, signs "
              "and pointing boards.",
        "ja": "{language_ja}の機械翻訳はありません。用意された文・掲示・指さしボードを使ってください。",
    },
    "mt_packs_missing": {
        "en": "Machine translation needs these packs: {packs}. Install them from a file or a USB "
              "stick: evac-toolkit packs install FILE_OR_FOLDER",
        "ja": "機械翻訳には次のパックが必要です：{packs}。ファイルか USB メモリから入れてください："
              "evac-toolkit packs install ファイルまたはフォルダ",
        "gui": {
            "en": "Machine translation needs these packs: {packs_en}. Install them from "
                  "a file or a USB stick in Settings → Language packs.",
            "ja": "機械翻訳には次のパックが必要です：{packs_ja}。"
                  "「設定」→「翻訳パック」で、ファイルか USB メモリから入れてください。",
        },
    },
    "translate_empty": {"en": "There is no text to translate.", "ja": "翻訳する文がありません。"},
    "translate_same_language": {
        "en": "The text and the translation would both be {language}. Choose another language.",
        "ja": "元の言語と訳す言語が同じ（{language_ja}）です。別の言語を選んでください。",
    },
    # Where a translation comes from, and its warnings.
    # A prepared (curated) string is a draft until a named reviewer approves it: every installed
    # translation was drafted by the project, most with AI assistance.
    "provenance_draft": {
        "en": "Prepared translation, not yet reviewed — {key}",
        "ja": "用意された訳・未確認 — {key}",
    },
    "provenance_reviewed": {
        "en": "Reviewed by {reviewer}, {date} — {key}",
        "ja": "確認済み：{reviewer}、{date} — {key}",
    },
    "provenance_stored_machine": {
        "en": "Prepared machine translation, not yet checked by anyone — {key}",
        "ja": "用意された機械翻訳・だれも確認していません — {key}",
    },
    "provenance_source": {
        "en": "The prepared phrase's own Japanese — {key}",
        "ja": "用意された文の日本語の原文 — {key}",
    },
    "provenance_machine": {
        "en": "Machine translation — it may be wrong. Check important things with an interpreter "
              "or the pointing boards.",
        "ja": "機械翻訳 — まちがっているかもしれません。大事なことは通訳や指さしボードで"
              "確かめてください。",
    },
    "provenance_machine_pivot": {
        "en": "Machine translation through English ({route}) — mistakes are more likely. Check "
              "important things with an interpreter or the pointing boards.",
        "ja": "機械翻訳（英語を通して訳しました：{route}）— まちがいが起こりやすくなります。"
              "大事なことは通訳や指さしボードで確かめてください。",
    },
    "provenance_unavailable": {"en": "Cannot translate.", "ja": "翻訳できません。"},
    "mt_empty": {"en": "The machine translation came out empty.",
                 "ja": "機械翻訳の結果が空です。"},
    "mt_identical": {
        "en": "The translation is the same as the original: it may not have been translated.",
        "ja": "訳が元の文と同じです。翻訳されていないかもしれません。",
    },
    "mt_length_ratio": {
        "en": "The translation is much longer or shorter than the original: part of it may be "
              "missing or made up.",
        "ja": "訳が元の文よりずっと長いか短いです。一部が抜けているか、余計なことが入っている"
              "かもしれません。",
    },
    "mt_repeated": {
        "en": "The translation repeats the same words over and over: it is probably broken.",
        "ja": "訳の中で同じ言葉がくり返されています。うまく訳せていないようです。",
    },
    "curated_machine": {
        "en": "This prepared translation was made by machine and nobody has checked it yet.",
        "ja": "この用意された訳は機械で作られたもので、まだ人が確かめていません。",
    },
    # Translation pack status lines.
    "pack_installed": {
        "en": "Installed {from_code} → {to_code} ({from_name} → {to_name}, version {version}).",
        "ja": "{from_code} → {to_code} の翻訳パック（{from_name} → {to_name}、バージョン "
              "{version}）を入れました。",
        "gui": {
            "en": "Installed the pack {from_name} → {to_name} (version {version}).",
            "ja": "翻訳パック {from_name} → {to_name}（バージョン {version}）を入れました。",
        },
    },
    "pack_replaced": {"en": "  It replaces version {version}.",
                      "ja": "  バージョン {version} と入れ替えました。"},
    "packs_install_summary": {
        "en": "{installed} pack(s) installed, {failed} not installed.",
        "ja": "{installed} 個のパックを入れました。{failed} 個は入れられませんでした。",
    },
    "pack_removed": {
        "en": "Removed the pack {from_code} → {to_code} ({name}).",
        "ja": "{from_code} → {to_code} のパック（{name}）を削除しました。",
        "gui": {
            "en": "Removed the pack {from_name} → {to_name}.",
            "ja": "翻訳パック {from_name} → {to_name} を削除しました。",
        },
    },
    "packs_none": {
        "en": "No translation packs are installed. Install them from a file or a USB stick: "
              "evac-toolkit packs install FILE_OR_FOLDER",
        "ja": "翻訳パックは入っていません。ファイルか USB メモリから入れてください："
              "evac-toolkit packs install ファイルまたはフォルダ",
        "gui": {
            "en": "No translation packs are installed. Install them from a file or a USB "
                  "stick with the buttons below.",
            "ja": "翻訳パックは入っていません。下のボタンで、ファイルか USB メモリから入れてください。",
        },
    },
    "pack_ok": {"en": "{name}: OK", "ja": "{name}：問題ありません"},
    "packs_verify_ok": {"en": "All {count} pack(s) are fine.",
                        "ja": "{count} 個のパックはすべて問題ありません。"},
    "packs_verify_problems": {"en": "{count} problem(s) found.",
                              "ja": "{count} 件の問題が見つかりました。"},
    # Drills: sessions, the command line, and the after-action report's suggestions. A
    # suggestion's {fields} is already worded and joined by the caller (drills/report_pdf.py).
    "drill_unknown": {
        "en": "There is no drill {drill} on this computer. 'evac-toolkit drill list' shows the "
              "drill IDs.",
        "ja": "訓練「{drill}」はこのパソコンにありません。訓練の ID は「evac-toolkit drill list」で確認できます。",
        "gui": {
            "en": "There is no drill {drill} on this computer. Choose one from the "
                  "earlier drills.",
            "ja": "訓練「{drill}」はこのパソコンにありません。これまでの訓練から選んでください。",
        },
    },
    "drill_no_scenarios": {
        "en": "Choose at least one scenario to start a drill.",
        "ja": "訓練を始めるには、シナリオを1つ以上選んでください。",
    },
    "drill_unknown_scenario": {
        "en": "There is no scenario {scenario}, or it is not part of this drill. Check the ID "
              "('evac-toolkit drill scenarios' lists them).",
        "ja": "シナリオ「{scenario}」はないか、この訓練に入っていません。ID を確認してください"
              "（一覧は「evac-toolkit drill scenarios」）。",
        "gui": {
            "en": "There is no scenario {scenario}, or it is not part of this drill. "
                  "Choose the scenarios from the list.",
            "ja": "シナリオ「{scenario}」はないか、この訓練に入っていません。"
                  "一覧からシナリオを選んでください。",
        },
    },
    "drill_already_ended": {
        "en": "The drill {drill} has already ended. Start a new drill.",
        "ja": "訓練「{drill}」はもう終わっています。新しい訓練を始めてください。",
    },
    "drill_none": {"en": "No drill has been run on this computer yet.",
                   "ja": "このパソコンでは、まだ訓練をしていません。"},
    "drill_arrived": {
        "en": "{alias} ({scenario}) arrived {minutes} min after the start: recorded.",
        "ja": "{alias}さん（{scenario}）の到着を記録しました（開始から{minutes}分）。",
    },
    "drill_end_done": {
        "en": "The drill {drill} has ended ({minutes} min). Its report: evac-toolkit drill report "
              "--drill {drill} --out report.pdf",
        "ja": "訓練「{drill}」を終了しました（{minutes}分）。報告書：evac-toolkit drill report "
              "--drill {drill} --out 報告書.pdf",
        "gui": {
            "en": "The drill {drill} has ended ({minutes} min). Save its report with "
                  "“Save report (PDF)…”.",
            "ja": "訓練「{drill}」を終了しました（{minutes}分）。"
                  "報告書は「報告を保存（PDF）…」で保存できます。",
        },
    },
    "drill_suggest_signs": {
        "en": "No sign was printed in {language_en}. In Signs, choose {language_en} and print the "
              "reception, toilet and meal signs, then put them up.",
        "ja": "{language_ja}の掲示物が1枚も印刷されませんでした。「掲示物」で{language_ja}を選んで"
              "受付・トイレ・食事の掲示を印刷し、貼り出しましょう。",
    },
    "drill_suggest_not_registered": {
        "en": "{alias} ({language_en}) was never registered. Register the name and language "
              "first, even before you can ask everything; add the rest later.",
        "ja": "{language_ja}を話す{alias}さんは登録されませんでした。全部聞けていなくても、まず"
              "名前と言語だけ登録し、分かったことはあとから書き足しましょう。",
    },
    "drill_suggest_language_board": {
        "en": "{alias}'s language ({language_en}) was never identified. Show the language check "
              "board first and let the person point at their own language.",
        "ja": "{alias}さんの言語が{language_ja}だと分かりませんでした。来た人にはまず指さしボードの"
              "「言語の確認」を見せて、自分の言語を指さしてもらいましょう。",
    },
    "drill_suggest_identify_faster": {
        "en": "It took {minutes} min to find {alias}'s language ({language_en}). Show the language "
              "check board as soon as someone arrives (aim for under 3 min).",
        "ja": "{alias}さんの言語が{language_ja}だと分かるまで{minutes}分かかりました。受付に来たら"
              "すぐ「言語の確認」ボードを見せましょう（目安は3分以内）。",
    },
    "drill_suggest_register_faster": {
        "en": "Registering {alias} ({language_en}) took {minutes} min. Register the name and "
              "language first and add the rest later (aim for under 10 min).",
        "ja": "{language_ja}を話す{alias}さんの登録まで{minutes}分かかりました。名前と言語を先に"
              "登録し、残りはあとから書き足しましょう（目安は10分以内）。",
    },
    "drill_suggest_interpreter": {
        "en": "{alias} ({language_en}) needs an interpreter, but the record does not say so. Mark "
              "\"needs an interpreter\" for anyone with little Japanese, and look for one.",
        "ja": "{language_ja}を話す{alias}さんは通訳が必要ですが、記録されていません。日本語が"
              "ほとんど分からない人は「通訳が必要」にして、通訳を探しましょう。",
    },
    "drill_suggest_missed": {
        "en": "Not recorded for {alias} ({language_en}): {fields}. Go through the question cards "
              "on the fingerboards one by one: food, allergies, health, family.",
        "ja": "{language_ja}を話す{alias}さんの聞き漏れ：{fields}。指さしボードの質問カードで、"
              "食事・アレルギー・体調・家族を順番に聞きましょう。",
    },
    "drill_suggest_confirm": {
        "en": "{alias}'s record ({language_en}) has entries the scenario does not. Before saving, "
              "check each answer with the person using the yes / no cards.",
        "ja": "{language_ja}を話す{alias}さんの記録に、シナリオと違う内容がありました。保存する前に、"
              "「はい・いいえ」のカードで本人に一つずつ確かめましょう。",
    },
    "drill_suggest_well_done": {
        "en": "Every language was found, everyone was registered and every need recorded. Next "
              "time, try more people or more languages at once.",
        "ja": "全員の言語が分かり、全員が登録され、必要なことも聞き取れました。次は人数や言語を"
              "増やして訓練しましょう。",
    },
    # -- the registry form's warning before adding someone who may be registered (issue 16) ----
    "desk_registered": {"en": "already registered as card {card_id} ({why})",
                        "ja": "カード {card_id} として登録済みです（{why}）"},
    "desk_maybe_registered": {"en": "maybe already registered as card {card_id} ({why})",
                              "ja": "カード {card_id} と同じ人かもしれません（{why}）"},
    "desk_same_reading": {"en": "same reading {reading} and a shared language: {language_en}",
                          "ja": "読み「{reading}」が同じで、共通の言語：{language_ja}"},
    # -- issue 17, do not disclose ---------------------------------------------------------------
    # A row that is a protected person already registered: counted among the skipped rows and
    # never listed (csv_io.listed_duplicates), so no card or reason is given even if shown.
    "import_duplicate_protected": {"en": "already registered", "ja": "登録済み"},
    # -- Issue 17, items 6 and 7: damage found on open, full disks, broken settings, hostile
    # -- review sheets and packs (evac_toolkit/core/registry/health.py, core/sheet_guard.py).
    "registry_damaged_restore": {
        "en": "The registry {path} is damaged ({reason}). Nothing was changed. Restore the newest "
              "good backup: evac-toolkit registry restore \"{backup}\"",
        "ja": "名簿ファイル {path} が壊れています（{reason}）。何も変更していません。"
              "最新の正常なバックアップから戻してください：evac-toolkit registry restore \"{backup}\"",
        "gui": {
            "en": "The registry {path} is damaged ({reason}). Nothing was changed. The newest "
                  "good backup is {backup_name}: select it below and press \"Restore the "
                  "selected backup\".",
            "ja": "名簿ファイル {path} が壊れています（{reason}）。何も変更していません。"
                  "最新の正常なバックアップは {backup_name} です。下の一覧で選んで"
                  "「選んだバックアップから戻す」を押してください。",
        },
    },
    "disk_full": {
        "en": "The disk holding {path} is full. Nothing was written. Free some space (delete "
              "files you no longer need, or empty the recycle bin) and try again.",
        "ja": "{path} のあるディスクがいっぱいです。何も書き込んでいません。"
              "不要なファイルを削除するか、ごみ箱を空にして空きを作り、もう一度試してください。",
        "gui": {   # the window may not know the file (a failed database write names none)
            "en": "The disk is full. Nothing was written. Free some space (delete files you no "
                  "longer need, or empty the recycle bin) and try again.",
            "ja": "ディスクがいっぱいです。何も書き込んでいません。"
                  "不要なファイルを削除するか、ごみ箱を空にして空きを作り、もう一度試してください。",
        },
    },
    "disk_failed": {
        "en": "Could not read or write {path} ({reason}). Nothing was written. Check that the "
              "disk or USB stick is still connected and not write-protected, then try again.",
        "ja": "{path} を読み書きできませんでした（{reason}）。何も書き込んでいません。"
              "ディスクや USB メモリがつながっていて書き込み禁止になっていないか確かめて、"
              "もう一度試してください。",
        "gui": {
            "en": "The disk could not be read or written ({reason}). Nothing was written. Check "
                  "that the disk or USB stick is still connected and not write-protected, then "
                  "try again.",
            "ja": "ディスクを読み書きできませんでした（{reason}）。何も書き込んでいません。"
                  "ディスクや USB メモリがつながっていて書き込み禁止になっていないか確かめて、"
                  "もう一度試してください。",
        },
    },
    "settings_reset": {
        "en": "The settings file {path} could not be read ({reason}); the default settings are "
              "used. The unreadable file is kept as {kept}.",
        "ja": "設定ファイル {path} を読めなかったため（{reason}）、初期設定に戻しました。"
              "読めなかったファイルは {kept} として残してあります。",
    },
    "settings_unreadable": {
        "en": "The settings file {path} could not be read ({reason}); the default settings are "
              "used this time.",
        "ja": "設定ファイル {path} を読めなかったため（{reason}）、今回は初期設定を使います。",
    },
    "sheet_too_wide": {
        "en": "the sheet's cells reach {detail}, far beyond a review sheet (64 columns and "
              "100,000 rows at most): delete what lies outside the table, or copy the table "
              "alone into a new workbook",
        "ja": "シートのセルが {detail} まであり、確認用シートの範囲（64 列、100,000 行まで）を"
              "大きく超えています。表の外にあるものを削除するか、表だけを新しいブックにコピーして"
              "ください",
    },
    "sheet_no_worksheet": {
        "en": "the workbook has no worksheet to read", "ja": "ブックに読めるシートがありません"},
    "import_sheet_too_large": {
        "en": "the sheet's cells reach {cell}, beyond what a list can hold here ({limit} cells "
              "at most): delete what lies outside the list, or copy the list alone into a new "
              "workbook",
        "ja": "シートのセルが {cell} まであり、名簿として読める範囲（{limit} セルまで）を超えています。"
              "名簿の外にあるものを削除するか、名簿だけを新しいブックにコピーしてください",
    },
    # -- Encryption at rest (issue 17, item 4): the shelter passphrase and recovery key ---------
    "registry_locked": {
        "en": "The registry is locked. Give the shelter passphrase (or set "
              "EVAC_TOOLKIT_PASSPHRASE for a script).",
        "ja": "名簿はロックされています。避難所のパスフレーズを入力してください（スクリプトでは "
              "EVAC_TOOLKIT_PASSPHRASE を設定）。",
        "gui": {
            "en": "The registry is locked. Unlock it with the shelter passphrase.",
            "ja": "名簿はロックされています。避難所のパスフレーズで開いてください。",
        },
    },
    "passphrase_wrong": {
        "en": "Wrong shelter passphrase. Nothing was opened.",
        "ja": "避難所のパスフレーズが違います。何も開いていません。",
    },
    "passphrase_too_short": {
        "en": "The shelter passphrase needs at least {minimum} characters.",
        "ja": "避難所のパスフレーズは {minimum} 文字以上にしてください。",
    },
    "passphrase_mismatch": {
        "en": "The two passphrases differ. Nothing was set.",
        "ja": "2回入力したパスフレーズが違います。何も設定していません。",
    },
    "passphrase_needed": {
        "en": "The registry needs the shelter passphrase: run in a terminal, or set {variable}.",
        "ja": "名簿には避難所のパスフレーズが必要です。端末で実行するか、{variable} を設定してください。",
        "gui": {
            "en": "The registry needs the shelter passphrase.",
            "ja": "名簿には避難所のパスフレーズが必要です。",
        },
    },
    "passphrase_prompt": {
        "en": "Shelter passphrase:",
        "ja": "避難所のパスフレーズ：",
    },
    "passphrase_new_prompt": {
        "en": "New shelter passphrase (at least 8 characters; it protects the registry):",
        "ja": "新しい避難所のパスフレーズ（8文字以上。名簿を保護します）：",
    },
    "recovery_key_prompt": {
        "en": "Recovery key (from the paper):",
        "ja": "回復キー（紙に印刷したもの）：",
    },
    "passphrase_set": {
        "en": "The new shelter passphrase is set.",
        "ja": "新しい避難所のパスフレーズを設定しました。",
    },
    "passphrase_again_prompt": {
        "en": "The same passphrase again:",
        "ja": "確認のため、もう一度：",
    },
    "recovery_key_once": {
        "en": "The registry is encrypted with the shelter passphrase. Recovery key (shown only "
              "this once; write it down and keep it with the coordinator): {key}",
        "ja": "名簿は避難所のパスフレーズで暗号化されます。回復キー（表示はこの1回だけです。"
              "書き写して責任者が保管してください）：{key}",
    },
    "recovery_key_wrong": {
        "en": "That is not a recovery key (a letter may be mistyped). Nothing was changed.",
        "ja": "回復キーが正しくありません（打ち間違いがあるかもしれません）。何も変更していません。",
    },
    "registry_no_passphrase": {
        "en": "No shelter passphrase is set up in {path}.",
        "ja": "{path} には避難所のパスフレーズが設定されていません。",
    },
    "keyring_exists": {
        "en": "A shelter passphrase is already set up ({path}). Nothing was changed.",
        "ja": "避難所のパスフレーズはすでに設定されています（{path}）。何も変更していません。",
    },
    "keyring_missing": {
        "en": "The registry is encrypted but its key file {path} is missing. Set a new "
              "passphrase with the recovery key: evac-toolkit passphrase reset.",
        "ja": "名簿は暗号化されていますが、鍵ファイル {path} がありません。回復キーで新しい"
              "パスフレーズを設定してください：evac-toolkit passphrase reset",
        "gui": {
            "en": "The registry is encrypted but its key file is missing. Use the recovery key "
                  "to set a new passphrase.",
            "ja": "名簿は暗号化されていますが、鍵ファイルがありません。回復キーを使って新しい"
                  "パスフレーズを設定してください。",
        },
    },
    "keyring_damaged": {
        "en": "The shelter key file {path} is damaged ({reason}). Set a new passphrase with "
              "the recovery key: evac-toolkit passphrase reset.",
        "ja": "避難所の鍵ファイル {path} が壊れています（{reason}）。回復キーで新しい"
              "パスフレーズを設定してください：evac-toolkit passphrase reset",
        "gui": {
            "en": "The shelter key file is damaged. Use the recovery key to set a new "
                  "passphrase.",
            "ja": "避難所の鍵ファイルが壊れています。回復キーを使って新しいパスフレーズを"
                  "設定してください。",
        },
    },
    "encryption_failed": {
        "en": "Encrypting {path} failed: the encrypted copy did not match. The file was left "
              "as it was.",
        "ja": "{path} の暗号化に失敗しました（暗号化したコピーが一致しません）。ファイルは元のままです。",
    },
    "plain_files_encrypted": {
        "en": "The registry {path} was unencrypted: {files} file(s) are now encrypted with the "
              "shelter key. A verified backup was taken first; it and the unencrypted copies "
              "were overwritten and deleted.",
        "ja": "名簿 {path} は暗号化されていませんでした。{files} 個のファイルを避難所の鍵で暗号化"
              "しました。先に確認済みのバックアップを取り、そのバックアップと暗号化前のファイルは"
              "上書きして削除しました。",
    },
}


def template(code: str, language: str, audience: str = "cli") -> str | None:
    """The unfilled sentence for ``code``: the ``audience``'s own wording ('cli' or 'gui') when the
    code has one, else the shared one; None for an unknown code."""
    entry = MESSAGES.get(code)
    if entry is None:
        return None
    worded = entry.get(audience, entry) if audience != "cli" else entry
    return worded.get(language) or worded["en"]


def message(code: str, language: str, /, **params: object) -> str:
    """The sentence for ``code`` in ``language`` ('ja' or 'en'), with ``params`` filled in, as the
    command line says it."""
    return _filled(code, template(code, language), params)


def gui_message(code: str, language: str, /, **params: object) -> str:
    """The sentence for ``code`` as the window says it: what to do there, never what to type."""
    return _filled(code, template(code, language, "gui"), params)


def gui_problem(error: BaseException, language: str) -> str:
    """A failure as the window says it: a ``UserError`` by its code; a disk error by its cause in
    ``language`` and the file it concerns; anything else as a failure, with the system's words
    kept for whoever looks into it."""
    if isinstance(error, UserError):
        return gui_message(error.code, language, **error.params)
    # Here, not at the top: every command imports messages; health loads SQLCipher.
    from evac_toolkit.core.registry.health import storage_error, storage_failure

    failure = storage_failure(error)
    if failure == "full" or (failure and not isinstance(error, OSError)):
        # A full disk, or SQLite's failed write: what happened, and that nothing was written.
        problem = storage_error(error, getattr(error, "filename", None) or "")
        return gui_message(problem.code, language, **problem.params)
    if isinstance(error, OSError):
        code, params = os_reason(error)
        reason = gui_message(code, language, **params)
        if error.filename:
            return gui_message("action_failed_file", language, path=str(error.filename),
                               reason=reason)
        return gui_message("action_failed", language, detail=reason)
    return gui_message("action_failed", language, detail=str(error) or type(error).__name__)


def _filled(code: str, text: str | None, params: dict[str, object]) -> str:
    if text is None:
        return f"{code}: {params}"
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
