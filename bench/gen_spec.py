"""One synthetic report as a format-free spec: blocks of text and tables, plus its gold.

``make_spec(seed, ...)`` is deterministic in its arguments. Every renderer draws the same
blocks, so all formats of a spec share one gold (the gold format of
/work/shared/corpus/dev/gold, scored by eval/score.py, plus ``expected_failed_checks``).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import gen_phrases as P
from .gen_numbers import ERROR_KINDS, audit, make_tables
from .gen_organs import LEVELS, Organ, make_contact, make_organ, place
from .gen_tables import table2, table3, table4

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """0-99 in Chinese numerals (十二, 二十, 三十五)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


@dataclass
class Spec:
    id: str
    seed: int
    year: int
    template: str
    organ: Organ
    blocks: list[tuple[str, object]]   # ("title", [lines]) ("h", s) ("p", s) ("table", rows) ("sign", [lines])
    gold: dict
    raws: dict[str, str]               # narrative figure key -> the printed raw string
    shown: dict[str, str]              # table figure key -> the printed cell text ('' = blank)
    txt_encoding: str = "utf-8"
    html_encoding: str = "utf-8"
    chrome: dict = field(default_factory=dict)

    def rng(self, purpose: str) -> random.Random:
        """A renderer's own deterministic random stream."""
        return random.Random(f"{self.seed}:{self.id}:{purpose}")


def _pick_channels(rng) -> list[str]:
    chans = ["portal"] if rng.random() < 0.92 else []
    others = [c for c in P.CHANNEL_WEIGHTS if c != "portal"]
    k = rng.choice([0, 1, 1, 2, 2, 3, 4])
    while len(chans) < k + (1 if chans else 0) or not chans:
        c = rng.choices(others, [P.CHANNEL_WEIGHTS[o] for o in others])[0]
        if c not in chans:
            chans.append(c)
    return chans


def _enumerate(items: list[str], style: str, sep_lines: bool) -> list[str]:
    """Paragraph(s) listing items with an enumerator style; items carry no end punctuation."""
    marks = P.ORDINALS[style]
    parts = [f"{marks[i]}{it}。" for i, it in enumerate(items)]
    return parts if sep_lines else ["".join(parts)]


