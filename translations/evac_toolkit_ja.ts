<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ComingView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/coming.py" line="18"/>
        <source>Coming — this section is not ready yet.</source>
        <translation>準備中です。この機能はまだ使えません。</translation>
    </message>
</context>
<context>
    <name>ContentSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="54"/>
        <source>The phrases on signs and fingerboards were drafted by the project. Send a language to a community interpreter as a spreadsheet, then load the corrected sheet back: changed phrases are recorded as reviewed by that person. The installed files are never changed; reviewed phrases are kept in the data folder.</source>
        <translation>掲示物と指さしボードの文は、このプロジェクトが下書きしたものです。言語ごとに表計算シートに書き出して地域の通訳者に確認してもらい、直したシートを読み込んでください。変更した文は、その人が確認したものとして記録されます。インストールされたファイルは変更せず、確認済みの文はデータフォルダに保存します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="73"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="77"/>
        <source>1. Send for review</source>
        <translation>1. 確認を頼む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="79"/>
        <source>Save review sheet…</source>
        <translation>確認用シートを保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="85"/>
        <source>2. Load a reviewed sheet</source>
        <translation>2. 確認済みシートを読み込む</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="89"/>
        <source>e.g. Nguyen Van A, community interpreter</source>
        <translation>例：グエン・ヴァン・A（地域の通訳者）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="91"/>
        <source>Reviewer&apos;s name:</source>
        <translation>確認した人の名前：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="94"/>
        <source>Open reviewed sheet…</source>
        <translation>確認済みシートを開く…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="96"/>
        <source>Apply changes</source>
        <translation>変更を反映</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="117"/>
        <source>Check all content</source>
        <translation>すべての内容をチェック</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="139"/>
        <source>%1 phrases, %2 reviewed by a person</source>
        <translation>%1 件の文、うち %2 件は人が確認済み</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="146"/>
        <source>Save review sheet</source>
        <translation>確認用シートを保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="147"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="163"/>
        <source>Open reviewed sheet</source>
        <translation>確認済みシートを開く</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="164"/>
        <source>Review sheets (*.xlsx *.csv *.txt)</source>
        <translation>確認用シート (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>Phrase ID</source>
        <translation>文の ID</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>After review</source>
        <translation>確認後</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="213"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="213"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="272"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="286"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="38"/>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="41"/>
        <source>Follow the computer&apos;s setting</source>
        <translation>パソコンの設定に合わせる</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="47"/>
        <source>Menus and buttons:</source>
        <translation>メニューとボタン：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="50"/>
        <source>Data folder</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="52"/>
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation>名簿、言語パック、バックアップ、設定はここに保存されます。別のパソコンへ移すときは、このフォルダをコピーしてください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="62"/>
        <source>Fonts for printing</source>
        <translation>印刷用フォント</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="67"/>
        <source>Prepare fonts now</source>
        <translation>今すぐ準備する</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="83"/>
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>印刷用フォントが %n 個、まだ準備されていません。最初の1回だけ1分ほどかかります。印刷するときにも自動で準備します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="87"/>
        <source>All print fonts are ready.</source>
        <translation>印刷用フォントはすべて準備できています。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="112"/>
        <source>Preparing fonts failed: %1</source>
        <translation>フォントの準備に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="35"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="36"/>
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation>このプログラムが扱う言語の一覧です。例文はそれぞれの言語のフォントで表示しています。言語の追加はデータの追加だけでできます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43"/>
        <source>Sample sentence</source>
        <translation>例文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43"/>
        <source>Curated strings</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="44"/>
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="69"/>
        <source>%n string(s), %1 reviewed</source>
        <translation>
            <numerusform>%n 件（確認済み %1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="70"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="75"/>
        <source>no pack installed</source>
        <translation>パック未導入</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="77"/>
        <source>no offline model exists</source>
        <translation>オフラインモデルなし</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32"/>
        <source>Fingerboards</source>
        <translation>指さしボード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33"/>
        <source>Signs</source>
        <translation>掲示物</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34"/>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35"/>
        <source>Registry</source>
        <translation>避難者名簿</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36"/>
        <source>Drills</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="44"/>
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation>対面で使う指さしボードです。避難者が言語を選び、支援者が文を指さし、避難者は指さしで答えます。すべてのボードは冊子として印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="47"/>
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation>避難所に貼る多言語の掲示物とお知らせです。ピクトグラムと、全言語の文を収めたQRコード付きで、ネットワークなしで印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="49"/>
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation>自由な文をオフラインで機械翻訳します。定型文を優先し、言語パックはUSBメモリから導入します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="51"/>
        <source>A local database of evacuees&apos; languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation>避難者の言語と必要な配慮をこのパソコン内に記録し、「いまどの言語の人がいるか」「配慮食は何食必要か」「通訳が必要なのは誰か」に答えます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="53"/>
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation>外国人避難者役を使った避難所訓練です。役割カード、本番と分けた訓練用データベース、振り返り報告書を用意します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="80"/>
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>The evacuee&apos;s language chosen in this session (views that show content use it).</extracomment>
        <translation>避難所 多言語支援ツール</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="128"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="129"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="130"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="133"/>
        <source>Signs and notices</source>
        <translation>掲示物とお知らせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="140"/>
        <source>Signs</source>
        <translation>掲示物</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="141"/>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="149"/>
        <source>Languages (Japanese always, up to 6):</source>
        <translation>言語（日本語は必ず入ります。6 言語まで）：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="157"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="158"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="161"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="162"/>
        <source>Orientation:</source>
        <translation>向き：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="183"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="184"/>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="202"/>
        <source>Search (Japanese or English)</source>
        <translation>検索（日本語・英語）</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="206"/>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="207"/>
        <source>Facilities</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="207"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="208"/>
        <source>The shelter&apos;s promise</source>
        <translation>避難所の約束</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="209"/>
        <source>Emergencies</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="222"/>
        <source>Check all shown</source>
        <translation>表示中をすべて選ぶ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="223"/>
        <source>Uncheck all</source>
        <translation>選択をすべて外す</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="277"/>
        <source>%n sign(s) chosen</source>
        <translation>
            <numerusform>%n 枚を選択中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>Number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="307"/>
        <source>Destination</source>
        <translation>行き先</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="324"/>
        <source>e.g. 体育館 (gym)</source>
        <translation>例：体育館</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="428"/>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="498"/>
        <source>The printer could not be opened.</source>
        <translation>プリンターを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="509"/>
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
</context>
</TS>
