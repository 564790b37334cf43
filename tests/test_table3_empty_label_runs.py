"""Table-3 rows printed with their label cell empty, two or more in a row (family: a docx or
HTML grid whose merged label cells came out empty; blind round 12). A run of such rows that
fills every template row between two rows found by their labels is placed by order: their
count and order leave one reading, and the table's identities still referee the numbers.
A run that does not fill the gap exactly, or that holds a label piece no row reads as, stays
a guess: the table is incomplete, never verified. Tables written here with invented numbers."""
import io

import pytest

from extractor.pipeline import extract_document
from extractor.readers.docx import read_docx
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt
from test_table_status import LABELS_2021, balanced, report

APPL = ("natural", "commercial", "research", "ngo", "legal", "other_org", "total")
HEAD = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
        ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]


def distinct() -> dict[str, list[int]]:
    """A balanced table whose 不予公开 and 不予处理 rows each hold their own numbers, so a row
    placed one off would read other values (and the identities still hold)."""
    v = balanced()
    for k, key in enumerate(["denied.law_prohibited", "denied.safety_stability", "denied.third_party",
                             "denied.internal_affairs", "denied.process_info", "rejected.duplicate",
                             "rejected.publication"]):
        row = [0] * 7
        row[k % 6] = k + 1
        row[6] = k + 1
        v[key] = row
        for total in ("new_received", "total"):
            v[total] = [a + b for a, b in zip(v[total], row)]
    return v


def rows(v, empty: set[str], labels=LABELS_2021, drop=()):
    return [("" if key in empty else label, v[key]) for label, key in labels if key not in drop]


def as_pipes(rs) -> str:
    return report(rs)


def as_html(rs) -> str:
    trs = ["<tr>" + "".join(f"<td>{c}</td>" for c in h) + "</tr>" for h in HEAD]
    trs += ["<tr>" + "".join(f"<td>{c}</td>" for c in [label, *vals]) + "</tr>" for label, vals in rs]
    return ("<html><body><p>某县某局2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table>{''.join(trs)}</table><p>五、存在的主要问题及改进情况</p><p>一是培训不足。</p></body></html>")


def as_docx(rs) -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph("某县某局2023年政府信息公开工作年度报告")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t = d.add_table(rows=len(HEAD) + len(rs), cols=8)
    for r, cells in enumerate(HEAD + [[label, *map(str, vals)] for label, vals in rs]):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.add_paragraph("五、存在的主要问题及改进情况")
    d.add_paragraph("一是培训不足。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read(rs, fmt: str):
    doc = {"pipes": lambda: read_txt("t.txt", as_pipes(rs)), "html": lambda: read_html("t.html", as_html(rs)),
           "docx": lambda: read_docx("t.docx", as_docx(rs))}[fmt]()
    rec = extract_document(doc)
    t3 = next(t for t in rec.tables if t.table == "t3")
    return {f.key: f.value for f in rec.figures if f.key.startswith("t3.")}, t3


def expected(v, drop=()) -> dict[str, int]:
    return {f"t3.{key}.{c}": x for _, key in LABELS_2021 if key not in drop for c, x in zip(APPL, v[key])}


FORMATS = ["pipes", "html", "docx"]
RUNS = {
    "two (危及 after 其他法律)": {"denied.law_prohibited", "denied.safety_stability"},
    "three in 不予公开": {"denied.safety_stability", "denied.third_party", "denied.internal_affairs"},
    "two runs of two": {"denied.law_prohibited", "denied.safety_stability", "rejected.duplicate",
                        "rejected.publication"},
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("run", sorted(RUNS))
def test_a_run_of_empty_labels_filling_the_gap_between_known_rows_is_placed_by_order(fmt, run):
    v = distinct()
    got, st = read(rows(v, RUNS[run]), fmt)
    assert got == expected(v)
    assert st.status == "verified", st.note
    assert st.note.count("按行序确定") == len(RUNS[run])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_of_empty_labels_one_short_of_the_gap_is_never_verified(fmt):
    # 4.保护第三方合法权益 really missing: two empty labels for three template rows
    v = distinct()
    v["denied.third_party"] = [0] * 7
    v["new_received"] = [a - b for a, b in zip(v["new_received"], distinct()["denied.third_party"])]
    v["total"] = [a - b for a, b in zip(v["total"], distinct()["denied.third_party"])]
    rs = rows(v, {"denied.law_prohibited", "denied.safety_stability"}, drop={"denied.third_party"})
    got, st = read(rs, fmt)
    assert st.status == "incomplete", st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_with_a_label_no_row_reads_as_stays_a_guess(fmt):
    v = distinct()
    rs = rows(v, {"denied.safety_stability"})
    rs[5] = ("※※※", rs[5][1])   # 2.其他法律行政法规禁止公开 unreadable, 3. printed empty
    got, st = read(rs, fmt)
    assert st.status == "incomplete", st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_more_empty_label_rows_than_the_gap_holds_is_never_verified(fmt):
    v = distinct()
    rs = rows(v, {"denied.law_prohibited", "denied.safety_stability"})
    rs.insert(6, ("", [1, 0, 0, 0, 0, 0, 1]))   # a third unlabelled row: one row too many
    got, st = read(rs, fmt)
    assert st.status == "incomplete", st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_at_the_head_of_the_table_is_not_pinned(fmt):
    # 一、 and 二、 both printed without labels: no labelled row before them
    v = distinct()
    got, st = read(rows(v, {"new_received", "carried_over"}), fmt)
    assert st.status == "incomplete", st.note
