"""The assistant's question sets on the real dev reports: one runner for every set.

    python -m bench.assistant_sets                   # every set in bench/questions/, one line each
    python -m bench.assistant_sets dev45 blind1      # some sets, with a table per question type
    python -m bench.assistant_sets dev07 -v          # also every miss with the answer given
    python -m bench.assistant_sets dev01 --only rank # one question type
    python -m bench.assistant_sets --json            # one JSON object per question
    python -m bench.assistant_sets --cli             # ask through `nianbao ask --json` (slower)

A set is a data file ``bench/questions/<name>.json``: ``{"set", "about", "cases": [{"type",
"turns", "expect", "says"?}]}``. ``turns`` are asked in one ``Conversation``; the last answer is scored.
``expect`` is either an expression over the measures of ``bench.qlib`` (``S(both(TOWN,
eq(requests, 0)))``, computed from the gold records) or, for a set written with its answers
(a blind set), the answer itself: ``{"type": "reports" | "number" | "strings" |
"none_in_store" | "ask", "value": …}`` (strings quoted from a report — its problems, remedies,
address, e-mail, website — as ``"from_gold": {"report", "fact" | "contact"}``, read from the
gold when the set runs, so that no report's text is copied into the repository) with, where a writer of ours added one after the
first run, a ``"same"`` expression that computes it from gold (checked: it must give the
same answer) so that an answer equal to what the extracted records say is told apart.

``says`` (optional): strings the answer must say in its first line or the first sentence
after it (a condition the store cannot satisfy: 库中没有“洛西镇”的报告); else a miss.

A question not understood is a miss whatever it returned. A miss whose answer equals the
expectation computed the same way from the extracted records (``nianbao export``) instead of
gold is an extraction error, counted apart from the assistant's own misses.

The corpus (/work/shared/corpus/dev) is ingested into bench/out/assistant_dev.db (kept;
``--fresh`` re-ingests). A set with ``"store": "varied"`` is asked over
bench/out/assistant_varied.db: the dev reports and the blind metadata sets' excerpts (organs of
every kind and level; see ``varied_reports``). Blind rounds: a new set written by someone who has seen neither the
assistant nor the other sets is converted to this format without changing a word or an
answer, run ONCE, and its first-run score is written in its ``about`` and bench/RESULTS.md
before any fix.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench import qlib
from bench.qlib.core import DEV, NIANBAO, OUT, close, expected, load_extracted, load_gold, \
    matches, show

SETS = Path(__file__).resolve().parent / "questions"
_DASHES = re.compile(r"[‐-―−－—–-]")


FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


# the metadata sets the varied store holds: fixed, as its question sets' answers were computed
# over exactly these (a later blind set joins a new store, never this one)
VARIED_SETS = ("1", "2", "3", "4", "5", "6", "7", "8")


def varied_reports() -> list[tuple[Path, Path, str]]:
    """The blind metadata sets' excerpts (tests/fixtures/meta_blind…/cases, with gold), each as
    (gold, text, store id): ``mb<N>-<case id>``, N the set's number (meta_blind is 1). With the
    dev reports they make the varied store: organs of every kind and level, no tables."""
    out = []
    for n in VARIED_SETS:
        d = FIXTURES / ("meta_blind" + ("" if n == "1" else n))
        for text in sorted((d / "cases").iterdir()):
            out.append((d / "gold" / f"{text.stem}.gold.json", text, f"mb{n}-{text.stem}"))
    return out


def store_files(store: str) -> list[Path]:
    """The files a store is ingested from; the varied store's excerpts are copied under their
    store ids (bench/out/varied/) so that a report's id is its file's stem."""
    files = sorted(DEV.glob("r*.txt"))   # the folder also holds frozen.txt: reports only
    if store == "varied":
        stage = OUT / "varied"
        stage.mkdir(parents=True, exist_ok=True)
        for _, text, sid in varied_reports():
            dest = stage / f"{sid}{text.suffix}"
            dest.write_bytes(text.read_bytes())
            files.append(dest)
    return files


def store_gold(store: str):
    if store != "varied":
        return load_gold()
    stage = OUT / "varied"
    return load_gold() + load_gold([(g, stage / f"{sid}{t.suffix}")
                                    for g, t, sid in varied_reports()])


def set_names() -> list[str]:
    return sorted(p.stem for p in SETS.glob("*.json"))


def load_set(name: str) -> dict:
    return json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))


# -- literal expectations (a set written with its answers) -----------------------------------

def literal_want(exp: dict, gold=()):
    """The answer a blind case expects: its ``value``, or for strings quoted from a report's gold
    (its problems, its remedies) or its contact ``from_gold`` {"report", "fact" | "contact"}: read
    from the gold when the set runs, so no report's text is copied into the set."""
    src = exp.get("from_gold")
    if src:
        rep = next((r for r in gold if r.id == src["report"]), None)
        if rep is None:
            return []
        if "contact" in src:   # a contact field (address, e-mail, website): as the gold has it
            v = rep.contact.get(src["contact"])
            return list(v) if isinstance(v, list) else [v] if v else []
        return list(rep.facts.get(src["fact"], []))
    v = exp.get("value")
    return set(v) if exp["type"] == "reports" else v


