"""Page chrome between the lines of a sentence (family: a PDF's text pasted with its page furniture:
a page mark and the running header printed with it fall where a page ended, inside a sentence).
The figure or fact is read as if the chrome were not there; its span stays in the text as given.
Sentences written here, in the page-mark styles printed reports use. The one chrome detector is
``page_chrome`` (its lines, the blocks a sentence runs on across); the figures read across those
``narrative_lex.chrome_breaks`` keeps, by ``narrative_figures.mend_breaks``' kept offsets."""
import re

import pytest

from extractor.document import Document, is_page_mark
from extractor.narrative import extract_narrative
from extractor.narrative_figures import figures
from extractor.narrative_lex import chrome_breaks, unwrapped
from extractor.page_chrome import chrome_drops, sentence_breaks

_TITLE = "某县某镇2023年政府信息公开工作年度报告"
_PORTAL = "某县人民政府门户网站 www.mx.gov.cn"


def _report(body: str) -> str:
    return _TITLE + "\n一、总体情况\n" + body + "\n二、主动公开政府信息情况（详见附表）\n"


def _fig(text: str, key: str):
    return next((f for f in figures(text, "township", 2023) if f.key == key), None)


# a sentence broken at a page end: (text with '|' where the chrome goes, chrome lines)
@pytest.mark.parametrize("chrome", [
    # page mark then the report's title as running header (printed on every page: twice here)
    ["第 1 页 共 3 页", _TITLE],
    # a dash footer and the host portal's name, printed once (a report of two pages)
    ["- 1 -", _PORTAL],
    # an em-dash footer alone
    ["—2—"],
    ["— 2 —"],
    # a slash footer and the portal
    ["第1页/共3页", "某县人民政府门户网站"],
    # a footer with the page only, a header naming the annual report
    ["第2页", "某县人民政府 2023年度乡镇政府信息公开年报"],
    # a bare page number is a page mark next to a running header
    ["3", "某县人民政府信息公开平台"],
])
def test_a_count_split_from_its_words_by_a_page_end_is_read(chrome):
    text = _report("（一）主动公开情况。全年主动公开政府信息386条，“某镇发布”微信公众号发布信息\n"
                   + "\n".join(chrome) + "\n312条，村务公开栏公示信息74条。")
    f = _fig(text, "n.wechat_posts")
    assert f is not None and f.value == 312
    assert text[f.span[0]:f.span[1]] == f.raw == "312条"


@pytest.mark.parametrize("chrome", [["第 1 页 共 2 页", _PORTAL], ["- 3 -"], ["第3页/共5页", _TITLE]])
def test_a_number_split_by_a_page_end_is_one_number(chrome):
    text = _report("2023年，我镇累计主动公开政府信息3\n" + "\n".join(chrome) + "\n87条，其中网站公开152条。")
    f = _fig(text, "n.active_published")
    assert f.value == 387
    # the span runs over the chrome, in the text as given
    assert text[f.span[0]:f.span[1]] == f.raw and f.raw.startswith("3\n") and f.raw.endswith("87条")


def test_an_application_count_split_by_a_page_end_blank_lines_around_the_chrome():
    text = _report("（二）依申请公开情况。本年度共收到政府信息公开\n\n— 2 —\n\n" + _TITLE
                   + "\n\n申请5件，均已按时答复。")
    assert _fig(text, "n.requests_received").value == 5


def test_a_running_header_printed_above_the_page_mark():
    # a header printed twice, before the mark (a footer line over the page number)
    text = _report("政务公开各项工作。全年通过政府网站主动公开政府\n" + _TITLE + "\n第 1 页\n信息1,046条，较上年有所增加。\n"
                   "三、收到和处理政府信息公开申请情况\n" + _TITLE + "\n第 2 页\n（详见附表）")
    assert _fig(text, "n.active_published").value == 1046


def test_an_office_split_by_a_page_end_is_read_whole():
    text = _report("镇党委副书记、镇长为第一责任人，镇党政综合\n第 1 页 共 2 页\n" + _TITLE
                   + "\n办公室具体承担政府信息公开日常工作。")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    offices = [f for f in facts if f.kind == "responsible_office"]
    assert [f.value for f in offices] == ["镇党政综合办公室"]
    s, e = offices[0].span
    assert text[s:e].startswith("镇党政综合\n第 1 页") and text[s:e].endswith("办公室")


