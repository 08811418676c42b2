"""Install, remove and verify many-to-many translation models (M2M-100, NLLB-200), with the
same safety as Argos packs (:mod:`.packs`; the shared pieces are in :mod:`.safe_archive`).

A model arrives as a folder (as published, converted for CTranslate2) or a zip of one folder,
on a USB stick from unknown hands. Before anything is put in place:

* only regular files are read: a symlink or device among the files we copy is refused (in a zip,
  anywhere: see :func:`.safe_archive.check_members`);
* the files a model needs must be there (``model.bin``, ``config.json``, a shared vocabulary,
  a SentencePiece model), their total is capped (:data:`MAX_MODEL_BYTES`) and must fit on the
  disk with a margin; the bytes copied must be as many as each file declared;
* **other files are ignored, not refused, and not copied**: a folder downloaded with git or
  ``huggingface-cli`` holds ``.git/``, ``.cache/``, ``vocab.json``, ``tokenizer.json`` and the
  like, which the runtime never reads. Refusing them would refuse real downloads; copying them
  would let a stick bring anything (gigabytes of history, executables) into the data folder;
* the licence is read from the folder (:mod:`.model_licence`); an unnamed or non-commercial one
  needs the person's explicit acceptance, asked once: accepted is recorded, and re-installing the
  same model does not ask again;
* the copy in a hidden staging folder (fsynced) is loaded and probed: the catalog sample
  sentence is translated into every language the model claims, and the output must be in that
  language's script (:mod:`.pack_claims`). A mislabelled model is refused. M2M-100's single
  ``zh`` writes Simplified Chinese, so Traditional Chinese becomes a source only (recorded);
* ``evac-model.json`` records the name, family, licence and its acceptance, the languages after
  the probe, and every file's size and SHA-256 (:func:`verify`); then one rename puts the folder
  in place. On any failure nothing is left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from evac_toolkit.core.atomic import durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.language_names import LanguageName, LanguageNames
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.translation import many_to_many, pack_claims
from evac_toolkit.core.translation.han_script import han_variant
from evac_toolkit.core.translation.model_licence import (
    LICENCE_FILES,
    Licence,
    family_of,
    read_licence,
)
from evac_toolkit.core.translation.pack_folders import read_json
from evac_toolkit.core.translation.safe_archive import (
    REMOVING,
    ZIP_ERRORS,
    Meter,
    Progress,
    check_members,
    check_space,
    extract,
    megabytes,
    sha256_of,
    staging,
    sweep,
    write_stream,
)

RECORD = many_to_many.RECORD
TOKENIZER_CONFIG = many_to_many.TOKENIZER_CONFIG
#: Largest model accepted. The largest published ones: NLLB-200 3.3B in float16 is about 6.6 GB,
#: M2M-100 1.2B about 2.5 GB. Tests lower it.
MAX_MODEL_BYTES = 8 * 1024**3
#: The files copied from a model folder; everything else in it is ignored (see above).
COPIED = frozenset({
    "model.bin", "config.json", "shared_vocabulary.json", "shared_vocabulary.txt",
    "sentencepiece.bpe.model", "sentencepiece.model", TOKENIZER_CONFIG,
    "special_tokens_map.json", "generation_config.json", *LICENCE_FILES})
#: What a model cannot work without: each entry is satisfied by one of its names.
REQUIRED = (("model.bin",), ("config.json",),
            ("shared_vocabulary.json", "shared_vocabulary.txt"),
            ("sentencepiece.bpe.model", "sentencepiece.model"))
#: The small files read before copying (licence, family); bigger ones are not believed.
_SMALL_LIMIT = 1 << 20
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_LOCK = threading.Lock()


@dataclass(frozen=True)
class ModelSource:
    """A model folder or zip as found, before anything is copied."""

    path: Path
    folder: str                        # the folder's own name (the zip's top folder)
    files: dict[str, int]              # file to copy → its declared size
    ignored: tuple[str, ...]           # what is there and not copied
    family: str                        # from tokenizer_config.json; "" when it does not say
    licence: Licence

    @property
    def name(self) -> str:
        """The folder it is installed into (under :func:`.many_to_many.models_dir`)."""
        return safe_name(self.folder)

    @property
    def size(self) -> int:
        return sum(self.files.values())


@dataclass(frozen=True)
class ModelOutcome:
    """What happened to one model: ``model`` when installed, ``error`` when not."""

    file: Path
    model: many_to_many.ManyToManyModel | None = None
    error: UserError | None = None
    replaced: bool = False
    licence: Licence | None = None
    source_only: tuple[str, ...] = ()     # covered as a source, refused as a target by the probe
    ignored: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.model is not None


@dataclass(frozen=True)
class ModelCheck:
    """:func:`verify`'s finding for one installed model folder."""

    name: str
    model: many_to_many.ManyToManyModel | None
    problems: tuple[UserError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def safe_name(folder: str) -> str:
    """A folder name that is safe on every file system: ``m2m100_418m-ct2 (copy)`` →
    ``m2m100_418m-ct2-copy``."""
    return _SAFE_NAME.sub("-", folder).strip(".-")[:80] or "model"


# -- reading a source ---------------------------------------------------------------------------
def _required_missing(names: set[str]) -> str | None:
    for choices in REQUIRED:
        if not names & set(choices):
            return " / ".join(choices)      # file names: the same in every language
    return None


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _tokenizer_family(texts: dict[str, str]) -> str:
    try:
        config = json.loads(texts.get(TOKENIZER_CONFIG, "") or "{}")
    except (ValueError, RecursionError):
        return ""
    if not isinstance(config, dict):
        return ""
    return family_of(str(config.get("tokenizer_class", "")))


def _texts_wanted(name: str) -> bool:
    return name in LICENCE_FILES or name == TOKENIZER_CONFIG


def _read_zip(path: Path) -> ModelSource:
    file = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            top = check_members(path, infos, "model_layout")
            files: dict[str, int] = {}
            texts: dict[str, str] = {}
            ignored = []
            for info in infos:
                parts = PurePosixPath(info.filename).parts
                if info.is_dir():
                    continue
                if len(parts) == 2 and parts[1] in COPIED:
                    files[parts[1]] = info.file_size
                    if _texts_wanted(parts[1]) and info.file_size <= _SMALL_LIMIT:
                        texts[parts[1]] = _decode(zf.read(info))
                else:
                    ignored.append("/".join(parts[1:]))
    except (*ZIP_ERRORS, ValueError) as exc:
        raise UserError("pack_damaged", file=file, reason=f"not a complete zip archive ({exc})") \
            from exc
    except OSError as exc:
        raise UserError("pack_unreadable", file=file, reason=exc.strerror or str(exc)) from exc
    return _source(path, top, files, ignored, texts)


def _read_folder(path: Path) -> ModelSource:
    files: dict[str, int] = {}
    texts: dict[str, str] = {}
    ignored = []
    try:
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            if entry.name not in COPIED:
                ignored.append(entry.name)
                continue
            info = entry.stat(follow_symlinks=False)
            if entry.is_symlink():
                raise UserError("pack_unsafe", file=path.name, member=entry.name,
                                reason="symbolic link")
            if not entry.is_file(follow_symlinks=False):
                raise UserError("pack_unsafe", file=path.name, member=entry.name,
                                reason="not a regular file")
            files[entry.name] = info.st_size
            if _texts_wanted(entry.name) and info.st_size <= _SMALL_LIMIT:
                texts[entry.name] = _decode(Path(entry.path).read_bytes())
    except OSError as exc:
        raise UserError("pack_unreadable", file=path.name, reason=exc.strerror or str(exc)) \
            from exc
    return _source(path, path.name, files, ignored, texts)


def _source(path: Path, folder: str, files: dict[str, int], ignored: list[str],
            texts: dict[str, str]) -> ModelSource:
    missing = _required_missing(set(files))
    if missing:
        raise UserError("model_layout", file=path.name, missing=missing)
    family = _tokenizer_family(texts)
    return ModelSource(path, folder, files, tuple(sorted(ignored)), family,
                       read_licence(texts, family))


def read_source(path: Path) -> ModelSource:
    """The model in a folder or a zip of one folder, read without copying anything."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path)
    if path.is_file():
        return _read_zip(path)
    raise UserError("pack_source_missing", path=str(path))


# -- licence acceptance -------------------------------------------------------------------------
def _record_of(folder: Path) -> dict:
    try:
        return read_json(folder / RECORD)
    except (OSError, ValueError):
        return {}


def accepted_before(source: ModelSource, data_dir: Path) -> bool:
    """Whether this model's licence was accepted when it was installed before (the same folder
    name and the same licence): then it is not asked again."""
    record = _record_of(many_to_many.models_dir(data_dir) / source.name)
    return bool(record.get("licence_accepted")) and record.get("licence") == source.licence.name


def needs_acceptance(source: ModelSource, data_dir: Path) -> bool:
    return source.licence.needs_acceptance and not accepted_before(source, data_dir)


def _licence_refusal(source: ModelSource) -> UserError:
    licence = source.licence
    if licence.non_commercial:
        return UserError("model_licence_non_commercial", file=source.path.name,
                         licence=licence.name)
    return UserError("model_licence_unknown", file=source.path.name,
                     licence=licence.name or "?")


# -- copying ------------------------------------------------------------------------------------
def _too_large(source: ModelSource, cap: int):
    return lambda: UserError("model_too_large", file=source.path.name, limit=megabytes(cap))


def _copy_folder(source: ModelSource, dest: Path, cap: int, meter: Meter) -> dict[str, str]:
    """Copy the model's files; a file that is not as long as it said is ``pack_damaged``."""
    hashes: dict[str, str] = {}
    written = 0
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for name, declared in sorted(source.files.items()):
        try:
            handle = os.fdopen(os.open(source.path / name, flags), "rb")
        except OSError as exc:     # a symlink put there since it was looked at, a pulled stick
            raise UserError("pack_unreadable", file=source.path.name,
                            reason=exc.strerror or str(exc)) from exc
        before = written
        with handle:
            written, hashes[name] = write_stream(
                handle.read, dest / name, file=source.path.name, member=name, written=written,
                cap=cap, too_large=_too_large(source, cap), meter=meter)
        if written - before != declared:
            raise UserError("pack_damaged", file=source.path.name,
                            reason=f"{name} changed while it was copied "
                                   f"({declared:,} → {written - before:,} bytes)")
    return hashes


