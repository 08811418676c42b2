"""Pages of our own PDFs as pixels, for on-screen previews and for printing on a printer.

The preview is drawn from the real PDF (PDFium through pypdfium2), so what the screen shows is
exactly what will be printed; no second renderer to drift from the first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    rgb: bytes      # 8-bit RGB rows of ``stride`` bytes


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(pdf))


def render_page(pdf: bytes, index: int = 0, *, width_px: int | None = None,
                dpi: float | None = None) -> PageImage:
    """Page ``index`` scaled to ``width_px`` pixels wide, or at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    page = document[index]
    page_width, _ = page.get_size()
    scale = (width_px / page_width) if width_px else (dpi or 72) / 72
    bitmap = page.render(scale=scale, rev_byteorder=True)   # RGB, not BGR
    image = PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    page.close()
    document.close()
    return image
