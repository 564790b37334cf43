"""Contact details (address, postcode, phones, e-mail, website) in the shapes reports print
them, damaged ones too; sentences written for these tests. Every value keeps the span it
was read from."""
from __future__ import annotations

import re

import pytest

from extractor.metadata import contact_of

HEAD = "青石县白河镇2023年政府信息公开工作年度报告\n"


def contact(body: str, organ: str | None = None):
    text = HEAD + body
    return text, contact_of(text, organ)


def spans_hold(text, c, field, value):
    """The span holds the value as printed: the same text once damage's forms are folded
    (full-width forms, a dash's variants, ＠ and [at]: damage.py's normal form)."""
    from extractor.damage import email_value, phone_digits
    s, e = c.spans[field]
    fold = phone_digits if field.startswith(("phones", "fax")) else email_value
    assert "".join(fold(text[s:e]).split()) == "".join(fold(str(value)).split())


@pytest.mark.parametrize("body, address", [
    # the address runs into the next label: 号 is kept, the label is not
    ("如有疑问请联系（地址：青石县湖滨大道90号，邮编：223100）。", "青石县湖滨大道90号"),
    ("联系地址：青石县人民路12号，联系人：王科长，电话：0517-8000000。", "青石县人民路12号"),
    ("办公地址：青石县白河镇正街5号，办公时间：工作日9:00-17:00。", "青石县白河镇正街5号"),
    ("地址：青石县河西路8号，咨询电话：0517-8000001。", "青石县河西路8号"),
    ("地址：青石县东街3号。如有疑问，欢迎来电。", "青石县东街3号"),
    ("地址：青石县东街3号 E-mail：bhz@163.com", "青石县东街3号"),
    # a comma inside the address itself stays
    ("地址：长河市滨江大道121号,市民中心4楼,邮编:546100", "长河市滨江大道121号,市民中心4楼"),
    # broken over a line end (a PDF's wrapped line), and a space inside
    ("如有疑问请与白河镇人民政府联系（地址：青石县白河镇\n新华路18号，电话：0517-8000002）。", "青石县白河镇新华路18号"),
    ("地址：青石县白河镇 新华路 18号；电话：0517-8000002", "青石县白河镇新华路18号"),
])
def test_address(body, address):
    text, c = contact(body)
    assert "".join(c.address.split()) == address
    spans_hold(text, c, "address", address)


# a township's address ends at a village or a community, with no number: wrapped inside a word
@pytest.mark.parametrize("body, address", [
    ("联系单位：白河镇党政办；地址：青石\n县白河镇柳湾村；电话：0517-8000003。", "青石县白河镇柳湾村"),
    ("地址：青石县白河镇\n东关社区，邮编：223101", "青石县白河镇东关社区"),
    ("通讯地址：青石县白\n河镇新庄村三组\n联系电话：0517-8000004", "青石县白河镇新庄村三组"),
    ("地址：锡林浩特市宝力根\n苏木巴彦嘎查。", "锡林浩特市宝力根苏木巴彦嘎查"),
])
def test_a_village_address_wrapped_over_a_line(body, address):
    text, c = contact(body)
    assert "".join(c.address.split()) == address
    spans_hold(text, c, "address", address)


@pytest.mark.parametrize("body, address", [
    # the next line is a label of its own or a sentence: the address ends at the line's end
    ("地址：青石县白河镇\n联系电话：0517-8000005", "青石县白河镇"),
    ("地址：青石县白河镇柳湾村\n二、主动公开政府信息情况", "青石县白河镇柳湾村"),
])
def test_a_village_address_does_not_take_the_next_line(body, address):
    text, c = contact(body)
    assert "".join(c.address.split()) == address


def test_address_does_not_run_into_the_next_paragraph():
    text, c = contact("地址：青石县白河镇新华路18号\n一、总体情况\n2023年，我镇认真落实条例。")
    assert c.address == "青石县白河镇新华路18号"


