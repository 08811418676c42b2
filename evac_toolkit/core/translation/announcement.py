""""Announce to everyone": one announcement translated into every language present, printed as
multilingual notice sheets with a QR code.

A sheet holds Japanese and at most five other languages (the signs' rule), so more languages make
more sheets; the QR code on each carries every language, so a phone reads any of them from any
sheet. Languages that could not be translated (no pack) are left off and named to the volunteer.
Machine output is marked as such in the sheet's footer with its routes ("M2M-100 418M direct",
"Argos via English"), as on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.language_names import language_name
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.core.translation.routes import Cancelled
from evac_toolkit.core.translation.service import (
    CURATED,
    CURATED_UNCHECKED,
    MACHINE,
    MACHINE_PIVOT,
    UNAVAILABLE,
    Result,
    translate,
)

if TYPE_CHECKING:
    from evac_toolkit.core.printing.sheets import Sheet

#: Japanese plus five: what a sheet fits at a readable size (as for signs).
PER_SHEET = 5
PICTOGRAM = "📢"
#: Progress units per language: a long text reports each of its batches within its language's.
STEPS = 100


@dataclass(frozen=True)
class Announcement:
    text: str                        # the original, as typed
    source: str                      # its catalog code
    results: tuple[Result, ...]      # one per target language, in the order asked

    @property
    def translated(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.provenance != UNAVAILABLE)

    @property
    def missing(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.provenance == UNAVAILABLE)


def announce(text: str, source: str, targets: list[str], *, data_dir: Path, bank=None,
             progress: Callable[[int, int, str], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Announcement:
    """Translate ``text`` into each target (the source language itself is skipped).

    ``progress(done, total, code)`` counts :data:`STEPS` per language, moved on by each batch
    of a long text. ``cancelled()`` is asked before each language and between batches; the
    language being translated then is left out.
    """
    wanted = [code for code in dict.fromkeys(targets) if code != source]
    total = len(wanted) * STEPS
    results = []
    for done, code in enumerate(wanted):
        if cancelled is not None and cancelled():
            break
        batches = None
        if progress is not None:
            progress(done * STEPS, total, code)

            def batches(finished: int, count: int, done=done, code=code) -> None:
                progress(done * STEPS + finished * STEPS // max(count, 1), total, code)
        try:
            results.append(translate(text, source, code, data_dir=data_dir, bank=bank,
                                     progress=batches, cancelled=cancelled))
        except Cancelled:
            break
    if progress is not None:
        progress(len(results) * STEPS, total, "")
    return Announcement(text, source, tuple(results))


def _status(result: Result, bank) -> str:
    """The footer's word for a translation: how far the curated string was reviewed (as the
    content bank says, when given), or "machine"."""
    if result.provenance == CURATED and CURATED_UNCHECKED not in result.warnings:
        provenance = bank.provenance(result.target, result.curated_key) if bank else None
        return provenance.review if provenance else result.review or "draft"
    return "machine"


def _how_made(result: Result, language: str) -> str:
    """One machine translation's route, for the footer, in ``language``."""
    words = catalog(language)
    if result.provenance == MACHINE_PIVOT:
        return words.pgettext("announcement sheet", "Argos via English")
    if result.converted_from:
        return words.pgettext("announcement sheet",
                              "{engine} direct and converted from {language}").format(
            engine=result.model_name, language=language_name(result.converted_from, language))
    return words.pgettext("announcement sheet", "{engine} direct").format(
        engine=result.model_name or "Argos")


def machine_footer(results, pair: tuple[str, str]) -> str:
    """The footer's note on machine translation, in the staff's two languages ``pair``, with
    how it was made: "機械翻訳を含みます（M2M-100 418M・直接、Argos・英語経由） / includes machine
    translation (M2M-100 418M direct, Argos via English)"; empty when none is machine-made."""
    machine = [r for r in results if r.provenance in (MACHINE, MACHINE_PIVOT)]
    if not machine:
        return ""
    halves = []
    for code in pair:
        words = catalog(code)
        routes = dict.fromkeys(_how_made(r, code) for r in machine)
        halves.append(words.pgettext("announcement sheet",
                                     "includes machine translation ({routes})").format(
            routes=join_list(routes, code)))
    return halves[0] if halves[0] == halves[1] else " / ".join(halves)


def announcement_sheets(announcement: Announcement, *, bank=None,
                        drill: bool = False) -> list[Sheet]:
    """The notice sheets: the original first on each, then up to five translations. ``bank``
    (the content bank the curated strings came from) says which of them were reviewed."""
    # Imported here: the Translate view imports this module on the UI thread, and the printing
    # stack (ReportLab, HarfBuzz) took 0.15 s of it before the first translation.
    from evac_toolkit.core.printing.qr_payload import QrText, priority
    from evac_toolkit.core.printing.sheets import NOTICE, Sheet, SheetText
    from evac_toolkit.core.printing.two_languages import STAFF_PAIR

    original = get_language(announcement.source)
    lines = [QrText(original.code, " ".join(announcement.text.split()))]
    texts = []
    for result in announcement.translated:
        language = get_language(result.target)
        texts.append(SheetText(language, result.text, None, _status(result, bank)))
        lines.append(QrText(language.code, " ".join(result.text.split())))
    footer = machine_footer(announcement.translated, STAFF_PAIR)
    groups = [texts[start:start + PER_SHEET] for start in range(0, len(texts), PER_SHEET)] \
        or [[]]
    return [Sheet(f"announcement-{number}", PICTOGRAM,
                  (SheetText(original, announcement.text, None, "original"), *group),
                  # Each sheet's code: the languages on the other sheets first.
                  priority(tuple(lines), (original.code, *(t.language.code for t in group))),
                  NOTICE, drill, footer)
            for number, group in enumerate(groups, start=1)]
