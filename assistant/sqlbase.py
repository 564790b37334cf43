"""What every query of ``assistant.sql`` shares: the ``Query`` it returns, named parameters,
the WHERE terms of a plan's filters, and the whitelists of column names that vary."""
from __future__ import annotations

import json

from dataclasses import dataclass, field

from .officesaid import office_forms
from .queryplan import QueryPlan

ROW_LIMIT = 500
CONTACT_COLUMNS = {"phones": "phones", "address": "address", "postcode": "postcode",
                   "fax": "fax", "email": "email", "website": "website"}
REGION_COLUMNS = {"county": "county", "city": "city", "province": "province",
                  "organ_id": "organ_id"}   # an organ inside a region by its name alone (OrganIndex.areas)
GROUP_COLUMNS = {"year": "year", "level": "level", "county": "county", "template": "template",
                 "province": "province", "city": "city"}
OPS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "eq": "=", "ne": "<>"}


class PlanError(ValueError):
    """The plan cannot be turned into SQL (names what is missing)."""


@dataclass
class Query:
    sql: str
    params: dict = field(default_factory=dict)
    stats_sql: str | None = None
    shape: str = "rows"          # rows | aggregate | grouped
    columns: tuple[str, ...] = ()
    # an aggregate computed in one pass: its one row ends with the stats (reports, stated,
    # matched, organs) and stats_sql is None
    stats_in_row: bool = False


class Params(dict):
    def add(self, prefix: str, value) -> str:
        name = f"{prefix}{sum(1 for k in self if k.startswith(prefix))}"
        self[name] = value
        return ":" + name

    def many(self, prefix: str, values) -> str:
        return ", ".join(self.add(prefix, v) for v in values)


def like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


_UNSTATED = {"organ": "organ_name", "year": "year", "level": "level"}


def report_filters(plan: QueryPlan, P: Params, r: str = "r") -> list[str]:
    """WHERE terms on effective_reports (alias ``r``) for the plan's filters."""
    w = []
    if plan.organ_ids:
        w.append(f"{r}.organ_id IN ({P.many('organ', plan.organ_ids)})")
    if plan.report_ids:
        w.append(f"{r}.report_id IN ({P.many('rid', plan.report_ids)})")
    if plan.levels and plan.excluded_levels:   # 除了乡镇以外: a report of no stated level too
        w.append(f"({r}.level IS NULL OR {r}.level IN ({P.many('level', plan.levels)}))")
    elif plan.levels:
        w.append(f"{r}.level IN ({P.many('level', plan.levels)})")
    if plan.years:
        w.append(f"{r}.year IN ({P.many('year', plan.years)})")
    if plan.excluded_years:   # 除了2019年以外: every other year, a report of no stated year too
        w.append(f"({r}.year IS NULL OR {r}.year NOT IN ({P.many('xyear', plan.excluded_years)}))")
    if plan.template:
        # effective_main_figures (alias m) has no template column: through effective_reports
        tcol = f"{r}.template" if r == "r" else \
            f"(SELECT template FROM effective_reports tr WHERE tr.report_id = {r}.report_id)"
        t = P.add('template', plan.template)
        # 不是2021版的: the other template or none stated
        w.append(f"({tcol} IS NULL OR {tcol} <> {t})" if plan.template_not else f"{tcol} = {t}")
    for f in plan.unstated:   # 没写明机关的报告: no organ name (year, level) stated
        w.append(f"{r}.{_UNSTATED[f]} IS NULL")
    if plan.same_year_twice:   # 同一个单位同一年有两份报告: each report of such a pair (named organs)
        w.append(f"EXISTS (SELECT 1 FROM effective_reports dup WHERE dup.organ_id = {r}.organ_id "
                 f"AND dup.year = {r}.year AND dup.report_id <> {r}.report_id "
                 f"AND dup.organ_name IS NOT NULL)")
    if plan.multi_year:   # 哪些单位有多个年度的报告: organs (named) with reports of 2+ years
        w.append(f"{r}.organ_id IN (SELECT organ_id FROM effective_reports WHERE organ_id IS NOT NULL "
                 f"AND organ_name IS NOT NULL GROUP BY organ_id HAVING count(DISTINCT year) > 1)")
    if plan.region:
        w.append(region_term(plan, P, r))
    if plan.channel and plan.kind != "fact":
        w.append(("NOT " if plan.negate else "") + channel_term(plan, P, r))
    if plan.table in HAS_TABLE and plan.kind == "figure":   # 表二里…: reports with that table
        has = HAS_TABLE[plan.table]
        w.append(f"{r}.{has} = 1" if r == "r" else
                 f"{r}.report_id IN (SELECT report_id FROM effective_reports WHERE {has} = 1)")
    if plan.office:   # 由办公室负责的单位 (a report printing 辦公室 too)
        w.append(f"EXISTS (SELECT 1 FROM effective_facts ob WHERE ob.report_id = {r}.report_id "
                 f"AND ob.kind = 'responsible_office' AND ("
                 + " OR ".join(f"coalesce(ob.value, ob.text) LIKE {P.add('office', like(form))} ESCAPE '\\'"
                               for form in office_forms(plan.office)) + "))")
    if plan.official:
        w.append(f"EXISTS (SELECT 1 FROM effective_facts of WHERE of.report_id = {r}.report_id "
                 f"AND of.kind = 'responsible_official' AND {post_match(plan.official, P, 'of')})")
    if plan.facets and not plan.facets_asked:   # 问题和措施都写了 / 只写了问题 (assistant/facets.py)
        terms = [facet_held(e, P, r) for e, _ in plan.facets]
        if plan.facets_some:   # 要素不全: one of them missing at least
            w.append("NOT (" + " AND ".join(terms) + ")")
        else:
            w.extend(x if held else f"NOT {x}" for x, (_, held) in zip(terms, plan.facets))
    return w


