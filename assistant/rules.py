"""The rules that read a question's words into its reading, as named data.

Each ``Rule`` (``assistant.rule``) has a name, the slot of the reading it fills, how it reads
(the pattern or the lexicon, in words), and example questions with what the plan must hold
after them: the examples are its tests (``tests/test_assistant_reading.py`` runs every one
on a test-built store). ``assistant.plan.parse`` records the rules that fired on
``QueryPlan.rules``; an answer names them (``Answer.to_dict()["rules"]``, the chips' ``rule``).

Fields a parse step sets are credited to the rule of ``FIELD_RULE`` unless the step names
its own rule (the steps added with this registry do). ``RULES`` is this module's rules and
those of organs and places (``assistant.rulesplace``), ``BY_NAME`` every rule by its name.
"""
from __future__ import annotations

from .rule import Rule
from .rulesplace import PLACE_RULES

# the rules of years, templates, figures, conditions, what is asked and the answer's shape;
# those of organs and places (slots region, organs, levels, organ_type) are assistant/rulesplace.py's
RULES: tuple[Rule, ...] = (
    Rule("year", "years", "19xx/20xx 年 (年度), a range 2019-2021年, 2021年以后, 23年",
         (("2021年收到申请超过10件的县直部门有哪些？", {"years": (2021,)}),
          ("2019到2020年收到多少申请", {"years": (2019, 2020)}))),
    Rule("plan_period", "years", "十三五 / 十四五（期间）: the five years of that plan (2016—2020, 2021—2025)",
         (("十四五期间的报告有几份", {"years": (2021, 2022, 2023, 2024, 2025)}),)),
    Rule("year_excluded", "years", "除了 / 不是 / 非 / 不含 / 去掉 / 不要 before a year (2019年以外), or 不算 /"
         " 除外 after it (2019年的不算): every other year, a report of no stated year included",
         (("除了2019年以外的街道报告有几份", {"excluded_years": (2019,), "years": ()}),
          ("去掉2019年度的街道报告有几份", {"excluded_years": (2019,), "years": ()}),
          ("街道报告有几份，2019年的不算", {"excluded_years": (2019,), "years": ()}))),
    Rule("year_open_excluded", "years", "an exclusion word before an open range (去掉2022年以前的, 不要"
         " 2021年之后的): the years left, the year named kept (2022—; —2021), never the range taken away",
         (("浙江的乡镇报告，去掉2022年以前的", {"years": tuple(range(2022, 2051)), "excluded_years": ()}),
          ("不看2020年之后的街道报告有几份", {"years": tuple(range(2008, 2021))}))),
    Rule("template_excluded", "template", "不是 / 没有用 / 除了 before a template (不是2021版模板):"
         " every report but of that template, one of no stated template included",
         (("没有用新版模板的街道有哪些", {"template": "2021", "template_not": True, "op": None}),
          ("不是2021版模板的报告有几份", {"template": "2021", "template_not": True}))),
    Rule("year_difference", "yoy", "Y1年比Y2年多/少/增加…多少 (one organ's figure in two years), the"
         " figure said after Y1 too (Y1年的申请比Y2年少了几件): the difference, with both values; its"
         " sign follows the word asked (少 / 减少 / 下降: Y2's value less Y1's, ``year_less``), the"
         " sentence says 多 or 少 as it is; said as 与Y2年相比少了几件 too, and after one organ's figure of one"
         " year as 比Y2年多了多少 / 跟Y2年比少了几件 (that year against Y2: turnsjoined.against_year);"
         " a blank year lists what is stated",
         (("沂源县2021年比2020年多收到多少件申请", {"year_diff": (2021, 2020), "year_less": False}),
          ("沂源县2021年的申请比2020年少了几件", {"year_diff": (2021, 2020), "year_less": True}),
          ("沂源县2021年主动公开比2020年多了多少条", {"year_diff": (2021, 2020), "metric": "active"}),
          ("沂源县2021年比2020年减少了多少件申请", {"year_diff": (2021, 2020), "year_less": True}),
          ("沂源县2020年和2021年收到的申请差多少", {"year_diff": (2021, 2020), "year_gap": True}),
          ("沂源县20年和21年收到的申请差了几件", {"year_diff": (2021, 2020), "year_gap": True}))),
    Rule("which_year_more", "shape", "two years named and 哪年 / 哪一年 … 多 / 少 at the end (2022年跟2025年比"
         "哪年多): the larger (smaller) of the two years' reports, named",
         (("沂源县2020年和2021年比哪年收到的申请多", {"agg": "max", "years": (2020, 2021)}),
          ("沂源县20年跟21年哪一年主动公开的少", {"agg": "min", "years": (2020, 2021)}))),
    Rule("own_year", "years", "本年度 / 本年 / 当年 / 报告年度: each report's own year (the year it"
         " reports on): no year filter, said in the reading (今年 / 去年: rule relative_year)",
         (("本年度收到申请超过100件的有哪些", {"years": (), "op": "gt", "threshold": 100.0}),)),
    Rule("relative_year", "years", "question_words.tsv role relyear with an offset (今年 0, 去年 / 上一年度 -1,"
         " 前年 -2): the year counted back from the store's latest report year (assistant/relyear.py),"
         " said in the reading; with a year said too (今年（25年）) both; 近两年 / 明年 stay not understood",
         (("去年的街道报告有几份", {"years": (2021,)}),
          ("前年收到申请超过1件的乡镇有哪些", {"years": (2020,)}),
          ("今年（22年）的报告一共几份", {"years": (2022,)}),
          ("上一年度高青县教育局收到多少件申请", {"years": (2021,)}))),
    Rule("town_tail", "organs", "只要乡不要镇 / 只看镇的，不算乡 (assistant/placekind.py): the township level's"
         " organs whose place ends in the tail kept, said; the other tail no level taken away",
         (("乡镇的报告，只要镇不要乡的有哪些", {"levels": ("township",)}),)),
    Rule("report_year_asked", "shape", "是哪一年的 / 是哪年的 / 是什么年度的 at the end, no year said: the"
         " report's year is the answer (one report: its year as the value); never after 看不出 / 没写",
         (("唐村镇那份报告到底是哪一年的", {"year_asked": True, "years": ()}),
          ("沂源县民政局的年报是哪年的", {"year_asked": True}))),
    Rule("template", "template", "lexicons/question_words.tsv role template (2019版, 新版模板, 旧表格);"
         " a 2019 / 2021 right before 版 / 格式 / 模板 / 表格 is the template, never a year",
         (("多少报告用2019旧表格", {"template": "2019", "years": ()}),
          ("用新版模板的报告有哪些", {"template": "2021"}),
          ("按旧版（2019）格式填报的乡镇有哪些", {"template": "2019", "years": ()}),
          ("街道还在用19年那版模板的有几个", {"template": "2019", "years": ()}),
          ("21版表格的乡镇报告有哪些", {"template": "2021", "years": ()}))),
    Rule("title_year_check", "check", "a title-year word (question_words.tsv untold field) said against the"
         " statistics period (统计年度, 统计时段, 正文年度) with a mismatch word (不一样, 对不上, 不相符): the"
         " check year.title_vs_period failing (assistant/selfcheckq.py), no field the store lacks",
         (("标题上的年份和统计年度不一样的报告", {"check": "year.title_vs_period", "untold": ()}),
          ("统计年度与标题年份不相符的报告有几份", {"check": "year.title_vs_period"}))),
    Rule("unstated_meta", "unstated", "没写明 / 未注明 + a field, the field + 不详 / (都)没写, 看不出是"
         " 哪一年 / 哪个单位 (the fields: lexicons/question_elements.tsv role unstated): the"
         " reports whose organ (year, level) is not stated; 哪些单位没写… is the organs' doing, none",
         (("哪些报告没写明机关", {"unstated": ("organ",), "kind": "reports"}),
          ("没有写明年份的报告有几份", {"unstated": ("year",)}),
          ("有没有报告连年份都没写的", {"unstated": ("year",)}),
          ("发文单位不详的报告", {"unstated": ("organ",)}),
          ("哪些报告的层级没写？", {"unstated": ("level",)}))),
    Rule("metric_alias", "metric", "lexicons/metrics.tsv aliases, longest match",
         (("行政复议最多的是哪个", {"metric": "review"}),)),
    Rule("metric_fuzzy", "metric", "a jieba word 80 % like a metric alias (rapidfuzz)", ()),
    Rule("metric_typo", "metric", "one character off a metric alias (行政服议 for 行政复议); a"
         " two-character one typed by its sound, no common word, in a question else not understood"
         " (申情 for 申请)",
         (("哪些单位有行政服议", {"metric": "review"}),)),
    Rule("word_typo", "condition", "an unread word one character off a comparison word of three"
         " characters or more, not the first (零申青 for 零申请); a count word whose measure is typed"
         " by its sound (几分 / 多少分 for 几份 / 多少份, never 多少分钟) in a question else not"
         " understood: read as it, said in the reading",
         (("2021年零申青的乡镇有几个", {"op": "eq", "threshold": 0.0}),
          # a statistic word typed as lexicons/question_typos.tsv lists it (和计, 平局, 纵计)
          ("2024年乡镇主动公开和计", {"agg": "sum", "metric": "active"}),
          ("乡镇收到申请的平局数是多少", {"agg": "avg"}),
          ("街道主动公开纵计多少条", {"agg": "sum"}),
          # a channel or section word typed by its sound (微薄, 公众好, 整该: question_typos.tsv)
          ("通过政务微薄公开的有哪些单位", {"channel": "weibo"}),
          ("有公众好的街道有几个", {"channel": "wechat"}))),
    Rule("comparison", "condition", "question_words.tsv role cmp with the number after it"
         " (超过10件, 10件以上, 为零, 在10到100件之间), in its other shapes too: 及以上 / 或以上 /"
         " （含）以上 and 及以下 / 或以下 / 以内 after the number, 不小于 / 不大于 / 不高于 / 小于等于 / 达到"
         " before it (never the 小于 inside 不小于)",
         (("收到申请超过10件的有哪些？", {"op": "gt", "threshold": 10.0}),
          ("行政复议有2件及以上的单位有哪些", {"op": "ge", "threshold": 2.0}),
          ("收到申请5件或以下的乡镇有哪些", {"op": "le", "threshold": 5.0}),
          ("收到申请在3件以内的街道有哪些", {"op": "le", "threshold": 3.0}),
          ("申请数不小于10的有哪些", {"op": "ge", "threshold": 10.0}))),
    Rule("count_said", "condition", "a count with its unit right before a figure's words (写明全年0件申请的,"
         " 收到3件申请的, 零件申请) or right after them (申请0件, 诉讼是2件, 申请数为0) and no other"
         " comparison: the figure equal to it (assistant/countsaid.py), never 已填写 (写明 / 写了 say where)"
         " nor the 有 / 收到 of a list (more than 0)",
         (("写明全年0件申请的乡镇有哪些", {"op": "eq", "threshold": 0.0, "metric": "requests"}),
          ("收到3件申请的单位有哪些", {"op": "eq", "threshold": 3.0}),
          ("行政诉讼2件的有哪些", {"op": "eq", "threshold": 2.0}))),
    Rule("figure_vs_figure", "condition", "A比B还多 / A多于B / A少于B with two figures named:"
         " the reports where one figure of the report is more (less) than the other",
         (("哪些报告里微信公众号发布的条数比主动公开信息总数还多？",
           {"metric": "wechat_posts", "vs_metric": "active", "op": "gt"}),)),
    Rule("aggregate", "shape", "question_words.tsv role agg (最多, 平均, 合计, 多少个, 几份)",
         (("收到申请最多的是哪个单位？", {"agg": "max"}),
          ("省直部门微信公众号发布数量加一起多少条", {"agg": "sum", "metric": "wechat_posts"}),
          ("乡镇收到的申请合起来是多少", {"agg": "sum"}))),
    Rule("sources_both", "metric", "a clause naming the prose (正文 / 文字) and a table (表三 / 表格) with an"
         " either word (或 / 还是 / 都算): the one combined figure (the prose's, else the table's), no"
         " table restriction, the clause read (assistant/bothsources.py)",
         (("零申请的报告有几份（正文写0件或者表三是0的都算）", {"table": None, "op": "eq"}),
          ("不管正文还是表格里写的，收到申请为0的有几份", {"table": None, "metric": "requests"}))),
    Rule("top_n", "shape", "前N / 后N / 最多的三个, 哪N个 / 哪N家 / 哪N份 / 哪N名 with 最多 / 最少",
         (("收到申请数排名前三的单位", {"top": 3}),
          ("县级政府里收到申请最多的是哪3份", {"top": 3, "order": "desc"}))),
    Rule("group", "shape", "question_words.tsv role group (按年份, 各县)",
         (("按年份统计报告份数", {"group_by": "year"}),)),
    Rule("year_on_year", "shape", "同比 / 比上年 with 增加 / 减少", ()),
    Rule("contact", "asked", "question_words.tsv role contact (电话, 地址, 邮箱)",
         (("花沟镇的联系电话是多少？", {"contact_field": "phones"}),)),
    Rule("name_said", "all", "名称中带 / 名字里有 / a leading 带 before a word (名称中带苏木的报告, 带地区的):"
         " the words dropped, the word read as a word of an organ's name is (assistant/examples.name_said)",
         (("名称中带苏木的报告有几份", {"agg": "count"}),)),
    Rule("example_in_passing", "all", "a closing clause giving an example (…，像和田地区那种 / …，比如"
         " 花沟镇这样的 / …，例如喀什地区): no filter, said in the reading; kept when nothing before it"
         " names what is asked",
         (("苏木的报告有几份，像辉苏木那种", {"region": None}),)),
    Rule("contact_none", "contact", "联系方式 (任何联系方式, 联络方式: question_words.tsv contact any) said"
         " missing (没写 / 没留): the reports stating no contact field at all, listed; one organ's"
         " 联系方式 stays its phone",
         (("哪些乡镇没留任何联系方式", {"contact_fields": ("phones", "address", "postcode", "fax",
                                                          "email", "website"), "negate": True}),)),
    Rule("fact", "asked", "question_words.tsv role fact (分管领导, 负责机构)", ()),
    Rule("channel", "condition", "question_words.tsv role channel (微信, 微博, 公开栏)", ()),
    Rule("channel_named", "condition", "提到 / 说到 + a question's name of ONE channel in full"
         " (lexicons/question_channel_groups.tsv rows of one channel: 政务微博, 微信公众号, 政务服务APP):"
         " the channel, never the phrase (a report printing 微博 has the channel 政务微博 names); a word"
         " narrower than its channel (新闻发布会, 抖音) stays the phrase (rule channel_in_text)",
         (("提到政务微博的街道有哪些", {"channel": "weibo", "phrase": None}),
          ("哪些乡镇提到了微信公众号", {"channel": "wechat", "phrase": None}),
          ("报告里提到政务服务APP的有哪些", {"channel": "app", "phrase": None}))),
    Rule("tier_said", "levels", "a tier's place word taken as no name (县里, 市里, 区里面) with no level"
         " read from it (no bureau right after it: 县里的教育局 is rule tier): the reading says the tier"
         " was not applied, never dropped silently",
         (("县里的报告有几份", {"levels": ()}),)),
    Rule("channel_in_text", "phrase", "提到 / 说到 + a channel word (+ 建设, 更新 … in a question"
         " about the problems or remedies): the words searched in the texts, no channel filter",
         (("哪些单位在存在问题里提到了网站建设方面的不足？", {"phrase": "网站建设", "channel": None}),
          ("提到抖音的报告有哪些", {"phrase": "抖音", "channel": None}))),
    Rule("unread_condition", "asked", "an unread word holding a condition or a comparison"
         " (question_condition_words.tsv: 不一样, 超过, 是否; 没有 / 未 + a verb): asked back, never"
         " answered as an unfiltered list or count",
         (("封面年份跟正文年度不一样的报告", {"unread_conditions": ("封面年份跟正文年度不一样",)}),)),
    Rule("shortfall_phrase", "phrase", "an unread run saying a shortfall (不够, 不足, 不及时 … of"
         " keywords) in a question asking nothing else: the problems that say it",
         (("公开内容不够深的有哪些单位", {"phrase": "公开内容不够深", "text_kinds": ("problem",)}),)),
    Rule("text", "asked", "question_words.tsv role text (问题, 改进措施, 提到) and a quoted phrase", ()),
    Rule("item_count", "condition", "a comparison and a number of 条 / 项 / 点 said of the problems or"
         " remedies (问题不少于三条, 列了两条以上措施) with no figure or phrase: the number of items"
         " each report lists, compared (assistant/itemcount.py)",
         (("列出问题不少于三条的乡镇报告", {"items_op": "ge", "items_n": 3.0, "text_kinds": ("problem",)}),
          ("哪些乡镇列了两条以上问题", {"items_op": "ge", "items_n": 2.0}),
          ("问题超过1条的报告有哪些", {"items_op": "gt", "items_n": 1.0}))),
    Rule("place_dropped", "region", "不限 / 不只 / 不光 right before the place read (不限云南，所有市政府的"
         "呢): no place filter, and a follow-up takes the place of the question before away"
         " (assistant/widen.py; 去掉上海的 is place_taken_out)",
         (("不限高青县，所有乡镇的报告", {"region": None, "dropped": ("region",)}),)),
    Rule("facets_said", "facets", "two elements of a report or more (lexicons/question_elements.tsv:"
         " 分管领导, 负责科室, 公开渠道, 联系方式, 问题, 改进措施) or 要素 (all six), each said stated"
         " (都写了, 齐全, 两项都有) or not (只写了…、没写…), at least one missing (要素不全), or which are"
         " missing asked (缺了哪几项要素): the reports holding each as said; a count with them (两项,"
         " 这三样) counts the elements, never items (assistant/facets.py)",
         (("问题和改进措施两项都写了的报告有哪些", {"kind": "reports", "items_op": None,
                                       "facets": (("problem", True), ("remedy", True))}),
          ("只写了存在问题、没写改进措施的是哪几份", {"facets": (("problem", True), ("remedy", False))}),
          ("负责科室、问题、整改措施这三样都有的报告", {"fact_kind": None, "facets": (
              ("responsible_office", True), ("problem", True), ("remedy", True))}),
          ("要素不全的报告有几份", {"facets_some": True, "agg": "count"}))),
    Rule("change_percent", "yoy", "a percent word (百分之几, 百分比, 多少%, 增幅, 降幅) with two years"
         " compared or the year before (比上年), or 增长还是下降 / 变化了: the change over the earlier"
         " value in percent, never a share; 下降了百分之几 the fall (positive when it fell), 增长还是下降"
         " the change itself; alone after one organ's year, against its year before (assistant/changepct.py)",
         (("花沟镇2021年的申请比2020年下降了百分之几", {"change_pct": True, "year_less": True,
                                            "year_diff": (2021, 2020)}),
          ("花沟镇2021年收到的申请比上年增长还是下降，百分之几", {"change_pct": True, "yoy": "change",
                                                 "year_less": False}))),
    Rule("organ_difference", "yoy", "two organs named with a figure and 多多少 / 少几件 / 差多少 / 相差: the"
         " difference of their values (谁多…多多少, 差多少: its size; A比B多多少: A's less B's), each organ"
         " stating it in one report (assistant/organdiff.py)",
         (("花沟镇和常家镇谁收到的申请多，多多少", {"organ_diff": "gap", "agg": None}),
          ("花沟镇比常家镇多收到多少件申请", {"organ_diff": "more"}))),
    Rule("nth_of_list", "previous", "第N个 / 第N家的 / 排第N的那家 opening a question right after a list"
         " in order (收到申请最多的前三家 → 第二个的复议有几件): asked of the N-th row's report"
         " (assistant/pointback.py; 第二名呢 alone is rank_followup)", ()),
    Rule("check", "asked", "question_words.tsv role check (不平衡, 勾稽关系: the tables' identities; 对不上,"
         " 前后矛盾: those and every check of a report against itself, lexicons/self_checks.tsv)",
         (("哪些报告勾稽关系有误", {"check": "hard"}),
          ("数字前后矛盾的报告有哪些", {"check": "*"}))),
    Rule("check_ok", "asked", "question_words.tsv role check_ok (核对上, 一致, 平衡): the reports with a"
         " check of that kind met and none failed; 正文 + a figure: the prose against the"
         " table; 表三: its balance",
         (("表三能核对上的报告有几份", {"check": "t3.balance.", "check_ok": True}),
          ("正文写的收到申请件数和表三一致的报告有哪些", {"check": "n.requests_vs_t3", "check_ok": True}))),
    Rule("coverage", "asked", "question_words.tsv role coverage (没填, 未填写 + 表N)", ()),
    Rule("official", "condition", "由…分管 / a post of lexicons/posts.tsv; a post right before a verb of"
         " being in charge, no 由 (宣传委员管公开的, 常务副旗长分管: words.post_in_charge)", ()),
    Rule("office", "condition", "由…负责 with an office suffix (lexicons/offices.tsv)", ()),
    Rule("office_said", "condition", "an office (lexicons/offices.tsv suffix) said without 由: 是X具体负责的,"
         " 负责机构是X的, X负责的…; found by its short form too (lexicons/question_office_short.tsv:"
         " 党政综合办公室 finds 党政综合办; assistant/officesaid.py)",
         (("哪些乡镇是党政办公室具体负责的", {"office": "党政办公室"}),
          ("负责机构是党政综合办的有哪些", {"office": "党政综合办"}))),
    Rule("listing", "shape", "question_words.tsv roles list and noun (哪些, 列出, 各; 报告, 单位):"
         " a list is asked, of reports or organs",
         (("哪些乡镇没有收到申请", {"listing": True}),
          # 都给我 / 都列出来 / 全都 (role list, each): every one of them, never which one asked
          ("公安局的联系电话都给我", {"listing": True}),
          ("卫健局的地址都列出来", {"listing": True}))),
    Rule("reference", "scope", "question_words.tsv roles refer and relyear (这些, 它们, 这两年;"
         " 近两年 / 明年, or 去年 with no store: no one year the store can tell)", ()),
    Rule("share", "shape", "question_words.tsv role share (占比, 百分之多少)", ()),
    Rule("polite", "none", "question_words.tsv role polite (请问, 帮我查一下): read, no condition", ()),
    Rule("kind", "asked", "assistant/kind.py: what is asked, from the slots filled", ()),
    Rule("scope_followup", "all", "a follow-up naming only a year or a place (要2025年那份的, 武汉的)"
         " after a question about named organs' figure, contact or fact: the same question of that"
         " year, or of the organ of that kind in that place (市财政局 → 武汉的: 武汉市财政局); asked"
         " back which one, the reply naming the place answers it", ()),
    Rule("followup", "all", "assistant/followup.py: a follow-up changes the previous reading", ()),
    Rule("which_year", "years", "one organ's figure asked as one number, no year, reports of several"
         " years with different values: each year's value said and the year asked", ()),
    Rule("written_forms", "condition", "a post or office filter also matches the traditional form a"
         " report printed (党政办公室: 黨政辦公室)", ()),
    Rule("filter_dropped", "all", "不限 / 不分 / 不论 / 所有 + 年份 / 层级 / 地区 / 模板 (不限年份呢): a"
         " follow-up takes that filter of the question before away; alone, the default restated",
         (("不限年份呢", {"dropped": ("years",)}), ("层级不限，所有地区的呢", {"dropped": ("levels", "region")}))),
    Rule("blanks_left_out", "none", "没写的不算 / 不填的不算 / 未填写的除外 / 空着的不计: blanks are always"
         " left out of a mean, a total or a ranking; read as a note, never the condition 未填写",
         (("平均每份报告收到多少件申请？没写的不算", {"op": None, "agg": "avg"}),)),
    Rule("year_or_template", "years", "a bare 2019 / 2021 (no 年 / 版 / 表 / 模板 after it, no other year)"
         " before 的 / 报告: the year or the table template; asked back with both readings",
         (("2019的报告有几份", {"years": (2019,), "year_or_template": True}),)),
    Rule("list_after_count", "shape", "a count word inside the thing asked (几个镇的年报, 那几份报告)"
         " and a list word after it (都有哪些, 里面哪些是零申请), no count word after that: the list,"
         " its count said with it", (("几个乡镇的报告都有哪些", {"listing": True, "agg": None}),)),
    Rule("which_of_listed", "all", "哪个是 / 哪些是 / 哪几家是 + a scope after a list of reports (气象局的"
         " 报告都有哪些 → 哪个是省一级的): that list narrowed to the scope", ()),
    Rule("metric_conditions", "condition", "a word of contrast (lexicons/question_metric_contrast.tsv:"
         " 但, 却, 而) between figures with a 'some' word (收到过, 有过) and figures with a bound (都是0):"
         " a condition per figure, never the one bound on all (assistant/percond.py)",
         (("收到过申请、但行政复议和行政诉讼都是0的县级政府有哪些",
           {"metric_conds": (("requests", "gt", 0.0),), "metric": "review",
            "other_metrics": ("litigation",), "op": "eq", "threshold": 0.0}),
          ("有过行政复议，但行政诉讼为0的单位", {"metric_conds": (("review", "gt", 0.0),),
                                          "metric": "litigation", "op": "eq"}))),
    Rule("conditions_joined", "condition", "a condition in each clause (lexicons/question_clause_joins.tsv:"
         " 、 ， 但 而且 并且 同时), each on the figure named in its clause, or on the one before when the"
         " clause names none (但又不是零的): every one met; the last figure is the one asked and shown,"
         " the others' conditions are metric_conds (assistant/joinconds.py)",
         (("收到申请不到10件、但又不是零的报告有几份",
           {"metric": "requests", "op": "lt", "threshold": 10.0,
            "metric_conds": (("requests", "gt", 0.0),)}),
          ("零申请、主动公开又不到50条的单位有哪些",
           {"metric": "active", "op": "lt", "threshold": 50.0,
            "metric_conds": (("requests", "eq", 0.0),), "other_metrics": ()}),
          ("主动公开超过100条并且收到申请超过10件的报告", {"metric": "requests", "op": "gt",
           "threshold": 10.0, "metric_conds": (("active", "gt", 100.0),)}))),
    Rule("condition_of_another", "condition", "a statistic (平均, 合计, 中位数) of a figure no condition"
         " is said of, over the reports a condition on another figure picks (零申请的乡镇平均主动公开多少条):"
         " the figure computed has no condition of its own, each condition is one of metric_conds",
         (("零申请的乡镇平均主动公开多少条", {"metric": "active", "op": None,
                                    "metric_conds": (("requests", "eq", 0.0),), "agg": "avg"}),
          ("收到申请超过10件的单位主动公开一共多少条", {"metric": "active", "op": None,
                                       "metric_conds": (("requests", "gt", 10.0),), "agg": "sum"}))),
    Rule("column_share", "metric", "a table column (自然人, 法人或其他组织, 结果维持) and a share word (占,"
         " 百分之多少, 比例) with the figure: the column's cell over the figure's total, one report's"
         " share (申请里自然人占了百分之多少: t3.new_received.natural / t3.new_received.total)",
         (("申请里自然人占了百分之多少", {"metric": "requests@natural/requests", "column": None}),)),
    Rule("phrase_alternatives", "phrase", "a phrase searched of words joined by an or-word"
         " (lexicons/question_phrase_or.tsv: 或者, 或, 、): a text holding any of them (工作人员或者工作力量)",
         (("问题部分提到工作人员或者工作力量的报告有哪些", {"phrase": "工作人员", "phrase_alts": ("工作力量",)}),
          ("问题里提到培训、兼职的有哪些", {"phrase": "培训", "phrase_alts": ("兼职",)}))),
    Rule("post_typo", "official", "a post's 副 typed by its sound (lexicons/question_post_typos.tsv: 付局长,"
         " 付县长, 付主任): read as 副…, said in the reading; only right before a post (支付, 付费: none)",
         (("分管领导是付局长的有哪几个单位", {"official": "副局长"}),
          ("由付县长分管的有哪些", {"official": "副县长"}))),
    Rule("audit_of_listed", "all", "what a report does not state (没写收到多少申请, 没写联系方式, 没写分管领导)"
         " with no scope of its own, right after a list of reports of a scope: those listed"
         " that do not state it (the scope kept)", ()),
    Rule("condition_of_listed", "all", "a condition only (零申请, 收到过申请, 复议不为0, 主动公开超过100条),"
         " whatever asking word ends it (哪几家零申请, 零申请的有几家, 有收到申请的是哪几家, …的几个), with"
         " no place, level, organ, year or report word of its own, right after a list or a count of"
         " reports of a scope (民政局的报告有哪些, 气象局的报告有几份): those listed (counted) that meet"
         " it, never every report's; 哪些乡镇零申请 stands alone",
         ()),   # tests: test_assistant_followups12, test_assistant_keptq
    Rule("refer_one", "scope", "它 / 它的 (lexicons/question_words.tsv refer one) right after an answer"
         " naming one organ (谁收的申请最多, 前1): that organ's report, its value asked, the ranking"
         " not repeated (assistant/pointback.py)", ()),   # tests: test_assistant_followups12
    Rule("refer_several", "scope", "它 / 它的 (refer one) right after an answer listing the reports of"
         " several organs: which one is asked, each organ offered, never answered over all of them"
         " (assistant/pointback.py listed_several)", ()),   # tests: test_assistant_blind16
    Rule("year_not_held", "years", "a follow-up naming one organ and no year (永兴镇呢) keeps the year"
         " before; the organ with no report of it: its own years answered (one value, or which year"
         " asked), the missing year said first", ()),   # tests: test_assistant_familiesv
    Rule("facts_several", "fact", "two facts asked at once (谁负责 哪个科室: lexicons/question_words.tsv role fact,"
         " two values): each fact, its name on its row; a follow-up naming another organ keeps both."
         " Joined by 也 / 又 too (既没写分管领导也没写负责科室); of a scope with no organ, said not written"
         " (or counted, or listed as written): the reports stating neither (both), said in the first line",
         (("花沟镇信息公开谁负责 哪个科室", {"fact_kinds": ("responsible_official", "responsible_office")}),
          ("乡镇既没写分管领导也没写负责科室的有几份",
           {"fact_kinds": ("responsible_official", "responsible_office"), "negate": True}),
          ("分管领导和负责机构都没写的街道有哪些",
           {"fact_kinds": ("responsible_official", "responsible_office"), "negate": True}))),
    Rule("contact_of_listed", "contact", "a contact field asked with no organ right after a list of"
         " reports of a scope (县级政府的报告有哪些 → 其中留了地址的; 2021年的报告 → 里面没写电话的): the"
         " reports of that scope stating it (not stating it, said with 没), each with its value",
         ()),   # its examples are conversations: tests/test_assistant_blind21.py
    Rule("metric_stated", "condition", "写了 / 写到 / 写有 right before a figure (写了主动公开条数的几家,"
         " 写了收到的申请数): that figure stated, a stated 0 included, as 写明了 (role stated); 写了问题"
         " stays the problems",
         (("哪些乡镇写了收到申请数", {"op": "stated", "metric": "requests"}),
          ("写了主动公开条数的街道有几个", {"op": "stated", "metric": "active"}))),
    Rule("template_said", "template", "the template said loosely (assistant/templatesaid.py): 模版 for 模板,"
         " and 2021年以后 / 之后 / 起 before a template word the 2021 template, never the years onward;"
         " the rewrite said in the first line",
         (("2021年以后模版的报告有几份", {"template": "2021", "years": ()}),
          ("2019版模版的报告有几份", {"template": "2019"}))),
    Rule("metric_sum", "metric", "two figures of one unit asked as one sum (assistant/metricsum.py): a"
         " bare 加 between them (复议加诉讼) or a total word after them joined by 和 / 与 / 及 (行政复议和"
         " 行政诉讼合计), never with 分别 / 各: their sum, a report counted only when both are stated",
         (("行政复议和行政诉讼合计多少", {"metric": "review+litigation"}),
          ("复议加诉讼一共多少", {"metric": "review+litigation"}))),
    Rule("widen_scope", "all", "a follow-up widening the question before (lexicons/question_place_scope.tsv"
         " roles widen / switch / whole: 扩到整个新疆呢, 放宽到所有县级部门): that question over the"
         " new place or level, its condition kept; 那全省呢 / 看看全市的 (role whole_rank): the province"
         " (city) the place before lies in", ()),   # tests: test_assistant_placescope
    Rule("ranks_the_counted", "all", "a ranking, sum or mean of a figure asked right after a count of"
         " reports (公共资源交易中心有几家报告 → 主动公开最多的是哪个): among the reports counted,"
         " as after a list", ()),   # tests: test_assistant_placescope
    Rule("aspect_of_listed", "all", "a figure, a channel or a phrase asked with no organ of its own and no"
         " word for every report, right after a list, a count or a yes-no of reports of a scope (2024年乡镇的"
         "有几份 → 有几个开了微信公众号的 / 收到申请多少件 / 哪几个写了收到申请): asked of those, the"
         " reading saying 范围=上一问的…; a level, year or place it names replaces only that part (卫健局的有"
         "几份 → 县级的哪个公开最多); a figure's value of several reports is their total"
         " (assistant/followup.py)", ()),   # tests: test_assistant_families17d
    Rule("condition_of_figure", "all", "a condition with no figure named (不是0的有哪些, 超过100件的有几个)"
         " right after a question of one figure (哪些报告写了行政复议): the condition of that figure",
         ()),   # tests: test_assistant_families17d
    Rule("point_into", "all", "a word pointing back into the list before (lexicons/question_point_back.tsv:"
         " 里面, 当中 not after a text's name; 那份, 这家) anywhere in a follow-up after a list or count of"
         " reports of a scope (西咸新区的报告有哪些 → 街道的里面哪些零申请; 东阳市有哪些报告 → 财政局"
         " 那份留的电话): that scope kept and narrowed, as a leading 其中 reads it (assistant/pointinto.py)",
         ()),   # tests: test_assistant_followups15
    Rule("untold_mentioned", "phrase", "a word of who does the work (兼职, 专职人员: role untold staff)"
         " right after a word of mentioning (哪些报告提到兼职): the word searched in the texts, never"
         " said untold (assistant/refine.untold_mentioned; said of the problems or remedies, 问题里提到"
         "兼职, it is said_in_text's)",
         (("哪些报告提到兼职", {"phrase": "兼职", "untold": ()}),
          ("哪些报告写了专职人员", {"phrase": "专职人员", "untold_staff": False}))),
    Rule("mixed_union", "all", "a place added with a level of its own after a question of another level"
         " (福建的县直部门… → 再加上浙江的乡镇): two scopes no one filter holds; both said first, not"
         " answered (assistant/scopeunion.mixed_union)", ()),   # tests: test_assistant_followups15
    Rule("group_top", "shape", "grouped (按年份, 按层级分) and 哪一年 / 哪一级 + 最多 / 最少: the groups'"
         " totals (汇总, 合计) or counts (几份), and the largest (smallest) group named",
         (("按年份汇总一下收到的申请数，哪一年最多", {"group_by": "year", "group_top": "max", "agg": None}),)),
    Rule("group_top_mean", "shape", "group_top with a mean (median) said besides (哪个层级的主动公开平均条数"
         "最高): each group's mean compared, never its total (assistant/grouptop.py)",
         (("按层级看，哪个层级的主动公开平均条数最高", {"group_by": "level", "group_top": "max", "agg": "avg"}),
          ("按年份分，哪一年平均收到的申请最少", {"group_by": "year", "group_top": "min", "agg": "avg"}))),
    Rule("group_areas", "shape", "grouped by province or city (按盟市分, 各省): a report stating only its"
         " county (city) is in the city (province) the gazetteer puts it in (assistant/names.py"
         " OrganIndex.placed); 盟市 / 地州 / 州市 are city groupings (lexicons/question_words.tsv,"
         " question_group_top.tsv)", ()),
    # tests: test_assistant_numbers12 (a store with real counties and no city stated)
    Rule("median", "shape", "question_words.tsv role agg value median (中位数, 中位值, 中值): the middle"
         " value of the reports stating the figure (the mean of the two middle ones for an even"
         " number), sorted in SQL; per group with a grouping (按年份…的中位数); joined to another"
         " statistic (中位数和平均数, 最大值和平均值) each said, never one dropped",
         (("2020年主动公开信息数的中位数", {"agg": "median", "years": (2020,), "metric": "active"}),
          ("乡镇收到申请的中位数是多少", {"agg": "median", "levels": ("township",)}),
          ("按年份统计收到申请数的中位值", {"agg": "median", "group_by": "year"}),
          ("乡镇收到申请的平均数和中位数", {"agg": "avg", "also_aggs": ("median",)}))),
    Rule("inventory", "shape", "a which word and a rank word of lexicons/question_inventory.tsv with"
         " only an end word after it (哪几年的年报, 哪些县市区的报告, 几个省的报告): the years /"
         " counties / cities / provinces the reports in scope hold, each with its reports; provinces"
         " and cities also through the counties and cities inside them (the area map); 一共有几个县"
         " / 哪些县政府 / 哪些市直部门 are levels, never this (assistant/inventory.py)",
         (("库里都有哪几年的年报", {"group_by": "year", "inventory": "list", "levels": ()}),
          ("沂源县有哪些年份的报告", {"group_by": "year", "region": ("county", "沂源县")}),
          ("收了哪些县市区的报告", {"group_by": "county", "levels": ()}),
          ("有几个省的报告", {"group_by": "province", "inventory": "count"}))),
    Rule("all_zero", "asked", "a table word (表格 for tables 2-4, 表三 …) and the words of"
         " lexicons/question_all_zero.tsv (每一格, 所有数字 + 都 / 全 + 是0 / 为零): the reports that"
         " stated a cell of those tables and every cell stated is 0 (a blank cell left out, never"
         " a 0), said first in the reading (assistant/allzero.py)",
         (("表格里每一格都是0的报告", {"all_zero": True, "table": "*", "kind": "coverage"}),
          ("表三的数字全为零的报告有几份", {"all_zero": True, "table": "t3.", "op": None}),
          ("哪些乡镇表四所有数据都是0", {"all_zero": True, "table": "t4.", "levels": ("township",)}))),
    Rule("channel_group", "condition", "a word of lexicons/question_channel_groups.tsv (政务新媒体,"
         " 新媒体, 社交媒体) or a report's word for two channels (两微一端): any of those channels;"
         " after 提到 with brackets naming channels (提到政务新媒体（公众号、微博、抖音这些）) the"
         " channels, without them the word in the text (as 提到抖音)",
         (("哪些乡镇开通了政务新媒体", {"channel": "wechat,weibo,app,video"}),
          ("提到政务新媒体（公众号、微博、抖音这些）的报告有几份",
           {"channel": "wechat,weibo,app,video", "phrase": None}),
          ("通过两微一端公开的报告有几份", {"channel": "wechat,weibo,app"}))),
    Rule("said_in_text", "phrase", "问题里 / 措施里 + 说 / 提到 + a word no report's fields can tell"
         " (question_words.tsv untold staff: 兼职, 专职人员): what the problems (remedies) say,"
         " searched in their text (its words when not found as typed), never the untold reading",
         (("问题里说工作人员是兼职的有哪些单位", {"untold": (), "phrase": "工作人员是兼职",
                                     "text_kinds": ("problem",)}),
          ("问题里提到兼职的报告有几份", {"untold": (), "phrase": "兼职"}))),
    Rule("yes_no", "shape", "有没有 / 是否 (question_words.tsv cmp yesno) or 有…吗 asked of reports of a scope"
         " (有没有杭州的, 库里有云南的报告吗): 有。 said first, then the reports; none: what the scope"
         " lacks said first (库中没有…)",
         (("有没有沂源县的报告", {"yes_no": True, "region": ("county", "沂源县")}),
          ("库里有沂源县的报告吗", {"yes_no": True}))),
    Rule("organs_counted", "shape", "几家 / 多少家, or 几个 at the end, of a kind naming several organs (交易中心"
         "有几家, 财政局一共有多少个): the organs counted, a count of reports the question names (几家报告)"
         " stays one; one organ's 几个人 is no count of organs (not understood)",
         ()),   # its examples need organs of a kind: tests/test_assistant_conv16.py
    Rule("pick_year", "years", "a pick word of lexicons/question_pick_year.tsv (最新, 最早, 最近 …) with a year"
         " or a report after it (最新那一年的那份, 最早那份, 最近一年的报告): the report(s) of the last"
         " (first) year of the question's scope (the list before, kept by point_into), that year said"
         " in the first line; a pick after a pick picks among the years before (assistant/pickyear.py)",
         (("高青县教育局最新那份报告收到多少申请", {"pick_year": "latest", "listing": False}),
          ("花沟镇最早的那一份收到几件申请", {"pick_year": "earliest"}))),
    Rule("turns_joined", "scope", "after two answers, a both word of lexicons/question_turns_joined.tsv and"
         " a sum word (question_sum_words.tsv role turns: 两年加起来, 两个省加起来收到多少申请), or a difference word"
         " (多了多少, 少了几件, 差多少) after two years of one question: their scopes joined (the one"
         " scope they differ in) or the two years' difference (rule year_difference, its sign by the"
         " word); what was joined said in the first line; a scope of the question's own joins"
         " nothing (assistant/turnsjoined.py)",
         ()),   # its examples are conversations: tests/test_assistant_conv16.py
    Rule("values_summed", "scope", "after an answer listing two or more values (several figures said each,"
         " a list or a ranking with values), a sum with no figure or scope of its own (两个加起来,"
         " 这几个加起来, 合计一下): those values added up, each addend said; a value not stated is said"
         " so and no total made up; values of different units are not added (assistant/valuessum.py)",
         ()),   # its examples are conversations: tests/test_assistant_families16c.py
    Rule("condition_kept", "condition", "a narrowing follow-up (其中, 里面 …) with a condition on another"
         " figure (零申请的乡镇有哪些 → 其中主动公开超过100条的呢): the condition before kept beside it"
         " (``metric_conds``), said 且…; a condition on the same figure replaces it",
         ()),   # its examples are conversations: tests/test_assistant_conv16.py
    Rule("correction", "scope", "a follow-up opening with a cue of lexicons/question_corrections.tsv (我是说,"
         " 我指的是, 我说的是, 不对，我的意思是) or said 不是 X，是 Y: what it names replaces the reading"
         " of the word it corrects (role replaces: a template the year, a place the organ), never"
         " added to it; 不是 X there is no exclusion (assistant/correction.py)",
         ()),   # its examples are conversations: tests/test_assistant_keptq.py
) + PLACE_RULES

BY_NAME = {r.name: r for r in RULES}

# a plan field set by an older parse step -> the rule credited with it
FIELD_RULE = {
    "years": "year", "template": "template", "template_asked": "template",
    "levels": "level_word", "excluded_levels": "level_excluded",
    "organ_ids": "organ_name", "organ_names": "organ_name", "region": "region_name",
    "metric": "metric_alias", "op": "comparison", "threshold": "comparison",
    "threshold2": "comparison", "vs_mean": "comparison", "agg": "aggregate",
    "count_unit": "aggregate", "top": "top_n", "order": "top_n", "group_by": "group",
    "yoy": "year_on_year", "year_diff": "year_difference", "contact_field": "contact", "fact_kind": "fact",
    "channel": "channel", "negate": "channel", "phrase": "text", "text_kinds": "text",
    "check": "check", "table": "coverage", "column": "metric_alias", "multi_year": "aggregate",
    "same_year_twice": "aggregate",
    "official": "official", "office": "office", "kind": "kind",
}


def rule_of(field_name: str) -> str | None:
    return FIELD_RULE.get(field_name)
