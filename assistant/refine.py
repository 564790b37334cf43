"""What ``plan.parse`` decides after reading a question's words: which items a negation
covers (有表三但没填表四), the narrowest of several metrics, a metric read in a table column,
a share of one figure in another, and whether a place name is a region or unknown."""
from __future__ import annotations

import re

from . import vocab
from .queryplan import QueryPlan


BARE_REQUEST = ("申请", "申请数", "申请件数")


def bare_requests(q: str, metric_at) -> set[str]:
    """The metrics named only by a bare 申请 right after another figure or column and 的
    (部分公开的申请, 不予处理的申请, 自然人的申请) or right before one (申请予以公开了多少): no figure
    of their own. 新收到的申请加上上年结转的 names one."""
    starts = {a for a, _, _ in metric_at}
    bare = {v for a, b, v in metric_at if q[a:b] in BARE_REQUEST and (
        b in starts   # 的申请予以公开了多少件
        or any(re.fullmatch(r"(?:作出了?过?|作了|给予了?|予以)", q[b:a2]) for a2 in starts if a2 > b)
        # 对申请作出过不予公开的答复: the requests are what the figure is of
        or q.startswith(("里", "中", "当中", "之中"), b)   # 办理的申请里，不予处理的有多少: the domain
        or (a > 1 and q[a - 1] == "的" and any(q[:a - 1].endswith(w) for w in _figure_words())))}
    return bare - {v for a, b, v in metric_at if q[a:b] not in BARE_REQUEST}


def _figure_words() -> list[str]:
    """The words that name a figure or a table column (部分公开, 自然人)."""
    return [w for w in vocab.metric_aliases() if len(w) >= 2] + \
        [w for w, (role, _) in vocab.words().items() if role == "column"]


def narrowest_metric(p: QueryPlan, bare: set[str]) -> None:
    """Of several metric words, a bare 申请 (``bare``: ``bare_requests``) names no figure next
    to another (不予处理的申请, 对自然人的申请予以公开), and a figure that is part of another is the
    one asked (未经复议直接起诉的行政诉讼: direct litigation, not all litigation)."""
    if not p.metric or not p.other_metrics:
        return
    named = [m for m in dict.fromkeys((p.metric, *p.other_metrics)) if m not in bare] or [p.metric]
    keys = {m: set(vocab.metric(m).all_keys()) for m in named}
    kept = [m for m in named if not any(o != m and keys[o] < keys[m] for o in named)]
    p.metric = p.metric if p.metric in kept else kept[0]
    p.other_metrics = tuple(m for m in kept if m != p.metric)


def in_column(p: QueryPlan, said: bool) -> QueryPlan:
    """The plan's metric read in its column (自然人申请了多少件: requests of natural persons);
    a column alone asks about requests (自然人有多少件). A column the metric has not (a
    follow-up to another table) is dropped, or, said in this question, not understood."""
    if not p.column:
        return p
    if not p.metric and p.kind in ("unknown", "figure", "reports") and p.column in vocab.COLUMNS["t3"]:
        p.metric, p.kind = "requests", "figure"
    m = vocab.with_column(p.metric, p.column) if p.metric else None
    if m:
        p.metric = m
    elif said and p.metric:
        p.kind = "unknown"
    else:
        p.column = None
    return p


def negated(q: str, items, negs, after_last: bool = False) -> dict[str, bool]:
    """For items said in order ((start, end, value) of 表三/表四, 问题/措施, 电话/邮箱): whether
    each is negated, i.e. a negation word (``negs``: their starts) comes between the item
    before and it (有表三但没填表四), or it is joined to a negated one by 和/与/及/、/或 (没写
    问题和措施: both); with ``after_last`` also a negation right after the last one (表四空白)."""
    state: dict[str, bool] = {}
    prev, last = 0, False
    for i, (a, b, value) in enumerate(items):
        joined = prev and re.fullmatch(r"[和与及、或]?", q[prev:a])
        after = after_last and i == len(items) - 1 and any(b <= n <= b + 6 for n in negs)
        last = any(prev <= n < a for n in negs) or after or bool(joined and last)
        state.setdefault(value, last)
        prev = b
    return state


def figure_share(q: str, metric_at, metric: str, column: str | None = None) -> str | None:
    """A share of one figure in another, as a ratio metric (``vocab.share``): A占B的比例 (the
    longest metric word before 占 over the longest after it), a column of the figure's table in
    the figure's total (rule column_share: 申请里自然人占了百分之多少: the natural persons' cell
    over the total), or a figure's share of the total it is a part of (行政复议结果维持的比例: of
    行政复议总计). None when none is said."""
    part = vocab.with_column(metric, column) if column else None
    if part and part != metric:   # 申请里自然人占多少: t3.new_received.natural / total
        return vocab.share(part, metric)
    at = q.find("占")
    if at > 0:
        before = [m for m in metric_at if m[1] <= at]
        after = [m for m in metric_at if m[0] > at]
        if before and after:
            num = max(before, key=lambda m: m[1] - m[0])[2]
            den = max(after, key=lambda m: m[1] - m[0])[2]
            return vocab.share(num, den) if num != den else None
    parent = vocab.parent(metric)
    return vocab.share(metric, parent) if parent else None


