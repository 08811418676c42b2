"""Crash safety: a writer killed with SIGKILL at random moments never loses an acknowledged
record and never leaves a registry that will not open.

A child process writes people in a loop and prints each ID only after the commit returned. The
parent kills it at random moments (while it starts, opens or recovers the file, or writes),
many times over the same file, then opens the registry with the current code and checks that
every acknowledged ID is there, that each batch is all or nothing, that every person has their
audit line, and that the file and its search index are sound.

Set EVAC_CRASH_SEED to replay a run; the seed is in every failure message.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from evac_toolkit.core.registry.database import REGISTRY_FILE, quick_check
from evac_toolkit.core.registry.store import Registry

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.usefixtures("keyring_on_disk"),   # the killed writer unlocks the test key
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork-style crashes: POSIX"),
]

CHILD = r"""
import json, sys, uuid
from pathlib import Path
from evac_toolkit.core.registry.store import Registry

registry = Registry(Path(sys.argv[1]))
print("ready", flush=True)
last = None
step = 0
while True:
    step += 1
    if step % 4 == 0:
        ids = [str(uuid.uuid4()) for _ in range(5)]
        print("intent " + json.dumps(ids), flush=True)          # before the transaction
        registry.add_many([{"id": i, "display_name": f"一括 {i[:8]}", "languages": ["vi"],
                            "diets": ["halal"]} for i in ids])
        print("ack " + json.dumps(ids), flush=True)              # after the commit returned
    elif step % 4 == 2 and last:
        registry.update(last, {"notes": "更新 " * (step % 50), "area": f"教室 {step}"})
    else:
        person = registry.add({"display_name": f"山田 {step}", "name_reading": f"やまだ {step}",
                               "languages": ["ja", "en"], "allergens": ["egg"],
                               "notes": "x" * (step % 700)})
        last = person.id
        print("ack " + json.dumps([person.id]), flush=True)
"""


def _run_round(path: Path, rng: random.Random, env: dict) -> tuple[list[str], list[list[str]],
                                                                     list[list[str]], bool]:
    """Start a writer, kill it at a random moment; its acknowledged IDs, batch intents and
    acknowledgements, and whether it got as far as writing."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace")
            if not line.endswith("\n"):          # cut off by the kill: not acknowledged
                break
            lines.append(line.rstrip("\n"))
            if line == "ready\n":
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.25:
        # Anywhere from start-up, through opening (quick check, WAL recovery), to writing.
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        if not ready.wait(30):
            proc.kill()
            proc.wait()
            pytest.fail(f"writer did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    reader.join(30)
    errors = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, f"writer failed by itself:\n{errors[-3000:]}"
    acked, intents, batches = [], [], []
    for line in lines:
        kind, _, payload = line.partition(" ")
        if kind == "ack":
            ids = json.loads(payload)
            acked += ids
            if len(ids) > 1:
                batches.append(ids)
        elif kind == "intent":
            intents.append(json.loads(payload))
    return acked, intents, batches, ready.is_set()


def test_killed_writers_never_lose_acknowledged_records(tmp_path):
    seed = int(os.environ.get("EVAC_CRASH_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    path = tmp_path / REGISTRY_FILE
    acknowledged: list[str] = []
    intents: list[list[str]] = []
    killed_while_writing = 0
    started = time.monotonic()
    for _ in range(ROUNDS):
        acked, round_intents, _batches, was_ready = _run_round(path, rng, env)
        acknowledged += acked
        intents += round_intents
        killed_while_writing += bool(was_ready and acked)
    elapsed = time.monotonic() - started
    context = f"seed {seed}, {ROUNDS} kills in {elapsed:.0f} s"
    assert len(acknowledged) >= 100, f"too few writes to mean anything ({context})"
    assert killed_while_writing >= ROUNDS // 3, context

    registry = Registry(path)                     # raises registry_damaged if it will not open
    try:
        assert quick_check(registry.db) == [], context
        assert registry.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        registry.db.execute("INSERT INTO evacuees_fts(evacuees_fts) VALUES ('integrity-check')")
        present = {row[0] for row in registry.db.execute("SELECT id FROM evacuees")}
        lost = [i for i in acknowledged if i not in present]
        assert lost == [], f"{len(lost)} acknowledged records lost ({context})"
        for ids in intents:                       # a batch is all or nothing
            found = sum(i in present for i in ids)
            assert found in (0, len(ids)), f"half a batch: {found}/{len(ids)} ({context})"
        audited = {row[0] for row in registry.db.execute(
            "SELECT evacuee_id FROM audit WHERE action IN ('add', 'import')")}
        assert audited == present, f"a record and its audit line parted ({context})"
        for evacuee_id in acknowledged[-20:]:
            registry.get(evacuee_id)
        assert {p.id for p in registry.search("やまだ")} <= present
        print(f"{len(acknowledged)} acknowledged, {len(present)} stored, {context}")
    finally:
        registry.close()
