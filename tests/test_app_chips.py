"""The 问答 page: the reading under each answer as chips; removing one answers again without
it; an ambiguous question offers its other readings as buttons (AppTest, a store built here)."""
from __future__ import annotations

import pytest

import store
from assistant import chips
from assistant.answer import Answer
from tests.test_app import run_page

# (organ, level, year, template, requests received): several levels, two years, two forms
REPORTS = [("青山省人民政府", "province", 2021, "2021", 10),
           ("绿水省人民政府", "province", 2021, "2021", 20),
           ("青石县人民政府", "county", 2021, "2021", 5),
           ("青石县白河镇人民政府", "township", 2021, "2021", 0),
           ("青石县黄河镇人民政府", "township", 2019, "2019", 1),
           ("青石县长江镇人民政府", "township", 2019, "2021", 2)]


def build_levels_store(path, make_record):
    """A store of REPORTS (the browser test builds the same one)."""
    db = store.connect(path)
    for name, level, year, template, n in REPORTS:
        rec = make_record(name=name, year=year, template=template,
                          county=None if level == "province" else "青石县",
                          figures={"t3.new_received.total": n})
        rec["organ"]["level"] = level
        store.save_record(db, rec)
    db.conn.close()
    return path


@pytest.fixture
def levels_db(tmp_path, monkeypatch, make_record):
    path = build_levels_store(tmp_path / "levels.db", make_record)
    monkeypatch.setenv("NIANBAO_DB", str(path))
    return path


def said(at) -> str:
    return " ".join(m.value for m in at.markdown)


def chip_labels(at, key) -> list[str]:
    w = at.pills(key=key)
    return [w.options[i] for i in w.indices]


def test_removing_the_level_chip_answers_again_without_it(levels_db):
    at = run_page("app_pages/ask.py")
    at.chat_input[0].set_value("省级人民政府的报告有几份？").run()
    assert not at.exception, [e.value for e in at.exception]
    first = at.session_state["ask_history"][0]
    assert first.value == 2 and "共2份" in said(at)
    labels = chip_labels(at, "ask_chips_0")
    assert any("省级政府" in x for x in labels), labels
    assert not any("问的是" in x for x in labels)          # what is asked is not removable
    level = next(i for i, it in enumerate(chips.removable(first)) if it["slot"] == "levels")
    at.pills(key="ask_chips_0").unselect(level).run()
    assert not at.exception, [e.value for e in at.exception]
    history = at.session_state["ask_history"]
    assert len(history) == 2
    again = history[1]
    assert again.value == len(REPORTS)                       # every level's reports now
    assert not any(it["slot"] == "levels" for it in again.reading)
    assert any(it["slot"] == "count" for it in again.reading)   # the other chips stayed
    assert f"共{len(REPORTS)}份" in said(at)
    assert any("去掉" in c.value and "省级政府" in c.value for c in at.caption)
    # the first answer keeps its own reading; the new one has its chips, without the level
    assert any("省级政府" in x for x in chip_labels(at, "ask_chips_0"))
    assert not any("省级政府" in x for x in chip_labels(at, "ask_chips_1"))


def test_ambiguous_2019_offers_the_year_reading_as_a_button(levels_db):
    at = run_page("app_pages/ask.py")
    at.chat_input[0].set_value("多少报告用2019表格？").run()
    assert not at.exception, [e.value for e in at.exception]
    first = at.session_state["ask_history"][0]
    assert first.value == 1                                  # the 2019 form: 黄河镇 only
    buttons = [b for b in at.button if b.key and b.key.startswith("ask_opt_0_")]
    assert len(buttons) == len(first.options) >= 1
    year = next(b for b in buttons if "年份" in b.label)
    year.click().run()
    assert not at.exception, [e.value for e in at.exception]
    again = at.session_state["ask_history"][1]
    assert again.value == 2                                  # the year 2019: 黄河镇 and 长江镇
    assert any(it["slot"] == "years" for it in again.reading)
    assert not any(it["slot"] == "template" for it in again.reading)
    assert any("改为" in c.value for c in at.caption)


def test_clearing_the_chat_forgets_the_chips(levels_db):
    at = run_page("app_pages/ask.py")
    at.chat_input[0].set_value("省级人民政府的报告有几份？").run()
    at.pills(key="ask_chips_0").unselect(0).run()
    at.button(key="ask_clear").click().run()
    assert not at.exception
    assert at.session_state["ask_history"] == [] and not at.pills
    at.chat_input[0].set_value("多少报告用2019表格？").run()   # chips of a new answer 0
    assert not at.exception, [e.value for e in at.exception]
    assert any("2019" in x for x in chip_labels(at, "ask_chips_0"))


