"""The plan of a question: what is asked for, with which filters, compared how
(``QueryPlan``), and how it is said back in Chinese (``describe``, level and group names)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from . import vocab
from .words import num_text

KINDS = ("figure", "contact", "fact", "text", "check", "coverage", "reports", "unknown")
LEVEL_NAMES = {"township": "乡镇", "subdistrict": "街道", "county": "县级政府",
               "county_dept": "县级部门", "city": "市级政府", "city_dept": "市级部门",
               "province": "省级政府", "province_dept": "省级部门", "national_dept": "国务院部门",
               "other": "其他"}


GROUP_NAMES = {"year": "年份", "level": "层级", "county": "县", "template": "模板", "province": "省份",
               "city": "市"}


def any_channel(channel: str) -> str:
    """A channel as the plan holds it; a group (政务新媒体: wechat,weibo,app,video) as its
    channels and 任一 (rule channel_group)."""
    from store.labels import label
    names = [label("channel", c, c) for c in channel.split(",")]   # the reviewer's words, never wechat
    return names[0] if len(names) == 1 else "、".join(names) + "（任一）"


def phrases_said(p) -> str:
    """“工作人员”或“工作力量”: the phrase searched and its alternatives (rule phrase_alternatives)."""
    return "或".join(f"“{x}”" for x in (p.phrase, *p.phrase_alts))


def years_text(years) -> str:
    """2019、2020 or, for a run of more than three years, 2021—2050."""
    ys = sorted(years)
    if len(ys) > 3 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}—{ys[-1]}"
    return "、".join(str(y) for y in ys)


# the fields of ``QueryPlan.given`` that name a question's own scope of reports (a follow-up that
# gives one asks of its own, not of the answer before: turnsjoined, valuessum)
SCOPE_GIVEN = frozenset({"organ_ids", "region", "years", "levels", "excluded_levels", "template",
                         "excluded_years", "report_ids"})
# …of them, a scope said with no organ and no reports (县级的 / 2021年 / 广西的 / 2019版): a
# follow-up of these alone narrows the question before (followup, kind)
SCOPE_PLAIN = frozenset({"levels", "years", "region", "excluded_levels", "template"})


@dataclass
class QueryPlan:
    kind: str = "unknown"
    metric: str | None = None
    other_metrics: tuple[str, ...] = ()  # more metrics named (行政复议和行政诉讼), one condition for all
    any_metric: bool = False             # … met by any of them (行政复议或者行政诉讼)
    # a condition of its own per figure besides (收到过申请、但复议和诉讼都是0: (("requests", "gt",
    # 0.0),)): (metric, op, threshold), each met as well (assistant/percond.py)
    metric_conds: tuple[tuple[str, str, float], ...] = ()
    contact_field: str | None = None
    contact_fields: tuple[str, ...] = ()  # several asked at once (地址和电话): all of them, in order
    fact_kind: str | None = None
    fact_kinds: tuple[str, ...] = ()    # several asked at once (谁负责 哪个科室): all of them, in order
    channel: str | None = None
    channels_also: tuple[str, ...] = ()  # … and each of these too (既有公开栏又设了查阅点: assistant/bothchannels.py)
    official: str | None = None          # filter: the responsible official's post contains this
    office: str | None = None            # filter: the responsible office's name contains this
    negate: bool = False                 # channel / fact condition negated (没有通过微信)
    phrase: str | None = None            # full-text phrase
    phrase_alts: tuple[str, ...] = ()    # … or any of these (工作人员或者工作力量: rule phrase_alternatives)
    text_kinds: tuple[str, ...] = ()     # problem / remedy / text
    multi_year: bool = False             # organs with reports of more than one year (多个年度)
    same_year_twice: bool = False        # reports of an organ with another report of the same year
                                         # (同一个单位同一年有两份报告: duplicates a reviewer checks)
    column: str | None = None            # a table column (自然人, 尚未审结, 现行有效): the metric's cell there
    quoted: bool = False                 # the phrase was typed in quotes: searched as it is only
    keywords: tuple[str, ...] = ()       # the phrase not found as typed: its words, in one item
    shortfall: bool = False              # … and any shortfall word (不够, 不足, 未 …) with them
    text_missing: tuple[str, ...] = ()   # of text_kinds, those a report must NOT have (列了问题但没写措施)
    items_op: str | None = None          # the number of text_kinds items a report lists, compared
    items_n: float | None = None         # … with this (问题不少于三条: ge 3)
    # elements of a report, each stated or not (问题和改进措施两项都写了 / 只写了问题、没写措施:
    # (("problem", True), ("remedy", False))): assistant/facets.py, family facets_said
    facets: tuple[tuple[str, bool], ...] = ()
    facets_some: bool = False            # … at least one of them missing (要素不全)
    facets_asked: bool = False           # … which of them are missing is the answer (缺了哪几项要素)
    check: str | None = None             # rule prefix, "hard" any hard check, "*" any hard or self check
    check_ok: bool = False               # the check passes (核对上, 一致): every one assessable and met
    table: str | None = None             # t2. / t3. / t4. (coverage, or narrows a check)
    levels: tuple[str, ...] = ()
    excluded_levels: tuple[str, ...] = ()   # said as 除了乡镇以外 (levels holds the others)
    years: tuple[int, ...] = ()
    template_asked: bool = False         # 用的是哪版模板: each report's template is the answer
    year_asked: bool = False             # 那份报告是哪一年的: the report's year is the answer
    template: str | None = None          # 2019 | 2021: the report template (2019版, 新版)
    template_not: bool = False           # … every report but of that template (不是2021版的)
    region_not: bool = False             # every report but of that place (去掉上海的, 上海的除外)
    excluded_years: tuple[int, ...] = () # every year but these (除了2019年以外); no year stated too
    region: tuple[str, str] | None = None   # (column, value): ("county", "高青县")
    also_regions: tuple[tuple[str, str], ...] = ()   # places besides region (把衢州的也加上): a union
    # the place said right before a county of that name in several places (南京市鼓楼区): the
    # county's reports stating that place or named after it
    region_of: str | None = None
    # words said with the place and read as all of it (连同下面的县市区): shown beside it
    region_said: str = ""
    # set just before SQL (OrganIndex.placed): the stored cities / counties inside the region
    region_within: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # places taken out of the region (新疆的报告 → 去掉乌鲁木齐的: 新疆 but 乌鲁木齐), and, set with
    # region_within, the stored cities / counties inside them
    less_regions: tuple[tuple[str, str], ...] = ()
    less_within: tuple[tuple[str, tuple[str, ...]], ...] = ()
    organ_ids: tuple[int, ...] = ()
    organ_names: tuple[str, ...] = ()
    report_ids: tuple[int, ...] = ()     # filter: the previous answer's reports (这些单位的电话)
    op: str | None = None                # gt ge lt le eq ne stated
    threshold: float | None = None
    threshold2: float | None = None      # the upper end, for between
    vs_mean: bool = False                # the threshold is the mean (超过平均值)
    vs_metric: str | None = None         # the threshold is another figure of the same report
                                         # (微信发布的条数比主动公开总数还多): other_metrics[0]
    also_aggs: tuple[str, ...] = ()      # more statistics joined to agg (中位数和平均数): each said
    agg: str | None = None               # max min avg sum count
    count_unit: str = "organ"            # count organs (多少个乡镇) or reports (多少份报告)
    top: int | None = None
    order: str | None = None             # asc | desc (with top)
    group_by: str | None = None          # year | level | county | template
    yoy: str | None = None               # up | down | change: against the organ's year before
    year_diff: tuple[int, int] | None = None   # 2025年比2022年多多少: one organ's two years, the difference
    year_gap: bool = False               # …和…差多少: the difference's size, no sign
    pick_year: str | None = None         # latest | earliest: the report of the scope's last (first)
                                         # year (里面最新那一年的那份: assistant/pickyear.py)
    picked_from: tuple[int, ...] | None = None   # the years before a pick_year chose one (最早那份呢
                                         # after 最新那份: picked again among them)
    joined: str = ""                     # the two answers before combined (两个省加起来): what was
                                         # joined, said (assistant/turnsjoined.py)
    organ_diff: str | None = None        # gap | more | less: two named organs' figure, the difference
                                         # (A和B谁多，多多少: assistant/organdiff.py)
    change_pct: bool = False             # …下降了百分之几: the change in percent of the earlier year's
                                         # value (assistant/changepct.py), with year_diff or yoy
    year_less: bool = False              # …比…少了几件: how much less (the second year's value less the first's)
    all_zero: bool = False               # coverage: every stated cell of the table(s) is 0, one at least
                                         # (表格里每一格都是0: assistant/allzero.py)
    covered: bool = False                # coverage: the table IS filled in (填写了表四)
    tables: tuple[tuple[str, bool], ...] = ()   # several tables, each filled in or not (有表三没表四)
    contact_any: bool = False               # contact details in general said (联系方式): see contact_none
    contact_missing: tuple[str, ...] = ()   # of contact_fields, those NOT given (留了电话但没写邮箱)
    yes_no: bool = False                 # asked whether there are any (有没有北京的, 有云南的报告吗)
    listing: bool = False                # asks for a list (哪些, 列出): no single value
    given: tuple[str, ...] = ()          # fields this question set itself (for follow-ups)
    notes: tuple[str, ...] = ()          # what was understood, in words
    unmatched: tuple[str, ...] = ()      # organ names close to a word that matched nothing
    tokens: tuple[str, ...] = ()         # the question's jieba words
    residue: str = ""                    # the question's characters no step of parse read
    unread: tuple[str, ...] = ()         # content words of the residue (fillers taken out)
    doubts: tuple[str, ...] = ()         # unread words that would change the answer (a level …)
    unread_conditions: tuple[str, ...] = ()   # unread words of a condition (不一样, 超过): asked back
    level_slip: tuple[str, ...] = ()   # 街到办: (the run typed, the level words it is one character off)
    untold: tuple[str, ...] = ()         # kinds no report says it is (副省级城市): not answered
    untold_person: bool = False          # … among them a leader's sex, age, name (女领导, 姓张的)
    untold_field: bool = False           # … a report's own field no store keeps (标题上的年份, 发布日期)
    untold_staff: bool = False           # … who does the work, full- or part-time (兼职人员)
    also_types: tuple[str, ...] = ()     # 开发区、管委会这类单位: the other kinds listed (rule kinds_joined)
    organ_type: str | None = None        # 财政单位 / 公安系统: the organs whose name holds it
    inclusion: object = None             # a gloss listing the kinds that count (乡镇（乡、镇、苏木）):
                                         # an assistant.inclusion.Gloss, read against the scope
    template_or_year: bool = False       # 2019表格: read as the template; the year is the other reading
    absent_kind: str | None = None       # 海关单位 in a store with no 海关: no answer, say so
    unstated: tuple[str, ...] = ()       # organ / year / level: reports that do not state it
    dropped: tuple[str, ...] = ()        # years / levels / region / template said dropped (不限年份):
                                         # a follow-up takes that filter of the question before away
    year_or_template: bool = False       # 2019的报告: a bare 2019 / 2021, the year or the template; asked
    inventory: str | None = None         # list | count: which years / places the store holds (哪几年,
                                         # 哪些县市区, 几个省: group_by's values, assistant/inventory.py)
    # set just before SQL (OrganIndex.placed) for an inventory of provinces / cities: (column,
    # ((stored value, the province / city it lies in), …)) for county, city and organ_id
    group_areas: tuple = ()
    group_top: str | None = None         # max | min: the largest (smallest) group named (按年份…哪一年最多)
    rules: tuple[str, ...] = ()          # the rules (assistant/rules.py) that read the question
    followup: bool = False

    def rules_plus(self, *names: str) -> tuple[str, ...]:
        """The rules that read the question with ``names`` added, each once, in reading order."""
        return tuple(dict.fromkeys(self.rules + names))

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        """What was understood, in Chinese (used in answers and for unknown questions)."""
        parts = []
        if self.years:
            parts.append("年份 " + years_text(self.years))
        if self.excluded_years:
            parts.append("年份 " + years_text(self.excluded_years) + "以外")
        if self.template:
            parts.append(f"模板 {self.template}版" + ("以外" if self.template_not else ""))
        if self.same_year_twice:
            parts.append("同一机关同一年有多份报告")
        if self.multi_year:
            parts.append("有多个年度报告的机关")
        if self.region:
            parts.append(f"地区 {self.region[1]}" + ("以外" if self.region_not else ""))
        if self.organ_names:
            parts.append("机关 " + "、".join(self.organ_names))
        if self.excluded_levels:
            parts.append("层级 " + "、".join(LEVEL_NAMES.get(lv, lv) for lv in self.excluded_levels) + "以外")
        elif self.levels:
            parts.append("层级 " + "、".join(LEVEL_NAMES.get(lv, lv) for lv in self.levels))
        if self.metric:
            parts.append("指标 " + vocab.metric(self.metric).label)
        for mid, op, thr in self.metric_conds:
            parts.append(f"条件 {vocab.metric(mid).label}{OP_TEXT[op]}{num_text(thr)}")
        if self.report_ids:
            parts.append(f"上一个回答的{len(self.report_ids)}份报告")
        if self.contact_field:
            parts.append("联系方式 " + "、".join(_FIELD_NAMES.get(f, f) for f in
                                              self.contact_fields or (self.contact_field,)))
        if self.fact_kind:
            parts.append("事项 " + _FIELD_NAMES.get(self.fact_kind, self.fact_kind))
        if self.channel:
            parts.append(("不通过" if self.negate else "通过") + "渠道 " + any_channel(self.channel)
                         + "".join("和" + c for c in self.channels_also) + ("（都有）" if self.channels_also else ""))
        if self.official:
            parts.append("分管领导 " + self.official)
        if self.office:
            parts.append("负责机构 " + self.office)
        if self.phrase:
            parts.append("短语" + phrases_said(self))
        if self.check:
            from .selfcheckq import check_said
            parts.append("校验 " + check_said(self.check, self.check_ok, self.table))
        if self.table and self.kind == "coverage" and self.all_zero:
            parts.append({"t2.": "表二", "t3.": "表三", "t4.": "表四"}.get(self.table, "表二至表四")
                         + " 填了的格子都是0")
        elif self.table and self.kind == "coverage":
            parts.append(("填写了 " if self.covered else "未填写 ")
                         + {"t2.": "表二", "t3.": "表三", "t4.": "表四"}[self.table])
        if self.yoy:
            parts.append("与上年相比" + {"up": "增加", "down": "减少", "change": "有变化"}[self.yoy])
        if self.op:
            thr = "平均值" if self.vs_mean else "" if self.threshold is None else num_text(self.threshold)
            if self.op == "between":
                thr = f"{num_text(self.threshold)}和{num_text(self.threshold2)}之间"
            parts.append(f"条件 {OP_TEXT[self.op]}{thr}")
        if self.agg:
            parts.append("、".join({"max": "最多", "min": "最少", "avg": "平均", "median": "中位数",
                                    "sum": "合计", "count": "计数"}[a]
                                   for a in (self.agg, *self.also_aggs)))
        if self.top:
            parts.append(f"{'前' if self.order != 'asc' else '后'}{self.top}个")
        if self.group_by:
            parts.append("按" + GROUP_NAMES[self.group_by] + "分组")
        return "；".join(parts) if parts else "（没有识别出任何条件）"


_FIELD_NAMES = {"phones": "联系电话", "address": "地址", "postcode": "邮编", "fax": "传真",
                "email": "电子邮箱", "website": "网址", "responsible_official": "分管领导",
                "responsible_office": "负责机构", "channel": "公开渠道"}
CONTACT_FIELDS = ("phones", "address", "postcode", "fax", "email", "website")   # every contact field


def no_contact_at_all(plan: "QueryPlan") -> bool:
    """没写联系方式: every contact field asked, each said missing (rule contact_none)."""
    return plan.negate and plan.contact_any and set(plan.contact_fields) == set(CONTACT_FIELDS)


OP_TEXT = {"between": "介于", "gt": "大于", "ge": "不少于", "lt": "少于", "le": "不超过", "eq": "等于",
            "ne": "不等于", "stated": "已填写", "blank": "未填写"}
