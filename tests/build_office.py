"""Fixture builders for the structured readers: one 2019-format table 3 as data, written
as HTML, as DOCX (python-docx, real merges) and, through LibreOffice, as PDF.

``TABLE3`` is a list of rows; a row lists the cells that *start* in it as
``(text, rowspan, colspan)``. ``expected_stream(rows)`` is the cell stream a reader must
give for it: every cell once, in the row where it starts, blank where the text is ''.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ORG = "青石县白河镇人民政府"
TITLE = f"{ORG}2019年政府信息公开工作年度报告"
INTRO = ["一、总体情况", "2019年，本机关认真贯彻落实《条例》，全年共收到政府信息公开申请20件。"]
OUTRO = ["四、存在的主要问题及改进情况", "一是公开内容不够全面。二是更新不够及时。"]

_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def _values(k: int) -> list[tuple[str, int, int]]:
    """Seven value cells for data row k: 自然人 = k + 10 (two digits), some blanks."""
    vals = [str(k + 10), str(k % 3) if k % 2 else "", "", "", "1" if k == 3 else "", "", str(k + 10 + (k == 3))]
    return [(v, 1, 1) for v in vals]


def _table3() -> list[list[tuple[str, int, int]]]:
    rows: list[list[tuple[str, int, int]]] = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(c, 1, 1) for c in _COLS[1:6]],
    ]
    k = 0

    def data(*cells):
        nonlocal k
        k += 1
        rows.append(list(cells) + _values(k))

    data(("一、本年新收政府信息公开申请数量", 1, 3))
    data(("二、上年结转政府信息公开申请数量", 1, 3))
    denied = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
              "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    unavailable = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    rejected = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息"]
    n_result = 2 + len(denied) + len(unavailable) + len(rejected) + 2
    data(("三、本年度办理结果", n_result, 1), ("（一）予以公开", 1, 2))
    data(("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2))
    for group, items in (("（三）不予公开", denied), ("（四）无法提供", unavailable), ("（五）不予处理", rejected)):
        for i, item in enumerate(items):
            data(*([(group, len(items), 1)] if i == 0 else []), (item, 1, 1))
    data(("（六）其他处理", 1, 2))
    data(("（七）总计", 1, 2))
    data(("四、结转下年度继续办理", 1, 3))
    return rows


TABLE3 = _table3()
NCOLS = 10


def expected_stream(rows=TABLE3) -> list[tuple[str, bool, bool]]:
    """(text, row_start, blank) of every cell, in reading order."""
    return [(text, i == 0, text == "") for row in rows for i, (text, _, _) in enumerate(row)]


def grid_positions(rows=TABLE3, ncols=NCOLS):
    """(row, col, text, rowspan, colspan) of every cell's top-left grid position."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, text, rs, cs))
            taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
            c += cs
        assert c <= ncols
    return out


# ---------------------------------------------------------------- HTML

def table_html(rows=TABLE3) -> str:
    out = ['<table border="1" cellspacing="0"><tbody>']
    for row in rows:
        out.append("<tr>")
        for text, rs, cs in row:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            out.append(f'<td{attrs} nowrap="nowrap"><p align="center">{text or "&nbsp;"}</p></td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def report_html(chrome: bool = True) -> str:
    """The report as a page; with ``chrome`` the title sits above the article element,
    between a menu, a breadcrumb, a side list and a footer."""
    body = "".join(f"<p>{p}</p>" for p in INTRO) + "<p>二、收到和处理政府信息公开申请情况</p>"
    body += table_html() + "".join(f"<p>{p}</p>" for p in OUTRO)
    if not chrome:
        return f"<html><body><p>{TITLE}</p>{body}</body></html>"
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>白河镇</title>"
        "<style>.x{color:red}</style><script>var menu='首页 菜单';</script></head><body>"
        "<div class='header'><ul class='nav'><li>网站首页</li><li>政务公开</li><li>政府信息公开年报</li></ul></div>"
        "<div class='position'>当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>"
        "<div class='main'><div class='left-list'><p>相关链接</p></div>"
        f"<div class='title'><h1>{TITLE}</h1></div>"
        f"<div class='article'>{body}</div></div>"
        "<div id='footer'><p>版权所有：青石县人民政府 技术支持：某某公司</p></div>"
        "</body></html>")


# ---------------------------------------------------------------- DOCX

def add_table(document, rows=TABLE3, ncols=NCOLS, widths_cm=None):
    """A python-docx table with real merges (gridSpan / vMerge)."""
    from docx.shared import Cm

    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.autofit = False
    for r, c, text, rs, cs in grid_positions(rows, ncols):
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.text = text
    if widths_cm:
        for col, w in zip(table.columns, widths_cm):
            col.width = Cm(w)  # the grid LibreOffice lays out by
        for row in table.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)
    return table


def add_page_number_footer(document) -> None:
    """A footer printing ``- N -`` with a PAGE field."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = document.sections[0].footer.paragraphs[0]
    p.add_run("- ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p.add_run(" -")


def report_docx(path: Path, *, filler: int = 0, widths_cm=None, footer: bool = False) -> Path:
    """A report: title, intro, ``filler`` long paragraphs (to push table 3 over a page
    break), table 3, closing section."""
    import docx

    d = docx.Document()
    d.add_paragraph(TITLE)
    for p in INTRO:
        d.add_paragraph(p)
    for i in range(filler):
        d.add_paragraph(f"（{i + 1}）本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作，"
                        "及时准确发布政策文件和解读材料，回应社会关切，提升政府工作透明度。" * 2)
    d.add_paragraph("二、收到和处理政府信息公开申请情况")
    add_table(d, widths_cm=widths_cm)
    for p in OUTRO:
        d.add_paragraph(p)
    if footer:
        add_page_number_footer(d)
    d.save(path)
    return path


def narrow_docx(path: Path) -> Path:
    """A small table whose number column is too narrow for two digits on one line."""
    import docx

    d = docx.Document()
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    add_table(d, rows=[[("规章", 1, 1), ("20", 1, 1), ("1234", 1, 1)]], ncols=3, widths_cm=[4.0, 0.45, 0.6])
    d.save(path)
    return path


# ---------------------------------------------------------------- PDF

def to_pdf(docx_paths: list[Path], outdir: Path) -> list[Path]:
    """All DOCX -> PDF in one LibreOffice call."""
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    profile = outdir / "lo_profile"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, docx_paths)],
                   check=True, capture_output=True, timeout=180)
    pdfs = [outdir / (p.stem + ".pdf") for p in docx_paths]
    missing = [p for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(f"soffice made no {missing}")
    return pdfs


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: a picture of text, no text operators."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).rectangle([50, 50, 550, 120], outline="black", width=3)
    img.save(path, "PDF", resolution=72)
    return path
