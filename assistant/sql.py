"""QueryPlan -> parameterised SQL over the store's effective (corrected) views.

Every query reads ``effective_reports``, ``effective_main_figures`` (one narrow row per
report: scope, main figures, rates), ``effective_figures``, ``effective_facts``,
``effective_checks`` (and the store's full-text index ``docs_fts`` for phrases). Questions
over many reports filter, sort and limit the narrow rows, then read ``effective_reports``
for the rows shown only (``shown``). Nothing a user typed is ever formatted into SQL text:
names, numbers, phrases and even the lexicon's figure keys travel as named parameters.
Column names that vary (a contact field, a region column, a grouping column) come from
fixed whitelists below.

``build(plan)`` returns a ``Query``: ``sql`` / ``params`` for the rows, and ``stats_sql``
(same parameters) giving how many reports matched the filters, how many stated the figure
and how many met the condition, so an answer can say "另有N份报告未填写该项" (an aggregate
computes them in the same pass: ``stats_in_row``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from store.schema import MAIN_FIGURES, RATES, T3_GROUPS, column

from . import vocab
from .keywords import shortfall_words
from .queryplan import QueryPlan

ROW_LIMIT = 500
CONTACT_COLUMNS = {"phones": "phones", "address": "address", "postcode": "postcode",
                   "fax": "fax", "email": "email", "website": "website"}
REGION_COLUMNS = {"county": "county", "city": "city", "province": "province"}
GROUP_COLUMNS = {"year": "year", "level": "level", "county": "county", "template": "template"}
_OPS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "eq": "=", "ne": "<>"}


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


class _Params(dict):
    def add(self, prefix: str, value) -> str:
        name = f"{prefix}{sum(1 for k in self if k.startswith(prefix))}"
        self[name] = value
        return ":" + name

    def many(self, prefix: str, values) -> str:
        return ", ".join(self.add(prefix, v) for v in values)


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def report_filters(plan: QueryPlan, P: _Params, r: str = "r") -> list[str]:
    """WHERE terms on effective_reports (alias ``r``) for the plan's filters."""
    w = []
    if plan.organ_ids:
        w.append(f"{r}.organ_id IN ({P.many('organ', plan.organ_ids)})")
    if plan.report_ids:
        w.append(f"{r}.report_id IN ({P.many('rid', plan.report_ids)})")
    if plan.levels:
        w.append(f"{r}.level IN ({P.many('level', plan.levels)})")
    if plan.years:
        w.append(f"{r}.year IN ({P.many('year', plan.years)})")
    if plan.template:
        w.append(f"{r}.template = {P.add('template', plan.template)}")
    if plan.multi_year:   # 哪些单位有多个年度的报告: organs (named) with reports of 2+ years
        w.append(f"{r}.organ_id IN (SELECT organ_id FROM effective_reports WHERE organ_id IS NOT NULL "
                 f"AND organ_name IS NOT NULL GROUP BY organ_id HAVING count(DISTINCT year) > 1)")
    if plan.region:
        col = REGION_COLUMNS[plan.region[0]]
        w.append(f"{r}.{col} = {P.add('region', plan.region[1])}")
    if plan.channel and plan.kind != "fact":
        sub = (f"SELECT 1 FROM effective_facts cf WHERE cf.report_id = {r}.report_id "
               f"AND cf.kind = 'channel' AND cf.value = {P.add('channel', plan.channel)}")
        w.append(("NOT EXISTS" if plan.negate else "EXISTS") + f" ({sub})")
    if plan.table in _HAS_TABLE and plan.kind == "figure":   # 表二里…: reports with that table
        has = _HAS_TABLE[plan.table]
        w.append(f"{r}.{has} = 1" if r == "r" else
                 f"{r}.report_id IN (SELECT report_id FROM effective_reports WHERE {has} = 1)")
    if plan.official:
        w.append(f"EXISTS (SELECT 1 FROM effective_facts of WHERE of.report_id = {r}.report_id "
                 f"AND of.kind = 'responsible_official' AND {post_match(plan.official, P, 'of')})")
    return w


