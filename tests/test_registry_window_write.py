"""The window's write transaction (``Registry.write_now``): all or nothing, nesting the
registry's own transactions, and on a registry another process is writing, refused at once
with the busy timeout of every other write left as it was."""

from __future__ import annotations

import pytest
from test_instance_lock import CHILD_UNLOCKS, HOLDER, _finish, _start

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import transactions
from evac_toolkit.core.registry.store import Registry


@pytest.fixture
def registry(tmp_path):
    reg = Registry(tmp_path / "registry.sqlite")
    yield reg
    reg.close()


def _busy_timeout(registry) -> int:
    return registry.db.conn.execute("PRAGMA busy_timeout").fetchone()[0]


def test_writes_inside_are_all_or_nothing(registry):
    with pytest.raises(RuntimeError), registry.write_now():
        registry.add({"display_name": "First", "languages": ["vi"]})
        registry.add({"display_name": "Second", "languages": ["vi"]})
        raise RuntimeError("the power went")
    assert registry.search("") == []
    with registry.write_now():
        first = registry.add({"display_name": "First", "languages": ["vi"]})
        with registry.write_now():                       # nested: the outer decides
            registry.check_out(first.id)
    assert [(p.display_name, p.status) for p in registry.search("")] == [("First", "left")]
    assert not registry.db.conn.in_transaction


@CHILD_UNLOCKS
def test_another_writer_makes_it_refuse_at_once_and_the_wait_is_restored(registry):
    registry.add({"display_name": "First", "languages": ["vi"]})
    assert _busy_timeout(registry) == round(transactions.BUSY_TIMEOUT * 1000)
    holder = _start(HOLDER, str(registry.path), "transaction")
    try:
        with pytest.raises(UserError) as refused, registry.write_now():
            registry.add({"display_name": "Second", "languages": ["vi"]})
        assert refused.value.code == "registry_busy_now"
        # The registry's other writes (the command line, workers) still wait their 30 s.
        assert _busy_timeout(registry) == round(transactions.BUSY_TIMEOUT * 1000)
        assert not registry.db.conn.in_transaction
    finally:
        _finish(holder)
    with registry.write_now():
        registry.add({"display_name": "Second", "languages": ["vi"]})
    assert sorted(p.display_name for p in registry.search("")) == ["First", "Second"]
