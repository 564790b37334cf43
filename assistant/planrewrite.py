"""The question's text rewritten before any word of it is read (step 1 of
``assistant.plan.parse``): a quoted phrase taken out as typed (and the quoted phrases joined
to it by an or-word), then on the normalised text: a first clause saying who asks dropped,
全疆 spelt 全新疆, a table's full name read as 表二 / 表三 / 表四, 教育局（厅） as 教育局或教育厅,
省级和市级政府 as two levels each with its noun, a template notice or a loose template word
as the template, brackets glossing a table or a place dropped, 乡镇（街道） as two levels, and
名称中带… / an example in passing set aside, each said in the reading."""
from __future__ import annotations

import re

from . import vocab
from .examples import example_in_passing, name_said
from .inclusion import cut as cut_inclusion
from .phrasealts import quoted_alternatives
from .placescope import spell_whole_short
from .queryplan import QueryPlan
from .templatesaid import template_said
from .words import BLANK, TIER_GOV_OFFICE, normalise, without_glosses
from .words import GLOSS as _GLOSS, TIER_GLOSS
from .zonegov import zone_government

_TEMPLATE_GLOSS = re.compile(r"([新旧老]版|[新旧老]模板|[新旧老]格式|[新旧老]表格?)[(（]((?:19|20)\d\d)\s*(?:年|版|年版)?[)）]")
_TABLE_GLOSS = re.compile(r"(表[二三四234])[(（][^()（）]{1,30}[)）]")
_ASKER = re.compile(r"^(?:我|我们)(?:是|这边是|单位是)[^，,。；;！!？?]{1,20}[，,。；;](?=.{4})")
_TABLE_NAMES = ((re.compile(r"(?:政府信息公开)?行政复议[、和及与]?(?:行政)?诉讼(?:情况)?(?:统计)?表"), "表四"),
                (re.compile(r"(?:收到和处理政府信息公开申请|依申请公开|政府信息公开申请)(?:情况)?(?:统计)?表"), "表三"),
                (re.compile(r"主动公开(?:政府信息)?(?:情况)?的?(?:统计)?表格?"), "表二"))
_TEMPLATE_NOTICE = re.compile(r"(?:国办公开办函)?[〔\[(（]((?:19|20)\d\d)[〕\])）]\d+号(?:文件?)?(?:的|规定的|要求的)?")
_LEVEL_PAIR = re.compile(r"([省市县区乡镇])级([和、及与])([省市县区乡镇])级(政府|部门)")   # 省级和市级政府
# 教育局（厅） / 卫生健康委（局）: the bureau of either tail, 教育局或教育厅
_OTHER_TAIL = re.compile(r"([\u4e00-\u9fff]{2,10}?)(局|厅|委员会|委|办公室|办)[(（](局|厅|委员会|委|办公室|办)[)）]")
_QUOTED = re.compile(r"[\"“”「『'‘](.+?)[\"“”」』'’]")
_OTHER_LEVEL = re.compile(r"(乡镇|镇|乡)[(（](街道办事处|街道办|街道)[)）]|(街道办事处|街道办|街道)[(（](乡镇|镇|乡)[)）]")


# 提到“乡镇” / 写了“其他”: a quoted word said in the reports' text, a phrase whatever it is
_SAID_BEFORE = re.compile(r"(?:提到|提及|说|说了|写|写了|含有|包含|出现|涉及|关于|有)$")
# 这种级别算“其他” / 层级是“其他”: a level asked for by the head of its name (其他: 其他单位)
_LEVEL_SAID_BEFORE = re.compile(r"(?:级别|层级|一级)(?:算作|算是|算|属于|归为|归入|是|为)?$|(?:算作|算是|算|归为|归入)$")


def _level_quoted(question: str, m: re.Match) -> bool:
    """Whether the quoted word is the name of a level (lexicons/question_levels.tsv), alone or with
    the word after the quotes (“其他”单位: 其他单位; “乡镇”这一级): a kind of organ named, never a
    phrase searched for in the texts (a word said after 提到 / 写 / 包含 stays a phrase)."""
    w = m.group(1).strip()
    if not w or _SAID_BEFORE.search(question[:m.start()]):
        return False
    return _level_named(question, m) is not None


def _level_named(question: str, m: re.Match) -> str | None:
    """The level word the quoted word stands for: itself (“乡镇”), its head with the word after the
    quotes (“其他”单位), or its head after a word of levels (这种级别算“其他”: 其他单位); None if none."""
    w = m.group(1).strip()
    levels = vocab.level_words()
    joined = w + question[m.end():]
    if w in levels or any(len(lv) > len(w) and lv.startswith(w) and joined.startswith(lv) for lv in levels):
        return w
    if _LEVEL_SAID_BEFORE.search(question[:m.start()]):
        return min((lv for lv in levels if lv.startswith(w) and len(lv) > len(w)), key=len, default=None)
    return None