def post_match(post: str, P: _Params, f: str = "f") -> str:
    """A responsible_official fact (alias ``f``) naming ``post``, also inside a longer post
    (副局长 finds 分管副局长), but not its deputy (局长 does not find 副局长)."""
    like = P.add("post", _like(post))
    term = (f"({f}.value LIKE {like} ESCAPE '\\' OR ({f}.value IS NULL "
            f"AND {f}.text LIKE {like} ESCAPE '\\'))")
    if not post.startswith("副"):
        term += (f" AND coalesce({f}.value, {f}.text) NOT LIKE "
                 f"{P.add('post', _like('副' + post))} ESCAPE '\\'")
    return term


def _where(terms: list[str]) -> str:
    return ("WHERE " + "\n  AND ".join(terms)) if terms else ""


_REPORT_COLS = "r.report_id, r.organ_id, r.organ_name, r.level, r.county, r.year, r.source_path"


def build(plan: QueryPlan, limit: int = ROW_LIMIT) -> Query:
    fn = {"figure": _figure, "contact": _contact, "fact": _fact, "text": _text,
          "check": _check, "coverage": _coverage, "reports": _reports}.get(plan.kind)
    if fn is None:
        raise PlanError(f"no query for a plan of kind '{plan.kind}'")
    return fn(plan, limit)


# -- figures -------------------------------------------------------------------------------

def value_sql(metric_id: str, P: _Params) -> tuple[str, str]:
    """(CTE selecting report_id + the metric's parts per report, value expression over it).

    A metric whose keys are all store main figures reads the wide ``effective_main_figures``
    (one row per report, no grouping: several times faster on 100k reports); any other
    groups ``effective_figures`` by report."""
    m = vocab.metric(metric_id)
    parts = [("k", m.keys), ("d", m.den), ("f", m.fallback)]
    if not m.any_part and all(k in MAIN_FIGURES for k in m.all_keys()):
        cols = []
        for tag, keys in parts:
            if keys:
                names = [column(k) for k in keys]
                cols.append(" + ".join(names) + f" AS {tag}_sum, "
                            + " + ".join(f"({n} IS NOT NULL)" for n in names) + f" AS {tag}_n")
        cte = f"v AS (SELECT report_id, {', '.join(cols)} FROM effective_main_figures)"
        return cte, _value_expr(m)
    cols, allk = [], []
    for tag, keys in parts:
        if not keys:
            continue
        marks = P.many("key", keys)
        allk.extend(keys)
        cols.append(f"sum(CASE WHEN key IN ({marks}) THEN value END) AS {tag}_sum, "
                    f"count(CASE WHEN key IN ({marks}) THEN 1 END) AS {tag}_n")
    allmarks = P.many("key", list(dict.fromkeys(allk)))
    cte = (f"v AS (SELECT report_id, {', '.join(cols)}\n"
           f"  FROM effective_figures WHERE key IN ({allmarks}) GROUP BY report_id)")
    return cte, _value_expr(m)


def main_value(metric_id: str) -> str | None:
    """The metric as an expression over one ``effective_main_figures m`` row (its main
    figures, rates and table 3 group totals), or None when it needs other figures."""
    m = vocab.metric(metric_id)
    if m.is_ratio:
        return f"m.{m.id}" if RATES.get(m.id) == (m.keys, m.den) and not m.fallback else None
    if m.any_part:
        col = next((c for c, keys in T3_GROUPS.items() if keys == m.keys), None)
        return f"m.{col}" if col and not m.fallback else None
    if not all(k in MAIN_FIGURES for k in m.all_keys()):
        return None
    total = lambda keys: "(" + " + ".join(f"m.{column(k)}" for k in keys) + ")"  # noqa: E731
    # a sum is NULL unless every key is stated
    return f"coalesce({total(m.keys)}, {total(m.fallback)})" if m.fallback else total(m.keys)