_PLACE_END = ("县", "区", "市", "州", "旗")


_NOT_PLACE = re.compile(r"[的有是在各所哪几多少全每和与或及中了年为把被对级本我该其]")


# 两个 / 几个 / 三个 right before a tier and its bureaus (两个市商务局): a count, never a place
COUNTED = re.compile(r"[两二三四五六七八九十几多]个[省市县区]?$")


def unknown_place_before(s: str, start: int, organs) -> bool:
    """A place name the store does not hold right before an organ's short name (平谷区 in
    平谷区教育局): the question is about that place's organ, not the ones in the store. A name
    that starts with its level (市财政局) after two or three characters (西阳市财政局) is
    that place's, likewise."""
    if any(len(lw) >= 2 and s.endswith(lw, 0, start) for lw in vocab.level_words()):
        return False   # 只算县区教育局: the level word 县区 (the tier), no place 算县区
    if COUNTED.search(s[:start]):
        return False   # 两个市商务局: a count of units and their tier, no place 两个市
    if s[start:start + 1] in _PLACE_END:
        for n in (3, 2):
            w = s[max(0, start - n):start]
            if len(w) == n and re.fullmatch(r"[\u4e00-\u9fff]+", w) and not _NOT_PLACE.search(w):
                return not (w + s[start] in organs.regions or w in organs.regions)
    for n in (3, 4, 5, 2):   # 2: a county of one character and its 县 (拱县, 代县) opening the name
        w = s[max(0, start - n):start]
        if n == 2 and (w[:1] in "这那此某省市县区州旗乡镇" or (
                start > 2 and re.match(r"[\u4e00-\u9fff]", s[start - 3]) and not _NOT_PLACE.match(s[start - 3]))):
            continue   # 淄博市教育局: 博市 is no place of its own
        if len(w) == n and w.endswith(_PLACE_END) and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            return not (_NOT_PLACE.search(w) or w in organs.regions or w in organs.names
                        or w[:-1] in organs.regions)
    return False


def region_context(q: str, end: int) -> bool:
    """高青县的… / 高青县各… / 高青县有哪些报告: a region, not the county government."""
    rest = q[end:].lstrip("都一共总")   # 长春市都有哪些单位: the place's organs
    if q[end:].startswith(("有哪些", "有几", "有多少", "共有", "一共", "总共", "全部", "所有")) \
            or (rest != q[end:] and rest.startswith(("有哪些", "有几", "有多少"))):
        return True
    if re.match(r"(?:那|这)(?:一)?份(?:报告|年报)", q[end:]):
        return True   # 长春那份报告: the place's report (its organs', which one asked: rule which_organ)
    return q[end:end + 1] in ("的", "各", "所", "内", "下", "中") and not q[end:].startswith(
        ("的联系", "的电话", "的地址", "的邮编", "的传真", "的邮箱", "的网址"))


_TEMPLATE_YEAR = re.compile(r"(2019|2021)\s*年?的?(?:[那这][一个]?)?(?=((?:[新旧老]?版|[新旧老]?格式|[新旧老]?模板|[新旧老]?样式|[新旧老]?表格|[新旧老]表)"
                            r"(?:的?(?:表格|格式|模板))*))")
# 19年那版模板 / 21版表格 / 19年的表格模板: a template's year said short, read only with a template
# word (版, 模板, 格式, 样式): 19年的表格 alone is that year's tables
_TEMPLATE_SHORT = re.compile(r"(?<![\d.])(19|21)\s*年?的?(?:[那这][一个]?)?(?=((?:[新旧老]?版|(?:表格?)?[新旧老]?模板"
                             r"|[新旧老]?格式|[新旧老]?样式)(?:的?(?:表格|格式|模板))*))")
_VERSUS = re.compile(r"(?:比|超过了?|多于|大于|高于|少于|低于|小于)([\u4e00-\u9fff]{2,16}?)(?:的)?(?:还|更|要)?(多|少|高|低|大|小)?(?:的|吗|？|\?|[，,。；;]|$)")


