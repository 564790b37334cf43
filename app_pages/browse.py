"""浏览: filter reports, the organs × main figures table, problems and remedies, CSV export."""
import io

import streamlit as st

from app_pages.common import (PAGE_SIZE, REGION_LIST_MAX, db, html_table, level_name, pager, plain, query,
                              report_url)
from store import browse, corrections, derived, report_view
from store import labels as L
from store.schema import MAIN_FIGURES, column


def reports(f: browse.Filters):
    """The organs × main figures table, a page at a time, and the CSV of the whole view.

    A plain HTML table first (it appears without the data grid's 1.7 MB of scripts); the
    "可排序表格" switch shows the same page in st.dataframe (sort by a column, resize, search).
    """
    total = query(browse.count_reports, f)
    offset = pager("browse_page", total)
    rows = query(browse.list_reports, f, limit=PAGE_SIZE, offset=offset)
    c = st.columns([4, 1])
    c[0].caption(f"共 {total} 份报告，显示第 {offset + 1}–{offset + len(rows)} 份")
    sortable = c[1].toggle("可排序表格", key="browse_sortable",
                           help="用交互表格显示本页：点击列标题排序、调整列宽、搜索（首次打开多加载约 1.8 MB 脚本）")
    labels = {"report_id": "编号", "organ_name": "机关", "level": "层级", "county": "县区",
              "year": "年度", "template": "格式", "requests": "收到申请数", "requests_source": "收到申请数来源",
              **{column(k): browse.MAIN_LABELS[k] for k in MAIN_FIGURES},
              "failed_checks": "未通过校验", "file": "文件"}
    fixes = query(corrections.figure_fixes, [r["report_id"] for r in rows])
    rows = [{**r, "level": level_name(r["level"]), "file": L.file_name(r["source_path"]),
             "county": L.stated(r["county"]), "template": f"{r['template']}版" if r["template"] else L.NOT_STATED,
             "requests_source": derived.SOURCE_LABELS.get(r["requests_source"], L.NOT_STATED),
             "_fix": fixes.get(r["report_id"], {})} for r in rows]
    tips = {column(k): (lambda r, k=k: report_view.fix_title(k, r["_fix"][k]) if k in r["_fix"] else None)
            for k in MAIN_FIGURES}
    fixed = {column(k): (lambda r, k=k: k in r["_fix"]) for k in MAIN_FIGURES}
    tips["file"] = lambda r: r["source_path"]
    req = derived.get(derived.REQUESTS)   # 收到申请数 is corrected when the figure it came from is
    used = lambda r: req.keys if r["requests_source"] == "表格" else req.fallback  # noqa: E731
    fixed["requests"] = lambda r: any(k in r["_fix"] for k in used(r))
    tips["requests"] = lambda r: "；".join(report_view.fix_title(k, r["_fix"][k]) for k in used(r)
                                          if k in r["_fix"]) or None
    if not sortable:
        shown = [{**r, "organ_name": r["organ_name"] or f"机关名称未填写（{r['file']}）"} for r in rows]
        st.html(html_table(shown, labels, links={"organ_name": lambda r: report_url(r["report_id"])},
                           name="reports", titles=tips, fixed=fixed))
    else:
        for r in rows:
            r["link"] = report_url(r["report_id"])
        config = {"link": st.column_config.LinkColumn("报告", display_text="打开"),
                  "report_id": st.column_config.NumberColumn("编号", format="%d"),
                  "year": st.column_config.NumberColumn("年度", format="%d")}
        config.update({k: v for k, v in labels.items() if k not in config})
        grid = [{k: (L.number(v) if isinstance(v, float) else v) if k != "link" else v
                 for k, v in r.items() if k in labels or k == "link"} for r in rows]
        grid = [{k: (L.BLANK if v is None else v) for k, v in r.items()} for r in grid]
        st.dataframe(grid, column_config=config, column_order=["link", *labels], hide_index=True,
                     width="stretch")
    if st.button("生成当前筛选结果的 CSV", key="browse_csv"):
        buf = io.StringIO()
        n = browse.write_csv(db(), f, buf)
        st.download_button(f"下载 CSV（{n} 行）", ("\ufeff" + buf.getvalue()).encode("utf-8"),
                           file_name="nianbao_reports.csv", mime="text/csv", key="browse_download")


def statements(f: browse.Filters):
    """Problems and remedies (section 五), grouped by report."""
    c = st.columns([1, 3])
    kinds = c[0].multiselect("类别", list(browse.KIND_LABELS), default=list(browse.KIND_LABELS),
                             format_func=browse.KIND_LABELS.get, key="browse_kinds")
    phrase = c[1].text_input("在问题和措施中搜索", placeholder="例如：不够及时", key="browse_phrase")
    if not kinds:
        st.info("请至少选择一个类别。")
        st.stop()
    total = query(browse.count_statements, f, tuple(kinds), phrase or None)
    offset = pager("browse_st_page", total)
    items = query(browse.list_statements, f, tuple(kinds), phrase or None, limit=PAGE_SIZE, offset=offset)
    st.caption(f"共 {total} 条")
    current = None
    for it in items:
        head = f"{it['organ_name'] or '机关名称未填写'} · {it['year'] or '年度未填写'}"
        if head != current:
            st.markdown(f"**[{plain(head)}]({report_url(it['report_id'])})**")
            current = head
        st.markdown(f"- {browse.KIND_LABELS[it['kind']]}：{plain(it['text'])}")


st.title("浏览报告")
opts = query(browse.options)
if not query(browse.count_reports):
    st.info("数据库中还没有报告。请在“导入”页面上传或指定报告文件。")
    st.stop()

c = st.columns(6)
level = c[0].selectbox("层级", [None, *opts["levels"]], format_func=lambda v: "全部" if v is None else level_name(v), key="browse_level")
if len(opts["regions"]) <= REGION_LIST_MAX:
    region = c[1].selectbox("地区", [None, *opts["regions"]], format_func=lambda v: v or "全部", key="browse_region")
else:  # too many to list (see common.REGION_LIST_MAX): the reviewer types a name or part of one
    region = c[1].text_input("地区", placeholder="县区、地市或省份名称", key="browse_region").strip() or None
    if region and region not in opts["regions"]:
        hits = [r for r in opts["regions"] if region in r]
        if len(hits) == 1:
            region = hits[0]
        elif hits:
            region = c[1].selectbox(f"含“{region}”的地区", hits[:REGION_LIST_MAX or 50], key="browse_region_pick")
        else:
            c[1].caption(f"没有名称含“{region}”的地区")
year = c[2].selectbox("年度", [None, *opts["years"]], format_func=lambda v: "全部" if v is None else f"{v}年", key="browse_year")
template = c[3].selectbox("表格格式", [None, *opts["templates"]], format_func=lambda v: "全部" if v is None else f"{v}版", key="browse_template")
status = c[4].selectbox("校验状态", [None, *browse.STATUSES], format_func=lambda v: "全部" if v is None else browse.STATUSES[v], key="browse_status")
text = c[5].text_input("关键词", placeholder="机关名称、地区或正文", key="browse_text")
f = browse.Filters(level=level, region=region, year=year, template=template, status=status, text=text or None)

# on_change="rerun": only the open tab runs, so its queries and widgets cost nothing hidden
tab_reports, tab_statements = st.tabs(["机关 × 主要数据", "存在问题与改进措施"], key="browse_tab",
                                      on_change="rerun")
if tab_reports.open:
    with tab_reports:
        reports(f)
if tab_statements.open:
    with tab_statements:
        statements(f)