def figure_base(plan: QueryPlan, P: _Params) -> str:
    """``WITH … base AS (report_id, organ_id, organ_name, level, county, year, value)``: the
    plan's metric for every report in scope, read from the store's one narrow row per report
    (``effective_main_figures``, which also carries the scope columns) when it keeps the
    metric there, else grouped from ``effective_figures``."""
    expr = main_value(plan.metric)
    more = [main_value(m) for m in plan.other_metrics]   # 行政复议和行政诉讼都为零
    if None in more:
        raise PlanError("figures asked together must each be kept per report")
    if expr is not None:
        extra = "".join(f", {e} AS v{i}" for i, e in enumerate(more, 1))
        return (f"WITH base AS (SELECT m.report_id, m.organ_id, m.organ_name, m.level, m.county, "
                f"m.year, {expr} AS value{extra}\n  FROM effective_main_figures m\n"
                f"  {_where(report_filters(plan, P, 'm'))})\n")
    if more:
        raise PlanError("figures asked together must each be kept per report")
    cte, expr = value_sql(plan.metric, P)
    join = "JOIN" if "effective_main_figures" in cte else "LEFT JOIN"
    return (f"WITH {cte},\nbase AS (SELECT r.report_id, r.organ_id, r.organ_name, r.level, "
            f"r.county, r.year, {expr} AS value\n"
            f"  FROM effective_reports r {join} v ON v.report_id = r.report_id\n"
            f"  {_where(report_filters(plan, P))})\n")


def shown(rows_sql: str, order: str, value: str = "b.value") -> str:
    """The rows of ``rows_sql`` (sorted on ``order`` and limited, over narrow rows) with each
    report's file: the wide ``effective_reports`` is read for the rows shown only."""
    outer = ", ".join("b." + term.strip() for term in order.split(","))
    return (f"SELECT b.report_id, b.organ_name, b.level, b.county, b.year, {value} AS value, "
            f"r.source_path\nFROM ({rows_sql}) b\n"
            f"JOIN effective_reports r ON r.report_id = b.report_id\nORDER BY {outer}")


def _value_expr(m) -> str:
    nk = len(m.keys)
    if m.any_part:   # rows of one table group: the sum of those stated (one stated at least)
        return "CASE WHEN v.k_n > 0 THEN v.k_sum END"
    if m.is_ratio:
        expr = (f"CASE WHEN v.k_n = {nk} AND v.d_n = {len(m.den)} AND v.d_sum <> 0 "
                f"THEN 1.0 * v.k_sum / v.d_sum END")
    elif m.fallback:
        expr = (f"CASE WHEN v.k_n = {nk} THEN v.k_sum "
                f"WHEN v.f_n = {len(m.fallback)} THEN v.f_sum END")
    else:
        expr = f"CASE WHEN v.k_n = {nk} THEN v.k_sum END"
    return expr


def _cond(plan: QueryPlan, P: _Params, col: str = "value") -> str:
    if plan.op == "stated" or plan.op is None:
        return f"{col} IS NOT NULL"
    if plan.op == "blank":   # 未填报收到申请数: the reports that left the figure blank
        return f"{col} IS NULL"
    if plan.vs_mean:   # 超过平均值: the mean over the reports in scope
        return f"{col} {_OPS[plan.op]} (SELECT avg(value) FROM base)"
    if plan.op == "between":   # 在10件到100件之间, both ends included
        return f"{col} BETWEEN {P.add('n', plan.threshold)} AND {P.add('n', plan.threshold2)}"
    return f"{col} {_OPS[plan.op]} {P.add('n', plan.threshold)}"


