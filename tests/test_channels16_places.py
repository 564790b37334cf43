"""Channels: families of session 16 (sentences written for these tests, several shapes, with
negatives): a reading place called 查阅专区 / 阅览专区; a community affairs acceptance centre
(受理服务中心, 受理中心) a reading place is set up in is a hall too; a window a reading place is
set at (在办事窗口设置查阅点) is that reading place's seat, no hall of its own."""
from __future__ import annotations

import pytest

from extractor.narrative_channels import channels


def _got(text: str) -> set[str]:
    return {f.value for f in channels(text, [(0, len(text))])}


@pytest.mark.parametrize("text,want", [
    ("区政务服务中心设立政府信息公开查阅专区。", {"service_hall", "reading_room"}),
    ("在市民之家设置政务公开阅览专区，方便群众查阅。", {"service_hall", "reading_room"}),
    ("机关一楼设有信息公开查阅专区。", {"reading_room"}),
])
def test_a_reading_place_called_a_special_area(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "在镇社区事务受理服务中心设立政府信息公开查阅点。",
    "在街道社区事务受理中心设置政务公开查阅室。",
])
def test_an_acceptance_centre_holding_a_reading_place_is_a_hall(text):
    assert _got(text) == {"service_hall", "reading_room"}


@pytest.mark.parametrize("text", [
    "在县卫健局办事窗口设置政府信息查阅点。",
    "局政务服务窗口设置信息公开查阅点。",
    "在局服务窗口设立政务公开查阅区，摆放政策汇编。",
])
def test_a_window_holding_a_reading_place_is_its_seat(text):
    assert _got(text) == {"reading_room"}


@pytest.mark.parametrize("text,want", [
    # a window with no reading place at it, or one in another clause: a hall
    ("依托局办事窗口公开办事指南。", {"service_hall"}),
    ("在局办事窗口提供办事指南，在局档案室设置查阅点。", {"service_hall", "reading_room"}),
    # a window inside a hall that is named: the hall
    ("在县政务服务中心人社窗口设置政务公开查阅点。", {"service_hall", "reading_room"}),
])
def test_a_window_with_no_reading_place_at_it(text, want):
    assert _got(text) == want
