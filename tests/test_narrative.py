"""Narrative facts and figures, from inline-tagged examples written for these tests.

A tag ``<fig key=… value=…>raw</fig>`` or ``<fact kind=… value=…>text</fact>`` marks what must be
found; strip the tags to get the input, and the tag positions are the expected spans.
"""
from __future__ import annotations

import re

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

_TAG = re.compile(r'<(fig|fact)((?:\s+\w+="[^"]*")*)>(.*?)</\1>', re.S)


def untag(tagged: str):
    """(plain text, [(tag, attrs, start, end)])."""
    out, expected, pos = [], [], 0
    for m in _TAG.finditer(tagged):
        out.append(tagged[pos:m.start()])
        start = sum(map(len, out))
        out.append(m.group(3))
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        expected.append((m.group(1), attrs, start, start + len(m.group(3))))
        pos = m.end()
    out.append(tagged[pos:])
    return "".join(out), expected


def run(text: str):
    doc = Document(path="t.txt", format="txt", text=text, sha256="")
    return extract_narrative(doc)


FIGURES = [
    # a WeChat count far after its verb, past quotes and a year; a distractor (留言) in an
    # earlier clause of the sentence does not count
    ('本年在网站发布通知公告12项,回复网民留言9条,在各公众号中推出宣传“一网通办”、“便民2024”'
     '服务举措及身边好人好事等各类信息<fig key="n.wechat_posts" value="356">356条</fig>;'),
    # plain counts, Arabic and Chinese numerals
    '全年共收到政府信息公开申请<fig key="n.requests_received" value="3">3件</fig>。',
    '本年度受理依申请公开件<fig key="n.requests_received" value="12">十二件</fig>。',
    '我镇收到<fig key="n.requests_received" value="2">2件</fig>信息公开申请。',
    '<fig key="n.requests_received" value="0">未收到政府信息公开申请</fig>。',
    '全年主动公开政府信息<fig key="n.active_published" value="155">155条</fig>。',
    '我局共计主动公开各类信息<fig key="n.active_published" value="1320">1,320条</fig>。',
    '通过微信公众号发布信息<fig key="n.wechat_posts" value="88">88条</fig>。',
    '本年度被申请行政复议<fig key="n.review_cases" value="1">1件</fig>，行政诉讼<fig key="n.litigation_cases" value="2">2件</fig>。',
    '<fig key="n.review_cases" value="0">未发生因政府信息公开被申请行政复议</fig>的情况。',
    # 主动发布 and the order 信息…主动公开N条
    '全年通过网站主动发布政府信息<fig key="n.active_published" value="312">312条</fig>。',
    '本年度将各类政策文件等信息主动公开<fig key="n.active_published" value="45">45条</fig>。',
    # a long list of kinds before the total, which says 共计
    '全年依法向社会公开工作动态、通知公告、人事信息、财政预决算等政府信息共计<fig key="n.active_published" value="2087">2087条</fig>。',
    # a WeChat count stated without a verb, and units 篇 / 期
    '主动公开政府信息300条，其中，网站发布200条，微信公众号<fig key="n.wechat_posts" value="100">100条</fig>。',
    '在政务微信公众号推送信息<fig key="n.wechat_posts" value="64">64篇</fig>。',
    # a space between count and unit
    '全年共受理政府信息公开申请 <fig key="n.requests_received" value="7">7 件</fig>。',
    # no application at all, said as 没有依申请公开事项
    '2022年，我局<fig key="n.requests_received" value="0">没有依申请公开事项</fig>。',
    '被申请行政复议<fig key="n.review_cases" value="2">2起</fig>。',
    # no application at all, said with 无
    '全年<fig key="n.requests_received" value="0">无政府信息公开申请</fig>。',
    # one count for a 、-list (复议、诉讼均为0件)
    '因政府信息公开被申请行政复议、提起行政诉讼均为<fig key="n.review_cases" value="0">0件</fig>。',
    '本年度收取信息处理费<fig key="n.fees_collected" value="30">30元</fig>。',
    # 新收 (the table's own word for applications received this year)
    '本年度我委新收政府信息公开申请<fig key="n.requests_received" value="47">47件</fig>。',
    # received, not handled: the new ones inside a handled total (今年以来 = this year)
    '今年以来，全县共处理依申请公开事项40件，其中本年度新受理<fig key="n.requests_received" value="38">38件</fig>，'
    '上年结转2件。',
    '本年度我镇发生依申请公开<fig key="n.requests_received" value="2">2次</fig>。',
    # a long list of applicants between 未收到 and 申请
    '2021年，我镇<fig key="n.requests_received" value="0">未收到公民、法人或其他组织提出的政府信息公开申请</fig>。',
    # 截至 a date of the year without 累计 is the year's count
    '截至2022年12月31日，本年度主动公开政府信息<fig key="n.active_published" value="212">212条</fig>。',
    '截至目前，2021年我县受理政府信息公开申请<fig key="n.requests_received" value="7">7件</fig>。',
    # a count on the line after a sub-heading that names the same topic
    '（一）主动公开\n全年共主动公开政府信息<fig key="n.active_published" value="1018">1018条</fig>。',
    # published and reposted together is still the total
    '2022年，县政府网站主动公开和转载各类信息<fig key="n.active_published" value="2046">2046条</fig>。',
    # the organ publishing through its website
    '2023年，我局通过政府门户网站累计发布各类信息<fig key="n.active_published" value="88">88条</fig>。',
    # no fees: about the disclosure fee, or any fee in a disclosure sentence
    '本年度<fig key="n.fees_collected" value="0">未收取信息处理费</fig>。',
    '在办理政府信息公开申请过程中，<fig key="n.fees_collected" value="0">未收取任何费用</fig>。',
]

