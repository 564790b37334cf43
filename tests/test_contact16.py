"""Contact address, a family of session 16 (sentences written for these tests): a PDF's line
wrapped right after the address's number, its last word (号, 楼, 室, 层) alone before the next label."""
from __future__ import annotations

import pytest

from extractor.metadata import contact_of

HEAD = "青石县白河镇2023年政府信息公开工作年度报告\n"


@pytest.mark.parametrize("body, address", [
    ("请与白河镇人民政府办公室联系（地址：青石县白河镇新华路18\n号；邮编：223100；电话：0517-8000002）。",
     "青石县白河镇新华路18号"),
    ("联系地址：青石县人民路12\n号，联系电话：0517-8000000。", "青石县人民路12号"),
    ("地址：青石县政务中心大楼3\n楼，邮编：223100", "青石县政务中心大楼3楼"),
    ("地址：青石县白河镇新华路18号\n电话：0517-8000002", "青石县白河镇新华路18号"),
])
def test_address_wrapped_after_its_number(body, address):
    text = HEAD + body
    c = contact_of(text, None)
    assert "".join(c.address.split()) == address
    s, e = c.spans["address"]
    assert "".join(text[s:e].split()) == address


def test_a_number_ending_its_line_then_a_heading_stays_apart():
    c = contact_of(HEAD + "地址：青石县白河镇新华路18\n一、总体情况\n2023年，我镇认真落实条例。", None)
    assert "".join(c.address.split()) == "青石县白河镇新华路18"
