"""A released migration never changes: each one under core/registry/migrations carries what it
needs and imports nothing else of the program, whose helpers go on changing."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from evac_toolkit.core.registry.migrations import MIGRATIONS, SCHEMA_VERSION
from evac_toolkit.core.registry.search_keys import match_key

MIGRATIONS_DIR = (Path(__file__).resolve().parent.parent / "evac_toolkit" / "core" / "registry"
                  / "migrations")
OWN = "evac_toolkit.core.registry.migrations"


def _program_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))
    return [name for name in names
            if name.startswith(("evac_toolkit", ".")) and not name.startswith(OWN)]


@pytest.mark.parametrize("module", sorted(MIGRATIONS_DIR.glob("*.py")), ids=lambda p: p.name)
def test_a_migration_imports_nothing_of_the_program_outside_the_migrations(module):
    assert _program_imports(module) == []


def test_every_version_has_its_module():
    assert SCHEMA_VERSION == len(MIGRATIONS) == len(list(MIGRATIONS_DIR.glob("v*.py")))


def test_migration_2_folds_keys_as_it_did_when_released():
    """v2 recomputes keys with its own fold (accents off Latin letters); today's fold also
    turns variant kanji into their common form (髙 → 高), which v2 never did."""
    db = sqlite_utils.Database(sqlite3.connect(":memory:"))
    MIGRATIONS[0](db)
    db.execute("INSERT INTO evacuees (id, card_id, display_name, name_reading, created_at, "
               "updated_at) VALUES ('1', 'AAA222', '髙橋 Nguyễn', 'タカハシ', 'x', 'x')")
    MIGRATIONS[1](db)
    (key,) = db.execute("SELECT match_key FROM evacuees").fetchone()
    assert key == "髙橋nguyen\u0001たかはし"
    assert match_key("髙橋 Nguyễn", "タカハシ") != key     # today's fold is another one
