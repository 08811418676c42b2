"""Is a CTranslate2 ``model.bin`` whole? Read its index without loading its weights.

A model folder copied from a USB stick that was pulled out too early has a ``model.bin`` cut
short. CTranslate2 would find out only when loading it (seconds, and a gigabyte of memory, for a
1.2B model) and then say little more than "unexpected end of file". The file is a list of
variables, each with its name, shape, type and byte count before its data, so walking the list
and seeking past each variable's data tells in milliseconds whether every byte is there, and
gives the shapes (the vocabulary size the model expects) without reading the weights.

The layout is CTranslate2's (written by ``ctranslate2.specs.model_spec.ModelSpec._serialize``,
read by ``Model::load`` in its ``src/models/model.cc``): version, spec name and revision (from
binary version 2), variable count; per variable its name, rank, dimensions, type id and byte
count (before version 4: item size and item count), then the data; then the aliases (from
version 3). A later version than :data:`NEWEST_VERSION` is left for CTranslate2 to judge.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

#: The newest binary version whose layout :func:`variable_shapes` knows (CTranslate2 4.x).
NEWEST_VERSION = 6
#: More variables than any real model has (M2M-100 1.2B: about 900): a larger count is damage.
MAX_VARIABLES = 100_000


class ModelFileError(ValueError):
    """model.bin is not a CTranslate2 model (``truncated`` False) or is cut short (True)."""

    def __init__(self, detail: str, truncated: bool = False) -> None:
        super().__init__(detail)
        self.truncated = truncated


def _too_short() -> ModelFileError:
    return ModelFileError("model.bin ends too early", truncated=True)


def _read(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise _too_short()
    return data


def _number(stream: BinaryIO, fmt: str) -> int:
    return struct.unpack("<" + fmt, _read(stream, struct.calcsize(fmt)))[0]


def _string(stream: BinaryIO) -> str:
    length = _number(stream, "H")
    raw = _read(stream, length)
    if not length or raw[-1] != 0:
        raise ModelFileError("model.bin is not a CTranslate2 model (a name is malformed)")
    return raw[:-1].decode("utf-8", errors="replace")


def variable_shapes(path: Path) -> dict[str, tuple[int, ...]] | None:
    """Every variable's shape, after checking that all of their data is in the file; None for
    a binary version this module does not know (CTranslate2 decides when it loads the model).

    Raises :class:`ModelFileError` when the file is cut short or malformed, OSError when it
    cannot be read."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        version = _number(stream, "I")
        if not 0 < version < 100:
            raise ModelFileError("model.bin is not a CTranslate2 model")
        if version > NEWEST_VERSION:
            return None
        if version >= 2:
            _string(stream)                 # spec name, e.g. "TransformerSpec"
            _number(stream, "I")            # spec revision
        count = _number(stream, "I")
        if count > MAX_VARIABLES:
            raise ModelFileError("model.bin is not a CTranslate2 model (too many variables)")
        shapes = {}
        for _ in range(count):
            name = _string(stream)
            rank = _number(stream, "B")
            shapes[name] = tuple(_number(stream, "I") for _ in range(rank))
            item = _number(stream, "B")     # type id (before version 4: bytes per item)
            length = _number(stream, "I") * (1 if version >= 4 else item)
            if stream.tell() + length > size:
                raise _too_short()
            stream.seek(length, os.SEEK_CUR)
        aliases = _number(stream, "I") if version >= 3 else 0
        for _ in range(min(aliases, MAX_VARIABLES)):
            _string(stream)
            _string(stream)
    return shapes


def vocabulary_size(shapes: dict[str, tuple[int, ...]]) -> int | None:
    """The number of tokens the model's embeddings have rows for (None when not found)."""
    for name in ("decoder/embeddings/weight", "encoder/embeddings_0/weight",
                 "encoder/embeddings/weight"):
        shape = shapes.get(name)
        if shape:
            return shape[0]
    return None
