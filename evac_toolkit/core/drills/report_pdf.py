"""The after-action report on paper, as text lines and as data: what the trainer goes through with
the volunteers after a drill.

One order everywhere: when the drill ran, the overall numbers, the suggestions (what to do
differently next time, the part a debrief acts on), a table of every persona, then every
persona's facts marked ○ captured, × missed, △ wrong. The PDF, ``report_text`` (the GUI and the
command line) and ``report_data`` (``--json``) say the same things in the same words, in
Japanese by default or in any interface language (its catalog words the report).
"""

from __future__ import annotations

from gettext import NullTranslations
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from evac_toolkit.core import fonts
from evac_toolkit.core.drills import wording
from evac_toolkit.core.drills.pages import CONTENT_WIDTH, build, ja, para, text_language
from evac_toolkit.core.drills.report import DrillReport, PersonaResult
from evac_toolkit.core.i18n import available_languages, catalog, worded_params
from evac_toolkit.core.languages import get_language

MARK_COLORS = {"captured": "#1a7f37", "missed": "#b00000", "wrong": "#b35900"}
BLUE = "#1d4e89"
GREY = "#555555"


def _words(t: NullTranslations) -> dict[str, str]:
    """The report's headings and labels in one language. The persona table looks a persona's
    figures up by these labels, so each key has one wording."""
    return {
        "title": t.pgettext("drill report", "Drill after-action report"),
        "drill_id": t.pgettext("drill report", "Drill ID"),
        "name": t.pgettext("drill report", "Title"),
        "trainer_untitled": t.pgettext("drill report", "(untitled)"),
        "started": t.pgettext("drill report", "Started"),
        "ended": t.pgettext("drill report", "Ended"),
        "duration": t.pgettext("drill report", "Duration"),
        "summary": t.pgettext("drill report", "Summary"),
        "registered": t.pgettext("drill report", "Registered"),
        "identified": t.pgettext("drill report", "Language identified"),
        "median_identify": t.pgettext("drill report", "Time to identify the language (median)"),
        "median_register": t.pgettext("drill report", "Time to register (median)"),
        "facts": t.pgettext("drill report", "Facts to record"),
        "signs": t.pgettext("drill report", "Signs printed in"),
        "suggestions": t.pgettext("drill report", "For the next drill"),
        "personas": t.pgettext("drill report", "Results per persona"),
        "details": t.pgettext("drill report", "What was recorded, per persona"),
        "persona": t.pgettext("drill report", "Persona"),
        "language": t.pgettext("drill report", "Language"),
        "to_identify": t.pgettext("drill report", "To identify"),
        "to_register": t.pgettext("drill report", "To register"),
        "card": t.pgettext("drill report", "Card"),
        "tools": t.pgettext("drill report", "Tools used"),
        "arrived": t.pgettext("drill report", "Arrived"),
        "never_identified": t.pgettext("drill report", "not found"),
        "never_registered": t.pgettext("drill report", "not registered"),
        "no_facts": t.pgettext("drill report", "Nothing to record"),
        # Translators: the marks are the same in every language; keep them and their order.
        "legend": t.pgettext("drill report", "○ captured   × missed   △ wrong (recorded "
                                             "differently from the scenario)"),
    }


def _w(key: str, ui_language: str) -> str:
    return _words(catalog(ui_language))[key]


def _people(count: int, total: int, ui_language: str) -> str:
    """"2 of 3" people registered; the plural follows the number of personas."""
    return catalog(ui_language).npgettext("drill report", "{count} of {total}",
                                          "{count} of {total}", total).format(count=count,
                                                                              total=total)


def _counts(persona_or_report, ui_language: str) -> str:
    """"○ 3 · × 1 · △ 0" for one persona (``count``) or the whole drill (``total``)."""
    get = getattr(persona_or_report, "count", None) or persona_or_report.total
    return " · ".join(f"{wording.STATUS_MARKS[status]} {get(status)}"
                      for status in ("captured", "missed", "wrong"))


def _bullet(ui_language: str) -> str:
    """What starts a suggestion's line ("・" in Japanese), space included."""
    return catalog(ui_language).pgettext("bullet", "• ")


def _since_start(seconds: float, ui_language: str) -> str:
    return catalog(ui_language).pgettext("drill report", "{duration} after the start").format(
        duration=wording.duration(seconds, ui_language))


def _header(report: DrillReport, ui_language: str) -> list[tuple[str, str]]:
    return [
        (_w("drill_id", ui_language), report.drill_id),
        (_w("name", ui_language), report.title or _w("trainer_untitled", ui_language)),
        (_w("started", ui_language), wording.clock(report.started_at, ui_language)),
        (_w("ended", ui_language), wording.clock(report.ended_at, ui_language)),
        (_w("duration", ui_language), wording.duration(report.duration, ui_language)),
    ]


