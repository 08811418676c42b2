"""Kill-during-write loop: a process adding people, adding batches and importing lists is
SIGKILLed at random moments, at least 50 times; after every kill the registry opens healthy,
every record the process acknowledged is there, and every batch and import is all or nothing.

The writer acknowledges each commit by appending a line to a file after the commit returned:
``card K7M2QX`` for one person, ``intent MARK COUNT`` before a batch or an import and
``ack MARK`` after it (each batch's people carry the mark in their notes). A line cut off by the
kill is not an acknowledgement.

Starting Python and importing the program takes most of a second on a busy laptop, so writers
are forked from one process that imported everything once (a "zygote"); each round is then a
fork, a random wait and a kill. tests/test_registry_crash.py kills fresh interpreters, which also
covers start-up.

Set EVAC_CRASH_SEED to replay a run (the seed is in every failure message) and
EVAC_KILL_ROUNDS for more rounds.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evac_toolkit.core.registry.database import REGISTRY_FILE, quick_check
from evac_toolkit.core.registry.store import Registry

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = max(50, int(os.environ.get("EVAC_KILL_ROUNDS", "50")))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.usefixtures("keyring_on_disk"),   # the zygote unlocks as a script does
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL: POSIX"),
]

ZYGOTE = r"""
import os, random, sys, traceback
from pathlib import Path
from evac_toolkit.core import shelter_key
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
import evac_toolkit.core.registry.backup            # imported before the fork, as the rest

# Unlocked once at start (keyring and EVAC_TOOLKIT_PASSPHRASE), as a program is before it writes.
shelter_key.require()

folder = Path(sys.argv[1])


def write(round_number):
    ack = os.open(folder / f"ack-{round_number}.txt", os.O_WRONLY | os.O_CREAT | os.O_APPEND)

    def say(text):
        os.write(ack, (text + "\n").encode())

    rng = random.Random(round_number)
    registry = Registry(folder / "registry.sqlite")
    say("ready")
    step = 0
    while True:
        step += 1
        mark = f"mark-{round_number}-{step}"
        choice = rng.random()
        if choice < 0.5:
            person = registry.add({"display_name": f"山田 {mark}", "name_reading": "やまだ",
                                   "languages": ["ja", "vi"], "allergens": ["egg"],
                                   "notes": "x" * rng.randrange(600)})
            say("card " + person.card_id)
        elif choice < 0.75:
            count = rng.randrange(2, 40)
            say(f"intent {mark} {count}")
            registry.add_many([{"display_name": f"一括 {mark} {i}", "languages": ["my"],
                                "notes": mark} for i in range(count)])
            say(f"ack {mark}")
        else:
            count = rng.randrange(20, 300)
            sheet = folder / f"list-{round_number}.csv"
            rows = ["氏名,ふりがな,languages,notes"] + [
                f"取込 {mark} {i},とりこみ {i},vi,{mark}" for i in range(count)]
            sheet.write_text("\r\n".join(rows) + "\r\n", encoding="cp932")
            preview = read_csv(sheet, registry)
            assert not preview.problems, preview.problems[:3]
            say(f"intent {mark} {len(preview.records)}")
            import_preview(registry, preview)
            say(f"ack {mark}")


for line in sys.stdin:
    round_number = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            write(round_number)
        except BaseException:
            (folder / f"error-{round_number}.txt").write_text(traceback.format_exc())
            os._exit(3)
        os._exit(0)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""


def _acknowledged(path: Path) -> tuple[bool, list[str], dict[str, int], set[str]]:
    """Whether the writer got going; its acknowledged card IDs, batch intents (mark → count)
    and acknowledged marks. A line without its newline was cut off by the kill."""
    if not path.exists():
        return False, [], {}, set()
    lines = path.read_text(encoding="utf-8").split("\n")[:-1]
    cards, intents, acks = [], {}, set()
    for line in lines:
        kind, *rest = line.split(" ")
        if kind == "card":
            cards.append(rest[0])
        elif kind == "intent":
            intents[rest[0]] = int(rest[1])
        elif kind == "ack":
            acks.add(rest[0])
    return "ready" in lines, cards, intents, acks


def test_a_writer_killed_at_random_moments_loses_nothing_it_acknowledged(tmp_path):
    seed = int(os.environ.get("EVAC_CRASH_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(tmp_path)], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    path = tmp_path / REGISTRY_FILE
    cards: list[str] = []
    intents: dict[str, int] = {}
    acks: set[str] = set()
    mid_batch = mid_write = 0
    try:
        for round_number in range(ROUNDS):
            context = f"seed {seed}, round {round_number + 1} of {ROUNDS}"
            zygote.stdin.write(f"{round_number}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            # Anywhere from opening the file (recovering the last kill's WAL) to mid-import.
            time.sleep(rng.uniform(0.0, 0.3))
            with contextlib.suppress(ProcessLookupError):   # it ended by itself: see below
                os.kill(pid, signal.SIGKILL)
            status = int(zygote.stdout.readline())
            error = tmp_path / f"error-{round_number}.txt"
            assert not error.exists(), f"writer failed by itself ({context}):\n" \
                f"{error.read_text()[-3000:]}"
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, context
            ready, round_cards, round_intents, round_acks = _acknowledged(
                tmp_path / f"ack-{round_number}.txt")
            cards += round_cards
            intents.update(round_intents)
            acks |= round_acks
            mid_write += ready and bool(round_cards or round_intents)
            mid_batch += bool(set(round_intents) - round_acks)

            registry = Registry(path)           # raises registry_damaged if it will not open
            try:
                assert quick_check(registry.db) == [], context
                present = {row[0] for row in registry.db.execute(
                    "SELECT card_id FROM evacuees")}
                lost = [card for card in cards if card not in present]
                assert lost == [], f"{len(lost)} acknowledged people lost ({context})"
                counts = dict(registry.db.execute(
                    "SELECT notes, count(*) FROM evacuees WHERE notes LIKE 'mark-%' "
                    "GROUP BY notes").fetchall())
                for mark, count in intents.items():
                    found = counts.get(mark, 0)
                    wanted = (count,) if mark in acks else (0, count)
                    assert found in wanted, \
                        f"{mark}: {found} of {count} stored ({context})"
            finally:
                registry.close()
    finally:
        zygote.stdin.close()
        zygote.wait(30)
    context = f"seed {seed}, {ROUNDS} kills"
    assert len(cards) + len(acks) >= 50, f"too few writes to mean anything ({context})"
    assert mid_write >= ROUNDS // 3, f"only {mid_write} kills while writing ({context})"
    assert mid_batch >= 1, f"no kill landed inside a batch or an import ({context})"
    registry = Registry(path)
    try:
        assert registry.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        registry.db.execute("INSERT INTO evacuees_fts(evacuees_fts) VALUES ('integrity-check')")
    finally:
        registry.close()
    print(f"{len(cards)} people and {len(acks)} batches acknowledged, {mid_write} kills while "
          f"writing, {mid_batch} inside a batch or an import; {context}")
