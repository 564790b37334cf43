"""Table-2 rows printed as their label alone (family: no cell for blank values in plain-text
exports; blind rounds 9, 11, 12). A blank row is read as blank only when the layout proves
it: one cell per line with an empty line for each empty cell, or tab rows in an export that
drops the tabs of trailing blank cells. Anywhere the values could have been lost the table
stays incomplete. Tables written here with invented numbers."""
import pytest

from extractor.pipeline import extract_document
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt

# (article, column labels, [(row label, key)]) per format
T2 = {
    "2019": [("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
              [("规章", "rules"), ("规范性文件", "normative")]),
             ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
              [("行政许可", "licensing"), ("其他对外管理服务事项", "services")]),
             ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
              [("行政处罚", "punishment"), ("行政强制", "coercion")]),
             ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "fees")]),
             ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "procurement")])],
    "2021": [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
              [("规章", "rules"), ("行政规范性文件", "normative")]),
             ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "licensing")]),
             ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "punishment"), ("行政强制", "coercion")]),
             ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "fees")])],
}
COLS = {"2019": {"rules": ["new_made", "new_published", "total"], "normative": ["new_made", "new_published", "total"],
                 "licensing": ["prev", "change", "decisions"], "services": ["prev", "change", "decisions"],
                 "punishment": ["prev", "change", "decisions"], "coercion": ["prev", "change", "decisions"],
                 "fees": ["prev", "change"], "procurement": ["projects", "amount"]},
        "2021": {"rules": ["made", "repealed", "in_force"], "normative": ["made", "repealed", "in_force"],
                 "licensing": ["decisions"], "punishment": ["decisions"], "coercion": ["decisions"],
                 "fees": ["amount"]}}
TITLE = "青石县某局{}年政府信息公开工作年度报告"
AFTER = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]


def values(tmpl: str, filled: set[str]) -> dict[str, list[str] | None]:
    """Invented numbers for the rows in ``filled``; None (printed blank) for the others."""
    out = {}
    for _, cols, rows in T2[tmpl]:
        for k, (_, key) in enumerate(rows):
            out[key] = [str(3 * k + j + 2) for j in range(len(cols))] if key in filled else None
    return out


def lines_text(tmpl: str, vals: dict, blank_lines=None, nl: str = "\n") -> str:
    """One cell per line, no empty line between cells; a blank cell is an empty line
    (``blank_lines(key, n)`` may print another number of them)."""
    out = [TITLE.format(2022), "二、主动公开政府信息情况"]
    for article, cols, rows in T2[tmpl]:
        out += [article, "信息内容", *cols]
        for label, key in rows:
            out.append(label)
            v = vals[key]
            if v is None:
                out += [""] * (blank_lines(key, len(cols)) if blank_lines else len(cols))
            else:
                out += v
    return nl.join(out + AFTER) + nl


def tab_text(tmpl: str, vals: dict, alone_line=None) -> str:
    """One row per line with tabs between cells; a blank row printed as its label alone."""
    out = [TITLE.format(2022), "二、主动公开政府信息情况"]
    for article, cols, rows in T2[tmpl]:
        out += [article, "\t".join(["信息内容", *cols])]
        for label, key in rows:
            v = vals[key]
            out.append("\t".join([label, *v]) if v is not None else (alone_line or (lambda l: l))(label))
    return "\n".join(out + [""] + AFTER) + "\n"


def read(doc):
    rec = extract_document(doc)
    t2 = next(t for t in rec.tables if t.table == "t2")
    for f in rec.figures:
        assert doc.text[f.span[0]:f.span[1]] == f.raw
    return {f.key: f.value for f in rec.figures if f.key.startswith("t2.")}, t2


def expected(tmpl: str, vals: dict) -> dict[str, float]:
    return {f"t2.{key}.{c}": float(x) for key, v in vals.items() if v is not None
            for c, x in zip(COLS[tmpl][key], v)}


CASES = [("2019", {"licensing", "procurement"}), ("2019", {"rules", "normative", "punishment"}),
         ("2021", {"rules", "normative", "licensing", "punishment"}), ("2021", {"licensing", "fees"})]


