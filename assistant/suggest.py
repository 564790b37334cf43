"""When a question is not understood: say what was understood and what is missing, and offer
close alternatives (the question with its unknown word swapped for the nearest metric the
assistant knows, then the nearest example questions of ``lexicons/question_examples.tsv``).
``unknown_organs`` finds organ names a question gives that the store does not hold (花沟镇
in a store without it), so no other organ's figures are given in their place.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from . import vocab
from .examples import example_in_passing
from .planrewrite import without_asker, without_quoted
from .queryplan import QueryPlan
from .words import GOV_OFFICE_GLOSS, MINISTRY_TAIL, TIER_GOV_OFFICE, TIER_GOV_OFFICE_ALONE

_ORGAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|局|委|办|厅|署|中心|市|县|区|省|旗|" + MINISTRY_TAIL + ")")


_ASKING_CHAR = re.compile(r"[的有是在级]")


def suggestions_for(question: str, limit: int = 3) -> list[str]:
    """The question with a word swapped for the closest thing the assistant knows (a metric
    alias), then the closest example questions."""
    out = []
    q = "".join(question.split())
    aliases = list(vocab.metric_aliases())
    known = set(aliases) | set(vocab.words()) | set(vocab.level_words())
    for w in dict.fromkeys(vocab.cut(q)):
        if len(w) < 2 or w in known or not re.fullmatch(r"[\u4e00-\u9fff]+", w):
            continue
        hit = process.extractOne(w, aliases, scorer=fuzz.ratio, score_cutoff=50)
        if hit and hit[0] not in q:
            out.append(q.replace(w, hit[0], 1))
        if len(out) >= 2:
            break
    qs = [e for e, _ in vocab.examples() if e not in out]
    out += [h[0] for h in process.extract(question, qs, scorer=fuzz.ratio, limit=limit)]
    return out[:limit]


def unknown_organs(question: str, plan: QueryPlan) -> list[str]:
    """Organ-looking words of a question that found no organ or region (花沟镇 in a store
    without it): a name before 镇 / 局 … made of no question words."""
    if plan.organ_ids or plan.region or plan.followup:
        return []
    polite = [w for w, (role, _) in vocab.words().items() if role in ("polite", "group")]
    known = [w for w in list(vocab.words()) + list(vocab.level_words()) + list(vocab.metric_aliases())
             if len(w) >= 2 and w not in polite]
    levels = set(vocab.level_words())   # a level word ends 朝阳街道; in its head (乡镇街道) it is none
    out = []
    q = without_asker(GOV_OFFICE_GLOSS.sub("", without_quoted("".join(question.split()))))
    q = TIER_GOV_OFFICE.sub(r"\1", q)   # 省级政府办公厅: that tier's government, no organ unknown
    q = TIER_GOV_OFFICE_ALONE.sub(r"\1", q)   # 省政府或省政府办公厅: no 政府办 unknown
    q = example_in_passing(q)[0]   # …，像官洲街道那种: an example, no organ asked (rule example_in_passing)
    if plan.phrase:
        q = q.replace(plan.phrase, "")   # 提到政务服务中心: a phrase searched for, not an organ
    for said in (plan.office, plan.official):   # 是党政办负责的 / 常务副旗长分管的: no organ's name
        if said:
            q = q.replace(said, "")
    last_end = -1
    for m in _ORGAN_WORD.finditer(q):
        if q[m.end():m.end() + 1] in ("镇", "乡", "街", "区", "县", "市") and any(
                q.startswith(lv, m.end() - 1) for lv in levels if len(lv) >= 2):
            continue   # 请统计乡镇…: the 乡 opens the level word 乡镇 (two places' words), it ends no name
        w = _strip_asking(m.group(0), polite)   # 我想看看县级政府, 按县区统计县直部门: no names
        if not w or w in vocab.words():
            continue   # 按地市: a word of the question as a whole
        if m.start() == last_end and w[0] in "和与及或跟、" and len(w) >= 4:
            w = w[1:]   # 洛阳市和郑州市: the second name without the 和 joining it
        last_end = m.end()
        tail = 2 if w.endswith(("街道", "中心")) else 1
        cut = [i for i, ch in enumerate(w[:-tail]) if _ASKING_CHAR.match(ch)]
        if cut and len(w) - tail - cut[-1] - 1 >= 2 and not w[cut[-1]] in "和与或及":
            w = w[cut[-1] + 1:]   # 有没有气象局 / 市级税务局: 气象局, 税务局 (no words of asking)
        head = w[:-tail]
        if w in levels:
            continue   # 市辖区 / 县级市: a level word as a whole, no name
        # 和 与 或 及 join two names after a name of two characters or more (花沟镇和…) or a
        # level word (乡镇和街道); inside a name they are its own characters (白和镇, 和平镇)
        conj = re.search(r"[和与或及]", head)
        if len(head) >= 2 and not re.search(r"[的有是在各所哪几多少全每中了年为把被对级个前后非除由掉剔刨不]", head) \
                and not (conj and (conj.start() >= 2 or head[:conj.start()].endswith(tuple("镇乡县区市省道")))) \
                and not any(k in (head if k in levels else w) for k in known):   # 朝阳街道
            out.append(w)
    out += [w for w in unread_places(plan) if w not in out]
    return out


_PLACE_SUFFIXES = ("省", "自治区", "市", "州", "盟", "地区")


def unread_places(plan: QueryPlan) -> list[str]:
    """Unread words that open with a province's or a prefecture's name written without its
    suffix (西藏, 成都, 内蒙古: the gazetteer knows 西藏自治区, 成都市): a place the reading did
    not take, so the store holds no report of it."""
    from extractor import gazetteer
    from extractor.places import gazetteer_rank
    if not gazetteer.available():
        return []
    out = []
    for piece in plan.unread:
        for n in (4, 3, 2):
            head = piece[:n]
            if len(head) == n and (any(gazetteer_rank(head + suf) in ("province", "city") for suf in _PLACE_SUFFIXES)
                                   or gazetteer.full_form(head) or gazetteer.league_short(head)):
                # 文山州: 文山壮族苗族自治州; 锡盟: 锡林郭勒盟
                out.append(head)
                break
    return out


_BODY_TAILS = ("局", "委", "厅", "办", "署", "所", "院", "馆", "站", "队", "中心")


def _strip_asking(w: str, words: list[str]) -> str:
    """``w`` without the asking words it starts with (请问, 帮我, 统计, 按县区 …)."""
    again = True
    while again:
        again = False
        for a in sorted(words, key=len, reverse=True):
            if w.startswith(a) and len(w) > len(a) and w[len(a):] not in _BODY_TAILS:
                w, again = w[len(a):], True   # 统计局 is a name (局 alone is none); 统计乡镇 is not
                break
    return w


def not_understood(question: str, plan: QueryPlan) -> tuple[str, list[str]]:
    """What was understood, what is missing, and questions to ask instead."""
    sugg = suggestions_for(question, limit=6 if plan.untold else 3)
    if plan.untold:   # 女领导: never suggested back with the word no report can tell
        sugg = [s for s in sugg if not any(w in s for w in plan.untold)][:3]
    understood = plan.describe()
    missing = []
    if "relyear" in plan.given:
        missing.append("这个相对的年份说法（如“近两年”“明年”）不是库中的某一年，请写明年份（如：2023年收到多少件申请？）")
    if "share" in plan.given:
        missing.append("占比要有一项数字和一个条件（如：收到申请为0的乡镇占多少比例？）")
    if plan.kind == "contact" and not ({"relyear", "share"} & set(plan.given)):
        missing.append("要查哪个机关的联系方式（如：花沟镇的联系电话是多少？）")
    elif not plan.metric and plan.kind in ("unknown", "figure"):
        missing.append("要问的是哪一项数字或内容（如：收到申请、行政复议、主动公开）")
    if plan.other_metrics:
        labels = [vocab.metric(m).label for m in (plan.metric, *plan.other_metrics)]
        missing.append("一次只能问一项数字，这个问题问了" + "、".join(labels) + "，请分开问")
    unknown = unknown_organs(question, plan)
    if unknown:
        missing.append("库中没有找到“" + "”“".join(unknown) + "”" + (
            "，相近的有“" + "”“".join(plan.unmatched) + "”" if plan.unmatched else ""))
    elif plan.unmatched:
        missing.append("库中没有找到这个机关，相近的有“" + "”“".join(plan.unmatched) + "”")
    text = (f"没能理解这个问题。已识别：{understood}。" + ("还缺：" + "；".join(missing) + "。" if missing else "")
            + "可以这样问：" + " / ".join(sugg))
    return text, sugg
