"""Any failure as one sentence in the user's language: the one place an exception becomes text.

A ``UserError`` is worded by its code; a full disk or a failed database write says what happened
and that nothing was written; a disk error names its cause and the file; anything else is a
failure with the system's words kept for whoever looks into it. The window and the command line
both call :func:`describe`, each with its audience.
"""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core.errors import UserError, os_reason
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.registry.health import storage_error, storage_failure


def describe(error: BaseException, language: str, audience: str = "gui", *,
             write_code: str = "action_failed_file", path: Path | str | None = None) -> str:
    """``error`` as a sentence for ``audience`` ('gui' or 'cli'). An ``OSError`` is worded with
    ``write_code`` (a code taking ``path`` and ``reason``), naming ``path`` or the error's file."""
    word = gui_message if audience == "gui" else message
    if isinstance(error, UserError):
        return word(error.code, language, **error.params)
    failure = storage_failure(error)
    if failure == "full" or (failure and not isinstance(error, OSError)):
        problem = storage_error(error, getattr(error, "filename", None) or path or "")
        return word(problem.code, language, **problem.params)
    if isinstance(error, OSError):
        code, params = os_reason(error)
        reason = word(code, language, **params)
        where = path or error.filename
        if where:
            return word(write_code, language, path=str(where), reason=reason)
        return word("action_failed", language, detail=reason)
    return word("action_failed", language, detail=str(error) or type(error).__name__)


def gui_problem(error: BaseException, language: str) -> str:
    """A failure as the window says it."""
    return describe(error, language, "gui")