def template_year(t, set_) -> None:
    """2019旧表格 / 2021版 / 2019格式表格: the report template, never a year; a bare 2019表格
    is read as the template with the year as the other reading (``template_or_year``)."""
    for m in _TEMPLATE_YEAR.finditer(t.s):
        set_("template", m.group(1), "template")
        if not re.match(r"[新旧老]|版|模板|格式", m.group(2)):
            set_("template_or_year", True, "template")   # 2019表格: a year's tables, maybe
        t.take(m.start(1), m.end(2))
    for m in _TEMPLATE_SHORT.finditer(t.s):   # 19年那版模板: the 2019 template
        set_("template", "20" + m.group(1), "template")
        t.take(m.start(1), m.end(2))


def figure_vs_figure(p, q: str, metric_at, set_, given) -> None:
    """微信公众号发布的条数比主动公开信息总数还多: the first figure compared with the second of
    the same report (``vs_metric``), never a sum or a figure asked alone."""
    vs = _VERSUS.search(q) if p.op is None and len({v for _, _, v in metric_at}) == 2 else None
    if vs:
        inside = [v for a, b, v in metric_at if vs.start(1) <= a and b <= vs.end(1)]
        before = [v for a, b, v in metric_at if b <= vs.start()]
        if len(inside) == 1 and before and before[0] != inside[0]:
            set_("metric", before[0], "figure_vs_figure")
            fewer = (vs.group(2) or "") in ("少", "低", "小") or vs.group(0)[:2] in ("少于", "低于", "小于")
            set_("op", "lt" if fewer else "gt", "figure_vs_figure")
            set_("vs_metric", inside[0], "figure_vs_figure")
            p.other_metrics = (inside[0],)
            given.append("cond")
            if p.agg == "sum":   # 主动公开信息总数: the figure's own name, no sum of reports
                p.agg = None
            if p.check in ("*", "hard") and "check" in given:
                # …还多，数对不上的: the comparison is the mismatch meant, no table check
                p.check = None
                given.remove("check")


_FAILS = re.compile(r"不等于|不一致|不相符|不符|不吻合|对不上|核对不上|不平衡|≠|未通过|没通过|有误|错误|出错")
PROSE = re.compile(r"正文|文字|文中|报告里写|报告中写|文字部分|叙述")
# the prose figure checked against a table, per figure asked (store checks n.*_vs_t*)
_PROSE_CHECK = {"requests": "n.requests_vs_t3", "review": "n.review_vs_t4",
                "litigation": "n.litigation_vs_t4"}


def check_passed(p, q: str) -> None:
    """核对上 / 一致 said with what is checked: the prose against a table (正文写的收到申请和表三
    一致: n.requests_vs_t3), a table's identity (表三能核对上: t3.balance), or every hard check.
    The figures named are what is checked, no figure asked."""
    if not p.check_ok:
        figures = [m for m in (p.metric, *p.other_metrics) if m]
        if p.check == "*" and PROSE.search(q) and any(m in _PROSE_CHECK for m in figures):
            # 正文里说的申请数跟表格对不上: the prose's figure against the table's, failing
            p.check = next(_PROSE_CHECK[m] for m in figures if m in _PROSE_CHECK)
            p.metric, p.other_metrics, p.op, p.threshold = None, (), None, None
        elif p.check == "*" and figures:
            p.check = "hard"   # 新收申请数和办结总数不一致: table figures named, the tables' identities
        return
    if _FAILS.search(q):   # 平衡校验…不等于 / 不一致: the check said to fail, never to pass
        p.check_ok = False
    if p.check in ("*", "hard"):
        figures = [m for m in (p.metric, *p.other_metrics) if m]
        if PROSE.search(q) and any(m in _PROSE_CHECK for m in figures):
            p.check = next(_PROSE_CHECK[m] for m in figures if m in _PROSE_CHECK)
        elif p.table == "t3.":
            p.check = "t3.balance."   # 表三核对上: 新收 + 上年结转 = 办理 + 结转下年
        elif p.table == "t4.":
            p.check = "t4.sum."
    p.metric, p.other_metrics, p.op, p.threshold = None, (), None, None


def untold_mentioned(p: QueryPlan, q: str, mention_end: int, given: list) -> bool:
    """A word of who does the work (兼职, 专职人员: no field records it) said right after a word
    of mentioning (问题里提到兼职, 写了专职人员的): the words searched in the texts, as any
    phrase after 提到 is, never said untold. True when so read."""
    if not p.untold_staff:
        return False
    gap = re.compile(r"(?:了|过|有)?")
    for w in p.untold:
        at = q.find(w, mention_end)
        if at >= 0 and gap.fullmatch(q[mention_end:at]):
            p.phrase = w
            p.untold = tuple(u for u in p.untold if u != w)
            p.untold_staff = False
            given[:] = [g for g in given if g not in ("untold", "untold_staff")] + ["phrase"]
            return True
    return False
