"""Every machine word a reviewer sees, in Chinese, from the registries (no streamlit here).

Figure keys, rows, columns and identities come from ``extractor.template`` (lexicons
table_rows / table_cols / table_checks / narrative_keys); everything else (levels, table
statuses, review states, verdicts, the checks that are no identity of a table, file
formats, fact kinds) from ``lexicons/display_labels.tsv``, warnings from
``lexicons/display_warnings.tsv``. Values: ``number`` (12, never 12.0 or 821.000000; a blank
is 空白; amounts with their unit), ``stated`` (未填写 for a field not stated), times in China
time (``china_time``), and a report named by its organ, year and file name
(``report_name``), never by its server path.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import PurePath

from extractor import selfcheck as SC
from extractor import template as T
from extractor.lexicon import load

BLANK = "空白"          # a cell the report leaves blank (or the machine did not read)
NOT_STATED = "未填写"   # a field the report does not state
UNKNOWN_STATUS = "unknown"
CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")
AMOUNT_UNITS = ("元", "万元")


@lru_cache(maxsize=1)
def _labels() -> dict[tuple[str, str], str]:
    return {(r["concept"], r["key"]): r["display"]
            for r in load("display_labels", required=("concept", "key", "display"),
                          unique=("concept", "key"))}


def keys_of(concept: str) -> tuple[str, ...]:
    """The machine words of one concept in the lexicon's order (e.g. every level)."""
    return tuple(k for c, k in _labels() if c == concept)


def label(concept: str, key: str | None, default: str | None = None) -> str:
    """The Chinese of ``key`` in ``concept``; ``default`` (or 未填写) when not stated."""
    if key is None or key == "":
        return default or NOT_STATED
    try:
        return _labels()[(concept, str(key))]
    except KeyError:
        if default is not None:
            return default
        raise KeyError(f"lexicons/display_labels.tsv has no {concept} '{key}'") from None


def place_evidence(evidence: list[dict] | None) -> str:
    """Why a province or city the organ's name does not state is given (浙江省、温州市：据联系电话的
    区号“0577-63101234”): '' when every place is as stated."""
    by_place: dict[str, list[str]] = {}
    for e in evidence or ():
        clue = f"{label('place_how', e.get('how'), e.get('how') or '')}“{e.get('text', '')}”"
        said = by_place.setdefault(e.get("value") or "", [])
        if clue not in said:
            said.append(clue)
    groups: dict[tuple[str, ...], list[str]] = {}
    for place, clues in by_place.items():
        groups.setdefault(tuple(clues), []).append(place)
    return "；".join(f"{'、'.join(places)}：据{'、'.join(clues)}" for clues, places in groups.items())


def level(v: str | None) -> str:
    return label("level", v, NOT_STATED if v is None else "其他")


def table_status(v: str | None) -> str:
    return label("table_status", v or UNKNOWN_STATUS)


def review_state(v: str | None) -> str:
    return label("review_state", v or "pending")


def table_name(t: str) -> str:
    return label("table", t)


def fact_kind(v: str) -> str:
    return label("fact_kind", v, "其他事实")


def fact_value(kind: str, value: str | None) -> str:
    """A fact's value as shown: a channel by its Chinese name, others as written."""
    if kind == "channel":
        return label("channel", value, "其他渠道")
    return value or ""


def source_format(v: str | None) -> str:
    return label("format", v, NOT_STATED if v is None else "其他格式")


def figure(key: str) -> str:
    """表三·本年新收申请·总计; a key the registry does not know is 其他数值（…） in Chinese."""
    shown = T.display(key)
    return shown if shown != key else "未登记的数值"


@lru_cache(maxsize=1)
def narrative_keys() -> tuple[str, ...]:
    """Every narrative figure key of the registry (lexicons/narrative_keys.tsv), in its order."""
    return tuple(r["key"] for r in load("narrative_keys", required=("key", "display")))


