"""The Translate section: offline machine translation with curated phrases first."""