def _figure(plan: QueryPlan, limit: int) -> Query:
    if not plan.metric:
        raise PlanError("a figure question needs a metric")
    if plan.yoy:
        return _yoy(plan, limit)
    P = _Params()
    base = figure_base(plan, P)
    cols = ["value"] + [f"v{i}" for i in range(1, len(plan.other_metrics) + 1)]
    cond = " AND ".join(_cond(plan, P, c) for c in cols)   # every figure asked meets it
    stated = " AND ".join(f"{c} IS NOT NULL" for c in cols)
    counts = (f"count(*) AS reports, count(CASE WHEN {stated} THEN 1 END) AS stated, "
              f"count(CASE WHEN {cond} THEN 1 END) AS matched, "
              f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) AS organs")
    stats = base + f"SELECT {counts} FROM base"
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    sel = "SELECT report_id, organ_name, level, county, year, value FROM base"
    if plan.group_by == "template":
        raise PlanError("figures are not grouped by template (effective_main_figures has none)")
    if plan.group_by:
        g = GROUP_COLUMNS[plan.group_by]
        sql = base + (f"SELECT {g} AS grp, count(*) AS reports, count(DISTINCT organ_id) AS organs, "
                      f"sum(value) AS total, avg(value) AS mean, min(value) AS lo, max(value) AS hi\n"
                      f"FROM base WHERE {cond} GROUP BY {g} ORDER BY {g}")
        return Query(sql, dict(P), stats, "grouped",
                     ("grp", "reports", "organs", "total", "mean", "lo", "hi"))
    if plan.agg in ("max", "min"):
        fn = plan.agg
        order = "organ_name, year, report_id"
        sql = base + shown(f"{sel}\nWHERE value = (SELECT {fn}(value) FROM base WHERE {cond})\n"
                           f"ORDER BY {order} LIMIT {P.add('limit', limit)}", order)
        return Query(sql, dict(P), stats, "rows", cols)
    if plan.agg in ("avg", "sum", "count"):   # one pass over the reports, the stats included
        sql = base + (f"SELECT count(CASE WHEN {cond} THEN 1 END) AS reports, "
                      f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) AS organs, "
                      f"sum(CASE WHEN {cond} THEN value END) AS total, "
                      f"avg(CASE WHEN {cond} THEN value END) AS mean,\n  {counts} FROM base")
        return Query(sql, dict(P), None, "aggregate", ("reports", "organs", "total", "mean"),
                     stats_in_row=True)
    if plan.top:
        # 前3个: the first 3, and any tied with the third (never one of two equals dropped)
        asc = plan.order == "asc"
        order = f"value {'ASC' if asc else 'DESC'}, organ_name, year, report_id"
        edge = (f"coalesce((SELECT value FROM base WHERE {cond} ORDER BY value "
                f"{'ASC' if asc else 'DESC'} LIMIT 1 OFFSET {P.add('n', plan.top - 1)}), "
                f"(SELECT {'max' if asc else 'min'}(value) FROM base WHERE {cond}))")
        sql = base + shown(f"{sel}\nWHERE {cond} AND value {'<=' if asc else '>='} {edge}\n"
                           f"ORDER BY {order} LIMIT {P.add('limit', limit)}", order)
        return Query(sql, dict(P), stats, "rows", cols)
    order = "year DESC, value DESC, organ_name, report_id"
    sql = base + shown(f"{sel}\nWHERE {cond}\nORDER BY {order} LIMIT {P.add('limit', limit)}",
                       order)
    return Query(sql, dict(P), stats, "rows", cols)


_YOY = {"up": ">", "down": "<", "change": "<>"}


def _yoy(plan: QueryPlan, limit: int) -> Query:
    """同比 / 比上年: each report beside the same organ's report of the year before (the
    plan's years filter this year only); the condition is on the change."""
    P = _Params()
    base = figure_base(replace(plan, years=()), P)   # every year: the year before is needed
    years = f"b.year IN ({P.many('year', plan.years)})" if plan.years else "1"
    base += (f", scope AS (SELECT * FROM base b WHERE {years}),\n"
             f"pairs AS (SELECT b.*, p.value AS prev FROM scope b JOIN base p "
             f"ON p.organ_id = b.organ_id AND p.year = b.year - 1 "
             f"WHERE b.value IS NOT NULL AND p.value IS NOT NULL)\n")
    cond = f"value {_YOY[plan.yoy]} prev"
    stats = base + (f"SELECT (SELECT count(*) FROM scope), count(*), "
                    f"count(CASE WHEN {cond} THEN 1 END), "
                    f"count(DISTINCT CASE WHEN {cond} THEN organ_id END) FROM pairs")
    order = "abs(value - prev) DESC, organ_name, year, report_id"
    rows = f"SELECT * FROM pairs WHERE {cond} ORDER BY {order} LIMIT {P.add('limit', limit)}"
    sql = base + (f"SELECT b.report_id, b.organ_name, b.level, b.county, b.year, b.value, "
                  f"r.source_path, b.prev\nFROM ({rows}) b\n"
                  f"JOIN effective_reports r ON r.report_id = b.report_id\n"
                  f"ORDER BY abs(b.value - b.prev) DESC, b.organ_name, b.year, b.report_id")
    return Query(sql, dict(P), stats, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", "source_path",
                  "prev"))


# -- reports, coverage, checks --------------------------------------------------------------

