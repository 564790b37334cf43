"""Channels, responsible offices and the report's website: families seen in meta_blind14's
misses (sentences written for these tests, each family in several shapes, with negatives).

Families: a URL in brackets that a line end or a space broke anywhere (not only after a
slash); a site the report is only copied or linked to (转载, 链接) beside the one it is
published on; a wrapped line end before a closing bracket; an office's staff said between it
and its cue (设专人负责, 一名工作人员专职负责); another body's group office guiding the organ;
an office doing a support task only (技术保障, 平台运维, 专区的日常管理); an office named
again by its short name; reading areas called 查询区 / 政务公开区, the 市民之家 hall; a
channel closed during the year (关停, 停止更新)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative


def _doc(text: str) -> Document:
    return Document(path="t.txt", format="txt", text=text, sha256="")


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(_doc(text))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted({f.value for f in facts if f.kind == kind})


def _site(text: str) -> str | None:
    c = extract_metadata(_doc(text)).contact
    if c.website:
        s, e = c.spans["website"]
        assert "".join(text[s:e].split()) == c.website
    return c.website


_ONE = "一、总体情况\n"


# family: a URL in brackets broken by a line end or a space anywhere, its rest up to the
# bracket closing it
@pytest.mark.parametrize("text, want", [
    ("本报告电子版可在青石县人民政府网站（http://www.\nqs.gov.cn/xxgk/c2201/ndbg.sht\nml）下载。",
     "http://www.qs.gov.cn/xxgk/c2201/ndbg.shtml"),
    ("本报告全文可在长河市人民政府门户网站（https://www.chs.gov.cn/ zwgk/fdzd/ndbg/）查阅下载。",
     "https://www.chs.gov.cn/zwgk/fdzd/ndbg/"),
    ("年报全文请登录白河区政府网站（www.bh.gov.cn/xxgk/nb\n/2023.html）查看。",
     "www.bh.gov.cn/xxgk/nb/2023.html"),
    # negatives: the bracket holds more than the URL, or no bracket opens it
    ("本报告可在青石县人民政府网站（www.qs.gov.cn 首页“信息公开”栏目）查阅。", "www.qs.gov.cn"),
    ("本报告可在青石县人民政府网站www.qs.gov.cn/ndbg/ 查阅，\nabc", "www.qs.gov.cn/ndbg/"),
])
def test_url_in_brackets_broken_anywhere(text, want):
    assert _site(text) == want


# family: the report is published on one site and only copied or linked to on another
@pytest.mark.parametrize("text, want", [
    ("本报告在长河高新区网站（http://gxq.chs.gov.cn）公开，同时在长河市政府信息公开网"
     "（http://xxgk.chs.gov.cn）年报专栏转载。", "http://gxq.chs.gov.cn"),
    ("本报告可在白河区政府网站（www.bh.gov.cn）查阅，市政府网站（www.chs.gov.cn）设有链接。",
     "www.bh.gov.cn"),
    ("本报告同时在市政府网站（www.chs.gov.cn）转发，原文在白河区政府网站（www.bh.gov.cn）查阅。",
     "www.bh.gov.cn"),
    # negative: one site only, even when it copies nothing
    ("本报告在长河市政府网站（www.chs.gov.cn）转载发布。", "www.chs.gov.cn"),
])
def test_a_site_that_only_copies_the_report_is_not_its_site(text, want):
    assert _site(text) == want


# family: a PDF's wrapped line end before or after a closing bracket inside an office's name
@pytest.mark.parametrize("body, want", [
    ("2023年，县政府常务副县长分管政务公开工作，县政府办公室（县政务公开办公室\n）承担全县政务公开日常工作。",
     ["县政府办公室（县政务公开办公室）"]),
    ("2022年，由县委常委、常务副县长分管政务公开工作，县财政局办公室（政务公开股）\n具体负责全局政务公开日常工作。",
     ["县财政局办公室（政务公开股）"]),
])
def test_wrapped_line_end_at_a_closing_bracket(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: the office's staff said between the office and its cue
@pytest.mark.parametrize("body, want", [
    ("2019年，我镇由镇长任领导小组组长，镇政府办公室设专人负责信息公开具体工作。", ["镇政府办公室"]),
    ("街道明确党政综合办公室一名工作人员专职负责信息公开工作。", ["党政综合办公室"]),
    ("我局确定一名班子成员分管政务公开工作，明确办公室一名同志专职负责信息发布工作。", ["办公室"]),
    ("政务公开工作由综合科两名干部具体负责。", ["综合科"]),
    # negative: every unit's part-time staff, no office doing the work
    ("各股室指定一名兼职信息员负责报送政务公开信息。", []),
])
def test_staff_between_office_and_cue(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: another body's group office guiding the organ is not the organ's office
@pytest.mark.parametrize("body, want", [
    ("2021年，我镇在县政务公开领导小组办公室（设在县政府办公室）的指导下开展工作，镇党政办具体负责。", ["镇党政办"]),
    ("本年度，在市政务公开领导小组办公室（设于市政府办公室）指导下，我局办公室具体承办政务公开工作。", ["办公室"]),
    # negative: the organ's own group office, seated in its own office
    ("我镇成立政务公开领导小组，领导小组办公室（设在党政办公室）负责日常工作。", ["党政办公室"]),
])
def test_another_bodys_group_guiding(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: an office doing a support task only (the platform's technology, the reading
# area's upkeep) beside the office doing the disclosure work
@pytest.mark.parametrize("body, want", [
    ("成立政务公开工作领导小组，领导小组办公室设在厅办公室，厅信息中心负责网站和新媒体的技术保障。", ["厅办公室"]),
    ("领导小组办公室设在综合部，信息技术部负责平台运维。", ["综合部"]),
    ("党政办公室承担政务公开日常工作，街道便民服务中心负责线下公开场所管理。", ["党政办公室"]),
    ("领导小组办公室设在镇党政综合办公室，镇便民服务中心负责政务公开专区的日常管理。", ["镇党政综合办公室"]),
    # negative: the support task beside the disclosure work itself keeps the office
    ("局信息中心负责政务公开信息的审核发布和网站技术保障。", ["局信息中心"]),
])
def test_support_task_is_not_the_disclosure_office(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: an office named again by its short name is no second office
@pytest.mark.parametrize("body, want", [
    ("政务公开工作由局办公室和人事人才信息中心共同负责：局办公室负责审核把关，信息中心负责栏目维护。",
     ["人事人才信息中心", "局办公室"]),
    ("县政府办公室政务公开股具体负责政务公开工作，公开股负责每月更新栏目。", ["县政府办公室政务公开股"]),
])
def test_short_name_restated(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: reading areas (查询区, 政务公开区), the 市民之家 hall; a channel closed in the year
@pytest.mark.parametrize("body, want", [
    ("中心一楼服务大厅设立信息查询区，提供现场查询。", ["reading_room", "service_hall"]),
    ("在街道便民服务中心设置政务公开区。", ["reading_room", "service_hall"]),
    ("在市民之家设立政务公开专区，方便群众查阅。", ["reading_room", "service_hall"]),
    ("原“白河发布”政务微博已于2022年3月关停。通过“白河发布”微信公众号发布信息52条。", ["wechat"]),
    ("原“青石路政”微信公众号已于6月停止更新，内容并入“青石交通”抖音号。", []),
    # negative: a weibo still in use in another sentence stays
    ("原“白河发布”政务微博已于3月关停。新开通的“白河政务”微博发布信息30条。", ["weibo"]),
])
def test_reading_areas_and_closed_channels(body, want):
    assert _facts(_ONE + body + "\n", "channel") == want


# negatives of the lead inside a run (街道明确党政办…): every village's cadre is no office
@pytest.mark.parametrize("body, want", [
    ("党政办公室承担政务公开日常工作，各村明确一名村干部负责村务公开。", ["党政办公室"]),
    ("镇党政办具体负责政务公开，同时明确两名干部负责信息审核。", ["镇党政办"]),
])
def test_staff_counted_are_no_office(body, want):
    assert _facts(_ONE + body + "\n", "responsible_office") == want


# family: with no 六, a line saying where the report can be read (本报告可在…查阅) ends
# section 五; it is no remedy
@pytest.mark.parametrize("tail, want", [
    ("本报告可在某县人民政府网站（http://www.qs.gov.cn/ndbg/）查阅。联系电话：0731-1234567。\n",
     ["建立月度巡查制度", "推行图解解读"]),
    ("本报告电子版在青石镇政府网站下载，如有疑问请与党政办联系。\n", ["建立月度巡查制度", "推行图解解读"]),
])
def test_a_line_about_the_report_ends_part_five(tail, want):
    text = ("一、总体情况\n全年公开信息5条。\n五、存在的主要问题及改进情况\n（一）栏目更新不及时。（二）解读形式单一。\n"
            "下一步：（一）建立月度巡查制度；（二）推行图解解读。\n" + tail)
    facts, _ = extract_narrative(_doc(text))
    assert sorted(f.text for f in facts if f.kind == "remedy") == want


# family: a contact phone with no label, after a verb of calling (请致电, 拨打)
@pytest.mark.parametrize("text, want", [
    ("本报告全文在某区政府网站公开。如有疑问，请致电025-52711111或发送邮件至ab@163.com。", ["025-52711111"]),
    ("如对本报告有疑问，可拨打0731-1234567、0731-7654321咨询。", ["0731-1234567", "0731-7654321"]),
    ("如有疑问请拨打电话：13912345678。", ["13912345678"]),
    # negatives: a hotline's short number; a labelled phone comes first
    ("群众可拨打12345热线反映诉求。本报告如有疑问请与党政办联系。", []),
    ("联系电话：0551-1111111。如有疑问也可致电0551-2222222。", ["0551-1111111"]),
])
def test_phone_after_a_verb_of_calling(text, want):
    c = extract_metadata(_doc(text)).contact
    assert c.phones == want
    for k, p in enumerate(c.phones):
        s, e = c.spans[f"phones.{k}"]
        assert text[s:e] == p


@pytest.mark.parametrize("sentence, press", [
    # a newspaper named in title marks, where the organ publishes: press
    ("全年在《青石日报》刊登政策解读文章12篇。", True),
    ("通过《青石晚报》等媒体发布政策信息。", True),
    ("在《中国纪检监察报》发表工作经验文章。", True),
    # …never a report's own kind of title (简报, 专报, 年报) or a verb's 报 (每日报送)
    ("编印《政务信息简报》12期。", False),
    ("报送《气象信息专报》20期。", False),
    ("全文见《2022年政府信息公开年报》。", False),
    ("我局每日报送信息至市政务办。", False),
    # an outlet of any name in title marks, published in: press
    ("在《宾县融媒》刊发政策解读稿件8篇。", True),
    ("在《新闻联播》栏目播出专题报道。", True),
    ("依托《今日东城》刊登政务信息。", True),
    ("在《城事直播间》上播报民生政策。", True),
    # …a document or a law in title marks is never published *in*
    ("印发《政务公开工作要点》并刊发解读。", False),
    ("严格落实《政府信息公开条例》。", False),
    ("制定《信息发布审核制度》，规范刊发流程。", False),
])
def test_a_newspaper_in_title_marks_is_press(sentence, press):
    from extractor.document import Document
    from extractor.narrative import extract_narrative
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text="一、总体情况\n" + sentence + "\n", sha256=""))
    assert ("press" in {f.value for f in facts if f.kind == "channel"}) == press
