package io.github.workreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The number of tasks of a report, in all and per section, counted as tasks go by: what the
 * report-level checks ({@link Report#findings()}) need, without holding the tasks. Streaming
 * readers and writers count with it, then check the counts against the header the end of the input
 * gives.
 *
 * <pre>{@code
 * TaskCounts counts = new TaskCounts();
 * stream.forEach(task -> { counts.add(task); out.write(task); });
 * counts.findings(stream.end());   // [COUNT_MISMATCH: 已完成：标题申报98项，汇总申报96项，实列96项]
 * }</pre>
 *
 * Not thread-safe.
 */
public final class TaskCounts {
  private final Map<String, Integer> bySection = new LinkedHashMap<>();
  private long total;

  /** Counts nothing yet. */
  public TaskCounts() {}

  /**
   * Counts one more task, in its section if it has one.
   *
   * @param task the task
   * @return this
   */
  public TaskCounts add(Task task) {
    total++;
    task.section().ifPresent(name -> bySection.merge(name, 1, Integer::sum));
    return this;
  }

  /** The number of tasks counted. @return the count */
  public long total() {
    return total;
  }

  /** The tasks counted per section name, in the order the sections first came. @return the counts */
  public Map<String, Integer> bySection() {
    return Collections.unmodifiableMap(bySection);
  }

  /**
   * The {@link FindingKind#COUNT_MISMATCH} findings of these counts against what {@code header}
   * declares (its sections' counts and its declared totals); the rules of {@link Report#findings()}.
   *
   * @param header the report's header; its own tasks are not looked at
   * @return the findings, empty when the counts agree
   */
  public List<Finding> findings(Report header) {
    Objects.requireNonNull(header, "header");
    List<Finding> findings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    header.sections().forEach(s -> names.add(s.name()));
    if (!bySection.isEmpty() || !header.sections().isEmpty()) {
      // Rows without any section cannot be counted per section; only the total can be checked.
      header.declaredTotals().bySection().keySet().stream().filter(n -> !names.contains(n))
          .forEach(names::add);
    }
    for (String name : names) {
      int counted = bySection.getOrDefault(name, 0);
      Integer heading = header.section(name).flatMap(Section::declaredCount).orElse(null);
      Integer summary = header.declaredTotals().bySection().get(name);
      boolean headingOff = heading != null && heading != counted;
      boolean summaryOff = summary != null && summary != counted;
      if (headingOff || summaryOff) {
        StringBuilder message = new StringBuilder(name).append("：");
        if (heading != null) {
          message.append("标题申报").append(heading).append("项，");
        }
        if (summary != null && !Objects.equals(summary, heading)) {
          message.append("汇总申报").append(summary).append("项，");
        }
        message.append("实列").append(counted).append("项");
        findings.add(Finding.of(FindingKind.COUNT_MISMATCH, message.toString()));
      }
    }
    header.declaredTotals().total().filter(declared -> declared != total).ifPresent(declared ->
        findings.add(Finding.of(FindingKind.COUNT_MISMATCH,
            "共计：汇总申报" + declared + "项，实列" + total + "项")));
    return List.copyOf(findings);
  }
}
