"""Officials, offices and channels by phrasing family (sentences written for these tests).

Each family is tried in several shapes; the value is the post or the office, never a person's
name; the negatives are sentences that name a post or an office without putting it in charge.
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


OFFICIALS = [
    # 由 X 分管
    ("本单位政务公开工作由党委副书记分管，党政办公室具体承办。", ["党委副书记"]),
    ("政府信息公开工作由常务副市长分管。", ["常务副市长"]),
    # 主要领导亲自抓、分管领导具体抓
    ("政府信息公开工作实行主要领导亲自抓、分管领导具体抓。", ["主要领导", "分管领导"]),
    ("落实“主要领导负总责、分管领导具体抓”的机制，层层压实公开责任。", ["主要领导", "分管领导"]),
    # 明确一名 X 分管
    ("我局明确一名副局长分管政务公开工作。", ["副局长"]),
    ("区委常委、副区长分管政务公开工作。", ["副区长"]),
    # X 任组长、Y 任副组长, with or without a person's name after the post
    ("我委成立政务公开领导小组，主任张明任组长，副主任李红任副组长。", ["主任", "副主任"]),
    ("成立了以县长王某某为组长、常务副县长为副组长的政务公开工作领导小组。", ["县长", "常务副县长"]),
    ("镇长张三同志任政务公开领导小组组长。", ["镇长"]),
    ("政务公开工作由副局长李四分管。", ["副局长"]),
    ("王五副县长分管全县政务公开工作。", ["副县长"]),
    ("成立政务公开领导小组，街道党工委书记任组长，办事处主任任副组长。", ["党工委书记", "办事处主任"]),
    ("成立政务公开领导小组，由党委副书记任组长，党政办主任任副组长。", ["党委副书记", "主任"]),
    # X 牵头
    ("政务公开工作由常务副县长牵头。", ["常务副县长"]),
    # 分管 X 负责
    ("政务公开工作由分管副主任负责，办公室承担日常工作。", ["分管副主任"]),
    ("明确由分管副区长负责政务公开工作。", ["分管副区长"]),
    # X 为 / 是 第一责任人
    ("我镇党委书记为政务公开工作第一责任人。", ["党委书记"]),
    ("局长是政府信息公开工作的第一责任人。", ["局长"]),
    # the next clause of the same sentence goes on with the deputy (直接责任人)
    ("局主要负责人为政务公开第一责任人，分管副局长为直接责任人，办公室具体负责日常工作。",
     ["主要负责人", "分管副局长"]),
    ("镇党委书记是政务公开工作第一责任人，分管副镇长是直接责任人。", ["党委书记", "分管副镇长"]),
    # the sentence before it on the line names the work (the party post before the
    # government post is a post of its own: the real dev gold keeps both)
    ("我乡认真落实政府信息公开各项要求。乡党委副书记、乡长为第一责任人。", ["乡长", "党委副书记"]),
    # 在X的领导下 (the office works under the deputy in charge)
    ("镇党政办公室作为政务公开工作机构，在分管副镇长的领导下开展工作。", ["分管副镇长"]),
    # 书记 alone, and the general words for a deputy in charge
    ("政务公开工作实行书记、镇长负总责。", ["书记", "镇长"]),
    ("政务公开工作由分管副职具体负责。", ["分管副职"]),
    ("由政委分管政务公开工作。", ["政委"]),
    # posts of bureaus' sections, stations and streets
    ("政务公开工作由科长具体负责。", ["科长"]),
    ("政务公开工作由所长负总责。", ["所长"]),
    ("我局明确了主要负责同志为政务公开第一责任人。", ["主要负责同志"]),
    # heads of the other government levels' units (旗, 盟, 州, 苏木), as of 县 and 镇
    ("调整政务公开工作领导小组，由旗政府常务副旗长任组长。", ["常务副旗长"]),
    ("政务公开工作由副盟长分管。", ["副盟长"]),
    ("州长为政务公开工作第一责任人，副州长具体抓。", ["州长", "副州长"]),
    ("苏木政务公开工作由苏木达负总责。", ["苏木达"]),
]


@pytest.mark.parametrize("text, want", OFFICIALS)
def test_official_families(text, want):
    assert _facts(text, "responsible_official") == sorted(want)


@pytest.mark.parametrize("text", [
    # review and sign-off chains, group membership, duties of others
    "信息公开实行三审制，科室负责人初审，办公室主任复审，分管领导终审。",
    "公开信息须经分管领导复核、主要领导签字后方可发布。",
    "政务公开领导小组由分管领导和各科室负责人组成。",
    "镇长、副镇长分别在政务公开专栏发布解读文章。",
    "本镇公开了镇长、副镇长的分工及联系方式。",
    "全年召开党委会议研究政务公开工作3次，主要领导听取公开工作汇报2次。",
    # a post near 责任 words that are not 第一责任人
    "落实保密审查责任，局长对公开内容提出要求。",
    # a 直接责任人 of other work, after a clause that names no disclosure work
    "局长为保密审查第一责任人，分管副局长为直接责任人。",
    # each unit's or village's head, not the organ's
    "各村（社区）主要负责人负责本村信息公开工作。",
    "各科室主要负责人负责本科室政府信息公开工作。",
    "各分管领导按照分工抓好分管领域的信息公开工作。",
    # a post inside a channel's, a meeting's or a mailbox's name
    "区长热线和政务公开专栏受理群众诉求。",
    "通过党组会、局长办公会统筹推进政务公开工作。",
    "县长信箱及时回复，推进政务公开。",
])
def test_posts_not_in_charge(text):
    assert _facts(text, "responsible_official") == []


OFFICES = [
    # X 具体负责 / 承担日常工作 / 牵头
    ("政府信息公开工作由常务副市长分管，市政府办公室具体负责。", ["市政府办公室"]),
    ("政务公开工作由县政府办具体负责。", ["县政府办"]),
    ("政务公开工作由区政务公开办负责。", ["区政务公开办"]),
    ("信息公开日常工作由政策法规室承担。", ["政策法规室"]),
    ("镇政府由党政综合办公室具体承担信息公开日常工作。", ["党政综合办公室"]),
    ("我局由办公室牵头，各业务科室配合，做好信息公开工作。", ["办公室"]),
    # other verbs of doing the work
    ("政府信息公开申请由办公室具体办理。", ["办公室"]),
    # a long office name (a unit of an office) is kept whole
    ("省政府办公厅政务公开处具体负责全省政务公开工作的组织协调。", ["省政府办公厅政务公开处"]),
    # the office that carries it out (抓落实) or takes in and handles the work (统一受理)
    ("建立主要领导亲自抓、分管领导具体抓、党政办公室抓落实的政务公开工作格局。", ["党政办公室"]),
    ("政务公开工作由分管副主任负责，党政办公室统一受理、审核和发布。", ["党政办公室"]),
    ("依申请公开由综合办公室具体受理并按时答复。", ["综合办公室"]),
    ("由党政办统筹全镇政务公开工作。", ["党政办"]),
    ("由分管领导牵头，综合科具体执行政务公开各项任务。", ["综合科"]),
    # words before the name that are no part of it
    ("政务公开工作由分管领导负责，同时办公室负责日常信息发布。", ["办公室"]),
    ("县长信箱由办公室负责回复，推进政务公开。", ["办公室"]),
    # X 为 / 是 / 作为 … 工作机构, 牵头部门
    ("政务公开办公室为政务公开工作机构，配备专职人员2名。", ["政务公开办公室"]),
    ("党政办公室作为政务公开工作的牵头部门，统筹推进公开工作。", ["党政办公室"]),
    ("确定综合股为信息公开工作机构。", ["综合股"]),
    # 工作机构为 X
    ("我区政府信息公开工作机构为区政府办公室，具体工作由政务公开科承担。",
     ["区政府办公室", "政务公开科"]),
    # 设在 X
    ("领导小组办公室设在党政办，负责信息公开日常工作。", ["党政办"]),
    ("调整政务公开领导小组，由局长任组长，领导小组办公室设在综合股。", ["综合股"]),
    ("区政务公开领导小组办公室（设在区政府办公室）负责日常工作，推进信息公开。", ["区政府办公室"]),
    ("政务公开领导小组办公室挂靠在党政办，负责信息公开日常工作。", ["党政办"]),
    # offices called X办
    ("政务公开工作由区府办具体负责。", ["区府办"]),
    ("信息公开工作由法制办负责。", ["法制办"]),
    # the group's own office, seated nowhere
    ("成立政务公开领导小组，领导小组下设办公室，负责政务公开日常工作。", ["办公室"]),
]


@pytest.mark.parametrize("text, want", OFFICES)
def test_office_families(text, want):
    assert _facts(text, "responsible_office") == sorted(want)


@pytest.mark.parametrize("text", [
    # kinds of unit, not one unit
    "各科室负责本科室信息的公开工作。",
    "我局各股室负责人为信息公开联络员。",
    "信息公开实行三审制，科室负责人初审，分管领导终审。",
    # the group itself is no office, nor is the organ
    "由信息公开领导小组负责统筹协调。",
    "我局负责全县政务公开工作的组织协调。",
    "本局负责本系统政府信息公开工作。",
])
def test_units_that_are_no_office(text):
    assert _facts(text, "responsible_office") == []


CHANNELS = [
    # the 12345 hotline the organ itself uses to hear people, in several shapes
    ("通过12345政务服务便民热线收集群众意见建议，回应公开诉求。", {"hotline"}),
    ("开通“12345”市民服务热线账号，及时回应群众关切。", {"hotline"}),
    # short-video platforms, halls, reading points, in one list
    ("我局在政务服务大厅设置政府信息查阅点，通过抖音、快手、视频号发布短视频。",
     {"service_hall", "reading_room", "video"}),
    ("政府信息公开统一平台及时公布相关信息。", {"portal"}),
    # a service hall of any trade (办税服务厅, 社保服务厅)
    ("依托办税服务厅公示栏和纳税服务热线做好政策解读。", {"service_hall", "bulletin_board", "hotline"}),
    ("在社保服务厅设置政策宣传展板。", {"service_hall"}),
    ("召开新闻通气会3次，通报重点工作进展。", {"press"}),
    ("在百家号、头条号同步发布政策解读。", {"other"}),
    # one word for several channels; a mini-program is an app, not the WeChat account
    ("依托两微一端及时发布权威信息。", {"wechat", "weibo", "app"}),
    ("通过双微平台推送政策解读。", {"wechat", "weibo"}),
    ("开发微信小程序方便群众查询。", {"app"}),
    # village loudspeakers are broadcasting
    ("利用村村响、大喇叭宣传惠民政策。", {"press"}),
]


def _channels(text):
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    return {f.value for f in facts if f.kind == "channel"}


@pytest.mark.parametrize("text, want", CHANNELS)
def test_channel_families(text, want):
    assert _channels(text) == want


@pytest.mark.parametrize("text", [
    # another body's hotline whose cases the organ handles
    "我局办理12345热线交办事项61件，主动公开政府信息。",
    "全年承办12345工单30件。",
    # digits inside a phone number are no hotline
    "如有疑问请联系0531-12345678。",
    # not (yet) in use
    "本镇尚未开通政务微博。",
    "目前暂未开通微信公众号。",
    # a meeting by television, an organ named after broadcasting
    "召开全县政务公开工作电视电话会议，部署信息公开工作。",
    "县文化广播电视和旅游局认真落实信息公开要求。",
    # a group of channels, not one of them
    "通过政务新媒体矩阵发布信息。",
])
def test_no_channel(text):
    assert _channels(text) == set()


S5 = "一、总体情况\n本局认真落实公开要求。\n五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。\n"


def _items(body):
    text = S5.format(body=body)
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


@pytest.mark.parametrize("body, want", [
    # a number skipped, then repeated (一是…三是…三是)
    ("存在的问题：一是栏目内容偏少；三是更新频率偏低；三是解读形式单一。改进措施：一是充实栏目；二是加快更新。",
     [("problem", "栏目内容偏少"), ("problem", "更新频率偏低"), ("problem", "解读形式单一"),
      ("remedy", "充实栏目"), ("remedy", "加快更新")]),
    ("存在不足：一是培训偏少；二是宣传不够；四是考核不严。",
     [("problem", "培训偏少"), ("problem", "宣传不够"), ("problem", "考核不严")]),
    # labels without numbers, each on its line
    ("存在问题：部分信息发布不及时。\n改进措施：健全信息发布机制。",
     [("problem", "部分信息发布不及时"), ("remedy", "健全信息发布机制")]),
    # a sentence introducing the list is no item; remedies in （一）（二）
    ("本年度工作仍存在一些不足，主要表现在：主动性不强，深度不够。下一步，我局将做好以下工作：（一）强化意识。（二）拓展深度。",
     [("problem", "主动性不强，深度不够"), ("remedy", "强化意识"), ("remedy", "拓展深度")]),
    # unnumbered items, one finished sentence per line, under sub-headings
    ("（一）存在的问题\n栏目内容不够丰富，更新偏慢。\n解读形式比较单一，图解偏少。\n（二）改进措施\n"
     "进一步充实栏目内容，加快更新。\n创新解读形式，多做图解。",
     [("problem", "栏目内容不够丰富"), ("problem", "解读形式比较单一"),
      ("remedy", "进一步充实栏目内容"), ("remedy", "创新解读形式")]),
    # a paragraph wrapped over lines is one item
    ("存在问题：栏目内容不够丰富，\n更新偏慢。下一步将充实栏目内容。",
     [("problem", "栏目内容不够丰富，\n更新偏慢"), ("remedy", "充实栏目内容")]),
    # 问题：1、…措施：1、… run on in one line
    ("问题：1、栏目更新较慢；2、答复规范性不够。措施：1、加强栏目维护；2、规范答复文书。",
     [("problem", "栏目更新较慢"), ("problem", "答复规范性不够"),
      ("remedy", "加强栏目维护"), ("remedy", "规范答复文书")]),
])
def test_section5_shapes(body, want):
    got = _items(body)
    assert len(got) == len(want), got
    for (wk, wt), (gk, gt) in zip(want, got):
        assert wk == gk and wt in gt, (want, got)


@pytest.mark.parametrize("body", ["本年度无存在问题。", "2023年度，未发现明显问题。", "暂无问题。"])
def test_no_problem_stated_is_no_item(body):
    assert [k for k, _ in _items(body) if k == "problem"] == []


def test_a_traditional_post_is_kept_as_written():
    text = "政務公開工作由分管副局長具體負責，黨委副書記任領導小組組長。"
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert sorted(f.value for f in facts if f.kind == "responsible_official") == ["分管副局長", "黨委副書記"]


def test_traditional_characters_are_matched_and_kept_as_written():
    text = "政務公開工作由黨政辦公室具體負責，通過門戶網站和微信公眾號發布信息。"
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    got = {(f.kind, f.text, f.value) for f in facts}
    # the value too is as the report writes it (like the organ's name); channels are codes
    assert ("responsible_office", "黨政辦公室", "黨政辦公室") in got
    assert ("channel", "門戶網站", "portal") in got and ("channel", "微信公眾號", "wechat") in got
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text


def test_channels_in_section_six_prose_but_not_in_page_chrome_after_it():
    text = ("一、总体情况\n本局认真落实公开要求。\n五、存在的主要问题及改进情况\n下一步将开通微博。\n"
            "六、其他需要报告的事项\n本年度开通12345政务服务便民热线账号，及时回应群众诉求。\n\n"
            "中国政府网\n无障碍版\n")
    assert _channels(text) == {"hotline"}


def test_page_chrome_before_the_report_names_no_channel():
    text = ("首页 政府网站 政务微博 政务服务\n本报告在县政府门户网站公布，如有疑问请来电。\n"
            "一、总体情况\n本局认真落实公开要求。\n")
    assert _channels(text) == {"portal"}
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [f.text for f in facts if f.kind == "channel"] == ["门户网站"]


def test_a_heading_above_the_paragraph_says_what_the_work_is():
    text = "（一）加强政务公开组织领导\n调整领导小组，由局长任组长，副局长任副组长，办公室负责日常工作。"
    assert _facts(text, "responsible_official") == ["副局长", "局长"]
    assert _facts(text, "responsible_office") == ["办公室"]
    other = "（一）加强安全生产\n调整领导小组，由局长任组长，办公室负责日常工作。"
    assert _facts(other, "responsible_official") == [] and _facts(other, "responsible_office") == []


# ---------------------------------------------------------------- a hall named where a reading place is set up
@pytest.mark.parametrize("text, want", [
    ("一、总体情况\n我局在市民服务中心设置政府信息查阅点。\n", {"service_hall", "reading_room"}),
    ("一、总体情况\n在公安分局出入境大厅设立政务公开查阅室，方便群众查阅。\n", {"service_hall", "reading_room"}),
    ("一、总体情况\n在县一站式服务中心设置信息公开查阅点，并安排专人值守。\n", {"service_hall", "reading_room"}),
    ("一、总体情况\n在区行政服务中心设立政务公开查阅点。\n", {"service_hall", "reading_room"}),
    ("一、总体情况\n在公共资源交易大厅设置信息公开查阅点。\n", {"service_hall", "reading_room"}),
])
def test_a_reading_place_set_up_in_a_hall_names_the_hall_too(text, want):
    assert _channels(text) == want


def test_a_reading_place_not_in_a_hall_is_only_a_reading_place():
    assert _channels("一、总体情况\n在局机关一楼设置政府信息查阅点。\n") == {"reading_room"}
    # a visitors' centre is no government service hall
    assert _channels("一、总体情况\n在景区游客服务中心设置信息公开查阅点。\n") == {"reading_room"}
    # a centre named elsewhere in the sentence, not where the place is set up
    assert _channels("一、总体情况\n按照市信息服务中心要求，设置政府信息查阅点。\n") == {"reading_room"}


# ---------------------------------------------------------------- a channel's word broken by a line end or a space
@pytest.mark.parametrize("text, want", [
    # wrapped at a fixed width inside the word
    ("一、总体情况\n（三）平台建设情况。依托县政府门户网站镇级专栏公开信息，并在镇党群服务\n中心设置信息公开栏。\n",
     {"portal", "service_hall", "bulletin_board"}),
    ("一、总体情况\n（四）平台建设。进一步规范镇级专栏建设，在镇为民服务中心开设了政务公\n开专区，供群众查询政府信息。\n",
     {"service_hall", "reading_room"}),
    # a stray space inside the word
    ("一、总体情况\n全年通过“白河发布”微信公 众号发布信息。\n", {"wechat"}),
    ("一、总体情况\n在局机关一楼设置政务公开查阅 点。\n", {"reading_room"}),
])
def test_channel_words_broken_by_a_line_end_or_a_space(text, want):
    assert _channels(text) == want


def test_a_short_line_end_joins_no_channel_word():
    # a heading's short line ending in 政务 and a line opening with 大厅 are not one word
    assert "service_hall" not in _channels("一、总体情况\n（三）规范政务\n大厅人员均参加培训。\n")


# ---------------------------------------------------------------- print and news-site media
@pytest.mark.parametrize("text", [
    "一、总体情况\n全年编印《白河政务》内刊6期，刊发政务信息。\n",
    "一、总体情况\n通过区新闻网、报纸等媒体发布政策解读。\n",
    "一、总体情况\n依托行业刊物宣传政务公开工作。\n",
])
def test_print_and_news_site_media_are_press(text):
    assert "press" in _channels(text)


@pytest.mark.parametrize("text, want", [
    # a government's services or data bureau doing the work, its name holding 和/与
    ("县政府办公室为政务公开主管部门，县政务服务和数据管理局承担政务公开具体工作。",
     ["县政府办公室", "县政务服务和数据管理局"]),
    ("政府信息公开日常工作由市政务服务与大数据管理局具体负责。", ["市政务服务与大数据管理局"]),
    ("区数据局承担全区政务公开日常工作。", ["区数据局"]),
    # 和 still joins two offices, or a body and an office
    ("办公室和法规科共同负责政务公开工作。", ["办公室", "法规科"]),
    ("由党组和局办公室具体负责政务公开工作。", ["局办公室"]),
])
def test_offices_with_and_in_the_name(text, want):
    assert _facts(text, "responsible_office") == sorted(want)
