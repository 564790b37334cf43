"""导入: upload report files (kept under their hash) or ingest a folder inside the configured
roots; progress (per page while a scan is read by OCR), what failed and what was not read,
and why, in Chinese. Files are extracted in worker processes (store.workers), never in the
server; an unexpected error is one sentence here and its details go to the server log. No
server path is shown: a file is its name (below the folder given, its path from there), a
stored report its organ, year and file name."""
import logging
from pathlib import Path

import streamlit as st

from app_pages.common import db, db_path
from extractor.limits import LIMITS
from store import ingest
from store.errors import StoreError
from store.ingest import iter_files
from store.uploads import ROOTS_VAR, allowed, ingest_roots, save_upload
from store.walk import IMAGE_SUFFIXES, REPORT_SUFFIXES

log = logging.getLogger("nianbao.app")

st.title("导入报告")
upload_dir = Path(db_path()).resolve().parent / f"{Path(db_path()).stem}_uploads"
st.caption(f"支持 {' '.join(s for s in REPORT_SUFFIXES if s not in IMAGE_SUFFIXES)} 以及 .jsonl 记录文件；"
           f"扫描件（无文字层的 PDF，或 {' '.join(IMAGE_SUFFIXES)} 图片）经 OCR 识别，每页约需数秒。"
           f"单个文件不超过 {LIMITS.max_file_mb:g} MB。")


def shown_name(name: str, names: dict[str, str], bases: list[Path]) -> str:
    """What the reviewer sees for a file: the name it was uploaded with, its path below the
    folder it was found in, else its file name; never the server path."""
    if name in names:
        return names[name]
    p = Path(name)
    for b in bases:
        try:
            rel = p.relative_to(b)
        except ValueError:
            continue
        return str(rel) if str(rel) != "." else b.name
    return p.name


def hide_paths(text: str, bases: list[Path]) -> str:
    """A reason with the server folders it may quote taken out."""
    for b in sorted({str(b) for b in bases}, key=len, reverse=True):
        text = text.replace(b + "/", "").replace(b, "")
    return text


def run(paths, names: dict[str, str] | None = None, roots=None):
    """Ingest ``paths``; ``names`` shows an upload by the name it was sent with."""
    names = names or {}
    bases = [Path(p).resolve() for p in paths] + [Path(p) for p in paths] + [upload_dir]
    shown = lambda n: shown_name(n, names, bases)  # noqa: E731
    total = sum(1 for _ in iter_files(paths)) or 1
    bar = st.progress(0.0, text="正在导入…")
    pages = st.empty()
    done = [0]

    def step(name):
        done[0] += 1
        pages.empty()
        bar.progress(min(1.0, done[0] / total), text=f"{done[0]}/{total}　{shown(name)}")

    def page(name, k, n, seconds):
        pages.caption(f"正在 OCR 识别扫描件 {shown(name)}：第 {k}/{n} 页已读完（本页用时 {seconds:.1f} 秒）")

    try:
        result = ingest(db(), paths, on_item=step, roots=roots, on_page=page)
    except Exception:  # noqa: BLE001 - one sentence for the reviewer, the details in the log
        log.exception("ingest of %s failed", [str(p) for p in paths])
        bar.empty()
        st.error("导入没有完成：出现了意外错误，详情已写入服务器日志。")
        return
    bar.progress(1.0, text="完成")
    pages.empty()
    st.success(f"新入库 {result.stored} 份，未变化跳过 {result.skipped} 份，失败 {len(result.failed)} 份，"
               f"未读取 {len(result.ignored)} 个文件。")
    if result.report_ids:
        st.markdown("**入库的报告**")
        st.dataframe(_stored(result.report_ids), hide_index=True, width="stretch")
    if result.failed:
        st.markdown("**失败的文件及原因**")
        st.dataframe([{"文件": shown(n), "原因": hide_paths(r, bases)} for n, r in result.failed],
                     hide_index=True, width="stretch")
    if result.ignored:
        st.markdown("**未读取的文件及原因**")
        st.dataframe([{"文件": shown(n), "原因": hide_paths(r, bases)} for n, r in result.ignored],
                     hide_index=True, width="stretch")


def _stored(ids: list[int]) -> list[dict]:
    """The reports stored: organ, year and file name (the path stays on the server)."""
    rows = db().execute(
        f"SELECT organ_name, year, source_path FROM effective_reports WHERE report_id IN "
        f"({', '.join('?' * len(ids))}) ORDER BY organ_name, year", list(ids)).fetchall()
    return [{"机关": o or "未写明机关", "年度": str(y) if y else "未写明",
             "文件": (p or "").replace("\\", "/").rsplit("/", 1)[-1]} for o, y, p in rows]


tab_up, tab_dir = st.tabs(["上传文件", "指定文件夹"])
with tab_up:
    files = st.file_uploader("选择报告文件（可多选）", accept_multiple_files=True, key="ingest_files",
                             type=[x.lstrip(".") for x in REPORT_SUFFIXES] + ["jsonl"])
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
        folder = st.text_input("文件夹路径（包含子文件夹）", key="ingest_folder",
                               help="可导入的文件夹：" + "；".join(str(r) for r in roots))
        if st.button("导入文件夹", disabled=not folder, key="ingest_dir"):
            path = Path(folder).expanduser()
            if not allowed(path, roots):
                st.error("这个文件夹不在允许导入的范围内。")
            elif not path.is_dir():
                st.error("找不到这个文件夹。")
            else:
                run([path], roots=roots)
