/**
 * Reading Chinese: numbers, units, targets in task text, measures in narratives, pairing the two,
 * declared status, and the table text reader.
 *
 * <p>Every reader passes each task through {@link io.github.workreport.text.TaskExtractor}, one
 * pipeline per cell: a lexer reads the cell once into its numbers and every occurrence of the
 * words of one vocabulary with their roles (verbs of kind, comparators, column labels, target
 * labels, old-value marks, 分别/均, per-capita words, plans, excesses, comparisons, claims, aims); a
 * grammar over those tokens reads each quantity in its clause — subject, kind, comparator,
 * firmness, the list or aside it belongs to — into a target ({@link
 * io.github.workreport.text.TargetParser}) or a measure ({@link
 * io.github.workreport.text.MeasureParser}), and a target the narrative itself states beside its figure
 * where the task's cell sets none ({@code NarrativeTargets}); {@link
 * io.github.workreport.text.AssignmentMatcher}
 * pairs them in one assignment per task and says why a target has no evidence; {@link
 * io.github.workreport.text.StatusCues} reads the declared status and the narrative's cue. The
 * task carries the pairs and the cue ({@code Task.matches()}, {@code Outcome.cue()}) for the rules,
 * which read no text. {@link io.github.workreport.text.ChineseNumbers} reads and writes Chinese
 * numerals. Every parser is total: any string gives a result (possibly empty), and only {@code
 * ChineseNumbers.parse} throws, a {@link io.github.workreport.TextParseException}, as documented.
 *
 * <h2>Numbers understood</h2>
 * <ul>
 *   <li>Arabic digits, ASCII or full-width ({@code １２}), with decimals ({@code 7.5}, {@code ７．５}),
 *       thousands separators ({@code 1,234.5}, and {@code ，} between full-width digits: {@code
 *       １，２３０}), a sign directly before the digits ({@code 增长-17.5%}, {@code 负2.7%}); spaces
 *       around the number and inside its unit ({@code 23.41 万平方米}, {@code 万m ²}).
 *   <li>Chinese numerals with units ({@code 十三}, {@code 二十五}, {@code 一千二百}, {@code 三万五千},
 *       {@code 一百零一万零三千零十二}, {@code 四万万} as 亿), decimals after {@code 点} ({@code 零点五}), a
 *       leading {@code 负} ({@code 负零点八千米}), {@code 两}, {@code 零}, financial and traditional forms
 *       ({@code 壹贰叁}, {@code 兩}, {@code 萬}, {@code 億}, {@code 點}, {@code 負}); a four-digit Chinese
 *       year ({@code 二〇二二年}); {@code 百分之五十} as 50%, {@code 百分之六点五} as 6.5%, {@code 千分之六} as
 *       6‰; a fraction as its share ({@code 三分之二} 66.67%, up to hundredths; not {@code 五分之六}), and
 *       so the work done over all of it ({@code 完成进度：12/15} 80%; with a unit, {@code 已完成12/15个} is
 *       12个; not {@code 15/10万}, {@code 2023/12}); tenths and
 *       half standing as a number does ({@code 完成全年计划的九成} 90%, {@code 满意度达九成以上}, {@code
 *       完成年度目标的一半} 50%; not {@code 统一成立}, {@code 一成不变}, {@code 一半以上的村}).
 *   <li>Scales after the number: {@code 万}, {@code 亿}, {@code 万亿}, {@code 千万} and {@code 百万} (as
 *       万), their traditional forms, and {@code 千}/{@code 百} after Arabic digits ({@code 5千人}). The
 *       scale stays in the unit ({@code 23.41万平方米}, {@code 1.15万株}); a scale with no unit after it
 *       ({@code 800万以上}) is a scaled bare number; values are exact {@link java.math.BigDecimal}s.
 *   <li>{@code 一}, {@code 两} alone before a unit of measure or {@code 个百分点} ({@code 近一吨}, {@code
 *       一公里}, {@code 降低两个百分点}, {@code 再降一个百分点}), and {@code 半} after one ({@code 一吨半} is 1.5
 *       吨, {@code 两米半} 2.5 米).
 *   <li>A scale alone with a word of more or less and a unit: {@code 千余人}, {@code 近万人}, {@code 逾千户},
 *       {@code 超万人}, {@code 百余人}, {@code 上千人} (1000人, approximately); not {@code 千方百计}, {@code
 *       万元GDP}, {@code 每万人}, {@code 千家万户}.
 *   <li>Approximation, kept as a flag on measures: {@code 近}, {@code 约}, {@code 约有}, {@code 大约},
 *       {@code 将近}, {@code 接近}, {@code 超过}, {@code 逾}, {@code 多达} before; {@code 余}, {@code 多}
 *       after the number or its scale ({@code 12000余人次}, {@code 400余万元}, {@code 近42余家});
 *       {@code 以上}, {@code 左右}, {@code 不少于} … in a narrative.
 *   <li>Ranges, both ends: {@code 3到5万}, {@code 4.5%至5%}, {@code 3%-5%}, {@code 5-20%}, {@code 5-10个},
 *       {@code 2019—2020年}. A range target keeps both ends: its lower end is the target's
 *       quantity and its upper end {@code Target.upper()} ({@code 国内生产总值增长6%-6.5%}, {@code
 *       6%～6.5%}, {@code 6-6.5%}, {@code 6%至6.5%}, {@code 6%到6.5%}); its comparator is {@code
 *       AT_LEAST} unless one is written ({@code 7%-7.5%左右}, {@code 控制在3%-3.5%以内}). A range
 *       whose ends are equal is a single value. Measures in a narrative keep the lower end only.
 * </ul>
 *
 * <h2>Units understood</h2>
 * {@code %} and {@code ％}; {@code ‰} (a tenth of a percent); {@code 个百分点} ({@code 個百分點}); money ({@code 元 千元 万元 亿元 美元
 * 人民币}); length ({@code 米 千米 公里 km m 延米}); area ({@code 平方米 平方公里 公顷 公頃 亩 ㎡ m² 平米});
 * volume ({@code 立方米 立方 方 m³}); mass ({@code 吨 千克 公斤 斤 kg}); energy ({@code 千瓦时 千瓦 kW kWh MW
 * 吨标准煤}); count classifiers ({@code 个 家 座 辆 所 条 处 人 名 户 人次 户次 批次 场 场次 件 项 套 张 台 株
 * 棵 次 起 宗 本 份 块 只 头 艘 架 部 间 栋 幢 篇 册 支 队 位 床 口 眼 盆 批 趟 列 根 盏 组 笔 例 种 门 期 轮}, a score
 * ({@code 分}, not the minutes of {@code 10时30分}), and
 * traditional {@code 個 條 戶 輛 項 處 間 場 張 臺 隻}); durations ({@code 个工作日 工作日 个月 天 小时
 * 分钟}); compound units ({@code 元/月/人}, {@code 万元/人年}, {@code 微克/立方米}); a mass or volume whose
 * words name a capacity per day ({@code 日供水能力10万吨}) is per day ({@code 万吨/日}), and so, beside
 * such a target, is one said {@code 每天} or {@code 日均}. A unit ends where its
 * word ends: {@code 3个人员}, {@code 3台州企业} have none. Latin symbols count only when no letter or
 * digit follows ({@code 250m}, but not {@code 5G} or {@code 110KV}). Anything else after a number
 * makes it no quantity. Comparison across units follows {@link io.github.workreport.Unit}: same
 * dimension, and for counts the same classifier, a synonym ({@code 名 位} of {@code 人}, {@code 户} of
 * {@code 家}, {@code 场次} of {@code 场}, {@code 台} of {@code 辆}), or {@code 个}.
 *
 * <h2>Targets in a task's text</h2>
 * <ul>
 *   <li>Several per sentence and per list ({@code 新建公厕15座，提升改造公厕22座}; {@code 新建口袋公园4处、
 *       社区绿道1条}; {@code 剩余34户53人}); the metric is the subject before the number, or the noun
 *       after a number-first phrase ({@code 完成16个老旧小区改造}).
 *   <li>Kind: a growth ({@code 增长 增速 增幅 提高 上涨}), a decline ({@code 下降 降低 减少 压减 降幅}), a
 *       level ({@code 提高到 达到 控制在 稳定在}, or a percentage with no verb); counts and amounts by
 *       their unit, unless a verb of change stands right before the number: {@code 重污染天数减少5天} and
 *       {@code 同比减少6天} are declines of a count, judged on the change, not on the count ({@code
 *       重污染天数3天}); {@code 减少贫困人口800万}, with its object between, and {@code 学历提升416人}, work
 *       done, stay counts; durations and compound units are levels. The verb nearest the number decides, a noun that begins with one being none ({@code
 *       服务业增加值比重51%} is a level, {@code 增加值 增长点 降水} name things), and a level verb right after a verb of change bounding
 *       that change ({@code 支出增长控制在5%以内} is a growth of at most 5%);
 *       {@code 分别下降39.1%和25%} makes both declines. A growth written as a multiple after a verb of
       growth is that many hundred percent ({@code 翻一番} 100%, {@code 翻两番} 300%, {@code 实现翻番},
       {@code 增长一倍}, {@code 增长了1.2倍} 120%), in narratives too; {@code 是上年的2倍} and {@code
       3倍以上的项目} are none.
 *   <li>Comparator: {@code 以上 及以上 不少于 不低于 至少 超过 突破 高于} → at least; {@code 以内 以下
 *       不超过 控制在 压缩至 缩短至 降至 低于 …内} → at most; {@code 左右 上下 约} → about; a plain
 *       number → exactly. A word after the number wins over one before; before it, the longer
 *       word wins, so that {@code 不超过 不高于 不多于} are ceilings though {@code 超过 高于 多于} alone are floors.
 *   <li>Firmness: {@code 力争 争取 努力 力求} make the rest of their sentence aspirational, until a
 *       {@code 确保}; a {@code 左右} without {@code 确保} is aspirational too.
 *   <li>Deadline: a year (and month) after {@code 到 至 于 在 截至 力争 确保} or before {@code 底前 前 底
 *       末 内} or a verb of completion ({@code 到2022年9月}, {@code 2021年4月底前}, {@code 2021年8月建成});
 *       a month alone before {@code 底前} in the report's year; {@code 年内 年底前 今年底} as the report
 *       year's December; a range of years ({@code 2020-2022年}: its last), unless it is a plan's period
 *       in {@code 《》} or after a document's name in parentheses ({@code 总体规划（2021—2035年）}; a span in
 *       parentheses that closes the task is its due date: {@code 2606个撤并村通公路(2013—2017年)}); a span from the report's year ({@code 三年内 用三年时间 分两年
 *       今明两年 明年底前}); the end of a quarter or half so introduced or followed ({@code 三季度末前完成} in
 *       September, {@code 2024年上半年建成投用} June 2024, {@code 明年一季度}; not {@code 前三季度} or {@code
 *       较上半年}); a five-year plan's period ({@code “十四五”期间 十三五末}), not its name. The
 *       latest is taken. The due date and its preposition are no part of the metric ({@code
 *       到2022年建成污水处理厂3座}: {@code 建成污水处理厂}).
 *   <li>A share of the task: a level in % right after {@code 任务 计划 目标} (or {@code 任务数 目标量}) and
 *       {@code 的} ({@code 完成全年目标任务的100%}, {@code 完成年度计划的95%}) is recorded as {@code
 *       Target.shareOf()} {@code TASK}, and a completion rate is judged against it.
 *   <li>Housing: a count in {@code 套} or {@code 户} whose subject or words name housing ({@code 房 棚户 棚改
 *       住宅 安置 公寓}) is recorded as {@code Target.housing()} and, in a narrative, {@code
 *       Measure.housing()}; such dwellings and households compare one for one ({@code 棚户区改造1000套}
 *       against {@code 安置群众1050户}), others not ({@code 安装智能电表500套}, {@code 为500户居民}).
 * </ul>
 *
 * <h2>Measures in a narrative</h2>
 * The same forms, and: revised targets after {@code 调整为 调减为 调增为 下调为 核减为 …} ({@code
 * 增速由6%调整为0.08%}), the old value after {@code 由}/{@code 从} being no measure; completion rates
 * ({@code 完成率X%}, {@code 完成目标任务X%}, {@code 占年度计划的X%}, a percentage in parentheses right
 * after a count: {@code 已完成1个（50%）}); estimates ({@code 预计} earlier in the sentence, or an aside
 * right after the figure: {@code 增长7.5%（预计数）}), which in a report of part of the year answer no target
 * beside a figure done so far that names it as closely ({@code 1-9月完成：108 … 年底预计可达125家}; the readers pass
 * the report's period to {@link TaskExtractor}); the target restated under its label ({@code
 * 目标值：5000}, {@code 年度任务300个}) is none, unless its words say it was done ({@code
 * 已完成筛查任务数16010人}). A figure is as of the last cumulative date of its sentence ({@code 1-11月},
 * {@code 截至9月底}, {@code 前三季度}, {@code 截至三季度末}, {@code 前10个月}, {@code 上半年}); {@code
 * 提前2个月} is earliness, {@code 三季度} alone that quarter only. {@code 增产 增收} are verbs of growth,
 * {@code 减产 减收} of decline. A subject
 * the narrative leaves out is the previous number's in the sentence ({@code 服务业增加值完成365.22亿元，
 * 增长6.8%}, {@code 人均可支配收入15860元，名义增长8.6%}: 名义 names no subject); a part named by place takes the whole's subject ({@code 城镇新建公厕完成11座、农村完成9座});
 * a bare noun in a list takes the list's verb ({@code 新建4所幼儿园、3所小学}). A percentage under the bare
 * label {@code 进度} opening its clause is a completion rate, or the value where a target is itself a
 * percentage; {@code 提高20元} before a sum of money is a raise, answered by the change between an old and
 * a new level, their words per person ({@code 由每人每月113元提高到每人每月133元}) allowed; a running total
 * dated to the year ({@code 全年累计建立316张}) is the year's work, a balance ({@code 余额}) a stock; a plan
 * word ending a name the task uses ({@code 免疫规划疫苗接种率}, {@code 营养改善计划}) is no plan. {@link
 * io.github.workreport.text.TaskExtractor} sums the parts of a target reported in a list or by
 * different responsible units into one measure citing them.
 *
 * <h2>Tables flattened into prose</h2>
 * <ul>
 *   <li>A column label is no subject: {@code 实绩4619.8亿元，增速8.3%}, {@code 进度13500人，完成比例112.5%},
 *       {@code 完成：860户，占年任务95.6%}, {@code 1-8月实际完成700人} — the value belongs to the task's
 *       target of its unit and kind (see Matching). A percentage with only a label ({@code 完成7.2%})
 *       is a value of whatever rate the target is. {@code 累计完成} and {@code 目前已完成} are labels of
 *       progress, not stocks.
 *   <li>A target in an aside takes its subject and kind from outside it: {@code
 *       地区生产总值增长（预期目标7.8%左右）} is a growth of 地区生产总值 of about 7.8%; {@code
 *       居民消费价格涨幅（预期目标控制在3.5%以内）} a growth of at most 3.5%; {@code （目标任务：1200户）},
 *       {@code 城镇登记失业率（年度目标：控制在4.5%以内）}; a
 *       target label after a comma takes the clause before it ({@code 进出口总额增长，预期目标6%}, {@code
 *       开展食品安全检查，工作目标745}), or after a ； where a table's cells were joined ({@code
       完成农村危房改造；目标任务1200户}).
 *   <li>A narrative cell that opens with its figure is its achieved value: {@code 4385}, {@code
 *       4385，占全年计划110%} (a column of figures); not an item's number ({@code 1、}, {@code 1.}) or a date.
 *   <li>A value where a table cell stood may have no unit: {@code 新增城镇就业8950}, {@code 目标任务11098},
 *       {@code 实际完成7356，} — Arabic digits after words and before the end of the clause, a
 *       comparator, or the text — a bare number that takes the unit of what it is compared with, or
 *       the unit its item names in parentheses ({@code 新增就业（人）8600}, with its scale: {@code
 *       完成投资（亿元）12}, an amount; {@code 城镇登记失业率低于（%）4.3}, a rate whose comparator
 *       stands before the parenthesis; across a colon: {@code 增长（%）：5.1}, {@code 同比增减（%）：-2.1}
 *       — a change in percent may be negative — and {@code 比上年±%：-2.1}). A scale without a
 *       classifier ({@code 减少农村贫困人口800万以上}) is likewise a number of the subject's things.
 *   <li>Lists: {@code A、B分别…X、Y} (and {@code 分别为…和…}) pairs in order, a narrative's list by its
 *       own order; {@code A、B均…X} gives X to each, as does a rate of a list of things ({@code
 *       二氧化硫、氮氧化物排放量下降3%}); {@code 城乡…分别X、Y} is 城镇 and 农村.
 *   <li>Old values beside the new are none: {@code 从每人每月574元、271元分别提高到…}, {@code
 *       现行16%的税率降至13%}, {@code 由0.62元降至0.58元}; but a count reached from an old one gives
 *       their difference to a target of new things or of a change ({@code 城镇就业人数由52000人增加到55200人}:
 *       3200人 for {@code 新增城镇就业3000人}, the level 55200人 being a stock), and two levels give a
 *       growth in percent a target sets and the narrative does not write ({@code 由40000元增加到42500元}:
 *       6.25%). Money per person or period ({@code
 *       每人每月609元}, {@code 609元/人月}) is a level in its money unit. {@code 5%的负增长} and {@code
 *       负增长5%} are declines.
 * </ul>
 *
 * <h2>Matching</h2>
 * {@link io.github.workreport.text.AssignmentMatcher}: one assignment per task. A measure is never
 * evidence when the units do not compare ({@code Unit.comparesWith}: a bare number takes the
 * other's unit; percentage points go only with points) or the kinds do not fit, nor a stock
 * ({@code 截至目前 累计 现有}, without a verb of work done) for new things ({@code 新增 新建 组建}), new
 * work for work on what exists ({@code 新建} vs {@code 提升改造}), work started for work done ({@code
 * 开工} vs {@code 完成 完工}), a building's shell for the building ({@code 3所幼儿园主体已完工}, {@code
 * 完成主体工程}, {@code 主体结构封顶} answer no {@code 新建幼儿园3所}; a narrative that says only that reads as
 * running, not done), a set said all begun ({@code 30个小区均已开工}) for a target of building or renovating
 * (not for one of projects under way: {@code 实施重点项目50个}), a count in a classifier of its own that
 * does not name what a target in 个 counts ({@code 新建公办幼儿园12所} for {@code 新增公办幼儿园学位3000个}), a count of projects for a count of enterprises or of anything else
 * ({@code 17个项目}), a change averaged over years ({@code 年均 年平均 两年平均增长}) for the year's
 change (the year's change does answer a yearly average), a count or amount per unit ({@code 每个乡镇建设1所}, {@code 每村配备2名}, {@code
 * 每万人拥有3名}, {@code 村均}; not {@code 每年}) for a total or back — a narrative's {@code 15个乡镇均建成1所}
 * answers a target per unit. Admissible pairs are weighed in tiers, a higher tier always winning: a sum of
 * the target's parts; shared words — two shared character bigrams that are not verbs or generic
 * words, or the target's head noun, or all the measure names is one thing of the target ({@code 造林}
 * for {@code 造林绿化}), or the same words; for counts in one specific classifier, the same work
 * ({@code 12所新建、改扩建学校} for {@code 25所中小学、幼儿园新建改扩建工程}), and for a target that names
 * only its work, that work counted alike ({@code 培训学员1600人次} for {@code 培训1500人次}); for generic things the same
 * act ({@code 引进项目} for {@code 引进招商项目}); the places a list names ({@code 端州区、鼎湖区…})
 * count as scope, not thing — then no subject at all (a label, a kind word, one character, a verb
 * of work alone), paired with the one target the value fits, or in order when several such values
 * fit several targets alike, or to the one whose words name its work ({@code 已完成改造26个} for
 * {@code 改造老旧小区28个}, not {@code 惠及居民4200户}) — then a synonym sharing the characters of the thing ({@code 自来水管道}
 * for {@code 给排水管网}; {@code 中学} for {@code 初中} counted alike by the same act) when it fits no
 * other target. Within a tier: closer words, then a value outside parentheses, then a value equal
 * to the target, then the first figure (a total comes before its breakdown) — but the latest of
 * several subject-less rates ({@code 一季度…四季度}). A set a narrative counts in ({@code
 * 120个重点项目已开工108个}, {@code 92个计划新开工项目已开工51个}: the plan word is the set's; {@code
 * 10个项目中，已完工6个}: a set said to be among) is no achievement, but a whole broken down after {@code 其中} is ({@code
 * 培训5200人次（其中农村劳动力3100人次）}); a part broken down after {@code 其中} from a figure with no
 * subject of its own (the task's) is not taken for the target in its stead, whatever words it shares
 * ({@code 完成1500座，其中无害化户厕1200座}), nor one that names a thing the target does not, when no
 * other target claims its whole ({@code 新增停车泊位2300个，其中公共停车位1500个} for {@code
 * 新增城区停车位2000个}); parts are not summed with a figure for the whole place
 * ({@code 全区 全市 全县 全省 全国}) or after {@code 其中}; figures naming only a township each ({@code
 * 城关镇完成5个，新城街道完成4个}), or only a part of the ground ({@code 城区建成22座、乡镇建成25座}, {@code
 * 东片区完成1600户}), are summed when no figure names the thing or no subject, which would be their
 * total; so are figures naming only works of the target, each another ({@code 已完成新建2个、改造5个} for
 * {@code 新建改造农贸市场10个}). A total after its parts ({@code 合计 共计 总计 共}, after words of no
 * subject too: {@code 全年合计}) takes the name they share, after the works that tell them apart ({@code
 * 新建公厕22座，改造公厕31座，合计53座} is {@code 新建改造公厕}), or none when they share none ({@code 早稻…，中晚稻…，
 * 全年合计51.7万吨}: the task's own figure); of figures alike in words the one named as the target, or
 * said to be a total, weighs more than position. A ceiling on a count answered by none happening
 * ({@code 全年未发生安全生产死亡事故}, {@code 零发生}) is a count of zero; a stage said with
 * how much of it was done ({@code 基本建成620套}) counts the things of the stage before it. Things past
 * a first step only ({@code 15个小区已全部完成招标}) answer no target of work on them, and a count in a
 * fraction of its classifier ({@code 千人口托位数3.88个}) is a ratio, never a part. A bare figure with no
 * subject in a row naming percent ({@code 研发经费支出占GDP比重（%）2.5 ‖ 实绩：2.31}) is in percent. A verb
 * said once before a list gives each item its stage ({@code 已完成新建2个、改造4个，共6个}); a total said
 * right after two or more parts answering a target answers it over them ({@code 新开通公交线路4条，优化调整线路5条，
 * 共计9条}; {@code 共} after words of when alone is a total word: {@code 全年共新增}); kinds of the target's
 * thing in one list joined by {@code 、}, none naming the thing at the end of its name, are its parts
 * ({@code 茶叶2200亩、中药材1500亩、油茶800亩} for {@code 发展特色种植}); a city's zones ({@code 高新区 经开区
 * 开发区 …新区}) are parts of its ground; a share said with {@code 占} right after a figure of its
 * sentence ({@code 达到或优于Ⅲ类的有8个，占80%}) answers a target naming a proportion ({@code …率 比例 比重 占比}),
 * not after a breakdown ({@code 其中高校毕业生3100人，占37.8%}); a target naming only the task's size
 * ({@code 全长 总长 里程 总面积}) takes a figure in its unit whatever its words; hazards found ({@code 排查
 * 发现}) are a first step, no evidence for hazards put right ({@code 整改}); a figure naming only its work
 * takes its things from the latest figure in its own unit ({@code 开工改造老旧小区186个、惠及居民23640户，其中完工152个});
 * a rate named by its change ({@code 压减率95.6%}) is a level when a target names it as one; and between
 * targets alike in all else, a figure goes to the one in its own unit. A target
 * left without evidence says why ({@code
 * UnverifiedReason}): no number, none of its unit, another kind, another subject, a stock, work
 * started, other work, or all taken by other targets.
 *
 * <p>Also: a target of the level a stock reaches ({@code 开放数据集达到300个}) takes the running total
 * ({@code 累计320个}) over the year's new ones, and a net increase ({@code 净增100家}) the figure said net;
 * a completion rate naming the target's whole thing ({@code 造林绿化完成年计划的93.5%}) keeps figures that
 * do not name it from answering or being summed, and what follows it after {@code 其中} is its part; a
 * revision of {@code 年度目标} alone revises the one target it fits; keeping up ({@code 养护 管护}) is work
 * of its own, apart from building and renewing; a figure narrowed to a group within the target's
 * ({@code 失能特困人员集中供养率}) gives way to one named by the end of the target's name ({@code
 * 集中供养率}), and such an end that is a rate ({@code 开工率}) shares the target's words; a level per person
 * ({@code 人均…面积}) never takes a figure named a total ({@code 总面积}); of a growth on two bases, the
 * comparable one ({@code 同口径 可比口径}) answers; {@code GDP} is {@code 地区生产总值}.
 *
 * <h2>Forms refused (not targets, not measures)</h2>
 * <ul>
 *   <li>Ordinals and numbering: {@code 第五届}, {@code 第4}, {@code 十七届二十九次会议}, {@code 5号线},
 *       {@code （一期）}, a phase in Chinese numerals ({@code 启动建设二期}; sessions are counted in digits:
 *       {@code 培训班30期}), and {@code 期}/{@code 轮} before 工程 项目 建设 车 胎 ({@code 3期工程}, {@code 三轮车}).
 *   <li>Names and codes: anything inside quotes or book-title marks ({@code “4+7”城市}, {@code
 *       “15分钟便民服务圈”}, {@code “三个 100%”}); numbers joined by {@code +} ({@code 1+4}); numbers
 *       touching Latin letters ({@code PM2.5}, {@code 5G}, {@code 110KV}); Roman numerals ({@code 国Ⅲ});
 *       numbers followed by a word that is no unit ({@code 十四运}, {@code 三带六板块}, {@code 500强},
 *       {@code 十里铺}, {@code 洪原一路}); Chinese digit strings ({@code 十三五}, {@code 七五}).
 *   <li>{@code 一} alone ({@code 一批}, {@code 进一步}, {@code 一个平台}): the indefinite article. Another
 *       lone Chinese digit counts only after a verb or function word ({@code 建设两条}, {@code 移交四个},
 *       {@code 等两处}) or with its classifier at the end of a clause ({@code 改造提升农贸市场五个。}), not
 *       in names ({@code 我区七人普}, {@code 一条绿带、两个功能区}, {@code 四个全覆盖}).
 *   <li>Dates and base years ({@code 2015年}, {@code 较2019年}, {@code 12月15日}, {@code 1-11月}).
 *   <li>Qualifiers of the object: a quantity with {@code 以上/以下/的} before a noun when another
 *       quantity follows in its clause ({@code 签约10亿元以上项目不少于2个}: the target is ≥ 2 projects); a span of time naming the noun after it, with a
 *       count before or after ({@code 新建5个15分钟便民生活圈}, {@code 24小时城市书房5个});
 *       in a narrative only when the words before that quantity count the things qualified ({@code
 *       集体经济收入5万元以上村占比85%}) or are the qualified noun alone ({@code 签约10亿元以上项目6个},
 *       {@code 10万元以上收益的54个}); not {@code 举办培训班20期以上共培训1500人}.
 *   <li>In narratives: excesses ({@code 超额完成1座}), differences from a reference ({@code
 *       高于全市3.3个百分点}, {@code 低于目标0.58个百分点}, month on month: {@code 环比增长2.1%}, {@code
 *       比上月增长9.1%}), plans and quotas ({@code 计划总投资}, {@code
 *       下达任务为3000座}, {@code 争取年底前完成2亿元}; in a task, a project's whole cost said to tell its size
 *       ({@code 建设城北污水处理厂，总投资2.3亿元}, {@code 概算投资}; not {@code 完成总投资100亿元}), its year's
 *       part being the target ({@code 年度计划投资8亿元}) — but 争取 with only its object before the number
 *       is funds obtained: {@code 争取中央预算内资金4800万元}), ranks ({@code 位列第4}), and work dated after the report's year ({@code
 *       2021年至2022年计划完成6所}), and more of the things just counted in another state, with no
 *       subject of its own ({@code 另有2家已报会}, {@code 其余8个正在施工}, {@code 还有3座正在建设}, {@code 2个正在装修}, {@code
 *       1个尚未完工}, in an aside too: {@code 8家（另有3家已通过公示）}), or said first with the work in hand
 *       after its thing ({@code 6个老旧小区改造正在施工中}); a target restated under its label ({@code
 *       全年目标：新建公厕15座。完成情况：…}) or beaten after an excess ({@code 超额完成全年1100万人以上的目标任务}),
 *       and a figure in a cause that names no work ({@code 因200亩地块涉及永久基本农田调整}); a figure said
 *       again in another unit, alone in parentheses ({@code 185公顷（2775亩）}); a rise told from a base
 *       ({@code 在上年基础上提高30元}); a count cut from ({@code 由236项精简为198项}: 236). But {@code 下达} before a
 *       sum of money with no quota between is money issued ({@code 全年下达中央补助资金266亿元}), and {@code 争取}
 *       before one with no work aimed at after it is money got ({@code 全年争取新增专项债券额度9.45亿元}).
 * </ul>
 *
 * <h2>Limits</h2>
 * A subject is read from at most 48 characters before and 32 after its number, sentences from at
 * most 256 characters back, so that reading stays linear on any input; a task with more than a
 * million target-measure pairs leaves its targets unverified.
 */
@ValueStyle
package io.github.workreport.text;

import io.github.workreport.internal.ValueStyle;
