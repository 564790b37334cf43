"""QueryPlan -> parameterised SQL over the store's effective (corrected) views.

Every query reads ``effective_reports``, ``effective_main_figures`` (one narrow row per
report: scope, main figures, rates), ``effective_figures``, ``effective_facts``,
``effective_checks`` (and the store's full-text index ``docs_fts`` for phrases). Questions
over many reports filter, sort and limit the narrow rows, then read ``effective_reports``
for the rows shown only (``shown``). Nothing a user typed is ever formatted into SQL text:
names, numbers, phrases and even the lexicon's figure keys travel as named parameters.
Column names that vary (a contact field, a region column, a grouping column) come from
fixed whitelists (``assistant.sqlbase``); figure questions are ``assistant.figsql``'s.

``build(plan)`` returns a ``Query``: ``sql`` / ``params`` for the rows, and ``stats_sql``
(same parameters) giving how many reports matched the filters, how many stated the figure
and how many met the condition, so an answer can say "另有N份报告未填写该项" (an aggregate
computes them in the same pass: ``stats_in_row``).
"""
from __future__ import annotations

from extractor.selfcheck import rule_prefixes

from .facets import names as facet_names
from .figsql import figure_query
from .keywords import radical_twin, shortfall_words
from .queryplan import QueryPlan
from .sqlbase import (CONTACT_COLUMNS, channel_term, group_key, HAS_TABLE, OPS, REPORT_COLS, ROW_LIMIT, Params,
                      PlanError, Query, facets_missing, grouped, like, post_match, report_filters,
                      shown, upper, where)


def build(plan: QueryPlan, limit: int = ROW_LIMIT) -> Query:
    fn = {"figure": figure_query, "contact": _contact, "fact": _fact, "text": _text,
          "check": _check, "coverage": _coverage, "reports": _reports}.get(plan.kind)
    if fn is None:
        raise PlanError(f"no query for a plan of kind '{plan.kind}'")
    return fn(plan, limit)


# -- reports, coverage, checks --------------------------------------------------------------

def _reports_query(plan, P, extra: list[str], limit: int, value: str = "NULL") -> Query:
    """Reports in scope; ``value`` (an expression over ``effective_reports r``) is computed
    for the rows shown only."""
    base = (f"WITH base AS (SELECT r.report_id, r.organ_id, r.organ_name, r.level, r.county, "
            f"r.year, r.template, r.province, r.city FROM effective_reports r\n"
            f"  {where(report_filters(plan, P) + extra)})\n")
    cols = ("report_id", "organ_name", "level", "county", "year", "value", "source_path")
    stats = base + ("SELECT count(*) AS reports, count(*) AS stated, count(*) AS matched, "
                    "count(DISTINCT organ_id) AS organs FROM base")
    if plan.group_by:
        return grouped(base, plan.group_by, P, stats, key=group_key(plan, P))
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
    P = Params()
    if plan.facets_asked:   # 缺了哪几项要素: the elements each report lacks
        return _reports_query(plan, P, [], limit, facets_missing(plan, P, facet_names()))
    return _reports_query(plan, P, [], limit, "r.template" if plan.template_asked else "NULL")


def _coverage(plan: QueryPlan, limit: int) -> Query:
    # the store keeps, per report, whether any figure of each table is stated
    if plan.all_zero:   # 表格里每一格都是0: a cell stated, none of them other than 0
        # (表二表三都是0: a cell of each stated; 表格: of any of tables 2-4)
        tables = [t for t, _ in plan.tables] or (list(HAS_TABLE) if plan.table == "*" else [plan.table])
        P = Params()
        ranges = [(P.add("tk", t), P.add("tk", upper(t))) for t in tables]
        keys = lambda a: " OR ".join(f"({a}.key >= {lo} AND {a}.key < {hi})" for lo, hi in ranges)  # noqa: E731
        stated = (" AND " if plan.tables else " OR ").join(f"r.{HAS_TABLE[t]} = 1" for t in tables)
        # a cell other than 0, as effective_figures reads it (a correction's value over the
        # machine's), sought per report through the figures' primary key (report_id, key) and
        # stopped at the first one: never a scan of every report's cells (that view's UNION
        # hides the key from SQLite's planner)
        nonzero = (f"EXISTS (SELECT 1 FROM figures f LEFT JOIN figure_overrides o ON o.report_id = "
                   f"f.report_id AND o.key = f.key WHERE f.report_id = r.report_id AND ({keys('f')}) "
                   f"AND (o.correction_id IS NULL OR o.action = 'set') AND CASE WHEN o.correction_id "
                   f"IS NULL THEN f.value ELSE o.new_value END <> 0) OR EXISTS (SELECT 1 FROM "
                   f"figure_overrides o WHERE o.report_id = r.report_id AND ({keys('o')}) "
                   f"AND o.action = 'set' AND o.new_value <> 0)")
        return _reports_query(plan, P, [f"({stated})", f"NOT ({nonzero})"], limit)
    if plan.tables:   # 有表三但没填表四
        return _reports_query(plan, Params(), [f"r.{HAS_TABLE[t]} = {int(filled)}"
                                                for t, filled in plan.tables], limit)
    has = 1 if plan.covered else 0
    if plan.table == "*":   # 表格全是空白 / 有表格数据: all three tables blank, or any filled in
        every = " OR ".join(f"r.{c} = 1" for c in HAS_TABLE.values())
        return _reports_query(plan, Params(), [f"({every})" if has else f"NOT ({every})"], limit)
    return _reports_query(plan, Params(), [f"r.{HAS_TABLE[plan.table]} = {has}"], limit)


