"""One window per data folder, and no registry replaced under another process's connection.

Advisory locks on small lock files, held for the life of the process: the operating system
drops them when the process ends, however it ends (closed, crashed, killed), so a stale lock
never has to be cleared by hand. Two kinds:

- The window's lock (``hold_program``), one per data folder, exclusive: a second window on the
  same data folder finds it taken and says the program is already open.
- A registry file's lock (``hold_registry``), taken when a ``Registry`` is opened. Every process
  with the registry open (the window, ``registry add``, ``registry list`` …) holds it shared, so
  commands may read and write beside the window: SQLite's own locking orders their writes (see
  registry/transactions.py). Replacing or wiping the file (``exclusive``: restore,
  close-shelter) needs it exclusively and is refused while another process holds it, whose
  connections would go on writing to the file being replaced. The first process to open the
  registry while nobody else has it tidies up what a crashed restore or close left
  (``when_alone``): nobody else can be writing those files then.

Which commands take which: every command that opens the registry (add, list, stats, import,
export, card, kitchen, handover, backup) holds it shared for as long as it runs; restore and
close-shelter take it exclusively (upgrading their own shared hold); backups, check and the
commands that never open the registry take nothing.

Where a lock file cannot be created or locked (a read-only data folder, a file system without
locks), the program goes on without it: it must still open a registry to read it.

On POSIX the locks are flock(2) locks, which convert shared to exclusive by unlocking first: two
processes converting at the same instant could let one through in the other's gap. Both would
have to be a restore or close-shelter started within microseconds of each other.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from evac_toolkit.core.errors import UserError

#: The window's lock file, in the data folder.
PROGRAM_LOCK = ".window.lock"
#: How long opening the registry waits while another process restores or closes it.
WAIT_FOR_SHARED = 30.0
_POLL = 0.05

T = TypeVar("T")


class _LockFile:
    """An open lock file and the lock this process holds on it: None, "shared" or "exclusive"."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.mode: str | None = None
        self._slots: set[int] = set()        # Windows: the bytes this process has locked

    @classmethod
    def open(cls, path: Path) -> _LockFile | None:
        """None when the file cannot be created (a read-only folder): run without the lock."""
        try:
            return cls(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        except OSError:
            return None

    def try_lock(self, mode: str) -> bool:
        """Take or convert to ``mode`` without waiting; False when another process is in the
        way. On POSIX a refused conversion also drops the lock held before (flock converts by
        unlocking first): callers take it again with ``wait_shared``."""
        ok = _posix_try(self.fd, mode) if os.name == "posix" else self._windows_try(mode)
        if ok:
            self.mode = mode
        elif os.name == "posix":
            self.mode = None
        return ok

    def wait_shared(self, timeout: float | None) -> bool:
        """Hold it shared, waiting up to ``timeout`` seconds (None: as long as it takes) while
        another process holds it exclusively."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.try_lock("shared"):
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(_POLL)
        return True

    def close(self) -> None:
        os.close(self.fd)         # releases every lock this descriptor holds
        self.mode = None

    # Windows has no shared locks (msvcrt.locking locks bytes, exclusively): a shared holder
    # locks one byte of SLOTS, an exclusive one all of them. Converting shared to exclusive
    # locks the others; back to shared unlocks all but one. Nothing is dropped on the way.
    _SLOTS = 64

    def _windows_try(self, mode: str) -> bool:
        if mode == "shared":
            if self._slots:
                for slot in sorted(self._slots)[1:]:
                    self._windows_unlock(slot)
                self._slots = set(sorted(self._slots)[:1])
                return True
            for slot in range(self._SLOTS):
                if self._windows_lock(slot):
                    self._slots = {slot}
                    return True
            return False
        taken = []
        for slot in range(self._SLOTS):
            if slot in self._slots:
                continue
            if not self._windows_lock(slot):
                for undo in taken:
                    self._windows_unlock(undo)
                return False
            taken.append(slot)
        self._slots.update(taken)
        return True

    def _windows_lock(self, slot: int) -> bool:
        import msvcrt

        os.lseek(self.fd, slot, os.SEEK_SET)
        try:
            msvcrt.locking(self.fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _windows_unlock(self, slot: int) -> None:
        import msvcrt

        os.lseek(self.fd, slot, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)


def _posix_try(fd: int, mode: str) -> bool:
    import errno
    import fcntl

    flag = fcntl.LOCK_EX if mode == "exclusive" else fcntl.LOCK_SH
    try:
        fcntl.flock(fd, flag | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return True               # a file system without locks (ENOLCK, EOPNOTSUPP): go on
    return True


# -- the window ----------------------------------------------------------------------------------
_program: _LockFile | None = None


def hold_program(data_dir: Path) -> None:
    """Hold the window's lock on ``data_dir`` until the process ends; raises
    ``UserError('program_already_open')`` when another window has it."""
    global _program
    lock = _LockFile.open(Path(data_dir) / PROGRAM_LOCK)
    if lock is None:
        return
    if not lock.try_lock("exclusive"):
        lock.close()
        raise UserError("program_already_open", path=str(data_dir))
    if _program is not None:
        _program.close()
    _program = lock


# -- a registry file -----------------------------------------------------------------------------
_guard = threading.Lock()


class _Held:
    def __init__(self, lock: _LockFile | None) -> None:
        self.lock = lock
        self.count = 0


_held: dict[Path, _Held] = {}


def _open_beside(key: Path) -> _LockFile | None:
    with contextlib.suppress(OSError):
        key.parent.mkdir(parents=True, exist_ok=True)
    return _LockFile.open(key)


def lock_path(registry: Path) -> Path:
    """The lock file of the registry file ``registry``, beside it."""
    return registry.parent / f".{registry.name}.lock"


class RegistryHold:
    """This process's claim on a registry file; ``release`` when the connection is closed."""

    def __init__(self, key: Path) -> None:
        self._key: Path | None = key

    def release(self) -> None:
        with _guard:
            key, self._key = self._key, None
            held = _held.get(key) if key is not None else None
            if held is None:
                return
            held.count -= 1
            if held.count <= 0:
                del _held[key]
                if held.lock is not None:
                    held.lock.close()


def hold_registry(registry: Path, when_alone: Callable[[], T] | None = None
                  ) -> tuple[RegistryHold, T | None]:
    """Hold ``registry`` shared for this process (counted: the window's connection and its
    import worker's are one hold). When this process is the first to hold it and no other
    process has it either, ``when_alone()`` runs first, with the lock exclusive, and its result
    is returned. Waits while another process restores or closes it; then
    ``UserError('registry_held')``."""
    key = lock_path(Path(registry).resolve())
    with _guard:
        held = _held.get(key)
        if held is None:
            lock = _open_beside(key)
            found = None
            if lock is not None:
                if lock.try_lock("exclusive"):
                    try:
                        found = when_alone() if when_alone else None
                    except BaseException:
                        lock.close()
                        raise
                    lock.wait_shared(None)        # only another's brief attempt can be in the way
                elif not lock.wait_shared(WAIT_FOR_SHARED):
                    lock.close()
                    raise UserError("registry_held", path=str(registry))
            held = _held[key] = _Held(lock)
        else:
            found = None
        held.count += 1
        return RegistryHold(key), found


@contextlib.contextmanager
def exclusive(registry: Path) -> Iterator[None]:
    """Hold ``registry`` exclusively for the block (converting this process's shared hold, if it
    has one); ``UserError('registry_in_use')`` while another process holds it. The connections
    this process has open on the file are the caller's to close or use."""
    key = lock_path(Path(registry).resolve())
    with _guard:
        held = _held.get(key)
        own = held is not None and held.lock is not None
        lock = held.lock if own else _open_beside(key)
        if lock is not None and not lock.try_lock("exclusive"):
            if own:
                lock.wait_shared(None)
            else:
                lock.close()
            raise UserError("registry_in_use", path=str(registry))
    try:
        yield
    finally:
        with _guard:
            if lock is not None:
                if not own:
                    lock.close()
                elif _held.get(key) is held:         # still open here: shared again
                    lock.wait_shared(None)
