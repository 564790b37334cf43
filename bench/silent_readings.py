"""Answers that may ignore a condition their question names (issue 14: nothing dropped in silence).

    python -m bench.assistant_sets --json > answers.json
    python -m bench.silent_readings answers.json        # counts per set, and every suspect answer

A question naming a year (2021年, 2021版), a province (``provinces.tsv``, any of its names), a level (a word of ``lexicons/question_levels.tsv`` of two
characters or more: 乡镇, 县直部门) or a kind of organ (a word of ``question_organ_types.tsv``: 海关,
公安, before an organ's word, 的 or the question's end) is listed when its answer's reading (the first line, 我理解为：…) neither states it — the year's
digits, 层级= (or 分组=), the word itself, 模板= for a table format — nor says, naming the word,
that it was not understood or is not in the store (未用到的词, 没有读懂, 库中没有, 是指). A listed answer is a
suspect, not a verdict: the word may be part of an organ's name the reading holds another way.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from extractor.lexicon import load

SAID = ("未用到的词", "没有读懂", "库中没有", "是指", "没能理解", "不能区分")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")


def _words() -> tuple[list[str], list[str], dict[str, str]]:
    levels = [r["word"] for r in load("question_levels", required=("word", "levels")) if len(r["word"]) >= 2]
    kinds = [r["word"] for r in load("question_organ_types", required=("word",)) if len(r["word"]) >= 2]
    provinces = {}
    for r in load("provinces", required=("name", "short")):
        for w in [r["name"], r["short"], *filter(None, (r.get("spoken") or "").split(","))]:
            provinces[w.strip()] = r["name"]
    return sorted(levels, key=len, reverse=True), sorted(kinds, key=len, reverse=True), provinces


def suspects(answer: dict, levels: list[str], kinds: list[str], provinces: dict[str, str]) -> list[str]:
    """What the question names and the reading does not show (empty: nothing suspect)."""
    question, text = answer["questions"][-1], answer.get("answer") or ""
    reading = text.split("\n", 1)[0]
    said = any(s in text for s in SAID)
    out = []
    # a word inside a longer one is that one's (民政 of 人民政府, 政府办 of 政府办公厅)
    rest = re.sub(r"人民政府|政府办公[厅室]", "#", question)
    for y in _YEAR.findall(question):
        if y not in reading and "模板=" not in reading:
            out.append(f"年份 {y}")
    for w in levels:
        # (a question about one organ's fact: 哪个部门负责 asks for its office, no level)
        if w in rest and "层级=" not in reading and w not in reading and "事项=" not in reading \
                and "分组=" not in reading:
            out.append(f"层级 {w}")
            break
    for w in sorted(provinces, key=len, reverse=True):
        # a province named (福建乡镇…) that the reading holds in no form (地区=道里区)
        if len(w) >= 2 and w in rest and w not in reading and provinces[w] not in reading \
                and "机关=" not in reading:
            out.append(f"地区 {w}")
            break
    for w in kinds:
        # (a kind as a kind: before an organ's word, 的 or the question's end; 统计 of 按年份统计一下,
        # 邮政 of 邮政编码 are no kind)
        if re.search(re.escape(w) + r"(?=局|部门|单位|系统|机关|类|的|有|[？?。]|$)", rest) and w not in reading:
            out.append(f"机关类别 {w}")
            break
    # a word the answer says it did not read or the store lacks (没有读懂“…”, 库中没有“海关”…) is said
    return [o for o in out if not (said and o.split(" ", 1)[1] in text)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.silent_readings", description=__doc__.split("\n")[0])
    ap.add_argument("answers", help="the output of python -m bench.assistant_sets --json")
    a = ap.parse_args(argv)
    levels, kinds, provinces = _words()
    per_set, listed = Counter(), []
    rows = [json.loads(line) for line in Path(a.answers).read_text(encoding="utf-8").splitlines()
            if line.startswith("{")]
    for ans in rows:
        found = suspects(ans, levels, kinds, provinces)
        if found:
            per_set[ans["set"]] += 1
            listed.append((ans, found))
    print(f"{len(listed)} of {len(rows)} answers may ignore a condition their question names")
    for name, n in sorted(per_set.items()):
        print(f"  {name:10s} {n}")
    for ans, found in listed:
        print(f"[{ans['set']} {ans.get('id') or ''}] {' / '.join(ans['questions'])}  ({'; '.join(found)})")
        print(f"    {ans['answer'].splitlines()[0][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
