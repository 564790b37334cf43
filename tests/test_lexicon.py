"""Every lexicon loads, and a reviewer's new row is picked up without touching code."""
from __future__ import annotations

import shutil

import pytest

from extractor import narrative
from extractor.lexicon import LEXICON_DIR, LexiconError, load
from extractor.record import CHANNELS, LEVELS

SCHEMAS = {
    "sections": (("number", "title"), ("title",)),
    "channels": (("alias", "channel"), ("alias",)),
    "posts": (("post",), ("post",)),
    "offices": (("suffix",), ("suffix",)),
    "levels": (("match", "pattern", "level"), ("match", "pattern")),
    "regions": (("name", "rank"), ("name",)),
    "area_codes": (("code", "province"), ("code",)),
    "postcode_prefixes": (("prefix", "province"), ("prefix",)),
    "cues": (("role", "cue"), ("role", "cue")),
    "figures": (("key", "pattern"), ("key", "pattern")),
    "organ_abbreviations": (("full", "short"), ("full", "short")),
    "provinces": (("name", "short"), ("name",)),
    "search_words": (("word", "role"), ("word",)),
    "display_labels": (("concept", "key", "display"), ("concept", "key")),
    "display_warnings": (("pattern", "display"), ()),
    "question_typos": (("typed", "word"), ("typed",)),
    "question_channel_groups": (("word", "channels"), ("word",)),
    "question_inventory": (("word", "role"), ("role", "word")),
    "question_all_zero": (("word", "role"), ("role", "word")),
    "question_each": (("word", "role", "value"), ("word",)),
    "question_sum_words": (("word", "role"), ("role", "word")),
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_lexicon_loads(name):
    required, unique = SCHEMAS[name]
    assert load(name, required=required, unique=unique)


def test_values_are_in_the_contract():
    for r in load("channels", required=("alias", "channel")):
        assert set(r["channel"].split(",")) <= set(CHANNELS), r
    for r in load("levels", required=("match", "pattern", "level")):
        assert r["level"] in LEVELS + ("gov", "dept", "body", "none"), r
    assert {int(r["number"]) for r in load("sections", required=("number", "title"))} == set(range(1, 7))
    shown = {(r["concept"], r["key"]) for r in load("display_labels", required=("concept", "key", "display"))}
    assert {k for c, k in shown if c == "level"} == set(LEVELS)
    assert {k for c, k in shown if c == "channel"} == set(CHANNELS)


def test_adding_a_channel_alias_is_picked_up(tmp_path):
    shutil.copy(LEXICON_DIR / "channels.tsv", tmp_path / "channels.tsv")
    text = "通过云上政务号发布信息。"
    table, _ = narrative.channel_table(str(tmp_path))
    assert not narrative.channels(text, [(0, len(text))], str(tmp_path))
    with open(tmp_path / "channels.tsv", "a", encoding="utf-8") as f:
        f.write("云上政务号\tapp\n")
    load.cache_clear()
    facts = narrative.channels(text, [(0, len(text))], str(tmp_path))
    assert [(f.value, f.text) for f in facts] == [("app", "云上政务号")]


def test_duplicate_alias_fails_like_a_compiler(tmp_path):
    (tmp_path / "channels.tsv").write_text("alias\tchannel\n微信\twechat\n微信\tweibo\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"lexicons/channels.tsv:3: duplicate alias '微信'"):
        load("channels", required=("alias", "channel"), unique=("alias",), directory=str(tmp_path))


def test_unknown_channel_value_is_an_error(tmp_path):
    (tmp_path / "channels.tsv").write_text("alias\tchannel\n传真\tfax\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown channel fax"):
        narrative.channel_table(str(tmp_path))
