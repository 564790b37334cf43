"""Section 五 as items, by family (sentences written for these tests).

Each family (an enumeration style, a way of labelling the problems and the plans, a heading, an
introduction that is no item, what follows the section when 六 is missing) is tried in several
shapes; the items are compared whole, so a label, a marker or a neighbour's text inside an item
fails the test.
"""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

TEMPLATE = "一、总体情况\n本局认真落实公开要求。\n五、{head}\n{body}\n{tail}"
SIX = "六、其他需要报告的事项\n无。\n"


def items(body: str, head: str = "存在的主要问题及改进情况", tail: str = SIX) -> list[tuple[str, str]]:
    text = TEMPLATE.format(head=head, body=body, tail=tail)
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]


P1, P2 = "栏目更新不够及时", "解读形式较为单一"
R1, R2 = "加强栏目维护", "丰富解读形式"
BOTH = [("problem", P1), ("problem", P2), ("remedy", R1), ("remedy", R2)]


# ---------------------------------------------------------------- 一方面 / 另一方面, 其一 / 其二
@pytest.mark.parametrize("body, want", [
    (f"一方面，{P1}；另一方面，{P2}。下一步，我局将{R1}。",
     [("problem", P1), ("problem", P2), ("remedy", f"下一步，我局将{R1}")]),
    (f"一方面{P1}，另一方面{P2}。针对上述问题，一方面{R1}；另一方面{R2}。", BOTH),
    (f"存在问题：一方面，{P1}；另一方面，{P2}。\n改进措施：一方面，{R1}；另一方面，{R2}。", BOTH),
    (f"其一，{P1}；其二，{P2}。下一步：其一，{R1}；其二，{R2}。", BOTH),
])
def test_one_side_and_the_other(body, want):
    assert items(body) == want


# ---------------------------------------------------------------- labels without numbers
@pytest.mark.parametrize("body, want", [
    # each on its line
    (f"问题：{P1}。\n改进：{R1}。", [("problem", P1), ("remedy", R1)]),
    (f"不足：{P1}。\n改进情况：{R1}。", [("problem", P1), ("remedy", R1)]),
    (f"存在的问题：{P1}。\n努力方向：{R1}。", [("problem", P1), ("remedy", R1)]),
    (f"主要不足：{P1}。\n整改措施：{R1}。", [("problem", P1), ("remedy", R1)]),
    # run on in one paragraph
    (f"存在问题：{P1}。努力方向：{R1}。", [("problem", P1), ("remedy", R1)]),
    (f"问题：{P1}。改进：{R1}。", [("problem", P1), ("remedy", R1)]),
    # a label on a line of its own, the items after it
    (f"存在的不足\n{P1}。\n改进方向\n{R1}。", [("problem", P1), ("remedy", R1)]),
])
def test_labelled_parts(body, want):
    assert items(body) == want


# ---------------------------------------------------------------- one numbering, run twice
@pytest.mark.parametrize("body", [
    f"（1）{P1}；（2）{P2}。\n（1）{R1}；（2）{R2}。",
    f"1.{P1}；2.{P2}。\n1.{R1}；2.{R2}。",
    f"1、{P1}。\n2、{P2}。\n1、{R1}。\n2、{R2}。",
    f"①{P1}；②{P2}。\n①{R1}；②{R2}。",
    f"一是{P1}；二是{P2}。\n一是{R1}；二是{R2}。",
])
def test_a_numbering_that_starts_again_is_the_plans(body):
    assert items(body) == BOTH


# ---------------------------------------------------------------- more enumeration marks
@pytest.mark.parametrize("body", [
    f"存在问题：①{P1}；②{P2}。\n改进措施：①{R1}；②{R2}。",
    f"①{P1}；②{P2}。下一步：①{R1}；②{R2}。",
    f"存在问题：1）{P1}；2）{P2}。改进措施：1）{R1}；2）{R2}。",
    f"存在问题：\n1）{P1}。\n2）{P2}。\n改进措施：\n1）{R1}。\n2）{R2}。",
    f"第一，{P1}；第二，{P2}。下一步，第一，{R1}；第二，{R2}。",
    f"一是{P1}；二是{P2}。下一步，一要{R1}；二要{R2}。",
    f"首先，{P1}；其次，{P2}。针对上述问题，我局将：首先，{R1}；最后，{R2}。",
])
def test_enumeration_marks(body):
    assert items(body) == BOTH


