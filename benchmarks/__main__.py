"""Run every benchmark, print its figures as it goes, then one table; save the table as JSON
(``bench.json``, or the path given as the first argument)."""

import sys
from pathlib import Path

from benchmarks import (
    bundle,
    encryption,
    fingerboards,
    first_print,
    han_convert,
    hq,
    hq_postgres,
    many_to_many,
    many_to_many_ui,
    open_check,
    paper,
    registry,
    signs,
    startup,
    table,
    translation,
    translation_ui,
)

if __name__ == "__main__":
    startup.main()
    bundle.main()
    signs.main()
    paper.main()
    first_print.main()
    fingerboards.main()
    registry.main()
    hq.main()
    hq_postgres.main()
    open_check.main()
    encryption.main()
    translation.main()
    translation_ui.main()
    many_to_many.main()
    many_to_many_ui.main()
    han_convert.main()
    table.print_table()
    saved = table.save(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bench.json"))
    print(f"\nSaved {saved}")
