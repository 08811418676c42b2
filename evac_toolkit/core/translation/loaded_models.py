"""Translation models kept loaded between translations, for Argos packs and many-to-many models.

Loading a model takes seconds and hundreds of megabytes, so a model stays loaded until more than
``limit`` are, the least recently used going first. Keys start with the model's folder path
(then whatever tells a re-installed folder from the old one: inode, times), so that the models
of one data folder can be dropped after an install or a removal. A GUI worker may translate
while another loads: the lock covers the table and the loading (CTranslate2 translators are
thread-safe themselves); a translation still running keeps its own model when it is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

Model = TypeVar("Model")


class LoadedModels(Generic[Model]):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lock = threading.RLock()
        self._models: OrderedDict[tuple, Model] = OrderedDict()

    def get(self, key: tuple, load: Callable[[], Model]) -> Model:
        """The model under ``key`` (``key[0]`` its folder's path), loaded by ``load()`` if it is
        not loaded yet."""
        with self._lock:
            found = self._models.get(key)
            if found is None:
                found = self._models[key] = load()
                while len(self._models) > self.limit:
                    self._models.popitem(last=False)
            self._models.move_to_end(key)
            return found

    def drop(self, folder: Path | None = None) -> None:
        """Forget the models whose folders are in ``folder`` (all when None)."""
        with self._lock:
            if folder is None:
                self._models.clear()
                return
            for key in [k for k in self._models if Path(k[0]).parent == folder]:
                del self._models[key]

    def folders(self) -> list[Path]:
        """The loaded models' folders, least recently used first."""
        with self._lock:
            return [Path(key[0]) for key in self._models]
