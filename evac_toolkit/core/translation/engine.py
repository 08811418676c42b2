"""Machine translation with the installed Argos Translate packs, offline and sentence by sentence.

Argos Translate reads the pack: ``argostranslate.package.Package`` parses ``metadata.json`` and
gives the pack's SentencePiece tokenizer. The translation itself calls CTranslate2 the way
``argostranslate.translate.apply_packaged_translation`` does, with the same options, rather than
through ``argostranslate.translate``:

* that module splits sentences with MiniSBD, which downloads a model from GitHub the first time
  a language is used (``minisbd.models.get_model_file``); we split with :mod:`.splitter`;
* its translations are cached module-wide (``get_installed_languages``, ``installed_translates``)
  for the one package folder ``argostranslate.settings`` read at import, whereas here every data
  folder (and every test) has its own packs;
* importing it takes a third of a second (MiniSBD loads onnxruntime).

Importing ``argostranslate.settings`` creates folders in the user's home and reads
``~/.config/argos-translate/settings.json``; :func:`argos` imports it with those locations pointed
at our cache folder, then disables every Argos function that downloads (see :func:`_block`).

Models are loaded lazily, once per pack, and kept until :func:`clear_cache` (called by
:mod:`.packs` after an install or a removal). A GUI worker thread may translate while another
loads: the cache is guarded by a lock; CTranslate2 translators are themselves thread-safe.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.paths import cache_dir
from evac_toolkit.core.translation import splitter
from evac_toolkit.core.translation.cpu_threads import translation_threads
from evac_toolkit.core.translation.installed import missing_packs_params
from evac_toolkit.core.translation.loaded_models import LoadedModels
from evac_toolkit.core.translation.pack_folders import InstalledPack, list_packs, packs_dir

PIVOT = "en"
#: Target languages written without spaces between sentences (Argos codes).
NO_SPACE_TARGETS = frozenset({"ja", "zh", "zt"})
#: The options ``argostranslate.translate.apply_packaged_translation`` uses (beam size from its
#: default settings), so a pack translates here as it does in Argos.
TRANSLATE_OPTIONS = {"replace_unknowns": True, "max_batch_size": 32, "batch_type": "tokens",
                     "beam_size": 4, "num_hypotheses": 1, "length_penalty": 0.2}

#: Environment variables argostranslate.settings reads at import to place its folders.
_ARGOS_LOCATIONS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                    "ARGOS_PACKAGES_DIR", "ARGOS_TRANSLATE_PACKAGE_DIR", "SNAP", "SNAP_USER_DATA")

#: Models kept loaded at once, least recently used dropped first. A real pack takes 100-300 MB
#: of memory; a pivot needs two, and a volunteer switches between a few languages.
MAX_LOADED = 4

_IMPORT_LOCK = threading.Lock()
_LOADED: LoadedModels[LoadedPack] = LoadedModels(MAX_LOADED)


# -- Argos, imported safely ---------------------------------------------------------------------
def _scratch() -> Path:
    try:
        folder = cache_dir() / "argos"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix="evac-argos-"))


def _offline(what: str):
    def refuse(*_args, **_kwargs):
        raise UserError("mt_offline", what=what)

    return refuse


def _block(package, settings) -> None:
    """Make every Argos path to the network fail at once with ``UserError('mt_offline')``.

    Nothing here calls them; the guard is for code added later (``Package.update()`` or
    ``get_available_packages()`` would fetch the package index, ``argostranslate.translate``
    would fetch MiniSBD models), so that a mistake shows up as an error rather than a program
    that hangs on a laptop with no network.
    """
    from argostranslate import networking

    networking.get = _offline("argostranslate.networking.get")
    networking.get_from = _offline("argostranslate.networking.get_from")
    networking.cache_spacy = _offline("argostranslate.networking.cache_spacy")
    package.update_package_index = _offline("argostranslate.package.update_package_index")
    package.AvailablePackage.download = _offline("argostranslate AvailablePackage.download")
    package.install_package_for_language_pair = _offline(
        "argostranslate.package.install_package_for_language_pair")
    settings.model_provider = settings.ModelProvider.OPENNMT   # never a remote LibreTranslate
    settings.package_index = settings.remote_repo = settings.remote_package_index = ""
    _block_minisbd()


def _block_minisbd() -> None:
    """MiniSBD fetches its models with urllib; it is loaded only if ``argostranslate.translate``
    was imported (not by us), so this runs again whenever Argos's caches are refreshed."""
    for name in ("minisbd.models", "minisbd.minisbd"):   # minisbd.minisbd imported the function
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "get_model_file"):
            module.get_model_file = _offline("minisbd.models.get_model_file")
    models = sys.modules.get("minisbd.models")
    if models is not None:
        models.download_models = _offline("minisbd.models.download_models")


