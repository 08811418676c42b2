<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlreadyOpen</name>
    <message>
        <location filename="../evac_toolkit/ui/single_window.py" line="26" />
        <source>The program is already open</source>
        <translation>プログラムはすでに開いています</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_body.py" line="74" />
        <source>Tap where it hurts. A small part opens larger; tap the small figure to see the whole body again.</source>
        <translation>痛む場所を指でタッチしてください。小さい部分は大きく表示されます。小さな全身の図をタッチすると全身に戻ります。</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="881" />
        <source>Needs card</source>
        <translation>配慮カード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="882" />
        <source>Card ID:</source>
        <translation>カード番号：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="883" />
        <source>A6 card (105 × 148 mm)</source>
        <translation>A6 カード（105 × 148 mm）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="884" />
        <source>Label (100 × 62 mm)</source>
        <translation>ラベル（100 × 62 mm）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="890" />
        <source>The card prints no name. Its QR code holds the card ID and the needs as codes only.</source>
        <translation>カードに名前は印刷しません。QR コードにはカード番号と必要なことをコードで入れるだけです。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="894" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="894" />
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
</context>
<context>
    <name>ContentSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="55" />
        <source>The phrases on signs and fingerboards were drafted by the project. Send a language to a community interpreter as a spreadsheet, then load the corrected sheet back: changed phrases are recorded as reviewed by that person. The installed files are never changed; reviewed phrases are kept in the data folder.</source>
        <translation>掲示物と指さしボードの文は、このプロジェクトが下書きしたものです。言語ごとに表計算シートに書き出して地域の通訳者に確認してもらい、直したシートを読み込んでください。変更した文は、その人が確認したものとして記録されます。インストールされたファイルは変更せず、確認済みの文はデータフォルダに保存します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="76" />
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="80" />
        <source>1. Send for review</source>
        <translation>1. 確認を頼む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="82" />
        <source>Save review sheet…</source>
        <translation>確認用シートを保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="88" />
        <source>2. Load a reviewed sheet</source>
        <translation>2. 確認済みシートを読み込む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="92" />
        <source>e.g. Nguyen Van A, community interpreter</source>
        <translation>例：グエン・ヴァン・A（地域の通訳者）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="94" />
        <source>Reviewer's name:</source>
        <translation>確認した人の名前：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="97" />
        <source>Open reviewed sheet…</source>
        <translation>確認済みシートを開く…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="99" />
        <source>Apply changes</source>
        <translation>変更を反映</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="120" />
        <source>Check all content</source>
        <translation>すべての内容をチェック</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="142" />
        <source>%1 phrases, %2 reviewed by a person</source>
        <translation>%1 件の文、うち %2 件は人が確認済み</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="149" />
        <source>Save review sheet</source>
        <translation>確認用シートを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="150" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="166" />
        <source>Open reviewed sheet</source>
        <translation>確認済みシートを開く</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="167" />
        <source>Review sheets (*.xlsx *.csv *.txt)</source>
        <translation>確認用シート (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>Phrase ID</source>
        <translation>文の ID</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>After review</source>
        <translation>確認後</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="218" />
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="218" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="280" />
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="294" />
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="53" />
        <source>Shelter settings…</source>
        <translation>避難所の設定…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="55" />
        <source>Print signs for the languages present</source>
        <translation>在所者の言語で掲示物を印刷</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="72" />
        <source>Present by first language</source>
        <translation>第一言語別の在所者</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="73" />
        <source>Japanese ability</source>
        <translation>日本語の力</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74" />
        <source>Diets</source>
        <translation>食事</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74" />
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="75" />
        <source>Medical needs</source>
        <translation>医療・配慮</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="96" />
        <source>Present: %1 / capacity %2</source>
        <translation>在所 %1 人 / 定員 %2 人</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="103" />
        <source>Present: %1</source>
        <translation>在所 %1 人</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="110" />
        <source>Interpreter needed</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="117" />
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="126" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="141" />
        <source>No language recorded</source>
        <translation>言語の記録なし</translation>
    </message>
</context>
<context>
    <name>DataFolderProblem</name>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="42" />
        <source>The data folder cannot be used</source>
        <translation>データフォルダを使えません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="46" />
        <source>The folder you choose is used from now on, also at the next start.</source>
        <translation>選んだフォルダを、次に起動したときも使います。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="47" />
        <source>The folder you choose is used until the program is closed.</source>
        <translation>選んだフォルダは、プログラムを閉じるまで（今回だけ）使います。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="48" />
        <source>Choose another folder…</source>
        <translation>別のフォルダを選ぶ…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="50" />
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="52" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="59" />
        <source>Choose a folder for the program's data</source>
        <translation>プログラムのデータを入れるフォルダを選んでください</translation>
    </message>
</context>
<context>
    <name>DrillsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="101" />
        <source>Drills</source>
        <extracomment>How often the running drill's persona table is recounted (the banner ticks every second).</extracomment>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="122" />
        <source>Tick the scenarios to play, print their role cards, then start the drill. While it runs, every screen works on a separate drill database and every printout is marked as a drill.</source>
        <translation>演じるシナリオにチェックを入れ、役割カードを印刷してから訓練を始めます。訓練中は、すべての画面が訓練専用のデータベースを使い、印刷物にはすべて「訓練」と表示されます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="139" />
        <source>New scenario…</source>
        <translation>シナリオを作る…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="141" />
        <source>Save role cards (PDF)…</source>
        <translation>役割カードを保存（PDF）…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="148" />
        <source>Drill title:</source>
        <translation>訓練の名前：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="150" />
        <source>e.g. Autumn drill, north gym</source>
        <translation>例：秋の訓練・北体育館</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="152" />
        <source>▶ Start drill</source>
        <translation>▶ 訓練を始める</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="159" />
        <source>Earlier drills:</source>
        <translation>これまでの訓練：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="164" />
        <source>No drills yet. Tick one or more scenarios above, give the drill a title and press ▶ Start drill; finished drills and their reports are listed here.</source>
        <translation>まだ訓練はありません。上のシナリオにチェックを入れ、訓練の名前を付けて「▶ 訓練を始める」を押してください。終わった訓練と報告はここに並びます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="168" />
        <source>Show report</source>
        <translation>報告を見る</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="174" />
        <source>Resume drill</source>
        <translation>訓練を再開</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="207" />
        <source>(%n persona(s))</source>
        <translation>
            <numerusform>（%n 人の役）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="208" />
        <source>— not ended</source>
        <translation>— 終了していません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="250" />
        <source>Persona:</source>
        <translation>演じる人：</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="253" />
        <source>%n people arriving</source>
        <translation>
            <numerusform>%n 人で来所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="254" />
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="257" />
        <source>Facts to capture</source>
        <translation>聞き取るべきこと</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="263" />
        <source>Persona's lines: %1</source>
        <translation>役の言語の文：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="281" />
        <source>Save role cards</source>
        <translation>役割カードを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="338" />
        <source>Send each role player in and press “Arrived”: their clock starts then. Volunteers use Fingerboards, Registry and Signs as in a real shelter.</source>
        <translation>役の人が入ってきたら「到着」を押してください。その人の時間の計測が始まります。ボランティアは本番と同じように、指さしボード・名簿・掲示物を使います。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <source>Persona</source>
        <translation>役</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <location filename="../evac_toolkit/ui/views/drills.py" line="368" />
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Language found</source>
        <translation>言語の特定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Needs captured</source>
        <translation>聞き取れたこと</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="352" />
        <source>■ End drill and show the report</source>
        <translation>■ 訓練を終えて報告を見る</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="428" />
        <source>← Scenarios</source>
        <translation>← シナリオ一覧</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="432" />
        <source>Save report (PDF)…</source>
        <translation>報告を保存（PDF）…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="481" />
        <source>Save report</source>
        <translation>報告を保存</translation>
    </message>
</context>
<context>
    <name>EvacueeDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="247" />
        <source>Edit person (card %1)</source>
        <translation>登録内容の編集（カード %1）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="248" />
        <source>Add a person</source>
        <translation>避難者を登録</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="265" />
        <source>Name or what they want to be called</source>
        <translation>名前、または呼んでほしい名前</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="266" />
        <source>Reading in kana, e.g. やまだ はなこ</source>
        <translation>かなでの読み方（例：やまだ はなこ）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="270" />
        <source>Name / alias:</source>
        <translation>名前・呼び名：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="271" />
        <source>Reading (kana):</source>
        <translation>読み方（かな）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="272" />
        <source>Nationality:</source>
        <translation>国籍・地域：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="275" />
        <source>Languages: tap the first language first</source>
        <translation>言語：いちばん使う言語から順に押してください</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="285" />
        <source>Japanese:</source>
        <translation>日本語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="290" />
        <source>Needs an interpreter</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="303" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Diet</source>
        <translation>食事</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="303" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="428" />
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="429" />
        <source>Medical</source>
        <translation>医療・配慮</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="305" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="429" />
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="304" />
        <source>Medical</source>
        <comment>short tab title</comment>
        <translation>医療</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="315" />
        <source>Other allergies (free text)</source>
        <translation>その他のアレルギー（自由記入）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="319" />
        <source>Injury</source>
        <translation>けが</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="322" />
        <source>Area / room:</source>
        <translation>場所・部屋：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="323" />
        <source>e.g. 体育館 B-3</source>
        <translation>例：体育館 B-3</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="326" />
        <source>Agrees to share with support services</source>
        <translation>支援機関との情報共有に同意</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="327" />
        <source>Do not disclose</source>
        <translation>非開示</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="332" />
        <source>Never tell anyone who asks that this person is here. Their name is shown only in their own row and this form.</source>
        <translation>問い合わせがあっても、この人がここにいることを伝えないでください。名前はこの人の行とこの画面にだけ表示されます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="336" />
        <source>Notes:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="348" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="349" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="373" />
        <source>Pain (0–10):</source>
        <translation>痛みの強さ（0〜10）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="377" />
        <source>Not asked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="383" />
        <source>Where it hurts:</source>
        <translation>痛む・けがの場所：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Reading</source>
        <translation>読み方</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Nationality</source>
        <translation>国籍・地域</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="428" />
        <source>Other allergies</source>
        <translation>その他のアレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="430" />
        <source>Where it hurts</source>
        <translation>痛む・けがの場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="430" />
        <source>Pain</source>
        <translation>痛みの強さ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="431" />
        <source>Area / room</source>
        <translation>場所・部屋</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="431" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="470" />
        <source>Order: %1</source>
        <translation>順番：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="471" />
        <source>No language chosen yet</source>
        <translation>言語はまだ選ばれていません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="484" />
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>保存していません。赤い項目を直してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="502" />
        <source>Check before adding: %1. Press Save again to add this person anyway.</source>
        <translation>追加する前に確認してください：%1。それでも追加するときは、もう一度「保存」を押してください。</translation>
    </message>
</context>
<context>
    <name>EvacueeModel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167" />
        <source>None</source>
        <extracomment>Custom item data roles. Rows a search shows. Nobody scrolls through thousands of people; a longer list says to narrow the search, and turning 50,000 rows into objects took over a second.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167" />
        <source>Easy Japanese</source>
        <translation>やさしい日本語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="168" />
        <source>Conversation</source>
        <translation>日常会話</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="169" />
        <source>Fluent</source>
        <translation>問題ない</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="171" />
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Name (reading)</source>
        <translation>名前（読み方）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Needs</source>
        <translation>必要なこと</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="174" />
        <source>Area / room</source>
        <translation>場所・部屋</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="174" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="257" />
        <source>Needed</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="268" />
        <source>Protected</source>
        <translation>非開示（保護）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="273" />
        <source>(no name given)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="292" />
        <source>Do not disclose: never tell anyone who asks that this person is here. Their name is shown only in their own record: search for the card ID they hold and open it.</source>
        <translation>非開示：問い合わせがあっても、この人がここにいることを伝えないでください。名前は本人の記録にだけ表示されます。本人が持っているカード番号で検索して開いてください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="693" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="768" />
        <source>Export the registry as CSV</source>
        <translation>名簿を CSV に書き出す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="695" />
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="696" />
        <source>UTF-8: opens in Excel (recommended)</source>
        <translation>UTF-8：Excel で開けます（おすすめ）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="697" />
        <source>Shift_JIS (CP932): only for software that needs it</source>
        <translation>Shift_JIS（CP932）：必要なソフトのときだけ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="705" />
        <source>Present only</source>
        <translation>在所者のみ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="706" />
        <source>Leave out names, readings, nationality and notes</source>
        <translation>名前・読み方・国籍・メモを入れない</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="710" />
        <source>People marked “do not disclose” are exported without their names. The file holds personal data: keep it safe.</source>
        <translation>「非開示」の人は名前なしで書き出します。ファイルには個人情報が入っています。大切に保管してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="730" />
        <source>Save as UTF-8 (recommended)</source>
        <translation>UTF-8 で保存（おすすめ）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="733" />
        <source>Save with “?”</source>
        <translation>「?」にして保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="734" />
        <source>Shift_JIS, with “?” for each character it cannot hold</source>
        <translation>Shift_JIS で保存し、書けない文字は 1 文字ずつ「?」にします</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="737" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="749" />
        <source>Close</source>
        <extracomment>The file the refused export was for, while the choice is open.</extracomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="751" />
        <source>Save CSV…</source>
        <translation>CSV を保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="770" />
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="793" />
        <source>Writing…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="840" />
        <source>Nothing was written.</source>
        <translation>何も書き出していません。</translation>
    </message>
</context>
<context>
    <name>FingerboardView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="248" />
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="248" />
        <source>Take back the last card pointed at</source>
        <translation>最後に指したカードを取り消す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="252" />
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="253" />
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="256" />
        <source>High contrast</source>
        <translation>見やすい配色</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="257" />
        <source>Black and yellow, for dim light and weak eyes</source>
        <translation>黒と黄色。暗い場所や目の見えにくい人に</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="260" />
        <source>Table mode</source>
        <translation>向かい合わせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="261" />
        <source>Split the screen: the evacuee's half turned round for the person across the table</source>
        <translation>画面を二分し、避難者側を向かいの人に向けて逆さに表示します</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="271" />
        <source>Print booklet…</source>
        <translation>冊子を印刷…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="272" />
        <source>Print the boards as a booklet for when there is no power</source>
        <translation>停電に備えて、ボードを冊子として印刷します</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="169" />
        <source>Summary</source>
        <extracomment>The board chooser: (board, title keys, pictogram). "answers" also holds numbers, clock, days. A conversation's summary was saved: the person's ID and the flags it carried.</extracomment>
        <translation>まとめ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="170" />
        <source>Show or hide the summary for staff</source>
        <translation>スタッフ用のまとめを表示・非表示</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="671" />
        <source>The registry is not available (its file could not be opened), so nothing was saved. Open Registry to repair it; this summary stays here.</source>
        <translation>避難者名簿を開けないため、保存していません。「避難者名簿」で修復してください。このまとめは残っています。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="675" />
        <source>Nothing to save yet.</source>
        <translation>保存する内容がまだありません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="694" />
        <source>Saved to card %1.</source>
        <translation>カード %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>FullScreenText</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="188" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="41" />
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="44" />
        <source>Follow the computer's setting</source>
        <translation>パソコンの設定に合わせる</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="50" />
        <source>Menus and buttons:</source>
        <translation>メニューとボタン：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="53" />
        <source>Data folder</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="55" />
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation>名簿、言語パック、バックアップ、設定はここに保存されます。別のパソコンへ移すときは、このフォルダをコピーしてください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="70" />
        <source>Fonts for printing</source>
        <translation>印刷用フォント</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="75" />
        <source>Prepare fonts now</source>
        <translation>今すぐ準備する</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="92" />
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>印刷用フォントが %n 個、まだ準備されていません。最初の1回だけ1分ほどかかります。印刷するときにも自動で準備します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="96" />
        <source>All print fonts are ready.</source>
        <translation>印刷用フォントはすべて準備できています。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="122" />
        <source>Preparing fonts failed: %1</source>
        <translation>フォントの準備に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="264" />
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="255" />
        <source>Import people from a list (Excel or CSV)</source>
        <extracomment>Rows of the file shown beside the column choices. Problems or duplicates listed at most (a broken 50,000-row file would fill a slow table). Combo data of a column whose field the file's header did not settle (unknown or repeated): the coordinator must choose, even if the choice is "(ignore)". The ImportResult, after people were imported. Header text → field (None: leave out), as chosen here; the rest as read_csv finds. Field → word of the file → value (code, True/False, None: leave out), chosen here. The data folder whose import profiles are offered (a drill's registry: its owner's). The workbook's sheet chosen here (None: the one ``read_csv`` reads first).</extracomment>
        <translation>名簿ファイル（Excel・CSV）から取り込む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="270" />
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="277" />
        <source>Sheet:</source>
        <translation>シート：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="292" />
        <source>Which registry field each column of the file goes into. A change is checked at once.</source>
        <translation>ファイルの各列を名簿のどの項目に入れるか。変更するとすぐに確認します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="535" />
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="535" />
        <source>Registry field</source>
        <translation>名簿の項目</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="298" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="301" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="504" />
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="309" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="310" />
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="309" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="310" />
        <source>Already registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="317" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="319" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="334" />
        <source>Record ID (from an export)</source>
        <translation>記録 ID（書き出したもの）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="334" />
        <source>Card ID</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="335" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="335" />
        <source>Reading</source>
        <translation>読み方</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="336" />
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="336" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="337" />
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="338" />
        <source>Needs an interpreter</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="339" />
        <source>Nationality</source>
        <translation>国籍・地域</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="339" />
        <source>Diet</source>
        <translation>食事</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="340" />
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="340" />
        <source>Other allergies</source>
        <translation>その他のアレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="341" />
        <source>Medical</source>
        <translation>医療・配慮</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="341" />
        <source>Where it hurts</source>
        <translation>痛む・けがの場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="342" />
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="342" />
        <source>Pain (0–10)</source>
        <translation>痛みの強さ（0〜10）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="343" />
        <source>Area / room</source>
        <translation>場所・部屋</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="343" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="344" />
        <source>Checked in at</source>
        <translation>入所日時</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="345" />
        <source>Checked out at</source>
        <translation>退所日時</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="346" />
        <source>Check-in time (date in another column)</source>
        <translation>入所時刻（日付は別の列）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="347" />
        <source>Check-out time (date in another column)</source>
        <translation>退所時刻（日付は別の列）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="348" />
        <source>Agrees to share</source>
        <translation>情報共有に同意</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="349" />
        <source>Do not disclose</source>
        <translation>非開示</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="349" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="390" />
        <source>Reading the file…</source>
        <translation>ファイルを読んでいます…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="491" />
        <source>Save as an import profile</source>
        <translation>インポート設定として保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="492" />
        <source>Name of the profile (e.g. the office or town the lists come from):</source>
        <translation>設定の名前（名簿を作った窓口や市町村の名前など）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="503" />
        <source>Values (%n to choose)</source>
        <translation>
            <numerusform>値（選ぶもの %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="536" />
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="539" />
        <source>(no title)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="545" />
        <source>(ignore)</source>
        <translation>（使わない）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="553" />
        <source>A column without a title is left out.</source>
        <translation>見出しのない列は取り込みません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="578" />
        <source>Choose a field…</source>
        <translation>項目を選ぶ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="593" />
        <source>%n problem(s) in the file. Correct the file or the fields above: nothing can be imported until then.</source>
        <translation>
            <numerusform>ファイルに %n 件の問題があります。ファイルか上の項目を直すまで取り込めません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="596" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="621" />
        <source>The first %1 are listed.</source>
        <translation>最初の %1 件を表示しています。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="598" />
        <source>The whole file</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="610" />
        <source>Nobody new to import.</source>
        <translation>新しく取り込む人はいません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="650" />
        <source>Taking a backup, then importing…</source>
        <translation>バックアップを取ってから取り込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="661" />
        <source>%n already registered: skipped.</source>
        <translation>
            <numerusform>%n 人は登録済みのため取り込みません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="667" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>JoinHouseholdDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="76" />
        <source>Add to a household</source>
        <extracomment>Starting widths; the needs column takes the rest. Narrow enough that on a 1024×600 netbook the needs (an injury, halal, an allergy) are on screen without scrolling sideways.</extracomment>
        <translation>世帯に加える</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="80" />
        <source>Card ID of a household member:</source>
        <translation>世帯の人のカード番号：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="86" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="87" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>KitchenDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="903" />
        <source>Kitchen sheet</source>
        <translation>調理用の集計表</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="904" />
        <source>e.g. 6/3 dinner</source>
        <translation>例：6/3 夕食</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="906" />
        <source>Meal:</source>
        <translation>食事：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="907" />
        <source>List who needs what (names)</source>
        <translation>だれに何が必要か一覧にする（名前入り）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="909" />
        <source>Without names the sheet only counts. With names it holds personal data; people marked “do not disclose” appear by card ID only.</source>
        <translation>名前なしでは人数だけを数えます。名前入りは個人情報を含みます。「非開示」の人はカード番号だけで表示します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="914" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="914" />
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation>このプログラムが扱う言語の一覧です。例文はそれぞれの言語のフォントで表示しています。言語の追加はデータの追加だけでできます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="49" />
        <source>Sample sentence</source>
        <translation>例文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="49" />
        <source>Curated strings</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="50" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="75" />
        <source>%n string(s), %1 reviewed</source>
        <translation>
            <numerusform>%n 件（確認済み %1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="76" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="82" />
        <source>no pack installed</source>
        <translation>パック未導入</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="84" />
        <source>no offline model exists</source>
        <translation>オフラインモデルなし</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32" />
        <source>Fingerboards</source>
        <translation>指さしボード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33" />
        <source>Signs</source>
        <translation>掲示物</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34" />
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35" />
        <source>Registry</source>
        <translation>避難者名簿</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36" />
        <source>Drills</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="37" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="44" />
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation>対面で使う指さしボードです。避難者が言語を選び、支援者が文を指さし、避難者は指さしで答えます。すべてのボードは冊子として印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="47" />
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation>避難所に貼る多言語の掲示物とお知らせです。ピクトグラムと、全言語の文を収めたQRコード付きで、ネットワークなしで印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="49" />
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation>自由な文をオフラインで機械翻訳します。定型文を優先し、言語パックはUSBメモリから導入します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="51" />
        <source>A local database of evacuees' languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation>避難者の言語と必要な配慮をこのパソコン内に記録し、「いまどの言語の人がいるか」「配慮食は何食必要か」「通訳が必要なのは誰か」に答えます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="53" />
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation>外国人避難者役を使った避難所訓練です。役割カード、本番と分けた訓練用データベース、振り返り報告書を用意します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="55" />
        <source>The interface language, the languages and their content, reviewed translations and the offline translation packs.</source>
        <translation>画面の言語、扱う言語とその内容、確認済みの翻訳、オフライン翻訳パックの設定。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="141" />
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>Sections built when first shown (their modules load ReportLab, fonts and databases). The evacuee's language chosen in this session (views that show content use it). The running drill (a DrillSession): while set, every view works on the drill's own database, shows the drill banner, and every printout carries the drill band. Set when a drill starts or ends: the next rebuild starts a fresh conversation.</extracomment>
        <translation>避難所 多言語支援ツール</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="286" />
        <source>Choose the evacuee's language first.</source>
        <translation>先に避難者の言語を選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="290" />
        <source>Fingerboard booklet</source>
        <translation>指さしボードの冊子</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="291" />
        <source>Print the booklet, or save it as a PDF to print later?</source>
        <translation>冊子を今すぐ印刷しますか？それとも後で印刷するために PDF で保存しますか？</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="293" />
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="295" />
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="309" />
        <source>Save booklet</source>
        <translation>冊子を保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="330" />
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="475" />
        <source>Installing the language packs found beside the program…</source>
        <translation>プログラムと同じ場所にある翻訳パックを入れています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="543" />
        <source>Practice only: records go to the drill's own database, not the shelter's registry.</source>
        <translation>訓練中：記録は訓練用のデータベースに入り、本番の避難者名簿には入りません。</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_tools.py" line="546" />
        <location filename="../evac_toolkit/ui/views/fingerboard_tools.py" line="547" />
        <source>Clear</source>
        <translation>消す</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="48" />
        <source>Translation packs (Argos Translate, .argosmodel files) are installed from a file or a folder such as a USB stick. They never come from the network. Translating between two languages other than English needs both packs through English.</source>
        <extracomment>The installed packs changed (the Translate view updates its list).</extracomment>
        <translation>翻訳パック（Argos Translate の .argosmodel ファイル）は、ファイルか USB メモリなどのフォルダから入れます。ネットワークからは取得しません。英語以外の2つの言語の間を訳すには、英語を経由する2つのパックが必要です。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="53" />
        <source>From</source>
        <translation>翻訳元</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="53" />
        <source>To</source>
        <translation>翻訳先</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="54" />
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="54" />
        <source>Installed</source>
        <translation>入れた日時</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="63" />
        <source>Install from a file…</source>
        <translation>ファイルから入れる…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="65" />
        <source>Install all from a folder or USB stick…</source>
        <translation>フォルダ・USB メモリから全部入れる…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="67" />
        <source>Check packs</source>
        <translation>パックを点検</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="69" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="126" />
        <source>Choose a language pack</source>
        <translation>翻訳パックを選ぶ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="128" />
        <source>Argos packs (*.argosmodel)</source>
        <translation>翻訳パック (*.argosmodel)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="133" />
        <source>Choose the folder with packs</source>
        <translation>パックのあるフォルダを選ぶ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="148" />
        <source>Installing…</source>
        <translation>入れています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="256" />
        <source>Select a pack first.</source>
        <translation>先にパックを選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="174" />
        <source>%1 → %2: version %3 is installed; %4 has version %5.</source>
        <translation>%1 → %2：バージョン %3 が入っています。%4 はバージョン %5 です。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="179" />
        <source>Replace installed packs?</source>
        <translation>入っているパックを入れ替えますか？</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="180" />
        <source>These packs are installed already:
%1

Replace them? No keeps the installed packs and installs only the others.</source>
        <translation>次のパックはもう入っています：
%1

入れ替えますか？「いいえ」を選ぶと、入っているパックはそのままにして、ほかのパックだけを入れます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="258" />
        <source>Remove pack</source>
        <translation>パックの削除</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="259" />
        <source>Remove the pack %1 → %2? Translation between them stops until it is installed again.</source>
        <translation>%1 → %2 のパックを削除しますか？ もう一度入れるまで、この組み合わせの翻訳はできなくなります。</translation>
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="273" />
        <source>Shelter passphrase</source>
        <translation>避難所のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="279" />
        <source>The registry, drills, backups and archives are encrypted. The passphrase opens them; the recovery key on paper opens them if it is forgotten.</source>
        <translation>名簿・訓練・バックアップ・引き継ぎ用の保存ファイルは暗号化されています。パスフレーズで開きます。忘れたときは、紙に印刷した回復キーで開けます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="297" />
        <source>Set the passphrase…</source>
        <translation>パスフレーズを設定…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="298" />
        <source>Change the passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="319" />
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="327" />
        <source>The new passphrase is set.</source>
        <translation>新しいパスフレーズを設定しました。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="249" />
        <source>Shelter passphrase</source>
        <translation>避難所のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="253" />
        <source>Current passphrase</source>
        <translation>今のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="254" />
        <source>at least 8 characters</source>
        <translation>8文字以上</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="256" />
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="257" />
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="259" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="261" />
        <source>Set the new passphrase</source>
        <translation>新しいパスフレーズを設定</translation>
    </message>
</context>
<context>
    <name>PrintFontPreparation</name>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="59" />
        <location filename="../evac_toolkit/ui/print_fonts.py" line="94" />
        <source>Preparing print fonts</source>
        <translation>印刷用フォントの準備</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="63" />
        <source>Preparing the fonts for printing signs and booklets. This happens only once on this computer and can take a few minutes.</source>
        <translation>掲示物や冊子を印刷するためのフォントを準備しています。このパソコンで最初の一度だけで、数分かかることがあります。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="95" />
        <source>The print fonts could not be prepared: %1
Printing will try again when it needs them.</source>
        <translation>印刷用フォントを準備できませんでした：%1
印刷するときにもう一度試します。</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="162" />
        <source>Import profile:</source>
        <extracomment>A saved profile's name chosen ("" for none).</extracomment>
        <translation>インポート設定：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="166" />
        <source>The column and value choices saved for an office's lists: chosen once, used for every list like it.</source>
        <translation>窓口ごとの名簿について保存した列と値の対応です。一度選べば、同じ形の名簿すべてに使えます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="171" />
        <source>Save choices as a profile…</source>
        <translation>選んだ対応を設定として保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="180" />
        <source>(no profile)</source>
        <translation>（設定なし）</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="21" />
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="22" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="23" />
        <source>%1 File</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="24" />
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="25" />
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="26" />
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="27" />
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="45" />
        <source>Job &amp;priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="46" />
        <source>Scheduled &amp;printing:</source>
        <translation>印刷の予定(&amp;P):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="47" />
        <source>&amp;Billing information:</source>
        <translation>課金情報(&amp;B):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="48" />
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="49" />
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="18" />
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="41" />
        <source>Page &amp;order:</source>
        <translation>ページの順序(&amp;O):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="42" />
        <source>Pages &amp;per sheet:</source>
        <translation>1枚あたりのページ数(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="40" />
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="43" />
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>一部の設定が矛盾しています。設定を直してください。</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="29" />
        <source>Double Sided Printing</source>
        <translation>両面印刷</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="30" />
        <source>Off</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="31" />
        <source>Long side binding</source>
        <translation>長辺綴じ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="32" />
        <source>Short side binding</source>
        <translation>短辺綴じ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="33" />
        <source>Page &amp;Set:</source>
        <translation>印刷するページ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="34" />
        <source>Pages</source>
        <translation>ページ指定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="35" />
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ページまたは範囲をコンマで区切って指定します。範囲は2つの数字をハイフンでつなぎます。例：3,5-7,9 は 3、5、6、7、9 ページを印刷します。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="49" />
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="53" />
        <source>This recovery key opens the registry if the passphrase is forgotten. It is shown only now: print the page and give it to the coordinator, who keeps it locked away, never with this laptop.</source>
        <translation>この回復キーで、パスフレーズを忘れたときに名簿を開けます。表示は今だけです。このページを印刷して責任者に渡し、鍵のかかる場所に保管してもらってください（このパソコンと一緒にはしまわないでください）。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="70" />
        <source>Save the page to print (PDF)…</source>
        <translation>印刷用のページを保存（PDF）…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="72" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="80" />
        <source>Save the recovery key page</source>
        <translation>回復キーのページを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="82" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="94" />
        <source>Saved: %1. Print it now, then delete the file.</source>
        <translation>保存しました：%1。すぐに印刷し、そのあとファイルを削除してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="103" />
        <source>Use the recovery key</source>
        <translation>回復キーを使う</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="107" />
        <source>at least 8 characters</source>
        <translation>8文字以上</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="109" />
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="110" />
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="111" />
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="113" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="115" />
        <source>Set the new passphrase</source>
        <translation>新しいパスフレーズを設定</translation>
    </message>
</context>
<context>
    <name>RegistryFiles</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1005" />
        <source>Still writing the previous file: try again in a moment.</source>
        <translation>前のファイルを書き出し中です。少し待ってからもう一度どうぞ。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1011" />
        <source>Writing…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1030" />
        <source>Import a list</source>
        <translation>名簿ファイルの取り込み</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1031" />
        <source>Lists: Excel or CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation>名簿ファイル：Excel・CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1064" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1083" />
        <source>Select a person first.</source>
        <translation>先に人を選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1069" />
        <source>Save needs card</source>
        <translation>配慮カードを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1099" />
        <source>Save kitchen sheet</source>
        <translation>調理用の集計表を保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1121" />
        <source>Save hand-over sheet</source>
        <translation>引き継ぎ表を保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1164" />
        <source>Restore a backup</source>
        <translation>バックアップから戻す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1165" />
        <source>Replace the registry with this backup? Changes made since it was taken are lost (the registry as it is now is backed up first).</source>
        <translation>名簿をこのバックアップで置き換えますか？その後の変更は失われます（今の名簿は先にバックアップします）。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1181" />
        <source>The registry is busy: try again in a moment.</source>
        <translation>名簿の処理中です。少し待ってからもう一度どうぞ。</translation>
    </message>
</context>
<context>
    <name>RegistryRecovery</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="33" />
        <source>The registry cannot be opened</source>
        <translation>避難者名簿を開けません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="37" />
        <source>Verified backups, newest first:</source>
        <translation>検査済みのバックアップ（新しい順）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="46" />
        <source>Restore the selected backup</source>
        <translation>選んだバックアップから戻す</translation>
    </message>
</context>
<context>
    <name>RegistryUnlock</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="137" />
        <source>Protect the registry with a shelter passphrase</source>
        <translation>避難所のパスフレーズで名簿を保護します</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="139" />
        <source>The registry holds personal information, so it is stored encrypted. Choose a passphrase of at least 8 characters for the staff who register people. Next, a recovery key is shown once, to print for the coordinator.</source>
        <translation>名簿には個人情報が入るため、暗号化して保存します。受付をする職員のために、8文字以上のパスフレーズを決めてください。そのあと回復キーを1回だけ表示します。印刷して責任者に渡してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="143" />
        <source>The registry is locked</source>
        <translation>名簿はロックされています</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="144" />
        <source>Type the shelter passphrase to open the registry.</source>
        <translation>名簿を開くには、避難所のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="152" />
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="156" />
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="159" />
        <source>Set the passphrase</source>
        <translation>パスフレーズを設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="160" />
        <source>Unlock</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="163" />
        <source>Use the recovery key…</source>
        <translation>回復キーを使う…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="171" />
        <source>Fingerboards, signs and translation work without the passphrase.</source>
        <translation>指さしボード・掲示・翻訳は、パスフレーズなしで使えます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="209" />
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="235" />
        <source>Registry</source>
        <translation>避難者名簿</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="129" />
        <source>Registry</source>
        <extracomment>Language codes of the people present, most speakers first. Emitted after every change written to the registry. Emitted whenever the table and, when asked for, the dashboard show fresh results. A printout was written: its kind ("card", "kitchen", "handover") and the person, if one. A drill's registry: every printout carries the drill band.</extracomment>
        <translation>避難者名簿</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="136" />
        <source>＋ Add person</source>
        <translation>＋ 登録</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="143" />
        <source>People</source>
        <translation>一覧</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="147" />
        <source>Dashboard</source>
        <translation>集計</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="159" />
        <source>Search: name, reading or card ID</source>
        <translation>検索：名前・読み方・カード番号</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="164" />
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="171" />
        <source>All needs</source>
        <translation>すべての必要事項</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="172" />
        <source>Interpreter needed</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="173" />
        <source>Diet: %1</source>
        <translation>食事：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="173" />
        <source>Allergy: %1</source>
        <translation>アレルギー：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="174" />
        <source>Medical: %1</source>
        <translation>医療：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="186" />
        <source>Present only</source>
        <translation>在所者のみ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="231" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="233" />
        <location filename="../evac_toolkit/ui/views/registry.py" line="420" />
        <source>Check out</source>
        <translation>退所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="238" />
        <source>Status of the selected people</source>
        <translation>選んだ人の状態</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="250" />
        <source>Household:</source>
        <translation>世帯：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="254" />
        <source>New household from selected</source>
        <translation>選んだ人で世帯を作る</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="256" />
        <source>Add to household…</source>
        <translation>世帯に加える…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="258" />
        <source>Remove from household</source>
        <translation>世帯から外す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="268" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="269" />
        <source>Import a list (Excel, CSV), export CSV, print needs cards and sheets, back up</source>
        <translation>名簿ファイル（Excel・CSV）の取り込み、CSV の書き出し、配慮カードや一覧表の印刷、バックアップ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="276" />
        <source>Import a list (Excel, CSV)…</source>
        <translation>名簿ファイル（Excel・CSV）を取り込む…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="374" />
        <source>No one is registered yet. Press “＋ Add person” to register someone, or File → Import a list (Excel, CSV)… to load a list from a spreadsheet.</source>
        <translation>まだ誰も登録されていません。「＋ 登録」で登録するか、「ファイル」→「名簿ファイル（Excel・CSV）を取り込む…」で表計算ソフトの名簿を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="277" />
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="281" />
        <source>Needs card…</source>
        <translation>配慮カード…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="282" />
        <source>Kitchen sheet…</source>
        <translation>調理用の集計表…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="283" />
        <source>Hand-over sheet…</source>
        <translation>引き継ぎ表…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="286" />
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="287" />
        <source>Restore a backup…</source>
        <translation>バックアップから戻す…</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="352" />
        <source>First %n shown: type more of a name to narrow the search</source>
        <translation>
            <numerusform>最初の %n 人を表示中：名前をもっと入力して絞り込んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="354" />
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n 人を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="372" />
        <source>No one matches the search and filters. Clear the search box or choose “All languages” and “All needs”.</source>
        <translation>検索と絞り込みに合う人がいません。検索欄を空にするか、「すべての言語」「すべての必要事項」を選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="420" />
        <source>Check in</source>
        <translation>入所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="433" />
        <source>not in a household</source>
        <translation>世帯なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="443" />
        <source>(no name given)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="485" />
        <source>Added: card %1</source>
        <translation>登録しました：カード %1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="503" />
        <source>Saved: card %1</source>
        <translation>保存しました：カード %1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="540" />
        <source>Checked in: %1</source>
        <translation>入所：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="540" />
        <source>Checked out: %1</source>
        <translation>退所：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="541" />
        <source>Transferred: %1</source>
        <translation>移送：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="561" />
        <source>New household of %n person(s)</source>
        <translation>
            <numerusform>%n 人の世帯を作りました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="573" />
        <source>Added to the household: %n person(s)</source>
        <translation>
            <numerusform>世帯に %n 人を加えました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="610" />
        <source>Removed from the household: %n person(s)</source>
        <translation>
            <numerusform>世帯から %n 人を外しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="618" />
        <source>Shelter settings saved.</source>
        <translation>避難所の設定を保存しました。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="922" />
        <source>Restore a backup</source>
        <translation>バックアップから戻す</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="924" />
        <source>The registry is replaced by the backup you choose. Changes made since are lost, but the registry as it is now is backed up first, so the restore can itself be undone.</source>
        <translation>選んだバックアップで名簿を置き換えます。その後の変更は失われますが、今の名簿を先にバックアップするので、元に戻すこともできます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="928" />
        <source>backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="928" />
        <source>periodic</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="929" />
        <source>before an import</source>
        <translation>取り込み前</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="930" />
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="936" />
        <source>before an update of the program</source>
        <translation>プログラム更新前</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="938" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="939" />
        <source>cannot be read</source>
        <translation>読めません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="947" />
        <source>There are no backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="951" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="953" />
        <source>Restore…</source>
        <translation>戻す…</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="115" />
        <source>Install language packs…</source>
        <extracomment>Green only for what a named person reviewed; a draft is a calm blue, machine output orange. A badge wider than this (pixels) wraps inside the rest of its card's first line. Language pairs named in the title before the rest are counted (all are in its tooltip). Below this view height the chosen languages fold into one line while results are shown. The text box: three lines, or two while the results need the room.</extracomment>
        <translation>翻訳パックを入れる…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="128" />
        <source>Original:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="141" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="144" />
        <source>Show full screen</source>
        <translation>全画面で見せる</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="153" />
        <source>Reviewed by %1, %2</source>
        <translation>確認済み：%1、%2</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="156" />
        <source>Prepared translation, not yet reviewed</source>
        <translation>用意された訳・未確認</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="157" />
        <source>Stored machine translation, not checked</source>
        <translation>登録済みの機械翻訳（未確認）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="158" />
        <source>Machine translation — may contain errors</source>
        <translation>機械翻訳 — 誤りがあるかもしれません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="159" />
        <source>Machine translation via English — may contain errors</source>
        <translation>英語経由の機械翻訳 — 誤りがあるかもしれません</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="160" />
        <source>Not available</source>
        <translation>翻訳できません</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="117" />
        <source>Save the conversation to a record</source>
        <translation>会話の内容を名簿に保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="120" />
        <source>Whose record should this conversation be added to?</source>
        <translation>だれの記録に加えますか？</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="123" />
        <source>Search: name, reading or card ID</source>
        <translation>検索：名前・読み方・カード番号</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="141" />
        <source>New person</source>
        <translation>新しい人</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="144" />
        <source>Add to the chosen person</source>
        <translation>選んだ人に加える</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="148" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="176" />
        <source>No one found. Use “New person” to register them.</source>
        <translation>見つかりません。「新しい人」で登録してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="184" />
        <source>(no name given)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="186" />
        <source>Protected</source>
        <translation>非開示（保護）</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="56" />
        <source>New drill scenario</source>
        <translation>新しい訓練シナリオ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="67" />
        <source>Your name (trainer):</source>
        <translation>作成者（訓練担当）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="69" />
        <source>Title in Japanese:</source>
        <translation>題名（日本語）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="71" />
        <source>Title in English:</source>
        <translation>題名（英語）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="73" />
        <source>an invented first name, never a real person's</source>
        <translation>架空の名前（実在の人の名前は使わない）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="74" />
        <source>Persona's name:</source>
        <translation>役の名前：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="80" />
        <source>Language the persona speaks:</source>
        <translation>役の人が話す言語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="85" />
        <source>Japanese ability:</source>
        <translation>日本語の力：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="87" />
        <source>People arriving together:</source>
        <translation>一緒に来る人数：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="89" />
        <source>e.g. 30s</source>
        <translation>例：30代</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="90" />
        <source>Age:</source>
        <translation>年代：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="93" />
        <source>Situation (Japanese, for the trainer):</source>
        <translation>状況（日本語・訓練担当向け）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="96" />
        <source>Situation (English):</source>
        <translation>状況（英語）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="99" />
        <source>How to play it (in the persona's language):</source>
        <translation>演じ方（役の人の言語で）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="102" />
        <source>How to play it (Japanese):</source>
        <translation>演じ方（日本語）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="106" />
        <source>Script: what the role player says (in their language, with Japanese), the fingerboard card they point at (e.g. diets.halal) and the question that prompts it (e.g. staff.allergies).</source>
        <translation>台本：役の人が言うこと（その人の言語と日本語）、指さすボードのカード（例：diets.halal）、そのきっかけになる質問（例：staff.allergies）。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Says (their language)</source>
        <translation>言うこと（役の言語）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Points at</source>
        <translation>指さすカード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="112" />
        <source>When asked</source>
        <translation>きっかけの質問</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="117" />
        <source>＋ Line</source>
        <translation>＋ 行を追加</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="119" />
        <source>－ Line</source>
        <translation>－ 行を削除</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="127" />
        <source>Facts the volunteers should capture:</source>
        <translation>ボランティアが聞き取るべきこと：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="128" />
        <source>Needs an interpreter</source>
        <translation>通訳が必要</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="135" />
        <source>Diet</source>
        <translation>食事</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="136" />
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="137" />
        <source>Medical</source>
        <translation>医療・配慮</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="138" />
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="139" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="40" />
        <source>Find a phrase…</source>
        <translation>文を探す…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="41" />
        <source>Find a card by its Japanese, English or the evacuee's language</source>
        <translation>日本語・英語・避難者の言語でカードを探します</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="43" />
        <source>Find a phrase</source>
        <translation>文を探す</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="124" />
        <source>No card found. Try fewer words, or the word in Japanese or English.</source>
        <translation>カードが見つかりません。言葉を減らすか、日本語か英語で入力してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="127" />
        <source>%1 cards found; the first %2 are shown. Type more to narrow them down.</source>
        <translation>カードが %1 枚見つかりました。最初の %2 枚を表示しています。言葉を足すと絞り込めます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="131" />
        <source>Cards found: %1. Tap one to go to it.</source>
        <translation>見つかったカード：%1 枚。タップするとそのカードへ移動します。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="142" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="143" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="144" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="145" />
        <source>Language packs</source>
        <translation>翻訳パック</translation>
    </message>
</context>
<context>
    <name>ShelterDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="529" />
        <source>Shelter settings</source>
        <translation>避難所の設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="531" />
        <source>Shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="540" />
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="543" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="544" />
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="545" />
        <source>Capacity (people):</source>
        <translation>定員（人）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="549" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="550" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="142" />
        <source>Signs and notices</source>
        <extracomment>Sheets were saved or sent to the printer, in these languages (a drill logs it). While a drill runs every sheet carries the drill band, the preview included.</extracomment>
        <translation>掲示物とお知らせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="149" />
        <source>Signs</source>
        <translation>掲示物</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="150" />
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="158" />
        <source>Languages (Japanese always, up to 6):</source>
        <translation>言語（日本語は必ず入ります。6 言語まで）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="172" />
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="173" />
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="176" />
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="177" />
        <source>Orientation:</source>
        <translation>向き：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="191" />
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="202" />
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="203" />
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="223" />
        <source>Search (Japanese or English)</source>
        <translation>検索（日本語・英語）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="230" />
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="231" />
        <source>Facilities</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="231" />
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="232" />
        <source>The shelter's promise</source>
        <translation>避難所の約束</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="233" />
        <source>Emergencies</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="246" />
        <source>Check all shown</source>
        <translation>表示中をすべて選ぶ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="247" />
        <source>Uncheck all</source>
        <translation>選択をすべて外す</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="310" />
        <source>%n sign(s) ticked: these are printed.</source>
        <translation>
            <numerusform>%n 枚にチェック：これを印刷します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="312" />
        <source>None ticked: the sign shown is printed. Tick signs to print several.</source>
        <translation>チェックなし：表示中の掲示物を印刷します。複数印刷するときはチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="314" />
        <source>No sign chosen.</source>
        <translation>掲示物が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="363" />
        <source>e.g. 体育館 (gym)</source>
        <translation>例：体育館</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="367" />
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="466" />
        <source>No sign matches the search. Clear the search box or choose “All categories”.</source>
        <translation>検索に合う掲示物がありません。検索欄を空にするか、「すべての分類」を選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="469" />
        <source>Choose a sign in the list to see it here.</source>
        <translation>一覧から掲示物を選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="481" />
        <source>Choose at least one sign: select it in the list, or tick several.</source>
        <translation>掲示物を 1 つ以上選んでください。一覧で選ぶか、チェックを入れます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="483" />
        <source>Fill in: %1</source>
        <translation>記入してください：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="485" />
        <source>%1 is too long: at most %2 characters fit on the notice.</source>
        <translation>%1 が長すぎます。お知らせに入るのは %2 文字までです。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="488" />
        <source>%1 cannot be printed as written: use plain text without { } ｜ 《 》 or line breaks.</source>
        <translation>%1 はこのままでは印刷できません。{ } ｜ 《 》 や改行を使わずに書いてください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="495" />
        <source>This has no text in %1 yet: untick %1 to print it.</source>
        <translation>%1 の文がまだありません。印刷するには %1 のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="515" />
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="580" />
        <source>Print %n sheet(s)</source>
        <translation>
            <numerusform>%n 枚を印刷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="590" />
        <source>The printer could not be opened.</source>
        <translation>プリンターを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="592" />
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="43" />
        <source>Summary for staff</source>
        <translation>スタッフ用のまとめ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="70" />
        <source>Save to registry…</source>
        <translation>名簿に保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="74" />
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="104" />
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="84" />
        <source>Nothing pointed at yet.</source>
        <translation>まだ何も指していません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="95" />
        <source>Not saved. Tap again to discard</source>
        <translation>保存していません。もう一度押すと消します</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="223" />
        <location filename="../evac_toolkit/ui/views/translate.py" line="272" />
        <source>Translate</source>
        <extracomment>Translations were made into these languages (a drill logs it). Every result card of the last translation is on screen.</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="228" />
        <source>Language packs…</source>
        <translation>翻訳パック…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="234" />
        <source>From:</source>
        <translation>元の言語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="248" />
        <source>Type what you want to say…</source>
        <translation>伝えたいことを入力してください…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="254" />
        <source>Into:</source>
        <translation>訳す言語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="276" />
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="278" />
        <source>📢 Announce to everyone</source>
        <translation>📢 全員にお知らせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="280" />
        <source>Translate into every language of the people present and print one notice.</source>
        <translation>いま避難所にいる人の全言語に訳し、1枚のお知らせとして印刷します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="286" />
        <source>Print as notice…</source>
        <translation>お知らせとして印刷…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="288" />
        <source>Save notice (PDF)…</source>
        <translation>お知らせを保存（PDF）…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="339" />
        <source>%1  — tap to change</source>
        <translation>%1　（タップして変更）</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/translate.py" line="375" />
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 組</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="376" />
        <source>Packs: %1</source>
        <translation>翻訳パック：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="377" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="386" />
        <source>Type what you want to say above, choose the languages to translate into, then press Translate.</source>
        <translation>上の欄に伝えたいことを入力し、訳す言語を選んで「翻訳」を押してください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="390" />
        <source>No language packs are installed, so only the prepared phrases can be translated. Machine translation packs are installed with the Language packs… button above.</source>
        <translation>翻訳パックがないので、訳せるのは用意された文だけです。機械翻訳のパックは右上の「翻訳パック…」から入れます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="433" />
        <source>Choose at least one language to translate into.</source>
        <translation>訳す言語を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="440" />
        <source>Translating…</source>
        <translation>翻訳しています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="457" />
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/translate.py" line="467" />
        <source>Cancelled: %n language(s) translated.</source>
        <translation>
            <numerusform>中止しました：%n 言語を訳しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="471" />
        <source>Not translated (no language pack): %1</source>
        <translation>翻訳パックがないため訳せなかった言語：%1</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="515" />
        <source>No one with a language other than the one you type in is registered as present.</source>
        <translation>入力する言語以外の言語を話す人は、名簿上いま避難所にいません。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="530" />
        <source>Save notice</source>
        <translation>お知らせを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="568" />
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="570" />
        <source>The printer could not be opened.</source>
        <translation>プリンターを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>ValueChoices</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="67" />
        <source>Words in the file that the program does not know. Choose once what each means: it applies to every row with that word.</source>
        <extracomment>Combo data of a word nobody has given a value yet. Combo data of "leave the word out" (None would be the combo's "no data"). field, the word as the file writes it, the value (a code, True/False, None: leave out). Every word shown since the file was first read, so that a word given a value (no longer unknown) keeps its row and its choice can still be changed.</extracomment>
        <translation>ファイル中の、このプログラムが知らない語です。それぞれの意味を一度だけ選んでください。その語のある行すべてに適用されます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="71" />
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="72" />
        <source>Word in the file</source>
        <translation>ファイルの語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="72" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="73" />
        <source>Registry value</source>
        <translation>名簿の値</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="128" />
        <source>Choose a value…</source>
        <translation>値を選んでください…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="131" />
        <source>(leave this word out)</source>
        <translation>（この語は使わない）</translation>
    </message>
</context>
</TS>