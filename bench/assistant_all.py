"""Every question set of the assistant on the real dev reports, one line each, and the sum.

    python -m bench.assistant_all            # sets 1 … N (bench/assistant_dev*.py)
    python -m bench.assistant_all 13 14 15   # some of them

Each set is ``python -m bench.assistant_devN`` (see its docstring for who wrote it, when, and
its first-run score); this only runs them in turn on the same store and adds up their "all"
lines: right, extraction errors (the answer equals what the extracted records say), and the
assistant's own misses.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^all\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", re.M)


def sets() -> list[str]:
    names = [p.stem for p in (ROOT / "bench").glob("assistant_dev*.py")]
    return sorted(names, key=lambda n: int(n[len("assistant_dev"):] or 1))


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    chosen = [f"assistant_dev{'' if a == '1' else a}" for a in argv] or sets()
    total = [0, 0, 0, 0]
    print(f"{'set':<16}{'n':>5}{'right':>7}{'extraction':>12}{'miss':>6}{'right %':>9}")
    for name in chosen:
        res = subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=ROOT,
                             capture_output=True, text=True)
        m = LINE.search(res.stdout)
        if not m:
            print(f"{name:<16} failed: {(res.stderr or res.stdout).strip().splitlines()[-1:]}")
            continue
        n, ok, ext, miss = map(int, m.groups())
        total = [a + b for a, b in zip(total, (n, ok, ext, miss))]
        print(f"{name:<16}{n:>5}{ok:>7}{ext:>12}{miss:>6}{ok / n:>9.1%}")
    n, ok, ext, miss = total
    if n:
        print(f"{'all':<16}{n:>5}{ok:>7}{ext:>12}{miss:>6}{ok / n:>9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
