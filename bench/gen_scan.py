"""Scans we make ourselves: a PDF printed to page images, slightly turned, as an image-only PDF.

    from bench.gen_scan import scan_pdf
    scanned = scan_pdf(pdf_bytes, dpi=150, angle=1.5)   # bytes of a PDF with no text layer

Every page is rendered with pdfium at ``dpi`` in grey, turned by ``angle`` degrees
(alternating sign page to page, as a feeder skews), a little noise added when ``noise`` > 0,
and the images are wrapped into a PDF by Pillow (no text layer).
"""
from __future__ import annotations

import io
import random

from PIL import Image


def page_images(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def skew(img: Image.Image, angle: float, noise: float = 0.0, seed: int = 0) -> Image.Image:
    out = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if noise > 0:
        rng = random.Random(seed)
        px = out.load()
        w, h = out.size
        for _ in range(int(w * h * noise)):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = 0 if px[x, y] > 128 else 255
    return out


def to_pdf(images: list[Image.Image], dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buf.getvalue()


def scan_pdf(pdf: bytes, dpi: int = 150, angle: float = 1.5, noise: float = 0.0) -> bytes:
    """An image-only copy of ``pdf``: pages at ``dpi``, turned by ±``angle`` degrees."""
    pages = [skew(img, angle if i % 2 == 0 else -angle, noise, seed=i)
             for i, img in enumerate(page_images(pdf, dpi))]
    return to_pdf(pages, dpi)