@pytest.mark.parametrize("body, phones", [
    ("联系电话：0535-1234567。", ["0535-1234567"]),
    ("联系电话：0535—1234567，0535——7654321。", ["0535-1234567", "0535-7654321"]),
    ("电话：（0535）1234567", ["（0535）1234567"]),
    ("电话：(0535) 1234567", ["(0535) 1234567"]),
    ("联系电话：0535 1234567", ["0535 1234567"]),
    ("电话号码：0535-1234567", ["0535-1234567"]),
    ("电话/传真：0535-1234567", ["0535-1234567"]),
    ("联系电话（传真）：0535-1234567", ["0535-1234567"]),
    ("联系电话：13812345678", ["13812345678"]),
    ("联系电话：0535一1234567", ["0535-1234567"]),  # OCR read the dash as 一
    ("联系电话：0535-1234567、13812345678", ["0535-1234567", "13812345678"]),
])
def test_phones(body, phones):
    text, c = contact(body)
    assert c.phones == phones
    for k, p in enumerate(phones):
        spans_hold(text, c, f"phones.{k}", p)


@pytest.mark.parametrize("body", [
    "受理时间：2023年1月1日至2023年12月31日。",
    "电话咨询共计1234567次。",  # a count after 电话, with no label colon… is not a number to call
])
def test_no_phone(body):
    assert contact(body)[1].phones == []


@pytest.mark.parametrize("body, email", [
    ("电子邮箱：bhz2023@163.com", "bhz2023@163.com"),
    ("电子邮箱：bhz2023＠163.com", "bhz2023@163.com"),  # a full-width @ (value: the normal form)
    ("电子邮箱：bhz2023163.com", "bhz2023163.com"),  # the @ lost
    ("E-mail: bhz@qingshi.gov.cn", "bhz@qingshi.gov.cn"),
])
def test_email(body, email):
    text, c = contact(body)
    assert c.email == email
    spans_hold(text, c, "email", email)


@pytest.mark.parametrize("body, site", [
    ("本报告可在青石县人民政府门户网站（www.qingshi.gov.cn）查阅或下载。", "www.qingshi.gov.cn"),
    # split by a line break at a dot, and inside a name
    ("本报告电子版可在青石县人民政府网站（www.qingshi.gov\n.cn）查阅。", "www.qingshi.gov.cn"),
    ("本报告电子版可在青石县人民政府网站（http://www.qing\nshi.gov.cn）查阅。", "http://www.qingshi.gov.cn"),
    # the place to read it named after the address
    ("公众可登录http://www.qingshi.gov.cn查阅本报告。", "http://www.qingshi.gov.cn"),
    # an ASCII colon right before the scheme
    ("可通过县政府门户网站查阅，网址为:http://xxgk.qingshi.gov.cn/col/index.html", "http://xxgk.qingshi.gov.cn/col/index.html"),
])
def test_website(body, site):
    text, c = contact(body)
    assert c.website == site
    spans_hold(text, c, "website", site)


def test_website_stated_at_the_end_of_a_long_report():
    body = "一、总体情况\n" + "我镇认真贯彻落实政府信息公开条例，持续推进政务公开工作。" * 150 + \
        "\n本报告可在青石县人民政府网站（www.qingshi.gov.cn）查阅。\n"
    text, c = contact(body)
    assert c.website == "www.qingshi.gov.cn"


def test_an_email_domain_is_no_website():
    text, c = contact("如有疑问请联系，电子邮箱：bhz@qingshi.gov.cn。")
    assert c.website is None



def test_a_web_pages_footer_is_not_the_reports_contact():
    body = ("一、总体情况\n2023年，我镇认真落实条例。\n"
            "主办单位：青石县人民政府办公室 地址：青石县政府路1号 电话：0517-8000009 版权所有\n")
    text, c = contact(body)
    assert c.address is None and c.phones == []


def test_the_reports_contact_before_a_footer_is_kept():
    body = ("如有疑问，请与白河镇人民政府联系（地址：青石县白河镇正街5号，电话：0517-8000003）。\n"
            "一、总体情况\n2023年，我镇认真落实条例。\n"
            "主办单位：青石县人民政府办公室 地址：青石县政府路1号 电话：0517-8000009 版权所有\n")
    text, c = contact(body)
    assert c.address == "青石县白河镇正街5号" and c.phones == ["0517-8000003"]


@pytest.mark.parametrize("body, field, value", [
    # labels and numbers broken by a PDF's line end
    ("如有疑问，请与白河镇人民政府联系（地\n址：青石县白河镇正街5号）。", "address", "青石县白河镇正街5号"),
    ("如有疑问，请与白河镇人民政府联系（地址：青石县新华路与人民路交\n叉口）。", "address", "青石县新华路与人民路交叉口"),
    # (the value without the line end, as an address is; its span keeps both lines)
    ("如有疑问，请与白河镇人民政府联系（电话：0517-\n8000004）。", "phones", ["0517-8000004"]),
])
def test_line_ends_inside_contact_details(body, field, value):
    text, c = contact(body)
    assert getattr(c, field) == value