DISTRACTORS = [
    # a blank total (the number left out of the printed sentence) is not stated
    '全年主动公开政府信息  条，其中网站发布  条。',
    # an approximate count
    '全年主动公开政府信息300余条。',
    # a number of another clause: applications handled in a review sentence
    '本年度行政复议案件中涉及信息公开申请3件。',
    "县长信箱收到来信106件。",  # mailbox letters are not applications
    "发布政策解读23条。",  # interpretations are not all proactive items
    "办理人大代表建议10件、政协提案8件。",
    "全年主动公开政府信息100余条。",  # approximate (余)
    "全年主动公开政府信息200多条。",  # approximate (多)
    "截至2020年底，累计主动公开政府信息64627条。",  # cumulative to date
    "主动公开政府信息近300条。",  # approximate (近)
    "全区门户网站共发布各类信息46106条。",  # the website's own count, not the proactive total
    "截至目前，全县累计公开政府信息12000条。",  # 截至 … 累计: a running total
    "此外，平台上线以来累计公开政府信息2846条。",  # since launch
    "我局共办理依申请公开事项8件。",  # handled (incl. carried over), not received
    "窗口服务中未收取任何费用。",  # a fee, but not in a disclosure sentence
    "在公众号推出宣传“五个一”工程的做法。",  # a number inside a slogan is no count
    "通过政务信箱，在公众号推送留言办理信息20条。",  # a distractor in the count's own clause
]


def test_application_that_led_to_a_review_is_not_the_application_count():
    _, figs = run("全年未收到因政府信息公开申请引起的行政复议。全年发生因政府信息公开申请引起的行政诉讼2件。")
    got = {f.key: f.value for f in figs}
    assert "n.requests_received" not in got
    assert got["n.review_cases"] == 0


@pytest.mark.parametrize("tagged", FIGURES)
def test_narrative_figure(tagged):
    text, expected = untag(tagged)
    _, figs = run(text)
    got = {f.key: f for f in figs}
    for _, attrs, s, e in expected:
        f = got[attrs["key"]]
        assert f.value == float(attrs["value"])
        assert f.span == [s, e] and f.raw == text[s:e]
        assert f.source == "narrative"


@pytest.mark.parametrize("text", DISTRACTORS)
def test_distractor_is_not_a_figure(text):
    _, figs = run(text)
    assert figs == []


