"""报告: one report's text with every value highlighted, its tables, checks, and last year."""
import pandas as pd
import streamlit as st

from app_pages.common import level_name, plain, query, report_url
from store import browse, effective_record, report_view, yoy

CSS = """<style>
.nb-text{white-space:pre-wrap;line-height:1.9;max-height:70vh;overflow-y:auto;padding:.8em;
 border:1px solid #ddd;border-radius:6px;font-size:.95em}
.nb-text mark.fig{background:#fff3a3;border-bottom:2px solid #e0b000;padding:0 1px}
.nb-text mark.fact{background:#dcecff}
.nb-text mark.sel{background:#ff9f7a;outline:2px solid #d9480f}
</style>"""

st.title("报告")
param = st.query_params.get("report")
c1, c2 = st.columns([3, 1])
name = c1.text_input("按机关名称或文件名查找", key="report_find")
found = query(browse.list_reports, browse.Filters(text=name), limit=30) if name else []
choice = None
if found:
    choice = c1.selectbox("选择报告", [r["report_id"] for r in found], key="report_pick",
                          format_func=lambda i: next(f"{r['organ_name'] or '（未识别）'} {r['year'] or ''} #{i}" for r in found if r["report_id"] == i))
rid_in = c2.number_input("报告编号", min_value=0, step=1, value=int(param) if param and param.isdigit() else 0, key="report_id")
rid = choice or (int(rid_in) if rid_in else None)
if not rid:
    st.info("请输入报告编号，或按名称查找；也可以从“浏览”“问答”页面的链接打开报告。")
    st.stop()
try:
    rec = query(effective_record, int(rid))
except Exception as e:  # noqa: BLE001 - a missing id is shown, not raised
    st.info(f"找不到报告 {rid}：{e}")
    st.stop()

o = rec["organ"]
st.subheader(f"{plain(o['name'] or '（未识别机关）')} · {rec['year'] or '年度未知'}")
st.caption(f"层级：{level_name(o['level'])} ｜ 地区：{'·'.join(x for x in (o['province'], o['city'], o['county']) if x) or '未知'}"
           f" ｜ 表格格式：{rec['template'] or '未识别'} ｜ 文件：{plain(rec['source']['path'])} ｜ 编号 {rid}")
for w in rec["warnings"]:
    st.warning(plain(w))

figs = rec["figures"]
checks = rec["checks"]
left, right = st.columns([3, 2])
with right:
    tabs = st.tabs(["提取值", "表三", "表四", "表二", "校验"])
    with tabs[0]:
        frame = pd.DataFrame([{"项目": report_view.label(f["key"]), "值": f["value"], "原文": f["raw"],
                               "键": f["key"]} for f in figs])
        picked = st.dataframe(frame, hide_index=True, on_select="rerun", selection_mode="multi-row",
                              key="report_figs", width="stretch", height=400)
        sel_figs = [figs[i]["key"] for i in picked.selection.rows] if len(frame) else []
    with tabs[4]:
        shown = [c for c in checks if c["ok"] is not None] or checks
        cframe = pd.DataFrame([{"结果": {True: "✅ 通过", False: "❌ 未通过", None: "— 无法校验"}[c["ok"]],
                                "规则": c["rule"], "级别": "硬性" if c["severity"] == "hard" else "一般",
                                "说明": c["message"]} for c in shown])
        cpick = st.dataframe(cframe, hide_index=True, on_select="rerun", selection_mode="single-row",
                             key="report_checks", width="stretch")
        sel_check = [k for i in cpick.selection.rows for k in shown[i]["keys"]] if len(cframe) else []
        if sel_check:
            st.caption("已在原文和表格中标出该校验使用的单元格。")
    selected = set(sel_figs) | set(sel_check)

    def grid(t):
        df = pd.DataFrame(t["rows"], columns=t["columns"])
        marks = pd.DataFrame([["background-color:#ff9f7a" if k in selected else "" for k in ks]
                              for ks in t["keys"]], columns=t["columns"])
        st.dataframe(df.style.apply(lambda _: marks, axis=None), hide_index=True, width="stretch")

    with tabs[1]:
        grid(report_view.table3(figs, rec["template"]))
    with tabs[2]:
        grid(report_view.table4(figs))
    with tabs[3]:
        grid(report_view.table2(figs, rec["template"]))

with left:
    st.caption("黄色：提取的数值；蓝色：提取的事实（问题、措施、渠道等）；橙色：选中的值。鼠标悬停可看键、值和原文。")
    body = report_view.highlight_html(rec["text"], figs, rec["facts"], selected)
    st.html(f'{CSS}<div class="nb-text">{body}</div>')

st.divider()
st.subheader("与上一年对比")
pairs = query(yoy.year_on_year, int(rid))
if not pairs:
    st.info("没有同一机关上一年的报告。")
else:
    p = pairs[0]
    st.markdown(f"上一年报告：[编号 {p['prev_report_id']}]({report_url(p['prev_report_id'])})")
    c1, c2 = st.columns(2)
    with c1:
        st.markdown("**变化的数值**")
        st.dataframe([{"项目": report_view.label(x["key"]), "上一年": x["prev"], "本年": x["value"]}
                      for x in p["changed"]], hide_index=True, width="stretch")
    with c2:
        st.markdown("**各部分文字相似度**（≥0.85 视为内容雷同）")
        st.dataframe([{"部分": f"{k}、", "相似度": v, "雷同": "⚠️" if k in p["near_copies"] else ""}
                      for k, v in p["sections"].items()], hide_index=True, width="stretch",
                     column_config={"相似度": st.column_config.ProgressColumn(min_value=0, max_value=1, format="%.2f")})
