"""Metadata and fact families of the blind set meta_blind26 (session 14: excerpts of long
reports pasted from PDFs, portal pages), each in several shapes; sentences written for these
tests.

Families: page chrome (a page's footer and the next page's running header) between two lines
of one sentence, read past by the facts, the county count and the phone reader; spaces
conversion left inside posts and names (分管副 镇长, 镇 长, 马  军); a leading group printed as a
field list (组　长：某某　镇长); a quoted slogan's posts restating a charge named outside it; an
office named the work's 主管机构; 负责人 (a person) no office cue; an older portal page whose
report is one layout cell with <br> paragraphs; an e-mail broken by a line end; channel words
(简报, 综合服务中心, 查询终端) and a wider area's units' channels.
"""
from __future__ import annotations

import pytest

from extractor.damage import fold
from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative
from extractor.page_chrome import chrome_lines, without_chrome
from extractor.readers.html import read_html


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted(f.value for f in facts if f.kind == kind)


def _chrome(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in chrome_lines(text)]


# ---------------------------------------------------------------- page chrome
@pytest.mark.parametrize("text, chrome", [
    # a page mark and the next page's running header (the report's title)
    ("由镇长负总责，副镇长\n第 1 页 共 4 页\n某县某镇人民政府2022年政府信息公开工作年度报告\n分管，党政办具体负责。\n",
     ["第 1 页 共 4 页", "某县某镇人民政府2022年政府信息公开工作年度报告"]),
    # — k — and a host portal's name printed on every page
    ("全年主动公开信息\n— 2 —\n某某县人民政府\n98条。其中网站公开60条。\n— 3 —\n某某县人民政府\n无。\n",
     ["— 2 —", "某某县人民政府", "— 3 —", "某某县人民政府"]),
    # 第k页/共n页 and a site named once
    ("在各社区设立公开栏，\n第2页/共5页\n某区人民政府门户网站\n及时更新公开内容。\n", ["第2页/共5页", "某区人民政府门户网站"]),
    # bare page numbers counting the pages, each after a line of prose
    ("全年发布信息120条，涵盖教育、卫生、\n1\n某某县人民政府信息公开平台\n就业等方面内容。\n联系电话：0871-6123456\n2\n",
     ["1", "某某县人民政府信息公开平台", "2"]),
])
def test_page_chrome_lines(text, chrome):
    assert _chrome(text) == chrome


@pytest.mark.parametrize("text", [
    # a lone number line is a value, not a page (one number counts no pages)
    "全年共收到申请\n3\n件，均已办结。\n",
    # numbers of a table printed a cell per line
    "规章\n0\n0\n1\n2\n规范性文件\n3\n4\n",
    # a line after a page mark that is prose (it has a clause's punctuation)
    "第 1 页\n网站发布信息20条，公众号发布15条。\n",
])
def test_no_page_chrome(text):
    assert [text[s:e].strip() for s, e in chrome_lines(text) if not text[s:e].strip().startswith("第")] == []


@pytest.mark.parametrize("text, joined", [
    ("由副镇长分管，\n第1页\n某区人民政府 2023年度政府信息公开年报\n党政办负责具体工作。\n",
     "由副镇长分管，党政办负责具体工作。\n"),
    # a sentence that stopped before the page break keeps its line end
    ("全年未收到申请。\n- 2 -\n某某市人民政府网\n（三）政府信息管理。\n", "全年未收到申请。\n（三）政府信息管理。\n"),
    # a heading before the page break keeps its line end: the items follow it
    ("（二）改进措施\n- 2 -\n一是建立月通报制度；二是加强督查。\n", "（二）改进措施\n一是建立月通报制度；二是加强督查。\n"),
    ("3.存在的问题\n第 2 页 共 3 页\n某某县某某局政府信息公开年报\n公开内容不够全面。\n", "3.存在的问题\n公开内容不够全面。\n"),
    # two numbers never meet across the break
    ("公开信息21\n第 1 页\n某某县某某局政府信息公开年报\n6条。\n", "公开信息21\n6条。\n"),
])
def test_text_without_chrome(text, joined):
    plain, at = without_chrome(text)
    assert plain == joined
    assert all(text[at[i]] == ch for i, ch in enumerate(plain))


