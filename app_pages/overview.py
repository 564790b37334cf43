"""概览: charts of requests, zero-request townships, outcomes and failing checks."""
import altair as alt
import pandas as pd
import streamlit as st

from app_pages.common import level_name, query
from store import overview

st.title("概览")
t = query(overview.totals)
if not t["reports"]:
    st.info("数据库中还没有报告。请在“导入”页面导入。")
    st.stop()
c = st.columns(5)
c[0].metric("报告", t["reports"])
c[1].metric("机关", t["organs"])
c[2].metric("年度", t["years"])
c[3].metric("未通过校验（报告）", t["reports_failing"])
c[4].metric("有效更正", t["corrections"])

left, right = st.columns(2)
with left:
    st.subheader("各层级本年新收申请（按年度）")
    df = pd.DataFrame(query(overview.requests_by_level_year))
    if df.empty:
        st.info("还没有表三数据。")
    else:
        df["层级"] = df["level"].map(level_name)
        df["年度"] = df["year"].astype(str)
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            x=alt.X("年度:N"), y=alt.Y("requests:Q", title="申请数（件）"), color="层级:N",
            xOffset="层级:N", tooltip=["层级", "年度", "requests", "reports"]), width="stretch")
with right:
    st.subheader("零申请占比（按县区）")
    df = pd.DataFrame(query(overview.zero_share_by_county))
    if df.empty:
        st.info("还没有表三数据。")
    else:
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            y=alt.Y("county:N", title="县区", sort="-x"), x=alt.X("share:Q", title="零申请报告占比", axis=alt.Axis(format="%")),
            tooltip=["county", "reports", "zero", "share"]), width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("办理结果构成（按年度）")
    df = pd.DataFrame(query(overview.results_breakdown))
    if df.empty:
        st.info("还没有办理结果数据。")
    else:
        df["结果"] = df["outcome"].map(overview.OUTCOMES)
        df["年度"] = df["year"].astype(str)
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            x="年度:N", y=alt.Y("count:Q", title="件", stack="normalize"), color=alt.Color("结果:N", sort=list(overview.OUTCOMES.values())),
            tooltip=["年度", "结果", "count"]), width="stretch")
with right:
    st.subheader("未通过的校验（按规则）")
    df = pd.DataFrame(query(overview.failing_rules))
    if df.empty:
        st.success("所有报告的校验都已通过或无法校验。")
    else:
        df = df.groupby("family", as_index=False)["failed"].sum()
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            y=alt.Y("family:N", title="规则", sort="-x"), x=alt.X("failed:Q", title="报告数"),
            tooltip=["family", "failed"]), width="stretch")
