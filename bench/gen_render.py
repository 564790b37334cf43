"""Text renderers: Word-export txt, page-text pipe tables, portal HTML. Each returns bytes.

Layout randomness comes from ``spec.rng(format)``, so a spec renders the same way every
time; the content (and so the gold) is the spec's alone.
"""
from __future__ import annotations

import html as _html

from .gen_tables import Cell, grid

PIPE_VARIANTS = ["row", "cell", "cell_bar"]
HALF = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";"})


# ---------------------------------------------------------------- txt (Word export)
def _pad(rng, style: str, text: str) -> str:
    if not text or style == "none":
        return text
    if style == "mixed":
        style = rng.choice(["lead2", "nbsp_after", "ideo", "nbsp_before"])
    return {"lead2": "  " + text, "nbsp_after": text + "\xa0", "ideo": "\u3000" + text,
            "nbsp_before": "\xa0" + text}[style]


def _txt_table(rng, rows: list[list[Cell]]) -> list[str]:
    """Word's plain-text export: a tab-led line per cell, a blank line after each row;
    a vertically merged cell repeats as a lone tab, a horizontally merged one is dropped."""
    style = rng.choice(["none", "none", "none", "nbsp_after", "ideo", "mixed"])
    out = []
    for r, slots in enumerate(grid(rows)):
        prev = None
        for slot in slots:
            cell, origin, same_row = slot
            if cell is prev:
                continue
            prev = cell
            if origin:
                text = _pad(rng, style, cell.text) if cell.key else cell.text
                out.append("\t" + text)
            elif not same_row:
                out.append("\t")
        out.append("")
    return out


def render_txt(spec) -> bytes:
    rng = spec.rng("txt")
    lines: list[str] = []
    for kind, body in spec.blocks:
        if kind == "title":
            lines += list(body) + [""]
        elif kind in ("h", "p"):
            lines.append(body)
        elif kind == "table":
            lines += _txt_table(rng, body) + [""] * rng.randrange(0, 4)
        elif kind == "sign":
            lines += ["", "", *body]
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text.encode(spec.txt_encoding)


# ---------------------------------------------------------------- pipe (page text)
def _pipe_table(rows: list[list[Cell]], variant: str, lead_bar: bool) -> list[str]:
    out = []
    for row in rows:
        if variant == "row":
            texts = [c.text.replace("\n", " ") for c in row]
            fill = sum(c.colspan - 1 for c in row)
            line = ("| " if lead_bar else "") + " | ".join(t if t else " " for t in texts) + " |"
            out.append(line + (" " + "|" * fill if fill else ""))
        elif variant == "cell":
            for c in row:
                out.append(f"{c.text.replace(chr(10), ' ')} |" if c.text else " |")
                if c.colspan > 1:
                    out.append("|" * (c.colspan - 1))
        else:  # cell_bar
            for c in row:
                out.append(c.text)
                out.append("|")
    return out


def render_pipe(spec, variant: str | None = None) -> bytes:
    rng = spec.rng("pipe")
    variant = variant or rng.choice(PIPE_VARIANTS)
    if variant not in PIPE_VARIANTS:
        raise ValueError(f"unknown pipe variant {variant!r}; valid: {', '.join(PIPE_VARIANTS)}")
    from .gen_phrases import CHROME_AFTER, CHROME_BEFORE
    half = rng.random() < 0.6
    lead_bar = rng.random() < 0.5
    lines = [ln.format(**spec.chrome) for ln in rng.sample(CHROME_BEFORE, rng.randrange(2, 5))]
    for kind, body in spec.blocks:
        if kind == "title":
            lines.append("".join(body))
            if rng.random() < 0.5:
                lines.append("访问量：")
        elif kind in ("h", "p"):
            lines.append(body)
        elif kind == "table":
            lines += _pipe_table(body, variant, lead_bar)
        elif kind == "sign":
            lines += list(body)
    lines += [ln.format(**spec.chrome) for ln in rng.sample(CHROME_AFTER, rng.randrange(2, 5))]
    sep = "\n\n" if rng.random() < 0.3 else "\n"
    text = sep.join(lines) + "\n"
    if half:
        text = text.translate(HALF)
    return text.encode("utf-8")


# ---------------------------------------------------------------- html (portal page)
def _cell_html(rng, cell: Cell, tag: str) -> str:
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if not cell.text:
        inner = "&nbsp;"
    elif "\n" in cell.text:
        a, b = (_html.escape(x) for x in cell.text.split("\n", 1))
        inner = f"{a}<br />{b}" if rng.random() < 0.6 else f"<p>{a}</p><p>{b}</p>"
    else:
        inner = _html.escape(cell.text)
    align = ' align="center"' if cell.key else ""
    return f'<{tag}{attrs} nowrap="nowrap" valign="middle"><p{align}>{inner}</p></{tag}>'


def _html_table(rng, rows: list[list[Cell]]) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">',
           "<tbody>"]
    for row in rows:
        out.append("<tr>" + "".join(_cell_html(rng, c, "td") for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def render_html(spec) -> bytes:
    rng = spec.rng("html")
    enc = spec.html_encoding
    charset = {"utf-8": "utf-8", "gbk": rng.choice(["gbk", "GBK", "gb2312"])}[enc]
    title = "".join(next(b for k, b in spec.blocks if k == "title"))
    c = spec.chrome
    head = [
        "<!DOCTYPE html>", "<html>", "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        if rng.random() < 0.5 else f'<meta charset="{charset}">',
        f"<title>{_html.escape(title)}_{_html.escape(c['source'])}</title>",
        '<link rel="stylesheet" href="/css/common.css">',
        "<script>var _hmt = _hmt || []; (function(){var hm=document.createElement('script');})();</script>",
        "</head>", "<body>",
        '<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a>'
        ' | <a href="/bsfw/">办事服务</a></div>',
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>',
        '<div class="article">',
    ]
    body = []
    for kind, blk in spec.blocks:
        if kind == "title":
            body.append(f'<h1 class="title">{"<br/>".join(_html.escape(x) for x in blk)}</h1>')
            body.append(f'<div class="info">发布时间：{c["date"]} &nbsp; 来源：{_html.escape(c["source"])}'
                        f' &nbsp; 字体：<a>大</a> <a>中</a> <a>小</a></div>')
            body.append('<div class="content" id="zoom">')
        elif kind == "h":
            body.append(f'<p style="text-indent:2em"><strong>{_html.escape(blk)}</strong></p>')
        elif kind == "p":
            body.append(f'<p style="text-indent:2em">{_html.escape(blk)}</p>')
        elif kind == "table":
            body.append(_html_table(rng, blk))
        elif kind == "sign":
            body += [f'<p style="text-align:right">{_html.escape(x)}</p>' for x in blk]
    tail = ["</div>", "</div>",
            f'<div class="footer"><p>主办单位：{_html.escape(c["source"])} &nbsp; 网站标识码：{c["code"]}</p>'
            f'<p>ICP备{c["icp"]}号</p><p><a href="javascript:window.print()">打印</a> '
            '<a href="javascript:window.close()">关闭</a></p></div>',
            '<script src="/js/jquery.min.js"></script>',
            "<script>$(function(){ $('#zoom p').css('line-height','2'); });</script>",
            "</body>", "</html>"]
    text = "\n".join(head + body + tail) + "\n"
    return text.encode(enc, errors="xmlcharrefreplace")
