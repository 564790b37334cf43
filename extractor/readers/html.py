"""HTML pages (and HTML kept inside .txt files, sometimes as a JS-escaped string).

The reader finds the article among the page chrome, then lays it out (``_layout``):
block elements (p, div, h1-h6, li, br, tr …) break lines, a data table becomes a row per
line with tabs between cells. A cell with rowspan/colspan appears once, in the row where
it starts; ``&nbsp;`` cells are blank cells. A table holding tables is page layout, and
its cells are read as blocks.

The page is parsed by lxml's HTML parser (libxml2) and read from the lxml tree in a few
passes (no recursion). Dropped elements (scripts, chrome) are emptied in place.
Comments are never text.
"""
from __future__ import annotations

import re

from lxml import etree

from ..document import Document
from ..lexicon import role_words
from . import ReadError
from ._layout import Layout, clean

_DROP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
         "form", "button", "select", "input", "textarea", "head", "title", "meta", "link"}
_CHROME_TAGS = {"nav", "header", "footer", "aside", "menu"}
_CHROME_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|side|"
    r"share|toolbar|topbar|banner|copyright|position|location|dqwz|weizhi|daohang|bdshare|"
    # (a footer named short, as portal templates do: ft, bottom)
    r"ft|bottom)(?:$|[\s_\d-])",
    re.I)
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
          "figcaption", "caption", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "hr", "body"}
_TITLE_HOLDERS = {"h1", "h2", "h3", "div", "p", "td", "span"}
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"'/\\nrt])")
_CJK = re.compile("[\u4e00-\u9fff]")
_text = etree.XPath("string()")  # an element's text, without comments
_maybe_chrome = etree.XPath(".//*[@class or @id] | .//nav | .//header | .//footer | .//aside | .//menu")
_strings_with = etree.XPath(".//text()[contains(., $s)] | .//comment()[contains(., $s)]")
_EVENTS = ("start", "end", "comment", "pi")  # for etree.iterwalk: elements, comments, PIs


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


def _parse(path, html: str):
    """The page's root element (None for a page without elements)."""
    if html.startswith("\ufeff"):
        html = html[1:]
    # huge_tree lifts libxml2's 256-level nesting limit, past which it drops the rest of the
    # page (unclosed <font>/<span> tags nest deep); 2,048 levels still hold.
    parser = etree.HTMLParser(recover=True, huge_tree=True)
    try:
        parser.feed(html)
        return parser.close()
    except Exception as e:  # libxml2 refuses very little (lone surrogates from JS escapes)
        raise ReadError(path, f"is not readable HTML ({e})", "save the page again from the browser") from None


def _body(root):
    """The page's body; a page without one is read whole (every top-level node)."""
    tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    for top in tops:  # content after </html> makes a second top-level <html>
        body = next(top.iter("body"), None)
        if body is not None:
            return body
    page = etree.Element("page")
    page.extend(tops)
    return page


def _drop(el) -> None:
    """Empty ``el`` and rename it, keeping its tail, so the text on either side stays two
    strings as on the page. (Removing it would mean moving its tail, and lxml refuses to
    set a text holding a control character.)"""
    el.clear(keep_tail=True)
    el.tag = "dropped"


def _is_chrome(el) -> bool:
    if el.tag in _CHROME_TAGS:
        return True
    name = (el.get("class") or "") + " " + (el.get("id") or "")
    return bool(_CHROME_NAME.search(name.strip()))


def _drop_chrome(root) -> None:
    """Remove nav/header/footer/menus unless they hold the report itself."""
    for el in [e for e in _maybe_chrome(root) if _is_chrome(e)]:
        if not any(a is root for a in el.iterancestors()):
            continue  # inside chrome already dropped
        text = _text(el)
        if "总体情况" in text or "申请" in text and next(el.iterdescendants("table"), None) is not None:
            continue  # a container named 'main-header' that wraps the article
        if any("年度报告" in _text(h) for h in el.iterdescendants("h1", "h2", "h3")):
            continue  # <header><h1>…年度报告</h1></header>: the title
        _drop(el)


