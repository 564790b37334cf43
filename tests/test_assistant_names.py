"""Where a question's level words lie (assistant/names.inside_level_words): no place starts inside one."""
import pytest

@pytest.mark.parametrize("text", ["街道办有哪些", "乡镇街道都算的县级以下报告", "区县的乡镇和街道", "浙江的报告", ""])
def test_inside_level_words_marks_every_inner_position_of_every_level_word(text):
    # what it finds, as a regex over each level word would (it reads them with str.find: the
    # hundreds of level words, each compiled, overflowed re's cache and cost ~10 ms a question)
    import re
    from assistant.names import inside_level_words
    from assistant.vocab import level_words
    want = {i for w in level_words() if len(w) >= 2 for m in re.finditer(re.escape(w), text)
            for i in range(m.start() + 1, m.end())}
    assert inside_level_words(text) == want
