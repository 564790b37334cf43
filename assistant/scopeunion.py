"""A follow-up that adds to or takes from the scope of the question before, never switching it
(assistant/followup.py asks these first): a place added (杭州的报告 → 把衢州的也加上), organs added
(再加上开发区管委会呢), a level added (只算地级市政府的 → 把省政府的也算进来; 福建的县直部门… → 再
加上福建的乡镇: the same place said again), a place taken out (新疆的报告 → 去掉乌鲁木齐的: 新疆
less 乌鲁木齐). The words of adding: lexicons/question_place_scope.tsv role adding.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexwords import alternation
from .queryplan import QueryPlan

# what a question asks (a figure, a contact …): a question asking one stands alone
ASKS = {"metric", "contact_field", "fact_kind", "phrase", "check", "coverage", "channel", "noun"}
_ASKS = ASKS


# 把衢州的也加上 / 再加上衢州 / 衢州的也算上 / 还有衢州的 / 连同衢州: the place added to the one before
@lru_cache(maxsize=1)
def _adding() -> re.Pattern:
    """A word of adding (加上, 算进, 连同: lexicons/question_place_scope.tsv, role adding)."""
    return re.compile(alternation("question_place_scope", "adding"))


_CLAUSE = re.compile(r"[，,；;：:]")


def adds_then_asks(q: str) -> bool:
    """Whether ``q``'s first clause adds to the scope before and a later clause asks (加上安徽的，
    主动公开合计多少 / 把交易中心也算上，一共收到多少申请): the union, with the new ask; a clause of
    adding that itself asks (加上安徽的主动公开呢) is left to the rules above."""
    parts = _CLAUSE.split(q.rstrip("？?。.!！"), maxsplit=1)
    return len(parts) == 2 and bool(parts[1].strip()) and bool(_adding().search(parts[0]))


def _asks_ok(new: QueryPlan, q: str) -> bool:
    """Nothing asked, or asked only after a first clause of adding."""
    return not set(new.given) & _ASKS or adds_then_asks(q)


ADD_PLACE = re.compile(r"加上|加进来|加进去|算上|算进来|一起算|一并|连同|合并|^(?:那|那么)?(?:还有|以及|和|跟)")


def added_place(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """Whether ``q`` adds a place to the one of the question before (a union, not a switch):
    a place and no organ named, after a question of a place, with a word of adding (加上, 也算上,
    a leading 还有 with no 呢: 还有衢州的呢 asks the other place)."""
    bare = q.rstrip("？?。.!！")
    return (bool(prev.region) and not prev.region_not and bool(new.region) and not new.region_not
            and "organ_ids" not in new.given and new.region != prev.region
            and _asks_ok(new, q) and bool(ADD_PLACE.search(bare))
            and not (bare.endswith("呢") and not _adding().search(bare)))


def taken_out(prev: QueryPlan, new: QueryPlan) -> bool:
    """Whether ``new`` takes a place out of the place of the question before (去掉乌鲁木齐的, 除了
    喀什, 乌鲁木齐的不要 after 新疆…): that place less this one, never every report but this
    one's; nothing else asked, no organ named."""
    return (bool(prev.region) and not prev.region_not and bool(new.region) and new.region_not
            and new.region != prev.region and "organ_ids" not in new.given
            and not set(new.given) & _ASKS)


def added_organs(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """Whether ``q`` adds organs (a kind or a name) to those of the question before (再加上开发区
    管委会呢, 把教育局也算上): a union, never a switch; the same words as a place added."""
    bare = q.rstrip("？?。.!！")
    return (bool(prev.organ_ids) and bool(new.organ_ids) and "organ_ids" in new.given
            and _asks_ok(new, q) and not _other_place(prev, new)
            and set(new.organ_ids) != set(prev.organ_ids)
            and bool(_adding().search(bare)))


def added_levels(prev: QueryPlan, new: QueryPlan, q: str) -> bool:
    """Whether ``q`` adds a level to those of the question before (只算地级市政府的 → 把省政府的
    也算进来): a union, never a switch; no place nor organ named, the same words as a place added."""
    bare = q.rstrip("？?。.!！")
    return (bool(prev.levels) and bool(new.levels) and "levels" in new.given
            and "organ_ids" not in new.given and not _other_place(prev, new)
            and not set(new.given) & _ASKS
            and not set(new.levels) <= set(prev.levels)
            and bool(_adding().search(bare)))


def _other_place(prev: QueryPlan, new: QueryPlan) -> bool:
    """Whether ``new`` names a place other than the one before (再加上福建的乡镇 after 福建的县直
    部门…: the same place said again adds the level, never switches)."""
    return "region" in new.given and (new.region, new.region_not) != (prev.region, prev.region_not)


def mixed_union(prev: QueryPlan, new: QueryPlan, q: str, out: QueryPlan) -> QueryPlan:
    """``out`` (a place added) as it stands, unless the place added comes with levels of its own
    (福建的县直部门… → 再加上浙江的乡镇: 福建's departments and 浙江's townships): no one filter
    holds two scopes, and the places' every level or the new level in both would answer another
    question; the two scopes said and the question not answered (rule mixed_union)."""
    if "levels" not in new.given or not prev.levels or set(new.levels) == set(prev.levels):
        return out
    from .queryplan import LEVEL_NAMES

    def scope(region, levels):
        return (region[1] if region else "") + "、".join(LEVEL_NAMES.get(lv, lv) for lv in levels)
    out.rules = out.rules_plus("mixed_union")
    out.unread_conditions = (q.rstrip("？?。.!！"),)
    out.notes = (*out.notes, f"两个范围：{scope(prev.region, prev.levels)}；{scope(new.region, new.levels)}")
    return out
