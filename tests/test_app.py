"""The Streamlit app: every page renders on a store the test builds; chat; saving edits."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import store
from store import browse, corrections, report_view, review_queue

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["app_pages/ask.py", "app_pages/browse.py", "app_pages/report.py",
         "app_pages/review.py", "app_pages/overview.py", "app_pages/coverage.py", "app_pages/ingest.py"]
FAIL = {"rule": "t3.balance.total", "ok": False, "severity": "hard", "expected": 5, "found": 4,
        "message": "本年新收+上年结转 = 办理结果总计+结转下年度 (total): 5 ≠ 4",
        "keys": ["t3.new_received.total", "t3.carried_over.total", "t3.total.total",
                 "t3.carried_forward.total"]}


@pytest.fixture
def app_db(tmp_path, monkeypatch, make_record):
    path = tmp_path / "app.db"
    db = store.connect(path)
    ids = {}
    for name, n in (("青石县白河镇人民政府", 0), ("青石县黄河镇人民政府", 0), ("青石县长江镇人民政府", 4)):
        rec = make_record(name=name, year=2021, figures={
            "t3.new_received.total": n, "t3.carried_over.total": 1, "t3.total.total": n,
            "t3.carried_forward.total": 0, "t3.granted.total": n},
            facts=[("problem", "公开内容不够全面", None), ("remedy", "加强培训，提高认识", None)])
        if n:
            rec["checks"] = [FAIL]
        ids[name] = store.save_record(db, rec)
    ids["prev"] = store.save_record(db, make_record(name="青石县长江镇人民政府", year=2020, template="2019",
                                                     figures={"t3.new_received.total": 2,
                                                              "t3.carried_forward.total": 1}))
    db.conn.close()
    monkeypatch.setenv("NIANBAO_DB", str(path))
    return path, ids


def run_page(page, **params):
    at = AppTest.from_file(APP, default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


class _Table(HTMLParser):
    """The header and rows of an HTML table: each cell's text, and the link it holds."""

    def __init__(self):
        super().__init__()
        self.head, self.rows, self.links, self._cell = [], [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
            self.links.append({})
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "a" and self._cell is not None:
            self.links[-1][len(self.rows[-1])] = dict(attrs)

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append("".join(self._cell))
            self._cell = None


def html_rows(at, name: str, link: str) -> list[dict]:
    """An HTML table of a page (class nb-<name>) as rows of header -> cell text, plus 'href'
    (the link of column ``link``)."""
    blocks = [h.proto.body for h in at.get("html") if f'class="nb-{name}"' in h.proto.body]
    assert len(blocks) == 1, f"{len(blocks)} tables nb-{name}"
    t = _Table()
    t.feed(blocks[0])
    head, *rows = t.rows
    out = []
    for cells, links in zip(rows, t.links[1:]):
        assert len(cells) == len(head), cells
        row = dict(zip(head, cells))
        a = links[head.index(link)]
        assert a["target"] == "_self", a
        out.append({**row, "href": a["href"]})
    return out


def report_rows(at) -> list[dict]:
    """Browse's report list (its HTML table) as rows of header -> cell text, plus 'href' (机关's link)."""
    return html_rows(at, "reports", "机关")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app_db, page):
    at = run_page(page)
    assert at.title[0].value


def test_empty_store_without_examples_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_DB", str(tmp_path / "empty.db"))
    monkeypatch.setattr("app_pages.common.EXAMPLES", tmp_path / "no-examples", raising=False)
    at = run_page("app_pages/browse.py")
    assert any("还没有报告" in i.value for i in at.info)


def test_chat_turn_answers_with_townships_and_follow_up(app_db):
    at = run_page("app_pages/ask.py")
    at.chat_input[0].set_value("哪些乡镇没有收到政府信息公开申请？").run()
    assert not at.exception
    said = " ".join(m.value for m in at.markdown)
    assert "白河镇" in said and "黄河镇" in said and "长江镇" not in said.split("查询")[0]
    assert len(at.session_state["ask_history"]) == 1
    rows = html_rows(at, "ask0", "报告")  # every row links to its report, in Chinese
    assert list(rows[0])[:3] == ["报告", "机关", "层级"]
    assert {r["层级"] for r in rows} == {"乡镇"}
    assert all(r["href"].startswith("report?report=") for r in rows)
    at.chat_input[0].set_value("那2020年呢？").run()
    assert not at.exception
    assert len(at.session_state["ask_history"]) == 2


