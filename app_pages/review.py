"""审核: the triage queue, a report's review state, its tables as the template draws them
(click a cell to correct or add a value), failed checks, basic facts and every correction."""
import html
import io

import pandas as pd
import streamlit as st

from app_pages.common import (PAGE_SIZE, db, html_table, level_name, pager, plain, query, report_title,
                              report_url, reviewer)
from store import StoreError, browse, checks, corrections, effective_record, export, report_view, review_queue
from store import labels as L
from store import review_state

st.title("审核")
ss = st.session_state
ss.setdefault("review_rev", 0)
by = reviewer()
if ss.pop("review_flash", None):
    st.success(ss.pop("review_flash_text", "已保存。"))
if not by:
    st.info("请先在左侧边栏填写审核人姓名：更正和审核结论都会记录它。")


def saved(text):
    ss.review_flash, ss.review_flash_text = True, text
    ss.review_rev += 1
    st.rerun()


n = query(review_queue.counts)
c = st.columns(6)
c[0].metric("待审队列", n["queue"])
c[1].metric("表格存疑或不完整", n["tables"])
c[2].metric("校验未通过", n["checks"])
c[3].metric("其他待审", n["other"])
c[4].metric("有疑问", n["question"])
c[5].metric("已审核", n["reviewed"])

if st.button("生成审核工作簿（Excel）", key="review_xlsx"):
    buf = io.BytesIO()
    count = export.export_xlsx(db(), buf)
    st.download_button(f"下载审核工作簿（{count} 份报告）", buf.getvalue(), file_name="审核工作簿.xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       key="review_xlsx_download")

param = st.query_params.get("report")
with st.expander(f"待审队列（{n['queue']} 份报告；表格存疑的排在最前，已审核的移出队列）",
                 expanded=not param):
    offset = pager("review_page", n["queue"])
    items = query(review_queue.queue, limit=PAGE_SIZE, offset=offset)
    shown = [{"report": L.report_name(q["organ_name"], q["year"], q["source_path"]),
              "level": level_name(q["level"]), "state": L.review_state(q["state"]),
              "reasons": q["reasons"], "report_id": q["report_id"]} for q in items]
    if shown:
        st.html(html_table(shown, {"report": "报告", "level": "层级", "state": "审核状态", "reasons": "需要查看的原因"},
                           links={"report": lambda r: f"review?report={r['report_id']}"}, name="queue"))
    else:
        st.success("队列已清空：所有报告都已审核。")

default = int(param) if param and param.isdigit() else (items[0]["report_id"] if items else 0)
rid = int(st.number_input("报告编号", min_value=0, step=1, value=default, key="review_id"))
if not rid:
    st.info("请在队列中点击一份报告，或输入报告编号。")
    st.stop()
try:
    rec = query(effective_record, rid)
except StoreError:
    st.info(f"没有编号为 {rid} 的报告。")
    st.stop()

o = rec["organ"]
st.subheader(report_title(rec))
st.html(f'<div style="font-size:.9em"><a href="{report_url(rid)}" target="_self">在报告页打开（原文高亮）</a>'
        f' ｜ 层级：{html.escape(level_name(o["level"]))} ｜ 编号 {rid} ｜ '
        f'<span title="{html.escape(rec["source"]["path"] or "")}">文件：'
        f'{html.escape(L.file_name(rec["source"]["path"]))}</span></div>')
for w in rec["warnings"]:
    st.warning(L.warning(w))

# the report's review state
now = query(review_state.states, rid)
cur = now.get("", {})
st.markdown(f"**审核状态：{L.review_state(cur.get('state'))}**"
            + (f"　{plain(cur['by'])} {L.china_time(cur['at'])}" if cur else "")
            + (f"　说明：{plain(cur['note'])}" if cur.get("note") else ""))
c = st.columns([3, 1, 1, 1])
state_note = c[0].text_input("审核说明（可选）", key=f"review_state_note_{rid}")
for col, (state, text) in zip(c[1:], (("reviewed", "标记为已审核"), ("question", "标记为有疑问"),
                                     ("pending", "退回待审核"))):
    if col.button(text, key=f"review_state_{state}", type="primary" if state == "reviewed" else "secondary",
                  disabled=not by):
        review_state.set_state(db(), rid, state, note=state_note or None, by=by)
        saved(f"已将这份报告标记为{L.review_state(state)}。")

# tables: the machine's status, the reviewer's state, and the table to correct
statuses = query(review_state.table_statuses, rid)
fixes = query(corrections.figure_fixes, [rid]).get(rid, {})
st.markdown("#### 表格")
st.caption("表格按模板排列：双击单元格修改数值即为更正；空白单元格填入数值即补充漏提的值；把数值改为“空白”表示该值提取错误。"
           "绿色的值是人工更正，鼠标悬停可看机器值和说明（报告页）。")
tabs = st.tabs([f"{L.table_name(t)}（{L.table_status((statuses.get(t) or {}).get('status'))}）"
                for t in ("t3", "t4", "t2")])
for tab, t in zip(tabs, ("t3", "t4", "t2")):
    with tab:
        info = statuses.get(t)
        tstate = now.get(t, {})
        line = f"读取状态：{L.table_status(info and info['status'])}"
        if info and info["missing"]:
            names = "、".join(L.row(t, m) for m in info["missing"])
            line += f"；缺少的行或列：{names}" if any(m.startswith("*.") for m in info["missing"]) \
                else f"；缺少的行：{names}"
        if info and info.get("note") and not any(ch.isascii() and ch.isalpha() for ch in info["note"]):
            line += f"；{info['note']}"
        line += f"　｜　审核：{L.review_state(tstate.get('state'))}"
        if tstate:
            line += f"（{plain(tstate['by'])} {L.china_time(tstate['at'])}）"
        st.markdown(line)
        b = st.columns([1, 1, 4])
        if b[0].button("本表已审核", key=f"review_table_ok_{t}", disabled=not by):
            review_state.set_state(db(), rid, "reviewed", scope=t, by=by)
            saved(f"已将{L.table_name(t)}标记为已审核。")
        if b[1].button("本表有疑问", key=f"review_table_q_{t}", disabled=not by):
            review_state.set_state(db(), rid, "question", scope=t, by=by)
            saved(f"已将{L.table_name(t)}标记为有疑问。")
        g = report_view.grid(rec["figures"], t, rec["template"])
        frame = pd.DataFrame([[v if k is None else L.number(v, k) for v, k in zip(row, ks)]
                              for row, ks in zip(g["rows"], g["keys"])], columns=g["columns"])
        label_cols = [c for c, k in zip(g["columns"], g["keys"][0]) if k is None]
        key = f"review_grid_{t}_{rid}_{ss.review_rev}"
        st.data_editor(frame, key=key, hide_index=True, width="stretch", disabled=label_cols,
                       height=min(36 * (len(frame) + 1) + 3, 900))
        edits = review_queue.grid_edits(g, ss.get(key) or {})
        fixed_here = [k for ks in g["keys"] for k in ks if k and k in fixes]
        if fixed_here:
            st.caption("本表的人工更正：" + "；".join(
                f"{report_view.label(k)} {report_view.fix_title(k, fixes[k])}" for k in fixed_here))
        note = st.text_input("更正说明", key=f"review_note_{t}_{rid}", placeholder="例如：原文表格第3行，机器读错列")
        if st.button(f"保存{L.table_name(t)}的更正（{len(edits)} 项）", key=f"review_save_{t}", type="primary",
                     disabled=not edits or not by):
            try:
                ids = review_queue.save_figure_edits(db(), rid, edits, note=note or None, by=by)
            except StoreError as e:
                st.error(str(e))
            else:
                saved(f"已保存 {len(ids)} 项更正。" if ids else "数值没有变化，无需保存。")

have = {r["key"]: r for r in query(review_queue.figure_rows, rid) if r["key"].startswith("n.")}
narr = [have.get(k) or {"key": k, "label": report_view.label(k), "value": None, "machine": None, "raw": None}
        for k in (*L.narrative_keys(), *sorted(set(have) - set(L.narrative_keys())))]
st.markdown("#### 正文中的数值")
st.caption("双击“数值”修改；空白处填入数值即补充正文中漏提的数。")
nkey = f"review_narr_{rid}_{ss.review_rev}"
nframe = pd.DataFrame([{"项目": r["label"], "数值": L.number(r["value"], r["key"]),
                        "原文": r["raw"] or ("人工补充" if r["key"] in fixes and r["machine"] is None else "")}
                       for r in narr], columns=["项目", "数值", "原文"])
st.data_editor(nframe, key=nkey, hide_index=True, width="stretch", disabled=["项目", "原文"])
nedits = {narr[int(i)]["key"]: ch["数值"] for i, ch in ((ss.get(nkey) or {}).get("edited_rows") or {}).items()
          if "数值" in ch}
if st.button(f"保存正文数值的更正（{len(nedits)} 项）", key="review_save_n", disabled=not nedits or not by):
    try:
        ids = review_queue.save_figure_edits(db(), rid, nedits, by=by)
    except StoreError as e:
        st.error(str(e))
    else:
        saved(f"已保存 {len(ids)} 项更正。")

failed = query(checks.list_checks, report_id=rid)
if failed:
    st.markdown("#### 未通过的校验")
    for i, chk in enumerate(failed):
        cols = st.columns([5, 1, 1])
        verdict = f"（{L.label('verdict', chk['verdict'])}）" if chk["verdict"] else ""
        cols[0].markdown(f"**{L.check(chk['rule'])}**：{L.check_message(chk)} {verdict}")
        if cols[1].button("确认报告有误", key=f"review_confirm_{i}", disabled=not by):
            checks.set_verdict(db(), rid, chk["rule"], "confirmed", by=by)
            saved(f"已确认：{L.check(chk['rule'])}")
        if cols[2].button("忽略", key=f"review_dismiss_{i}", disabled=not by):
            checks.set_verdict(db(), rid, chk["rule"], "dismissed", by=by)
            saved(f"已忽略：{L.check(chk['rule'])}")

st.markdown("#### 基本信息")
with st.form("review_meta"):
    c = st.columns(4)
    name = c[0].text_input("机关名称", o["name"] or "", placeholder=L.NOT_STATED)
    year = c[1].text_input("年度", str(rec["year"] or ""), placeholder=L.NOT_STATED)
    levels = list(browse.LEVELS)
    level = c[2].selectbox("层级", [None, *levels], index=(levels.index(o["level"]) + 1) if o["level"] in levels else 0,
                           format_func=level_name)
    county = c[3].text_input("县区", o["county"] or "", placeholder=L.NOT_STATED)
    meta_note = st.text_input("说明（保存为更正的备注）", key="review_meta_note")
    if st.form_submit_button("保存基本信息", disabled=not by):
        new = {"organ.name": name.strip() or None, "year": year.strip() or None,
               "organ.level": level, "organ.county": county.strip() or None}
        old = {"organ.name": o["name"], "year": str(rec["year"]) if rec["year"] else None,
               "organ.level": o["level"], "organ.county": o["county"]}
        try:
            done = [corrections.correct_meta(db(), rid, k, v, note=meta_note or None, by=by)
                    for k, v in new.items() if v != old[k]]
        except StoreError:
            st.error("年度请填写四位数字，例如 2023；其他字段请检查后再保存。")
        else:
            saved(f"已保存 {len(done)} 项基本信息更正。")

st.markdown("#### 更正记录")
history = query(corrections.list_corrections, rid)
if not history:
    st.caption("这份报告还没有更正。")
for h in reversed(history):
    cols = st.columns([6, 1])
    _, _, _, _, what, old, new, note, who, at, state = export.correction_row(h, None, None)
    flag = "　⚠️ 重新提取后机器值已变化，请复核" if h["machine_changed"] else ""
    if h.get("source_changed"):
        flag += "　⚠️ 需复核：原文已变（这项更正是在旧版原文上做的，现未应用）"
    # notes and names are the reviewers' own text: shown as text, never as Markdown
    cols[0].text(f"#{h['id']} {what}：机器值 {old or L.BLANK} → {new}"
                 f"{'　说明：' + note if note else ''}　—{who} {at}（{state}）{flag}")
    if not h["reverted_at"] and cols[1].button("撤销", key=f"review_revert_{h['id']}", disabled=not by):
        corrections.revert(db(), h["id"], by=by)
        saved(f"已撤销更正 #{h['id']}。")
