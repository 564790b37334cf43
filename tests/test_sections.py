"""find_sections on headings written for these tests: numbering styles, variants, one-line text."""
from __future__ import annotations

import pytest

from extractor.sections import find_sections

SIX = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
       "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
CN = "一二三四五六"


def _report(markers, sep="\n", body="正文。"):
    return sep.join(f"{m}{t}{sep}{body}" for m, t in zip(markers, SIX))


@pytest.mark.parametrize("markers", [
    [f"{c}、" for c in CN],
    [f"{i}、" for i in range(1, 7)],
    [f"{i}. " for i in range(1, 7)],
    [f"（{c}）" for c in CN],
    ["1. "] + [f"{c}、" for c in CN[1:]],  # section 一 rendered '1. 总体情况'
])
def test_numbering_styles(markers):
    text = _report(markers)
    secs = find_sections(text)
    assert [s.number for s in secs] == [1, 2, 3, 4, 5, 6]
    for s, title in zip(secs, SIX):
        assert text[s.start:s.end].endswith(title)
        assert text[s.body_start:s.body_end].strip() == "正文。"


def test_collapsed_onto_one_line():
    text = "清水县2019年报告 " + _report([f"{c}、" for c in CN], sep=" ")
    assert [s.number for s in find_sections(text)] == [1, 2, 3, 4, 5, 6]


def test_bare_headings_have_empty_bodies():
    text = "\n".join(f"{c}、{t}" for c, t in zip(CN, SIX))
    secs = find_sections(text)
    assert [s.number for s in secs] == [1, 2, 3, 4, 5, 6]
    assert all(text[s.body_start:s.body_end].strip() == "" for s in secs[1:5])


def test_sub_items_and_table_rows_are_not_sections():
    text = ("一、总体情况\n1.主动公开方面\n2.依申请公开方面\n（二）主动公开情况\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n"
            "四、政府信息公开行政复议、行政诉讼情况\n")
    secs = find_sections(text)
    assert [(s.number, text[s.start:s.start + 2]) for s in secs] == [(1, "一、"), (2, "二、"), (3, "三、"), (4, "四、")]


def test_pre_2019_outline_maps_to_the_six():
    text = ("一、政府信息公开工作的基本概况\n甲\n二、主动公开政府信息的情况\n乙\n三、依申请公开政府信息情况\n丙\n"
            "四、政府信息公开的收费及减免情况\n丁\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n戊\n"
            "六、政府信息公开工作存在的主要问题及改进措施\n己\n七、其他需要报告的事项\n庚\n")
    secs = find_sections(text)
    assert [s.number for s in secs] == [1, 2, 3, 4, 5, 6]
    assert "丁" in text[secs[2].body_start:secs[2].body_end]  # the fee part stays inside 三


def test_title_variants():
    text = "一、总体概述\n甲\n五、存在的主要问题及改进措施\n乙\n六、其他需要报告事项\n丙"
    assert [s.number for s in find_sections(text)] == [1, 5, 6]


def test_report_starting_at_section_three():
    text = "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n一是问题。"
    assert [s.number for s in find_sections(text)] == [3, 4, 5]


@pytest.mark.parametrize("one", ["—", "－", "⼀"])
def test_a_damaged_one_before_the_first_heading(one):
    text = f"{one}、总体情况\n我镇认真落实。\n二、主动公开政府信息情况\n五、存在的主要问题及改进情况\n一是不够。\n"
    assert [s.number for s in find_sections(text)] == [1, 2, 5]


def test_other_titles_of_part_five():
    for title in ("存在的不足", "存在问题及改进措施", "下一步工作打算"):
        text = f"一、总体情况\n我镇认真落实。\n五、{title}\n一是不够。\n六、其他需要报告的事项\n无\n"
        assert 5 in [s.number for s in find_sections(text)], title


def test_a_closing_part_numbered_anew_after_parts_left_out_is_still_that_part():
    # an excerpt or a short report that prints only 总体情况 and the problems numbers them 一, 二
    text = ("一、总体情况\n本年度收到申请3件。\n二、存在的主要问题及改进情况\n一是更新不及时。\n"
            "三、其他需要报告的事项\n无。\n")
    assert [(s.number, s.title[:4]) for s in find_sections(text)] == [(1, "总体情况"), (5, "存在的主"), (6, "其他需要")]


def test_a_sub_item_named_like_an_early_part_does_not_cut_the_first():
    text = ("一、总体情况\n1.主动公开政府信息情况\n全年公开100条。\n2.收到和处理政府信息公开申请情况\n收到3件。\n"
            "二、主动公开政府信息情况\n表略。\n")
    assert [s.number for s in find_sections(text)] == [1, 2]