def test_a_footer_over_several_lines_is_not_the_reports_contact():
    body = ("一、总体情况\n2023年，我镇认真落实条例。\n"
            "主办单位：青石县人民政府办公室\n地址：青石县政府路1号\n电话：0517-8000009\n版权所有：青石县人民政府\n")
    text, c = contact(body)
    assert c.address is None and c.phones == []


def test_contact_cues_lexicon_loads():
    from extractor.lexicon import load
    rows = load("contact_cues", required=("role", "cue"), unique=("role", "cue"))
    assert {r["role"] for r in rows} == {"chrome", "page_label", "call_verb", "label_key", "label_address",
                                         "label_phone", "label_postcode", "label_fax", "label_email", "label_head",
                                         "publisher_label"}


@pytest.mark.parametrize("line, field, value", [
    ("通 信 地 址：青石县白河镇正街5号", "address", "青石县白河镇正街5号"),   # a justified label
    ("单位地址：青石县白河镇正街5号；邮编：611000", "address", "青石县白河镇正街5号"),
    ("邮 政 编 码：611000", "postcode", "611000"),
    ("手 机：139 0571 2345", "phones", ["13905712345"]),
    ("电子邮件：bhz_gk163.com", "email", "bhz_gk163.com"),       # its @ lost: kept as printed
    ("联系单位｜白河镇党政办 地址｜青石县白河镇正街5号", "address", "青石县白河镇正街5号"),
])
def test_contact_labels_come_from_the_lexicon_in_every_printed_form(line, field, value):
    assert getattr(contact_of("某镇2023年政府信息公开工作年度报告\n" + line + "\n", None), field) == value


@pytest.mark.parametrize("body, field, value", [
    ("如有疑问请与我镇党政办联系，地址位于青石县白河镇正街5号。", "address", "青石县白河镇正街5号"),
    ("办公地点：青石县白河镇正街5号。", "address", "青石县白河镇正街5号"),
    # a bracket the address opens is closed with it
    ("地址：青石县白河镇正街5号（镇政府大院内），电话：0517-8000003", "address", "青石县白河镇正街5号（镇政府大院内）"),
    # the report's own bracket closes after the address
    ("请与白河镇人民政府联系（地址：青石县白河镇正街5号）。", "address", "青石县白河镇正街5号"),
    ("电话：0517－8000003；0517－8000004", "phones", ["0517-8000003", "0517-8000004"]),
    ("电话：0517-8000003 转 8001", "phones", ["0517-8000003"]),
    # a website right after an e-mail
    ("电子邮箱：bhz@163.com。网址：www.qingshi.gov.cn", "website", "www.qingshi.gov.cn"),
    ("电子邮箱：bhz@163.com。网址：www.qingshi.gov.cn", "email", "bhz@163.com"),
    # an e-mail that lost its @ is no website
    ("本报告在镇政府网站公开，电子邮箱：bhz163.com", "website", None),
    # justified labels: several spaces between a label's characters
    ("传    真：0517-8000009", "fax", "0517-8000009"),
    ("邮　　编：223100", "postcode", "223100"),
    ("地      址：青石县东街3号，电话：0517-8000001", "address", "青石县东街3号"),
    # a contact table's cells, label and value apart by a tab (a portal page's table)
    ("联系单位\t白河镇人民政府\n地址\t青石县白河镇正街5号\n邮编\t223100\n", "address", "青石县白河镇正街5号"),
    ("通信地址\t青石县湖滨大道90号\n", "address", "青石县湖滨大道90号"),
    # a URL whose path a line end broke after a slash
    ("本报告电子版可在县政府门户网站（http://www.qingshi.gov.cn/\nzfxxgk/）下载。", "website",
     "http://www.qingshi.gov.cn/zfxxgk/"),
    ("报告全文见网站 www.qingshi.gov.cn/xxgk/\nndbg/ 查阅。", "website", "www.qingshi.gov.cn/xxgk/ndbg/"),
    # a new line after the slash that goes on in words is not the URL's rest
    ("本报告电子版见网址：http://www.qingshi.gov.cn/\n2024年将继续做好公开工作。", "website",
     "http://www.qingshi.gov.cn/"),
])
def test_more_contact_shapes(body, field, value):
    text, c = contact(body)
    assert getattr(c, field) == value


