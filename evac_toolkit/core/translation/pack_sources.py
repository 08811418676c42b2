"""What a file or a folder (a USB stick) offers to install: Argos packs and many-to-many models.

``packs install PATH`` and Settings → Language packs take any of:

* an Argos ``.argosmodel`` file (installed by :mod:`.packs`, as before);
* a many-to-many model folder, or a ``.zip`` of one (:mod:`.model_install`);
* a folder holding several of either, at any depth up to :data:`MAX_SEARCH_DEPTH` (a stick's
  ``models/m2m100_418m/``). Zips that hold no model there are other people's files, not ours to
  judge, and are left alone; so are hidden folders.

Each pack and each model is installed or refused on its own.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.translation import many_to_many, model_install, packs
from evac_toolkit.core.translation.safe_archive import Progress

#: How deep model folders are looked for in a folder given to install (the folder itself is 0).
MAX_SEARCH_DEPTH = 3
ZIP_SUFFIX = ".zip"


@dataclass(frozen=True)
class Found:
    archives: tuple[Path, ...]     # Argos packs
    models: tuple[Path, ...]       # many-to-many model folders and zips


@dataclass(frozen=True)
class ModelOffer:
    """A model found in a source, before it is installed: what to show and ask first."""

    file: Path
    source: model_install.ModelSource | None
    error: UserError | None        # it cannot be read: the install will say why
    installed: bool = False        # a model of the same folder name is installed
    needs_acceptance: bool = False


def _is_model_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return any(name.count("/") == 1 and name.endswith("/model.bin")
                       for name in zf.namelist())
    except (OSError, zipfile.BadZipFile, EOFError, ValueError):
        return False


def _is_model_folder(folder: Path) -> bool:
    """A model folder, whole or not: one with a model.bin but no vocabulary is a damaged model
    (install says what is missing), not a folder to search."""
    return many_to_many.looks_like_model(folder) or (folder / many_to_many.MODEL_FILE).is_file()


def _model_folders(folder: Path) -> list[Path]:
    """Model folders under ``folder``, not looking inside one, nor in hidden folders."""
    found = []
    for root, dirs, _files in os.walk(folder):
        here = Path(root)
        depth = len(here.relative_to(folder).parts)
        if depth and _is_model_folder(here):
            found.append(here)
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if depth >= MAX_SEARCH_DEPTH:
            dirs[:] = []
    return found


def find(source: Path) -> Found:
    """The packs and models ``source`` offers; ``UserError`` when it is missing or offers
    none (``install_nothing_in_folder``)."""
    source = Path(source)
    if source.is_file():
        if source.name.lower().endswith(ZIP_SUFFIX):
            return Found((), (source,))
        return Found((source,), ())
    if not source.is_dir():
        raise UserError("pack_source_missing", path=str(source))
    if _is_model_folder(source):
        return Found((), (source,))
    archives = tuple(packs.archives_in(source))
    zips = [path for path in sorted(source.rglob(f"*{ZIP_SUFFIX}"))
            if path.is_file() and not path.name.startswith("._")
            and not any(part.startswith(".") for part in path.relative_to(source).parts)
            and _is_model_zip(path)]
    models = tuple(sorted(_model_folders(source) + zips))
    if not archives and not models:
        raise UserError("install_nothing_in_folder", path=str(source))
    return Found(archives, models)


def offers(source: Path, data_dir: Path) -> list[ModelOffer]:
    """The models in ``source`` with their licences, read without copying: what to show, and
    ask, before :func:`install`. Empty when there are none (or nothing is there)."""
    try:
        found = find(source)
    except UserError:
        return []
    result = []
    for path in found.models:
        try:
            read = model_install.read_source(path)
        except UserError as error:
            result.append(ModelOffer(path, None, error))
            continue
        installed = (many_to_many.models_dir(data_dir) / read.name).exists()
        result.append(ModelOffer(path, read, None, installed,
                                 model_install.needs_acceptance(read, data_dir)))
    return result


def _model_size(path: Path) -> int:
    try:
        return model_install.read_source(path).size
    except UserError:
        return 0


def _archives_size(archives) -> int:
    total = 0
    for archive in archives:
        try:
            with zipfile.ZipFile(archive) as zf:
                total += sum(info.file_size for info in zf.infolist())
        except (OSError, zipfile.BadZipFile, EOFError, ValueError):
            pass
    return total


def install(source: Path, data_dir: Path, progress: Progress | None = None,
            accept_licence: bool | None = None, replace: bool = False,
            replace_models: bool | None = None
            ) -> list[packs.InstallOutcome | model_install.ModelOutcome]:
    """Install every pack and model ``source`` offers, each on its own; their outcomes, packs
    first. ``progress(done, total, name)`` counts bytes over all of them. ``accept_licence``
    applies to every model, ``replace`` to every pack and, unless ``replace_models`` says
    otherwise, every model (the window asks about the two apart)."""
    if replace_models is None:
        replace_models = replace
    found = find(Path(source))
    argos_bytes = _archives_size(found.archives)
    model_bytes = [_model_size(path) for path in found.models]
    total = max(1, argos_bytes + sum(model_bytes))

    def report(offset: int, share: int):
        if progress is None:
            return None
        return lambda done, whole, name: progress(
            offset + done * share // max(whole, 1), total, name)

    outcomes: list[packs.InstallOutcome | model_install.ModelOutcome] = []
    if found.archives:
        source_for_packs = found.archives[0] if len(found.archives) == 1 else Path(source)
        outcomes += packs.install(source_for_packs, data_dir, report(0, argos_bytes),
                                  replace=replace)
    offset = argos_bytes
    for path, size in zip(found.models, model_bytes, strict=True):
        try:
            outcomes.append(model_install.install_model(
                path, data_dir, report(offset, size), accept_licence=accept_licence,
                replace=replace_models))
        except UserError as error:
            outcomes.append(model_install.ModelOutcome(path, error=error))
        offset += size
    if progress is not None:
        progress(total, total, "")
    return outcomes
