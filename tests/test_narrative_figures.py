"""Narrative figures (n.*) by family: sentences written for these tests, several shapes per
family, and negatives where the count is not the organ's own figure of that key."""
from __future__ import annotations

import pytest

from extractor.lexicon import load
from extractor.narrative_figures import mend_breaks, figures, self_rank


def got(text: str) -> dict[str, float]:
    return {f.key: f.value for f in figures(text)}


def test_figure_cues_lexicon_loads_with_ranks():
    rows = load("figure_cues", required=("role", "cue"), unique=("role", "cue"))
    assert {r["role"] for r in rows} >= {"scope", "self", "carried", "includes", "new", "each", "boundary"}
    assert all(r["rank"].isdigit() for r in rows if r["role"] in ("scope", "self"))


# ---------------------------------------------------------------- proactive (主动公开/发布 … N条)
@pytest.mark.parametrize("text,value", [
    ("2023年，本机关共主动公开政府信息1,024条。", 1024),
    ("全年主动发布各类政务信息 356 条，其中政策文件 12 条。", 356),
    ("本年度主动公开信息共计88条，较上年有所增加。", 88),
    ("我乡主动公开政府信息二百一十五条。", 215),
    ("全年通过区政府门户网站主动公开信息410条，通过政务微信公众号发布信息220条。", 410),
    # a list of kinds, then the total in the sentence's last clause
    ("本年度通过区政府网站公开规划计划5条，财政信息12条，人事信息3条，合计20条。", 20),
    ("全年发布部门文件9条,工作动态40条,其他类信息共计 61 条。", 61),
    # a space inside a word, and a wrapped line, from a PDF
    ("全年主动公 开政府信息 66 条。", 66),
    ("本单位严格落实政府信息公开条例的各项要求，全年累计主动公开政\n府信息73条，其中政策文件5条。", 73),
])
def test_proactive_total(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text", [
    # a blank total: the number was left out of the printed sentence
    "全年主动公开信息  条，其中文件  条。",
    "本年度主动公开政府信息 条。",
    # approximate
    "全年主动公开政府信息500余条。",
    # one item of a list of kinds
    "在镇政府网站主动公开机构职能信息4条、规划计划信息2条、财政信息9条。",
    # one channel's share when others follow or come before, and no total
    "2024年，我局通过政府网站公开政府信息120条，通过政务新媒体公开政府信息300条。",
    "我局通过政务新媒体公开政府信息300条，通过其他方式公开政府信息15条。",
])
def test_not_the_proactive_total(text):
    assert "n.active_published" not in got(text)


# ---------------------------------------------------------------- applications (受理/收到 … 申请 N件)
@pytest.mark.parametrize("text,value", [
    ("全年共受理政府信息公开申请12件，均按时答复。", 12),
    ("本年度收到依申请公开事项7件。", 7),
    ("2024年新收政府信息公开申请31件，上年结转4件。", 31),
    ("全年共收到申请公开政府信息的请求9件。", 9),
    ("本年度未出现依申请公开政府信息与不予公开政府信息的情况。", 0),
    # a count with carried-over cases in it gives way to the new ones
    ("本年度受理政府信息公开申请5件，其中上年度结转1件，新收4件。", 4),
    # carried-over words said of another count later in the sentence do not count
    ("共受理政府信息公开申请40件，答复38件（含上年度结转2件）。", 40),
    # a city's own report may speak for the whole city
    ("我市持续深化政务公开。全市共受理政府信息公开申请1,234件。我市将继续努力。", 1234),
    # the number of disclosures on request stated as a quantity (依申请公开数量为N)
    ("全年主动公开信息112条，依申请公开数量为0。", 0),
    ("本年度依申请公开件数为3件。", 3),
    ("依申请公开政府信息的数量为12件，均已办结。", 12),
])
def test_applications_received(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text", [
    # handled with last year's: not the year's new applications
    "全年共受理政府信息公开申请30件（含上年结转5件）。",
    "全年收到信息公开申请22件，其中上一年度结转3件。",
    # the count belongs to another item of a 、-list
    "全年受理政府信息公开申请、人大代表建议12件。",
    # a township's report repeating the city's sentence
    "我镇认真落实政务公开要求。全市共受理政府信息公开申请1,234件。我镇全年未发生复议。",
    "本街道高度重视。全县各级行政机关共收到政府信息公开申请560件，本街道将持续推进。我街道……",
    # a change in the quantity is no count of it
    "依申请公开数量较上年增加3件。",
    "依申请公开数量为0.5万余件。",
])
def test_not_the_applications_received(text):
    assert "n.requests_received" not in got(text)


def test_self_rank_is_how_the_report_names_itself_most():
    assert self_rank("我镇…我镇…全市…我市") == 1
    assert self_rank("我市…本市…") == 3
    assert self_rank("全年共公开…") is None


# ---------------------------------------------------------------- WeChat (公众号 … N篇/条/期)
@pytest.mark.parametrize("text,value", [
    ("“清河发布”微信公众号全年推送信息415篇。", 415),
    ("政务微信公众号共发布文章86期。", 86),
    ("依托公众号发稿52篇，阅读量稳步增长。", 52),
    # damaged text: the unit dropped before the next channel's words
    ("县政府网微信公众号推送信息123微博发布信息45条。", 123),
    # the account last of a list of channels gives the list's count; its own is said after
    ("通过门户网站、“经开发布”微信公众号发布信息5217条，其中公众号发布2,340条。", 2340),
    ("在门户网站公开信息200条，“某某”微信公众号发布信息80条。", 80),
    ("通过政务微博推送信息836条、微信公众号推送信息512篇。", 512),
])
def test_wechat_posts(text, value):
    assert got(text).get("n.wechat_posts") == value


@pytest.mark.parametrize("text", [
    "微信公众号和微博共发布信息300条。",  # two channels together
    "通过政府网站和“青石发布”微信公众号发布信息500条。",  # the channels together: no account's own
    "微信公众号发布信息200余篇。",  # approximate
    "微信公众号推送信息2023年全年不断丰富。",  # a year is no count
])
def test_not_wechat_posts(text):
    assert "n.wechat_posts" not in got(text)