@pytest.mark.parametrize("body, site", [
    ("本报告在青石县政府信息公开专栏（www.qingshi.gov.cn）公布。", "www.qingshi.gov.cn"),
    ("本报告同时在县人民政府门户（http://www.qingshi.gov.cn）发布。", "http://www.qingshi.gov.cn"),
])
def test_website_named_by_its_column_or_portal(body, site):
    assert contact(body)[1].website == site


def test_a_url_late_in_a_long_report_for_another_document_is_no_website():
    body = "一、总体情况\n" + "我镇认真贯彻落实政府信息公开条例，持续推进政务公开工作。" * 150 + \
        "\n相关政策文件可在省政策文件库（www.jiangnan.gov.cn/zhengce）查阅。\n"
    assert contact(body)[1].website is None


# text wrapped at a fixed width (a PDF's text, pasted): a phone or the URL broken by the line
# end is read whole, its span covering both lines (blind metadata set 4's family, after its run)
@pytest.mark.parametrize("text, phone, site", [
    ("本报告电子版可在某市人民政府门户网站（http:\n//www.moushi.gov.cn）下载。如有疑问请与市政府办公室联系（电话：06\n33-8779205）。",
     "0633-8779205", "http://www.moushi.gov.cn"),
    ("本报告可在县政府网站（http://www.mou\nxian.gov.cn）查阅。联系电话：0551-\n6512345。",
     "0551-6512345", "http://www.mouxian.gov.cn"),
    ("联系电话：138\n12345678，本报告电子版可在https://www.\nmouzhen.gov.cn下载。",
     "13812345678", "https://www.mouzhen.gov.cn"),
])
def test_a_phone_or_url_broken_by_a_wrapped_line_is_read_whole(text, phone, site):
    from extractor.metadata import contact_of
    c = contact_of(text, None)
    assert c.phones == [phone] and c.website == site
    s, e = c.spans["phones.0"]
    assert re.sub(r"\s", "", text[s:e]) == phone


# a wrapped phone is the same value as the same phone on one line: one normalisation for both
# paths (the space after an area code kept, a spaced dash closed, digit groups joined)
@pytest.mark.parametrize("phone, value", [
    ("0535 6212345", "0535 6212345"),
    ("028- 85071362", "028-85071362"),
    ("139 0571 2345", "13905712345"),
    ("0571—8612 3456", "0571-86123456"),
])
def test_a_wrapped_phone_reads_as_the_same_phone_on_one_line(phone, value):
    from extractor.metadata import contact_of
    one = contact_of(f"如有疑问请与镇党政办联系（电话：{phone}）。", None).phones
    cut = len(phone) // 2 if phone[len(phone) // 2] != " " else len(phone) // 2 + 1
    wrapped = contact_of(f"如有疑问请与镇党政办联系（电话：{phone[:cut]}\n{phone[cut:]}）。", None).phones
    assert one == wrapped == [value]


def test_numbers_on_two_lines_that_are_no_wrapped_phone_stay_apart():
    from extractor.metadata import contact_of
    c = contact_of("联系电话：0551-6512345\n2023年收到申请3件。", None)
    assert c.phones == ["0551-6512345"]


# an address followed with no separator by the next label, after its last word (号, 楼, 院内),
# and a postcode printed alone in brackets right after the address
@pytest.mark.parametrize("body, address, postcode, phone", [
    ("联系地址：青石县白河镇正街128号邮政编码414507联系电话0730-6351008\n",
     "青石县白河镇正街128号", "414507", "0730-6351008"),
    ("地址：青石县人民大厦5楼联系电话0730-1234567\n", "青石县人民大厦5楼", None, "0730-1234567"),
    ("通信地址：青石县政务服务中心院内邮编414000\n", "青石县政务服务中心院内", "414000", None),
    ("联系单位：县政府办公室，地址：青石县神农大道1号\n（412007）电话：0731-28681234\n",
     "青石县神农大道1号", "412007", "0731-28681234"),
    ("地址：青石县建设路8号（412007）。\n", "青石县建设路8号", "412007", None),
])
def test_an_address_running_into_the_next_label_and_a_bracketed_postcode(body, address, postcode, phone):
    text, c = contact(body)
    assert (c.address, c.postcode) == (address, postcode)
    assert c.phones == ([phone] if phone else [])
    spans_hold(text, c, "address", address)
    if postcode:
        spans_hold(text, c, "postcode", postcode)


