"""Schema migration 5. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite_utils

from evac_toolkit.core.registry.migrations.script import run_script


def migrate(db: sqlite_utils.Database) -> None:
    # Search keys fold variant kanji (髙橋 = 高橋), drop variation selectors and spell out 々,
    # so keys stored by older versions are stale. This migration does not recompute them: a
    # migration that called today's fold() would do something else once fold() changes again,
    # and a released migration must never change (v2 carries its own copy of the fold of
    # its day; its keys are recomputed below anyway). It only records which fold built the
    # stored keys, "" (unknown) here; open_registry then finds them stale and
    # search_keys.refresh() recomputes them with the running program's fold — the only fold whose keys search can
    # use — and rebuilds the trigram index, after the same verified backup. A later change to
    # fold() changes text_fold.FOLD_VERSION and needs no migration at all.
    run_script(db, """
    CREATE TABLE search_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fold_version TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO search_keys (id, fold_version) VALUES (1, '');
    """)
