"""bench.grow_store: a store grown by copies inside SQLite keeps every reference inside its copy,
indexes every copy's text, and answers as that many stores would."""
from __future__ import annotations

import sqlite3

from assistant import ask
from bench.grow_store import grow
from test_assistant_questions import build


def test_a_grown_store_is_that_many_copies_with_their_own_organs(tmp_path):
    src = build(tmp_path / "small.db")
    dst = tmp_path / "grown.db"
    res = grow(src, dst, times=3)
    small, big = sqlite3.connect(src), sqlite3.connect(dst)
    n = small.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert res["reports"] == 3 * n
    for t in ("effective_reports", "figures", "facts", "docs", "effective_checks", "report_texts"):
        assert big.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == \
            3 * small.execute(f"SELECT count(*) FROM {t}").fetchone()[0], t
    assert big.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every copy's rows point at the copy's report and organ
    assert big.execute("SELECT count(*) FROM facts f JOIN reports r ON r.id = f.report_id").fetchone()[0] \
        == big.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert not big.execute("SELECT 1 FROM effective_reports e JOIN reports r ON r.id = e.report_id "
                           "WHERE e.organ_id <> r.organ_id").fetchall()
    hits = lambda c: c.execute("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH '政务新媒体'").fetchone()[0]
    assert hits(big) == 3 * hits(small) > 0   # the FTS index holds every copy
    names = {r[0] for r in big.execute("SELECT name FROM organs WHERE name LIKE '%花沟镇%'")}
    assert names == {"高青县花沟镇人民政府", "西高青县花沟镇人民政府", "南高青县花沟镇人民政府"}
    a = ask(str(dst), "2021年有多少份乡镇报告？")
    b = ask(src, "2021年有多少份乡镇报告？")
    assert a.value == 3 * b.value