@pytest.mark.parametrize("body, address", [
    # a bracket after the address that is no postcode stays the address's
    ("地址：青石县建设路8号（共3层）\n", "青石县建设路8号（共3层）"),
    # a place word that merely starts like a label is no label (电话局路)
    ("地址：青石县电话局路3号\n", "青石县电话局路3号"),
])
def test_no_label_no_cut(body, address):
    assert contact(body)[1].address == address


# full-width digits (a page typed in a Chinese input mode): read as digits, kept as printed
@pytest.mark.parametrize("body, phones", [
    ("联系电话：０５３５－１２３４５６７", ["0535-1234567"]),
    ("联系电话：０５３５—７６５４３２１；地址：青石县白河镇中心路８号", ["0535-7654321"]),
    ("如有疑问，请拨打电话：（０５３５）１２３４５６７", ["（0535）1234567"]),
    ("联系电话：１３８１２３４５６７８", ["13812345678"]),
])
def test_phones_in_full_width_digits(body, phones):
    text, c = contact(body)
    assert c.phones == phones
    for k, p in enumerate(phones):
        spans_hold(text, c, f"phones.{k}", p)


# a URL path broken over more than one line end (hard-wrapped text, a forced break inside it)
@pytest.mark.parametrize("body, site", [
    ("本报告电子版可在青石县人民政府门户网站（https://www.qingshi.gov.cn/col/\ncol4471\n2209/index.html）查阅。",
     "https://www.qingshi.gov.cn/col/col44712209/index.html"),
    ("本报告可在青石县人民政府网站（http://www.qingshi.gov.cn/zwgk/\nxxgk/ndbg/\n2023/）下载。",
     "http://www.qingshi.gov.cn/zwgk/xxgk/ndbg/2023/"),
    ("本报告可在青石县人民政府网站（http://www.qingshi.gov.cn/a/\nb/\nc/\nd.html）查阅。",
     "http://www.qingshi.gov.cn/a/b/c/d.html"),
])
def test_website_broken_over_several_lines(body, site):
    text, c = contact(body)
    assert c.website == site
    spans_hold(text, c, "website", site)


def test_a_url_ending_its_line_does_not_take_the_next_paragraph():
    body = "本报告可在青石县人民政府网站（http://www.qingshi.gov.cn/ndbg/）查阅。\n2023年本镇收到申请3件。\n"
    assert contact(body)[1].website == "http://www.qingshi.gov.cn/ndbg/"


@pytest.mark.parametrize("body, address", [
    # a label of some words and 电话 glued on after the address's last word keeps the word
    ("联系地址：青石县白河街道天荒坪北路26号联系电话：0572-5126613\n", "青石县白河街道天荒坪北路26号"),
    ("地址：青石县人民路8号楼办公电话：0572-5126613\n", "青石县人民路8号楼"),
    ("地址：青石县人民路8号院值班电话：0572-5126613\n", "青石县人民路8号院"),
])
def test_an_address_keeps_its_last_word_before_a_glued_phone_label(body, address):
    text, c = contact(body)
    assert c.address == address and c.phones == ["0572-5126613"]
    spans_hold(text, c, "address", address)


def _page_contact(text: str):
    from extractor.document import Document
    from extractor.metadata import extract_metadata
    return extract_metadata(Document("page.html", "html", text, "")).contact


@pytest.mark.parametrize("header, body, phones, address", [
    # a portal's header block above the report's title (the host's address and service
    # phone) is not the report's contact: the report's own, after its title, is
    ("某省某局（公司）\n地址：长河市滨江大道88号　邮编：550081　服务电话：0851-85200000\n首页 > 信息公开\n",
     "如对本报告有疑问，请联系本局办公室，电话：0851-38221765。\n", ["0851-38221765"], None),
    ("联系我们 | 网站地图\n咨询电话：0571-88000000　传真：0571-88000001\n",
     "六、其他需要报告的事项\n联系地址：青石县人民路12号，联系电话：0517-8000000。\n",
     ["0517-8000000"], "青石县人民路12号"),
    # …and with no contact of its own, the report states none (null, never the host's)
    ("地址：长河市滨江大道88号　服务电话：0851-85200000\n", "一、总体情况\n全年主动公开信息12条。\n", [], None),
])
def test_a_page_header_above_the_title_is_not_the_reports_contact(header, body, phones, address):
    c = _page_contact(header + "青石县白河镇2023年政府信息公开工作年度报告\n" + body)
    assert c.phones == phones and c.address == address


