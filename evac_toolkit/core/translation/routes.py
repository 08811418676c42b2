"""Which machine translation translates a pair of languages, and a text along it in batches.

Three kinds of route can exist for one pair (catalog codes, ``ja`` → ``my``):

* ``argos``: one Argos pack for the pair (few exist besides English ones: en↔ja, en↔vi…);
* ``argos_pivot``: two Argos packs through English, which loses meaning twice;
* ``many_to_many``: one many-to-many model (M2M-100, NLLB-200) that translates directly between
  any two of its languages (:mod:`.many_to_many`).

Which comes first is the user's setting ``translation_route`` (:data:`ORDER`): by default an
Argos pack made for the pair, else a many-to-many model, else Argos through English — a model
translating Japanese straight into Burmese beats two hops through English. Only installed
routes count.

A text is split by line and by sentence (:mod:`.splitter`) and its sentences go to the model in
batches (:attr:`MachineRoute.batch_size`), one ``translate_batch`` call per batch (per leg, through
English), with progress after each batch and a chance to cancel between them: a long notice on
a 1.2B model takes minutes, and the window shows how far it got.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import Language
from evac_toolkit.core.translation import engine, han_convert, many_to_many

ARGOS = "argos"
ARGOS_PIVOT = "argos_pivot"
MANY_TO_MANY = "many_to_many"
#: The user's preference (``core.settings.TRANSLATION_ROUTES``) → the kinds of route in the order they are tried.
ORDER = {
    "auto": (ARGOS, MANY_TO_MANY, ARGOS_PIVOT),
    "many_to_many": (MANY_TO_MANY, ARGOS, ARGOS_PIVOT),
    "argos": (ARGOS, ARGOS_PIVOT, MANY_TO_MANY),
}
BATCH_SENTENCES = engine.BATCH_SENTENCES
#: Scripts written without a space between sentences.
NO_SPACE_SCRIPTS = frozenset({"Jpan", "Hans", "Hant"})

Progress = engine.Progress
Cancelled = engine.Cancelled


@dataclass(frozen=True)
class MachineRoute:
    """One installed way to translate ``source`` → ``target`` (catalog languages)."""

    kind: str                                   # ARGOS | ARGOS_PIVOT | MANY_TO_MANY
    source: Language
    target: Language
    argos: engine.Route | None = None           # for the two Argos kinds
    model: many_to_many.ManyToManyModel | None = None   # for MANY_TO_MANY

    @property
    def pivot(self) -> bool:
        return self.kind == ARGOS_PIVOT

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The Argos packs' pairs (Argos codes); empty for a many-to-many model."""
        return self.argos.pairs if self.argos is not None else ()

    @property
    def batch_size(self) -> int:
        """Sentences per batch: what the model sends to CTranslate2 in one call."""
        if self.model is not None:
            return many_to_many.sentences_per_call(self.model)
        return BATCH_SENTENCES

    @property
    def model_name(self) -> str:
        """The many-to-many model's name ("M2M-100 418M"); empty for Argos packs."""
        return self.model.name if self.model is not None else ""

    @property
    def converted_from(self) -> str:
        """The language the model writes when its output is converted into the target
        ("zh-Hans" for M2M-100 into zh-Hant); empty otherwise."""
        return self.model.converted.get(self.target.code, "") if self.model is not None else ""

    def steps(self) -> list[Callable[[Sequence[str]], list[str]]]:
        """The model calls a batch goes through, in order (two through English); loads the
        models not yet loaded."""
        if self.model is not None:
            model = many_to_many.loaded(self.model)
            source, target = self.source.code, self.target.code
            written = self.converted_from
            if written:
                convert = han_convert.CONVERSIONS[(written, target)]
                return [lambda batch: [convert(text)
                                       for text in model.translate(batch, source, written)]]
            return [lambda batch: model.translate(batch, source, target)]
        assert self.argos is not None
        return [engine.loaded(pack).translate for pack in self.argos.packs]

    def preload(self) -> None:
        self.steps()


