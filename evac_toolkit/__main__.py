"""Entry point: ``evac-toolkit`` and ``python -m evac_toolkit``."""

import sys


def main() -> None:
    from evac_toolkit.cli.main import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
