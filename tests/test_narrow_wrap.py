"""Text pasted from a PDF wrapped in a narrow column (18–24 Chinese characters a line, fewer than
``WRAP_MIN``): the document's own wrap width, read from its prose lines, joins a word or a count
broken by a line end, as for wider wraps (family: hard-wrapped pastes at any width; meta_blind25
z015's shape, sentences written here)."""
import unicodedata

import pytest

from extractor.narrative_figures import mentions
from extractor.narrative_lex import unwrapped, wrap_columns

_BODY = ("2023年，镇政府坚持以公开为常态、不公开为例外，扎实推进政务公开各项工作。全年通过镇政府门户网站"
         "主动公开政府信息1568条，通过政务微信公众号发布信息742条。全年共收到政府信息公开申请17件，上年结转2件，"
         "办结19件。全年发生政府信息公开行政复议1件，行政诉讼0件。镇党政办公室具体承担政府信息公开日常工作，"
         "镇党委副书记、镇长为第一责任人。")


def _cols(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _wrap(text: str, chars: int) -> list[str]:
    """Wrapped as a PDF prints it: ``chars`` Chinese characters' width a line (a digit half of
    one), a comma or stop never opening a line (it hangs at the end of the one before)."""
    lines, line, w = [], "", 0
    for c in text:
        if w + _cols(c) > 2 * chars and c not in "，。、；：）”":
            lines.append(line)
            line, w = "", 0
        line += c
        w += _cols(c)
    return lines + [line]


def _wrapped(width: int) -> str:
    lines = _wrap(_BODY, width)
    return "某县某镇2023年政府信息公开工作年度报告\n一、总体情况\n" + "\n".join(lines) + "\n二、主动公开政府信息情况\n（详见附表）\n"


@pytest.mark.parametrize("width", [16, 18, 20, 22, 24])
def test_a_narrow_wrap_is_found_and_its_counts_read(width):
    text = _wrapped(width)
    assert wrap_columns(text) is not None
    got = {f.key: f.value for f in mentions(text, "township", 2023)}
    assert got["n.active_published"] == 1568
    assert got["n.wechat_posts"] == 742
    assert got["n.requests_received"] == 17
    assert got["n.review_cases"] == 1
    assert got["n.litigation_cases"] == 0


def test_words_broken_by_the_narrow_wrap_read_whole():
    plain, at = unwrapped(_wrapped(18))
    assert "镇党政办公室具体承担政府信息公开日常工作" in plain
    assert "镇党委副书记、镇长为第一责任人" in plain
    i = plain.index("第一责任人")
    assert _wrapped(18)[at[i]] == "第"   # offsets still point into the text as printed


def test_lines_of_many_widths_are_no_wrap():
    # a Word export's one-cell-per-line table and items of their own lengths: no width shared
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n3\n"
            "（一）进一步加强政策解读工作\n（二）持续优化政府网站栏目设置和内容\n（三）规范依申请公开办理流程\n")
    assert wrap_columns(text) is None
    assert unwrapped(text)[0] == text


def test_a_few_lines_of_one_width_are_no_wrap():
    # three headings that happen to be as wide as each other: too few to be a wrap
    text = "关于进一步做好镇级政务公开标准化工作\n关于进一步做好村级事务公开规范化工作\n关于进一步做好镇级财政预算决算公开\n正文。\n"
    assert wrap_columns(text) is None


def test_sentences_ending_on_their_line_are_never_joined():
    lines = [_BODY[i:i + 20] for i in range(0, 120, 20)]
    text = "一、总体情况\n" + "\n".join(lines) + "\n全年共收到申请3件。\n上年结转0件。\n"
    plain, _ = unwrapped(text)
    assert "申请3件。\n上年结转" in plain


def test_a_report_of_one_line_paragraphs_with_headings_of_one_width_is_no_wrap():
    # full-length reports (a PDF's text): headings and running headers of one width, each
    # paragraph on its own long line; a running header between two items stays apart
    paras = ["2023年，本局政务公开工作取得了一定成效，但也存在一些不足，主要表现在以下几个方面。",
             "第一，部分科室对新条例学习不够深入，对主动公开范围把握不准，信息报送不够及时。",
             "第二，依申请公开答复文书质量有待提升，个别答复告知理由不够充分，引用依据不够准确。",
             "某某经济技术开发区管委会政务公开",
             "第三，面向企业的政策解读针对性不强，解读材料与企业实际需求结合不够紧密。"]
    heads = ["五、存在的主要问题及改进情况", "（一）主动公开政府信息工作情况", "（二）依申请公开政府信息情况",
             "某某经济技术开发区管委会政务公开", "（三）政府信息资源规范化标准化", "某某经济技术开发区管委会政务公开"]
    text = "\n".join(heads[:3] + paras + heads[3:]) + "\n"
    assert wrap_columns(text) is None
    assert "政务公开\n第三，" in unwrapped(text)[0]
