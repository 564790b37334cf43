"""导入: upload report files or point at a folder; progress and what failed, and why."""
from pathlib import Path

import streamlit as st

from app_pages.common import db, db_path
from store import ingest
from store.ingest import iter_files

st.title("导入报告")
upload_dir = Path(db_path()).resolve().parent / f"{Path(db_path()).stem}_uploads"
st.caption(f"数据库：{Path(db_path()).resolve()}　支持 .txt .html .htm .docx .pdf 以及 .jsonl 记录文件。")


def run(paths):
    total = sum(1 for _ in iter_files(paths)) or 1
    bar = st.progress(0.0, text="正在导入…")
    done = [0]

    def step(name):
        done[0] += 1
        bar.progress(min(1.0, done[0] / total), text=f"{done[0]}/{total}　{Path(name).name}")

    result = ingest(db(), paths, on_item=step)
    bar.progress(1.0, text="完成")
    st.success(f"新入库 {result.stored} 份，未变化跳过 {result.skipped} 份，失败 {len(result.failed)} 份。")
    if result.failed:
        st.markdown("**失败的文件及原因**")
        st.dataframe([{"文件": n, "原因": r} for n, r in result.failed], hide_index=True, width="stretch")


tab_up, tab_dir = st.tabs(["上传文件", "指定文件夹"])
with tab_up:
    files = st.file_uploader("选择报告文件（可多选）", accept_multiple_files=True, key="ingest_files",
                             type=["txt", "html", "htm", "docx", "pdf", "jsonl"])
    if st.button("导入上传的文件", disabled=not files, key="ingest_upload"):
        upload_dir.mkdir(parents=True, exist_ok=True)
        saved = []
        for f in files:
            target = upload_dir / Path(f.name).name
            target.write_bytes(f.getvalue())
            saved.append(target)
        st.caption(f"文件已保存到 {upload_dir}")
        run(saved)
with tab_dir:
    folder = st.text_input("文件夹路径（包含子文件夹）", key="ingest_folder")
    if st.button("导入文件夹", disabled=not folder, key="ingest_dir"):
        if not Path(folder).expanduser().is_dir():
            st.error(f"找不到文件夹：{folder}")
        else:
            run([Path(folder).expanduser()])
