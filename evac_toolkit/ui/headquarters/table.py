"""The Headquarters table's cells from the city's status (core/hq/status.py): one row per
shelter and a totals row; a column per first language (people, and how many of them need an
interpreter), then meals and allergens. Words only — the numbers are the core's."""

from __future__ import annotations

from dataclasses import dataclass

from evac_toolkit.core.hq.status import STALE_AFTER, CityStatus
from evac_toolkit.core.i18n import _, pgettext
from evac_toolkit.core.language_names import language_name
from evac_toolkit.core.punctuation import join_list, with_detail
from evac_toolkit.core.registry.codes import label


@dataclass(frozen=True)
class Row:
    shelter_id: str | None       # None: the totals row
    cells: list[str]
    stale: bool = False


def stale_hours() -> int:
    return int(STALE_AFTER.total_seconds() // 3600)


def language_columns(status: CityStatus) -> list[str]:
    """The first languages of the people present anywhere, most people first."""
    return [code for code, count in status.totals.get("languages", {}).items() if count]


def headers(status: CityStatus, ui_language: str) -> list[str]:
    return [pgettext("hq status", "Shelter"), pgettext("hq status", "Report"),
            pgettext("hq status", "Present"), _("Capacity"),
            pgettext("hq status", "Interpreter"),
            *(language_name(code, ui_language) if code else _("Not recorded")
              for code in language_columns(status)),
            _("Meals"), _("Allergens")]


def _needs(kind: str, counts: dict, ui_language: str) -> str:
    return join_list((f"{label(kind, code, ui_language)} {n}"
                      for code, n in counts.get(kind, {}).items() if n), ui_language)


def _cells(counts: dict, columns: list[str], ui_language: str) -> list[str]:
    by_language = counts.get("languages", {})
    interpreter = counts.get("interpreter_by_language", {})
    cells = [str(counts.get("present", 0)),
             str(counts.get("capacity") or "—"),
             str(counts.get("interpreter_needed", 0))]
    for code in columns:
        people, needing = by_language.get(code, 0), interpreter.get(code, 0)
        cell = str(people) if people else ""
        if needing:
            cell = with_detail(cell, _("interpreter {n}").format(n=needing), ui_language)
        cells.append(cell)
    cells += [_needs("diets", counts, ui_language), _needs("allergens", counts, ui_language)]
    return cells


def rows(status: CityStatus, ui_language: str) -> list[Row]:
    """A row per shelter, then the totals (real reports only: drills stay apart)."""
    columns = language_columns(status)
    out = []
    for shelter in status.shelters:
        made = shelter.made_at[:16].replace("T", " ")
        report = f"#{shelter.sequence} {made}"
        if shelter.stale:
            report = with_detail(report, _("no report for {hours} h").format(
                hours=stale_hours()), ui_language)
        out.append(Row(shelter.shelter_id,
                       [f"{shelter.shelter_id} {shelter.shelter_name}", report,
                        *_cells(shelter.counts, columns, ui_language)], shelter.stale))
    if status.shelters:
        # Interpreter needs by language are summed here: the core's totals sum every mapping.
        out.append(Row(None, [pgettext("hq status", "Total"), "",
                              *_cells(status.totals, columns, ui_language)]))
    return out