def _same_at_precision(value: float, want) -> bool:
    """The value as the set's writer rounded it: to the decimals the expected number is written
    with (19.75 is 19.8 to one decimal), never looser than 0.006."""
    text = repr(float(want)) if not isinstance(want, str) else want
    decimals = len(text.split(".")[1].rstrip("0")) if "." in text else 0
    return abs(value - float(want)) <= max(0.006, 0.5 * 10 ** -decimals + 1e-9)


_KEYED = re.compile(r"^(.+?):\s*(\d+(?:\.\d+)?)$")


def _said(s: str, text: str) -> bool:
    """A string the answer must say: as written, a channel's contract code (``portal``) said as
    its Chinese label of the project's one channel registry (政府网站, display_labels.tsv), or a
    ``key: N`` pair (``2024: 2``) said as the key and then its number (2024年 2份)."""
    if s in text:
        return True
    from store.labels import keys_of, label
    if s in keys_of("channel") and label("channel", s) in text:
        return True
    m = _KEYED.match(s)
    return bool(m) and re.search(re.escape(m.group(1)) + r"[^\d；;。\n]{0,4}?" + re.escape(m.group(2))
                                 + r"(?![\d.])", text) is not None


def _level_said(s: str, got: dict) -> bool:
    """A contract level (``city``, the answer of 哪个层级…最高) said as the assistant names it
    (市级政府) in the first sentence after the reading: the group it names first, never one of
    the groups listed after it."""
    from assistant.queryplan import LEVEL_NAMES
    return s in LEVEL_NAMES and LEVEL_NAMES[s] in head(got.get("answer") or "").split("\n", 1)[-1]


def literal_matches(exp: dict, want, got: dict) -> bool:
    typ = exp["type"]
    stems = {Path(p).stem for p in got.get("reports") or []}
    value = got.get("value")
    if typ == "none_in_store":   # nothing over other reports; 0 / 没有 is that too
        return not stems and value in (None, 0)
    if typ == "ask":   # asks back: no answer given, and the readings to choose from
        return not stems and value is None and (bool(got.get("options"))
                                                or not got.get("understood", True))
    if not got.get("understood", True):
        return False
    if typ == "reports":
        return stems == want
    if typ == "number":
        return want is not None and value is not None and (
            close(value, want) or _same_at_precision(float(value), want)
            or ("%" in (got.get("answer") or "") and 0 <= float(value) <= 1
                and _same_at_precision(float(value) * 100, want)))   # a share said as 55.6%
    if typ == "strings":
        text = _DASHES.sub("-", got.get("answer") or "")
        return bool(want) and all(_said(_DASHES.sub("-", s), text) or _level_said(s, got) for s in want)
    raise ValueError(f"unknown expectation type {typ!r}")


# -- scoring -----------------------------------------------------------------------------------

def ask_all(db: Path, cli: bool, cases) -> list[dict]:
    out = []
    if not cli:
        from assistant import Conversation
    for case in cases:
        if cli:
            res = subprocess.run([*NIANBAO, "ask", *case["turns"], "--db", str(db), "--json"],
                                 capture_output=True, text=True)
            lines = res.stdout.splitlines()
            out.append(json.loads(lines[-1]) if lines else {"answer": res.stderr})
        else:
            conv = Conversation(str(db))
            try:
                for q in case["turns"]:
                    a = conv.ask(q)
                out.append(a.to_dict())
            except Exception as e:   # a crash is a miss, said with its error; the set goes on
                out.append({"answer": f"(error: {type(e).__name__}: {e})", "understood": False,
                            "reports": [], "value": None})
    return out


def head(answer: str) -> str:
    """The answer's first line (its reading) and the first sentence after it."""
    first, _, body = (answer or "").partition("\n")
    return first + "\n" + body.split("。", 1)[0]


def says_ok(case, got) -> bool:
    """A case's ``says``: words its answer must say in its first line or first sentence
    (库中没有“洛西镇”的报告), whatever else it answers."""
    return all(s in head(got.get("answer") or "") for s in case.get("says") or ())