def facet_held(element: str, P: Params, r: str = "r") -> str:
    """The report ``r`` states the element: a fact of that kind, or (contact) any contact field."""
    if element == "contact":
        return "(" + " OR ".join(f"coalesce({r}.{c}, '') NOT IN ('', '[]')"
                                 for c in CONTACT_COLUMNS.values()) + ")"
    return (f"EXISTS (SELECT 1 FROM effective_facts fh WHERE fh.report_id = {r}.report_id "
            f"AND fh.kind = {P.add('facet', element)})")


def facets_missing(plan: QueryPlan, P: Params, names: dict) -> str:
    """The names of the plan's elements the report ``r`` does not state, joined by 、 ('' for
    none): the value of 缺了哪几项要素."""
    parts = [f"CASE WHEN {facet_held(e, P)} THEN '' ELSE {P.add('fname', names[e] + '、')} END"
             for e, _ in plan.facets]
    return f"rtrim({' || '.join(parts)}, '、')"


def region_term(plan: QueryPlan, P: Params, r: str = "r") -> str:
    """The plan's region on effective_reports (alias ``r``; "" for none): the place stated, or
    a stored city or county inside it (``plan.region_within``: 杭州市 finds a report stating
    滨江区 only). 去掉上海的: every other report, one of no stated place too."""
    pre = f"{r}." if r else ""
    terms = [f"{pre}{REGION_COLUMNS[col]} = {P.add('region', val)}"
             for col, val in (plan.region, *plan.also_regions)]
    terms += [f"{pre}{REGION_COLUMNS[col]} IN ({P.many('within', vals)})" for col, vals in plan.region_within]
    inside = terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"
    if plan.region_of:   # 南京市鼓楼区: of the 鼓楼区 reports, those stating 南京市 or named after it
        outer = plan.region_of
        bare = outer[:-1] if len(outer) >= 3 and outer[-1] in "市省" else outer
        inside = (f"({inside} AND ({pre}city = {P.add('region_of', outer)} OR {pre}province = "
                  f"{P.add('region_of', outer)} OR {pre}organ_name LIKE {P.add('region_of', bare + '%')}))")
    if plan.less_regions:   # 新疆 but 乌鲁木齐: those of the places taken out, never kept
        less = [f"{pre}{REGION_COLUMNS[col]} = {P.add('less', val)}" for col, val in plan.less_regions]
        less += [f"{pre}{REGION_COLUMNS[col]} IN ({P.many('less_within', vals)})"
                 for col, vals in plan.less_within]
        inside = f"({inside} AND NOT coalesce(({' OR '.join(less)}), 0))"
    return f"NOT coalesce({inside}, 0)" if plan.region_not else inside


