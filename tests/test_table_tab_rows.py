"""Tables printed one row per line with tabs between the cells (Word or WPS text export of a
table, blind table round 7): merged group-label cells come out as leading empty cells
(``\\t（二）部分公开\\t1\\t0…``, ``\\t\\t2.其他法律行政法规禁止公开\\t0…``), the group label
shares its line with the first sub-row (``三、本年度办理结果\\t（一）予以公开\\t4…``), and a
row whose cells are blank keeps them as tabs (``规章\\t\\t\\t``: blank, not missing).

Tables written here with invented numbers, in tab rows (two layouts of the merged labels) and
as HTML with empty cells where the merged cells were."""
import pytest

from extractor.pipeline import extract_document
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt

APPL = ("natural", "commercial", "research", "ngo", "legal", "other_org", "total")
HEAD_T3 = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
           "\t自然人\t法人或其他组织\t总计",
           "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t"]

# (group label printed once, over its rows | None, row label, key); the 2021 table 3
T3_2021 = [
    (None, "一、本年新收政府信息公开申请数量", "new_received"),
    (None, "二、上年结转政府信息公开申请数量", "carried_over"),
    ("三、本年度办理结果", "（一）予以公开", "granted"),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("（三）不予公开", "1.属于国家秘密", "denied.state_secret"),
    (None, "2.其他法律行政法规禁止公开", "denied.law_prohibited"),
    (None, "3.危及“三安全一稳定”", "denied.safety_stability"),
    (None, "4.保护第三方合法权益", "denied.third_party"),
    (None, "5.属于三类内部事务信息", "denied.internal_affairs"),
    (None, "6.属于四类过程性信息", "denied.process_info"),
    (None, "7.属于行政执法案卷", "denied.enforcement_file"),
    (None, "8.属于行政查询事项", "denied.admin_query"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", "unavailable.not_held"),
    (None, "2.没有现成信息需要另行制作", "unavailable.needs_creation"),
    (None, "3.补正后申请内容仍不明确", "unavailable.unclear"),
    ("（五）不予处理", "1.信访举报投诉类申请", "rejected.petition"),
    (None, "2.重复申请", "rejected.duplicate"),
    (None, "3.要求提供公开出版物", "rejected.publication"),
    (None, "4.无正当理由大量反复申请", "rejected.excessive"),
    (None, "5.要求行政机关确认或重新出具已获取信息", "rejected.confirm"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_correction"),
    (None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.unpaid_fee"),
    (None, "3.其他", "other.other"),
    (None, "（七）总计", "total"),
    (None, "四、结转下年度继续办理", "carried_forward"),
]
# the 2019 table 3: one （六）其他处理 row
T3_2019 = T3_2021[:20] + [(None, "（六）其他处理", "other")] + T3_2021[23:]
TOP = {"new_received", "carried_over", "carried_forward"}   # rows whose label spans both label columns
SUB = {"granted", "partial", "total", "other"}               # rows under 三、 with a label of their own


def numbers(rows) -> dict[str, list[int]]:
    """Invented values whose identities hold: 13 new + 1 carried over = 13 handled + 1 left."""
    v = {key: [0] * 7 for _, _, key in rows}
    v["new_received"] = [9, 2, 0, 1, 0, 1, 13]
    v["carried_over"] = [1, 0, 0, 0, 0, 0, 1]
    v["granted"] = [4, 1, 0, 0, 0, 1, 6]
    v["partial"] = [1, 0, 0, 0, 0, 0, 1]
    v["denied.third_party"] = [1, 0, 0, 0, 0, 0, 1]
    v["unavailable.not_held"] = [2, 1, 0, 0, 0, 0, 3]
    v["rejected.duplicate"] = [1, 0, 0, 1, 0, 0, 2]
    v["total"] = [9, 2, 0, 1, 0, 1, 13]
    v["carried_forward"] = [1, 0, 0, 0, 0, 0, 1]
    return v


def _label_cells(group, label, key, shared: bool) -> list[str] | None:
    """The label cells of one row: three label columns (三、 | （三） | 1.…), merged cells empty.
    ``shared``: a group label stands in its first sub-row (else on a row of its own above)."""
    if key in TOP:
        return [label]
    if key in SUB:
        return [group if group and shared else "", label]
    return ["", group if group and shared else "", label]


def tab_rows(rows, values, shared: bool = True) -> str:
    out = ["某县某局2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", *HEAD_T3]
    for group, label, key in rows:
        if group and not shared:
            blank_row = ["", group] if key not in SUB else [group]
            out.append("\t".join(blank_row + [""] * 7))   # the group label on a row of blank cells
        out.append("\t".join(_label_cells(group, label, key, shared)
                            + ["" if x is None else str(x) for x in values[key]]))
    out += ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "一是培训不足。"]
    return "\n".join(out) + "\n"


def html_rows(rows, values) -> str:
    """The same table as an HTML grid whose merged cells were exported as empty cells."""
    trs = []
    for group, label, key in rows:
        tds = _label_cells(group, label, key, True) + [str(x) for x in values[key]]
        trs.append("<tr>" + "".join(f"<td>{t}</td>" for t in tds) + "</tr>")
    head = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in h.split("\t")) + "</tr>" for h in HEAD_T3)
    return ("<html><body><h1>某县某局2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table>{head}{''.join(trs)}</table><p>五、存在的主要问题及改进情况</p><p>一是培训不足。</p>"
            "</body></html>")


