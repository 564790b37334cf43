"""The sum words' one registry (assistant/sumwords.py, lexicons/question_sum_words.tsv): each role's
words as one pattern, compiled once; a joined word must be an agg sum word of question_words.tsv."""
import pytest

from assistant import sumwords
from extractor.lexicon import LexiconError


@pytest.mark.parametrize("role, q", [
    ("figures", "新收到的申请加上上年结转的有多少"),
    ("figures", "复议与诉讼之和是多少"),
    ("figures", "两项算在一起多少件"),
    ("joined", "行政复议和行政诉讼合计多少"),
    ("joined", "复议与诉讼总数"),
    ("over", "各区县政府收到的申请加起来"),
    ("over", "各乡镇主动公开汇总是多少"),
])
def test_a_sum_word_of_its_role_is_found(role, q):
    assert sumwords.pattern(role).search(q)


@pytest.mark.parametrize("role, q", [
    ("figures", "行政复议和行政诉讼合计多少"),   # a joined word, no adding word
    ("joined", "新收到的申请加上上年结转的"),
    ("over", "各区县政府收到的申请有哪些"),
])
def test_a_word_of_another_role_is_not(role, q):
    assert not sumwords.pattern(role).search(q)


def test_the_pattern_is_compiled_once():
    assert sumwords.pattern("over") is sumwords.pattern("over")


def test_an_unknown_role_names_the_roles():
    with pytest.raises(LexiconError, match="roles: figures, joined, over"):
        sumwords.words("plus")


def test_a_joined_word_no_agg_sum_word_fails_like_a_compiler():
    rows = ({"word": "合计", "role": "agg", "value": "sum"}, {"word": "最多", "role": "agg", "value": "max"})
    sumwords._check_joined(("合计",), rows)
    with pytest.raises(LexiconError, match="joined '最多' is no agg sum word"):
        sumwords._check_joined(("合计", "最多"), rows)


@pytest.mark.parametrize("role, q", [
    ("turns", "两年加起来是多少"),
    ("turns", "两个省一共收到多少申请"),
    ("groups", "各年收到的申请汇总，哪一年最多"),
    ("groups", "按层级把主动公开总量排一下，哪一级最多"),
])
def test_the_sum_words_of_the_turns_and_the_groups(role, q):
    assert sumwords.pattern(role).search(q)


def test_the_alternation_is_the_pattern_uncompiled():
    assert sumwords.alternation("turns") == sumwords.pattern("turns").pattern