def test_a_contact_line_is_read_where_no_title_is_found():
    c = _page_contact("电话：0517-8000000\n一、总体情况\n全年主动公开信息12条。\n")
    assert c.phones == ["0517-8000000"]


@pytest.mark.parametrize("body, address, postcode", [
    # a postcode glued on after the address's last word, no label, no bracket
    ("（通讯地址：青石县湖滨大道38号137400；联系电话：0517-8000000）", "青石县湖滨大道38号", "137400"),
    ("联系地址：青石县白河镇正街5号223100，电话：0517-8000001。", "青石县白河镇正街5号", "223100"),
    ("地址：青石县人民路12号综合楼3楼223100", "青石县人民路12号综合楼3楼", "223100"),
    # a house number of six digits or more is no postcode
    ("地址：青石县工业园区经一路1号，邮编：223100。", "青石县工业园区经一路1号", "223100"),
])
def test_a_postcode_glued_on_after_the_address(body, address, postcode):
    text, c = contact(body)
    assert (c.address, c.postcode) == (address, postcode)
    spans_hold(text, c, "postcode", postcode)


@pytest.mark.parametrize("body, postcode", [
    # a postcode broken by a PDF's line end, after its label
    ("如对本报告有疑问，请与局办公室联系（地址：青石县湖滨大道21号，邮编：10\n0713，电话：010-64463107）。", "100713"),
    ("联系地址：青石县人民路12号，邮政编码：2231\n00，联系电话：0517-8000000。", "223100"),
])
def test_a_postcode_broken_by_a_line_end(body, postcode):
    text, c = contact(body)
    assert c.postcode == postcode
    s, e = c.spans["postcode"]
    assert re.sub(r"\s+", "", text[s:e]) == postcode


@pytest.mark.parametrize("text, address", [
    # a bracket inside the address (an area's other name, an old street name), its last word after it
    ("请与管委会办公室联系（地址：某某自贸试验区（某某保税区）通达广场1号，电话：022-84900000）。",
     "某某自贸试验区（某某保税区）通达广场1号"),
    ("地址：某市新区（高新区）创业大道88号，邮编：123456", "某市新区（高新区）创业大道88号"),
    ("地址：某县人民路（原解放路）12号。", "某县人民路（原解放路）12号"),
    # no address label: the address in brackets after the body to contact
    ("联系方式：某某街道办事处（某市某区柳树街219号） 电话：0574-80000000", "某市某区柳树街219号"),
    ("联系单位：县司法局办公室（城关镇建设路18号3楼）；联系电话：0771-1234567。", "城关镇建设路18号3楼"),
])
def test_address_with_a_bracket(text, address):
    assert contact_of(text, None).address == address


@pytest.mark.parametrize("text", [
    # a bracket after the body that holds no numbered address
    "如对本报告有疑问，请联系镇党政办（镇政府二楼），电话：0731-2345678。",
    "联系方式：镇党政办（电话：0731-2345678）",
])
def test_no_bracketed_address(text):
    assert contact_of(text, None).address is None


