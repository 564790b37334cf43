"""The question sets as data: every expectation is in the small language, the runner scores
written answers as it should, and a blind set keeps its writer's words and answers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import qlib
from bench.assistant_sets import SETS, literal_matches, literal_want, set_names

ROOT = Path(__file__).resolve().parent.parent


def test_every_set_is_data_and_every_expectation_reads():
    names = set_names()
    converted = [f"dev{i:02d}" for i in range(1, 46)]   # the 45 scripts, now data
    assert set(converted) <= set(names)
    n = 0
    for name in names:
        d = json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))
        assert d["about"] and d["cases"]
        for c in d["cases"]:
            assert c["turns"] and all(isinstance(t, str) and t for t in c["turns"])
            assert all(isinstance(s, str) and s for s in c.get("says", ()))
            exp = c["expect"]
            if isinstance(exp, str):
                assert isinstance(qlib.evaluate(exp), tuple)
                n += name in converted
            else:
                assert exp["type"] in ("reports", "number", "strings", "none_in_store", "ask")
                if "same" in exp:
                    qlib.evaluate(exp["same"])
    assert n == 1839
    assert not list((ROOT / "bench").glob("assistant_dev*.py"))   # one runner, no scripts


@pytest.mark.parametrize("expr", ["__import__('os')", "requests.__globals__",
                                  "(x := 1)", "open('f')", "exec('1')"])
def test_the_expectation_language_refuses_what_is_not_an_expectation(expr):
    with pytest.raises((ValueError, NameError, SyntaxError)):
        qlib.evaluate(expr)


def test_written_answers_are_scored_by_their_type():
    rep = {"type": "reports", "value": ["r001", "r002"]}
    got = {"understood": True, "reports": ["/x/r002.txt", "/x/r001.txt"], "value": None}
    assert literal_matches(rep, literal_want(rep), got)
    assert not literal_matches(rep, literal_want(rep), {**got, "reports": ["/x/r001.txt"]})
    num = {"type": "number", "value": 12.35}
    assert literal_matches(num, 12.35, {"understood": True, "value": 12.3456})   # rounded mean
    assert not literal_matches(num, 12.35, {"understood": False, "value": 12.35})
    none = {"type": "none_in_store", "value": None}
    assert literal_matches(none, None, {"understood": False, "reports": [], "value": None})
    assert literal_matches(none, None, {"understood": True, "reports": [], "value": 0})
    assert not literal_matches(none, None, {"understood": True, "reports": ["r1.txt"]})
    ask = {"type": "ask", "value": None}
    assert literal_matches(ask, None, {"understood": False, "reports": [], "value": None,
                                       "options": [{"label": "x"}]})
    assert not literal_matches(ask, None, {"understood": True, "reports": [], "value": 5})
    s = {"type": "strings", "value": ["0352-5189188"]}
    assert literal_matches(s, s["value"], {"understood": True, "answer": "电话0352—5189188"})


@pytest.mark.parametrize("codes, answer, ok", [
    (["portal", "bulletin_board"], "公开渠道：某镇人民政府（2023年）：政府网站、公开栏。", True),
    (["wechat"], "渠道有微信公众号和政务微博", True),
    (["hotline", "portal"], "通过热线电话公开", False),          # 政府网站 not said
    (["weibo"], "渠道：政务微信", False),
    (["政府网站"], "渠道：政府网站", True),                       # a label written as such
])
def test_a_channel_expected_as_its_code_is_said_by_its_registry_label(codes, answer, ok):
    """Family: a channel expected as its contract code (portal) while the answer says the label of
    the project's one channel registry (display_labels.tsv: 政府网站); never a hand list."""
    exp = {"type": "strings", "value": codes}
    assert literal_matches(exp, codes, {"understood": True, "answer": answer}) is ok


def test_says_is_checked_in_the_first_line_and_first_sentence_only():
    from bench.assistant_sets import says_ok
    case = {"says": ["库中没有“洛西镇”"]}
    said = "我理解为：机关=两城镇\n库中没有“洛西镇”的报告；下面只回答其余的。两城镇0件。"
    assert says_ok(case, {"answer": said})
    late = "我理解为：机关=两城镇\n两城镇0件。库中没有“洛西镇”的报告。"
    assert not says_ok(case, {"answer": late})   # said, but not first
    assert says_ok({}, {"answer": late})


def test_each_same_expression_gives_the_written_answer_over_gold():
    from bench.qlib.core import DEV, expected, load_gold
    if not (DEV / "gold").is_dir():
        pytest.skip("no gold records on this machine")
    gold = load_gold()
    for c in [c for path in sorted(SETS.glob("*.json"))
              for c in json.loads(path.read_text(encoding="utf-8"))["cases"]]:
        exp = c["expect"]
        if not isinstance(exp, dict) or "same" not in exp:
            continue
        e = qlib.evaluate(exp["same"])
        got, want = expected(e, gold), literal_want(exp, gold)
        if e[0] == "text":
            assert sorted(got[1]) == sorted(want), c["id"]
        elif e[0] == "number":
            assert abs(got - want) < 0.006, c["id"]
        else:
            assert got == want, c["id"]


def test_varied_store_ids_are_unique_and_paired():
    """The varied store's excerpts keep their set in their id (two sets both number m001…),
    and every one has its gold."""
    from bench.assistant_sets import varied_reports
    reps = varied_reports()
    ids = [sid for _, _, sid in reps]
    assert len(ids) == len(set(ids)) and len(ids) >= 290
    assert all(g.is_file() and t.is_file() for g, t, _ in reps)
    assert {"mb1-m001", "mb3-m001"} <= set(ids)


def test_each_quoted_expectation_is_found_in_the_gold():
    # a blind case quoting a report's problems, remedies or contact reads them from the gold when
    # the set runs: the report and the field must be there, or the case would expect nothing
    from bench.assistant_sets import load_set, store_gold
    from bench.qlib.core import DEV
    if not (DEV / "gold").is_dir():
        pytest.skip("no gold records on this machine")
    golds = {}
    for path in sorted(SETS.glob("*.json")):
        d = load_set(path.stem)
        for c in d["cases"]:
            exp = c["expect"]
            if isinstance(exp, dict) and "from_gold" in exp:
                store = d.get("store", "dev")
                gold = golds.setdefault(store, store_gold(store) if store == "dev" or
                                        (path.parent.parent / "out" / "varied").is_dir() else None)
                if gold is None:
                    continue   # the varied store's excerpts are staged when its sets first run
                assert literal_want(exp, gold), (path.stem, c["id"])
