"""Fonts: where each family's file is, static instances for printing, and glyph coverage.

Font files come from pip-installed OFL packages listed in ``assets/fonts/fonts.toml``; nothing is
ever downloaded. Qt renders the variable fonts directly (the UI sets the weight axis), but ReportLab
reads only a font's default outlines, and Noto Sans CJK's default instance is Thin. For those fonts
this module derives static regular/bold instances with fontTools once and caches them.

The desktop bundle carries them ready-made (``make dist``, :func:`bundle_instances`): a manifest
beside them says which file serves which family and weight. For a family whose every print
weight is an instance (Noto Sans CJK, Thin by default) the bundle leaves the variable file out,
and the screen, glyph coverage and printing all read the static instances: 48 MB saved.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import shutil
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from evac_toolkit.core import font_metrics
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.paths import asset_path, bundled_font_instances_dir, cache_dir

INSTANCE_FORMAT = 3
REGULAR = 400
BOLD = 700

# Characters that draw nothing and need no glyph of their own: joiners, variation selectors,
# bidi controls. Whitespace is handled separately.
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, *range(0xFE00, 0xFE10)}


@dataclass(frozen=True)
class FontSpec:
    family: str
    file: Path
    fallback: bool = False
    licence: str = ""
    #: Line height as a multiple of the type size. Burmese and Sinhala stack marks far above and
    #: below the line; at Latin's 1.22 they touched the next line.
    leading: float = 1.22
    #: Scripts the desktop bundle's instances of this family leave out (a fallback draws them).
    bundle_leaves_out: tuple[str, ...] = ()


#: The manifest of the bundle's ready-made instances (see :func:`bundle_instances`).
MANIFEST = "instances.json"


@cache
def _bundled() -> dict:
    """{"instances": {family: {weight: path}}, "replaces": {family...}}; empty outside a bundle.

    "replaces": families whose variable file the bundle left out: their regular instance is
    the family's file for every use.
    """
    folder = bundled_font_instances_dir()
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"instances": {}, "replaces": frozenset()}
    return {"instances": {family: {int(weight): folder / name for weight, name in files.items()}
                          for family, files in raw["instances"].items()},
            "replaces": frozenset(raw["replaces"])}


@cache
def _screen_instances(family: str) -> tuple[Path, ...] | None:
    """The static regular and bold files the screen draws ``family`` from, or None for its
    variable file: the bundle's instances, else the cache's once the install step (or a first
    print) derived both. Decided once per process, as Qt registers the files once.

    The variable CJK files cost 8-17 MiB of resident memory each as soon as Qt draws a word
    from them (the Signs view lists 简体中文, 繁體中文, 한국어); their static instances a few.
    """
    if family in _bundled()["replaces"]:
        return tuple(_bundled()["instances"][family].values())
    try:
        if not (needs_instance(family, REGULAR) and needs_instance(family, BOLD)):
            return None
        source = spec(family).file
    except UserError:
        return None
    ready = tuple(_ready_instance(family, source, weight) for weight in (REGULAR, BOLD))
    return ready if all(ready) else None


def static_on_screen(family: str) -> bool:
    """True when the family is drawn from static instances (one file per weight), so Qt must
    choose the weight by name rather than on the variable axis."""
    return _screen_instances(family) is not None


def screen_files(family: str) -> list[Path]:
    """The files Qt registers for ``family``: the variable file, or every static instance."""
    return list(_screen_instances(family) or [font_specs()[family].file])


@cache
def font_specs() -> dict[str, FontSpec]:
    """Every configured family, by name, with its file resolved."""
    table = asset_path("fonts", "fonts.toml")
    raw = tomllib.loads(table.read_text(encoding="utf-8"))
    specs: dict[str, FontSpec] = {}
    for entry in raw.get("font", []):
        if "package" in entry:
            try:
                file = Path(str(importlib.resources.files(entry["package"]).joinpath(entry["file"])))
            except ModuleNotFoundError:
                file = Path("/nonexistent") / entry["package"] / entry["file"]
        else:
            file = table.parent / entry["path"]
        if entry["family"] in _bundled()["replaces"]:
            file = _bundled()["instances"][entry["family"]][REGULAR]
        specs[entry["family"]] = FontSpec(entry["family"], file, bool(entry.get("fallback")),
                                          entry.get("licence", ""),
                                          float(entry.get("leading", 1.22)),
                                          tuple(entry.get("bundle_leaves_out", ())))
    return specs


def spec(family: str) -> FontSpec:
    try:
        found = font_specs()[family]
    except KeyError:
        raise UserError("unknown_font", family=family) from None
    if not found.file.is_file():
        raise UserError("font_missing", family=family, file=str(found.file))
    return found


def fallback_families() -> list[str]:
    return [s.family for s in font_specs().values() if s.fallback]


@cache
def _metrics(family: str) -> font_metrics.FontMetrics:
    """The family's character map, advances and weight axis, from the on-disk cache."""
    return _file_metrics(spec(family).file)


