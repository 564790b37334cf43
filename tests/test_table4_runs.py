"""Table 4 printed as runs of column word and value, one group per line (family: a portal copy
that lost the grid). Cases written for these tests, in several shapes."""
import pytest

from extractor.readers.txt import read_txt
from extractor.table4_runs import split_runs
from extractor.tables import extract_tables

SLOTS = ("upheld", "corrected", "other", "pending", "total")
WORDS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
GROUPS = {"review": "行政复议", "direct": "行政诉讼（未经复议直接起诉）", "after_review": "行政诉讼（复议后起诉）"}


def _read(text):
    res = extract_tables(read_txt("w.txt", text))
    for f in res.figures:
        assert text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in res.figures}, {t.table: t for t in res.tables}


def _line(label, vals, sep=" ", colon="：", unit="", order=range(5)):
    return label + colon + sep.join(f"{WORDS[k]}{' ' if not unit else ''}{vals[k]}{unit}" for k in order)


def _vals(a, b, c, d):
    return [a, b, c, d, a + b + c + d]


CASES = {
    "review": _vals(2, 0, 1, 1), "direct": _vals(1, 1, 0, 2), "after_review": _vals(0, 0, 0, 1),
}


@pytest.mark.parametrize("shape", ["spaces", "commas_units", "reordered"])
def test_runs_read_by_word_and_group(shape):
    lines = []
    for g, label in GROUPS.items():
        v = CASES[g]
        if shape == "spaces":
            lines.append(_line(label, v))
        elif shape == "commas_units":
            lines.append(_line(label, v, sep="，", unit="件"))
        else:   # the columns printed in another order: placed by their words
            lines.append(_line(label, v, order=(4, 0, 1, 2, 3)))
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + "\n".join(lines) + "\n五、存在的主要问题及改进情况\n"
    figs, tables = _read(text)
    for g, v in CASES.items():
        for s, n in zip(SLOTS, v):
            assert figs[f"t4.{g}.{s}"] == n
    assert tables["t4"].status == "verified"


def test_a_printed_slip_in_runs_is_the_reports_own():
    v = dict(CASES, review=[3, 1, 0, 0, 5])   # 3+1+0+0 = 4, printed 5
    text = "\n".join(_line(GROUPS[g], v[g]) for g in GROUPS) + "\n"
    figs, tables = _read(text)
    assert figs["t4.review.total"] == 5
    assert tables["t4"].status == "source_inconsistent"


def test_litigation_groups_not_named_are_never_verified():
    text = "\n".join([_line("行政复议", CASES["review"]), _line("行政诉讼", CASES["direct"]),
                      _line("行政诉讼", CASES["after_review"])]) + "\n"
    figs, tables = _read(text)
    assert figs["t4.direct.pending"] == 2 and figs["t4.after_review.pending"] == 1
    assert tables["t4"].status == "doubtful"


def test_a_missing_group_leaves_table4_incomplete():
    text = "\n".join([_line(GROUPS["review"], CASES["review"]), _line(GROUPS["direct"], CASES["direct"])]) + "\n"
    figs, tables = _read(text)
    assert figs["t4.direct.total"] == 4 and "t4.after_review.total" not in figs
    assert tables["t4"].status == "incomplete"


def test_split_runs_cuts_words_and_values_with_exact_spans():
    text = "行政复议：结果维持 2 结果纠正 0 其他结果 1 尚未审结 1 总计 4"
    cells = split_runs(read_txt("w.txt", text).cells)
    assert [c.text for c in cells] == ["行政复议：", "结果维持", "2", "结果纠正", "0", "其他结果", "1",
                                       "尚未审结", "1", "总计", "4"]
    for c in cells:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("text", [
    "本年度行政复议结果维持2件。",                     # prose with one run
    "行政复议案件总计 3 件，其中结果纠正的有 1 件，请见下表",  # words with prose between
])
def test_prose_is_not_cut(text):
    doc = read_txt("w.txt", text)
    assert [c.text for c in split_runs(doc.cells)] == [c.text for c in doc.cells]


@pytest.mark.parametrize("after", [
    "本年度共发生行政复议案件3件，其中结果维持2件，结果纠正0件，其他结果1件，尚未审结0件，总计3件。",
    "行政复议：结果维持 9 结果纠正 9 其他结果 9 尚未审结 9 总计 36（上年）",
    "行政复议：结果维持 9 结果纠正 9 其他结果 9 尚未审结 9 总计 36",
])
def test_a_grid_table4_is_not_taken_over_by_runs_after_it(after):
    words = "\t".join(WORDS)
    vals = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1]
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
            f"{words}\t未经复议直接起诉\t复议后起诉\n{words}\t{words}\n" + "\t".join(map(str, vals))
            + "\n" + after + "\n")
    figs, tables = _read(text)
    got = [figs.get(f"t4.{g}.{s}") for g in GROUPS for s in SLOTS]
    assert got == vals