def _cjk_count(el) -> int:
    return len(_CJK.findall(_text(el)))


def _article(body):
    """The element holding the report: walk down while one child holds most of the text."""
    node, total = body, _cjk_count(body)
    while True:
        if total == 0:
            return node
        best, best_n = None, 0
        for child in node.iterchildren(etree.Element):
            n = _cjk_count(child)
            if n > best_n:
                best, best_n = child, n
        if best is None or best_n < 0.85 * total or best.tag in ("tr", "td", "th", "tbody"):
            return node
        if best.tag == "table" and next(best.iterdescendants("table"), None) is None:
            return node   # a page that is nearly all one data table: the table is read as a table
        node, total = best, best_n


def _head(el, n: int) -> str:
    """The first ``n`` characters of ``el``'s text, where a string of ASCII white space
    between two tags (outside ``<pre>``) counts as one space, or one line break if it
    holds one (as BeautifulSoup, which this reader replaced, counted it)."""
    pre = 1 if next(el.iterancestors("pre"), None) is not None else 0  # <pre> levels open
    parts, size = [], 0
    for event, node in etree.iterwalk(el, events=_EVENTS):
        if event == "start":
            pre += node.tag == "pre"
            s = node.text
        else:
            pre -= event == "end" and node.tag == "pre"
            s = node.tail if node is not el else None
        if s:
            if not pre and not s.strip(" \n\t\f\r"):
                s = "\n" if "\n" in s else " "
            parts.append(s)
            size += len(s)
            if size >= n:
                break
    return "".join(parts)[:n]


def _title_outside(body, article) -> str | None:
    """The report's title when the page prints it outside the article element."""
    # (a title inside the article: a line of its head naming 年度报告 before any comma, stop or verb;
    # 年度报告 cited in its first sentence — 现公布某镇…年度报告。, 本年度报告根据…, 《…年度报告格式》 —
    # is none)
    head = re.sub(r"《[^《》]{0,60}》", "", _head(article, 300))
    if any("年度报告" in ln and not re.search(r"[，。；,;：:]|现将|现予|公布|根据|依据|按照", ln.split("年度报告")[0])
           and not ln.strip().startswith("本") for ln in head.split("\n")[:4]):
        return None
    # only the elements around a string that says 年度报告 (not every element's text)
    candidates = []
    for s in _strings_with(body, s="年度报告"):
        if isinstance(s, str):  # a text: its element, or the element it follows
            parent = s.getparent().getparent() if s.is_tail else s.getparent()
        else:  # a comment
            parent = s.getparent()
        chain = [parent, *parent.iterancestors()]
        candidates += [p for p in reversed(chain) if p.tag in _TITLE_HOLDERS]
    seen = set()
    for el in candidates:
        if el in seen:
            continue
        seen.add(el)
        if el is article or article in el.iterancestors() or el in article.iterancestors():
            continue  # inside the article, or around it
        t = clean(" ".join(el.itertext()))
        if "年度报告" in t and len(t) <= 80:
            return t
    return None


def _publisher_outside(body, article) -> str | None:
    """The page's line naming who published it (发布机构：某局　发布日期：…) when the page prints
    it outside the article element: a short element whose text opens with a ``publisher_label``
    (``lexicons/contact_cues.tsv``). The report's own words may never name the organ (我委)."""
    for label in role_words("contact_cues", "publisher_label"):
        for s in _strings_with(body, s=label):
            if not isinstance(s, str):
                continue  # a comment
            el = s.getparent().getparent() if s.is_tail else s.getparent()
            if el is article or article in el.iterancestors() or el in article.iterancestors():
                continue
            t = clean(" ".join(el.itertext()))
            if t.startswith(label) and len(t) <= 120:
                return t
    return None


def _source_ws(s: str) -> str:
    """Source line breaks in HTML are only white space (a ``<br>`` is the wrap)."""
    return s.replace("\r", " ").replace("\n", " ")