@cache
def _file_metrics(path: Path) -> font_metrics.FontMetrics:
    return font_metrics.load(path, ready=(bundled_font_instances_dir(),))


def needs_instance(family: str, weight: int) -> bool:
    """True when the file's default outlines are not the requested weight."""
    wght = _metrics(family).wght
    return wght is not None and wght[1] != weight and wght[0] <= weight <= wght[2]


def _instance_path(source: Path, weight: int) -> Path:
    """The instance's file in the cache folder."""
    stat = source.stat()
    # INSTANCE_FORMAT changes whenever derived files change (names), so old caches are rebuilt.
    key = hashlib.sha256(f"{INSTANCE_FORMAT}|{source}|{stat.st_size}|{stat.st_mtime_ns}"
                         .encode()).hexdigest()[:12]
    return cache_dir() / "fonts" / f"{_stem(source)}-w{weight}-{key}.ttf"


def _stem(source: Path) -> str:
    return source.stem.split("[")[0]


def _ready_instance(family: str, source: Path, weight: int) -> Path | None:
    """The bundle's instance, else the cached one, else None (not derived yet)."""
    bundled = _bundled()["instances"].get(family, {}).get(weight)
    for candidate in (bundled, _instance_path(source, weight)):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _build_instance(source: Path, weight: int, target: Path) -> Path:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight})
    # The instancer keeps the variable font's names, so every weight would be called, say,
    # "NotoSansJP-Thin". ReportLab registers one font per PostScript name and silently reused the
    # first weight registered for the other: regular text printed bold. Give each weight its name.
    # The style names matter to Qt, which draws the bundle's CJK text from these files: the
    # variable font's "Thin" kept on both weights left Qt unable to tell them apart.
    names = font["name"]
    postscript = (names.getDebugName(6) or source.stem).split("-")[0]
    family = names.getDebugName(16) or names.getDebugName(1) or postscript
    style = {REGULAR: "Regular", BOLD: "Bold"}.get(weight, f"W{weight}")
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName(style, 2, 3, 1, 0x409)
    names.setName(f"{postscript}-W{weight}", 6, 3, 1, 0x409)
    names.setName(f"{family} W{weight}", 4, 3, 1, 0x409)
    names.setName(f"{postscript}-W{weight};evac-toolkit instance", 3, 3, 1, 0x409)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target) as handle:
        font.save(handle)
    return target


def font_file(family: str, weight: int = REGULAR) -> Path:
    """A file whose default outlines have ``weight``; builds the cached instance when needed."""
    source = spec(family).file
    if not needs_instance(family, weight):
        return _bundled()["instances"].get(family, {}).get(weight, source)
    ready = _ready_instance(family, source, weight)
    if ready is not None:
        return ready
    return _build_instance(source, weight, _instance_path(source, weight))


def missing_instances(families: Iterable[str] | None = None,
                      weights: Iterable[int] = (REGULAR, BOLD)) -> list[tuple[Path, int, Path]]:
    """(source, weight, target) of every static instance not built yet."""
    todo = []
    for family in families or font_specs():
        for weight in weights:
            if needs_instance(family, weight):
                source = spec(family).file
                if _ready_instance(family, source, weight) is None:
                    todo.append((source, weight, _instance_path(source, weight)))
    return todo


def prepare(families: Iterable[str] | None = None, weights: Iterable[int] = (REGULAR, BOLD),
            progress: Callable[[int, int, str], None] | None = None,
            workers: int | None = None) -> list[Path]:
    """Build every missing static instance, in parallel processes (CJK instancing is slow)."""
    todo = missing_instances(families, weights)
    done: list[Path] = []
    if not todo:
        return done
    folder = cache_dir() / "fonts"
    try:
        # Checked first: otherwise every worker would find out after a minute of instancing.
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(13, "permission denied")
    except OSError as exc:
        raise UserError("fonts_cache_unwritable", path=str(folder),
                        reason=exc.strerror or str(exc)) from exc
    workers = workers or min(len(todo), os.cpu_count() or 1)
    # spawn, not fork: forking a process that runs Qt threads can deadlock the child.
    # Imported here: multiprocessing and its pool are a tenth of the window's start-up.
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_build_instance, *job) for job in todo]
        for index, future in enumerate(futures, start=1):
            done.append(future.result())
            if progress:
                progress(index, len(todo), done[-1].name)
    return done


