"""Where an organ is, known from what its report states besides its name
(extractor/place_evidence.py): the area code of its own landline, its postcode, the one place
a bare-rank organ's text names, its city's media; every filled place keeps its clues, and
clues that disagree (with each other or with what is stated) give nothing. Made-up reports
over real place names."""
from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.metadata import extract_metadata
from extractor.place_evidence import area_code_of, area_codes, postcode_province
from extractor.record import Organ, Record

pytestmark = pytest.mark.skipif(not __import__("extractor.gazetteer", fromlist=["available"]).available(),
                                reason="the gazetteer (jionlp) is not installed")


def report(title: str, body: str = "", contact: str = "") -> tuple[str, Organ]:
    text = (title + "2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请2件。\n" + body
            + "\n六、其他需要报告的事项\n" + contact)
    return text, extract_metadata(Document(path="t.txt", format="txt", text=text, sha256="")).organ


def places(title: str, body: str = "", contact: str = "") -> tuple:
    _, o = report(title, body, contact)
    return o.level, o.province, o.city, o.county, tuple(sorted({e["how"] for e in o.place_evidence}))


# ---------------------------------------------------------------- reading a number's area code
@pytest.mark.parametrize("phone, code", [
    ("0577-62522251", "0577"), ("0577—62522251", "0577"), ("（0577）62522251", "0577"),
    ("(0991)4567890", "0991"), ("0451 5585 1927", "0451"), ("010-12345678", "010"),
    ("020-8888 6666", "020"), ("0898-66123456", "0898"),
    ("13812345678", None), ("88670059", None), ("400-800-1234", None), ("12345", None),
])
def test_area_code_of(phone, code):
    assert area_code_of(phone) == code


def test_the_area_code_table():
    codes = area_codes()
    assert codes["0577"] == ("浙江省", "温州市")
    assert codes["0991"] == ("新疆维吾尔自治区", "乌鲁木齐市")
    assert codes["0431"] == ("吉林省", "长春市")          # the package says 吉林/吉林
    assert codes["0555"] == ("安徽省", "马鞍山市")        # the package says 辽宁/鞍山
    assert codes["0898"] == ("海南省", None)              # the whole province: no city
    assert codes["029"] == ("陕西省", None)               # 西安 and 咸阳 share it
    assert codes["010"] == ("北京市", None)               # a municipality has no prefecture
    assert all(v[0] for v in codes.values())


@pytest.mark.parametrize("postcode, province", [
    ("325400", "浙江省"), ("830002", "新疆维吾尔自治区"), ("137400", "内蒙古自治区"),
    ("130062", "吉林省"), ("750300", "内蒙古自治区"), ("750001", "宁夏回族自治区"),
    ("32540", None), ("", None),
])
def test_postcode_province(postcode, province):
    assert postcode_province(postcode) == province


# ---------------------------------------------------------------- the families, in several shapes
@pytest.mark.parametrize("title, contact, want", [
    # a township whose name is many places: its landline's area code (several formats)
    ("城关镇人民政府", "联系电话：0577-63101234\n", ("township", "浙江省", "温州市", None, ("area_code",))),
    ("城关镇人民政府", "咨询电话：（0991）4561234，邮编：830002\n",
     ("township", "新疆维吾尔自治区", "乌鲁木齐市", None, ("area_code", "postcode"))),
    ("新华街道办事处", "电话：0451 87654321\n", ("subdistrict", "黑龙江省", "哈尔滨市", None, ("area_code",))),
    # a shared code tells the province only
    ("新华街道办事处", "联系电话：0898-66771234\n", ("subdistrict", "海南省", None, None, ("area_code",))),
    # the postcode alone: the province
    ("城关镇人民政府", "邮政编码：325400\n", ("township", "浙江省", None, None, ("postcode",))),
    # the fax counts as the organ's own line too
    ("城关镇人民政府", "传真：0871-63101234\n", ("township", "云南省", "昆明市", None, ("area_code",))),
])
def test_the_contact_lines_tell_the_place(title, contact, want):
    assert places(title, contact=contact) == want