def argos(data_dir: Path | None = None):
    """``argostranslate.package``, imported without touching the user's folders, downloaders
    disabled, and pointed at ``data_dir``'s packs folder when given.

    Pointing is for Argos's own functions (``get_installed_packages()``,
    ``argostranslate.translate``), so that they see the packs in use; this module always names
    the folder itself. It happens whenever a model is loaded and after an install or removal.
    """
    with _IMPORT_LOCK:
        if "argostranslate.package" not in sys.modules:
            scratch = _scratch()
            saved = {name: os.environ.get(name) for name in _ARGOS_LOCATIONS}
            try:
                for name in _ARGOS_LOCATIONS:
                    os.environ.pop(name, None)
                for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
                    os.environ[name] = str(scratch / name.split("_")[1].lower())
                os.environ["ARGOS_PACKAGES_DIR"] = str(scratch / "unused-packages")
                import argostranslate.package  # noqa: F401  (side effects go to scratch)
            finally:
                for name, value in saved.items():
                    if value is None:
                        os.environ.pop(name, None)
                    else:
                        os.environ[name] = value
        from argostranslate import package, settings

        if not getattr(package, "_evac_offline", False):
            _block(package, settings)
            package._evac_offline = True
        if data_dir is not None:
            folder = packs_dir(data_dir)
            settings.package_data_dir = folder
            settings.package_dirs = [folder]
        return package


def refresh_argos_caches() -> None:
    """Forget what ``argostranslate.translate`` cached about installed packages, if loaded."""
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()
        _block_minisbd()


# -- loading ------------------------------------------------------------------------------------
@dataclass
class LoadedPack:
    """One pack ready to translate: Argos's package (metadata, tokenizer) and its model."""

    pack: InstalledPack
    package: object            # argostranslate.package.Package
    translator: object         # ctranslate2.Translator

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Translate sentences in one batch, as ``apply_packaged_translation`` does."""
        if not sentences:
            return []
        tokenizer = self.package.tokenizer
        prefix = self.package.target_prefix
        tokens = [tokenizer.encode(sentence) for sentence in sentences]
        results = self.translator.translate_batch(
            tokens, target_prefix=[[prefix]] * len(tokens) if prefix else None,
            **TRANSLATE_OPTIONS)
        out = []
        for result in results:
            value = tokenizer.decode(result.hypotheses[0])
            if prefix and value.startswith(prefix):
                value = value[len(prefix):]
            out.append(value.strip())
        return out


def load(path: Path, pack: InstalledPack | None = None, name: str | None = None) -> LoadedPack:
    """Load the pack in ``path`` (uncached); ``UserError('pack_unusable', name=...)`` when it
    cannot be, ``name`` defaulting to the pack's.

    Used to prove a freshly extracted pack works before it is put in place.
    """
    name = name or (pack.name if pack else path.name)
    try:
        import ctranslate2

        if not (path / "sentencepiece.model").is_file():
            raise FileNotFoundError("sentencepiece.model is missing")
        package = argos().Package(path)
        package.tokenizer.lazy_processor()      # load now, not racing in two threads later
        translator = ctranslate2.Translator(str(path / "model"), device="cpu", inter_threads=1,
                                            intra_threads=translation_threads())
    except UserError:
        raise
    except Exception as exc:  # ctranslate2 and sentencepiece raise RuntimeError, OSError, ...
        raise UserError("pack_unusable", name=name, reason=str(exc) or type(exc).__name__) \
            from exc
    if pack is None:
        pack = InstalledPack(name=path.name, from_code=package.from_code,
                             to_code=package.to_code, from_name=package.from_name,
                             to_name=package.to_name, package_version=package.package_version,
                             argos_version=package.argos_version, path=path)
    return LoadedPack(pack, package, translator)


def _cache_key(pack: InstalledPack) -> tuple[str, int, int]:
    # A re-install renames a new folder into place: a new inode, so a stale model is never used
    # even when another process installed it.
    stat = pack.path.stat()
    return str(pack.path), stat.st_ino, stat.st_mtime_ns


def loaded(pack: InstalledPack) -> LoadedPack:
    """The pack's model, loaded once and cached."""
    try:
        key = _cache_key(pack)
    except OSError as exc:
        raise UserError("pack_unusable", name=pack.name, reason=exc.strerror or str(exc)) \
            from exc
    def load_pack() -> LoadedPack:
        argos(pack.path.parent.parent)
        return load(pack.path, pack)

    return _LOADED.get(key, load_pack)


