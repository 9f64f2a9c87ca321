package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Assessment;
import io.github.workreport.Match;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.UnverifiedReason;
import io.github.workreport.rules.Classifier;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms of writing that real reports use and the reader must understand whatever the place or
 * year: each case is a task's text and narrative (invented, in the form seen in real reports), the
 * report's month, and what a careful reader finds — the targets, the value paired with each (or
 * "-"), and the status.
 */
class FormsOfWritingTest {

  static Task extracted(String text, String narrative) {
    Task task = Task.builder().number(1).text(text).outcome(Outcome.of(narrative, Status.UNDETERMINED)).build();
    return TaskExtractor.standard().extract(task, Optional.empty(), OptionalInt.of(2020));
  }

  static Assessment assessed(Task task, int month) {
    return Classifier.standard().assess(task, Optional.of(Period.of(YearMonth.of(2020, month))));
  }

  /** {@code n} tenths as a report writes them: 25 is 2.5, 30 is 3. */
  static String tenths(int n) {
    return java.math.BigDecimal.valueOf(n, 1).stripTrailingZeros().toPlainString();
  }

  /** For each target: "kind bound value unit ← achieved" or "… ← -". */
  static List<String> pairs(Task task) {
    List<Match> matches = task.matches();
    return matches.stream().map(m -> {
      Target t = task.targets().get(m.target());
      String achieved = m.measure().isPresent()
          ? task.outcome().measures().get(m.measure().getAsInt()).quantity().format() : "-";
      return t.kind() + " " + t.bound() + " " + t.quantity().format() + " ← " + achieved;
    }).toList();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // 1. label and value: the narrative names no subject, only a column label
        Arguments.of("新增城镇就业13000人", "进度13500人，完成比例112.5%", 12,
            List.of("COUNT EXACTLY 13000人 ← 13500人"), Status.EXCEEDED),
        Arguments.of("地区生产总值3000亿元，增长6.5%", "实绩3120.5亿元，增速6.1%", 12,
            List.of("AMOUNT EXACTLY 3000亿元 ← 3120.5亿元", "GROWTH EXACTLY 6.5% ← 6.1%"), Status.BASICALLY_MET),
        Arguments.of("农村危房改造900户", "完成：860户，占年任务95.6%", 12,
            List.of("COUNT EXACTLY 900户 ← 860户"), Status.BASICALLY_MET),
        Arguments.of("送戏下乡1200场", "全年完成1347场", 12,
            List.of("COUNT EXACTLY 1200场 ← 1347场"), Status.EXCEEDED),
        Arguments.of("新建充电桩300个", "年度任务300个，实际完成312个", 12,
            List.of("COUNT EXACTLY 300个 ← 312个"), Status.EXCEEDED),
        Arguments.of("新建充电桩300个", "全年任务300个，完成285个", 12,
            List.of("COUNT EXACTLY 300个 ← 285个"), Status.BASICALLY_MET),
        // 2. signed growth against a growth target, compared in points: a fall is a growth below zero
        Arguments.of("规模以上工业增加值增长8%以上", "规模以上工业增加值增长-6.2%", 6,
            List.of("GROWTH AT_LEAST 8% ← -6.2%"), Status.ONGOING),
        Arguments.of("社会消费品零售总额增长10%", "社会消费品零售总额同比下降3.4%", 12,
            List.of("GROWTH EXACTLY 10% ← -3.4%"), Status.NOT_MET),
        Arguments.of("外贸进出口增长5%", "外贸进出口实现5%的负增长", 12,
            List.of("GROWTH EXACTLY 5% ← -5%"), Status.NOT_MET),
        // 3. the target in an aside, its subject and kind outside it
        Arguments.of("城乡居民人均可支配收入增长（预期目标7%左右）", "城乡居民人均可支配收入增长7.6%", 12,
            List.of("GROWTH ABOUT 7% ← 7.6%"), Status.EXCEEDED),
        Arguments.of("居民消费价格涨幅（预期目标控制在3%以内）", "居民消费价格涨幅2.5%", 12,
            List.of("GROWTH AT_MOST 3% ← 2.5%"), Status.MET),
        Arguments.of("完成棚户区改造（目标任务：1200户）", "已改造1080户", 12,
            List.of("COUNT EXACTLY 1200户 ← 1080户"), Status.BASICALLY_MET),
        Arguments.of("开展安全生产检查，工作目标745", "实际完成812", 12,
            List.of("COUNT EXACTLY 745 ← 812"), Status.EXCEEDED),
        // 4. a unit-less target cell takes the narrative's unit
        Arguments.of("新增城镇就业，工作目标8600", "完成9120人", 12,
            List.of("COUNT EXACTLY 8600 ← 9120人"), Status.EXCEEDED),
        Arguments.of("新增就业（人）8600", "实际完成9120", 12,
            List.of("COUNT EXACTLY 8600人 ← 9120"), Status.EXCEEDED),
        Arguments.of("地区生产总值增速，目标7%", "完成7.2%", 12,
            List.of("GROWTH EXACTLY 7% ← 7.2%"), Status.EXCEEDED),
        Arguments.of("城镇常住居民人均可支配收入43760，增速8%以上", "实绩44026，增速8.7%", 12,
            List.of("COUNT EXACTLY 43760 ← 44026", "GROWTH AT_LEAST 8% ← 8.7%"), Status.EXCEEDED),
        // 5. parallel lists: 分别 pairs in order, 均 gives each, old levels are no targets
        Arguments.of("将城乡低保标准从每人每月590元、270元分别提高到每人每月650元、320元",
            "城镇低保提高到650元/人月，农村低保提高到330元/人月", 12,
            List.of("LEVEL EXACTLY 650元 ← 650元", "LEVEL EXACTLY 320元 ← 330元"), Status.MET),
        Arguments.of("化学需氧量、氨氮排放量均下降2.5%", "化学需氧量、氨氮排放量分别下降2.8%和2.1%", 12,
            List.of("DECLINE EXACTLY 2.5% ← 2.8%", "DECLINE EXACTLY 2.5% ← 2.1%"), Status.BASICALLY_MET),
        Arguments.of("二氧化硫、氮氧化物排放量下降3%", "二氧化硫、氮氧化物排放量分别下降4.4%和3.5%", 12,
            List.of("DECLINE EXACTLY 3% ← 4.4%", "DECLINE EXACTLY 3% ← 3.5%"), Status.EXCEEDED),
        Arguments.of("专利申请量、发明专利申请量均增长11%以上", "专利申请量、发明专利申请量分别为1257件、186件，分别增长12.1%、-3.5%", 12,
            List.of("GROWTH AT_LEAST 11% ← 12.1%", "GROWTH AT_LEAST 11% ← -3.5%"), Status.NOT_MET),
        // 6. a partial count with its share is a measure and a rate, not a claim
        Arguments.of("15个农村幸福院建设", "已完成8个（53%）", 9,
            List.of("COUNT EXACTLY 15个 ← 8个"), Status.ONGOING),
        Arguments.of("6个老旧小区改造", "正在施工中（90%）", 9,
            List.of("COUNT EXACTLY 6个 ← -"), Status.ONGOING),
        // 7. an old value beside the new is neither target nor measure
        Arguments.of("平均电价降至0.58元", "平均电价由0.62元降至0.58元", 12,
            List.of("AMOUNT AT_MOST 0.58元 ← 0.58元"), Status.MET),
        Arguments.of("制造业等行业现行16%的税率降至13%", "制造业等行业现行16%的税率降至13%", 12,
            List.of("LEVEL AT_MOST 13% ← 13%"), Status.MET),
        // 8. a scale without a classifier takes the subject's
        Arguments.of("减少农村贫困人口800万以上", "农村贫困人口减少820万人", 12,
            List.of("COUNT AT_LEAST 800万 ← 820万人"), Status.EXCEEDED),
        // a report reposted in traditional characters reads as its original
        Arguments.of("全市地區生產總值增長（預期目標7.8%左右）", "上半年，全市地區生產總值增長-17.5%", 6,
            List.of("GROWTH ABOUT 7.8% ← -17.5%"), Status.ONGOING),
        Arguments.of("地區生產總值3000億元，增長6.5%", "實績3120.5億元，增速6.1%", 12,
            List.of("AMOUNT EXACTLY 3000亿元 ← 3120.5亿元", "GROWTH EXACTLY 6.5% ← 6.1%"), Status.BASICALLY_MET),
        Arguments.of("外貿進出口增長5%", "外貿進出口負增長2%", 12,
            List.of("GROWTH EXACTLY 5% ← -2%"), Status.NOT_MET),
        // a synonym sharing the characters of the thing, when nothing else fits
        Arguments.of("新建给排水管网5.5千米，综合管廊1千米", "完成2.89公里自来水管道敷设", 12,
            List.of("AMOUNT EXACTLY 5.5千米 ← 2.89公里", "AMOUNT EXACTLY 1千米 ← -"), Status.NOT_MET),
        // more of the same things in another state (另有, 其余, 还有) are not what was done, nor a part to add
        Arguments.of("新增上市企业2家", "新增上市企业1家，另有2家已报会", 12,
            List.of("COUNT EXACTLY 2家 ← 1家"), Status.NOT_MET),
        Arguments.of("改造老旧小区20个", "已完成改造12个，其余8个正在施工", 6,
            List.of("COUNT EXACTLY 20个 ← 12个"), Status.ONGOING),
        Arguments.of("新建公厕15座", "城区新建公厕9座，农村新建公厕7座，还有3座正在建设", 12,
            List.of("COUNT EXACTLY 15座 ← 16座"), Status.EXCEEDED),
        // … and what is left to do is never done, whatever it names
        Arguments.of("新增普惠性幼儿园学位2000个", "新增学位1850个，剩余150个学位因场地调整于2023年春季投用", 12,
            List.of("COUNT EXACTLY 2000个 ← 1850个"), Status.BASICALLY_MET),
        Arguments.of("改造农村公路50公里", "完成改造46公里，尚有4公里路段正在施工", 6,
            List.of("AMOUNT EXACTLY 50公里 ← 46公里"), Status.BASICALLY_MET),
        // … nor are things the clause says were not done (未, 尚未, 没有 after the number)
        Arguments.of("改造老旧小区40个", "完成改造36个，4个小区因居民意见不统一未开工", 12,
            List.of("COUNT EXACTLY 40个 ← 36个"), Status.BASICALLY_MET),
        Arguments.of("改造老旧小区40个", "完成改造30个，4个小区尚未开工", 6,
            List.of("COUNT EXACTLY 40个 ← 30个"), Status.ONGOING),
        // … while a clause that denies only the goal still reports what was done
        Arguments.of("新增城镇就业5000人", "新增城镇就业4800人未完成年度目标任务", 12,
            List.of("COUNT EXACTLY 5000人 ← 4800人"), Status.BASICALLY_MET),
        Arguments.of("完成投资10亿元", "完成投资6亿元未达序时进度", 9,
            List.of("AMOUNT EXACTLY 10亿元 ← 6亿元"), Status.ONGOING),
        Arguments.of("改造老旧小区40个", "已改造36个，4个小区未完成改造", 12,
            List.of("COUNT EXACTLY 40个 ← 36个"), Status.BASICALLY_MET),
        Arguments.of("新建幼儿园10所", "已建成10所，不同规模幼儿园均投入使用", 12,
            List.of("COUNT EXACTLY 10所 ← 10所"), Status.MET),
        // … but another set with a subject of its own is evidence for its own target, and a part
        Arguments.of("完成技能培训5000人次，技能鉴定2000人", "完成技能培训5200人次，另有技能鉴定2100人", 12,
            List.of("COUNT EXACTLY 5000人次 ← 5200人次", "COUNT EXACTLY 2000人 ← 2100人"), Status.EXCEEDED),
        Arguments.of("新建公厕15座", "城区新建公厕9座，另有农村新建公厕7座", 12,
            List.of("COUNT EXACTLY 15座 ← 16座"), Status.EXCEEDED),
        // a qualifier inside the subject of a measure, when the next number counts what it qualifies
        Arguments.of("实现农村集体经济收入5万元以上的村达到80%", "集体经济收入5万元以上村占比85%", 12,
            List.of("LEVEL EXACTLY 80% ← 85%"), Status.EXCEEDED),
        Arguments.of("年销售收入2000万元以上企业达到50家", "年销售收入2000万元以上企业达到53家", 12,
            List.of("COUNT EXACTLY 50家 ← 53家"), Status.EXCEEDED),
        // … but a measure of its own when the next number counts something done
        Arguments.of("新增就业5000人", "新增就业5000人以上，其中返乡创业300人", 12,
            List.of("COUNT EXACTLY 5000人 ← 5000人"), Status.MET),
        // a ceiling written 不超过 / 不高于 / 不多于: the denied word (超过, 高于, 多于) is a floor
        Arguments.of("新增政府债务不超过3000万元", "新增政府债务2800万元", 12,
            List.of("AMOUNT AT_MOST 3000万元 ← 2800万元"), Status.MET),
        Arguments.of("万元GDP能耗不高于0.5吨标准煤", "万元GDP能耗0.53吨标准煤", 12,
            List.of("AMOUNT AT_MOST 0.5吨标准煤 ← 0.53吨标准煤"), Status.BASICALLY_MET),
        Arguments.of("审批事项不多于20项", "审批事项精简为18项", 12,
            List.of("COUNT AT_MOST 20项 ← 18项"), Status.MET),
        // a share of value added: 增加值 is a thing, its 增加 no growth
        Arguments.of("服务业增加值占GDP比重达到50%", "服务业增加值占GDP比重为51.2%", 12,
            List.of("LEVEL EXACTLY 50% ← 51.2%"), Status.EXCEEDED),
        Arguments.of("高技术产业增加值占规上工业比重20%", "高技术产业增加值占规上工业比重19.6%", 12,
            List.of("LEVEL EXACTLY 20% ← 19.6%"), Status.BASICALLY_MET),
        Arguments.of("规上工业增加值增长8%", "规上工业增加值增长8.3%", 12,
            List.of("GROWTH EXACTLY 8% ← 8.3%"), Status.EXCEEDED),
        // a count of work done, broken down in an aside after 其中: the first is the whole done
        Arguments.of("培训5000人次", "培训5200人次（其中农村劳动力3100人次）", 12,
            List.of("COUNT EXACTLY 5000人次 ← 5200人次"), Status.EXCEEDED),
        Arguments.of("完成培训8000人", "完成培训7500人（其中已取得证书5200人）", 12,
            List.of("COUNT EXACTLY 8000人 ← 7500人"), Status.BASICALLY_MET),
        // a month-on-month change (环比, 比上月) is no evidence for a year's growth
        Arguments.of("规上工业增加值增长7%", "规上工业增加值环比增长2.1%，同比增长6.5%", 12,
            List.of("GROWTH EXACTLY 7% ← 6.5%"), Status.BASICALLY_MET),
        Arguments.of("社会消费品零售总额增长8%", "1-11月，社会消费品零售总额比上月增长9.1%", 11,
            List.of("GROWTH EXACTLY 8% ← -"), Status.UNDETERMINED),
        // funds obtained: 争取 with only its object before the number is no aim …
        Arguments.of("争取中央预算内资金5000万元", "争取中央预算内资金4800万元", 12,
            List.of("AMOUNT EXACTLY 5000万元 ← 4800万元"), Status.BASICALLY_MET),
        Arguments.of("争取上级资金2亿元", "全年共争取到上级各类资金2.35亿元", 12,
            List.of("AMOUNT EXACTLY 2亿元 ← 2.35亿元"), Status.EXCEEDED),
        // … but with a verb or a time before the number it is
        Arguments.of("争取上级资金2亿元", "已争取上级资金1.2亿元，争取年底前完成2亿元", 12,
            List.of("AMOUNT EXACTLY 2亿元 ← 1.2亿元"), Status.NOT_MET),
        // vehicles counted in 台 in one cell and 辆 in the other
        Arguments.of("更新新能源公交车120台", "更新新能源公交车126辆", 12,
            List.of("COUNT EXACTLY 120台 ← 126辆"), Status.EXCEEDED),
        // more of the same things still under way, with no subject of their own, are not done
        Arguments.of("新建养老服务中心10个", "新建养老服务中心8个，2个正在装修", 12,
            List.of("COUNT EXACTLY 10个 ← 8个"), Status.NOT_MET),
        Arguments.of("新建农贸市场6个", "新建农贸市场5个，1个尚未完工", 12,
            List.of("COUNT EXACTLY 6个 ← 5个"), Status.NOT_MET),
        // nominal growth (名义增长) is the subject's growth; the real one (实际增长) comes after it
        Arguments.of("农村居民人均可支配收入增长8%左右", "农村居民人均可支配收入15860元，名义增长8.6%", 12,
            List.of("GROWTH ABOUT 8% ← 8.6%"), Status.EXCEEDED),
        Arguments.of("城镇居民人均可支配收入增长8%", "城镇居民人均可支配收入42150元，名义增长8.3%，实际增长6.1%", 12,
            List.of("GROWTH EXACTLY 8% ← 8.3%"), Status.EXCEEDED),
        // in a narrative too, a qualifier right before the noun it qualifies and that noun's count
        Arguments.of("签约10亿元以上项目不少于5个", "签约10亿元以上项目6个", 12,
            List.of("COUNT AT_LEAST 5个 ← 6个"), Status.EXCEEDED),
        Arguments.of("培育年产值1000万元以上企业10家", "新增年产值1000万元以上的企业9家", 12,
            List.of("COUNT EXACTLY 10家 ← 9家"), Status.BASICALLY_MET),
        // a change bounded by a level verb right after it is still that change
        Arguments.of("一般公共预算支出增长控制在5%以内", "一般公共预算支出增长4.6%", 12,
            List.of("GROWTH AT_MOST 5% ← 4.6%"), Status.MET),
        Arguments.of("农村居民人均可支配收入增长达到8%", "农村居民人均可支配收入增长8.4%", 12,
            List.of("GROWTH EXACTLY 8% ← 8.4%"), Status.EXCEEDED),
        // a span of time that names the thing counted (15分钟生活圈, 24小时书房) is no target
        Arguments.of("新建5个15分钟便民生活圈", "建成15分钟便民生活圈6个", 12,
            List.of("COUNT EXACTLY 5个 ← 6个"), Status.EXCEEDED),
        Arguments.of("新增24小时城市书房5个", "新增24小时城市书房4个", 12,
            List.of("COUNT EXACTLY 5个 ← 4个"), Status.NOT_MET),
        // a table's unit with its scale in parentheses before a bare value: （亿元）, （万人）
        Arguments.of("完成投资（亿元）12", "完成投资13.5亿元", 12,
            List.of("AMOUNT EXACTLY 12亿元 ← 13.5亿元"), Status.EXCEEDED),
        Arguments.of("新增城镇就业（万人）1.2", "新增城镇就业11500人", 12,
            List.of("COUNT EXACTLY 1.2万人 ← 11500人"), Status.BASICALLY_MET),
        // more of the same things in another state, in an aside
        Arguments.of("新增高新技术企业不少于10家", "新增高新技术企业8家（另有3家已通过公示）", 12,
            List.of("COUNT AT_LEAST 10家 ← 8家"), Status.NOT_MET),
        // sessions (期) and rounds (轮) counted in digits; 二期 in Chinese is a project's phase
        Arguments.of("举办创业培训10期，培训500人", "举办创业培训12期，共培训620人", 12,
            List.of("COUNT EXACTLY 10期 ← 12期", "COUNT EXACTLY 500人 ← 620人"), Status.EXCEEDED),
        Arguments.of("开展专项整治行动4轮", "开展专项整治行动4轮，查处案件56起", 12,
            List.of("COUNT EXACTLY 4轮 ← 4轮"), Status.MET),
        Arguments.of("启动建设二期，完成投资3亿元", "完成投资3.2亿元", 12,
            List.of("AMOUNT EXACTLY 3亿元 ← 3.2亿元"), Status.EXCEEDED),
        // a target that names only its work is met by the same work counted alike, whoever was trained
        Arguments.of("培训1500人次", "培训学员1600人次", 12,
            List.of("COUNT EXACTLY 1500人次 ← 1600人次"), Status.EXCEEDED),
        Arguments.of("培训1500人次", "共培训农民工1620人次，发放补贴30万元", 12,
            List.of("COUNT EXACTLY 1500人次 ← 1620人次"), Status.EXCEEDED),
        // a Chinese numeral and classifier ending the clause after the noun they count
        Arguments.of("改造提升农贸市场五个", "已改造提升农贸市场四个，剩余一个正在施工", 12,
            List.of("COUNT EXACTLY 5个 ← 4个"), Status.NOT_MET),
        // … counted alike: sites built for the training are not trainees
        Arguments.of("培训1500人次", "新建培训基地2个", 12,
            List.of("COUNT EXACTLY 1500人次 ← -"), Status.UNDETERMINED),
        // one total at two dates: the later figure, never their sum
        Arguments.of("新建农村公路80公里", "1-11月已新建农村公路72公里，12月底完成80公里", 12,
            List.of("AMOUNT EXACTLY 80公里 ← 80公里"), Status.MET),
        Arguments.of("新建公厕40座", "截至10月底建成公厕30座，截至12月底建成公厕38座", 12,
            List.of("COUNT EXACTLY 40座 ← 38座"), Status.BASICALLY_MET),
        Arguments.of("改造老旧小区30个", "上半年完成改造12个，截至年底累计完成改造31个", 12,
            List.of("COUNT EXACTLY 30个 ← 31个"), Status.EXCEEDED),
        Arguments.of("地区生产总值增长6%", "前三季度地区生产总值增长5.8%，预计全年增长6.1%", 12,
            List.of("GROWTH EXACTLY 6% ← 6.1%"), Status.EXCEEDED),
        // … and a clause after ； with no subject of its own goes on with the one before: the year's figure
        Arguments.of("地区生产总值增长6%", "1-11月地区生产总值增长5.6%；全年增长6.2%", 12,
            List.of("GROWTH EXACTLY 6% ← 6.2%"), Status.EXCEEDED),
        Arguments.of("完成固定资产投资100亿元", "1-11月完成固定资产投资88亿元；全年完成102亿元", 12,
            List.of("AMOUNT EXACTLY 100亿元 ← 102亿元"), Status.EXCEEDED),
        Arguments.of("新建公厕40座", "截至11月底新建公厕36座；全年新建41座", 12,
            List.of("COUNT EXACTLY 40座 ← 41座"), Status.EXCEEDED),
        // a completion rate whose only amount names another thing: the rate is the task's (占年度任务的, 达到…目标的)
        Arguments.of("新建公厕40座", "投入资金800万元，占年度任务的95%", 12,
            List.of("COUNT EXACTLY 40座 ← 95%"), Status.BASICALLY_MET),
        // … unless a figure of the target's unit is that share of it: the two say the same (FourthRoundFormsTest)
        Arguments.of("完成招商引资50亿元", "截至12月底，累计到位资金52.3亿元，占年度目标的104.6%", 12,
            List.of("AMOUNT EXACTLY 50亿元 ← 52.3亿元"), Status.EXCEEDED),
        Arguments.of("完成招商引资50亿元", "截至12月底，累计到位资金52.3亿元，占年度目标的105.6%", 12,
            List.of("AMOUNT EXACTLY 50亿元 ← 105.6%"), Status.EXCEEDED),
        // last year's figure beside this year's is its base; a report written the year after calls its own year 去年
        Arguments.of("地区生产总值增长6%", "上年地区生产总值增长5.2%，今年增长6.4%", 12,
            List.of("GROWTH EXACTLY 6% ← 6.4%"), Status.EXCEEDED),
        Arguments.of("新增城镇就业8000人", "今年新增城镇就业7600人；去年新增城镇就业8300人", 12,
            List.of("COUNT EXACTLY 8000人 ← 7600人"), Status.BASICALLY_MET),
        Arguments.of("城镇新增就业1100万人以上", "去年全国城镇新增就业1352万人", 12,
            List.of("COUNT AT_LEAST 1100万人 ← 1352万人"), Status.EXCEEDED),
        // a total since some start beside the year's own figure: the year's
        Arguments.of("改造老旧小区30个", "累计改造老旧小区120个，其中今年改造25个", 12,
            List.of("COUNT EXACTLY 30个 ← 25个"), Status.NOT_MET),
        Arguments.of("培训1500人次", "累计培训8000人次，本年培训1400人次", 12,
            List.of("COUNT EXACTLY 1500人次 ← 1400人次"), Status.BASICALLY_MET),
        // a later period's own work (12月份, 本月, 7-12月) is neither the total nor a part beside it
        Arguments.of("新建公厕40座", "12月份新建公厕5座，全年累计新建42座", 12,
            List.of("COUNT EXACTLY 40座 ← 42座"), Status.EXCEEDED),
        Arguments.of("完成固定资产投资20亿元", "本月完成投资2亿元，累计完成投资18亿元", 12,
            List.of("AMOUNT EXACTLY 20亿元 ← 18亿元"), Status.BASICALLY_MET),
        Arguments.of("新增城镇就业8000人", "11月份新增就业600人，1-11月累计新增就业7900人", 12,
            List.of("COUNT EXACTLY 8000人 ← 7900人"), Status.BASICALLY_MET),
        Arguments.of("新建公厕40座", "7-12月新建公厕18座，全年新建公厕39座", 12,
            List.of("COUNT EXACTLY 40座 ← 39座"), Status.BASICALLY_MET),
        // … but a month after the cumulative date is the rest of the year, summed
        Arguments.of("新建农村公路80公里", "1-11月已新建农村公路72公里，12月份新建农村公路8公里", 12,
            List.of("AMOUNT EXACTLY 80公里 ← 80公里"), Status.MET),
        // a change in points written as the old and the new rate
        Arguments.of("贫困发生率下降2个百分点", "贫困发生率由3.5%下降到1.2%", 12,
            List.of("DECLINE EXACTLY 2个百分点 ← 2.3个百分点"), Status.EXCEEDED),
        Arguments.of("城镇登记失业率下降0.5个百分点", "城镇登记失业率由4.2%下降至3.9%", 12,
            List.of("DECLINE EXACTLY 0.5个百分点 ← 0.3个百分点"), Status.BASICALLY_MET),
        Arguments.of("森林覆盖率提高1个百分点", "森林覆盖率由40.2%提高到41.4%", 12,
            List.of("GROWTH EXACTLY 1个百分点 ← 1.2个百分点"), Status.EXCEEDED),
        // … whatever verb of change leads from the old rate to the new (回落到, 压缩至, 下降为)
        Arguments.of("城镇登记失业率下降0.5个百分点", "城镇登记失业率由4.2%回落到3.9%", 12,
            List.of("DECLINE EXACTLY 0.5个百分点 ← 0.3个百分点"), Status.BASICALLY_MET),
        Arguments.of("单位能耗下降0.5个百分点", "单位能耗占比由3.5%压缩至2.9%", 12,
            List.of("DECLINE EXACTLY 0.5个百分点 ← 0.6个百分点"), Status.EXCEEDED),
        Arguments.of("贫困发生率下降2个百分点", "贫困发生率由3.5%下降为1.2%", 12,
            List.of("DECLINE EXACTLY 2个百分点 ← 2.3个百分点"), Status.EXCEEDED),
        // how a rate is computed (同口径, 按可比价格计算) names no subject
        Arguments.of("一般公共预算收入增长3%", "一般公共预算收入完成8.6亿元，同口径增长3.4%", 12,
            List.of("GROWTH EXACTLY 3% ← 3.4%"), Status.EXCEEDED),
        Arguments.of("税收收入增长5%", "税收收入完成6.2亿元，可比口径增长4.6%", 12,
            List.of("GROWTH EXACTLY 5% ← 4.6%"), Status.BASICALLY_MET),
        Arguments.of("地区生产总值增长6%", "地区生产总值完成320亿元，按可比价格计算增长6.4%", 12,
            List.of("GROWTH EXACTLY 6% ← 6.4%"), Status.EXCEEDED),
        // level with last year, in words: a growth of 0% — but not a rate level with last year's, nor with another place
        Arguments.of("社会消费品零售总额增长5%", "社会消费品零售总额同比持平", 12,
            List.of("GROWTH EXACTLY 5% ← 0%"), Status.NOT_MET),
        Arguments.of("社会消费品零售总额增长5%", "社会消费品零售总额完成120亿元，与上年基本持平", 12,
            List.of("GROWTH EXACTLY 5% ← 0%"), Status.NOT_MET),
        Arguments.of("社会消费品零售总额增长5%", "社会消费品零售总额与去年大体持平", 12,
            List.of("GROWTH EXACTLY 5% ← 0%"), Status.NOT_MET),
        Arguments.of("社会消费品零售总额增长5%", "社会消费品零售总额與上年基本持平", 12, // reposted in traditional characters
            List.of("GROWTH EXACTLY 5% ← 0%"), Status.NOT_MET),
        Arguments.of("规上工业增加值增长6%", "规上工业增加值同比增长6%，与上年持平", 12,
            List.of("GROWTH EXACTLY 6% ← 6%"), Status.MET),
        Arguments.of("规上工业增加值增长6%", "规上工业增加值增速与全市持平", 12,
            List.of("GROWTH EXACTLY 6% ← -"), Status.UNDETERMINED),
        // … but the work of two halves is summed
        Arguments.of("改造老旧小区30个", "上半年改造老旧小区12个，下半年改造老旧小区19个", 12,
            List.of("COUNT EXACTLY 30个 ← 31个"), Status.EXCEEDED),
        // a growth written as a multiple: 翻一番 doubles (100%), 翻两番 quadruples (300%), 增长1.2倍 is 120%
        Arguments.of("全市高新技术企业数量翻一番", "高新技术企业数量达到120家，较上年增长110%", 12,
            List.of("GROWTH EXACTLY 100% ← 110%"), Status.EXCEEDED),
        Arguments.of("外贸进出口额翻两番", "外贸进出口额增长200%", 12,
            List.of("GROWTH EXACTLY 300% ← 200%"), Status.NOT_MET),
        Arguments.of("实现跨境电商交易额增长一倍", "跨境电商交易额增长了1.2倍", 12,
            List.of("GROWTH EXACTLY 100% ← 120%"), Status.EXCEEDED),
        Arguments.of("全市高新技术企业数量增长80%", "高新技术企业数量实现翻番", 12,
            List.of("GROWTH EXACTLY 80% ← 100%"), Status.EXCEEDED),
        // … but not a size that names the thing, nor a verb that only starts with 翻
        Arguments.of("招引3倍以上投资强度项目2个", "招引项目2个", 12,
            List.of("COUNT EXACTLY 2个 ← 2个"), Status.MET),
        Arguments.of("对老旧房屋进行翻新改造30户", "完成翻新改造32户", 12,
            List.of("COUNT EXACTLY 30户 ← 32户"), Status.EXCEEDED),
        // a target label after ；, where a table's cells were joined, labels the clause before it
        Arguments.of("完成农村危房改造；目标任务1200户", "完成农村危房改造1000户", 12,
            List.of("COUNT EXACTLY 1200户 ← 1000户"), Status.NOT_MET),
        Arguments.of("开展职业技能培训；年度任务：3000人次", "开展职业技能培训3100人次", 12,
            List.of("COUNT EXACTLY 3000人次 ← 3100人次"), Status.EXCEEDED),
        // a quantity per unit is compared with a quantity per unit, never with a total
        Arguments.of("每个乡镇建设1所综合文化站", "建成综合文化站15所", 12,
            List.of("COUNT EXACTLY 1所 ← -"), Status.UNDETERMINED),
        Arguments.of("每个乡镇建设1所综合文化站", "每个乡镇均建成1所综合文化站", 12,
            List.of("COUNT EXACTLY 1所 ← 1所"), Status.MET),
        Arguments.of("每万人口拥有执业医师3名", "每万人口拥有执业医师3.2名", 12,
            List.of("COUNT EXACTLY 3名 ← 3.2名"), Status.EXCEEDED),
        Arguments.of("每月开展安全检查1次", "全年开展安全检查12次", 12,
            List.of("COUNT EXACTLY 1次 ← -"), Status.UNDETERMINED),
        // … a narrative's figure per day may answer a target whose day is only implied
        Arguments.of("新建日处理能力2万吨污水处理厂", "污水处理厂已建成，每天处理污水2.1万吨", 12,
            List.of("LEVEL EXACTLY 2万吨/日 ← 2.1万吨/日"), Status.EXCEEDED),
        // … and a narrative's 均 says each reached what every one was to reach
        Arguments.of("村级集体经济收入全部达到5万元以上", "所有村集体经济收入均达到5万元以上", 12,
            List.of("AMOUNT AT_LEAST 5万元 ← 5万元"), Status.MET),
        // … but every year's is the year's total, and an average per person no count per unit
        Arguments.of("每年新增城镇就业5000人", "新增城镇就业5200人", 12,
            List.of("COUNT EXACTLY 5000人 ← 5200人"), Status.EXCEEDED),
        Arguments.of("农村居民人均可支配收入达到15000元", "农村居民人均可支配收入15860元", 12,
            List.of("AMOUNT EXACTLY 15000元 ← 15860元"), Status.EXCEEDED),
        // rates of health and population in per mille, compared with percentages
        Arguments.of("婴儿死亡率控制在5‰以内", "婴儿死亡率为3.2‰", 12,
            List.of("LEVEL AT_MOST 5‰ ← 3.2‰"), Status.MET),
        Arguments.of("5岁以下儿童死亡率低于8‰", "5岁以下儿童死亡率为0.85%", 12,
            List.of("LEVEL AT_MOST 8‰ ← 0.85%"), Status.BASICALLY_MET));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("forms")
  void theReaderUnderstandsTheForm(String text, String narrative, int month, List<String> pairs, Status status) {
    Task task = extracted(text, narrative);
    assertThat(pairs(task)).as("targets and their evidence").containsExactlyElementsOf(pairs);
    assertThat(assessed(task, month).status()).isEqualTo(status);
  }

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of("新建公厕15座", "", UnverifiedReason.NO_NUMBERS),
        Arguments.of("新建公厕15座", "完成投资300万元", UnverifiedReason.NO_SAME_UNIT),
        Arguments.of("地区生产总值增长7%", "地区生产总值完成300亿元，占全市比重12%", UnverifiedReason.OTHER_KIND),
        Arguments.of("新增高新技术企业4家", "截至目前，全区高新技术企业累计42家", UnverifiedReason.STOCK_NOT_INCREMENT),
        Arguments.of("完成老旧小区改造20个", "已开工老旧小区改造18个", UnverifiedReason.STARTED_NOT_DONE),
        Arguments.of("新建公厕15座", "提升改造公厕22座", UnverifiedReason.OTHER_WORK),
        Arguments.of("新建公厕15座", "新建停车场3座", UnverifiedReason.OTHER_METRIC));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @MethodSource("reasons")
  void anUnverifiedTargetSaysWhy(String text, String narrative, UnverifiedReason reason) {
    Task task = extracted(text, narrative);
    assertThat(task.matches()).first().satisfies(m -> {
      assertThat(m.measure()).isEmpty();
      assertThat(m.reason()).contains(reason);
    });
    Assessment assessment = assessed(task, 12);
    assertThat(assessment.targets().get(0).reason()).contains(reason);
    assertThat(assessment.explanation()).contains(reason.label());
  }
}
