"""Under which licence a many-to-many model folder may be used, read from its own files.

A model folder as published carries its model card (``README.md``, whose YAML front matter says
``license: mit`` or ``license: cc-by-nc-4.0``) and sometimes a ``LICENSE`` file. What the folder
says is what is shown; when it says nothing, the family's usual licence
(``assets/translation/many_to_many.toml``) is shown as a guess, and the person installing must
accept it knowingly, as they must a non-commercial licence (NLLB-200's CC-BY-NC-4.0): a
volunteer group may be fine, a company running a shelter may not.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

#: The files a licence is read from, in order of trust: the licence text, then the model card.
LICENCE_FILES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING")
README = "README.md"
#: How much of a licence file is kept to be shown (the whole text is in the installed folder).
EXCERPT = 1200

#: A licence text's telltale sentence → its SPDX identifier.
_TEXTS = (
    ("Attribution-NonCommercial-ShareAlike 4.0", "cc-by-nc-sa-4.0"),
    ("Attribution-NonCommercial 4.0", "cc-by-nc-4.0"),
    ("Attribution-NonCommercial", "cc-by-nc-4.0"),
    ("Permission is hereby granted, free of charge", "mit"),
    ("MIT License", "mit"),
    ("Apache License", "apache-2.0"),
    ("Attribution-ShareAlike 4.0", "cc-by-sa-4.0"),
    ("Attribution 4.0 International", "cc-by-4.0"),
)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(\n|\Z)", re.DOTALL)
_LICENSE_LINE = re.compile(r"^license:[ \t]*(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Licence:
    """What a model folder says about its licence."""

    name: str                 # "MIT", "CC-BY-NC-4.0"; "" when neither folder nor family names one
    stated_in: str = ""       # the folder's file naming it ("README.md", "LICENSE"); "" guessed
    non_commercial: bool = False
    text: str = ""            # the start of the licence file, to show

    @property
    def needs_acceptance(self) -> bool:
        """True when installing needs the person's explicit yes: the folder names no licence
        (or one this program cannot read), or the licence forbids commercial use."""
        return not self.stated_in or not self.name or self.non_commercial


@cache
def families() -> dict[str, dict]:
    """The many-to-many families' table (display, licence, non_commercial, languages…)."""
    raw = tomllib.loads(asset_path("translation", "many_to_many.toml")
                        .read_text(encoding="utf-8"))
    return raw.get("family", {})


def family_of(tokenizer_class: str) -> str:
    """The family whose tokenizer class this is; "" when none is."""
    for family, entry in families().items():
        if tokenizer_class in entry.get("tokenizer", ()):
            return family
    return ""


def spdx_name(identifier: str) -> str:
    """How an SPDX identifier is written for people: ``mit`` → MIT, ``cc-by-nc-4.0`` →
    CC-BY-NC-4.0, ``apache-2.0`` → Apache-2.0."""
    identifier = identifier.strip().strip("\"'")
    if identifier.lower().startswith("apache"):
        return "Apache" + identifier[len("apache"):]
    return identifier.upper()


def _from_readme(text: str) -> str:
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        return ""
    found = _LICENSE_LINE.search(match.group(1))
    if not found:
        return ""
    value = found.group(1).strip()
    if not value:      # a YAML list on the next line: "license:\n- mit"
        rest = match.group(1)[found.end():].lstrip("\n")
        value = rest.split("\n", 1)[0].strip().lstrip("-").strip()
    return value if value and value.lower() not in ("other", "unknown") else ""


def _from_text(text: str) -> str:
    for telltale, identifier in _TEXTS:
        if telltale.lower() in text.lower():
            return identifier
    return ""


def read_licence(files: dict[str, str], family: str = "") -> Licence:
    """The licence of a model folder from the texts of its files (name → text; only the
    licence files and README.md are looked at), else its family's usual one, unstated."""
    for name in LICENCE_FILES:
        text = files.get(name)
        if text is None:
            continue
        identifier = _from_text(text)
        return Licence(spdx_name(identifier) if identifier else "", stated_in=name,
                       non_commercial="-nc" in identifier, text=text.strip()[:EXCERPT])
    identifier = _from_readme(files.get(README, ""))
    if identifier:
        return Licence(spdx_name(identifier), stated_in=README,
                       non_commercial="-nc" in identifier.lower(), text=f"license: {identifier}")
    entry = families().get(family, {})
    return Licence(str(entry.get("licence", "")),
                   non_commercial=bool(entry.get("non_commercial", False)))


def licence_lines(licence: Licence, family: str = "") -> list[tuple[str, dict[str, object]]]:
    """What to say about a licence, as message codes and their params (the command line and
    the window word them alike)."""
    lines: list[tuple[str, dict[str, object]]] = []
    if licence.stated_in and licence.name:
        lines.append(("model_licence_stated", {"licence": licence.name,
                                               "where": licence.stated_in}))
    elif licence.stated_in:
        lines.append(("model_licence_unclassified", {"where": licence.stated_in}))
    elif licence.name:
        display = str(families().get(family, {}).get("display", family))
        lines.append(("model_licence_guessed", {"licence": licence.name, "family": display}))
    else:
        lines.append(("model_licence_none", {}))
    if licence.non_commercial:
        lines.append(("model_non_commercial", {}))
    return lines
