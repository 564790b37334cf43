"""Two readings of the words around organs, apart from ``assistant.plan``:

- ``of_kind``: a bare bureau name (教育局, 卫健局) covers the organs of its kind, whatever the
  second field joined before the tail (教育和科学技术局) and whichever tail (局 / 委 / 委员会);
- ``shortfall_phrase``: a shortfall said with no 提到 (公开内容不够全面的单位) is searched in the
  problems, never every report.
"""
from __future__ import annotations

import re

from .names import DEPT_TAILS
from .queryplan import QueryPlan
from .unread import kind_names


def shortfall_phrase(p: QueryPlan, t, q: str, set_) -> None:
    """A run no rule read that says a shortfall (内容不够全面, 更新不及时, 人员力量不足), in a question
    that asks nothing else (no figure, channel, fact, contact, text or check): the problems that
    say it, never every report (its words are looked for when the run is not found as typed)."""
    from .keywords import shortfall_words
    if p.metric or p.channel or p.fact_kind or p.contact_field or p.phrase or p.check \
            or p.table or p.official or p.office or p.unstated or p.op:
        return
    short = [w for w in shortfall_words() if len(w) >= 2]
    for m in re.finditer(r"[\u4e00-\u9fff]{2,16}", t.s):
        seg = q[m.start():m.end() + 3]
        hit = next((w for w in short if w in seg[1:]), None)
        if hit:   # the run up to the end of the shortfall word (人员力量 + 不足)
            end = m.start() + seg.index(hit, 1) + len(hit)
            end = max(end, m.end() - (1 if q[m.end() - 1:m.end()] == "的" else 0))
            set_("phrase", q[m.start():end], "shortfall_phrase")
            set_("text_kinds", tuple(dict.fromkeys(p.text_kinds + ("problem",))), "shortfall_phrase")
            t.take(m.start(), end)
            return


def of_kind(name: str, organs, ids: tuple) -> tuple:
    """The organs of the kind a bare bureau name says (教育局, 公安局, 自然资源局): every organ
    whose name holds it, or holds it with a second field joined in before its tail (教育体育局,
    教育和体育局, 自然资源和规划局, 教育和科学技术局), a bureau's branch included (某市公安局某区分局)."""
    tail = next(t for t in sorted(DEPT_TAILS, key=len, reverse=True) if name.endswith(t))
    stem = name[:-len(tail)]
    if len(stem) < 2:
        return ids
    # 卫健局 / 卫生健康委: one kind of organ, a 局 in one place and a 委(员会) in another
    tails = "(?:局|委员会|委)" if tail in ("局", "委", "委员会") else re.escape(tail)
    stems = "|".join(re.escape(x) for x in kind_names(stem))   # 卫健: 卫生健康 too
    pat = re.compile(f"(?:{stems})" + r"(?:[和与及]?[\u4e00-\u9fff]{1,4})?" + tails)
    more = {i for i, full in organs.display.items() if full and pat.search(full)}
    return tuple(sorted(set(ids) | more))
