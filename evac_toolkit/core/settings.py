"""Small user preferences kept as JSON in the data folder (UI language, presets)."""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write, durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import available_languages

SETTINGS_FILE = "settings.json"
#: Which kind of machine translation comes first when both could translate a pair (issue 22):
#: "auto" an Argos pack for the pair, else a many-to-many model, else Argos through English;
#: "many_to_many" a many-to-many model first; "argos" Argos packs first, even through English.
TRANSLATION_ROUTES = ("auto", "many_to_many", "argos")


@dataclass
class Settings:
    #: An interface language with a catalog ("ja", "en", "vi" ...), or None to follow the system.
    ui_language: str | None = None
    #: The coordinator's default languages for signs and boards.
    preset_languages: list[str] = field(default_factory=lambda: ["ja", "ja-x-easy", "en"])
    #: Headquarters' database on a PostgreSQL server (a postgresql:// URL, with its password:
    #: the file is the owner's only), or None for the embedded file (issue 21).
    hq_database: str | None = None
    #: On a shelter laptop: send a status report to headquarters' server after each change.
    push_after_change: bool = False
    #: One of :data:`TRANSLATION_ROUTES`.
    translation_route: str = "auto"

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        """Read the settings; a missing or unreadable file, or a value of the wrong kind, gives
        the defaults (``recover_settings`` tells the user once and keeps the bad file)."""
        raw, _reason = _read_object(data_dir / SETTINGS_FILE)
        settings = cls()
        language = raw.get("ui_language")
        if language in available_languages():
            settings.ui_language = language
        presets = raw.get("preset_languages")
        if isinstance(presets, list) and all(isinstance(c, str) for c in presets):
            settings.preset_languages = presets
        database = raw.get("hq_database")
        if isinstance(database, str) and database.strip().lower().startswith(
                ("postgresql://", "postgres://")):
            settings.hq_database = database.strip()
        settings.push_after_change = raw.get("push_after_change") is True
        route = raw.get("translation_route")
        if route in TRANSLATION_ROUTES:
            settings.translation_route = route
        return settings

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        with atomic_write(data_dir / SETTINGS_FILE, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, ensure_ascii=False, indent=2)


def _read_object(path: Path) -> tuple[dict, str | None]:
    """The settings file's JSON object, and why it could not be used (None when it could, or
    when there is no file)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except OSError as exc:
        return {}, exc.strerror or str(exc)
    except (ValueError, RecursionError) as exc:       # not JSON, not UTF-8, absurdly nested
        return {}, f"not valid JSON: {exc}"[:120]
    if not isinstance(raw, dict):
        return {}, f"not a JSON object but {type(raw).__name__}"
    return raw, None


def recover_settings(data_dir: Path) -> UserError | None:
    """A settings file that cannot be used (``[]``, broken JSON) is moved aside as
    ``settings.json.bad-<time>`` so that the defaults apply from now on, and the returned notice
    says so — once, since the file is gone afterwards. None when the file is fine or absent. A
    folder that cannot be written keeps the file, and the notice says the defaults apply for
    now."""
    path = data_dir / SETTINGS_FILE
    _raw, reason = _read_object(path)
    if reason is None or not path.is_file():
        return None
    kept = path.with_name(f"{SETTINGS_FILE}.bad-{dt.datetime.now():%Y%m%d-%H%M%S}")
    try:
        durable_replace(path, kept)
    except OSError:
        return UserError("settings_unreadable", path=str(path), reason=reason)
    return UserError("settings_reset", path=str(path), reason=reason, kept=str(kept))


def system_ui_language(environ: dict[str, str] | None = None) -> str:
    """The system locale's language when the program speaks it (POSIX variables, then the OS),
    else English: ``ja_JP.UTF-8`` gives Japanese, ``vi_VN.UTF-8`` Vietnamese."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value:
            return _spoken(value)
    if environ is None:
        name = (locale.getlocale()[0] or "").lower()
        # Windows names the locale in English ("Japanese_Japan").
        name = {"japanese": "ja", "vietnamese": "vi"}.get(name.split("_")[0], name)
        return _spoken(name)
    return "en"


def _spoken(locale_name: str) -> str:
    code = locale_name.split(":")[0].split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in available_languages() else "en"


def effective_ui_language(settings: Settings) -> str:
    return settings.ui_language or system_ui_language()
