"""Family: a red seal over the signature block leaves a stray character (of its ring text) in
front of the organ's name when the scan is OCR'd (恒临泽县人民政府); the title's name stands, and
a real fuller form (the county before a township's title name) is still taken."""
import pytest

from extractor.pipeline import extract_document
from extractor.readers.txt import read_txt

BODY = ("本报告根据《中华人民共和国政府信息公开条例》要求，由{own}编制。\n一、总体情况\n"
        "{short}坚持以公开为常态、不公开为例外，全年主动公开政府信息120条。\n"
        "六、其他需要报告的事项\n本年度未收取信息处理费。\n{sign}\n2024年1月25日\n")


def _organ(title: str, own: str, sign: str, short: str):
    text = f"{title}\n2023年政府信息公开工作年度报告\n" + BODY.format(own=own, sign=sign, short=short)
    rec = extract_document(read_txt("scan.txt", text))
    return rec.organ.name, rec.organ.county


@pytest.mark.parametrize("title, stray, short, county", [
    ("临泽县人民政府", "恒", "临泽县", "临泽县"),
    ("宾川县市场监督管理局", "局", "县市场监管局", "宾川县"),
    ("安吉县天子湖镇人民政府", "中", "天子湖镇", "安吉县"),
    ("寿光市农业农村局", "光寿", "市农业农村局", "寿光市"),
])
def test_a_seal_character_before_the_signature_name_is_not_a_fuller_name(title, stray, short, county):
    name, got_county = _organ(title, title, stray + title, short)
    assert name == title and got_county == county


def test_a_real_fuller_form_in_the_signature_is_still_taken():
    name, county = _organ("天子湖镇人民政府", "天子湖镇人民政府", "安吉县天子湖镇人民政府", "天子湖镇")
    assert name == "安吉县天子湖镇人民政府" and county == "安吉县"