#: Unicode ranges of the scripts a bundled instance may leave out (``bundle_leaves_out``).
SCRIPT_RANGES = {"Han": ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                         (0x20000, 0x3FFFF))}


def _leave_out(font: Path, scripts: tuple[str, ...]) -> None:
    """Rewrite the instance ``font`` without the characters of ``scripts``; every other glyph,
    and the shaping tables, stay."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    ranges = [span for script in scripts for span in SCRIPT_RANGES[script]]
    loaded = TTFont(font)
    keep = [code for code in loaded.getBestCmap()
            if not any(low <= code <= high for low, high in ranges)]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(loaded)
    loaded.save(font)


def bundle_instances(folder: Path, progress: Callable[[int, int, str], None] | None = None
                     ) -> list[Path]:
    """Write every static instance into ``folder`` with the manifest the bundle reads
    (``make dist``); derived in the cache first, so a rebuild derives nothing.

    Returns the variable files the bundle can leave out: those of families whose every print
    weight now has its instance (their regular instance serves the screen too).
    """
    prepare(progress=progress)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    instances: dict[str, dict[int, str]] = {}
    for family in font_specs():
        for weight in (REGULAR, BOLD):
            if needs_instance(family, weight):
                source = spec(family).file
                name = f"{_stem(source)}-w{weight}.ttf"
                shutil.copyfile(_instance_path(source, weight), folder / name)
                if spec(family).bundle_leaves_out:
                    _leave_out(folder / name, spec(family).bundle_leaves_out)
                instances.setdefault(family, {})[weight] = name
    replaces = sorted(family for family, files in instances.items() if len(files) == 2)
    # Metrics ready-made too, for every file the bundle reads them from: the instances and the
    # variable files it keeps. A bundle then never parses a font's tables, even once.
    kept = [spec(family).file for family in font_specs() if family not in replaces]
    for font in [*(folder / name for files in instances.values() for name in files.values()),
                 *kept]:
        font_metrics.write(_file_metrics(font), folder / font_metrics.cache_name(font))
    (folder / MANIFEST).write_text(json.dumps({"format": INSTANCE_FORMAT, "instances": instances,
                                               "replaces": replaces}, indent=1),
                                   encoding="utf-8")
    return [spec(family).file for family in replaces]


@cache
def cmap(family: str) -> frozenset[int]:
    """Code points the family's font has glyphs for."""
    return _metrics(family).cmap()


def code_point_count(family: str) -> int:
    """How many code points the family's font maps (a CJK font: 17,000-31,000)."""
    return len(_metrics(family).codes)


def _needs_glyph(char: str) -> bool:
    code = ord(char)
    if code in _INVISIBLE or char.isspace():
        return False
    return unicodedata.category(char) not in ("Cc", "Cf")


def missing_glyphs(text: str, family: str, fallbacks: Iterable[str] | None = None) -> list[str]:
    """Characters of ``text`` that neither ``family`` nor the fallbacks can draw (in order)."""
    chain = [family, *(fallback_families() if fallbacks is None else fallbacks)]
    maps = [_metrics(name) for name in chain]
    missing: list[str] = []
    for char in text:
        if _needs_glyph(char) and not any(ord(char) in m for m in maps) and char not in missing:
            missing.append(char)
    return missing


def font_runs(text: str, family: str, fallbacks: Iterable[str] | None = None
              ) -> list[tuple[str, str]]:
    """Split ``text`` into (family, run) pieces: the language's font first, then fallbacks.

    Invisible characters and spaces stay with the run around them so shaping sees whole words.
    Raises ``UserError('missing_glyphs')`` for characters no font can draw: a box on a printed
    sign is a defect, not a fallback.
    """
    chain = [family, *(fallback_families() if fallbacks is None else fallbacks)]
    missing = missing_glyphs(text, family, chain[1:])
    if missing:
        raise UserError("missing_glyphs", family=family, chars="".join(missing), text=text)
    runs: list[tuple[str, str]] = []
    for char in text:
        if not _needs_glyph(char):
            owner = runs[-1][0] if runs else family
        else:
            owner = next(name for name in chain if ord(char) in _metrics(name))
        if runs and runs[-1][0] == owner:
            runs[-1] = (owner, runs[-1][1] + char)
        else:
            runs.append((owner, char))
    return runs


def width_em(text: str, family: str) -> float:
    """Approximate width of ``text`` in em, from advance widths (before shaping).

    Good enough to catch a sign title that cannot fit its box at the minimum size; exact layout
    is the printer's job.
    """
    chain = [_metrics(name) for name in (family, *fallback_families())]
    total = 0.0
    for char in text:
        for metrics in chain:
            width = metrics.advance_em(ord(char))
            if width is not None:
                total += width
                break
    return total
