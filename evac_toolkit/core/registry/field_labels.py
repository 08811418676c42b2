"""What the registry's fields are called, once for every place that names them: the person form
and its problems, the import dialog's columns, and whatever else shows a field to a volunteer.
The words are translated where they are shown (``field_label``)."""

from __future__ import annotations

from evac_toolkit.core.i18n import N_, catalog

#: Every field a person's record (or an imported list's column) can hold.
FIELD_LABELS = {
    "id": N_("Record ID (from an export)"), "card_id": N_("Card ID"),
    "display_name": N_("Name"), "name_reading": N_("Reading"),
    "household_id": N_("Household"), "languages": N_("Languages"),
    "japanese_ability": N_("Japanese"),
    "interpreter_needed": N_("Needs an interpreter"),
    "nationality": N_("Nationality"), "diets": N_("Diet"),
    "allergens": N_("Allergies"), "allergens_other": N_("Other allergies"),
    "medical": N_("Medical"), "body_parts": N_("Where it hurts"),
    "pain_level": N_("Pain (0–10)"), "religious": N_("Religion"),
    "area": N_("Area / room"), "status": N_("Status"),
    "checked_in_at": N_("Checked in at"),
    "checked_out_at": N_("Checked out at"),
    "checked_in_time": N_("Check-in time (date in another column)"),
    "checked_out_time": N_("Check-out time (date in another column)"),
    "consent_share": N_("Agrees to share"),
    "do_not_disclose": N_("Do not disclose"), "notes": N_("Notes"),
}
#: Where the form, which shows the scale beside the field, names a field more briefly.
SHORT_LABELS = {"pain_level": N_("Pain")}


def field_label(field: str, ui_language: str, *, short: bool = False) -> str:
    """``field``'s name in ``ui_language`` ("Allergies", "アレルギー"); the field id itself for a
    field the table does not know."""
    label = (SHORT_LABELS.get(field) if short else None) or FIELD_LABELS.get(field)
    return catalog(ui_language).gettext(label) if label else field
