"""Writers wait their turn: two processes registering people at the desk while a third imports a
20,000-row list into the same registry file. Every add and the import succeed, and nothing is
lost: the file holds exactly the imported rows plus every acknowledged add.

Each writer is a real process on a real SQLite file (WAL, synchronous FULL). Before writes
began IMMEDIATE, a writer's transaction read first and then found another writer's lock: SQLite
answers that with SQLITE_BUSY at once (the busy timeout cannot help a transaction that already
read), and hundreds of the adds failed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

ROOT = Path(__file__).resolve().parent.parent
IMPORTED = 20_000
ADDS = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.usefixtures("keyring_on_disk"),   # each writer unlocks as a script does
]

IMPORTER = r"""
import sys, time
from pathlib import Path
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
from evac_toolkit.core.registry.store import Registry

registry = Registry(Path(sys.argv[1]))
preview = read_csv(Path(sys.argv[2]), registry)
assert not preview.problems, preview.problems[:3]
flags = Path(sys.argv[3])
(flags / "go").touch()                      # the desks start registering
while len(list(flags.glob("desk-*-started"))) < 2:
    time.sleep(0.01)
# The import's transaction (its own nests in this one) takes the write lock while the desks are
# between two people; they go on at once and must wait for it, however long it takes.
with registry.db.atomic():
    (flags / "importing").touch()
    result = import_preview(registry, preview)
registry.close()
print(result.imported, flush=True)
"""

ADDER = r"""
import json, sys, time
from pathlib import Path
from evac_toolkit.core.registry.store import Registry

registry = Registry(Path(sys.argv[1]))
flags, desk = Path(sys.argv[2]), sys.argv[3]
while not (flags / "go").exists():
    time.sleep(0.01)
added, failed = [], []
for number in range(int(sys.argv[4])):
    try:
        person = registry.add({"display_name": f"{desk} {number}", "languages": ["vi", "en"],
                               "diets": ["halal"], "notes": "受付"})
        added.append(person.id)
    except Exception as exc:                # counted, not fatal: the parent reports them
        failed.append(f"{type(exc).__name__}: {exc}")
    if number == 4:
        (flags / f"{desk}-started").touch()
        while not (flags / "importing").exists():
            time.sleep(0.005)
registry.close()
print(json.dumps({"added": added, "failed": failed}), flush=True)
"""


def _list_file(path: Path) -> Path:
    lines = ["display_name,name_reading,languages,diets"]
    lines += [f"取込 {number:05d},とりこみ {number:05d},vi,halal" for number in range(IMPORTED)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_two_desks_and_an_import_write_at_once_without_a_failure_or_a_loss(tmp_path: Path):
    registry_path = tmp_path / "data" / REGISTRY_FILE
    Registry(registry_path).close()                 # created and migrated once, before the race
    listing = _list_file(tmp_path / "list.csv")
    flags = tmp_path / "flags"
    flags.mkdir()
    run = {"cwd": ROOT, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, str(registry_path),
                                 str(listing), str(flags)], **run)
    desks = [subprocess.Popen([sys.executable, "-c", ADDER, str(registry_path), str(flags),
                               f"desk-{name}", str(ADDS)], **run) for name in "AB"]
    outputs = [process.communicate(timeout=500) for process in (importer, *desks)]
    for process, (_out, err) in zip((importer, *desks), outputs, strict=True):
        assert process.returncode == 0, err[-3000:]

    assert int(outputs[0][0]) == IMPORTED
    reports = [json.loads(out) for out, _err in outputs[1:]]
    failures = [line for report in reports for line in report["failed"]]
    assert failures == [], f"{len(failures)} add(s) failed, e.g. {failures[:3]}"
    acknowledged = {evacuee_id for report in reports for evacuee_id in report["added"]}
    assert len(acknowledged) == 2 * ADDS

    registry = Registry(registry_path)
    try:
        stored = {row[0] for row in registry.db.execute("SELECT id FROM evacuees")}
        assert len(stored) == IMPORTED + 2 * ADDS
        assert acknowledged <= stored
        audited = registry.db.execute("SELECT count(*) FROM audit").fetchone()[0]
        # The desks wrote before the import took the lock and after it: they waited their turn.
        ((first_import, last_import),) = registry.db.execute(
            "SELECT min(id), max(id) FROM audit WHERE action = 'import'")
        added = [row[0] for row in registry.db.execute(
            "SELECT id FROM audit WHERE action = 'add'")]
        assert min(added) < first_import and max(added) > last_import
        assert audited == IMPORTED + 2 * ADDS
    finally:
        registry.close()
