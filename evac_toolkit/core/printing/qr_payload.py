"""What a sheet's QR code says: every language's title, bodies as room allows.

The code is for the evacuee whose language is not on the paper, so those languages come first;
the printed ones follow, so the code still carries every language. Titles are packed before any
body: a title in every language is worth more than one language's explanation.

The text is plain UTF-8, one language's block after another: its title, then its body when there
is room. No language names as labels: each reader finds their own script or spelling at a glance,
and the names (about 280 bytes for fifteen languages) would cost more than a third of the titles.
A title exactly equal to one already in the code (出口 in Japanese and both Chinese) is not
repeated: its readers find it there.
"""

from __future__ import annotations

from dataclasses import dataclass

from evac_toolkit.core.printing import qr


@dataclass(frozen=True)
class QrText:
    """One language's words for the code."""
    language: str          # language code
    title: str
    body: str | None = None


@dataclass(frozen=True)
class QrPlan:
    payload: str
    languages: tuple[str, ...]     # the languages whose title is inside, in priority order
    bodies: tuple[str, ...]        # those whose body is inside too
    version: int                   # the smallest version that holds ``payload`` (0 when empty)


def priority(texts: tuple[QrText, ...], printed: tuple[str, ...]) -> tuple[QrText, ...]:
    """The languages not on the paper first (in the given order), then the printed ones."""
    return (*(t for t in texts if t.language not in printed),
            *(t for t in texts if t.language in printed))


def render(blocks: list[tuple[QrText, bool]]) -> str:
    """The payload text for (text, with its body) blocks in order."""
    parts: list[str] = []
    seen: set[str] = set()
    with_body = any(body for _t, body in blocks)
    for text, body in blocks:
        if body and text.body:
            parts.append(f"{text.title}\n{text.body}")
        elif text.title not in seen:
            parts.append(text.title)
        seen.add(text.title)
    # A blank line between languages once paragraphs are in; titles alone read as a list.
    return ("\n\n" if with_body else "\n").join(parts)


def plan(texts: tuple[QrText, ...], max_version: int, min_version: int,
         level: int = qr.SHEET_LEVEL) -> QrPlan:
    """Pack ``texts`` (in priority order) into one code of at most ``max_version``.

    Titles first, each that fits (a long one skipped does not stop shorter ones after it). The
    code is then as large as the titles need but never smaller than ``min_version`` (the size the
    page always gives it), and bodies fill what that size holds, in the same order: a body never
    makes the code, and so the page's text, larger.
    """
    blocks: list[tuple[QrText, bool]] = []
    for text in texts:
        if not text.title:
            continue
        if qr.fits(render([*blocks, (text, False)]), max_version, level):
            blocks.append((text, False))
    if not blocks:
        return QrPlan("", (), (), 0)
    room = max(min_version, qr.version_for(render(blocks), level))
    for index, (text, _body) in enumerate(list(blocks)):
        if not text.body:
            continue
        trial = [*blocks]
        trial[index] = (text, True)
        if qr.fits(render(trial), room, level):
            blocks = trial
    payload = render(blocks)
    return QrPlan(payload, tuple(t.language for t, _b in blocks),
                  tuple(t.language for t, body in blocks if body), qr.version_for(payload, level))
