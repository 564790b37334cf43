"""审核: the queue of what most needs a human; accept, edit or add values; corrections."""
import json

import streamlit as st

from app_pages.common import PAGE_SIZE, db, level_name, pager, plain, query, report_url
from store import StoreError, browse, checks, corrections, effective_record, review_queue

st.title("审核")
ss = st.session_state
ss.setdefault("review_rev", 0)
if ss.pop("review_flash", None):
    st.success(ss.pop("review_flash_text", "已保存。"))

total = query(review_queue.count_queue)
with st.expander(f"待审队列（{total} 份报告需要人工查看）", expanded="report" not in st.query_params):
    offset = pager("review_page", total)
    items = query(review_queue.queue, limit=PAGE_SIZE, offset=offset)
    picked = st.dataframe(
        [{"编号": q["report_id"], "机关": q["organ_name"] or "（未识别）", "年度": q["year"],
          "优先级": q["score"], "原因": q["reasons"]} for q in items],
        hide_index=True, on_select="rerun", selection_mode="single-row", key="review_queue",
        width="stretch", column_config={"年度": st.column_config.NumberColumn(format="%d")})
    if not items:
        st.info("队列为空：没有未通过的校验、缺失的数据或读取警告。也可以在下方输入编号审核任意报告。")

param = st.query_params.get("report")
chosen = items[picked.selection.rows[0]]["report_id"] if items and picked.selection.rows else None
default = int(param) if param and param.isdigit() else (items[0]["report_id"] if items else 0)
rid = chosen or int(st.number_input("报告编号", min_value=0, step=1, value=default, key="review_id"))
if not rid:
    st.info("请选择队列中的报告，或输入报告编号。")
    st.stop()
try:
    rec = query(effective_record, rid)
except StoreError as e:
    st.info(f"找不到报告 {rid}：{e}")
    st.stop()

o = rec["organ"]
st.subheader(f"{plain(o['name'] or '（未识别机关）')} · {rec['year'] or '年度未知'}")
st.markdown(f"[在报告页打开（原文高亮）]({report_url(rid)}) ｜ 文件：{plain(rec['source']['path'])}")
for w in rec["warnings"]:
    st.warning(plain(w))


def saved(text):
    ss.review_flash, ss.review_flash_text = True, text
    ss.review_rev += 1
    st.rerun()


failed = query(checks.list_checks, report_id=rid)
if failed:
    st.markdown("#### 未通过的校验")
    for i, c in enumerate(failed):
        cols = st.columns([5, 1, 1])
        verdict = {"confirmed": "（已确认：报告本身有误）", "dismissed": "（已忽略）"}.get(c["verdict"], "")
        cols[0].markdown(f"`{c['rule']}` {c['message']} {verdict}")
        if cols[1].button("确认报告有误", key=f"review_confirm_{i}"):
            checks.set_verdict(db(), rid, c["rule"], "confirmed")
            saved(f"已确认：{c['rule']}")
        if cols[2].button("忽略", key=f"review_dismiss_{i}"):
            checks.set_verdict(db(), rid, c["rule"], "dismissed")
            saved(f"已忽略：{c['rule']}")

st.markdown("#### 基本信息")
with st.form("review_meta"):
    c = st.columns(4)
    name = c[0].text_input("机关名称", o["name"] or "")
    year = c[1].text_input("年度", str(rec["year"] or ""))
    levels = list(browse.LEVELS)
    level = c[2].selectbox("层级", [None, *levels], index=(levels.index(o["level"]) + 1) if o["level"] in levels else 0,
                           format_func=lambda v: "未知" if v is None else level_name(v))
    county = c[3].text_input("县区", o["county"] or "")
    meta_note = st.text_input("说明（保存为更正的备注）", key="review_meta_note")
    if st.form_submit_button("保存基本信息"):
        new = {"organ.name": name.strip() or None, "year": year.strip() or None,
               "organ.level": level, "organ.county": county.strip() or None}
        old = {"organ.name": o["name"], "year": str(rec["year"]) if rec["year"] else None,
               "organ.level": o["level"], "organ.county": o["county"]}
        try:
            done = [corrections.correct_meta(db(), rid, k, v, note=meta_note or None)
                    for k, v in new.items() if v != old[k]]
        except StoreError as e:
            st.error(str(e))
        else:
            saved(f"已保存 {len(done)} 项基本信息更正。")

st.markdown("#### 数值")
st.caption("修改“当前值”即更正；清空当前值或删除行表示该值提取错误；在表格末尾添加行可补充漏提的值（填写键，如 t3.new_received.total）。")
rows = query(review_queue.figure_rows, rid)
editor_key = f"review_editor_{rid}_{ss.review_rev}"
st.data_editor(
    [{"key": r["key"], "label": r["label"], "machine": r["machine"], "value": r["value"],
      "note": r["note"] or ""} for r in rows],
    key=editor_key, num_rows="dynamic", hide_index=True, width="stretch",
    column_config={
        "key": st.column_config.TextColumn("键", width=200),
        "label": st.column_config.TextColumn("项目", disabled=True, width=280),
        "machine": st.column_config.NumberColumn("机器提取值", disabled=True, width=110),
        "value": st.column_config.NumberColumn("当前值", width=110),
        "note": st.column_config.TextColumn("备注", width=220)})
pending, _ = review_queue.edits_from_editor(rows, ss.get(editor_key) or {})
st.caption(f"待保存的修改：{len(pending)} 项" if pending else "没有待保存的修改。")
note = st.text_input("更正说明（未单独填写备注的行使用此说明）", key="review_note")
if st.button("保存数值更正", type="primary", key="review_save"):
    edits, notes = review_queue.edits_from_editor(rows, ss.get(editor_key) or {})
    try:
        ids = review_queue.save_figure_edits(db(), rid, edits, note=note or None, notes=notes)
    except StoreError as e:
        st.error(str(e))
    else:
        saved(f"已保存 {len(ids)} 项数值更正。" if ids else "没有需要保存的修改。")

st.markdown("#### 更正记录")
history = query(corrections.list_corrections, rid)
if not history:
    st.caption("这份报告还没有更正。")
for h in reversed(history):
    cols = st.columns([6, 1])
    new = h["new_value"] if h["action"] != "delete" else "（删除）"
    if h["target"] == "fact":
        new = h["new_text"] or h["match"]
    machine = json.loads(h["old_value"]) if h["old_value"] else None
    state = f"（已撤销 {h['reverted_at']}）" if h["reverted_at"] else ""
    flag = " ⚠️ 机器值已变为 " + str(h["machine_now"]) if h["machine_changed"] else ""
    if h.get("source_changed"):
        flag += " ⚠️ 需复核：原文已变（这项更正是在旧版原文上做的，现未应用）"
    # notes and names are the reviewers' own text: shown as text, never as Markdown
    cols[0].text(f"#{h['id']} {h['key']}：机器值 {machine} → 更正为 {new}"
                 f"　{h['note'] or ''}　—{h['by']} {h['at']}{state}{flag}")
    if not h["reverted_at"] and cols[1].button("撤销", key=f"review_revert_{h['id']}"):
        corrections.revert(db(), h["id"])
        saved(f"已撤销更正 #{h['id']}。")
