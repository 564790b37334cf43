"""问答 (landing page): a chat over the question assistant, with rows, SQL and passages."""
import html
import re

import streamlit as st

from app_pages.common import db, db_path, html_table, level_name, plain, query, report_url
from store import browse, corrections
from store import labels as L
from store import report_view

# the assistant's column names, as a reviewer reads them
COLUMN_NAMES = {"organ": "机关", "level": "层级", "year": "年份", "value": "数值", "prev": "上一年",
                "source": "来源文件", "kind": "类别", "text": "原文", "reports": "报告数",
                "organs": "机关数", "county": "县（区）"}
FIX_CSS = """<style>.nb-fix{background:#d9f5dd;color:#2b8a3e;font-size:.8em;padding:0 .3em;
border-radius:3px;margin-left:.4em}</style>"""

try:
    from assistant import AskError, Conversation
    from assistant import chips as reading_chips
except ImportError as e:  # the assistant package is missing or broken in this install
    st.info(f"问答助手不可用：{e}")
    st.stop()

st.title("问答")
st.caption("用中文提问，例如：哪些乡镇没有收到政府信息公开申请？ / 2021年收到申请最多的县级部门是哪个？ / 那2020年呢？")
db()  # an empty store gets the bundled examples first
if not query(browse.count_reports):
    st.info("数据库中还没有报告。请在“导入”页面导入后再提问。")
    st.stop()

ss = st.session_state
if ss.get("ask_db") != db_path() or "ask_conversation" not in ss:
    try:
        ss.ask_conversation = Conversation(db_path())
    except AskError as e:
        st.info(str(e))
        st.stop()
    ss.ask_db, ss.ask_history, ss.ask_notes = db_path(), [], {}
ss.setdefault("ask_notes", {})


def _chips_changed(n):
    """A chip of answer ``n`` removed (or put back): the question again with the chips left."""
    a, key = ss.ask_history[n], f"ask_chips_{n}"
    kept = list(ss.get(key) or [])
    ss[key] = list(range(len(reading_chips.removable(a))))   # answer n keeps its own reading
    gone = reading_chips.removed_labels(a, kept)
    _rerun(lambda conv: reading_chips.rerun(conv, a, kept),
           "去掉：" + "、".join(gone) if gone else "按原来的理解")


def _option_chosen(n, i):
    a = ss.ask_history[n]
    option = a.options[i]
    _rerun(lambda conv: reading_chips.choose(conv, a, option), "改为：" + option["label"])


_EDIT_NAMES = {"levels": "层级", "years": "年份", "template": "模板"}


def _edits(a, n) -> dict:
    """The chips the reviewer changed in answer ``n``'s editors: slot -> values."""
    out = {}
    for slot in reading_chips.EDITABLE:
        v = ss.get(f"ask_edit_{n}_{slot}")
        v = ([] if v is None else [v]) if slot == "template" else list(v or [])
        if sorted(map(str, v)) != sorted(map(str, reading_chips.current(a, slot))):
            out[slot] = v
    return out


def _edited(n):
    a = ss.ask_history[n]
    edits = _edits(a, n)
    if not edits:
        ss.ask_error = "条件没有修改：请先在上面选择新的层级、年份或模板。"
        return
    for slot in reading_chips.EDITABLE:   # answer n's editors show its own reading again
        cur = reading_chips.current(a, slot)
        ss[f"ask_edit_{n}_{slot}"] = (cur[0] if cur else None) if slot == "template" else cur
    new = {it["slot"]: it["label"] for it in reading_chips.changed_reading(a, edits)}
    note = "；".join(new.get(slot) or f"去掉{_EDIT_NAMES[slot]}" for slot in edits)
    _rerun(lambda conv: reading_chips.edit(conv, a, edits), "改为：" + note)


def _rerun(ask, note):
    try:
        answer = ask(ss.ask_conversation)
    except ValueError as e:   # a chip the assistant does not know: said, nothing re-run
        ss.ask_error = f"无法按修改后的理解重新回答：{e}"
        return
    ss.ask_notes[len(ss.ask_history)] = note
    ss.ask_history.append(answer)


def reading_controls(a, n):
    """The reading as chips (each removable: the question is answered again without it) and
    the other readings of an ambiguous question as buttons."""
    chips = reading_chips.removable(a)
    if chips:
        st.pills("我理解的条件（点击一项即去掉它，按其余条件重新回答）",
                 options=list(range(len(chips))), selection_mode="multi",
                 default=list(range(len(chips))), key=f"ask_chips_{n}",
                 format_func=lambda i: plain(chips[i]["label"]),
                 on_change=_chips_changed, args=(n,))
    if a.plan is not None and a.understood:
        with st.expander("修改条件（层级、年份、模板）"):
            opts = query(browse.options)
            cur = {slot: reading_chips.current(a, slot) for slot in reading_chips.EDITABLE}
            st.multiselect("层级", list(dict.fromkeys([*opts["levels"], *cur["levels"]])),
                           default=cur["levels"], format_func=level_name, key=f"ask_edit_{n}_levels",
                           placeholder="不限")
            st.multiselect("年份", list(dict.fromkeys([*opts["years"], *cur["years"]])),
                           default=cur["years"], key=f"ask_edit_{n}_years", placeholder="不限")
            templates = list(dict.fromkeys([*opts["templates"], *cur["template"]]))
            st.selectbox("模板", [None, *templates], index=1 + templates.index(cur["template"][0])
                         if cur["template"] else 0, key=f"ask_edit_{n}_template",
                         format_func=lambda t: "不限" if t is None else f"{t}版")
            st.button("按修改后的条件重新回答", key=f"ask_edit_{n}", on_click=_edited, args=(n,))
    if a.options:
        st.caption("这个问题还可以这样理解：")
        for i, o in enumerate(a.options):
            st.button(plain(o["label"]), key=f"ask_opt_{n}_{i}", on_click=_option_chosen, args=(n, i))


