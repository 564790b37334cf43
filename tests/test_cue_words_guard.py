"""One tokenizer serves the extractor and the assistant (issue 13): every cue word of
lexicons/cues.tsv is a word of the jieba dictionary the assistant cuts questions with. A cue
row once made 发布信息 one word and the assistant read 哪些单位通过政务微博发布信息 as the metric
主动发布信息 (16 answers wrong, seen only by comparing every answer of every question set).

The guard: the readings of the question reader's own examples (every rule's examples and
lexicons/question_examples.tsv) are the same with the extractor's cue words in the dictionary
and without them. A cue row that changes how a question is read fails here, naming the
question and the words that moved it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import parse
from assistant import vocab
from assistant.answer import open_db
from assistant.names import OrganIndex
from assistant.rules import RULES
from extractor import nlp
from extractor.lexicon import load
from test_assistant_questions import build

SETS = Path(__file__).resolve().parent.parent / "bench" / "questions"


def _cue_only_words() -> set[str]:
    """The words the dictionary holds only because a cue row of the extractor names them."""
    cues = {r["cue"] for r in load("cues", required=("cue",)) if r["cue"] and len(r["cue"]) > 1}
    others = {r["alias"] for r in load("channels", required=("alias",)) if r["alias"]}
    others |= {r["post"] for r in load("posts", required=("post",)) if r["post"]}
    others |= set(vocab.metric_aliases()) | set(vocab.level_words()) | set(vocab.words())
    return cues - others


def _base_freq() -> dict[str, int]:
    """jieba's own dictionary, before any lexicon word is added."""
    import jieba
    base = jieba.Tokenizer()
    base.tmp_dir = vocab.tokenizer().tmp_dir
    base.initialize()
    return base.FREQ


def _questions(words) -> list[str]:
    """The reader's own examples and every turn of the question sets (bench/questions) that
    holds one of ``words`` (no other question can be cut differently without them)."""
    qs = [q for r in RULES for q, _ in r.examples] + [q for q, _ in vocab.examples()]
    for f in sorted(SETS.glob("*.json")):
        qs += [t for c in json.loads(f.read_text(encoding="utf-8"))["cases"] for t in c["turns"]]
    return [q for q in dict.fromkeys(qs) if any(w in q for w in words)]


def _readings(organs, questions) -> dict[str, dict]:
    out = {}
    for q in questions:
        d = parse(q, organs).to_dict()
        d.pop("tokens", None)   # the words themselves differ by construction
        out[q] = d
    return out


@pytest.fixture(scope="module")
def organs(tmp_path_factory):
    return OrganIndex.of(open_db(build(tmp_path_factory.mktemp("cueguard") / "c.db")))


def test_there_are_cue_words_to_guard():
    assert len(_cue_only_words()) > 50


def test_cue_words_change_no_reading_of_the_questions(organs):
    tok = vocab.tokenizer()
    base = _base_freq()
    # the words a cue row put in the dictionary or gave another frequency
    words = sorted(w for w in _cue_only_words() if tok.FREQ.get(w) != base.get(w))
    questions = _questions(words)
    assert len(questions) > 100
    cut_with = {q: vocab.cut(q) for q in questions}
    saved = {w: tok.FREQ.get(w) for w in words}
    total = tok.total
    try:
        for w in words:   # jieba's own frequency, or 0: a prefix only, never a word
            tok.FREQ[w] = base.get(w, 0)
        # a question cut into the same words reads the same: only the others are read
        moved_cut = [q for q in questions if vocab.cut(q) != cut_with[q]]
        without = _readings(organs, moved_cut)
    finally:
        for w, f in saved.items():
            if f is None:
                tok.FREQ.pop(w, None)
            else:
                tok.FREQ[w] = f
        tok.total = total
    assert moved_cut, "no question cut otherwise: the guard would guard nothing"
    with_cues = _readings(organs, moved_cut)
    moved = {}
    for q in moved_cut:
        if with_cues[q] != without[q]:
            diff = {k: (without[q][k], with_cues[q][k]) for k in with_cues[q]
                    if with_cues[q][k] != without[q][k]}
            moved[q] = ([w for w in cut_with[q] if w in words], diff)
    assert not moved, moved
