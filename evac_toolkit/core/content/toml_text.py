"""Write text files in the TOML format ``tomllib`` reads back (the standard library only reads)."""

from __future__ import annotations

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def quote(value: str) -> str:
    """A TOML basic string: escapes quotes, backslashes and every control character."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def dump_text_file(meta: dict[str, str], texts: dict[str, str],
                   provenance: dict[str, dict[str, str]]) -> str:
    lines = ["[meta]"]
    lines += [f"{name} = {quote(str(value))}" for name, value in meta.items()]
    lines += ["", "[text]"]
    lines += [f"{quote(key)} = {quote(value)}" for key, value in sorted(texts.items())]
    for key in sorted(provenance):
        lines += ["", f"[provenance.{quote(key)}]"]
        lines += [f"{name} = {quote(str(value))}" for name, value in provenance[key].items()]
    return "\n".join(lines) + "\n"
