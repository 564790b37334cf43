"""App page load: time from navigation to the first data table / chart visible, in Chromium.

    python -m bench.run_app --db bench/out/store_100k.db          # 5 loads of each page
    python -m bench.run_app --quick                                # a 700-report store, 2 loads

Starts ``streamlit run app.py`` (``--app DIR``: from another folder, e.g. a copy of the
pages before a change) on a free loopback port with ``NIANBAO_DB`` set, waits for its
health endpoint, then for each page (Browse = /browse, the first row of the report list: a
row of its HTML table, or the data grid's canvas when the page shows st.dataframe;
Overview = /overview, first Vega-Lite chart) opens a new browser context (a new Streamlit
session) and measures the time to the element being visible on the page's own clock
(``performance.now()`` from the start of navigation), checked in the page on every
animation frame. (Playwright's ``wait_for`` polls 0, 20, 70, 170, 270 ms after it starts
and then every 500 ms, which rounded loads up to the next poll: a Browse row in the page
at 1.33 s was reported at 1.67 s; bench/RESULTS.md "Session 2: Browse as an HTML table".)
The first load of each page after the server starts runs the queries (``st.cache_data`` is
cold): it is reported as "cold"; the p50 is over the later loads, which a second reviewer
would see (each in a new browser context, so the browser downloads Streamlit's scripts
every time). "cached browser" is the same page loaded again in one context (scripts in the
browser's cache), as a reviewer who already has the app open would see it.
Two more columns for the same new-context loads: "drawn" is when the element's content is
there (the first row's report link, the grid's canvas, the chart's SVG or canvas; a
chart's frame is visible ~0.2 s before its bars), and "session" is when the page's
websocket opened: the part of the load that is Streamlit's start-up before our page runs.
The server is stopped (its own PID) at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"]
CHART = '[data-testid="stVegaLiteChart"], [data-testid="stArrowVegaLiteChart"]'
# Browse: a row of the report list, not its header (a <tr> in <tbody> is visible only once
# laid out with its cells' text); or, for st.dataframe, its canvas (the grid draws on mount)
PAGES = {"browse": 'table.nb-reports tbody tr, [data-testid="stDataFrame"] canvas', "overview": CHART}
DRAWN = {"browse": 'table.nb-reports tbody tr a, [data-testid="stDataFrame"] canvas',
         "overview": '[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas, '
                     '[data-testid="stArrowVegaLiteChart"] svg, [data-testid="stArrowVegaLiteChart"] canvas'}
# in every page: when its first websocket (the Streamlit session) opened, in ms of the page's clock
WS_OPEN = """const WS = window.WebSocket;
window.WebSocket = class extends WS { constructor(...a) { super(...a); this.addEventListener('open',
  () => { window.__wsOpen = window.__wsOpen || performance.now(); }); } };"""
# ... and, on every animation frame, the first time each selector matched an element with a
# non-empty box (what Playwright calls visible), in window.__seen["<page>.visible" | ".drawn"]
SEEN = """window.__seen = {};
const NB_SEL = %s;
(function tick() {
  for (const [k, sel] of Object.entries(NB_SEL)) {
    if (window.__seen[k] !== undefined) continue;
    for (const e of document.querySelectorAll(sel)) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) { window.__seen[k] = performance.now(); break; }
    }
  }
  requestAnimationFrame(tick);
})();""" % json.dumps({**{f"{k}.visible": v for k, v in PAGES.items()},
                       **{f"{k}.drawn": v for k, v in DRAWN.items()}})
TARGET_S = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, log: Path, app_dir: Path = ROOT) -> subprocess.Popen:
    env = {**os.environ, "NIANBAO_DB": str(Path(db).resolve())}
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=app_dir, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"streamlit did not start in 60 s; see {log}")


def load(page, url: str, name: str, timeout_s: float) -> tuple[float, float, float]:
    """Seconds from the start of navigation to the element visible, to its content drawn,
    and to the page's websocket open (all on the page's clock)."""
    page.goto(url)
    keys = [f"{name}.visible", f"{name}.drawn"]
    page.wait_for_function(f"() => {json.dumps(keys)}.every(k => window.__seen[k] !== undefined)",
                           polling="raf", timeout=timeout_s * 1000)
    seen = page.evaluate("[window.__seen, window.__wsOpen || 0]")
    return seen[0][keys[0]] / 1000, seen[0][keys[1]] / 1000, seen[1] / 1000


def p50(xs) -> float:
    return round(statistics.median(xs), 2)


def run(db: str, runs: int = 5, timeout_s: float = 120, app_dir: Path = ROOT) -> dict:
    from playwright.sync_api import sync_playwright
    port = free_port()
    proc = start_server(db, port, OUT / "run_app_server.log", app_dir)
    res = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for name in PAGES:
                url = f"http://127.0.0.1:{port}/{name}"
                fresh = []
                for _ in range(runs):
                    ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
                    ctx.add_init_script(WS_OPEN + SEEN)
                    fresh.append(load(ctx.new_page(), url, name, timeout_s))
                    ctx.close()
                # the same reviewer again: one context, so the browser has the app's scripts cached
                ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
                ctx.add_init_script(WS_OPEN + SEEN)
                page = ctx.new_page()
                again = [load(page, url, name, timeout_s) for _ in range(runs)]
                ctx.close()
                later = fresh[1:] or fresh
                res[name] = {"cold_s": round(fresh[0][0], 2), "p50_s": p50([t[0] for t in later]),
                             "max_s": round(max(t[0] for t in later), 2), "loads": len(fresh),
                             "cached_browser_p50_s": p50([t[0] for t in again]),
                             "cold_drawn_s": round(fresh[0][1], 2), "drawn_p50_s": p50([t[1] for t in later]),
                             "session_p50_s": p50([t[2] for t in later]),
                             "cached_browser_drawn_p50_s": p50([t[1] for t in again])}
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {"db": db, **res}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run_app", description=__doc__.split("\n")[0],
                                 epilog="example: python -m bench.run_app --db bench/out/store_100k.db --runs 5")
    ap.add_argument("--db", default=None, help="store (default bench/out/store_100k.db)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="build a 700-report store, 2 loads a page")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--app", type=Path, default=ROOT,
                    help="folder to run app.py from, e.g. a copy of the pages before a change (default: this checkout)")
    a = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"Error: no Chromium at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    from .build_store import bench_store
    db = bench_store(a.db, a.quick)
    if db is None:
        return 1
    if a.quick:
        a.runs = min(a.runs, 2)
    res = run(db, a.runs, app_dir=a.app.resolve())
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
        return 0
    print(f"{db} (target first paint < {TARGET_S} s)\n| page | cold s | p50 s | max s | loads | cached browser p50 s "
          "| drawn: cold s | drawn p50 s | cached browser drawn p50 s | session p50 s |\n|---|---|---|---|---|---|---|---|---|---|")
    for name in PAGES:
        r = res[name]
        print(f"| {name} | {r['cold_s']} | {r['p50_s']} | {r['max_s']} | {r['loads']} | {r['cached_browser_p50_s']} "
              f"| {r['cold_drawn_s']} | {r['drawn_p50_s']} | {r['cached_browser_drawn_p50_s']} | {r['session_p50_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