# ---------------------------------------------------------------- sub-headings of other words
@pytest.mark.parametrize("body", [
    f"（一）存在的不足\n1.{P1}。\n2.{P2}。\n（二）努力方向\n1.{R1}。\n2.{R2}。",
    f"（一）存在的差距\n1.{P1}。\n2.{P2}。\n（二）下一步工作打算\n1.{R1}。\n2.{R2}。",
    f"1.存在问题\n（1）{P1}。\n（2）{P2}。\n2.改进措施\n（1）{R1}。\n（2）{R2}。",
])
def test_sub_headings(body):
    assert items(body) == BOTH


# ---------------------------------------------------------------- section 五's own heading
@pytest.mark.parametrize("head", [
    "存在的不足及下一步工作打算", "工作中存在的问题及努力方向", "存在问题及整改措施", "问题与改进",
    "存在的主要问题和下一步工作打算", "工作中存在的不足和改进措施",
])
def test_other_headings_of_section_five(head):
    assert items(f"一是{P1}；二是{P2}。下一步，一是{R1}；二是{R2}。", head=head) == BOTH


# ---------------------------------------------------------------- introductions are no items
@pytest.mark.parametrize("body, want", [
    (f"我局政务公开工作还存在一些不足。{P1}，{P2}。下一步将{R1}。",
     [("problem", f"{P1}，{P2}"), ("remedy", f"下一步将{R1}")]),
    (f"对照新要求，仍存在一些差距，具体如下：\n1.{P1}。\n2.{P2}。\n下一步，我局将从以下几个方面加以改进：\n1.{R1}。\n2.{R2}。",
     BOTH),
    (f"存在的问题主要表现在：{P1}，{P2}。下一步工作打算：{R1}，{R2}。",
     [("problem", f"{P1}，{P2}"), ("remedy", f"{R1}，{R2}")]),
    (f"本年度政务公开工作虽取得一定成效，但仍存在一些问题和不足。一是{P1}；二是{P2}。"
     f"下一步，我局将重点做好以下工作。一是{R1}；二是{R2}。", BOTH),
])
def test_introductions_are_no_items(body, want):
    assert items(body) == want


# ---------------------------------------------------------------- what follows when 六 is missing
@pytest.mark.parametrize("tail", [
    "联系方式：某某街道办事处党政办公室 电话：0771-5601132\n",
    "联系电话：0351-1234567\n联系地址：某某路1号\n",
    "\n某某县交通运输局\n2024年1月20日\n",
    "某某县交通运输局\n2024年1月20日\n",
    "特此报告。\n",
    "附件：政府信息公开情况统计表\n",
])
def test_section_five_ends_before_contact_and_signature(tail):
    assert items(f"问题：{P1}。\n改进情况：{R1}。", tail=tail) == [("problem", P1), ("remedy", R1)]
    assert items(f"1.{P1}；2.{P2}。\n下一步：1.{R1}；2.{R2}。", tail=tail) == BOTH


# ---------------------------------------------------------------- no split where there is none
def test_sub_items_inside_items_are_not_a_second_list():
    body = (f"一是{P1}，主要有：1.专栏；2.目录。二是{P2}。下一步，一是{R1}；二是{R2}。")
    got = items(body)
    assert [k for k, _ in got] == ["problem", "problem", "remedy", "remedy"]


def test_a_problem_part_alone_stays_problems():
    assert items(f"1.{P1}。\n2.{P2}。") == [("problem", P1), ("problem", P2)]


