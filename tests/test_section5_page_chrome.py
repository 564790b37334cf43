"""Section 五 read across a printed page's chrome (sentences written for these tests).

A PDF's text pasted page by page carries, between two items or between a problem and its
remedy, the page's footer (第 2 页 共 3 页, - 2 -, —2—, 第2页/共3页, a bare 2 before a header)
and the next page's running header (the report's or the portal's name). No item holds them,
and a header is never joined to the item after it. Also: an older portal page whose report is
one ``<br>``-parted cell of a layout table gives section 五 its lines (the reader's family),
whatever shape the section has inside.
"""
from __future__ import annotations

import pytest

from extractor.document import Document, is_page_mark
from extractor.narrative import extract_narrative
from extractor.narrative_lex import unwrapped
from extractor.page_chrome import chrome_lines, is_running_header
from extractor.readers.html import read_html

HEADER = "某某县某某镇人民政府2023年政府信息公开工作年度报告"
PORTAL = "某某县人民政府门户网站 www.mmx.gov.cn"
P1, P2, P3 = "村务公开栏更新不够及时", "政策解读形式较为单一，图文解读偏少", "依申请答复说理不够充分"
R1, R2 = "建立公开栏定期检查制度", "丰富解读形式，运用图表等方式解读政策"


def items(body: str) -> list[tuple[str, str]]:
    text = ("一、总体情况\n本镇认真落实政务公开要求。\n五、存在的主要问题及改进情况\n"
            f"{body}\n六、其他需要报告的事项\n无。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


# ---------------------------------------------------------------- chrome between two items
@pytest.mark.parametrize("footer", ["第 2 页 共 3 页", "- 2 -", "—2—", "第2页/共3页", "— 2 —", "第2页"])
@pytest.mark.parametrize("header", [HEADER, PORTAL, "某某市某某区人民政府 2023年度街道政府信息公开年报"])
def test_footer_and_header_between_two_inline_items(footer, header):
    body = f"（一）存在问题。一是{P1}；\n{footer}\n{header}\n二是{P2}。\n（二）改进措施。一是{R1}；二是{R2}。"
    assert items(body) == [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]


@pytest.mark.parametrize("body", [
    # numbered lines, a page turning between them
    f"存在问题：\n1.{P1}。\n- 3 -\n{PORTAL}\n2.{P2}。\n改进措施：\n1.{R1}。\n2.{R2}。",
    # label lines, the turn right after the problems' label
    f"主要问题：一是{P1}；\n第3页\n{HEADER}\n二是{P2}。\n下一步：一是{R1}；二是{R2}。",
    # a bare page number, the header after it
    f"主要问题：一是{P1}；\n3\n某某县人民政府信息公开平台\n二是{P2}。\n改进措施：一是{R1}；二是{R2}。",
    # blank lines around the chrome (a Word export of the PDF)
    f"主要问题：一是{P1}；\n\n第 3 页 共 4 页\n\n{HEADER}\n\n二是{P2}。\n改进措施：一是{R1}；二是{R2}。",
])
def test_items_around_a_page_turn(body):
    assert items(body) == [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]


@pytest.mark.parametrize("footer", ["第 2 页 共 3 页", "- 2 -", "第2页/共3页"])
def test_a_problem_and_its_remedy_split_by_a_page_turn(footer):
    # （一）问题，措施；（二）问题，⏎[chrome]⏎措施。: the remedy after the chrome is still the pair's
    body = (f"（一）{P1}，下一步将{R1}；\n（二）{P3}，\n{footer}\n{HEADER}\n将加强与法律顾问的沟通，提高答复质量。")
    assert items(body) == [("problem", P1), ("remedy", f"下一步将{R1}"),
                           ("problem", P3), ("remedy", "将加强与法律顾问的沟通，提高答复质量")]


def test_an_unnumbered_heading_after_a_page_mark_stays():
    # a line after a page mark that names no report nor portal is the text's own (here: 五's
    # heading without its number), never a header
    text = "一、总体情况\n本镇认真落实政务公开要求。\n- 2 -\n存在的主要问题及改进情况\n"
    assert chrome_lines(text) == [(text.index("- 2 -"), text.index("存在"))]


# ---------------------------------------------------------------- what is chrome
@pytest.mark.parametrize("line", [HEADER, PORTAL, "某某市人民政府门户网站 政府信息公开年报", "某某县人民政府信息公开平台"])
def test_running_headers(line):
    assert is_running_header(line)


@pytest.mark.parametrize("line", [
    "存在的主要问题及改进情况",                      # a heading
    "本镇2023年度的政府信息公开工作年度报告现予公布。",  # a sentence citing the report
    "（一）主动公开。在县人民政府门户网站发布信息85条",  # prose naming the portal
    "",
])
def test_lines_that_are_no_running_header(line):
    assert not is_running_header(line)


def test_page_mark_with_a_slash():
    assert is_page_mark("第2页/共3页") and is_page_mark("第 2 页 ／ 共 3 页")


def test_bare_numbers_and_titles_without_a_page_mark_are_no_chrome():
    text = f"{HEADER}\n一、总体情况\n全年主动公开信息\n85\n条。\n{HEADER}\n"
    assert chrome_lines(text) == []


def test_a_sentence_broken_by_a_page_turn_reads_whole():
    # wrapped lines of a pasted PDF, the page turning inside a sentence: the plain text holds
    # the sentence whole, every character mapped back to its place
    line1 = "本镇政务公开工作由镇党委副书记、镇长负总责，副镇长分管，党政综合办"
    text = f"{line1}\n- 2 -\n{HEADER}\n公室承担日常工作。\n"
    plain, at = unwrapped(text)
    assert "党政综合办公室承担日常工作。" in plain
    assert all(plain[k] == text[at[k]] for k in range(len(plain)))
    assert at[len(plain)] == len(text)


# ---------------------------------------------------------------- an older portal's layout cell
def page(lines: list[str], nav: str | None = None) -> str:
    """An older portal's article page: a 索引号 block, then the report as one cell of a layout
    table, its paragraphs parted by <br> (and, with ``nav``, a column of links beside it)."""
    cell = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{ln}<br>\n" for ln in lines)
    side = f"<td>{nav}</td>" if nav else ""
    return ("<html><body><table><tr><td>索引号：</td><td>000-2023-01</td><td>发布机构：</td><td>某镇</td></tr></table>"
            f"<table width=\"1000\"><tr>{side}<td class=\"content\">\n{cell}</td></tr>"
            "<tr><td>【打印本页】【关闭窗口】</td></tr></table></body></html>")


OPENING = ["根据《中华人民共和国政府信息公开条例》，现公布某镇2023年政府信息公开工作年度报告。",
           "一、总体情况", "2023年，某镇认真落实政务公开各项要求，在县人民政府门户网站发布信息85条，"
           "通过微信公众号发布信息120条，全年未收到政府信息公开申请，未发生行政复议和行政诉讼。",
           "二、主动公开政府信息情况（详见附表）", "三、收到和处理政府信息公开申请情况（详见附表）",
           "四、政府信息公开行政复议、行政诉讼情况（详见附表）", "五、存在的主要问题及改进情况"]
CLOSING = ["六、其他需要报告的事项", "无。"]


def html_items(five: list[str], nav: str | None = None) -> list[tuple[str, str]]:
    doc = read_html("p.html", page(OPENING + five + CLOSING, nav))
    facts, _ = extract_narrative(doc)
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


@pytest.mark.parametrize("five, want", [
    # numbered lines under two headings
    (["（一）存在问题", f"1.{P1}。", f"2.{P3}。", "（二）改进措施", f"1.{R1}。", f"2.{R2}。"],
     [("problem", P1), ("problem", P3), ("remedy", R1), ("remedy", R2)]),
    # one paragraph, the plans' label inside it
    [[f"一是{P1}；二是{P3}。改进措施：一是{R1}；二是{R2}。"],
     [("problem", P1), ("problem", P3), ("remedy", R1), ("remedy", R2)]],
    # inline 1. 2., the plans after 下一步：
    [[f"1.{P1}；2.{P3}。下一步：1.{R1}；2.{R2}。"],
     [("problem", P1), ("problem", P3), ("remedy", R1), ("remedy", R2)]],
    # an unnumbered remedy paragraph after the problems' line
    [[f"一是{P1}；二是{P3}。", f"下一步，我镇将{R1}，{R2}。"],
     [("problem", P1), ("problem", P3), ("remedy", f"下一步，我镇将{R1}，{R2}")]],
    # run-in headings, one unnumbered paragraph each
    [[f"（一）存在问题。{P1}；{P3}。", f"（二）改进措施。{R1}；{R2}。"],
     [("problem", f"{P1}；{P3}"), ("remedy", f"{R1}；{R2}")]],
])
@pytest.mark.parametrize("nav", [None, "<a href=\"/\">首页</a><br><a href=\"/xxgk\">信息公开</a>"])
def test_section_five_of_an_older_portal_page(five, want, nav):
    assert html_items(five, nav) == want


def test_the_layout_cell_gives_its_lines():
    doc = read_html("p.html", page(OPENING + [f"一是{P1}。"] + CLOSING))
    assert "\n一、总体情况\n" in doc.text and f"\n五、存在的主要问题及改进情况\n一是{P1}。\n六、" in doc.text
    assert "索引号：\t000-2023-01" in doc.text   # the 索引号 block stays a table
