"""Hostile pack archives built at test time, for tests/hostile/test_hostile_packs.py.

The many-files archive is written by hand, record by record, rather than with ``zipfile``:
100,008 members through ``ZipFile.writestr`` take seconds, one deflated block reused for every
member takes a fraction of that. It is a real zip (ZIP64 end records, as 100,008 members need)
that ``zipfile`` reads like any other.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import argos_tiny as tiny

_DOS_TIME, _DOS_DATE = 0, (2024 - 1980) << 9 | 1 << 5 | 1     # 2024-01-01 00:00


def many_files(out: Path, count: int = 100_008, size: int = 4040,
               top: str = "translate-en_vi-1_0") -> Path:
    """A 15 MB pack of ``count`` members of ``size`` zero bytes each (404 MB unpacked by
    default), with a valid metadata.json first, as the reliability run's archive."""
    meta = json.dumps(tiny.metadata("en", "vi")).encode()
    zero = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = zero.compress(bytes(size)) + zero.flush()
    zero_crc = zlib.crc32(bytes(size))
    members = [(f"{top}/metadata.json".encode(), meta, zlib.crc32(meta), len(meta), 0)]
    members += [(f"{top}/data/{index:06d}.bin".encode(), packed, zero_crc, size, 8)
                for index in range(count - 1)]
    local, central, offset = [], [], 0
    for name, data, crc, usize, method in members:
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, _DOS_TIME, _DOS_DATE,
                             crc, len(data), usize, len(name), 0) + name
        local += [header, data]
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method,
                                   _DOS_TIME, _DOS_DATE, crc, len(data), usize, len(name),
                                   0, 0, 0, 0, 0, offset) + name)
        offset += len(header) + len(data)
    directory = b"".join(central)
    zip64_end = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(members),
                            len(members), len(directory), offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, offset + len(directory), 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    with out.open("wb") as handle:
        handle.writelines(local)
        handle.write(directory + zip64_end + locator + end)
    return out


def deep_member(good: Path, out: Path, depth: int = 2000) -> Path:
    """The good pack plus one member ``depth`` folders deep."""
    entries = tiny.members(good)
    top = next(iter(entries)).split("/")[0]
    entries[top + "/" + "d/" * (depth - 2) + "deep.txt"] = b"deep"
    return tiny.rezip(out, entries)


def nested_metadata(good: Path, out: Path, depth: int = 30_000) -> Path:
    """metadata.json with a value nested ``depth`` lists deep (within the 64 KB limit)."""
    meta = json.dumps(tiny.metadata("en", "vi")).encode()
    nested = meta[:-1] + b', "extra": ' + b"[" * depth + b"]" * depth + b"}"
    return tiny.with_metadata(good, out, nested)
