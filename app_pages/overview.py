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
    st.subheader("各层级收到申请数（按年度）")
    df = pd.DataFrame(query(overview.requests_by_level_year))
    if df.empty or not df["reports"].sum():
        st.info("还没有收到申请数（表三和正文都没有）。")
    else:
        df["层级"] = df["level"].map(level_name)
        df["年度"] = df["year"].astype(str)
        df["申请数"], df["报告数"] = df["requests"], df["reports"]
        df["来自表三"], df["来自正文"] = df["from_table"], df["from_prose"]
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            x=alt.X("年度:N"), y=alt.Y("申请数:Q", title="申请数（件）"), color="层级:N",
            xOffset="层级:N", tooltip=["层级", "年度", "申请数", "报告数", "来自表三", "来自正文"]), width="stretch")
        st.caption(f"收到申请数取表三“本年新收申请”总计，没有表三时取正文所述数（与问答相同）："
                   f"来自表三 {int(df['from_table'].sum())} 份，来自正文 {int(df['from_prose'].sum())} 份。")
with right:
    st.subheader("零申请占比（按县区）")
    df = pd.DataFrame(query(overview.zero_share_by_county))
    if df.empty:
        st.info("还没有收到申请数。")
    else:
        df = df.rename(columns={"county": "县区", "reports": "报告数", "zero": "零申请", "share": "占比"})
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            y=alt.Y("县区:N", title="县区", sort="-x"), x=alt.X("占比:Q", title="零申请报告占比", axis=alt.Axis(format="%")),
            tooltip=["县区", "报告数", "零申请", alt.Tooltip("占比:Q", format=".0%")]), width="stretch")

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
            tooltip=["年度", "结果", alt.Tooltip("count:Q", title="件数")]), width="stretch")
with right:
    st.subheader("未通过的校验（按校验）")
    df = pd.DataFrame(query(overview.failing_families))
    if df.empty:
        st.success("所有报告的校验都已通过或无法校验。")
    else:
        df = df.rename(columns={"family": "校验", "reports": "报告数"})
        st.altair_chart(alt.Chart(df).mark_bar().encode(
            y=alt.Y("校验:N", title="校验", sort="-x"), x=alt.X("报告数:Q", title="未通过的报告数"),
            tooltip=["校验", "报告数"]), width="stretch")
