"""覆盖: which organs have not reported for a year: against an uploaded list of expected
organs (CSV or Excel), or, with none, the organs that reported the year before."""
import streamlit as st

from app_pages.common import db, html_table, level_name, query, report_url
from store import StoreError, coverage

st.title("报送情况")
years = query(coverage.years)
if not years:
    st.info("数据库中还没有标明年度的报告。请在“导入”页面导入。")
    st.stop()
year = st.selectbox("年度", years, format_func=lambda y: f"{y}年", key="coverage_year")
st.caption("上传应报送机关名单（CSV 或 Excel，第一行为表头：机关名称，可选 层级、县区），即可列出未报送的机关；"
           "不上传名单时，列出上一年报送了、本年没有报告的机关。")
upload = st.file_uploader("应报送机关名单", type=["csv", "xlsx"], key="coverage_file")
if upload is not None:
    try:
        expected = coverage.read_expected_upload(upload.name, upload.getvalue())
    except StoreError as e:
        st.error(str(e))
        st.stop()
    gone = coverage.missing(db(), expected, int(year))
    st.metric(f"{year}年未报送", f"{len(gone)} / {len(expected)}")
    if gone:
        st.html(html_table([{"name": g["name"], "level": g.get("level") or "", "county": g.get("county") or ""}
                            for g in gone], {"name": "机关", "level": "层级", "county": "县区"}, name="missing"))
    else:
        st.success("名单上的机关都已报送。")
else:
    gone = query(coverage.not_reported_again, int(year))
    st.metric(f"{year - 1}年报送、{year}年未见报告的机关", len(gone))
    if gone:
        rows = [{**g, "level": level_name(g["level"]), "county": g["county"] or "未填写", "last": f"{year - 1}年报告"}
                for g in gone]
        st.html(html_table(rows, {"name": "机关", "level": "层级", "county": "县区", "last": "上一年报告"},
                           links={"last": lambda r: report_url(r["last_report_id"])}, name="missing"))
    else:
        st.success(f"{year - 1}年报送的机关在{year}年都有报告。")
