"""Section 五 as items, families of session 16 (sentences written for these tests, several
shapes): a numbered part heading run straight into its list (（一）存在的问题一是…: the line end
lost); an outer list whose items are the part headings (一是存在的问题。第一，…); the last year's
part opening a sentence with a comma after the last item (。上年度问题整改方面，…), never part of it."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

TEMPLATE = "一、总体情况\n本局认真落实公开要求。\n五、存在的主要问题及改进情况\n{body}\n六、其他需要报告的事项\n无。\n"
P1, P2 = "栏目内容更新不够及时", "政策解读形式较为单一"
R1, R2 = "建立栏目更新台账制度", "丰富图解视频解读形式"
BOTH = [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]


def items(body: str) -> list[tuple[str, str]]:
    text = TEMPLATE.format(body=body)
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


@pytest.mark.parametrize("body", [
    f"（一）存在的问题一是{P1}；二是{P2}。（二）改进措施一是{R1}；二是{R2}。",
    f"（一）存在的不足第一，{P1}；第二，{P2}。（二）下一步工作打算第一，{R1}；第二，{R2}。",
    f"（一）存在的问题一是{P1}；二是{P2}。\n（二）改进措施一是{R1}；二是{R2}。",
])
def test_a_part_heading_run_into_its_list(body):
    assert items(body) == BOTH


@pytest.mark.parametrize("body", [
    f"一是存在的问题。第一，{P1}；第二，{P2}。\n二是改进措施。第一，{R1}；第二，{R2}。",
    f"一是存在的不足。1.{P1}；2.{P2}。\n二是改进措施。1.{R1}；2.{R2}。",
])
def test_an_outer_list_of_part_headings(body):
    assert items(body) == BOTH


def test_an_item_of_an_outer_list_that_is_no_heading_stays_an_item():
    # (一是 + a problem's own words: an item, not a part heading)
    body = f"一是{P1}。二是{P2}。下一步，一是{R1}；二是{R2}。"
    assert items(body) == BOTH


@pytest.mark.parametrize("body", [
    f"存在的问题：一是{P1}；二是{P2}。\n改进措施：一是{R1}；二是{R2}。上年度问题整改方面，已完成全部目录梳理。",
    f"一是{P1}；二是{P2}。下一步，一是{R1}；二是{R2}。上一年度问题整改情况，已全部整改到位。",
    f"存在的问题：一是{P1}；二是{P2}。\n改进措施：一是{R1}；二是{R2}。上年度问题整改落实方面，针对去年报告指出的问题，已完成整改。",
])
def test_the_last_years_part_after_the_last_item(body):
    assert items(body) == BOTH


def test_a_comma_after_an_aspect_of_this_years_plans_is_no_label():
    body = f"存在的问题：一是{P1}；二是{P2}。\n改进措施：一是{R1}；二是在解读方面，{R2}。"
    assert items(body) == [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", f"在解读方面，{R2}")]