# ---------------------------------------------------------------- 复议 / 诉讼
@pytest.mark.parametrize("text,review,litigation", [
    ("因政府信息公开被申请复议2件，被提起行政诉讼1起。", 2, 1),
    ("本年度行政复议、行政诉讼各1件。", 1, 1),
    ("发生行政复议及行政诉讼0件。", 0, 0),
    ("行政复议案件3件，行政诉讼案件0件。", 3, 0),
])
def test_review_and_litigation(text, review, litigation):
    g = got(text)
    assert (g.get("n.review_cases"), g.get("n.litigation_cases")) == (review, litigation)


@pytest.mark.parametrize("text", [
    "因政府信息公开引起的行政复议和行政诉讼共3件。",  # both together: neither's count
    "行政复议  件 行政诉讼  件。",  # blank
])
def test_no_review_count(text):
    assert "n.review_cases" not in got(text)


def test_blank_review_does_not_take_the_litigation_count():
    g = got("行政复议  件 行政诉讼2件。")
    assert "n.review_cases" not in g and g.get("n.litigation_cases") == 2


# ---------------------------------------------------------------- spans into the text as given
def test_span_points_into_the_text_as_given_across_a_mended_break():
    text = "本单位严格落实政府信息公开条例的各项要求，全年共受理政府信息公开申\n请 12 件，均已答复。"
    f = next(f for f in figures(text) if f.key == "n.requests_received")
    assert f.value == 12 and text[f.span[0]:f.span[1]] == f.raw and f.raw.replace(" ", "") == "12件"


def test_mend_keeps_headings_and_short_lines_apart():
    text = "（一）主动公开情况\n全年主动公开政府信息5条。"
    assert mend_breaks(text)[0] == text
    mended, at = mend_breaks("依 申 请")
    assert mended == "依申请" and [at[i] for i in range(3)] == [0, 2, 4]


# ---------------------------------------------------------------- more shapes of the same families
@pytest.mark.parametrize("text,review,litigation", [
    ("因政府信息公开引起的行政复议、行政诉讼分别为1件、2件。", 1, 2),
    ("行政复议和诉讼案件分别有3件和1件。", 3, 1),
    ("全年发生2起行政复议，收到1件行政诉讼。", 2, 1),
    ("涉及政府信息公开的行政诉讼案件数量为4件。", None, 4),
])
def test_review_and_litigation_more_shapes(text, review, litigation):
    g = got(text)
    assert (g.get("n.review_cases"), g.get("n.litigation_cases")) == (review, litigation)


@pytest.mark.parametrize("text,value", [
    ("本年度无需要主动公开的政府信息。", 0),
    ("2022年本单位未主动公开政府信息。", 0),
    ("本年度主动公开政府信息数量为零。", 0),
    ("全年主动公开机构职能、政策文件、规划计划、财政预决算等政府信息88条。", 88),
    ("全年共主动公开136条，其中政策文件11条。", 136),
    ("本年度主动公开政府信息总数：57条。", 57),
    ("全年主动公开各类220条政府信息。", 220),
])
def test_proactive_more_shapes(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text", [
    "主动公开政府信息工作制度不够健全。",  # no count, no zero
    "进一步规范主动公开信息的发布流程。",
    "未主动公开信息的情况下，申请人可以依申请获取。",
    "主动公开政府信息为100余条。",
])
def test_no_proactive_figure(text):
    assert "n.active_published" not in got(text)


@pytest.mark.parametrize("text,value", [
    ("本年度受理当面申请3件，网上申请5件。", None),  # shares by way of asking, no total
    ("全年受理自然人申请12件、法人申请2件。", None),  # shares by applicant
    ("共受理政府信息公开申请20件，其中网上申请12件、信函申请8件。", 20),
    ("全年收到公民、法人或其他组织提出的政府信息公开申请5件。", 5),
])
def test_application_shares_are_no_total(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text,key,value", [
    ("2023年，依申请公开政府信息3件，均按时答复。", "n.requests_received", 3),
    ("本年度政府信息公开申请数量为6件。", "n.requests_received", 6),
    ("全年受理政府信息公开申请11人次。", "n.requests_received", 11),
    ("本年度主动公开政府信息的数量为57条。", "n.active_published", 57),
    ("因政府信息公开引起的行政复议、行政诉讼均为零。", "n.review_cases", 0),
    ("因政府信息公开引起的行政复议、行政诉讼均为零。", "n.litigation_cases", 0),
])
def test_counts_stated_without_a_verb(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key", [
    ("未依申请公开政府信息。", "n.requests_received"),  # no count, and no statement of none
    ("行政复议纠错率为0%。", "n.review_cases"),  # a rate, not a count
    ("行政诉讼败诉率为0。", "n.litigation_cases"),
])
def test_no_count_without_a_verb(text, key):
    assert key not in got(text)


def test_items_disclosed_on_request_are_no_application_count():
    assert "n.requests_received" not in got("依申请公开信息30条，其中公民申请21条。")


@pytest.mark.parametrize("text", [
    "对无主动公开信息的单位进行通报。",
    "未主动公开的政府信息，可以依申请公开。",
])
def test_a_modifier_is_no_zero_statement(text):
    assert "n.active_published" not in got(text)


def test_numbers_on_two_lines_are_not_joined():
    text = "本年新收政府信息公开申请数量合计如下所列各项的总数为 12\n3 件\n"
    assert mend_breaks(text)[0] == text


@pytest.mark.parametrize("text", [
    "行政复议结果维持2件，纠正0件。",
    "行政诉讼败诉1件。",
    "行政复议被纠错1件。",
])
def test_outcomes_are_not_the_number_of_cases(text):
    g = got(text)
    assert "n.review_cases" not in g and "n.litigation_cases" not in g


def test_new_applications_said_with_xinzeng():
    assert got("本年度新增政府信息公开申请15件。").get("n.requests_received") == 15


@pytest.mark.parametrize("text,value", [
    ("全年收到信息公开咨询和申请共30件。", None),
    ("受理群众投诉及政府信息公开申请共计15件。", None),
    ("全年收到政府信息公开申请12件，接听咨询电话30次。", 12),
])
def test_applications_counted_with_other_things(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text,value", [
    ("微信公众号全年共推送52期256条信息。", 256),
    ("微信公众号编发专刊12期。", 12),
])
def test_wechat_issues_and_items(text, value):
    assert got(text).get("n.wechat_posts") == value


def test_a_departments_report_quoting_the_citys_count():
    text = "我局高度重视政务公开。全市共受理政府信息公开申请1,234件。我局全年收到政府信息公开申请3件。"
    assert got(text).get("n.requests_received") == 3
    assert self_rank("我局……本局……") == 0


