"""Questions about a report contradicting itself (family ``self_check``): 哪些报告自己前后数字对不上,
数字前后矛盾的报告, 标题上的年份和统计年度不一样的报告.

The store's checks of a report against itself (``extractor/selfcheck.py``, registered in
``lexicons/self_checks.tsv``) are soft; a question about numbers that do not add up asks about
them as well as the tables' identities (``sql.check_rule``). A title's year said against the
statistics period's (标题上的年份…统计年度…不一样) is that check, no field the store lacks."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from extractor.selfcheck import registry

if TYPE_CHECKING:
    from .queryplan import QueryPlan

# a mismatch said (不一样, 对不上, 矛盾) and the period's side named (统计年度, 正文年度, 统计时段)
_MISMATCH = re.compile(r"不一样|不同|不一致|对不上|不符|不相符|不吻合|有出入|矛盾|不对应")
_PERIOD_SIDE = re.compile(r"统计(?:年度|年份|时段|时间|期限|区间|周期|期间)|正文(?:的)?(?:年度|年份)|报告年度|所属年度")


def check_said(check: str, check_ok: bool = False, table: str | None = None) -> str:
    """What a check question asks about, in Chinese (the reading's 校验=…): any check, a
    registered check of the report against itself by its display, else the rule's prefix."""
    if check in ("*", "hard"):
        return "任一勾稽关系" if check_ok or table or check == "hard" else "任一勾稽关系或正文前后矛盾"
    from store.labels import check_family, is_self_check
    if is_self_check(check):
        return check_family(check)
    if not check.endswith("."):   # one rule (n.requests_vs_t3): its display
        from store.labels import check as shown
        said = shown(check)
        if said != "其他校验":
            return said
    return check + "*"


# one failed check in the answer's value (rule：message, joined by ；): a new one starts at a rule
_FAILED = re.compile(r"(?:^|；)(?P<rule>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)：")


def failed_checks_said(rows, organ: int = 0, year: int = 2, value: int = 3) -> str:
    """The first ten reports of a failed-check answer, each with the checks it fails in Chinese
    (丙镇人民政府（2023年）：表三·办理结果各项之和 = 总计；…): a table's identity once per family,
    a check of the report against itself by its registry display."""
    from store.labels import check, check_family, is_self_check
    out = []
    for r in rows[:10]:
        said: list[str] = []
        for m in _FAILED.finditer(r[value] or ""):
            rule = m.group("rule")
            shown = check(rule) if is_self_check(rule) else check_family(rule)
            if shown not in said:
                said.append(shown)
        yr = f"{r[year]}年" if r[year] else "年份未写"
        out.append(f"{r[organ]}（{yr}）" + (f"：{'、'.join(said)}" if said else ""))
    return "；".join(out) + ("等" if len(rows) > 10 else "")


def checked_what(plan: "QueryPlan") -> str:
    """What the store checks, said with a "none failed" answer: the tables' identities and the
    prose against the tables; for any check (``*``, no table named) also the report against
    itself, each registered family by its display."""
    said = "核对的是表格的合计与平衡、正文与表格的同一数字"
    if plan.check != "*" or plan.table:
        return said
    from store.labels import check_family
    families: list[str] = []
    for pattern, row in registry().items():
        if row["numbers"] != "yes":
            continue
        shown = check_family(pattern.split("{", 1)[0] + "x" if "{" in pattern else pattern)
        if shown not in families:
            families.append(shown)
    return said + "，以及报告自身的数字前后是否矛盾（" + "；".join(families) + "）"


def title_year_rule() -> str:
    return next(p for p, r in registry().items() if r["family"] == "title_year")


def title_year_check(p: QueryPlan, t, q: str, given: list, fired: list) -> None:
    """标题上的年份和统计年度不一样: the title's year said against the period's with a mismatch word
    is the check ``year.title_vs_period`` failing (rule title_year_check); the title's year alone
    (标题年份是2022年的) stays a field no store keeps."""
    if not p.untold_field or p.check not in (None, "*", "hard"):
        return
    said = [w for w in p.untold if q.find(w) >= 0]
    period, miss = _PERIOD_SIDE.search(q), _MISMATCH.search(q)
    if not said or not period or not miss or any(w in period.group() for w in said):
        return
    spans = [(q.find(w), q.find(w) + len(w)) for w in said] + [period.span(), miss.span()]
    t.take(min(s for s, _ in spans), max(e for _, e in spans))
    p.untold = tuple(u for u in p.untold if u not in said)
    p.untold_field = bool(p.untold) and p.untold_field
    p.check, p.check_ok = title_year_rule(), False
    if "untold" in given and not p.untold:
        given.remove("untold")
    given.append("check")
    fired.append("title_year_check")