@dataclass(frozen=True)
class Choice:
    """The route to use (None when there is none) and, then, the Argos packs that would make one
    (the English ones: Argos publishes those for every language it has)."""

    route: MachineRoute | None
    missing: tuple[tuple[str, str], ...] = ()


_SEEN_LOCK = threading.Lock()
#: model folder → (its stamp, its description): a real model's vocabulary is a few megabytes of
#: JSON and its model.bin index is walked, so a model is described again only when its folder
#: changed (a re-install renames a new folder into place: a new inode). Installing one model
#: or removing another leaves the rest as they were.
_SEEN: dict[str, tuple[tuple, many_to_many.ManyToManyModel]] = {}
#: Entries kept: the program uses one data folder with a few models; tests use many.
_MAX_SEEN = 32


def _stamp(path: Path) -> tuple[int, int, int]:
    """A model folder by inode and times: the change time too, as a folder copied in keeps the
    modification time it had on the stick."""
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns


def installed_models(data_dir: Path) -> list[many_to_many.ManyToManyModel]:
    """:func:`many_to_many.list_models`, each model described again only when its folder
    changed. The install worker calls this once a model is in place, so that the window, which
    calls it too, finds the new model already described."""
    folder = many_to_many.models_dir(data_dir)
    try:
        paths = sorted(p for p in folder.iterdir()
                       if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            stamp = _stamp(path)
        except OSError:
            continue
        with _SEEN_LOCK:
            seen = _SEEN.get(str(path))
        if seen is not None and seen[0] == stamp:
            found.append(seen[1])
            continue
        try:
            model = many_to_many.describe(path)
        except UserError:
            continue                                  # damaged: a verify reports it
        with _SEEN_LOCK:
            _SEEN.pop(str(path), None)
            _SEEN[str(path)] = (stamp, model)
            while len(_SEEN) > _MAX_SEEN:
                del _SEEN[next(iter(_SEEN))]
        found.append(model)
    return found


def models_with(code: str, data_dir: Path) -> list[many_to_many.ManyToManyModel]:
    """The installed many-to-many models that translate from the catalog language ``code``
    (``model.targets`` says whether also into it)."""
    return [model for model in installed_models(data_dir) if code in model.sources]


def covering_model(source: str, target: str,
                   data_dir: Path) -> many_to_many.ManyToManyModel | None:
    """The installed many-to-many model translating ``source`` → ``target`` (catalog codes);
    the largest when several do."""
    return many_to_many.find_model(data_dir, source, target, installed_models(data_dir))


def choose(source: Language, target: Language, data_dir: Path,
           preference: str = "auto") -> Choice:
    """The installed route :data:`ORDER` puts first for ``preference`` (an unknown preference
    counts as "auto")."""
    found: dict[str, MachineRoute] = {}
    missing: tuple[tuple[str, str], ...] = ()
    if source.argos and target.argos:
        argos = engine.find_route(source.argos, target.argos, data_dir)
        if argos.available:
            kind = ARGOS_PIVOT if argos.pivot else ARGOS
            found[kind] = MachineRoute(kind, source, target, argos=argos)
        else:
            missing = argos.missing
    model = covering_model(source.code, target.code, data_dir)
    if model is not None:
        found[MANY_TO_MANY] = MachineRoute(MANY_TO_MANY, source, target, model=model)
    for kind in ORDER.get(preference, ORDER["auto"]):
        if kind in found:
            return Choice(found[kind])
    return Choice(None, missing)


def translate(text: str, route: MachineRoute, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None,
              batch_size: int | None = None) -> str:
    """``text`` translated along ``route``: lines kept, numbers and punctuation alone passed
    through, sentences in batches (:class:`Cancelled` between two when ``cancelled()``)."""
    joiner = "" if route.target.script in NO_SPACE_SCRIPTS else " "
    return engine.translate_sentences(text, route.steps(), joiner, progress=progress,
                                      cancelled=cancelled,
                                      batch_size=batch_size or route.batch_size)
