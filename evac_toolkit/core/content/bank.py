"""The content bank: definitions (IDs) and every language's strings, with provenance.

Installed assets are read-only; a coordinator's reviewed or added strings live in the data folder
(``<data>/content/<code>.toml``, the text-file format, one file per language for every collection so
that a review import replaces it in one atomic rename) and override the installed ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.paths import asset_path

STATUSES = ("draft", "reviewed", "machine")

#: Folders under assets/ that hold per-language text files (``<collection>/text/<code>.toml``).
COLLECTIONS = ("labels", "fingerboards")


@dataclass(frozen=True)
class Provenance:
    status: str = "draft"
    by: str = ""
    date: str = ""
    note: str = ""

    @property
    def approved(self) -> bool:
        """A named person reviewed this string. Only then is it called reviewed anywhere: a
        "reviewed" status with nobody in ``by`` (a hand-edited file) stays a draft."""
        return self.status == "reviewed" and bool(self.by.strip())

    @property
    def review(self) -> str:
        """What a reader is told: "reviewed" (approved by a named person), "machine" (made by
        machine, unchecked) or "draft" (prepared by the project, not yet reviewed)."""
        if self.approved:
            return "reviewed"
        return "machine" if self.status == "machine" else "draft"


@dataclass(frozen=True)
class Coverage:
    present: int
    reviewed: int


@dataclass(frozen=True)
class Entry:
    """One translatable string's definition: its key, collection, kind and definition data."""

    key: str
    collection: str
    kind: str                      # sign | sign_body | notice | notice_title | place | board
                                   # | item | caption
    definition: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def slots(self) -> dict[str, str]:
        return dict(self.definition.get("slots", {})) if self.kind == "notice" else {}


@dataclass
class TextFile:
    path: Path
    texts: dict[str, str]
    meta: Provenance
    overrides: dict[str, Provenance]


@dataclass(frozen=True)
class LoadProblem:
    file: str
    key: str
    code: str
    detail: str = ""


def _read_toml(path: Path, problems: list[LoadProblem]) -> dict | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(LoadProblem(str(path), "", "parse_error", str(exc)))
        return None


def _provenance(raw: dict, default: Provenance | None = None) -> Provenance:
    base = default or Provenance()
    return Provenance(status=str(raw.get("status", base.status)), by=str(raw.get("by", base.by)),
                      date=str(raw.get("date", base.date)), note=str(raw.get("note", base.note)))


