"""A table-3 row whose label a page break cuts in two (family: a row label split by a page
break, blind round 14; ``extractor/table_align.segments``).

The first part of the label (with its enumerator: 4.无正当理由) ends one page, the rest (大量反复申请)
opens the next one, beside the empty continuation of the merged group cell — and, where the
printer repeats the table's header on each page (a Word table's heading rows printed by
LibreOffice, a web page's thead printed by Chromium, reportlab's repeatRows), the header rows
stand between the two parts. The values are printed beside the first part (top-aligned cells)
or beside the rest (the first part's cells printed blank).

Read right and verified: both parts are one row whatever stands between them; the header
printed again is no row's label. A split the layout cannot prove (values beside the rest and
no header between: nothing says a page broke there) is never read wrong and called right.
Tables written here with invented numbers: ruled PDFs drawn with reportlab (tests/build_pdf.py)
and the pipe-flattened text of such a print."""
import pytest

from extractor.readers.txt import read_txt
from extractor.tables import extract_tables
from test_table3_empty_label_runs import distinct
from test_table3_order_proof import GROUPS, TITLE, _spans, expected, table
from test_table_status import LABELS_2021

pytest.importorskip("reportlab")

import build_pdf as build  # noqa: E402

XS = [40, 100, 250] + [250 + 42 * i for i in range(1, 8)]
HEAD_ROWS = [(24, [("（本列数据的勾稽关系为：第一项加\n第二项之和，等于第三项加第四项之和）", 0, 3, 2),
                   ("申请人情况", 2, 1, 7)]),
             (18, [("自然人", 2, 2, 1), ("法人或其他组织", 3, 1, 5), ("总计", 8, 2, 1)]),
             (18, [("商业企业", 3, 1, 1), ("科研机构", 4, 1, 1), ("社会公益组织", 5, 1, 1),
                   ("法律服务机构", 6, 1, 1), ("其他", 7, 1, 1)])]
CORNER = "本年度情况"   # a header's corner cell that is no column word (round 14's soffice print)

# the row cut, and where its label breaks: (row key, characters before the break)
SPLITS = {
    "rejected.excessive": 6,       # 4.无正当理由 | 大量反复申请: a group's sub-row
    "denied.law_prohibited": 5,    # 2.其他法律 | 行政法规禁止公开: the group's second sub-row
    "other.unpaid_fee": 12,        # a long sub-row label, itself wrapped over lines on each page
    "new_received": 8,             # 一、本年新收政府信 | 息公开申请数量: a row of no group
}


def _rows(v, key: str, cut: int):
    """(group, label, values) per printed row, the row ``key`` printed as two parts."""
    rs = table(v)
    at = [k for _, k in LABELS_2021].index(key)
    group, label, vals = rs[at]
    return rs[:at], (group, label[:cut], label[cut:], vals), rs[at + 1:]


def _grid(part, first_page: bool, first_row_continues: bool):
    """Grid rows for ``part``: label wrapped at 14 characters, the merged group cell printed
    with its heading unless it continues from the page before."""
    out = []
    for k, ((group, label, vals), span) in enumerate(zip(part, _spans(part))):
        lines = [label[i:i + 14] for i in range(0, len(label), 14)] or [""]
        cells = [("\n".join(lines), 0, 1, 2)] if span == -1 else [("\n".join(lines), 1, 1, 1)]
        if span > 0:
            head = "" if k == 0 and not first_page and first_row_continues else GROUPS[group]
            cells.insert(0, (head[:5] + "\n" + head[5:] if head else "", 0, span, 1))
        cells += [("" if x is None else str(x), 2 + i, 1, 1) for i, x in enumerate(vals)]
        out.append((10 + 12 * len(lines), cells))
    return out