@pytest.mark.parametrize("text, offices", [
    ("一、总体情况\n2023年，街道党工委书记为政务公开第一责任人，副主任王 丹分管，\n第1页\n某市某区人民政府 2023年度街道政府信息公开年报\n"
     "街道综合办公室为政务公开工作机构，配备兼职人员3名。\n", ["街道综合办公室"]),
    ("一、总体情况\n本年度，局长对政务公开工作负总责，分管副局长具体抓，局\n— 1 —\n某某县人民政府\n办公室承担日常工作。\n— 2 —\n某某县人民政府\n",
     ["局办公室"]),
    ("一、总体情况\n镇党委副书记、镇长为第一责任人，政务公开工作由党政\n第 2 页 共 6 页\n某某市人民政府门户网站\n综合办具体负责。\n第 3 页 共 6 页\n某某市人民政府门户网站\n",
     ["党政综合办"]),
])
def test_an_office_across_page_chrome(text, offices):
    assert _facts(text, "responsible_office") == offices


def test_a_running_header_names_no_county():
    # the host portal's header names the county as it is called now; the report its old name
    text = ("一、总体情况\n2018年，青枫岭镇在邵东县委、县政府的领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，扎\n"
            "实推进政务公开各项工作。镇长为第一责任人，镇党政办具体负责。\n"
            "（一）主动公开情况。全年在邵东县人民政府门户网站镇级专栏公开信息\n第 2 页 共 5 页\n邵东市人民政府门户网站\n"
            "152条。通过村级公开栏公开惠民政策信息。\n（二）依申请公开情况。全年未收到政府信息公开申请。\n"
            "第 3 页 共 5 页\n邵东市人民政府门户网站\n五、存在的主要问题及改进情况\n")
    organ = extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ
    assert organ.county == "邵东县"


# ---------------------------------------------------------------- spaces inside posts and names
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n镇党委书记为政务公开第一责任人，分管副 镇长具体负责。\n", ["党委书记", "分管副镇长"]),
    ("一、总体情况\n镇 长为政务公开第一责任人，副 镇长王  强分管。\n", ["副镇长", "镇长"]),
    ("一、总体情况\n局主要负责人对政务公开负总责，副局长 马  军 分管，局办公室负责具体实施。\n", ["主要负责人", "副局长"]),
    ("一、总体情况\n区长为第一责任人，常务副 区长　李　明分管政务公开工作。\n", ["区长", "常务副区长"]),
])
def test_spaces_inside_posts_and_names(text, want):
    assert _facts(text, "responsible_official") == want


@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n镇人民政府成立了政务公开工作领导小组：\n组　长：王　强　镇党委书记、镇长\n副组长：李　明　副镇长\n成　员：各站所负责人\n",
     ["党委书记", "副镇长", "镇长"]),
    ("一、总体情况\n调整了政务公开工作领导小组，组长：张华（局长），副组长：刘洋（副局长）。\n", ["副局长", "局长"]),
    ("一、总体情况\n成立政府信息公开工作领导小组。\n组长：陈某某 县政府副县长\n副组长：赵某某 县政府办公室主任\n",
     ["县政府副县长", "县政府办公室主任"]),
])
def test_a_leading_group_as_a_field_list(text, want):
    assert _facts(text, "responsible_official") == want


@pytest.mark.parametrize("text, want", [
    # the slogan restates the charge the sentence names: its posts are no second officials
    ("一、总体情况\n局主要负责人对政务公开负总责，分管副局长具体负责，形成了“主要领导亲自抓、分管领导具体抓、股室抓落实”的工作格局。\n",
     ["主要负责人", "分管副局长"]),
    ("一、总体情况\n镇长为政务公开第一责任人，建立“一把手负总责、分管领导具体抓”的公开机制。\n", ["镇长"]),
    # …but a slogan that alone names the charge is the charge
    ("一、总体情况\n落实“主要领导负总责、分管领导具体抓”的机制，层层压实公开责任。\n", ["主要领导", "分管领导"]),
])
def test_a_quoted_slogans_posts(text, want):
    assert _facts(text, "responsible_official") == want


