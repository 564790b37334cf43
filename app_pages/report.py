"""报告: one report's text with every value highlighted, its tables as the template draws them
(corrections marked 人工更正), checks, and the same organ's report of any other year."""
import html

import pandas as pd
import streamlit as st

from app_pages.common import level_name, query, report_title, report_url
from store import browse, corrections, derived, effective_record, report_view, review_state, yoy
from store import labels as L

CSS = """<style>
.nb-text{white-space:pre-wrap;line-height:1.9;max-height:70vh;overflow-y:auto;padding:.8em;
 border:1px solid #ddd;border-radius:6px;font-size:.95em}
.nb-text mark.fig{background:#fff3a3;border-bottom:2px solid #e0b000;padding:0 1px}
.nb-text mark.fact{background:#dcecff}
.nb-text mark.fix{background:#b2f2bb;border-bottom:2px solid #2f9e44}
.nb-text mark.sel{background:#ff9f7a;outline:2px solid #d9480f}
.nb-text sup.fixmark{color:#2b8a3e;font-size:.7em}
</style>"""

st.title("报告")
param = st.query_params.get("report")
c1, c2 = st.columns([3, 1])
name = c1.text_input("按机关名称或文件名查找", key="report_find")
found = query(browse.list_reports, browse.Filters(text=name), limit=30) if name else []
choice = None
if found:
    names = {r["report_id"]: L.report_name(r["organ_name"], r["year"], r["source_path"]) for r in found}
    choice = c1.selectbox("选择报告", list(names), key="report_pick", format_func=names.get)
rid_in = c2.number_input("报告编号", min_value=0, step=1, value=int(param) if param and param.isdigit() else 0,
                         key="report_id")
rid = choice or (int(rid_in) if rid_in else None)
if not rid:
    st.info("请输入报告编号，或按名称查找；也可以从“浏览”“问答”“审核”页面的链接打开报告。")
    st.stop()
try:
    rec = query(effective_record, int(rid))
except Exception:  # noqa: BLE001 - a missing id is shown, not raised
    st.info(f"没有编号为 {rid} 的报告。")
    st.stop()

o = rec["organ"]
st.subheader(report_title(rec))
region = "·".join(x for x in (o["province"], o["city"], o["county"]) if x) or L.NOT_STATED
if o.get("place_evidence"):   # a place the name does not state: how the report shows it
    region += f"（{L.place_evidence(o['place_evidence'])}）"
fmt = f"{rec['template']}版" if rec["template"] else "未识别"
state = query(review_state.states, int(rid)).get("", {})
statuses = query(review_state.table_statuses, int(rid))
req = query(derived.value, int(rid), derived.REQUESTS)
st.html(f'<div style="font-size:.9em;color:#555">层级：{html.escape(level_name(o["level"]))} ｜ 地区：{html.escape(region)}'
        f' ｜ 表格格式：{fmt} ｜ <span title="{html.escape(rec["source"]["path"] or "")}">文件：'
        f'{html.escape(L.file_name(rec["source"]["path"]))}</span> ｜ 编号 {rid}'
        f' ｜ 审核状态：{L.review_state(state.get("state"))}'
        f' ｜ <a href="review?report={rid}" target="_self">去审核</a><br>'
        f'{html.escape(req["label"])}：{html.escape(L.number(req["value"], blank=L.NOT_STATED))}'
        f'（{"来自" + req["source_label"] if req["source"] else "表格和正文都未填写"}）'
        f' ｜ 表格读取：' + "，".join(f"{L.table_name(t)}{L.table_status((statuses.get(t) or {}).get('status'))}"
                                  for t in ("t2", "t3", "t4")) + "</div>")
for w in rec["warnings"]:
    st.warning(L.warning(w))

