"""Damaged values (extractor/damage.py and the contact reading through it): full-width forms,
dash variants, spaces, line ends and &nbsp; inside a phone, [at] for @, spaces inside an
address's words, doubled heading commas. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractor.damage import email_value, fold, phone_digits, url_value, word_value
from extractor.metadata import contact_of
from extractor.sections import find_sections

HEAD = "青石县白河镇2023年政府信息公开工作年度报告\n"


def contact(body: str):
    text = HEAD + body
    return text, contact_of(text, None)


# ------------------------------------------------------------- phones broken by damage
@pytest.mark.parametrize("body, phones", [
    ("联系电话：0570- 4 612 318\n", ["0570-4612318"]),            # spaces anywhere in the digits
    ("联系电话：0 5 7 0 4 6 1 2 3 1 8\n", ["0570 4612318"]),       # a space after every digit
    ("联系电话：0394——3218 607\n", ["0394-3218607"]),              # a doubled dash
    ("联系电话：0932－5112 376\n", ["0932-5112376"]),              # a full-width hyphen
    ("联系电话：022 — 2835 6617\n", ["022-28356617"]),             # a dash with spaces
    ("联系电话：0719—6\n681 024\n", ["0719-6681024"]),             # a line end inside the number
    ("联系电话：024-2\n2700 416\n地址：某市某路38号\n", ["024-22700416"]),
    ("联系电话：０９９４－２５４１６０８\n", ["0994-2541608"]),    # full-width digits
    ("联系电话：0470-3 2 2 4 5 1 9\n电子邮箱：a@163.com\n", ["0470-3224519"]),
    ("电话：0512–6523 8810地址：某市某路8号\n", ["0512-65238810"]),  # an en dash, the next label glued on
])
def test_a_damaged_phone_reads_as_one_number(body, phones):
    text, c = contact(body)
    assert c.phones == phones
    s, e = c.spans["phones.0"]
    assert phone_digits(text[s:e]).replace(" ", "") == phones[0].replace(" ", "")


@pytest.mark.parametrize("body, phones", [
    # two numbers side by side stay two
    ("联系电话：0570-4612318 0570-4612319\n", ["0570-4612318", "0570-4612319"]),
    ("联系电话：0570—461 2318、0570—461 2319\n", ["0570-4612318", "0570-4612319"]),
    # a year or a document number next to a phone is no part of it
    ("联系电话：0570-4612318 2023年\n", ["0570-4612318"]),
    ("依据青政办〔2021〕30号文件。联系电话：0570-4 612 318\n", ["0570-4612318"]),
    # a digit missing: destroyed, never guessed
    ("联系电话：0551-653214\n", []),
    ("联系电话：0551- 65 3214\n", []),
])
def test_damage_never_joins_two_numbers_or_guesses_one(body, phones):
    assert contact(body)[1].phones == phones


def test_fold_maps_every_character_back_to_the_source():
    text = "电话：0570- 4 612 318；邮箱：ab[at]163.com"
    f = fold(text)
    assert f.text == "电话：0570-4612318；邮箱：ab@163.com"
    s = f.text.index("0570")
    assert text[slice(*f.src(s, s + len("0570-4612318")))] == "0570- 4 612 318"
    s = f.text.index("ab@")
    assert text[slice(*f.src(s, s + len("ab@163.com")))] == "ab[at]163.com"


@pytest.mark.parametrize("raw, value", [
    ("0571—8612 3456", "0571-86123456"),
    ("０５３５－１２３４５６７", "0535-1234567"),
    ("0535 6212345", "0535 6212345"),
    ("0535一1234567", "0535-1234567"),
])
def test_phone_digits(raw, value):
    assert phone_digits(raw) == value


# ------------------------------------------------------------- e-mails, URLs, addresses
@pytest.mark.parametrize("body, email", [
    ("电子邮箱：zltwjw[at]163.com\n", "zltwjw@163.com"),
    ("电子邮箱：dcx＠163.com\n", "dcx@163.com"),
    ("电子邮箱：ｂｄｓｓ＠ｈｅｂ．ｃｏｍ\n", "bdss@heb.com"),
    ("电子邮箱：qh(at)126.com\n", "qh@126.com"),
])
def test_a_damaged_email(body, email):
    assert contact(body)[1].email == email


def test_values_of_damaged_forms():
    assert email_value("ab(AT)163.com") == "ab@163.com"
    assert url_value("ｈｔｔｐ：／／ｓｔｈ．ｂａｏｄｉｎｇ．ｇｏｖ．ｃｎ") == "http://sth.baoding.gov.cn"
    assert word_value("江山市凤林镇凤 林 大道 18 号") == "江山市凤林镇凤林大道18号"
    assert word_value("Tower A 5号") == "Tower A5号"


def test_a_url_in_full_width_letters():
    text, c = contact("本报告电子版可在网址：ｈｔｔｐ：／／ｗｗｗ．ｑｉｎｇｓｈｉ．ｇｏｖ．ｃｎ 查阅。\n")
    assert c.website == "http://www.qingshi.gov.cn"


@pytest.mark.parametrize("body, address", [
    ("联系地址：江山市凤林镇凤 林 大道 18 号\n联系电话：0570-4612318\n", "江山市凤林镇凤林大道18号"),
    ("地址：某县某镇某村王家大院\n路 9 号\n电话：0354-7651208\n", "某县某镇某村王家大院路9号"),
    ("地址：某县某镇正 街 6 号，邮编：030000\n", "某县某镇正街6号"),
    # a real line end before the next label still ends the address
    ("地址：某县某镇某村王家大院\n电话：0354-7651208\n", "某县某镇某村王家大院"),
    ("地址：某县某镇人民路9号\n联系人：王 科 长\n", "某县某镇人民路9号"),
])
def test_a_damaged_address(body, address):
    text, c = contact(body)
    assert c.address == address
    s, e = c.spans["address"]
    assert word_value(text[s:e]) == address


# ------------------------------------------------------------- headings
@pytest.mark.parametrize("heads", [
    ("一、、总体情况", "五、、存在的主要问题及改进情况"),
    ("—、总体情况", "五、存在的主要问题及改进情况"),
    ("一.总体情况", "五.存在的主要问题及改进情况"),
    ("一、、总体情况2022年，本镇", "五、、存在的主要问题及改进情况一是公开不及时"),
])
def test_damaged_headings_read_as_headings(heads):
    text = HEAD + heads[0] + "\n本年度工作平稳。\n" + heads[1] + "\n一是公开不够及时。\n"
    assert [s.number for s in find_sections(text)] == [1, 5]


# ------------------------------------------------------------- problems and plans, figures
def _facts(text: str, kind: str) -> list[str]:
    from extractor.document import Document
    from extractor.narrative import extract_narrative
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    return [f.text for f in facts if f.kind == kind]


_S1 = "一、总体情况\n本镇有序推进政务公开。\n二、主动公开政府信息情况\n（详见附表）\n"


@pytest.mark.parametrize("s5, problems", [
    # the heading's text runs into it (五、存在的主要问题及改进情况一是…)
    ("五、存在的主要问题及改进情况一是公开信息分类不够精细；二是公开载体利用不足。\n",
     ["公开信息分类不够精细", "公开载体利用不足"]),
    # 一 printed as a dash (—是)
    ("五、存在的主要问题及改进情况\n—是部分站所重视不够；二是公开内容结合不紧。\n",
     ["部分站所重视不够", "公开内容结合不紧"]),
    # …never a doubled dash (——是 is a dash and a verb)
    ("五、存在的主要问题及改进情况\n公开的目标——是让群众看得懂。\n",
     ["公开的目标——是让群众看得懂"]),
])
def test_damaged_enumerations(s5, problems):
    assert _facts(_S1 + s5, "problem") == problems


@pytest.mark.parametrize("tail, remedies", [
    # a contact line right after the plans (地址：…, 电话：…) ends section 五
    ("问题：公开的及时性还有差距。\n措施：建立信息发布审核制度。\n地址：某县某镇滨海大道27号电话：0898-62773150\n",
     ["建立信息发布审核制度"]),
    ("问题：公开的及时性还有差距。\n措施：建立信息发布审核制度。\n电话：0898-62773150\n",
     ["建立信息发布审核制度"]),
])
def test_a_contact_line_ends_the_plans(tail, remedies):
    assert _facts(_S1 + "五、存在的主要问题及改进情况\n" + tail, "remedy") == remedies


@pytest.mark.parametrize("text, value", [
    ("全年在县政府网站主动公开政府信息1 1 2条。", 112),          # a space after each digit
    ("全年主动公开政府信息共计1, 036条，其中网站公开604条。", 1036),  # a space after a thousands comma
    ("全年在县政府网站主动公开政府信息13\n56条。", 1356),         # a line end inside it
    ("全年在县政府网站主动公开政府信息147条。", 147),
])
def test_a_damaged_figure(text, value):
    from extractor.narrative_figures import figures
    found = [f for f in figures(text, "township", 2024) if f.key == "n.active_published"]
    assert found and found[0].value == value
