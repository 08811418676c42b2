"""The report as one A4 page in Japanese (the staff's language): the same numbers as the
``.evacreport`` file, for a fax or for reading out by phone when no stick can travel. Laid out
with the registry printouts' helpers and fonts."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from evac_toolkit.core import fonts
from evac_toolkit.core.hq.report import Report
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import display_name
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.printouts import STAFF_LANGUAGE, _a4, _heading, _in, _section


def report_sheet(report: Report, out: Path, language: str = STAFF_LANGUAGE) -> Path:
    t = message_catalog(language)
    counts = report.counts

    def cell(text: str, size: float = 10, **kwargs):
        return _in(language, text, size, **kwargs)

    def people(count: int) -> str:
        return t.npgettext("shelter report sheet", "{count} person", "{count} people",
                           count).format(count=count)

    def table(title: str, rows: list[tuple[str, int]], extra: dict[str, int] | None = None):
        header = [t.pgettext("shelter report sheet", "Item"),
                  t.pgettext("shelter report sheet", "People")]
        widths = [80 * mm, 30 * mm]
        if extra is not None:
            header.append(t.pgettext("shelter report sheet", "Need an interpreter"))
            widths.append(40 * mm)
        body = []
        for label, count, *more in rows:
            line = [cell(label), cell(people(count), align=TA_RIGHT)]
            if extra is not None:
                line.append(cell(people(more[0]), align=TA_RIGHT))
            body.append(line)
        return _section(_heading(title, language, 11), header, body, widths,
                        tuple(range(1, len(header))),
                        t.pgettext("shelter report sheet", "None"), language)

    interpreters = counts.get("interpreter_by_language", {})
    languages = [(display_name(code, language), count, interpreters.get(code, 0))
                 for code, count in counts.get("languages", {}).items()]
    if interpreters.get(""):
        languages.append((t.pgettext("shelter report sheet", "Language not recorded"), 0,
                          interpreters[""]))
    capacity = counts.get("capacity")
    summary = t.pgettext(
        "shelter report sheet",
        "Present {present} · left {left} · transferred {transferred} · capacity {capacity}"
    ).format(present=people(counts["present"]), left=people(counts["left"]),
             transferred=people(counts["transferred"]),
             capacity=people(capacity) if capacity else t.pgettext("shelter report sheet",
                                                                   "not set"))
    story = [
        cell(t.pgettext("shelter report sheet", "Shelter status report"), 16, weight=fonts.BOLD),
        cell(t.pgettext("shelter report sheet",
                        "{name} (shelter {shelter}, municipality {municipality})").format(
            name=report.shelter_name, shelter=report.shelter_id,
            municipality=report.municipality), 11, weight=fonts.BOLD),
        cell(t.pgettext("shelter report sheet", "Report {sequence}, made {time}").format(
            sequence=report.sequence, time=report.made_at[:16].replace("T", " ")), 9.5),
        Spacer(1, 2 * mm),
        cell(summary, 11, weight=fonts.BOLD),
        cell(t.pgettext("shelter report sheet", "Need an interpreter: {count}").format(
            count=people(counts["interpreter_needed"])), 11, weight=fonts.BOLD),
        table(t.pgettext("shelter report sheet", "First languages"), languages, interpreters),
        table(t.pgettext("shelter report sheet", "Understanding of Japanese"),
              [(codes.label("japanese_ability", level, language), count)
               for level, count in counts.get("japanese_ability", {}).items() if count]),
    ]
    for kind, title in (("diets", t.pgettext("shelter report sheet", "Diets")),
                        ("allergens", t.pgettext("shelter report sheet", "Allergens")),
                        ("medical", t.pgettext("shelter report sheet", "Medical needs")),
                        ("religious", t.pgettext("shelter report sheet", "Religious needs"))):
        story.append(table(title, [(codes.label(kind, code, language), count)
                                   for code, count in counts.get(kind, {}).items()]))
    footer = t.pgettext("shelter report sheet", "Counts only: no names")
    return _a4(story, out, t.pgettext("shelter report sheet", "Shelter status report"), footer,
               report.drill, language)