def read(doc):
    rec = extract_document(doc)
    return ({f.key: f.value for f in rec.figures if f.key[:3] in ("t2.", "t3.")},
            {t.table: t for t in rec.tables})


def expected(rows, values) -> dict[str, int]:
    return {f"t3.{key}.{c}": x for _, _, key in rows for c, x in zip(APPL, values[key])}


def test_the_reader_keeps_leading_and_trailing_empty_cells_of_a_tab_row():
    text = "\t（二）部分公开\t1\t0\n\t\t2.重复申请\t0\t3\n规章\t\t\t\n\t行政许可\n\t\n行政处罚\t58\n\t9\n"
    cells = read_txt("x", text).cells
    assert [(c.text, c.row_start, c.blank) for c in cells] == [
        ("", True, True), ("（二）部分公开", False, False), ("1", False, False), ("0", False, False),
        ("", True, True), ("", False, True), ("2.重复申请", False, False), ("0", False, False), ("3", False, False),
        ("规章", True, False), ("", False, True), ("", False, True), ("", False, True),
        ("行政许可", True, False),   # one Word-export cell per line: still one cell
        ("", False, True),
        ("行政处罚", True, False), ("58", False, False),
        ("", True, True), ("9", False, False)]   # after a tab row, ``\t9`` is a row too: its label cell empty
    for c in cells:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("rows", [T3_2021, T3_2019], ids=["2021", "2019"])
@pytest.mark.parametrize("shape", ["group label in its first row", "group label on a row of its own", "html"])
def test_table3_in_tab_rows_reads_every_cell_and_is_verified(rows, shape):
    v = numbers(rows)
    if shape == "html":
        doc = read_html("t.html", html_rows(rows, v))
    else:
        doc = read_txt("t.txt", tab_rows(rows, v, shared=shape == "group label in its first row"))
    got, st = read(doc)
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected(rows, v)
    assert st["t3"].status == "verified", st["t3"].note
    assert st["t3"].template == ("2021" if rows is T3_2021 else "2019")


def test_a_sub_row_left_out_of_tab_rows_makes_table3_incomplete():
    rows = [r for r in T3_2021 if r[2] != "denied.enforcement_file"]
    got, st = read(read_txt("t.txt", tab_rows(rows, numbers(rows))))
    assert st["t3"].status == "incomplete" and st["t3"].missing == ["denied.enforcement_file"]
    assert got["t3.denied.admin_query.total"] == 0 and got["t3.denied.process_info.total"] == 0


# -- a printed total that does not add up, in a row whose every cell holds a number: no shift
#    of the row reads the same cells (a shift would push a printed number out of it)

def test_a_wrong_printed_total_in_a_full_row_is_the_sources_not_a_shifted_row():
    v = numbers(T3_2021)
    v["carried_forward"] = [1, 0, 0, 0, 0, 0, 3]         # 总计 printed 3 under 1
    got, st = read(read_txt("t.txt", tab_rows(T3_2021, v)))
    assert got["t3.carried_forward.total"] == 3           # kept as printed
    assert st["t3"].status == "source_inconsistent", st["t3"].note
    assert "错一列" not in st["t3"].note


def test_a_row_with_a_blank_end_that_a_shift_would_fix_stays_doubtful():
    v = numbers(T3_2021)
    v["carried_forward"] = [None, 1, 0, 0, 0, 0, 0]       # 1 under 商业企业, 总计 0: one column off?
    got, st = read(read_txt("t.txt", tab_rows(T3_2021, v)))
    assert st["t3"].status == "doubtful" and "错一列" in st["t3"].note


