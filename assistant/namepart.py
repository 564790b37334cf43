"""A word no rule read that is part of stored organs' names (平潭 of 平潭综合实验区经济发展局,
地区 of 和田地区行政公署办公室): those organs, said in the reading (机关=平潭), never every
report as if the word were absent (rule name_part).

A word of a question (哪个地区 / 各地区 / 每个地区: the question word comes right before it),
one that more than ``MAX_SHARE`` of the store's organs hold (and more than ``MAX_FEW``) (政府, 人民) or a word of the
lexicons' generic organ tails (lexicons/question_name_parts.tsv, role generic) is no name part; nor is a word typed with a
place's tail right after it (松木镇, role tail): a whole name the store lacks, which
``assistant.nearnames`` says and offers.
"""
from __future__ import annotations

import re

from . import vocab
from .lexwords import role_rows, words

MAX_SHARE = 0.1
MAX_FEW = 5   # in a small store, this many organs are few whatever their share
_CJK = re.compile(r"[\u4e00-\u9fff]{2,12}")   # 平潭综合实验区: a zone's whole name too
_ASKED_BEFORE = re.compile(r"(?:[哪各每某该本]|哪个|哪些|哪一个)$")


def _generic() -> tuple[str, ...]:
    return words("question_name_parts", "generic")


def _tails() -> tuple[str, ...]:
    return words("question_name_parts", "tail")


def _holds(name: str, word: str) -> bool:
    """Whether ``name`` holds ``word`` as a part of its own: opening the name (平潭 of 平潭综合
    实验区…) or ending where one of its words ends (地区 of 和田地区); never inside a word of it
    (兴安 of 大兴安岭地区)."""
    at = name.find(word)
    if at < 0:
        return False
    if at == 0:
        return True
    ends, pos = set(), 0
    for w in vocab.cut(name):
        pos += len(w)
        ends.add(pos)
    while at >= 0:
        if at + len(word) in ends:
            return True
        at = name.find(word, at + 1)
    return False


def name_part_ids(word: str, organs) -> tuple[int, ...]:
    """The organs whose stored name holds ``word`` as a part of its own (compared simplified, as
    the question is read: 平潭綜合實驗區管理委員會 holds 平潭综合实验区)."""
    from extractor.labels import to_simplified
    return tuple(sorted(i for i, name in organs.display.items()
                        if name and _holds(to_simplified(name), word)))


def read_name_part(p, q: str, organs) -> bool:
    """An unread word of ``p`` held by a few stored organs' names: those organs."""
    if organs is not None and p.organ_ids and _kind_pointed(p, organs):
        return True   # 平潭那个管委会: the kind's organs whose names hold 平潭
    if organs is None or p.organ_ids or getattr(p, "absent_kind", None) or p.quoted:
        return False
    if p.region:
        return _place_and_part(p, q, organs)
    total = max(1, len(organs.display))
    for said in p.unread:
        if _parts_apart(p, said, organs, total):
            return True
        for w in dict.fromkeys((said, pointed_head(said) or said)):   # 新区里: 新区, then 里
            if not _CJK.fullmatch(w) or any(g in w for g in _generic()):
                continue
            at = q.find(w)
            if at < 0 or _ASKED_BEFORE.search(q[:at]) or q.startswith(_tails(), at + len(w)):
                continue   # 松木镇: a name typed whole that the store lacks (assistant/nearnames.py)
            ids = name_part_ids(w, organs)
            if not ids or len(ids) > max(MAX_FEW, MAX_SHARE * total):
                continue
            _read_as(p, ids, w, said)
            return True
    return False


def _read_as(p, ids: tuple[int, ...], name: str, said: str) -> None:
    """The plan reads the unread word ``said`` as the organs ``ids``, named ``name``."""
    p.organ_ids = ids
    p.organ_names = (name,)
    p.given = tuple(dict.fromkeys(p.given + ("organ_ids", "organ_names")))
    p.unread = tuple(x for x in p.unread if x != said)
    p.doubts = tuple(x for x in p.doubts if x != said)


def pointed_head(w: str) -> str | None:
    """What an unread word says before a pointing word it ends in (新区 of 新区里 / 新区中 / 某县
    当中: lexicons/question_point_back.tsv, roles within and after_name), two characters or more;
    None when it ends in none (family "a name part then a pointing word": the name part is the
    scope, X里哪家 = among X's reports)."""
    for tail in _pointing_tails():
        if w.endswith(tail) and len(w) - len(tail) >= 2:
            return w[:-len(tail)]
    return None


def pointed_doubts(p, q: str) -> None:
    """An unread word ending in a pointing word (火星岛里) or said right before one (火星岛 of
    火星岛里面, 里面 read on its own), no organ or place read: a doubt, said not understood,
    never an answer over every report as if the word were absent."""
    if p.organ_ids or p.region:
        return
    tails = _pointing_tails()
    for w in p.unread:
        at = q.find(w)
        if w not in p.doubts and _CJK.fullmatch(w) and not _names_no_scope(pointed_head(w) or w) and (
                pointed_head(w) or (at >= 0 and q.startswith(tails, at + len(w)))):
            p.doubts += (w,)


def _names_no_scope(head: str) -> bool:
    """A word before a pointing word that names no organs (现在系统里, 刚才那些, 正文里:
    lexicons/question_point_back.tsv role not_scope, and unless_prev of role within)."""
    said = set(words("question_point_back", "not_scope"))
    for r in role_rows("question_point_back", "within"):
        said.update(w for w in r.get("unless_prev", "").split("|") if w)
    return any(head.endswith(w) or w in head for w in said)