class _Walker:
    """Lays out the article: one pass over its elements (``iterwalk``, so a page nested
    thousands of elements deep cannot exhaust Python's recursion)."""

    def __init__(self) -> None:
        self.out = Layout()
        self.line: list[str] = []

    def flush(self) -> None:
        if self.line:
            self.out.para("".join(self.line))
            self.line = []

    def walk(self, root) -> None:
        events = etree.iterwalk(root, events=_EVENTS)
        for event, el in events:
            if el is root:
                if event == "start" and el.text:
                    self.line.append(_source_ws(el.text))
                continue  # the article itself: its text, never its tail
            tag = el.tag
            if event == "start":
                if tag == "br":
                    self.flush()
                    events.skip_subtree()
                elif tag == "table" and next(el.iterdescendants("table"), None) is None \
                        and not _layout_box(el):
                    self.flush()
                    self.table(el)
                    events.skip_subtree()
                else:
                    if tag in _BLOCK:
                        self.flush()
                    if el.text:
                        self.line.append(_source_ws(el.text))
                continue
            if event == "end" and tag in _BLOCK:
                self.flush()
            if el.tail:  # after an element, a comment or a processing instruction
                self.line.append(_source_ws(el.tail))

    def table(self, table) -> None:
        index = self.out.new_table()
        for tr in table.iterdescendants("tr"):
            self.out.row([_cell_text(td) for td in tr.iterchildren("td", "th")], index)


def _layout_box(table) -> bool:
    """A table that is page layout, not data (an older portal's article page: the report in
    one cell, its paragraphs apart by ``<br>``): no row has two cells with text, and a cell
    holds lines of prose (two or more breaks, a sentence's stop). Its cells are read as blocks,
    a ``<br>`` a line end, never a wrap inside one cell."""
    prose = False
    for tr in table.iterdescendants("tr"):
        cells = list(tr.iterchildren("td", "th"))
        if sum(1 for td in cells if _text(td).strip(" \n\t\r\xa0\u3000")) > 1:
            return False
        for td in cells:
            breaks = sum(1 for _ in td.iterdescendants("br", "p", "div"))
            prose = prose or (breaks >= 2 and "。" in _text(td))
    return prose


def _cell_text(td) -> str:
    """A cell's text; ``<br>`` and block children mark wraps (joined by ``clean``)."""
    parts = [_source_ws(td.text)] if td.text else []
    if len(td) == 0:
        return "".join(parts)
    events = etree.iterwalk(td, events=_EVENTS)
    for event, el in events:
        if el is td:
            continue
        tag = el.tag
        if event == "start":
            if tag == "br":
                parts.append("\n")
                events.skip_subtree()
            else:
                if tag in _BLOCK:
                    parts.append("\n")
                if el.text:
                    parts.append(_source_ws(el.text))
            continue
        if event == "end" and tag in _BLOCK:
            parts.append("\n")
        if el.tail:
            parts.append(_source_ws(el.tail))
    return "".join(parts)


def read_html(path, text: str) -> Document:
    root = _parse(path, _unescape_js(text))
    out = Layout()
    if root is not None:
        body = _body(root)
        for el in list(body.iterdescendants(*_DROP)):
            _drop(el)
        _drop_chrome(body)
        article = _article(body)
        walker = _Walker()
        title = _title_outside(body, article) if article is not body else None
        if title:
            walker.out.para(title)
        publisher = _publisher_outside(body, article) if article is not body else None
        if publisher:
            walker.out.para(publisher)
        walker.walk(article)
        walker.flush()
        out = walker.out
    if not out.text.strip():
        raise ReadError(path, "the HTML page has no readable text", "check the page saved completely")
    warnings = []
    if "政府信息公开" not in out.text:
        warnings.append(f"{path}: the page does not mention 政府信息公开; is it a report?")
    return Document(path=str(path), format="html", text=out.text, sha256="", cells=out.page_cells(),
                    structured=True, warnings=warnings)