def _copy_zip(source: ModelSource, dest: Path, cap: int, meter: Meter) -> dict[str, str]:
    try:
        with zipfile.ZipFile(source.path) as zf:
            infos = [zf.getinfo(f"{source.folder}/{name}") for name in sorted(source.files)]
            return extract(source.path, zf, infos, source.folder, dest, cap, meter,
                           _too_large(source, cap))
    except (*ZIP_ERRORS, KeyError, ValueError) as exc:
        raise UserError("pack_damaged", file=source.path.name, reason=str(exc)) from exc


def _copy(source: ModelSource, dest: Path, cap: int, meter: Meter) -> dict[str, dict]:
    """Copy or extract the model's files into ``dest`` (fsynced); their sizes and SHA-256."""
    copy = _copy_folder if source.path.is_dir() else _copy_zip
    hashes = copy(source, dest, cap, meter)
    files = {}
    for name, digest in hashes.items():
        size = (dest / name).stat().st_size
        if size != source.files[name]:     # a zip member longer or shorter than its index said
            raise UserError("pack_damaged", file=source.path.name,
                            reason=f"{name}: {source.files[name]:,} bytes declared, {size:,} "
                                   "written")
        files[name] = {"size": size, "sha256": digest}
    return files


# -- the probe ----------------------------------------------------------------------------------
def _probe_source(model, target: str) -> str | None:
    """The language whose sample is translated into ``target``: Japanese when the model reads
    it (the program's first language), else English, else any other it reads."""
    for code in ("ja", "en", *sorted(model.sources)):
        if code != target and code in model.sources and get_language(code).sample:
            return code
    return None


