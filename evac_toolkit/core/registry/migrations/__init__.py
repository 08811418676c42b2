"""The registry's schema migrations, one module per version (PRAGMA user_version).

A released migration never changes: a registry migrated by one version of the program must end
up as one migrated by any other. So a migration module imports nothing from the rest of the
program that may change (no store, no text_fold): it carries its own copy of any helper it needs
(see v2's fold). A change to the schema is a new module here, appended to MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from evac_toolkit.core.registry.migrations import v1, v2, v3, v4, v5, v6, v7

#: Schema versions, in order: MIGRATIONS[n] takes a registry from version n to n + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    v1.migrate, v2.migrate, v3.migrate, v4.migrate, v5.migrate, v6.migrate, v7.migrate]
SCHEMA_VERSION = len(MIGRATIONS)