FACTS = [
    ('继续明确由<fact kind="responsible_official" value="党委副书记">党委副书记</fact>分管政务公开工作，'
     '<fact kind="responsible_office" value="党政办公室">党政办公室</fact>具体负责。'),
    '成立以<fact kind="responsible_official" value="镇长">镇长</fact>为组长、'
    '<fact kind="responsible_official" value="副镇长">副镇长</fact>为副组长的政务公开领导小组。',
    '政务公开工作由<fact kind="responsible_office" value="办公室">办公室</fact>牵头。',
    '依托政府<fact kind="channel" value="portal">门户网站</fact>和'
    '<fact kind="channel" value="wechat">微信公众号</fact>公开信息，在便民大厅设置'
    '<fact kind="channel" value="reading_room">查阅点</fact>。',
    '通过政务<fact kind="channel" value="bulletin_board">公开栏</fact>和'
    '<fact kind="channel" value="press">新闻发布会</fact>发布政务信息。',
    # the sentence before on the same line says what the work is about
    '一是完善信息公开机制。建立“<fact kind="responsible_official" value="主要领导">主要领导</fact>负总责，'
    '<fact kind="responsible_official" value="分管领导">分管领导</fact>主抓，'
    '<fact kind="responsible_office" value="办公室">办公室</fact>牵头”的工作体系。',
    # the group's office sits in another office: that one does the work
    '成立政务公开领导小组，领导小组办公室设在<fact kind="responsible_office" value="党政综合办">党政综合办</fact>，'
    '办公室负责日常工作。',
    # a post made specific by what comes before it; an office with its other name in brackets
    '我委调整充实政务公开工作领导小组，由<fact kind="responsible_official" value="分管副主任">分管副主任</fact>分管，'
    '<fact kind="responsible_office" value="办公室（政务公开科）">办公室（政务公开科）</fact>负责信息的收集、审核与发布。',
    '成立以主要负责同志为组长、<fact kind="responsible_official" value="常务副县长">常务副县长</fact>为副组长的'
    '政务公开工作领导小组，<fact kind="responsible_office" value="政务公开科">政务公开科</fact>具体承担日常工作。',
    '明确由<fact kind="responsible_official" value="党组成员">党组成员</fact>分管政务公开工作。',
    # a role word after the post it names is no second official; the seat office whole
    '确定<fact kind="responsible_official" value="纪检组长">纪检组长</fact>为政务公开工作分管领导，'
    '领导小组办公室设在<fact kind="responsible_office" value="综合办公室">综合办公室</fact>，负责政务公开日常工作。',
    # the disclosure work's body sits in an office
    '本局政府信息公开工作机构设在<fact kind="responsible_office" value="综合科">综合科</fact>，配备专人。',
    # the office named as the work's body (作为/为/是 …机构, …科室)
    '<fact kind="responsible_office" value="党政办">党政办</fact>作为政务公开工作的具体承办机构，配备专职人员。',
    '确定<fact kind="responsible_office" value="综合办公室">综合办公室</fact>为政务公开工作的主管科室。',
    '指定<fact kind="responsible_office" value="行政审批科">行政审批科</fact>专人负责信息公开工作。',
    '领导小组办公室设在<fact kind="responsible_office" value="党政办">党政办</fact>，负责政务公开日常工作。',
    # channels of the new lexicon rows
    '通过<fact kind="channel" value="other">学习强国</fact>平台和村里的<fact kind="channel" value="bulletin_board">公示牌</fact>'
    '公开信息，在<fact kind="channel" value="service_hall">便民服务站</fact>设置<fact kind="channel" value="reading_room">查阅窗口</fact>。',
    '在<fact kind="channel" value="service_hall">办事窗口</fact>摆放资料，举办'
    '<fact kind="channel" value="other">在线访谈</fact>2场，发布<fact kind="channel" value="press">新闻通稿</fact>9篇。',
    # 主要领导亲自抓、分管领导具体抓
    '政务公开工作实行<fact kind="responsible_official" value="主要领导">主要领导</fact>亲自抓、'
    '<fact kind="responsible_official" value="分管领导">分管领导</fact>具体抓的机制。',
    # a post named after 明确 (明确…工作分管领导)
    '我镇健全政务公开制度，明确信息公开工作<fact kind="responsible_official" value="分管领导">分管领导</fact>。',
    # 分管X领导 and 分管负责人
    '由<fact kind="responsible_official" value="分管局领导">分管局领导</fact>任政务公开领导小组组长。',
    '我委明确<fact kind="responsible_official" value="分管负责人">分管负责人</fact>具体抓好信息公开工作。',
    # a 、-list of posts sharing the cue of its last item
    '形成<fact kind="responsible_official" value="党组书记">党组书记</fact>、'
    '<fact kind="responsible_official" value="局长">局长</fact>全面领导的信息公开工作格局。',
    # an office after a lead word, without it
    '我乡安排<fact kind="responsible_office" value="党政办">党政办</fact>负责推进政务公开日常工作。',
    '信息公开工作由<fact kind="responsible_office" value="综合科">综合科</fact>具体落实。',
]


