"""导入: upload report files (kept under their hash) or ingest a folder inside the configured
roots; progress, what failed and what was not read, and why. Files are extracted in worker
processes (store.workers), never in the server; an unexpected error is one sentence here
and its details go to the server log."""
import logging
from pathlib import Path

import streamlit as st

from app_pages.common import db, db_path
from extractor.limits import LIMITS
from store import ingest
from store.errors import StoreError
from store.ingest import iter_files
from store.uploads import ROOTS_VAR, allowed, ingest_roots, save_upload

log = logging.getLogger("nianbao.app")

st.title("导入报告")
upload_dir = Path(db_path()).resolve().parent / f"{Path(db_path()).stem}_uploads"
st.caption(f"支持 .txt .html .htm .docx .pdf 以及 .jsonl 记录文件，单个文件不超过 {LIMITS.max_file_mb:g} MB。")


def run(paths, names: dict[str, str] | None = None, roots=None):
    """Ingest ``paths``; ``names`` shows an upload by the name it was sent with."""
    names = names or {}
    shown = lambda n: names.get(n, n)  # noqa: E731
    total = sum(1 for _ in iter_files(paths)) or 1
    bar = st.progress(0.0, text="正在导入…")
    done = [0]

    def step(name):
        done[0] += 1
        bar.progress(min(1.0, done[0] / total), text=f"{done[0]}/{total}　{Path(shown(name)).name}")

    try:
        result = ingest(db(), paths, on_item=step, roots=roots)
    except Exception:  # noqa: BLE001 - one sentence for the reviewer, the details in the log
        log.exception("ingest of %s failed", [str(p) for p in paths])
        bar.empty()
        st.error("导入没有完成：出现了意外错误，详情已写入服务器日志。")
        return
    bar.progress(1.0, text="完成")
    st.success(f"新入库 {result.stored} 份，未变化跳过 {result.skipped} 份，失败 {len(result.failed)} 份，"
               f"未读取 {len(result.ignored)} 个文件。")
    if result.failed:
        st.markdown("**失败的文件及原因**")
        st.dataframe([{"文件": shown(n), "原因": r} for n, r in result.failed], hide_index=True,
                     width="stretch")
    if result.ignored:
        st.markdown("**未读取的文件及原因**")
        st.dataframe([{"文件": n, "原因": r} for n, r in result.ignored], hide_index=True,
                     width="stretch")


tab_up, tab_dir = st.tabs(["上传文件", "指定文件夹"])
with tab_up:
    files = st.file_uploader("选择报告文件（可多选）", accept_multiple_files=True, key="ingest_files",
                             type=["txt", "html", "htm", "docx", "pdf", "jsonl"])
    if st.button("导入上传的文件", disabled=not files, key="ingest_upload"):
        saved, names = [], {}
        for f in files:
            try:
                target = save_upload(upload_dir, f.name, f.getvalue())
            except StoreError as e:
                st.error(str(e))
                continue
            except OSError:
                log.exception("saving upload %s", f.name)
                st.error(f"{Path(f.name).name} 无法保存，详情已写入服务器日志。")
                continue
            saved.append(target)
            names[str(target)] = f.name
        if saved:
            run(saved, names)
with tab_dir:
    roots = ingest_roots()
    if not roots:
        st.info(f"未配置可导入的文件夹。请在启动前设置环境变量 {ROOTS_VAR}（多个文件夹用冒号分隔）。")
    else:
        st.caption("可导入的文件夹：" + "；".join(str(r) for r in roots))
        folder = st.text_input("文件夹路径（包含子文件夹）", key="ingest_folder")
        if st.button("导入文件夹", disabled=not folder, key="ingest_dir"):
            path = Path(folder).expanduser()
            if not allowed(path, roots):
                st.error("这个文件夹不在允许导入的范围内。")
            elif not path.is_dir():
                st.error("找不到这个文件夹。")
            else:
                run([path], roots=roots)
