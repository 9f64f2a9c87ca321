package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

  @Test
  void targetLinesReadAsEvidenceRatioAndStatus() {
    TargetAssessment line = TargetAssessment.builder().target(0).measure(1).ratio(new BigDecimal("0.9067"))
        .status(Status.BASICALLY_MET).build();
    assertThat(line).hasToString("#0 ← measure #1, ratio 0.9067, BASICALLY_MET");
    assertThat(line.isVerified()).isTrue();
    TargetAssessment revised = TargetAssessment.builder().target(0).measure(3).revision(2)
        .ratio(new BigDecimal("22.5")).status(Status.EXCEEDED).pace(Pace.AHEAD).build();
    assertThat(revised).hasToString("#0 ← measure #3 (revised #2), ratio 22.5, EXCEEDED, AHEAD");
    TargetAssessment unverified = TargetAssessment.of(2);
    assertThat(unverified).hasToString("#2 unverified");
    assertThat(unverified.isVerified()).isFalse();
    assertThat(unverified.status()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void aTargetLineNeedsAValidTargetIndex() {
    assertThatThrownBy(() -> TargetAssessment.of(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
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
