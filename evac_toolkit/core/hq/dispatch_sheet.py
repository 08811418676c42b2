"""The dispatch plan on A4 in Japanese (the staff's language): for each shift, who goes where
and whom they cover, then the needs nobody covers. Laid out with the registry printouts'
helpers and fonts."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from evac_toolkit.core import fonts
from evac_toolkit.core.hq.dispatch import ShiftPlan
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.language_names import language_list
from evac_toolkit.core.languages import display_name
from evac_toolkit.core.registry.printouts import STAFF_LANGUAGE, _a4, _heading, _in, _section


def dispatch_sheet(plans: list[ShiftPlan], out: Path, language: str = STAFF_LANGUAGE) -> Path:
    t = message_catalog(language)

    def cell(text: str, size: float = 9.5, **kwargs):
        return _in(language, text, size, **kwargs)

    def people(count: int) -> str:
        return t.npgettext("dispatch sheet", "{count} person", "{count} people",
                           count).format(count=count)

    title = t.pgettext("dispatch sheet", "Interpreter dispatch")
    story = [cell(title, 16, weight=fonts.BOLD)]
    for plan in plans:
        shift = plan.shift or t.pgettext("dispatch sheet", "all day")
        story.append(Spacer(1, 6 * mm))
        story.append(cell(t.pgettext(
            "dispatch sheet", "Shift: {shift} — covered {covered} of {needing}").format(
            shift=shift, covered=people(plan.covered), needing=people(plan.needing)),
            12, weight=fonts.BOLD))
        rows = [[cell(f"{a.shelter_id} {a.shelter_name}"), cell(a.interpreter),
                 cell(language_list(a.languages, language)),
                 cell(people(sum(a.covers.values())), align=TA_RIGHT)]
                for a in plan.assignments]
        story.append(_section(
            _heading(t.pgettext("dispatch sheet", "Assignments"), language, 11),
            [t.pgettext("dispatch sheet", "Shelter"), t.pgettext("dispatch sheet", "Interpreter"),
             t.pgettext("dispatch sheet", "Languages"), t.pgettext("dispatch sheet", "Covers")],
            rows, [50 * mm, 45 * mm, 55 * mm, 25 * mm], (3,),
            t.pgettext("dispatch sheet", "None"), language))
        # Paper gets what is left uncovered by language (a city's hundreds of shelters would
        # fill pages shelter by shelter); the JSON keeps every shelter's line.
        by_language: dict[str, list[int]] = {}
        for row in plan.uncovered:
            shelters_people = by_language.setdefault(row["language"], [0, 0])
            shelters_people[0] += 1
            shelters_people[1] += row["people"]
        rows = [[cell(display_name(code, language)),
                 cell(t.npgettext("dispatch sheet", "{count} shelter", "{count} shelters",
                                  shelters).format(count=shelters), align=TA_RIGHT),
                 cell(people(count), align=TA_RIGHT)]
                for code, (shelters, count) in sorted(by_language.items(),
                                                      key=lambda item: -item[1][1])]
        story.append(_section(
            _heading(t.pgettext("dispatch sheet", "Not covered"), language, 11),
            [t.pgettext("dispatch sheet", "Language"), t.pgettext("dispatch sheet", "Shelters"),
             t.pgettext("dispatch sheet", "People")],
            rows, [70 * mm, 40 * mm, 30 * mm], (1, 2),
            t.pgettext("dispatch sheet", "None"), language))
    return _a4(story, out, title, title, False, language)
