"""The assistant's vocabulary, loaded once per process from ``lexicons/``.

- ``lexicons/metrics.tsv``: what a figure question can ask for (keys, ratio, fallback, aliases).
- ``lexicons/question_levels.tsv``: level words (乡镇, 街道, 县直部门 …).
- ``lexicons/question_words.tsv``: comparison, aggregate, grouping, contact, channel, check …
  (and every alias of ``lexicons/channels.tsv`` as a channel word)
- ``lexicons/question_examples.tsv``: example questions, offered when a question is not understood.

``tokenizer()`` is the project's one jieba tokenizer (``extractor.nlp``) with every question
word of the lexicons added, once.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from extractor.lexicon import LexiconError, load

ROLES = ("cmp", "agg", "top", "group", "contact", "fact", "channel", "check", "coverage",
         "coverage_table", "text", "neg", "stated", "list", "noun", "yoy", "trend",
         "refer", "relyear", "share", "template", "polite", "column", "multiyear", "untold",
         "check_ok")


@dataclass(frozen=True)
class Metric:
    id: str
    label: str
    unit: str
    keys: tuple[str, ...]
    den: tuple[str, ...]
    fallback: tuple[str, ...]
    aliases: tuple[str, ...]
    any_part: bool = False   # parts=any: the sum of the keys stated, when one is

    @property
    def is_ratio(self) -> bool:
        return bool(self.den)

    def all_keys(self) -> tuple[str, ...]:
        out: list[str] = []
        for k in self.keys + self.den + self.fallback:
            if k not in out:
                out.append(k)
        return tuple(out)


def _split(s: str, sep: str = ",") -> tuple[str, ...]:
    return tuple(p.strip() for p in s.split(sep) if p.strip())


@lru_cache(maxsize=None)
def metrics() -> dict[str, Metric]:
    out: dict[str, Metric] = {}
    seen: dict[str, str] = {}
    for row in load("metrics", required=("metric", "label", "keys", "aliases"), unique=("metric",)):
        parts = row.get("parts", "")
        if parts not in ("", "any"):
            raise LexiconError(f"lexicons/metrics.tsv: '{row['metric']}': parts is '{parts}'; "
                               f"valid: empty (every key stated) or any")
        m = Metric(row["metric"], row["label"], row.get("unit", ""), _split(row["keys"]),
                   _split(row.get("den", "")), _split(row.get("fallback", "")),
                   _split(row["aliases"], "|"), parts == "any")
        for a in m.aliases:
            if a in seen:
                raise LexiconError(f"lexicons/metrics.tsv: alias '{a}' of '{m.id}' is already "
                                   f"an alias of '{seen[a]}'")
            seen[a] = m.id
        out[m.id] = m
    return out


_DERIVED: dict[str, Metric] = {}   # made on first use by share, sum_of and with_column


def metric(mid: str) -> Metric:
    """A metric of the lexicon, or one derived from them (``share``, ``sum_of``, ``with_column``)."""
    return _DERIVED[mid] if mid in _DERIVED else metrics()[mid]


def share(num: str, den: str) -> str:
    """The id of the ratio metric ``num`` / ``den`` (结转下年度 占 办理总计: one figure's share of
    another), kept apart from the lexicon's metrics."""
    mid = f"{num}/{den}"
    if mid not in _DERIVED:
        a, b = metric(num), metric(den)
        _DERIVED[mid] = Metric(mid, f"{a.label}占{b.label}的比例", "%", a.keys, b.keys, (), ())
    return mid


# a column word's columns (lexicons/question_words.tsv, role column) per table
COLUMNS = {
    "t3": {"natural": ("natural",), "commercial": ("commercial",), "research": ("research",),
           "ngo": ("ngo",), "legal": ("legal",), "other_org": ("other_org",),
           "legal_entities": ("commercial", "research", "ngo", "legal", "other_org")},
    "t4": {c: (c,) for c in ("upheld", "corrected", "other", "pending")},
    "t2": {c: (c,) for c in ("made", "repealed", "in_force")},
}
_COLUMN_NAMES = {"natural": "自然人", "commercial": "商业企业", "research": "科研机构",
                 "ngo": "社会公益组织", "legal": "法律服务机构", "other_org": "其他组织",
                 "legal_entities": "法人或其他组织", "upheld": "结果维持", "corrected": "结果纠正",
                 "other": "其他结果", "pending": "尚未审结", "made": "本年制发",
                 "repealed": "本年废止", "in_force": "现行有效"}