def without_quoted(question: str) -> str:
    """``question`` without its quoted phrases (a phrase is no organ), a quoted level's name
    (“其他”单位) kept as a word."""
    return _QUOTED.sub(lambda m: _level_named(question, m) if _level_quoted(question, m) else "", question)


def without_asker(q: str) -> str:
    """The question without a first clause saying who asks (我是市政府办的，…) and without the
    number of a template notice (国办公开办函〔2021〕30号: no organ, no year)."""
    return _GLOSS.sub("", TIER_GLOSS.sub(r"\1", _TEMPLATE_NOTICE.sub("", _ASKER.sub("", q, count=1))))


def rewrite(question: str, p: QueryPlan, set_, fired: list[str], notes: list[str]) -> tuple[str, str, bool]:
    """(the question with its quoted phrase taken out, the text the words are read from, the
    channels a bracket lists); a quoted phrase is set on ``p``, each rewrite's rule on ``fired``
    and what it says on ``notes``."""
    # 1. a quoted phrase, as typed (NFKC would change its punctuation)
    question = "".join((question or "").split())
    m = _QUOTED.search(question)
    if m and _level_quoted(question, m):   # “其他”单位: the level so named, no phrase
        question = question[:m.start()] + _level_named(question, m) + question[m.end():]
        fired.append("level_quoted")
        m = _QUOTED.search(question)
    if m and m.group(1).strip():
        set_("phrase", m.group(1).strip())
        p.quoted = True
        alts, end = quoted_alternatives(question, m.end())   # “培训”或“学习”: any of them
        if alts:
            p.phrase_alts = alts
            fired.append("phrase_alternatives")
        question = question[:m.start()] + "“”" + question[end:]
    q = normalise(question)
    q = _ASKER.sub("", q, count=1)
    q2 = spell_whole_short(q)   # 全疆: 全新疆 (assistant/placescope.py)
    if q2 != q:
        q = q2
        fired.append("whole_short")   # 我是市政府办的，…: who asks is no condition
    for rx, tname in _TABLE_NAMES:   # 附有行政复议、行政诉讼情况统计表: 表四
        q = rx.sub(tname, q)
    q, n_tails = _OTHER_TAIL.subn(r"\1\2或\1\3", q)
    if n_tails:
        fired.append("bracket_alternative")
    q = _LEVEL_PAIR.sub(r"\1级\4\2\3级\4", q)   # 省级和市级政府: 省级政府和市级政府
    # 按国办公开办函〔2021〕30号的格式: the template the notice set, never the year 2021
    q = _TEMPLATE_NOTICE.sub(lambda m: {"2021": "新版", "2019": "旧版"}.get(m.group(1), ""), q)
    q, template_note = template_said(q)   # 2021年以后模版: the 2021 template (assistant/templatesaid.py)
    if template_note:
        notes.append(template_note)
        fired.append("template_said")
    # 表四（行政复议、行政诉讼）: the brackets name the table, they ask no figure; 县（区、市）
    q = _TABLE_GLOSS.sub(lambda m: m.group(1) + BLANK * (len(m.group(0)) - len(m.group(1))), q)
    # 乡镇（街道） / 街道（乡镇）: townships and subdistricts, two levels (县（市、区） is one: a gloss)
    q = _OTHER_LEVEL.sub(lambda m: "和".join(g for g in m.groups() if g), q)
    kinds_listed = vocab.channels_listed(q)   # 政务新媒体（公众号、微博、抖音这些）: the channels meant
    q, p.inclusion = cut_inclusion(q)   # 乡镇（乡、镇、苏木） / …，市政府、乡镇都算: kinds that count (assistant/inclusion.py)
    if p.inclusion:
        fired.append("inclusion_gloss")
    q = without_glosses(q)
    q, n_offices = TIER_GOV_OFFICE.subn(r"\1", q)   # 省级政府办公厅: 省级政府 (rule government_office)
    if n_offices:
        fired.append("government_office")
    q, said = name_said(q)   # 名称中带苏木的: 苏木的, the organs whose names hold it
    if said:
        notes.append(f"“{said}”按“名称中含”理解")
        fired.append("name_said")
    q, zone = zone_government(q)   # 苏州工业园区政府: its 管委会 (assistant/zonegov.py)
    if zone:
        notes.append(zone)
        fired.append("zone_government")
    q, example = example_in_passing(q)   # …，像和田地区那种: an example of the kind, no filter
    if example:
        notes.append(f"“{example}”是举例，不作筛选")
        fired.append("example_in_passing")
    q = _TEMPLATE_GLOSS.sub(r"\1", q)   # 旧版（2019）格式: the template's year in brackets, no year
    return question, q, kinds_listed