@pytest.mark.parametrize("tagged", FACTS)
def test_fact(tagged):
    text, expected = untag(tagged)
    facts, _ = run(text)
    for _, attrs, s, e in expected:
        hits = [f for f in facts if f.kind == attrs["kind"] and f.value == attrs["value"]]
        assert hits, (attrs, facts)
        assert text[hits[0].span[0]:hits[0].span[1]] == hits[0].text
        assert hits[0].span == [s, e]


def test_review_chain_is_not_the_official_in_charge():
    facts, _ = run("信息发布实行科室初核、分管领导审核、主要领导签发的三级审核制度，确保公开内容准确。")
    assert not [f for f in facts if f.kind == "responsible_official"]


def test_a_role_word_is_no_second_official():
    facts, _ = run("确定分管副局长为政务公开工作分管领导，办公室具体负责。")
    assert [f.value for f in facts if f.kind == "responsible_official"] == ["分管副局长"]


def test_members_of_the_group_are_not_in_charge():
    facts, _ = run("成立以镇长为组长、其他班子成员为成员的政务公开领导小组。")
    assert [f.value for f in facts if f.kind == "responsible_official"] == ["镇长"]


def test_sign_off_is_not_being_in_charge():
    # 分管领导 names a post; 审定 says what the post does here (signs off), not that it is in charge
    facts, _ = run("需要公开的事项由联络员整理，经分管领导审定后在网站公开。")
    assert not [f for f in facts if f.kind == "responsible_official"]


def test_a_list_before_an_office_holds_only_offices():
    facts, _ = run("形成领导小组统一领导、办公室归口管理的信息公开工作格局。")
    assert [f.value for f in facts if f.kind == "responsible_office"] == ["办公室"]


def test_responsibility_far_from_disclosure_is_not_the_official_in_charge():
    facts, _ = run("一是加强队伍建设。\n建立主要领导负总责、分管领导主抓的安全生产工作体系。")
    assert not [f for f in facts if f.kind.startswith("responsible")]


@pytest.mark.parametrize("text", [
    "回应关切：举办新闻发布会0次，组织在线访谈0次。",
    "通过微博微信回应事件0次。",
])
def test_a_channel_used_zero_times_is_none(text):
    facts, _ = run(text)
    assert not [f for f in facts if f.kind == "channel"]


def test_city_hotline_is_not_the_organs_channel():
    facts, _ = run("我局办理12345热线交办事项61件，主动公开政府信息。")
    assert "hotline" not in {f.value for f in facts if f.kind == "channel"}


@pytest.mark.parametrize("text, absent", [
    ("（四）政府信息公开平台建设\n本年度新开通微信公众号1个。", "portal"),  # the template's heading
    ("全文可在区政府网站政府信息公开栏目浏览和下载。", "bulletin_board"),  # a web column
    ("如对本报告有疑问，请与县政务服务中心联系，电话：0000-1234567。", "service_hall"),  # contact
])
def test_words_that_only_look_like_channels(text, absent):
    facts, _ = run(text)
    assert absent not in {f.value for f in facts if f.kind == "channel"}