def _reports_query(plan, P, extra: list[str], limit: int, value: str = "NULL") -> Query:
    """Reports in scope; ``value`` (an expression over ``effective_reports r``) is computed
    for the rows shown only."""
    base = (f"WITH base AS (SELECT r.report_id, r.organ_id, r.organ_name, r.level, r.county, "
            f"r.year, r.template FROM effective_reports r\n  {_where(report_filters(plan, P) + extra)})\n")
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    stats = base + ("SELECT count(*) AS reports, count(*) AS stated, count(*) AS matched, "
                    "count(DISTINCT organ_id) AS organs FROM base")
    if plan.group_by:
        g = GROUP_COLUMNS[plan.group_by]
        sql = base + (f"SELECT {g} AS grp, count(*) AS reports, count(DISTINCT organ_id) AS organs, "
                      f"NULL AS total, NULL AS mean, NULL AS lo, NULL AS hi FROM base "
                      f"GROUP BY {g} ORDER BY {g}")
        return Query(sql, dict(P), stats, "grouped",
                     ("grp", "reports", "organs", "total", "mean", "lo", "hi"))
    if plan.agg == "count":   # one pass, the stats included
        sql = base + ("SELECT count(*) AS reports, count(DISTINCT organ_id) AS organs, NULL, NULL, "
                      "count(*), count(*), count(*), count(DISTINCT organ_id) FROM base")
        return Query(sql, dict(P), None, "aggregate", ("reports", "organs", "total", "mean"),
                     stats_in_row=True)
    order = "year DESC, organ_name, report_id"
    sql = base + shown(f"SELECT * FROM base ORDER BY {order} LIMIT {P.add('limit', limit)}",
                       order, value)
    return Query(sql, dict(P), stats, "rows", cols)


def _reports(plan: QueryPlan, limit: int) -> Query:
    return _reports_query(plan, _Params(), [], limit)


_HAS_TABLE = {"t2.": "has_t2", "t3.": "has_t3", "t4.": "has_t4"}


def _coverage(plan: QueryPlan, limit: int) -> Query:
    # the store keeps, per report, whether any figure of each table is stated
    if plan.tables:   # 有表三但没填表四
        return _reports_query(plan, _Params(), [f"r.{_HAS_TABLE[t]} = {int(filled)}"
                                                for t, filled in plan.tables], limit)
    has = 1 if plan.covered else 0
    if plan.table == "*":   # 表格全是空白 / 有表格数据: all three tables blank, or any filled in
        every = " OR ".join(f"r.{c} = 1" for c in _HAS_TABLE.values())
        return _reports_query(plan, _Params(), [f"({every})" if has else f"NOT ({every})"], limit)
    return _reports_query(plan, _Params(), [f"r.{_HAS_TABLE[plan.table]} = {has}"], limit)


def _check(plan: QueryPlan, limit: int) -> Query:
    P = _Params()
    if plan.check == "*":
        rule = "c.severity = 'hard'"
        if plan.table in _HAS_TABLE:
            rule += (f" AND c.rule >= {P.add('rule', plan.table)} "
                     f"AND c.rule < {P.add('rule', _upper(plan.table))}")
    else:
        prefix = plan.check
        if plan.table == "t4." and prefix.startswith("t3.sum"):
            prefix = "t4.sum."
        rule = (f"c.rule >= {P.add('rule', prefix)} AND c.rule < {P.add('rule', _upper(prefix))}")
    dismissed = ("NOT EXISTS (SELECT 1 FROM check_verdicts cv WHERE cv.report_id = c.report_id "
                 "AND cv.rule = c.rule AND cv.verdict = 'dismissed' AND cv.id = (SELECT max(id) "
                 "FROM check_verdicts cw WHERE cw.report_id = c.report_id AND cw.rule = c.rule))")
    # from the failing rows (few, through the store's (ok, rule) index), not from every report
    extra = [f"r.report_id IN (SELECT c.report_id FROM effective_checks c "
             f"WHERE c.ok = 0 AND {rule} AND {dismissed})"]
    value = (f"(SELECT group_concat(c.rule || '：' || coalesce(c.message, ''), '；') "
             f"FROM effective_checks c WHERE c.report_id = r.report_id AND c.ok = 0 AND {rule})")
    return _reports_query(plan, P, extra, limit, value)