def test_unwrapped_text_has_no_chrome_and_points_into_the_text():
    text = _report("在镇便民服务中心设立政务公开查阅点，方便群众\n- 2 -\n" + _PORTAL + "\n查阅政府信息。")
    plain, at = unwrapped(text)
    assert "方便群众查阅政府信息。" in plain
    i = plain.index("查阅政府信息")
    assert text[at[i]:at[i] + 6] == "查阅政府信息"


# ---------------------------------------------------------------- what is no chrome inside a sentence
@pytest.mark.parametrize("text", [
    # between two sentences: the line before ends with a stop
    _report("全年主动公开政府信息386条。\n第 1 页 共 2 页\n" + _TITLE + "\n全年收到申请2件。"),
    # a heading standing on its own line before the chrome, items after it
    _report("三是政策解读数量偏少。\n（二）改进措施\n- 2 -\n一是建立专栏月通报制度；二是加强督查指导。"),
    _report("五、存在的主要问题及改进情况\n存在问题\n第 2 页 共 3 页\n" + _TITLE + "\n工作人员业务能力有待提高。"),
    # the line after opens a numbered part
    _report("（一）存在问题\n第 1 页 共 2 页\n" + _TITLE + "\n1.政策解读不够及时。"),
    # a flattened table's values: the line after holds no words
    _report("本年新收政府信息公开申请数量\n第 2 页\n" + _TITLE + "\n5\n0\n3"),
    # a lone number without a running header is a value, no page number
    _report("政府信息公开申请情况\n3\n自然人申请"),
    # at the text's end
    _report("无。") + "第 3 页 共 3 页\n",
])
def test_no_chrome_inside_a_sentence(text):
    assert chrome_breaks(text) == []


def test_a_line_of_prose_is_no_running_header():
    # the line after the mark has no punctuation and no header word, and is printed once: it is
    # the sentence's own text and stays
    text = _report("全年主动公开政府信息386条，“某镇发布”微信公众号推送\n第 1 页 共 2 页\n惠农政策宣传信息共计\n126条。")
    (s, e), = chrome_breaks(text)
    assert text[e:].startswith("惠农政策宣传信息共计")
    # a line before the mark ending with a header word but printed once is prose too
    text = _report("2023年，全年通过某县人民政府门户网站\n第 1 页 共 2 页\n" + _TITLE + "\n主动公开政府信息212条。")
    (s, e), = chrome_breaks(text)
    assert text[:s].endswith("某县人民政府门户网站")
    assert _fig(text, "n.active_published").value == 212


def test_two_numbers_either_side_of_a_page_mark_stay_two():
    # the digits after the chrome do not run into words, or those before do not follow words:
    # two values, no number broken in prose
    for before, after in (("收到申请2", "12 3件，办结"), ("收到申请 2", "12件，办结"), ("收到申请2", "12")):
        text = _report(before + "\n第 1 页 共 2 页\n" + _TITLE + "\n" + after)
        assert chrome_breaks(text) == [], (before, after)


def test_page_marks_in_every_style():
    for mark in ("第 3 页 共 7 页", "第3页/共7页", "第3页，共7页", "- 3 -", "—3—", "— 3 —", "第3页", "Page 3 of 7"):
        assert is_page_mark(mark), mark
    assert not is_page_mark("3")


def test_sentence_breaks_give_the_span_between_the_lines_of_text():
    text = "网站公开386条，公众号发布信息  \n  第 1 页 共 2 页\n" + _PORTAL + "\n  312条。"
    (s, e), = sentence_breaks(text)
    assert text[:s] == "网站公开386条，公众号发布信息" and text[e:] == "312条。"
    assert re.fullmatch(r"\s*第 1 页 共 2 页\n.*\n\s*", text[s:e])
    # the same block the facts' reader drops (without_chrome), only widened to the text around
    (ds, de), = chrome_drops(text)
    assert s <= ds and de <= e


def test_chrome_breaks_are_sentence_breaks_between_words():
    text = _report("全年主动公开政府信息386条，“某镇发布”微信公众号发布信息\n第 1 页 共 2 页\n" + _TITLE + "\n312条。")
    assert chrome_breaks(text) == sentence_breaks(text) != []