# ---------------------------------------------------------------- offices
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n管委会分管副主任负责政务公开工作，管委会办公室为政务公开主管机构，政务公开科承担具体工作。\n",
     ["政务公开科", "管委会办公室"]),
    ("一、总体情况\n局办公室为全局政府信息公开工作的主管机构，法规科承担日常工作。\n", ["局办公室", "法规科"]),
])
def test_an_office_named_the_works_main_body(text, want):
    assert _facts(text, "responsible_office") == want


@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n成立了政务公开工作领导小组，局长任组长，办公室、财务股、基础教育股等股室负责人为成员，"
     "领导小组下设办公室在局办公室，负责信息公开的日常工作。\n", ["局办公室"]),
    ("一、总体情况\n政务公开领导小组由镇长任组长，党政办、经发办等站所负责人为成员，党政办承担日常工作。\n", ["党政办"]),
])
def test_a_person_is_no_office_cue(text, want):
    assert _facts(text, "responsible_office") == want


# ---------------------------------------------------------------- an older portal's layout cell
_OLD_PAGE = """<html><body>
<table><tr><td>索引号：</td><td>000000-2023-00001</td><td>发布机构：</td><td>某某镇</td></tr></table>
<table><tr><td class="content">
&nbsp;&nbsp;根据《中华人民共和国政府信息公开条例》，现公布本年度报告。<br>
&nbsp;&nbsp;一、总体情况<br>
&nbsp;&nbsp;{body}<br>
&nbsp;&nbsp;{_PROSE}<br>
&nbsp;&nbsp;五、存在的主要问题及改进情况<br>
&nbsp;&nbsp;1.信息更新不够及时。<br>
</td></tr>
<tr><td>【打印本页】【关闭窗口】</td></tr></table>
</body></html>"""


# a report's prose is long: the cell holding it holds most of the page (a data table's cells do not)
_PROSE = ("本镇坚持以公开为常态、不公开为例外，围绕群众关切的惠民政策、财政资金、乡村振兴和民生实事等重点领域，"
          "及时通过镇政府信息公开专栏、村务公开栏和微信公众号发布各类信息，做好政策解读和舆情回应工作，"
          "规范依申请公开办理流程，加强政府信息管理和平台建设，认真落实监督保障各项制度，"
          "全年没有因信息公开发生复议或诉讼，公开工作的规范化程度进一步提升。")


@pytest.mark.parametrize("body", [
    "镇人民政府成立了政务公开工作领导小组。",
    "全年主动公开信息84条。<br>（二）依申请公开。全年未收到申请。",
    "<p>全年主动公开信息84条。</p><p>（二）依申请公开。全年未收到申请。</p>",
])
def test_a_layout_cell_is_read_as_lines(body):
    doc = read_html("t.html", _OLD_PAGE.format(body=body, _PROSE=_PROSE))
    lines = doc.text.split("\n")
    assert "一、总体情况" in lines
    assert "五、存在的主要问题及改进情况" in lines
    assert "1.信息更新不够及时。" in lines


def test_a_data_tables_cell_keeps_its_wraps():
    page = ("<html><body><p>某局2023年政府信息公开工作年度报告</p><table>"
            "<tr><td>信息内容</td><td>本年新制发件数</td></tr>"
            "<tr><td>规章<br>（件）</td><td>3</td></tr></table></body></html>")
    doc = read_html("t.html", page)
    assert "规章（件）\t3" in doc.text


# ---------------------------------------------------------------- damaged contact values
@pytest.mark.parametrize("body, folded", [
    ("联系电话：0691-5122714\n2", "0691-5122714\n2"),
    ("全年发布信息20条，内容丰富多样。\n2\n联系电话：0873-2123456\n3\n", "0873-2123456\n3"),
])
def test_a_page_number_is_no_digit_of_a_phone(body, folded):
    text = "一、总体情况\n全年发布政府信息120条，内容涵盖教育、卫生。\n1\n" + body
    assert folded in fold(text).text


@pytest.mark.parametrize("body, email", [
    ("邮箱：ycxm\nzj@163.com", "ycxmzj@163.com"),
    ("电子邮箱：abc_1\n 23@sina.com；", "abc_123@sina.com"),
])
def test_an_email_broken_by_a_line_end(body, email):
    assert email in fold(body).text


