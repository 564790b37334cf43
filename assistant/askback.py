"""The answers that ask back or say what was not read, instead of answering a guess: a name the
store does not hold (one character off a held one: offered), a name typed one character off a held
organ's (``nearmiss.py``), a bare bureau name several organs end with (市商务局), 它 after a list of
several organs, a condition no rule read, and the not-understood answer with its suggestions."""
from __future__ import annotations

import re
from dataclasses import replace

from .nearnames import common_name, held_sector, kind_slip, other_sector, real_place
from .plan import parse
from .queryplan import QueryPlan
from .reading import items_of
from .result import Answer
from .suggest import not_understood


_PLACELESS = re.compile(r"^[市县区省][\u4e00-\u9fff]{2,}")


def placeless(name: str) -> bool:
    """市商务局 / 县教育局: a level character and a bureau, no place (市场监督管理局 starts with
    the word 市场, a bureau of its own)."""
    from . import vocab
    from .names import short_forms
    return bool(_PLACELESS.match(name)) and (vocab.tokenizer().FREQ.get(name[:2]) or 0) < 50 \
        and not any(name.startswith(f) for f in short_forms() if f[0] == name[0])   # 市监局: 市场监督管理局


def ask_back(question, plan, unknown, organs, context) -> Answer:
    """An organ name the store does not hold: say so and, for each stored name one character
    off (桦楠县: 桦南县), offer that reading; never answer a guess."""
    a = not_understood_answer(question, plan)
    near = []
    for w in unknown:
        if real_place(w) or common_name(w):
            continue   # 北京市 / 财政局: a name of its own the store lacks, never a slip (北票市, 民政局)
        for name in organs.near(w):
            if other_sector(w, name, organs):
                continue   # 省财政厅 beside 省民政厅: another sector the store holds, no slip
            q2 = question.replace(w, name)
            near.append(name)
            a.options.append({"label": f"“{w}”按“{name}”理解", "question": q2,
                              "reading": items_of(parse(q2, organs, context))})
    if near:
        a.text = (f"库中没有“{'”“'.join(unknown)}”。是不是“{'”或“'.join(near)}”？"
                  "（请选择，或改正后再问）")
    else:   # said first, then the nearest kind the store holds (教育部: 教育 organs), then what was understood
        held = [(w, h) for w in unknown for h in [held_sector(w, organs)] if h]
        a.text = f"库中没有“{'”“'.join(unknown)}”的报告。" + "".join(
            f"库中有名称含“{part}”的机关{len(names)}个：" + "、".join(names[:3]) + ("等" if len(names) > 3 else "")
            + "。" for _, (part, names) in held) + a.text
    return a


def offer_near_miss(question, plan, miss, organs, context) -> Answer:
    """A name typed one character off a held organ's or place's (assistant/nearmiss.py): said
    absent as typed, the held names offered, nothing answered."""
    typed, held = miss
    plan = replace(plan, rules=plan.rules_plus("near_miss"))
    a = not_understood_answer(question, plan)
    names = "”或“".join(full for full, _ in held)
    a.text = (f"库中没有“{typed}”的报告；库中有名称相近的“{names}”（名称不同），没有按它回答。"
              "是不是指它？（请选择，或改正后再问）")
    for full, q2 in held:
        a.options.append({"label": f"按“{full}”", "question": q2,
                          "reading": items_of(parse(q2, organs, context))})
    return a


def kind_typos(unknown, organs) -> dict[str, str] | None:
    """Each unknown word one character off exactly one bare kind of bureau the store holds
    (卫建局: 卫健局; 民正局: 民政局), no place and no name of its own: word -> that kind; None when
    any is not (a place one character off another is asked back: 桦楠县, 桦南县?)."""
    out = {}
    for w in unknown:
        kind = kind_slip(w, organs)
        if kind is None:
            return None
        out[w] = kind
    return out


def which_one(question, plan, name, organs, context) -> Answer:
    """市商务局: the name as printed by some reports, and the end of other organs' names
    (广元市商务局 …): which one is meant is asked, each a reading to choose."""
    others = sorted({o for o in organs.names if o != name and o.endswith(name)
                     and not any(o2 != o and o.endswith(o2) and o2.endswith(name) and o2 != name
                                 for o2 in organs.names)})[:8]
    a = Answer(question=question, understood=False, plan=plan,
               text=f"“{name}”不止一个：库中有名称就是“{name}”的报告，也有" + "、".join(
                   f"“{o}”" for o in others) + "。请问是哪一个？")
    for o in [name, *others]:
        q2 = question.replace(name, o, 1) if o != name else question
        a.options.append({"label": f"按“{o}”", "question": q2,
                          "reading": items_of(parse(q2, organs, context))})
    return a


def which_listed(question, plan, listed, organs, context) -> Answer:
    """它 after an answer listing several organs' reports: which one is asked, each organ a
    reading to choose (the question re-typed with its name for 它)."""
    plan = replace(plan, rules=plan.rules_plus("refer_several"))
    a = Answer(question=question, understood=False, plan=plan,
               text=f"上一个回答列出了{len(listed)}个机关的报告（" + "、".join(listed[:8])
               + ("等" if len(listed) > 8 else "") + "），“它”指的是哪一个？请说出机关名称再问。")
    for o in listed[:8]:
        if o.startswith("（未写明机关"):
            continue
        q2 = re.sub(r"它(?!们)", o, question, count=1)
        a.options.append({"label": f"按“{o}”", "question": q2,
                          "reading": items_of(parse(q2, organs, None))})
    return a


def unread_condition(question: str, plan: QueryPlan) -> Answer:
    """A condition or a comparison among the words no rule read (标题年份和统计年度不一样):
    answering without it would answer another question (every report), so it is said and asked."""
    a = not_understood_answer(question, plan)
    words = "”“".join(plan.unread_conditions)
    if len(plan.level_slip) > 2:   # 县级单门: one character off 县级单位 and 县级部门, which is not known
        typed, words = plan.level_slip[0], plan.level_slip[1:]
        a.text = (f"“{typed}”和“{'”“'.join(words)}”都只差一个字，不知道指哪一个，所以没有回答。"
                  "请选择，或改正后再问。" + a.text)
        for word in words:
            q2 = question.replace(typed, word, 1)
            a.options.append({"label": f"“{typed}”按“{word}”理解", "question": q2,
                              "reading": items_of(parse(q2))})
        return a
    if "mixed_union" in plan.rules:   # 福建的县直部门… → 再加上浙江的乡镇: two scopes, no one filter
        both = next((n.split("：", 1)[1] for n in plan.notes if n.startswith("两个范围：")), "")
        a.text = (f"“{words}”要把两个不同的范围合在一起（{both}），一次查询只能按一个地区和层级的"
                  "组合回答，所以没有合并回答；请分两次问，再相加。" + a.text)
        return a
    a.text = (f"没有读懂“{words}”：这是一个条件或比较，不按它筛选就会答成另一个问题，所以没有回答。"
              "请换一种说法，或改问库中能筛选的条件（年份、层级、地区、机关、某项数字的大小）。" + a.text)
    return a


def not_understood_answer(question: str, plan: QueryPlan) -> Answer:
    text, sugg = not_understood(question, plan)
    return Answer(question=question, text=text, understood=False, plan=plan, suggestions=sugg)
