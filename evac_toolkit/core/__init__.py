"""The core: everything that is not a widget.

Nothing under this package may import PySide6 or ``evac_toolkit.ui``; an import-linter contract
(``make lint``) and ``tests/test_architecture.py`` enforce it, so the command line, the tests and the
GUI all drive the same code.
"""
