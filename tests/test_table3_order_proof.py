"""Table-3 rows printed without a label of their own, placed by order among rows found by their
labels: when the layout proves the placement, and when it stays a guess (family: empty item-label
cells beside a merged group cell, blind round 13; extractor/table_order.py).

Proved: the label-less rows fill exactly the template rows between two rows found by their labels,
no other printed row of numbers stands between those two, and each holds one whole row of values;
what the row prints beside its values is nothing, its group's heading (the merged group cell
beside its first sub-row) or its own sub-row number. A printed slip in such a table is the
source's (``source_inconsistent``), a clean one ``verified``.

Not proved: a printed label no row reads as, another row's sub-row number, another group's
heading, a label-less row at the table's edge: the placement is a guess, so a slip there is
``doubtful`` — never ``source_inconsistent`` — and a clean table is still never read wrong.
Tables written here with invented numbers, in pipes, HTML and docx grids with merged group
cells, a Word one-cell-per-line export and a ruled PDF."""
import io

import pytest

from extractor.tables import extract_tables
from extractor.readers.docx import read_docx
from extractor.readers.html import read_html
from extractor.readers.txt import read_txt
from test_table3_empty_label_runs import APPL, HEAD, distinct
from test_table_status import LABELS_2021

TITLE = "某县某局2023年政府信息公开工作年度报告"
GROUPS = {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "rejected": "（五）不予处理",
          "other": "（六）其他处理"}


def _group(key: str) -> str | None:
    head = key.split(".")[0]
    return head if "." in key and head in GROUPS else None


def table(v, labels: dict[str, str] | None = None) -> list[tuple[str | None, str, list[int]]]:
    """(group, item label, values) per printed row; ``labels`` replaces a row's item label."""
    labels = labels or {}
    return [(_group(key), labels.get(key, label), v[key]) for label, key in LABELS_2021]