def test_kept_reading_keeps_what_is_asked_and_rejects_unknown_chips():
    reading = [{"slot": "asked", "value": {"kind": "reports"}, "label": "问的是=报告", "rule": "kind"},
               {"slot": "levels", "value": {"levels": ["province"], "excluded_levels": []},
                "label": "层级=省级政府", "rule": "level_word"},
               {"slot": "count", "value": {"agg": "count", "count_unit": "report"},
                "label": "统计=报告份数", "rule": "aggregate"}]
    a = Answer(question="q", text="", understood=True, reading=reading)
    assert [it["label"] for it in chips.removable(a)] == ["层级=省级政府", "统计=报告份数"]
    assert [it["slot"] for it in chips.kept_reading(a, [1])] == ["asked", "count"]
    assert chips.removed_labels(a, [1]) == ["层级=省级政府"]
    with pytest.raises(ValueError):
        chips.kept_reading(a, [2])


def test_changing_the_level_and_adding_a_year_answers_again(levels_db):
    at = run_page("app_pages/ask.py")
    at.chat_input[0].set_value("省级人民政府的报告有几份？").run()
    at.button(key="ask_edit_0").click().run()               # nothing changed: said, no re-run
    assert len(at.session_state["ask_history"]) == 1
    assert any("没有修改" in w.value for w in at.warning)
    at.multiselect(key="ask_edit_0_levels").set_value(["township"])
    at.multiselect(key="ask_edit_0_years").set_value([2019])
    at.button(key="ask_edit_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    again = at.session_state["ask_history"][1]
    assert again.value == 2                                  # 黄河镇 and 长江镇, 2019
    slots = {it["slot"]: it["label"] for it in again.reading}
    assert slots["levels"] == "层级=乡镇" and slots["years"] == "年份=2019"
    notes = [c.value.replace("\\", "") for c in at.caption]   # shown as text: = is escaped
    assert any("改为" in c and "层级=乡镇" in c and "年份=2019" in c for c in notes), notes
    assert at.multiselect(key="ask_edit_0_levels").value == ["province"]   # answer 0 as it was
    assert at.multiselect(key="ask_edit_1_levels").value == ["township"]


def test_changed_reading_sets_clears_and_adds_chips():
    reading = [{"slot": "asked", "value": {"kind": "reports"}, "label": "问的是=报告", "rule": "kind"},
               {"slot": "levels", "value": {"levels": ["township"], "excluded_levels": ["county"]},
                "label": "层级=县级政府以外", "rule": "level_word"}]
    a = Answer(question="q", text="", understood=True, reading=reading)
    assert chips.current(a, "levels") == [] and chips.current(a, "years") == []
    got = chips.changed_reading(a, {"years": [2020, 2019], "template": ["2019"]})
    assert [it["label"] for it in got] == ["问的是=报告", "层级=县级政府以外", "年份=2019、2020", "模板=2019版"]
    assert [it["slot"] for it in chips.changed_reading(a, {"levels": []})] == ["asked"]
    with pytest.raises(ValueError):
        chips.changed_reading(a, {"organs": ["x"]})
    with pytest.raises(ValueError):
        chips.changed_reading(a, {"levels": ["nowhere"]})


class _Conv:
    """A stand-in conversation: records what it was asked."""
    context = None

    def ask(self, question, reading=None):
        self.asked = (question, reading)
        return question


def test_an_option_that_rewrites_a_name_is_asked_with_its_question():
    a = Answer(question="花勾镇收到多少申请？", text="", understood=False,
               reading=[{"slot": "asked", "value": {"kind": "figure"}, "label": "问的是=数字", "rule": "kind"}])
    opt = {"label": "“花勾镇”按“花沟镇”理解", "question": "花沟镇收到多少申请？", "reading": [{"slot": "x"}]}
    conv = _Conv()
    chips.choose(conv, a, opt)
    assert conv.asked == ("花沟镇收到多少申请？", [{"slot": "x"}])
    chips.choose(conv, a, {"label": "y", "reading": []})     # no question: the answer's own
    assert conv.asked == ("花勾镇收到多少申请？", [])
