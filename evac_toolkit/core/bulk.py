"""Bulk work without the cycle collector's repeated passes.

Reading and importing 50,000 rows makes a million small strings, dicts and lists and no reference
cycles; each time enough objects pile up, the collector walks all the live ones again (0.5 s of a
1.7 s CSV check). Pausing it for the duration is safe: nothing cyclic is made, and it runs again
afterwards. Nested and concurrent uses (an import in a worker while the window searches) count
so that the collector comes back only when the last one ends, and only if it was on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    global _depth, _was_enabled
    with _LOCK:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