# -- contact, facts, text ---------------------------------------------------------------------

def _contact(plan: QueryPlan, limit: int) -> Query:
    """One field: its value per report (``value``). Several (地址和电话): a column each, and
    ``value`` NULL (no one value answers them)."""
    P = _Params()
    fields = plan.contact_fields or (plan.contact_field,)
    cols = [CONTACT_COLUMNS[f] for f in fields]
    filters = report_filters(plan, P)
    if plan.listing:   # 哪些单位公布了电子邮箱 / 没有写联系电话: the reports that state it or not
        filters.extend(f"coalesce(r.{CONTACT_COLUMNS[f]}, '') "
                       f"{'' if plan.negate or f in plan.contact_missing else 'NOT '}IN ('', '[]')"
                       for f in fields)
    if len(cols) == 1:
        picked, extra = f"r.{cols[0]} AS value", ()
    else:
        picked = "NULL AS value, " + ", ".join(f"r.{c} AS c_{c}" for c in cols)
        extra = tuple(f"c_{c}" for c in cols)
    sql = (f"SELECT {_REPORT_COLS.replace('r.source_path', picked + ', r.source_path')}\n"
           f"FROM effective_reports r\n{_where(filters)}\n"
           f"ORDER BY r.year DESC, r.organ_name LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", *extra,
                  "source_path"))


def _fact(plan: QueryPlan, limit: int) -> Query:
    P = _Params()
    kind = plan.fact_kind or "channel"
    filters = report_filters(plan, P)
    if kind == "channel" and plan.channel:
        sub_where = (f"f.report_id = r.report_id AND f.kind = 'channel' AND "
                     f"f.value = {P.add('channel', plan.channel)}")
        if plan.negate:
            return _reports_query(plan, P, [f"NOT EXISTS (SELECT 1 FROM effective_facts f WHERE {sub_where})"],
                                  limit)
        value = f"(SELECT f.text FROM effective_facts f WHERE {sub_where} ORDER BY f.seq LIMIT 1)"
        return _reports_query(plan, P, [f"EXISTS (SELECT 1 FROM effective_facts f WHERE {sub_where})"],
                              limit, value)
    k = P.add("kind", kind)
    if plan.negate:   # 哪些报告没写分管领导: the reports without that fact
        return _reports_query(plan, P, [f"NOT EXISTS (SELECT 1 FROM effective_facts f WHERE "
                                        f"f.report_id = r.report_id AND f.kind = {k})"], limit)
    where = [f"f.kind = {k}"] + filters
    if kind == "responsible_official" and plan.official:
        # 分管领导是副镇长: only the facts naming that post (not 党委书记 of the same report)
        where.append(post_match(plan.official, P))
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, "
           f"coalesce(f.value, f.text) AS value, f.text, r.source_path, f.span_start, f.span_end\n"
           f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
           f"{_where(where)}\n"
           f"ORDER BY r.year DESC, r.organ_name, f.seq LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", "text",
                  "source_path", "span_start", "span_end"))


