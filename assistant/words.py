"""The question's characters: numbers in digits or Chinese, the text with consumed
characters blanked, longest-first matching, one-character typos of metric words, posts."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractor.labels import to_simplified
from extractor.numbers import parse_count

from . import vocab

BLANK = "\u3000"
NUM = r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
UNIT = r"\s*(%|件|个|条|份|家|名|万元|元|项|次)?"


def cn_number(s: str) -> float | None:
    """A number written in digits or Chinese numerals (两万, 二十五); the project's one
    numeral parser (extractor.numbers.parse_count) reads it."""
    v = parse_count(s) if s else None
    return None if v is None else float(v)


def num_text(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3",
             "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# 二〇二三年 / 二零一九版: a year (a template) written digit by digit in Chinese numerals
_CN_YEAR = re.compile(r"(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2}(?=年|版|格式|模板|表格)")


# 省政府（办公厅） / 县政府(办公室): a government and, in brackets, its office reporting for it: the
# government (as 省政府办公厅 is read), never an office of a department
GOV_OFFICE_GLOSS = re.compile(r"(?<=政府)[(（](?:办公厅|办公室|办)[)）]")
# 省级政府办公厅 / 县级人民政府办公室: a tier's government said with the office reporting for it, the
# government of that tier (as 省政府办公厅 reads), never an office left unread: r"\1" keeps the government
TIER_GOV_OFFICE = re.compile(r"((?:地级市|地市|县区|区县|[省市县区])级(?:人民)?政府)(?:办公厅|办公室|办)")
# 省政府办公厅 / 或市政府办公室 standing as a word (no name before the tier: 乌恰县政府办 is an organ):
# that tier's government too, so no piece of it (政府办) is taken for an organ's name
TIER_GOV_OFFICE_ALONE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[或和与及跟、]))([省市县区](?:人民)?政府)(?:办公厅|办公室|办)")
# 教育部 / 外交部: a national ministry's tail 部 — never a word holding 部 (全部, 内部, 部门, 部分,
# 部署, 部委, 部队; 局部, 西部): read where an organ's name may end (suggest.py, unread.py)
MINISTRY_TAIL = r"(?<![全内外总本干局西东南北中])部(?![门分署委队])"
LEVEL_GLOSS = re.compile(r"[(（][区市县旗镇乡街道、，,]{1,8}[)）]")   # 各县（区、市）人民政府
# 县级人民政府（含县级市、市辖区政府） / 各级政府部门（局、委、厅等）: a gloss saying what a word
# covers, no condition of its own
GLOSS = re.compile(r"[(（](?:含|包括|包含|即|如|例如|比如|指)[^()（）]{1,30}[)）]|[(（][^()（）]{1,30}(?:等|等等|这些|这类|之类|什么的)[)）]")
# 卫健局（卫生健康部门）: a bureau restated by its sector in brackets, no condition of its own
# 省级政府（省政府/直辖市/自治区政府） / 县级部门（各委办局）: a tier said, then in brackets what it
# takes in: the tier is the condition, the brackets explain it
TIER_GLOSS = re.compile(r"((?:地级市|地市|县区|区县|[省市县区乡镇])级(?:人民)?(?:政府|部门|单位|机关)?)"
                        r"[(（][^()（）]{1,30}[)）]")
BUREAU_GLOSS = re.compile(r"(?<=[局委厅署办])[(（][\u4e00-\u9fff]{2,8}(?:部门|系统|条线|口)[)）]")


def without_glosses(q: str) -> str:
    """``q`` without the brackets that restate a word and add no condition (各县（区、市）,
    （含县级市）, 卫健局（卫生健康部门）, 省政府（办公厅））."""
    q = TIER_GLOSS.sub(r"\1", q)
    return GLOSS.sub("", LEVEL_GLOSS.sub("", BUREAU_GLOSS.sub("", GOV_OFFICE_GLOSS.sub("", q))))


def normalise(question: str) -> str:
    """NFKC (full-width digits and letters), no spaces, traditional characters simplified
    (主動公開, one to one), and a year in Chinese digits (二〇二三年) as digits (2023年): the
    same length, so offsets stay."""
    q = to_simplified("".join(unicodedata.normalize("NFKC", question or "").split()))
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), q)


class Text:
    """The question with consumed characters blanked, so nothing is matched twice."""

    def __init__(self, s: str):
        self.chars = list(s)

    @property
    def s(self) -> str:
        return "".join(self.chars)

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = BLANK


def forward_match(text: str, table: dict, max_len: int):
    out, i, n = [], 0, len(text)
    while i < n:
        for j in range(min(n, i + max_len), i, -1):
            w = text[i:j]
            if BLANK not in w and w in table:
                out.append((i, j, w))
                i = j
                break
        else:
            i += 1
    return out


_NOT_TYPO = set("的了吗呢是有几多少么和与或及在")


def typo_metric(s: str, left: str) -> tuple[int, int, str] | None:
    """The longest metric alias (3+ characters) that a run of ``s`` spells with exactly one
    character different, not the first (申清数 for 申请数; 行政复义 for 行政复议; 微信发部 for
    微信发布). ``left`` is ``s`` after the vocabulary took its words: the different character
    must be one no word took, never a particle (微信的 is no 微信发), and a 3-character alias
    must differ in its middle and overlap no word at all (公开栏 is a channel, 公开信 no 公开率)."""
    best = None
    for alias in vocab.metric_aliases():
        n = len(alias)
        if n < 3 or (best and n <= best[1] - best[0]):
            continue
        for i in range(len(s) - n + 1):
            w = s[i:i + n]
            if BLANK in w or w[0] != alias[0]:
                continue
            diff = [k for k in range(n) if w[k] != alias[k]]
            if len(diff) != 1:
                continue
            c = i + diff[0]
            if left[c] == BLANK or s[c] in _NOT_TYPO or (n == 3 and (
                    diff[0] != 1 or BLANK in left[i:i + n])):
                continue
            if common_word(s, c):
                continue   # 处分决定: a real word, another thing (offered, never assumed)
            best = (i, i + n, alias)
            break
    return best


# the question words a typo may stand for: the comparisons of the vocabulary (零申请, 被提起) of
# three characters or more with no function character (有几件, 不少于, 报告了 are read as typed)
_TYPO_ROLES = ("cmp",)
_FUNCTION = _NOT_TYPO | set("几不为非未无过没")


@lru_cache(maxsize=1)
def _typo_targets() -> tuple[str, ...]:
    return tuple(sorted((w for w, (role, _) in vocab.words().items()
                         if role in _TYPO_ROLES and len(w) >= 3 and not set(w) & _FUNCTION),
                        key=len, reverse=True))


def typo_word(unread) -> tuple[str, str] | None:
    """A word no rule read that spells a question word (not a metric: ``typo_metric``) with
    one character different, not the first, and no common word made by that character
    (零申情 for 零申请): (the run as typed, the word)."""
    for w in unread:
        for word in _typo_targets():
            n = len(word)
            for i in range(len(w) - n + 1):
                run = w[i:i + n]
                diff = [k for k in range(n) if run[k] != word[k]]
                if len(diff) != 1 or diff[0] == 0 or run[diff[0]] in _FUNCTION:
                    continue
                if not common_word(w, i + diff[0]):
                    return run, word
    for w in unread:   # 几分 for 几份: a count word typed with a character that sounds as its own
        for word in _count_words():
            for i in range(len(w) - 1):
                run = w[i:i + 2]
                if run[0] == word[0] and run[1] != word[1] and _sounds_as(run[1], word[1]):
                    return run, word
    return None


@lru_cache(maxsize=1)
def _listed_typos() -> tuple[tuple[str, str, str], ...]:
    """(typed, word, unless_next) of lexicons/question_typos.tsv, the longest typed first; a
    ``word`` that is no question word fails like a compiler."""
    from extractor.lexicon import LexiconError, load
    rows = load("question_typos", required=("typed", "word"), unique=("typed",))
    known = set(vocab.words()) | set(vocab.metric_aliases())
    for r in rows:
        if r["word"] not in known:
            raise LexiconError(f"lexicons/question_typos.tsv: '{r['word']}' (for '{r['typed']}') is no "
                               f"word of question_words.tsv or metrics.tsv")
    return tuple(sorted(((r["typed"], r["word"], r.get("unless_next") or "") for r in rows),
                        key=lambda t: -len(t[0])))


def listed_typo(question: str) -> tuple[str, str] | None:
    """A statistic word typed wrong as lexicons/question_typos.tsv lists it (和计 for 合计, 平局 for
    平均), not followed by a character that makes it another word (和计划): (typed, word)."""
    for typed, word, unless in _listed_typos():
        at = question.find(typed)
        while at >= 0:
            nxt = question[at + len(typed):at + len(typed) + 1]
            if not (nxt and nxt in unless):
                return typed, word
            at = question.find(typed, at + 1)
    return None


# 多少分钟 / 几分之几 / 多少分析: another word, no count typed by its sound
_NOT_COUNT_AFTER = set("钟之数析配布别")


def count_typo(question: str) -> tuple[str, str] | None:
    """A count word of the vocabulary (几份, 多少份, 多少个) typed in ``question`` with its last
    character one that sounds as its own (多少分 for 多少份; rule count_typo), not the start of
    another word (多少分钟): (the run as typed, the word)."""
    for word in _count_words(3):
        n = len(word)
        for i in range(len(question) - n + 1):
            run = question[i:i + n]
            if (run[:-1] == word[:-1] and run[-1] != word[-1] and _sounds_as(run[-1], word[-1])
                    and question[i + n:i + n + 1] not in _NOT_COUNT_AFTER):
                return run, word
    return None


def metric_sound_typo(question: str) -> tuple[str, str] | None:
    """A two-character metric word (申请, 复议) typed in ``question`` with its second character
    one that sounds as its own and makes no common word (申情 for 申请; rule metric_typo):
    (the run as typed, the word)."""
    for alias in vocab.metric_aliases():
        if len(alias) != 2:
            continue
        for i in range(len(question) - 1):
            run = question[i:i + 2]
            if (run[0] == alias[0] and run[1] != alias[1] and run[1] not in _NOT_TYPO
                    and _sounds_as(run[1], alias[1]) and not common_word(question, i + 1)):
                return run, alias
    return None


def contact_sound_typo(question: str) -> tuple[str, str] | None:
    """A contact word of the vocabulary (联系电话, 电话, 邮箱: role contact) typed in ``question``
    with one character but its first one that sounds as its own (联系电化 for 联系电话; rule
    word_typo), the longest such word: (the run as typed, the word). Read only when nothing
    else was (电化 is a word of its own elsewhere)."""
    for word in sorted((w for w, (role, _) in vocab.words().items() if role == "contact" and len(w) >= 2),
                       key=len, reverse=True):
        n = len(word)
        for i in range(len(question) - n + 1):
            run = question[i:i + n]
            diff = [k for k in range(n) if run[k] != word[k]]
            if len(diff) == 1 and diff[0] > 0 and _sounds_as(run[diff[0]], word[diff[0]]):
                return run, word
    return None


@lru_cache(maxsize=2)
def _count_words(longest: int = 2) -> tuple[str, ...]:
    """The count words of the vocabulary of a measure after 几 or 多少 (几份, 几个, 几家; with
    ``longest`` 3 also 多少份, 多少个, 多少家)."""
    return tuple(w for w, (role, _) in vocab.words().items()
                 if role == "agg" and ((len(w) == 2 and w[0] == "几")
                                       or (longest >= 3 and len(w) == 3 and w[:2] == "多少")))


def _sounds_as(a: str, b: str) -> bool:
    from .nearnames import readings   # the character dictionary's readings, tones aside
    return bool(readings(a) & readings(b))


def common_word(s: str, c: int) -> bool:
    """Whether the character at ``c`` makes a common word with a neighbour (jieba's
    dictionary: 处分 is one, 申清 and 发部 are none; 动工 of 主动工开 cuts through 主动, so none)."""
    freq = vocab.tokenizer().FREQ

    def common(a):
        return 0 <= a and a + 2 <= len(s) and (freq.get(s[a:a + 2]) or 0) >= 50

    # a word that cuts through another common word is no reading of it (主动工开: 动工 cuts 主动)
    return (common(c - 1) and not common(c - 2)) or (common(c) and not common(c + 1))


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    """The posts of lexicons/posts.tsv, longest first (党委副书记 before 副书记)."""
    from extractor.lexicon import load
    return tuple(sorted((r["post"] for r in load("posts", required=("post",), unique=("post",))),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _post_typos() -> tuple[tuple[str, str], ...]:
    """(typed, meant) of lexicons/question_post_typos.tsv (付, 副): one character each."""
    from extractor.lexicon import LexiconError, load
    rows = load("question_post_typos", required=("typed", "meant"), unique=("typed",))
    for r in rows:
        if len(r["typed"]) != 1 or len(r["meant"]) != 1:
            raise LexiconError(f"lexicons/question_post_typos.tsv: '{r['typed']}' → '{r['meant']}': "
                               f"one character each")
    return tuple((r["typed"], r["meant"]) for r in rows)


def post_typo(question: str) -> tuple[str, str] | None:
    """A post whose first character is typed by its sound (付局长 for 副局长, 付县长, 付主任; rule
    post_typo): (the post as typed, the post), the longest post of lexicons/posts.tsv that
    follows; None when no post follows the character (支付, 付费)."""
    for typed, meant in _post_typos():
        at = question.find(typed)
        while at >= 0:
            rest = question[at + 1:]
            post = next((p for p in _posts() if p.startswith(meant) and rest.startswith(p[1:])), None)
            if post:
                return typed + post[1:], post
            at = question.find(typed, at + 1)
    return None


def find_post(s: str) -> str | None:
    """The longest post of lexicons/posts.tsv in ``s`` (党委副书记 over 副书记)."""
    return next((post for post in _posts() if post in s), None)


@lru_cache(maxsize=1)
def _post_narrowers() -> tuple[str, ...]:
    """The words of lexicons/question_post_prefixes.tsv (常务), longest first."""
    from extractor.lexicon import load
    rows = load("question_post_prefixes", required=("word",), unique=("word",))
    return tuple(sorted((r["word"] for r in rows), key=len, reverse=True))


def post_said(s: str) -> tuple[str, int] | None:
    """The post ``find_post`` finds in ``s`` with a word narrowing it right before it (常务副县长,
    lexicons/question_post_prefixes.tsv), and where it starts in ``s``; None with no post."""
    post = find_post(s)
    if not post:
        return None
    at = s.index(post)
    pre = next((w for w in _post_narrowers() if s[:at].endswith(w)), "")
    return pre + post, at - len(pre)


# a verb of being in charge right after a post (宣传委员管公开的, 常务副旗长分管, 副镇长负责这块),
# with what is managed when said (公开, 政务公开): the official filter, said without 由
_IN_CHARGE = r"(?:来|在)?(?:分管|主管|负责|管)(?:政务公开|信息公开|公开工作|公开|这事|这块)?"


def post_in_charge(s: str) -> tuple[str, int, int] | None:
    """The post (with a word narrowing it: 常务副旗长) said in ``s`` right before a verb of
    being in charge (宣传委员管公开的, 常务副旗长分管), where it starts and where the verb's phrase
    ends; None with no such post (rule official)."""
    posts = "|".join(re.escape(p) for p in _posts())
    pre = "|".join(re.escape(w) for w in _post_narrowers())
    m = re.search(f"(?:{pre})?(?:{posts}){_IN_CHARGE}", s)
    if not m:
        return None
    said = post_said(m.group(0))
    return (said[0], m.start() + said[1], m.end()) if said else None


def blank_question_words(s: str, words) -> str:
    """``s`` with the question's own words blanked (分管领导 in 分管领导是副镇长), except where
    one is part of a longer post (领导 in 主要领导)."""
    posts = [(m.start(), m.end()) for post in _posts() for m in re.finditer(re.escape(post), s)]
    chars = list(s)
    for w in words:
        for m in re.finditer(re.escape(w), s):
            if not any(a <= m.start() and m.end() <= b and b - a > len(w) for a, b in posts):
                chars[m.start():m.end()] = BLANK * len(w)
    return "".join(chars)


def scale(v: float, unit: str | None) -> float:
    return v / 100 if unit == "%" else v


@lru_cache(maxsize=1)
def office_suffixes() -> tuple[str, ...]:
    """How the name of an office doing disclosure work ends (lexicons/offices.tsv)."""
    from extractor.lexicon import load
    return tuple(r["suffix"] for r in load("offices", required=("suffix",), unique=("suffix",)))