@pytest.mark.parametrize("before, after", [("2023年，我镇共收到申请2", "12件，办结"), ("全年，公开信息1,0", "46条，其中"),
                                           ("依托“某镇发布”公众号，发布信息3", "87篇，阅读量较大。")])
def test_a_number_split_by_a_page_end_runs_on_for_the_facts_too(before, after):
    text = _report(before + "\n- 2 -\n" + _PORTAL + "\n" + after)
    plain, at = unwrapped(text)
    assert before + after in plain
    i = plain.index(before + after) + len(before)
    assert text[at[i]:].startswith(after) and text[at[i - 1]] == before[-1]


def test_a_heading_before_a_page_mark_is_never_joined_for_the_figures():
    # (meta_blind24's trap: a bare heading, a page mark, the items)
    for heading in ("（二）改进措施", "二、改进措施", "改进措施", "（一）存在问题"):
        text = _report("三是政策解读数量偏少。\n" + heading + "\n- 2 -\n一是建立专栏月通报制度；二是加强督查指导。")
        assert chrome_breaks(text) == [], heading
        plain, _ = unwrapped(text)
        assert heading + "一是" not in plain, heading


# ---------------------------------------------------------------- session 15: the title block as header
# A PDF whose running header repeats the title block (the organ's name, the report's title) on
# every page, its page marks lost in copying: the header's lines stand again between the
# paragraphs below. They are chrome; the title at the top, a portal's title printed twice at
# the top, and the organ's name signing the report above its date are not.
_ORGAN = "某某经济技术开发区管理委员会"
_YEAR_TITLE = "2022年政府信息公开工作年度报告"


def _titled(body: str, tail: str = "六、其他需要报告的事项\n无。\n") -> str:
    return (f"{_ORGAN}\n{_YEAR_TITLE}\n根据《条例》要求，编制本报告。\n{_ORGAN}\n一、总体情况\n"
            f"{body}\n{_YEAR_TITLE}\n五、存在的主要问题及改进情况\n"
            f"1.公开栏更新不及时，将建立月度检查制度；\n2.解读形式较为单一，将更多运用图解。\n{_ORGAN}\n{tail}")


def _chrome(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in chrome_drops(text)]


def test_the_title_blocks_lines_between_paragraphs_are_chrome():
    text = _titled("全年主动公开信息36条。")
    assert _chrome(text) == [_ORGAN, _YEAR_TITLE, _ORGAN]
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert [f.text for f in facts if f.kind == "remedy"] == ["将建立月度检查制度", "将更多运用图解"]


def test_a_sentence_broken_by_the_repeated_title_runs_on():
    text = _titled("平台建设方面，在\n" + _ORGAN + "\n政务服务大厅设置查阅点。")
    facts, _ = extract_narrative(Document(path="t.txt", format="txt", text=text, sha256=""))
    assert {f.value for f in facts if f.kind == "channel"} == {"service_hall", "reading_room"}


@pytest.mark.parametrize("text", [
    # a portal's title printed twice at the top (the page's title and its heading)
    f"{_YEAR_TITLE}\n{_YEAR_TITLE}\n根据《条例》要求，编制本报告。\n一、总体情况\n全年主动公开信息36条。\n",
    # the organ's name signing the report above its date, after 六
    f"{_ORGAN}\n{_YEAR_TITLE}\n根据《条例》要求，编制本报告。\n一、总体情况\n全年主动公开信息36条。\n"
    f"六、其他需要报告的事项\n无。\n{_ORGAN}\n2023年1月20日\n",
    # a link bar with a colon above the title: the title is no repeat of it
    f"某县人民政府\n部门网站：某县财政局某县教育局\n{_YEAR_TITLE}\n根据《条例》要求，编制本报告。\n一、总体情况\n无。\n",
])
def test_the_title_at_the_top_and_the_signature_are_no_chrome(text):
    assert _chrome(text) == []
# family: a page a browser printed to PDF carries the browser's own header (the date and time
# with the page's title, or the title with the date or URL) and footer (the URL with the page
# count, or the page count with the date) on every page: page chrome, never a report's value
_PAGE = "某县某镇2023年政府信息公开工作年度报告_某县人民政府网"
_URL = "https://www.mx.gov.cn/zwgk/ndbg/content/post_1024.html"