@pytest.mark.parametrize("body, want", [
    # full-width digits
    (f"１．{P1}；２．{P2}。\n下一步：１．{R1}；２．{R2}。", BOTH),
    # a numbered heading ending in 。 with its list after it on the line
    (f"（一）存在的问题。一是{P1}；二是{P2}。\n（二）改进措施。一是{R1}；二是{R2}。", BOTH),
    # …while an item's own heading sentence stays in the item
    (f"（一）公开内容不够全面。{P1}。\n（二）解读回应不够及时。{P2}。\n下一步将{R1}。",
     [("problem", f"公开内容不够全面。{P1}"), ("problem", f"解读回应不够及时。{P2}"),
      ("remedy", f"下一步将{R1}")]),
    # shortcomings said in a clause, then 主要是 …: one item, the clause kept (as the dev gold)
    (f"我局工作虽取得一定成效，但与群众期盼相比还有差距，主要是{P1}，{P2}。下一步将{R1}。",
     [("problem", f"我局工作虽取得一定成效，但与群众期盼相比还有差距，主要是{P1}，{P2}"),
      ("remedy", f"下一步将{R1}")]),
])
def test_more_shapes(body, want):
    assert items(body) == want


@pytest.mark.parametrize("body", [
    # the 2021 template's part on the last year's problems: neither a problem nor a plan
    f"（一）上年度问题整改情况\n针对上年度提出的问题，制定整改清单，已全部整改。\n（二）存在的主要问题\n1.{P1}。\n2.{P2}。\n"
    f"（三）改进措施\n一是{R1}；二是{R2}。",
    f"1.上一年度存在问题的整改情况：已按计划完成整改。\n2.存在问题：①{P1}；②{P2}。\n3.改进措施：①{R1}；②{R2}。",
])
def test_last_years_problems_are_neither(body):
    assert items(body) == BOTH


def test_a_plans_heading_naming_a_problem_is_a_plan():
    body = (f"（一）存在的问题\n1.{P1}。\n2.{P2}。\n（二）改进措施\n1.着力解决栏目更新慢问题\n{R1}。\n"
            f"2.解读形式单一的问题\n{R2}。")
    got = items(body)
    assert [k for k, _ in got] == ["problem", "problem", "remedy", "remedy"], got
    assert got[2][1].endswith(R1) and got[3][1].endswith(R2)


def test_plans_open_before_their_first_heading():
    body = f"存在问题：\n1.{P1}。\n2.{P2}。\n下一步，我局将：\n1.着力解决栏目更新慢问题\n{R1}。\n2.创新方式\n{R2}。"
    got = items(body)
    assert got[:2] == [("problem", P1), ("problem", P2)], got
    assert [k for k, _ in got[2:]] == ["remedy", "remedy"], got
    assert got[2][1].endswith(R1) and got[3][1].endswith(R2)


@pytest.mark.parametrize("body", [
    # 一、二、 inside section 五, like the top headings
    f"一、{P1}。\n二、{P2}。\n下一步，我局将重点抓好以下工作：\n一、{R1}。\n二、{R2}。",
    # 一是 right after the plan's verb
    f"还存在一些薄弱环节，一是{P1}，二是{P2}。对此，我县将一是{R1}，二是{R2}。",
])
def test_marks_of_top_headings_and_after_the_verb(body):
    assert items(body) == BOTH


def test_plans_under_a_top_heading_of_their_own():
    # 五、存在的不足 / 六、下一步工作打算 / 七、其他需要报告的事项: the plans' heading is no part of
    # the six, it is section 五's label
    text = (f"一、总体情况\n本局认真落实公开要求。\n五、存在的不足\n一是{P1}；二是{P2}。\n六、下一步工作打算\n"
            f"一是{R1}；二是{R2}。\n七、其他需要报告的事项\n无。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")] == BOTH


def test_unnumbered_lines_after_an_introduction():
    body = f"主要表现在：\n{P1}，部分栏目长期未更新。\n{P2}，以文字解读为主。\n下一步工作打算：\n{R1}，建立巡查制度。\n{R2}，多用图解。"
    assert items(body) == [("problem", f"{P1}，部分栏目长期未更新"), ("problem", f"{P2}，以文字解读为主"),
                           ("remedy", f"{R1}，建立巡查制度"), ("remedy", f"{R2}，多用图解")]