def clear_cache(data_dir: Path | None = None) -> None:
    """Drop loaded models (of one data folder, or all) and Argos's own caches."""
    _LOADED.drop(packs_dir(data_dir) if data_dir is not None else None)
    if data_dir is not None and "argostranslate.settings" in sys.modules:
        argos(data_dir)
    refresh_argos_caches()


# -- routes -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Route:
    """How to translate between two Argos codes with the installed packs."""

    source: str
    target: str
    packs: tuple[InstalledPack, ...] = ()
    missing: tuple[tuple[str, str], ...] = ()

    @property
    def available(self) -> bool:
        return bool(self.packs) and not self.missing

    @property
    def pivot(self) -> bool:
        return len(self.packs) > 1

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(pack.pair for pack in self.packs)


def find_route(source: str, target: str, data_dir: Path,
               installed: Sequence[InstalledPack] | None = None) -> Route:
    """A direct pack, else two packs through English; else which packs are missing.

    When neither way exists the missing packs are the English ones, which Argos publishes for
    every language it supports (direct pairs such as ja→vi mostly do not exist).
    """
    by_pair = {pack.pair: pack for pack in (installed if installed is not None
                                            else list_packs(data_dir))}
    if (source, target) in by_pair:
        return Route(source, target, (by_pair[source, target],))
    if PIVOT in (source, target):
        return Route(source, target, missing=((source, target),))
    legs = ((source, PIVOT), (PIVOT, target))
    missing = tuple(leg for leg in legs if leg not in by_pair)
    if missing:
        return Route(source, target, missing=missing)
    return Route(source, target, tuple(by_pair[leg] for leg in legs))


def preload(route: Route) -> None:
    """Load the route's models now (a GUI calls this from a worker on first use)."""
    for pack in route.packs:
        loaded(pack)


# -- translating --------------------------------------------------------------------------------
#: Sentences per model call: enough for CTranslate2 to batch well, few enough that progress
#: moves every few seconds on a large model and Cancel is not kept waiting long.
BATCH_SENTENCES = 16

Progress = Callable[[int, int], None]      # batches done, batches in all


class Cancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The caller's ``cancelled()`` said stop, between two batches."""


def translatable(sentence: str) -> bool:
    """Numbers, times and punctuation alone pass through as they are."""
    return any(char.isalpha() for char in sentence)


def translate(text: str, route: Route, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> str:
    """``text`` translated along ``route``, sentence by sentence, lines kept."""
    if not route.available:
        raise UserError("mt_packs_missing", **missing_packs_params(route.missing))
    joiner = "" if route.target in NO_SPACE_TARGETS else " "
    return translate_sentences(text, [loaded(pack).translate for pack in route.packs], joiner,
                               progress=progress, cancelled=cancelled)


def translate_sentences(text: str, steps: Sequence[Callable[[Sequence[str]], list[str]]],
                        joiner: str, *, progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        batch_size: int = BATCH_SENTENCES) -> str:
    """Split ``text`` by line and sentence, send the sentences through ``steps`` a batch at a
    time, and put the lines back together, sentences joined by ``joiner``."""
    lines = [splitter.split(line) for line in text.split("\n")]
    todo = [sentence for line in lines for sentence in line if translatable(sentence)]
    starts = range(0, len(todo), batch_size)
    done: list[str] = []
    for number, start in enumerate(starts):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(number, len(starts))
        batch = todo[start:start + batch_size]
        for step in steps:
            batch = step(batch)
        done.extend(batch)
    if progress is not None:
        progress(len(starts), len(starts))
    out = iter(done)
    return "\n".join(joiner.join(next(out) if translatable(s) else s for s in line)
                     for line in lines)