def passage_html(p, fix=None) -> str:
    """The passage on one line (table cells are one per line), its value marked; a value a
    reviewer corrected is followed by 人工更正 and the current value (machine value and note
    on hover)."""
    body, mark = p["passage"], p.get("mark")
    flat = lambda t: html.escape(re.sub(r"\s+", " ", t))  # noqa: E731
    key = str(p.get("key") or "")
    if mark:
        s, e = mark
        out = (flat(body[:s]) + f'<mark title="{html.escape(report_view.label(key))}">' +
               flat(body[s:e]) + "</mark>")
        if fix:
            out += (f'<span class="nb-fix" title="{html.escape(report_view.fix_title(key, fix))}">'
                    f"人工更正：现值 {html.escape(L.number(fix.get('value'), key))}</span>")
        return out + flat(body[e:])
    return flat(body)


def fixes_of(a) -> dict:
    """{report_id: {key: correction}} of the reports this answer shows."""
    ids = set(a.report_ids) | {p["report_id"] for p in a.passages if p.get("report_id")}
    return query(corrections.figure_fixes, sorted(ids)) if ids else {}


def answer_keys(a) -> set:
    """The figure keys an answer rests on: those its passages cite and its metrics' keys."""
    keys = {str(p["key"]) for p in a.passages if p.get("key")}
    plan = a.plan
    if plan is not None and plan.metric:
        from assistant.vocab import metrics
        for m in (plan.metric, *plan.other_metrics):
            if m in metrics():
                keys.update(metrics()[m].all_keys())
    return keys


def cell(col, v):
    if col == "level":
        return level_name(v)
    if col == "source":
        return L.file_name(v) if v else ""
    if col == "kind":
        return L.fact_kind(v) if v in ("problem", "remedy", "channel", "responsible_official",
                                       "responsible_office") else v
    return v


def show(a, n):
    st.markdown(plain(a.text).replace("\n", "  \n"))
    reading_controls(a, n)
    fixes = fixes_of(a)
    if a.rows:
        rows = [{c: cell(c, v) for c, v in zip(a.columns, r)} for r in a.rows]
        by_report = len(a.report_ids) == len(a.rows)
        # the keys the answer's passages cite per report: a row whose value rests on a
        # corrected figure is marked 人工更正 (machine value and note on hover)
        keys = answer_keys(a)
        cited = {rid: [(k, f) for k, f in fx.items() if k in keys] for rid, fx in fixes.items()}
        if by_report:
            for r, rid in zip(rows, a.report_ids):
                r["_rid"], r["_fix"] = rid, cited.get(rid)
                r["open"] = "打开"
        cols = {**({"open": "报告"} if by_report else {}),
                **{c: COLUMN_NAMES.get(c, "数值") for c in a.columns}}
        tips = {"value": lambda r: "；".join(f"{report_view.label(k)} {report_view.fix_title(k, f)}"
                                             for k, f in r.get("_fix") or []) or None}
        st.html(FIX_CSS + html_table(rows, cols, name=f"ask{n}", titles=tips,
                                     fixed={"value": lambda r: bool(r.get("_fix"))},
                                     links={"open": lambda r: report_url(r["_rid"])} if by_report else {}))
    if a.sql:
        with st.expander("查询语句（SQL）"):
            st.code(a.sql, language="sql")
            if a.params:
                st.json(a.params, expanded=False)
    if a.passages:
        with st.expander(f"原文出处（{len(a.passages)} 处）", expanded=any(fixes.values())):
            for p in a.passages:
                fix = fixes.get(p["report_id"], {}).get(str(p.get("key")))
                st.html(f'{FIX_CSS}<div style="margin:.3em 0"><a href="{report_url(p["report_id"])}" target="_self">'
                        f'报告 {p["report_id"]}</a> <span style="color:#888">{html.escape(L.file_name(p.get("source")))}</span><br>'
                        f'<span>…{passage_html(p, fix)}…</span></div>')
    for i, s in enumerate(a.suggestions):
        if st.button(s, key=f"ask_suggest_{n}_{i}"):
            ss.ask_pending = s
            st.rerun()


if "ask_error" in ss:
    st.warning(ss.pop("ask_error"))

for n, a in enumerate(ss.ask_history):
    with st.chat_message("user"):
        st.markdown(plain(a.question))
        if n in ss.ask_notes:
            st.caption("重新回答，" + plain(ss.ask_notes[n]))
    with st.chat_message("assistant"):
        show(a, n)

if st.button("清空对话", key="ask_clear", disabled=not ss.ask_history):
    ss.ask_history, ss.ask_notes = [], {}
    for k in [k for k in ss if str(k).startswith(("ask_chips_", "ask_opt_", "ask_edit_"))]:
        del ss[k]
    ss.ask_conversation = Conversation(db_path())
    st.rerun()

prompt = st.chat_input("请输入问题", key="ask_input") or ss.pop("ask_pending", None)
if prompt:
    with st.chat_message("user"):
        st.markdown(plain(prompt))
    with st.chat_message("assistant"):
        with st.spinner("正在查询…"):
            answer = ss.ask_conversation.ask(prompt)
        show(answer, len(ss.ask_history))
    ss.ask_history.append(answer)
