"""How the core's error and problem codes read to people, in every interface language.

The core raises codes (``evac_toolkit.core.errors.UserError``, content and review-sheet problems);
this table words them once, in English, for the gettext catalogs (``evac_toolkit.core.i18n``) to
translate; the command line and the window word a code the same way.

A code whose sentence tells what to type (an option, a command) also carries a ``gui`` wording
that says what to do in the window instead: the caller chooses its audience, the command line with
:func:`message` and the window with :func:`gui_message`. Nothing the window shows may name a
command-line option or command, or a raw language code (tests/test_gui_messages.py).

A sentence about a number of things carries a plural pair and names the parameter that counts
(``count=``), so each language's catalog chooses its own plural form. A sentence with two counts
words each in a plural phrase of its own (``phrases=``), filled in before the sentence. The
counting parameters are ints: a count of another type is a programming error.

A parameter that names something in words (a language, a list of languages or values) is passed
once, as a ``core.i18n.Worded`` value, and worded in the language of the sentence it fills, so a
sentence takes the same placeholders in every language (never a name per language, such as
``language_en`` beside ``language_ja``).

Every code is listed here literally; codes are never assembled at run time, so the extraction
(tools/catalog_messages.py) and tests/test_catalogs.py see every message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from evac_toolkit.core.i18n import N_, Nn_, catalog, worded_params


class UnknownMessageError(KeyError):
    """A code no table entry words: a programming error, never shown to a user as a code."""


@dataclass(frozen=True)
class Message:
    #: The English sentence (a msgid), or a (singular, plural) pair when ``count`` is set.
    text: str | tuple[str, str]
    #: The window's own wording, when the command line's names something to type.
    gui: str | tuple[str, str] | None = None
    #: The parameter whose number chooses the plural form.
    count: str | None = None
    #: Counts worded as a plural phrase of their own, for a sentence with more than one count:
    #: parameter → (singular, plural), each phrase naming only that parameter.
    phrases: Mapping[str, tuple[str, str]] = field(default_factory=dict, hash=False)


#: code → its wording (English msgids, translated through the catalogs).
MESSAGES: dict[str, Message] = {
    "unknown_language": Message(
        N_("Unknown language code: {code}. Run 'evac-toolkit languages' to see the codes."),
        gui=N_("The language {code} is not in this program's language list. Choose a language "
               "from the list.")),
    "unknown_view": Message(N_("Unknown view: {name}. Choose one of: {choices}.")),
    "bad_screen_size": Message(
        N_("Screen size '{value}' is not valid: give width x height in pixels, e.g. 1024x600.")),
    "screenshot_does_not_fit": Message(
        N_("The {view} view does not fit a {size} screen: it needs {needed}. Nothing was written.")),
    "data_dir_unwritable": Message(
        N_("Cannot write to the data folder {path} ({reason}). Choose another with --data-dir."),
        gui=N_("Cannot write to the data folder {path} ({reason}). Choose another folder where "
               "you may save files, such as one in your Documents or on a USB stick.")),
    # A worker's failure that no code words (gui_problem).
    "action_failed": Message(
        N_("This could not be done ({detail}). Try again; if it happens again, note what you "
           "did and tell whoever looks after this program.")),
    "action_failed_file": Message(N_("This could not be done: {path}: {reason}.")),
    # Why a folder or file cannot be written or read (core.errors.os_reason), inside other
    # sentences: worded for both ("permission denied", not "writing not allowed").
    "os_denied": Message(N_("permission denied")),
    "os_read_only": Message(N_("the disk is read-only")),
    "os_not_a_folder": Message(N_("a file stands where a folder should be")),
    "os_no_space": Message(N_("the disk is full")),
    "os_missing": Message(N_("the drive or folder is not there")),
    "os_other": Message(N_("{reason}")),
    "output_unwritable": Message(
        N_("Cannot write the file {path} ({reason}). Nothing was written.")),
    "catalog_invalid": Message(N_("The language catalog {file} is damaged: {reason}")),
    "unknown_font": Message(N_("No font called {family} is configured (assets/fonts/fonts.toml).")),
    "font_missing": Message(
        N_("The font file for {family} is missing: {file}. Reinstall the program.")),
    "missing_glyphs": Message(
        N_("No installed font can draw {chars!r} (text: {text}). Add a font for this script.")),
    "cpu_sse42": Message(
        N_("This computer's processor is too old for the program: Qt 6 needs a CPU with SSE4.2 "
           "(most computers made after 2010). Use the printed boards and signs instead.")),
    "os_32bit": Message(
        N_("The program needs a 64-bit system (64-bit Windows 10 or later, or 64-bit Linux).")),
    "os_windows_old": Message(
        N_("The program needs Windows 10 or later (64-bit). This Windows is too old.")),
    "no_display": Message(
        N_("No screen is available (DISPLAY is not set). Start the program from the desktop, or "
           "use a command such as 'evac-toolkit screenshot' with QT_QPA_PLATFORM=offscreen."),
        gui=N_("No screen is available. Start the program from the desktop.")),
    "qt_missing": Message(
        N_("Qt (PySide6) could not be loaded. Reinstall the program with its README's first "
           "command."),
        gui=N_("Part of the program (Qt) could not be loaded: the installation is incomplete or "
               "damaged. Copy or unpack the program again, then start it again.")),
    "qt_system_libraries": Message(
        N_("The program cannot open its window: the system library {library} is missing. Qt "
           "needs a few X11 libraries that this Linux does not have yet. Install them (as "
           "administrator), then start the program again:\n  sudo apt-get install {packages}"),
        gui=N_("The program cannot open its window: the system library {library} is missing. "
               "Ask whoever looks after this computer to install these packages: {packages}")),
    # Content check findings (file, key, detail are filled in).
    "parse_error": Message(N_("cannot be read: {detail}")),
    "no_text_file": Message(N_("the language has no text file")),
    "missing_string": Message(N_("missing translation")),
    "extra_string": Message(N_("unknown ID (not in the definitions)")),
    "empty_string": Message(N_("empty translation")),
    "placeholder_mismatch": Message(N_("placeholders differ: {detail}")),
    "stray_brace": Message(N_("a { or } that is not a placeholder")),
    "missing_glyph": Message(N_("no font can draw {detail!r}")),
    "ruby_error": Message(N_("furigana markup: {detail}")),
    "too_long": Message(N_("too long for its box: {detail}")),
    "duplicate_id": Message(N_("the ID is defined twice")),
    "bad_status": Message(N_("unknown status {detail!r} (draft, reviewed, machine)")),
    # Glossary findings of content check (issue 19, glossary part: core/content/glossary.py).
    # {term} is a glossary term ID (shelter, reception …), {concept} its Japanese (避難所, 受付 …);
    # {expected} and {found} are words of the string's own language.
    "glossary_missing": Message(
        N_("glossary term {term} ({concept}): the approved wording “{expected}” is not used")),
    "glossary_other_word": Message(
        N_("glossary term {term} ({concept}): uses “{found}”, another word for it; the glossary "
           "says “{expected}”")),
    "glossary_error": Message(N_("the glossary cannot be read: {detail}")),
    # Number choices and Japanese counters in content (issue 19, plurals part:
    # core/slot_text.py). {detail} is a CLDR plural category (one, few, other …), a counter
    # (分, 歳 …), a slot name, or the slot as written ({number|one:…}); {categories} lists
    # categories, {example} is a number.
    "choice_syntax": Message(
        N_("number choices are written as “one:# year|other:# years” (CLDR categories or "
           "=N) or “counter:分” after the slot name and a bar: {detail}")),
    "choice_not_number": Message(N_("choices on the slot {detail}, which is not a number")),
    "plural_category_unknown": Message(
        N_("this language has no plural category “{detail}” (it has: {categories})")),
    "plural_other_missing": Message(N_("the number choices have no “other”: {detail}")),
    "plural_category_missing": Message(
        N_("the number choices have no “{detail}”, which this language uses for {example}")),
    "counter_unknown": Message(
        N_("unknown counter “{detail}” (the counters are listed in "
           "assets/languages/counters_ja.toml)")),
    "counter_fixed_reading": Message(
        N_("the reading of “{detail}” changes with the number (いっぷん, さんぷん): write the "
           "counter as a choice of the number slot")),
    "content_ok": Message(
        N_("Content check passed: {languages}, {strings}."),
        phrases={"languages": Nn_("{languages} language", "{languages} languages"),
                 "strings": Nn_("{strings} string", "{strings} strings")}),
    "content_problems": Message(Nn_("{count} problem found.", "{count} problems found."),
                                count="count"),
    # Review sheets (content export-review / import-review).
    "sheet_where": Message(N_("line {line}, column {column}")),
    "sheet_where_line": Message(N_("line {line}")),
    "review_unreadable": Message(N_("Cannot read the review sheet {path} ({reason}).")),
    "sheet_encoding": Message(
        N_('the file is neither UTF-8 nor Shift_JIS (CP932); save it as "CSV UTF-8"')),
    "sheet_csv_error": Message(N_("not a valid CSV file ({detail})")),
    "sheet_xlsx_damaged": Message(N_("the .xlsx file is damaged ({detail})")),
    "sheet_empty": Message(N_("the sheet is empty")),
    "sheet_bad_header": Message(
        N_("the first line is not the header written by 'content export-review' (7 columns "
           "starting with ID; found {detail})"),
        gui=N_("the first line is not the header of a review sheet this program saved (7 "
               "columns starting with ID; found {detail})")),
    "sheet_no_language": Message(
        N_("the translation column's header lost its language code, e.g. [vi]")),
    "sheet_column_count": Message(
        Nn_("this row has {detail} column, the sheet has 7; a comma or line break may have lost "
            "its quotes",
            "this row has {detail} columns, the sheet has 7; a comma or line break may have "
            "lost its quotes"), count="detail"),
    "sheet_formula": Message(
        N_("a formula or a cell starting with =, +, - or @ ({detail!r}); type the text only")),
    "sheet_empty_id": Message(N_("the ID cell is empty")),
    "sheet_unknown_id": Message(N_("unknown ID '{detail}'; IDs must stay as exported")),
    "sheet_duplicate_id": Message(N_("this ID already appears on line {detail}")),
    "sheet_empty_translation": Message(
        N_("the translation is empty; write it, or delete the row to leave the string as is")),
    "sheet_unknown_language": Message(N_("unknown language code '{detail}' in the header")),
    "sheet_language_mismatch": Message(N_("the sheet is for another language ({detail})")),
    "sheet_lost_characters": Message(
        N_('\'?\' appeared where the text had none: Excel\'s "CSV (comma delimited)" replaced '
           'letters Shift_JIS cannot hold; save as "CSV UTF-8" or .xlsx')),
    "reviewer_required": Message(
        N_("Give the reviewer's name (--reviewer NAME)."),
        gui=N_("Give the reviewer's name.")),
    "review_rejected": Message(
        Nn_("{count} problem in the sheet. Nothing was applied.",
            "{count} problems in the sheet. Nothing was applied."), count="count"),
    "review_summary": Message(
        # Translators: each {…} is one of the phrases below, e.g. "3 changed".
        N_("{language}: {changed}, {confirmed}, {noted}, {unchanged}."),
        phrases={"changed": Nn_("{changed} changed", "{changed} changed"),
                 "confirmed": Nn_("{confirmed} confirmed", "{confirmed} confirmed"),
                 "noted": Nn_("{noted} with a new note", "{noted} with a new note"),
                 "unchanged": Nn_("{unchanged} unchanged", "{unchanged} unchanged")}),
    "review_not_applied": Message(N_("Nothing was applied.")),
    "review_applied": Message(N_("Applied to {path}, marked as reviewed by {reviewer}.")),
    "replaces_review": Message(N_("replaces a reviewed translation ({who})")),
    "change_changed": Message(N_("changed")),
    "change_confirmed": Message(N_("confirmed")),
    "change_noted": Message(N_("note")),
    # Signs and notices.
    "unknown_sign": Message(
        N_("Unknown sign ID: {id}. 'evac-toolkit signs list' shows them."),
        gui=N_("There is no sign {id}. Choose a sign from the list.")),
    "unknown_notice": Message(
        N_("Unknown notice template: {id}. 'evac-toolkit notice list' shows them."),
        gui=N_("There is no notice template {id}. Choose a template from the list.")),
    "unknown_category": Message(N_("Unknown category {name}. Choose one of: {choices}.")),
    "no_signs_chosen": Message(
        N_("No sign chosen: give --signs, --category or --all."),
        gui=N_("No sign chosen. Tick the signs to print in the list.")),
    "too_many_languages": Message(
        Nn_("{count} language chosen; a sheet holds at most {max}, Japanese included. The QR "
            "code carries the others.",
            "{count} languages chosen; a sheet holds at most {max}, Japanese included. The QR "
            "code carries the others."), count="count"),
    "no_text_for_language": Message(
        N_("{id} has no text in {language} yet, so it cannot be printed in that language."),
        # Translators: the window's {sign} is the sign's text, {language_name} the language's
        # name; the command line's {id} and {language} are the ID and code it takes.
        gui=N_("“{sign}” has no text in {language_name} yet, so it cannot be printed in that "
               "language. Print it without {language_name}.")),
    "sheet_too_crowded": Message(
        # Translators: {languages} and {fit} are the phrases below, e.g. "5 languages".
        N_("{id}: {languages} do not fit on this paper at a size readable from a distance. "
           "Choose at most {fit}, A3 paper, or the other orientation. Nothing was written."),
        phrases={"languages": Nn_("{languages} language", "{languages} languages"),
                 "fit": Nn_("{fit} language", "{fit} languages")}),
    "slot_missing": Message(
        N_("The notice needs a value for {{{slot}}}: --set {slot}=..."),
        gui=N_("The notice needs a value for {{{slot}}}. Fill in its box.")),
    "slot_unknown": Message(N_("The notice has no slot {slot}; its slots are: {expected}.")),
    "slot_bad_value": Message(N_("{{{slot}}} = '{value}' is not valid; expected {expected}.")),
    "slot_too_long": Message(
        Nn_("{{{slot}}} is {length} character; at most {max} fit on the notice.",
            "{{{slot}}} is {length} characters; at most {max} fit on the notice."),
        count="length"),
    "bad_set_option": Message(
        N_("--set needs NAME=VALUE, got '{value}'."),
        gui=N_("A value for the notice cannot be read ('{value}'). Fill in each box of the "
               "notice.")),
    "printed": Message(Nn_("Wrote {path}: {pages} page.", "Wrote {path}: {pages} pages."),
                       count="pages"),
    # Files that travel between laptops (issue 20: core/sealed_file.py).
    "sealed_unreadable": Message(
        N_("{path} cannot be opened: it is damaged, was changed after it was written, or was "
           "made with another city's key ({reason}). Nothing was read from it.")),
    # Transfers between shelters (issue 20: core/transfer/, cli/transfer.py).
    "transfer_other_destination": Message(
        N_("{path} is addressed to shelter {to_shelter}, and this laptop is shelter {here}. "
           "Nobody was registered; give the file to {to_shelter}.")),
    "transfer_protected_unconfirmed": Message(
        Nn_("Card {cards} is marked do not disclose: it is transferred only when you confirm "
            "it with --include-protected. Nothing was written.",
            "Cards {cards} are marked do not disclose: they are transferred only when you "
            "confirm it with --include-protected. Nothing was written."),
        gui=Nn_("Card {cards} is marked do not disclose: tick the box to include protected "
                "people to transfer them. Nothing was written.",
                "Cards {cards} are marked do not disclose: tick the box to include protected "
                "people to transfer them. Nothing was written."),
        count="count"),
    "transfer_not_written": Message(
        N_("{path} could not be written ({reason}). Nobody was marked as transferred.")),
    "transfer_household_added": Message(
        Nn_("Added to keep the household together: card {cards}.",
            "Added to keep households together: cards {cards}."), count="count"),
    "transfer_written": Message(
        Nn_("Wrote {path}: {count} person, marked as transferred to {shelter}.",
            "Wrote {path}: {count} people, marked as transferred to {shelter}."),
        count="count"),
    "transfer_received_added": Message(
        Nn_("From {shelter}: {count} person registered.",
            "From {shelter}: {count} people registered."), count="count"),
    "transfer_received_unchanged": Message(
        Nn_("{count} person was already registered here, unchanged.",
            "{count} people were already registered here, unchanged."), count="count"),
    "transfer_received_updated": Message(
        Nn_("{count} person was updated from the file.",
            "{count} people were updated from the file."), count="count"),
    "transfer_received_returned": Message(
        Nn_("{count} person who had left was checked in again.",
            "{count} people who had left were checked in again."), count="count"),
    "transfer_new_card": Message(
        N_("Card {old} is already used here: the person from the file has the new card "
           "{new}. Give them a new card.")),
    "transfer_kept_newer": Message(
        N_("Card {card} was changed here after the file was made; this laptop's record is "
           "kept. Different: {fields}.")),
    # QR codes with every language (issue 19): one line after printing, never one per page.
    "qr_summary_complete": Message(
        Nn_("The QR code holds all {total} languages.",
            "The QR codes on all {pages} pages hold all {total} languages."), count="pages"),
    "qr_summary_short": Message(
        Nn_("{count} of {pages} pages has a QR code with fewer than {total} languages; the "
            "fewest, {fewest}, on {id}.",
            "{count} of {pages} pages have a QR code with fewer than {total} languages; the "
            "fewest, {fewest}, on {id}."), count="count"),
    "qr_summary_one_short": Message(
        N_("The QR code holds {inside} of {total} languages, those not printed first.")),
    # Registry.
    "registry_damaged": Message(
        N_("The registry {path} is damaged ({reason}). Nothing was changed. Restore the newest "
           "backup with 'evac-toolkit registry restore FILE' (see 'registry backups')."),
        gui=N_("The registry {path} is damaged ({reason}). Nothing was changed. Restore the "
               "newest verified backup from the list.")),
    "registry_too_new": Message(
        N_("The registry {path} was written by a newer version (schema {version}; this one "
           "knows {supported}). Update the program; the file was not changed.")),
    "registry_unknown_field": Message(
        Nn_("Unknown field: {fields}.", "Unknown fields: {fields}."), count="count"),
    "registry_bad_value": Message(N_("{field}: the value {value} cannot be stored.")),
    "registry_unknown_code": Message(
        Nn_("{field}: unknown code {codes}.", "{field}: unknown codes {codes}."),
        gui=Nn_("{field}: unknown value {codes}.", "{field}: unknown values {codes}."),
        count="count"),
    "registry_repeated_code": Message(N_("{field}: a code is listed twice.")),
    "registry_too_long": Message(
        Nn_("{field}: {length} character, at most {max}.",
            "{field}: {length} characters, at most {max}."), count="length"),
    "registry_empty_record": Message(
        N_("No name, reading or language was given: enter at least one of them, so that this "
           "person can be found again.")),
    "registry_bad_pain": Message(
        N_("{field}: a pain level is a whole number from 0 to 10, not {value}.")),
    "registry_not_found": Message(N_("No one with the ID {id} is in the registry.")),
    "backup_failed": Message(N_("The backup {path} failed its check ({reason}) and was not kept.")),
    "backup_damaged": Message(N_("The backup {path} is damaged ({reason}); nothing was restored.")),
    "registry_added": Message(N_("Registered. Card ID: {card}")),
    "registry_count": Message(Nn_("{count} person.", "{count} people."), count="count"),
    "registry_empty": Message(N_("No registry yet at {path}.")),
    "registry_ok": Message(N_("The registry {path} is intact.")),
    "import_rejected": Message(
        Nn_("{count} problem in the file. Nobody was imported.",
            "{count} problems in the file. Nobody was imported."), count="count"),
    "import_duplicate": Message(N_("line {line}: {reason}; skipped.")),
    "import_summary": Message(
        # Translators: {new} and {duplicates} are the phrases below, e.g. "12 new".
        N_("{new}, {duplicates} ({encoding})."),
        phrases={"new": Nn_("{new} new", "{new} new"),
                 "duplicates": Nn_("{duplicates} already registered",
                                   "{duplicates} already registered")}),
    "import_possible": Message(
        N_("line {line}: {reason}; imported — check whether it is one person.")),
    "import_passed_over": Message(
        Nn_("Not people, passed over: line {lines} (titles above the header, a totals line).",
            "Not people, passed over: lines {lines} (titles above the header, a totals line)."),
        count="count"),
    "import_possible_summary": Message(
        Nn_("{count} of the new may already be registered: check them in the list.",
            "{count} of the new may already be registered: check them in the list."),
        count="count"),
    "import_done": Message(
        Nn_("Imported {count} person. Backup before import: {backup}",
            "Imported {count} people. Backup before import: {backup}"), count="count"),
    "export_done": Message(Nn_("Wrote {path}: {count} person.", "Wrote {path}: {count} people."),
                           count="count"),
    "backup_done": Message(N_("Backup written and verified: {path}")),
    "restore_done": Message(
        N_("Restored from {path}. The registry as it was is kept in {safety}.")),
    "output_exists": Message(N_("{path} already exists; nothing was written.")),
    "close_confirm": Message(
        Nn_("This writes {people} person to the archive {archive}, then deletes the live "
            "registry's data and its backups from this computer. Run again with --yes.",
            "This writes {people} people to the archive {archive}, then deletes the live "
            "registry's data and its backups from this computer. Run again with --yes."),
        gui=Nn_("This writes {people} person to the archive {archive}, then deletes the live "
                "registry's data and its backups from this computer. Go on only when the "
                "shelter closes.",
                "This writes {people} people to the archive {archive}, then deletes the live "
                "registry's data and its backups from this computer. Go on only when the "
                "shelter closes."),
        count="people"),
    "close_done": Message(
        # Translators: {people} and {backups} are the phrases below, e.g. "3 backups".
        N_("Archive {archive} written and verified ({people}); live data wiped, {backups} "
           "removed. Hand the archive to the municipality."),
        phrases={"people": Nn_("{people} person", "{people} people"),
                 "backups": Nn_("{backups} backup", "{backups} backups")}),
    # Registry: writers that wait, one window per data folder, no restore or close under
    # another process, interrupted restores and closes (issue 17, concurrent writers part).
    "registry_busy": Message(
        Nn_("The registry {path} was still being written by another window or command after "
            "{seconds} second; nothing was saved. Try again in a moment.",
            "The registry {path} was still being written by another window or command after "
            "{seconds} seconds; nothing was saved. Try again in a moment."), count="seconds"),
    "registry_busy_now": Message(
        N_("Another window or command is writing the registry right now (an import takes a few "
           "seconds): nothing was saved. Try again in a moment.")),
    "registry_in_use": Message(
        N_("The registry {path} is open in another window or command: close it first, then try "
           "again. Nothing was changed.")),
    "registry_held": Message(
        N_("The registry {path} is being restored or closed by another window or command. Try "
           "again when it has finished; nothing was changed.")),
    "program_already_open": Message(
        N_("The program is already open with the data folder {path}. Use the window that is "
           "open (it may be behind other windows or minimised).")),
    "registry_version_unknown": Message(
        N_("The registry {path} records schema version {version}, which no version of this "
           "program writes; it was not opened and not changed. Restore a backup.")),
    "close_resumed": Message(
        # Translators: {people} and {backups} are the phrases below, e.g. "3 backups".
        N_("Closing the shelter had been interrupted; it is now finished: the archive {archive} "
           "({people}) is kept, the live data wiped, {backups} removed."),
        phrases={"people": Nn_("{people} person", "{people} people"),
                 "backups": Nn_("{backups} backup", "{backups} backups")}),
    "close_interrupted": Message(
        N_("Closing the shelter had been interrupted before the archive {archive} was complete; "
           "nothing was deleted. Run 'evac-toolkit registry close-shelter --yes' again."),
        gui=N_("Closing the shelter had been interrupted before the archive {archive} was "
               "complete; nothing was deleted. Close the shelter again when you are ready.")),
    "restore_interrupted": Message(
        N_("A restore of the registry {path} had been interrupted; the registry is as it was "
           "before it. Restore again if you still want to.")),
    # Registry CSV import and export.
    # {people} lists card, name (never of a do-not-disclose person), columns and characters.
    "export_unencodable": Message(
        Nn_("{encoding} cannot hold some text of {count} person, so nothing was "
            "written:\n{people}\nExport in UTF-8 (it holds every script), or export again with "
            '--replace-unencodable to write "?" in place of each such character.',
            "{encoding} cannot hold some text of {count} people, so nothing was "
            "written:\n{people}\nExport in UTF-8 (it holds every script), or export again with "
            '--replace-unencodable to write "?" in place of each such character.'),
        gui=Nn_("{encoding} cannot hold some text of {count} person, so nothing was "
                'written:\n{people}\nSave in UTF-8 instead (it holds every script), or write '
                '"?" in place of each such character.',
                "{encoding} cannot hold some text of {count} people, so nothing was "
                'written:\n{people}\nSave in UTF-8 instead (it holds every script), or write '
                '"?" in place of each such character.'),
        count="count"),
    "export_unencodable_more": Message(
        Nn_("{encoding} cannot hold some text of {count} person, so nothing was "
            "written:\n{people}\n… and {more} more.\nExport in UTF-8 (it holds every script), "
            'or export again with --replace-unencodable to write "?" in place of each such '
            "character.",
            "{encoding} cannot hold some text of {count} people, so nothing was "
            "written:\n{people}\n… and {more} more.\nExport in UTF-8 (it holds every script), "
            'or export again with --replace-unencodable to write "?" in place of each such '
            "character."),
        gui=Nn_("{encoding} cannot hold some text of {count} person, so nothing was "
                "written:\n{people}\n… and {more} more.\nSave in UTF-8 instead (it holds every "
                'script), or write "?" in place of each such character.',
                "{encoding} cannot hold some text of {count} people, so nothing was "
                "written:\n{people}\n… and {more} more.\nSave in UTF-8 instead (it holds every "
                'script), or write "?" in place of each such character.'),
        count="count"),
    "export_replaced": Message(
        # Translators: {cells} and {people} are the phrases below, e.g. "3 cells", "2 people".
        N_('{cells} of {people} held characters {encoding} cannot; each such character is '
           'written as "?".'),
        phrases={"cells": Nn_("{cells} cell", "{cells} cells"),
                 "people": Nn_("{people} person", "{people} people")}),
    "import_unreadable": Message(N_("Cannot read {path} ({reason}).")),
    "import_failed": Message(
        N_("The import failed ({reason}); nobody was imported. Backup taken before: {backup}")),
    "import_encoding": Message(
        N_('the file is not valid text (it looks like damaged {encoding}); save it as "CSV UTF-8"')),
    # A file that is no list (registry.sheet_files names it by its first bytes). {format} is a
    # proper name, the same in both languages.
    "import_file_image": Message(
        N_("this is an image ({format}), not a list. Choose the list itself: an Excel workbook "
           "(.xlsx) or a CSV file")),
    "import_file_pdf": Message(
        N_("this is a PDF document: a list cannot be read from a PDF. Open the list's own file "
           "in Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8")),
    "import_file_convert": Message(
        N_("this is a file in the {format} format, which this program cannot read. Open it in "
           "Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8")),
    "import_file_encrypted": Message(
        N_("this workbook is protected with a password, so it cannot be read. Open it in Excel "
           "with its password, save a copy without a password and import the copy")),
    "import_file_document": Message(
        N_("this is a document ({format}), not a list. If the list is a table in it, copy the "
           "table into Excel and save it as an Excel workbook (.xlsx) or as CSV UTF-8")),
    "import_file_archive": Message(
        N_("this is a compressed archive ({format}). Extract it first, then import the list "
           "file that was inside")),
    "import_file_database": Message(
        N_("this is a database file (perhaps this program's registry or a backup of it), not a "
           "list. To bring a backup back, use 'evac-toolkit registry restore FILE'"),
        gui=N_("this is a database file (perhaps this program's registry or a backup of it), "
               "not a list. To bring a backup back, use “Restore a backup” in the File menu")),
    "import_file_utf32": Message(
        N_("this is text in UTF-32, which this program does not read. Save it as CSV UTF-8 (or "
           "open it in Excel and save it as an Excel workbook, .xlsx)")),
    "import_file_binary": Message(
        N_("this is not a list: the file is neither text nor an Excel workbook (.xlsx). Choose "
           "the list itself, saved as an Excel workbook or as CSV")),
    "import_xlsx_damaged": Message(
        N_("the workbook cannot be read ({detail}): it may be damaged or not completely copied. "
           "Copy it again, or open it in Excel and save it again")),
    "import_no_sheet": Message(
        N_("the workbook has no sheet called '{sheet}'; its sheets: {sheets}")),
    # How the file read is named in the import summary ("12 new ... ({encoding})").
    "import_format_xlsx": Message(N_("Excel workbook, sheet '{sheet}'")),
    "import_format_utf16": Message(N_("Unicode text (UTF-16)")),
    "import_format_utf8_bom": Message(N_("UTF-8 with BOM")),
    "import_sheet_chosen": Message(
        # Translators: {count} is the number of sheets in the workbook.
        Nn_("Read the sheet '{sheet}' (the workbook has {count}: {sheets}). Read another with "
            "--sheet NAME.",
            "Read the sheet '{sheet}' (the workbook has {count}: {sheets}). Read another with "
            "--sheet NAME."),
        gui=Nn_("Read the sheet '{sheet}' (the workbook has {count}). Choose another sheet "
                "above.",
                "Read the sheet '{sheet}' (the workbook has {count}). Choose another sheet "
                "above."),
        count="count"),
    "import_nul": Message(N_("a NUL byte: this is not a text file")),
    "import_unterminated_quote": Message(N_('a quote (") is opened and never closed')),
    "import_csv_syntax": Message(N_("not valid CSV ({detail})")),
    "import_field_too_long": Message(
        Nn_("{header}: {length} character, at most {max}",
            "{header}: {length} characters, at most {max}"), count="length"),
    "import_empty": Message(N_("the file is empty")),
    "import_unknown_column": Message(N_("unknown column '{header}'")),
    "import_repeated_column": Message(N_("'{header}' is a second {field} column")),
    "import_value_without_header": Message(N_("a value in a column without a title")),
    "import_column_count": Message(
        Nn_("{found} column, the header has {expected}",
            "{found} columns, the header has {expected}"), count="found"),
    "import_bad_pain": Message(N_("{header}: '{value}' is not a pain level from 0 to 10")),
    # Issue 16, import vocabulary: every unknown value lists what is accepted.
    "import_unknown_value": Message(
        N_("{header}: unknown value '{value}'. Accepted: {accepted} (or the codes {codes})"),
        gui=N_("{header}: unknown value '{value}'. Accepted: {accepted}")),
    "import_bad_flag": Message(
        N_("{header}: '{value}' is not yes or no. Yes: {yes}; no: {no} (or empty)")),
    "import_language_not_listed": Message(
        N_("{header}: {value} ({language}) is not in the program's language list. Languages "
           "in the list: {accepted}")),
    "import_language_not_listed_nearest": Message(
        N_("{header}: {value} ({language}) is not in the program's language list. Nearest "
           "there: {nearest}")),
    "import_choice_yes": Message(N_("Yes")),
    "import_choice_no": Message(N_("No")),
    "import_choice_unknown": Message(
        N_("{field}: '{value}' is not a value of this field. Accepted: {accepted} (or the "
           "codes {codes})"),
        gui=N_("{field}: '{value}' is not a value of this field. Accepted: {accepted}")),
    "import_choice_no_values": Message(N_("{field} is free text: its values need no choosing.")),
    "import_profile_bad_name": Message(
        N_("'{name}' cannot be an import profile's name: use letters, digits, spaces, - or _ "
           "(at most 40, no dot or slash).")),
    "import_profile_damaged": Message(
        N_("The import profile {path} cannot be used ({reason}). Delete it or save the profile "
           "again.")),
    "import_profile_saved": Message(N_("Saved the import profile '{name}': {path}")),
    "import_profile_used": Message(N_("Using the import profile '{name}'.")),
    "import_profiles_none": Message(
        N_("No import profiles yet (registry import --profile NAME saves one)."),
        gui=N_("No import profiles yet.")),
    "import_profile_line": Message(
        # Translators: {columns} and {values} are the phrases below, e.g. "3 columns".
        N_("{name}: {columns}, {values}"),
        phrases={"columns": Nn_("{columns} column", "{columns} columns"),
                 "values": Nn_("{values} value", "{values} values")}),
    "import_map_syntax": Message(
        N_("--map '{option}': write it as 'TITLE=FIELD' (or 'TITLE=' to leave the column out)."),
        gui=N_("'{option}': choose the column's field in the list of columns.")),
    "import_value_syntax": Message(
        N_("--value '{option}': write it as 'FIELD:WORD=VALUE' (or 'FIELD:WORD=' to leave the "
           "word out)."),
        gui=N_("'{option}': choose the word's value in the list of values.")),
    "import_no_such_field": Message(N_("'{name}' is no registry field. Fields: {fields}")),
    "import_choices_hint": Message(
        N_("Map what is still unknown once: --map 'TITLE=FIELD' for a column, --value "
           "'FIELD:WORD=VALUE' for a word (every row with it); add --profile NAME to remember "
           "them for the next list."),
        gui=N_("Choose once what is still unknown: a field for each column, a value for each "
               "word; save the choices as an import profile for the next list.")),
    "import_vocabulary_invalid": Message(N_("The import word list {file} is damaged: {reason}")),
    "import_bad_id": Message(N_("{header}: '{value}' is not an ID this program wrote")),
    "import_bad_time": Message(
        N_("{header}: '{value}' is not a date and time this program reads. Dates: {dates}; "
           "times, after the date: {times}")),
    "import_bad_time_of_day": Message(
        N_("{header}: '{value}' is not a time this program reads: write it as {times}")),
    "import_time_without_date": Message(N_("{header}: the time '{value}' has no date beside it")),
    "import_duplicate_existing": Message(N_("already registered as card {card_id}")),
    "import_duplicate_deleted": Message(N_("this person was deleted (card {card_id})")),
    "import_duplicate_in_file": Message(N_("same person as line {first_line}")),
    "import_possible_duplicate": Message(N_("maybe the same person as card {card_id}")),
    "import_possible_duplicate_in_file": Message(N_("maybe the same person as line {first_line}")),
    "import_duplicate_because": Message(N_("{what} ({why})")),
    "duplicate_same_id": Message(N_("same ID")),
    "duplicate_same_name": Message(N_("same name and reading, same first language")),
    "duplicate_same_reading": Message(N_("same reading, both speak {language}")),
    "card_too_full": Message(
        N_("Card {card}: too many needs for a {size} card at a readable size. Print it on A6 "
           "(--size A6) or give the kitchen the full list."),
        gui=N_("Card {card}: too many needs for a {size} card at a readable size. Print it on "
               "A6 paper or give the kitchen the full list.")),
    # Plain status lines.
    "wrote": Message(N_("Wrote {path}")),
    "fonts_preparing": Message(N_("Preparing print fonts ({done}/{total}): {name}")),
    "fonts_ready": Message(N_("Print fonts are ready.")),
    "fonts_preparing_once": Message(
        N_("Preparing the print fonts (only once on this computer; this can take a few minutes):")),
    "fonts_prepared": Message(N_("done")),
    "fonts_cache_unwritable": Message(
        N_("The print fonts cannot be prepared: the cache folder {path} is not writable "
           "({reason}). Free some disk space or make the folder writable, then try again.")),
    # Drill scenarios.
    "drill_scenario_invalid": Message(N_("The drill scenario {file} cannot be used: {problem}")),
    "drill_scenario_builtin_id": Message(
        N_("The ID {id} belongs to a built-in drill scenario, so {file} cannot use it. Give the "
           "trainer's scenario another ID (and file name).")),
    # Machine translation and translation packs.
    "pack_source_missing": Message(
        N_("Nothing found at {path}. Check where the pack file or the USB stick is.")),
    "pack_none_in_folder": Message(
        N_("There is no translation pack (.argosmodel file) in {path}.")),
    "pack_unreadable": Message(
        N_("Cannot read {file} ({reason}). Check that the USB stick is plugged in, then try "
           "again.")),
    "pack_damaged": Message(
        N_("{file} is damaged or was not copied completely ({reason}). Nothing was installed. "
           "Copy it again from the original, then install it again.")),
    "pack_unsafe": Message(
        N_("{file} contains a file name that could write outside the packs folder ({member}: "
           "{reason}). For safety it was not installed. Use packs from a trusted source only.")),
    "pack_layout": Message(
        N_("{file} is not an Argos Translate language pack ({reason}). Nothing was installed.")),
    "pack_metadata": Message(
        N_("{file}: the pack's description (metadata.json) is wrong: {reason}. Nothing was "
           "installed.")),
    "pack_too_large": Message(
        N_("{file} would take more than {limit} once unpacked. Real translation packs are much "
           "smaller, so it was not installed.")),
    "pack_no_space": Message(
        N_("Not enough free disk space for {file}: it needs {needed}, plus {margin} kept free "
           "for the program's own files; {free} is free. Free some space, then try again.")),
    "pack_write_failed": Message(
        N_("Could not write the pack into {path} ({reason}). Nothing was changed.")),
    "pack_unusable": Message(
        N_("{name}: the translation model cannot be loaded ({reason}). Install the pack again.")),
    "pack_not_installed": Message(
        N_("No pack for {from_code} → {to_code} is installed. 'evac-toolkit packs list' shows "
           "the installed packs."),
        gui=N_("That pack is not installed (any more). The list shows the packs that are.")),
    "pack_file_missing": Message(N_("{name}: the file {path} is missing. Install the pack again.")),
    "pack_file_changed": Message(
        N_("{name}: the file {path} has changed since it was installed (damaged). Install the "
           "pack again.")),
    "pack_unrecorded": Message(
        N_("{name}: this pack was copied in by hand, so its files cannot be checked. Install it "
           "with 'evac-toolkit packs install' to make it checkable."),
        gui=N_("{name}: this pack was copied in by hand, so its files cannot be checked. "
               "Install it again with “Install from a file…” to make it checkable.")),
    # Packs checked against what they claim, and hostile archives (issue 17, item 8).
    "pack_language_unknown": Message(
        N_("{file} is for a language this program does not list ({language}), so it was not "
           "installed.")),
    "pack_wrong_language": Message(
        N_("{file} says it translates {source} → {target}, but its translation is not written "
           "in {target} (it gave “{output}”). The pack is mislabelled, so it was not "
           "installed.")),
    "pack_exists": Message(
        N_("A pack for {from_code} → {to_code} is installed already (version {installed}); "
           "{file} is version {version}. To replace it, install again with --replace."),
        gui=N_("{file}: the pack {source} → {target} is installed already (version {installed}) "
               "and was kept.")),
    "pack_folder_taken": Message(
        N_("{file} would replace the folder {folder}, which holds another pair's pack "
           "({other}). Nothing was installed. Remove that pack first.")),
    "pack_too_many_files": Message(
        Nn_("{file} holds {count:,} file; a translation pack holds a few dozen at most (the "
            "limit is {limit:,}). It was not installed.",
            "{file} holds {count:,} files; a translation pack holds a few dozen at most (the "
            "limit is {limit:,}). It was not installed."), count="count"),
    "pack_too_deep": Message(
        Nn_("{file} is nested {depth:,} level deep ({member}); a translation pack has a few "
            "levels at most (the limit is {limit}). For safety it was not installed.",
            "{file} is nested {depth:,} levels deep ({member}); a translation pack has a few "
            "levels at most (the limit is {limit}). For safety it was not installed."),
        count="depth"),
    # Many-to-many translation models (M2M-100, NLLB-200): one model folder for every pair.
    "model_damaged": Message(
        N_("The translation model {name} is damaged or was not copied completely ({reason}). "
           "Copy the model folder again from the original, then install it again: "
           "evac-toolkit packs install FOLDER"),
        gui=N_("The translation model {name} is damaged or was not copied completely "
               "({reason}). Copy the model folder again from the original, then install it "
               "again in Settings → Language packs.")),
    # Why (inside model_damaged's {reason}).
    "model_reason_missing": Message(N_("the file {file} is missing")),
    "model_reason_unreadable": Message(N_("the file {file} cannot be read: {reason}")),
    "model_reason_malformed": Message(N_("the file {file} is not in the expected format")),
    "model_reason_truncated": Message(N_("the file {file} ends too early")),
    "model_reason_not_ctranslate2": Message(N_("the file {file} is not a CTranslate2 model")),
    "model_reason_vocabulary_size": Message(
        N_("the vocabulary {file} has {tokens:,} tokens but the model expects {expected:,}")),
    "model_reason_not_a_folder": Message(N_("it is not a folder")),
    "model_not_many_to_many": Message(
        N_("{name} is not a many-to-many translation model (M2M-100 or NLLB-200): its "
           "vocabulary has none of their language tokens, so it cannot be told which language "
           "to write.")),
    "model_no_languages": Message(
        N_("{name} ({family}) knows at most one of this program's languages, so it cannot "
           "translate between them.")),
    "model_lacks_language": Message(
        N_("The translation model {name} does not cover {language}.")),
    "mt_offline": Message(
        N_("This program never downloads anything ({what} was stopped). Install translation "
           "packs from a file or a USB stick: evac-toolkit packs install FILE_OR_FOLDER"),
        gui=N_("This program never downloads anything ({what} was stopped). Install translation "
               "packs from a file or a USB stick in Settings → Language packs.")),
    "mt_no_model": Message(
        N_("There is no machine translation for {language}. Use the prepared phrases, signs and "
           "pointing boards.")),
    "mt_packs_missing": Message(
        N_("Machine translation needs these packs: {packs}, or a many-to-many model (such as "
           "M2M-100) with both languages. Install them from a file or a USB stick: "
           "evac-toolkit packs install FILE_OR_FOLDER"),
        gui=N_("Machine translation needs these packs: {pack_names}, or a many-to-many model "
               "(such as M2M-100) with both languages. Install them from a file or a USB stick "
               "in Settings → Language packs.")),
    "translate_empty": Message(N_("There is no text to translate.")),
    "translate_same_language": Message(
        N_("The text and the translation would both be {language}. Choose another language.")),
    # Where a translation comes from, and its warnings.
    # A prepared (curated) string is a draft until a named reviewer approves it: every installed
    # translation was drafted by the project, most with AI assistance.
    "provenance_draft": Message(N_("Prepared translation, not yet reviewed — {key}")),
    "provenance_reviewed": Message(N_("Reviewed by {reviewer}, {date} — {key}")),
    "provenance_stored_machine": Message(
        N_("Prepared machine translation, not yet checked by anyone — {key}")),
    "provenance_source": Message(N_("The prepared phrase's own Japanese — {key}")),
    # {engine}: "Argos" (a pack made for the pair) or a many-to-many model's name, "M2M-100 418M".
    "provenance_machine_direct": Message(
        N_("Machine translation, direct ({engine}) — it may be wrong. Check important things "
           "with an interpreter or the pointing boards.")),
    "provenance_machine_pivot": Message(
        N_("Machine translation via English (Argos: {route}) — mistakes are more likely. Check "
           "important things with an interpreter or the pointing boards.")),
    "provenance_unavailable": Message(N_("Cannot translate.")),
    "mt_empty": Message(N_("The machine translation came out empty.")),
    "mt_identical": Message(
        N_("The translation is the same as the original: it may not have been translated.")),
    "mt_length_ratio": Message(
        N_("The translation is much longer or shorter than the original: part of it may be "
           "missing or made up.")),
    "mt_repeated": Message(
        N_("The translation repeats the same words over and over: it is probably broken.")),
    "mt_wrong_script": Message(
        N_("Most of the translation is not written in the script of the language asked for: "
           "it is probably another language. Do not hand it out.")),
    "curated_machine": Message(
        N_("This prepared translation was made by machine and nobody has checked it yet.")),
    # Translation pack status lines.
    "pack_installed": Message(
        N_("Installed {from_code} → {to_code} ({from_name} → {to_name}, version {version})."),
        gui=N_("Installed the pack {from_name} → {to_name} (version {version}).")),
    "pack_replaced": Message(N_("  It replaces version {version}.")),
    "packs_install_summary": Message(
        # Translators: {installed} and {failed} are the phrases below.
        N_("{installed}, {failed}."),
        phrases={"installed": Nn_("{installed} pack installed", "{installed} packs installed"),
                 "failed": Nn_("{failed} not installed", "{failed} not installed")}),
    "pack_removed": Message(
        N_("Removed the pack {from_code} → {to_code} ({name})."),
        gui=N_("Removed the pack {from_name} → {to_name}.")),
    "packs_none": Message(
        N_("No translation packs are installed. Install them from a file or a USB stick: "
           "evac-toolkit packs install FILE_OR_FOLDER"),
        gui=N_("No translation packs are installed. Install them from a file or a USB stick "
               "with the buttons below.")),
    "pack_ok": Message(N_("{name}: OK")),
    "packs_verify_ok": Message(Nn_("The {count} pack is fine.", "All {count} packs are fine."),
                               count="count"),
    "packs_verify_problems": Message(Nn_("{count} problem found.", "{count} problems found."),
                                     count="count"),
    # many-to-many install (issue 22): models such as M2M-100 and NLLB-200 from a folder or a
    # zip (core/translation/model_install.py, pack_sources.py). The archive and disk problems
    # reuse the pack_* codes above.
    "install_nothing_in_folder": Message(
        N_("There is no translation pack (.argosmodel file) and no many-to-many model folder "
           "in {path}.")),
    "model_layout": Message(
        N_("{file} is not a many-to-many translation model: it has no {missing}. Nothing was "
           "installed.")),
    "model_too_large": Message(
        N_("{file} would take more than {limit}. Even the largest many-to-many models are "
           "smaller, so it was not installed.")),
    "model_wrong_language": Message(
        N_("{file} claims to translate into {target}, but its translation of the {source} "
           "sample is not written in {target} (it gave “{output}”). The model is mislabelled, "
           "so it was not installed.")),
    "model_licence_unknown": Message(
        N_("{file} does not say under which licence it may be used (its family usually uses "
           "{licence}). Check its source; to install it anyway, run the install again with "
           "--accept-licence."),
        gui=N_("{file} does not say under which licence it may be used (its family usually "
               "uses {licence}). It was not installed because the licence was not accepted.")),
    "model_licence_non_commercial": Message(
        N_("{file} is licensed {licence}, which forbids commercial use. If your use is not "
           "commercial, run the install again with --accept-licence."),
        gui=N_("{file} is licensed {licence}, which forbids commercial use. It was not "
               "installed because the licence was not accepted.")),
    "model_exists": Message(
        N_("The model {name} is installed already and was kept. To replace it, install again "
           "with --replace."),
        gui=N_("{file}: this model is installed already and was kept.")),
    "model_not_installed": Message(
        N_("No many-to-many model called {name} is installed. 'evac-toolkit packs list' shows "
           "the installed ones."),
        gui=N_("That model is not installed (any more). The list shows the models that are.")),
    "model_installed": Message(
        N_("Installed the many-to-many model {name} (folder {folder})."),
        gui=N_("Installed the many-to-many model {name}.")),
    "model_replaced": Message(N_("  It replaces the copy installed before.")),
    "model_removed": Message(
        N_("Removed the many-to-many model {name}."),
        gui=N_("Removed the model {name}.")),
    "model_licence_stated": Message(N_("Licence: {licence} (as its {where} says).")),
    "model_licence_guessed": Message(
        N_("Licence: not stated in the folder; {family} models are published under "
           "{licence}.")),
    "model_licence_none": Message(N_("Licence: not stated in the folder.")),
    "model_licence_unclassified": Message(
        N_("Licence: in its {where}, of a kind this program does not recognise. Read it "
           "before accepting it.")),
    "model_non_commercial": Message(N_("This licence allows non-commercial use only.")),
    "model_languages": Message(N_("Translates between: {languages}.")),
    "model_converted": Message(
        N_("Into {languages} by converting what it writes in {source} (Open Chinese Convert's "
           "tables): labelled so on every translation.")),
    "model_source_only": Message(
        N_("Only from, not into: {languages} (the model writes them in another script).")),
    "model_lacks": Message(N_("Not covered: {languages}.")),
    # Drills: sessions, the command line, and the after-action report's suggestions. A
    # suggestion's {fields} is already worded and joined by the caller (drills/report_pdf.py).
    "drill_unknown": Message(
        N_("There is no drill {drill} on this computer. 'evac-toolkit drill list' shows the "
           "drill IDs."),
        gui=N_("There is no drill {drill} on this computer. Choose one from the earlier drills.")),
    "drill_no_scenarios": Message(N_("Choose at least one scenario to start a drill.")),
    "drill_unknown_scenario": Message(
        N_("There is no scenario {scenario}, or it is not part of this drill. Check the ID "
           "('evac-toolkit drill scenarios' lists them)."),
        gui=N_("There is no scenario {scenario}, or it is not part of this drill. Choose the "
               "scenarios from the list.")),
    "drill_already_ended": Message(N_("The drill {drill} has already ended. Start a new drill.")),
    "drill_none": Message(N_("No drill has been run on this computer yet.")),
    "drill_arrived": Message(
        N_("{alias} ({scenario}) arrived {minutes} min after the start: recorded.")),
    "drill_end_done": Message(
        N_("The drill {drill} has ended ({minutes} min). Its report: evac-toolkit drill report "
           "--drill {drill} --out report.pdf"),
        gui=N_("The drill {drill} has ended ({minutes} min). Save its report with “Save report "
               "(PDF)…”.")),
    "drill_suggest_signs": Message(
        N_("No sign was printed in {language}. In Signs, choose {language} and print the "
           "reception, toilet and meal signs, then put them up.")),
    "drill_suggest_not_registered": Message(
        N_("{alias} ({language}) was never registered. Register the name and language first, "
           "even before you can ask everything; add the rest later.")),
    "drill_suggest_language_board": Message(
        N_("{alias}'s language ({language}) was never identified. Show the language check "
           "board first and let the person point at their own language.")),
    "drill_suggest_identify_faster": Message(
        N_("It took {minutes} min to find {alias}'s language ({language}). Show the language "
           "check board as soon as someone arrives (aim for under 3 min).")),
    "drill_suggest_register_faster": Message(
        N_("Registering {alias} ({language}) took {minutes} min. Register the name and "
           "language first and add the rest later (aim for under 10 min).")),
    "drill_suggest_interpreter": Message(
        N_("{alias} ({language}) needs an interpreter, but the record does not say so. Mark "
           '"needs an interpreter" for anyone with little Japanese, and look for one.')),
    "drill_suggest_missed": Message(
        N_("Not recorded for {alias} ({language}): {fields}. Go through the question cards "
           "on the fingerboards one by one: food, allergies, health, family.")),
    "drill_suggest_confirm": Message(
        N_("{alias}'s record ({language}) has entries the scenario does not. Before saving, "
           "check each answer with the person using the yes / no cards.")),
    "drill_suggest_well_done": Message(
        N_("Every language was found, everyone was registered and every need recorded. Next "
           "time, try more people or more languages at once.")),
    # -- the registry form's warning before adding someone who may be registered (issue 16) ----
    "desk_registered": Message(N_("already registered as card {card_id} ({why})")),
    "desk_maybe_registered": Message(N_("maybe already registered as card {card_id} ({why})")),
    "desk_same_reading": Message(N_("same reading {reading} and a shared language: {language}")),
    # -- issue 17, do not disclose ---------------------------------------------------------------
    # A row that is a protected person already registered: counted among the skipped rows and
    # never listed (csv_io.listed_duplicates), so no card or reason is given even if shown.
    "import_duplicate_protected": Message(N_("already registered")),
    # -- Issue 17, items 6 and 7: damage found on open, full disks, broken settings, hostile
    # -- review sheets and packs (evac_toolkit/core/registry/health.py, core/sheet_guard.py).
    "registry_damaged_restore": Message(
        N_("The registry {path} is damaged ({reason}). Nothing was changed. Restore the newest "
           'good backup: evac-toolkit registry restore "{backup}"'),
        gui=N_("The registry {path} is damaged ({reason}). Nothing was changed. The newest good "
               'backup is {backup_name}: select it below and press "Restore the selected '
               'backup".')),
    "disk_full": Message(
        N_("The disk holding {path} is full. Nothing was written. Free some space (delete files "
           "you no longer need, or empty the recycle bin) and try again."),
        gui=N_("The disk is full. Nothing was written. Free some space (delete files you no "
               "longer need, or empty the recycle bin) and try again.")),
    "disk_failed": Message(
        N_("Could not read or write {path} ({reason}). Nothing was written. Check that the disk "
           "or USB stick is still connected and not write-protected, then try again."),
        gui=N_("The disk could not be read or written ({reason}). Nothing was written. Check "
               "that the disk or USB stick is still connected and not write-protected, then try "
               "again.")),
    "settings_reset": Message(
        N_("The settings file {path} could not be read ({reason}); the default settings are "
           "used. The unreadable file is kept as {kept}.")),
    "settings_unreadable": Message(
        N_("The settings file {path} could not be read ({reason}); the default settings are "
           "used this time.")),
    "sheet_too_wide": Message(
        N_("the sheet's cells reach {detail}, far beyond a review sheet (64 columns and 100,000 "
           "rows at most): delete what lies outside the table, or copy the table alone into a "
           "new workbook")),
    "sheet_no_worksheet": Message(N_("the workbook has no worksheet to read")),
    "import_sheet_too_large": Message(
        Nn_("the sheet's cells reach {cell}, beyond what a list can hold here ({limit:,} cell at "
            "most): delete what lies outside the list, or copy the list alone into a new "
            "workbook",
            "the sheet's cells reach {cell}, beyond what a list can hold here ({limit:,} cells at "
            "most): delete what lies outside the list, or copy the list alone into a new "
            "workbook"), count="limit"),
    # -- Encryption at rest (issue 17, item 4): the shelter passphrase and recovery key ---------
    "registry_locked": Message(
        N_("The registry is locked. Give the shelter passphrase (or set EVAC_TOOLKIT_PASSPHRASE "
           "for a script)."),
        gui=N_("The registry is locked. Unlock it with the shelter passphrase.")),
    "passphrase_wrong": Message(N_("Wrong shelter passphrase. Nothing was opened.")),
    "passphrase_too_short": Message(
        Nn_("The shelter passphrase needs at least {minimum} character.",
            "The shelter passphrase needs at least {minimum} characters."), count="minimum"),
    "passphrase_mismatch": Message(N_("The two passphrases differ. Nothing was set.")),
    "passphrase_needed": Message(
        N_("The registry needs the shelter passphrase: run in a terminal, or set {variable}."),
        gui=N_("The registry needs the shelter passphrase.")),
    "passphrase_prompt": Message(N_("Shelter passphrase:")),
    "passphrase_new_prompt": Message(
        N_("New shelter passphrase (at least 8 characters; it protects the registry):")),
    "recovery_key_prompt": Message(N_("Recovery key (from the paper):")),
    "passphrase_set": Message(N_("The new shelter passphrase is set.")),
    "passphrase_again_prompt": Message(N_("The same passphrase again:")),
    "recovery_key_once": Message(
        N_("The registry is encrypted with the shelter passphrase. Recovery key (shown only "
           "this once; write it down and keep it with the coordinator): {key}")),
    "recovery_key_wrong": Message(
        N_("That is not a recovery key (a letter may be mistyped). Nothing was changed.")),
    "registry_no_passphrase": Message(N_("No shelter passphrase is set up in {path}.")),
    "keyring_exists": Message(
        N_("A shelter passphrase is already set up ({path}). Nothing was changed.")),
    "keyring_missing": Message(
        N_("The registry is encrypted but its key file {path} is missing. Set a new passphrase "
           "with the recovery key: evac-toolkit passphrase reset."),
        gui=N_("The registry is encrypted but its key file is missing. Use the recovery key to "
               "set a new passphrase.")),
    "keyring_damaged": Message(
        N_("The shelter key file {path} is damaged ({reason}). Set a new passphrase with the "
           "recovery key: evac-toolkit passphrase reset."),
        gui=N_("The shelter key file is damaged. Use the recovery key to set a new passphrase.")),
    "encryption_failed": Message(
        N_("Encrypting {path} failed: the encrypted copy did not match. The file was left as it "
           "was.")),
    "plain_files_encrypted": Message(
        Nn_("The registry {path} was unencrypted: {files} file is now encrypted with the "
            "shelter key. A verified backup was taken first; it and the unencrypted copies were "
            "overwritten and deleted.",
            "The registry {path} was unencrypted: {files} files are now encrypted with the "
            "shelter key. A verified backup was taken first; it and the unencrypted copies were "
            "overwritten and deleted."), count="files"),
    # Place names in notice slots (issue 19, helper h/notices): a typed place's reading.
    "slot_reading_not_latin": Message(
        N_("The reading of {{{slot}}} ('{value}') must be in Latin letters, at most {max} "
           "characters, e.g. Taiikukan."),
        gui=N_("The reading of the place must be in Latin letters (A–Z), at most {max} "
               "characters, e.g. Taiikukan.")),
    # Issue 20, headquarters and shelter reports (branch h/hq): the city key, a shelter's
    # identity, the counts-only report and its import at headquarters.
    "municipality_code_invalid": Message(
        N_("A municipality code is the 6-digit local government code (e.g. 131016), not "
           "'{value}'.")),
    "shelter_id_invalid": Message(
        N_("A shelter ID is 1 to 20 letters, digits, '-' or '_' (e.g. S001), not '{value}'.")),
    "city_key_exists": Message(
        N_("{path} already exists and was not replaced: a city has one key, which every "
           "shelter holds. Choose another file name.")),
    "hq_key_held": Message(
        N_("This laptop already holds the city key of municipality {municipality}: a city has "
           "one key. Nothing was made.")),
    "city_key_unreadable": Message(
        N_("{path} is not a city key file ({reason}).")),
    "city_key_other_municipality": Message(
        N_("The key {path} is for municipality {found}, not {expected}. Nothing was set up.")),
    "city_key_written": Message(
        N_("The city key for municipality {municipality} is in {path}. Copy it to every shelter "
           "laptop and keep it as safe as a house key; this laptop keeps a copy as "
           "headquarters.")),
    "shelter_set_up": Message(
        N_("This laptop is shelter {shelter} ({name}) of municipality {municipality}.")),
    "shelter_not_set_up": Message(
        N_("This laptop has no shelter identity yet: run 'evac-toolkit shelter setup' with the "
           "city key first."),
        gui=N_("This laptop has no shelter identity yet: set it up with the city key in "
               "Settings first.")),
    "hq_not_set_up": Message(
        N_("This laptop holds no city key: run 'evac-toolkit hq keygen' here, or give the key "
           "file with --key."),
        gui=N_("This laptop holds no city key yet: set it up as headquarters first.")),
    "report_written": Message(
        N_("Report {sequence} of shelter {shelter} written: {path}")),
    "report_is_drill": Message(
        N_("This report is from a drill: headquarters keeps it apart from the real counts.")),
    "report_other_municipality": Message(
        N_("{path} is a report for municipality {found}, not {expected}: not imported.")),
    "report_imported": Message(
        N_("{path}: report {sequence} of shelter {shelter} imported.")),
    "report_already_held": Message(
        N_("{path}: report {sequence} of shelter {shelter} was already imported; nothing "
           "changed.")),
    "report_renumbered": Message(
        N_("Headquarters already held report {held} of shelter {shelter}, newer than this "
           "laptop's (it replaced another, or was set up again): its reports are now numbered after "
           "{held}, and its current state was sent again.")),
    "report_clash": Message(
        N_("{path}: report {sequence} of shelter {shelter} differs from the report {sequence} "
           "already held: not imported.")),
    "report_older_hint": Message(
        N_("If the laptop of shelter {shelter} was replaced or set up again, its reports must "
           "be numbered after {held}: on that laptop run 'evac-toolkit shelter report "
           "--number-after {held} --out FILE.evacreport' (a push to headquarters' server does "
           "this by itself)."),
        gui=N_("If the laptop of shelter {shelter} was replaced or set up again, its reports "
               "must be numbered after {held}: on that laptop, open Settings › Shelter and "
               "headquarters, choose “Number reports after…”, enter {held} and send a report "
               "again.")),
    "report_numbered_after": Message(
        N_("Headquarters holds report {held} of this shelter: the next report is number "
           "{next}.")),
    "report_number_out_of_range": Message(
        N_("A report number is a whole number from 0 to {largest}; {number} is not one.")),
    "report_older": Message(
        N_("{path}: report {sequence} of shelter {shelter} is older than report {held} already "
           "held: not imported.")),
    "hq_no_reports": Message(
        N_("No report files (.evacreport) in {path}.")),
    "hq_unknown_shelter": Message(
        N_("Headquarters holds no report from shelter {shelter}: import one first.")),
    "hq_signs_printed": Message(
        Nn_("{pages} sign for shelter {shelter} in {languages}: {path}",
            "{pages} signs for shelter {shelter} in {languages}: {path}"), count="pages"),
    "interpreters_unreadable": Message(
        N_("The interpreters' list {path} cannot be read ({reason}).")),
    "interpreters_no_columns": Message(
        N_("The interpreters' list {path} needs a column of names (名前 or Name) and one of "
           "languages (言語 or Languages) in its first row.")),
    "interpreters_bad_row": Message(
        N_("The interpreters' list {path}, line {line}: '{value}' is not a name with a language "
           "this program knows. Nothing was assigned.")),
    "hq_dispatch_done": Message(
        N_("People who need an interpreter, covered by this plan: {covered} of {needing} "
           "({path}).")),
    "reports_not_imported": Message(
        Nn_("{count} file was not imported.", "{count} files were not imported."),
        count="count"),
    # Issue 21, headquarters on PostgreSQL (branch h/pg): reaching the city's database server,
    # its set-up and the shelters' own logins. {server} is host:port/database, never a password.
    "hq_db_url_invalid": Message(
        N_("'{value}' is not a PostgreSQL address: give it as "
           "postgresql://user:password@host:port/database."),
        gui=N_("'{value}' is not a PostgreSQL address: it begins with postgresql://.")),
    "hq_db_login_failed": Message(
        N_("The headquarters database {server} refused the login of {user}: the user name or "
           "password is wrong.")),
    "hq_db_role_revoked": Message(
        N_("The headquarters database {server} no longer lets {user} log in: headquarters has "
           "revoked it. Ask headquarters for new connection details.")),
    "hq_db_unreachable": Message(
        N_("The headquarters database {server} cannot be reached ({reason}). Check the "
           "network and that the server is running.")),
    "hq_db_missing": Message(
        N_("There is no such database on {server}: check the address.")),
    "hq_db_refused": Message(
        N_("The headquarters database {server} did not allow this to {user} ({reason}).")),
    "hq_db_failed": Message(
        N_("The headquarters database {server} reported an error: {reason}")),
    "hq_db_not_set_up": Message(
        N_("The database {server} is not set up for headquarters yet: run 'evac-toolkit hq "
           "setup --database' with the administrator's address first."),
        gui=N_("The database {server} is not set up for headquarters yet: ask the city's IT "
               "staff to set it up first.")),
    "hq_db_set_up": Message(
        N_("Headquarters is set up on {server} (schema version {version}, headquarters role "
           "{role}).")),
    "hq_db_shelter_added": Message(
        N_("Shelter {shelter} can now send its reports as {role}. Enter these details on its "
           "laptop:")),
    "hq_db_shelter_revoked": Message(
        N_("{role} can no longer log in: shelter {shelter} sends nothing more until "
           "'evac-toolkit hq add-shelter {shelter}' gives it a new password. Its reports "
           "stay."),
        gui=N_("{role} can no longer log in: shelter {shelter} sends nothing more until "
               "headquarters gives it a new password. Its reports stay.")),
    "hq_db_no_such_shelter": Message(
        N_("{server} has no login for shelter {shelter}.")),
    "hq_db_no_driver": Message(
        N_("This copy of the program cannot reach a PostgreSQL server: its PostgreSQL driver "
           "(psycopg) is not installed. Install the program with pip to use a headquarters "
           "server, or carry the reports on a USB stick."),
        gui=N_("This copy of the program cannot reach a headquarters server: carry the "
               "reports on a USB stick, or ask the city's IT staff for a copy that can.")),
    "shelter_no_server": Message(
        N_("This shelter has no headquarters server to send to: give --database with the "
           "address that 'evac-toolkit hq add-shelter' printed for it."),
        gui=N_("This shelter has no headquarters server to send to: enter the address "
               "headquarters gave you in Settings first.")),
    "report_pushed": Message(
        N_("{path}: report {sequence} of shelter {shelter} sent.")),
    "report_last_sent": Message(
        N_("Last sent to headquarters at {time}.")),
    "reports_waiting": Message(
        Nn_("{count} report is waiting to be sent: it goes with the next push.",
            "{count} reports are waiting to be sent: they go with the next push."),
        count="count"),
}


def template(code: str, language: str, audience: str = "cli", count: int | None = None) -> str:
    """The unfilled sentence for ``code`` in ``language``: the ``audience``'s own wording ('cli'
    or 'gui') when the code has one, else the shared one; the plural form for ``count``."""
    entry = MESSAGES.get(code)
    if entry is None:
        raise UnknownMessageError(code)
    wording = entry.gui if audience == "gui" and entry.gui is not None else entry.text
    translations = catalog(language)
    if isinstance(wording, tuple):
        return translations.ngettext(wording[0], wording[1], 1 if count is None else count)
    return translations.gettext(wording)


def message(code: str, language: str, /, **params: object) -> str:
    """The sentence for ``code`` in ``language`` with ``params`` filled in, as the command line
    says it."""
    return _filled(code, language, "cli", params)


def gui_message(code: str, language: str, /, **params: object) -> str:
    """The sentence for ``code`` as the window says it: what to do there, never what to type."""
    return _filled(code, language, "gui", params)


def _filled(code: str, language: str, audience: str, params: dict[str, object]) -> str:
    entry = MESSAGES.get(code)
    if entry is None:
        raise UnknownMessageError(code)
    translations = catalog(language)
    params = worded_params(params, language)
    for name, (singular, plural) in entry.phrases.items():
        number = _count(code, name, params)
        phrase = translations.ngettext(singular, plural, number)
        params = {**params, name: _format(phrase, {name: number})}
    text = template(code, language, audience,
                    _count(code, entry.count, params) if entry.count else None)
    return _format(text, params)


def _format(text: str, params: dict[str, object]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation naming a parameter the code does not pass, or a wrong format spec: the
        # sentence without the values is still better than nothing (tests/test_catalogs.py
        # checks every catalog's placeholders).
        return text


def _count(code: str, name: str, params: dict[str, object]) -> int:
    """The number ``params[name]`` that chooses a plural form: an int, or the caller is wrong."""
    number = params.get(name)
    if not isinstance(number, int) or isinstance(number, bool):
        raise TypeError(f"message {code!r}: the count {name!r} must be an int, not {number!r}")
    return number