def probe(source_name: str, model, loaded) -> tuple[frozenset[str], tuple[str, ...]]:
    """Translate a sample into every language the model covers; return the targets it writes
    and those it only reads (output in the wrong variant of a script, such as Simplified
    Chinese for Traditional). ``UserError('model_wrong_language')`` for output that is not in
    the target's script at all: the model is mislabelled."""
    scripts = many_to_many.target_scripts(model.family)
    kept, source_only = set(), []
    for target in sorted(model.sources):
        origin = _probe_source(model, target)
        if origin is None:
            kept.add(target)
            continue
        sample = get_language(origin).sample
        [output] = loaded.translate([sample], origin, target)
        share = pack_claims.script_share(output, get_language(target).script)
        if share is not None and share < pack_claims.MIN_SCRIPT_SHARE:
            raise UserError("model_wrong_language", file=source_name, output=output[:80],
                            source=LanguageName(origin), target=LanguageName(target))
        variant = scripts.get(target)
        if variant and han_variant(output) != variant:
            source_only.append(target)
        else:
            kept.add(target)
    return frozenset(kept), tuple(source_only)


# -- install ------------------------------------------------------------------------------------
def _write_record(folder: Path, record: dict) -> None:
    with (folder / RECORD).open("w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sweep(folder: Path) -> None:
    # A replaced model waits in a staging folder as old-<its folder name>.
    sweep(folder, lambda old: folder / old.name.removeprefix("old-"))


def _swap_in(folder: Path, stage: Path, new: Path, name: str) -> bool:
    """Move an installed model of this name aside, then ``new`` into place; on failure put it
    back. True when one was replaced."""
    target = folder / name
    aside = stage / f"old-{name}"
    replaced = target.exists()
    try:
        if replaced:
            durable_replace(target, aside)
        durable_replace(new, target)
    except OSError as exc:
        if replaced and aside.exists() and not target.exists():
            with contextlib.suppress(OSError):
                durable_replace(aside, target)
        raise UserError("pack_write_failed", path=str(folder),
                        reason=exc.strerror or str(exc)) from exc
    return replaced


def _models_folder(data_dir: Path) -> Path:
    folder = many_to_many.models_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("pack_write_failed", path=str(folder),
                        reason=exc.strerror or str(exc)) from exc
    return folder


def install_model(source: Path, data_dir: Path, progress: Progress | None = None,
                  accept_licence: bool | None = None, replace: bool = False,
                  max_bytes: int | None = None) -> ModelOutcome:
    """Install the model folder or zip ``source`` into the models folder; ``UserError`` when
    it is not installed (nothing is then left behind). ``accept_licence`` must be True for a
    licence that needs acceptance (:attr:`.Licence.needs_acceptance`) unless it was accepted
    when the same model was installed before. An installed model of the same folder name is
    replaced only with ``replace``. ``progress(done, total, file_name)`` counts bytes."""
    found = read_source(Path(source))
    cap = MAX_MODEL_BYTES if max_bytes is None else max_bytes
    folder = _models_folder(data_dir)
    file = found.path.name
    with _LOCK:
        _sweep(folder)
        if (folder / found.name).exists() and not replace:
            raise UserError("model_exists", file=file, name=found.name)
        if accept_licence is not True and needs_acceptance(found, data_dir):
            raise _licence_refusal(found)
        if found.size > cap:
            raise _too_large(found, cap)()
        check_space(file, folder, found.size)
        meter = Meter(found.size, progress)
        try:
            with staging(folder) as stage:
                # Named as it will be (describe and load name a model by its folder), one level
                # down: nothing but a replaced model is ever called old-… in a staging folder.
                new = stage / "new" / found.name
                new.mkdir(parents=True)
                try:
                    files = _copy(found, new, cap, meter)
                except OSError as exc:
                    raise UserError("pack_write_failed", path=str(folder),
                                    reason=exc.strerror or str(exc)) from exc
                claimed = many_to_many.describe(new)
                loaded = many_to_many.load(new, name=file)
                targets, source_only = probe(file, claimed, loaded)
                accepted = found.licence.needs_acceptance
                record = {
                    "name": claimed.name, "family": claimed.family, "source": file,
                    "installed_at": _now(), "licence": found.licence.name,
                    "licence_stated_in": found.licence.stated_in,
                    "non_commercial": found.licence.non_commercial,
                    "licence_accepted": accepted,
                    "licence_accepted_at": _accepted_at(found, data_dir) if accepted else None,
                    "sources": sorted(claimed.sources), "targets": sorted(targets),
                    "source_only": list(source_only), "files": files}
                try:
                    _write_record(new, record)
                except OSError as exc:
                    raise UserError("pack_write_failed", path=str(folder),
                                    reason=exc.strerror or str(exc)) from exc
                del loaded                 # its file handles, before the folder moves
                replaced = _swap_in(folder, stage, new, found.name)
        finally:
            many_to_many.clear_cache(data_dir)
    if progress is not None:
        progress(meter.total, meter.total, "")
    return ModelOutcome(found.path, many_to_many.describe(folder / found.name),
                        replaced=replaced, licence=found.licence, source_only=source_only,
                        ignored=found.ignored)


def _accepted_at(source: ModelSource, data_dir: Path) -> str:
    """When the licence was first accepted: kept from an earlier install of the same model."""
    if accepted_before(source, data_dir):
        record = _record_of(many_to_many.models_dir(data_dir) / source.name)
        return str(record.get("licence_accepted_at") or _now())
    return _now()


# -- remove, verify -----------------------------------------------------------------------------
def installed_folders(data_dir: Path) -> list[Path]:
    folder = many_to_many.models_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def find_installed(data_dir: Path, name: str) -> Path:
    """The installed model's folder named ``name`` (its folder name or its shown name, any
    case); ``UserError('model_not_installed')``."""
    wanted = name.strip().casefold()
    for path in installed_folders(data_dir):
        shown = str(_record_of(path).get("name", ""))
        if wanted in (path.name.casefold(), shown.casefold()):
            return path
    raise UserError("model_not_installed", name=name)


def remove_model(data_dir: Path, name: str) -> str:
    """Remove an installed model; returns its shown name. The folder is renamed away first,
    so a half-deleted model is never seen as installed."""
    path = find_installed(data_dir, name)
    shown = str(_record_of(path).get("name", "")) or path.name
    folder = path.parent
    with _LOCK:
        _sweep(folder)
        try:
            trash = Path(tempfile.mkdtemp(prefix=REMOVING, dir=folder))
            try:
                durable_replace(path, trash / "model")
            finally:
                shutil.rmtree(trash, ignore_errors=True)
        except OSError as exc:
            raise UserError("pack_write_failed", path=str(folder),
                            reason=exc.strerror or str(exc)) from exc
        finally:
            many_to_many.clear_cache(data_dir)
    return shown


def _check_files(path: Path, name: str, record: dict) -> list[UserError]:
    files = record.get("files")
    if not isinstance(files, dict) or not files:
        return [UserError("pack_unrecorded", name=name)]
    problems = []
    for relative, expected in sorted(files.items()):
        file = path.joinpath(*PurePosixPath(relative).parts)
        if not isinstance(expected, dict) or not file.is_file() or file.is_symlink():
            problems.append(UserError("pack_file_missing", name=name, path=relative))
        elif (file.stat().st_size != expected.get("size")
              or sha256_of(file) != expected.get("sha256")):
            problems.append(UserError("pack_file_changed", name=name, path=relative))
    return problems


def verify(data_dir: Path) -> list[ModelCheck]:
    """Re-check every installed model: files as installed (size, then SHA-256), loadable."""
    checks = []
    for path in installed_folders(data_dir):
        record = _record_of(path)
        name = str(record.get("name", "")) or path.name
        problems = _check_files(path, name, record)
        model = None
        try:
            model = many_to_many.describe(path)
            if not any(p.code == "pack_file_missing" for p in problems):
                many_to_many.load(path, name=name)
        except UserError as error:
            problems.append(error)
        checks.append(ModelCheck(name, model, tuple(problems)))
    return checks


# -- what to tell people ------------------------------------------------------------------------
def _in_catalog_order(codes) -> tuple[str, ...]:
    wanted = set(codes)
    return tuple(language.code for language in catalog() if language.code in wanted)


def language_lines(model) -> list[tuple[str, dict[str, object]]]:
    """The languages a model covers, reaches by converting its output, reads only, and lacks,
    as message codes and params."""
    lines: list[tuple[str, dict[str, object]]] = [
        ("model_languages", {"languages": LanguageNames(_in_catalog_order(model.targets))})]
    converted = _in_catalog_order(model.converted)
    for source in dict.fromkeys(model.converted[code] for code in converted):
        into = tuple(code for code in converted if model.converted[code] == source)
        lines.append(("model_converted", {"languages": LanguageNames(into),
                                          "source": LanguageName(source)}))
    source_only = _in_catalog_order(model.source_only())
    if source_only:
        lines.append(("model_source_only", {"languages": LanguageNames(source_only)}))
    lacking = _in_catalog_order(model.lacking())
    if lacking:
        lines.append(("model_lacks", {"languages": LanguageNames(lacking)}))
    return lines