@pytest.mark.parametrize("text", [
    "全年收到政府信息公开申请表格下载量1200，较上年增长。",
    "微信公众号推送信息阅读量35000，较上年增长。",
])
def test_a_unitless_number_not_right_after_the_noun_is_no_count(text):
    assert got(text) == {}


def test_traditional_characters_are_matched_and_kept_as_written():
    text = "全年共受理政府信息公開申請12件，主動公開政府信息345條。"
    figs = {f.key: f for f in figures(text)}
    assert figs["n.requests_received"].value == 12 and figs["n.active_published"].value == 345
    assert figs["n.active_published"].raw == "345條"


@pytest.mark.parametrize("text,key,value", [
    ("2023年，本单位通过区政府网站发布政务信息202条。", "n.active_published", 202),
    ("依托镇政府信息公开平台共发布政府信息64条，内容涵盖各类事项。", "n.active_published", 64),
    ("本年度政府信息公开复议案件1件。", "n.review_cases", 1),
    ("全年共1件行政复议案件。", "n.review_cases", 1),
    ("全年共有2起行政诉讼案件。", "n.litigation_cases", 2),
])
def test_counts_through_a_channel_and_before_the_noun(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text", [
    "全县门户网站共发布各类信息5210条。",  # the website's own count
])
def test_a_websites_own_count_is_not_the_proactive_total(text):
    assert "n.active_published" not in got(text)


@pytest.mark.parametrize("text,value", [
    ("本年度共受理政府信息公开申请25件，其中新收申请22件，上年结转3件。", 22),
    ("全年受理政府信息公开申请25件，其中本年度新收到22件、上一年度结转3件。", 22),
])
def test_a_total_broken_into_new_and_carried_over(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text,value", [
    ("全年主动公开政府信息120条、发布政策解读5条。", 120),
    ("全年主动公开各类政务信息86条、回应关切3条。", 86),
    ("全年主动公开机构职能信息4条、规划计划信息2条。", None),
])
def test_a_list_after_a_total_or_of_kinds(text, value):
    assert got(text).get("n.active_published") == value


def test_a_list_total_over_clauses_with_other_things_in_it():
    assert "n.active_published" not in got("全年公开政策文件5条，回复网民留言12条，共计17条。")


# ---------------------------------------------------------------- session 6: the blind sets' families
# A count published (发布, 推送, 更新 …) through a site or accounts without 主动公开 is how much
# went onto them, not the proactive total: the dev gold never keys it (8 dev reports print one:
# 门户网站共发布各类信息N条), though two of our blind sets' writers did. No figure.
@pytest.mark.parametrize("text", [
    "全年在县政府门户网站发布信息215条。",
    "全年通过区政府网站、“青石发布”微信公众号发布政务动态、通知公告等信息1,380条，其中公众号发布420条。",
    "全年在市政府信息公开平台本局专栏发布行政许可、行政处罚等信息96条。",
    "全年在局门户网站发布信息1024条，“某某市场监管”微信公众号推送信息300条。",
    "依托市公共资源交易网、“某某交易”微信公众号及交易大厅显示屏，全年发布交易公告、中标结果等信息2,210条。",
    "通过青石政府网和各类新媒体平台，发布各类政务信息180条。",
    "本区政府信息公开工作由管委会负责。全区通过门户网站、微信公众号发布信息3100条。",
    "2022年，我局在区政府门户网站本局专栏更新信息312条。",
    "全年通过各渠道发布信息1,203条、其中动态信息800条。",
    "通过县政府网站、今日头条号发布信息300条。",
    "一是依托县政府网站公开乡级财政预算、民生保障、项目建设等信息57条；二是在各村设立公开栏。",
    "2021年，市政府门户网站共发布政府信息9320条，“某某政务”微信公众号发布1100条。",
])
def test_a_count_published_without_zhudong_is_no_proactive_total(text):
    assert "n.active_published" not in got(text)


@pytest.mark.parametrize("text,value", [
    # the breakdown names the proactive count when the total before it is none (余)
    ("全年共发布各类信息900余条，其中在区政府网站主动公开政府信息215条。", 215),
])
def test_the_proactive_count_in_a_breakdown_under_an_approximate_total(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text", [
    # an account's own count: the channels before the verb are social accounts alone
    "通过“青石发布”微信公众号发布信息45条。",
    "通过微信、微博等政务新媒体发布各类政府信息880条。",
    "依托某某局微信公众号平台，发布工作动态及各类政务信息360条。",
    # approximate, blank, a whole area's, one channel's share
    "全年发布各类信息1200余条。",
    "全年通过门户网站发布信息  条。",
    "全县门户网站共发布各类信息5210条。",
    "全年通过县政府网站、微信公众号和村务公开栏公开各类信息，其中门户网站发布191条。",
    # thousands commas: never the first digits of the number
    "全年主动公开警务信息4,400余条。",
])
def test_no_proactive_total_through_channels(text):
    assert "n.active_published" not in got(text)


@pytest.mark.parametrize("text,value", [
    # none carried over: the count is the year's new ones
    ("全年收到政府信息公开申请9件，其中上年结转0件。", 9),
    ("本年度受理信息公开申请14件，其中上年度结转零件，均已办结。", 14),
    ("全年收到政府信息公开申请9件，其中上一年度结转0件。", 9),
    # carried forward to next year: still this year's new ones
    ("全年收到政府信息公开申请9件，已全部办结，其中1件结转至下年度。", 9),
    ("本年度共收到政府信息公开申请12件，其中2件结转下年办理。", 12),
])
def test_applications_with_none_carried_over(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text", [
    "全年收到政府信息公开申请6件，其中2件为上年结转。",
    "全年共收到政府信息公开申请（含上年结转）47件。",
    "本年度受理依申请公开事项（包括上年度结转的）31件。",
])
def test_applications_including_carried_over_said_otherwise(text):
    assert "n.requests_received" not in got(text)


@pytest.mark.parametrize("text,review,litigation", [
    ("本年度未发生政府信息公开行政复议案件，发生复议后行政诉讼1件，目前尚未审结。", 0, 1),
    ("经复议后提起行政诉讼2件。", None, 2),
])
def test_suits_after_review_are_litigation(text, review, litigation):
    g = got(text)
    assert (g.get("n.review_cases"), g.get("n.litigation_cases")) == (review, litigation)


