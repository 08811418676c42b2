"""QR codes for printed sheets: text only, sized to be read from a distance, drawn as vectors.

A sign's QR code carries its words in many languages so that a phone shows them in the reader's
own script; it never holds a URL or anything that needs a network, and never a name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_L, ERROR_CORRECT_M
from qrcode.util import BIT_LIMIT_TABLE, MODE_8BIT_BYTE, QRData
from reportlab.lib.units import mm

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.paths import cache_dir

#: Smallest printed module (one black square). A phone camera at 1 m sees about 3 px per mm, and
#: decoders want 2–3 px per module: 0.9 mm reads at arm's length to a metre, in poor light too.
MIN_MODULE = 0.9 * mm
QUIET_ZONE = 4   # modules of white around the code, as the standard asks

#: Error correction for a sign's or notice's code: L (7 % of the code may be lost). A wall sheet
#: is flat, frontal and lit, drawn as vectors; what makes it unreadable is distance and a shaky
#: phone, which bigger modules help and extra redundancy does not. M would make the longest
#: titles' code about 11 mm larger (105 mm instead of 94.5 mm at 0.9 mm modules), taken from the
#: printed text. The text on the paper is the sign; the code adds languages. Cards keep M: small,
#: carried in a pocket, creased.
SHEET_LEVEL = ERROR_CORRECT_L


@dataclass(frozen=True)
class QrCode:
    payload: str
    modules: tuple[str, ...]     # rows of "0"/"1"

    @property
    def size(self) -> int:
        return len(self.modules)


def max_version_for(width: float) -> int:
    """The largest QR version whose modules stay ≥ MIN_MODULE when drawn ``width`` points wide."""
    modules = int(width / MIN_MODULE) - 2 * QUIET_ZONE
    return max(1, min(40, (modules - 17) // 4))


def width_for(version: int) -> float:
    """How wide (points, quiet zone included) a code of ``version`` is at MIN_MODULE."""
    return (17 + 4 * version + 2 * QUIET_ZONE) * MIN_MODULE


def fits(payload: str, max_version: int, level: int = ERROR_CORRECT_M) -> bool:
    """Whether ``payload`` fits a QR code of at most ``max_version`` at error correction ``level``.

    Counted from the standard's capacity table rather than by encoding: UTF-8 text is one byte-mode
    segment (4 mode bits, an 8- or 16-bit length, 8 bits a byte), exactly as :func:`make` writes
    it. Encoding to find out took ~5 ms per try, and a sheet tries once per language and text.
    """
    return version_for(payload, level) <= max_version


def version_for(payload: str, level: int = ERROR_CORRECT_M) -> int:
    """The smallest version that holds ``payload`` (41 when none does)."""
    size = len(payload.encode("utf-8"))
    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * size <= BIT_LIMIT_TABLE[level][version]:
            return version
    return 41


@lru_cache(maxsize=512)
def make(payload: str, level: int = ERROR_CORRECT_M) -> QrCode:
    """The module matrix for ``payload`` (UTF-8, one byte-mode segment, the smallest version at
    error correction ``level``), cached in memory and on disk.

    Choosing the best mask costs ~70 ms for a large code; a sign set reprints the same payloads, so
    the matrix is kept in the cache folder keyed by the level and the payload's hash.
    """
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    name = digest if level == ERROR_CORRECT_M else f"{_LEVEL_NAMES[level]}-{digest}"
    cached = cache_dir() / "qr" / f"{name}.txt"
    try:
        rows = tuple(cached.read_text(encoding="ascii").split())
        if rows and all(len(row) == len(rows) for row in rows):
            return QrCode(payload, rows)
    except OSError:
        pass
    code = qrcode.QRCode(error_correction=level, border=0)
    # One byte-mode segment, as fits() counts: no numeric or alphanumeric runs split out.
    code.add_data(QRData(payload.encode("utf-8"), mode=MODE_8BIT_BYTE))
    code.make(fit=True)
    rows = tuple("".join("1" if cell else "0" for cell in row) for row in code.get_matrix())
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cached, "w", encoding="ascii") as handle:
            handle.write("\n".join(rows))
    except OSError:
        pass   # a read-only cache only costs time
    return QrCode(payload, rows)


_LEVEL_NAMES = {ERROR_CORRECT_L: "L", ERROR_CORRECT_M: "M"}


def draw(canvas, code: QrCode, x: float, y: float, width: float) -> None:
    """Draw ``code`` as filled rectangles (vector, sharp at any printer resolution), quiet zone
    included, with its lower-left corner at (x, y)."""
    module = width / (code.size + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, width, width, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # In module units, so the path is small integers, built once per code and reused.
    canvas.transform(module, 0, 0, module, x, y)
    canvas.addLiteral(_path_operators(code))
    canvas.restoreState()


@lru_cache(maxsize=512)
def _path_operators(code: QrCode) -> str:
    """One rectangle per horizontal run of dark modules, origin at the quiet zone's corner."""
    ops = []
    top = code.size + QUIET_ZONE
    for row_index, row in enumerate(code.modules):
        y = top - row_index - 1
        # A grown code (version 20) has ~100 rows of ~100 modules: find runs, not modules.
        ops.extend(f"{QUIET_ZONE + run.start()} {y} {run.end() - run.start()} 1 re"
                   for run in _DARK_RUN.finditer(row))
    return "\n".join(ops) + "\nf"


_DARK_RUN = re.compile("1+")
