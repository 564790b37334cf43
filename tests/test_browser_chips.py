"""The 问答 page in Chromium: the reading shown as chips under the answer; removing the level
chip answers the question again over every level (skipped without Chromium or Playwright)."""
from __future__ import annotations

import pytest

from tests.test_app_chips import REPORTS, build_levels_store
from tests.test_browser import CHROMIUM, FLAGS, playwright_api, serve
from tests.test_browser import pytestmark  # noqa: F401  (browser marker, skip without Chromium)

ANSWERS = '[data-testid="stChatMessageContent"]'


def test_removing_a_chip_reruns_the_question(tmp_path, make_record):
    path = build_levels_store(tmp_path / "chips.db", make_record)
    with serve(path, tmp_path) as url, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(20_000)
        try:
            page.goto(url + "/")
            box = page.locator('[data-testid="stChatInputTextArea"]')
            box.wait_for()
            box.fill("省级人民政府的报告有几份？")
            box.press("Enter")
            chip = page.locator('[data-testid="stButtonGroup"] button').filter(has_text="层级=省级政府")
            chip.wait_for()
            first = page.locator(ANSWERS).nth(1).inner_text()
            assert first.startswith("我理解为：") and "共2份" in first, first
            chips = page.locator('[data-testid="stButtonGroup"] button').all_inner_texts()
            assert "统计=报告份数" in chips and not any("问的是" in c for c in chips), chips
            page.screenshot(path=str(tmp_path / "chips.png"), full_page=True)

            chip.click()   # remove the level: asked again over every report
            page.wait_for_function(
                f"() => document.querySelectorAll('{ANSWERS}').length >= 4")
            page.wait_for_function(
                f"() => [...document.querySelectorAll('{ANSWERS}')]"
                f".some(e => e.innerText.includes('共{len(REPORTS)}份'))")
            again = page.locator(ANSWERS).nth(3).inner_text()
            assert f"共{len(REPORTS)}份" in again and "省级政府" not in again.split("\n")[0], again
            assert "去掉：层级=省级政府" in page.locator(ANSWERS).nth(2).inner_text()
            page.screenshot(path=str(tmp_path / "rerun.png"), full_page=True)
        finally:
            browser.close()