def test_a_url_and_an_email_on_two_lines_stay_two():
    assert "www.abc.gov.cn\nxy@163.com" in fold("网址：www.abc.gov.cn\nxy@163.com").text


# ---------------------------------------------------------------- channels
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n（一）主动公开。在街道综合服务中心设立政务公开专区。\n", ["reading_room", "service_hall"]),
    ("一、总体情况\n（四）平台建设。依托镇综合服务中心窗口发放政策宣传资料。\n", ["service_hall"]),
    # a bulletin the organ edits (工作简报, 《某某简报》) is no press, as the other sets' gold reads it
    ("一、总体情况\n（一）主动公开。通过局门户网站发布信息80条，编印工作简报12期。\n", ["portal"]),
    ("一、总体情况\n（一）主动公开。编发《某某经济运行简报》24期，在党群服务中心设立政务公开专区。\n",
     ["reading_room", "service_hall"]),
])
def test_channel_words(text, want):
    assert _facts(text, "channel") == want


@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n（一）主动公开。通过局门户网站发布信息213条。全市各乡镇通过村务公开栏公示补贴信息。\n", ["portal"]),
    ("一、总体情况\n（一）主动公开。在县政府网站发布信息52条；全县各部门利用微信公众号转发政策解读。\n", ["portal"]),
    # the organ's own villages' boards are its channel
    ("一、总体情况\n（一）主动公开。在镇政府网站发布信息52条，各村设立村务公开栏。\n", ["bulletin_board", "portal"]),
])
def test_a_wider_areas_units_channels(text, want):
    assert _facts(text, "channel") == want


# ---------------------------------------------------------------- the fullest name in a wrapped preamble
@pytest.mark.parametrize("text, name", [
    ("杨凌示范区管委会2022年政府信息公开工作年度报告\n"
     "根据《中华人民共和国政府信息公开条例》规定，现公布杨凌农业高新技术产业示范区管理\n"
     "委员会2022年政府信息公开工作年度报告。本报告统计期限自2022年1月1日至2\n"
     "022年12月31日。\n一、总体情况\n2022年，示范区管委会全面推进政务公开。\n",
     "杨凌农业高新技术产业示范区管理委员会"),
    ("长春经开区管委会2023年政府信息公开工作年度报告\n"
     "根据《中华人民共和国政府信息公开条例》要求，现将长春经济技术开发区管理委员\n"
     "会2023年度政府信息公开工作情况报告如下。本报告统计期限自2023年1月1日起至\n"
     "2023年12月31日止。\n一、总体情况\n2023年，经开区管委会全面推进政务公开。\n",
     "长春经济技术开发区管理委员会"),
])
def test_the_fullest_name_a_wrapped_line_broke(text, name):
    assert extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ.name == name


def test_another_body_is_no_fuller_name():
    text = ("某某县民政局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，某某县民政局配合某某县人力资源\n"
            "和社会保障局做好就业困难人员救助信息的公开工作，全年主动公开信息58条。\n")
    assert extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ.name == "某某县民政局"


def test_a_link_trail_wrapped_into_the_title_is_no_name():
    text = ("当前位置：街镇 > 某某镇 > 政务公开 > 政府信息公开年报某某某某某某\n某某镇2020年政府信息公开工作年度报告\n"
            "2020年，某某镇严格按照《中华人民共和国政府信息公开条例》有关规定，推进政务公开。\n")
    assert extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ.name == "某某镇"


# ---------------------------------------------------------------- 高度重视: the leaders a sentence names as the work's
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n2020年，街道党工委书记、办事处主任高度重视，分管副主任负责推进，党群工作办公室负责具体工作。\n",
     ["党工委书记", "分管副主任", "办事处主任"]),
    ("一、总体情况\n局长高度重视政务公开工作，多次听取汇报。\n", ["局长"]),
    # no post: the body's bodies (党委、政府) are no official
    ("一、总体情况\n镇党委和镇政府高度重视公开工作，具体事务交由镇党政办落实。\n", []),
])
def test_leaders_who_attach_importance(text, want):
    assert _facts(text, "responsible_official") == want
