"""The after-action report on paper, as text lines and as data: what the trainer goes through with
the volunteers after a drill.

One order everywhere: when the drill ran, the overall numbers, the suggestions (what to do
differently next time, the part a debrief acts on), a table of every persona, then every
persona's facts marked ○ captured, × missed, △ wrong. The PDF, ``report_text`` (the GUI and the
command line) and ``report_data`` (``--json``) say the same things in the same words, in
Japanese by default or in English.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from evac_toolkit.core import fonts
from evac_toolkit.core.drills import wording
from evac_toolkit.core.drills.pages import CONTENT_WIDTH, build, ja, para, text_language
from evac_toolkit.core.drills.report import DrillReport, PersonaResult
from evac_toolkit.core.languages import get_language

#: Headings and labels of the report: (Japanese, English).
WORDS = {
    "title": ("訓練の振り返り報告", "Drill after-action report"),
    "drill_id": ("訓練 ID", "Drill ID"),
    "name": ("訓練名", "Title"),
    "trainer_untitled": ("（名前なし）", "(untitled)"),
    "started": ("開始", "Started"),
    "ended": ("終了", "Ended"),
    "duration": ("所要時間", "Duration"),
    "summary": ("まとめ", "Summary"),
    "registered": ("登録できた人", "Registered"),
    "identified": ("言語が分かった人", "Language identified"),
    "median_identify": ("言語が分かるまで（中央値）", "Time to identify the language (median)"),
    "median_register": ("登録まで（中央値）", "Time to register (median)"),
    "facts": ("記録すべきこと", "Facts to record"),
    "signs": ("掲示物を印刷した言語", "Signs printed in"),
    "suggestions": ("次の訓練に向けて", "For the next drill"),
    "personas": ("役ごとの結果", "Results per persona"),
    "details": ("役ごとの記録", "What was recorded, per persona"),
    "persona": ("役", "Persona"),
    "language": ("言語", "Language"),
    "to_identify": ("言語が分かるまで", "To identify"),
    "to_register": ("登録まで", "To register"),
    "card": ("カード番号", "Card"),
    "tools": ("使った道具", "Tools used"),
    "arrived": ("到着", "Arrived"),
    "never_identified": ("分からず", "not found"),
    "never_registered": ("未登録", "not registered"),
    "none": ("なし", "none"),
    "no_facts": ("記録すべきことはありません", "Nothing to record"),
    "legend": ("○ 記録できた　× 漏れ　△ 違う（シナリオと違う記録）",
               "○ captured   × missed   △ wrong (recorded differently from the scenario)"),
}
MARK_COLORS = {"captured": "#1a7f37", "missed": "#b00000", "wrong": "#b35900"}
BLUE = "#1d4e89"
GREY = "#555555"


def _w(key: str, ui_language: str) -> str:
    return wording.pick(WORDS[key], ui_language)


def _people(count: int, total: int, ui_language: str) -> str:
    return f"{count} / {total} 人" if ui_language == "ja" else f"{count} of {total}"


def _counts(persona_or_report, ui_language: str) -> str:
    """"○ 3 · × 1 · △ 0" for one persona (``count``) or the whole drill (``total``)."""
    get = getattr(persona_or_report, "count", None) or persona_or_report.total
    return " · ".join(f"{wording.STATUS_MARKS[status]} {get(status)}"
                      for status in ("captured", "missed", "wrong"))


def _bullet(ui_language: str) -> str:
    return "・" if ui_language == "ja" else "• "


def _since_start(seconds: float, ui_language: str) -> str:
    shown = wording.duration(seconds, ui_language)
    return f"開始から{shown}" if ui_language == "ja" else f"{shown} after the start"


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
        (_w("signs", ui_language), ("、" if ui_language == "ja" else ", ").join(signs)
         or _w("none", ui_language)),
    ]


def _persona_facts(persona: PersonaResult, ui_language: str) -> list[tuple[str, str]]:
    return [
        (_w("arrived", ui_language), _since_start(persona.arrived_after, ui_language)),
        (_w("to_identify", ui_language),
         wording.duration(persona.identified_after, ui_language, WORDS["never_identified"])),
        (_w("to_register", ui_language),
         wording.duration(persona.registered_after, ui_language, WORDS["never_registered"])),
        (_w("card", ui_language), persona.card_id or "—"),
        (_w("tools", ui_language), wording.tool_names(persona.tools, ui_language)),
    ]


def _persona_name(persona: PersonaResult, ui_language: str) -> str:
    language = wording.language_name(persona.plan.language, ui_language)
    return f"{persona.plan.alias} · {language}"


def _persona_title(persona: PersonaResult, ui_language: str) -> str:
    return persona.plan.title_ja if ui_language == "ja" else persona.plan.title_en


# -- text -----------------------------------------------------------------------------------------
def report_text(report: DrillReport, ui_language: str = "ja") -> list[str]:
    """The report as plain lines, in the PDF's order and words."""
    sep = "：" if ui_language == "ja" else ": "
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
        "suggestions": [{"code": s.code, "params": dict(s.params),
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
    sep = "：" if ui_language == "ja" else ": "
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
    ``out``; its bytes when ``out`` is None. ``ui_language`` is "ja" (default) or "en"."""
    ui_language = "en" if ui_language == "en" else "ja"
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
    footer = "evac-toolkit · 訓練の振り返り drill report · " + report.drill_id
    return build(story, out, title=f"{_w('title', ui_language)} {report.drill_id}",
                 footer=footer)