def check_rule(plan: QueryPlan, P: Params, *, self_checks: bool = True) -> str:
    """The checks a check question asks about, on ``effective_checks c``: ``hard`` (勾稽关系) every
    hard check; any (``*``) every hard check and, unless a table is named or ``self_checks`` is
    False, every check of a report against itself (lexicons/self_checks.tsv: 数字前后对不上 covers
    the prose's contradictions)."""
    if plan.check in ("*", "hard"):
        rule = "c.severity = 'hard'"
        if plan.table in HAS_TABLE:
            rule += (f" AND c.rule >= {P.add('rule', plan.table)} "
                     f"AND c.rule < {P.add('rule', upper(plan.table))}")
        elif self_checks and plan.check == "*":
            own = " OR ".join(f"(c.rule >= {P.add('rule', x)} AND c.rule < {P.add('rule', upper(x))})"
                              for x in rule_prefixes(numbers_only=True))
            rule = f"({rule} OR {own})"
        return rule
    prefix = plan.check
    if plan.table == "t4." and prefix.startswith("t3.sum"):
        prefix = "t4.sum."
    return f"c.rule >= {P.add('rule', prefix)} AND c.rule < {P.add('rule', upper(prefix))}"


def _check(plan: QueryPlan, limit: int) -> Query:
    P = Params()
    rule = check_rule(plan, P)
    dismissed = ("NOT EXISTS (SELECT 1 FROM check_verdicts cv WHERE cv.report_id = c.report_id "
                 "AND cv.rule = c.rule AND cv.verdict = 'dismissed' AND cv.id = (SELECT max(id) "
                 "FROM check_verdicts cw WHERE cw.report_id = c.report_id AND cw.rule = c.rule))")
    if plan.check_ok:   # 核对上: a check of the kind met and none failed (one left unassessable
        # by a blank cell is neither); met: a table's identity (a passing check of the prose
        # against itself alone says little), failed: any of them
        met = check_rule(plan, P, self_checks=False)
        extra = [f"r.report_id IN (SELECT c.report_id FROM effective_checks c WHERE c.ok = 1 AND {met})",
                 f"NOT EXISTS (SELECT 1 FROM effective_checks c WHERE c.report_id = r.report_id "
                 f"AND {rule} AND c.ok = 0)"]
        value = (f"(SELECT group_concat(c.rule, '；') FROM effective_checks c "
                 f"WHERE c.report_id = r.report_id AND c.ok = 1 AND {rule})")
        return _reports_query(plan, P, extra, limit, value)
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
    P = Params()
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
    sql = (f"SELECT {REPORT_COLS.replace('r.source_path', picked + ', r.source_path')}\n"
           f"FROM effective_reports r\n{where(filters)}\n"
           f"ORDER BY r.year DESC, r.organ_name LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", *extra,
                  "source_path"))


