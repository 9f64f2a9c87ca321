package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured accuracy on the probe tables ({@code src/test/resources/probes}, described in its
 * README): tables written by hand in the forms real reports use, labelled before the reader was run
 * on them, scored as {@link DevSetGoldTest} scores the development set, pooled over every task. The
 * bars sit a little under what the reader scores when they were set, so that a change that costs a
 * few rows of writing no one has fixed on purpose fails here.
 */
class ProbeSetGoldTest {
  static final List<String> CASES = List.of(
      "k1_a_lanzhou-2023-annual", "k1_b_qingyuan-2023-jan-oct", "k1_c_lingdong-2023-annual-trad",
      "k1_d_yunling-2023-annual-fw", "k2_linxi-2024-h1", "k2_tongchuan-2024-annual", "k2_yunling-2022-annual",
      "k2_yunling-2022-sep", "k3_jiangnan-2021-annual", "k3_jiangnan-2021-depts", "k3_jiangnan-2025-h1",
      "k3_jiangnan-2025-indicators", "k4_a_donghu-2022-nov", "k4_b_donghu-2024-annual", "k4_c_donghu-2024-projects-oct",
      "k4_d_donghu-2022-pdf", "m1_a_yunxi-2022-annual", "m1_b_yunxi-2024-h1", "m1_c_qingshi-2024-county",
      "m2_a_tongchuan-2021-annual", "m2_b_yunling-2023-sep", "m2_c_lanxi-2023-annual", "m2_d_shixi-2021-h1",
      "m3_jiangxi-2024-yearend", "m3_national-2020-targets", "m3_national-2022-targets", "m3_national-2024-targets",
      "m4_a_linjiang-2021-env-annual", "m4_b_nanyu-2024-transport-sep", "m4_c_dongjin-2024-water-annual",
      "m4_d_yunling-2021-sections-sep", "n1_linjiang-2023-annual", "n1_linjiang-2024-h1", "n1_qinghe-2023-county",
      "n2_dongchuan-2023-bulletin", "n2_jiangnan-2022-annual", "n2_jiangnan-2023-jan-sep", "n3_jiangzhou-2024-q1",
      "n3_qingchuan-2022-oct", "n3_yunfeng-2023-annual", "n4_yuchuan-2020-word", "n4_yuchuan-2021-annual",
      "n4_yuchuan-2022-nov", "o1_anlan-2024-jan-aug", "o1_heyang-2022-annual", "o1_linjiang-2023-annual",
      "o2_a_yunxi-2022-annual", "o2_b_nanping-2023-oct", "o2_c_qinglan-2024-h1", "o3_ningchuan-2021-annual",
      "o3_ningchuan-2022-h1", "o3_ningchuan-2023-annual", "o4_anhui-2023-sep", "o4_hubei-2021-pdf",
      "o4_jiangxi-2022-annual", "p1_jianggang-2022-jan-nov", "p1_jianggang-2023-annual", "p1_jianggang-2024-h1",
      "p2_a_linjiang-2021-annual", "p2_b_linjiang-2023-jan-sep", "p2_c_linjiang-2022-duchashi",
      "p3_A_jiangzhou-2022-keji-annual", "p3_B_jiangzhou-2023-keji-h1", "p3_C_jiangzhou-2021-keji-review",
      "p4_qingyan-2019-annual", "p4_qingyan-2020-oct", "p4_qingyan-2021-annual",
      "q1a_lanzhou-2024-commerce-annual", "q1b_lanzhou-2025-jan-sep", "q1c_yuanzhou-2023-indicators",
      "q2_a_huaize-2023-annual", "q2_b_linjiang-2024-h1", "q2_c_fenggu-2024-annual", "q3_a_jiangyang-2024-annual",
      "q3_b_linzhou-2023-jan-oct", "q3_c_chengnan-2024-district", "q4a_fengyang-county-2024-annual",
      "q4b_nanping-city-2025-jan-aug", "q4c_qingxi-district-2024-school-projects", "r1_fenglin-2022-pairs",
      "r1_nanhu-2024-annual", "r1_tongjiang-2023-jan-nov", "r2_hetang-2023-annual", "r2_qingxi-2024-annual",
      "r2_yunling-2025-h1", "r3_jiahe-2024-bulletin", "r3_qingyuan-2023-annual", "r3_yunling-2024-sep",
      "r4_shuanghe-2023-indicators", "r4_tongchuan-2022-annual", "r4_tongchuan-2024-jan-may",
      "s1_county-2023-annual", "s1_province-2023-indicators", "s1_township-2024-jan-oct", "s2_anping-2024-h1",
      "s2_fengyuan-2024-sep", "s2_qinghe-2023-annual", "s3_a_hengchuan-2023-annual",
      "s3_b_qinglan-hitech-2024-jan-nov", "s3_c_linjiang-2024-bulletin", "s4_a_jiangcheng-2023-annual",
      "s4_b_donghu-2024-jan-aug", "s4_c_nanjiang-2023-annual-claims", "t1_a_anping-2023-annual",
      "t1_b_pingyang-2024-h1", "t1_c_nanling-2024-changes", "t2_a_jianghuai-jtt-2023", "t2_b_yichuan-2024-oct",
      "t2_c_linxi-2023-jiaotong", "t3_city-2023-annual", "t3_district-2024-sep", "t3_town-2024-annual",
      "t4_a_linjiang-2023-annual", "t4_b_gaoxin-2024-jan-nov", "t4_c_qingshi-2023-annual", "u1_a_qingxi-2023-annual",
      "u1_b_jiangzhou-2024-jan-jul", "u1_c_anping-2023-indicators", "u2_dongling-2023-indicators",
      "u2_liutang-2024-h1", "u2_qingxi-2022-annual", "u3_a_dongfeng-street-2023", "u3_b_qingshi-town-2024-jan-nov",
      "u3_c_qinghe-health-2023-annual", "v1_a_jianglin-2023-annual", "v1_b_yuanzhou-2024-oct",
      "v1_c_linchuan-2022-annual", "v1_d_yunling-2025-oct", "v2_a_qingxi-2024-h1", "v2_b_qingxi-2024-audit-annual",
      "v2_c_qingxi-2024-jianyi-annual", "v2_d_qingxi-2024-xinfang-sep", "v3_a_jianghuai-2023-fuer-annual",
      "v3_b_jianghuai-2024-minzheng-sep", "v3_c_huaichuan-2023-minzheng-annual", "v3_d_qinghe-2024-h1",
      "v4_31_linjiang-2024-jan-nov", "v4_32_qingxi-2024-annual", "v4_33_nanping-2023-annual", "v4_34_tongxi-2024-nov",
      "w1_a_linlan-2023-soe-annual", "w1_b_linlan-2024-soe-jan-sep", "w1_c_qingyu-2022-soe-sections",
      "w1_d_linlan-2025-soe-h1", "w2_housing-jiangzhou-2024-annual", "w2_housing-linjiang-2024-h1",
      "w2_housing-qinglan-2022-sections", "w2_hpf-luochuan-2023-annual", "w3_a_yunling-2023-annual",
      "w3_b_shiquan-2024-jan-oct", "w3_c_zhenning-2022-annual", "w3_d_danfeng-2025-jan-oct", "w4_a_qingxi-town-2023",
      "w4_b_hongyan-township-2024-oct", "w4_c_chengdong-subdistrict-2023", "w4_d_baisha-town-2024",
      "x1_a_qingyuan-2024-annual", "x1_b_longxi-2025-oct", "x1_c_hanjiang-2023-indicators", "x2_beitang-2023-office",
      "x2_hefeng-2023-annual", "x2_qingyuan-2024-h1", "x3_a_qinglan-2023-disabled-annual",
      "x3_b_yunxi-2024-veterans-sep", "x3_c_qinglan-linjiang-2024-sections", "x4_01_shanxi-2023-annual",
      "x4_02_zibo-2024-jan-nov", "x4_03_luoyang-2022-pdf", "x4_04_hengshan-2025-oct",
      "y1_A_linjiang-2023-annual", "y1_B_qingshui-county-2024-jan-oct", "y1_C_qingshi-town-2023-annual",
      "y2_a_jingzhou-2023-annual", "y2_b_lixian-2024-h1", "y2_c_ningyuan-2023-list", "y2_d_changde-2023-annual",
      "y3_changsha-2024-grain-sep", "y3_hunan-2023-grain-annual", "y3_zhuzhou-2023-grain-indicators",
      "y4_a_chengyang-2023-annual", "y4_b_lanxi-2024-jan-nov", "y4_c_linjiang-2022-pdf",
      "z1_a_lizhou-2023-annual", "z1_b_qingxi-2024-jan-sep", "z1_c_yungang-edz-2022-h1",
      "z2_a_nanling-2023-province", "z2_b_qinghe-2024-oct", "z2_c_linjiang-2022-h1", "z2_d_wutong-2023-street",
      "z3_a_jiangling-2023-province", "z3_b_zhechuan-2024-jan-sep", "z3_c_xichuan-lyj-2023-nov",
      "z4_a_jiangxi-2023-annual", "z4_b_yibin-2024-jan-sep", "z4_c_mianyang-hitech-2022-indicators",
      "z4_d_deqing-2023-h1",
      "aa1_a1_xiangtan-2022-annual", "aa1_a2_tonglu-2023-sep", "aa1_a3_qingshanhu-2024-h1", "aa1_a4_shucheng-2021-annual",
      "aa2_qingchuan-2023-jan-sep", "aa2_suining-2022-annual", "aa2_tianning-2024-h1", "aa2_wuyuan-2021-annual",
      "aa3_liuyang-2023-annual", "aa3_qinghai-2024-annual", "aa3_suining-2022-sep", "aa3_weibin-2021-h1",
      "aa4_changzhou-2024-h1", "aa4_jinhua-2025-sep", "aa4_jiuquan-2023-annual", "aa4_yulin-2022-sections",
      "ab1_anping-2023-annual", "ab1_chengdong-2023-indicators", "ab1_linchuan-2024-q1", "ab1_shimen-2024-h1",
      "ab2_donghu-2023-annual", "ab2_jiangzhou-2023-midterm", "ab2_jiangzhou-2023-minsheng", "ab2_qingxi-2024-jan-oct",
      "ab3_donghu-2024-h1", "ab3_ningchuan-2023-finance-annual", "ab3_qingxi-2024-tax-jan-nov", "ab3_yunling-2023-wanyuan",
      "ab4_liyang-rsj-2023-annual", "ab4_qinghe-2024-annual-labels", "ab4_yongping-2024-jan-sep",
      "ab4_yunhu-devzone-talent-2023");

  @Test
  void pooledFiguresMeetTheBars() throws IOException {
    GoldScore pooled = GoldScore.pooled("probes", CASES);

    assertThat(pooled.n).as("labelled tasks").isGreaterThanOrEqualTo(3350);
    assertThat(pooled.missing).as("tasks missing from the reports").isZero();
    assertThat(pooled.status()).as("status in accept").isGreaterThanOrEqualTo(0.96);
    assertThat(pooled.f1()).as("target F1").isGreaterThanOrEqualTo(0.98);
    assertThat(pooled.achieved()).as("achieved").isGreaterThanOrEqualTo(0.90);
  }
}
