"""How many CPU threads a translation model may use."""

from __future__ import annotations

import os


def translation_threads() -> int:
    """All cores but one, which the window keeps (at least one, at most 4, beyond which
    CTranslate2 gains little on a volunteer's few sentences). CTranslate2's own default takes
    every core: on a 2-core shelter laptop the window then competes with the model, and on a
    busy machine each call waited for threads that were not free (230 ms instead of 1 ms per
    call with a tiny model, measured under load)."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))
