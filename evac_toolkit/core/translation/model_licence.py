"""Under which licence a many-to-many model may be used, before it is installed.

The installer must show the licence, and ask for it to be accepted, before copying gigabytes
from a USB stick, and a zip cannot be read as a folder: so the texts of the few small files
that name a licence (the model card ``README.md``, a ``LICENSE``) are read from the folder or
the zip and judged here with :mod:`.model_card`'s rules (the same that describe an installed
model). When the folder names no licence, the family's usual one (``many_to_many.toml``) is
shown as a guess and the person installing must accept it knowingly, as they must a
non-commercial licence (NLLB-200's CC-BY-NC-4.0): a volunteer group may use it, a company
running a shelter may not.
"""

from __future__ import annotations

from dataclasses import dataclass

from evac_toolkit.core.translation import model_card
from evac_toolkit.core.translation.many_to_many import families

README = "README.md"
#: The files a licence is read from (their text, before anything is copied).
LICENCE_FILES = (README, *model_card.LICENCE_FILES)
#: How much of a licence file is shown (the whole text is in the installed folder).
EXCERPT = 1200


@dataclass(frozen=True)
class Licence:
    """What a model folder says about its licence."""

    name: str                 # "MIT", "CC-BY-NC-4.0"; "" when neither folder nor family names one
    stated_in: str = ""       # the folder's file naming it ("README.md", "LICENSE"); "" guessed
    non_commercial: bool = False
    text: str = ""            # the start of a licence file, to show (a model card's front
    #                           matter says no more than the name)

    @property
    def needs_acceptance(self) -> bool:
        """True when installing needs the person's explicit yes: the folder names no licence
        (or one this program cannot read), or the licence forbids commercial use."""
        return not self.stated_in or not self.name or self.non_commercial


def family_of(tokenizer_class: str) -> str:
    """The family whose tokenizer class this is; "" when none is."""
    return next((key for key, family in families().items()
                 if tokenizer_class in family.tokenizers), "")


def _named(name: str, licence: str, text: str = "") -> Licence:
    return Licence(licence, stated_in=name, non_commercial=model_card.non_commercial(licence),
                   text=text)


def read_licence(texts: dict[str, str], family: str = "") -> Licence:
    """The licence from the texts of a model folder's files (name → text; the model card
    first, as :func:`.model_card.folder_licence` reads an installed folder), else the
    family's usual one, not stated."""
    card = model_card.front_matter(texts.get(README, "")[:model_card.MAX_READ])
    for key in ("license", "licence"):
        named = model_card.licence_name(card.get(key, ""))
        if named:
            return _named(README, named)
    for name in model_card.LICENCE_FILES:
        text = texts.get(name)
        if text is None:
            continue
        head = text[:model_card.MAX_READ]
        licence = next((licence for phrase, licence in model_card.LICENCE_TEXTS
                        if phrase in head), "")
        return _named(name, licence, text.strip()[:EXCERPT])
    known = families().get(family)
    if known is None:
        return Licence("")
    return Licence(known.licence, non_commercial=known.non_commercial)


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
        known = families().get(family)
        lines.append(("model_licence_guessed", {"licence": licence.name,
                                                "family": known.display if known else family}))
    else:
        lines.append(("model_licence_none", {}))
    if licence.non_commercial:
        lines.append(("model_non_commercial", {}))
    return lines
