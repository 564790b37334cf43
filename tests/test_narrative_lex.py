"""``narrative_lex.wrapped``: the one test of a line end that breaks a sentence of text wrapped at
a fixed width (used to mend words for the figures and to read a sentence over lines for
officials and offices)."""
import pytest

from extractor.narrative_lex import WRAP_MIN, wrapped

LONG = "本机关认真贯彻落实政府信息公开工作的各项部署要求并成立领导小组由分管"  # no stop at its end


def nl(text: str) -> int:
    return text.index("\n")


def test_the_long_line_is_long_enough():
    assert len(LONG) >= WRAP_MIN


@pytest.mark.parametrize("text", [
    LONG + "\n副局长任组长。",
    "　　" + LONG + "  \n　　副局长任组长。",             # indented, spaces before the line end
    LONG + "，\n办公室设在综合股。",                     # a comma at the end is no stop
    "全年共受理政府信息公开申请12件其中自然人提出的申请共计有10件法人提\n出2件。",
    # a numbered part's first line, wrapped like any other ((三)平台建设。依托…党群服务⏎中心)
    "一、" + LONG + "\n副局长任组长。",
    "（二）" + LONG + "\n副局长任组长。",
])
def test_a_long_line_that_stops_mid_sentence_was_wrapped(text):
    assert wrapped(text, nl(text))


@pytest.mark.parametrize("text", [
    LONG + "。\n副局长任组长。",                         # ends with a stop
    LONG[:WRAP_MIN - 1] + "\n副局长任组长。",            # too short to have been wrapped
    LONG + "\n（三）依申请公开情况",                     # the next line opens one
    LONG + "\n　　3. 政府信息管理",
    "主动公开政府信息数量\t" + LONG + "\n12",            # a table's row
    "| " + LONG + " | 5 |\n| 其他 | 0 |",
])
def test_a_line_end_that_ends_something_is_no_wrap(text):
    assert not wrapped(text, nl(text))


def test_a_line_wrapped_after_a_comma_is_joined_too():
    from extractor.narrative_lex import unwrapped
    text = LONG + "，\n办公室设在综合股。"
    plain, at = unwrapped(text)
    assert plain == LONG + "，办公室设在综合股。"
    assert len(at) == len(plain) + 1 and all(text[at[i]] == plain[i] for i in range(len(plain)))
