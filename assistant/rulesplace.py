"""The rules that read which organs and places a question is about (slots ``region``,
``organs``, ``levels``, ``organ_type``): years, figures, conditions and the shape of the answer
are ``assistant.rules``'s own, which joins these into ``RULES``."""
from __future__ import annotations

from .rule import Rule

PLACE_RULES: tuple[Rule, ...] = (
    Rule("region_excluded", "region", "an exclusion word right before a place or after it (去掉上海的,"
         " 除了杭州市, 上海的除外): every report but that place's (and of no stated place)",
         (("去掉沂源县的乡镇报告有几份", {"region": ("county", "沂源县"), "region_not": True}),
          ("乡镇的报告有几份，沂源县的除外", {"region": ("county", "沂源县"), "region_not": True}))),
    Rule("level_typo", "levels", "an unread run one character off a level word of three characters or"
         " more, not its first (assistant/leveltypo.py: 街到办, 乡政符, 县直部们): read as it and said;"
         " off two level words (县级单门): asked which",
         (("把2023年的街到办报告列出来", {"levels": ("subdistrict",)}),
          ("县直部们收到申请最多的是哪个", {"levels": ("county_dept",)}),
          ("县级单门有几份报告", {"level_slip": ("县级单门", "县级部门", "县级单位")}))),
    Rule("level_word", "levels", "lexicons/question_levels.tsv, longest match (县直部门, 乡镇,"
         " 省级人民政府)",
         (("省级人民政府的报告有几份？", {"levels": ("province",)}),
          ("哪些县级人民政府没有收到政府信息公开申请？", {"levels": ("county",)}),
          ("哪些乡镇没有收到申请", {"levels": ("township",)}),
          # 县里的部门 / 市里的部门: that tier's departments, never every level's
          ("县里的部门收到多少申请", {"levels": ("county_dept",)}),
          ("市里的各部门有哪些零申请", {"levels": ("city_dept",)}))),
    Rule("level_not_widened", "levels", "a level word covering several levels (部门) after a level named"
         " that it covers (县里的局…哪个部门 / 市直部门中哪家 / 省级部门里哪个部门): which one of those, never"
         " every level it covers; 其他 / 所有 / 各级 before it widen as said",
         (("县里的局里面，收到申请最多的是哪个部门", {"levels": ("county_dept",)}),
          ("市直部门中哪个部门收到的申请最少", {"levels": ("city_dept",)}))),
    Rule("level_excluded", "levels", "除了 / 不是 / 非 / 不含 before a level word, or 不算 / 除外 /"
         " 自己的不算 after it: every other level; with levels named too (省级…省政府除外), those"
         " levels less it",
         (("除了乡镇以外收到申请的有哪些", {"excluded_levels": ("township",)}),
          ("省直厅局的年报一共几份（省政府自己的不算）", {"levels": ("province_dept",)}),
          ("省级的报告有几份，省政府除外", {"levels": ("province_dept",)}))),
    Rule("organ_name", "organs", "the store's organ names and their short forms"
         " (assistant/names.py), longest first",
         (("花沟镇2021年收到多少件申请？", {"organ_names": ("花沟镇",)}),)),
    Rule("region_name", "region", "the store's county / city / province names; a place from"
         " the store counts only when it is a plausible place (names.plausible_place)",
         (("沂源县有几份报告", {"region": ("county", "沂源县")}),)),
    Rule("bracket_alternative", "organs", "X局（厅） / X委（局）: a bracketed other tail names the"
         " bureau of either tail, read as X局或X厅",
         (("教育局（厅）的报告有几份", {"organ_names": ("教育局",)}),)),   # the test store: no 教育厅
    Rule("sector", "organs", "X部门 / X系统 / X条线 / X单位 / X机关: the organs whose name holds X",
         (("教育系统收到多少申请", {"organ_names": ("教育系统",)}),)),
    Rule("organ_type", "organ_type", "lexicons/question_organ_types.tsv, or a word before 单位 /"
         " 机关 / 部门 no other rule read: the organs whose name holds it; none in the store:"
         " the answer says 库中没有…的报告",
         (("哪些海关单位收到了政府信息公开申请？", {"absent_kind": "海关"}),
          ("哪些教育单位收到了申请", {"organ_type": "教育"}))),
    Rule("place_kind", "organ_type", "lexicons/question_place_kinds.tsv (旗, 苏木, 嘎查, 盟) standing as"
         " a word: the organs in a place whose name ends so; none in the store: 库中没有…的报告",
         (("各旗、苏木的年报零申请情况", {"absent_kind": "旗”“苏木"}),
          ("苏木的报告有几份", {"absent_kind": "苏木"}))),
    Rule("untold", "levels", "question_words.tsv role untold (副省级城市, 计划单列市, 贫困县): a kind no"
         " report says an organ is; not answered, said, never read as the level inside it (省级)",
         (("副省级城市的报告有哪些", {"untold": ("副省级城市",), "levels": ()}),
          # value person: a leader's attribute no report records (姓 + the character after)
          ("分管领导是女领导的单位有哪些", {"untold": ("女领导",), "untold_person": True}),
          ("姓李的领导分管的乡镇", {"untold": ("姓李",), "untold_person": True}),
          # value field: a report's own field no store keeps (标题上的年份, 发布日期)
          ("标题年份是2022年的报告有几份", {"untold": ("标题年份",), "untold_field": True}))),
    Rule("glued_place", "organs", "a place typed wrong inside an organ name (临夏洲公安局, 信峰县卫健委):"
         " two to four characters of no question word before a bureau name the store holds, the"
         " whole one character off a stored name: asked back with it; none near and ending as a"
         " place (洛西县卫健委): 库中没有; never every body of the kind, never its 县 a level"
         " (assistant/nearnames.py)", ()),
    Rule("near_miss", "organs", "a name typed one character off a held organ's around the part found"
         " (乌拉特中旗新安镇 when 乌拉特前旗新安镇人民政府 is held; 科尔沁右翼前旗 when 科尔沁右翼中旗 is):"
         " said absent as typed, the held name offered, nothing answered (assistant/nearmiss.py)", ()),
    Rule("place_added", "region", "a place after a question of a place, with 加上 / 也算上 / 再加上 /"
         " a leading 还有 (no 呢): both places (QueryPlan.also_regions), the kind and condition"
         " kept; 还有…呢 or a place alone asks the other place; a first clause of adding and a"
         " question after it (加上安徽的，主动公开合计多少): the union, asked that"
         " (assistant/scopeunion.adds_then_asks)", ()),   # tests: test_assistant_families9, familiesv8
    Rule("places_joined", "region", "two or more places in one question joined by 和 / 、 / 与 / 及 / 跟"
         " (2021年江西和安徽的报告一共几份): every place, a union (QueryPlan.also_regions), never the"
         " last alone (assistant/joinedplaces.py)",
         (("高青县和沂源县的乡镇报告一共几份", {"region": ("county", "高青县"),
                                        "also_regions": (("county", "沂源县"),)}),)),
    Rule("level_added", "levels", "a level after a question of a level, with 加上 / 也算进来 / 一起算:"
         " both levels, the place, kind and condition kept (assistant/scopeunion.py added_levels)",
         ()),   # tests: test_assistant_followups14
    Rule("sector_tails", "organs", "a sector's bureau named bare (卫健局, 民政局) is every organ of the"
         " sector whatever the tail of its family (lexicons/question_tail_families.tsv: 局 / 委 /"
         " 委员会 / 厅), its short and full spellings (卫健 / 卫生健康); 民政 of 人民政府 never",
         (("教育局的报告都有哪些", {"organ_names": ("教育局",)}),)),   # more: test_assistant_families4
    Rule("tier", "levels", "a level said right before a bureau: 县级 / 县里的 / 市一级的 or the level's one"
         " character alone with no place (省卫健委, 2023年县教育局): that tier's bureaus",
         (("市级教育局有几份报告", {"levels": ("city_dept",)}),
          ("县里的教育局有哪些报告", {"levels": ("county_dept",)}),
          ("2021年县教育局收到多少申请", {"levels": ("county_dept",)}))),
    Rule("place_bureau", "levels", "a place named right before a bureau, in full or without its end"
         " (杭州市民政局, 杭州民政局, 信丰卫健委): that place's own tier of bureaus (市级部门), never a"
         " district's bureau inside it; none held: said, the ones inside offered (placebureau)",
         (("沂源教育局收到多少申请", {"levels": ("county_dept",)}),
          ("沂源县教育局2021年收到多少申请", {"levels": ("county_dept",)}))),
    # answer-level rules (assistant/nearnames.py, answer.py): their examples are the cases of
    # tests/test_assistant_families.py, which need a store of their own names
    Rule("near_name", "organs", "a place one character off a held one (拱县: 珙县, by its sound when"
         " the name has two characters), a place's bureau held only as its branch (…肥城分局) or"
         " abbreviated (住建局: 住房和建设局), a bare bureau name of several organs asked one"
         " contact (公安局的电话): asked back with each reading, or read and said first (a long"
         " name, five characters or more, one off one held name: 巴颜托海镇 read as 巴彦托海镇); another"
         " sector the store holds is no slip (省财政厅 beside 省民政厅)", ()),
    Rule("which_one", "organs", "a bare bureau name of several organs asked one contact: the reading"
         " stands, which organ is asked; a follow-up naming a place or an organ (平阳县的) answers it", ()),
    Rule("tier_of_bodies", "levels", "a tier (县级, 市级, 区县一级: its government and departments) said"
         " of bureaus or a sector (教育局, 自然资源部门) is the tier's departments",
         (("县级的报告里教育局有几份", {"levels": ("county_dept",)}),)),
    Rule("county_in_city", "region", "a place said right before a county that is several places' too"
         " (南京市鼓楼区, 鼓楼区 also 福州's): the county's reports stating that place or named after it"
         " (QueryPlan.region_of); said bare with reports of it in several places, asked back which one"
         " (assistant/nearnames.county_of_several)", ()),   # tests: test_assistant_familiesv
    Rule("city_short_county", "region", "an organ's short name that is wholly a city (bare or in full)"
         " then a county of the store (成都武侯区, 杭州市滨江区): the district of that city, never the"
         " district government's office named so (assistant/planorgans._places_only)",
         ()),   # tests: test_assistant_familiesv7
    Rule("kind_within_place", "organs", "a province said after a list of a bare kind (气象局的报告有哪些 →"
         " 内蒙古的呢): every organ of the kind in it, the province's own bureau one of them"
         " (assistant/kindinplace.kind_in_place); a city or county so said, or a place after one"
         " organ's figure: that place's own when held",
         ()),   # tests: test_assistant_familiesv7
    Rule("kind_as_name", "organs", "a kind of organ (question_organ_types.tsv: 管委会, 公安分局) that is"
         " also one organ's short form: the kind, every organ whose name holds it (…管理委员会,"
         " …公安局南坪分局: names written A…B hold A then B)", ()),
    Rule("place_kind_government", "organs", "a place kind said with 政府 / 人民政府 (旗政府, 苏木人民政府):"
         " those places' governments only; joined to a level word covering it (乡镇和苏木): that level",
         ()),   # tests: test_assistant_familiesv (a store with banners)
    Rule("longer_kind", "organs", "a kind of organ (question_organ_types.tsv: 开发区管委会) covering"
         " an organ's short name or a bare bureau inside it (管委会, 开发区管委): the longer kind",
         ()),   # tests: test_assistant_families11 (a store whose committee is called 管委会)
    Rule("organ_added", "organs", "a follow-up naming organs (a kind or a name) with a word of adding"
         " (再加上开发区管委会呢, 把教育局也算上): the organs before and these, the rest kept", ()),
         # tests: test_assistant_followups12
    Rule("name_part", "organs", "a word no rule read (2-12 characters) that a few stored organs' names hold"
         " (at most a tenth of them; never after 哪 / 各 / 每, never holding a word of"
         " lexicons/question_name_parts.tsv), compared simplified: those organs, said as 机关=the word;"
         " after a place read, the place and the word (no bureau tail) that names open with (苏州 +"
         " 工业园区)", ()),   # its examples need a store of such names: tests/test_assistant_followups13, 14
    Rule("whole_short", "region", "全 and a province's one-character name (lexicons/question_place_scope.tsv role"
         " whole_short: 全疆, 全川): the whole of that province, read as 全新疆 / 全四川",
         ()),   # its examples need a store holding 新疆: tests/test_assistant_followups13.py
    Rule("city_proper", "region", "a city's name and 区 (广州市区), no under word and no level read: the whole"
         " city, said in the first line (the reports cannot tell the city proper from its counties)",
         ()),   # its examples need a store of such a city: tests/test_assistant_followups13.py
    Rule("own_government", "levels", "政府 right after a place read (广州市政府, 乌恰县政府; not 政府办 /"
         " 政府部门, not 人民政府: a name's own word): that place's government, its tier there",
         ()),   # tests/test_assistant_followups13.py
    Rule("own_government_office", "levels", "a government's office right after a place read with no organ of"
         " that name in the store (广东省政府办公厅, 某县人民政府办公室, 某市政府办): the place's government, its"
         " tier there (an office files its government's report), said in the reading; none held is said"
         " absent with the place's other reports, never every report of the place",
         ()),   # tests/test_assistant_families17c.py
    Rule("branch_by_county", "organs", "a city's bureau's branch named by its county as reviewers say it"
         " (assistant/names.py: 泰安市生态环境局肥城分局 is also 肥城生态环境分局 and 肥城市生态环境分局): the"
         " county, bare or in full, the sector and 分局; a name form of rule organ_name",
         ()),   # tests/test_assistant_families17c.py
    Rule("tier_bodies_counted", "organs", "a level's one character and a bureau (省交通厅, 市商务局) that is"
         " one held organ's name and the end of others': counted or listed (几份 / 有哪些), every one of"
         " them; a single value still asks which one (rule which_one)",
         ()),   # tests/test_assistant_families17c.py
    Rule("short_form_read", "organ_type", "a kind typed by a short form with several full forms"
         " (lexicons/organ_abbreviations.tsv: 经开区 = 经济技术开发区 / 经济开发区) whose names"
         " (question_organ_types.tsv) hold some only: the reading says which (“经开区管委会”按"
         "“经济技术开发区管理委员会”理解，不含“经济开发区管理委员会”)",
         ()),   # tests/test_assistant_families17c.py
    Rule("government_office_of", "organs", "a government's name with 办 / 办公室 / 办公厅 after it (二七区政府办)"
         " where the store holds that government's report and none of its office: the report the office"
         " writes for it, said in the reading (“二七区政府办”按“二七区政府”的报告理解)",
         ()),   # tests/test_assistant_govoffice17.py
    Rule("under_place", "region", "lexicons/question_place_scope.tsv role under right after a place"
         " (广州市下面, 金华下属, 沂源县所辖的, 赣州市范围内, 境内, 管辖的), or a whole word beside it (roles whole_place /"
         " whole_after: 整个广东, 辽宁全省): the place and everything inside it, as the place"
         " filter reads it (its cities, counties and their organs), never the short name of the"
         " place's own government (赣州市人民政府); 各县市 after it is a level word",
         (("沂源县下面的乡镇报告有几份", {"region": ("county", "沂源县"), "levels": ("township",)}),
          ("沂源县所辖的单位有哪些", {"region": ("county", "沂源县")}))),
    Rule("other_rank", "region", "a place typed with a rank (lexicons/question_place_scope.tsv role"
         " tail) the store does not hold it at (朝阳区, the store holding 朝阳市 only): asked back"
         " with the held place as the option, never answered for it in silence"
         " (assistant/placescope.rank_elsewhere, nearnames.other_rank)", ()),   # tests: test_assistant_placescope
    Rule("autonomous_short", "region", "an autonomous prefecture or county by the gazetteer's short"
         " name (黔东南州, 黔东南 for 黔东南苗族侗族自治州), as a place and inside its organs' names"
         " (黔东南州民宗委); also a prefecture the store holds through its counties only (红河州:"
         " 弥勒市, 建水县 state no city), the places inside it found by the area map; a league by"
         " its one-character short form when no other league opens with it (锡盟, 阿盟)", ()),   # tests: test_assistant_placescope (the gazetteer)
    Rule("place_taken_out", "region", "a place excluded (去掉乌鲁木齐的, 除了喀什) right after a question of"
         " a place (新疆的报告有哪些): that place less this one (QueryPlan.less_regions), never every"
         " report but this one's; in one question, a place and another excluded after it (淄博市除了"
         "沂源县的): the first less the second; places joined by 和 / 、 are taken out together"
         " (去掉乌鲁木齐和喀什的, 乌鲁木齐和喀什的不要: assistant/planorgans.taken_out)",
         (("淄博市除了沂源县的报告有几份", {"region": ("city", "淄博市"), "region_not": False,
                                "less_regions": (("county", "沂源县"),)}),)),   # more: test_assistant_followups15
    Rule("other_level", "levels", "an organ named with a level it is not at (乌镇街道办, 乌镇 a 镇): said"
         " first that it is of its own level, its reports named and offered, never 库中没有 beside"
         " its count (assistant/heldinstead.py)", ()),   # tests: test_assistant_followups15
    Rule("place_holds_others", "organs", "a place and a kind of bureau it holds no report of (浑南区民政局,"
         " 浑南区 holding 国资局): the place's own organs said after the scope, each offered"
         " (assistant/heldinstead.py)", ()),   # tests: test_assistant_followups15
    Rule("place_not_held", "region", "a place the gazetteer knows (北京, 文山州, 锡林郭勒盟) that no report"
         " of the store is placed in, read as no rule reads it: said first (库中没有“北京”（北京市）的"
         " 报告), no number (a report stating no place may lie there), the held places of its"
         " province offered; never every report's answer (assistant/placenone.py)",
         ()),   # its examples need the gazetteer: tests/test_assistant_readings10.py
    Rule("kinds_joined", "organ_type", "kinds of organ of lexicons/question_organ_types.tsv listed with 、 / 和 /"
         " 或 (开发区、管委会这类单位, 海关或税务单位): the organs of any of them, each kind said in the"
         " first line (名称含“开发区”或“管委会”); a kind listed with no organ in the store is said"
         " (库中没有名称含“海关”的机关), never dropped in silence (assistant/unread.organ_type)",
         ()),   # its examples need organs of the kinds: tests/test_assistant_keptq.py
    Rule("place_kind_narrowed", "organs", "a kind of place said in a follow-up (只要旗的, 其中苏木的, 旗的呢)"
         " after organs of a kind (气象局的报告 → 内蒙古的那几个): those of them in such places, none"
         " held said, never every organ of the places (assistant/placekind.kind_narrowed)",
         ()),   # tests: test_assistant_familiesqv15
    Rule("place_kind_tier", "organs", "a place kind and its government's word said as a tier (地区行署那一级,"
         " 盟行署这一级): every organ of such places, never the governments alone; the kind said as a tier"
         " with no government's word (盟这一级, 旗那一级): its own tier's governments and departments, never"
         " its towns or 苏木 (assistant/placekind.py)",
         ()),   # tests: test_assistant_familiesqv15, test_assistant_words15
    Rule("zone_government", "organs", "a zone's name with 政府 / 人民政府 (苏州工业园区政府, 芜湖经开区政府):"
         " the zone's 管委会, said; never the county governments' level of 区政府"
         " (lexicons/question_zone_bodies.tsv, assistant/zonegov.py)",
         ()),   # tests: test_assistant_familiesqv15
    Rule("county_city_tier", "levels", "a city's tier (市政府, 市级部门, 市里) asked of a county-level city"
         " (浏阳的报告 → 这里面市政府…): the city's own, the county tier, said (assistant/placescope.py)",
         ()),   # tests: test_assistant_familiesqv15
    Rule("one_by_tail", "organs", "那个 / 那家 and an organ's tail (福田区那个署, 滨江那个分局) after a place or"
         " organs: those of the scope whose names end so; two or more asked which, one that organ"
         " (assistant/onetail.py)",
         ()),   # its examples need a store of such organs: tests/test_assistant_s15scope.py
    Rule("government_office", "levels", "a tier's government said with its office (省级政府办公厅, 县级人民"
         "政府办公室): that tier's government, as 省政府办公厅 reads (words.TIER_GOV_OFFICE)",
         (("省级政府办公厅有哪些报告", {"levels": ("province",)}),
          ("县级人民政府办公室的报告有几份", {"levels": ("county",)}))),
    Rule("level_quoted", "levels", "a quoted level's name, alone or with the word after the quotes (“其他”"
         "单位, “乡镇”): the level, never a phrase (after 提到 / 写 / 包含 it stays a phrase)",
         (("“乡镇”有几份报告", {"levels": ("township",), "phrase": None}),)),
    Rule("inclusion_gloss", "levels", "a bracket or a clause ending in 都算 / 都要 / 也算 / 都包括 (opening with"
         " 含 / 包括, or 从…到…都算) that lists kinds of organ (lexicons/question_inclusion.tsv, level words,"
         " kinds of place): what the scope named counts (assistant/inclusion.py), never a condition of"
         " names; each held against the scope and said, a kind wider than the levels named widens them"
         " (said), a word not read said as not understood",
         (("乡镇（乡、镇、苏木）的报告有几份", {"levels": ("township",), "organ_ids": ()}),
          ("省级政府的报告几份？省政府、自治区、直辖市的都算", {"levels": ("province",), "organ_ids": ()}),
          ("乡镇的报告，街道也算，有几份", {"levels": ("township", "subdistrict")}),
          ("国务院部门（国家局、部、署这一级）的报告有几份", {"levels": ("national_dept",), "organ_ids": ()}),
          ("市级部门（地级市、盟的都算）的报告有哪些", {"levels": ("city_dept",), "organ_ids": ()}))),
)