@pytest.mark.parametrize("text,key,value", [
    # a change from last year is no count
    ("全年主动公开政府信息1,250条，较上年增加120条。", "n.active_published", 1250),
    ("本年度共受理政府信息公开申请36件，较上年增加8件。", "n.requests_received", 36),
    ("本年度政府信息公开申请较上年增加7件。", "n.requests_received", None),
    ("全年收到政府信息公开申请同比减少3件。", "n.requests_received", None),
    # a total stated before its breakdown stays the total
    ("全年公开政府信息438条，其中主动公开420条。", "n.active_published", 438),
    # applications of every kind are not the disclosure applications
    ("全年共收到各类申请55件，其中政府信息公开申请12件。", "n.requests_received", None),
])
def test_changes_verbs_and_breakdowns(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key,value", [
    # the breakdown of a whole area's count names the report's own share
    ("我镇按要求主动公开，全县共公开信息5,680条，其中我镇公开信息96条。", "n.active_published", 96),
    # a whole area's count, then the organ's own level's
    ("全年全区各部门共收到政府信息公开申请520件，区政府本级受理申请46件。", "n.requests_received", 46),
    ("全市各级行政机关共主动公开政府信息18万条，市政府本级主动公开政府信息3,420条。", "n.active_published", 3420),
    # a count after a colon, a register of applications
    ("政府信息公开申请：36件。", "n.requests_received", 36),
    ("建立政府信息公开申请台账，登记申请12件。", "n.requests_received", 12),
])
def test_own_share_own_level_and_colon(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,value", [
    # a breakdown in brackets with carried-over ones: the new ones are the count
    ("共受理申请45件（2021年结转3件，2022年新收42件）。", 42),
    ("全年受理政府信息公开申请19件（上年结转0件）。", 19),
    ("全年收到政府信息公开申请19件（详见附表）。", 19),
    # what is left out (不含咨询) is no other thing counted with the applications
    ("全年共受理政府信息公开申请（不含咨询）45件。", 45),
    ("全年政府信息公开申请量45件。", 45),
])
def test_application_breakdowns_in_brackets(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text", [
    "全年共收到政府信息公开申请45件（含上一年度结转3件），已全部办结。",
    "全年共受理政府信息公开申请21件（其中1件为上年结转）。",
])
def test_application_counts_with_carried_over_in_brackets(text):
    assert "n.requests_received" not in got(text)


@pytest.mark.parametrize("text,level,value", [
    # a report that never names itself: the organ's level says which area it speaks for
    ("全县共受理政府信息公开申请560件。", "township", None),
    ("全县共受理政府信息公开申请560件。", "county", 560),
    ("全省共受理政府信息公开申请5600件。", "county", None),
    ("全市共受理政府信息公开申请560件。", "county", 560),   # a county-level city's 全市 is its own
    ("全市共受理政府信息公开申请560件。", "township", None),
    ("全镇共受理政府信息公开申请5件。", "township", 5),
    ("全县共受理政府信息公开申请560件。", None, 560),
])
def test_the_organs_level_bounds_the_area_of_its_counts(text, level, value):
    assert {f.key: f.value for f in figures(text, level)}.get("n.requests_received") == value


@pytest.mark.parametrize("text,value", [
    ("全年主动公开政府信息2，315条。", 2315),       # a full-width thousands comma
    ("全年主动公开政府信息达1230条。", 1230),       # 达 (reaching) is no approximation
    ("全年主动公开政府信息4，400余条。", None),
])
def test_thousands_commas_and_reaching(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text,key,value", [
    # the disclosure cases among all review / litigation cases
    ("全年共办理行政复议案件35件，其中涉及政府信息公开的2件。", "n.review_cases", 2),
    ("全年出庭应诉行政诉讼案件5件，其中政府信息公开类1件。", "n.litigation_cases", 1),
    # cases decided by the organ as the review body, or by a court, are not cases against it
    ("县政府作为复议机关，全年审理行政复议案件35件。", "n.review_cases", None),
    ("全县法院共审理行政诉讼案件300件。", "n.litigation_cases", None),
    ("因政府信息公开被申请行政复议2件。", "n.review_cases", 2),
    ("依法办理因政府信息公开引起的行政复议1件。", "n.review_cases", 1),
])
def test_disclosure_cases_among_all_and_cases_decided(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,value", [
    ("通过“青石发布”今日头条号发布信息300条。", None),
    ("通过“青石”客户端和抖音号发布信息300条。", None),
])
def test_accounts_on_other_platforms_are_no_proactive_total(text, value):
    assert got(text).get("n.active_published") == value


# a count of the things named right after it (parts, columns, villages, sessions) is no figure,
# and never beats the real count stated later (blind metadata set 3, after its runs)
@pytest.mark.parametrize("text,key,value", [
    ("本报告内容包括总体情况、主动公开政府信息情况等六个部分。全年主动公开政府信息218条。",
     "n.active_published", 218),
    ("在门户网站公开信息3个专栏，全年主动公开政府信息95条。", "n.active_published", 95),
    ("主动公开信息涉及4个方面，共计主动公开信息1,204条。", "n.active_published", 1204),
    ("全年收到政府信息公开申请涉及5个村，共收到政府信息公开申请7件。", "n.requests_received", 7),
])
def test_a_count_of_parts_or_places_is_not_the_figure(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key", [
    ("本报告由总体情况、主动公开政府信息情况等6个部分组成。", "n.active_published"),
    ("主动公开政府信息覆盖全镇12个村和2个社区。", "n.active_published"),
    ("围绕政府信息公开申请办理组织2次培训。", "n.requests_received"),
])
def test_no_figure_from_a_count_of_other_things(text, key):
    assert key not in got(text)


# ---------------------------------------------------------------- a count broken inside prose (F9, D6)
@pytest.mark.parametrize("text,key,value", [
    # a hard-wrapped line ending in the count's first digits
    ("（一）主动公开。全年通过区政府网站和镇公众号主动公开政府信息24\n71条，内容涵盖财政预决算。", "n.active_published", 2471),
    # … broken after a thousands comma's first digit
    ("2021年，全县主动公开政府信息3,4\n17条，收到申请12件。", "n.active_published", 3417),
    # … inside the applications count, the line indented as a PDF prints it
    ("全年共收到政府信息公开申请1\n  05件，均已按期答复。", "n.requests_received", 105),
    # a stray space inside the count
    ("全年通过“白河发布”微信公众号发布信息3 26篇。", "n.wechat_posts", 326),
    ("本年度新收政府信息公开申请2 3件，均已办结。", "n.requests_received", 23),
])
def test_a_count_broken_by_a_line_end_or_a_space_is_read_whole(text, key, value):
    f = next(f for f in figures(text) if f.key == key)
    assert f.value == value and text[f.span[0]:f.span[1]] == f.raw


