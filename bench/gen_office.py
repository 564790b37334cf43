"""Office renderers: DOCX with real merged cells (python-docx), PDF through LibreOffice.

LibreOffice starts slowly, so ``docx_to_pdf`` converts many files in one ``soffice`` call,
with a private profile so parallel runs do not clash.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .gen_tables import Cell, grid

# column widths (cm) per table width in grid columns; narrow label columns make labels wrap
WIDTHS = {4: [4.0, 3.6, 3.6, 3.6], 10: [1.2, 2.0, 3.2] + [1.35] * 7, 15: [1.0] * 15}


def _set_font(run, size: float, east_asia: str = "宋体"):
    run.font.size = Pt(size)
    run.font.name = east_asia
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def _write_cell(dcell, cell: Cell, size: float):
    lines = cell.text.split("\n")
    par = dcell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = dcell.add_paragraph()
        if cell.key:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(par.add_run(line), size)


def _docx_table(doc, rows: list[list[Cell]], rng):
    slots = grid(rows)
    ncols = len(slots[0])
    table = doc.add_table(rows=len(slots), cols=ncols)
    table.style = "Table Grid"
    table.autofit = False
    widths = WIDTHS.get(ncols, [16.0 / ncols] * ncols)
    size = 9 if ncols <= 10 else 7.5
    cells = table._cells  # one pass: table.cell(r, c) recomputes the whole grid every call
    merges = []
    for r, srow in enumerate(slots):
        for c, (cell, origin, _) in enumerate(srow):
            dc = cells[r * ncols + c]
            dc.width = Cm(widths[c])
            if origin:
                _write_cell(dc, cell, size)
                if cell.rowspan > 1 or cell.colspan > 1:
                    far = cells[(r + cell.rowspan - 1) * ncols + c + cell.colspan - 1]
                    merges.append((dc, far))
    for dc, far in merges:  # regions never overlap, so the corner cells survive earlier merges
        dc.merge(far)
    return table


def render_docx(spec) -> bytes:
    rng = spec.rng("docx")
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    body_size = rng.choice([10.5, 12, 14])
    for kind, blk in spec.blocks:
        if kind == "title":
            for line in blk:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(line)
                run.bold = True
                _set_font(run, 18, "黑体")
        elif kind in ("h", "p"):
            p = doc.add_paragraph()
            run = p.add_run(blk)
            run.bold = kind == "h"
            _set_font(run, body_size, "黑体" if kind == "h" else "宋体")
        elif kind == "table":
            _docx_table(doc, blk, rng)
            if rng.random() < 0.5:
                doc.add_paragraph()
        elif kind == "sign":
            for line in blk:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _set_font(p.add_run(line), body_size)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("LibreOffice (soffice) not found: install it to render PDF (apt-get install libreoffice-writer)")
    return exe


def docx_to_pdf(docx_paths: list[Path], out_dir: Path, timeout: float = 1800) -> list[Path]:
    """Convert DOCX files to PDF in one soffice call; returns the PDF paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if not docx_paths:
        return []
    with tempfile.TemporaryDirectory(prefix="nianbao-lo-") as profile:
        cmd = [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_paths)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    pdfs = [out_dir / (Path(p).stem + ".pdf") for p in docx_paths]
    missing = [p.name for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(f"soffice did not write {len(missing)} PDF(s) (first: {missing[0]}); "
                           f"exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return pdfs
