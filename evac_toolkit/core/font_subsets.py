"""Small fonts holding only a few words' glyphs, for a large font a printout needs only for a label.

A sign set in Japanese, English and Vietnamese still names Chinese and Korean beside its QR code
(简体中文, 繁體中文, 한국어). Registering a whole CJK font with ReportLab for those three words
parsed 20,000-30,000 glyphs in pure Python in every process, and kept them in memory. A subset
with just the label's glyphs is derived once with fontTools and cached beside the static
instances; registering it costs nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.font_metrics import cache_name
from evac_toolkit.core.paths import bundled_font_instances_dir, cache_dir

#: Changes whenever the derived files change, so old ones are never used.
SUBSET_FORMAT = 1


def subset_name(font: Path, text: str) -> str:
    """The subset's file name: it carries the font's content key and the characters, so a
    changed font or label gets a new file."""
    chars = "".join(sorted(set(text)))
    key = hashlib.sha256(f"{SUBSET_FORMAT}|{cache_name(font)}|{chars}".encode()).hexdigest()[:16]
    return f"{font.stem.split('[')[0]}-label-{key}.ttf"


def subset_path(font: Path, text: str) -> Path:
    """Where the subset of ``font`` for ``text`` is: ready-made in the desktop bundle, else in
    the cache."""
    name = subset_name(font, text)
    bundled = bundled_font_instances_dir() / name
    return bundled if bundled.is_file() else cache_dir() / "fonts" / name


def subset_file(font: Path, text: str, into: Path | None = None) -> Path | None:
    """A font file with the glyphs ``text`` needs from ``font`` (shaping features kept), derived
    on first use (into the folder ``into`` when given: the bundle's); None when it cannot be
    written (the caller then uses the whole font)."""
    target = into / subset_name(font, text) if into is not None else subset_path(font, text)
    if target.is_file():
        return target
    from fontTools import subset
    from fontTools.ttLib import TTFont

    loaded = TTFont(font)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(loaded)
    # ReportLab knows fonts by PostScript name and maps a second file with a known name to the
    # first: the subset must not share the whole font's name.
    names = loaded["name"]
    postscript = (names.getDebugName(6) or font.stem).split(";")[0]
    names.removeNames(nameID=6)
    names.setName(f"{postscript}-L{target.stem.rsplit('-', 1)[-1][:8]}", 6, 3, 1, 0x409)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target) as handle:
            loaded.save(handle)
    except OSError:
        return None
    return target
