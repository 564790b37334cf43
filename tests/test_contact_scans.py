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


@pytest.mark.parametrize("line, phone", [
    ("联系电话：028- 85071362", "028-85071362"),     # a scan's space after the dash
    ("电话：0898 — 62823517", "0898-62823517"),      # a justified line's spaces around it
    ("联系电话：0551-\n6512345", "0551-6512345"),     # wrapped at the dash
    ("联系电话：0535 6212345", "0535 6212345"),       # a space alone is the separator as printed
])
def test_a_phone_spaced_at_its_dash_is_one_number(line, phone):
    assert contact_of("某局2023年政府信息公开工作年度报告\n" + line + "\n", None).phones == [phone]


@pytest.mark.parametrize("line, phone", [
    ("联系电话：0571—8612 3456。", "0571-86123456"),    # the local number in two groups
    ("电话：0571-8612 3456", "0571-86123456"),
    ("联系电话：（0571）8612 3456", "（0571）86123456"),
    ("联系电话：0571 8612 3456", "0571 86123456"),      # the area's space kept, the groups joined
    ("联系电话：612 3456", "6123456"),                    # seven digits, 3 + 4
    ("手机：139 0571 2345", "13905712345"),              # a mobile in three groups
    ("联系电话：139-0571-2345", "13905712345"),
])
def test_a_phone_printed_in_digit_groups_is_one_number(line, phone):
    assert contact_of("某局2023年政府信息公开工作年度报告\n" + line + "\n", None).phones == [phone]


@pytest.mark.parametrize("line, phones", [
    ("联系电话：0571-86123456、8612 3457", ["0571-86123456", "86123457"]),
    ("联系电话：0571-86123456，邮编：311800", ["0571-86123456"]),     # a postcode is no group
    ("联系电话：0571-86123456 2023年12月", ["0571-86123456"]),        # a date after it is not
])
def test_digit_groups_take_no_other_number(line, phones):
    assert contact_of("某局2023年政府信息公开工作年度报告\n" + line + "\n", None).phones == phones
