"""The one place that knows where files live.

Assets and translations are found in a source checkout and inside a PyInstaller bundle alike.
User folders follow the platform (platformdirs) and can be overridden by environment variables,
which serves tests and portable installs (a USB stick) the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write

APP_NAME = "evac-toolkit"

#: Folder holding the registry, installed language packs, backups and settings.
ENV_HOME = "EVAC_TOOLKIT_HOME"
#: Folder for derived, re-creatable files (static font instances).
ENV_CACHE = "EVAC_TOOLKIT_CACHE"


def bundle_root() -> Path:
    """Root of the installed program: the checkout, or PyInstaller's unpack folder."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parent.parent.parent


def asset_path(*parts: str) -> Path:
    """Path of a file under ``assets/``."""
    return bundle_root().joinpath("assets", *parts)


def translations_dir() -> Path:
    """Folder with the compiled Qt Linguist ``.qm`` files."""
    return bundle_root() / "translations"


#: Folder of the desktop bundle holding the static print-font instances ``make dist`` derived,
#: so a bundle prints at once with an empty cache. A source checkout has none: its install step
#: prepares them in the cache folder.
BUNDLED_FONT_INSTANCES = "font-instances"


def bundled_font_instances_dir() -> Path:
    """Where the bundle's ready-made print-font instances are (absent in a checkout)."""
    return bundle_root() / BUNDLED_FONT_INSTANCES


#: A file of this name beside the program makes it portable (a USB stick): its data and cache
#: live in folders beside it instead of the user's profile.
PORTABLE_MARKER = "portable.txt"
#: Language packs placed in this folder beside the program are installed on first start.
BUNDLED_PACKS = "packs"


def program_dir() -> Path:
    """The folder of the executable in a bundle; the checkout otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def portable_root() -> Path | None:
    """The program's folder when it runs in portable mode (the marker file is there)."""
    folder = program_dir()
    return folder if getattr(sys, "frozen", False) and (folder / PORTABLE_MARKER).is_file() \
        else None


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``override``, else ``$EVAC_TOOLKIT_HOME``, else the folder the
    user chose when the usual one could not be written, else ``data`` beside a portable
    program, else the platform's."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    chosen = chosen_data_dir()
    if chosen is not None:
        return chosen
    portable = portable_root()
    if portable is not None:
        return portable / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


#: Names the data folder the user chose in the window because the usual one could not be
#: written (a read-only profile, a write-protected stick). It lives outside that folder, in the
#: user's configuration folder (beside the program when portable), so the next start opens
#: the same registry instead of asking again.
CHOSEN_DATA_DIR_FILE = "data-folder.txt"


def data_dir_is_default(override: str | os.PathLike[str] | None = None) -> bool:
    """True when nobody named the data folder (no option, no environment variable): a folder
    chosen in the window is then remembered for the next start."""
    return not override and not os.environ.get(ENV_HOME)


def chosen_data_dir_file() -> Path:
    portable = portable_root()
    if portable is not None:
        return portable / CHOSEN_DATA_DIR_FILE
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / CHOSEN_DATA_DIR_FILE


def chosen_data_dir() -> Path | None:
    """The data folder chosen in the window, or None (never chosen, or the note unreadable)."""
    try:
        text = chosen_data_dir_file().read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return None
    return Path(text) if text else None


def remember_data_dir(folder: Path) -> None:
    """Note ``folder`` as the data folder for the next starts; raises OSError when the note
    cannot be written (then the choice holds until the program closes)."""
    note = chosen_data_dir_file()
    note.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(note, "w", encoding="utf-8") as handle:
        handle.write(str(folder) + "\n")


def cache_dir() -> Path:
    """The user's cache folder: ``$EVAC_TOOLKIT_CACHE``, else the platform's."""
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_root()
    if portable is not None:
        return portable / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)