@pytest.mark.parametrize("body, address, postcode, phones", [
    # labels glued to their values with no colon, one after another on a line
    ("联系地址青石县白河镇民主路6号邮政编码223100联系电话0517-8000002", "青石县白河镇民主路6号", "223100", ["0517-8000002"]),
    ("通讯地址青石县人民路12号综合楼邮编223100电话0517-8000003", "青石县人民路12号综合楼", "223100", ["0517-8000003"]),
    # a table pasted as label | value rows
    ("联系单位 | 县委编办综合股\n地址 | 青石县白河镇民主路6号\n邮编 | 223100\n电话 | 0517-8000004",
     "青石县白河镇民主路6号", "223100", ["0517-8000004"]),
    ("地址｜青石县人民路12号\t\n邮政编码｜223100\n联系电话｜0517-8000005", "青石县人民路12号", "223100", ["0517-8000005"]),
    # a comma between a label and its value
    ("联系方式：地址，青石县湖滨大道38号行政中心大楼；电话，0517-8000006；邮编，223100。",
     "青石县湖滨大道38号行政中心大楼", "223100", ["0517-8000006"]),
    # no label before the address: the first value after 联系方式, before its postcode or phone
    ("本单位联系方式：青石县湖滨大道202号，邮编223100，电话0517-8000007。", "青石县湖滨大道202号", "223100", ["0517-8000007"]),
    ("联系方式：青石县白河镇柳树村\u3000邮编223100\u3000电话0517-8000008", "青石县白河镇柳树村", "223100", ["0517-8000008"]),
])
def test_labels_glued_barred_or_comma_separated(body, address, postcode, phones):
    text, c = contact(body)
    assert (c.address, c.postcode, c.phones) == (address, postcode, phones)
    spans_hold(text, c, "address", address)


@pytest.mark.parametrize("body, phones, address", [
    # the unit to call named between the label and its number
    ("联系方式：白河镇党政办公室0517-8000009地址青石县白河镇正街58号", ["0517-8000009"], "青石县白河镇正街58号"),
    ("联系电话：县政务公开办 0517-8000010", ["0517-8000010"], None),
    # …and an office named after 联系方式 is no address
    ("联系方式：县政府办公室，电话：0517-8000011", ["0517-8000011"], None),
])
def test_a_unit_named_before_the_number(body, phones, address):
    text, c = contact(body)
    assert (c.phones, c.address) == (phones, address)


@pytest.mark.parametrize("line, address, phones", [
    # 联系方式： the address first, then the number with no label of its own
    ("联系方式：宁波市鄞州区惠风东路568号　0574-88123609", "宁波市鄞州区惠风东路568号", ["0574-88123609"]),
    ("联系方式：某县某镇某村8号，0571-86123456。", "某县某镇某村8号", ["0571-86123456"]),
    ("联系方式：某市某区某大楼 13905712345", "某市某区某大楼", ["13905712345"]),
    ("联系方式：某路12号 邮编：311800 电话：0571-86123456", "某路12号", ["0571-86123456"]),
])
def test_an_address_then_an_unlabelled_phone_after_lianxi_fangshi(line, address, phones):
    c = contact_of("某局2023年政府信息公开工作年度报告\n" + line + "\n", None)
    assert (c.address, c.phones) == (address, phones)


# family: a portal page printed to PDF ends with the article's own contact line, labels glued
# without separators, then the host site's footer that states its own contact details (主办单位 /
# 备案号 / 网站维护电话): the line above the footer is the report's; a footer's line, or one
# just above a footer that says none of its own, stays the site's
_HOST_FOOTERS = [
    "主办单位：青石县人民政府办公室技术支持：县政务信息中心\n网站标识码：Q000000017备案号：ICP备05012345号网站维护电话：0517-8000099\n",
    "版权所有：青石县人民政府 网站地图\n主办单位：青石县人民政府办公室 联系电话：0517-8000099 公网安备3301000201\n",
    "主办单位：青石县人民政府办公室\n承办单位：青石县大数据中心 联系邮箱：qsxzf@qingshi.gov.cn\n",
]


@pytest.mark.parametrize("footer", _HOST_FOOTERS)
@pytest.mark.parametrize("line, address, postcode, phones", [
    ("地址：青石县白河镇正街5号邮编：611000电话：0517-8000003", "青石县白河镇正街5号", "611000", ["0517-8000003"]),
    ("联系电话：0517-8000003邮编：611000通信地址：青石县白河镇正街5号", "青石县白河镇正街5号", "611000", ["0517-8000003"]),
    ("邮政编码：611000 办公地址：青石县白河镇正街5号党政办公室 联系电话：0517-8000003", "青石县白河镇正街5号党政办公室",
     "611000", ["0517-8000003"]),
])
def test_the_articles_contact_line_above_a_footer_with_its_own_contact_is_the_reports(footer, line, address,
                                                                                       postcode, phones):
    text, c = contact("六、其他需要报告的事项\n本年度未收取信息处理费。\n" + line + "\n" + footer)
    assert (c.address, c.postcode, c.phones) == (address, postcode, phones)
    spans_hold(text, c, "phones.0", phones[0])


