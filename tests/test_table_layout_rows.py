"""Table rows the layout moved (blind table round 8, family 3): two rows' values on one line,
value lines wrapped onto the next line (tables 3 and 4), the （七）总计 row printed first, and
two tables 3 in one report (last year's quoted for comparison). Read right, each is verified;
the values never shift to another row.

Tables written here with invented numbers, as tab rows, one cell per line and HTML."""
import pytest

from extractor.pipeline import extract_document
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt
from test_table_tab_rows import APPL, T3_2021, numbers

ANCHOR = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
HEAD = [ANCHOR, "申请人情况", "自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]


def lines(rows=T3_2021, v=None) -> list[list[str]]:
    v = v or numbers(rows)
    return [[label] + [str(x) for x in v[key]] for _, label, key in rows]


def text(body: list[list[str]], one_cell_per_line=False, before=("三、收到和处理政府信息公开申请情况",)) -> str:
    out = ["某县某局2023年政府信息公开工作年度报告", *before, *HEAD, *("\t".join(r) for r in body),
           "五、存在的主要问题及改进情况", "一是培训不足。"]
    if one_cell_per_line:
        out = [c for line in out for c in line.split("\t")]
    return "\n".join(out) + "\n"


def read(doc):
    rec = extract_document(doc)
    return {f.key: f.value for f in rec.figures if f.key.startswith(("t3.", "t4."))}, {t.table: t for t in rec.tables}


def expected(rows=T3_2021, v=None) -> dict[str, int]:
    v = v or numbers(rows)
    return {f"t3.{key}.{c}": x for _, label, key in rows for c, x in zip(APPL, v[key])}


def _keyed(rows=T3_2021):
    return {key: k for k, (_, _, key) in enumerate(rows)}


@pytest.mark.parametrize("key", ["unavailable.not_held", "rejected.duplicate", "granted"])
@pytest.mark.parametrize("one_cell_per_line", [False, True])
def test_two_rows_values_on_one_line_are_split_between_them(key, one_cell_per_line):
    body = lines()
    k = _keyed()[key]
    body[k] = body[k] + body[k + 1][1:]        # this row's 7 numbers and the next row's
    body[k + 1] = body[k + 1][:1]             # the next row: its label alone
    got, st = read(read_txt("t.txt", text(body, one_cell_per_line)))
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected()
    assert st["t3"].status == "verified", st["t3"].note
    assert "两行的数值" in st["t3"].note


@pytest.mark.parametrize("cut", [5, 4, 2])
@pytest.mark.parametrize("keys", [["granted"], ["granted", "partial"], ["new_received", "total"]])
def test_value_lines_wrapped_onto_the_next_line_are_one_row(cut, keys):
    body = lines()
    for key in sorted(keys, key=lambda k: -_keyed()[k]):
        k = _keyed()[key]
        body[k:k + 1] = [body[k][:1 + cut], [""] + body[k][1 + cut:]]
    got, st = read(read_txt("t.txt", text(body)))
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected()
    assert st["t3"].status == "verified", st["t3"].note


def test_a_short_row_followed_by_a_row_of_its_own_is_not_joined():
    """A row missing two blanks (5 numbers) and the next row's values with its label lost
    (7 numbers) do not make one row: 5 + 7 is no row."""
    body = lines()
    k = _keyed()["partial"]
    body[k] = body[k][:6]
    body[k + 1][0] = ""
    got, st = read(read_txt("t.txt", text(body)))
    assert st["t3"].status != "verified"


T4_HEAD = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
           "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
           "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)]
T4_VALUES = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1]


@pytest.mark.parametrize("cut", [10, 8, 5])
def test_table4_row_wrapped_onto_the_next_line_is_read_whole(cut):
    vals = [str(x) for x in T4_VALUES]
    doc = read_txt("t.txt", "\n".join(T4_HEAD + ["\t".join(vals[:cut]), "\t".join(vals[cut:]),
                                                 "五、存在的主要问题及改进情况"]) + "\n")
    got, st = read(doc)
    assert [got.get(k) for k in sorted(got)] and len(got) == 15
    assert st["t4"].status == "verified", st["t4"].note
    assert got["t4.review.total"] == 4 and got["t4.after_review.total"] == 1


@pytest.mark.parametrize("shape", ["tab rows", "one cell per line", "html"])
@pytest.mark.parametrize("row", ["total", "carried_forward"])
def test_a_row_printed_away_from_its_place_is_read_by_its_label(shape, row):
    body = lines()
    k = _keyed()[row]
    moved = body.pop(k)
    at = _keyed()["granted"]
    body.insert(at, moved)
    if shape == "html":
        trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
        doc = read_html("t.html", "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>"
                        f"<tr><td>{ANCHOR}</td><td>申请人情况</td></tr>{trs}</table>"
                        "<p>五、存在的主要问题及改进情况</p></body></html>")
    else:
        doc = read_txt("t.txt", text(body, shape == "one cell per line"))
    got, st = read(doc)
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected()
    assert st["t3"].status == "verified", st["t3"].note
    assert "不在格式规定的位置" in st["t3"].note


def _other_year():
    v = numbers(T3_2021)
    return {k: [x + (3 if k in ("new_received", "granted", "total") else 0) for x in xs[:-1]]
            + [xs[-1] + (18 if k in ("new_received", "granted", "total") else 0)] for k, xs in v.items()}


@pytest.mark.parametrize("layout", ["last year first", "this year first", "no words, later is this year's"])
def test_two_tables_3_this_years_is_read(layout):
    this, last = lines(), lines(v=_other_year())
    past = ["为便于对照，先列出上年度收到和处理政府信息公开申请情况："]
    now = ["本年度收到和处理政府信息公开申请情况如下："]
    if layout == "last year first":
        body = [past, *[[h] for h in HEAD], *last, now, *[[h] for h in HEAD], *this]
    elif layout == "this year first":
        body = [now, *[[h] for h in HEAD], *this, ["上年度情况对照如下："], *[[h] for h in HEAD], *last]
    else:
        body = [*[[h] for h in HEAD], *last, ["情况如下："], *[[h] for h in HEAD], *this]
    out = ["某县某局2023年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
           *("\t".join(r) for r in body), "五、存在的主要问题及改进情况", "一是培训不足。"]
    got, st = read(read_txt("t.txt", "\n".join(out) + "\n"))
    assert {k: x for k, x in got.items() if k.startswith("t3.")} == expected()
    assert st["t3"].status == "verified", st["t3"].note
    assert "张表三" in st["t3"].note
