<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ComingView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/coming.py" line="18" />
        <source>Coming — this section is not ready yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="37" />
        <source>Display language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="40" />
        <source>Follow the computer's setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="46" />
        <source>Menus and buttons:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="49" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="51" />
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="61" />
        <source>Fonts for printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="66" />
        <source>Prepare fonts now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="82" />
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>%n font file for printing still needs preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform><numerusform>%n font files for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n font file(s) for Chinese, Japanese and Korean print still need preparing. This takes a minute once; printing does it automatically when needed.</source>
        <translation type="vanished">
            <numerusform>%n font file for Chinese, Japanese and Korean print still needs preparing. This takes a minute once; printing does it automatically when needed.</numerusform>
            <numerusform>%n font files for Chinese, Japanese and Korean print still need preparing. This takes a minute once; printing does it automatically when needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="86" />
        <source>All print fonts are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="111" />
        <source>Preparing fonts failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="34" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="35" />
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Japanese name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Sample sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Curated strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43" />
        <source>Machine translation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="66" />
        <source>%n string(s)</source>
        <translation>
            <numerusform>%n string</numerusform><numerusform>%n strings</numerusform></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="66" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="71" />
        <source>no pack installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="73" />
        <source>no offline model exists</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="31" />
        <source>Fingerboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32" />
        <source>Signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33" />
        <source>Translate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34" />
        <source>Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35" />
        <source>Drills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="43" />
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="46" />
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="48" />
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="50" />
        <source>A local database of evacuees' languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="52" />
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="79" />
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>The evacuee's language chosen in this session (views that show content use it).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="126" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="127" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>