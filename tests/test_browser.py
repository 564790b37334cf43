"""The app in a real browser: chat, a data-editor correction, highlighted report text.

Runs in the default suite when Debian's Chromium (/usr/bin/chromium) and Playwright for
Python are installed; skipped, saying which is missing, otherwise. The server is started on
a free loopback port against a database built here and always terminated in teardown.
Screenshots go to tmp_path only.
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "word_export_2019.txt"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
# (organ as the report names itself, requests received): townships with 0 requests answer the question
TOWNS = [("青石县白河镇", 0), ("青石县黄河镇", 0), ("青石县长江镇", 12)]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")]


def report_text(town: str, n: int) -> str:
    """The fixture report retold for ``town``; with n == 0 every table-3 cell is 0."""
    text = FIXTURE.read_text(encoding="utf-8").replace("青石县白河镇", town)
    text = text.replace("全年共收到政府信息公开申请12件", f"全年共收到政府信息公开申请{n}件")
    if n == 0:
        head, rest = text.split("三、收到和处理政府信息公开申请情况", 1)
        t3, tail = rest.split("四、政府信息公开行政复议", 1)
        t3 = re.sub(r"(?m)^(\t)\d+[ \u3000]*$", r"\g<1>0", t3)
        text = head + "三、收到和处理政府信息公开申请情况" + t3 + "四、政府信息公开行政复议" + tail
    return text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for town, n in TOWNS:
        (reports / f"{town}2020.txt").write_text(report_text(town, n), encoding="utf-8")
    path = tmp_path / "browser.db"
    db = store.connect(path)
    result = store.ingest(db, [reports])
    assert not result.failed, result.failed
    ids = {}
    for rid, name in db.execute("SELECT report_id, organ_name FROM effective_reports").fetchall():
        town = next(t for t, _ in TOWNS if t in db.execute(
            "SELECT path FROM reports WHERE id = ?", [rid]).fetchone()[0])
        if name is None:
            # Until the extractor reads names and years (issue 3), a reviewer supplies them.
            from store import corrections
            corrections.correct_meta(db, rid, "organ.name", town + "人民政府")
            corrections.correct_meta(db, rid, "organ.level", "township")
            corrections.correct_meta(db, rid, "organ.county", "青石县")
            corrections.correct_meta(db, rid, "year", "2020")
        ids[town] = rid
    db.conn.close()
    with serve(path, tmp_path) as url:
        yield {"url": url, "db": path, "ids": ids, "tmp": tmp_path}


@contextlib.contextmanager
def serve(path, tmp_path):
    """The app on a free loopback port over the database at ``path``; always terminated."""
    port = free_port()
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "NIANBAO_DB": str(path)}, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "server.log").read_text(errors="replace"))
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_chat_review_and_report_in_chromium(server):
    url, shots = server["url"], server["tmp"]
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(20_000)
        try:
            # Ask: the chat answers with the townships that received nothing
            page.goto(url + "/")
            box = page.locator('[data-testid="stChatInputTextArea"]')
            box.wait_for()
            box.fill("哪些乡镇没有收到政府信息公开申请？")
            box.press("Enter")
            answer = page.locator('[data-testid="stChatMessageContent"]').nth(1)
            answer.wait_for()
            page.wait_for_function(
                "() => [...document.querySelectorAll('[data-testid=\"stChatMessageContent\"]')]"
                ".some(e => e.innerText.includes('白河镇'))")
            said = answer.inner_text()
            page.screenshot(path=str(shots / "ask.png"), full_page=True)
            assert "白河镇" in said and "黄河镇" in said, said

            # Review: select table 3's 本年新收申请·总计 cell, type a value, save
            rid = server["ids"]["青石县长江镇"]
            set_reviewer(page, url, "张审核")
            page.goto(f"{url}/review?report={rid}")
            with _Closing(store.connect(server["db"])) as db:
                before = db.execute("SELECT value FROM effective_figures WHERE report_id = ? "
                                    "AND key = 't3.new_received.total'", [rid]).fetchone()[0]
            edit_cell(page, row=0, value=str(before + 100))
            page.get_by_role("button", name="保存表三的更正（1 项）").click()
            page.get_by_text("已保存 1 项更正").wait_for()
            page.screenshot(path=str(shots / "review.png"), full_page=True)
            with _Closing(store.connect(server["db"])) as db:
                got = db.execute("SELECT key, new_value, by FROM corrections WHERE report_id = ? "
                                 "AND target = 'figure'", [rid]).fetchall()
            assert got == [("t3.new_received.total", before + 100, "张审核")]

            # Report: the text carries <mark> elements with key = value (raw) titles
            page.goto(f"{url}/report?report={rid}")
            page.locator("mark.fig").first.wait_for()
            assert page.locator("mark.fig").count() > 50
            title = page.locator("mark.fig").first.get_attribute("title")
            assert re.match(r"(表[二三四]|正文)·\S+ = \S+（原文：.+）", title), title
            page.screenshot(path=str(shots / "report.png"), full_page=True)

            # Browse: the report list is a plain table whose organ names open the report page
            page.goto(f"{url}/browse")
            rows = page.locator("table.nb-reports tbody tr")
            rows.first.wait_for()
            assert rows.count() == 3
            cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(3)]
            head = page.locator("table.nb-reports thead th").all_inner_texts()
            organ, got = head.index("机关"), head.index("收到申请数")
            assert [(c[organ], c[got]) for c in cells] == [
                ("青石县白河镇人民政府", "0"), ("青石县长江镇人民政府", "112人工更正"), ("青石县黄河镇人民政府", "0")]
            assert page.locator('[data-testid="stDataFrame"]').count() == 0
            page.screenshot(path=str(shots / "browse.png"), full_page=True)
            rows.nth(1).get_by_role("link", name="青石县长江镇人民政府").click()
            page.wait_for_url(f"**/report?report={rid}")
            page.locator("mark.fig").first.wait_for()
            page.goto(f"{url}/browse")
            rows.first.wait_for()
            page.get_by_text("可排序表格").click()  # the same page in the data grid
            page.locator('[data-testid="stDataFrame"] canvas').first.wait_for()
            assert page.locator("table.nb-reports").count() == 0
            # the problems tab runs only once it is opened (st.tabs with on_change="rerun")
            assert page.get_by_text("更新不够及时").count() == 0
            page.get_by_role("tab", name="存在问题与改进措施").click()
            page.get_by_text("更新不够及时").first.wait_for()
        finally:
            page.screenshot(path=str(shots / "last.png"), full_page=True)
            browser.close()


def set_reviewer(page, url, name):
    """Give the reviewer's name once, in the sidebar (the app keeps it)."""
    page.goto(url + "/review")
    box = page.get_by_label("审核人", exact=True)
    box.wait_for()
    box.fill(name)
    box.press("Enter")
    idle(page)


def edit_cell(page, row: int, value: str, grid: int = 0):
    """Select table ``grid``'s 总计 cell of ``row`` (the last column) in the data editor with the
    keyboard (click the row's label, then End), type ``value`` and commit it."""
    editor = page.locator('[data-testid="stDataFrame"]').nth(grid)
    editor.wait_for()
    canvas = editor.locator("canvas").first
    canvas.wait_for()
    editor.scroll_into_view_if_needed()
    cell = page.locator("#portal input.gdg-input, #portal textarea.gdg-input").first
    for attempt in range(3):   # the grid may still be laying out its columns: click again
        box = canvas.bounding_box()
        page.mouse.click(box["x"] + 20, box["y"] + 35 + 35 * row + 17)
        page.keyboard.press("End")
        page.keyboard.press("Enter")
        try:
            cell.wait_for(timeout=5000)
            break
        except playwright_api.TimeoutError:
            if attempt == 2:
                raise
    cell.fill(value)
    cell.press("Enter")
    idle(page)


def idle(page):
    """Wait until the app has no script run in progress."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid^=\"stStatusWidgetRunning\"]')")


class _Closing:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        return self.db

    def __exit__(self, *exc):
        self.db.conn.close()