@pytest.mark.parametrize("title, contact, want", [
    # a mobile, a number without its code: nothing
    ("城关镇人民政府", "联系电话：13912345678\n", ("township", None, None, None, ())),
    ("城关镇人民政府", "联系电话：86701234\n", ("township", None, None, None, ())),
    # two clues that disagree: nothing (0571 is Hangzhou, 830002 Xinjiang)
    ("城关镇人民政府", "电话：0571-86701234，邮编：830002\n", ("township", None, None, None, ())),
    # two phones of two cities: nothing
    ("城关镇人民政府", "电话：0571-86701234、0577-63101234\n", ("township", None, None, None, ())),
    # a clue against what the organ states: nothing (平阳县 is in Zhejiang)
    ("平阳县城关镇人民政府", "电话：0991-4561234\n", ("township", None, None, "平阳县", ())),
    # a national department: no place from its Beijing phone
    ("自然资源部", "电话：010-66551234\n", ("national_dept", None, None, None, ())),
])
def test_no_clue_or_clues_that_disagree_give_nothing(title, contact, want):
    assert places(title, contact=contact) == want


@pytest.mark.parametrize("title, contact, want", [
    # a county that is two places (朝阳区: Beijing and Changchun): the phone picks one
    ("朝阳区某某局", "电话：0431-88771234\n", ("county_dept", "吉林省", "长春市", "朝阳区", ("area_code",))),
    ("朝阳区某某局", "电话：010-88771234\n", ("county_dept", "北京市", None, "朝阳区", ("area_code",))),
    # …and a phone of neither gives nothing
    ("朝阳区某某局", "电话：0577-88771234\n", ("county_dept", None, None, "朝阳区", ())),
    # a province's department: the province only, never its capital's city
    ("省审计厅", "电话：0571-87051234\n", ("province_dept", "浙江省", None, None, ("area_code",))),
])
def test_a_clue_settles_what_the_stated_places_leave_open(title, contact, want):
    assert places(title, contact=contact) == want


def test_a_county_read_from_the_text_keeps_where():
    text, o = report("某某镇人民政府", "在东至县委、县政府的领导下，我镇推进政务公开。")
    assert o.county == "东至县"
    assert [(e["field"], e["how"], e["text"]) for e in o.place_evidence] == [("county", "named_in_text", "东至县")]
    assert all(text[e["span"][0]:e["span"][1]] == e["text"] for e in o.place_evidence)


def test_a_place_the_stated_places_settle_is_left_as_stated():
    # 龙游县 lies in 衢州市 (the gazetteer says so); the phone agrees and adds nothing
    assert places("龙游县大街乡人民政府", contact="电话：0570-7071234\n") == \
        ("township", None, None, "龙游县", ())


@pytest.mark.parametrize("title, body, want", [
    # an organ named by a bare rank word: the one place of that rank its text names
    ("自治区人民政府办公厅", "贯彻落实宁夏回族自治区党委部署，宁夏政府网发布信息100条。",
     ("province", "宁夏回族自治区", None, None, ("named_in_text",))),
    ("自治区人民政府办公厅", "围绕新疆工作总目标，在新疆政府网发布信息。",
     ("province", "新疆维吾尔自治区", None, None, ("named_in_text",))),
    ("省财政厅", "按照湖南省人民政府办公厅的要求，全面推进公开。",
     ("province_dept", "湖南省", None, None, ("named_in_text",))),
    ("市财政局", "在绍兴市委、市政府领导下，全市财政系统推进公开。",
     ("city_dept", "浙江省", "绍兴市", None, ("named_in_text",))),
    # a 市 whose county-level cities are named: the prefecture they lie in
    ("市商务局", "全市商务工作会议在东阳市召开，义乌市、东阳市两地交流经验。",
     ("city_dept", "浙江省", "金华市", None, ("named_in_text",))),
    # its city's own media
    ("市政府办公室", "在嘉兴日报、嘉兴电视台开设专栏。",
     ("city", "浙江省", "嘉兴市", None, ("local_media",))),
])
def test_a_bare_rank_organ_and_the_one_place_its_text_names(title, body, want):
    assert places(title, body) == want


