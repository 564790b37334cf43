"""A table-2 row printed without its label (an empty label cell before its values) is the
template row its position says, and sure of it only when the rest of the table pins it down:
the rows right before and after it are the template's neighbours of that row, found by their
labels, its block header names that row's columns and the table is in one format (blind
table round 7, f7-w07). Anything less stays a doubt. Written here in four shapes: Word
export (a cell per line), pipe rows, tab rows and an HTML grid; numbers invented."""
import pytest

from extractor import table2_order as O
from extractor.pipeline import extract_document
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt

A1 = "第二十条第（一）项"
A5, A6, A8, A9 = "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"
H1_2021 = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
H1_2019 = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
H_2021 = ["信息内容", "本年处理决定数量"]
H_2019 = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
H8_2021 = ["信息内容", "本年收费金额（单位：万元）"]
H8_2019 = ["信息内容", "上一年项目数量", "本年增/减"]
H9 = ["信息内容", "采购项目数量", "采购总金额"]


def t2_2021(coercion_label="行政强制", fees_label="行政事业性收费"):
    return [[A1], H1_2021, ["规章", "1", "0", "4"], ["行政规范性文件", "5", "1", "17"],
            [A5], H_2021, ["行政许可", "236"],
            [A6], H_2021, ["行政处罚", "58"], [coercion_label, "9"],
            [A8], H8_2021, [fees_label, "0.6"]]


def t2_2019(services_label="其他对外管理服务事项"):
    return [[A1], H1_2019, ["规章", "0", "0", "3"], ["规范性文件", "2", "2", "11"],
            [A5], H_2019, ["行政许可", "41", "-2", "380"], [services_label, "12", "+1", "96"],
            [A6], H_2019, ["行政处罚", "7", "0", "44"], ["行政强制", "2", "0", "5"],
            [A8], H8_2019, ["行政事业性收费", "1", "0"],
            [A9], H9, ["政府集中采购", "3", "86.2"]]


def word(rows) -> str:
    out = []
    for r in rows:
        out += ["\t" + c for c in r] + [""]
    return "\n".join(out)


def pipes(rows) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def tabs(rows) -> str:
    return "\n".join("\t".join(r) for r in rows)


def html(rows) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


SHAPES = [word, pipes, tabs, html]


def read(rows, shape):
    body = shape(rows)
    if shape is html:
        doc = read_html("t.html", "<html><body><h1>某县某局2022年政府信息公开工作年度报告</h1>"
                                  f"<p>二、主动公开政府信息情况</p>{body}<p>三、收到和处理政府信息公开申请情况</p>"
                                  "<p>本年度未收到申请。</p></body></html>")
    else:
        doc = read_txt("t.txt", "某县某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                                f"{body}\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    rec = extract_document(doc)
    return ({f.key: f.value for f in rec.figures if f.key.startswith("t2.")},
            next(t for t in rec.tables if t.table == "t2"))


@pytest.mark.parametrize("shape", SHAPES)
def test_labelled_tables_are_verified_in_every_shape(shape):
    for rows in (t2_2021(), t2_2019()):
        figs, t2 = read(rows, shape)
        assert t2.status == "verified", (shape.__name__, t2.note)


@pytest.mark.parametrize("shape", SHAPES)
def test_an_unlabelled_row_between_its_template_neighbours_is_placed_and_verified(shape):
    figs, t2 = read(t2_2021(coercion_label=""), shape)
    assert figs["t2.coercion.decisions"] == 9 and figs["t2.punishment.decisions"] == 58
    assert t2.status == "verified", t2.note
    assert "按表格位置读作“行政强制”" in t2.note


@pytest.mark.parametrize("shape", SHAPES)
def test_an_unlabelled_row_of_three_columns_in_the_2019_format(shape):
    figs, t2 = read(t2_2019(services_label=""), shape)
    assert (figs["t2.services.prev"], figs["t2.services.change"], figs["t2.services.decisions"]) == (12, 1, 96)
    assert t2.status == "verified", t2.note


@pytest.mark.parametrize("shape", SHAPES)
def test_the_last_row_unlabelled_at_the_end_of_the_table_is_the_templates_last_row(shape):
    figs, t2 = read(t2_2021(fees_label=""), shape)
    assert figs["t2.fees.amount"] == 0.6
    assert t2.status == "verified", t2.note


@pytest.mark.parametrize("shape", SHAPES)
def test_two_unlabelled_rows_in_a_row_are_not_sure(shape):
    rows = t2_2019(services_label="")
    rows.insert(rows.index(["行政处罚", "7", "0", "44"]) - 2, ["", "4", "0", "9"])  # a second one, no room for it
    figs, t2 = read(rows, shape)
    assert t2.status == "doubtful", t2.note
    assert "无法确定是哪一行" in t2.note


@pytest.mark.parametrize("shape", SHAPES)
def test_an_unlabelled_row_whose_neighbour_is_missing_is_not_sure(shape):
    rows = [r for r in t2_2021(coercion_label="") if r[0] not in ("行政事业性收费", A8) and r != H8_2021]
    figs, t2 = read(rows, shape)
    # the table ends after it while the template prints 行政事业性收费 next: 行政强制 or 收费?
    assert t2.status == "incomplete" and "fees" in t2.missing
    assert "按表格位置读作" in t2.note


@pytest.mark.parametrize("shape", [word, tabs])
def test_an_unlabelled_row_in_a_table_of_both_formats_is_not_sure(shape):
    rows = t2_2021(coercion_label="")
    rows[1] = H1_2019                                 # block (一) in the 2019 columns
    figs, t2 = read(rows, shape)
    assert figs["t2.coercion.decisions"] == 9
    assert t2.status == "doubtful", t2.note


def test_sure_by_position_needs_the_block_header_and_every_cell():
    printed = ["rules", "normative", "licensing", "punishment", None, "fees"]
    votes = ["2021"] * 4
    assert O.sure_by_position("coercion", 4, printed, votes, ["decisions"], 1)
    assert not O.sure_by_position("coercion", 4, printed, votes, None, 1)                 # no header read
    assert not O.sure_by_position("coercion", 4, printed, votes, ["made", "repealed", "in_force"], 3)
    assert not O.sure_by_position("coercion", 4, printed, votes, ["decisions"], 2)       # a cell too many
    assert not O.sure_by_position("coercion", 4, printed, ["2021", "2019"], ["decisions"], 1)
    swapped = ["rules", "normative", "punishment", "licensing", None, "fees"]             # rows out of order
    assert not O.sure_by_position("coercion", 4, swapped, votes, ["decisions"], 1)
    assert not O.sure_by_position("rules", 0, [None, "normative"], votes, ["made", "repealed", "in_force"], 3)


def test_next_row_follows_the_format_the_votes_show():
    assert O.next_row(None, []) == "rules"
    assert O.next_row("licensing", ["2019"]) == "services"
    assert O.next_row("licensing", ["2021", "2021", "2019"]) == "punishment"
    assert O.next_row("fees", ["2021"]) is None
