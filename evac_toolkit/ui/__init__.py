"""Widgets. Everything here may import Qt; nothing in ``evac_toolkit.core`` may import this."""

from evac_toolkit.ui import module_sources

module_sources.install()
