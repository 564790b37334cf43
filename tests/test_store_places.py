"""store.places: a province or city finds the reports whose organs state only a place inside it,
in Browse as in the assistant (one definition). Reports written for these tests, real places."""
from __future__ import annotations

import pytest

from extractor.gazetteer import available
from store import browse, places
from test_assistant_questions import T3_ZERO, record, t3, write_store, placed

pytestmark = pytest.mark.skipif(not available(), reason="the gazetteer (jionlp) is not installed")


_rec = placed


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    import store
    path = write_store(tmp_path_factory.mktemp("places") / "p.db", [
        _rec("滨江区公安分局", "公安分局", "county_dept", 2022, {**t3(2)}, county="滨江区"),
        _rec("杭州市教育局", "教育局", "city_dept", 2020, {**t3(6)}, city="杭州市"),
        _rec("临夏州公安局", "公安局", "city_dept", 2023, {**T3_ZERO}, city="临夏州"),
        _rec("云南滇中新区临空先进制造业发展局", "发展局", "other", 2023, {**t3(1)}),
        _rec("朝阳区民政局", "民政局", "county_dept", 2023, {**T3_ZERO}, county="朝阳区"),
    ])
    return store.connect(path)


def test_inside_a_region(db):
    assert places.inside(db, "杭州市") == {"county": ("滨江区",)}
    assert places.inside(db, "甘肃省") == {"city": ("临夏州",)}
    assert set(places.inside(db, "云南省")) == {"organ_id"}
    assert places.inside(db, "北京市") == {}          # 朝阳区 alone is two places


@pytest.mark.parametrize("region, n", [("杭州市", 2), ("浙江省", 2), ("甘肃省", 1), ("云南省", 1),
                                       ("北京市", 0), ("滨江区", 1)])
def test_browse_finds_the_reports_inside_a_region(db, region, n):
    assert browse.count_reports(db, browse.Filters(region=region)) == n
    assert len(browse.list_reports(db, browse.Filters(region=region))) == n


def test_browse_offers_the_provinces_and_cities_of_the_stated_places(db):
    regions = browse.options(db)["regions"]
    assert {"浙江省", "杭州市", "甘肃省", "云南省"} <= set(regions)
    assert "北京市" not in regions
