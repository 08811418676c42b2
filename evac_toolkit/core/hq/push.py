"""``shelter push``: the shelter's status report sent straight to headquarters' PostgreSQL
server, as the shelter's own role (:mod:`.server_roles`), when a network is there.

Each report is first put in the outbox in the data folder — the same sealed file as on a USB
stick, counts only, under the city key — and only then sent; a report leaves the outbox when
the server has it. So a push without a network loses nothing: the report waits, and the next
push sends every waiting report first, oldest first. Headquarters keeps one history whichever
way a report came (idempotent on shelter + sequence; an older report never goes in after a
newer one, as at :mod:`.importing`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write, durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq import postgres
from evac_toolkit.core.hq.database import hq_database
from evac_toolkit.core.hq.importing import newest_held, report_row, same_number
from evac_toolkit.core.hq.report import SUFFIX, Report, read_report, write_report
from evac_toolkit.core.hq.sequence import skip_past
from evac_toolkit.core.private_files import private_file_mode, private_folder

OUTBOX = "hq_outbox"
SERVER_FILE = "hq_server.url"
STATE_FILE = "hq_push.json"


@dataclass(frozen=True)
class Sent:
    report: Report
    result: str              # sent | already | older
    held: int | None = None  # the newest sequence the server holds, for "older"


@dataclass(frozen=True)
class PushResult:
    sent: list[Sent]
    waiting: int                       # reports still in the outbox
    last_sent_at: str | None           # ISO 8601, local time with offset
    error: UserError | None = None     # why the waiting ones were not sent
    #: The server held a newer report of this shelter than this laptop's newest (a replaced
    #: laptop numbering from 1 again): its number, after which this laptop now numbers.
    renumbered_after: int | None = None


def remember_server(data_dir: Path, url: str) -> None:
    """Keep ``url`` (it holds the shelter's password) for later pushes, private to the owner."""
    if not postgres.is_postgres_url(url):
        raise UserError("hq_db_url_invalid", value=url)
    path = Path(data_dir) / SERVER_FILE
    private_folder(path.parent)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(url.strip() + "\n")
    private_file_mode(path)


def server_url(data_dir: Path, url: str | None = None) -> str:
    """The server to push to: ``url``, else the one remembered, else
    $EVAC_TOOLKIT_HQ_DATABASE; UserError('shelter_no_server') when there is none."""
    if url:
        return url
    try:
        kept = (Path(data_dir) / SERVER_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        kept = ""
    found = kept or hq_database()
    if not found:
        raise UserError("shelter_no_server")
    return found


def waiting(data_dir: Path) -> list[Path]:
    """The outbox's reports, oldest (lowest sequence) first."""
    folder = Path(data_dir) / OUTBOX
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def queue_report(data_dir: Path, key: bytes, report: Report) -> Path:
    folder = private_folder(Path(data_dir) / OUTBOX)
    # Zero-padded: the names sort as the sequence numbers do.
    return write_report(folder / f"{report.sequence:010d}{SUFFIX}", key, report)


def last_sent_at(data_dir: Path) -> str | None:
    try:
        return json.loads((Path(data_dir) / STATE_FILE).read_text(encoding="utf-8"))["sent_at"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _record_sent(data_dir: Path, sequence: int) -> str:
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with atomic_write(Path(data_dir) / STATE_FILE, "w", encoding="utf-8") as handle:
        json.dump({"sent_at": stamp, "sequence": sequence}, handle)
    return stamp


def send_report(conn, report: Report) -> Sent:
    """Insert ``report`` unless the server holds it or a newer one of the same kind; as a
    shelter role, which sees only its own shelter's rows (row-level security)."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    row = report_row(report, stamp)
    inserted = conn.execute(
        "INSERT INTO reports SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
        "reports WHERE shelter_id = ? AND drill = ? AND sequence > ?) "
        "ON CONFLICT (shelter_id, sequence) DO NOTHING",
        [*row, report.shelter_id, int(report.drill), report.sequence]).rowcount
    if inserted:
        return Sent(report, "sent")
    held = newest_held(conn, report)
    if same_number(conn, report) is False:
        # Another report under this number: this laptop began again at 1 (it replaced the
        # shelter's first, or was set up again) and is behind, as if older (push renumbers).
        return Sent(report, "older", held)
    if held is not None and held > report.sequence:
        return Sent(report, "older", held)
    return Sent(report, "already")


def send_waiting(data_dir: Path, key: bytes, url: str) -> PushResult:
    """Send every waiting report, oldest first. A server that cannot be reached, or refuses
    the login, leaves them all waiting: the result carries the reason."""
    files = waiting(data_dir)
    if not files:
        return PushResult([], 0, last_sent_at(data_dir))
    sent: list[Sent] = []
    try:
        with postgres.connect(url) as conn:
            for path in files:
                try:
                    report = read_report(path, key)
                except UserError:
                    # A damaged outbox file (a disk error): set aside, never sent, never lost.
                    durable_replace(path, path.with_suffix(".unreadable"))
                    continue
                sent.append(send_report(conn, report))
                path.unlink()
    except UserError as error:
        return PushResult(sent, len(waiting(data_dir)), _stamp(data_dir, sent), error)
    return PushResult(sent, len(waiting(data_dir)), _stamp(data_dir, sent))


def _stamp(data_dir: Path, sent: list[Sent]) -> str | None:
    if not sent:
        return last_sent_at(data_dir)
    return _record_sent(data_dir, sent[-1].report.sequence)


def push(data_dir: Path, key: bytes, url: str, make: Callable[[], Report]) -> PushResult:
    """``make()``'s report put in the outbox, then every waiting report sent.

    When the server already holds a newer report of this shelter than the newest sent, this
    laptop's numbers are behind: it replaced a broken one, or was set up again, and began at 1.
    Every report it sent would be refused as older for as long as the old laptop had been
    reporting. So it numbers on from the server's newest and sends its state once more; the
    result says so (``renumbered_after``). Only a push can do this: the shelter's role may read
    its own shelter's reports on the server (a report on a USB stick cannot ask).
    """
    queue_report(data_dir, key, make())
    result = send_waiting(data_dir, key, url)
    last = result.sent[-1] if result.sent else None
    if last is None or last.result != "older" or result.waiting or last.held is None:
        return result
    skip_past(data_dir, last.held)
    queue_report(data_dir, key, make())
    again = send_waiting(data_dir, key, url)
    return PushResult([*result.sent, *again.sent], again.waiting, again.last_sent_at,
                      again.error, renumbered_after=last.held)


def push_now(data_dir: Path, identity, registry, *, drill: bool = False) -> PushResult:
    """The window's "Send to headquarters now" and its push after a change: this shelter's
    next report put in the outbox, then every waiting report sent to the remembered server
    (as ``shelter push`` does). Run in a worker: the server may be slow or away."""
    from evac_toolkit.core.hq.report import make_report

    return push(data_dir, identity.key, server_url(data_dir),
                lambda: make_report(data_dir, identity, registry, drill=drill))


def remembered_server(data_dir: Path) -> str:
    """The server address remembered on this laptop ("" when none)."""
    try:
        return (Path(data_dir) / SERVER_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