def split_pdf(path, key: str, header: bool, values: str, corner: bool = False):
    """Table 3 crossing a page inside row ``key``, its label cut in two; ``header``: the header
    rows printed again on the new page; ``values``: ``first`` (beside the first part, the rest's
    cells blank) or ``rest``; ``corner``: the repeated header opens with a corner word."""
    v = distinct()
    before, (group, part1, part2, vals), after = _rows(v, key, SPLITS[key])
    blank = [None] * len(vals)
    row1 = (group, part1, vals if values == "first" else blank)
    row2 = (group, part2, blank if values == "first" else vals)
    head = HEAD_ROWS
    page1, _ = build.draw_table(XS, head + _grid(before + [row1], True, False), top=90)
    again = head
    if corner:
        again = [(24, [(CORNER, 0, 3, 2), ("申请人情况", 2, 1, 7)])] + head[1:]
    page2, bottom = build.draw_table(XS, (again if header else []) + _grid([row2] + after, False, True), top=60)
    chrome = [[build.text(40, 30, TITLE, 8), build.text(280, 800, f"— {n} —", 8)] for n in (1, 2)]
    return build.pdf(path, [chrome[0] + [build.text(40, 70, "三、收到和处理政府信息公开申请情况", 10.5)] + page1,
                            chrome[1] + page2 + [build.text(40, bottom + 20, "五、存在的主要问题及改进情况", 10.5)]])


