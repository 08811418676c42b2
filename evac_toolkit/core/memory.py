"""Give freed memory back to the system after a burst of work (old laptops have little).

Laying out a PDF allocates and frees many small objects (font tables, paragraphs); glibc keeps
the freed heap pages for later, so the process looks as large as its busiest moment. After such
a burst, ``malloc_trim`` returns them. Elsewhere (Windows, macOS, musl) there is nothing to do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys


@functools.cache
def _trim():
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_freed_memory() -> bool:
    """Return freed heap pages to the system; True when the C library could."""
    trim = _trim()
    if trim is None:
        return False
    trim.argtypes = [ctypes.c_size_t]
    return bool(trim(0))
