"""The words asking each of several things on its own (lexicons/question_each.tsv, role each):
one registry, the three readers matching the senses they need (assistant/eachsaid.py)."""
from __future__ import annotations

import pytest

from assistant import lexwords
from assistant.eachsaid import APART, FIGURES, SEVERAL, each_said
from assistant.metricsum import sum_said
from extractor.lexicon import LexiconError


def test_the_registry_has_one_role_and_every_sense_a_reader_asks():
    assert {r["role"] for r in lexwords.rows("question_each")} == {"each"}
    senses = {r["value"] for r in lexwords.rows("question_each")}
    assert set(SEVERAL) | set(FIGURES) | set(APART) == senses
    words = [r["word"] for r in lexwords.rows("question_each")]
    assert len(words) == len(set(words))   # a word written once


@pytest.mark.parametrize("q, several, figures, apart", [
    ("省级和县级政府分别收到多少申请", True, True, True),       # several: every reader
    ("2023年和2024年的报告各有几份", True, True, True),
    ("复议和诉讼各为多少件", True, True, False),                 # is: never vocabscan's
    ("行政复议和行政诉讼各几件", False, True, False),             # item: the figures only
    ("表三每一项是多少", False, True, False),
    ("每个区县的报告有几份", False, False, True),                 # apart: the grouping only
    ("按地市逐个列出收到的申请", False, False, True),
    ("各区县收到的申请加起来多少", False, False, False),
])
def test_each_reader_matches_its_senses(q, several, figures, apart):
    assert (each_said(q, SEVERAL), each_said(q, FIGURES), each_said(q, APART)) == (several, figures, apart)


def test_a_sense_no_row_has_is_an_error_naming_the_senses():
    with pytest.raises(LexiconError, match=r"question_each.tsv: no each row of value 'alone' "
                                           r"\(values: apart, is, item, several\)"):
        each_said("分别", ("several", "alone"))


@pytest.mark.parametrize("q", ["行政复议和行政诉讼各几件，合计呢", "复议和诉讼分别合计多少"])
def test_figures_asked_each_are_never_one_sum(q):
    a = q.index("复议")
    b = q.index("诉讼")
    assert not sum_said(q, [(a, a + 2), (b, b + 2)])


def test_figures_joined_with_a_total_word_are_one_sum():
    q = "行政复议和行政诉讼合计多少"
    assert sum_said(q, [(2, 4), (7, 9)])


@pytest.mark.parametrize("word", ["合计", "一共", "总共", "共计", "总计", "总和", "加总", "总数",
                                  "共有多少", "共多少", "共几"])
def test_a_total_word_after_figures_joined_asks_their_sum(word):
    # the total words are question_sum_words.tsv's role joined (metricsum._total)
    q = f"行政复议与行政诉讼{word}件"
    assert sum_said(q, [(2, 4), (7, 9)])


def test_the_total_words_are_agg_sum_rows_of_question_words():
    from assistant import vocab
    joined = lexwords.words("question_sum_words", "joined")
    assert joined and all(vocab.words()[w] == ("agg", "sum") for w in joined)
