"""Table 2 in the shapes real reports print it (families of heldout.md, round-5 blind cases):
a page number inside a row, a row printed without its label, a row broken by a page, a unit
in a header cell of its own, blocks of both formats in one table, rows of blank marks.
Each family in a Word-export (one cell per line) and a pipe-row shape, written here."""
import pytest

from extractor.document import is_page_mark
from extractor.pipeline import extract_document
from extractor.readers.txt import read_txt

HEAD_2019 = ["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
HEAD_5 = ["第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
HEAD_5_2021 = ["第二十条第（五）项", "信息内容", "本年处理决定数量"]
HEAD_9 = ["第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额"]


def word(rows: list[list[str]]) -> str:
    """A Word export: every cell on its own line led by a tab, a blank line between rows;
    a row given as a str is a line of its own (a page number, prose)."""
    out = ["某县某局2022年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for r in rows:
        if isinstance(r, str):
            out.append(r)
            continue
        out += ["\t" + c for c in r] + [""]
    return "\n".join(out) + "\n三、收到和处理政府信息公开申请情况\n"


def pipes(rows: list[list[str]]) -> str:
    out = ["某县某局2022年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for r in rows:
        out.append(r if isinstance(r, str) else "| " + " | ".join(r) + " |")
    return "\n".join(out) + "\n三、收到和处理政府信息公开申请情况\n"


def read(text: str):
    rec = extract_document(read_txt("t.txt", text))
    figs = {f.key: f.value for f in rec.figures if f.key.startswith("t2.")}
    return figs, {t.table: t for t in rec.tables}["t2"]


def blocks(*extra) -> list:
    return [HEAD_2019[:1], HEAD_2019[1:], ["规章", "0", "0", "2"], ["规范性文件", "1", "1", "9"],
            HEAD_5[:1], HEAD_5[1:], *extra]


@pytest.mark.parametrize("text", ["— 3 —", "- 12 -", "第 3 页", "第3页 共6页", "Page 2 of 5", "－4－"])
def test_page_marks_are_known(text):
    assert is_page_mark(text)


@pytest.mark.parametrize("text", ["3", "-1", "—", "+2", "3 —", "第三页的内容", "2022年"])
def test_values_and_words_are_no_page_marks(text):
    assert not is_page_mark(text)


@pytest.mark.parametrize("render", [word, pipes])
def test_a_page_number_inside_a_row_is_skipped(render):
    rows = blocks(["行政许可", "17"], "— 3 —", ["-1", "136"] if render is pipes else ["", "-1", "136"])
    figs, t2 = read(render(rows))
    assert (figs["t2.licensing.prev"], figs["t2.licensing.change"], figs["t2.licensing.decisions"]) == (17, -1, 136)


@pytest.mark.parametrize("render", [word, pipes])
def test_a_row_printed_without_its_label_is_read_by_position_and_doubted(render):
    figs, t2 = read(render(blocks(["行政许可", "30", "0", "407"], ["", "8", "+4", "305"])))
    assert figs["t2.services.decisions"] == 305 and figs["t2.services.prev"] == 8
    # a guess by position, said so: never verified (the rows after (五) are not printed here)
    assert t2.status in ("doubtful", "incomplete") and "按表格位置读作“其他对外管理服务事项”" in t2.note


@pytest.mark.parametrize("render", [word, pipes])
def test_a_row_whose_values_never_come_is_not_verified(render):
    rows = blocks(["行政许可"], "（下转第4页）", ["其他对外管理服务事项", "5", "1", "20"])
    figs, t2 = read(render(rows))
    assert "t2.licensing.prev" not in figs
    assert t2.status != "verified" and "行政许可" in t2.note


@pytest.mark.parametrize("unit", ["（万元）", "(单位：万元)", "单位：万元"])
def test_a_unit_in_a_header_cell_of_its_own_is_no_column(unit):
    rows = blocks(["行政许可", "3", "0", "5"], HEAD_9[:1], HEAD_9[1:] + [unit], ["政府集中采购", "6", "1,386.5"])
    figs, t2 = read(word(rows))
    assert figs["t2.procurement.projects"] == 6 and figs["t2.procurement.amount"] == 1386.5
    assert "未能识别" not in (t2.note or "")


def test_blocks_of_both_formats_expect_only_the_rows_both_print():
    # a 2019 block (一), then (五) in the 2021 columns: 其他对外管理服务事项 and 政府集中采购 are
    # 2019-only rows, so their absence is no missing row
    rows = blocks()[:4] + [HEAD_5_2021[:1], HEAD_5_2021[1:], ["行政许可", "12"],
                           ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", "4"], ["行政强制", "0"],
                           ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "0"]]
    figs, t2 = read(word(rows))
    assert figs["t2.licensing.decisions"] == 12 and figs["t2.rules.new_made"] == 0
    assert t2.status == "verified" and "混用" in t2.note


def test_a_label_followed_by_blank_marks_on_one_line_is_a_blank_row():
    text = word(blocks(["行政许可", "3", "0", "5"])).replace("\t规章\n\t0\n\t0\n\t2\n", "规章    /    /    /\n")
    figs, t2 = read(text)
    assert not any(k.startswith("t2.rules.") for k in figs)
    assert "未找到数值" not in (t2.note or "")
