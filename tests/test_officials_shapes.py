"""Officials and offices: more phrasing families (sentences written for these tests).

A leader doing the organ's whole work (负责全面工作) is not the one in charge of
disclosure; a deputy who assists (协助) or regularly hears the work (定期听取) is; a sentence
with no 公开 whose paragraph goes on about disclosure still counts.
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative


def _facts(text: str, kind: str) -> list[str]:
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return sorted(f.value for f in facts if f.kind == kind)


@pytest.mark.parametrize("text, want", [
    # a party membership title, then the post (党组成员、副局长): the post
    # (two blind sets keep only the post; see the session report: a lead's decision)
    ("2023年，厅党组成员、副厅长分管政府信息公开工作，厅办公室具体组织实施。", ["副厅长"]),
    ("本局政务公开工作由局党组副书记、副局长分管。", ["党组副书记", "副局长"]),
    # …and a member's title alone is the post in charge
    ("政务公开工作由一名党组成员分管。", ["党组成员"]),
    ("乡党委副书记分管政务公开工作，党政办公室负责日常工作。", ["党委副书记"]),
    # the organ's whole work is not the disclosure work
    ("办事处主任负责全面工作，办事处副主任分管政府信息公开。", ["办事处副主任"]),
    ("街道工委副书记、办事处主任负责全面工作，办事处副主任分管政府信息公开。", ["办事处副主任"]),
    ("局长主持全面工作，副局长分管政务公开工作。", ["副局长"]),
    # a deputy who assists, or who regularly hears the work
    ("局长履行政务公开第一责任人职责，分管副局长协助，局办公室负责日常工作。", ["局长", "分管副局长"]),
    ("镇长作为第一责任人，对政务公开工作负总责；分管副镇长协助镇长抓好落实。", ["镇长", "分管副镇长"]),
    ("委办公室作为政务公开工作机构统筹推进，委分管领导定期听取工作汇报。", ["分管领导"]),
    ("政务公开工作由办公室统筹，分管副主任定期听取汇报、研究解决问题。", ["分管副主任"]),
    # the sentence names no 公开, the next one on its line does
    ("2021年，镇长负总责，分管副镇长具体负责，镇党政综合办公室承办。全年在门户网站公开信息191条。",
     ["镇长", "分管副镇长"]),
    ("局长负总责，副局长具体抓。全年主动公开政府信息300条。", ["局长", "副局长"]),
    # a post with its office before it: the whole post
    ("区政府办公室主任为政务公开工作直接责任人。", ["区政府办公室主任"]),
    ("政府信息公开工作由县政府办公室主任分管。", ["县政府办公室主任"]),
])
def test_official_shapes(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text", [
    # the sentence after it names no disclosure either
    "局长负总责，副局长具体抓。全年开展安全生产检查12次。",
    # a count of hearing reports is an activity, not a charge
    "主要领导听取公开工作汇报2次。",
    # a member of a group, a person who assists someone else's office
    "办公室工作人员协助做好档案整理。全年公开信息20条。",
])
def test_not_in_charge(text):
    assert _facts(text, "responsible_official") == []


@pytest.mark.parametrize("text, want", [
    # the office acting for the organ (代表X统筹…)
    ("区政府办公室代表区政府统筹推进全区政务公开工作。", ["区政府办公室"]),
    ("县政府办公室代表县政府负责全县政务公开工作的组织协调。", ["县政府办公室"]),
    # seated in an office, or doing the daily work
    ("镇政务公开领导小组办公室设在党政综合办公室，负责日常工作。", ["党政综合办公室"]),
    ("政务公开工作由党政综合办负责日常工作。", ["党政综合办"]),
    ("明确党政办公室为政务公开工作责任部门，配备兼职信息员2名。", ["党政办公室"]),
])
def test_office_shapes(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


def test_the_post_named_as_the_one_responsible_in_detail():
    text = "政府信息公开工作由局办公室负责，办公室主任为政务公开具体责任人。"
    assert _facts(text, "responsible_official") == ["办公室主任"]


@pytest.mark.parametrize("text, want", [
    # the office that gathers what is published
    ("所有公开信息由局办公室主动收集，各股室按要求上报。", ["局办公室"]),
    ("需公开的政府信息由党政办统一收集、审核后发布。", ["党政办"]),
])
def test_the_office_gathering_what_is_published(text, want):
    assert _facts(text, "responsible_office") == want


def test_every_unit_gathering_is_no_office():
    assert _facts("各科室负责收集本科室需公开的政府信息。", "responsible_office") == []


@pytest.mark.parametrize("text, want", [
    # the work named without 公开: 政府信息 (工作/管理), the 《条例》
    ("为做好政府信息工作，由分管副乡长具体负责，综合督考办承办。", ["分管副乡长"]),
    ("认真贯彻《条例》，由副局长分管，办公室具体落实。", ["副局长"]),
])
def test_the_work_named_otherwise(text, want):
    assert _facts(text, "responsible_official") == want


@pytest.mark.parametrize("text, want", [
    # fields of a form: the role, a colon, the post (and a name)
    ("政务公开工作分管领导：副局长张某；具体负责科室：办公室。", ["副局长"]),
    ("政府信息公开第一责任人：镇长；直接责任人：分管副镇长。", ["镇长", "分管副镇长"]),
])
def test_fields_naming_the_one_in_charge(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


def test_a_field_of_another_role_is_no_charge():
    assert _facts("政务公开联络员：办公室主任。", "responsible_official") == []


@pytest.mark.parametrize("text, want", [
    ("政务公开工作分管领导：副局长张某；具体负责科室：办公室。", ["办公室"]),
    ("政府信息公开工作机构：县政府办公室；联系电话：0000-1234567。", ["县政府办公室"]),
])
def test_fields_naming_the_office(text, want):
    assert _facts(text, "responsible_office") == want


# families of blind metadata set 3 (after its runs): sentences written here
@pytest.mark.parametrize("text, want", [
    # a role word restated by the post after it (X即Y / X也就是Y): the post only
    ("区政府主要负责同志即区长对政务公开工作负总责，分管副区长具体分管。", ["分管副区长", "区长"]),
    ("我镇主要负责同志即镇长亲自抓政务公开工作。", ["镇长"]),
    ("局主要负责人也就是局长为政务公开第一责任人。", ["局长"]),
    # …a role word alone stays the post in charge
    ("镇主要负责同志亲自抓政务公开工作。", ["主要负责同志"]),
    # 协调 is a charge of the work
    ("2021年，省政府政务公开工作由省政府分管副秘书长协调推进。", ["分管副秘书长"]),
    ("市政府政务公开工作由市政府副秘书长协调，市政务公开办负责日常工作。", ["市政府副秘书长"]),
    # a clause whose subject is every unit of a kind: their leaders, not the organ's
    ("县政府政务公开工作由分管副县长负责，各乡镇（街道）、县级部门明确分管领导和工作人员。", ["分管副县长"]),
    ("区政务公开工作由分管副区长负责；各街道明确一名副主任分管政务公开。", ["分管副区长"]),
    # the first paragraph under 一、总体情况 is about the report's own work, 公开 or not
    ("一、总体情况\n2022年，分局明确分局局长为第一责任人，副局长分管，综合办公室具体负责。\n",
     ["副局长", "局长"]),
    ("一、总体情况\n2024年，镇长负总责，分管副镇长具体抓。\n", ["分管副镇长", "镇长"]),
])
def test_officials_restated_coordinating_other_units_and_the_overall_paragraph(text, want):
    assert _facts(text, "responsible_official") == want


def test_a_paragraph_under_another_heading_without_the_work_gives_no_official():
    text = "三、安全生产\n2022年，局长负总责，副局长分管，安监科具体负责。\n"
    assert _facts(text, "responsible_official") == []


# offices named with their staffing or as the body's 处室 / 股室 (blind metadata set 4's families,
# after its one first run): sentences written here
@pytest.mark.parametrize("text, want", [
    ("镇政务公开工作由分管副镇长负责，党政办公室明确1名工作人员具体负责。", ["党政办公室"]),
    ("镇党委委员分管政务公开工作，党政办配备专人负责信息发布。", ["党政办"]),
    ("局政务公开工作由副局长分管，综合股安排两名兼职信息员负责信息公开。", ["综合股"]),
    ("厅政务公开工作由副厅长分管，厅办公室为政务公开工作主管处室。", ["厅办公室"]),
    ("县政务公开工作由副县长分管，县政府办公室作为政务公开牵头股室。", ["县政府办公室"]),
])
def test_offices_with_their_staffing_or_as_the_body_unit(text, want):
    assert _facts(text, "responsible_office") == want


def test_staffing_without_an_office_names_none():
    assert _facts("政务公开工作明确2名工作人员具体负责。", "responsible_office") == []


@pytest.mark.parametrize("text, want", [
    # a post after its government's or office's full name keeps the name whole, never a broken
    # 政府县长 (人民政府 was a prefix only in part)
    ("2025年，县人民政府县长作为政务公开第一责任人。", ["县人民政府县长"]),
    ("镇人民政府镇长为政务公开第一责任人。", ["镇人民政府镇长"]),
    ("街道办事处主任为政务公开第一责任人。", ["街道办事处主任"]),
    ("乡政府乡长负总责，分管副乡长具体负责政务公开工作。", ["乡政府乡长", "分管副乡长"]),
])
def test_a_post_keeps_its_government_prefix_whole(text, want):
    assert _facts(text, "responsible_official") == want


@pytest.mark.parametrize("text, want", [
    # a township's or county's committee posts (宣传委员, 纪委书记, 人大主席, 武装部长 …) are posts,
    # never lost or cut to 书记 (blind metadata set 4's family after its run; posts.tsv rows)
    ("镇党委委员、宣传委员分管政务公开工作。", ["宣传委员"]),
    ("由组织委员分管政务公开工作。", ["组织委员"]),
    ("党委副书记、纪委书记分管政务公开工作。", ["党委副书记", "纪委书记"]),
    ("镇人大主席分管政务公开工作。", ["人大主席"]),
    ("乡长负总责，武装部长具体抓政务公开。", ["乡长", "武装部长"]),
])
def test_committee_posts_of_a_township_or_county(text, want):
    assert sorted(_facts(text, "responsible_official")) == sorted(want)


# blind metadata set 5's families, after its one first run (sentences written here)
@pytest.mark.parametrize("text, want", [
    # the group's office seated after a comma
    ("政务公开工作领导小组下设办公室，设在局综合股，负责日常工作。", ["局综合股"]),
    ("领导小组下设办公室,设于镇党政办公室,负责政务公开日常工作。", ["镇党政办公室"]),
    # staffing with 干部 / 同志 between the office and its cue; never 名干部 as an office
    ("乡政务公开工作由乡长负总责，乡党政综合办公室安排1名干部负责信息收集。", ["乡党政综合办公室"]),
    ("政务公开工作由镇长负总责，党政办明确一名同志具体负责。", ["党政办"]),
])
def test_offices_seated_after_a_comma_or_staffed_by_a_cadre(text, want):
    assert _facts(text, "responsible_office") == want


def test_a_sentence_over_lines_wrapped_at_a_fixed_width_is_one_sentence():
    # a PDF's text pasted: the sentence naming the work goes on over line ends
    text = ("2022年，海北镇党委、政府高度重视政府信息公开工作，镇长\n"
            "负总责，分管副镇长具体负责，镇党政办公室负责具体工作，\n"
            "各村明确一名信息员。\n")
    assert _facts(text, "responsible_office") == ["镇党政办公室"]
    assert "分管副镇长" in _facts(text, "responsible_official")


def test_short_lines_are_not_joined():
    text = "镇党政办公室负责具体工作\n全年公开信息12条。\n"   # short lines: two sentences
    assert _facts(text, "responsible_office") == []


# the template's subsections of 一 that say no 公开 (监督保障, 平台建设) and 组织领导, as a
# heading line or run in before the sentence: the sentence is about the report's own work
@pytest.mark.parametrize("text, official, office", [
    ("（四）监督保障。分管副局长具体负责，办公室承担日常工作。", ["分管副局长"], ["办公室"]),
    ("（五）监督保障\n镇党委书记为第一责任人，分管副镇长具体负责，党政办公室承办日常工作。",
     ["党委书记", "分管副镇长"], ["党政办公室"]),
    ("(五)监督保障情况：局长负总责，副局长分管，综合股具体承办。", ["局长", "副局长"], ["综合股"]),
    ("（一）加强组织领导。由分管副县长具体负责，县政府办公室牵头抓总。", ["分管副县长"], ["县政府办公室"]),
    ("（四）平台建设\n网站由分管副主任具体负责，办公室负责日常维护。", ["分管副主任"], ["办公室"]),
])
def test_a_heading_over_the_work_says_what_the_sentence_is_about(text, official, office):
    assert _facts(text, "responsible_official") == sorted(official)
    assert _facts(text, "responsible_office") == sorted(office)


@pytest.mark.parametrize("text", [
    # the heading is not the line's opening, or the heading names other work
    ("全年开展监督检查2次。分管副局长具体负责安全生产，办公室承担日常工作。"),
    ("（三）安全生产\n分管副局长具体负责，办公室承担日常工作。"),
])
def test_no_heading_over_the_work_no_official(text):
    assert _facts(text, "responsible_official") == []


# text wrapped at a fixed width (a PDF's, pasted): a post, its cue or an office broken by the
# line end is read whole; the fact's span is over the text as given, line end inside
WRAPPED = [
    ("2020年，某镇把政务公开作为转变政府职能、密切联系群众的重要抓手。镇长\n"
     "为政务公开第一责任人，分管副镇长具体抓，党政办公室承担日常工作，形成了一级抓\n"
     "一级的工作格局。", ["分管副镇长", "镇长"], ["党政办公室"]),
    ("街道办事处主任为政府信息公开第一责任人，分管副主任负责组织协调，党政办公室承\n"
     "担具体工作。2019年，街道全年主动公开政府信息64条，各项工作有序推进，成效明\n显。",
     ["分管副主任", "街道办事处主任"], ["党政办公室"]),
    ("2022年，本局高度重视政府信息公开工作，明确由分管副局长具体负责，局办公\n"
     "室承担日常工作，各股室按职责分工配合，确保各项工作落到实处并取得实效。",
     ["分管副局长"], ["局办公室"]),
]


@pytest.mark.parametrize("text, officials, offices", WRAPPED)
def test_a_wrapped_sentence_is_read_whole(text, officials, offices):
    assert _facts(text, "responsible_official") == sorted(officials)
    assert _facts(text, "responsible_office") == sorted(offices)


def test_short_lines_are_not_joined():
    # a list of short lines (no wrapping): each stands alone
    text = "（四）监督保障\n主要领导\n负责审定年报。\n"
    assert _facts(text, "responsible_official") == []


# the leader in charge and the office stated in 六 (其他需要报告的事项); 五 only when no other part names them
# (tests/test_officials_families13.py)
@pytest.mark.parametrize("six, official, office", [
    ("六、其他需要报告的事项\n我镇政务公开工作由镇长负总责，分管副镇长具体分管，镇党政办公室负责具体工作。本年度无其他需要报告的事项。\n",
     ["分管副镇长", "镇长"], ["镇党政办公室"]),
    ("六、其他需要报告的事项\n本年度未收取信息处理费。街道政务公开工作由办事处主任牵头负责，分管副主任具体分管，街道党政综合办公室承办日常事务。\n",
     ["分管副主任", "办事处主任"], ["街道党政综合办公室"]),
])
def test_the_charge_stated_in_part_six(six, official, office):
    text = "一、总体情况\n本年度收到申请2件。\n五、存在的主要问题及改进情况\n宣传不够。\n" + six
    assert _facts(text, "responsible_official") == sorted(official)
    assert _facts(text, "responsible_office") == sorted(office)


def test_a_plan_in_part_five_names_no_charge_when_part_one_names_one():
    text = ("一、总体情况\n本局政务公开工作由局长负总责，综合股具体承办。本年度收到申请2件。\n"
            "五、存在的主要问题及改进情况\n"
            "公开内容不够全面。2024年，我局将由分管副局长牵头，办公室具体负责，进一步规范政务公开工作。\n"
            "六、其他需要报告的事项\n无。\n")
    assert _facts(text, "responsible_official") == ["局长"]
    assert _facts(text, "responsible_office") == ["综合股"]


@pytest.mark.parametrize("text, want", [
    # each of the organ's deputies made the leading group's deputy heads: the organ's own
    ("本局成立以局长为组长、各分管副局长为副组长的政务公开领导小组。", ["局长", "分管副局长"]),
    ("镇政府调整政务公开工作领导小组，由镇长任组长，各副镇长任副组长。", ["镇长", "副镇长"]),
    ("成立由主任任组长、各副主任任副组长的政府信息公开工作领导小组，办公室负责日常工作。",
     ["主任", "副主任"]),
])
def test_each_deputy_of_the_organ_heading_the_group(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # each unit's deputies or heads are no officials of the organ's, even in the group
    ("领导小组由分管领导任组长，各科室副科长为成员，负责政务公开工作。", ["分管领导"]),
    ("各分管领导按照分工做好分管领域政府信息公开工作。", []),
])
def test_each_unit_s_post_still_no_official(text, want):
    assert _facts(text, "responsible_official") == want


@pytest.mark.parametrize("text, want", [
    # a post in quotation marks names the system of charge, not a person: the posts after it do
    ("我局实行“一把手”负总责，由局长担任政务公开领导小组组长，分管副局长具体负责。", ["局长", "分管副局长"]),
    ("镇政府落实‘一把手’负责制，镇长为政务公开第一责任人。", ["镇长"]),
    ("2022年，我中心政务公开工作实行『一把手』负总责，由中心主任任领导小组组长，分管副主任具体抓。", ["中心主任", "分管副主任"]),
    # …while the same post unquoted is the one in charge
    ("我局一把手负总责，办公室具体负责政务公开工作。", ["一把手"]),
])
def test_a_quoted_post_is_a_slogan_s_word(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # a quoted head's word where the sentence names no head by another post, only deputies:
    # the quoted word is the head's only name (as dev gold keeps 主要领导 beside 分管领导)
    ("2019年，我局把政府信息公开列入议事日程，实行“一把手”负总责，分管副局长具体抓，局办公室承办。", ["一把手", "分管副局长"]),
    ("坚持「主要领导」亲自抓的工作格局，分管副主任具体负责政务公开工作。", ["主要领导", "分管副主任"]),
    ("本镇政务公开工作由‘一把手’亲自抓、分管领导具体抓，党政办负责日常工作。", ["一把手", "分管领导"]),
    ("2023年，县医保局政务公开工作坚持\"一把手\"总负责，\n分管副局长牵头，办公室承办。", ["一把手", "分管副局长"]),
])
def test_a_quoted_head_named_by_no_other_post(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text, want", [
    # a prefecture's administrative office (行署): its deputy commissioners are the posts
    ("2022年，地区行署由分管副专员负责政务公开工作，行署办公室政务公开科具体承办。", ["分管副专员"]),
    ("行署常务副专员分管政府信息公开工作。", ["常务副专员"]),
    # …and a 专员 who is staff (信息公开专员) is no post in charge
    ("2022年，我局明确1名信息公开专员负责日常工作。", []),
])
def test_the_posts_of_a_prefectures_administrative_office(text, want):
    assert _facts("一、总体情况\n" + text + "\n", "responsible_official") == want
