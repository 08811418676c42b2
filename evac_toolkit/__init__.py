"""evac-toolkit: an offline language toolkit for Japanese evacuation centers."""

__version__ = "0.1.0"
