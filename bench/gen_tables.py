"""The three template tables as cell grids, with the figure key behind every value cell.

A table is a list of rows; a row lists the cells that *start* in it as ``Cell(text,
rowspan, colspan, key)`` (HTML semantics, the same convention as tests/build_office.py).
``key`` is the contract figure key of a value cell, else None. The label strings are the
State Council template's own wording (国办公开办函〔2019〕60号 / 〔2021〕30号).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import template


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    key: str | None = None


T3_COLS = list(template.t3_cols())
T4_GROUPS = [r.key for r in template.rows("t4")]
T4_COLS = [c.split(".", 1)[1] for c in template.t4_slots()[:5]]  # one group's five columns


def _items(group: str) -> list[tuple[str, str]]:
    """(row key without its group, printed label with its enumerator) of one t3 group."""
    rows = [r for r in template.rows("t3", "2021") if r.group == group]
    return [(r.key.split(".", 1)[1], f"{n}.{template.printed_label('t3', r.key)}") for n, r in enumerate(rows, 1)]


DENIED, UNAVAILABLE, REJECTED, OTHER_2021 = (_items(g) for g in ("denied", "unavailable", "rejected", "other"))


def t3_result_rows(template_: str) -> list[str]:
    """Result-row keys (the rows summed into 总计), in table order."""
    return [r.key for r in template.rows("t3", template_) if r.group]


def t3_rows(template_: str) -> list[str]:
    return [r.key for r in template.rows("t3", template_)]


def t2_keys(template_: str) -> list[str]:
    return list(template.keys("t2", template_))


def _vals(prefix: str, cols, shown: dict[str, str]) -> list[Cell]:
    return [Cell(shown.get(f"{prefix}.{c}", ""), key=f"{prefix}.{c}") for c in cols]


def table2(template: str, shown: dict[str, str], wrap: set[str] = frozenset()) -> list[list[Cell]]:
    """Table 2 on a 4-column grid; ``shown`` maps figure key -> printed text ('' = blank)."""
    def art(item):
        return [Cell(f"第二十条第（{item}）项", colspan=4)]

    def head(*labels):
        cells = [Cell("信息内容")]
        for i, lab in enumerate(labels):
            span = 4 - len(labels) if i == len(labels) - 1 else 1
            cells.append(Cell(lab.replace("本年新", "本年新\n") if lab in wrap else lab, colspan=span))
        return cells

    def row(label, prefix, cols):
        cells = [Cell(label)]
        for i, c in enumerate(cols):
            span = 4 - len(cols) if i == len(cols) - 1 else 1
            cells.append(Cell(shown.get(f"{prefix}.{c}", ""), colspan=span, key=f"{prefix}.{c}"))
        return cells

    if template == "2019":
        doc = ("new_made", "new_published", "total")
        items = ("prev", "change", "decisions")
        return [art("一"), head("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                row("规章", "t2.rules", doc), row("规范性文件", "t2.normative", doc),
                art("五"), head("上一年项目数量", "本年增/减", "处理决定数量"),
                row("行政许可", "t2.licensing", items), row("其他对外管理服务事项", "t2.services", items),
                art("六"), head("上一年项目数量", "本年增/减", "处理决定数量"),
                row("行政处罚", "t2.punishment", items), row("行政强制", "t2.coercion", items),
                art("八"), head("上一年项目数量", "本年增/减"),
                row("行政事业性收费", "t2.fees", ("prev", "change")),
                art("九"), head("采购项目数量", "采购总金额"),
                row("政府集中采购", "t2.procurement", ("projects", "amount"))]
    doc = ("made", "repealed", "in_force")
    return [art("一"), head("本年制发件数", "本年废止件数", "现行有效件数"),
            row("规章", "t2.rules", doc), row("行政规范性文件", "t2.normative", doc),
            art("五"), head("本年处理决定数量"), row("行政许可", "t2.licensing", ("decisions",)),
            art("六"), head("本年处理决定数量"), row("行政处罚", "t2.punishment", ("decisions",)),
            row("行政强制", "t2.coercion", ("decisions",)),
            art("八"), head("本年收费金额（单位：万元）"), row("行政事业性收费", "t2.fees", ("amount",))]


def quirk_label(label: str, rng, kind: str) -> str:
    """A row label as real tables misprint it (tables are read by structure, not by spelling):
    ``typo`` drops a character, ``dun`` numbers 1、 for 1., ``spaces`` puts spaces inside."""
    head = re.match(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.、])", label)
    pre, body = (head.group(), label[head.end():]) if head else ("", label)
    if kind == "typo" and len(body) >= 6:
        i = rng.randrange(1, len(body) - 1)
        body = body[:i] + body[i + 1:]
    elif kind == "dun":
        pre = pre.replace(".", "、")
    elif kind == "spaces" and len(body) >= 2:
        i = rng.randrange(1, len(body))
        body = body[:i] + " " + body[i:]
    return pre + body


def table3(template: str, shown: dict[str, str], wrap: bool = False, rng=None) -> list[list[Cell]]:
    """Table 3 on a 10-column grid (3 label columns + 7 value columns).

    With ``rng``, the table carries the quirks of real ones: misprinted row labels (a
    character missing, 1、, spaces), a group heading broken over two lines, 本年度办理结果
    one character per line, and an empty label cell before the values of 总计 and
    (2019) 其他处理."""
    org = ["商业\n企业", "科研\n机构"] if wrap else ["商业企业", "科研机构"]
    rows = [[Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
             Cell("申请人情况", 1, 7)],
            [Cell("自然人", 2, 1), Cell("法人或其他组织", 1, 5), Cell("总计", 2, 1)],
            [Cell(c) for c in org + ["社会公益组织", "法律服务机构", "其他"]]]

    def data(row_key, *labels):
        if rng is not None and labels and rng.random() < 0.3:
            last = labels[-1]
            kind = rng.choice(["typo", "dun", "spaces"])
            labels = labels[:-1] + (Cell(quirk_label(last.text, rng, kind), last.rowspan, last.colspan),)
        if rng is not None and labels and labels[-1].colspan == 2 and row_key in ("total", "other") \
                and rng.random() < 0.7:
            last = labels[-1]  # the label in one column, an empty cell in the other
            labels = labels[:-1] + (Cell(last.text, last.rowspan, 1), Cell("", last.rowspan, 1))
        rows.append(list(labels) + _vals(f"t3.{row_key}", T3_COLS, shown))

    n_results = len(t3_result_rows(template)) + 1
    data("new_received", Cell("一、本年新收政府信息公开申请数量", 1, 3))
    data("carried_over", Cell("二、上年结转政府信息公开申请数量", 1, 3))
    outcome = "\n".join("本年度办理结果") if rng is not None and rng.random() < 0.5 else "三、本年度办理结果"
    data("granted", Cell(outcome, n_results, 1), Cell("（一）予以公开", 1, 2))
    data("partial", Cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2))
    groups = [("denied", "（三）不予公开", DENIED), ("unavailable", "（四）无法提供", UNAVAILABLE),
              ("rejected", "（五）不予处理", REJECTED)]
    if template == "2021":
        groups.append(("other", "（六）其他处理", OTHER_2021))
    for gk, glabel, items in groups:
        if rng is not None and rng.random() < 0.5:
            glabel = glabel[:4] + "\n" + glabel[4:]  # （四）无 / 法提供
        for i, (k, label) in enumerate(items):
            head = [Cell(glabel, len(items), 1)] if i == 0 else []
            data(f"{gk}.{k}", *head, Cell(label))
    if template == "2019":
        data("other", Cell("（六）其他处理", 1, 2))
    data("total", Cell("（七）总计", 1, 2))
    data("carried_forward", Cell("四、结转下年度继续办理", 1, 3))
    return rows


def table4(shown: dict[str, str], wrap: bool = False) -> list[list[Cell]]:
    """Table 4 on a 15-column grid."""
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    first = ["结果\n维持" if wrap else "结果维持"] + heads[1:]
    return [[Cell("行政复议", 1, 5), Cell("行政诉讼", 1, 10)],
            [Cell(h, 2, 1) for h in first] + [Cell("未经复议直接起诉", 1, 5), Cell("复议后起诉", 1, 5)],
            [Cell(h) for h in heads * 2],
            [c for g in T4_GROUPS for c in _vals(f"t4.{g}", T4_COLS, shown)]]


def grid(rows: list[list[Cell]]) -> list[list[tuple[Cell, bool, bool] | None]]:
    """Place cells on the full grid: each slot holds (cell, is_origin, same_row_as_origin)."""
    ncols = sum(c.colspan for c in rows[0])
    out: list[list] = [[None] * ncols for _ in rows]
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while out[r][col] is not None:
                col += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    out[r + dr][col + dc] = (cell, dr == 0 and dc == 0, dr == 0)
            col += cell.colspan
    return out