@pytest.mark.parametrize("tmpl,filled", CASES)
@pytest.mark.parametrize("shape", ["lines", "lines crlf", "tabs"])
def test_a_row_printed_as_its_label_alone_is_blank_where_the_layout_proves_it(tmpl, filled, shape):
    v = values(tmpl, filled)
    text = tab_text(tmpl, v) if shape == "tabs" else lines_text(tmpl, v, nl="\r\n" if "crlf" in shape else "\n")
    got, st = read(read_txt("t.txt", text))
    assert got == expected(tmpl, v)
    assert st.status == "verified", st.note
    assert st.missing == [] and "按空白行读取" in st.note


@pytest.mark.parametrize("tmpl", ["2019", "2021"])
@pytest.mark.parametrize("off", [-1, 1], ids=["one empty line short", "one empty line more"])
def test_one_cell_per_line_with_empty_lines_not_matching_the_columns_stays_incomplete(tmpl, off):
    v = values(tmpl, {"licensing"})
    text = lines_text(tmpl, v, blank_lines=lambda key, n: n + off if key == "punishment" else n)
    got, st = read(read_txt("t.txt", text))
    assert st.status == "incomplete", st.note
    assert "punishment" in st.missing and "行政处罚" in st.note
    assert got == expected(tmpl, v)


def test_page_text_with_empty_lines_between_all_cells_proves_nothing():
    # every cell stands between empty lines: an empty line is a separator, not a cell
    v = values("2021", {"licensing", "rules"})
    text = lines_text("2021", v).replace("\n", "\n\n")
    got, st = read(read_txt("t.txt", text))
    assert st.status == "incomplete", st.note
    assert {"normative", "punishment", "coercion", "fees"} <= set(st.missing)


def test_a_word_export_with_an_empty_line_after_every_row_proves_nothing():
    # a cell per line led by a tab, an empty line between rows: the empty line after a
    # label alone is the row's end, not its blank cell
    v = values("2021", {"licensing", "punishment"})
    out = [TITLE.format(2022), "二、主动公开政府信息情况"]
    for article, cols, rows in T2["2021"]:
        out += ["\t" + article, "", *("\t" + c for c in ["信息内容", *cols]), ""]
        for label, key in rows:
            out += ["\t" + label] + ["\t" + x for x in v[key] or []] + [""]
    got, st = read(read_txt("t.txt", "\n".join(out + AFTER) + "\n"))
    assert st.status == "incomplete", st.note
    assert {"coercion", "fees"} <= set(st.missing)


def test_a_number_printed_away_from_its_label_keeps_a_label_alone_incomplete():
    # the value of 行政强制 printed on a line before its label (page text): it may be that row's
    v = values("2021", {"licensing", "punishment"})
    text = tab_text("2021", v).replace("行政强制\n", "9\n行政强制\n")
    got, st = read(read_txt("t.txt", text))
    assert st.status == "incomplete", st.note
    assert "coercion" in st.missing
    assert not any(k.startswith("t2.coercion.") for k in got)


def test_tab_rows_with_a_row_whose_values_stand_on_the_next_line_prove_nothing():
    v = values("2021", {"licensing", "punishment"})
    text = tab_text("2021", v).replace("行政许可\t2\n", "行政许可\n2\n")
    got, st = read(read_txt("t.txt", text))
    assert st.status == "incomplete", st.note
    assert "coercion" in st.missing


def test_a_label_with_something_else_on_its_line_is_not_alone():
    v = values("2021", {"licensing", "punishment"})
    text = tab_text("2021", v, alone_line=lambda label: label + "\t见附件")
    got, st = read(read_txt("t.txt", text))
    assert st.status == "incomplete", st.note
    assert {"rules", "normative", "coercion", "fees"} <= set(st.missing)


def test_cells_one_per_paragraph_in_html_prove_nothing():
    # the reader keeps no empty paragraph: the text cannot show a blank cell
    v = values("2021", {"licensing", "punishment"})
    body = "".join(f"<p>{line}</p>" for line in lines_text("2021", v).split("\n") if line)
    got, st = read(read_html("t.html", f"<html><body>{body}</body></html>"))
    assert st.status == "incomplete", st.note
    assert got == expected("2021", v)
