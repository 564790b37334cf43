"""The families behind the misses of meta_blind15 (organs at the edges) and meta_blind16 (the
narrative in writers' phrasings), each tried in several shapes with negative cases. Sentences
written for these tests (real place names, made-up reports)."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.narrative import extract_narrative
from extractor.places import level_of, places


def _narrative(text: str):
    doc = Document(path="t.txt", format="txt", text="一、总体情况\n" + text + "\n", sha256="")
    facts, _ = extract_narrative(doc)
    for f in facts:
        assert doc.text[f.span[0]:f.span[1]] == f.text
    return facts


def _values(text: str, kind: str) -> list[str]:
    return sorted(f.value for f in _narrative(text) if f.kind == kind)


def _organ(text: str):
    o = extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ
    return o.name, o.level, o.county


# ---------------------------------------------------------------- posts: heads of 苏木, 海关, 部
@pytest.mark.parametrize("text, want", [
    ("本年度由苏木长任政务公开工作领导小组组长，分管副苏木长任副组长。", ["分管副苏木长", "苏木长"]),
    ("我苏木政务公开工作由副苏木长分管，党政综合办具体负责。", ["副苏木长"]),
    ("本关政务公开工作由副关长分管，办公室具体承办。", ["副关长"]),
    ("关长为本关政务公开工作第一责任人。", ["关长"]),
    ("统战部信息公开工作由分管副部长负责，办公室具体承办。", ["分管副部长"]),
    ("本部明确由副部长分管政府信息公开工作。", ["副部长"]),
])
def test_heads_of_sumu_customs_and_departments_are_posts(text, want):
    assert _values(text, "responsible_official") == want


@pytest.mark.parametrize("text", [
    "关长信箱全年收到来信12件，均已办结。",
    "部长接待日共接待群众来访8人次。",
])
def test_a_heads_mailbox_or_reception_day_is_no_official(text):
    assert _values(text, "responsible_official") == []


# ---------------------------------------------------------------- membership: 班子成员 before a post
@pytest.mark.parametrize("text, want", [
    ("本年度，局领导班子成员、副局长分管政务公开工作，办公室具体负责。", ["副局长"]),
    ("政府信息公开工作由一名班子成员、副主任分管，综合科具体承办。", ["副主任"]),
    ("我关明确关领导班子成员、副关长分管信息公开，办公室负责日常工作。", ["副关长"]),
    # a membership title standing alone is the official named
    ("政务公开工作由一名班子成员分管，办公室具体负责。", ["班子成员"]),
])
def test_a_leadership_membership_before_its_post_names_the_posts_holder(text, want):
    assert _values(text, "responsible_official") == want


# ---------------------------------------------------------------- offices sharing the work (共同…)
@pytest.mark.parametrize("text, want", [
    ("政务公开工作由办公室牵头、法规科配合，共同负责政府信息公开日常工作。", ["办公室", "法规科"]),
    ("局综合科牵头组织，信息中心负责政务新媒体技术保障，共同做好政府信息公开工作。", ["信息中心", "局综合科"]),
    ("市局办公室牵头，财务处协助，并共同推进政务公开各项工作。", ["市局办公室", "财务处"]),
    # no sharing said: the assisting or supporting unit is no office of the work
    ("政务公开工作由办公室具体负责，法规科配合做好信息审核。", ["办公室"]),
    ("政务公开工作由办公室负责，数据中心负责网站技术保障。", ["办公室"]),
    ("政务公开工作由党政办具体负责，各股室配合，共同做好信息报送。", ["党政办"]),
])
def test_offices_sharing_the_work(text, want):
    assert _values(text, "responsible_office") == want


@pytest.mark.parametrize("text, want", [
    ("政务公开领导小组办公室设在交警大队，负责政务公开日常工作。", ["交警大队"]),
    ("政府信息公开工作由分局法制大队具体负责。", ["分局法制大队"]),
    ("政务公开工作由分局办公室负责，各派出所、大队明确专人报送公开信息。", ["分局办公室"]),
    ("政务公开工作由综合科负责，各中队、大队配合，共同做好公开工作。", ["综合科"]),
])
def test_a_brigade_is_an_office_and_every_units_list_is_none(text, want):
    assert _values(text, "responsible_office") == want


# ---------------------------------------------------------------- hotlines by their numbers
@pytest.mark.parametrize("text, want", [
    ("依托门户网站和12366纳税服务热线公开办税指南。", ["hotline", "portal"]),
    ("开通12333人社服务热线，全年解答政策咨询600余次。", ["hotline"]),
    ("通过交通运输网站、12328交通运输服务监督电话公开政务信息。", ["hotline", "portal"]),
])
def test_a_service_hotline_named_by_its_number(text, want):
    assert _values(text, "channel") == want


@pytest.mark.parametrize("text", [
    "联系电话：0371-12333456。",
    "全年办理12315平台转办的投诉举报工单56件。",
])
def test_a_hotlines_digits_in_a_phone_or_another_bodys_cases_are_no_channel(text):
    assert _values(text, "channel") == []


# ---------------------------------------------------------------- organs: long autonomous counties, customs
@pytest.mark.parametrize("name, first_place, level", [
    ("双江拉祜族佤族布朗族傣族自治县教育局", "双江拉祜族佤族布朗族傣族自治县", "county_dept"),
    ("积石山保安族东乡族撒拉族自治县人民政府", "积石山保安族东乡族撒拉族自治县", "county"),
    ("孟连傣族拉祜族佤族自治县娜允镇人民政府", "孟连傣族拉祜族佤族自治县", "township"),
    # a province before its autonomous prefecture stays a place of its own
    ("四川省凉山彝族自治州人民政府", "四川省", "city"),
])
def test_an_autonomous_county_of_several_peoples_is_one_place(name, first_place, level):
    assert places(name)[0] == first_place
    assert level_of(name) == level


@pytest.mark.parametrize("text, want", [
    ("双江拉祜族佤族布朗族傣族自治县\n人民政府办公室\n2022年政府信息公开工作年度报告\n一、总体情况\n本机关全年收到申请2件。\n",
     ("双江拉祜族佤族布朗族傣族自治县人民政府办公室", "county", "双江拉祜族佤族布朗族傣族自治县")),
    ("孟连傣族拉祜族佤族自治县财政局2021年政府信息公开工作年度报告\n一、总体情况\n我局全年收到申请1件。\n",
     ("孟连傣族拉祜族佤族自治县财政局", "county_dept", "孟连傣族拉祜族佤族自治县")),
])
def test_a_long_autonomous_countys_organ_from_its_title(text, want):
    assert _organ(text) == want


@pytest.mark.parametrize("text, want", [
    ("相关链接：海关总署 广州海关\n拱北海关2023年政府信息公开工作年度报告\n一、总体情况\n本关全年收到申请5件。\n",
     ("拱北海关", "other", None)),
    ("中华人民共和国黄埔海关\n2021年政府信息公开工作年度报告\n一、总体情况\n全年收到申请2件。\n",
     ("中华人民共和国黄埔海关", "other", None)),
])
def test_a_customs_house_reports_as_other(text, want):
    assert _organ(text) == want


# ---------------------------------------------------------------- section 五
TEMPLATE = "一、总体情况\n本局认真落实公开要求。\n五、存在的主要问题及改进情况\n{body}\n{tail}"
SIX = "六、其他需要报告的事项\n无。\n"
P1, P2 = "栏目更新不够及时", "解读形式较为单一"
R1, R2 = "加强栏目日常维护", "丰富政策解读形式"
BOTH = [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]


def _items(body: str, tail: str = SIX) -> list[tuple[str, str]]:
    text = TEMPLATE.format(body=body, tail=tail)
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


@pytest.mark.parametrize("body", [
    f"第一，{P1}。第二，{P2}。\n下一步，我局将第一，{R1}。第二，{R2}。",
    f"第一，{P1}。第二，{P2}。\n2025年，我镇将第一，{R1}；第二，{R2}。",
    f"其一，{P1}；其二，{P2}。\n下一步，我局将其一，{R1}；其二，{R2}。",
])
def test_an_enumeration_right_after_a_plans_verb(body):
    assert _items(body) == BOTH


@pytest.mark.parametrize("body", [
    f"（一）问题：{P1}。（二）问题：{P2}。改进措施：（一）{R1}；（二）{R2}。",
    f"（一）问题：{P1}。\n（二）问题：{P2}。\n改进措施：\n（一）{R1}；\n（二）{R2}。",
    f"1.存在问题：{P1}。2.存在问题：{P2}。\n改进措施：1.{R1}；2.{R2}。",
])
def test_numbered_items_each_carrying_their_kinds_label(body):
    assert _items(body) == BOTH


@pytest.mark.parametrize("body", [
    f"（一）问题：{P1}，改进：{R1}；（二）问题：{P2}，改进：{R2}。",
    f"1.问题：{P1}，措施：{R1}；2.问题：{P2}，措施：{R2}。",
])
def test_labelled_problem_and_remedy_pairs(body):
    assert sorted(_items(body)) == sorted(BOTH)


@pytest.mark.parametrize("tail", [
    "如对本报告有疑问，请与局办公室联系，电话：0851-1234567。\n",
    "如有疑问，请致电0851-1234567。\n",
])
def test_a_contact_line_ends_section_five_when_six_is_missing(tail):
    assert _items(f"存在问题：一是{P1}；二是{P2}。\n改进措施：一是{R1}；二是{R2}。", tail) == BOTH


@pytest.mark.parametrize("sentence, offices", [
    # the office the report was put together by is not the office doing the disclosure work
    ("本报告由六盘水市人民政府办公室负责汇总编制。", []),
    ("本报告由县政府办公室负责编制。", []),
    ("本报告由市政府办公室负责起草。", []),
    ("本报告根据《条例》编制，由市人民政府办公室负责汇总编制。", []),
    ("本报告由局办公室负责编制，局办公室负责政务公开日常工作。", ["局办公室"]),
    # …an office compiling a catalogue is at the disclosure work
    ("县政府办公室负责编制政务公开目录。", ["县政府办公室"]),
    ("镇党政办公室负责政务公开日常工作。", ["镇党政办公室"]),
])
def test_the_office_that_made_the_report(sentence, offices):
    from extractor.document import Document
    from extractor.narrative import extract_narrative
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text="一、总体情况\n" + sentence + "\n", sha256=""))
    assert [f.text for f in facts if f.kind == "responsible_office"] == offices
