"""The app as shipped, in a real browser: started with no address option it listens on
127.0.0.1 only; two organs' files with the same name, uploaded through the page, become
two reports stored under their hashes, extracted in worker processes (the server's fork
server), not in the server. Skipped like tests/test_browser.py without Chromium/Playwright."""
from __future__ import annotations

import os
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
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
REPORT = """青石县{town}人民政府2022年政府信息公开工作年度报告

一、总体情况
2022年，全年共收到政府信息公开申请{n}件。
五、存在的主要问题及改进情况
一是公开内容不够全面。
"""

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            ip = s.getsockname()[0]
    except OSError:
        return None
    return None if ip.startswith("127.") else ip


def _children(pid: int) -> list[str]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append((d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except (OSError, ValueError, IndexError):
                pass
    return out


def test_uploads_of_two_organs_with_one_name_in_the_shipped_app(tmp_path):
    db_path = tmp_path / "app.db"
    store.connect(db_path).conn.close()
    files = []
    for town, n in (("东山镇", 4), ("西山镇", 7)):
        (tmp_path / town).mkdir()
        f = tmp_path / town / "年度报告.txt"
        f.write_text(REPORT.format(town=town, n=n), encoding="utf-8")
        files.append(f)
    port = _free_port()
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen(  # no --server.address: the project's config decides
        [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.headless",
         "true", "--server.port", str(port)],
        cwd=ROOT, env={**os.environ, "NIANBAO_DB": str(db_path),
                       "NIANBAO_AUTH": str(tmp_path / "none.yaml")},
        stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1):
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, \
                (tmp_path / "server.log").read_text(errors="replace")
            time.sleep(0.3)
        other = _other_address()
        if other:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=2).close()

        with playwright_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()
            page.set_default_timeout(60_000)
            try:
                page.goto(f"http://127.0.0.1:{port}/ingest")
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
                    [str(f) for f in files])
                page.get_by_text("年度报告.txt").first.wait_for()
                page.get_by_role("button", name="导入上传的文件").click()
                page.get_by_text("新入库 2 份").wait_for()
            finally:
                browser.close()
        assert any("multiprocessing.forkserver" in c for c in _children(proc.pid))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    db = store.connect(db_path)
    rows = db.execute("SELECT organ_name, path FROM reports WHERE path LIKE '%年度报告.txt' "
                      "ORDER BY organ_name").fetchall()
    assert [r[0] for r in rows] == ["青石县东山镇人民政府", "青石县西山镇人民政府"]
    uploads = tmp_path / "app_uploads"
    assert {Path(p).parent.parent for _, p in rows} == {uploads}
    assert len({Path(p).parent.name for _, p in rows}) == 2  # one folder per content hash