def key_order(key: str) -> tuple:
    """A sort key putting figure keys in the template's printed order (tables 2, 3, 4, then
    the prose's figures)."""
    parts = key.split(".")
    if parts[0] in T.TABLES:
        for tm in T.TEMPLATES[::-1]:
            ks = T.keys(parts[0], tm)
            if key in ks:
                return (T.TABLES.index(parts[0]), ks.index(key), key)
        return (T.TABLES.index(parts[0]), 10_000, key)
    n = narrative_keys()
    return (len(T.TABLES), n.index(key) if key in n else len(n), key)


def row(table: str, key: str) -> str:
    """A template row's label (本年新收申请); a whole column not found (``*.commercial``: a
    table printing 法人 as one column) as 各行的“商业企业”列; 未登记的行 when the registry knows
    neither."""
    parts = key.split(".")
    if len(parts) == 2 and parts[0] == "*":
        try:
            return f"各行的“{T.col_display(table, parts[1])}”列"
        except KeyError:
            return "未登记的列"
    try:
        return T.row(table, key).display
    except KeyError:
        return "未登记的行"


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    out = {f"{r['table']}.*.{r['col']}": r.get("unit", "") for r in load("table_cols")}
    out.update({r["key"]: r.get("unit", "") for r in load("narrative_keys")})
    return out


def unit(key: str) -> str:
    parts = key.split(".")
    if parts[0] in T.TABLES and len(parts) >= 3:
        return _units().get(f"{parts[0]}.*.{parts[-1]}", "")
    return _units().get(key, "")


def number(v, key: str | None = None, *, blank: str = BLANK) -> str:
    """A value as a reviewer reads it: 12 (never 12.0), 0.5, 1200 元; None is 空白."""
    if v is None or v == "":
        return blank
    if isinstance(v, str):
        try:
            v = float(v)
        except ValueError:
            return v
    if isinstance(v, float):
        v = int(v) if v.is_integer() else round(v, 4)
    text = f"{v}" if isinstance(v, int) else f"{v:.4f}".rstrip("0").rstrip(".")
    u = unit(key) if key else ""
    return f"{text} {u}" if u in AMOUNT_UNITS else text


def stated(v) -> str:
    return NOT_STATED if v is None or v == "" else str(v)


@lru_cache(maxsize=1)
def _identities() -> dict[str, tuple[T.Identity, str]]:
    """rule -> (its identity, what it runs over in Chinese: a column, a row or a group)."""
    out = {}
    for table in ("t3", "t4"):
        for tm in (None, *T.TEMPLATES):
            for ident in T.identities(table, tm):
                part = ident.rule.split(".", 2)[2]   # table.name.<col or row>
                try:
                    over = T.col_display(table, part)
                except KeyError:
                    over = T.row(table, part).display
                out.setdefault(ident.rule, (ident, over))
    return out


def check(rule: str) -> str:
    """A check rule in Chinese: 表三·本年新收+上年结转 = 办理结果总计+结转下年度（自然人）."""
    hit = _identities().get(rule)
    if hit:
        ident, over = hit
        return f"{table_name(ident.table)}·{ident.display}（{over}）"
    labels = _labels()
    if ("check", rule) in labels:
        return labels[("check", rule)]
    own = _self_check(rule)
    if own:
        return own
    for (concept, pattern), shown in labels.items():
        if concept != "check" or "{" not in pattern:
            continue
        head, _, tail = pattern.partition("{")
        name = tail.split("}", 1)[0]
        if rule.startswith(head) and rule.count(".") == pattern.count("."):
            part = rule[len(head):]
            table = head.split(".")[1]
            try:
                part_cn = T.col_display(table, part) if name == "col" else T.row(table, part).display
            except KeyError:
                part_cn = part
            return shown.replace("{" + name + "}", part_cn)
    return "其他校验"


