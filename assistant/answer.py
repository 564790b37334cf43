"""Read a question, run its plan and say the answer (``run.py`` runs it; ``result.py`` is what an
answer holds): a Chinese sentence, the rows, the SQL, the passages.

``ask(db, question, context=None) -> Answer``; ``Conversation(db).ask(question)`` carries
the previous plan so 那2020年呢？ follows up. ``db`` is a path (opened read-only through a
``file:…?mode=ro`` URI: nothing a user types can change the database) or an open sqlite3
connection / sqlite_utils Database (the caller's, used as it is).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

from .rankfollow import nth_only
from .yearpointed import shifted_answered
from .pickyear import picked_year
from .turnsjoined import difference_after, difference_untold, joined_context, joined_said, joined_values
from .valuessum import values_summed
from .absent import scope_gap, unknown_names, without_words
from .askback import (ask_back, kind_typos, not_understood_answer, offer_near_miss, placeless, unread_condition,
                      which_listed, which_one)
from .checkscope import none_failed
from .eachfigure import figures_apart, joined
from .keywords import keywords
from .names import OrganIndex
from .heldinstead import held_instead
from .inclusion import cut as cut_inclusion
from .placebureau import inside_bureaus, offer
from .placenone import place_not_held, places_not_held
from .placeunknown import unplaced_said
from .pointnothing import points_at_nothing
from .nearmiss import near_miss
from .nearnames import glued_place, near_reading, zone_elsewhere
from .whichorgan import one_meant, one_of_named, several_organs, which_organ
from .onetail import one_by_tail
from .whichreport import twin_reports, which_report
from .whichyear import own_years, several_years, which_year, year_or_template
from .followmerge import merge
from .placescope import whole_unplaced
from .eachsaid import SEVERAL, each_said
from .plan import _WHICH_MORE, parse
from .countnames import name_counted
from .pointback import blank_of_answered, differ_by_organ, listed_several, nth_answered, one_answered, one_pointed
from .refine import COUNTED
from .reading import Reading, apply, items_of, other_readings
from .unread import kinds_in_store
from .queryplan import QueryPlan
from .sectors import tier_bodies
from .result import Answer, AskError  # noqa: F401  (the package's public names)
from .run import run
from .sql import build
from .sqlbase import PlanError
from .suggest import unknown_organs, unread_places



def open_db(db):
    """A read-only sqlite3 connection for a path; an open connection is used as it is."""
    if hasattr(db, "conn") and isinstance(getattr(db, "conn"), sqlite3.Connection):
        return db.conn
    if isinstance(db, sqlite3.Connection):
        return db
    path = Path(db)
    if not path.is_file():
        raise AskError(f"{db}: no such database; create it with `nianbao ingest REPORTS --db {db}`")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA mmap_size = 1073741824")   # reads of a large store: about 2x faster
    try:
        conn.execute("SELECT 1 FROM effective_reports LIMIT 1")
    except sqlite3.DatabaseError as e:
        conn.close()
        raise AskError(f"{db}: not a nianbao database ({e}); create one with "
                       f"`nianbao ingest REPORTS --db FILE`") from None
    import sqlite_utils
    from store.schema import MIGRATIONS
    if MIGRATIONS.pending(sqlite_utils.Database(conn)):   # read-only here: cannot upgrade it
        conn.close()
        raise AskError(f"{db}: made by an older nianbao; upgrade it once with any store "
                       f"command, e.g. `nianbao checks --db {db}`")
    return conn


def ask(db, question: str, context: QueryPlan | None = None,
        previous: Answer | None = None, reading=None) -> Answer:
    """``previous``: the answer before, whose reports 这些单位 / 它们 / 上述 point at.
    ``reading``: the reviewer's chips (``Answer.reading`` edited: items left out are cleared,
    values changed are used): the question is answered as that reading says.

    The answer's first line is the reading (我理解为：…); ``options`` are the other readings
    of an ambiguous question (2019表格: the template or the year; 部门: every level or the
    county's), each with its ``reading`` to re-run."""
    conn = open_db(db)
    organs = OrganIndex.of(conn)
    a = _ask(conn, organs, question, context, previous, reading)
    return said_first(a, organs)


def said_first(a: Answer, organs=None) -> Answer:
    """The reading as the answer's first line, the chips and the other readings."""
    if a.plan is None:
        return a
    r = Reading.of(a.plan, absent=a.absent)
    if a.absent_names:
        r.notes = (*r.notes, "库中没有“" + "”“".join(a.absent_names) + "”的报告，只按其余条件回答")
    a.reading = [it.to_dict() for it in r.items]
    a.text = r.line(a.understood) + "\n" + a.text
    a.options = a.options or other_readings(a.plan)
    return a


def _asked_back(question: str, text: str, plan: QueryPlan, opts, organs, context) -> Answer:
    """An answer that asks back (which organ, which year, which report): ``text`` says each
    candidate; ``opts`` are (button label, the question that reading asks), each with its reading."""
    out = Answer(question=question, understood=True, plan=plan, text=text)
    for label, q2 in opts:
        out.options.append({"label": label, "question": q2, "reading": items_of(parse(q2, organs, context))})
    return out


def _ask(conn, organs, question, context, previous, reading) -> Answer:
    plan = parse(question, organs, context)
    rest = cut_inclusion(question)[0] if plan.inclusion is not None else question
    if rest != question:   # 乡镇（乡、镇、苏木）: the gloss read by parse (assistant/inclusion.py);
        # the checks of names below read the rest, its kinds are no organs' names
        a = _ask_parsed(conn, organs, rest, plan, context, previous, reading)
        a.question = question
        return a
    return _ask_parsed(conn, organs, question, plan, context, previous, reading)


def _ask_parsed(conn, organs, question, plan, context, previous, reading) -> Answer:
    if len(plan.level_slip) == 2 and plan.level_slip[0] in question and reading is None:
        # 街到办: the question read with 街道办 (assistant/leveltypo.py), every check on that text
        typed, word = plan.level_slip
        a = _ask(conn, organs, question.replace(typed, word, 1), context, previous, reading)
        a.question = question
        if a.plan is not None and not any(n.startswith(f"“{typed}”按") for n in a.plan.notes):
            a.plan.notes = (*a.plan.notes, f"“{typed}”按“{word}”理解")
            a.plan.rules = a.plan.rules_plus("level_typo")
        return a
    if context is None and previous is None and reading is None:
        nothing = points_at_nothing(question, plan)   # 其中2021年的, asked first: no list to narrow
        if nothing:
            return nothing
    glued_typo = glued_place(question, organs, plan.unread) if reading is None else None
    if glued_typo:   # 临夏洲公安局 / 信峰县卫健委: that organ's place typed wrong, asked back
        # read without the name, so its 县 is no level and its bureau no kind of every place
        rest = parse(without_words(question, [glued_typo[0]]), organs, context)
        a = ask_back(question, rest, [glued_typo[0]], organs, context)
        if not glued_typo[1]:   # no name near it: a place the store has no report of
            a.options = []
            a.text = (f"库中没有“{glued_typo[0]}”的报告（没有这个地方的这类机关），没有按其他地方的"
                      f"同类机关回答。请检查名称后再问。")
        return a
    miss = near_miss(question, organs) if reading is None else None
    if miss:   # 乌拉特中旗新安镇 (乌拉特前旗新安镇 held): the name differs, asked, never answered as it
        return offer_near_miss(question, plan, miss, organs, context)
    besides, glued = unknown_names(question, plan, organs) if reading is None else ([], [])
    if besides:   # 两城镇和洛西镇: answer 两城镇, say 库中没有“洛西镇”的报告 first
        plan = parse(without_words(question, besides), organs, context)
        if _WHICH_MORE.search(question) and plan.op == "gt" and plan.threshold == 0:
            plan = replace(plan, op=None, threshold=None)   # A和B哪个多, B not in the store: A's value
        a = _ask_read(conn, organs, question, plan, context, previous, reading)
        a.absent_names = besides
        near = [n for w in besides for n in organs.near(w) if n not in plan.organ_names]
        a.text = (f"库中没有“{'”“'.join(besides)}”的报告" + (
            f"（相近的有“{'”“'.join(near)}”）" if near else "") + "；下面只回答其余的。" + a.text)
        return a
    if glued and zone_elsewhere(question, plan, organs) is None:
        # 杭州市西湖区人民政府: not 杭州市's reports; say so and ask (绵阳保税区管委会: the
        # city's zone bodies offered, below)
        return ask_back(question, plan, glued, organs, context)
    near = near_reading(question, plan, organs) if reading is None else None
    if near and near[2]:   # 福田区住建局: the one organ it abbreviates, answered, said first
        plan2 = parse(near[2], organs, context)
        a = _ask_read(conn, organs, near[2], plan2, context, previous, reading)
        a.question = question
        a.plan.notes = (*a.plan.notes, near[0].rstrip("。"))
        a.plan.rules = a.plan.rules_plus("near_name")
        return a
    if near:   # 拱县 (珙县?), 泰安市生态环境局 (…肥城分局?), 公安局的电话 (which one?)
        marks = ("near_name", "which_one") if near.stands else ("near_name",)
        plan = replace(plan, rules=plan.rules_plus(*marks),
                       notes=(*plan.notes, near.note) if near.note else plan.notes)
        a = not_understood_answer(question, plan)
        a.understood = near.stands   # 公安局的电话: understood, which one asked (平阳县的 answers)
        a.text = near[0]
        for label, q2 in near[1]:
            a.options.append({"label": label, "question": q2,
                              "reading": items_of(parse(q2, organs, context))})
        return a
    return _ask_read(conn, organs, question, plan, context, previous, reading)


def _ask_read(conn, organs, question, plan, context, previous, reading) -> Answer:
    if plan.untold and reading is None:
        plan = replace(plan, notes=(*plan.notes, "“" + "”“".join(plan.untold) + "”库中不能区分"))
    if plan.unread_conditions and reading is None:   # 年度不一样的报告: never every report
        a = unread_condition(question, plan)
        if plan.untold_field:   # 标题上的年份…不一样: what no report records said first
            a.text = _untold_text(plan) + a.text
        return a
    whole = whole_unplaced(question, plan, organs) if reading is None else None
    if whole:   # 全省的报告有几份 with no place said: never every province's, asked which
        a = not_understood_answer(question, plan)
        a.text = (f"“{whole[0]}”指哪个地方？问题里没有说地名，库中的报告分属多个地方，"
                  f"没有按全部报告回答。请说出地名，如：{'、'.join(whole[1]) or '浙江省'}。")
        for place in whole[1]:
            q2 = question.replace(whole[0], place + whole[0], 1)
            a.options.append({"label": f"按“{place}”", "question": q2,
                              "reading": items_of(parse(q2, organs, context))})
        return a
    if plan.untold and reading is None:   # 副省级城市: no report says which organs are
        a = not_understood_answer(question, plan)
        a.text = _untold_text(plan) + a.text
        return a
    if plan.absent_kind and reading is None:   # 哪些海关单位…: no organ of that kind in the store
        kinds = kinds_in_store(organs)
        text = (f"库中没有“{plan.absent_kind}”的报告（没有地名以“{plan.absent_kind}”结尾的机关）。"
                if "place_kind" in plan.rules else
                f"库中没有“{plan.absent_kind}”类机关的报告（没有名称含“{plan.absent_kind}”的机关）。")
        if "place_kind" in plan.rules:
            from .suggest import suggestions_for
            return Answer(question=question, text=text, understood=False, plan=plan,
                          suggestions=suggestions_for(question))
        text += "库中有的机关类别：" + "、".join(kinds) + "。" if kinds else ""
        return Answer(question=question, text=text, understood=False, plan=plan,
                      suggestions=[question.replace(plan.absent_kind, k, 1) for k in kinds[:3]])
    # a contact is asked of named organs or a region, or listed (哪些乡镇写了邮箱): 花沟镇的电话
    # with no organ 花沟镇 in the store is not every township's phone
    unknown = unknown_organs(question, plan)
    typos = kind_typos(unknown, organs) if unknown and reading is None else None
    if typos:   # 卫建局: one character off the one kind of bureau 卫健局, read so and said
        q2 = question
        for w, name in typos.items():
            q2 = q2.replace(w, name)
        a = _ask_read(conn, organs, q2, parse(q2, organs, context), context, previous, reading)
        a.question = question
        a.plan.notes = (*a.plan.notes, *(f"“{w}”按“{n}”理解" for w, n in typos.items()))
        a.plan.rules = a.plan.rules_plus("near_name")
        return a
    said = unknown or (unread_places(plan) if reading is None else [])
    places = places_not_held(said) if said and reading is None else None
    if places and not any(organs.near(w) for w in places):
        # 有没有北京的 / 文山州的报告有几份: a place the store holds no report of, said as such
        # (one a character off a held place, 鄂托克旗 of 鄂托克前旗, is asked back below)
        return place_not_held(question, plan, places, organs)
    if unknown:   # 花沟镇收到多少申请？ in a store without 花沟镇; 桦楠县: one character off 桦南县
        return ask_back(question, plan, unknown, organs, context)
    if reading is None and context is None and plan.unread and not Reading.of(plan).items[1:]:
        # 有没有报告连年份都没写的: nothing read but what is asked, and words left unread — they
        # are the condition; answering every report would answer another question (rule unread_condition)
        return unread_condition(question, replace(plan, unread_conditions=tuple(plan.unread),
                                                  rules=(*plan.rules, "unread_condition")))
    bare = [n for n in plan.organ_names if placeless(n)
            and any(o != n and o.endswith(n) for o in organs.names)
            and not re.search(COUNTED.pattern.rstrip("$") + re.escape(n), question)]
    # (两个市商务局: several said, each of them asked, never which one)
    if bare and reading is None and plan.kind == "reports":
        # 省交通厅有几份 / 市商务局有哪些报告: a count or a list of the tier's bodies, all of them
        plan = replace(plan, organ_ids=tuple(sorted({i for n in bare for i in tier_bodies(n, organs)}
                                                    | set(plan.organ_ids))),
                       rules=plan.rules_plus("tier_bodies_counted"))
    elif bare and reading is None:   # 市商务局: which city's? ask, with each as a reading
        return which_one(question, plan, bare[0], organs, context)
    several = listed_several(plan, previous, question) if reading is None else []
    joined_refer = "refer" in plan.given and context is not None and bool(context.joined) \
        and not plan.followup and not plan.organ_ids
    one = None if joined_refer else (one_answered(plan, previous, question)
                                     or nth_answered(plan, previous, question))   # 第二个的复议
    if joined_refer:   # 这两年一共… after two answers joined: their scopes, never the last one's reports
        plan = joined_said(merge(context, plan, question), context)
    elif one is not None:   # 它的行政复议几件 after 谁收的申请最多: the organ answered
        plan = shifted_answered(conn, one, question) or one   # 它上一年的呢: its year moved
    elif "refer" in plan.given and previous is not None and previous.report_ids \
            and not plan.organ_ids:   # 这些单位的电话: of the previous answer's reports
        plan = replace(plan, report_ids=tuple(dict.fromkeys(previous.report_ids)))
    elif "refer" in plan.given and context is not None and not plan.followup \
            and not plan.organ_ids:   # 这些里面… / 这两年… after a count: within its scope
        plan = merge(context, plan, question)
    if reading is not None:   # the reviewer's chips: the question read as they say
        plan = apply(plan, reading)
    if "share" in plan.given and _share_of_condition(plan):
        # 收到申请为零的乡镇占多少比例: the reports meeting the condition among those stating
        # the figure (a blank is no 0): a count, shown as a share
        plan = replace(plan, agg="count", count_unit="report", listing=False)
    elif "share" in plan.given:
        return not_understood_answer(question, plan)
    apart = figures_apart(plan) if reading is None else ()
    if apart:   # 复议和诉讼分别多少: each figure asked on its own, said in turn (assistant/eachfigure.py)
        return joined(question, plan, [_ask_read(conn, organs, question, p2, context, previous, None)
                                       for p2 in apart])
    if plan.kind == "unknown" or (plan.kind == "figure" and not plan.metric) \
            or "relyear" in plan.given \
            or (plan.kind == "contact"
                and not (plan.organ_ids or plan.region or plan.listing or plan.report_ids)):
        return not_understood_answer(question, plan)
    if plan.year_or_template and reading is None:   # 2019的报告: the year or the template? asked
        return year_or_template(question, plan, organs, context,
                                lambda q2: _ask(conn, organs, q2, context, previous, None))
    plan = organs.placed(plan)
    tail = one_by_tail(conn, question, plan) if reading is None else None
    if isinstance(tail, QueryPlan):   # 福田区那个署, the place holding one 署: that organ's answer
        plan = tail
    elif tail:   # 福田区那个署 (集体经济发展服务署, 建筑工务署): which one? each said
        text, plan2, opts = tail
        return _asked_back(question, text, plan2, opts, organs, context)
    if plan.pick_year:   # 里面最新那一年的那份: the scope's report of its last year (assistant/pickyear.py)
        plan = picked_year(conn, plan, build) or plan
    try:
        q = build(plan)
    except PlanError:
        return not_understood_answer(question, plan)
    a = run(conn, question, plan, q)
    a.text += unplaced_said(conn, plan, organs)   # 浙江的报告: and N reports stating no place
    blank_of_answered(conn, plan, a)   # 它主动公开了多少条, its report blank: said of it by name
    if "rank_followup" in plan.rules:   # 第二名呢: the ranking cut to its n-th place
        nth_only(a, plan.top)
        return a
    if several and differ_by_organ(a.rows, a.columns):
        # 它收到多少申请 after a list of several organs' reports stating different values:
        # which one? asked (one stating it, or all the same: that answer stands)
        return which_listed(question, plan, several, organs, context)
    name_counted(conn, plan, a, build, run)   # 几份 → 7份, and which seven (few counted)
    if reading is None and (several_years(plan, a.rows, a.columns) or one_pointed(plan, question)
                            and several_years(replace(plan, report_ids=()), a.rows, a.columns)):
        # 安庆市财政局收到多少申请 / 乌恰县的报告有吗 → 它主动公开多少条 (one organ's two years):
        text, plan2, years = which_year(plan, a.rows)   # which year? each year's value said
        return _asked_back(question, text, plan2, [(label, f"{year}年{question}") for label, year in years],
                           organs, context)
    if reading is None and twin_reports(plan, a.rows, a.columns, each_said(question, SEVERAL)):
        # 邳州2020年收到多少申请: one organ's two reports of that year, which one? both said
        text, plan2, opts = which_report(question, plan, a.rows, a.columns)
        return _asked_back(question, text, plan2, opts, organs, context)
    if reading is None and several_organs(plan, a.rows, a.columns, each_said(question, SEVERAL),
                                          one_meant(question)):
        # 财政局2019年收到几件申请 / 滨江区收到几件申请: which organ? each one's value said
        text, plan2, opts = which_organ(question, plan, a.rows, a.columns, a.stats)
        return _asked_back(question, text, plan2, opts, organs, context)
    asked = None if reading is not None else one_of_named(conn, question, plan, a.rows, organs.display)
    if asked:   # 长春那份报告收到多少申请 (长春市人民政府's and 长春市民政局's): which one? each said
        text, plan2, opts = asked
        return _asked_back(question, text, plan2, opts, organs, context)
    if plan.kind == "text" and plan.phrase and not plan.quoted and plan.agg is None:
        a = _with_keywords(conn, question, plan, a)
    if (not a.rows or a.stats.get("reports") == 0) and a.value in (None, 0):
        # nothing found: is it the scope itself (2030年, 邹城市的街道)?
        gap = scope_gap(conn, plan)
        unchecked = none_failed(conn, plan) if not gap and not a.rows else None
        if unchecked:   # 哪些报告数字前后对不上 → none: how many could be checked said
            a.text = unchecked
        b = own_years(question, plan, lambda p2: _ask_read(conn, organs, question, p2, context, previous,
                                                          reading)) if gap and reading is None else None
        if b:   # 湄潭县政府2022年… → 2025年呢 → 永兴镇呢 (永兴镇: 2024 only): its own years, said first
            return b
        if gap:
            a.absent, said = gap
            a.text = said + a.text
            inside = inside_bureaus(conn, plan) if reading is None else []
            held = held_instead(conn, question, plan) if reading is None and not inside else None
            if inside:   # 杭州民政局: none; 杭州市滨江区民政局 offered, never answered as it
                text, a.plan, opts = offer(question, plan, inside)
                a.text += text
            elif held:   # 乌镇街道办 (乌镇 a 镇) / 浑南区民政局 (浑南区: 国资局 …): what is held, offered
                text, a.plan, opts, instead = held
                a.text = text if instead else said + text + a.text[len(said):]
            if inside or held:
                for label, q2 in opts:
                    a.options.append({"label": label, "question": q2,
                                      "reading": items_of(parse(q2, organs, context))})
    return a


def _with_keywords(conn, question: str, plan: QueryPlan, a: Answer) -> Answer:
    """A phrase a reviewer typed (not quoted) is also looked for by its words in the problems
    and remedies: 政策解读 finds 政策类项目未及时进行解读, 工作力量不足 finds 专业技术力量不足.
    Found as typed, the items found by words are added when the question is about problems or
    remedies; not found, they are the answer. Either way the answer says so."""
    words, shortfall = keywords(plan.phrase)
    about_items = bool({"problem", "remedy"} & set(plan.text_kinds))
    if not words or (a.rows and not about_items):
        return a
    kw = replace(plan, keywords=words, shortfall=shortfall)
    b = run(conn, question, kw, build(kw))
    how = "按关键词“" + "”“".join(words) + ("”及“不足、不够”等词" if shortfall else "”")
    if not a.rows:
        if b.rows:
            b.text = f"原文中没有“{plan.phrase}”；{how}在问题和改进措施中查找：" + b.text
            return b
        return a
    seen = {(r[0], r[2], r[4]) for r in a.rows}
    more = [(row, rid) for row, rid in zip(b.rows, b.report_ids) if (row[0], row[2], row[4]) not in seen]
    if more:
        # both queries ran: the second's parameters are renamed kw_… so one dict holds both
        second = re.sub(r":(\w+)", lambda m: ":kw_" + m.group(1), b.sql)
        a.sql = f"{a.sql};\n-- {how}：\n{second}"
        a.params = {**a.params, **{f"kw_{k}": v for k, v in b.params.items()}}
        a.rows += [row for row, _ in more]
        a.report_ids += [rid for _, rid in more]
        a.reports = list(dict.fromkeys(r[-1] for r in a.rows))
        a.passages += [p for p in b.passages if p["report_id"] in {rid for _, rid in more}]
        a.text += f"另{how}找到{len(more)}处：" + "、".join(
            dict.fromkeys(f"{row[0]}（{row[2]}年）" for row, _ in more)) + "。"
    return a


class Conversation:
    """Questions in a row; each may follow up the one before (那2020年呢？)."""

    def __init__(self, db):
        self.conn = open_db(db)
        self.context: QueryPlan | None = None
        self.history: list[Answer] = []

    def ask(self, question: str, reading=None) -> Answer:
        """``reading``: the chips of an answer, edited (or an option's ``reading``): the
        question answered as they say, in this conversation."""
        two = difference_after(question) if reading is None and self.history else None
        if two:   # 青海省政府办公厅呢？差多少: the question before, then the difference of the two
            return self._then_difference(question, *two)
        prev = self.history[-1] if self.history and self.history[-1].understood else None
        # 两个省加起来 / 多了多少 after two answers: their scopes joined (assistant/turnsjoined.py)
        organs = OrganIndex.of(self.conn)
        joined = joined_context(question, self.history, organs) if reading is None else None
        values = joined_values(question, self.history, organs) if reading is None and not joined else None
        if values is None and joined is None and reading is None:   # 两个加起来 after values listed
            values = values_summed(question, self.history, organs)   # (assistant/valuessum.py)
        a = said_first(values, organs) if values else ask(self.conn, question, joined or self.context, prev,
                                                          reading=reading)
        word = difference_untold(question, against_it=True) if not (values or joined) and reading is None else None
        if word and a.understood and a.plan is not None and not (a.plan.year_diff or a.plan.yoy):
            # 吉林比它多了多少 with no two values to compare: said, never answered as its value
            a.text += (f"\n（“{word}”没有计算：前两问的答案不是它和另一个机关或地方的同一项数字，"
                       "“它”指哪一个不能确定；上面只是所问的数字。）")
        if a.understood and a.plan is not None:
            self.context = a.plan
        elif a.options and a.plan is not None and a.plan.kind != "unknown" and a.plan.organ_names:
            # 市财政局…？ asked back (which one): the reply naming the place (武汉的) answers it
            self.context = a.plan
        elif len(a.options) == 1 and a.plan is not None and "near_name" in a.plan.rules:
            # 湖北省水力厅…？ one name offered (是不是湖北省水利厅？): a follow-up (2022年的呢) is
            # read over the question as offered, its reading naming the organ, never over nothing
            offered = ask(self.conn, a.options[0]["question"], self.context, prev)
            if offered.understood and offered.plan is not None:
                self.context = offered.plan
        self.history.append(a)
        return a

    def _then_difference(self, question: str, head: str, tail: str) -> Answer:
        """``head`` answered as a turn of its own, then the difference ``tail`` asks of it and
        the answer before (assistant/turnsjoined.joined_values), both said; a difference that
        cannot be computed is said so after ``head``'s answer, never a number made up."""
        first = self.ask(head)
        organs = OrganIndex.of(self.conn)
        values = joined_values(tail, self.history, organs) if first.understood else None
        if values is None:
            word = difference_untold(tail)
            first.text += f"\n（“{word}”没有计算：没有前后两个同一项数字的答案可以相比。）"
            return first
        a = said_first(values, organs)
        a.question = question
        line, said = a.text.split("\n", 1)   # the reading first, then each answer
        a.text = line + "\n" + first.text.split("\n", 1)[-1] + "\n" + said
        self.context = a.plan
        self.history.append(a)
        return a


def _share_of_condition(plan: QueryPlan) -> bool:
    return (plan.kind == "figure" and plan.metric is not None and plan.op not in (None, "stated")
            and not (plan.group_by or plan.top or plan.yoy or plan.agg in ("max", "min", "avg", "median", "sum")))


def _untold_text(plan: QueryPlan) -> str:
    """What no report records, said (副省级城市, 女领导, 标题上的年份)."""
    words = "”“".join(plan.untold)
    if plan.untold_person:
        return (f"库中的报告不能区分“{words}”（年报只写分管领导的职务，不写其性别、年龄、姓名或民族），"
                "无法按它筛选；可以改问各单位的分管领导是谁。")
    if plan.untold_staff:
        return (f"库中的报告不能区分“{words}”（年报的表格和各项字段不记信息公开工作由谁来做、专职还是兼职、"
                "配了几人，只有少数报告在正文中顺带提到），无法按它筛选或列出；可以改问各单位负责信息公开的"
                "机构或分管领导。")
    if plan.untold_field:
        return (f"库中的报告不能区分“{words}”（每份报告只记一个年度，即它统计的年度，不另记标题上"
                "写的年份或成文、发布日期），无法按它比较或筛选；可以改问年份。")
    return (f"库中的报告不能区分“{words}”（年报按年度，机关只分层级：省、市、县、乡镇及其部门），"
            "无法按它筛选；可以改问年份、层级或具体地名。")