@pytest.mark.parametrize("text,key,value", [
    # two counts on two lines (a list) stay two: no words before the first number
    ("主动公开政府信息：\n12\n35条", "n.active_published", None),
    # a date's digits and a count on the next line are no one number
    ("统计期限自2023年1月1日至2023年12月31\n日止。全年收到申请6件。", "n.requests_received", 6),
])
def test_numbers_that_are_not_one_count_stay_apart(text, key, value):
    assert got(text).get(key) == value


# ---------------------------------------------------------------- a sentence about a whole area
@pytest.mark.parametrize("text,level,key,value", [
    # a township's report opening a sentence with the county's figures: none of its clauses is the town's
    ("2022年，全县各级行政机关主动公开政府信息8,213条，受理政府信息公开申请93件。我镇全年收到政府信息公开申请1件。",
     "township", "n.requests_received", 1),
    ("全市共主动公开政府信息4万余条，办理依申请公开52件。本街道全年收到申请3件。", "subdistrict", "n.requests_received", 3),
    ("2020年，全区共受理政府信息公开申请214件，答复214件。\n（二）依申请公开。我乡全年未收到申请。", "township",
     "n.requests_received", 0),
    # the county's own report keeps its 全县 sentence
    ("2022年，全县主动公开政府信息8,213条，受理政府信息公开申请93件。", "county", "n.requests_received", 93),
])
def test_a_sentence_opened_by_a_whole_area_is_not_a_townships(text, level, key, value):
    assert {f.key: f.value for f in figures(text, level)}.get(key) == value


def test_a_whole_area_named_inside_a_clause_does_not_make_the_sentence_its():
    # 按照全县统一部署 is how the town works, not whose count follows
    text = "按照全县统一部署，我镇全年主动公开政府信息57条。"
    assert {f.key: f.value for f in figures(text, "township")}.get("n.active_published") == 57
    text = "在全县政务公开工作推进下，全年主动公开政府信息57条。"
    assert {f.key: f.value for f in figures(text, "township")}.get("n.active_published") == 57


# ---------------------------------------------------------------- session 8: the prose generator's families
# (bench/gen_prose_figures.py crosses these shapes with pools of subjects, verbs, objects and units;
# tests/test_prose_generator.py holds the extractor to all of it)
@pytest.mark.parametrize("text,key,value", [
    # the count before its object, a space before it, 各类 after it
    ("2023年，我镇共主动公开 96 条政府信息。", "n.active_published", 96),
    ("全年主动发布2,315件各类信息。", "n.active_published", 2315),
    ("累计主动公开十五篇各类政府信息。", "n.active_published", 15),
    ("本机关收到 7 件政府信息公开申请。", "n.requests_received", 7),
    # an aside in brackets between the object and its count
    ("全年主动公开政府信息（含政策文件、工作动态等）37条。", "n.active_published", 37),
    # 公开 inside a channel's name is no verb; the verb after it is
    ("通过政府信息公开专栏主动公开政府信息165条。", "n.active_published", 165),
    # all of a kind, or a list of kinds, is the total
    ("全年主动公开各类财政信息1112条。", "n.active_published", 1112),
    ("主动公开财政预决算、人事任免等信息64条。", "n.active_published", 64),
    # a list of channels with the website in it: the list's count; the account's after it
    ("全年通过县政府网站、“某某发布”微信公众号主动公开政府信息803条，其中公众号发布50条。", "n.active_published", 803),
    ("全年通过县政府网站、“某某发布”微信公众号主动公开政府信息803条，其中公众号发布50条。", "n.wechat_posts", 50),
    ("依托区政府门户网站、政务微博和微信公众号等平台主动公开各类信息1,203条。", "n.active_published", 1203),
    # the channels' counts, then their total closing the sentence
    ("全年在政府网站公开信息15条，通过“某某发布”公众号推送信息27条，共计42条。", "n.active_published", 42),
    ("全年网站发布15条，微信27篇，合计42条。", "n.active_published", 42),
    ("全年网站发布15条，微信27篇，合计42条。", "n.wechat_posts", 27),
    ("通过门户网站发布信息15条，微信公众号发布27篇，总计公开信息42条。", "n.active_published", 42),
])
def test_generator_families_read(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key", [
    # approximate: 左右/上下 after the unit
    ("全年主动公开政府信息300条左右。", "n.active_published"),
    ("“某某发布”微信公众号推送信息120篇上下。", "n.wechat_posts"),
    # 公开 inside a channel's name: the site's postings, no proactive total
    ("政府信息公开专栏共发布各类信息128条。", "n.active_published"),
    ("市政府信息公开平台全年更新信息37条。", "n.active_published"),
    ("全年在政务公开专栏发布信息56条。", "n.active_published"),
    # a change said before its verb
    ("比上年多受理政府信息公开申请9件。", "n.requests_received"),
    ("与上年相比，减少受理政府信息公开申请4件。", "n.requests_received"),
    # another year's count
    ("上年度共受理政府信息公开申请37件。", "n.requests_received"),
    ("去年主动公开政府信息200条。", "n.active_published"),
    ("2021年同期主动公开政府信息128条。", "n.active_published"),
    # one narrow kind of information
    ("全年主动公开人事信息12条。", "n.active_published"),
    ("2023年，我镇主动公开财政信息8条。", "n.active_published"),
    ("主动发布招标采购信息15条。", "n.active_published"),
    # social accounts alone
    ("微信公众号和微博共主动公开信息300条。", "n.active_published"),
])
def test_generator_families_give_nothing(text, key):
    assert key not in got(text)


