"""An example given in passing: a closing clause naming an organ or a place as an example of
what the question asks (地区行署这一级的报告有哪些，像和田地区那种: the kind, never 和田地区
only; rule example_in_passing). Words searched for (提到力量不足，比如人手不够之类的) are kept."""
from __future__ import annotations

import re

from . import vocab


# …，像和田地区那种 / …，比如花沟镇这样的 / …，例如喀什地区: a clause of its own at the end giving
# an example of what was asked (never a filter: the kind asked, not that one organ)
_SUCH = "那种|那样|这种|这样|那类|这类|之类|一类|那些|这些"   # …那种 / …这样的: the example's closing word
_EXAMPLE = re.compile(r"[，,；;]\s*(?:就是)?(?:像|好比)(?:是)?(?P<a>[^，,。？?；;！!]{2,15}?)"
                      rf"(?:{_SUCH})的?(?:报告|单位|机关)?[。？?！!]*$"
                      r"|[，,；;]\s*(?:比如|例如|譬如|诸如)(?:说)?(?P<b>[^，,。？?；;！!]{2,15}?)"
                      r"(?:等|之类|那种|这种|那样|这样)?的?(?:报告|单位|机关)?[。？?！!]*$")


# an example naming an organ or a place (腾冲市气象局, 和田地区, 诺敏苏木, 红河经开区管委会)
_NAMED = re.compile(r"(?:镇|乡|街道|局|委员会|管委会|委|办|区|县|市|州|盟|旗|苏木|嘎查|政府|地区|中心|厅|部|署)$")


# …的，像和田地区、喀什地区这种，有几份报告: the same example as a clause between commas, the question
# going on after it
_EXAMPLE_INSIDE = re.compile(r"[，,；;]\s*(?:就是)?(?:像|好比|比如|例如|譬如)(?:是|说)?(?P<a>[^，,。？?；;！!]{2,24}?)"
                             rf"(?:{_SUCH}|等)的?(?=[，,；;])")
# 名称中带苏木的 / 名字里有交易中心的 / 带地区的: the organs whose names hold the word, as the word alone reads
_NAME_SAID = re.compile(r"(?:(?:单位|机关|机构)?(?:名称|名字)(?:中|里|里面|上)?(?:带有|带|含有|含|包含|包括|有)"
                        r"|^(?:(?:名称|名字)?(?:叫做|叫|称为|称作)|属于|带有|带))(?=[\u4e00-\u9fff]{2,8}?(?:的|，|,))")
# 以苏木结尾的 / 名称以管委会结尾的: the word the names end with
_ENDS_SAID = re.compile(r"(?:(?:单位|机关)?(?:名称|名字))?以(?P<w>[\u4e00-\u9fff]{2,6}?)(?:结尾|收尾|为结尾)(?=的)")


def name_said(q: str) -> tuple[str, str]:
    """``q`` with 名称中带 / 名字里有 / a leading 带, 叫, 属于 before a word dropped (名称中带苏木的报告: 苏木的
    报告, the organs whose names hold it; 以苏木结尾的: 苏木的), and the words dropped, '' when none."""
    m = _ENDS_SAID.search(q)
    if m:
        return q[:m.start()] + m.group("w") + q[m.end():], m.group(0)
    m = _NAME_SAID.search(q)
    return (q[:m.start()] + q[m.end():], m.group(0)) if m else (q, "")


# 开发区、新区这些管委会 / 开发区这类管委会 / 开发区、交易中心这类其他单位: kinds of organ listed
# before the kind or the level they are examples of (the family "examples before their kind"): the
# kind asked, the examples no filter and no name
_KINDS_BEFORE = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,6}(?:[、和与及或][\u4e00-\u9fff]{2,6}){0,4})"
                           r"(?:这些|那些|这类|那类|这种|那种|之类的|一类的|等)"
                           r"(?:(?:级别|层级|一级)?(?:算作|算是|算|属于|归为|归入|是))?(?=[\u4e00-\u9fff])")
# (管委会、开发区这种级别算其他单位的: the level they are said to count as)
_SHORT_KIND = re.compile(r"^[\u4e00-\u9fff]{1,2}区$")   # 新区, 园区, 高新区: a kind of zone, no place


def _kinds_before(q: str) -> tuple[str, str] | None:
    """(``q`` without the examples, the examples) when kinds of organ are listed before the kind
    of organ they are examples of (see ``_KINDS_BEFORE``); None otherwise (浙江、江苏这些省: the
    places are the filter)."""
    from .unread import organ_kinds
    kinds = organ_kinds()
    for m in _KINDS_BEFORE.finditer(q):
        said = re.split(r"[、和与及或]", m.group("a"))
        head = q[m.end():]
        if not any(head.startswith(k) for k in kinds) and not _level_opens(head):
            continue   # (开发区、交易中心这类其他单位: the level they are examples of)
        if all(w in kinds or _SHORT_KIND.match(w) for w in said):
            return q[:m.start()] + q[m.end():], m.group("a")
    return None


def _level_opens(s: str) -> bool:
    """Whether ``s`` opens with a level word of two characters or more (其他单位, 县直部门)."""
    return any(s.startswith(w) for w in vocab.level_words() if len(w) >= 2)


def without_kinds_before(q: str) -> str:
    """``q`` without kinds of organ listed as examples before their kind (开发区、新区这些管委会)."""
    before = _kinds_before(q)
    return before[0] if before else q


def example_in_passing(q: str) -> tuple[str, str]:
    """``q`` without a closing clause giving an example of what it asks (地区行署这一级的报告有
    哪些，像和田地区那种: the kind, never 和田地区 only), and the example said; a question
    naming nothing of the vocabulary before the clause keeps it (its example is all it says).
    Kinds of organ listed before their kind (开发区、新区这些管委会): the kind, the examples said."""
    before = _kinds_before(q)
    if before:
        return before
    m = _EXAMPLE.search(q)
    if not m or not names_something(q[:m.start()]) or not _NAMED.search(m.group("a") or m.group("b")):
        inside = _EXAMPLE_INSIDE.search(q)
        if inside and _NAMED.search(inside.group("a")) and names_something(q[:inside.start()] + q[inside.end():]):
            return q[:inside.start()] + q[inside.end():], inside.group(0).lstrip("，,；; ")
        return q, ""   # …提到力量不足，比如人手不够之类的: words searched for, kept
    return q[:m.start()], m.group(0).lstrip("，,；; ").rstrip("。？?！!")


def names_something(s: str) -> bool:
    """Whether ``s`` holds a word of the vocabulary other than a comparison (说通过公众号发布:
    a channel; 说存在哪些问题: the problems; 说力量不足: 不足 may be part of a phrase)."""
    return any(w in s for w in (*vocab.metric_aliases(), *vocab.level_words()) if len(w) >= 2) \
        or any(w in s for w, (role, _) in vocab.words().items() if role not in ("cmp", "polite"))
