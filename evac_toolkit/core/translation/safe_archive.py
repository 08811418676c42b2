"""Unpacking what arrives on a USB stick from unknown hands: shared by the Argos packs
(:mod:`.packs`) and the many-to-many models (:mod:`.model_install`).

An archive is hostile until proven otherwise. :func:`check_members` reads a zip's index before
anything is written and refuses unsafe names (``..``, absolute paths, drive letters, backslashes,
symlinks, devices, names that differ only in case), too many members, members nested too deep,
encryption and anything but one top folder. :func:`extract` counts the bytes actually written
against a cap (a forged declared size cannot lie about them) and checks each member's CRC as it
reads it. Installs happen in a hidden staging folder (:func:`staging`) beside their destination
(same volume, so the final rename is atomic); :func:`sweep` clears what a crashed install left.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from evac_toolkit.core.atomic import durable_replace
from evac_toolkit.core.errors import UserError

#: Free space kept on the disk beyond what is installed.
SPACE_MARGIN = 64 * 1024**2
#: Most members an archive may hold. Argos packs hold 5-30 files, model folders about a dozen;
#: a 15 MB archive of 100,000 tiny files is neither.
MAX_MEMBERS = 1000
#: Deepest member path, in segments with the top folder (real packs: 4 or 5). A path thousands of
#: folders deep would exhaust Python's recursion in mkdir.
MAX_DEPTH = 16
STAGING = ".staging-"      # an install in progress (may hold the replaced one in old-N/)
REMOVING = ".removing-"    # a removal in progress
#: A staging folder untouched this long belongs to a crashed install, not a running one.
STALE_SECONDS = 3600
CHUNK = 1 << 20
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
_ACTIVE: set[str] = set()  # this process's staging folders, never swept

Progress = Callable[[int, int, str], None]


def unsafe_reason(info: zipfile.ZipInfo) -> str | None:
    """Why a member's name or kind could write outside the destination; None when safe."""
    name = info.filename
    if not name or "\x00" in name:
        return "empty name"
    if "\\" in name:
        return "backslash in name"
    if ":" in name:
        return "drive letter or colon in name"
    if name.startswith("/"):
        return "absolute path"
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "'..' or empty path segment"
    mode = info.external_attr >> 16
    if mode and info.create_system == 3:   # made on Unix: the high bits are st_mode
        kind = stat.S_IFMT(mode)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return "symbolic link" if kind == stat.S_IFLNK else "special file"
    return None


def check_members(archive: Path, infos: list[zipfile.ZipInfo], layout_code: str) -> str:
    """Reject unsafe names and anything but one top folder; return that folder's name.
    ``layout_code`` words a wrong layout (``pack_layout``, ``model_layout``)."""
    file = archive.name
    if len(infos) > MAX_MEMBERS:
        raise UserError("pack_too_many_files", file=file, count=len(infos),
                        limit=MAX_MEMBERS)
    seen: set[str] = set()
    tops: set[str] = set()
    for info in infos:
        reason = unsafe_reason(info)
        if reason:
            raise UserError("pack_unsafe", file=file, member=info.filename, reason=reason)
        depth = info.filename.rstrip("/").count("/") + 1
        if depth > MAX_DEPTH:
            raise UserError("pack_too_deep", file=file, depth=depth, limit=MAX_DEPTH,
                            member=shortened(info.filename))
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            raise UserError("pack_unsafe", file=file, member=info.filename,
                            reason="two members with the same name")
        seen.add(key)
        if info.flag_bits & 0x1:
            raise UserError(layout_code, file=file, reason="encrypted")
        parts = PurePosixPath(info.filename).parts
        if len(parts) == 1 and not info.is_dir():
            raise UserError(layout_code, file=file,
                            reason=f"{info.filename} is outside the top folder")
        tops.add(parts[0])
    if len(tops) != 1:
        raise UserError(layout_code, file=file,
                        reason="not exactly one top folder" if tops else "empty archive")
    return tops.pop()


def shortened(name: str, keep: int = 60) -> str:
    """A member name short enough for one line of a message."""
    return name if len(name) <= keep else f"{name[:keep // 2]}…{name[-keep // 2:]}"