def _fact(plan: QueryPlan, limit: int) -> Query:
    P = Params()
    kind = plan.fact_kind or "channel"
    if kind == "channel" and plan.channel:
        # 政务新媒体: any channel of the group (wechat,weibo,app,video)
        channel = f"f.kind = 'channel' AND f.value IN ({P.many('channel', plan.channel.split(','))})"
        if plan.negate:
            return _reports_query(plan, P, ["NOT " + channel_term(plan, P)], limit)
        value = (f"(SELECT f.text FROM effective_facts f WHERE f.report_id = r.report_id AND "
                 f"{channel} ORDER BY f.seq LIMIT 1)")
        return _reports_query(plan, P, [channel_term(plan, P)], limit, value)
    if plan.negate or plan.agg == "count" or plan.group_by:
        # 哪些报告没写分管领导 / 有多少家写明了分管领导: the reports without (with) that fact;
        # two facts (既没写分管领导也没写负责科室 / 两项都写了): without (with) each of them
        kinds = plan.fact_kinds if len(plan.fact_kinds) > 1 else (kind,)
        return _reports_query(plan, P, [("NOT " if plan.negate else "")
                                        + _has_fact(f"f.kind = {P.add(f'kind{i}', x)}")
                                        for i, x in enumerate(kinds)], limit)
    k = P.add("kind", kind)
    kinds = plan.fact_kinds if len(plan.fact_kinds) > 1 else ()
    if kinds:   # 谁负责 哪个科室: each fact asked, its kind on its row
        k = ", ".join(P.add(f"kind{i}", x) for i, x in enumerate(kinds))
        terms = [f"f.kind IN ({k})"] + report_filters(plan, P)
        if not plan.organ_ids:   # 哪些县直部门既写了分管领导又写了负责机构: the reports stating each
            terms += [_has_fact(f"f.kind = {P.add(f'both{i}', x)}") for i, x in enumerate(kinds)]
    else:
        terms = [f"f.kind = {k}"] + report_filters(plan, P)
    if kind == "responsible_official" and plan.official:
        # 分管领导是副镇长: only the facts naming that post (not 党委书记 of the same report)
        terms.append(post_match(plan.official, P))
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, "
           f"coalesce(f.value, f.text) AS value, f.text, r.source_path, f.span_start, f.span_end"
           + (", f.kind AS fact_kind" if kinds else "") + "\n"
           f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
           f"{where(terms)}\n"
           f"ORDER BY r.year DESC, r.organ_name, f.seq LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows",
                 ("report_id", "organ_name", "level", "county", "year", "value", "text",
                  "source_path", "span_start", "span_end", *(("fact_kind",) if kinds else ())))


def _has_fact(cond: str) -> str:
    """The report ``r`` has a fact (``effective_facts f``) meeting ``cond``."""
    return f"EXISTS (SELECT 1 FROM effective_facts f WHERE f.report_id = r.report_id AND {cond})"


def _text_holds(P: Params, words) -> str:
    """An item's text (``f.text``) holds one of ``words``, each also as printed with Kangxi
    radicals (⼒量 for 力量)."""
    return "(" + " OR ".join(f"f.text LIKE {P.add('kw', like(v))} ESCAPE '\\'"
                             for w in words for v in dict.fromkeys((w, radical_twin(w)))) + ")"


def _items(P: Params, terms: list[str], limit: int, cols) -> Query:
    """Problems / remedies (``effective_facts f``) meeting ``terms``, one row an item."""
    sql = (f"SELECT r.report_id, r.organ_name, r.level, r.county, r.year, f.kind, f.text, "
           f"r.source_path, f.span_start AS hit\n"
           f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
           f"{where(terms)}\n"
           f"ORDER BY r.year DESC, r.organ_name, f.seq LIMIT {P.add('limit', limit)}")
    return Query(sql, dict(P), None, "rows", cols)


def _doc_match(P: Params, phrase: str) -> str:
    """A doc holding ``phrase``: through the full-text index (3 characters or more), else LIKE."""
    if len(phrase) >= 3:
        return (f"d.id IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH "
                f"{P.add('fts', chr(34) + phrase.replace(chr(34), chr(34) * 2) + chr(34))})")
    return f"d.body LIKE {P.add('like', like(phrase))} ESCAPE '\\'"


def _any(terms) -> str:
    terms = list(terms)
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _first_hit(P: Params, phrases) -> str:
    """The 1-based offset in ``d.body`` of the first of ``phrases`` it holds (0: none)."""
    if len(phrases) == 1:
        return f"instr(d.body, {P.add('phrase', phrases[0])})"
    return ("coalesce(" + ", ".join(f"nullif(instr(d.body, {P.add('phrase', x)}), 0)" for x in phrases)
            + ", 0)")


