"""Send one of our PDFs to a printer: pages rendered by PDFium, painted on a QPrinter.

Shared by every view that prints (signs, notices, fingerboard booklets), so paper size and
orientation are set the same way everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from evac_toolkit.core.printing.preview import PageImage, page_count, render_page

#: Enough for text; keeps old printers' and laptops' memory low.
MAX_DPI = 300


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()   # own the pixels: ``page.rgb`` is freed with the PageImage


def paint_pdf(printer, data: bytes, paper: str = "A4", landscape: bool = False) -> bool:
    """Print every page of ``data``; False when the printer cannot be opened."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if paper == "A3"
                                  else QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(page_count(data)):
            if index:
                printer.newPage()
            painter.drawImage(painter.viewport(), to_qimage(render_page(data, index, dpi=dpi)))
    finally:
        painter.end()
    return True