def megabytes(size: int) -> str:
    return f"{size / 1024**2:,.0f} MB"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_space(file: str, folder: Path, needed: int) -> None:
    """``UserError('pack_no_space')`` unless ``needed`` bytes fit in ``folder`` with the margin."""
    free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        raise UserError("pack_no_space", file=file, needed=megabytes(needed),
                        margin=megabytes(SPACE_MARGIN), free=megabytes(free))


class Meter:
    """Bytes copied so far over all items of one install, for a progress bar."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = max(total, 1), 0, progress

    def advance(self, count: int, name: str) -> None:
        self.done = min(self.done + count, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total, name)


def write_stream(read: Callable[[int], bytes], target: Path, *, file: str, member: str,
                 written: int, cap: int, too_large: Callable[[], UserError],
                 meter: Meter) -> tuple[int, str]:
    """Copy ``read``'s bytes into ``target`` (fsynced); return the running total of bytes
    written and the SHA-256 of this file. A broken zip stream is ``pack_damaged``, a stick
    pulled out ``pack_unreadable``; more than ``cap`` bytes in all is ``too_large()``. An
    OSError while writing is left to the caller."""
    digest = hashlib.sha256()
    with target.open("wb") as out:
        while True:
            try:
                chunk = read(CHUNK)
            except ZIP_ERRORS as exc:   # "Bad CRC-32", invalid deflate data, truncated
                raise UserError("pack_damaged", file=file, reason=f"{member}: {exc}") from exc
            except OSError as exc:
                raise UserError("pack_unreadable", file=file,
                                reason=exc.strerror or str(exc)) from exc
            if not chunk:
                break
            written += len(chunk)
            if written > cap:   # counted on the bytes themselves, not the declared sizes
                raise too_large()
            digest.update(chunk)
            out.write(chunk)
            meter.advance(len(chunk), file)
        out.flush()
        os.fsync(out.fileno())
    return written, digest.hexdigest()


def extract(archive: Path, zf: zipfile.ZipFile, infos: Iterable[zipfile.ZipInfo], top: str,
            dest: Path, cap: int, meter: Meter,
            too_large: Callable[[], UserError]) -> dict[str, str]:
    """Write the members under ``top/`` into ``dest``; return their SHA-256 by relative path.

    A bad CRC, a broken stream or a truncated member is ``pack_damaged``; a stick pulled out
    while reading is ``pack_unreadable``; an OSError while writing is left to the caller.
    """
    hashes: dict[str, str] = {}
    written = 0
    for info in infos:
        relative = PurePosixPath(info.filename).relative_to(top)
        target = dest.joinpath(*relative.parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            source = zf.open(info)
        except ZIP_ERRORS as exc:   # bad local header, unknown compression, encrypted
            raise UserError("pack_damaged", file=archive.name,
                            reason=f"{info.filename}: {exc}") from exc
        except OSError as exc:
            raise UserError("pack_unreadable", file=archive.name,
                            reason=exc.strerror or str(exc)) from exc
        with source:
            written, hashes[str(relative)] = write_stream(
                source.read, target, file=archive.name, member=info.filename, written=written,
                cap=cap, too_large=too_large, meter=meter)
    return hashes


# -- staging, sweeping --------------------------------------------------------------------------
@contextlib.contextmanager
def staging(folder: Path) -> Iterator[Path]:
    """A hidden folder inside ``folder`` for one install, deleted afterwards whatever happens."""
    path = Path(tempfile.mkdtemp(prefix=STAGING, dir=folder))
    _ACTIVE.add(str(path))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        _ACTIVE.discard(str(path))


def sweep(folder: Path, restore: Callable[[Path], Path]) -> None:
    """Clear what a crashed install or removal left in ``folder``: a replaced item whose
    successor never arrived (``old-N`` in a staging folder) goes back to ``restore(old)``
    unless something is there; everything else hidden and stale is deleted."""
    now = time.time()
    for entry in folder.iterdir():
        if not entry.name.startswith((STAGING, REMOVING)) or str(entry) in _ACTIVE:
            continue
        try:
            if now - entry.stat().st_mtime < STALE_SECONDS:
                continue
            if entry.name.startswith(STAGING):
                for old in sorted(entry.glob("old-*")):
                    target = restore(old)
                    if not target.exists():
                        durable_replace(old, target)
        except (OSError, ValueError, KeyError):
            pass
        shutil.rmtree(entry, ignore_errors=True)