@pytest.mark.parametrize("text", [
    f"一、总体情况\n本局认真落实公开要求。\n存在的主要问题及改进情况\n一是{P1}；二是{P2}。下一步，一是{R1}；二是{R2}。\n",
    f"本局认真落实公开要求。\n\n存在的不足和下一步工作打算\n一是{P1}；二是{P2}。下一步，一是{R1}；二是{R2}。\n"
    f"六、其他需要报告的事项\n无。\n",
])
def test_section_five_under_a_heading_without_its_number(text):
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")] == BOTH


def test_a_sentence_starting_like_a_heading_is_none():
    text = f"一、总体情况\n存在的问题，我局已逐项整改到位。\n"
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [f for f in facts if f.kind in ("problem", "remedy")] == []


def test_plans_under_an_unnumbered_heading_name_no_channel():
    text = "一、总体情况\n本局通过门户网站公开信息。\n存在的主要问题及改进情况\n下一步将开通政务微博。\n"
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert {f.value for f in facts if f.kind == "channel"} == {"portal"}


def test_a_sub_heading_inside_section_one_is_no_section_five():
    text = (f"一、总体情况\n主要问题\n本局通过门户网站公开信息。\n二、主动公开政府信息情况\n略。\n"
            f"五、存在的主要问题及改进情况\n一是{P1}；二是{P2}。下一步，一是{R1}；二是{R2}。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")] == BOTH
    assert {f.value for f in facts if f.kind == "channel"} == {"portal"}


def test_a_plans_label_naming_the_problems_it_meets():
    assert items(f"存在问题：{P1}。\n针对问题的整改措施：{R1}。") == [("problem", P1), ("remedy", R1)]


# families of blind metadata set 3 (after its runs): where the plans start, and 一方面 inline
@pytest.mark.parametrize("body", [
    # a sentence that only says the organ will act, ending in a colon, then the plan list
    f"一是{P1}；二是{P2}。\n2025年，我部将：\n（一）{R1}。\n（二）{R2}。",
    f"一是{P1}；二是{P2}。\n下一步，本局将：\n1.{R1}。\n2.{R2}。",
    # 下步 for 下一步
    f"主要问题：一是{P1}，二是{P2}。下步工作中，一要{R1}，二要{R2}。",
    f"一是{P1}；二是{P2}。\n下步，一是{R1}；二是{R2}。",
    # a paragraph of next year's list of work, with no 将
    f"存在的问题，一方面{P1}，另一方面{P2}。\n2022年，一是{R1}。二是{R2}。",
    f"存在的问题：一是{P1}；二是{P2}。\n2024年，首先，{R1}；其次，{R2}。",
])
def test_where_the_plans_start(body):
    got = items(body)
    assert [k for k, _ in got] == ["problem", "problem", "remedy", "remedy"], got
    assert [t.rstrip("。；，") for _, t in got] == [P1, P2, R1, R2]


@pytest.mark.parametrize("body", [
    f"我镇存在以下问题：（1）{P1}；（2）{P2}。\n下一步，我镇一方面将{R1}，另一方面将{R2}。",
    f"问题：一是{P1}；二是{P2}。\n下一步，本局一方面将{R1}；另一方面将{R2}。",
])
def test_one_side_and_the_other_after_the_organ_naming_itself(body):
    got = items(body)
    assert [t.rstrip("。；，") for k, t in got if k == "remedy"] == [f"将{R1}", f"将{R2}"]


def test_a_year_opening_the_problems_paragraph_is_no_plan():
    got = items(f"2023年，我局政务公开工作仍存在不足：一是{P1}；二是{P2}。\n下一步，我局将{R1}。")
    assert [k for k, _ in got] == ["problem", "problem", "remedy"], got