def verdict(case, got, gold, extracted) -> tuple[str, object]:
    v, want = _verdict(case, got, gold, extracted)
    if v != "miss" and not says_ok(case, got):
        return "miss", want
    return v, want


def _verdict(case, got, gold, extracted) -> tuple[str, object]:
    exp = case["expect"]
    if isinstance(exp, dict):
        want = literal_want(exp, gold)
        if literal_matches(exp, want, got):
            return "ok", want
        same = exp.get("same")
        if same:
            e = qlib.evaluate(same)
            from_extracted = expected(e, extracted)
            if matches(e, from_extracted, got) or (
                    e[0] == "number" and from_extracted is None and got.get("value") is None
                    and got.get("understood", True)):   # the extracted records state none
                return "extraction", want
        return "miss", want
    e = qlib.evaluate(exp)
    want = expected(e, gold)
    if matches(e, want, got):
        return "ok", want
    return ("extraction" if matches(e, expected(e, extracted), got) else "miss"), want


def run_set(name: str, db: Path, gold, extracted, args) -> Counter:
    cases = [c for c in load_set(name)["cases"] if args.only in (None, c["type"])]
    answers = ask_all(db, args.cli, cases)
    by_type: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for case, got in zip(cases, answers):
        v, want = verdict(case, got, gold, extracted)
        by_type[case["type"]][v] += 1
        if args.json:
            print(json.dumps({"set": name, "id": case.get("id"), "type": case["type"],
                              "questions": case["turns"], "verdict": v,
                              "expected": show(want), "answer": got.get("answer"),
                              "value": got.get("value")}, ensure_ascii=False, default=str))
        if v != "ok":
            misses.append((case, v, want, got))
    total = sum(by_type.values(), Counter())
    if args.detail and not args.json:
        print(f"{'type':<14}{'n':>4}{'right':>7}{'extraction':>12}{'miss':>6}")
        for t, c in by_type.items():
            print(f"{t:<14}{sum(c.values()):>4}{c['ok']:>7}{c['extraction']:>12}{c['miss']:>6}")
        for case, v, want, got in misses:
            tag = f"{case.get('id', '')} " if case.get("id") else ""
            print(f"\n[{tag}{case['type']}] {v}: {' → '.join(case['turns'])}\n"
                  f"  expected: {show(want)}")
            if args.verbose:
                stems = sorted(Path(p).stem for p in got.get("reports") or [])
                text = re.sub(r"\s+", " ", str(got.get("answer")))[:400]
                print(f"  got: value={got.get('value')} reports={{{', '.join(stems)}}}\n"
                      f"  answer: {text}")
        print()
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (bench/questions/*.json); all by default")
    ap.add_argument("--db", default=str(OUT / "assistant_dev.db"))
    ap.add_argument("--fresh", action="store_true", help="re-ingest the corpus")
    ap.add_argument("--cli", action="store_true", help="ask through `nianbao ask --json`")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--only", metavar="TYPE", help="ask only the questions of one type")
    args = ap.parse_args(argv)
    names = args.sets or set_names()
    args.detail = bool(args.sets) or args.verbose
    by_store: dict[str, list[str]] = defaultdict(list)
    for name in names:   # a set names its store ("varied"); the dev reports by default
        by_store[load_set(name).get("store", "dev")].append(name)
    rows = []
    for store, store_sets in by_store.items():
        db = Path(args.db) if store == "dev" else OUT / f"assistant_{store}.db"
        if args.fresh and db.exists():
            db.unlink()
        files = store_files(store)
        if not db.exists():
            db.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*NIANBAO, "ingest", *map(str, files), "--db", str(db)],
                           check=True, capture_output=True)
        gold, extracted = store_gold(store), load_extracted(db)
        for name in store_sets:
            rows.append((name, run_set(name, db, gold, extracted, args)))
    if args.json:
        return 0
    print(f"{'set':<10}{'n':>5}{'right':>7}{'extraction':>12}{'miss':>6}{'right %':>9}")
    tot = Counter()
    for name, c in rows:
        n = sum(c.values())
        tot.update(c)
        if n:
            print(f"{name:<10}{n:>5}{c['ok']:>7}{c['extraction']:>12}{c['miss']:>6}{c['ok'] / n:>9.1%}")
    n = sum(tot.values())
    if n:
        print(f"{'all':<10}{n:>5}{tot['ok']:>7}{tot['extraction']:>12}{tot['miss']:>6}"
              f"{tot['ok'] / n:>9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
