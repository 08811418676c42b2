"""The columns of a registry list file: what an export writes and what an import can read.

Its own module because the import's header vocabulary and saved profiles check names against
these columns, and the CSV reader and writer use that vocabulary: with the columns in csv_io,
each would import the other.
"""

from __future__ import annotations

EXPORT_COLUMNS = (
    "id", "card_id", "display_name", "name_reading", "household_id", "languages",
    "japanese_ability", "interpreter_needed", "nationality", "diets", "allergens",
    "allergens_other", "medical", "body_parts", "pain_level", "religious", "area", "status",
    "checked_in_at",
    "checked_out_at", "consent_share", "do_not_disclose", "notes",
)
#: Columns that hold only the time of day (入所日 | 入所時刻): each is read into its date's field.
TIME_OF_DAY_COLUMNS = {"checked_in_time": "checked_in_at", "checked_out_time": "checked_out_at"}
#: What a column of an imported file can be: the export's columns and the time-of-day ones.
IMPORT_FIELDS = (*EXPORT_COLUMNS, *TIME_OF_DAY_COLUMNS)
