"""Families of contact details as OCR reads a scan: the ； before 邮编 read as ： (the address
keeps no colon), and an e-mail address's l read as capital I (an address otherwise in lower
case)."""
import pytest

from extractor.metadata import contact_of


@pytest.mark.parametrize("sep", ["：", ":", "；", "，"])
def test_the_address_ends_before_a_separator_ocr_may_read_as_a_colon(sep):
    c = contact_of(f"联系方式：某局办公室，地址：某市某区锦城大道西段216号{sep}邮编：610041{sep}联系电话：028-85071362。", None)
    assert c.address == "某市某区锦城大道西段216号" and c.postcode == "610041"


@pytest.mark.parametrize("printed, read", [
    ("Izxzfb_gk@126.com", "lzxzfb_gk@126.com"),
    ("xzfbIgk@163.com", "xzfblgk@163.com"),
    ("ISOoffice@163.com", "ISOoffice@163.com"),      # another capital: as written
    ("Info@Example.com", "Info@Example.com"),
    ("zwgk@163.com", "zwgk@163.com"),
])
def test_a_capital_i_in_a_lower_case_email_is_an_l(printed, read):
    assert contact_of(f"地址：某市某路1号；电子邮箱：{printed}。", None).email == read