S5 = "五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。\n"
ENUMERATIONS = [
    ("存在的问题：一是<p>公开内容不够全面</p>；二是<p>更新不够及时</p>。\n"
     "下一步，我镇将<r>加强培训，提高认识</r>。",),
    ("（一）主要问题\n第一，<p>重形式，轻内容</p>；第二，<p>反馈不及时</p>。\n（二）改进措施\n"
     "第一，<r>完善制度</r>。第二，<r>加强监督</r>。",),
    ("主要存在问题：<p>认识还有待深入，质量有待提升</p>。\n针对上述问题，我局将采取以下措施：\n"
     "（一）<r>加强组织领导。\n\n明确人员职责</r>。\n（二）<r>提高业务能力</r>。",),
    ("问题如下：1.<p>专业力量不足</p>；2.<p>平台建设滞后</p>。\n今后将<r>进一步加强平台建设</r>。",),
    ("<p>对外宣传的力度不够</p>。下一步将<r>加大宣传力度</r>。",),
    # 一要/二要 remedies after a sentence saying what the organ will do
    ("<p>业务培训偏少</p>。2024年，我办将继续推进公开工作：一要<r>强化业务学习</r>；二要<r>规范发布流程</r>。",),
    # 首先/其次/最后
    ("存在的不足主要表现为：首先，<p>栏目更新慢</p>；其次，<p>解读形式单一</p>；最后，<p>人员变动频繁</p>。\n"
     "对以上问题，我们将<r>逐项整改到位</r>。",),
    # （1）（2）
    ("问题有两点：（1）<p>依申请办理程序不熟</p>；（2）<p>档案管理不规范</p>。\n今后将<r>认真学习条例</r>。",),
    # a mark right after the list's introduction, no punctuation between
    ("工作中存在的主要问题一是<p>网站栏目设置不合理</p>；二是<p>公开内容不够细</p>。",),
    # a numbering slip (一是…二是…二是)
    ("一是<p>制度不健全</p>；二是<p>公开不及时</p>；二是<p>解读不到位</p>。",),
    # a problem paragraph, then remedies that say 将 after a comma
    ("<p>受人员变动影响，公开工作衔接不够顺畅</p>。\n2024年，我局将<r>配齐工作人员并开展专题培训</r>。",),
    # run on in one paragraph: the problems, then 针对存在问题，下一步，将…：一是…
    ("我镇还存在<p>信息更新不及时、解读质量有待加强等</p>。针对存在问题，下一步，将重点做好以下工作："
     "一是<r>加强学习培训</r>；二是<r>规范发布审核</r>。",),
    # 还需要进一步 is a problem, not a remedy
    ("还存在一些不足。一是<p>平台功能还需要进一步完善</p>；二是<p>信息更新还需加快</p>。",),
]


def _s5(body):
    tagged = S5.format(body=body).replace("<p>", '<fact kind="problem">').replace("</p>", "</fact>")
    tagged = tagged.replace("<r>", '<fact kind="remedy">').replace("</r>", "</fact>")
    return untag(tagged)


@pytest.mark.parametrize("body", [e[0] for e in ENUMERATIONS])
def test_problems_and_remedies(body):
    text, expected = _s5(body)
    facts, _ = run(text)
    want = [(a["kind"], text[s:e]) for _, a, s, e in expected]
    got = [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]
    # remedies written as one unenumerated paragraph keep their lead-in ("下一步，我镇将…")
    assert len(got) == len(want)
    for (wk, wt), (gk, gt) in zip(want, got):
        assert wk == gk and wt in gt
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text


def test_other_headings_for_problems_and_plans():
    text = ("一、总体情况\n我镇认真落实。\n五、存在的不足\n一是栏目更新不够及时；二是解读形式比较单一。\n"
            "六、下一步工作打算\n一是加强培训学习；二是丰富解读形式。\n七、其他需要报告的事项\n无。\n")
    facts, _ = run(text)
    got = [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]
    assert got == [("problem", "栏目更新不够及时"), ("problem", "解读形式比较单一"),
                   ("remedy", "加强培训学习"), ("remedy", "丰富解读形式")]


def test_article_numbers_and_headings_are_not_counts():
    from extractor.narrative import figures
    text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n全年主动公开政府信息第三条规定的事项。\n"
    assert [f.key for f in figures(text)] == []


def test_no_fee_is_zero_yuan():
    _, figs = run("2022年我局未收取信息处理费。")
    assert [(f.key, f.value, f.unit, f.raw) for f in figs] == [("n.fees_collected", 0, "元", "未收取信息处理费")]


@pytest.mark.parametrize("text", [
    "全年我局收到要求公开政府信息的申请0件。",
    "本年度受理并答复依申请公开政府信息的来信0件。",
    "本局因信息公开工作引起的政府信息公开行政复议案件0件,行政诉讼案件0件。",
])
def test_request_and_dispute_counts_are_not_proactive_disclosure(text):
    _, figs = run(text)
    assert "n.active_published" not in {f.key for f in figs}
