"""Where a place's name ends (assistant/typedplace.py PLACE_END): one definition for the typed
forms of a place before its bureau, kindinplace's own bureau of a place and plausible_place.
Every rank's tail goes, the longest first: 内蒙古自治区 is 内蒙古, never 内蒙古自治."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.kindinplace import kind_in_place
from assistant.names import plausible_place
from assistant.queryplan import QueryPlan
from assistant.typedplace import typed_forms, typed_organ, without_place_end


@pytest.mark.parametrize("name, bare", [
    ("内蒙古自治区", "内蒙古"), ("西藏自治区", "西藏"),           # 自治区, never 区 alone
    ("延边朝鲜族自治州", "延边朝鲜族"), ("峨边彝族自治县", "峨边彝族"),
    ("湖北省", "湖北"), ("杭州市", "杭州"), ("浑南区", "浑南"), ("信丰县", "信丰"),
    ("恩施州", "恩施"), ("锡林郭勒盟", "锡林郭勒"), ("正镶白旗", "正镶白"),
    ("浦东", "浦东"),                                              # no tail: as it is
])
def test_a_place_without_its_end(name, bare):
    assert without_place_end(name) == bare


def test_the_typed_forms_of_an_autonomous_region():
    assert typed_forms("内蒙古自治区") == ("内蒙古自治区", "内蒙古")
    assert typed_organ("内蒙古财政厅收到几件申请", "内蒙古自治区", "财政厅") == "内蒙古财政厅"


def _organs(*names):
    ids = {n: {i} for i, n in enumerate(names, 1)}
    return SimpleNamespace(regions={"内蒙古自治区", "西藏自治区", "湖北省"}, names=ids,
                           display={i: n for n, (i,) in ids.items()})


@pytest.mark.parametrize("place, own", [
    ("内蒙古自治区", "内蒙古气象局"),      # the region's own bureau named by its short form
    ("西藏自治区", "西藏气象局"),
    ("湖北省", "湖北气象局"),
])
def test_a_place_after_one_bureaus_figure_is_its_own_bureau_by_its_short_name(place, own):
    organs = _organs("内蒙古气象局", "西藏气象局", "湖北气象局", "阿拉善左旗气象局")
    prev = QueryPlan(kind="figure", metric="requests", organ_names=("气象局",))
    new = QueryPlan(kind="figure", metric="requests", region=("province", place))
    out = kind_in_place(prev, new, QueryPlan(kind="figure", metric="requests",
                                             region=("province", place)), organs)
    assert out.organ_names == (own,) and out.organ_ids == tuple(organs.names[own])
    assert out.region is None   # the place's own: no place filter besides


@pytest.mark.parametrize("val, ok", [("内蒙古自治区", True), ("年度市", False), ("年度自治区", False)])
def test_plausible_place_takes_the_same_end(val, ok):
    assert plausible_place(val) is ok