def test_a_contact_line_above_a_footer_without_contact_of_its_own_stays_the_sites():
    text, c = contact("六、其他需要报告的事项\n无。\n地址：青石县政府路1号邮编：611000电话：0517-8000009\n"
                      "主办单位：青石县人民政府办公室技术支持：县政务信息中心\n网站标识码：Q000000017\n")
    assert (c.address, c.postcode, c.phones) == (None, None, [])


def test_a_contact_line_inside_a_footer_with_contact_below_stays_the_sites():
    text, c = contact("六、其他需要报告的事项\n无。\n主办单位：青石县人民政府办公室\n地址：青石县政府路1号 电话：0517-8000009\n"
                      "网站标识码：Q000000017 网站维护电话：0517-8000099\n")
    assert (c.address, c.phones) == (None, [])


# family: the browser's print header (date, time, title) and footer (URL, page n/N) are page
# chrome: the URL printed there is never the report's website, whatever label stands near it
@pytest.mark.parametrize("footer", [
    "https://www.qingshi.gov.cn/bhz/zwgk/ndbg/post_1024.html 2/2",
    "第 2 页，共 2 页 https://www.qingshi.gov.cn/bhz/zwgk/ndbg/post_1024.html",
    "https://www.qingshi.gov.cn/bhz/zwgk/ndbg/post_1024.html 2024/1/23 10:14",
])
def test_the_url_of_a_browsers_print_footer_is_no_website(footer):
    text, c = contact("六、其他需要报告的事项\n无。\n主办单位：青石县人民政府办公室\n"
                      "网站标识码：Q000000017 网站维护电话：0517-8000099\n" + footer + "\n")
    assert c.website is None


def test_the_website_the_report_names_is_read_beside_a_print_footer():
    text, c = contact("本报告电子版可在青石县人民政府网站（www.qingshi.gov.cn）查阅。\n"
                      "https://www.qingshi.gov.cn/bhz/zwgk/ndbg/post_1024.html 1/2\n"
                      "2024/1/23 10:14青石县白河镇2023年政府信息公开工作年度报告_青石县人民政府网\n")
    assert c.website == "www.qingshi.gov.cn"


# family: an address ends where the next contact label begins, whatever its family (网站 / 门户网站 /
# 网址 / 邮编 / 电话 / 传真 / 邮箱) and however many words it has, glued on without a separator;
# the address's own last word (室, 楼, 号) stays with it
@pytest.mark.parametrize("label", ["门户网站：www.qingshi.gov.cn", "政府网站：www.qingshi.gov.cn", "网站：www.qingshi.gov.cn",
                                   "网址：www.qingshi.gov.cn", "邮编：611000", "值班电话：0517-8000003", "电话：0517-8000003",
                                   "传真：0517-8000004", "联系邮箱：bhz@qingshi.gov.cn", "电子邮箱：bhz@qingshi.gov.cn"])
@pytest.mark.parametrize("address", ["青石县白河镇正街5号党政办公室", "青石县白河镇正街5号二楼", "青石县白河镇正街5号"])
def test_an_address_ends_where_a_glued_label_begins(label, address):
    text, c = contact("联系地址：" + address + label + "\n")
    assert c.address == address
    s, e = c.spans["address"]
    assert text[s:e] == address


# an address wrapped over a line, its postcode glued on after its number (…修文⏎街128号620010，):
# the address without the postcode, the postcode on its own
@pytest.mark.parametrize("body, address, postcode", [
    ("请与白河镇党政办公室联系。办公地址：青石县白河镇新\n街128号223100，联系电话：0517-8000005。",
     "青石县白河镇新街128号", "223100"),
    ("地址：青石县湖滨大道\n90号2楼223101；电话：0517-8000006", "青石县湖滨大道90号2楼", "223101"),
    ("通讯地址：青石县白河镇人民\n路6号院223102\n电子邮箱：bhz@163.com", "青石县白河镇人民路6号院", "223102"),
])
def test_a_wrapped_address_with_its_postcode_glued_on(body, address, postcode):
    text, c = contact(body)
    assert "".join(c.address.split()) == address
    assert c.postcode == postcode
    spans_hold(text, c, "address", address)


def test_a_wrapped_line_of_digits_after_an_address_is_no_postcode():
    text, c = contact("地址：青石县湖滨大道\n90号1234567；电话：0517-8000006")
    assert c.postcode is None