@pytest.mark.parametrize("text,key,value", [
    # 分别为 with the first count in Chinese numerals
    ("政府信息公开行政复议、行政诉讼分别为两件、12件。", "n.litigation_cases", 12),
    ("行政复议、行政诉讼分别为一件、两件。", "n.review_cases", 1),
    ("行政复议和行政诉讼分别是五起、7起。", "n.litigation_cases", 7),
    # other bodies' counts the organ guides or urges, and the organ's own under guidance
    ("指导各村（社区）公开村务信息37条。", "n.active_published", None),
    ("督促各部门主动公开政府信息1,200条。", "n.active_published", None),
    ("在县政务公开办指导下主动公开政府信息86条。", "n.active_published", 86),
])
def test_both_counts_in_numerals_and_guided_bodies(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,review,litigation", [
    # none said after the nouns, as 零, or as an empty 情况
    ("本年度行政复议、行政诉讼均未发生。", 0, 0),
    ("全年实现行政复议、行政诉讼“零”发生。", 0, 0),
    ("2023年，我镇零行政复议、零行政诉讼。", 0, 0),
    ("政府信息公开行政复议、行政诉讼情况：无。", 0, 0),
    ("政府信息公开行政复议和行政诉讼都没有发生。", 0, 0),
    ("行政复议1件，行政诉讼未发生。", 1, 0),
    ("未发生行政复议，行政诉讼2起。", 0, 2),
])
def test_none_of_reviews_or_suits_said_otherwise(text, review, litigation):
    g = got(text)
    assert (g.get("n.review_cases"), g.get("n.litigation_cases")) == (review, litigation)


@pytest.mark.parametrize("text,key,value", [
    # a none of reviews brought over applications is no none of applications
    ("本年度没有发生因政府信息公开申请行政复议或提起行政诉讼的情况。", "n.requests_received", None),
    ("全年无因政府信息公开申请引起的行政复议。", "n.requests_received", None),
    ("全年未收到政府信息公开申请，未发生行政复议。", "n.requests_received", 0),
    # 共有N件…申请; a heading's colon then 全年共N条
    ("本年度共有12件政府信息公开申请。", "n.requests_received", 12),
    ("主动公开政府信息情况：全年共256条。", "n.active_published", 256),
])
def test_zero_statements_keep_to_their_noun_and_more_count_shapes(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key,value", [
    # one kind of applicant named before the noun: that kind's share; both kinds: the total
    ("全年收到自然人提出的政府信息公开申请10件，法人或其他组织提出的申请2件。", "n.requests_received", None),
    ("本年度受理企业提交的政府信息公开申请6件。", "n.requests_received", None),
    ("全年收到公民、法人或其他组织提出的政府信息公开申请12件。", "n.requests_received", 12),
    ("全年收到群众提出的政府信息公开申请9件。", "n.requests_received", 9),
    ("全年主动公开政府信息1500条，其中主动公开规范性文件12件。", "n.active_published", 1500),
])
def test_applicant_shares(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,level,key,value", [
    # a whole area's count, then the government's own level's: the report's figure
    ("全市各级行政机关共收到政府信息公开申请1,203件，其中市政府本级97件。", "city", "n.requests_received", 97),
    ("2023年，全区共受理政府信息公开申请356件，其中区政府本级受理42件。", "county", "n.requests_received", 42),
    ("全县共主动公开政府信息12,345条，其中县政府本级主动公开1,024条。", "county", "n.active_published", 1024),
    # a township quoting its county's sentence has neither
    ("我镇持续推进政务公开。全县共主动公开政府信息12,345条，其中县政府本级1,024条。", "township", "n.active_published", None),
    # 本级 naming a kind inside the breakdown is no own level's count
    ("全年主动公开政府信息356条，其中本级政策文件12条。", "county", "n.active_published", 356),
])
def test_the_own_levels_count_inside_a_whole_areas(text, level, key, value):
    assert {f.key: f.value for f in figures(text, level)}.get(key) == value


@pytest.mark.parametrize("text,key,value", [
    # the outcomes of applications are no proactive count
    ("全年受理政府信息公开申请3件，予以公开2件、本机关不掌握相关信息1件。", "n.active_published", None),
    ("全年受理政府信息公开申请5件，予以公开3件，部分公开1件，不予公开涉密信息1件。", "n.active_published", None),
    ("全年受理政府信息公开申请5件，予以公开3件，部分公开1件，不予公开涉密信息1件。", "n.requests_received", 5),
    # the last item of a list the verb counts, with commas or numerals in the items
    ("全年主动公开规划计划5条、财政信息12条。", "n.active_published", None),
    ("全年公开政策文件5件、人事信息3条。", "n.active_published", None),
    ("全年主动公开机构职能信息4条、工作动态信息2,315条。", "n.active_published", None),
    ("全年主动公开机构职能信息四条、工作动态信息一百二十三条。", "n.active_published", None),
    # a list's total, and the own level's count after a whole area's, stay
    ("全年公开规划计划5条，财政信息12条，合计公开信息17条。", "n.active_published", 17),
])
def test_outcomes_and_a_lists_last_item_are_no_proactive_total(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,key", [
    # events, time limits and places counted near the figure's words
    ("全年组织主动公开政府信息工作培训12次。", "n.active_published"),
    ("主动公开政府信息应在20个工作日内完成。", "n.active_published"),
    ("主动公开政府信息覆盖全镇12个行政村。", "n.active_published"),
    ("主动公开政府信息涉及12个领域。", "n.active_published"),
    ("受理政府信息公开申请的答复时限为20个工作日。", "n.requests_received"),
    ("收到申请后5个工作日内办结。", "n.requests_received"),
    ("参加行政诉讼培训2次。", "n.litigation_cases"),
    ("召开行政复议工作会议3次。", "n.review_cases"),
    ("组织学习《行政复议法》2次。", "n.review_cases"),
    # applications of other kinds
    ("收到12345热线转办申请35件。", "n.requests_received"),
    ("全年受理行政许可申请356件。", "n.requests_received"),
    ("全年受理政务服务申请1,234件。", "n.requests_received"),
])
def test_events_limits_and_other_applications_give_nothing(text, key):
    assert key not in got(text)