# Word exports end their lines with \r\n: labels alone on their line and a 五 heading without its
# number are read the same (the generated txt set's problems fell to 0.877 when they were not)
@pytest.mark.parametrize("body", [
    f"（一）存在的问题\n1.{P1}。\n2.{P2}。\n（二）下一步工作打算\n1.{R1}。\n2.{R2}。",
    f"存在的不足\n一是{P1}；二是{P2}。\n努力方向\n一是{R1}；二是{R2}。",
    f"问题：一是{P1}；二是{P2}。\n改进：一是{R1}；二是{R2}。",
])
def test_labels_on_lines_ending_in_crlf(body):
    text = TEMPLATE.format(head="存在的主要问题和改进情况", body=body, tail=SIX).replace("\n", "\r\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    got = [(f.kind, f.text.rstrip("。；，")) for f in facts if f.kind in ("problem", "remedy")]
    assert got == BOTH


# a sentence saying the organ sets about rectifying (积极落实整改, 具体抓好以下工作) opens the plans,
# never the last problem's tail (a dev report's shape, in sentences written here)
@pytest.mark.parametrize("body", [
    f"一是{P1}。二是{P2}。结合实际，本局积极落实整改，具体抓好以下工作：一是{R1}。二是{R2}。",
    f"1.{P1}。\n2.{P2}。\n对此，我镇认真抓好整改：1.{R1}。\n2.{R2}。",
    f"（1）{P1}；（2）{P2}。本单位将做好以下工作：（1）{R1}；（2）{R2}。",
])
def test_a_sentence_setting_about_rectifying_opens_the_plans(body):
    got = items(body)
    assert [k for k, _ in got] == ["problem", "problem", "remedy", "remedy"], got
    assert [t.rstrip("。；，") for k, t in got if k == "problem"] == [P1, P2]


# the plans opened by a year's 我局将 with numbered items right after it on the line, no colon
@pytest.mark.parametrize("body", [
    f"（一）{P1}。（二）{P2}。\n2024年，我局将（一）{R1}；（二）{R2}。",
    f"（一）{P1}。（二）{P2}。\n2025年，我镇将(一){R1}；(二){R2}。",
])
def test_a_year_s_plan_with_numbered_items_right_after_it(body):
    assert items(body) == BOTH


# ---------------------------------------------------------------- problems inline after 但, plans listed
@pytest.mark.parametrize("body, want", [
    (f"我镇公开工作虽有进步，但一是{P1}，二是{P2}，今后要认真解决。\n（一）{R1}。\n（二）{R2}。",
     [("problem", P1), ("problem", f"{P2}，今后要认真解决"), ("remedy", R1), ("remedy", R2)]),
    (f"本局虽然做了大量工作，但是一是{P1}；二是{P2}。\n1.{R1}。\n2.{R2}。", BOTH),
    (f"工作取得一定成效，但一方面{P1}，另一方面{P2}。\n（1）{R1}；\n（2）{R2}。", BOTH),
    (f"成绩之外，但也存在不足，一是{P1}，二是{P2}。\n一、{R1}。\n二、{R2}。", BOTH),
])
def test_problems_inline_then_plans_listed_without_a_label(body, want):
    assert items(body) == want


@pytest.mark.parametrize("body", [
    # one list on lines of its own: problems only
    f"（一）{P1}。\n（二）{P2}。",
    # the inline list's lines hold no second list
    f"但一是{P1}，二是{P2}。\n这些问题影响了公开效果。",
])
def test_no_plans_without_a_second_list(body):
    assert all(k == "problem" for k, _ in items(body))


# ---------------------------------------------------------------- a numbered list inline after a lead
@pytest.mark.parametrize("body", [
    # arabic marks right after a remedy lead's comma, a year's comma or the plan's verb
    f"一是{P1}；二是{P2}。针对上述问题，1.{R1}；2.{R2}。",
    f"1. {P1}；2. {P2}。2025年，1. {R1}；2. {R2}。",
    f"（1）{P1}。（2）{P2}。针对上述问题，我局将（1）{R1}；（2）{R2}。",
    f"一是{P1}；二是{P2}。2024年，（1）{R1}；（2）{R2}。",
    f"一是{P1}；二是{P2}。下一步，1、{R1}；2、{R2}。",
])
def test_a_numbered_list_inline_after_a_lead(body):
    assert items(body) == BOTH


def test_numbers_in_a_sentence_are_no_list_marks():
    # 1.5万 and 1、2月 inside a problem are figures and months, not an inline list
    assert items(f"全年收到申请1.5万件，{P1}，1、2月更新较慢。下一步将{R1}。") == [
        ("problem", f"全年收到申请1.5万件，{P1}，1、2月更新较慢"), ("remedy", f"下一步将{R1}")]


# one numbered list with no label or lead for the plans, its last items saying what will be
# done: those items (a plan's verb first, no shortfall) are the plans
@pytest.mark.parametrize("body, expected", [
    ("一是栏目更新不够及时；二是解读形式较为单一；\n三是加强栏目维护，明确更新时限。\n",
     [("problem", P1), ("problem", P2), ("remedy", "加强栏目维护，明确更新时限")]),
    ("1.栏目更新不够及时。\n2.工作人员业务能力有待提高。\n3.进一步丰富解读形式。\n4.完善公开工作考核。\n",
     [("problem", P1), ("problem", "工作人员业务能力有待提高"),
      ("remedy", "进一步丰富解读形式"), ("remedy", "完善公开工作考核")]),
    ("（一）依申请办理流程不规范；（二）持续做好政策解读工作。\n",
     [("problem", "依申请办理流程不规范"), ("remedy", "持续做好政策解读工作")]),
])
def test_plans_at_the_tail_of_the_one_list(body, expected):
    assert items(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a plan's verb opening a shortfall: still a problem
    ("一是栏目更新不够及时；二是加强培训的力度不够。\n",
     [("problem", P1), ("problem", "加强培训的力度不够")]),
    # every item a plan, no shortfall stated: nothing to tell them from (left as read)
    ("一是加强栏目维护；二是丰富解读形式。\n", [("problem", R1), ("problem", R2)]),
    # a plan's verb in the middle of the list, a shortfall after it: not at the tail
    ("一是栏目更新不够及时；二是强化培训；三是解读形式较为单一。\n",
     [("problem", P1), ("problem", "强化培训"), ("problem", P2)]),
])
def test_no_plans_where_the_tail_is_no_plan(body, expected):
    assert items(body) == expected


