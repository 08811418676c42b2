"""A one-page PDF with each language's sample sentence: proof that every script prints."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from evac_toolkit.core import ruby
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.languages import Language, catalog
from evac_toolkit.core.printing.pdf_fonts import paragraph, pdf_font


def write_sample_sheet(out: Path, languages: tuple[Language, ...] | None = None) -> Path:
    """Write the sample sheet atomically to ``out``."""
    languages = languages or catalog()
    label = ParagraphStyle("label", fontSize=9, leading=11, textColor="#555555")
    body = ParagraphStyle("body", fontSize=15, leading=22, spaceAfter=4 * mm)
    story = []
    for language in languages:
        name = f"{language.code} · {language.native} · {language.japanese}"
        story.append(paragraph(name, language, label))
        sentence = ruby.inline(language.sample) if language.ruby else language.sample
        story.append(paragraph(sentence, language, body))
    story.insert(0, Spacer(1, 2 * mm))
    with atomic_write(out) as handle:
        doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=15 * mm, bottomMargin=15 * mm,
                                title="evac-toolkit font check", author="evac-toolkit",
                                initialFontName=pdf_font("Noto Sans"))
        doc.build(story)
    return out
