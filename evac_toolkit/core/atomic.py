"""Write files so that a power cut leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success fsync it and rename it over ``path``.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
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
    from evac_toolkit.core.errors import UserError

    target = Path(out)
    try:
        with atomic_write(target) as handle:
            handle.write(data)
    except OSError as exc:
        raise UserError("output_unwritable", path=str(target),
                        reason=exc.strerror or str(exc)) from exc
    return target