# ---------------------------------------------------------------- 五、 under the report's own title
# the heading's number in the sequence of parts makes it part 五, whatever its words
@pytest.mark.parametrize("head, body", [
    ("问题与整改", f"（1）{P1}。（2）{P2}。\n2025年，我局将重点从两个方面改进：①{R1}；②{R2}。"),
    ("短板与不足及整改打算", f"短板：一是{P1}；二是{P2}。\n整改：\n{R1}，每月巡查一次。\n{R2}，多用图解。"),
    ("工作差距和努力方向", f"首先，{P1}；其次，{P2}。\n下一步，一是{R1}；二是{R2}。"),
    ("问题和下步打算", f"1.{P1}。\n2.{P2}。\n下一步，我局将：\n1.{R1}。\n2.{R2}。"),
])
def test_a_numbered_five_under_its_own_title(head, body):
    text = ("一、总体情况\n本局认真落实公开要求。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
            f"五、{head}\n{body}\n六、其他需要报告的事项\n无。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    got = [(f.kind, f.text) for f in facts if f.kind in ("problem", "remedy")]
    assert [(k, t.split("，")[0]) for k, t in got] == BOTH


def test_a_numbered_five_plans_name_no_channel():
    text = ("一、总体情况\n本局通过门户网站公开信息。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n"
            f"五、问题与整改\n{P1}。\n下一步，我局将开通短视频账号和政务微博。\n")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert {f.value for f in facts if f.kind == "channel"} == {"portal"}


@pytest.mark.parametrize("text", [
    # a 五、 item inside part 一 (before 四 and 六 are found) is no part 五
    "一、总体情况\n本局做了以下工作：\n五、强化监督\n开展培训两次。\n二、主动公开政府信息情况\n略。\n",
    # a 五、 line with a sentence in it is no heading
    "一、总体情况\n略。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n五、本局没有问题，工作到位。\n",
])
def test_a_five_mark_that_is_no_heading(text):
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [f for f in facts if f.kind in ("problem", "remedy")] == []