@pytest.mark.parametrize("header, footer", [
    # Chromium (zh-CN): date and time glued to the title; URL with n/N
    (f"2024/1/23 10:14{_PAGE}", f"{_URL} 1/2"),
    # Chromium (en-US): 1/23/24, 10:14 AM; the footer's count first
    (f"1/23/24, 10:14 AM {_PAGE}", f"1/2 {_URL}"),
    # Firefox: the title then the URL; the page count in words and the date
    (f"{_PAGE} {_URL}", "第 1 页，共 2 页 2024/1/23 10:14"),
    (f"{_PAGE} {_URL}", "1 of 2 2024-01-23 10:14"),
    # Safari / IE: the title then the date; the URL with the date
    (f"{_PAGE} 2024年1月23日 10:14", f"{_URL} 2024/1/23"),
    (f"{_PAGE} 2024年1月23日 下午3:05", f"Page 1 of 2 2024/1/23 15:05"),
])
def test_a_browsers_print_header_and_footer_are_page_chrome(header, footer):
    from extractor.page_chrome import chrome_lines, print_chrome_lines
    body = "一、总体情况\n本年度共收到申请12件，\n"
    text = f"{header}\n{_TITLE}\n{body}{footer}\n{header}\n办结12件。\n{footer.replace('1', '2', 1)}\n"
    got = [text[s:e].strip() for s, e in print_chrome_lines(text)]
    assert got == [header, footer, header, footer.replace("1", "2", 1)]
    assert {text[s:e].strip() for s, e in chrome_lines(text)} >= set(got)


@pytest.mark.parametrize("line", [
    # prose with a URL in brackets, a labelled URL, a 发布时间 line, a table's fractions
    "本报告可在县政府网站（http://www.mx.gov.cn）查阅",
    "网址：https://www.mx.gov.cn/zwgk/index.html",
    "发布时间：2024-01-22 10:14 来源：某县某镇人民政府",
    "12/3 4/5",
    "2024年1月22日",
])
def test_a_line_of_the_report_is_no_print_chrome(line):
    from extractor.page_chrome import print_chrome_lines
    text = f"{line}\n{_TITLE}\n一、总体情况\n{line}\n本年度共收到申请12件。\n"
    assert print_chrome_lines(text) == []


# a footer that prints words with the page mark (family: a DOCX's footer printed to PDF):
# the office or the report at one end of the line, the page mark at the other
@pytest.mark.parametrize("footer", [
    "某县人民政府办公室印发 第{n}页",
    "某县人民政府办公室印发第{n}页",
    "某县政务公开办公室 第 {n} 页 共 4 页",
    "某镇2023年政府信息公开年报 — {n} —",
    "某县政务公开办公室 -{n}-",
    "某县政务公开办公室 共4页 第{n}页",
    "第{n}页 某县政务公开办公室",
])
def test_a_footer_with_words_is_page_chrome(footer):
    from extractor.page_chrome import chrome_lines, without_chrome
    text = _report("全年主动公开政府信息386条，其中政策文件12条。\n" + footer.format(n=1) + "\n" + _TITLE
                   + "\n一是组织开展依申请公开专题培训，提升依法答\n" + footer.format(n=2) + "\n" + _TITLE
                   + "\n复水平。二是加强督查指导。")
    got = {text[s:e].strip() for s, e in chrome_lines(text)}
    assert {footer.format(n=1), footer.format(n=2)} <= got
    assert "提升依法答复水平。" in without_chrome(text)[0]


def test_a_footer_with_words_printed_once_names_the_report():
    from extractor.page_chrome import chrome_lines
    footer = "某镇政府信息公开工作年度报告 第1页"
    text = _report("全年主动公开政府信息386条，其中政策文件\n" + footer + "\n12条。")
    assert footer in {text[s:e].strip() for s, e in chrome_lines(text)}


@pytest.mark.parametrize("line", [
    # prose that ends with a page reference: clause punctuation, or printed once without a
    # header's words
    "详见《某县政务公开手册》，第3页",
    "具体内容详见附件第3页",
    # numbers with dashes inside words are no page mark
    "规划期为2021-2035年",
])
def test_a_line_ending_in_a_page_reference_is_no_footer(line):
    from extractor.page_chrome import chrome_lines
    text = _report("全年主动公开政府信息386条。\n" + line + "\n全年收到申请2件。")
    assert chrome_lines(text) == []
