"""Section 五 written as problem-and-remedy pairs: an item (or the part's one sentence) states
a shortfall, then after a comma or a stop what will be done about it. Each family in several
shapes, sentences written for these tests."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.narrative import extract_narrative

HEAD = "一、总体情况\n全年主动公开信息12条。\n五、存在的主要问题及改进情况\n"
TAIL = "六、其他需要报告的事项\n无。\n"


def items(body: str):
    text = HEAD + body + TAIL
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    return ([f.text for f in facts if f.kind == "problem"], [f.text for f in facts if f.kind == "remedy"])


@pytest.mark.parametrize("body, problems, remedies", [
    # numbered pairs: each item a shortfall, then its remedy after a comma
    ("（一）政策解读形式较为单一，下一步将增加图解和视频解读。\n（二）基层公开人员业务能力有待提高，将加强业务培训。\n",
     ["政策解读形式较为单一", "基层公开人员业务能力有待提高"],
     ["下一步将增加图解和视频解读", "将加强业务培训"]),
    ("1.公开栏更新不及时，将建立月度检查制度。\n2.依申请办理流程不够规范，将进一步完善办理流程。\n",
     ["公开栏更新不及时", "依申请办理流程不够规范"], ["将建立月度检查制度", "将进一步完善办理流程"]),
    # one sentence: 主要问题是…，改进措施是…
    ("主要问题是部分村居公开不及时、不规范，改进措施是加强督导检查并定期通报。\n",
     ["主要问题是部分村居公开不及时、不规范"], ["改进措施是加强督导检查并定期通报"]),
    # the remedy opens after a stop, its cue broken by a wrapped line, then listed
    ("存在问题主要是执法信息公开的规范性还需加强。改进\n方面，一是制定公开操作指引，二是将公开工作纳入绩效考评。\n",
     ["存在问题主要是执法信息公开的规范性还需加强"], ["制定公开操作指引", "将公开工作纳入绩效考评"]),
])
def test_a_problem_and_its_remedy_in_one_item(body, problems, remedies):
    assert items(body) == (problems, remedies)


@pytest.mark.parametrize("body, problems, remedies", [
    # a plan's item naming the problem it answers (针对…，将…) stays one remedy
    ("存在的问题：政策解读偏少。\n改进措施：针对政策解读偏少的问题，将加强解读工作。\n",
     ["政策解读偏少"], ["针对政策解读偏少的问题，将加强解读工作"]),
    # 将 as the object marker (将公开工作视为负担) is no plan
    ("存在的问题：个别科室将公开工作视为额外负担，主动性不强。\n下一步，我局将压实科室责任。\n",
     ["个别科室将公开工作视为额外负担，主动性不强"], ["下一步，我局将压实科室责任"]),
])
def test_items_that_are_no_pair_stay_whole(body, problems, remedies):
    assert items(body) == (problems, remedies)


@pytest.mark.parametrize("body, problems", [
    # numbered headline items ending in 。 whose headline names a thing's shortfall (能力不足,
    # 力量不足的问题) are items with their text, not sub-headings of the problems
    ("本单位还存在以下问题：\n（一）主动公开质量有待提升。部分单位梳理不够细致。\n（二）依申请公开办理能力不足。个别承办单位答复不够规范。\n"
     "针对上述问题，我们将着力抓好以下几个方面：\n首先，加强统筹调度。\n其次，加强业务培训。\n",
     ["主动公开质量有待提升。部分单位梳理不够细致", "依申请公开办理能力不足。个别承办单位答复不够规范"]),
    ("（一）基层工作力量不足。村级公开员多为兼职。\n（二）政策解读形式单一的问题。解读以文字为主。\n下一步，我镇将充实力量。\n",
     ["基层工作力量不足。村级公开员多为兼职", "政策解读形式单一的问题。解读以文字为主"]),
    # …while a generic sub-heading ending in 。 still heads its part
    ("（一）存在的不足。一是公开栏更新慢；二是解读偏少。\n（二）改进措施。一是建立更新台账；二是增加解读。\n",
     ["公开栏更新慢", "解读偏少"]),
])
def test_a_numbered_headline_naming_a_shortfall_is_an_item(body, problems):
    assert items(body)[0] == problems


# ---------------------------------------------------------------- session 15: a plan's modal
# An item's clause after the comma opens with the modal of a plan (将…, 要…) whatever verb
# follows (将梳理, 将更多采用, 要建立, 要推行): the item holds a problem and its remedy. A clause
# opening so that states a consequence or a noun (将会影响, 将导致, 要素不全, 要求不明确) is
# no plan. An unlabelled list of such items is all pairs: the plans do not start at its second
# item (2.…不够丰富，将…).
@pytest.mark.parametrize("body, problems, remedies", [
    ("（一）个别股室对依申请办理重视不够，要明确办理时限；（二）网站栏目设置不够清晰，要重新梳理栏目。\n",
     ["个别股室对依申请办理重视不够", "网站栏目设置不够清晰"], ["要明确办理时限", "要重新梳理栏目"]),
    ("1.重点领域信息公开不够全面，将梳理公开事项清单，逐项对照公开；\n2.政策解读形式较为单一，将更多运用图解和短视频。\n",
     ["重点领域信息公开不够全面", "政策解读形式较为单一"],
     ["将梳理公开事项清单，逐项对照公开", "将更多运用图解和短视频"]),
    # the modal's clause broken by a wrapped line, the remedy quoting a slogan
    ("一是公开栏更新频次有待\n提高，要落实“一月一更新”；二是解读材料偏少，将邀请业务骨干撰写解读。\n",
     ["公开栏更新频次有待\n提高", "解读材料偏少"], ["要落实“一月一更新”", "将邀请业务骨干撰写解读"]),
])
def test_a_plan_opening_with_its_modal_pairs_with_the_problem(body, problems, remedies):
    assert items(body) == (problems, remedies)


@pytest.mark.parametrize("body, problems", [
    # a consequence or a noun after the comma: the item is one problem
    ("（一）信息发布不够及时，将会影响政府公信力；（二）部分信息公开不规范，要素不够齐全。\n",
     ["信息发布不够及时，将会影响政府公信力", "部分信息公开不规范，要素不够齐全"]),
    ("1.公开栏更新滞后，将导致群众难以及时了解政策；\n2.培训覆盖面不够，要求掌握的业务知识不够扎实。\n",
     ["公开栏更新滞后，将导致群众难以及时了解政策", "培训覆盖面不够，要求掌握的业务知识不够扎实"]),
])
def test_a_modal_looking_clause_that_is_no_plan_stays_in_the_problem(body, problems):
    assert items(body)[0] == problems
