"""Keep PySide6 from holding the source of every imported module in memory.

PySide6 checks each module imported after it for the text "PySide6", to apply its optional
``__feature__`` switches, with ``inspect.getsource``, which reads the file through ``linecache``
and keeps every line: once the Signs view was open, 380 modules and 200,000 lines held for the
life of the program, about 12 MiB. The same check here reads the file and lets it go.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers: whether the module's source mentions PySide6."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def install() -> None:
    """Replace PySide6's check; a PySide6 without it keeps its own behaviour."""
    import PySide6.QtCore  # noqa: F401 - loads PySide6's support modules

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    feature._mod_uses_pyside = _uses_pyside
    linecache.clearcache()     # what it has read so far
