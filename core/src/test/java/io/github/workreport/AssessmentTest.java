package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  @Test
  void toStringGivesStatusBasisAndExplanation() {
    Assessment assessment = Assessment.builder().status(Status.BASICALLY_MET).basis(Basis.NUMERIC)
        .explanation("目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成").build();
    assertThat(assessment).hasToString("BASICALLY_MET (NUMERIC): 目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成");
  }

  @Test
  void theExplanationDefaultsToTheStatusLabel() {
    assertThat(Assessment.of(Status.ONGOING, Basis.DECLARED).explanation()).isEqualTo("持续推进");
  }

  @Test
  void findingsAreQueriedByKind() {
    Assessment assessment = Assessment.builder().status(Status.NOT_MET).basis(Basis.NUMERIC)
        .addFinding(Finding.of(FindingKind.PROVISIONAL, "评估依据预计数")).build();
    assertThat(assessment.has(FindingKind.PROVISIONAL)).isTrue();
    assertThat(assessment.has(FindingKind.CLAIM_NOT_SUPPORTED)).isFalse();
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Assessment.of(null, Basis.NUMERIC)).hasMessage("status");
    assertThatThrownBy(() -> Assessment.of(Status.MET, null)).hasMessage("basis");
    assertThatThrownBy(() -> Assessment.builder().explanation(null)).hasMessage("explanation");
  }

  // TargetAssessment and Finding are small enough to live here.

  private static final Target TARGET = Target.of("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%"));
  private static final Measure ACHIEVED = Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%"));

  @Test
  void targetLinesGiveTheirTargetAndEvidenceAsValuesAndIndexes() {
    TargetAssessment line = TargetAssessment.builder().targetIndex(0).target(TARGET).measureIndex(1).measure(ACHIEVED)
        .ratio(new BigDecimal("0.9067")).status(Status.BASICALLY_MET).build();
    assertThat(line).hasToString("#0 服务业增加值 增长 ≥ 7.5% ← 服务业增加值 增长 6.8%, ratio 0.9067, BASICALLY_MET");
    assertThat(line.isVerified()).isTrue();
    assertThat(line.target()).isEqualTo(TARGET);
    assertThat(line.measure()).contains(ACHIEVED);
    assertThat(line.measureIndex()).hasValue(1);
    Measure revision = Measure.builder().metric("").kind(Kind.GROWTH).quantity(Quantity.parse("0.08%"))
        .role(Role.REVISED_TARGET).build();
    TargetAssessment revised = TargetAssessment.builder().from(line).revisionIndex(2).revision(revision)
        .ratio(new BigDecimal("22.5")).status(Status.EXCEEDED).pace(Pace.AHEAD).build();
    assertThat(revised).hasToString(
        "#0 服务业增加值 增长 ≥ 7.5% ← 服务业增加值 增长 6.8% (revised 0.08%), ratio 22.5, EXCEEDED, AHEAD");
    TargetAssessment unverified = TargetAssessment.unverified(2, TARGET, Optional.of(UnverifiedReason.NO_SAME_UNIT));
    assertThat(unverified).hasToString("#2 服务业增加值 增长 ≥ 7.5% unverified: 叙述中无该单位的数值");
    assertThat(unverified.isVerified()).isFalse();
    assertThat(unverified.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(unverified.reasonLabel()).isEqualTo("叙述中无该单位的数值");
  }

  @Test
  void aTargetLineNeedsAValidTargetIndexAndConsistentEvidence() {
    assertThatThrownBy(() -> TargetAssessment.unverified(-1, TARGET, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> TargetAssessment.builder().targetIndex(0).target(TARGET).measureIndex(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index and its value");
    assertThatThrownBy(() -> TargetAssessment.builder().targetIndex(0).target(TARGET).measureIndex(1).measure(ACHIEVED)
        .reason(UnverifiedReason.NO_NUMBERS).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
  }

  @Test
  void everyReasonReadsBackFromItsLabel() {
    for (UnverifiedReason reason : UnverifiedReason.values()) {
      assertThat(UnverifiedReason.ofLabel(reason.label())).contains(reason);
    }
    assertThat(UnverifiedReason.ofLabel("无")).isEmpty();
  }

  @Test
  void findingsReadAsKindAndMessage() {
    Finding finding = Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持基本完成");
    assertThat(finding).hasToString("CLAIM_NOT_SUPPORTED: 申报完成，数值仅支持基本完成");
    assertThat(Finding.builder().kind(FindingKind.CLAIM_NOT_SUPPORTED).message("申报完成，数值仅支持基本完成").build())
        .isEqualTo(finding);
    assertThatThrownBy(() -> Finding.of(FindingKind.PROVISIONAL, null)).hasMessage("message");
  }
}