def _text(plan: QueryPlan, limit: int) -> Query:
    P = _Params()
    kinds = plan.text_kinds or ("problem", "remedy")
    filters = report_filters(plan, P)
    cols = ("report_id", "organ_name", "level", "county", "year", "kind", "text", "source_path",
            "hit")
    if plan.keywords:   # the phrase's words in one problem or remedy (工作力量不足 -> 力量 + 不足)
        kk = P.many("tk", [k for k in kinds if k in ("problem", "remedy")] or ["problem", "remedy"])
        terms = [f"f.text LIKE {P.add('kw', _like(w))} ESCAPE '\\'" for w in plan.keywords]
        if plan.shortfall:
            terms.append("(" + " OR ".join(f"f.text LIKE {P.add('kw', _like(w))} ESCAPE '\\'"
                                           for w in shortfall_words()) + ")")
        sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, f.kind, f.text, "
               f"r.source_path, f.span_start AS hit\n"
               f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
               f"{_where([f'f.kind IN ({kk})'] + terms + filters)}\n"
               f"ORDER BY r.year DESC, r.organ_name, f.seq LIMIT {P.add('limit', limit)}")
        return Query(sql, dict(P), None, "rows", cols)
    if not plan.phrase:
        kk = P.many("tk", [k for k in kinds if k != "text"] or ["problem"])
        has = f"EXISTS (SELECT 1 FROM effective_facts f WHERE f.report_id = r.report_id AND f.kind IN ({kk}))"
        if plan.text_missing:   # 列了问题但没写改进措施
            return _reports_query(plan, P, [
                ("NOT " if k in plan.text_missing else "") + "EXISTS (SELECT 1 FROM effective_facts f "
                f"WHERE f.report_id = r.report_id AND f.kind = {P.add('tk', k)})"
                for k in plan.text_kinds], limit)
        if plan.negate:   # 哪些报告没有写改进措施
            return _reports_query(plan, P, ["NOT " + has], limit)
        if plan.agg == "count" and plan.count_unit != "item":   # 有多少份报告写了问题
            return _reports_query(plan, P, [has], limit)
        if plan.agg == "count":   # 列了几条问题: the items
            sql = (f"SELECT count(DISTINCT r.report_id), count(DISTINCT r.organ_id), count(*), NULL\n"
                   f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
                   f"{_where([f'f.kind IN ({kk})'] + filters)}")
            return Query(sql, dict(P), None, "aggregate", ("reports", "organs", "total", "mean"))
        sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, f.kind, f.text, "
               f"r.source_path, f.span_start AS hit\n"
               f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
               f"{_where([f'f.kind IN ({kk})'] + filters)}\n"
               f"ORDER BY r.year DESC, r.organ_name, f.seq LIMIT {P.add('limit', limit)}")
        return Query(sql, dict(P), None, "rows", cols)
    kk = P.many("tk", kinds)
    phrase = plan.phrase
    if len(phrase) >= 3:
        match = (f"d.id IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH "
                 f"{P.add('fts', chr(34) + phrase.replace(chr(34), chr(34) * 2) + chr(34))})")
    else:
        match = f"d.body LIKE {P.add('like', _like(phrase))} ESCAPE '\\'"
    live = ("(d.fact_id IS NULL OR EXISTS (SELECT 1 FROM effective_facts e "
            "WHERE e.report_id = d.report_id AND e.fact_id = d.fact_id))")
    like = P.add("like", _like(phrase))
    # the hits are sorted and limited on narrow rows: the store's docs_kind index gives each
    # hit's kind and report without reading its text (SQLite would read the row: 2x slower
    # at 100k reports), effective_main_figures the report's scope; the texts and files are
    # read for the rows shown only
    filters = report_filters(plan, P, "m")
    added = ["f.correction_id IS NOT NULL", f"f.kind IN ({kk})",
             f"f.text LIKE {like} ESCAPE '\\'"]
    hits = (f"SELECT d.id AS doc_id, m.report_id AS report_id, m.organ_name AS organ_name, "
            f"m.level AS level, m.county AS county, m.year AS year, d.kind AS kind, NULL AS text\n"
            f"FROM docs d INDEXED BY docs_kind "
            f"JOIN effective_main_figures m ON m.report_id = d.report_id\n"
            f"{_where([match, f'd.kind IN ({kk})', live] + filters)}\n"
            f"UNION ALL\n"
            f"SELECT NULL, m.report_id, m.organ_name, m.level, m.county, m.year, f.kind, f.text\n"
            f"FROM effective_facts f JOIN effective_main_figures m ON m.report_id = f.report_id\n"
            f"{_where(added + filters)}\n"
            f"ORDER BY year DESC, organ_name, report_id, kind, doc_id "
            f"LIMIT {P.add('limit', limit)}")
    sql = (f"SELECT h.report_id, h.organ_name, h.level, h.county, h.year, h.kind, "
           f"CASE WHEN h.doc_id IS NULL THEN h.text WHEN h.kind = 'text' THEN NULL "
           f"ELSE d.body END AS text, r.source_path, "
           f"instr(d.body, {P.add('phrase', phrase)}) - 1 AS hit\n"
           f"FROM ({hits}) h\nJOIN effective_reports r ON r.report_id = h.report_id\n"
           f"LEFT JOIN docs d ON d.id = h.doc_id\n"
           f"ORDER BY h.year DESC, h.organ_name, h.report_id, h.kind, h.doc_id")
    return Query(sql, dict(P), None, "rows", cols)
