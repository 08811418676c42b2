"""Write files so that a power cut leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from evac_toolkit.core.errors import UserError

#: What a folder fsync answers on a file system that cannot sync folders (some network and
#: FAT drivers): the rename itself has happened; nothing more can be done for it there.
_NO_FOLDER_SYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EISDIR,
                             errno.EACCES, errno.EPERM})


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make the renames and deletions in ``folder`` survive a power cut: a rename is an entry in
    the folder, on disk only once the folder is. POSIX only (Windows cannot open a folder, and
    its renames are journalled with the file)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        if exc.errno in _NO_FOLDER_SYNC:
            return
        raise
    try:
        os.fsync(handle)
    except OSError as exc:
        if exc.errno not in _NO_FOLDER_SYNC:
            raise
    finally:
        os.close(handle)


def durable_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """``os.replace``, then the folder(s) of both names fsynced: every rename of the program
    goes through here, so none is lost by a power cut after the program said it was done (a
    close-shelter wipe must never run while its archive's name is still only in memory)."""
    os.replace(source, target)
    target_folder = os.path.dirname(os.path.abspath(target))
    fsync_dir(target_folder)
    source_folder = os.path.dirname(os.path.abspath(source))
    if source_folder != target_folder:
        fsync_dir(source_folder)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success fsync it and rename it over ``path``
    (the folder fsynced too).

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        durable_replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def ensure_writable_dir(path: Path) -> Path:
    """Create ``path`` if needed and prove it is writable; raises OSError otherwise."""
    path.mkdir(parents=True, exist_ok=True)
    probe = tempfile.NamedTemporaryFile(dir=path, prefix=".probe.", delete=True)
    probe.close()
    return path


def write_output(data: bytes, out: str | os.PathLike[str]) -> Path:
    """Write a file the user asked for (a PDF, a CSV) atomically; a folder that cannot be written
    is ``UserError('output_unwritable')``, said in the user's language, with nothing written."""
    target = Path(out)
    try:
        with atomic_write(target) as handle:
            handle.write(data)
    except OSError as exc:
        raise UserError("output_unwritable", path=str(target),
                        reason=exc.strerror or str(exc)) from exc
    return target