@pytest.mark.parametrize("title, body", [
    ("自治区人民政府办公厅", "学习广西、宁夏的经验。"),            # two regions: nothing
    ("自治区人民政府办公厅", "本年度无特别事项。"),                # none named
    ("省财政厅", "学习浙江、江苏两省经验。"),                      # no full name 某省
    ("市财政局", "赴杭州市、宁波市考察学习。"),                    # two cities
    ("市财政局", "在温州日报发布信息，赴杭州市考察学习。"),        # two cities, two families
])
def test_a_bare_rank_organ_whose_text_does_not_settle_it(title, body):
    level, province, city, county, hows = places(title, body)
    assert hows == () and city is None and province in (None, "省", "自治区")   # the bare word as stated


@pytest.mark.parametrize("site, want", [
    ("http://www.yueqing.gov.cn/col/col1229/index.html", ("浙江省", "温州市", ("website",))),
    ("https://mzj.changchun.gov.cn/", ("吉林省", "长春市", ("website",))),
    ("www.Dongyang.gov.cn", ("浙江省", "金华市", ("website",))),
    ("www.yiwu.gov.cn", (None, None, ())),          # 义乌 and 伊吾 spell alike: neither
    ("gongan.jl.gov.cn", (None, None, ())),         # the label before gov.cn names no place
    ("www.wenzhou.com.cn", (None, None, ())),       # not a government's domain
])
def test_the_website_domain_spells_the_place(site, want):
    body = f"本报告电子版可在本级政府门户网站（{site}）查阅。"
    level, province, city, county, hows = places("城关镇人民政府", body)
    assert (province, city, hows) == want


def test_the_spelling_of_a_place():
    from extractor.place_pinyin import place_spelled, spellings
    assert "yueqing" in spellings("乐清") and "leqing" in spellings("乐清")
    assert place_spelled("zoucheng") == ("山东省", "济宁市")
    assert place_spelled("shanghai") == ("上海市", None)
    assert place_spelled("shanxi") is None           # 山西, 陕西
    assert place_spelled("xxgk") is None and place_spelled("zw") is None


@pytest.mark.parametrize("address, want", [
    ("浙江温州鹿城区某某路1号", (("浙江省", "温州市", "鹿城区"), 7)),
    ("新疆伊犁州尼勒克县某某路2号", (("新疆维吾尔自治区", "伊犁哈萨克自治州", "尼勒克县"), 9)),
    ("中国浙江省温州市某路", (("浙江省", "温州市", None), 8)),
    ("广西南宁市青秀区某路", (("广西壮族自治区", "南宁市", "青秀区"), 8)),
    ("北京市朝阳区某路", (("北京市", None, "朝阳区"), 6)),      # a municipality: no prefecture
    ("温州路1号", None), ("北京路8号", None),                    # a short name alone: a street
    ("朝阳区某路", None),                                        # two places of the name
    ("岳麓区长沙市某路", None), ("长沙市株洲市某路", None),      # out of order, two cities
    ("冯三镇正街84号", None), (None, None),
])
def test_the_places_an_address_opens_with(address, want):
    from extractor.organ_address import address_region
    assert address_region(address) == want


@pytest.mark.parametrize("title, contact, want", [
    # a county the address names settles the township's places (the gazetteer knows 鹿城区 once)
    ("城关镇人民政府", "办公地址：浙江温州鹿城区某某路1号\n", ("township", None, None, "鹿城区", ("address",))),
    ("城关镇人民政府", "办公地址：浙江温州某某路1号\n", ("township", None, None, None, ())),   # 温州某: no place
    ("城关镇人民政府", "办公地址：浙江省温州市某某路1号\n", ("township", "浙江省", "温州市", None, ("address",))),
    ("新华街道办事处", "地址：新疆伊犁州某某路2号\n",
     ("subdistrict", "新疆维吾尔自治区", "伊犁哈萨克自治州", None, ("address",))),
    # the address and the phone agree
    ("城关镇人民政府", "地址：广西南宁市某某路3号，电话：0771-5551234\n",
     ("township", "广西壮族自治区", "南宁市", None, ("address", "area_code"))),
    # …or disagree: nothing
    ("城关镇人民政府", "地址：广西南宁市某某路3号，电话：0577-5551234\n", ("township", None, None, None, ())),
    # an address of another county than the organ's is not its own
    ("朝阳区某某街道办事处", "地址：长春市南关区某路3号\n", ("subdistrict", None, None, "朝阳区", ())),
])
def test_the_address_by_short_forms(title, contact, want):
    assert places(title, contact=contact) == want


