"""nianbao reviewer's workbench: `streamlit run app.py` (database: $NIANBAO_DB, default nianbao.db;
listens on 127.0.0.1, see .streamlit/config.toml; optional login: app_pages/auth.py)."""
import streamlit as st

from app_pages.auth import reviewer
from store.corrections import REVIEWER

st.set_page_config(page_title="年报审阅台", page_icon=":material/menu_book:", layout="wide")
# corrections, verdicts and review states carry the signed-in reviewer's name
REVIEWER.set(reviewer())
st.navigation([
    st.Page("app_pages/ask.py", title="问答", icon=":material/chat:", default=True),
    st.Page("app_pages/browse.py", title="浏览", icon=":material/table_view:"),
    st.Page("app_pages/report.py", title="报告", icon=":material/description:"),
    st.Page("app_pages/review.py", title="审核", icon=":material/fact_check:"),
    st.Page("app_pages/overview.py", title="概览", icon=":material/bar_chart:"),
    st.Page("app_pages/coverage.py", title="报送情况", icon=":material/checklist:"),
    st.Page("app_pages/ingest.py", title="导入", icon=":material/upload_file:"),
]).run()
