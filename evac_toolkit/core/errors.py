"""Errors the user can act on.

The core raises :class:`UserError` with a stable code and parameters; the command line and the GUI
turn the code into a sentence in the user's language. The core never words messages itself.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable environment, explained to the user rather than as a traceback."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs and tests; people see the translated text
        details = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}({details})"


def os_reason(exc: OSError) -> tuple[str, dict[str, object]]:
    """An OSError as a message code for its common causes (a read-only disk, no permission, a
    file where a folder should be, a full disk, a missing drive), so the reason reads in the
    user's language; other errors keep the system's own words (``os_other``)."""
    import errno

    code = {errno.EACCES: "os_denied", errno.EPERM: "os_denied", errno.EROFS: "os_read_only",
            errno.ENOTDIR: "os_not_a_folder", errno.EEXIST: "os_not_a_folder",
            errno.ENOSPC: "os_no_space", errno.ENOENT: "os_missing",
            errno.ENODEV: "os_missing"}.get(exc.errno or 0)
    return (code, {}) if code else ("os_other", {"reason": exc.strerror or str(exc)})
