<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlreadyOpen</name>
    <message>
        <location filename="../evac_toolkit/ui/single_window.py" line="26" />
        <source>The program is already open</source>
        <translation type="unfinished" />
    </message>
</context>
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
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="881" />
        <source>Needs card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="882" />
        <source>Card ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="883" />
        <source>A6 card (105 × 148 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="884" />
        <source>Label (100 × 62 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="890" />
        <source>The card prints no name. Its QR code holds the card ID and the needs as codes only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="894" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="894" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContentSettings</name>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="55" />
        <source>The phrases on signs and fingerboards were drafted by the project. Send a language to a community interpreter as a spreadsheet, then load the corrected sheet back: changed phrases are recorded as reviewed by that person. The installed files are never changed; reviewed phrases are kept in the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="76" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="80" />
        <source>1. Send for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="82" />
        <source>Save review sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="88" />
        <source>2. Load a reviewed sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="92" />
        <source>e.g. Nguyen Van A, community interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="94" />
        <source>Reviewer's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="97" />
        <source>Open reviewed sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="99" />
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="120" />
        <source>Check all content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="142" />
        <source>%1 phrases, %2 reviewed by a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="149" />
        <source>Save review sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="150" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="166" />
        <source>Open reviewed sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="167" />
        <source>Review sheets (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>Phrase ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="195" />
        <source>After review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="218" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="218" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="280" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/content_review.py" line="294" />
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
        <location filename="../evac_toolkit/ui/views/drills.py" line="101" />
        <source>Drills</source>
        <extracomment>How often the running drill's persona table is recounted (the banner ticks every second).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="122" />
        <source>Tick the scenarios to play, print their role cards, then start the drill. While it runs, every screen works on a separate drill database and every printout is marked as a drill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="139" />
        <source>New scenario…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="141" />
        <source>Save role cards (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="148" />
        <source>Drill title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="150" />
        <source>e.g. Autumn drill, north gym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="152" />
        <source>▶ Start drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="159" />
        <source>Earlier drills:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="164" />
        <source>No drills yet. Tick one or more scenarios above, give the drill a title and press ▶ Start drill; finished drills and their reports are listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="168" />
        <source>Show report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="174" />
        <source>Resume drill</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="207" />
        <source>(%n persona(s))</source>
        <translation>
            <numerusform>(%n persona)</numerusform>
            <numerusform>(%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="208" />
        <source>— not ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="250" />
        <source>Persona:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/drills.py" line="253" />
        <source>%n people arriving</source>
        <translation>
            <numerusform>%n person arriving</numerusform>
            <numerusform>%n people arriving</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="254" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="257" />
        <source>Facts to capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="263" />
        <source>Persona's lines: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="281" />
        <source>Save role cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="338" />
        <source>Send each role player in and press “Arrived”: their clock starts then. Volunteers use Fingerboards, Registry and Signs as in a real shelter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="342" />
        <location filename="../evac_toolkit/ui/views/drills.py" line="368" />
        <source>Arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Language found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="343" />
        <source>Needs captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="352" />
        <source>■ End drill and show the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="428" />
        <source>← Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="432" />
        <source>Save report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/drills.py" line="481" />
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvacueeDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="247" />
        <source>Edit person (card %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="248" />
        <source>Add a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="265" />
        <source>Name or what they want to be called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="266" />
        <source>Reading in kana, e.g. やまだ はなこ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="270" />
        <source>Name / alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="271" />
        <source>Reading (kana):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="272" />
        <source>Nationality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="275" />
        <source>Languages: tap the first language first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="285" />
        <source>Japanese:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="290" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="303" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Diet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="303" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="428" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="429" />
        <source>Medical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="305" />
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="429" />
        <source>Religion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="304" />
        <source>Medical</source>
        <comment>short tab title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="315" />
        <source>Other allergies (free text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="319" />
        <source>Injury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="322" />
        <source>Area / room:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="323" />
        <source>e.g. 体育館 B-3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="326" />
        <source>Agrees to share with support services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="327" />
        <source>Do not disclose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="332" />
        <source>Never tell anyone who asks that this person is here. Their name is shown only in their own row and this form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="336" />
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="348" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="349" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="373" />
        <source>Pain (0–10):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="377" />
        <source>Not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="383" />
        <source>Where it hurts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="425" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="426" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="427" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="428" />
        <source>Other allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="430" />
        <source>Where it hurts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="430" />
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="431" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="431" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="470" />
        <source>Order: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="471" />
        <source>No language chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="484" />
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="502" />
        <source>Check before adding: %1. Press Save again to add this person anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvacueeModel</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167" />
        <source>None</source>
        <extracomment>Custom item data roles. Rows a search shows. Nobody scrolls through thousands of people; a longer list says to narrow the search, and turning 50,000 rows into objects took over a second.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="167" />
        <source>Easy Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="168" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="169" />
        <source>Fluent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="171" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Name (reading)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="172" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="173" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="174" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="174" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="257" />
        <source>Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="268" />
        <source>Protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="273" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_model.py" line="292" />
        <source>Do not disclose: never tell anyone who asks that this person is here. Their name is shown only in their own record: search for the card ID they hold and open it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="693" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="768" />
        <source>Export the registry as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="695" />
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="696" />
        <source>UTF-8: opens in Excel (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="697" />
        <source>Shift_JIS (CP932): only for software that needs it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="705" />
        <source>Present only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="706" />
        <source>Leave out names, readings, nationality and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="710" />
        <source>People marked “do not disclose” are exported without their names. The file holds personal data: keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="730" />
        <source>Save as UTF-8 (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="733" />
        <source>Save with “?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="734" />
        <source>Shift_JIS, with “?” for each character it cannot hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="737" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="749" />
        <source>Close</source>
        <extracomment>The file the refused export was for, while the choice is open.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="751" />
        <source>Save CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="770" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="793" />
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="840" />
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
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="264" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="255" />
        <source>Import people from a list (Excel or CSV)</source>
        <extracomment>Rows of the file shown beside the column choices. Problems or duplicates listed at most (a broken 50,000-row file would fill a slow table). Combo data of a column whose field the file's header did not settle (unknown or repeated): the coordinator must choose, even if the choice is "(ignore)". The ImportResult, after people were imported. Header text → field (None: leave out), as chosen here; the rest as read_csv finds. Field → word of the file → value (code, True/False, None: leave out), chosen here. The data folder whose import profiles are offered (a drill's registry: its owner's). The workbook's sheet chosen here (None: the one ``read_csv`` reads first).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="270" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="277" />
        <source>Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="292" />
        <source>Which registry field each column of the file goes into. A change is checked at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="535" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="294" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="535" />
        <source>Registry field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="298" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="301" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="504" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="309" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="310" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="309" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="310" />
        <source>Already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="317" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="319" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="334" />
        <source>Record ID (from an export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="334" />
        <source>Card ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="335" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="335" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="336" />
        <source>Household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="336" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="337" />
        <source>Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="338" />
        <source>Needs an interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="339" />
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="339" />
        <source>Diet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="340" />
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="340" />
        <source>Other allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="341" />
        <source>Medical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="341" />
        <source>Where it hurts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="342" />
        <source>Religion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="342" />
        <source>Pain (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="343" />
        <source>Area / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="343" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="344" />
        <source>Checked in at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="345" />
        <source>Checked out at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="346" />
        <source>Check-in time (date in another column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="347" />
        <source>Check-out time (date in another column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="348" />
        <source>Agrees to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="349" />
        <source>Do not disclose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="349" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="390" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="491" />
        <source>Save as an import profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="492" />
        <source>Name of the profile (e.g. the office or town the lists come from):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="503" />
        <source>Values (%n to choose)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="536" />
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="539" />
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="545" />
        <source>(ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="553" />
        <source>A column without a title is left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="578" />
        <source>Choose a field…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="593" />
        <source>%n problem(s) in the file. Correct the file or the fields above: nothing can be imported until then.</source>
        <translation>
            <numerusform>%n problem in the file. Correct the file or the fields above: nothing can be imported until then.</numerusform>
            <numerusform>%n problems in the file. Correct the file or the fields above: nothing can be imported until then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="596" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="621" />
        <source>The first %1 are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="598" />
        <source>The whole file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="610" />
        <source>Nobody new to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="650" />
        <source>Taking a backup, then importing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="661" />
        <source>%n already registered: skipped.</source>
        <translation>
            <numerusform>%n already registered: skipped.</numerusform>
            <numerusform>%n already registered: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="667" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinHouseholdDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="76" />
        <source>Add to a household</source>
        <extracomment>Starting widths; the needs column takes the rest. Narrow enough that on a 1024×600 netbook the needs (an injury, halal, an allergy) are on screen without scrolling sideways.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="80" />
        <source>Card ID of a household member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="86" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="87" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitchenDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="903" />
        <source>Kitchen sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="904" />
        <source>e.g. 6/3 dinner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="906" />
        <source>Meal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="907" />
        <source>List who needs what (names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="909" />
        <source>Without names the sheet only counts. With names it holds personal data; people marked “do not disclose” appear by card ID only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="914" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="914" />
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
        <location filename="../evac_toolkit/ui/main_window.py" line="475" />
        <source>Installing the language packs found beside the program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/main_window.py" line="543" />
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
        <location filename="../evac_toolkit/ui/views/packs.py" line="148" />
        <source>Installing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="256" />
        <source>Select a pack first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="174" />
        <source>%1 → %2: version %3 is installed; %4 has version %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="179" />
        <source>Replace installed packs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="180" />
        <source>These packs are installed already:
%1

Replace them? No keeps the installed packs and installs only the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="258" />
        <source>Remove pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/packs.py" line="259" />
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
    <name>ProfileBar</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="162" />
        <source>Import profile:</source>
        <extracomment>A saved profile's name chosen ("" for none).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="166" />
        <source>The column and value choices saved for an office's lists: chosen once, used for every list like it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="171" />
        <source>Save choices as a profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="180" />
        <source>(no profile)</source>
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
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1005" />
        <source>Still writing the previous file: try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1011" />
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1030" />
        <source>Import a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1031" />
        <source>Lists: Excel or CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1064" />
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1083" />
        <source>Select a person first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1069" />
        <source>Save needs card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1099" />
        <source>Save kitchen sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1121" />
        <source>Save hand-over sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1164" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1165" />
        <source>Replace the registry with this backup? Changes made since it was taken are lost (the registry as it is now is backed up first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="1181" />
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
        <location filename="../evac_toolkit/ui/views/registry.py" line="129" />
        <source>Registry</source>
        <extracomment>Language codes of the people present, most speakers first. Emitted after every change written to the registry. Emitted whenever the table and, when asked for, the dashboard show fresh results. A printout was written: its kind ("card", "kitchen", "handover") and the person, if one. A drill's registry: every printout carries the drill band.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="136" />
        <source>＋ Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="143" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="147" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="159" />
        <source>Search: name, reading or card ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="164" />
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="171" />
        <source>All needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="172" />
        <source>Interpreter needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="173" />
        <source>Diet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="173" />
        <source>Allergy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="174" />
        <source>Medical: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="186" />
        <source>Present only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="231" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="233" />
        <location filename="../evac_toolkit/ui/views/registry.py" line="420" />
        <source>Check out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="238" />
        <source>Status of the selected people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="250" />
        <source>Household:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="254" />
        <source>New household from selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="256" />
        <source>Add to household…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="258" />
        <source>Remove from household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="268" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="269" />
        <source>Import a list (Excel, CSV), export CSV, print needs cards and sheets, back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="276" />
        <source>Import a list (Excel, CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="374" />
        <source>No one is registered yet. Press “＋ Add person” to register someone, or File → Import a list (Excel, CSV)… to load a list from a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="277" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="281" />
        <source>Needs card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="282" />
        <source>Kitchen sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="283" />
        <source>Hand-over sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="286" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="287" />
        <source>Restore a backup…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="352" />
        <source>First %n shown: type more of a name to narrow the search</source>
        <translation>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
            <numerusform>First %n shown: type more of a name to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="354" />
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="372" />
        <source>No one matches the search and filters. Clear the search box or choose “All languages” and “All needs”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="420" />
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="433" />
        <source>not in a household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="443" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="485" />
        <source>Added: card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="503" />
        <source>Saved: card %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="540" />
        <source>Checked in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="540" />
        <source>Checked out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="541" />
        <source>Transferred: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="561" />
        <source>New household of %n person(s)</source>
        <translation>
            <numerusform>New household of %n person</numerusform>
            <numerusform>New household of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="573" />
        <source>Added to the household: %n person(s)</source>
        <translation>
            <numerusform>Added to the household: %n person</numerusform>
            <numerusform>Added to the household: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry.py" line="610" />
        <source>Removed from the household: %n person(s)</source>
        <translation>
            <numerusform>Removed from the household: %n person</numerusform>
            <numerusform>Removed from the household: %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry.py" line="618" />
        <source>Shelter settings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="922" />
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="924" />
        <source>The registry is replaced by the backup you choose. Changes made since are lost, but the registry as it is now is backed up first, so the restore can itself be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="928" />
        <source>backed up by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="928" />
        <source>periodic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="929" />
        <source>before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="930" />
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="936" />
        <source>before an update of the program</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="938" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="939" />
        <source>cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="947" />
        <source>There are no backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="951" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_io.py" line="953" />
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
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="176" />
        <source>No one found. Use “New person” to register them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="184" />
        <source>(no name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/fingerboard_save.py" line="186" />
        <source>Protected</source>
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
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="529" />
        <source>Shelter settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="531" />
        <source>Shelter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="540" />
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="543" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="544" />
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="545" />
        <source>Capacity (people):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="549" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_form.py" line="550" />
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
<context>
    <name>ValueChoices</name>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="67" />
        <source>Words in the file that the program does not know. Choose once what each means: it applies to every row with that word.</source>
        <extracomment>Combo data of a word nobody has given a value yet. Combo data of "leave the word out" (None would be the combo's "no data"). field, the word as the file writes it, the value (a code, True/False, None: leave out). Every word shown since the file was first read, so that a word given a value (no longer unknown) keeps its row and its choice can still be changed.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="71" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="72" />
        <source>Word in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="72" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="73" />
        <source>Registry value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="128" />
        <source>Choose a value…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../evac_toolkit/ui/views/registry_import_choices.py" line="131" />
        <source>(leave this word out)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>