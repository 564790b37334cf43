"""A zone's name said with 政府 (苏州工业园区政府, 芜湖经开区人民政府): the zone's management
committee (管委会), its governing body, never the county governments' level that 区政府 names
elsewhere (rule zone_government; the zones' tails in lexicons/question_zone_bodies.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    from extractor.lexicon import load
    rows = load("question_zone_bodies", required=("tail", "body"), unique=("tail",))
    body = {r["tail"]: r["body"] for r in rows}
    tails = "|".join(re.escape(t) for t in sorted(body, key=len, reverse=True))
    # a name of two characters or more before the tail (苏州 + 工业园区), then 政府 / 人民政府
    return re.compile(rf"([\u4e00-\u9fff]{{2,10}}?(?:{tails}))(?:人民)?政府(?!办|部门|各|直属|组成)"), body


def zone_government(q: str) -> tuple[str, str | None]:
    """``q`` with a zone's 政府 read as its body (苏州工业园区政府: 苏州工业园区管委会) and the note
    saying so, or ``q`` and None."""
    rx, body = _pattern()
    m = rx.search(q)
    if not m:
        return q, None
    tail = next(t for t in sorted(body, key=len, reverse=True) if m.group(1).endswith(t))
    said = m.group(1) + body[tail]
    return q[:m.start()] + said + q[m.end():], f"“{m.group(0)}”按“{said}”理解（园区没有人民政府，由管委会管理）"
