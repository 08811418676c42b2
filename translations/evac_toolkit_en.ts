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
    <name>DashboardPanel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="53"/>
        <source>Shelter settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="55"/>
        <source>Print signs for the languages present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="72"/>
        <source>Present by first language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="73"/>
        <source>Japanese ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74"/>
        <source>Diets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="75"/>
        <source>Medical needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="96"/>
        <source>Present: %1 / capacity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="103"/>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="110"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="117"/>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="126"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="141"/>
        <source>No language recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvacueeDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="236"/>
        <source>Edit person (card %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="237"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="254"/>
        <source>Name or what they want to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="255"/>
        <source>Reading in kana, e.g. やまだ はなこ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="259"/>
        <source>Name / alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="260"/>
        <source>Reading (kana):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="261"/>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="264"/>
        <source>Languages: tap the first language first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="274"/>
        <source>Japanese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="279"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="290"/>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="384"/>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="290"/>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="385"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="291"/>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="386"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="291"/>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="386"/>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="301"/>
        <source>Other allergies (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="306"/>
        <source>Area / room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="307"/>
        <source>e.g. 体育館 B-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="310"/>
        <source>Agrees to share with support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="311"/>
        <source>Do not disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="316"/>
        <source>Never tell anyone who asks that this person is here. Their name is shown only in their own row and this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="320"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="332"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="333"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="382"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="382"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="383"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="383"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="384"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="385"/>
        <source>Other allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="387"/>
        <source>Area / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="387"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="424"/>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425"/>
        <source>No language chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="438"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="448"/>
        <source>Someone with the same name and first language is already registered (card %1). Press Save again to add this person anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvacueeModel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="164"/>
        <source>None</source>
        <extracomment>Custom item data roles. Rows a search shows. Nobody scrolls through ten thousand people; a longer list says to narrow the search, and turning 50,000 rows into objects took over a second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="164"/>
        <source>Easy Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="165"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="166"/>
        <source>Fluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167"/>
        <source>Name (reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="168"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="168"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="168"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="169"/>
        <source>Area / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="169"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="252"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="266"/>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="278"/>
        <source>Do not disclose: never tell anyone who asks that this person is here.</source>
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
    <name>JoinHouseholdDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="66"/>
        <source>Add to a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="70"/>
        <source>Card ID of a household member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="77"/>
        <source>Add</source>
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
        <location filename="../evac_toolkit/ui/main_window.py" line="30"/>
        <source>Fingerboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="31"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32"/>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="42"/>
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="45"/>
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="47"/>
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="49"/>
        <source>A local database of evacuees&apos; languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="51"/>
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
    <name>RegistryRecovery</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="33"/>
        <source>The registry cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="37"/>
        <source>Verified backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="46"/>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="113"/>
        <source>Registry</source>
        <extracomment>Language codes of the people present, most speakers first. Emitted after every change written to the registry. Emitted whenever the table and, when asked for, the dashboard show fresh results.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="117"/>
        <source>＋ Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="124"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="128"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="140"/>
        <source>Search: name, reading or card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="145"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="152"/>
        <source>All needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="153"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="154"/>
        <source>Diet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="154"/>
        <source>Allergy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="155"/>
        <source>Medical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="167"/>
        <source>Present only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="211"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="213"/>
        <location filename="../evac_toolkit/ui/views/registry.py" line="352"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="218"/>
        <source>Status of the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="230"/>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="234"/>
        <source>New household from selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="236"/>
        <source>Add to household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="238"/>
        <source>Remove from household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="293"/>
        <source>First %n shown: type more of a name to narrow the search</source>
        <translation>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="295"/>
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="352"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="363"/>
        <source>not in a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="372"/>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="411"/>
        <source>Added: card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="430"/>
        <source>Saved: card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="467"/>
        <source>Checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="467"/>
        <source>Checked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="468"/>
        <source>Transferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="488"/>
        <source>New household of %n person(s)</source>
        <translation>
            <numerusform>New household of %n person</numerusform>
            <numerusform>New household of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="500"/>
        <source>Added to the household: %n person(s)</source>
        <translation>
            <numerusform>Added to the household: %n person</numerusform>
            <numerusform>Added to the household: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="537"/>
        <source>Removed from the household: %n person(s)</source>
        <translation>
            <numerusform>Removed from the household: %n person</numerusform>
            <numerusform>Removed from the household: %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="545"/>
        <source>Shelter settings saved.</source>
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
    <name>ShelterDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="467"/>
        <source>Shelter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="469"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="478"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="481"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="482"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="483"/>
        <source>Capacity (people):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="487"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="488"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="135"/>
        <source>Signs and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="142"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="143"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="151"/>
        <source>Languages (Japanese always, up to 6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="162"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="163"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="166"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="167"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="188"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="189"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="207"/>
        <source>Search (Japanese or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="211"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="212"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="212"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="213"/>
        <source>The shelter&apos;s promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="214"/>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="227"/>
        <source>Check all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="228"/>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="282"/>
        <source>%n sign(s) chosen</source>
        <translation>
            <numerusform>%n sign chosen</numerusform>
            <numerusform>%n signs chosen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="310"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="310"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="310"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="311"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="311"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="311"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="312"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="329"/>
        <source>e.g. 体育館 (gym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="436"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="506"/>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="517"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
