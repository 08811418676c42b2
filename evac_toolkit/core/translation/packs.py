"""Translation packs: install them from a file or a USB stick, list, remove and verify them.

A pack is an Argos Translate ``.argosmodel``: a zip of one folder holding ``metadata.json``,
``model/`` (CTranslate2) and ``sentencepiece.model``. Installed packs live in
``<data>/packs/translate-<from>_<to>/``, one per language pair. Nothing is ever downloaded.

Packs arrive on USB sticks from unknown hands, so an archive is hostile until proven otherwise:

* every member name is checked before anything is written: no ``..``, no absolute path, no drive
  letter or colon, no backslash, no symlink or device, one top folder, no two names that differ
  only in case (they would collide on Windows and macOS);
* the declared uncompressed size is capped (:data:`MAX_UNPACKED_BYTES`), and so are the bytes
  actually written, which a forged size cannot lie about (a zip bomb); so are the number of
  members (:data:`MAX_MEMBERS`) and how deep they are nested (:data:`MAX_DEPTH`), read from the
  zip's index before anything is written;
* every member's CRC is checked as it is extracted: reading a member to its end is what
  ``ZipFile.testzip()`` does, and reading a pack from a slow USB stick once instead of twice
  halves the wait;
* the pack is extracted into a hidden staging folder inside ``<data>/packs/`` (same volume, so
  the final rename is atomic), then loaded with Argos and CTranslate2 before it is put in place;
* what metadata.json claims is checked (:mod:`.pack_claims`): both languages in the catalog, and
  the model's translation of a sample sentence written in the target language's script.

Installing a pair that is installed already is refused unless the caller says to replace it
(the command line's ``--replace``, the window's Yes/No question): a pack never silently replaces
another. A pack never replaces a folder holding another pair's pack. A replacement swaps the
folders with two renames, the old pack kept until the new one is in place. On any failure the staging folder goes and ``<data>/packs`` is as it was. A record
of the archive's SHA-256 and of every file's hash (``evac-install.json``) lets :func:`verify` tell
a damaged pack from a sound one later.
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
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from evac_toolkit.core.atomic import atomic_write, durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.translation import engine, pack_claims
from evac_toolkit.core.translation.installed import PackLanguage, PackPairs
from evac_toolkit.core.translation.pack_folders import (
    RECORD,
    InstalledPack,
    describe,
    folders_in,
    list_packs,
    packs_dir,
    read_json,
)
from evac_toolkit.core.translation.safe_archive import (  # noqa: F401 (re-exported: tests)
    MAX_DEPTH,
    MAX_MEMBERS,
    REMOVING,
    SPACE_MARGIN,
    STAGING,
    STALE_SECONDS,
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
)

#: Largest total an archive may unpack to. Real packs are 50-300 MB; tests lower it.
MAX_UNPACKED_BYTES = 2 * 1024**3
SUFFIX = ".argosmodel"
_METADATA_LIMIT = 1 << 16
#: Brackets in a metadata.json nest a few levels; 2,000 levels ended in a RecursionError
#: (parsing the JSON) instead of a refusal.
MAX_JSON_DEPTH = 32
_CODE = re.compile(r"^[a-z]{2,3}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
_LOCK = threading.Lock()


@dataclass(frozen=True)
class InstallOutcome:
    """What happened to one archive: ``pack`` when installed, ``error`` when not."""

    file: Path
    pack: InstalledPack | None = None
    error: UserError | None = None
    replaced: InstalledPack | None = None   # the pack of the same pair it replaced

    @property
    def ok(self) -> bool:
        return self.pack is not None


@dataclass(frozen=True)
class PackCheck:
    """:func:`verify`'s finding for one pack folder; ``problems`` are worded by their codes."""

    name: str
    pack: InstalledPack | None
    problems: tuple[UserError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def folder_name(from_code: str, to_code: str) -> str:
    """Argos's own name for a pack (``argospm_package_name``)."""
    return f"translate-{from_code}_{to_code}"


def to_argos(code: str) -> str:
    """An Argos code from a catalog code (``zh-Hant`` → ``zt``) or an Argos code as it is.

    ``UserError('mt_no_model')`` for a catalog language no Argos model exists for.
    """
    for language in catalog():
        if language.code.lower() == code.lower():
            if not language.argos:
                raise UserError("mt_no_model", language=LanguageName(language.code),
                                code=language.code)
            return language.argos
    return code.strip().lower()


# -- checking an archive ------------------------------------------------------------------------
def _check_members(archive: Path, infos: list[zipfile.ZipInfo]) -> str:
    """Reject unsafe names and a wrong layout; return the archive's top folder."""
    top = check_members(archive, infos, "pack_layout")
    if f"{top}/metadata.json" not in {info.filename for info in infos}:
        raise UserError("pack_layout", file=archive.name, reason="no metadata.json")
    return top


def _json_depth(raw: bytes) -> int:
    """How deep brackets nest in a JSON text, strings left out (counted, not parsed)."""
    depth = deepest = 0
    for bracket in re.sub(rb'"(?:\\.|[^"\\])*"', b"", raw):
        if bracket in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in b"]}":
            depth -= 1
    return deepest


def _check_metadata(archive: Path, raw: bytes) -> dict:
    file = archive.name
    depth = _json_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise UserError("pack_too_deep", file=file, depth=depth, limit=MAX_JSON_DEPTH,
                        member="metadata.json")
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError("pack_metadata", file=file, reason=f"not valid JSON ({exc})") from exc
    except RecursionError as exc:     # [[[[…]]]] thousands deep, within the 64 KB limit
        raise UserError("pack_metadata", file=file, reason="nested too deeply") from exc
    if not isinstance(meta, dict):
        raise UserError("pack_metadata", file=file, reason="not a JSON object")
    for key in ("from_code", "to_code"):
        value = meta.get(key)
        if not isinstance(value, str) or not _CODE.match(value):
            raise UserError("pack_metadata", file=file,
                            reason=f"{key} must be a 2-3 letter language code, not {value!r}")
    if meta["from_code"] == meta["to_code"]:
        raise UserError("pack_metadata", file=file, reason="from_code equals to_code")
    for key in ("package_version", "argos_version"):
        value = meta.get(key)
        if not isinstance(value, str) or not _VERSION.match(value):
            raise UserError("pack_metadata", file=file,
                            reason=f"{key} must be a version such as 1.9, not {value!r}")
    if meta.get("type", "translate") != "translate":
        raise UserError("pack_metadata", file=file,
                        reason=f"type {meta.get('type')!r}: only translation packs are used")
    for key in ("from_name", "to_name"):
        if not isinstance(meta.get(key, ""), str):
            raise UserError("pack_metadata", file=file, reason=f"{key} must be text")
    return meta


def _sweep(folder: Path) -> None:
    """Clear what a crashed install or removal left: a replaced pack whose successor never
    arrived goes back in place; everything else hidden and stale is deleted."""
    sweep(folder, lambda old: folder / folder_name(*describe(old).pair))


def _too_large(archive: Path, cap: int) -> Callable[[], UserError]:
    return lambda: UserError("pack_too_large", file=archive.name, limit=megabytes(cap))


def _install_one(archive: Path, folder: Path, cap: int, meter: Meter,
                 replace: bool) -> InstallOutcome:
    """Check, extract, load and put one archive in place; UserError on any problem."""
    file = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise UserError("pack_damaged", file=file, reason=f"not a complete zip archive ({exc})") \
            from exc
    except OSError as exc:
        raise UserError("pack_unreadable", file=file, reason=exc.strerror or str(exc)) from exc
    with zf:
        infos = zf.infolist()
        top = _check_members(archive, infos)
        declared = sum(info.file_size for info in infos)
        if declared > cap:
            raise UserError("pack_too_large", file=file, limit=megabytes(cap))
        check_space(file, folder, declared)
        meta_info = zf.getinfo(f"{top}/metadata.json")
        if meta_info.file_size > _METADATA_LIMIT:
            raise UserError("pack_metadata", file=file, reason="metadata.json is too large")
        try:
            meta = _check_metadata(archive, zf.read(meta_info))
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise UserError("pack_damaged", file=file, reason=f"metadata.json: {exc}") from exc
        names = {info.filename.rstrip("/") for info in infos}
        for needed in ("model/model.bin", "sentencepiece.model"):
            if f"{top}/{needed}" not in names:
                raise UserError("pack_layout", file=file, reason=f"no {needed}")
        pack_claims.check_languages(file, meta)
        pair = (meta["from_code"], meta["to_code"])
        name = folder_name(*pair)
        _check_replacing(archive, folder, name, meta, replace)
        try:
            sha256 = sha256_of(archive)
        except OSError as exc:
            raise UserError("pack_unreadable", file=file, reason=exc.strerror or str(exc)) \
                from exc
        with staging(folder) as stage:
            new = stage / "new"
            new.mkdir()
            try:
                hashes = extract(archive, zf, infos, top, new, cap, meter, _too_large(archive, cap))
                record = {"sha256": sha256, "source": file,
                          "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
                          "files": hashes}
                with (new / RECORD).open("w", encoding="utf-8") as handle:
                    json.dump(record, handle, ensure_ascii=False, indent=1)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise UserError("pack_write_failed", path=str(folder),
                                reason=exc.strerror or str(exc)) from exc
            model = engine.load(new, name=file)   # proves the model and tokenizer load
            pack_claims.check_output(file, *pair, model.translate)
            replaced = _swap_in(folder, stage, new, name, pair)
    pack = describe(folder / name)
    return InstallOutcome(archive, pack, replaced=replaced)


def _check_replacing(archive: Path, folder: Path, name: str, meta: dict, replace: bool) -> None:
    """Refuse to replace another pair's pack (a folder of our pack's name holding it), and to
    replace this pair's installed pack unless ``replace`` says so."""
    pair = (meta["from_code"], meta["to_code"])
    target = folder / name
    if target.is_dir():
        try:
            other = describe(target)
        except (OSError, ValueError, KeyError):
            other = None                       # unreadable: a broken pack of this name
        if other is not None and other.pair != pair:
            raise UserError("pack_folder_taken", file=archive.name, folder=name,
                            other=PackPairs((other.pair,)))
    installed = [pack for pack in list_packs(folder.parent) if pack.pair == pair]
    if not replace and (installed or target.exists()):
        raise UserError("pack_exists", file=archive.name, from_code=pair[0], to_code=pair[1],
                        installed=installed[0].package_version if installed else "?",
                        version=meta["package_version"], source=PackLanguage(pair[0]),
                        target=PackLanguage(pair[1]))


def _swap_in(folder: Path, staging: Path, new: Path, name: str,
             pair: tuple[str, str]) -> InstalledPack | None:
    """Move the installed packs of ``pair`` (and anything named ``name``) into the staging
    folder, then ``new`` into place; on failure put them back. Returns the replaced pack."""
    olds = [pack for pack in list_packs(folder.parent) if pack.pair == pair]
    if (folder / name).exists() and all(p.name != name for p in olds):
        olds.append(InstalledPack(name=name, from_code=pair[0], to_code=pair[1], from_name="",
                                  to_name="", package_version="", argos_version="",
                                  path=folder / name))
    moved: list[tuple[Path, Path]] = []
    try:
        for index, old in enumerate(olds):
            aside = staging / f"old-{index}"
            durable_replace(old.path, aside)
            moved.append((aside, old.path))
        durable_replace(new, folder / name)
    except OSError as exc:
        for aside, original in reversed(moved):
            with contextlib.suppress(OSError):
                durable_replace(aside, original)
        raise UserError("pack_write_failed", path=str(folder),
                        reason=exc.strerror or str(exc)) from exc
    return olds[0] if olds else None


# -- public API ---------------------------------------------------------------------------------
def archives_in(source: Path) -> list[Path]:
    """The packs a file or folder offers: the file itself, or every ``*.argosmodel`` in the
    folder and its subfolders (macOS's ``._`` shadow files on USB sticks left out)."""
    if source.is_file():
        return [source]
    if source.is_dir():
        return sorted(p for p in source.rglob("*") if p.is_file()
                      and p.name.lower().endswith(SUFFIX) and not p.name.startswith("._"))
    raise UserError("pack_source_missing", path=str(source))


@dataclass(frozen=True)
class Replacement:
    """An archive that would replace an installed pack (what to ask the user about)."""

    file: Path
    installed: InstalledPack
    version: str              # the archive's package_version


def _peek_metadata(archive: Path) -> dict | None:
    """The archive's checked metadata.json, or None when it cannot be read (install says why)."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                return None
            found = [i for i in infos if i.filename.count("/") == 1
                     and i.filename.endswith("/metadata.json") and i.file_size <= _METADATA_LIMIT]
            if len(found) != 1:
                return None
            return _check_metadata(archive, zf.read(found[0]))
    except (UserError, OSError, *ZIP_ERRORS, ValueError):
        return None


def replacements(source: Path, data_dir: Path) -> list[Replacement]:
    """The packs in ``source`` (a file or folder) whose language pair is installed already,
    read from their metadata alone: the question to ask before :func:`install` with
    ``replace``. ``UserError('pack_source_missing')`` when ``source`` does not exist."""
    installed = {pack.pair: pack for pack in list_packs(data_dir)}
    found = []
    for archive in archives_in(Path(source)):
        meta = _peek_metadata(archive)
        pack = installed.get((meta["from_code"], meta["to_code"])) if meta else None
        if pack is not None:
            found.append(Replacement(archive, pack, meta["package_version"]))
    return found


def _declared_size(archive: Path) -> int:
    try:
        with zipfile.ZipFile(archive) as zf:
            return sum(info.file_size for info in zf.infolist())
    except (OSError, zipfile.BadZipFile, EOFError, ValueError):
        return 0


def install(source: Path, data_dir: Path, progress: Progress | None = None,
            max_unpacked: int | None = None, replace: bool = False) -> list[InstallOutcome]:
    """Install the pack file ``source``, or every pack in the folder ``source`` (a USB stick).

    Each archive is installed on its own, atomically: one damaged pack among good ones is
    reported in its outcome and the others are installed. A pack whose pair is installed
    already is refused (``pack_exists``) unless ``replace`` (ask the user first:
    :func:`replacements`). ``progress(done, total, file_name)``
    is called with bytes extracted over all archives. Raises ``UserError`` only when there is
    nothing to install (no such path, no pack in the folder) or the packs folder cannot be made.
    """
    source = Path(source)
    archives = archives_in(source)
    if not archives:
        raise UserError("pack_none_in_folder", path=str(source))
    cap = MAX_UNPACKED_BYTES if max_unpacked is None else max_unpacked
    folder = packs_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("pack_write_failed", path=str(folder),
                        reason=exc.strerror or str(exc)) from exc
    # Each archive's index is read once for the meter: 100,000 members take a second to list.
    sizes = {archive: min(_declared_size(archive), cap) for archive in archives}
    meter = Meter(sum(sizes.values()), progress)
    outcomes = []
    with _LOCK:
        _sweep(folder)
        try:
            for archive in archives:
                start = meter.done
                try:
                    outcomes.append(_install_one(archive, folder, cap, meter, replace))
                except UserError as error:
                    outcomes.append(InstallOutcome(archive, error=error))
                meter.done = start + sizes[archive]   # skip what failed
        finally:
            engine.clear_cache(data_dir)
    if progress is not None:
        progress(meter.total, meter.total, "")
    return outcomes


def install_file(archive: Path, data_dir: Path, progress: Progress | None = None,
                 max_unpacked: int | None = None, replace: bool = False) -> InstalledPack:
    """Install one pack file; ``UserError`` when it is not installed."""
    if not Path(archive).is_file():
        raise UserError("pack_source_missing", path=str(archive))
    outcome = install(archive, data_dir, progress, max_unpacked, replace)[0]
    if outcome.error is not None:
        raise outcome.error
    return outcome.pack


def remove(data_dir: Path, from_code: str, to_code: str) -> InstalledPack:
    """Remove the pack for a pair (catalog or Argos codes); ``UserError('pack_not_installed')``.

    The folder is renamed away first, so a half-deleted pack is never seen as installed.
    """
    pair = (to_argos(from_code), to_argos(to_code))
    found = [pack for pack in list_packs(data_dir) if pack.pair == pair]
    if not found:
        raise UserError("pack_not_installed", from_code=pair[0], to_code=pair[1])
    folder = packs_dir(data_dir)
    with _LOCK:
        _sweep(folder)
        try:
            for pack in found:
                trash = Path(tempfile.mkdtemp(prefix=REMOVING, dir=folder))
                try:
                    durable_replace(pack.path, trash / "pack")
                finally:
                    shutil.rmtree(trash, ignore_errors=True)
        except OSError as exc:
            raise UserError("pack_write_failed", path=str(folder),
                            reason=exc.strerror or str(exc)) from exc
        finally:
            engine.clear_cache(data_dir)
    return found[0]


def _check_files(folder: Path, name: str, record: dict) -> list[UserError]:
    problems: list[UserError] = []
    files = record.get("files")
    if not isinstance(files, dict):
        return [UserError("pack_unrecorded", name=name)]
    for relative, expected in sorted(files.items()):
        path = folder.joinpath(*PurePosixPath(relative).parts)
        if not path.is_file():
            problems.append(UserError("pack_file_missing", name=name, path=relative))
        elif sha256_of(path) != expected:
            problems.append(UserError("pack_file_changed", name=name, path=relative))
    return problems


def verify(data_dir: Path) -> list[PackCheck]:
    """Re-check every installed pack: metadata readable, files as installed, model loadable."""
    checks = []
    for folder in folders_in(data_dir):
        name = folder.name
        try:
            pack = describe(folder)
        except (OSError, ValueError, KeyError) as exc:
            checks.append(PackCheck(name, None, (UserError("pack_metadata", file=name,
                                                           reason=str(exc)),)))
            continue
        try:
            problems = _check_files(folder, name, read_json(folder / RECORD))
        except (OSError, ValueError):
            problems = [UserError("pack_unrecorded", name=name)]
        if not any(p.code == "pack_file_missing" for p in problems):
            try:
                engine.load(folder, pack)
            except UserError as error:
                problems.append(error)
        checks.append(PackCheck(name, pack, tuple(problems)))
    return checks


# -- packs shipped beside the program -----------------------------------------------------------
#: Which archives of the program's ``packs/`` folder were installed already (name → size and
#: modification time): checking that is instant, hashing hundreds of megabytes at every start
#: would not be.
BUNDLED_RECORD = ".bundled.json"


def bundled_to_install(folder: Path, data_dir: Path) -> list[Path]:
    """Archives in ``folder`` (the ``packs/`` beside the program) not installed from there yet,
    or changed since."""
    if not folder.is_dir():
        return []
    try:
        done = json.loads((packs_dir(data_dir) / BUNDLED_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        done = {}
    found = []
    for archive in archives_in(folder):
        stat = archive.stat()
        if done.get(archive.name) != [stat.st_size, stat.st_mtime_ns]:
            found.append(archive)
    return found


def install_bundled(folder: Path, data_dir: Path, progress: Progress | None = None
                    ) -> list[InstallOutcome]:
    """Install the packs placed beside the program that are new since the last start. A damaged
    one is reported every start until it is replaced (it is not recorded as done)."""
    archives = bundled_to_install(folder, data_dir)
    outcomes: list[InstallOutcome] = []
    for archive in archives:
        # The program's own packs: a newer one copied beside it is meant to replace the old.
        outcomes += install(archive, data_dir, progress, replace=True)
    record_path = packs_dir(data_dir) / BUNDLED_RECORD
    try:
        done = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        done = {}
    for outcome in outcomes:
        if outcome.ok:
            stat = outcome.file.stat()
            done[outcome.file.name] = [stat.st_size, stat.st_mtime_ns]
    if outcomes:
        with atomic_write(record_path, "w", encoding="utf-8") as handle:
            json.dump(done, handle, ensure_ascii=False, indent=1)
    return outcomes
