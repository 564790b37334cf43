"""Tables 2-4 from the cell streams of plain-text layouts, with exact values and spans."""
from pathlib import Path

import pytest

from extractor.readers.txt import read_txt
from extractor.tables import extract_tables, match_label, norm_label

FIXTURES = Path(__file__).parent / "fixtures"


def figures(text):
    doc = read_txt("x.txt", text)
    res = extract_tables(doc)
    for f in res.figures:  # every figure points at its raw text
        assert text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in res.figures}, res


def test_word_export_2019_every_cell():
    text = (FIXTURES / "word_export_2019.txt").read_text(encoding="utf-8")
    got, res = figures(text)
    assert res.template == "2019"
    assert got["t2.rules.new_made"] == 1 and got["t2.rules.total"] == 3
    assert got["t2.normative.new_published"] == 5 and got["t2.normative.total"] == 6
    assert got["t2.licensing.change"] == 15 and got["t2.services.change"] == -4
    assert "t2.services.decisions" not in got  # blank cell: absent, not 0
    assert got["t2.punishment.change"] == -2 and got["t2.coercion.prev"] == 12
    assert got["t2.procurement.amount"] == 25.1  # 251000元 -> 万元
    assert got["t3.new_received.total"] == 12 and got["t3.carried_over.natural"] == 2
    assert got["t3.partial.research"] == 1 and got["t3.unavailable.not_held.ngo"] == 1
    assert got["t3.other.legal"] == 1 and got["t3.total.total"] == 12
    assert got["t3.carried_forward.total"] == 2
    assert [got[f"t4.review.{c}"] for c in ("upheld", "corrected", "other", "pending", "total")] == [1, 2, 0, 1, 4]
    assert [got[f"t4.after_review.{c}"] for c in ("upheld", "corrected", "other", "pending", "total")] == [0, 1, 0, 0, 1]
    t3 = [k for k in got if k.startswith("t3.")]
    assert len(t3) == 23 * 7
    amount = next(f for f in res.figures if f.key == "t2.procurement.amount")
    assert amount.raw == "251000元" and amount.unit == "万元"


PIPE_ROWS_2021 = """二、主动公开政府信息情况
| 第二十条第(一)项 | |||
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 3 | 1 | |
| 行政规范性文件 |       2 |        0 |         8 |
| 第二十条第(五)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政许可 | 45 | ||
| 第二十条第(六)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政处罚 | 7 | ||
| 行政强制 | 0 | ||
| 第二十条第(八)项 | |||
| 信息内容 | 本年收费金额(单位:万元) | ||
| 行政事业性收费 | 20.3 | ||
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |
二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |
(六)其他处理 |
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
3.其他 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
(七)总计 | 60 | 7 | 0 | 0 | 1 | 0 |"""


def test_pipe_rows_2021_blank_cell_and_cut_row():
    got, res = figures(PIPE_ROWS_2021)
    assert res.template == "2021"
    assert got["t2.rules.made"] == 3 and got["t2.rules.repealed"] == 1
    assert "t2.rules.in_force" not in got  # '| |' is a blank cell
    assert got["t2.normative.in_force"] == 8
    assert got["t2.licensing.decisions"] == 45 and got["t2.punishment.decisions"] == 7
    assert got["t2.fees.amount"] == 20.3
    assert got["t3.new_received.total"] == 66 and got["t3.new_received.legal"] == 1
    assert got["t3.other.no_correction.natural"] == 1 and got["t3.other.other.total"] == 4
    assert "t3.other.total" not in got
    # the text stops after six cells of the total row: those six are kept, in order
    assert got["t3.total.natural"] == 60 and got["t3.total.other_org"] == 0
    assert "t3.total.total" not in got


CELL_PER_LINE = """第二十条第(一)项 |
|||
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
规章 |
0 |
0 |
6 |
行政规范性文件 |
1 |
0 |
9 |
第二十条第(五)项 |
信息内容 |
本年处理决定数量 |
||
行政许可 |
12 |
"""


def test_cell_per_line_pipes():
    got, _ = figures(CELL_PER_LINE)
    assert got == {"t2.rules.made": 0, "t2.rules.repealed": 0, "t2.rules.in_force": 6,
                   "t2.normative.made": 1, "t2.normative.repealed": 0, "t2.normative.in_force": 9,
                   "t2.licensing.decisions": 12}