def _summary(report: DrillReport, ui_language: str) -> list[tuple[str, str]]:
    total = len(report.personas)
    signs = [wording.language_name(code, ui_language) for code in report.signs_languages]
    return [
        (_w("registered", ui_language), _people(report.registered, total, ui_language)),
        (_w("identified", ui_language), _people(report.identified, total, ui_language)),
        (_w("median_identify", ui_language),
         wording.duration(report.median("identified_after"), ui_language)),
        (_w("median_register", ui_language),
         wording.duration(report.median("registered_after"), ui_language)),
        (_w("facts", ui_language), _counts(report, ui_language)),
        (_w("signs", ui_language), wording.join(signs, ui_language)
         or wording.none(ui_language)),
    ]


def _persona_facts(persona: PersonaResult, ui_language: str) -> list[tuple[str, str]]:
    return [
        (_w("arrived", ui_language), _since_start(persona.arrived_after, ui_language)),
        (_w("to_identify", ui_language),
         wording.duration(persona.identified_after, ui_language,
                          _w("never_identified", ui_language))),
        (_w("to_register", ui_language),
         wording.duration(persona.registered_after, ui_language,
                          _w("never_registered", ui_language))),
        (_w("card", ui_language), persona.card_id or "—"),
        (_w("tools", ui_language), wording.tool_names(persona.tools, ui_language)),
    ]


def _persona_name(persona: PersonaResult, ui_language: str) -> str:
    language = wording.language_name(persona.plan.language, ui_language)
    return f"{persona.plan.alias} · {language}"


def _persona_title(persona: PersonaResult, ui_language: str) -> str:
    return wording.authored(persona.plan.title_ja, persona.plan.title_en, ui_language)


def report_language(ui_language: str) -> str:
    """The language a report is worded in: ``ui_language`` when the program has a catalog for
    it, else Japanese (the shelter's own)."""
    return ui_language if ui_language in available_languages() else "ja"


# -- text -----------------------------------------------------------------------------------------
def report_text(report: DrillReport, ui_language: str = "ja") -> list[str]:
    """The report as plain lines, in the PDF's order and words."""
    sep = wording.label_separator(ui_language)
    lines = [_w("title", ui_language)]
    lines += [f"{label}{sep}{value}" for label, value in _header(report, ui_language)]
    lines += ["", f"[{_w('summary', ui_language)}]"]
    lines += [f"{label}{sep}{value}" for label, value in _summary(report, ui_language)]
    lines += ["", f"[{_w('suggestions', ui_language)}]"]
    lines += [f"{_bullet(ui_language)}{wording.suggestion_text(s, ui_language)}"
              for s in report.suggestions]
    lines += ["", f"[{_w('personas', ui_language)}]", _w("legend", ui_language)]
    for persona in report.personas:
        facts = " · ".join(f"{label}{sep}{value}" for label, value
                           in _persona_facts(persona, ui_language))
        lines += ["", f"{_persona_name(persona, ui_language)} — "
                      f"{_persona_title(persona, ui_language)}",
                  f"  {facts} · {_counts(persona, ui_language)}"]
        lines += [f"  {wording.STATUS_MARKS[check.status]} "
                  f"{wording.field_label(check.field, ui_language)}{sep}"
                  f"{wording.check_text(check, ui_language)}" for check in persona.checks]
    return lines


def report_data(report: DrillReport, ui_language: str = "ja") -> dict:
    """The report as data (for ``--json``): codes and seconds, with the worded suggestions."""
    return {
        "drill_id": report.drill_id, "title": report.title, "started_at": report.started_at,
        "ended_at": report.ended_at, "duration_seconds": report.duration,
        "summary": {
            "personas": len(report.personas), "registered": report.registered,
            "identified": report.identified,
            "median_identify_seconds": report.median("identified_after"),
            "median_register_seconds": report.median("registered_after"),
            **{status: report.total(status) for status in ("captured", "missed", "wrong")},
        },
        "signs_languages": list(report.signs_languages),
        "personas": [{
            "scenario_id": p.plan.scenario_id, "alias": p.plan.alias,
            "language": p.plan.language, "title_ja": p.plan.title_ja,
            "title_en": p.plan.title_en, "arrived_after": p.arrived_after,
            "identified_after": p.identified_after, "registered_after": p.registered_after,
            "card_id": p.card_id, "tools": list(p.tools),
            "counts": {status: p.count(status) for status in ("captured", "missed", "wrong")},
            "checks": [{"field": c.field, "code": c.code, "status": c.status,
                        "recorded": c.recorded,
                        "text": wording.check_text(c, ui_language)} for c in p.checks],
        } for p in report.personas],
        "suggestions": [{"code": s.code, "params": worded_params(s.params, ui_language),
                         "text": wording.suggestion_text(s, ui_language)}
                        for s in report.suggestions],
    }


# -- PDF ------------------------------------------------------------------------------------------
def _text(text: str, ui_language: str, size: float, weight: int = fonts.REGULAR,
          **kwargs) -> Flowable:
    """Report text in the report's language (names, drill titles: in whatever script draws
    them)."""
    return para(text, text_language(text, ui_language), size, weight, **kwargs)


def _heading(key: str, ui_language: str) -> list[Flowable]:
    return [Spacer(1, 5 * mm), _text(_w(key, ui_language), ui_language, 13, fonts.BOLD,
                                     color=BLUE), Spacer(1, 1.5 * mm)]


