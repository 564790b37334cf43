"""How sure a table's reading is: the rows aligned to the template, the arithmetic as
referee, and the status each table reports (tables written here, in pipe and tab rows)."""
from extractor import template as T
from extractor.pipeline import extract_document
from extractor.readers.txt import read_txt

COLS = 7
LABELS_2021 = [
    ("一、本年新收政府信息公开申请数量", "new_received"), ("二、上年结转政府信息公开申请数量", "carried_over"),
    ("（一）予以公开", "granted"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("1.属于国家秘密", "denied.state_secret"), ("2.其他法律行政法规禁止公开", "denied.law_prohibited"),
    ("3.危及“三安全一稳定”", "denied.safety_stability"), ("4.保护第三方合法权益", "denied.third_party"),
    ("5.属于三类内部事务信息", "denied.internal_affairs"), ("6.属于四类过程性信息", "denied.process_info"),
    ("7.属于行政执法案卷", "denied.enforcement_file"), ("8.属于行政查询事项", "denied.admin_query"),
    ("1.本机关不掌握相关政府信息", "unavailable.not_held"), ("2.没有现成信息需要另行制作", "unavailable.needs_creation"),
    ("3.补正后申请内容仍不明确", "unavailable.unclear"), ("1.信访举报投诉类申请", "rejected.petition"),
    ("2.重复申请", "rejected.duplicate"), ("3.要求提供公开出版物", "rejected.publication"),
    ("4.无正当理由大量反复申请", "rejected.excessive"), ("5.要求行政机关确认或重新出具已获取信息", "rejected.confirm"),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.unpaid_fee"),
    ("3.其他", "other.other"), ("（七）总计", "total"), ("四、结转下年度继续办理", "carried_forward"),
]


def balanced() -> dict[str, list[int]]:
    """A table 3 whose identities all hold: 5 new + 1 carried over; 4 granted, 1 not held;
    1 carried forward."""
    z = [0] * COLS
    v = {key: list(z) for _, key in LABELS_2021}
    v["new_received"] = [4, 1, 0, 0, 0, 0, 5]
    v["carried_over"] = [1, 0, 0, 0, 0, 0, 1]
    v["granted"] = [3, 1, 0, 0, 0, 0, 4]
    v["unavailable.not_held"] = [1, 0, 0, 0, 0, 0, 1]
    v["total"] = [4, 1, 0, 0, 0, 0, 5]
    v["carried_forward"] = [1, 0, 0, 0, 0, 0, 1]
    return v


def report(rows: list[tuple[str, list]], sep: str = " | ") -> str:
    """A short report whose table 3 is printed one row per line with pipes."""
    lines = ["某县某局2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
             "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
             "| 自然人 | 法人或其他组织 | 总计 |", "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
    for label, vals in rows:
        lines.append("| " + label + sep + sep.join("" if x is None else str(x) for x in vals) + " |")
    lines.append("五、存在的主要问题及改进情况")
    lines.append("一是公开内容不够全面。")
    return "\n".join(lines) + "\n"


def read(text: str):
    rec = extract_document(read_txt("t.txt", text))
    t3 = next(t for t in rec.tables if t.table == "t3")
    return {f.key: f.value for f in rec.figures if f.key.startswith("t3.")}, t3


def rows_of(v, labels=LABELS_2021):
    return [(label, v[key]) for label, key in labels]


def test_a_clean_balanced_table_is_verified_with_every_cell():
    got, st = read(report(rows_of(balanced())))
    assert st.status == "verified" and st.template == "2021" and st.missing == []
    assert len(got) == len(LABELS_2021) * COLS
    assert got["t3.unavailable.not_held.natural"] == 1


def test_a_row_that_is_not_printed_makes_the_table_incomplete_and_is_named():
    labels = [lk for lk in LABELS_2021 if lk[1] != "unavailable.needs_creation"]
    got, st = read(report(rows_of(balanced(), labels)))
    assert st.status == "incomplete"
    assert st.missing == ["unavailable.needs_creation"]
    assert T.row("t3", "unavailable.needs_creation").display in st.note
    # its neighbours keep their own values
    assert got["t3.unavailable.not_held.total"] == 1 and got["t3.unavailable.unclear.total"] == 0


def test_misspelled_split_and_spaced_labels_land_on_their_rows():
    labels = list(LABELS_2021)
    labels[5] = ("2.其他法律行政止公开", "denied.law_prohibited")       # a character missing
    labels[12] = ("1.本机关不掌握相关政府信", "unavailable.not_held")      # cut short
    labels[16] = ("2、重 复 申 请", "rejected.duplicate")                 # other enumerator, spaces
    got, st = read(report(rows_of(balanced(), labels)))
    assert st.status == "verified", st.note
    assert got["t3.unavailable.not_held.natural"] == 1
    assert "t3.denied.law_prohibited.total" in got and "t3.rejected.duplicate.total" in got


def test_a_row_with_an_unreadable_label_between_two_known_rows_is_placed_by_order_and_said():
    labels = list(LABELS_2021)
    labels[13] = ("※※※", "unavailable.needs_creation")
    v = balanced()
    got, st = read(report(rows_of(v, labels)))
    assert got["t3.unavailable.needs_creation.total"] == 0
    assert st.status == "verified"
    assert "按行序推定" in st.note


def test_a_printed_total_that_does_not_add_up_is_kept_and_called_the_sources():
    v = balanced()
    v["total"] = [4, 1, 0, 0, 0, 0, 0]          # 总计 printed 0 under 4 + 1
    got, st = read(report(rows_of(v)))
    assert got["t3.total.total"] == 0            # never repaired
    assert st.status == "source_inconsistent", st.note
    assert "t3.row_total.total" in st.note


def test_an_empty_label_cell_before_the_values_does_not_shift_the_row():
    rows = rows_of(balanced())
    rows[-2] = ("（七）总计", [None] + balanced()["total"])   # | （七）总计 | | 4 | 1 | … | 5 |
    got, st = read(report(rows))
    assert got["t3.total.natural"] == 4 and got["t3.total.total"] == 5
    assert st.status == "verified"


def test_a_row_shifted_by_a_lost_cell_is_doubtful_not_verified():
    rows = rows_of(balanced())
    rows[-2] = ("（七）总计", [None] + balanced()["total"][:-1])  # the 总计 cell lost: 7 cells, shifted
    got, st = read(report(rows))
    assert st.status == "doubtful", (st.status, st.note)
    assert "错一列" in st.note


def test_a_row_missing_a_blank_is_placed_by_its_own_total_when_only_one_placement_adds_up():
    rows = rows_of(balanced())
    rows[0] = (rows[0][0], [4, 1, 0, 0, 0, 5])   # one blank cell dropped by the layout
    got, st = read(report(rows))
    # 4+1+0+0+0 = 5 fits with the gap in any of the four zero columns: ambiguous, not taken
    assert "t3.new_received.natural" not in got
    assert st.status == "incomplete" and "new_received" in st.missing


def test_no_table_is_absent():
    rec = extract_document(read_txt("t.txt", "某镇2023年政府信息公开工作年度报告\n一、总体情况\n本年度未收到申请。\n"))
    assert {t.table: t.status for t in rec.tables} == {"t2": "absent", "t3": "absent", "t4": "absent"}


def _ocr_like(text: str, key_label: str, col: int, confidence: float, alternatives=()):
    """The report read as text, then one value cell of the row ``key_label`` marked as OCR
    would mark it (its recognition confidence and other readings)."""
    doc = read_txt("scan.png", text)
    i = next(k for k, c in enumerate(doc.cells) if c.text == key_label)
    cell = [c for c in doc.cells[i + 1:] if not c.filler][col]
    cell.confidence, cell.alternatives = confidence, list(alternatives)
    for c in doc.cells:
        if c is not cell and not c.blank and c.confidence is None:
            c.confidence = 0.99
    rec = extract_document(doc)
    return {f.key: f for f in rec.figures}, next(t for t in rec.tables if t.table == "t3")


def test_an_unsure_ocr_cell_makes_a_balanced_table_doubtful_and_the_figure_keeps_its_confidence():
    figs, st = _ocr_like(report(rows_of(balanced())), "（一）予以公开", 0, 0.62)
    assert st.status == "doubtful" and "把握不足" in st.note
    assert figs["t3.granted.natural"].confidence == 0.62
    assert figs["t3.granted.commercial"].confidence == 0.99


def test_an_ocr_misread_that_an_alternative_reading_explains_is_doubtful_and_named():
    v = balanced()
    v["granted"] = [8, 1, 0, 0, 0, 0, 4]          # 3 misread as 8 by the recogniser
    figs, st = _ocr_like(report(rows_of(v)), "（一）予以公开", 0, 0.93, alternatives=["3"])
    assert figs["t3.granted.natural"].value == 8   # the printed reading is kept
    assert st.status == "doubtful"
    assert "读作 3" in st.note and T.display("t3.granted.natural") in st.note


# -- blank cells and the arithmetic (blind table round 6: a row printed blank that 总计 counts)

def _blank(v, key, cols=range(COLS)):
    v[key] = [None if i in cols else x for i, x in enumerate(v[key])]
    return v


def test_a_row_printed_blank_that_the_total_counts_is_doubtful_not_verified():
    v = balanced()
    v["denied.process_info"] = [None] * COLS           # printed blank ...
    v["total"] = [5, 1, 0, 0, 0, 0, 6]                  # ... while 总计 counts one request there
    v["new_received"] = [5, 1, 0, 0, 0, 0, 6]
    got, st = read(report(rows_of(v)))
    assert "t3.denied.process_info.total" not in got    # a blank is never 0 in the record
    assert st.status == "doubtful"
    assert "空白" in st.note and "t3.sum" in st.note


def test_blank_cells_with_arithmetic_that_holds_when_read_as_zero_stay_verified():
    v = balanced()
    for key in ("denied.process_info", "rejected.petition", "other.other"):
        _blank(v, key)                                   # zero rows left blank, totals agree
    _blank(v, "unavailable.not_held", cols=range(1, 6))  # zeros of one row left blank
    got, st = read(report(rows_of(v)))
    assert st.status == "verified", st.note
    assert got["t3.unavailable.not_held.natural"] == 1


def test_a_table_that_fills_only_the_total_column_stays_verified():
    v = balanced()
    for key in v:
        v[key] = [None] * 6 + [v[key][6]]                # applicants blank, 总计 printed
    got, st = read(report(rows_of(v)))
    assert st.status == "verified", st.note
    assert got["t3.new_received.total"] == 5 and "t3.new_received.natural" not in got


def test_a_blank_row_in_a_tab_separated_table_is_doubtful_too():
    v = balanced()
    v["granted"] = [None] * COLS                          # 4 granted requests lost in a blank row
    text = report(rows_of(v), sep="\t").replace("| ", "").replace(" |", "")
    got, st = read(text)
    assert st.status in ("doubtful", "incomplete")
    assert st.status != "verified"
