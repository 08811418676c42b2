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