def split_pipes(key: str, values: str) -> str:
    """The same print flattened to pipe lines (a text layer read row by row): the header's
    lines again between the two parts, the group cell's continuation an empty field."""
    v = distinct()
    before, (group, part1, part2, vals), after = _rows(v, key, SPLITS[key])
    head = ["| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
            "| 自然人 | 法人或其他组织 | 总计 |", "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
    blank = [""] * len(vals)

    def line(g, label, cells, lead: bool):
        first = ([GROUPS[g]] if lead else [""]) if g else []
        return "| " + " | ".join(first + [label] + [str(x) for x in cells]) + " |"

    seen: set[str] = set()
    lines = [TITLE, "三、收到和处理政府信息公开申请情况"] + head
    for g, label, cells in before:
        lines.append(line(g, label, cells, g not in seen))
        seen.add(g)
    lines.append(line(group, part1, vals if values == "first" else blank, group not in seen))
    seen.add(group)
    lines += ["— 1 —", TITLE] + head
    lines.append(line(group, part2, blank if values == "first" else vals, False))
    for g, label, cells in after:
        lines.append(line(g, label, cells, g not in seen))
        seen.add(g)
    lines += ["五、存在的主要问题及改进情况", "一是培训不足。"]
    return "\n".join(lines) + "\n"


def _read(doc):
    rec = extract_tables(doc)
    t3 = next(t for t in rec.tables if t.table == "t3")
    return {f.key: f.value for f in rec.figures if f.key.startswith("t3.")}, t3


def _read_pdf(path):
    from extractor.readers import read_document
    return _read(read_document(path))


@pytest.mark.parametrize("key", sorted(SPLITS))
@pytest.mark.parametrize("header", [True, False], ids=["header-again", "no-header"])
def test_values_beside_the_first_part(tmp_path, key, header):
    got, t3 = _read_pdf(split_pdf(tmp_path / "t3.pdf", key, header, "first"))
    assert got == expected(distinct()), t3.note
    assert t3.status == "verified", t3.note


@pytest.mark.parametrize("key", sorted(SPLITS))
def test_values_beside_the_rest_after_the_header_printed_again(tmp_path, key):
    got, t3 = _read_pdf(split_pdf(tmp_path / "t3.pdf", key, True, "rest"))
    assert got == expected(distinct()), t3.note
    assert t3.status == "verified", t3.note


@pytest.mark.parametrize("values", ["first", "rest"])
def test_a_header_again_with_a_corner_word_of_no_column(tmp_path, values):
    got, t3 = _read_pdf(split_pdf(tmp_path / "t3.pdf", "rejected.excessive", True, values, corner=True))
    assert got == expected(distinct()), t3.note
    assert t3.status == "verified", t3.note


@pytest.mark.parametrize("key", sorted(SPLITS))
def test_values_beside_the_rest_with_nothing_between_is_never_silent(tmp_path, key):
    got, t3 = _read_pdf(split_pdf(tmp_path / "t3.pdf", key, False, "rest"))
    if got != expected(distinct()):
        assert t3.status not in ("verified", "source_inconsistent"), t3.note


@pytest.mark.parametrize("key", sorted(SPLITS))
@pytest.mark.parametrize("values", ["first", "rest"])
def test_the_same_print_as_pipe_lines(key, values):
    got, t3 = _read(read_txt("t.txt", split_pipes(key, values)))
    assert got == expected(distinct()), t3.note
    assert t3.status == "verified", t3.note


def test_the_two_parts_are_one_segment_across_the_header():
    """The header printed again joins no row; the two parts of the cut label are one segment
    holding the row's values."""
    from extractor.table_align import segments

    doc = read_txt("t.txt", split_pipes("rejected.excessive", "first"))
    segs = segments(doc.cells, 0, len(doc.cells))
    row = [s for s in segs if s.label.startswith("4.无正当理")]
    assert len(row) == 1 and row[0].label == "4.无正当理由大量反复申请"
    assert [v.text for v in row[0].values] == [str(x) for x in distinct()["rejected.excessive"]]
    assert not any("申请人情况" in s.label and any(not v.blank for v in s.values) for s in segs[1:])


def _cells(*texts):
    from extractor.document import Cell
    return [Cell(0, 0, t, blank=not t) for t in texts]


@pytest.mark.parametrize("labels, values, top, want", [
    (("本年度情况", "申请人情况", "自然人", "法人或其他组织", "总计"), ("", ""), (), True),
    (("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), (), (), True),
    (("社会公益", "组织法律服务", "机构其他", "自然人"), (), ("社会公益", "组织法律服务", "机构其他"), True),
    (("本年度情况", "申请人情况", "自然人", "法人或其他组织", "总计"), ("3",), (), False),  # a number: a row
    (("（五）不予处理", "自然人", "总计", "其他"), (), (), False),                         # opens a row
    (("申请人情况", "总计"), (), (), False),                                              # two words: too few
    (("大量反复申请", "本年度情况", "申请人情况", "总计"), (), (), False),                  # half of them a label
])
def test_what_a_header_printed_again_is(labels, values, top, want):
    from extractor.labels import norm_label
    from extractor.table_align import Segment, repeats_header

    seg = Segment(_cells(*labels), _cells(*values))
    assert repeats_header("t3", seg, frozenset(norm_label(t) for t in top)) is want


def cross_pdf(path, key: str, empty_label: bool):
    """Table 3 crossing a page right before row ``key`` (no label cut), the header printed
    again on the new page; ``empty_label``: that row's label cell printed empty."""
    rs = table(distinct())
    at = [k for _, k in LABELS_2021].index(key)
    group, label, vals = rs[at]
    first = (group, "" if empty_label else label, vals)
    continues = group is not None and at > 0 and rs[at - 1][0] == group
    page1, _ = build.draw_table(XS, HEAD_ROWS + _grid(rs[:at], True, False), top=90)
    page2, bottom = build.draw_table(XS, HEAD_ROWS + _grid([first] + rs[at + 1:], False, continues), top=60)
    return build.pdf(path, [[build.text(40, 70, "三、收到和处理政府信息公开申请情况", 10.5)] + page1,
                            page2 + [build.text(40, bottom + 20, "五、存在的主要问题及改进情况", 10.5)]])


@pytest.mark.parametrize("key", ["rejected.duplicate", "rejected.petition", "unavailable.needs_creation", "total"])
def test_a_whole_row_after_the_header_printed_again(tmp_path, key):
    got, t3 = _read_pdf(cross_pdf(tmp_path / "t3.pdf", key, empty_label=False))
    assert got == expected(distinct()), t3.note
    assert t3.status == "verified", t3.note


@pytest.mark.parametrize("key", ["rejected.duplicate", "unavailable.needs_creation", "denied.third_party"])
def test_a_label_less_row_after_the_header_printed_again_is_never_silent(tmp_path, key):
    got, t3 = _read_pdf(cross_pdf(tmp_path / "t3.pdf", key, empty_label=True))
    if got != expected(distinct()):
        assert t3.status not in ("verified", "source_inconsistent"), t3.note
    else:
        assert t3.status in ("verified", "doubtful"), t3.note