def _text(plan: QueryPlan, limit: int) -> Query:
    P = Params()
    kinds = plan.text_kinds or ("problem", "remedy")
    cols = ("report_id", "organ_name", "level", "county", "year", "kind", "text", "source_path",
            "hit")
    if plan.keywords:   # the phrase's words in one problem or remedy (工作力量不足 -> 力量 + 不足)
        kk = P.many("tk", [k for k in kinds if k in ("problem", "remedy")] or ["problem", "remedy"])
        terms = [_text_holds(P, (w,)) for w in plan.keywords]
        if plan.shortfall:
            terms.append(_text_holds(P, shortfall_words()))
        return _items(P, [f"f.kind IN ({kk})"] + terms + report_filters(plan, P), limit, cols)
    if not plan.phrase:
        if plan.items_op:   # 问题不少于三条的报告: the items each report in scope lists, counted
            kk = P.many("tk", [k for k in kinds if k in ("problem", "remedy")] or ["problem"])
            n = (f"(SELECT count(*) FROM effective_facts f WHERE f.report_id = r.report_id "
                 f"AND f.kind IN ({kk}))")
            return _reports_query(plan, P, [f"{n} {OPS[plan.items_op]} {P.add('items', plan.items_n)}"],
                                  limit, n)
        if plan.text_missing:   # 列了问题但没写改进措施
            return _reports_query(plan, P, [
                ("NOT " if k in plan.text_missing else "") + _has_fact(f"f.kind = {P.add('tk', k)}")
                for k in plan.text_kinds], limit)
        kk = P.many("tk", [k for k in kinds if k != "text"] or ["problem"])
        if plan.negate:   # 哪些报告没有写改进措施
            return _reports_query(plan, P, ["NOT " + _has_fact(f"f.kind IN ({kk})")], limit)
        if plan.agg == "count" and plan.count_unit != "item":   # 有多少份报告写了问题
            return _reports_query(plan, P, [_has_fact(f"f.kind IN ({kk})")], limit)
        terms = [f"f.kind IN ({kk})"] + report_filters(plan, P)
        if plan.agg == "count":   # 列了几条问题: the items
            sql = (f"SELECT count(DISTINCT r.report_id), count(DISTINCT r.organ_id), count(*), NULL\n"
                   f"FROM effective_facts f JOIN effective_reports r ON r.report_id = f.report_id\n"
                   f"{where(terms)}")
            return Query(sql, dict(P), None, "aggregate", ("reports", "organs", "total", "mean"))
        return _items(P, terms, limit, cols)
    kk = P.many("tk", kinds)
    phrase = plan.phrase
    # 工作人员或者工作力量: any of them (rule phrase_alternatives); each also as a text printing
    # radicals for characters has it (⼯作⼈员, as the keywords are searched)
    phrases = tuple(dict.fromkeys(y for x in (phrase, *plan.phrase_alts) for y in (x, radical_twin(x))))
    match = _any(_doc_match(P, x) for x in phrases)
    live = ("(d.fact_id IS NULL OR EXISTS (SELECT 1 FROM effective_facts e "
            "WHERE e.report_id = d.report_id AND e.fact_id = d.fact_id))")
    # the hits are sorted and limited on narrow rows: the store's docs_kind index gives each
    # hit's kind and report without reading its text (SQLite would read the row: 2x slower
    # at 100k reports), effective_main_figures the report's scope; the texts and files are
    # read for the rows shown only
    filters = report_filters(plan, P, "m")
    added = ["f.correction_id IS NOT NULL", f"f.kind IN ({kk})",
             _any(f"f.text LIKE {P.add('like', like(x))} ESCAPE '\\'" for x in phrases)]
    hits = (f"SELECT d.id AS doc_id, m.report_id AS report_id, m.organ_name AS organ_name, "
            f"m.level AS level, m.county AS county, m.year AS year, d.kind AS kind, NULL AS text\n"
            f"FROM docs d INDEXED BY docs_kind "
            f"JOIN effective_main_figures m ON m.report_id = d.report_id\n"
            f"{where([match, f'd.kind IN ({kk})', live] + filters)}\n"
            f"UNION ALL\n"
            f"SELECT NULL, m.report_id, m.organ_name, m.level, m.county, m.year, f.kind, f.text\n"
            f"FROM effective_facts f JOIN effective_main_figures m ON m.report_id = f.report_id\n"
            f"{where(added + filters)}\n"
            f"ORDER BY year DESC, organ_name, report_id, kind, doc_id "
            f"LIMIT {P.add('limit', limit)}")
    sql = (f"SELECT h.report_id, h.organ_name, h.level, h.county, h.year, h.kind, "
           f"CASE WHEN h.doc_id IS NULL THEN h.text WHEN h.kind = 'text' THEN NULL "
           f"ELSE d.body END AS text, r.source_path, "
           f"{_first_hit(P, phrases)} - 1 AS hit\n"
           f"FROM ({hits}) h\nJOIN effective_reports r ON r.report_id = h.report_id\n"
           f"LEFT JOIN docs d ON d.id = h.doc_id\n"
           f"ORDER BY h.year DESC, h.organ_name, h.report_id, h.kind, h.doc_id")
    return Query(sql, dict(P), None, "rows", cols)
