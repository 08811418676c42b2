"""Offline machine translation (Argos Translate packs installed from files, never downloaded)."""