def _self_check(rule: str) -> str | None:
    """A check of the report against itself (lexicons/self_checks.tsv) in Chinese:
    正文不同段落两次所述同一数字相同（主动公开信息）; None for another rule."""
    for pattern, row_ in SC.registry().items():
        head, brace, tail = pattern.partition("{")
        if not brace:
            if rule == pattern:
                return row_["display"]
            continue
        if rule.startswith(head) and rule.count(".") == pattern.count(".") and len(rule) > len(head):
            name, part = tail.split("}", 1)[0], rule[len(head):]
            return row_["display"].replace("{" + name + "}", _self_part(name, part))
    return None


def _self_part(name: str, part: str) -> str:
    """What a self check's rule names last, in Chinese: a narrative figure, a channel, a table-2 row."""
    if name == "key":
        shown = T.display("n." + part)
        return shown.split("·", 1)[-1] if shown != "n." + part else "未登记的数字"
    if name == "part":
        return label("channel", part, "所列分项")
    try:
        return T.row("t2", part).display
    except KeyError:
        return "未登记的行"


def is_self_check(rule: str) -> bool:
    """Whether ``rule`` is a check of the report against itself (lexicons/self_checks.tsv)."""
    return rule.startswith(SC.rule_prefixes())


def check_family(rule: str) -> str:
    """The rule's family in Chinese (a bar per identity, not per column)."""
    hit = _identities().get(rule)
    if hit:
        return f"{table_name(hit[0].table)}·{hit[0].display}"
    return re.sub(r"（[^（）]*）$", "", check(rule))


def check_message(c: dict) -> str:
    """What a check found, in Chinese: 应为 5，实为 4 / 无法校验 / 通过."""
    rule = c.get("rule", "")
    if is_self_check(rule) and c.get("message"):
        return c["message"]   # the two passages it compares, quoted (extractor/selfcheck.py)
    if rule == "s5.substantive" or rule == "store.duplicate":
        msg = c.get("message") or ""
        if rule == "store.duplicate":
            return f"同一机关同一年度另有报告（编号 {c.get('other_report_id')}）"
        return msg if not re.search(r"[A-Za-z]", msg) else check(rule)
    if c.get("ok") is None:
        return "无法校验：所需单元格空白或缺失"
    exp, found = number(c.get("expected")), number(c.get("found"))
    return f"两边相等：{exp}" if c.get("ok") else f"左边合计 {exp}，右边合计 {found}，相差 {_diff(c)}"


def _diff(c) -> str:
    try:
        return number(abs(float(c["expected"]) - float(c["found"])))
    except (TypeError, ValueError):
        return "未知"


@lru_cache(maxsize=1)
def _warnings() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(r["pattern"]), r["display"])
                 for r in load("display_warnings", required=("pattern", "display")))


def warning(text: str) -> str:
    """A reader/extractor warning in Chinese (a Chinese one as it is)."""
    if not re.search(r"[A-Za-z]{3}", text):
        return text
    for pattern, shown in _warnings():
        m = pattern.search(text)
        if m:
            for i, g in enumerate(m.groups(), 1):
                shown = shown.replace("{" + str(i) + "}", (g or "").strip(" ,"))
            return shown
    return "读取提示（未翻译）：请在原文中核对这份报告的表格"


def china_time(iso: str | None) -> str:
    """A stored UTC time (ISO 8601) as China time: 2026-12-06 20:15."""
    if not iso:
        return ""
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return t.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def file_name(path: str | None) -> str:
    """The file name of a stored path (a .jsonl record's ``file.jsonl:3`` stays as it is)."""
    if not path:
        return ""
    return PurePath(path.replace("\\", "/")).name


def report_name(organ_name: str | None, year, path: str | None) -> str:
    """A report as a reviewer names it: organ · year · file name (never the server path)."""
    organ = organ_name or "机关名称未填写"
    yr = f"{year}年" if year else "年度未填写"
    name = file_name(path)
    return f"{organ} · {yr}" + (f" · {name}" if name else "")
