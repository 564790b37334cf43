"""Invented organs (place names from syllables, plus a few real county names), their
leaders' posts, offices and contact details."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

SYL = list("青石白河云岭松桥安平丰宁泽川阳林溪源东西南华新兴龙凤长乐和泉湖山江峰柳桃梅竹金银"
           "玉明昌盛德永福康清水寿鹤鸣望沙田坪塘岗湾浦庄营集堡阜城洛嘉瑞祥泰宜信广汇临")
REAL_COUNTIES = ["桐庐县", "长丰县", "沛县", "丰县", "平阴县", "德清县", "巫溪县", "镇原县", "宁陵县", "绥德县"]
LEVELS = ["township", "subdistrict", "county", "county_dept", "city", "city_dept", "province",
          "province_dept", "national_dept", "other"]
LEVEL_WEIGHTS = [26, 10, 12, 18, 5, 12, 3, 7, 2, 5]

COUNTY_DEPTS = ["教育局", "民政局", "财政局", "自然资源局", "交通运输局", "卫生健康局", "司法局",
                "市场监督管理局", "人力资源和社会保障局", "农业农村局", "住房和城乡建设局", "应急管理局",
                "生态环境分局", "文化和旅游局", "统计局", "医疗保障局", "水利局", "林业局"]
CITY_DEPTS = COUNTY_DEPTS[:-3] + ["发展和改革委员会", "卫生健康委员会", "商务局", "公安局", "审计局"]
PROVINCE_DEPTS = ["自然资源厅", "教育厅", "交通运输厅", "民政厅", "财政厅", "水利厅", "卫生健康委员会",
                  "住房和城乡建设厅", "农业农村厅", "生态环境厅", "司法厅", "商务厅"]
NATIONAL_DEPTS = ["国家档案局", "国家统计局", "国家邮政局", "国家文物局", "国家知识产权局", "国家林业和草原局"]
OTHER_ORGANS = ["住房公积金管理中心", "经济技术开发区管理委员会", "高新技术产业开发区管理委员会",
                "公共资源交易中心", "机关事务管理局"]

# (post, weight) per kind of organ: who is put in charge of disclosure work
POSTS = {
    "township": ["党委副书记", "副镇长", "镇长", "党委委员", "党委书记"],
    "xiang": ["党委副书记", "副乡长", "乡长", "党委委员"],
    "subdistrict": ["党工委副书记", "办事处副主任", "办事处主任", "党工委委员"],
    "gov": ["常务副{h}长", "副{h}长", "政府秘书长", "政府办公室主任"],
    "gov_office": ["办公室主任", "办公室副主任", "分管副主任"],
    "dept": ["分管副局长", "副局长", "局长", "党组成员", "主要领导", "分管领导"],
    "wei": ["分管副主任", "副主任", "主任", "党组成员", "分管领导"],
    "ting": ["分管副厅长", "副厅长", "厅长", "党组成员"],
    "national": ["分管副局长", "副局长", "党组成员"],
    "other": ["分管副主任", "副主任", "主任", "分管领导"],
}
OFFICES = {
    "township": ["党政办公室", "党政综合办公室", "综合办公室", "党建工作办公室"],
    "subdistrict": ["党政办公室", "综合办公室", "党群工作办公室"],
    "gov": ["政府办公室", "政务公开办公室", "政务公开科", "政务服务管理办公室"],
    "gov_office": ["政务公开科", "政务公开办公室", "秘书科", "信息科"],
    "dept": ["办公室", "综合科", "政策法规科", "办公室（政务公开科）", "综合股", "法规股"],
    "province": ["办公室", "政策法规处", "综合处", "办公室（政务公开处）"],
    "national": ["办公室", "政策法规司", "办公室政务公开处"],
    "other": ["办公室", "综合科", "综合管理部"],
}
ROADS = ["人民路", "建设路", "解放路", "文化路", "府前街", "中山路", "新华路", "胜利路", "迎宾大道",
         "滨河路", "光明街", "和平路", "振兴大道", "长安街"]


@dataclass
class Organ:
    name: str
    level: str
    short: str                 # the name without its county/city prefix (花沟镇人民政府)
    county: str | None = None  # gold county (county-level unit), when the level has one
    city: str | None = None
    province: str | None = None
    posts: list[str] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)
    we: str = "我单位"           # how the report calls itself
    site_owner: str = ""       # whose portal carries the report
    head: str = "县"            # 县/区/市: the county-level unit's own suffix


def place(rng: random.Random, n: int = 2) -> str:
    while True:
        s = "".join(rng.choice(SYL) for _ in range(n))
        if len(set(s)) == len(s):
            return s


def make_organ(rng: random.Random, level: str | None = None) -> Organ:
    level = level or rng.choices(LEVELS, LEVEL_WEIGHTS)[0]
    prov = place(rng) + "省"
    city = place(rng) + "市"
    r = rng.random()
    if r < 0.12:
        county = rng.choice(REAL_COUNTIES)
    elif r < 0.55:
        county = place(rng) + "县"
    elif r < 0.85:
        county = place(rng) + "区"
    else:
        county = place(rng) + "市"  # county-level city
    head = county[-1]
    if level == "township":
        kind = rng.choice(["镇", "镇", "乡"])
        town = place(rng) + kind
        name = rng.choice([f"{county}{town}人民政府", f"{town}人民政府"])
        return Organ(name, level, f"{town}人民政府", county=county, city=city,
                     posts=POSTS["township" if kind == "镇" else "xiang"], offices=OFFICES["township"],
                     we=f"我{kind}", site_owner=f"{county}人民政府", head=head)
    if level == "subdistrict":
        if head != "区":
            county = county[:-1] + "区"
        sd = place(rng, rng.choice([2, 2, 3])) + "街道办事处"
        name = rng.choice([f"{city}{county}{sd}", f"{county}{sd}", sd])
        return Organ(name, level, sd, county=county, city=city, posts=POSTS["subdistrict"],
                     offices=OFFICES["subdistrict"], we="我街道", site_owner=f"{county}人民政府", head="区")
    if level == "county":
        if rng.random() < 0.3:
            return Organ(f"{county}人民政府办公室", level, f"{county}人民政府办公室", county=county, city=city,
                         posts=POSTS["gov_office"], offices=OFFICES["gov_office"], we="我办",
                         site_owner=f"{county}人民政府", head=head)
        return Organ(f"{county}人民政府", level, f"{county}人民政府", county=county, city=city,
                     posts=[p.format(h=head) for p in POSTS["gov"]], offices=[f"{head}{o}" if o == "政府办公室" else o
                                                                           for o in OFFICES["gov"]],
                     we=f"我{head}", site_owner=f"{county}人民政府", head=head)
    if level == "county_dept":
        dept = rng.choice(COUNTY_DEPTS)
        posts = POSTS["wei" if dept.endswith("委员会") else "dept"]
        return Organ(f"{county}{dept}", level, dept, county=county, city=city, posts=posts,
                     offices=OFFICES["dept"], we="我局" if dept.endswith("局") else "本机关",
                     site_owner=f"{county}人民政府", head=head)
    if level == "city":
        if rng.random() < 0.3:
            return Organ(f"{city}人民政府办公室", level, f"{city}人民政府办公室", city=city,
                         posts=POSTS["gov_office"], offices=OFFICES["gov_office"], we="我办",
                         site_owner=f"{city}人民政府")
        return Organ(f"{city}人民政府", level, f"{city}人民政府", city=city,
                     posts=[p.format(h="市") for p in POSTS["gov"]],
                     offices=["市政府办公室" if o == "政府办公室" else o for o in OFFICES["gov"]], we="我市",
                     site_owner=f"{city}人民政府")
    if level == "city_dept":
        dept = rng.choice(CITY_DEPTS)
        return Organ(f"{city}{dept}", level, dept, city=city,
                     posts=POSTS["wei" if dept.endswith("委员会") else "dept"], offices=OFFICES["dept"],
                     we="我局" if dept.endswith("局") else "我委", site_owner=f"{city}人民政府")
    if level == "province":
        if rng.random() < 0.4:
            return Organ(f"{prov}人民政府办公厅", level, f"{prov}人民政府办公厅", province=prov,
                         posts=["办公厅副主任", "分管副主任", "办公厅主任"], offices=["政务公开办公室", "政务公开处"],
                         we="我厅", site_owner=f"{prov}人民政府")
        return Organ(f"{prov}人民政府", level, f"{prov}人民政府", province=prov,
                     posts=["常务副省长", "副省长", "省政府秘书长"], offices=["省政府办公厅", "政务公开办公室"],
                     we="省政府", site_owner=f"{prov}人民政府")
    if level == "province_dept":
        dept = rng.choice(PROVINCE_DEPTS)
        return Organ(f"{prov}{dept}", level, dept, province=prov,
                     posts=POSTS["wei" if dept.endswith("委员会") else "ting"], offices=OFFICES["province"],
                     we="我厅" if dept.endswith("厅") else "我委", site_owner=f"{prov}人民政府")
    if level == "national_dept":
        dept = rng.choice(NATIONAL_DEPTS)
        return Organ(dept, level, dept, posts=POSTS["national"], offices=OFFICES["national"], we="我局",
                     site_owner=dept)
    other = rng.choice(OTHER_ORGANS)
    return Organ(f"{city}{other}", "other", other, city=city, posts=POSTS["other"], offices=OFFICES["other"],
                 we="本单位", site_owner=f"{city}人民政府")


def make_contact(rng: random.Random, organ: Organ) -> dict:
    """Contact fields the report prints (a subset, as real reports do)."""
    area = f"0{rng.randrange(310, 999)}"
    where = organ.county or organ.city or organ.province or "北京市"
    c = {}
    if rng.random() < 0.8:
        c["address"] = f"{where}{rng.choice(ROADS)}{rng.randrange(1, 400)}号"
    if rng.random() < 0.7:
        c["postcode"] = f"{rng.randrange(10, 86)}{rng.randrange(0, 9999):04d}"
    c["phones"] = [f"{area}-{rng.randrange(2000000, 8999999)}"]
    if rng.random() < 0.15:
        c["phones"].append(f"{area}-{rng.randrange(2000000, 8999999)}")
    if rng.random() < 0.4:
        c["fax"] = f"{area}-{rng.randrange(2000000, 8999999)}"
    if rng.random() < 0.35:
        user = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randrange(4, 9)))
        c["email"] = f"{user}{rng.randrange(10, 999)}@{rng.choice(['163.com', '126.com', 'qq.com'])}"
    if rng.random() < 0.6:
        letters = "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(rng.randrange(2, 6)))
        c["website"] = rng.choice([f"www.{letters}.gov.cn", f"http://www.{letters}.gov.cn"])
    return c