@pytest.mark.parametrize("text,key,value", [
    ("全年收到7个政府信息公开申请。", "n.requests_received", 7),
    ("全年通过政务服务网收到政府信息公开申请12件。", "n.requests_received", 12),
    ("全年登记政府信息公开申请9件。", "n.requests_received", 9),
    ("全年通过学习强国平台和门户网站主动公开政府信息86条。", "n.active_published", 86),
])
def test_the_figures_beside_those_words_stay(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,year,key,value", [
    # another year's count, when the report's year is known
    ("2021年，我局主动公开政府信息98条。2022年，我局主动公开政府信息120条。", 2022, "n.active_published", 120),
    ("2021年，全年受理政府信息公开申请5件，行政复议1件。", 2022, "n.requests_received", None),
    ("2021年，全年受理政府信息公开申请5件，行政复议1件。", 2022, "n.review_cases", None),
    ("2021年未收到政府信息公开申请。2022年收到政府信息公开申请2件。", 2022, "n.requests_received", 2),
    # the report's own year, a title's year, or no year known
    ("2021年，全年受理政府信息公开申请5件。", 2021, "n.requests_received", 5),
    ("按照《2021年政务公开工作要点》要求，全年主动公开政府信息98条。", 2022, "n.active_published", 98),
    ("截止2022年12月31日，通过网站主动公开政府信息共88条。", 2022, "n.active_published", 88),
    ("2021年，我局主动公开政府信息98条。", None, "n.active_published", 98),
])
def test_another_years_count_is_none_of_the_reports(text, year, key, value):
    assert {f.key: f.value for f in figures(text, None, year)}.get(key) == value


def test_the_pipeline_gives_the_reports_year_to_the_figures(tmp_path):
    from extractor.pipeline import extract
    p = tmp_path / "r.txt"
    p.write_text("某某镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇主动公开政府信息98条。"
                 "2022年，我镇主动公开政府信息120条，收到政府信息公开申请2件。\n", encoding="utf-8")
    rec = extract(p)
    assert rec.year == 2022
    assert {f.key: f.value for f in rec.figures if f.key.startswith("n.")}["n.active_published"] == 120


@pytest.mark.parametrize("text,key,value", [
    # bounds are approximate counts
    ("全年主动公开政府信息120条以上。", "n.active_published", None),
    ("全年主动公开政府信息不少于120条。", "n.active_published", None),
    # an account's reposts, columns and followers are no posts of its own
    ("全年转发微信公众号文章12篇。", "n.wechat_posts", None),
    ("微信公众号开设专栏3个。", "n.wechat_posts", None),
    ("微信公众号粉丝增加1,200个。", "n.wechat_posts", None),
    ("微信公众号全年发布和转发信息356条。", "n.wechat_posts", 356),
    ("围绕社会关注的热点，主动公开政府信息86条。", "n.active_published", 86),
])
def test_bounds_and_an_accounts_other_numbers(text, key, value):
    assert got(text).get(key) == value


@pytest.mark.parametrize("text,value", [
    # a change from last year in brackets right after the count is no breakdown of it
    ("本年度收到政府信息公开申请5件（较上年增加2件），连同上年结转1件，共办理6件。", 5),
    ("全年共受理政府信息公开申请12件（比上年减少3件），均按期答复。", 12),
    ("全年新收依申请公开14件（同比增长40%）。", 14),
])
def test_applications_with_a_bracketed_change_from_last_year(text, value):
    assert got(text).get("n.requests_received") == value


@pytest.mark.parametrize("text", [
    # …while carried-over ones in the same brackets still make it no count of new ones
    "全年受理依申请公开14件（含上年结转2件，较上年增加3件）。",
    "全年受理依申请公开14件（较上年增加3件，含上年结转2件）。",
    "全年受理依申请公开14件（上年结转2件），均已办结。",
])
def test_applications_with_carried_over_ones_and_a_change(text):
    assert "n.requests_received" not in got(text)


@pytest.mark.parametrize("text,value", [
    # the organ's own level's count inside a portal's or an area's whole (其中本级…)
    ("（一）主动公开。市门户网站全年发布信息9,870条，其中本级主动公开政府信息2,140条。", 2140),
    ("（一）主动公开。门户网站全年发布信息6000条，其中市本级主动公开政\n府信息1500条。", 1500),
    ("（一）主动公开。全区各单位在网站发布信息8000条，其中区政府本级主动公开政府信息1200条。", 1200),
])
def test_the_own_level_s_count_inside_a_whole(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text,value", [
    # a board's or a bulletin's issues count no pieces of information; the items in them do
    ("（一）主动公开。全年在各村公示栏公开惠民信息48期。", None),
    ("（一）主动公开。在政务公开栏公开财务、低保等信息24期；", None),
    ("（一）主动公开。全年在政务公开栏公开各类信息36期120条。", 120),
])
def test_issues_are_no_proactive_count(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text, want", [
    # carried-over applications said to be LEFT OUT of the count, in brackets or after it: the
    # count is the year's new ones
    ("全年收到政府信息公开申请27件（上年结转2件未计入）。", 27),
    ("全年收到政府信息公开申请27件（不含上年结转2件）。", 27),
    ("本年度共受理申请15件（另有上年度结转1件）。", 15),
    ("全年收到申请27件，不含上年结转的2件。", 27),
    ("全年收到申请27件，上年结转2件未计入。", 27),
    # …while carried-over ones said to be IN it still leave it unkeyed
    ("全年收到政府信息公开申请27件（含上年结转2件）。", None),
    ("全年收到政府信息公开申请27件（其中上年结转2件）。", None),
    ("全年收到申请27件，其中上年结转2件。", None),
])
def test_carried_over_applications_left_out_of_the_count(text, want):
    assert got(text).get("n.requests_received") == want


# a none stated in words, with 复议 / 诉讼 said short (no 行政), and nones that are of outcomes
@pytest.mark.parametrize("text,review,litigation", [
    ("未发生因答复不当引发的复议和诉讼。", 0, 0),
    ("全年未发生复议、诉讼案件。", 0, 0),
    ("无复议、诉讼案件发生。", 0, 0),
    ("本单位没有被申请复议的情况。", 0, None),
    ("未被申请行政复议，未被提起行政诉讼。", 0, 0),
])
def test_none_of_reviews_said_short(text, review, litigation):
    g = got(text)
    assert g.get("n.review_cases") == review and g.get("n.litigation_cases") == litigation


@pytest.mark.parametrize("text", [
    "全年无行政诉讼败诉案件。",          # none lost, not none brought
    "无行政复议纠错案件。",              # none corrected
    "未发生被复议纠错的情况。",
    "全年无一起被复议机关纠错的案件。",
    "我局作为复议机关，全年无复议案件被诉。",   # the organ as the review body
])
def test_a_none_of_outcomes_is_no_count(text):
    g = got(text)
    assert "n.review_cases" not in g and "n.litigation_cases" not in g


