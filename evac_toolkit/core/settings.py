"""Small user preferences kept as JSON in the data folder (UI language, presets)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write

SETTINGS_FILE = "settings.json"
UI_LANGUAGES = ("ja", "en")


@dataclass
class Settings:
    #: "ja", "en", or None to follow the system locale.
    ui_language: str | None = None
    #: The coordinator's default languages for signs and boards.
    preset_languages: list[str] = field(default_factory=lambda: ["ja", "ja-x-easy", "en"])

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """Read the settings; a missing or unreadable file gives the defaults."""
        try:
            raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        settings = cls(**known)
        if settings.ui_language not in (None, *UI_LANGUAGES):
            settings.ui_language = None
        return settings

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        with atomic_write(data_dir / SETTINGS_FILE, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, ensure_ascii=False, indent=2)


def system_ui_language(environ: dict[str, str] | None = None) -> str:
    """Japanese when the system locale is Japanese, English otherwise (POSIX variables, then OS)."""
    import os

    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    if environ is None:
        import locale

        name = locale.getlocale()[0] or ""
        if name.lower().startswith(("ja", "japanese")):
            return "ja"
    return "en"


def effective_ui_language(settings: Settings) -> str:
    return settings.ui_language or system_ui_language()
