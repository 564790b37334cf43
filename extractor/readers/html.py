"""HTML pages (and HTML kept inside .txt files, sometimes as a JS-escaped string).

The reader finds the article among the page chrome, then lays it out (``_layout``):
block elements (p, div, h1-h6, li, br, tr …) break lines, a data table becomes a row per
line with tabs between cells. A cell with rowspan/colspan appears once, in the row where
it starts; ``&nbsp;`` cells are blank cells. A table holding tables is page layout, and
its cells are read as blocks.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..document import Document
from . import ReadError
from ._layout import Layout, clean

_DROP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
         "form", "button", "select", "input", "textarea", "head", "title", "meta", "link"}
_CHROME_TAGS = {"nav", "header", "footer", "aside", "menu"}
_CHROME_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|side|"
    r"share|toolbar|topbar|banner|copyright|position|location|dqwz|weizhi|daohang|bdshare)(?:$|[\s_\d-])",
    re.I)
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
          "figcaption", "caption", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "hr", "body"}
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"'/\\nrt])")


def _unescape_js(text: str) -> str:
    """``<table align=\\"center\\">`` (HTML kept as a JS/JSON string) -> plain HTML."""
    if text.count('\\"') < 3 or text.count('\\"') < text.count('="'):
        return text

    def one(m: re.Match) -> str:
        c = m.group(1)
        if c[0] == "u":
            return chr(int(c[1:], 16))
        return {"n": "\n", "r": "\n", "t": "\t"}.get(c, c)

    return _JS_ESCAPE.sub(one, text)


def _cjk_count(el: Tag) -> int:
    return sum(1 for ch in el.get_text() if "\u4e00" <= ch <= "\u9fff")


def _is_chrome(el: Tag) -> bool:
    if el.name in _CHROME_TAGS:
        return True
    name = " ".join(el.get("class") or []) + " " + (el.get("id") or "")
    return bool(_CHROME_NAME.search(name.strip()))


def _drop_chrome(root: Tag) -> None:
    """Remove nav/header/footer/menus unless they hold the report itself."""
    for el in root.find_all(_is_chrome):
        if el.decomposed:
            continue
        text = el.get_text()
        if "总体情况" in text or el.find("table") is not None and "申请" in text:
            continue  # a container named 'main-header' that wraps the article
        if any("年度报告" in h.get_text() for h in el.find_all(["h1", "h2", "h3"])):
            continue  # <header><h1>…年度报告</h1></header>: the title
        el.decompose()


def _article(body: Tag) -> Tag:
    """The element holding the report: walk down while one child holds most of the text."""
    node = body
    while True:
        total = _cjk_count(node)
        if total == 0:
            return node
        best, best_n = None, 0
        for child in node.find_all(True, recursive=False):
            n = _cjk_count(child)
            if n > best_n:
                best, best_n = child, n
        if best is None or best_n < 0.85 * total or best.name in ("tr", "td", "th", "tbody"):
            return node
        node = best


def _title_outside(body: Tag, article: Tag) -> str | None:
    """The report's title when the page prints it outside the article element."""
    head = article.get_text()[:300]
    if "年度报告" in head:
        return None
    # only the elements around a string that says 年度报告 (not every element's text)
    candidates = []
    for string in body.find_all(string=lambda x: "年度报告" in x):
        candidates += [p for p in reversed(list(string.parents))
                       if p.name in ("h1", "h2", "h3", "div", "p", "td", "span")]
    seen = set()
    for el in candidates:
        if id(el) in seen:
            continue
        seen.add(id(el))
        t = clean(el.get_text(" "))
        if "年度报告" in t and len(t) <= 80 and el is not article:
            inside = any(p is article for p in el.parents)
            around = any(p is el for p in article.parents)
            if not inside and not around:
                return t
    return None


class _Walker:
    def __init__(self) -> None:
        self.out = Layout()
        self.line: list[str] = []

    def flush(self) -> None:
        if self.line:
            self.out.para("".join(self.line))
            self.line = []

    def walk(self, el: Tag) -> None:
        for child in el.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.line.append(_source_ws(str(child)))
                continue
            if not isinstance(child, Tag) or child.name in _DROP:
                continue
            if child.name == "br":
                self.flush()
            elif child.name == "table" and child.find("table") is None:
                self.flush()
                self.table(child)
            elif child.name in _BLOCK:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def table(self, table: Tag) -> None:
        index = self.out.new_table()
        for tr in table.find_all("tr"):
            raws = [_cell_text(td) for td in tr.find_all(["td", "th"], recursive=False)]
            self.out.row(raws, index)


def _source_ws(s: str) -> str:
    """Source line breaks in HTML are only white space (a ``<br>`` is the wrap)."""
    return s.replace("\r", " ").replace("\n", " ")


def _cell_text(td: Tag) -> str:
    """A cell's text; ``<br>`` and block children mark wraps (joined by ``clean``)."""
    parts: list[str] = []

    def rec(el: Tag) -> None:
        for child in el.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(_source_ws(str(child)))
            elif isinstance(child, Tag) and child.name not in _DROP:
                if child.name == "br":
                    parts.append("\n")
                elif child.name in _BLOCK:
                    parts.append("\n")
                    rec(child)
                    parts.append("\n")
                else:
                    rec(child)

    rec(td)
    return "".join(parts)


def read_html(path, text: str) -> Document:
    html = _unescape_js(text)
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception as e:  # lxml refuses very little; say so if it does
        raise ReadError(path, f"is not readable HTML ({e})", "save the page again from the browser") from None
    body = soup.body or soup
    for el in body.find_all(list(_DROP)):
        if not el.decomposed:
            el.decompose()
    _drop_chrome(body)
    article = _article(body)
    walker = _Walker()
    warnings = []
    title = _title_outside(body, article) if article is not body else None
    if title:
        walker.out.para(title)
    walker.walk(article)
    walker.flush()
    out = walker.out
    if not out.text.strip():
        raise ReadError(path, "the HTML page has no readable text", "check the page saved completely")
    if "政府信息公开" not in out.text:
        warnings.append(f"{path}: the page does not mention 政府信息公开; is it a report?")
    return Document(path=str(path), format="html", text=out.text, sha256="", cells=out.cells,
                    structured=True, warnings=warnings)
