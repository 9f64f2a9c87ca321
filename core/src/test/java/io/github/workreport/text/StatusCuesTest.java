package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Status;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatusCuesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "已完成 98 项:|MET",
      "持续推进 11 项：|ONGOING",
      "二、正在推进（5项）|ONGOING",
      "未完成|NOT_MET",
      "进度滞后|NOT_MET",
      "超额完成|EXCEEDED",
      "基本完成 3 项|BASICALLY_MET",
      "推进中|ONGOING",
      "（一）经济发展|UNDETERMINED"})
  void headingsDeclareTheirTasksStatus(String heading, Status status) {
    assertThat(StatusCues.ofHeading(heading)).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "当前已完成 186308 万元，增速为 1.8%，超额完成任务。|EXCEEDED",
      "增速达到 7.9%，基本完成指标任务。|BASICALLY_MET",
      "脱贫退出工作已完成。|MET",
      "全面完成工作任务|MET",
      "方家村征地拆迁工作已完成|MET",
      "已完成1个(50%)，其余正在推进。|",
      "尚未全面完成，未超额完成。|",
      "已完成前期准备。|",
      "力争完成全年建设60家市级创新平台的指标任务。|",
      "预计年底前全面完成。|",
      "计划12月底全部完成，目前已完成主体工程|",
      "受疫情影响，力争年内完成；现已全面完成。|MET",
      "去年城镇新增就业1352万人，城镇登记失业率为3.62%，完成年度目标。|MET",
      "比上年增长6.1%，符合年度预期目标。|MET",
      "完成目标任务116.89%。|",
      "尚未完成年度目标。|",
      "力争完成年度目标。|",
      "已提前完成|MET",
      "提前完成年度任务，新建公厕20座。|MET",
      "力争提前完成。|"})
  void aClaimIsAboutTheWholeTask(String narrative, Status claim) {
    assertThat(StatusCues.claim(narrative)).isEqualTo(Optional.ofNullable(claim));
  }

  /** A status column the reader kept in the narrative under its header (完成状态：…) declares any status. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "1-9月新增城镇就业2450人。\\n完成状态：序时推进|ONGOING",
      "已完成造林绿化面积3200亩。\\n完成状态：滞后|NOT_MET",
      "全年空气质量优良天数比例为82.1%。\\n备注：未完成。|NOT_MET",
      "完成农村危房改造500户。\\n进展状态: 已完成|MET",
      "新增就业1.35万人。\\n备注：超额完成|EXCEEDED",
      "状态：基本完成|BASICALLY_MET",
      "主体完工。\\n是否完成：否|NOT_MET",
      "主体完工。\\n是否完成：是|MET",
      "已建成8个。\\n备注：2个项目未完成|",
      "已建成8个。\\n备注：资金已拨付|",
      "已建成8个。\\n完成时限：2021年底|",
      "设备状态：未完成调试的2台已返厂|"})
  void aStatusColumnDeclaresAnyStatus(String narrative, Status claim) {
    assertThat(StatusCues.claim(narrative.replace("\\n", "\n"))).isEqualTo(Optional.ofNullable(claim));
  }

  @Test
  void aCompletedSectionIsRefinedByAnExplicitClaimAnOngoingOneIsNot() {
    assertThat(StatusCues.declared(Optional.of(Status.MET), "超额完成了28%")).isEqualTo(Status.EXCEEDED);
    assertThat(StatusCues.declared(Optional.of(Status.MET), "基本完成指标任务")).isEqualTo(Status.BASICALLY_MET);
    assertThat(StatusCues.declared(Optional.of(Status.MET), "已完成。")).isEqualTo(Status.MET);
    assertThat(StatusCues.declared(Optional.of(Status.ONGOING), "土地确权登记基本完成")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.declared(Optional.of(Status.NOT_MET), "超额完成")).isEqualTo(Status.NOT_MET);
  }

  @Test
  void withoutASectionOnlyAClaimDeclares() {
    assertThat(StatusCues.declared(Optional.empty(), "已完成1个(50%)")).isEqualTo(Status.UNDETERMINED);
    assertThat(StatusCues.declared(Optional.empty(), "任务已完成。")).isEqualTo(Status.MET);
    assertThat(StatusCues.declared(Optional.of(Status.UNDETERMINED), "基本完成")).isEqualTo(Status.BASICALLY_MET);
  }

  @Test
  void cueWordsSuggestAStatusWhenNothingElseDoes() {
    assertThat(StatusCues.textual("正在加紧建设")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual("下一步，继续推进")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual("已建成并投入使用")).isEqualTo(Status.MET);
    assertThat(StatusCues.textual("召开会议研究")).isEqualTo(Status.UNDETERMINED);
  }

  /** The ways reports say work is under way or done, not only the words of one report. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "二期工程施工中|ONGOING",
      "项目建设中，主体结构封顶|ONGOING",
      "招标工作进行中|ONGOING",
      "方案实施中|ONGOING",
      "各项工作有序推进|ONGOING",
      "改造工程稳步推进|ONGOING",
      "道路已竣工验收|MET",
      "工程已完工|MET",
      "主体工程已完工|ONGOING", // the shell done, the building not
      "综合服务中心已投入使用|MET",
      "连接线已通车|MET",
      "一期已完工，二期施工中|ONGOING",
      "已完成招标，即将开工|ONGOING",
      "目前已开工建设|ONGOING",
      "已启动实施|ONGOING",
      "项目前期手续办理中|ONGOING",
      "专项整治工作持续开展中|ONGOING",
      "垃圾分类工作全面铺开|ONGOING",
      "按计划推进|ONGOING",
      "持续推进。|ONGOING",
      "项目序时推进|ONGOING",
      "8个服务站已全部建成并投入使用|MET",
      "工作推进缓慢|ONGOING",
      "受疫情影响，项目未能按期开工|ONGOING",
      "规划初稿已编制完成，正在征求意见|ONGOING",
      "项目已全部完工并交付使用|MET",
      "项目已于10月竣工验收|MET",
      "平台已上线运行|MET",
      "平台已正式运行，各项功能正常|MET",
      "规划已编制完成并印发实施|MET",
      "已出台《产业发展规划》|MET",
      "各项措施已落实|MET",
      "已按期完成。|MET",
      "全面消除劣V类水体|MET",
      "城区黑臭水体已全部消除|MET",
      "问题隐患已全部清零|MET",
      "历史欠款全面清零|MET",
      "劣V类水体尚未全面消除|ONGOING",
      "力争全面消除劣V类水体|UNDETERMINED",
      "力争按期完成|UNDETERMINED"})
  void cueWordsOfProgressAndCompletionAsReportsWriteThem(String narrative, Status status) {
    assertThat(StatusCues.textual(narrative)).isEqualTo(status);
  }
}
