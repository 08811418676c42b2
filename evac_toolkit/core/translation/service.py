"""Translate a text for a volunteer: the curated translation when one exists, else the machine.

Curated first: the content bank's strings were prepared for the shelter's own phrases, so when
the text is one of them (typed with other widths, spaces, kana or a final full stop) the prepared
translation of the same ID is returned and no model is loaded. Otherwise the machine translates
it along the route :mod:`.routes` chooses (an Argos pack, a many-to-many model, or Argos packs
through English, in the order of the ``translation_route`` setting), with quality flags; the
result names the route (``route_kind``, ``model_name``). When nothing can translate it the result
says why and which packs would be needed. Language codes here are catalog codes
(``zh-Hans``, ``ja-x-easy``).

Every result says how far to trust it (``review``): "reviewed" only when a named person approved
the curated string (a review import records who and when), "draft" for a prepared string nobody
has reviewed yet (every installed translation: the project drafted them, with AI assistance for
most languages), "machine" for machine output, stored or fresh.

The GUI calls :func:`translate` and :func:`preload` from a worker thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.language_names import LanguageName, language_name
from evac_toolkit.core.languages import Language, get_language
from evac_toolkit.core.ruby import plain
from evac_toolkit.core.settings import Settings
from evac_toolkit.core.text_fold import fold
from evac_toolkit.core.translation import quality, routes
from evac_toolkit.core.translation.installed import missing_packs_params

CURATED = "curated"
MACHINE = "machine"
MACHINE_PIVOT = "machine_pivot"
UNAVAILABLE = "unavailable"
#: A curated translation that was machine-made and that nobody has checked (review "machine").
CURATED_UNCHECKED = "curated_machine"
#: How far a result is to be trusted (``Result.review``).
DRAFT = "draft"
REVIEWED = "reviewed"
#: The language the content bank's strings were written in: a curated result in it is the
#: original wording, not a translation.
CONTENT_SOURCE = "ja"
_FINAL_MARKS = "。.!?"   # after NFKC, so ！？． are among them


@dataclass(frozen=True)
class Result:
    text: str                                   # empty when unavailable
    provenance: str                             # curated | machine | machine_pivot | unavailable
    source: str                                 # catalog codes
    target: str
    packs_needed: tuple[tuple[str, str], ...] = ()   # Argos pairs, when unavailable
    warnings: tuple[str, ...] = ()              # quality flag codes (core/messages.py)
    curated_key: str | None = None              # the content ID, when curated
    reason: str = ""                            # message code saying why, when unavailable
    route: tuple[tuple[str, str], ...] = ()     # Argos pairs used, when machine
    reason_params: dict[str, object] = field(default_factory=dict, compare=False)  # for `reason`
    review: str = ""                            # draft | reviewed | machine; "" when unavailable
    reviewer: str = ""                          # who approved it, when reviewed
    reviewed_at: str = ""                       # and when (ISO date)
    route_kind: str = ""                        # argos | argos_pivot | many_to_many, when machine
    model_name: str = ""                        # the many-to-many model's ("M2M-100 418M")
    converted_from: str = ""                    # its output converted from this (zh-Hans)

    @property
    def is_content_source(self) -> bool:
        """The curated text is the content's own Japanese wording, not a translation of it."""
        return self.provenance == CURATED and self.target == CONTENT_SOURCE


def engine_name(result: Result, language: str) -> str:
    """What made a direct machine translation, for a reader of ``language``: the many-to-many
    model's name ("M2M-100 418M"), else "Argos" (a pack made for the pair); a conversion of its
    output is named too ("M2M-100 418M, converted from Chinese (Simplified)")."""
    engine = result.model_name or "Argos"
    if not result.converted_from:
        return engine
    return catalog(language).pgettext(
        "machine translation engine", "{engine}, converted from {language}").format(
        engine=engine, language=language_name(result.converted_from, language))


def format_pairs(pairs) -> str:
    """``ja → en, en → vi``."""
    return ", ".join(f"{a} → {b}" for a, b in pairs)


# -- curated ------------------------------------------------------------------------------------
def _match_key(text: str) -> str:
    """How curated strings and typed text are compared: width, case, kana, spaces, furigana
    markup and a final full stop do not matter."""
    return fold(plain(text)).rstrip(_FINAL_MARKS)


class CuratedIndex:
    """Every curated string of one language, by match key, for one content bank."""

    def __init__(self, bank, source: str) -> None:
        self.bank = bank
        self.keys: dict[str, list[str]] = {}
        for key in bank.entries:
            text = bank.text(source, key)
            if text:
                match = _match_key(text)
                if match:
                    self.keys.setdefault(match, []).append(key)

    def lookup(self, text: str, target: str):
        """(content ID, target text, its Provenance) for ``text``; a reviewed translation
        preferred."""
        candidates = []
        for key in self.keys.get(_match_key(text), ()):
            translated = self.bank.text(target, key)
            if translated:
                provenance = self.bank.provenance(target, key)
                candidates.append((not provenance.approved, key, translated, provenance))
        if not candidates:
            return None
        _, key, translated, provenance = min(candidates, key=lambda c: c[0])
        return key, translated, provenance