figs = rec["figures"]
checks = rec["checks"]
fixes = query(corrections.figure_fixes, [int(rid)]).get(int(rid), {})
left, right = st.columns([3, 2])
with right:
    tabs = st.tabs(["提取值", "表三", "表四", "表二", "校验"])
    with tabs[0]:
        frame = pd.DataFrame([{"项目": report_view.label(f["key"]), "值": L.number(f["value"], f["key"]),
                               "原文": f["raw"] or "", "更正": "人工更正" if f["key"] in fixes else ""}
                              for f in figs], columns=["项目", "值", "原文", "更正"])
        picked = st.dataframe(frame, hide_index=True, on_select="rerun", selection_mode="multi-row",
                              key="report_figs", width="stretch", height=400)
        sel_figs = [figs[i]["key"] for i in picked.selection.rows] if len(frame) else []
    with tabs[4]:
        shown = [c for c in checks if c["ok"] is not None] or checks
        cframe = pd.DataFrame([{"结果": {True: "通过", False: "未通过", None: "无法校验"}[c["ok"]],
                                "校验": L.check(c["rule"]), "级别": L.label("severity", c["severity"], "一般"),
                                "说明": L.check_message(c)} for c in shown],
                              columns=["结果", "校验", "级别", "说明"])
        cpick = st.dataframe(cframe, hide_index=True, on_select="rerun", selection_mode="single-row",
                             key="report_checks", width="stretch")
        sel_check = [k for i in cpick.selection.rows for k in shown[i]["keys"]] if len(cframe) else []
        if sel_check:
            st.caption("已在原文和表格中标出该校验使用的单元格。")
    selected = set(sel_figs) | set(sel_check)
    for tab, t in zip(tabs[1:4], ("t3", "t4", "t2")):
        with tab:
            st.caption(f"读取状态：{L.table_status((statuses.get(t) or {}).get('status'))}。"
                       "绿色为人工更正（悬停看机器值和说明）；橙色为选中的值。")
            st.html(report_view.grid_html(report_view.grid(figs, t, rec["template"]), selected, fixes, name=t))

with left:
    st.caption("黄色：提取的数值；绿色：人工更正的数值；蓝色：提取的事实（问题、措施、渠道等）；橙色：选中的值。鼠标悬停可看项目、数值和原文。")
    body = report_view.highlight_html(rec["text"], figs, rec["facts"], selected, fixes)
    st.html(f'{CSS}<div class="nb-text">{body}</div>')

st.divider()
st.subheader("两年对比")
others = query(yoy.other_years, int(rid))
if not others:
    st.info("这个机关没有其他年度的报告。")
else:
    labels = {x["report_id"]: (f"{x['year']}年" if x["year"] else "年度未填写") + f" · {L.file_name(x['source_path'])}"
              for x in others}
    other = st.selectbox("与哪一年对比", list(labels), format_func=labels.get, key="report_other")
    p = query(yoy.compare, int(rid), int(other))
    o_year = next(x["year"] for x in others if x["report_id"] == other)
    this_y, that_y = f"{rec['year'] or '本报告'}", f"{o_year or '对比报告'}"
    st.markdown(f"对比报告：[{labels[other]}]({report_url(other)})")
    c1, c2 = st.columns(2)
    with c1:
        theirs = {f["key"]: f["value"] for f in query(effective_record, int(other))["figures"]}
        mine = {f["key"]: f["value"] for f in figs}
        changed = {x["key"] for x in p["changed"]}
        only = st.toggle("只看有变化的项目", key="report_only_changed")
        keys = sorted((set(mine) | set(theirs)) & (changed if only else set(mine) | set(theirs)), key=L.key_order)
        st.markdown(f"**全部数值**（{len(keys)} 项，其中 {len(changed)} 项不同）")
        cols = ["项目", f"{that_y}年", f"{this_y}年", "变化"]
        st.dataframe(pd.DataFrame([[report_view.label(k), L.number(theirs.get(k), k), L.number(mine.get(k), k),
                                    "不同" if k in changed else ""] for k in keys], columns=cols),
                     hide_index=True, width="stretch", height=420)
    with c2:
        st.markdown("**各部分文字相似度**（≥0.85 视为内容雷同）")
        st.dataframe(pd.DataFrame([{"部分": f"第{k}部分", "相似度": v, "雷同": "⚠️ 雷同" if k in p["near_copies"] else ""}
                                   for k, v in p["sections"].items()], columns=["部分", "相似度", "雷同"]),
                     hide_index=True, width="stretch",
                     column_config={"相似度": st.column_config.ProgressColumn(min_value=0, max_value=1, format="%.2f")})