# ---------------------------------------------------------------- the evidence is kept
def test_every_filled_place_keeps_its_clues_with_spans():
    text, o = report("城关镇人民政府", contact="联系电话：0577-63101234；邮编：325000\n")
    assert (o.province, o.city) == ("浙江省", "温州市")
    fields = sorted((e["field"], e["how"]) for e in o.place_evidence)
    assert fields == [("city", "area_code"), ("province", "area_code"), ("province", "postcode")]
    for e in o.place_evidence:
        assert text[e["span"][0]:e["span"][1]] == e["text"]
    assert {e["text"] for e in o.place_evidence} == {"0577-63101234", "325000"}


def test_the_evidence_goes_through_the_record_and_back():
    _, o = report("城关镇人民政府", contact="联系电话：0577-63101234\n")
    rec = Record(source={"path": "t.txt"}, text="x", organ=o)
    back = Record.from_dict(rec.to_dict())
    assert back.organ.place_evidence == o.place_evidence
    assert Record.from_dict({**rec.to_dict(), "organ": {"name": "某镇"}}).organ.place_evidence == []


# ---------------------------------------------------------------- in the store
def _store_report(db, title: str, contact: str) -> int:
    from extractor.pipeline import extract_document
    import store
    text = (title + "2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请2件。\n"
            "六、其他需要报告的事项\n" + contact)
    rec = extract_document(Document(path=f"{title}.txt", format="txt", text=text, sha256=""))
    return store.save_record(db, rec, path=f"{title}.txt")


def test_the_store_keeps_the_clues_and_a_region_finds_the_report(store_db):
    from store import browse, corrections
    from store.effective import effective_record
    rid = _store_report(store_db, "城关镇人民政府", "联系电话：0577-63101234\n")
    _store_report(store_db, "新华街道办事处", "联系电话：13912345678\n")
    organ = effective_record(store_db, rid)["organ"]
    assert (organ["province"], organ["city"]) == ("浙江省", "温州市")
    assert {(e["field"], e["how"], e["text"]) for e in organ["place_evidence"]} == {
        ("province", "area_code", "0577-63101234"), ("city", "area_code", "0577-63101234")}
    assert browse.count_reports(store_db, browse.Filters(region="浙江省")) == 1
    assert browse.count_reports(store_db, browse.Filters(region="温州市")) == 1
    # a reviewer's correction of the city: its clue no longer stands, the province's does
    corrections.correct_meta(store_db, rid, "organ.city", "台州市")
    organ = effective_record(store_db, rid)["organ"]
    assert {e["field"] for e in organ["place_evidence"]} == {"province"}


def test_a_township_the_gazetteer_holds_once_keeps_its_city_beside_a_postcodes_province(store_db):
    from store import browse
    rid = _store_report(store_db, "背荫河镇人民政府", "邮编：150227\n")
    _store_report(store_db, "新华街道办事处", "邮编：310051\n")
    from store.effective import effective_record
    organ = effective_record(store_db, rid)["organ"]
    assert (organ["province"], organ["city"]) == ("黑龙江省", None)
    assert browse.count_reports(store_db, browse.Filters(region="黑龙江省")) == 1
    assert browse.count_reports(store_db, browse.Filters(region="哈尔滨市")) == 1   # by its name
    assert browse.count_reports(store_db, browse.Filters(region="浙江省")) == 1


def test_the_website_clue_points_at_the_label_it_read():
    text, o = report("城关镇人民政府", "本报告可在政府门户网站（http://www.kaiyang.gov.cn/zwgk/）查阅。")
    assert (o.province, o.city) == ("贵州省", "贵阳市")
    assert {(e["how"], e["text"]) for e in o.place_evidence} == {("website", "kaiyang")}
    assert all(text[e["span"][0]:e["span"][1]] == e["text"] for e in o.place_evidence)