def make_spec(seed: int, *, idx: int = 0, id: str | None = None, year: int | None = None,
              level: str | None = None, zeros: float = 0.35, distinct: bool = False,
              blank_cells: float = 0.0, errors: float = 0.0, quirks: bool = False) -> Spec:
    """Random, internally consistent report content (and its gold) for one seed.

    zeros: share of reports whose tables 3 and 4 are all zero; distinct: every table cell a
    different non-zero number; blank_cells: chance a zero cell is printed blank (absent from
    gold); errors: chance of one injected inconsistency (listed in expected_failed_checks).
    """
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; valid: {', '.join(LEVELS)}")
    rng = random.Random(f"{seed}:{idx}")
    sid = id or f"g{idx:04d}"
    year = year or rng.randrange(2019, 2026)
    template = "2019" if year <= 2020 else "2021"
    organ = make_organ(rng, level)
    contact = make_contact(rng, organ)
    error = rng.choice(ERROR_KINDS) if rng.random() < errors else None
    values, shown = make_tables(rng, template, organ.level, zeros=zeros, distinct=distinct,
                                blank_cells=blank_cells, error=error)
    we = organ.we
    brand = place(rng) + rng.choice(["发布", "政务", "之声", ""])
    owner = organ.site_owner
    chans = _pick_channels(rng)
    figures: dict[str, float] = {}
    raws: dict[str, str] = {}
    blocks: list[tuple[str, object]] = []
    fmt = {"year": year, "we": we, "name": organ.name, "head": organ.head, "owner": owner, "brand": brand}

    # ---- title and preamble
    title = rng.choice([f"{organ.name}{year}年政府信息公开工作年度报告",
                        f"{year}年{organ.name}政府信息公开工作年度报告",
                        f"{organ.name}{year}年度政府信息公开工作年度报告"])
    blocks.append(("title", [title] if rng.random() < 0.8 else [title[:-4], title[-4:]]))
    pre = [rng.choice(P.PREAMBLE).format(compiler=rng.choice(["办公室", ""]),
                                         fmt=2019 if template == "2019" else 2021,
                                         fmtno=60 if template == "2019" else 30, **fmt),
           rng.choice(P.PERIOD).format(**fmt)]
    site_printed = "portal" in chans and "website" in contact
    if site_printed:
        pre.append(rng.choice(P.SITE).format(site=contact["website"], **fmt))
    printed_contact = {k: v for k, v in contact.items() if k != "website"}
    if printed_contact and rng.random() < 0.85:
        parts = []
        labels = {"address": "地址", "postcode": "邮编", "fax": "传真", "email": "电子邮箱"}
        for k in ("address", "postcode", "phones", "fax", "email"):
            if k == "phones":
                parts.append("联系电话：" + "、".join(contact["phones"]))
            elif k in contact:
                parts.append(f"{labels[k]}：{contact[k]}")
        pre.append(f"如对本报告有疑问，请与{organ.name}{rng.choice(['办公室', '政务公开办公室', ''])}联系"
                   f"（{'；'.join(parts)}）。")
    else:
        contact = {k: v for k, v in contact.items() if k == "website"}
    if not site_printed:  # the website is printed only in the portal sentence
        contact.pop("website", None)
    blocks += [("p", p) for p in (pre if rng.random() < 0.7 else ["".join(pre)])]

    # ---- headings
    style = rng.choice(["cn", "cn", "cn", "arabic", "seed"])
    nums = {"cn": "一二三四五六", "arabic": "123456", "seed": "1二三四五六"}[style]

    def heading(i: int, text: str) -> str:
        n = nums[i]
        return f"{n}、{' ' if style == 'seed' and i == 0 else ''}{text}"

    sub = ["（一）", "（二）", "（三）", "（四）", "（五）"]
    titles4 = rng.choice(["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"])
    titles5 = rng.choice(["存在的主要问题及改进情况", "存在的主要问题及改进措施", "存在的主要问题和改进情况"])

    # ---- section 一
    blocks.append(("h", heading(0, "总体情况")))
    chief = None
    post = rng.choice(organ.posts)
    office = rng.choice(organ.offices)
    lead_i = rng.randrange(len(P.LEAD_SENTENCES))
    if lead_i not in P.LEAD_SINGLE:
        chief = rng.choice([p for p in ["主要领导", "党委书记" if organ.level == "township" else "主要负责同志"]])
    lead = P.LEAD_SENTENCES[lead_i].format(chief=chief, post=post, office=office, we=we)
    officials = [p for p in (chief, post) if p]

    n_active = rng.randrange(5, 60) if organ.level in ("township", "subdistrict") else rng.randrange(40, 3000)
    act = rng.choice(P.ACTIVE).format(n=n_active, **fmt)
    figures["n.active_published"] = n_active
    raws["n.active_published"] = f"{n_active}条"
    if rng.random() < 0.4:
        items = rng.sample(P.BREAKDOWN_ITEMS, 3)
        cuts = sorted(rng.sample(range(1, max(4, n_active)), 3)) if n_active > 4 else [1, 2, 3]
        nums_b = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1]]
        act += "，其中" + "、".join(f"{it}{v}条" for it, v in zip(items, nums_b))
    act += "。"
    if "wechat" in chans and rng.random() < 0.6:
        n_w = rng.randrange(10, 400)
        act += rng.choice(P.WECHAT).format(n=n_w, **fmt)
        figures["n.wechat_posts"] = n_w
        raws["n.wechat_posts"] = f"{n_w}条"
    pool = [d for d in P.DISTRACTORS if "{head}" not in d or organ.level in ("township", "county", "county_dept")]
    distract = "".join(rng.choice(pool).format(a=rng.randrange(2, 120), b=rng.randrange(2, 60),
                                                          big=n_active * 7 + rng.randrange(1, 999), **fmt)
                       for _ in range(rng.randrange(0, 3)))
    if distract:
        act += f"此外，{distract.rstrip('，')}。"

    # narrative request / review counts
    t3new = values.get("t3.new_received.total")
    req_text = None
    if t3new is not None and rng.random() < 0.8:
        n_req = t3new + (rng.choice([1, 2, 5]) if error == "n.requests_vs_t3" else 0)
        if n_req == 0 and rng.random() < 0.5:
            req_text = rng.choice(P.REQUESTS_NONE).format(**fmt)
            raws["n.requests_received"] = "未收到"
        else:
            shown_n = cn_number(n_req) if 0 < n_req < 100 and rng.random() < 0.3 else str(n_req)
            req_text = rng.choice(P.REQUESTS).format(n=shown_n, **fmt)
            raws["n.requests_received"] = f"{shown_n}件"
        figures["n.requests_received"] = n_req
    elif error == "n.requests_vs_t3":
        error = None
    rev_text = None
    t4r, t4d, t4a = (values.get(k) for k in ("t4.review.total", "t4.direct.total", "t4.after_review.total"))
    if None not in (t4r, t4d, t4a) and rng.random() < 0.7:
        n_lit = t4d + t4a
        if t4r == 0 and n_lit == 0 and rng.random() < 0.5:
            rev_text = rng.choice(P.REVIEW_NONE)
            raws["n.review_cases"] = raws["n.litigation_cases"] = "行政复议"
        else:
            rev_text = rng.choice(P.REVIEW).format(r=t4r, l=n_lit)
            raws["n.review_cases"], raws["n.litigation_cases"] = f"{t4r}件", f"{n_lit}件"
        figures["n.review_cases"], figures["n.litigation_cases"] = t4r, n_lit

    phr = []
    for c in chans:
        phr.append(rng.choice(P.CHANNELS[c]).format(owner=owner, brand=brand))
    chan_text = rng.choice(P.CHANNEL_SENTENCES).format(list="、".join(phr), we=we)
    intro = rng.choice(P.INTRO).format(**fmt)
    manage = rng.choice(P.MANAGE)
    if rng.random() < 0.6:  # with sub-headings
        parts = [("主动公开", act), ("依申请公开", " ".join(t for t in (req_text, rev_text) if t) or
                                    "严格按照法定程序和时限办理依申请公开事项。"),
                 ("政府信息管理", manage), ("平台建设", chan_text), ("监督保障", lead)]
        blocks.append(("p", intro))
        for i, (h, body) in enumerate(parts):
            if rng.random() < 0.5:
                blocks.append(("h", f"{sub[i]}{h}"))
                blocks.append(("p", body))
            else:
                blocks.append(("p", f"{sub[i]}{h}情况。{body}"))
    else:
        body = [intro + lead, act + chan_text, " ".join(t for t in (req_text, rev_text) if t) + manage]
        blocks += [("p", b) for b in body if b]

    # ---- sections 二 三 四 (tables)
    wrap = rng.random() < 0.25
    intro_tab = rng.random() < 0.25
    blocks.append(("h", heading(1, "主动公开政府信息情况")))
    if intro_tab:
        blocks.append(("p", "该部分以表格形式报告。"))
    blocks.append(("table", table2(template, shown, {"本年新制作数量", "本年新公开数量"} if wrap else set())))
    blocks.append(("h", heading(2, "收到和处理政府信息公开申请情况")))
    if intro_tab:
        blocks.append(("p", "该部分以表格形式报告。"))
    blocks.append(("table", table3(template, shown, wrap=wrap or rng.random() < 0.2,
                                   rng=random.Random(f"{seed}:{idx}:quirks") if quirks else None)))
    blocks.append(("h", heading(3, titles4)))
    blocks.append(("table", table4(shown, wrap=wrap)))

    # ---- section 五
    blocks.append(("h", heading(4, titles5)))
    problems = rng.sample(P.PROBLEMS, rng.randrange(2, 5))
    remedies = rng.sample(P.REMEDIES, rng.randrange(2, 5))
    layout = rng.choice(["sub", "sub", "one", "lines"])
    st_p, st_r = rng.choice(list(P.ORDINALS)), rng.choice(list(P.ORDINALS))
    if layout == "one":
        st_p = st_r = rng.choice(["yishi", "diyi"])
        blocks.append(("p", rng.choice(P.PROBLEM_INTRO).format(**fmt) + "：" +
                       _enumerate(problems, st_p, False)[0] +
                       rng.choice(P.REMEDY_INTRO).format(**fmt) + "：" + _enumerate(remedies, st_r, False)[0]))
    else:
        if st_p == "paren":
            st_p = "arabic"
        if st_r == "paren":
            st_r = "arabic"
        for i, (head_text, items, st, intro_pool) in enumerate(
                [(rng.choice(["存在的主要问题", "主要问题", "存在的问题"]), problems, st_p, P.PROBLEM_INTRO),
                 (rng.choice(["改进措施", "改进情况", "下一步工作打算"]), remedies, st_r, P.REMEDY_INTRO)]):
            blocks.append(("h", f"{sub[i]}{head_text}"))
            lines = st in ("arabic", "paren") or layout == "lines"
            paras = _enumerate(items, st, lines)
            if not lines and rng.random() < 0.6:
                paras[0] = rng.choice(intro_pool).format(**fmt) + "：" + paras[0]
            blocks += [("p", p) for p in paras]

    # ---- section 六
    blocks.append(("h", heading(5, "其他需要报告的事项")))
    if rng.random() < 0.2:
        fee = rng.randrange(20, 3000)
        blocks.append(("p", P.FEE_LINE.format(n=fee, **fmt)))
        figures["n.fees_collected"] = fee
        raws["n.fees_collected"] = f"{fee}元"
    else:
        blocks.append(("p", rng.choice(P.SECTION6).format(**fmt)))
    pub = f"{year + 1}年{rng.randrange(1, 2)}月{rng.randrange(5, 31)}日"
    blocks.append(("sign", [organ.name, pub]))

    figures.update(values)
    gold_organ = {"name": organ.name, "level": organ.level}
    if organ.county:
        gold_organ["county"] = organ.county
    gold = {
        "id": sid,
        "organ": gold_organ,
        "year": year,
        "template": template,
        "contact": contact,
        "facts": {"responsible_official": officials, "responsible_office": [office], "channel": chans,
                  "problem": problems, "remedy": remedies},
        "figure_tables": ["t2", "t3", "t4"],
        "figures": figures,
        "expected_failed_checks": audit(figures, template),
        "notes": f"synthetic (bench.generate seed={seed} idx={idx}"
                 + (f", injected error {error}" if error else "") + ")",
    }
    if organ.county and organ.county not in "".join(str(b[1]) for b in blocks):
        # the county must be stated somewhere: put it in the signature
        blocks[-1] = ("sign", [organ.county + organ.short, pub])
    txt_enc = rng.choices(["utf-8", "utf-8-sig", "gb18030"], [6, 2, 2])[0]
    html_enc = rng.choices(["utf-8", "gbk"], [7, 3])[0]
    chrome = {"date": f"{year + 1}-01-{rng.randrange(10, 31)}", "source": organ.site_owner or organ.name,
              "hits": rng.randrange(30, 5000), "idx": f"{rng.randrange(10**8, 10**9)}/{year + 1}-{rng.randrange(1, 999):05d}",
              "code": f"{rng.randrange(10**9, 10**10)}", "icp": f"{rng.randrange(10**7, 10**8)}"}
    return Spec(sid, seed, year, template, organ, blocks, gold, raws, shown, txt_enc, html_enc, chrome)