def _pairs_table(rows: list[tuple[str, str]], ui_language: str, label_width: float,
                 size: float = 10) -> Table:
    data = [[_text(label, ui_language, size * 0.9, fonts.BOLD, color=GREY),
             _text(value, ui_language, size)] for label, value in rows]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
    ]))
    return table


def _mark(status: str, size: float = 11) -> Flowable:
    return ja(wording.STATUS_MARKS[status], size, fonts.BOLD, align=TA_CENTER,
              color=MARK_COLORS[status])


def _persona_table(report: DrillReport, ui_language: str) -> Table:
    header = [_w(key, ui_language) for key in ("persona", "language", "to_identify",
                                                "to_register", "card", "tools")]
    head = [_text(text, ui_language, 8, fonts.BOLD) for text in header]
    head += [_mark(status, 10) for status in ("captured", "missed", "wrong")]
    rows = [head]
    for persona in report.personas:
        facts = dict(_persona_facts(persona, ui_language))
        rows.append([
            [_text(persona.plan.alias, ui_language, 9.5, fonts.BOLD),
             _text(_persona_title(persona, ui_language), ui_language, 7, color=GREY)],
            _text(wording.language_name(persona.plan.language, ui_language), ui_language, 8.5),
            _text(facts[_w("to_identify", ui_language)], ui_language, 8.5,
                  color=MARK_COLORS["missed"] if persona.identified_after is None else "#000"),
            _text(facts[_w("to_register", ui_language)], ui_language, 8.5,
                  color=MARK_COLORS["missed"] if persona.registered_after is None else "#000"),
            _text(persona.card_id or "—", "en", 8.5, fonts.BOLD),
            _text(facts[_w("tools", ui_language)], ui_language, 8),
            *[_text(str(persona.count(status)), "en", 9.5, fonts.BOLD, align=TA_RIGHT)
              for status in ("captured", "missed", "wrong")],
        ])
    widths = [36 * mm, 31 * mm, 19 * mm, 19 * mm, 17 * mm]
    widths += [CONTENT_WIDTH - sum(widths) - 3 * 7 * mm, 7 * mm, 7 * mm, 7 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
    ]))
    return table


def _persona_detail(persona: PersonaResult, ui_language: str) -> Flowable:
    sep = wording.label_separator(ui_language)
    facts = " · ".join(f"{label}{sep}{value}" for label, value
                       in _persona_facts(persona, ui_language))
    parts: list[Flowable] = [
        Spacer(1, 4 * mm),
        _text(f"{_persona_name(persona, ui_language)} — {_persona_title(persona, ui_language)}",
              ui_language, 11, fonts.BOLD),
        # The counts are in the table above; here a wrap could split "△ 0" over two lines.
        _text(facts, ui_language, 8.5, color=GREY),
        Spacer(1, 1 * mm),
    ]
    if not persona.checks:
        parts.append(_text(_w("no_facts", ui_language), ui_language, 9.5))
        return KeepTogether(parts)
    rows = [[_mark(check.status),
             _text(wording.field_label(check.field, ui_language) + sep, ui_language, 9,
                   color=GREY),
             _text(wording.check_text(check, ui_language), ui_language, 10,
                   fonts.BOLD if check.status != "captured" else fonts.REGULAR,
                   color=MARK_COLORS[check.status] if check.status != "captured" else "#000")]
            for check in persona.checks]
    table = Table(rows, colWidths=[9 * mm, 38 * mm, CONTENT_WIDTH - 47 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
    ]))
    parts.append(table)
    return KeepTogether(parts)


def write_report_pdf(report: DrillReport, out: Path | None, ui_language: str = "ja"
                     ) -> bytes | None:
    """The report as an A4 PDF with the drill band on every page, written atomically to
    ``out``; its bytes when ``out`` is None. ``ui_language`` is an interface language (Japanese
    by default and for one the program has no catalog for)."""
    ui_language = report_language(ui_language)
    get_language(ui_language)
    story: list[Flowable] = [
        _text(_w("title", ui_language), ui_language, 20, fonts.BOLD),
        Spacer(1, 2 * mm),
        _pairs_table(_header(report, ui_language), ui_language, 28 * mm),
        *_heading("summary", ui_language),
        _pairs_table(_summary(report, ui_language), ui_language, 70 * mm, 11),
        *_heading("suggestions", ui_language),
    ]
    for suggestion in report.suggestions:
        story.append(_text(_bullet(ui_language) + wording.suggestion_text(suggestion, ui_language),
                           ui_language, 10.5, space_after=1.5 * mm))
    story += [*_heading("personas", ui_language), _persona_table(report, ui_language),
              *_heading("details", ui_language),
              _text(_w("legend", ui_language), ui_language, 9, color=GREY)]
    story += [_persona_detail(persona, ui_language) for persona in report.personas]
    marks = wording.bilingual(lambda t: t.pgettext("drill footer", "drill report"))
    footer = f"evac-toolkit · {' '.join(marks)} · {report.drill_id}"
    return build(story, out, title=f"{_w('title', ui_language)} {report.drill_id}",
                 footer=footer)