# -- table 2 printed in tab rows with blank cells: blank is not missing

T2_2019 = [("第二十条第（一）项", "本年新制作数量\t本年新公开数量\t对外公开总数量", ["规章", "规范性文件"]),
           ("第二十条第（五）项", "上一年项目数量\t本年增/减\t处理决定数量", ["行政许可", "其他对外管理服务事项"]),
           ("第二十条第（六）项", "上一年项目数量\t本年增/减\t处理决定数量", ["行政处罚", "行政强制"]),
           ("第二十条第（八）项", "上一年项目数量\t本年增/减", ["行政事业性收费"]),
           ("第二十条第（九）项", "采购项目数量\t采购总金额", ["政府集中采购"])]


def t2_tab_rows(row_line) -> str:
    """Table 2 (2019) in tab rows; ``row_line(label, n_columns)`` prints each row."""
    out = ["某县某局2020年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for article, header, labels in T2_2019:
        out += [article, "信息内容\t" + header]
        out += [row_line(label, header.count("\t") + 1) for label in labels]
    out += ["", "三、收到和处理政府信息公开申请情况"]
    return "\n".join(out) + "\n"


def _only_procurement(label, n):
    return label + ("\t7\t352.4" if label == "政府集中采购" else "\t" * n)


def test_a_table2_of_blank_rows_in_tab_rows_is_verified_with_only_its_filled_cells():
    got, st = read(read_txt("t.txt", t2_tab_rows(_only_procurement)))
    assert got == {"t2.procurement.projects": 7, "t2.procurement.amount": 352.4}
    assert st["t2"].status == "verified", st["t2"].note
    assert st["t2"].missing == []


@pytest.mark.parametrize("mark", ["", "/", "—"])
def test_blank_marks_between_tabs_are_blank_cells_too(mark):
    def line(label, n):
        return label + ("\t0\t12" if label == "政府集中采购" else ("\t" + mark) * n)
    got, st = read(read_txt("t.txt", t2_tab_rows(line)))
    assert got == {"t2.procurement.projects": 0, "t2.procurement.amount": 12}
    assert st["t2"].status == "verified", st["t2"].note


@pytest.mark.parametrize("short", ["行政处罚", "行政处罚\t"], ids=["no cell", "one cell of three"])
def test_a_row_whose_cells_are_not_all_there_stays_incomplete(short):
    def line(label, n):
        return short if label == "行政处罚" else _only_procurement(label, n)
    got, st = read(read_txt("t.txt", t2_tab_rows(line)))
    assert st["t2"].status == "incomplete", st["t2"].note
    assert "punishment" in st["t2"].missing
    assert not any(k.startswith("t2.punishment.") for k in got)


def test_a_table2_of_blank_rows_as_an_html_grid_is_verified():
    trs = []
    for article, header, labels in T2_2019:
        trs += [f"<tr><td colspan='4'>{article}</td></tr>",
                "<tr>" + "".join(f"<td>{h}</td>" for h in ["信息内容", *header.split("\t")]) + "</tr>"]
        for label in labels:
            cells = ["7", "352.4"] if label == "政府集中采购" else [""] * (header.count("\t") + 1)
            trs.append("<tr>" + "".join(f"<td>{c}</td>" for c in [label, *cells]) + "</tr>")
    html = ("<html><body><h1>某县某局2020年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
            f"<table>{''.join(trs)}</table><p>三、收到和处理政府信息公开申请情况</p></body></html>")
    got, st = read(read_html("t.html", html))
    assert got == {"t2.procurement.projects": 7, "t2.procurement.amount": 352.4}
    assert st["t2"].status == "verified", st["t2"].note


def test_a_label_row_of_blank_cells_with_its_values_on_the_next_line_keeps_its_values():
    # a converted table whose labels stand apart from their values: the numbers are never
    # lost behind the blank cells (a table read with numbers left over is never verified blank)
    def line(label, n):
        return label + "\t" * n + "\n" + "\t".join(str(k + 2) for k in range(n))
    got, st = read(read_txt("t.txt", t2_tab_rows(line)))
    assert got["t2.rules.new_made"] == 2 and got["t2.rules.total"] == 4
    assert got["t2.fees.prev"] == 2 and got["t2.procurement.amount"] == 3
    assert st["t2"].status == "verified", st["t2"].note
    assert "数值印在下一行" in st["t2"].note