@pytest.mark.parametrize("text", [
    "未经复议直接起诉1件。",            # table 4's direct suit said in prose: no none of reviews
    "行政诉讼中未经复议直接起诉的0件。",
    "该事项无需复议。",
])
def test_without_review_is_no_none_of_reviews(text):
    assert got(text).get("n.review_cases") is None


@pytest.mark.parametrize("text", [
    "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n",
    "结果维持 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉\n",
])
def test_no_none_across_table_cells(text):
    """Table 4's header cells (尚未审结 … 未经复议) read as one run once the tabs between words
    are mended away: no sentence, no none of reviews."""
    assert got(text).get("n.review_cases") is None


@pytest.mark.parametrize("text,value", [
    # a report made by summing its area's reports: the area's count is its own
    ("本报告在汇总全市各县（区）政府和市直部门年度报告的基础上编制。\n全市共收到政府信息公开申请212件，其中市本级47件。", 212),
    ("本报告由县政府办公室汇总各乡镇和县直部门年度报告编制。\n全县共受理政府信息公开申请35件，其中县本级12件。", 35),
    # a government's own report: the area's count is not its own, the 本级 one is
    ("本报告由市政府办公室编制。\n全市各部门共收到政府信息公开申请212件，其中市政府本级收到47件。", 47),
])
def test_an_aggregate_reports_area_counts_are_its_own(text, value):
    assert figures_of_level(text, "city").get("n.requests_received") == value


def figures_of_level(text, level):
    return {f.key: f.value for f in figures(text, level=level)}


# ------------------------------------------------- a whole, then the government's own (本级) share
@pytest.mark.parametrize("text,level,key,value", [
    # the breakdown opens the next sentence (…合计N条。其中，县政府本级…)
    ("全县（含乡镇、部门）主动公开政府信息合计12,486条。其中，县政府本级主动公开信息6,163条，较上年增长9.2%。",
     "county", "n.active_published", 6163),
    ("2023年，全市各级行政机关共主动公开政府信息35,210条。其中市政府本级主动公开政府信息4,102条。",
     "city", "n.active_published", 4102),
    ("全区共收到政府信息公开申请128件。\n其中，区政府本级收到申请19件，上年结转2件。", "county", "n.requests_received", 19),
    # a level's organs together (县本级: the government and its departments), then the government's own
    ("全年县本级共收到政府信息公开申请93件，其中县政府本级收到24件、县直部门收到69件。",
     "county", "n.requests_received", 24),
    ("区本级共受理政府信息公开申请56件，其中区政府本级受理11件，区直部门受理45件。", "county", "n.requests_received", 11),
    ("市本级主动公开政府信息8,316条，其中市政府本级主动公开政府信息1,207条。", "city", "n.active_published", 1207),
    # …a level's count with no own share after it is the report's own
    ("县本级共收到政府信息公开申请37件，上年结转2件，均在法定期限内答复。", "county", "n.requests_received", 37),
    ("全年市本级新收到政府信息公开申请211件，上年结转9件。", "city", "n.requests_received", 211),
    # …the next sentence states no own level's share: the whole stays
    ("全县共主动公开政府信息9,000条。其中，各乡镇公开信息5,000条。", "county", "n.active_published", 9000),
    ("全县共主动公开政府信息9,000条。县政府办公室负责具体工作，本级信息由各股室报送。", "county", "n.active_published", 9000),
])
def test_a_whole_then_the_governments_own_share(text, level, key, value):
    assert figures_of_level(text, level).get(key) == value


def test_a_summed_reports_whole_stays_its_own_with_the_share_in_the_next_sentence():
    text = ("本报告在汇总全县各乡镇、各部门年度报告的基础上编制。\n"
            "全县主动公开政府信息合计12,486条。其中，县政府本级主动公开信息6,163条。")
    assert figures_of_level(text, "county").get("n.active_published") == 12486


# ---------------------------------------------------------------- session 15
# one zero for both, the kinds joined by 和/、/及 and each called 案件 (行政复议和行政诉讼案件0件):
# zero of each; a count above zero for both together stays neither's
@pytest.mark.parametrize("text,review,litigation", [
    ("2022年，街道收到申请0件，行政复议和行政诉讼案件0件。", 0, 0),
    ("因政府信息公开引起的行政复议案件、行政诉讼案件0件。", 0, 0),
    ("全年行政复议及行政诉讼案件数量为0件。", 0, 0),
    ("本年度行政复议和行政诉讼案件各1件。", 1, 1),
    ("全年行政复议和行政诉讼案件3件。", None, None),
])
def test_one_count_for_reviews_and_suits_called_cases(text, review, litigation):
    g = got(text)
    assert (g.get("n.review_cases"), g.get("n.litigation_cases")) == (review, litigation)


# a website's count with no 主动 and no total word (在某网站某专栏发布信息N条) is the organ's
# proactive total when it stands alone in the part on proactive disclosure (its run-in heading
# or the heading above it): the dev gold keys such a count; beside another count of items
# published (a WeChat account's, another site's) or outside that part it is one channel's
@pytest.mark.parametrize("text,value", [
    ("（一）主动公开。2022年，街道在县政府门户网站本街道专栏发布信息182条；各社区利用公开栏公开民生资金等信息。", 182),
    ("（一）主动公开情况\n全年在市政府网站本局栏目发布各类信息64条，其中政策文件9条。", 64),
    ("1.主动公开政府信息情况：全年通过区政府信息公开平台发布政务信息205条。", 205),
])
def test_a_websites_count_alone_under_the_proactive_heading(text, value):
    assert got(text).get("n.active_published") == value


@pytest.mark.parametrize("text", [
    "（一）主动公开。全年在县政府门户网站发布信息112条，其中疫情防控信息38条；“某某街道”微信公众号发布信息64条。",
    "（一）主动公开情况\n全年通过政府信息网站发布信息15条。通过镇公开栏张贴信息40条。",
    "（三）平台建设。全年在县政府门户网站发布信息90条，栏目运行平稳。",
    "2021年，我局调整领导小组。全年在市政府门户网站发布信息321条，通过公开栏张贴惠农政策。",
])
def test_a_websites_count_beside_another_or_outside_the_part_is_no_total(text):
    assert "n.active_published" not in got(text)