def test_header_split_over_two_cells_and_short_row_is_not_guessed():
    text = ("第二十条第(八)项\n\n信息内容\n\n上一年项目\n数量\n\n本年增/减\n\n行政事业性收费\n\n 3\n\n"
            "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n 2\n\n10.5\n\n"
            "三、收到和处理政府信息公开申请情况\n")
    got, res = figures(text)
    # one value for two columns, and more text follows: cannot be placed
    assert "t2.fees.prev" not in got and "t2.fees.change" not in got
    assert any("cannot tell which column" in w for w in res.warnings)
    assert got == {"t2.procurement.projects": 2, "t2.procurement.amount": 10.5}


def test_prose_numbers_are_not_table_cells():
    text = "一、总体情况\n全年共收到申请3件。\n规章\n二、主动公开\n本年度共办理12件。\n"
    got, res = figures(text)
    assert got == {} and res.template is None


@pytest.mark.parametrize("cell, key", [
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("3.危及\"三安全一稳定\"", "denied.safety_stability"),
    ("一、本年新收政府信息公开申请数量", "new_received"),
    ("四、结转下年度继续办理", "carried_forward"),
    ("本年新收政府信息公开申请数", "new_received"),  # a variant: fuzzy
])
def test_label_variants(cell, key):
    assert key in {l.key for l in match_label("t3", cell)}


def test_sibling_labels_do_not_cross():
    assert {l.key for l in match_label("t2", "本年新制作数量")} == {"new_made"}
    assert {l.key for l in match_label("t2", "本年新公开数量")} == {"new_published"}
    assert match_label("t3", "其他") and all(l.group == "other" for l in match_label("t3", "其他"))
    assert norm_label("（七）总计") == "总计"


def test_traditional_characters():
    text = ("第二十條第（一）項\n\n信息內容\n\n本年製發件數\n\n本年廢止件數\n\n現行有效件數\n\n規章\n\n1\n\n2\n\n3\n\n"
            "本年新收政府信息公開申請數量\n\n5\n\n0\n\n0\n\n0\n\n0\n\n0\n\n5\n\n結轉下年度繼續辦理\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n")
    got, res = figures(text)
    assert got["t2.rules.made"] == 1 and got["t2.rules.in_force"] == 3
    assert got["t3.new_received.total"] == 5 and got["t3.carried_forward.total"] == 1
    assert res.template == "2021"


def test_rows_with_spaces_or_tabs_between_cells():
    text = ("第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额（万元）\n政府集中采购 4 12.5\n"
            "本年新收政府信息公开申请数量\t3\t\t0\t0\t0\t0\t3\n")
    got, _ = figures(text)
    assert got["t2.procurement.projects"] == 4 and got["t2.procurement.amount"] == 12.5
    assert got["t3.new_received.natural"] == 3 and got["t3.new_received.total"] == 3
    assert "t3.new_received.commercial" not in got  # the empty cell between two tabs


def test_label_broken_over_two_cells():
    text = ("本年新收政府信息公开申请数量\n\n2\n\n0\n\n0\n\n0\n\n0\n\n0\n\n2\n\n（二）部分公开\n\n"
            "（区分处理的，只计这一情形，不计其他情形）\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n")
    got, _ = figures(text)
    assert got["t3.partial.natural"] == 1 and got["t3.partial.total"] == 1


def _t3_rows(total_label):
    """A short 2021 table 3 (header, received, one result row, the total row, carried forward)
    whose total row is headed ``total_label``; rows as (label, seven values)."""
    head = ("申请人情况", ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", total_label])
    rows = [("一、本年新收政府信息公开申请数量", [3, 1, 0, 0, 0, 1, 5]),
            ("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]),
            ("（一）予以公开", [3, 1, 0, 0, 0, 1, 5]),
            (total_label, [3, 1, 0, 0, 0, 1, 5]),
            ("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0])]
    return head, rows


@pytest.mark.parametrize("total_label", ["合计", "合 计", "总计"])
@pytest.mark.parametrize("shape", ["cell_per_line", "tabs", "pipes"])
def test_t3_total_row_headed_heji(total_label, shape):
    """The total row of table 3 headed 合计 (or 合 计) instead of 总计 is the total row, in every
    layout, and 合计 as the header's last column does not open a row."""
    head, rows = _t3_rows(total_label)
    if shape == "cell_per_line":
        lines = [head[0], *head[1]] + [x for lab, vals in rows for x in [lab, *map(str, vals)]]
        text = "\n\n".join(lines) + "\n"
    else:
        sep = "\t" if shape == "tabs" else " | "
        text = "\n".join([sep.join([head[0], *head[1]])] +
                         [sep.join([lab, *map(str, vals)]) for lab, vals in rows]) + "\n"
    got, _ = figures(text)
    assert [got.get(f"t3.total.{c}") for c in ("natural", "commercial", "other_org", "total")] == [3, 1, 1, 5]
    assert got["t3.new_received.total"] == 5 and got["t3.carried_forward.total"] == 0