_COLUMN_OF = {"t3": ("total",), "t4": ("total", "upheld", "corrected", "other", "pending"),
              "t2": ("made", "repealed", "in_force", "new_made")}


def sum_of(mids) -> str | None:
    """The id of the metric adding several (新收 加上 上年结转); None when their units differ or
    one is a ratio."""
    ms = [metric(m) for m in mids]
    if len({m.unit for m in ms}) > 1 or any(m.den for m in ms):
        return None
    out = "+".join(m.id for m in ms)
    if out not in _DERIVED:
        keys = tuple(dict.fromkeys(k for m in ms for k in m.keys))
        # the narrative figures when the tables are not all stated, if each has one
        fallback = tuple(k for m in ms for k in m.fallback) if all(m.fallback for m in ms) else ()
        _DERIVED[out] = Metric(out, "与".join(m.label for m in ms) + "之和", ms[0].unit, keys,
                              (), fallback, ())
    return out


def with_column(mid: str, column: str) -> str | None:
    """The metric ``mid`` read in another column of its table (收到申请 of 自然人: the
    t3.new_received.natural cell; 行政诉讼 尚未审结; 规范性文件 现行有效), made on first use
    None when the column is not one of the metric's table."""
    base = metric(mid.split("@")[0])
    keys, many = [], False
    for k in base.keys:
        table, *_, col = k.split(".")
        cols = COLUMNS.get(table, {}).get(column)
        if not cols or col not in _COLUMN_OF[table] or base.den:
            return None
        keys.extend(k[: -len(col)] + c for c in cols)
        many = many or len(cols) > 1
    out = f"{base.id}@{column}"
    if out not in _DERIVED:
        # several columns (法人或其他组织: five) are summed as a group's rows are: those stated
        _DERIVED[out] = Metric(out, f"{base.label}（{_COLUMN_NAMES[column]}）", base.unit,
                               tuple(dict.fromkeys(keys)), (), (), (), base.any_part or many)
    return out


def parent(mid: str) -> str | None:
    """The metric of the total a one-key figure is part of: a column of a table 4 group
    (t4.review.upheld) in the group's total (t4.review.total); a result row of table 3
    (t3.granted.total) in 办理结果总计 (t3.total.total). None otherwise."""
    m = metric(mid)
    if len(m.keys) != 1 or m.den:
        return None
    parts = m.keys[0].split(".")
    if parts[0] == "t4" and len(parts) == 3 and parts[2] != "total":
        whole = f"t4.{parts[1]}.total"
    elif parts[0] == "t3" and parts[-1] == "total" and parts[1] not in (
            "new_received", "carried_over", "total", "carried_forward"):
        whole = "t3.total.total"
    else:
        return None
    return next((x.id for x in metrics().values() if x.keys == (whole,) and not x.den), None)


@lru_cache(maxsize=None)
def metric_aliases() -> dict[str, str]:
    """alias -> metric id."""
    return {a: m.id for m in metrics().values() for a in m.aliases}


@lru_cache(maxsize=None)
def level_words() -> dict[str, tuple[str, ...]]:
    from extractor.record import LEVELS
    out = {}
    for no, row in enumerate(load("question_levels", required=("word", "levels"),
                                  unique=("word",)), 1):
        levels = _split(row["levels"])
        bad = [lv for lv in levels if lv not in LEVELS]
        if bad:
            raise LexiconError(f"lexicons/question_levels.tsv: '{row['word']}': unknown level "
                               f"'{bad[0]}'; valid levels: {', '.join(LEVELS)}")
        out[row["word"]] = levels
    return out