# ------------------------------------------------------------------ formats
def as_pipes(rs) -> str:
    """Flattened: the group heading printed in the first sub-row's line, before its item cell."""
    lines = [TITLE, "三、收到和处理政府信息公开申请情况", "| " + " | ".join(HEAD[0]) + " |",
             "| 自然人 | 法人或其他组织 | 总计 |", "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
    seen = set()
    for group, label, vals in rs:
        head = GROUPS[group] if group and group not in seen else ""
        seen.add(group)
        cells = ([head] if head else []) + [label] + [str(x) for x in vals]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["五、存在的主要问题及改进情况", "一是培训不足。"]
    return "\n".join(lines) + "\n"


def as_cell_lines(rs) -> str:
    """A Word export: one cell per line after a tab, an empty line between rows; the merged group
    cell printed in its first sub-row, its continuations (and an empty item cell) as a bare tab."""
    lines = [TITLE, "三、收到和处理政府信息公开申请情况", ""]
    for row in ([HEAD[0]], ["自然人", "法人或其他组织", "总计"], ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        lines += ["\t" + c for c in (row[0] if isinstance(row[0], list) else row)] + [""]
    seen = set()
    for group, label, vals in rs:
        if group:
            lines.append("\t" + (GROUPS[group] if group not in seen else ""))
            seen.add(group)
        lines.append("\t" + label)
        lines += ["\t" + str(x) for x in vals] + [""]
    lines += ["五、存在的主要问题及改进情况", "一是培训不足。"]
    return "\n".join(lines) + "\n"


def _spans(rs) -> list[int]:
    """Per printed row, the rows its group cell spans (0: covered by the cell above; -1: none)."""
    out, k = [], 0
    while k < len(rs):
        group = rs[k][0]
        if group is None:
            out.append(-1)
            k += 1
            continue
        n = sum(1 for r in rs if r[0] == group)
        out += [n] + [0] * (n - 1)
        k += n
    return out


def as_html(rs) -> str:
    trs = [f"<tr><td colspan='2'>{HEAD[0][0]}</td><td colspan='7'>{HEAD[0][1]}</td></tr>"]
    trs += ["<tr><td colspan='2'></td>" + "".join(f"<td>{c}</td>" for c in h[1:]) + "</tr>" for h in HEAD[1:]]
    for (group, label, vals), span in zip(rs, _spans(rs)):
        if span == -1:
            lead = f"<td colspan='2'>{label}</td>"
        elif span == 0:
            lead = f"<td>{label}</td>"
        else:
            lead = f"<td rowspan='{span}'>{GROUPS[group]}</td><td>{label}</td>"
        trs.append("<tr>" + lead + "".join(f"<td>{x}</td>" for x in vals) + "</tr>")
    return (f"<html><body><p>{TITLE}</p><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table>{''.join(trs)}</table><p>五、存在的主要问题及改进情况</p><p>一是培训不足。</p></body></html>")


def as_docx(rs) -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t = d.add_table(rows=len(HEAD) + len(rs), cols=9)
    g = [list(row.cells) for row in t.rows]   # fetched once: python-docx's t.cell() is slow
    g[0][0].merge(g[0][1]).text = HEAD[0][0]
    g[0][2].merge(g[0][8]).text = HEAD[0][1]
    for r, h in enumerate(HEAD[1:], start=1):
        for c, text in enumerate(h[1:], start=2):
            g[r][c].text = text
    base = len(HEAD)
    for k, ((group, label, vals), span) in enumerate(zip(rs, _spans(rs))):
        r = base + k
        if span == -1:
            g[r][0].merge(g[r][1]).text = label
        else:
            if span > 0:
                g[r][0].merge(g[r + span - 1][0]).text = GROUPS[group]
            g[r][1].text = label
        for c, x in enumerate(vals, start=2):
            g[r][c].text = str(x)
    d.add_paragraph("五、存在的主要问题及改进情况")
    d.add_paragraph("一是培训不足。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def as_pdf(rs, path):
    """A ruled PDF with a merged group column, table 3 crossing a page inside 不予处理, the
    title as running header and a page number as footer."""
    build = pytest.importorskip("build_pdf")
    pytest.importorskip("reportlab")
    xs = [40, 100, 250] + [250 + 42 * i for i in range(1, 8)]
    head = [(24, [("（本列数据的勾稽关系为：第一项加\n第二项之和，等于第三项加第四项之和）", 0, 3, 2),
                  ("申请人情况", 2, 1, 7)]),
            (18, [("自然人", 2, 2, 1), ("法人或其他组织", 3, 1, 5), ("总计", 8, 2, 1)]),
            (18, [("商业企业", 3, 1, 1), ("科研机构", 4, 1, 1), ("社会公益组织", 5, 1, 1),
                  ("法律服务机构", 6, 1, 1), ("其他", 7, 1, 1)])]
    cut = next(i for i, (g, _, _) in enumerate(rs) if g == "rejected") + 2   # inside 不予处理

    def grid(part, first: bool):
        out = []
        for k, ((group, label, vals), span) in enumerate(zip(part, _spans(part))):
            lines = [label[i:i + 14] for i in range(0, len(label), 14)] or [""]
            label = "\n".join(lines)
            cells = [(label, 0, 1, 2)] if span == -1 else [(label, 1, 1, 1)]
            if span > 0:   # the group cell; its part under a page break prints no text
                head = GROUPS[group] if first or k > 0 else ""
                cells.insert(0, (head[:5] + "\n" + head[5:] if head else "", 0, span, 1))
            cells += [(str(x), 2 + i, 1, 1) for i, x in enumerate(vals)]
            out.append((10 + 12 * len(lines), cells))
        return out

    page1, _ = build.draw_table(xs, head + grid(rs[:cut], True), top=90)
    page2, bottom = build.draw_table(xs, grid(rs[cut:], False), top=60)

    chrome = [[build.text(40, 30, TITLE, 8), build.text(280, 800, f"— {n} —", 8)] for n in (1, 2)]
    return build.pdf(path, [chrome[0] + [build.text(40, 70, "三、收到和处理政府信息公开申请情况", 10.5)] + page1,
                            chrome[1] + page2 + [build.text(40, bottom + 20, "五、存在的主要问题及改进情况", 10.5)]])


def read(rs, fmt: str, tmp_path=None):
    if fmt == "pdf":
        from extractor.readers import read_document
        doc = read_document(as_pdf(rs, tmp_path / "t3.pdf"))
    else:
        doc = {"pipes": lambda: read_txt("t.txt", as_pipes(rs)), "lines": lambda: read_txt("t.txt", as_cell_lines(rs)),
               "html": lambda: read_html("t.html", as_html(rs)),
               "docx": lambda: read_docx("t.docx", as_docx(rs))}[fmt]()
    rec = extract_tables(doc)
    t3 = next(t for t in rec.tables if t.table == "t3")
    return {f.key: f.value for f in rec.figures if f.key.startswith("t3.")}, t3


def expected(v) -> dict[str, int]:
    return {f"t3.{key}.{c}": x for _, key in LABELS_2021 for c, x in zip(APPL, v[key])}


def slipped(where: str) -> dict[str, list[int]]:
    """``distinct()`` with one printed slip: ``granted`` 总计 one too high (its row and the
    column sum fail), or ``carried_forward`` 自然人 and 总计 one too high (the balance fails)."""
    v = distinct()
    if where == "granted":
        v["granted"] = v["granted"][:6] + [v["granted"][6] + 1]
    else:
        v["carried_forward"] = [v["carried_forward"][0] + 1] + v["carried_forward"][1:6] + [v["carried_forward"][6] + 1]
    return v


FORMATS = ["pipes", "lines", "html", "docx"]
EMPTY = {   # rows whose item-label cell is printed empty
    "first two sub-rows beside the group heading (不予处理 1./2.)": {"rejected.petition", "rejected.duplicate"},
    "first two sub-rows beside the group heading (不予公开 1./2.)": {"denied.state_secret", "denied.law_prohibited"},
    "one in the middle of its group": {"unavailable.needs_creation"},
    "four sub-rows in two groups": {"denied.law_prohibited", "denied.safety_stability", "rejected.duplicate",
                                    "rejected.publication"},
    "the last sub-row of a group, the next group's first labelled": {"denied.admin_query"},
    "one sub-row in each of four groups": {"denied.state_secret", "unavailable.needs_creation",
                                           "rejected.petition", "other.unpaid_fee"},
}


# ------------------------------------------------------------------ proved by the layout
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", sorted(EMPTY))
def test_label_less_rows_that_fill_the_gap_are_read_and_verified(fmt, shape):
    v = distinct()
    got, st = read(table(v, {k: "" for k in EMPTY[shape]}), fmt)
    assert got == expected(v)
    assert st.status == "verified", st.note
    assert st.note.count("按行序确定") == len(EMPTY[shape]) and "按行序推定" not in st.note


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", sorted(EMPTY))
@pytest.mark.parametrize("where", ["granted", "carried_forward"])
def test_a_printed_slip_beside_proved_rows_is_the_sources(fmt, shape, where):
    v = slipped(where)
    got, st = read(table(v, {k: "" for k in EMPTY[shape]}), fmt)
    assert got == expected(v)            # kept as printed
    assert st.status == "source_inconsistent", st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_slip_in_a_proved_row_itself_is_the_sources(fmt):
    v = distinct()
    v["rejected.duplicate"] = v["rejected.duplicate"][:6] + [v["rejected.duplicate"][6] + 2]
    got, st = read(table(v, {"rejected.petition": "", "rejected.duplicate": ""}), fmt)
    assert got == expected(v)
    assert st.status == "source_inconsistent", st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_of_only_its_own_sub_row_number_is_proof_too(fmt):
    v = slipped("granted")
    got, st = read(table(v, {"denied.law_prohibited": "2.", "denied.safety_stability": "3、"}), fmt)
    assert got == expected(v)
    assert st.status == "source_inconsistent", st.note


@pytest.mark.parametrize("where", ["granted", "carried_forward"])
def test_a_pdf_crossing_a_page_with_label_less_rows_on_both_sides_of_the_break(tmp_path, where):
    v = slipped(where)
    got, st = read(table(v, {"rejected.petition": "", "rejected.duplicate": "", "rejected.publication": "",
                             "denied.law_prohibited": ""}), "pdf", tmp_path)
    assert got == expected(v)
    assert st.status == "source_inconsistent", st.note


def test_a_clean_pdf_with_label_less_rows_is_verified(tmp_path):
    v = distinct()
    got, st = read(table(v, {"rejected.duplicate": "", "rejected.publication": "", "other.unpaid_fee": ""}),
                   "pdf", tmp_path)
    assert got == expected(v)
    assert st.status == "verified", st.note


# ------------------------------------------------------------------ not proved: a guess
NOT_PROVED = {
    "a printed label no row reads as": {"denied.law_prohibited": "※※※"},
    "another row's sub-row number": {"denied.law_prohibited": "3."},
    "another group's heading": {"denied.law_prohibited": "无法提供"},
    "a bare heading number": {"denied.law_prohibited": "（四）"},
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", sorted(NOT_PROVED))
def test_a_slip_beside_a_guessed_row_is_never_the_sources(fmt, shape):
    v = slipped("granted")
    got, st = read(table(v, NOT_PROVED[shape]), fmt)
    assert st.status in ("doubtful", "incomplete"), st.note
    assert st.status == "doubtful" or "denied.law_prohibited" in st.missing


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("shape", sorted(NOT_PROVED))
def test_a_clean_table_with_a_guessed_row_is_read_right_or_not_verified(fmt, shape):
    v = distinct()
    got, st = read(table(v, NOT_PROVED[shape]), fmt)
    assert st.status in ("verified", "incomplete"), st.note
    if st.status == "verified":
        assert got == expected(v) and "按行序推定" in st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_less_last_row_is_a_guess(fmt):
    # 四、结转下年度继续办理 printed with no label: no labelled row after it
    v = slipped("carried_forward")
    got, st = read(table(v, {"carried_forward": ""}), fmt)
    assert st.status in ("doubtful", "incomplete"), st.note


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_label_less_row_too_many_in_the_gap_is_never_the_sources(fmt):
    v = slipped("granted")
    rs = table(v, {"denied.law_prohibited": "", "denied.safety_stability": ""})
    at = next(i for i, r in enumerate(rs) if r[1] == "")
    rs.insert(at, ("denied", "", [1, 0, 0, 0, 0, 0, 1]))
    got, st = read(rs, fmt)
    assert st.status == "incomplete", st.note
