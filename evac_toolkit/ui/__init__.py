"""Widgets. Everything here may import Qt; nothing in ``evac_toolkit.core`` may import this."""
