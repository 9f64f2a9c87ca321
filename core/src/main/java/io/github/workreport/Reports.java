package io.github.workreport;

import java.util.Objects;

/**
 * Operations on several reports at once. For now one: {@link #compare}, what moved between two
 * reports of one place.
 */
public final class Reports {
  private Reports() {}

  /**
   * What moved between {@code earlier} and {@code later}, two reports of one place — a progress
   * report and the year end, or two years. The later report's tasks are paired with the earlier
   * one's by their texts and numbers (a renumbered or reworded task keeps its pair; two tasks that
   * only share a number do not pair), and for each pair the comparison gives what moved: the
   * status, the achieved values with the change, the targets revised, a claim that became or stopped
   * being supported. Tasks without a pair are listed as left out or new.
   *
   * <pre>{@code
   * Classifier classifier = Classifier.standard();
   * Comparison c = Reports.compare(classifier.classify(halfYear), classifier.classify(yearEnd));
   * c.count(Status.ONGOING, Status.MET);   // tasks finished in the second half
   * }</pre>
   *
   * <p>Statuses and values come from the reports' assessments, so classify both first. Neither
   * report is changed; the comparison holds them.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return the comparison
   */
  public static Comparison compare(Report earlier, Report later) {
    return new Comparison(Objects.requireNonNull(earlier, "earlier"), Objects.requireNonNull(later, "later"));
  }
}
