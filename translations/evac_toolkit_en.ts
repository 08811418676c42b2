<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComingView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/coming.py" line="18"/>
        <source>Coming — this section is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="54"/>
        <source>The phrases on signs and fingerboards were drafted by the project. Send a language to a community interpreter as a spreadsheet, then load the corrected sheet back: changed phrases are recorded as reviewed by that person. The installed files are never changed; reviewed phrases are kept in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="73"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="77"/>
        <source>1. Send for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="79"/>
        <source>Save review sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="85"/>
        <source>2. Load a reviewed sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="89"/>
        <source>e.g. Nguyen Van A, community interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="91"/>
        <source>Reviewer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="94"/>
        <source>Open reviewed sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="96"/>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="117"/>
        <source>Check all content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="139"/>
        <source>%1 phrases, %2 reviewed by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="146"/>
        <source>Save review sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="147"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="163"/>
        <source>Open reviewed sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="164"/>
        <source>Review sheets (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>Phrase ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="190"/>
        <source>After review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="213"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="213"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="272"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="286"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="38"/>
        <source>Display language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="41"/>
        <source>Follow the computer&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="47"/>
        <source>Menus and buttons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="50"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="52"/>
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="62"/>
        <source>Fonts for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="67"/>
        <source>Prepare fonts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="83"/>
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>%n font file for printing still needs preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform>
            <numerusform>%n font files for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="87"/>
        <source>All print fonts are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="112"/>
        <source>Preparing fonts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="35"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="36"/>
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Japanese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43"/>
        <source>Sample sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="43"/>
        <source>Curated strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="44"/>
        <source>Machine translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="69"/>
        <source>%n string(s), %1 reviewed</source>
        <translation>
            <numerusform>%n string, %1 reviewed</numerusform>
            <numerusform>%n strings, %1 reviewed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="70"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="75"/>
        <source>no pack installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="77"/>
        <source>no offline model exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32"/>
        <source>Fingerboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="44"/>
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="47"/>
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="49"/>
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="51"/>
        <source>A local database of evacuees&apos; languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="53"/>
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="80"/>
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>The evacuee&apos;s language chosen in this session (views that show content use it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="128"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="129"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="130"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="133"/>
        <source>Signs and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="140"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="141"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="149"/>
        <source>Languages (Japanese always, up to 6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="157"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="158"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="161"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="162"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="183"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="184"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="202"/>
        <source>Search (Japanese or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="206"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="207"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="207"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="208"/>
        <source>The shelter&apos;s promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="209"/>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="222"/>
        <source>Check all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="223"/>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="277"/>
        <source>%n sign(s) chosen</source>
        <translation>
            <numerusform>%n sign chosen</numerusform>
            <numerusform>%n signs chosen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="305"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="306"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="307"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="324"/>
        <source>e.g. 体育館 (gym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="428"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="498"/>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="509"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
