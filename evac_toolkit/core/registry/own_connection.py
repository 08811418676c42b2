"""Work on a registry file over a connection of its own, opened and closed around the work.

For work done in a worker thread while the window keeps its own connection: no connection is
shared between threads, and the registry's WAL mode lets a reader read while the window writes.
A writer's changes are noticed by the window's connection (its counts are recomputed when
another connection has written).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from evac_toolkit.core.registry.store import Registry

T = TypeVar("T")


def reading(registry_path: Path, work: Callable[[Registry], T]) -> T:
    """``work(reader)`` on a read-only connection to a registry the window opened (checked
    and migrated already)."""
    reader = Registry.reader(registry_path)
    try:
        return work(reader)
    finally:
        reader.close()


def writing(registry_path: Path, work: Callable[[Registry], T]) -> T:
    """``work(registry)`` on a writing connection of its own."""
    registry = Registry(registry_path)
    try:
        return work(registry)
    finally:
        registry.close()
