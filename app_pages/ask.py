"""问答 (landing page): a chat over the question assistant, with rows, SQL and passages."""
import html
import re

import pandas as pd
import streamlit as st

from app_pages.common import db, db_path, level_name, plain, query, report_url
from store import browse

# the assistant's column names, as a reviewer reads them
COLUMN_NAMES = {"organ": "机关", "level": "层级", "year": "年份", "value": "数值", "source": "来源文件",
                "kind": "类别", "text": "原文", "reports": "报告数", "organs": "机关数",
                "county": "县（区）"}

try:
    from assistant import AskError, Conversation
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
    ss.ask_db, ss.ask_history = db_path(), []


def passage_html(p) -> str:
    """The passage on one line (table cells are one per line), its value marked."""
    body, mark = p["passage"], p.get("mark")
    flat = lambda t: html.escape(re.sub(r"\s+", " ", t))  # noqa: E731
    if mark:
        s, e = mark
        return (flat(body[:s]) + f'<mark title="{html.escape(str(p["key"]))}">' +
                flat(body[s:e]) + "</mark>" + flat(body[e:]))
    return flat(body)


def show(a, n):
    st.markdown(a.text)
    if a.rows:
        df = pd.DataFrame(a.rows, columns=a.columns)
        if "level" in df.columns:
            df["level"] = [level_name(v) for v in df["level"]]
        df = df.rename(columns=COLUMN_NAMES)
        config = {}
        if len(a.report_ids) == len(a.rows):
            df.insert(0, "报告", [report_url(r) for r in a.report_ids])
            config["报告"] = st.column_config.LinkColumn("报告", display_text="打开")
        st.dataframe(df, hide_index=True, column_config=config, width="stretch", key=f"ask_rows_{n}")
    if a.sql:
        with st.expander("查询语句（SQL）"):
            st.code(a.sql, language="sql")
            if a.params:
                st.json(a.params, expanded=False)
    if a.passages:
        with st.expander(f"原文出处（{len(a.passages)} 处）"):
            for p in a.passages:
                st.html(f'<div style="margin:.3em 0"><a href="{report_url(p["report_id"])}" target="_self">'
                        f'报告 {p["report_id"]}</a> <span style="color:#888">{html.escape(str(p["source"] or ""))}</span><br>'
                        f'<span>…{passage_html(p)}…</span></div>')
    for i, s in enumerate(a.suggestions):
        if st.button(s, key=f"ask_suggest_{n}_{i}"):
            ss.ask_pending = s
            st.rerun()


for n, a in enumerate(ss.ask_history):
    with st.chat_message("user"):
        st.markdown(plain(a.question))
    with st.chat_message("assistant"):
        show(a, n)

if st.button("清空对话", key="ask_clear", disabled=not ss.ask_history):
    ss.ask_history = []
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