def test_browse_filters_and_statements(app_db):
    path, ids = app_db
    at = run_page("app_pages/browse.py")
    assert not at.dataframe  # the report list is a plain HTML table until asked for the grid
    assert [(r["机关"], r["年度"]) for r in report_rows(at)] == [
        ("青石县白河镇人民政府", "2021"), ("青石县长江镇人民政府", "2020"),
        ("青石县长江镇人民政府", "2021"), ("青石县黄河镇人民政府", "2021")]
    at.selectbox(key="browse_status").set_value("failed").run()
    rid = ids["青石县长江镇人民政府"]
    [row] = report_rows(at)
    assert row == {**row, "编号": str(rid), "机关": "青石县长江镇人民政府", "层级": "乡镇",
                   "收到申请数": "4", "收到申请数来源": "表格", "表三·本年新收申请·总计": "4",
                   "表三·办理结果总计·总计": "4", "正文·收到政府信息公开申请": "空白", "未通过校验": "1",
                   "文件": "青石县长江镇人民政府-2021.txt", "href": f"report?report={rid}"}
    at.toggle(key="browse_sortable").set_value(True).run()  # the same page in st.dataframe
    assert not [h for h in at.get("html") if "nb-reports" in h.proto.body]
    frame = at.dataframe[0].value
    assert list(frame["organ_name"]) == ["青石县长江镇人民政府"]
    assert list(frame["link"]) == [f"report?report={rid}"]
    assert not any("公开内容不够全面" in m.value for m in at.markdown)  # a closed tab does not run
    at.session_state["browse_tab"] = "存在问题与改进措施"
    at.run()
    assert not at.dataframe  # ... and the other one closes
    assert any("公开内容不够全面" in m.value for m in at.markdown)


def test_browse_takes_a_typed_region_when_there_are_too_many_to_list(app_db, monkeypatch, make_record):
    path, _ = app_db
    store.save_record(store.connect(path), make_record(name="红岭县青峰镇人民政府", county="红岭县"))
    monkeypatch.setattr("app_pages.common.REGION_LIST_MAX", 0)
    at = run_page("app_pages/browse.py")
    assert "browse_region" not in [s.key for s in at.selectbox]
    at.text_input(key="browse_region").input("青石县").run()
    assert len(report_rows(at)) == 4
    at.text_input(key="browse_region").input("青石").run()  # a part of one region's name
    assert len(report_rows(at)) == 4
    at.text_input(key="browse_region").input("县").run()  # a part of several: pick one
    pick = at.selectbox(key="browse_region_pick")
    assert "青石县" in pick.options and len(pick.options) > 1
    pick.select("青石县").run()
    assert len(report_rows(at)) == 4
    at.text_input(key="browse_region").input("无此地").run()
    assert report_rows(at) == [] and any("没有名称含“无此地”的地区" in c.value for c in at.caption)


def test_report_page_highlights_values(app_db):
    path, ids = app_db
    at = run_page("app_pages/report.py", report=str(ids["青石县长江镇人民政府"]))
    html_blocks = [h.proto.body for h in at.get("html")]
    assert any('<mark class="fig"' in b and 'title="表三·本年新收申请·总计 = 4（原文：4）"' in b
               for b in html_blocks)
    assert any('class="nb-t3"' in b for b in html_blocks)  # table 3 as the template draws it


def test_review_edit_becomes_correction_and_reverts(app_db):
    path, ids = app_db
    rid = ids["青石县长江镇人民政府"]
    at = run_page("app_pages/review.py", report=str(rid))
    at.text_input(key="reviewer").input("张审核").run()
    db = store.connect(path)
    g = report_view.grid(store.effective_record(db, rid)["figures"], "t3", "2021")
    row = next(i for i, ks in enumerate(g["keys"]) if ks[-1] == "t3.total.total")
    at.session_state[f"review_grid_t3_{rid}_0"] = {
        "edited_rows": {row: {"总计": "5"}}, "added_rows": [], "deleted_rows": []}
    at.text_input(key=f"review_note_t3_{rid}").input("原表总计为5").run()
    at.button(key="review_save_t3").click().run()
    assert not at.exception
    got = [(c["key"], c["new_value"], c["note"], c["old_value"], c["by"])
           for c in corrections.list_corrections(db, rid)]
    assert got == [("t3.total.total", 5, "原表总计为5", "4", "张审核")]
    assert any("已保存 1 项更正" in s.value for s in at.success)
    cid = corrections.list_corrections(db, rid)[0]["id"]
    at.button(key=f"review_revert_{cid}").click().run()
    assert corrections.list_corrections(db, rid)[0]["reverted_at"] is not None


def test_review_queue_ranks_failed_check_first(app_db, tmp_path):
    path, ids = app_db
    db = store.connect(path)
    q = review_queue.queue(db)
    assert q[0]["report_id"] == ids["青石县长江镇人民政府"]
    assert q[0]["reasons"] == "硬性校验未通过 1 项"


def test_editor_state_to_edits():
    rows = [{"key": "t3.total.total", "value": 4}, {"key": "t4.review.total", "value": 1}]
    state = {"edited_rows": {0: {"value": 5}}, "deleted_rows": [1],
             "added_rows": [{"key": "n.wechat_posts", "value": 7, "note": "正文漏提"}]}
    assert review_queue.edits_from_editor(rows, state) == (
        {"t3.total.total": 5, "t4.review.total": None, "n.wechat_posts": 7},
        {"n.wechat_posts": "正文漏提"})


