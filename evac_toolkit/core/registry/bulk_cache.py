"""A page cache the size of one bulk write, for that write only.

The registry keeps 16 MiB of page cache (``database.connect``). A 200,000-person import writes
about 130 MiB of pages (rows, two unique indexes filled in random order, the secondary indexes
rebuilt, the trigram index): with 16 MiB the pager evicts pages it is about to change again and
reads them back, decrypting each: nearly a third of the import's SQL time. Pages are only taken
as they are used, so a small import costs no more memory than before; the cap keeps a very
large one from holding the whole file in memory. The setting is put back afterwards: shrinking
the cache drops clean pages only, the dirty ones stay until the transaction commits.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from evac_toolkit.core import sqlite_open

#: About what a person takes in the file with their indexes (640 bytes at 200,000), rounded up.
KIB_PER_ROW = 1
#: At most this much page cache for one write (KiB).
MAX_KIB = 256 * 1024


@contextlib.contextmanager
def cache_for_rows(conn: sqlite_open.Connection, rows: int) -> Iterator[None]:
    """Within the block, a page cache big enough for ``rows`` new people (never smaller than
    the connection's own)."""
    (size,) = conn.execute("PRAGMA cache_size").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    current_kib = -size if size < 0 else size * page_size // 1024
    wanted = min(rows * KIB_PER_ROW, MAX_KIB)
    if wanted <= current_kib:
        yield
        return
    conn.execute(f"PRAGMA cache_size = {-wanted}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(size)}")