def _pointing_tails() -> tuple[str, ...]:
    tails = words("question_point_back", "within") + words("question_point_back", "after_name")
    return tuple(sorted(dict.fromkeys(t for t in tails if t != "其中"), key=len, reverse=True))


# a demonstrative pointing at a name said loosely (平潭那个实验区, 苏州那个工业园区, 平潭那个管委会)
_DEMONSTRATIVE = "那个|这个|那家|这家|那一个"
# …between two parts of one name (东湖那个高新区; a bare 那 / 这 too)
_POINTED = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:{_DEMONSTRATIVE}|那|这)([\u4e00-\u9fff]{{2,8}})")


def _kind_pointed(p, organs) -> bool:
    """An unread word ending in a demonstrative (平潭那个) before a kind of organ read (管委会): the
    organs of the kind whose names hold the word's head (平潭那个管委会: 平潭…管理委员会)."""
    from extractor.labels import to_simplified
    for w in p.unread:
        m = re.fullmatch(rf"([\u4e00-\u9fff]{{2,8}}?)(?:{_DEMONSTRATIVE})", w)
        if not m:
            continue
        head = m.group(1)
        ids = tuple(i for i in p.organ_ids if i in set(name_part_ids(head, organs)))
        if not ids:   # 东湖那个高新区 with 高新区 read as another organ: the names holding 东湖…高新区
            tails = [n.removesuffix("类机关") for n in p.organ_names]
            ids = tuple(i for i in name_part_ids(head, organs) if any(
                t in _after(to_simplified(organs.display[i]), head) for t in tails))
        if not ids:
            continue
        p.organ_ids = ids
        p.organ_names = tuple(f"{m.group(1)}…{n.removesuffix('类机关')}" for n in p.organ_names)
        p.unread = tuple(x for x in p.unread if x != w)
        p.doubts = tuple(x for x in p.doubts if x != w)
        return True
    return False


def _after(name: str, head: str) -> str:
    """What ``name`` holds after ``head``."""
    at = name.find(head)
    return name[at + len(head):] if at >= 0 else ""


def _parts_apart(p, w: str, organs, total: int) -> bool:
    """An unread word that is two parts of stored organs' names with a demonstrative between
    (平潭那个实验区: 平潭综合实验区经济发展局 and 平潭綜合實驗區管理委員會, the first part opening or
    ending a word of the name, the second after it): those organs, said 平潭…实验区 (family
    "a name pointed at loosely"); none or too many: not read here."""
    from extractor.labels import to_simplified
    m = _POINTED.fullmatch(w)
    if not m:
        return False
    head, tail = m.groups()
    if any(g == tail or g == head for g in _generic()):
        return False
    ids = tuple(i for i in name_part_ids(head, organs)
                if tail in to_simplified(organs.display[i])[to_simplified(organs.display[i]).find(head) + len(head):])
    if not ids or len(ids) > max(MAX_FEW, MAX_SHARE * total):
        return False
    _read_as(p, ids, f"{head}…{tail}", w)
    return True


def _place_and_part(p, q: str, organs) -> bool:
    """A place read and an unread word typed right after it that, with the place as typed, a
    few stored organs' names open with (苏州 + 工业园区: 苏州工业园区管理委员会): those organs, the
    place then a part of their name (never the place's every report with the word unread)."""
    from .names import DEPT_TAILS, spelled_out
    total = max(1, len(organs.display))
    for w in p.unread:
        if not _CJK.fullmatch(w) or any(g in w for g in _generic()) or w.endswith(DEPT_TAILS):
            continue   # 泰安市生态环境局: a bureau typed whole, no part (assistant/nearnames.py)
        at = q.find(w)
        pointed = re.match(_DEMONSTRATIVE, w)   # 苏州那个工业园区: 苏州 + 工业园区
        if pointed and at >= 0:
            q = q[:at] + w[pointed.end():] + q[at + len(w):]
            w = w[pointed.end():]
        before = re.search(rf"(?:{_DEMONSTRATIVE})$", q[:max(at, 0)])
        if before:   # the demonstrative read apart, the part unread
            q = q[:before.start()] + q[at:]
            at = before.start()
        # 芜湖 + 经开区: 芜湖经济技术开发区…, a short form of organ_abbreviations.tsv spelled out
        for n, part in ((n, part) for n in range(min(at, 8), 1, -1) for part in (w, *spelled_out(w))):
            whole = q[at - n:at] + part
            ids = tuple(i for i in name_part_ids(whole, organs)
                        if _opens(organs.display[i], whole))
            if not ids or len(ids) > max(MAX_FEW, MAX_SHARE * total):
                continue
            # the name as typed (芜湖经开区: the reading and the absent names find it in the question)
            p.organ_ids, p.organ_names, p.region = ids, (q[at - n:at] + w,), None
            p.given = tuple(dict.fromkeys(p.given + ("organ_ids", "organ_names")))
            p.unread = tuple(x for x in p.unread if x != w)
            p.doubts = tuple(x for x in p.doubts if x != w)
            return True
    return False


def _opens(name: str, whole: str) -> bool:
    from extractor.labels import to_simplified
    return to_simplified(name).startswith(whole)