def test_browse_queries_page_in_sql(app_db):
    path, ids = app_db
    db = store.connect(path)
    assert browse.count_reports(db) == 4
    page = browse.list_reports(db, browse.Filters(year=2021), limit=2, offset=1)
    assert [r["organ_name"] for r in page] == ["青石县长江镇人民政府", "青石县黄河镇人民政府"]
    assert browse.count_reports(db, browse.Filters(text="长江")) == 2
    assert browse.count_statements(db, query="培训") == 3


def test_html_table_escapes_every_value_and_links():
    from app_pages.common import html_table
    rows = [{"id": 7, "name": '<script>x</script>&"', "n": 12.0, "r": 0.5, "none": None}]
    out = html_table(rows, {"id": "编号", "name": "机关<", "n": "数", "r": "率", "none": "空"},
                     links={"name": lambda r: f'report?report={r["id"]}&x="'}, name="t")
    body = out[out.index("<div"):]
    assert body == (
        '<div class="nb-table"><table class="nb-t"><thead><tr><th>编号</th><th>机关&lt;</th><th>数</th>'
        '<th>率</th><th>空</th></tr></thead><tbody><tr><td class="num">7</td><td><a href="report?report=7'
        '&amp;x=&quot;" target="_self">&lt;script&gt;x&lt;/script&gt;&amp;&quot;</a></td>'
        '<td class="num">12</td><td class="num">0.5</td><td>空白</td></tr></tbody></table></div>')


def test_highlight_escapes_and_marks():
    text = "收到<b>申请</b>3件"
    out = report_view.highlight_html(text, [{"key": "n.requests_received", "value": 3, "raw": "3件",
                                             "span": [11, 13]}], selected=["n.requests_received"])
    assert out == ('收到&lt;b&gt;申请&lt;/b&gt;<mark class="fig sel" data-key="n.requests_received" '
                   'title="正文·收到政府信息公开申请 = 3（原文：3件）">3件</mark>')


def test_ingest_folder_reports_progress_and_failures(app_db, tmp_path, monkeypatch):
    path, ids = app_db
    folder = tmp_path / "new"
    folder.mkdir()
    monkeypatch.setenv("NIANBAO_INGEST_ROOTS", str(tmp_path))
    fixture = Path(__file__).resolve().parent / "fixtures" / "word_export_2019.txt"
    (folder / "good.txt").write_text(fixture.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    at = run_page("app_pages/ingest.py")
    at.text_input(key="ingest_folder").set_value(str(folder)).run()
    at.button(key="ingest_dir").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["新入库 1 份，未变化跳过 0 份，失败 1 份，未读取 0 个文件。"]
    assert store.connect(path).execute("SELECT count(*) FROM reports").fetchone()[0] == 5


def test_review_marks_reviewed_and_adds_a_missed_prose_value(app_db):
    path, ids = app_db
    rid = ids["青石县长江镇人民政府"]
    at = run_page("app_pages/review.py", report=str(rid))
    assert at.button(key="review_state_reviewed").disabled  # no reviewer name yet
    at.text_input(key="reviewer").input("张审核").run()
    queue_before = at.metric[0].value
    from store import labels
    row = labels.narrative_keys().index("n.wechat_posts")
    at.session_state[f"review_narr_{rid}_0"] = {"edited_rows": {row: {"数值": "36"}}, "added_rows": [],
                                                "deleted_rows": []}
    at.run()
    at.button(key="review_save_n").click().run()
    assert not at.exception
    db = store.connect(path)
    assert [(c["key"], c["new_value"], c["by"]) for c in corrections.list_corrections(db, rid)] == [
        ("n.wechat_posts", 36, "张审核")]
    at.button(key="review_state_reviewed").click().run()
    assert any("已将这份报告标记为已审核" in s.value for s in at.success)
    assert int(at.metric[0].value) == int(queue_before) - 1
    assert rid not in [q["report_id"] for q in review_queue.queue(db)]
    history = [m.value for m in at.markdown if "审核状态：已审核" in m.value]
    assert history and "张审核" in history[0]
    at.button(key="review_xlsx").click().run()
    assert at.get("download_button")


def test_report_sets_any_other_year_beside_it_with_every_figure(app_db):
    path, ids = app_db
    at = run_page("app_pages/report.py", report=str(ids["青石县长江镇人民政府"]))
    assert at.selectbox(key="report_other").options == ["2020年 · 青石县长江镇人民政府-2020.txt"]
    [frame] = [d.value for d in at.dataframe if "变化" in d.value.columns]
    assert list(frame.columns) == ["项目", "2020年", "2021年", "变化"]
    got = {r["项目"]: (r["2020年"], r["2021年"], r["变化"]) for _, r in frame.iterrows()}
    assert got["表三·本年新收申请·总计"] == ("2", "4", "不同")
    assert got["表三·予以公开·总计"] == ("空白", "4", "不同")
    assert got["表三·结转下年度继续办理·总计"] == ("1", "0", "不同")
    assert not any(v[2] for k, v in got.items() if v[0] == v[1])
