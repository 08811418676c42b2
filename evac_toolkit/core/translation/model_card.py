"""What a model folder says about itself: its licence and its size, from the files its
publisher put beside the weights.

Models converted for CTranslate2 are published as folders copied from the Hugging Face hub: a
model card ``README.md`` whose YAML front matter has ``license: mit`` (or ``cc-by-nc-4.0``), at
times a ``LICENSE`` file, and the tokenizer's ``tokenizer_config.json`` whose ``name_or_path``
names the original model (``facebook/m2m100_418M``). Only those few keys are read: the front
matter is not parsed as YAML (no YAML library for three lines), and a value this module does
not recognise is kept as written rather than guessed at.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Licence identifiers of the hub's model cards (lower case) → how the program shows them.
LICENCE_NAMES = {
    "mit": "MIT",
    "apache-2.0": "Apache-2.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
}
#: Front-matter values that name no licence.
NO_LICENCE = frozenset({"", "other", "unknown", "none", "null", "~"})
#: Phrases of a LICENSE file's opening → the licence (checked in this order).
LICENCE_TEXTS = (
    ("Attribution-NonCommercial-ShareAlike 4.0", "CC-BY-NC-SA-4.0"),
    ("Attribution-NonCommercial-NoDerivatives 4.0", "CC-BY-NC-ND-4.0"),
    ("Attribution-NonCommercial 4.0", "CC-BY-NC-4.0"),
    ("Attribution-ShareAlike 4.0", "CC-BY-SA-4.0"),
    ("Attribution 4.0 International", "CC-BY-4.0"),
    ("MIT License", "MIT"),
    ("Permission is hereby granted, free of charge", "MIT"),
    ("Apache License", "Apache-2.0"),
)
LICENCE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "LICENCE.txt", "LICENCE.md")
#: Read no more of a model card or licence than this: the keys are at the top.
MAX_READ = 64 * 1024

#: "418M", "1.2B", "600M", "3.3B" in a model's name (parameters).
_SIZE = re.compile(r"(?<![\dA-Za-z.])(\d+(?:\.\d+)?)\s*([MB])(?![A-Za-z])", re.IGNORECASE)


def _head(path: Path) -> str:
    try:
        with open(path, "rb") as stream:
            return stream.read(MAX_READ).decode("utf-8", errors="replace")
    except OSError:
        return ""


def front_matter(text: str) -> dict[str, str]:
    """The top-level ``key: value`` lines of a model card's front matter (lists are skipped)."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    found = {}
    for line in lines[1:]:
        if line.strip() in ("---", "..."):
            break
        match = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if match:
            found[match.group(1).lower()] = match.group(2).strip().strip("'\"[]").strip()
    return found


def licence_name(value: str) -> str:
    """A front-matter licence identifier as shown ("cc-by-nc-4.0" → "CC-BY-NC-4.0"); "" for
    one that names no licence."""
    value = value.strip()
    if value.lower() in NO_LICENCE:
        return ""
    return LICENCE_NAMES.get(value.lower(), value)


def folder_licence(folder: Path) -> str:
    """The licence the folder's README front matter or LICENSE file names; "" when neither
    does."""
    card = front_matter(_head(folder / "README.md"))
    for key in ("license", "licence"):
        if card.get(key):
            named = licence_name(card[key])
            if named:
                return named
    for name in LICENCE_FILES:
        text = _head(folder / name)
        for phrase, licence in LICENCE_TEXTS:
            if phrase in text:
                return licence
    return ""


def non_commercial(licence: str) -> bool:
    """A Creative Commons NonCommercial licence ("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0")."""
    return "NC" in licence.upper().split("-")


def model_size(*names: str) -> str:
    """The parameter count in the first of ``names`` that has one ("facebook/m2m100_418M" →
    "418M", "nllb-200-distilled-1.3B" → "1.3B"); "" when none has."""
    for name in names:
        # "nllb-200" and "m2m100" are family names, not sizes: only a number followed by M/B.
        match = _SIZE.search(name.replace("_", " ").replace("-", " "))
        if match:
            return match.group(1) + match.group(2).upper()
    return ""


def card_title(folder: Path) -> str:
    """The model card's first heading, for a size when nothing else names one."""
    for line in _head(folder / "README.md").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""
