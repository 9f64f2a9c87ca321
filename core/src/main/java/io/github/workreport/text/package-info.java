/**
 * Reading Chinese: numbers, units, targets in task text, measures in narratives, matching the two,
 * declared status, and the table text reader.
 *
 * <p>Every reader passes each task through {@link io.github.workreport.text.TaskExtractor}, which
 * uses {@link io.github.workreport.text.TargetParser} on the task text, {@link
 * io.github.workreport.text.MeasureParser} on the narrative and {@link
 * io.github.workreport.text.StatusCues} for the declared status; {@link
 * io.github.workreport.text.MeasureMatcher#standard()} pairs targets with measures for the rules.
 * {@link io.github.workreport.text.ChineseNumbers} reads and writes Chinese numerals. Every parser
 * is total: any string gives a result (possibly empty), and only {@code ChineseNumbers.parse}
 * throws, a {@link io.github.workreport.TextParseException}, as documented.
 *
 * <h2>Numbers understood</h2>
 * <ul>
 *   <li>Arabic digits, ASCII or full-width ({@code １２}), with decimals ({@code 7.5}, {@code ７．５}),
 *       thousands separators ({@code 1,234.5}), a sign directly before the digits ({@code 增长-17.5%});
 *       spaces around the number and inside its unit ({@code 23.41 万平方米}, {@code 万m ²}).
 *   <li>Chinese numerals with units ({@code 十三}, {@code 二十五}, {@code 一千二百}, {@code 三万五千},
 *       {@code 两}, {@code 零}, financial forms); a four-digit Chinese year ({@code 二〇二二年});
 *       {@code 百分之五十} as 50%.
 *   <li>Scales after the number: {@code 万}, {@code 亿}, {@code 万亿}, {@code 千万} and {@code 百万} (as
 *       万), and {@code 千}/{@code 百} after Arabic digits ({@code 5千人}). The scale stays in the unit
 *       ({@code 23.41万平方米}, {@code 1.15万株}); values are exact {@link java.math.BigDecimal}s.
 *   <li>Approximation, kept as a flag on measures: {@code 近}, {@code 约}, {@code 约有}, {@code 大约},
 *       {@code 将近}, {@code 接近}, {@code 超过}, {@code 逾}, {@code 多达} before; {@code 余}, {@code 多}
 *       after the number or its scale ({@code 12000余人次}, {@code 400余万元}, {@code 近42余家});
 *       {@code 以上}, {@code 左右}, {@code 不少于} … in a narrative.
 *   <li>Ranges: {@code 3到5万}, {@code 4.5%至5%}, {@code 5-10个}, {@code 2019—2020年}. A range target
 *       commits to its lower end ({@code AT_LEAST}).
 * </ul>
 *
 * <h2>Units understood</h2>
 * {@code %} and {@code ％}; {@code 个百分点}; money ({@code 元 千元 万元 亿元 美元}); length ({@code 米
 * 千米 公里 km 延米}); area ({@code 平方米 平方公里 公顷 亩 ㎡ m² 平米}); volume ({@code 立方米 方 m³});
 * mass ({@code 吨 千克 公斤}); energy ({@code 千瓦时 千瓦 吨标准煤}); count classifiers ({@code 个 家 座
 * 辆 所 条 处 人 名 户 人次 户次 批次 场 场次 件 项 套 张 台 株 棵 次 起 宗 本 份 块 只 头 艘 架 部 间 栋
 * 幢 篇 册 支 队 位 床 口 眼 盆 批 趟 列 根 盏 组 笔 例 种 门}); durations ({@code 个工作日 工作日 个月 天
 * 小时 分钟}); compound units ({@code 元/月/人}, {@code 万元/人年}, {@code 微克/立方米}). Anything else
 * after a number makes it no quantity. Comparison across units follows {@link
 * io.github.workreport.Unit}: same dimension, and for counts the same classifier, a synonym, or
 * {@code 个}.
 *
 * <h2>Targets in a task's text</h2>
 * <ul>
 *   <li>Several per sentence and per list ({@code 新建公厕15座，提升改造公厕22座}; {@code 新建口袋公园4处、
 *       社区绿道1条}; {@code 剩余34户53人}); the metric is the subject before the number, or the noun
 *       after a number-first phrase ({@code 完成16个老旧小区改造}).
 *   <li>Kind: a growth ({@code 增长 增速 增幅 提高 上涨}), a decline ({@code 下降 降低 减少 压减 降幅}), a
 *       level ({@code 提高到 达到 控制在 稳定在}, or a percentage with no verb); counts and amounts by
 *       their unit; durations and compound units are levels. The verb nearest the number decides;
 *       {@code 分别下降39.1%和25%} makes both declines.
 *   <li>Comparator: {@code 以上 及以上 不少于 不低于 至少 超过 突破 高于} → at least; {@code 以内 以下
 *       不超过 控制在 压缩至 缩短至 降至 低于 …内} → at most; {@code 左右 上下 约} → about; a plain
 *       number → exactly. A word after the number wins over one before.
 *   <li>Firmness: {@code 力争 争取 努力 力求} make the rest of their sentence aspirational, until a
 *       {@code 确保}; a {@code 左右} without {@code 确保} is aspirational too.
 *   <li>Deadline: a year (and month) after {@code 到 至 于 在 截至 力争 确保} or before {@code 底前 前 底
 *       末 内} or a verb of completion ({@code 到2022年9月}, {@code 2021年4月底前}, {@code 2021年8月建成});
 *       a month alone before {@code 底前} in the report's year; {@code 年内 年底前 今年底} as the report
 *       year's December. The latest is taken.
 * </ul>
 *
 * <h2>Measures in a narrative</h2>
 * The same forms, and: revised targets after {@code 调整为 调减为 调增为 下调为 核减为 …} ({@code
 * 增速由6%调整为0.08%}), the old value after {@code 由}/{@code 从} being no measure; completion rates
 * ({@code 完成率X%}, {@code 完成目标任务X%}, {@code 占年度计划的X%}); estimates ({@code 预计} earlier in
 * the sentence). A subject the narrative leaves out is the previous number's in the sentence
 * ({@code 服务业增加值完成365.22亿元，增长6.8%}); a part named by place takes the whole's subject
 * ({@code 城镇新建公厕完成11座、农村完成9座}); a bare noun in a list takes the list's verb ({@code
 * 新建4所幼儿园、3所小学}). {@link io.github.workreport.text.TaskExtractor} sums the parts of a target
 * reported in a list or by different responsible units into one measure citing them.
 *
 * <h2>Matching</h2>
 * A measure is evidence for a target when the units compare, the kinds fit, and the things they
 * name are close: two shared character bigrams that are not verbs or generic words, or the target's
 * head noun, or all the measure names is one thing of the target ({@code 造林} for {@code
 * 造林绿化}), or the same words; for counts in one specific classifier, the same work
 * ({@code 12所新建、改扩建学校} for {@code 25所中小学、幼儿园新建改扩建工程}), and for generic things the
 * same act ({@code 引进项目} for {@code 引进招商项目}). Never: a stock ({@code 截至目前 累计 现有}) for new
 * things ({@code 新增 新建 组建}); new work for work on what exists ({@code 新建} vs {@code 提升改造});
 * work started for work done ({@code 开工} vs {@code 完成 完工}); a count of projects for a count of
 * enterprises or of anything else ({@code 17个项目}); percentage points for percentages. A rate
 * without a subject speaks of the task's only rate target (the latest such rate counts); between
 * equally close figures the first is taken. A set a narrative counts in ({@code 120个重点项目已开工
 * 108个}) is no achievement. Unmatched targets stay unverified.
 *
 * <h2>Forms refused (not targets, not measures)</h2>
 * <ul>
 *   <li>Ordinals and numbering: {@code 第五届}, {@code 第4}, {@code 十七届二十九次会议}, {@code 5号线},
 *       {@code （一期）}.
 *   <li>Names and codes: anything inside quotes or book-title marks ({@code “4+7”城市}, {@code
 *       “15分钟便民服务圈”}, {@code “三个 100%”}); numbers joined by {@code +} ({@code 1+4}); numbers
 *       touching Latin letters ({@code PM2.5}, {@code 5G}, {@code 110KV}); Roman numerals ({@code 国Ⅲ});
 *       numbers followed by a word that is no unit ({@code 十四运}, {@code 三带六板块}, {@code 500强},
 *       {@code 十里铺}, {@code 洪原一路}); Chinese digit strings ({@code 十三五}, {@code 七五}).
 *   <li>{@code 一} alone ({@code 一批}, {@code 进一步}, {@code 一个平台}): the indefinite article. Another
 *       lone Chinese digit counts only after a verb or function word ({@code 建设两条}, {@code 移交四个},
 *       {@code 等两处}), not in names ({@code 我区七人普}, {@code 一条绿带、两个功能区}).
 *   <li>Dates and base years ({@code 2015年}, {@code 较2019年}, {@code 12月15日}, {@code 1-11月}).
 *   <li>Qualifiers of the object: a quantity with {@code 以上/以下/的} before a noun when another
 *       quantity follows in its clause ({@code 签约10亿元以上项目不少于2个}: the target is ≥ 2 projects).
 *   <li>In narratives: excesses ({@code 超额完成1座}), differences from a reference ({@code
 *       高于全市3.3个百分点}, {@code 低于目标0.58个百分点}), plans and quotas ({@code 计划总投资}, {@code
 *       下达任务为3000座}), ranks ({@code 位列第4}), and work dated after the report's year ({@code
 *       2021年至2022年计划完成6所}).
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