class ContentBank:
    """Read every collection's definitions and text files once."""

    def __init__(self, root: Path | None = None, overlay: Path | None = None) -> None:
        self.root = root if root is not None else asset_path()
        self.overlay = overlay
        self.problems: list[LoadProblem] = []
        self.entries: dict[str, Entry] = {}
        self.duplicates: list[tuple[str, str]] = []   # (file, key)
        self._files: dict[tuple[str, str], list[TextFile]] = {}
        self._load_definitions()

    # -- definitions ----------------------------------------------------------------------------
    def _add(self, entry: Entry, source: Path) -> None:
        if entry.key in self.entries:
            self.duplicates.append((str(source), entry.key))
        self.entries[entry.key] = entry

    def _load_definitions(self) -> None:
        labels = self.root / "labels"
        signs = _read_toml(labels / "signs.toml", self.problems) or {}
        for sign in signs.get("sign", []):
            self._add(Entry(sign["id"], "labels", "sign", sign), labels / "signs.toml")
            if sign.get("body"):
                self._add(Entry(f"{sign['id']}.body", "labels", "sign_body", sign),
                          labels / "signs.toml")
        notices = _read_toml(labels / "notices.toml", self.problems) or {}
        for notice in notices.get("notice", []):
            self._add(Entry(notice["id"], "labels", "notice", notice), labels / "notices.toml")
            # Every notice has a headline, printed large above its sentence.
            self._add(Entry(f"{notice['id']}.title", "labels", "notice_title", notice),
                      labels / "notices.toml")
        places = _read_toml(labels / "places.toml", self.problems) or {}
        for place in places.get("place", []):
            self._add(Entry(place["id"], "labels", "place", place), labels / "places.toml")
        boards_path = self.root / "fingerboards" / "boards.toml"
        boards = _read_toml(boards_path, self.problems) or {}
        for board in boards.get("board", []):
            self._add(Entry(board["title"], "fingerboards", "board", board), boards_path)
        for item in boards.get("item", []):
            self._add(Entry(item["id"], "fingerboards", "item", item), boards_path)
        for caption in boards.get("caption", []):
            self._add(Entry(caption["id"], "fingerboards", "caption", caption), boards_path)
        self.signs = signs.get("sign", [])
        self.notices = notices.get("notice", [])
        #: Common shelter places a notice's place slot can name by ID, in definition order.
        self.places = places.get("place", [])
        #: What the window calls each notice slot: {slot: {ui language: label}}.
        self.slot_labels: dict[str, dict[str, str]] = notices.get("slot_labels", {})
        self.boards = boards.get("board", [])
        self.items = boards.get("item", [])
        self.captions = boards.get("caption", [])

    def keys(self, collection: str) -> list[str]:
        return [key for key, entry in self.entries.items() if entry.collection == collection]

    # -- text -----------------------------------------------------------------------------------
    def overlay_file(self, code: str) -> Path | None:
        return self.overlay / f"{code}.toml" if self.overlay is not None else None

    def files(self, collection: str, code: str) -> list[TextFile]:
        """The installed file, then the overlay file, for one language (either may be absent).

        The overlay holds every collection; each collection sees only its own keys in it.
        """
        cache_key = (collection, code)
        if cache_key not in self._files:
            found = []
            installed = self._read_text_file(self.root / collection / "text" / f"{code}.toml")
            if installed is not None:
                found.append(installed)
            overlay_path = self.overlay_file(code)
            overlay = self._read_text_file(overlay_path) if overlay_path else None
            if overlay is not None:
                mine = set(self.keys(collection))
                # Keys no definition knows stay with "labels" so that `content check` reports
                # them once.
                overlay.texts = {k: v for k, v in overlay.texts.items()
                                 if k in mine or k not in self.entries and collection == "labels"}
                found.append(overlay)
            self._files[cache_key] = found
        return self._files[cache_key]

    def _read_text_file(self, path: Path) -> TextFile | None:
        if not path.is_file():
            return None
        raw = _read_toml(path, self.problems)
        if raw is None:
            return None
        meta = _provenance(raw.get("meta", {}))
        overrides = {k: _provenance(v, meta) for k, v in raw.get("provenance", {}).items()
                     if isinstance(v, dict)}
        texts = {k: v for k, v in raw.get("text", {}).items() if isinstance(v, str)}
        return TextFile(path, texts, meta, overrides)

    def _layers(self, code: str, key: str) -> list[TextFile]:
        """The files that may hold ``key`` for ``code``, later ones overriding earlier ones."""
        entry = self.entries.get(key)
        return self.files(entry.collection, code) if entry else []

    def text(self, code: str, key: str) -> str | None:
        value = None
        for text_file in self._layers(code, key):
            value = text_file.texts.get(key, value)
        return value

    def provenance(self, code: str, key: str) -> Provenance | None:
        found = None
        for text_file in self._layers(code, key):
            if key in text_file.texts:
                found = text_file.overrides.get(key, text_file.meta)
        return found

    def coverage(self, code: str) -> Coverage:
        """How many curated strings a language has, and how many a person reviewed (overlay
        included)."""
        present = reviewed = 0
        for key in self.entries:
            if self.text(code, key) is not None:
                present += 1
                reviewed += self.provenance(code, key).approved
        return Coverage(present, reviewed)


def overlay_dir(data_dir: Path) -> Path:
    """Where a coordinator's reviewed strings live inside the data folder."""
    return data_dir / "content"


def user_bank(data_dir: Path) -> ContentBank:
    """The installed content with this data folder's reviewed strings on top."""
    return ContentBank(overlay=overlay_dir(data_dir))