def post_match(post: str, P: Params, f: str = "f") -> str:
    """A responsible_official fact (alias ``f``) naming ``post``, also inside a longer post
    (副局长 finds 分管副局长), but not its deputy (局长 does not find 副局长)."""
    terms = []
    for form in written_forms(post):   # 副局长, and 副局長 as a report may print it
        pat = P.add("post", like(form))
        term = (f"({f}.value LIKE {pat} ESCAPE '\\' OR ({f}.value IS NULL "
                f"AND {f}.text LIKE {pat} ESCAPE '\\'))")
        if not post.startswith("副"):
            term += (f" AND coalesce({f}.value, {f}.text) NOT LIKE "
                     f"{P.add('post', like('副' + form))} ESCAPE '\\'")
        terms.append(term)
    return "(" + " OR ".join(f"({t})" for t in terms) + ")" if len(terms) > 1 else terms[0]


def written_forms(s: str) -> list[str]:
    """``s`` as typed (simplified) and, when it differs, in traditional characters: a fact a
    report printed in traditional characters (黨政辦公室) is found by the simplified filter."""
    from extractor.labels import to_traditional
    return list(dict.fromkeys((s, to_traditional(s))))


def channel_term(plan, P: Params, r: str = "r") -> str:
    """The report ``r`` names the plan's channel, or one of its group (政务新媒体: wechat, weibo,
    app or video, rule channel_group); and each of ``channels_also`` (既有公开栏又设了查阅点)."""
    terms = [f"EXISTS (SELECT 1 FROM effective_facts cf WHERE cf.report_id = {r}.report_id "
             f"AND cf.kind = 'channel' AND cf.value IN ({P.many(name, c.split(','))}))"
             for name, c in (("channel", plan.channel),
                             *((f"channel_also{i}", c) for i, c in enumerate(plan.channels_also)))]
    return terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")"


def where(terms: list[str]) -> str:
    return ("WHERE " + "\n  AND ".join(terms)) if terms else ""


REPORT_COLS = "r.report_id, r.organ_id, r.organ_name, r.level, r.county, r.year, r.source_path"


def shown(rows_sql: str, order: str, value: str = "b.value") -> str:
    """The rows of ``rows_sql`` (sorted on ``order`` and limited, over narrow rows) with each
    report's file: the wide ``effective_reports`` is read for the rows shown only."""
    outer = ", ".join("b." + term.strip() for term in order.split(","))
    return (f"SELECT b.report_id, b.organ_name, b.level, b.county, b.year, {value} AS value, "
            f"r.source_path\nFROM ({rows_sql}) b\n"
            f"JOIN effective_reports r ON r.report_id = b.report_id\nORDER BY {outer}")


HAS_TABLE = {"t2.": "has_t2", "t3.": "has_t3", "t4.": "has_t4"}


def group_key(plan, P: Params) -> str:
    """The grouping column, or for the places a store holds (rule inventory: 有几个省的报告) the
    province (city) a report states, else the one its stated county, city or name lies in by
    the gazetteer (``plan.group_areas``, from the store's area map: one JSON parameter per
    column, looked up per row in SQL)."""
    g = GROUP_COLUMNS[plan.group_by]
    if not plan.group_areas:
        return g
    looked = [f"json_extract({P.add('areas', json.dumps(dict(pairs), ensure_ascii=False))}, "
              f"'$.\"' || {col} || '\"')" for col, pairs in plan.group_areas]
    own = [x for (col, _), x in zip(plan.group_areas, looked) if col == g]   # 临夏州: its full name
    return f"coalesce({', '.join(own + [g] + [x for x in looked if x not in own])})"


def grouped(base: str, group_by: str, P: Params, stats: str | None,
            values: str = "NULL, NULL, NULL, NULL", cond: str = "1", source: str = "base",
            key: str | None = None) -> Query:
    """Per group of the ``base`` rows meeting ``cond``: how many reports and organs, and
    ``values`` (total, mean, lo, hi of ``value``, or NULLs for a question with no figure)."""
    g = key or GROUP_COLUMNS[group_by]
    sql = base + (f"SELECT {g} AS grp, count(*) AS reports, count(DISTINCT organ_id) AS organs, "
                  f"{values}\nFROM {source} WHERE {cond} GROUP BY {g} ORDER BY {g}")
    return Query(sql, dict(P), stats, "grouped", ("grp", "reports", "organs", "total", "mean", "lo", "hi"))