_INDEX_LOCK = threading.Lock()
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_BANKS: dict[str, tuple[tuple, object]] = {}
#: Data folders whose content bank is kept (the program uses one; tests use many).
_MAX_BANKS = 2


def _overlay_stamp(data_dir: Path) -> tuple:
    # Here, not at the top: the first window shows no content and does not load the bank.
    from evac_toolkit.core.content.bank import overlay_dir

    folder = overlay_dir(data_dir)
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.toml")))
    except OSError:
        return ()


def _user_bank(data_dir: Path):
    """The data folder's content bank, read again only when a review import changed it."""
    from evac_toolkit.core.content.bank import user_bank  # not at the top: as _overlay_stamp

    stamp = _overlay_stamp(data_dir)
    with _INDEX_LOCK:
        cached = _BANKS.pop(str(data_dir), None)
        if cached is None or cached[0] != stamp:
            cached = (stamp, user_bank(data_dir))
        _BANKS[str(data_dir)] = cached              # most recently used last
        while len(_BANKS) > _MAX_BANKS:
            del _BANKS[next(iter(_BANKS))]
        return cached[1]


def curated_index(bank, source: str) -> CuratedIndex:
    """The index of ``bank``'s ``source`` strings, built once per bank and language."""
    with _INDEX_LOCK:
        per_bank = _INDEXES.setdefault(bank, {})
        if source not in per_bank:
            per_bank[source] = CuratedIndex(bank, source)
        return per_bank[source]


# -- the service --------------------------------------------------------------------------------
def _languages(source: str, target: str) -> tuple[Language, Language]:
    source_language, target_language = get_language(source), get_language(target)
    if source_language.code == target_language.code:
        raise UserError("translate_same_language", language=LanguageName(source_language.code))
    return source_language, target_language


def _choice(source: Language, target: Language, data_dir: Path,
            preference: str | None) -> routes.Choice:
    if preference is None:
        preference = Settings.load(data_dir).translation_route
    return routes.choose(source, target, data_dir, preference)


def translate(text: str, source: str, target: str, *, data_dir: Path, bank=None,
              preference: str | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Result:
    """Translate ``text`` from ``source`` to ``target`` (catalog codes), curated first.

    ``bank`` defaults to the data folder's content bank (installed strings with reviewed ones on
    top); ``preference`` (one of ``core.settings.TRANSLATION_ROUTES``) to the data folder's
    setting. A long text goes to the model in batches: ``progress(done, total)`` after each,
    ``routes.Cancelled`` raised between two when ``cancelled()``. Raises ``UserError`` for an
    unknown language, empty text, the same language twice, or a model that fails to load.
    """
    source_language, target_language = _languages(source, target)
    if not text.strip():
        raise UserError("translate_empty")
    source, target = source_language.code, target_language.code
    found = curated_index(bank if bank is not None else _user_bank(data_dir), source) \
        .lookup(text, target)
    if found is not None:
        key, translated, provenance = found
        review = provenance.review
        warnings = (CURATED_UNCHECKED,) if review == MACHINE else ()
        reviewed = review == REVIEWED
        return Result(translated, CURATED, source, target, warnings=warnings, curated_key=key,
                      review=review, reviewer=provenance.by if reviewed else "",
                      reviewed_at=provenance.date if reviewed else "")
    choice = _choice(source_language, target_language, data_dir, preference)
    route = choice.route
    if route is None:
        for language in (source_language, target_language):
            if not language.argos:
                return Result("", UNAVAILABLE, source, target, reason="mt_no_model",
                              reason_params={"language": LanguageName(language.code)})
        return Result("", UNAVAILABLE, source, target, packs_needed=choice.missing,
                      reason="mt_packs_missing",
                      reason_params=missing_packs_params(choice.missing))
    output = routes.translate(text, route, progress=progress, cancelled=cancelled)
    return Result(output, MACHINE_PIVOT if route.pivot else MACHINE, source, target,
                  warnings=quality.check(text, output, target_language.script),
                  route=route.pairs, review=MACHINE, route_kind=route.kind,
                  model_name=route.model_name, converted_from=route.converted_from)


def preload(source: str, target: str, data_dir: Path, preference: str | None = None) -> bool:
    """Load the models translating ``source`` to ``target`` now, so that the first translation
    does not wait; False when no machine translation is possible."""
    source_language, target_language = _languages(source, target)
    route = _choice(source_language, target_language, data_dir, preference).route
    if route is None:
        return False
    route.preload()
    return True
