<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodyMapWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_body.py" line="74" />
        <source>Tap where it hurts. A small part opens larger; tap the small figure to see the whole body again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="753" />
        <source>Needs card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="754" />
        <source>Card ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="755" />
        <source>A6 card (105 × 148 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="756" />
        <source>Label (100 × 62 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="762" />
        <source>The card prints no name. Its QR code holds the card ID and the needs as codes only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="766" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="766" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="54" />
        <source>The phrases on signs and fingerboards were drafted by the project. Send a language to a community interpreter as a spreadsheet, then load the corrected sheet back: changed phrases are recorded as reviewed by that person. The installed files are never changed; reviewed phrases are kept in the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="75" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="79" />
        <source>1. Send for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="81" />
        <source>Save review sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="87" />
        <source>2. Load a reviewed sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="91" />
        <source>e.g. Nguyen Van A, community interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="93" />
        <source>Reviewer's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="96" />
        <source>Open reviewed sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="98" />
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="119" />
        <source>Check all content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="141" />
        <source>%1 phrases, %2 reviewed by a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="148" />
        <source>Save review sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="149" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="165" />
        <source>Open reviewed sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="166" />
        <source>Review sheets (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="194" />
        <source>Phrase ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="194" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="194" />
        <source>After review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="217" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="217" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="276" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="290" />
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="53" />
        <source>Shelter settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="55" />
        <source>Print signs for the languages present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="72" />
        <source>Present by first language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="73" />
        <source>Japanese ability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74" />
        <source>Diets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="74" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="75" />
        <source>Medical needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="96" />
        <source>Present: %1 / capacity %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="103" />
        <source>Present: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="110" />
        <source>Interpreter needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="117" />
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="126" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_dashboard.py" line="141" />
        <source>No language recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFolderProblem</name>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="42" />
        <source>The data folder cannot be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="46" />
        <source>The folder you choose is used from now on, also at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="47" />
        <source>The folder you choose is used until the program is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="48" />
        <source>Choose another folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="50" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="52" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/data_folder.py" line="59" />
        <source>Choose a folder for the program's data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="99" />
        <source>Drills</source>
        <extracomment>How often the running drill's persona table is recounted (the banner ticks every second).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="120" />
        <source>Tick the scenarios to play, print their role cards, then start the drill. While it runs, every screen works on a separate drill database and every printout is marked as a drill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="137" />
        <source>New scenario…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="139" />
        <source>Save role cards (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="146" />
        <source>Drill title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="148" />
        <source>e.g. Autumn drill, north gym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="150" />
        <source>▶ Start drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="157" />
        <source>Earlier drills:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="162" />
        <source>No drills yet. Tick one or more scenarios above, give the drill a title and press ▶ Start drill; finished drills and their reports are listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="166" />
        <source>Show report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="172" />
        <source>Resume drill</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="205" />
        <source>(%n persona(s))</source>
        <translation>
            <numerusform>(%n persona)</numerusform>
            <numerusform>(%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="206" />
        <source>— not ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="248" />
        <source>Persona:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="251" />
        <source>%n people arriving</source>
        <translation>
            <numerusform>%n person arriving</numerusform>
            <numerusform>%n people arriving</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="252" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="255" />
        <source>Facts to capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="261" />
        <source>Persona's lines: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="279" />
        <source>Save role cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="330" />
        <source>Send each role player in and press “Arrived”: their clock starts then. Volunteers use Fingerboards, Registry and Signs as in a real shelter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="334" />
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="334" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="334" />
        <location filename="../evac_toolkit/ui/views/drills.py" line="360" />
        <source>Arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="335" />
        <source>Language found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="335" />
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="335" />
        <source>Needs captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="344" />
        <source>■ End drill and show the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="420" />
        <source>← Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="424" />
        <source>Save report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="473" />
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvacueeDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="243" />
        <source>Edit person (card %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="244" />
        <source>Add a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="261" />
        <source>Name or what they want to be called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="262" />
        <source>Reading in kana, e.g. やまだ はなこ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="266" />
        <source>Name / alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="267" />
        <source>Reading (kana):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="268" />
        <source>Nationality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="271" />
        <source>Languages: tap the first language first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="281" />
        <source>Japanese:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="286" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="299" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="423" />
        <source>Diet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="299" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="424" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Medical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="301" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Religion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="300" />
        <source>Medical</source>
        <comment>short tab title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="311" />
        <source>Other allergies (free text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="315" />
        <source>Injury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="318" />
        <source>Area / room:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="319" />
        <source>e.g. 体育館 B-3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="322" />
        <source>Agrees to share with support services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="323" />
        <source>Do not disclose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="328" />
        <source>Never tell anyone who asks that this person is here. Their name is shown only in their own row and this form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="332" />
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="344" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="345" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="369" />
        <source>Pain (0–10):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="373" />
        <source>Not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="379" />
        <source>Where it hurts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="421" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="421" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="422" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="422" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="423" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="424" />
        <source>Other allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Where it hurts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="466" />
        <source>Order: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="467" />
        <source>No language chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="480" />
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="497" />
        <source>Someone with the same name and first language is already registered (card %1). Press Save again to add this person anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvacueeModel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>None</source>
        <extracomment>Custom item data roles. Rows a search shows. Nobody scrolls through thousands of people; a longer list says to narrow the search, and turning 50,000 rows into objects took over a second.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Easy Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="174" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="175" />
        <source>Fluent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="177" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="178" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="178" />
        <source>Name (reading)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="178" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="179" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="179" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="179" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="180" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="180" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="263" />
        <source>Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="277" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="296" />
        <source>Do not disclose: never tell anyone who asks that this person is here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="565" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="640" />
        <source>Export the registry as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="567" />
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="568" />
        <source>UTF-8: opens in Excel (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="569" />
        <source>Shift_JIS (CP932): only for software that needs it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="577" />
        <source>Present only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="578" />
        <source>Leave out names, readings, nationality and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="582" />
        <source>People marked “do not disclose” are exported without their names. The file holds personal data: keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="602" />
        <source>Save as UTF-8 (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="605" />
        <source>Save with “?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="606" />
        <source>Shift_JIS, with “?” for each character it cannot hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="609" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="621" />
        <source>Close</source>
        <extracomment>The file the refused export was for, while the choice is open.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="623" />
        <source>Save CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="642" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="665" />
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="712" />
        <source>Nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FingerboardView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="248" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="248" />
        <source>Take back the last card pointed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="252" />
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="253" />
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="256" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="257" />
        <source>Black and yellow, for dim light and weak eyes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="260" />
        <source>Table mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="261" />
        <source>Split the screen: the evacuee's half turned round for the person across the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="271" />
        <source>Print booklet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="272" />
        <source>Print the boards as a booklet for when there is no power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="169" />
        <source>Summary</source>
        <extracomment>The board chooser: (board, title keys, pictogram). "answers" also holds numbers, clock, days. A conversation's summary was saved: the person's ID and the flags it carried.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="170" />
        <source>Show or hide the summary for staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="671" />
        <source>The registry is not available (its file could not be opened), so nothing was saved. Open Registry to repair it; this summary stays here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="675" />
        <source>Nothing to save yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboards.py" line="694" />
        <source>Saved to card %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FullScreenText</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="188" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="41" />
        <source>Display language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="44" />
        <source>Follow the computer's setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="50" />
        <source>Menus and buttons:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="53" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="55" />
        <source>The registry, language packs, backups and settings are kept here. Copy this folder to move the data to another laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="70" />
        <source>Fonts for printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="75" />
        <source>Prepare fonts now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/settings.py" line="92" />
        <source>%n font file(s) for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</source>
        <translation>
            <numerusform>%n font file for printing still needs preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform>
            <numerusform>%n font files for printing still need preparing. This takes about a minute, once; printing also does it automatically when needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="96" />
        <source>All print fonts are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="122" />
        <source>Preparing fonts failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="238" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="232" />
        <source>Import people from a list (Excel or CSV)</source>
        <extracomment>Rows of the file shown beside the column choices. Problems or duplicates listed at most (a broken 50,000-row file would fill a slow table). Combo data of a column whose field the file's header did not settle (unknown or repeated): the coordinator must choose, even if the choice is "(ignore)". The ImportResult, after people were imported. Header text → field (None: leave out), as chosen here; the rest as read_csv finds. The workbook's sheet chosen here (None: the one ``read_csv`` reads first).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="239" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="246" />
        <source>Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="256" />
        <source>Which registry field each column of the file goes into. A change is checked at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="258" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="412" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="258" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="412" />
        <source>Registry field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="267" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="268" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="267" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="268" />
        <source>Already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="275" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="277" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="292" />
        <source>Record ID (from an export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="292" />
        <source>Card ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="293" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="293" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <source>Household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="295" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="296" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="297" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="297" />
        <source>Diet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="298" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="298" />
        <source>Other allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="299" />
        <source>Medical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="299" />
        <source>Where it hurts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="300" />
        <source>Religion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="300" />
        <source>Pain (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="301" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="301" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="302" />
        <source>Checked in at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="303" />
        <source>Checked out at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="304" />
        <source>Check-in time (date in another column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="305" />
        <source>Check-out time (date in another column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="306" />
        <source>Agrees to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="307" />
        <source>Do not disclose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="307" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="347" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="413" />
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="416" />
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="422" />
        <source>(ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="430" />
        <source>A column without a title is left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="455" />
        <source>Choose a field…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="470" />
        <source>%n problem(s) in the file. Correct the file or the fields above: nothing can be imported until then.</source>
        <translation>
            <numerusform>%n problem in the file. Correct the file or the fields above: nothing can be imported until then.</numerusform>
            <numerusform>%n problems in the file. Correct the file or the fields above: nothing can be imported until then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="473" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="495" />
        <source>The first %1 are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="475" />
        <source>The whole file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="487" />
        <source>Nobody new to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="522" />
        <source>Taking a backup, then importing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="533" />
        <source>%n already registered: skipped.</source>
        <translation>
            <numerusform>%n already registered: skipped.</numerusform>
            <numerusform>%n already registered: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="539" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinHouseholdDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="71" />
        <source>Add to a household</source>
        <extracomment>Starting widths; the needs column takes the rest. Narrow enough that on a 1024×600 netbook the needs (an injury, halal, an allergy) are on screen without scrolling sideways.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="75" />
        <source>Card ID of a household member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="81" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="82" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitchenDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="775" />
        <source>Kitchen sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="776" />
        <source>e.g. 6/3 dinner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="778" />
        <source>Meal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="779" />
        <source>List who needs what (names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="781" />
        <source>Without names the sheet only counts. With names it holds personal data; people marked “do not disclose” appear by card ID only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="786" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="786" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagesView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="41" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="42" />
        <source>Every language the program knows, with a sample sentence drawn in its own font. Adding a language is a data change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Japanese name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="48" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="49" />
        <source>Sample sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="49" />
        <source>Curated strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="50" />
        <source>Machine translation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/languages.py" line="75" />
        <source>%n string(s), %1 reviewed</source>
        <translation>
            <numerusform>%n string, %1 reviewed</numerusform>
            <numerusform>%n strings, %1 reviewed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="76" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="82" />
        <source>no pack installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/languages.py" line="84" />
        <source>no offline model exists</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="32" />
        <source>Fingerboards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="33" />
        <source>Signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="34" />
        <source>Translate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="35" />
        <source>Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="36" />
        <source>Drills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="37" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="44" />
        <source>Pointing boards for face-to-face talk: the evacuee picks a language, the volunteer points at phrases, the evacuee answers by pointing; every board prints as a booklet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="47" />
        <source>Multilingual signs and notices for the shelter walls, with pictograms and QR codes that carry every language, printed without a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="49" />
        <source>Offline machine translation for free text, with curated phrases tried first and language packs installed from a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="51" />
        <source>A local database of evacuees' languages and needs that answers: which languages are here, how many special meals, who needs an interpreter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="53" />
        <source>Evacuation drills with simulated foreign evacuees: role cards, a separate drill database and an after-action report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="55" />
        <source>The interface language, the languages and their content, reviewed translations and the offline translation packs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="141" />
        <source>Evacuation Center Language Toolkit</source>
        <extracomment>Sections built when first shown (their modules load ReportLab, fonts and databases). The evacuee's language chosen in this session (views that show content use it). The running drill (a DrillSession): while set, every view works on the drill's own database, shows the drill banner, and every printout carries the drill band. Set when a drill starts or ends: the next rebuild starts a fresh conversation.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="286" />
        <source>Choose the evacuee's language first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="290" />
        <source>Fingerboard booklet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="291" />
        <source>Print the booklet, or save it as a PDF to print later?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="293" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="295" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="309" />
        <source>Save booklet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="330" />
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="457" />
        <source>Installing the language packs found beside the program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="525" />
        <source>Practice only: records go to the drill's own database, not the shelter's registry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_tools.py" line="546" />
        <location filename="../evac_toolkit/ui/views/fingerboard_tools.py" line="547" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="48" />
        <source>Translation packs (Argos Translate, .argosmodel files) are installed from a file or a folder such as a USB stick. They never come from the network. Translating between two languages other than English needs both packs through English.</source>
        <extracomment>The installed packs changed (the Translate view updates its list).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="53" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="53" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="54" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="54" />
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="63" />
        <source>Install from a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="65" />
        <source>Install all from a folder or USB stick…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="67" />
        <source>Check packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="69" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="126" />
        <source>Choose a language pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="128" />
        <source>Argos packs (*.argosmodel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="133" />
        <source>Choose the folder with packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="145" />
        <source>Installing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="231" />
        <source>Select a pack first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="233" />
        <source>Remove pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="234" />
        <source>Remove the pack %1 → %2? Translation between them stops until it is installed again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="273" />
        <source>Shelter passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="279" />
        <source>The registry, drills, backups and archives are encrypted. The passphrase opens them; the recovery key on paper opens them if it is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="297" />
        <source>Set the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="298" />
        <source>Change the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="319" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="327" />
        <source>The new passphrase is set.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="249" />
        <source>Shelter passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="253" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="254" />
        <source>at least 8 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="256" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="257" />
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="259" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="261" />
        <source>Set the new passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintFontPreparation</name>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="59" />
        <location filename="../evac_toolkit/ui/print_fonts.py" line="94" />
        <source>Preparing print fonts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="63" />
        <source>Preparing the fonts for printing signs and booklets. This happens only once on this computer and can take a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/print_fonts.py" line="95" />
        <source>The print fonts could not be prepared: %1
Printing will try again when it needs them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="21" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="22" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="23" />
        <source>%1 File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="24" />
        <source>Drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="25" />
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="26" />
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="27" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="45" />
        <source>Job &amp;priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="46" />
        <source>Scheduled &amp;printing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="47" />
        <source>&amp;Billing information:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="48" />
        <source>&amp;Start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="49" />
        <source>&amp;End:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="18" />
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="41" />
        <source>Page &amp;order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="42" />
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="40" />
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="43" />
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="29" />
        <source>Double Sided Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="30" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="31" />
        <source>Long side binding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="32" />
        <source>Short side binding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="33" />
        <source>Page &amp;Set:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="34" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/qt_strings.py" line="35" />
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="49" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="53" />
        <source>This recovery key opens the registry if the passphrase is forgotten. It is shown only now: print the page and give it to the coordinator, who keeps it locked away, never with this laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="70" />
        <source>Save the page to print (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="72" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="80" />
        <source>Save the recovery key page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="82" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="94" />
        <source>Saved: %1. Print it now, then delete the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="103" />
        <source>Use the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="107" />
        <source>at least 8 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="109" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="110" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="111" />
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="113" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="115" />
        <source>Set the new passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistryFiles</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="877" />
        <source>Still writing the previous file: try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="883" />
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="902" />
        <source>Import a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="903" />
        <source>Lists: Excel or CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="936" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="955" />
        <source>Select a person first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="941" />
        <source>Save needs card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="971" />
        <source>Save kitchen sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="993" />
        <source>Save hand-over sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1036" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1037" />
        <source>Replace the registry with this backup? Changes made since it was taken are lost (the registry as it is now is backed up first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1053" />
        <source>The registry is busy: try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistryRecovery</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="33" />
        <source>The registry cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="37" />
        <source>Verified backups, newest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_recovery.py" line="46" />
        <source>Restore the selected backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistryUnlock</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="137" />
        <source>Protect the registry with a shelter passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="139" />
        <source>The registry holds personal information, so it is stored encrypted. Choose a passphrase of at least 8 characters for the staff who register people. Next, a recovery key is shown once, to print for the coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="143" />
        <source>The registry is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="144" />
        <source>Type the shelter passphrase to open the registry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="152" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="156" />
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="159" />
        <source>Set the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="160" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="163" />
        <source>Use the recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="171" />
        <source>Fingerboards, signs and translation work without the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="209" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_unlock.py" line="235" />
        <source>Registry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="124" />
        <source>Registry</source>
        <extracomment>Language codes of the people present, most speakers first. Emitted after every change written to the registry. Emitted whenever the table and, when asked for, the dashboard show fresh results. A printout was written: its kind ("card", "kitchen", "handover") and the person, if one. A drill's registry: every printout carries the drill band.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="131" />
        <source>＋ Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="138" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="142" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="154" />
        <source>Search: name, reading or card ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="159" />
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="166" />
        <source>All needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="167" />
        <source>Interpreter needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="168" />
        <source>Diet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="168" />
        <source>Allergy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="169" />
        <source>Medical: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="181" />
        <source>Present only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="226" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="228" />
        <location filename="../evac_toolkit/ui/views/registry.py" line="415" />
        <source>Check out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="233" />
        <source>Status of the selected people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="245" />
        <source>Household:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="249" />
        <source>New household from selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="251" />
        <source>Add to household…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="253" />
        <source>Remove from household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="263" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="264" />
        <source>Import a list (Excel, CSV), export CSV, print needs cards and sheets, back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="271" />
        <source>Import a list (Excel, CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="369" />
        <source>No one is registered yet. Press “＋ Add person” to register someone, or File → Import a list (Excel, CSV)… to load a list from a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="272" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="276" />
        <source>Needs card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="277" />
        <source>Kitchen sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="278" />
        <source>Hand-over sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="281" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="282" />
        <source>Restore a backup…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="347" />
        <source>First %n shown: type more of a name to narrow the search</source>
        <translation>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="349" />
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="367" />
        <source>No one matches the search and filters. Clear the search box or choose “All languages” and “All needs”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="415" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="426" />
        <source>not in a household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="435" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="471" />
        <source>Added: card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="490" />
        <source>Saved: card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="527" />
        <source>Checked in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="527" />
        <source>Checked out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="528" />
        <source>Transferred: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="548" />
        <source>New household of %n person(s)</source>
        <translation>
            <numerusform>New household of %n person</numerusform>
            <numerusform>New household of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="560" />
        <source>Added to the household: %n person(s)</source>
        <translation>
            <numerusform>Added to the household: %n person</numerusform>
            <numerusform>Added to the household: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="597" />
        <source>Removed from the household: %n person(s)</source>
        <translation>
            <numerusform>Removed from the household: %n person</numerusform>
            <numerusform>Removed from the household: %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="605" />
        <source>Shelter settings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="794" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="796" />
        <source>The registry is replaced by the backup you choose. Changes made since are lost, but the registry as it is now is backed up first, so the restore can itself be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="800" />
        <source>backed up by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="800" />
        <source>periodic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="801" />
        <source>before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="802" />
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="808" />
        <source>before an update of the program</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="810" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="811" />
        <source>cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="819" />
        <source>There are no backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="823" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="825" />
        <source>Restore…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="115" />
        <source>Install language packs…</source>
        <extracomment>Green only for what a named person reviewed; a draft is a calm blue, machine output orange. A badge wider than this (pixels) wraps inside the rest of its card's first line. Language pairs named in the title before the rest are counted (all are in its tooltip). Below this view height the chosen languages fold into one line while results are shown. The text box: three lines, or two while the results need the room.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="128" />
        <source>Original:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="141" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="144" />
        <source>Show full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="153" />
        <source>Reviewed by %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="156" />
        <source>Prepared translation, not yet reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="157" />
        <source>Stored machine translation, not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="158" />
        <source>Machine translation — may contain errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="159" />
        <source>Machine translation via English — may contain errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="160" />
        <source>Not available</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="117" />
        <source>Save the conversation to a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="120" />
        <source>Whose record should this conversation be added to?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="123" />
        <source>Search: name, reading or card ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="141" />
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="144" />
        <source>Add to the chosen person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="148" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="179" />
        <source>No one found. Use “New person” to register them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="187" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="56" />
        <source>New drill scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="67" />
        <source>Your name (trainer):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="69" />
        <source>Title in Japanese:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="71" />
        <source>Title in English:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="73" />
        <source>an invented first name, never a real person's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="74" />
        <source>Persona's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="80" />
        <source>Language the persona speaks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="85" />
        <source>Japanese ability:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="87" />
        <source>People arriving together:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="89" />
        <source>e.g. 30s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="90" />
        <source>Age:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="93" />
        <source>Situation (Japanese, for the trainer):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="96" />
        <source>Situation (English):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="99" />
        <source>How to play it (in the persona's language):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="102" />
        <source>How to play it (Japanese):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="106" />
        <source>Script: what the role player says (in their language, with Japanese), the fingerboard card they point at (e.g. diets.halal) and the question that prompts it (e.g. staff.allergies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Says (their language)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="111" />
        <source>Points at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="112" />
        <source>When asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="117" />
        <source>＋ Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="119" />
        <source>－ Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="127" />
        <source>Facts the volunteers should capture:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="128" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="135" />
        <source>Diet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="136" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="137" />
        <source>Medical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="138" />
        <source>Religion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drill_scenario_form.py" line="139" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="40" />
        <source>Find a phrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="41" />
        <source>Find a card by its Japanese, English or the evacuee's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="43" />
        <source>Find a phrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="124" />
        <source>No card found. Try fewer words, or the word in Japanese or English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="127" />
        <source>%1 cards found; the first %2 are shown. Type more to narrow them down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_search.py" line="131" />
        <source>Cards found: %1. Tap one to go to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="142" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="143" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="144" />
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/settings.py" line="145" />
        <source>Language packs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelterDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="516" />
        <source>Shelter settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="518" />
        <source>Shelter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="527" />
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="530" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="531" />
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="532" />
        <source>Capacity (people):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="536" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="537" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="142" />
        <source>Signs and notices</source>
        <extracomment>Sheets were saved or sent to the printer, in these languages (a drill logs it). While a drill runs every sheet carries the drill band, the preview included.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="149" />
        <source>Signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="150" />
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="158" />
        <source>Languages (Japanese always, up to 6):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="172" />
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="173" />
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="176" />
        <source>Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="177" />
        <source>Orientation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="191" />
        <source>Preparing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="202" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="203" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="223" />
        <source>Search (Japanese or English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="230" />
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="231" />
        <source>Facilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="231" />
        <source>Rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="232" />
        <source>The shelter's promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="233" />
        <source>Emergencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="246" />
        <source>Check all shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="247" />
        <source>Uncheck all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="310" />
        <source>%n sign(s) ticked: these are printed.</source>
        <translation>
            <numerusform>%n sign ticked: it is printed.</numerusform>
            <numerusform>%n signs ticked: these are printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="312" />
        <source>None ticked: the sign shown is printed. Tick signs to print several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="314" />
        <source>No sign chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="363" />
        <source>e.g. 体育館 (gym)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="367" />
        <source>:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="466" />
        <source>No sign matches the search. Clear the search box or choose “All categories”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="469" />
        <source>Choose a sign in the list to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="481" />
        <source>Choose at least one sign: select it in the list, or tick several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="483" />
        <source>Fill in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="485" />
        <source>%1 is too long: at most %2 characters fit on the notice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="488" />
        <source>%1 cannot be printed as written: use plain text without { } ｜ 《 》 or line breaks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="495" />
        <source>This has no text in %1 yet: untick %1 to print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="515" />
        <source>Save PDF</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/signs.py" line="580" />
        <source>Print %n sheet(s)</source>
        <translation>
            <numerusform>Print %n sheet</numerusform>
            <numerusform>Print %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="590" />
        <source>The printer could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/signs.py" line="592" />
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="43" />
        <source>Summary for staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="70" />
        <source>Save to registry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="74" />
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="104" />
        <source>New conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="84" />
        <source>Nothing pointed at yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="95" />
        <source>Not saved. Tap again to discard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="223" />
        <location filename="../evac_toolkit/ui/views/translate.py" line="272" />
        <source>Translate</source>
        <extracomment>Translations were made into these languages (a drill logs it). Every result card of the last translation is on screen.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="228" />
        <source>Language packs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="234" />
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="248" />
        <source>Type what you want to say…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="254" />
        <source>Into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="276" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="278" />
        <source>📢 Announce to everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="280" />
        <source>Translate into every language of the people present and print one notice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="286" />
        <source>Print as notice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="288" />
        <source>Save notice (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="339" />
        <source>%1  — tap to change</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/translate.py" line="375" />
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="376" />
        <source>Packs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="377" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="386" />
        <source>Type what you want to say above, choose the languages to translate into, then press Translate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="390" />
        <source>No language packs are installed, so only the prepared phrases can be translated. Machine translation packs are installed with the Language packs… button above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="433" />
        <source>Choose at least one language to translate into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="440" />
        <source>Translating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="457" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/translate.py" line="467" />
        <source>Cancelled: %n language(s) translated.</source>
        <translation>
            <numerusform>Cancelled: %n language translated.</numerusform>
            <numerusform>Cancelled: %n languages translated.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="471" />
        <source>Not translated (no language pack): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="515" />
        <source>No one with a language other than the one you type in is registered as present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="530" />
        <source>Save notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="568" />
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/translate.py" line="570" />
        <source>The printer could not be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>