# ---------------------------------------------------------------- the assistant's region filter
@pytest.fixture(scope="module")
def clue_db(tmp_path_factory):
    import store
    db = store.connect(tmp_path_factory.mktemp("clues") / "c.db")
    _store_report(db, "城关镇人民政府", "联系电话：0577-63101234\n")                 # 浙江 温州 by its phone
    _store_report(db, "自治区人民政府办公厅", "围绕新疆工作总目标推进公开。\n")       # 新疆 by its text
    _store_report(db, "新华街道办事处", "电话：（0991）4561234\n")                     # 新疆 乌鲁木齐
    _store_report(db, "龙泉镇人民政府", "联系电话：13912345678\n")                     # nowhere known
    return db


@pytest.mark.parametrize("q, want", [
    ("浙江的报告有哪些", {"城关镇人民政府"}),
    ("温州的乡镇有哪些", {"城关镇人民政府"}),
    ("新疆的报告有哪些", {"自治区人民政府办公厅", "新华街道办事处"}),
    ("乌鲁木齐的街道有哪些", {"新华街道办事处"}),
])
def test_the_assistant_counts_a_report_where_its_clues_place_it(clue_db, q, want):
    from assistant import ask
    a = ask(clue_db, q)
    assert {r[0] for r in a.rows} == want, a.text


def test_a_reviewer_reads_why_a_place_is_given():
    from store import labels
    _, o = report("城关镇人民政府", contact="联系电话：0577-63101234；邮编：325000\n")
    assert labels.place_evidence(o.place_evidence) == \
        "浙江省：据联系电话的区号“0577-63101234”、邮政编码“325000”；温州市：据联系电话的区号“0577-63101234”"
    _, o = report("市政府办公室", "在嘉兴日报开设专栏。")
    assert labels.place_evidence(o.place_evidence) == "浙江省、嘉兴市：据本地媒体名称“嘉兴日报”"
    assert labels.place_evidence([]) == ""


# ---------------------------------------------------------------- a zone named after a place's short name
@pytest.mark.parametrize("title, contact, want", [
    # the short name alone: its one city, kept as a zone_name clue
    ("芜湖经济技术开发区管理委员会", "", ("other", "安徽省", "芜湖市", None, ("zone_name",))),
    # the short name agreeing with the organ's own phone: both clues kept
    ("芜湖经济技术开发区管理委员会", "联系电话：0553-5840123。", ("other", "安徽省", "芜湖市", None, ("area_code", "zone_name"))),
    # the short name of another city's district (东湖区 is 南昌's; 东湖高新区 lies in 武汉): the report's
    # own address and phone say otherwise, and the guess gives nothing
    ("东湖高新区管委会", "联系地址：武汉市东湖新技术开发区高新大道777号；联系电话：027-67880560。",
     ("other", None, "武汉市", None, ("address",))),
    ("东湖高新区管委会", "联系电话：027-67880560。", ("other", None, None, None, ())),
    # a province's short name alone before the zone: the province only
    ("湖南湘江新区管理委员会", "", ("other", "湖南省", None, None, ("zone_name",))),
])
def test_a_zone_named_after_a_short_name_is_a_clue_among_the_others(title, contact, want):
    assert places(title, contact=contact) == want


@pytest.mark.parametrize("phone, code", [("０５７７－６２５２２２５１", "0577"), ("（０９９８）２８６２０１５", "0998")])
def test_an_area_code_in_full_width_digits(phone, code):
    assert area_code_of(phone) == code


def test_a_postcode_in_full_width_digits():
    assert postcode_province("３１１８００") == postcode_province("311800") is not None


def test_a_zone_name_not_written_whole_still_gives_its_clue():
    # the name read from 经开区 + the 编制 sentence's 喀什经济开发区管理委员会: the clue's text is where
    # the text writes the zone's name
    text, o = report("喀什经济开发区管委会", contact="联系电话：０９９８－２８６２０１５。")
    assert (o.province, o.city) == ("新疆维吾尔自治区", "喀什地区")
    assert all(text[e["span"][0]:e["span"][1]] == e["text"] for e in o.place_evidence)
    assert {e["how"] for e in o.place_evidence} == {"area_code", "zone_name"}