@lru_cache(maxsize=None)
def words() -> dict[str, tuple[str, str]]:
    """word -> (role, value)."""
    out = {}
    for row in load("question_words", required=("word", "role", "value"), unique=("word",)):
        if row["role"] not in ROLES:
            raise LexiconError(f"lexicons/question_words.tsv: '{row['word']}': unknown role "
                               f"'{row['role']}'; valid roles: {', '.join(ROLES)}")
        out[row["word"]] = (row["role"], row["value"])
    # every channel word of the reports (lexicons/channels.tsv) names that channel here too
    for row in load("channels", required=("alias", "channel")):
        alias, channel = row["alias"], row["channel"]
        if len(alias) >= 2 and not row.get("ignore"):   # 两微: wechat,weibo (any of them)
            out.setdefault(alias, ("channel", channel))
    for word, channels in channel_groups().items():   # 政务新媒体: any new-media channel
        out.setdefault(word, ("channel", channels))
    for word, channel in channel_labels().items():   # 政务客户端: the channel's own name
        out.setdefault(word, ("channel", channel))
    return out


@lru_cache(maxsize=None)
def channel_labels() -> dict[str, str]:
    """word -> channel: the channel's own name in the one registry of what a reviewer reads
    (lexicons/display_labels.tsv, concept channel: 政务客户端, 视频号、短视频 each), a channel word of
    questions too."""
    from store.labels import keys_of, label
    return {w: key for key in keys_of("channel") if key != "other"   # 其他渠道: no channel to name
            for w in label("channel", key).split("、")}


@lru_cache(maxsize=None)
def channel_names() -> dict[str, str]:
    """word -> the one channel a question's word names in full (rule channel_named): the rows of
    lexicons/question_channel_groups.tsv with one channel (政务微博, 微信公众号, 政务服务APP). After
    提到 such a word is the channel, never the phrase: a report printing 微博 has the channel
    政务微博 names. (A channel word narrower than its channel, 新闻发布会 or 抖音, stays the phrase.)"""
    return {w: c for w, c in channel_groups().items() if "," not in c}


@lru_cache(maxsize=None)
def channel_groups() -> dict[str, str]:
    """word -> its channels, comma-separated (lexicons/question_channel_groups.tsv; rule
    channel_group); a channel outside the contract fails like a compiler."""
    from extractor.record import CHANNELS
    out = {}
    for row in load("question_channel_groups", required=("word", "channels"), unique=("word",)):
        bad = [c for c in row["channels"].split(",") if c not in CHANNELS]
        if bad:
            raise LexiconError(f"lexicons/question_channel_groups.tsv: '{row['word']}': unknown channel "
                               f"'{bad[0]}'; valid: {', '.join(CHANNELS)}")
        out[row["word"]] = row["channels"]
    return out


def channel_metric(channel: str | None) -> str | None:
    """The metric counting what one channel published (wechat -> n.wechat_posts), if any."""
    if not channel:
        return None
    hits = [m.id for m in metrics().values()
            if not m.is_ratio and any(k.startswith(f"n.{channel}_") for k in m.keys)]
    return hits[0] if len(hits) == 1 else None


def website_words() -> tuple[str, ...]:
    """Words of the portal channel that, after one named organ, ask for its website."""
    return tuple(w for w, (role, value) in words().items()
                 if role == "channel" and value == "portal" and "网" in w) + ("网址",)


@lru_cache(maxsize=None)
def examples() -> tuple[tuple[str, str], ...]:
    return tuple((r["question"], r.get("kind", "")) for r in
                 load("question_examples", required=("question",), unique=("question",)))


@lru_cache(maxsize=None)
def tokenizer():
    """The project's one jieba tokenizer (extractor.nlp), with every question word of the
    lexicons in its dictionary (added once)."""
    from extractor import nlp

    # (a filler's words are matched on the text, never cut into: 区里 in the dictionary cut
    # 新区里 / 开发区里 as 新 / 区里, and the kind before it went unread)
    nlp.add_words(set(metric_aliases()) | set(level_words())
                  | {w for w, (role, _) in words().items() if role != "polite"})
    return nlp.tokenizer()


def cut(text: str) -> list[str]:
    return tokenizer().lcut(text, HMM=False)


def channels_listed(q: str) -> bool:
    """A group of channels right before brackets naming channels (政务新媒体（公众号、微博、抖音
    这些）): the reviewer means the channels, not the word (rule channel_group)."""
    groups = channel_groups()
    for m in re.finditer(r"[(（]([^()（）]{2,30})[)）]", q):
        if any(q[:m.start()].endswith(w) for w in groups) and any(
                role == "channel" and "," not in v and len(w) >= 2 and w in m.group(1)
                for w, (role, v) in words().items()):
            return True
    return False
