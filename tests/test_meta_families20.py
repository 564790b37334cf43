"""Metadata and narrative families of the blind set meta_blind20 (session 12), each in several
shapes; sentences written for these tests.

Families: an announcing verb glued after the organ's name (按照…要求，某街道办事处现将…); a
development zone's own subdistrict or township named with its zone (no county, whatever its
address or the gazetteer's old county says); a portal page's publisher line outside the
article (发布机构：某委 — kept by the HTML reader, its name ended at the page's next label); the
organ's own column on a host's portal (某市人民政府网站“某镇”栏目); a conjunction before the bare
pair 县委、县政府 (部门和县委) names no county 和县; the charge's sentence alone on its line after a
paragraph on the disclosure work; section 五 items `（一）问题，将…；` and items labelled 改进一：.
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative
from extractor.organ_names import _clean
from extractor.readers.html import read_html


def _meta(text: str):
    return extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    vals = [f.value if kind in ("responsible_official", "responsible_office", "channel") else f.text
            for f in facts if f.kind == kind]
    return sorted(set(vals)) if kind == "channel" else sorted(vals)


_BODY = "一、总体情况\n全年主动公开政府信息42条。\n二、主动公开政府信息情况\n（详见附表）\n"


# family: an announcing verb glued after the organ's name, before the year (现将, 特此公布)
@pytest.mark.parametrize("opening, name, level", [
    ("按照区政府办公室要求，光华街道办事处现将2023年政府信息公开工作情况报告如下：", "光华街道办事处", "subdistrict"),
    ("根据《中华人民共和国政府信息公开条例》规定，沭阳县民政局现将2022年度政府信息公开工作年度报告公布如下。",
     "沭阳县民政局", "county_dept"),
    ("依据上级通知精神，桃源镇人民政府现就2021年政府信息公开工作情况报告如下：", "桃源镇人民政府", "township"),
    ("按照县政务公开办统一部署，南漳县教育局特此公布2024年政府信息公开工作年度报告。", "南漳县教育局", "county_dept"),
])
def test_an_announcing_verb_after_the_name_is_no_part_of_it(opening, name, level):
    o = _meta(opening + "\n" + _BODY)
    assert (o.name, o.level) == (name, level)


@pytest.mark.parametrize("phrase, want", [
    ("某街道办事处现将", "某街道办事处"),
    ("宁乡市农业农村局现公布", "宁乡市农业农村局"),
    ("现将宁乡市农业农村局", "宁乡市农业农村局"),   # the verb before the name, as before
    ("现将", None),
])
def test_the_verb_after_goes_only_when_a_name_is_left(phrase, want):
    assert _clean(phrase) == want


# family: a development zone's own subdistrict or township, named with its zone: in no county
@pytest.mark.parametrize("text, name", [
    ("明湖街道2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，郑州经济技术开发区明湖街道办事处"
     "编制了本报告。\n" + _BODY, "郑州经济技术开发区明湖街道办事处"),
    ("明湖街道2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，郑州经济技术开发区明湖街道办事处"
     "编制了本报告。\n" + _BODY + "六、其他需要报告的事项\n地址：郑州市管城回族区航海东路88号\n",
     "郑州经济技术开发区明湖街道办事处"),
    ("娄葑街道2022年政府信息公开工作年度报告\n本报告由苏州工业园区娄葑街道办事处编制。\n" + _BODY,
     "苏州工业园区娄葑街道办事处"),
    ("武汉东湖新技术开发区豹澥街道办事处根据《条例》编制本报告。\n" + _BODY, "武汉东湖新技术开发区豹澥街道办事处"),
])
def test_a_zones_subdistrict_named_with_its_zone_is_in_no_county(text, name):
    o = _meta(text)
    assert (o.name, o.level, o.county) == (name, o.level, None)
    assert o.level in ("township", "subdistrict")


@pytest.mark.parametrize("opening", [
    "2021年，武汉东湖新技术开发区豹澥街道办事处认真贯彻落实《条例》。",
    "2022年，郑州经济技术开发区明湖街道办事处坚持以公开促落实。",
])
def test_the_zones_word_in_the_organs_own_name_is_no_word_about_itself(opening):
    # (开发区 said of itself marks a zone's committee; inside the subdistrict's own name it does not)
    o = _meta(opening + "\n" + _BODY)
    assert o.level == "subdistrict" and o.name and o.name.endswith("街道办事处") and o.county is None


def test_a_zone_subject_the_reports_own_words_contradict_gives_no_name():
    o = _meta("2022年，郑州经济技术开发区明湖街道办事处坚持以公开促落实，开发区管委会加强指导。\n" + _BODY)
    assert o.name is None


def test_a_new_district_the_gazetteer_knows_as_a_county_stays_the_county():
    o = _meta("新港街道2022年政府信息公开工作年度报告\n本报告由天津市滨海新区新港街道办事处编制。\n" + _BODY)
    assert (o.level, o.county) == ("subdistrict", "滨海新区")


# family: a portal page's publisher line outside the article is kept with the title
_PAGE = """<html><body>
<div class="top"><div class="site">{host}　<a href="/">首页</a></div>
<div class="info">发布机构：{publisher}　　发布日期：2024-01-20</div></div>
<div class="article"><h1>2023年政府信息公开工作年度报告</h1><div class="content">
<p>根据《中华人民共和国政府信息公开条例》规定，现将{self_word}2023年政府信息公开工作情况报告如下。</p>
<p>一、总体情况</p><p>2023年，{self_word}围绕重点领域做好信息公开，全年主动公开政府信息58条。</p>
<p>二、主动公开政府信息情况（详见附表）</p><p>五、存在的主要问题及改进情况</p>
<p>政策解读还不够通俗。下一步将多用图解解读政策。</p></div></div>
<div class="footer">主办：{host}办公室</div></body></html>"""


@pytest.mark.parametrize("host, publisher, self_word, name, level", [
    ("伊宁市人民政府网", "伊宁市卫生健康委员会", "我委", "伊宁市卫生健康委员会", "county_dept"),
    ("绵阳市人民政府", "绵阳市司法局", "我局", "绵阳市司法局", "city_dept"),
    ("醴陵市人民政府", "醴陵市王仙镇人民政府", "我镇", "醴陵市王仙镇人民政府", "township"),
])
def test_the_pages_publisher_line_names_the_organ_the_report_does_not(host, publisher, self_word, name, level):
    doc = read_html("p.html", _PAGE.format(host=host, publisher=publisher, self_word=self_word))
    assert "发布机构" in doc.text.split("一、总体情况")[0]
    o = extract_metadata(doc).organ
    assert (o.name, o.level) == (name, level)


@pytest.mark.parametrize("line, name", [
    ("发布机构：宁乡市农业农村局发布日期：2023-01-12\n", "宁乡市农业农村局"),
    ("发布机构：宁乡市农业农村局 生成日期：2023-01-12\n", "宁乡市农业农村局"),
    ("发布机构：宁乡市农业农村局索引号：11430124\n", "宁乡市农业农村局"),
])
def test_a_publisher_ends_at_the_pages_next_label(line, name):
    text = "2022年政府信息公开工作年度报告\n" + line + "2022年，我局认真贯彻落实《条例》。\n" + _BODY
    assert _meta(text).name == name


# family: the organ's own column on a host's portal, named in quotes: the one of the report's kind
@pytest.mark.parametrize("sentence, name, level", [
    ("2020年，我镇在于都县人民政府网站“禾丰镇”栏目公开信息80条。", "禾丰镇", "township"),
    ("全年，我街道在浏阳市人民政府门户网站“集里街道”专栏公开各类信息。", "集里街道", "subdistrict"),
    ("2020年，我镇在于都县人民政府网“禾丰镇”专区公开信息80条，在各村公开栏张贴公告。", "禾丰镇", "township"),
])
def test_the_organs_column_on_a_hosts_portal(sentence, name, level):
    o = _meta("2020年政府信息公开工作年度报告\n一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n")
    assert (o.name, o.level) == (name, level)


def test_a_host_portal_alone_is_still_no_organ_of_another_kind():
    o = _meta("2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇在于都县人民政府网站公开信息80条。\n"
              "二、主动公开政府信息情况\n")
    assert o.name is None and o.level == "township"


# family: a conjunction before the bare pair 县委、县政府 names no county (部门和县委)
@pytest.mark.parametrize("lead", ["我局在上级部门和县委、县政府的领导下", "我局在市局与县委县政府的正确领导下",
                                  "我局在上级气象部门及县委、县人民政府领导下"])
def test_a_conjunction_before_the_bare_pair_names_no_county(lead):
    text = ("当前位置：首页>部门信息公开>县气象局>年度报告\n一、总体情况\n2023年，" + lead +
            "，做好气象信息公开。全年在息县人民政府门户网站公开信息30条。\n二、主动公开政府信息情况\n")
    o = _meta(text)
    assert (o.level, o.county) == ("county_dept", "息县")


# family: the charge's sentence alone on its line, right after a paragraph on the work
@pytest.mark.parametrize("before, charge, officials, offices", [
    ("全年收到申请5件，上年结转1件，均已按时办结。因政府信息公开被申请行政复议1件，未被提起行政诉讼。",
     "局主要领导为第一责任人，分管副局长具体负责，局办公室承担日常工作。",
     ["主要领导", "分管副局长"], ["局办公室"]),
    ("全年通过县政府门户网站镇级专栏、镇便民服务中心公开栏主动公开政府信息126条。",
     "镇长负总责，分管副镇长具体抓，党政办负责日常工作。",
     ["分管副镇长", "镇长"], ["党政办"]),
])
def test_a_lone_charge_sentence_after_a_paragraph_on_the_work(before, charge, officials, offices):
    text = "一、总体情况\n" + before + "\n" + charge + "\n二、主动公开政府信息情况\n"
    assert _facts(text, "responsible_official") == sorted(officials)
    assert _facts(text, "responsible_office") == sorted(offices)


@pytest.mark.parametrize("before, charge", [
    ("全年开展安全生产检查12次，排查整改隐患46处，组织应急演练3场次，群众满意度明显提升。",
     "局长为第一责任人，分管副局长具体负责。"),
    ("全年组织干部培训3期，参训120人次。主动公开政府信息40条。全年开展入户走访260户，解决实际困难18件。",
     "镇长负总责，分管副镇长具体抓。"),
])
def test_the_charge_needs_the_work_said_right_before_it(before, charge):
    text = "一、总体情况\n" + before + "\n" + charge + "\n二、主动公开政府信息情况\n"
    assert _facts(text, "responsible_official") == []


_S5 = "五、存在的主要问题及改进情况\n"
_END = "六、其他需要报告的事项\n无。\n"


# family: （一）problem，将…；: the problem before the comma, the remedy after it
@pytest.mark.parametrize("items, problems, remedies", [
    ("（一）部分专栏更新不及时，下一步将开展专项检查；\n（二）政策解读形式单一，将增加图解等解读形式。\n",
     ["部分专栏更新不及时", "政策解读形式单一"], ["下一步将开展专项检查", "将增加图解等解读形式"]),
    ("（一）部分专栏更新不及时，将开展专项检查；\n（二）解读形式单一，下一步将增加图解解读。\n",
     ["部分专栏更新不及时", "解读形式单一"], ["将开展专项检查", "下一步将增加图解解读"]),
    ("1.公开栏内容陈旧，将组织村干部定期更新；\n2.解读形式单一，将丰富图解、视频解读。\n",
     ["公开栏内容陈旧", "解读形式单一"], ["将组织村干部定期更新", "将丰富图解、视频解读"]),
])
def test_an_item_of_a_problem_and_its_remedy_after_a_comma(items, problems, remedies):
    text = _S5 + items + _END
    assert _facts(text, "problem") == sorted(problems)
    assert _facts(text, "remedy") == sorted(remedies)


# family: items labelled by their kind's word and number (改进一：, 整改1：)
@pytest.mark.parametrize("items", [
    "问题一：答复文书不规范。\n\n问题二：解读形式偏重文字。\n\n改进一：编制答复文书范本。\n\n改进二：推出图解解读。\n\n",
    "问题1：答复文书不规范。\n问题2：解读形式偏重文字。\n整改1：编制答复文书范本。\n整改2：推出图解解读。\n",
    "问题一：答复文书不规范；问题二：解读形式偏重文字。\n改进一：编制答复文书范本；改进二：推出图解解读。\n",
])
def test_items_labelled_by_their_kinds_word_and_number(items):
    text = _S5 + items + _END
    assert _facts(text, "problem") == sorted(["答复文书不规范", "解读形式偏重文字"])
    assert _facts(text, "remedy") == sorted(["编制答复文书范本", "推出图解解读"])
