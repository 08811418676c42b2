"""A font's character map, advance widths and weight axis, cached on disk beside the derived fonts.

Reading them with fontTools costs about a second and 130 MiB for the four CJK fonts, in every
process that prints or checks glyph coverage. The numbers never change for a given file, so they
are read once and kept in a small binary file in the cache folder ("fonts", beside the static
instances), or in the desktop bundle's font folder, where ``make dist`` writes them ready-made.

The file's name carries a key made from the font file's size and its first 64 KiB: the table
directory there holds a checksum of every table, so any change to the font gives a new key and
the metrics are read again. A cache file that is damaged (truncated, wrong checksum) is read
again from the font and rewritten, silently: it is derived data.
"""

from __future__ import annotations

import hashlib
import math
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.paths import cache_dir

#: Changes whenever the file layout or what it holds changes, so old files are never read.
METRICS_FORMAT = 1
_MAGIC = b"EVFM"
#: magic, format, units per em, count, wght min/default/max (NaN: no weight axis), payload CRC.
_HEADER = struct.Struct("<4sHHI3fI")
_HEAD_BYTES = 64 * 1024


class FontMetrics:
    """What the font maps, kept compact: two arrays (6 bytes a character) and a bitmap of the
    code points (8 KiB for a font within the BMP), rather than a set and a dict of floats (about
    5 MiB for a CJK font).
    """

    __slots__ = ("codes", "advances", "units_per_em", "wght", "_bitmap")

    def __init__(self, codes: array, advances: array, units_per_em: int,
                 wght: tuple[float, float, float] | None) -> None:
        self.codes = codes                  # code points the font maps, ascending ('I')
        self.advances = advances            # advance width of each, in font units ('H')
        self.units_per_em = units_per_em
        self.wght = wght
        bitmap = bytearray(((codes[-1] >> 3) + 1) if codes else 0)
        for code in codes:
            bitmap[code >> 3] |= 1 << (code & 7)
        self._bitmap = bytes(bitmap)

    def __contains__(self, code: int) -> bool:
        """True when the font has a glyph for the code point."""
        index = code >> 3
        return 0 <= index < len(self._bitmap) and bool(self._bitmap[index] & (1 << (code & 7)))

    def advance_em(self, code: int) -> float | None:
        """The code point's advance width in em (unshaped); None when the font lacks it."""
        index = bisect_left(self.codes, code)
        if index < len(self.codes) and self.codes[index] == code:
            return self.advances[index] / self.units_per_em
        return None

    def cmap(self) -> frozenset[int]:
        return frozenset(self.codes)


def cache_name(font: Path) -> str:
    """The metrics file's name for ``font``: its stem and a key of its size and first 64 KiB."""
    digest = hashlib.sha256(f"{METRICS_FORMAT}|{font.stat().st_size}|".encode())
    with font.open("rb") as handle:
        digest.update(handle.read(_HEAD_BYTES))
    return f"{font.stem.split('[')[0]}-metrics-{digest.hexdigest()[:16]}.bin"


def load(font: Path, ready: tuple[Path, ...] = ()) -> FontMetrics:
    """The metrics of ``font``: from a metrics file in one of the ``ready`` folders (the
    bundle's) or the cache when one is there and sound, else read from the font and written to
    the cache (when the cache cannot be written, they are kept only in memory: printing must
    not fail for a cache)."""
    name = cache_name(font)
    for folder in (*ready, cache_dir() / "fonts"):
        found = _read(folder / name)
        if found is not None:
            return found
    metrics = read_font(font)
    try:
        write(metrics, cache_dir() / "fonts" / name)
    except OSError:
        pass
    return metrics


def read_font(font: Path) -> FontMetrics:
    """Read the metrics from the font file itself with fontTools (the slow way)."""
    from fontTools.ttLib import TTFont

    loaded = TTFont(font, lazy=True)
    units = loaded["head"].unitsPerEm
    hmtx = loaded["hmtx"].metrics
    best = sorted(loaded.getBestCmap().items())
    wght = None
    if "fvar" in loaded:
        for axis in loaded["fvar"].axes:
            if axis.axisTag == "wght":
                wght = (axis.minValue, axis.defaultValue, axis.maxValue)
    return FontMetrics(array("I", (code for code, _ in best)),
                       array("H", (hmtx[glyph][0] for _, glyph in best)), units, wght)


def write(metrics: FontMetrics, target: Path) -> Path:
    payload = _little(metrics.codes).tobytes() + _little(metrics.advances).tobytes()
    wght = metrics.wght or (math.nan, math.nan, math.nan)
    header = _HEADER.pack(_MAGIC, METRICS_FORMAT, metrics.units_per_em, len(metrics.codes),
                          *wght, zlib.crc32(payload))
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target) as handle:
        handle.write(header + payload)
    return target


def _read(path: Path) -> FontMetrics | None:
    """The metrics in ``path``; None when it is absent, unreadable or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER.size:
        return None
    magic, version, units, count, low, default, high, crc = _HEADER.unpack_from(data)
    payload = data[_HEADER.size:]
    if magic != _MAGIC or version != METRICS_FORMAT or len(payload) != count * 6 \
            or zlib.crc32(payload) != crc or units == 0:
        return None
    codes = _little(array("I", payload[:count * 4]))
    advances = _little(array("H", payload[count * 4:]))
    wght = None if math.isnan(default) else (low, default, high)
    return FontMetrics(codes, advances, units, wght)


def _little(values: array) -> array:
    """``values`` in little-endian order (the file's), swapping on a big-endian machine; the
    swap is its own inverse, so the same call reads and writes."""
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values
