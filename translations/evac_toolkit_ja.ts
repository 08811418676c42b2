<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ComingView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/coming.py" line="18" />
        <source>Coming — this section is not ready yet.</source>
        <translation>準備中です。この機能はまだ使えません。</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="37" />
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="40" />
        <source>Follow the computer's setting</source>
        <translation>パソコンの設定に合わせる</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="46" />
        <source>Menus and buttons:</source>
        <translation>メニューとボタン：</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="49" />
        <source>Data folder</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="51" />
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation>名簿、言語パック、バックアップ、設定はここに保存されます。別のパソコンへ移すときは、このフォルダをコピーしてください。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="61" />
        <source>Fonts for printing</source>
        <translation>印刷用フォント</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="66" />
        <source>Prepare fonts now</source>
        <translation>今すぐ準備する</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="82" />
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>印刷用フォントが %n 個、まだ準備されていません。最初の1回だけ1分ほどかかります。印刷するときにも自動で準備します。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n font file(s) for Chinese, Japanese and Korean print still need preparing. This takes a minute once; printing does it automatically when needed.</source>
        <translation type="vanished">
            <numerusform>中国語・日本語・韓国語の印刷用フォントが %n 個、まだ準備されていません。最初の1回だけ1分ほどかかります。印刷するときにも自動で準備します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="86" />
        <source>All print fonts are ready.</source>
        <translation>印刷用フォントはすべて準備できています。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="111" />
        <source>Preparing fonts failed: %1</source>
        <translation>フォントの準備に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="34" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="35" />
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation>このプログラムが扱う言語の一覧です。例文はそれぞれの言語のフォントで表示しています。言語の追加はデータの追加だけでできます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Sample sentence</source>
        <translation>例文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Curated strings</source>
        <translation>定型文</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43" />
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="66" />
        <source>%n string(s)</source>
        <translation>
            <numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="66" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="71" />
        <source>no pack installed</source>
        <translation>パック未導入</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="73" />
        <source>no offline model exists</source>
        <translation>オフラインモデルなし</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="31" />
        <source>Fingerboards</source>
        <translation>指さしボード</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32" />
        <source>Signs</source>
        <translation>掲示物</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33" />
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34" />
        <source>Registry</source>
        <translation>避難者名簿</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35" />
        <source>Drills</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="43" />
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation>対面で使う指さしボードです。避難者が言語を選び、支援者が文を指さし、避難者は指さしで答えます。すべてのボードは冊子として印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="46" />
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation>避難所に貼る多言語の掲示物とお知らせです。ピクトグラムと、全言語の文を収めたQRコード付きで、ネットワークなしで印刷できます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="48" />
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation>自由な文をオフラインで機械翻訳します。定型文を優先し、言語パックはUSBメモリから導入します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="50" />
        <source>A local database of evacuees' languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation>避難者の言語と必要な配慮をこのパソコン内に記録し、「いまどの言語の人がいるか」「配慮食は何食必要か」「通訳が必要なのは誰か」に答えます。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="52" />
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation>外国人避難者役を使った避難所訓練です。役割カード、本番と分けた訓練用データベース、振り返り報告書を用意します。</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="79" />
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>The evacuee's language chosen in this session (views that show content use it).</extracomment>
        <translation>避難所 多言語支援ツール</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="126" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="127" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
</context>
</TS>