import pytest

from extractor.numbers import Number, is_blank_mark, parse_cell, parse_chinese_numeral, parse_count


@pytest.mark.parametrize("raw, expected", [
    ("0", Number(0, None)), (" 12 ", Number(12, None)), ("１２", Number(12, None)),
    ("增15", Number(15, None)), ("+15", Number(15, None)), ("减4", Number(-4, None)),
    ("-4", Number(-4, None)), ("－4", Number(-4, None)), ("1,234", Number(1234, None)),
    ("1768.91万元", Number(1768.91, "万元")), ("3件", Number(3, "件")), ("1 768", Number(1768, None)),
    # a report in traditional characters prints its units so (72.3萬元, 減4, 5個)
    ("72.3萬元", Number(72.3, "万元")), ("減4", Number(-4, None)), ("5個", Number(5, "个")),
    ("1.2億元", Number(1.2, "亿元")),
])
def test_parse_cell(raw, expected):
    assert parse_cell(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("251000元", Number(25.1, "万元")), ("1768.91万元", Number(1768.91, "万元")),
    ("20.3", Number(20.3, "万元")), ("1.2亿元", Number(12000, "万元")),
])
def test_parse_cell_amounts_in_wan(raw, expected):
    assert parse_cell(raw, to_wan=True) == expected


@pytest.mark.parametrize("raw", ["", "规章", "2020年", "0件以上", "12a"])
def test_parse_cell_rejects_text(raw):
    assert parse_cell(raw) is None


@pytest.mark.parametrize("raw", ["", "—", "/", " - ", "无"])
def test_blank_marks(raw):
    assert is_blank_mark(raw)


@pytest.mark.parametrize("s, n", [("三", 3), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两万", 20000),
                                  ("十", 10), ("三千二百", 3200),
                                  # a last digit after a unit counts in the next lower unit
                                  ("一万二", 12000), ("三千五", 3500), ("一百二", 120),
                                  ("一百零二", 102), ("一万零二", 10002), ("两千零五十", 2050),
                                  # a digit string counts nothing
                                  ("一二", None), ("二〇二一", None)])
def test_chinese_numerals(s, n):
    assert parse_chinese_numeral(s) == n


def test_parse_count():
    assert parse_count("１５５") == 155
    assert parse_count("十二") == 12
    assert parse_count("条") is None
