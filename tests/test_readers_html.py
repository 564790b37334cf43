"""The HTML reader: article among chrome, table grid to cell stream, escapes, encodings."""
import pytest

from build_office import INTRO, TITLE, expected_stream, report_html
from extractor.readers import ReadError, read_document
from extractor.readers.html import read_html

ROW_RESULT = "三、本年度办理结果\t（一）予以公开\t13\t0\t\t\t1\t\t14"


def spans_exact(doc):
    for c in doc.cells:
        assert doc.text[c.start:c.end] == c.text
        assert c.text == c.text.strip() and "\t" not in c.text and "\n" not in c.text


def test_table3_rowspan_colspan_gives_each_cell_once():
    doc = read_html("r.html", report_html())
    assert [(c.text, c.row_start, c.blank) for c in doc.cells] == expected_stream()
    assert {c.table for c in doc.cells} == {0} and doc.structured and doc.format == "html"
    spans_exact(doc)
    lines = doc.text.split("\n")
    assert lines[:4] == [TITLE, *INTRO, "二、收到和处理政府信息公开申请情况"]
    assert lines[4] == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况"
    assert lines[5:7] == ["自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    assert ROW_RESULT in lines
    assert "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t14\t\t\t\t\t\t14" in lines
    assert "（三）不予公开\t1.属于国家秘密\t15\t2\t\t\t\t\t15" in lines
    assert "2.其他法律行政法规禁止公开\t16\t\t\t\t\t\t16" in lines
    for label in ("三、本年度办理结果", "（三）不予公开", "申请人情况", "总计\t"):
        assert doc.text.count(label) == 1


def test_nbsp_cells_are_blank_cells_at_their_position():
    doc = read_html("r.html", report_html())
    row = next(i for i, c in enumerate(doc.cells) if c.text == "二、上年结转政府信息公开申请数量")
    cells = doc.cells[row:row + 8]
    assert [(c.text, c.blank) for c in cells[1:]] == [("12", False)] + [("", True)] * 5 + [("12", False)]
    assert all(c.start == c.end for c in cells if c.blank)
    assert [c.row_start for c in cells] == [True] + [False] * 7


def test_page_chrome_is_dropped_and_title_kept():
    doc = read_html("r.html", report_html(chrome=True))
    for chrome in ("网站首页", "当前位置", "版权所有", "相关链接", "菜单", ".x{"):
        assert chrome not in doc.text
    assert doc.text.startswith(TITLE + "\n一、总体情况\n")
    assert doc.text == read_html("r.html", report_html(chrome=False)).text


def test_js_escaped_html_string():
    page = report_html().replace('"', '\\"').replace("'", "\\'")
    page = page.replace("</p>", "</p>\\n")
    assert '<td rowspan=\\"20\\"' in page
    doc = read_html("r.txt", page)
    assert doc.text == read_html("r.html", report_html()).text
    assert [(c.text, c.row_start) for c in doc.cells] == [(t, r) for t, r, _ in expected_stream()]


def test_gbk_page_through_the_dispatcher(tmp_path):
    p = tmp_path / "report.txt"  # a .txt that is really an HTML page in GBK
    p.write_bytes(report_html().encode("gbk"))
    doc = read_document(p)
    assert doc.format == "html" and doc.text.startswith(TITLE)
    assert ROW_RESULT in doc.text.split("\n")
    assert len(doc.sha256) == 64


def test_cell_wraps_entities_and_white_space():
    page = ("<html><body><p>\u3000\u3000二、主动公开政府信息情况 &lt;摘要&gt;</p>"
            "<p>共收到申请\n  20 件，网站 www.example.gov.cn 发布。</p>"
            "<table><tr><td>信息内容</td><td>本年新<br />制作数量</td><td><p>本年新</p><p>公开数量</p></td></tr>"
            "<tr><td>规&nbsp;章</td><td>\n 2<br>0 </td><td>1 234</td></tr>"
            "<tr><td>&nbsp;</td><td> </td><td>\u3000</td></tr></table><p>结束</p></body></html>")
    doc = read_html("p.html", page)
    assert doc.text == ("二、主动公开政府信息情况<摘要>\n共收到申请20件，网站www.example.gov.cn发布。\n"
                        "信息内容\t本年新制作数量\t本年新公开数量\n规章\t20\t1 234\n结束\n")
    assert [c.text for c in doc.cells] == ["信息内容", "本年新制作数量", "本年新公开数量", "规章", "20", "1 234"]
    spans_exact(doc)


def test_layout_table_around_the_report_is_read_as_blocks():
    page = ("<html><body><table><tr><td><p>一、总体情况</p>"
            "<table><tr><td>规章</td><td>3</td></tr></table></td></tr></table></body></html>")
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况\n规章\t3\n"
    assert [(c.text, c.row_start, c.table) for c in doc.cells] == [("规章", True, 0), ("3", False, 0)]


def test_two_tables_get_their_own_index():
    page = "<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td><td>1</td></tr></table>"
    doc = read_html("p.html", page)
    assert doc.text == "a\nx\nb\t1\n"
    assert [(c.text, c.table) for c in doc.cells] == [("a", 0), ("b", 1), ("1", 1)]


def test_page_without_text_is_an_error():
    with pytest.raises(ReadError, match="empty.html: the HTML page has no readable text"):
        read_html("empty.html", "<html><body><script>var a=1;</script><div> </div></body></html>")


def test_title_in_a_header_element_is_kept():
    page = ("<html><body><header><div class='logo'>青石县人民政府</div>"
            f"<h1>{TITLE}</h1></header><nav><a>首页</a></nav>"
            "<div class='content'><p>一、总体情况</p>" + "<p>本机关认真落实政府信息公开工作要求。</p>" * 10
            + "</div></body></html>")
    doc = read_html("p.html", page)
    assert doc.text == TITLE + "\n一、总体情况\n" + "本机关认真落实政府信息公开工作要求。\n" * 10


def test_malformed_page_unclosed_and_stray_tags():
    page = ("<html><body><div><p>一、总体情况<p>本机关<b>共收到申请<i>3件</b>。</i></div></span></td>"
            "<table><tr><td>规章<td>3<tr><td>规范性文件<td>1</table><p>结束")
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况\n本机关共收到申请3件。\n规章\t3\n规范性文件\t1\n结束\n"
    assert [(c.text, c.row_start) for c in doc.cells] == [("规章", True), ("3", False), ("规范性文件", True), ("1", False)]
    spans_exact(doc)


def test_comments_and_word_namespace_tags_are_not_text():
    page = ("<body><p>一、总体<!-- 注释 -->情况</p><!--<p>隐藏的段落</p>-->"
            "<table><tr><td>规<!--x-->章</td><td><!--0-->3</td></tr></table>"
            '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
            "<p>本机关<o:p></o:p>认真落实</p></body>")
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况\n规章\t3\n本机关认真落实\n"
    assert [c.text for c in doc.cells] == ["规章", "3"]


def test_br_and_paragraphs_inside_cells():
    page = ("<p>一、总体情况</p><table><tr><td>本年新<br>制作<br/>数量</td><td>1<br>2</td>"
            "<td><span>ab</span><br><span>cd</span></td><td><p>许可</p><p>12</p></td></tr></table><p>结束</p>")
    doc = read_html("p.html", page)
    assert [c.text for c in doc.cells] == ["本年新制作数量", "12", "ab cd", "许可12"]
    assert doc.text == "一、总体情况\n本年新制作数量\t12\tab cd\t许可12\n结束\n"
    spans_exact(doc)


def test_layout_table_holding_two_data_tables():
    page = ("<table><tr><td><h3>二、主动公开政府信息情况</h3>"
            "<table><tr><td>规章</td><td>3</td></tr><tr><td rowspan=2>行政许可</td><td>5</td></tr>"
            "<tr><td>6</td></tr></table></td><td><table><tr><td>x</td><td>&nbsp;</td></tr></table></td></tr></table>")
    doc = read_html("p.html", page)
    assert doc.text == "二、主动公开政府信息情况\n规章\t3\n行政许可\t5\n6\nx\t\n"
    assert [(c.text, c.row_start, c.table, c.blank) for c in doc.cells] == [
        ("规章", True, 0, False), ("3", False, 0, False), ("行政许可", True, 0, False), ("5", False, 0, False),
        ("6", True, 0, False), ("x", True, 1, False), ("", False, 1, True)]
    spans_exact(doc)


def test_container_named_like_chrome_that_holds_the_report_is_kept():
    page = ("<body><div class='nav'>网站首页</div><div class='main-header'><p>一、总体情况</p>"
            "<p>本机关全年共收到政府信息公开申请3件。</p></div><div class='footer'>版权所有</div></body>")
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况\n本机关全年共收到政府信息公开申请3件。\n"


def test_title_broken_by_br_outside_the_article():
    page = ("<body><div class='crumb'>当前位置：首页 &gt; 年度报告</div><div class='article'>"
            f"<h1 class='title'>{TITLE[:-4]}<br/>{TITLE[-4:]}</h1><div class='info'>发布时间：2020-01-11</div>"
            "<div class='content'><p>一、总体情况</p>" + "<p>本机关认真落实政府信息公开工作要求。</p>" * 10
            + "</div></div></body>")
    doc = read_html("p.html", page)
    assert doc.text.split("\n")[:3] == [TITLE, "一、总体情况", "本机关认真落实政府信息公开工作要求。"]
    assert "当前位置" not in doc.text and "发布时间" not in doc.text


def test_deeply_nested_page_is_read_whole():
    # unclosed inline tags nest every later element; reading must not recurse per level
    page = "<p>一、总体情况</p>" + "<span>" * 1500 + "<p>本机关共收到申请3件。</p><table><tr><td>规章</td><td>3</td></tr></table>"
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况\n本机关共收到申请3件。\n规章\t3\n"
    assert [c.text for c in doc.cells] == ["规章", "3"]


def test_doctype_alone_is_no_text():
    with pytest.raises(ReadError, match="has no readable text"):
        read_html("p.html", "<!DOCTYPE html><html><head><title>政府信息公开</title></head></html>")


def test_lone_surrogate_from_a_js_escape_is_a_read_error():
    page = '<table align=\\"center\\"><tr><td class=\\"a\\">\\ud83d</td><td id=\\"b\\">一、总体情况</td></tr></table>'
    with pytest.raises(ReadError, match="p.txt: is not readable HTML"):
        read_html("p.txt", page)


def test_control_characters_after_dropped_elements():
    page = ("<body><div class='nav'>首页</div>\x1f<p>一、总体情况<script>var a;</script>\x0c政府信息公开"
            "<span class='share'>分享</span>\x0b工作</p></body>")
    doc = read_html("p.html", page)
    assert doc.text == "一、总体情况政府信息公开工作\n"  # \x1f, \x0b, \x0c are white space


@pytest.mark.parametrize("opening", [
    "本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。",
    "根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制本报告。",
    # …or names the report in a sentence: the report itself (本年度报告根据…), the one published
    # (现公布某局2023年政府信息公开工作年度报告。)
    "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。",
    "根据《中华人民共和国政府信息公开条例》规定，现公布青石县民政局2023年政府信息公开工作年度报告。",
    "现将本局2023年政府信息公开工作年度报告公布如下：",
])
def test_title_outside_the_article_kept_when_its_first_sentence_cites_the_report_format(opening):
    # the article's first sentence names 年度报告 inside a citation (《…年度报告格式》): no title of
    # its own, so the one printed above it (an h2 beside the page's meta line) is kept
    page = ("<html><body><div class='header'><h1>青石县人民政府网</h1></div>"
            f"<div class='article'><h2>{TITLE}</h2><div class='meta'>发布日期：2024-01-20</div>"
            f"<div class='TRS_Editor'><p>{opening}</p><p>一、总体情况</p>"
            + "<p>本机关认真落实政府信息公开工作要求。</p>" * 10 + "</div></div></body></html>")
    doc = read_html("p.html", page)
    assert doc.text.startswith(TITLE + "\n" + opening)


def test_a_title_inside_the_article_is_not_doubled():
    page = ("<html><body><div class='header'><h1>青石县人民政府网</h1></div>"
            f"<div class='article'><h2>另一份{TITLE}</h2><div class='TRS_Editor'><p>{TITLE}</p>"
            "<p>一、总体情况</p>" + "<p>本机关认真落实政府信息公开工作要求。</p>" * 10 + "</div></div></body></html>")
    doc = read_html("p.html", page)
    assert doc.text.count(TITLE) == 1 and doc.text.startswith(TITLE)


def test_a_page_that_is_nearly_all_one_data_table_reads_it_as_a_table():
    rows = "".join(f"<tr><td>{k}.属于某类信息</td><td>{k}</td><td>0</td><td>{k}</td></tr>" for k in range(1, 30))
    doc = read_html("r.html", f"<html><body><p>某镇年度报告</p><table>{rows}</table></body></html>")
    assert [c.text for c in doc.cells[:4]] == ["1.属于某类信息", "1", "0", "1"]
    assert doc.cells[0].row_start and doc.cells[4].row_start and doc.structured


# an older portal's article page: the report is one cell of a layout table, paragraphs parted by <br>
_PROSE = "本机关认真落实政府信息公开条例各项要求，及时公开群众关注的重点领域信息，不断提升政务公开质量。"


@pytest.mark.parametrize("side", ["", "<td><a href='/'>首页</a><br><a href='/a'>信息公开</a></td>"])
def test_a_layout_cell_of_br_parted_paragraphs_gives_a_line_each(side):
    paras = ["一、总体情况", _PROSE, _PROSE, "二、主动公开政府信息情况", _PROSE, "五、存在的主要问题及改进情况", _PROSE]
    cell = "&nbsp;&nbsp;" + "<br>\n&nbsp;&nbsp;".join(paras)
    page = (f"<html><body><table><tr>{side}<td class='content'>{cell}</td></tr>"
            "<tr><td>【打印本页】</td></tr></table></body></html>")
    doc = read_html("p.html", page)
    assert "\n".join(paras) in doc.text
    assert not any(c.text == "".join(paras) for c in doc.cells)


def test_a_long_note_in_a_data_table_leaves_it_a_table():
    note = "注：" + "<br>".join([_PROSE] * 4)
    page = ("<p>一、总体情况</p><table><tr><td>规章</td><td>0</td><td>1</td><td>2</td></tr>"
            f"<tr><td colspan='4'>{note}</td></tr></table>")
    doc = read_html("p.html", page)
    assert "规章\t0\t1\t2\n" in doc.text
    assert [c.text for c in doc.cells[:4]] == ["规章", "0", "1", "2"]


def test_a_one_column_table_of_short_wrapped_cells_stays_a_table():
    page = "<table>" + "".join(f"<tr><td>本年新<br>制作<br>数量{k}</td></tr>" for k in range(6)) + "</table>"
    doc = read_html("p.html", page)
    assert [c.text for c in doc.cells] == [f"本年新制作数量{k}" for k in range(6)]
