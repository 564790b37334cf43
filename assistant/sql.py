"""QueryPlan -> parameterised SQL over the store's effective (corrected) views.

Every query reads ``effective_reports``, ``effective_figures``, ``effective_facts``,
``effective_checks`` (and the store's full-text index ``docs_fts`` for phrases); nothing a
user typed is ever formatted into SQL text: names, numbers, phrases and even the lexicon's
figure keys travel as named parameters. Column names that vary (a contact field, a region
column, a grouping column) come from fixed whitelists below.

``build(plan)`` returns a ``Query``: ``sql`` / ``params`` for the rows, and ``stats_sql``
(same parameters) giving how many reports matched the filters, how many stated the figure
and how many met the condition, so an answer can say "另有N份报告未填写该项".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from store.schema import MAIN_FIGURES, column

from . import vocab
from .plan import QueryPlan

ROW_LIMIT = 500
CONTACT_COLUMNS = {"phones": "phones", "address": "address", "postcode": "postcode",
                   "fax": "fax", "email": "email", "website": "website"}
REGION_COLUMNS = {"county": "county", "city": "city", "province": "province"}
GROUP_COLUMNS = {"year": "year", "level": "level", "county": "county"}
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
    if plan.levels:
        w.append(f"{r}.level IN ({P.many('level', plan.levels)})")
    if plan.years:
        w.append(f"{r}.year IN ({P.many('year', plan.years)})")
    if plan.region:
        col = REGION_COLUMNS[plan.region[0]]
        w.append(f"{r}.{col} = {P.add('region', plan.region[1])}")
    if plan.channel and plan.kind != "fact":
        sub = (f"SELECT 1 FROM effective_facts cf WHERE cf.report_id = {r}.report_id "
               f"AND cf.kind = 'channel' AND cf.value = {P.add('channel', plan.channel)}")
        w.append(("NOT EXISTS" if plan.negate else "EXISTS") + f" ({sub})")
    if plan.official:
        like = P.add("official", _like(plan.official))
        w.append(f"EXISTS (SELECT 1 FROM effective_facts of WHERE of.report_id = {r}.report_id "
                 f"AND of.kind = 'responsible_official' AND (of.value LIKE {like} ESCAPE '\\' "
                 f"OR of.text LIKE {like} ESCAPE '\\'))")
    return w


def _where(terms: list[str]) -> str:
    return ("WHERE " + "\n  AND ".join(terms)) if terms else ""


_REPORT_COLS = "r.report_id, r.organ_name, r.level, r.county, r.year, r.source_path"


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
    m = vocab.metrics()[metric_id]
    parts = [("k", m.keys), ("d", m.den), ("f", m.fallback)]
    if all(k in MAIN_FIGURES for k in m.all_keys()):
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


def _value_expr(m) -> str:
    nk = len(m.keys)
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
    return f"{col} {_OPS[plan.op]} {P.add('n', plan.threshold)}"


def _figure(plan: QueryPlan, limit: int) -> Query:
    if not plan.metric:
        raise PlanError("a figure question needs a metric")
    P = _Params()
    cte, expr = value_sql(plan.metric, P)
    # every report has its effective_main_figures row: an inner join lets SQLite flatten
    # that view instead of materialising it whole
    join = "JOIN" if "effective_main_figures" in cte else "LEFT JOIN"
    base = (f"WITH {cte},\nbase AS (SELECT {_REPORT_COLS}, {expr} AS value\n"
            f"  FROM effective_reports r {join} v ON v.report_id = r.report_id\n"
            f"  {_where(report_filters(plan, P))})\n")
    cond = _cond(plan, P)
    stats = base + (f"SELECT count(*) AS reports, count(value) AS stated, "
                    f"count(CASE WHEN {cond} THEN 1 END) AS matched, "
                    f"count(DISTINCT CASE WHEN {cond} THEN organ_name END) AS organs FROM base")
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    sel = "SELECT report_id, organ_name, level, county, year, value, source_path FROM base"
    if plan.group_by:
        g = GROUP_COLUMNS[plan.group_by]
        sql = base + (f"SELECT {g} AS grp, count(*) AS reports, count(DISTINCT organ_name) AS organs, "
                      f"sum(value) AS total, avg(value) AS mean, min(value) AS lo, max(value) AS hi\n"
                      f"FROM base WHERE {cond} GROUP BY {g} ORDER BY {g}")
        return Query(sql, dict(P), stats, "grouped",
                     ("grp", "reports", "organs", "total", "mean", "lo", "hi"))
    if plan.agg in ("max", "min"):
        fn = plan.agg
        sql = base + (f"{sel}\nWHERE value = (SELECT {fn}(value) FROM base WHERE {cond})\n"
                      f"ORDER BY organ_name, year LIMIT {P.add('limit', limit)}")
        return Query(sql, dict(P), stats, "rows", cols)
    if plan.agg in ("avg", "sum", "count"):
        sql = base + (f"SELECT count(*) AS reports, count(DISTINCT organ_name) AS organs, "
                      f"sum(value) AS total, avg(value) AS mean FROM base WHERE {cond}")
        return Query(sql, dict(P), stats, "aggregate", ("reports", "organs", "total", "mean"))
    if plan.top:
        order = "ASC" if plan.order == "asc" else "DESC"
        sql = base + (f"{sel}\nWHERE {cond}\nORDER BY value {order}, organ_name, year "
                      f"LIMIT {P.add('limit', plan.top)}")
        return Query(sql, dict(P), stats, "rows", cols)
    sql = base + (f"{sel}\nWHERE {cond}\nORDER BY year DESC, value DESC, organ_name "
                  f"LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), stats, "rows", cols)


# -- reports, coverage, checks --------------------------------------------------------------

def _reports_query(plan, P, extra: list[str], limit: int, value: str = "NULL") -> Query:
    base = (f"WITH base AS (SELECT {_REPORT_COLS}, {value} AS value FROM effective_reports r\n"
            f"  {_where(report_filters(plan, P) + extra)})\n")
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    stats = base + ("SELECT count(*) AS reports, count(*) AS stated, count(*) AS matched, "
                    "count(DISTINCT organ_name) AS organs FROM base")
    if plan.group_by:
        g = GROUP_COLUMNS[plan.group_by]
        sql = base + (f"SELECT {g} AS grp, count(*) AS reports, count(DISTINCT organ_name) AS organs, "
                      f"NULL AS total, NULL AS mean, NULL AS lo, NULL AS hi FROM base "
                      f"GROUP BY {g} ORDER BY {g}")
        return Query(sql, dict(P), stats, "grouped",
                     ("grp", "reports", "organs", "total", "mean", "lo", "hi"))
    if plan.agg == "count":
        sql = base + "SELECT count(*) AS reports, count(DISTINCT organ_name) AS organs, NULL, NULL FROM base"
        return Query(sql, dict(P), stats, "aggregate", ("reports", "organs", "total", "mean"))
    sql = base + (f"SELECT report_id, organ_name, level, county, year, value, source_path FROM base\n"
                  f"ORDER BY year DESC, organ_name LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), stats, "rows", cols)


def _reports(plan: QueryPlan, limit: int) -> Query:
    return _reports_query(plan, _Params(), [], limit)


_HAS_TABLE = {"t2.": "has_t2", "t3.": "has_t3", "t4.": "has_t4"}


def _coverage(plan: QueryPlan, limit: int) -> Query:
    # the store keeps, per report, whether any figure of each table is stated
    return _reports_query(plan, _Params(), [f"r.{_HAS_TABLE[plan.table]} = 0"], limit)


def _check(plan: QueryPlan, limit: int) -> Query:
    P = _Params()
    if plan.check == "*":
        rule = "c.severity = 'hard'"
        if plan.table:
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
    P = _Params()
    col = CONTACT_COLUMNS[plan.contact_field]
    filters = report_filters(plan, P)
    sql = (f"SELECT {_REPORT_COLS.replace('r.source_path', f'r.{col} AS value, r.source_path')}\n"
           f"FROM effective_reports r\n{_where(filters)}\n"
           f"ORDER BY r.year DESC, r.organ_name LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", "source_path"))


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
    where = [f"f.kind = {k}"] + filters
    if kind == "responsible_official" and plan.official:
        # 分管领导是副镇长: only the facts naming that post (not 党委书记 of the same report)
        post = P.add("post", plan.official)
        where.append(f"(f.value = {post} OR (f.value IS NULL AND f.text LIKE "
                     f"{P.add('post_like', _like(plan.official))} ESCAPE '\\'))")
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
    if not plan.phrase:
        kk = P.many("tk", [k for k in kinds if k != "text"] or ["problem"])
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
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, d.kind, "
           f"CASE WHEN d.kind = 'text' THEN NULL ELSE d.body END AS text, r.source_path, "
           f"instr(d.body, {P.add('phrase', phrase)}) - 1 AS hit\n"
           f"FROM docs d JOIN effective_reports r ON r.report_id = d.report_id\n"
           f"{_where([match, f'd.kind IN ({kk})', live] + filters)}\n"
           f"UNION ALL\n"
           f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, f.kind, f.text, "
           f"r.source_path, NULL\n"
           f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
           f"{_where(['f.correction_id IS NOT NULL', f'f.kind IN ({kk})', f'f.text LIKE {like} ESCAPE {chr(39)}{chr(92)}{chr(39)}'] + filters)}\n"
           f"ORDER BY 5 DESC, 2 LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows", cols)
