package io.github.workreport.document;

import io.github.workreport.Assessment;
import io.github.workreport.Comparison;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Measure;
import io.github.workreport.Report;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Summary;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.rules.ClassificationPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A classified report as one self-contained HTML page — the page a supervisor opens from a USB
 * stick, offline: the style, the charts (inline SVG) and a few lines of script are in the file, and
 * its content security policy forbids any request, so it loads nothing from anywhere.
 *
 * <pre>{@code
 * ReportHtml.write(Classifier.standard().classify(report), Path.of("report.html"));
 * ReportHtml.standard().withPolicy(policy).withComparison(Reports.compare(halfYear, yearEnd))
 *     .writeTo(yearEnd, Path.of("year-end.html"));
 * }</pre>
 *
 * <p>Top to bottom: the report line (title, place, period, tasks listed against those declared,
 * and any count mismatch said plainly); a tile per status with its count and share; a chart of the
 * statuses as assessed beside as declared and one of the lead units with the most shortfalls; the
 * claims the numbers do not support; what moved since an earlier report, when given one; the task
 * table — status in colour and in words, target → achieved, ratio, pace, explanation, and the
 * reason of every unverified target — with filters by status, unit and text that the URL fragment
 * carries ({@code report.html#status=NOT_MET}), each task opening to its targets, measures and the
 * narrative with the numbers used marked; the findings; a footer with the policy and the library
 * version. Without script every task shows; printed, it is A4 landscape with the table's header on
 * every page. {@link #writeIndex} writes the page that links several.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportHtml {
  /** How many lead units the chart of shortfalls shows. */
  static final int UNITS_CHARTED = 10;

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String VERSION = version();
  private static final ReportHtml STANDARD = new ReportHtml(ClassificationPolicy.defaults(), null);

  private final ClassificationPolicy policy;
  private final Comparison comparison;

  private ReportHtml(ClassificationPolicy policy, Comparison comparison) {
    this.policy = policy;
    this.comparison = comparison;
  }

  /**
   * Pages whose footer names the default policy, without a comparison.
   *
   * @return the writer
   */
  public static ReportHtml standard() {
    return STANDARD;
  }

  /**
   * A copy whose footer names {@code policy}: the one the report was classified with.
   *
   * @param policy the policy
   * @return the copy
   */
  public ReportHtml withPolicy(ClassificationPolicy policy) {
    return new ReportHtml(Objects.requireNonNull(policy, "policy"), comparison);
  }

  /**
   * A copy whose pages have a section "what moved" since the comparison's earlier report; write
   * the comparison's later report with it.
   *
   * @param comparison what moved, from {@code Reports.compare(earlier, later)}
   * @return the copy
   */
  public ReportHtml withComparison(Comparison comparison) {
    return new ReportHtml(policy, Objects.requireNonNull(comparison, "comparison"));
  }

  /**
   * Writes the page of {@code report} with the default policy in its footer.
   *
   * @param report a classified report
   * @param file the file, replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Report report, Path file) {
    STANDARD.writeTo(report, file);
  }

  /**
   * Writes the page of {@code report} to {@code out}, which is flushed, not closed.
   *
   * @param report a classified report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Report report, OutputStream out) {
    STANDARD.writeTo(report, out);
  }

  /**
   * Writes the page of {@code report} to {@code file}.
   *
   * @param report a classified report
   * @param file the file, replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeTo(Report report, Path file) {
    writeBytes(toHtml(report), file);
  }

  /**
   * Writes the page of {@code report} to {@code out}, which is flushed, not closed.
   *
   * @param report a classified report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeTo(Report report, OutputStream out) {
    writeBytes(toHtml(report), out);
  }

  /**
   * The page of {@code report}.
   *
   * @param report a classified report (an unclassified one shows every task as 无法判定)
   * @return the HTML document
   */
  public String toHtml(Report report) {
    Objects.requireNonNull(report, "report");
    Summary summary = report.summary();
    StringBuilder out = new StringBuilder(4096 + report.tasks().size() * 2400);
    Html html = new Html(out);
    head(html, report.title().isEmpty() ? "（无标题报告）" : report.title());
    Ids ids = new Ids(report);
    header(html, report, summary);
    tiles(html, summary);
    charts(html, summary);
    claims(html, report, ids);
    if (comparison != null) {
      moved(html, comparison, ids);
    }
    tasks(html, report, summary, ids);
    findings(html, report, ids);
    footer(html);
    html.raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Writes an index of several pages: one row per report with its place, year, period, tasks,
   * counts per status and claims not supported, each linking to its page, and the totals.
   *
   * @param pages each page's file name (relative to the index, such as {@code baqiao-2020.html})
   *     and the summary of its report, in the order to list
   * @param out the stream, flushed, not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeIndex(Map<String, Summary> pages, OutputStream out) {
    Objects.requireNonNull(pages, "pages");
    StringBuilder text = new StringBuilder(4096 + pages.size() * 600);
    Html html = new Html(text);
    head(html, "工作任务落实情况汇总（" + pages.size() + " 份报告）");
    html.raw("<header><h1>").text("工作任务落实情况汇总").raw("</h1><p class=\"meta\">")
        .text(pages.size() + " 份报告 · 点击报告名称查看该报告的任务表").raw("</p></header>\n");
    html.raw("<h2>").text("各报告评估结果").raw("</h2>\n<table class=\"index\"><thead><tr>");
    for (String head : List.of("报告", "地区", "年份", "期间", "任务")) {
      html.raw("<th>").text(head).raw("</th>");
    }
    for (Status status : Status.values()) {
      html.raw("<th class=\"num\">").text(status.label()).raw("</th>");
    }
    html.raw("<th class=\"num\">").text("申报与数值不符").raw("</th></tr></thead>\n<tbody>\n");
    int[] totals = new int[Status.values().length];
    int tasks = 0;
    int unsupported = 0;
    for (Map.Entry<String, Summary> page : pages.entrySet()) {
      Summary s = page.getValue();
      html.raw("<tr class=\"report\"><td><a").attribute("href", page.getKey()).raw(">")
          .text(s.title().isEmpty() ? page.getKey() : s.title()).raw("</a></td><td>").text(s.jurisdiction().orElse(""))
          .raw("</td><td>").text(s.year().isPresent() ? String.valueOf(s.year().getAsInt()) : "")
          .raw("</td><td>").text(s.period().map(p -> p.label()).orElse("")).raw("</td><td class=\"num\">").text(s.tasks()).raw("</td>");
      for (Status status : Status.values()) {
        int n = s.count(status);
        totals[status.ordinal()] += n;
        html.raw("<td class=\"num\">").text(n).raw("</td>");
      }
      html.raw("<td class=\"num\">").text(s.claimsNotSupported().size()).raw("</td></tr>\n");
      tasks += s.tasks();
      unsupported += s.claimsNotSupported().size();
    }
    html.raw("<tr class=\"total\"><th colspan=\"4\">").text("合计").raw("</th><th class=\"num\">").text(tasks).raw("</th>");
    for (int n : totals) {
      html.raw("<th class=\"num\">").text(n).raw("</th>");
    }
    html.raw("<th class=\"num\">").text(unsupported).raw("</th></tr>\n</tbody></table>\n");
    footer(html);
    html.raw("</body>\n</html>\n");
    writeBytes(text.toString(), out);
  }

  /**
   * Writes the index page to {@code file}; see {@link #writeIndex(Map, OutputStream)}.
   *
   * @param pages each page's file name and its report's summary
   * @param file the file, replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeIndex(Map<String, Summary> pages, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeIndex(pages, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- parts of the page -----------------------------------------------------------------------

  private static void head(Html html, String title) {
    html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing may be fetched: no font, no image, no script from anywhere but this file.
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:\">\n")
        .raw("<meta name=\"generator\" content=\"workreport ").text(VERSION).raw("\">\n")
        .raw("<title>").text(title).raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
  }

  private static void header(Html html, Report report, Summary summary) {
    html.raw("<header>\n<h1>").text(report.title().isEmpty() ? "（无标题报告）" : report.title()).raw("</h1>\n<p class=\"meta\">");
    List<String> parts = new ArrayList<>();
    String place = (report.jurisdiction().orElse("") + " "
        + (report.year().isPresent() ? report.year().getAsInt() + " 年" : "")).strip();
    if (!place.isEmpty()) {
      parts.add(place);
    }
    report.period().ifPresent(p -> parts.add("截至 " + p.asOf().getYear() + " 年 " + p.asOf().getMonthValue() + " 月（"
        + p.label() + (p.isYearEnd() ? "" : "，进度报告") + "）"));
    for (int i = 0; i < parts.size(); i++) {
      html.text(parts.get(i)).raw(" · ");
    }
    html.raw("列出任务 <b>").text(summary.tasks()).raw("</b> 项");
    if (summary.declaredTotal().isPresent()) {
      int declared = summary.declaredTotal().get();
      html.raw("，申报共计 <b").raw(declared == summary.tasks() ? "" : " class=\"down\"").raw(">").text(declared).raw("</b> 项");
    } else {
      html.text("，未申报总数");
    }
    html.raw("</p>\n");
    for (Finding finding : report.findings()) {
      if (finding.kind() == FindingKind.COUNT_MISMATCH) {
        html.raw("<p class=\"alert\"><strong>").text("数目不符").raw("</strong> ").text(finding.message()).raw("</p>\n");
      }
    }
    html.raw("</header>\n");
  }

  private static void tiles(Html html, Summary summary) {
    html.raw("<nav class=\"tiles\" aria-label=\"各状态任务数\">\n");
    for (Status status : Status.values()) {
      int n = summary.count(status);
      html.raw("<a class=\"tile s-" + status + "\" href=\"#status=" + status + "\" data-status=\"" + status + "\">")
          .raw("<span class=\"n\">").text(n).raw("</span><span class=\"label\">").text(symbol(status) + " " + status.label())
          .raw("</span> <span class=\"share\">").text(summary.tasks() == 0 ? "" : share(n, summary.tasks())).raw("</span></a>\n");
    }
    html.raw("</nav>\n");
  }

  private static void charts(Html html, Summary summary) {
    html.raw("<section class=\"charts\">\n<figure id=\"chart-status\"><figcaption>").text("各状态任务数：评估与申报")
        .raw("</figcaption>");
    Charts.statuses(html, summary);
    html.raw("</figure>\n<figure id=\"chart-units\"><figcaption>").text("未达目标任务最多的牵头单位").raw("</figcaption>");
    if (!Charts.units(html, summary, UNITS_CHARTED)) {
      html.raw("<p>").text("没有牵头单位的任务未达目标。").raw("</p>");
    }
    html.raw("</figure>\n</section>\n");
  }

  private static void claims(Html html, Report report, Ids ids) {
    List<Task> unsupported = new ArrayList<>();
    for (Task task : report.tasks()) {
      if (task.assessment().map(a -> a.has(FindingKind.CLAIM_NOT_SUPPORTED)).orElse(false)) {
        unsupported.add(task);
      }
    }
    html.raw("<section id=\"claims\">\n<h2>").text("申报与数值不符").raw(" <small>").text(unsupported.size() + " 项")
        .raw("</small></h2>\n");
    if (unsupported.isEmpty()) {
      html.raw("<p>").text("每项申报都得到数值支持。").raw("</p>\n</section>\n");
      return;
    }
    html.raw("<table class=\"claims\"><thead><tr><th>任务</th><th>牵头单位</th><th>申报</th><th>评估</th><th>说明</th></tr></thead><tbody>\n");
    for (Task task : unsupported) {
      html.raw("<tr><td class=\"ref\"><a href=\"#").raw(ids.of(task)).raw("\">").text(task.ref()).raw("</a></td><td>")
          .text(task.leadUnit().orElse("")).raw("</td><td>");
      declared(html, task, true);
      html.raw("</td><td>");
      badge(html, task.status());
      html.raw("</td><td>").text(task.assessment().map(Assessment::explanation).orElse("")).raw("</td></tr>\n");
    }
    html.raw("</tbody></table>\n</section>\n");
  }

  private static void moved(Html html, Comparison c, Ids ids) {
    Report earlier = c.earlier();
    String since = (earlier.jurisdiction().orElse("") + " "
        + earlier.period().map(p -> p.asOf().toString() + "（" + p.label() + "）").orElse("")).strip();
    html.raw("<section id=\"moved\">\n<h2>").text("与上期相比").raw(" <small>").text("上期：" + (since.isEmpty() ? earlier.title() : since))
        .raw("</small></h2>\n<p>").text("配对任务 " + c.pairs().size() + " 项，其中有变化 " + c.moved().size() + " 项；上期有、本期未列 "
            + c.leftOut().size() + " 项；本期新增 " + c.added().size() + " 项。").raw("</p>\n");
    html.raw("<table class=\"transitions\"><thead><tr><th>上期</th><th>本期</th><th class=\"num\">任务</th></tr></thead><tbody>\n");
    int rows = 0;
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        int n = from == to ? 0 : c.count(from, to);
        if (n > 0) {
          html.raw("<tr><td>");
          badge(html, from);
          html.raw("</td><td>");
          badge(html, to);
          html.raw("</td><td class=\"num\">").text(n).raw("</td></tr>\n");
          rows++;
        }
      }
    }
    if (rows == 0) {
      html.raw("<tr><td colspan=\"3\">").text("没有任务的状态发生变化。").raw("</td></tr>\n");
    }
    html.raw("</tbody></table>\n");
    List<Comparison.Pair> moved = c.moved();
    if (!moved.isEmpty()) {
      html.raw("<h3>").text("有变化的任务").raw("</h3>\n<table class=\"moved\"><thead><tr><th>任务（上期 → 本期）</th><th>牵头单位</th>"
          + "<th>状态</th><th>变化</th></tr></thead><tbody>\n");
      for (Comparison.Pair pair : moved) {
        Task later = pair.later();
        String ref = pair.renumbered() ? pair.earlier().ref() + " → " + later.ref() : later.ref();
        html.raw("<tr><td class=\"ref\">").raw(ids.has(later) ? "<a href=\"#" + ids.of(later) + "\">" : "").text(ref)
            .raw(ids.has(later) ? "</a>" : "").raw("</td><td>").text(later.leadUnit().orElse("")).raw("</td><td>");
        if (pair.statusMoved()) {
          badge(html, pair.earlier().status());
          html.raw(" → ");
        }
        badge(html, later.status());
        html.raw("</td><td>").text(String.join("；", pair.movements())).raw("</td></tr>\n");
      }
      html.raw("</tbody></table>\n");
    }
    unpaired(html, "上期有、本期未列的任务", c.leftOut());
    unpaired(html, "本期新增的任务", c.added());
    html.raw("</section>\n");
  }

  private static void unpaired(Html html, String heading, List<Task> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    html.raw("<h3>").text(heading + "（" + tasks.size() + " 项）").raw("</h3>\n<table><thead><tr><th>任务</th><th>牵头单位</th>"
        + "<th>状态</th><th>主要任务</th></tr></thead><tbody>\n");
    for (Task task : tasks) {
      html.raw("<tr><td class=\"ref\">").text(task.ref()).raw("</td><td>").text(task.leadUnit().orElse("")).raw("</td><td>");
      badge(html, task.status());
      html.raw("</td><td>").text(task.text()).raw("</td></tr>\n");
    }
    html.raw("</tbody></table>\n");
  }

  private static void tasks(Html html, Report report, Summary summary, Ids ids) {
    html.raw("<section id=\"tasks\">\n<h2>").text("任务").raw(" <small>").text(report.tasks().size() + " 项").raw("</small></h2>\n");
    html.raw("<form id=\"filters\" class=\"filters\" hidden onsubmit=\"return false\">")
        .raw("<label>").text("状态 ").raw("<select id=\"f-status\"><option value=\"\">").text("全部").raw("</option>");
    for (Status status : Status.values()) {
      html.raw("<option value=\"" + status + "\">").text(status.label() + "（" + summary.count(status) + "）").raw("</option>");
    }
    html.raw("</select></label><label>").text("牵头单位 ").raw("<select id=\"f-unit\"><option value=\"\">").text("全部").raw("</option>");
    List<Summary.Scorecard> units = new ArrayList<>(summary.byLeadUnit());
    units.sort(Comparator.comparing(Summary.Scorecard::unit));
    for (Summary.Scorecard card : units) {
      html.raw("<option").attribute("value", card.unit()).raw(">").text(card.unit() + "（" + card.tasks() + "）").raw("</option>");
    }
    html.raw("</select></label><label>").text("搜索 ").raw("<input id=\"f-q\" type=\"search\" placeholder=\"任务、单位或叙述中的字词\"></label>")
        .raw("<span>").text("显示 ").raw("<output id=\"f-count\">").text(report.tasks().size() + " / " + report.tasks().size())
        .raw("</output></span></form>\n");
    // Fixed column widths: the browser lays the table out from them instead of measuring every
    // cell first (a quarter faster on 10 000 tasks), and long text wraps inside its column.
    html.raw("<table id=\"task-table\"><colgroup><col class=\"c-ref\"><col class=\"c-text\"><col class=\"c-unit\">"
        + "<col class=\"c-target\"><col class=\"c-ratio\"><col class=\"c-pace\"><col class=\"c-status\">"
        + "<col class=\"c-declared\"><col class=\"c-why\"></colgroup><thead><tr><th>编号</th><th>主要任务</th><th>牵头单位</th><th>目标 → 实际</th>"
        + "<th class=\"num\">完成率</th><th>进度</th><th>评估</th><th>申报</th><th>说明</th></tr></thead>\n<tbody>\n");
    for (Task task : report.tasks()) {
      taskRow(html, task, ids);
    }
    html.raw("</tbody></table>\n</section>\n");
  }

  private static void taskRow(Html html, Task task, Ids ids) {
    Optional<TargetAssessment> line = task.assessment().flatMap(Assessment::decidingTarget);
    html.raw("<tr class=\"task\" id=\"").raw(ids.of(task)).raw("\" data-status=\"" + task.status() + "\"")
        .attribute("data-unit", task.leadUnit().orElse(Summary.NO_UNIT)).raw(">");
    html.raw("<td class=\"ref\">").text(task.ref()).raw("</td><td><details><summary>");
    marked(html, task.text(), targetSpans(task), "target");
    html.raw("</summary><div class=\"more\">");
    more(html, task);
    html.raw("</div></details></td><td>").text(String.join(" ", task.responsibleUnits())).raw("</td><td>")
        .text(targetCell(task, line)).raw("</td><td class=\"num\">")
        .text(line.flatMap(TargetAssessment::ratio).map(ReportHtml::percent).orElse("")).raw("</td><td>")
        .text(task.assessment().flatMap(Assessment::pace).map(p -> p.label()).orElse("")).raw("</td><td>");
    badge(html, task.status());
    html.raw("</td><td>");
    declared(html, task, task.assessment().map(a -> a.has(FindingKind.CLAIM_NOT_SUPPORTED)).orElse(false));
    html.raw("</td><td>").text(task.assessment().map(Assessment::explanation).orElse(""));
    for (TargetAssessment l : task.assessment().map(Assessment::targets).orElse(List.of())) {
      if (!l.isVerified()) {
        html.raw("<span class=\"why\">").text("未核实：" + l.target().text()
            + (l.reasonLabel().isEmpty() ? "" : " — " + l.reasonLabel())).raw("</span>");
      }
    }
    html.raw("</td></tr>\n");
  }

  /** Inside a task: its targets with their evidence, its measures, and the narrative with the numbers used marked. */
  private static void more(Html html, Task task) {
    List<TargetAssessment> lines = task.assessment().map(Assessment::targets).orElse(List.of());
    if (!task.targets().isEmpty()) {
      html.raw("<h4>").text("目标").raw("</h4><ul>");
      for (int i = 0; i < task.targets().size(); i++) {
        Target target = task.targets().get(i);
        TargetAssessment l = i < lines.size() ? lines.get(i) : null;
        html.raw("<li>").text(target.toString());
        if (l != null && l.isVerified()) {
          html.text(" ← " + l.measure().get() + l.revision().map(r -> "（调整后目标 " + r.quantity().format() + "）").orElse("")
              + l.ratio().map(r -> "，完成率 " + percent(r)).orElse("") + "，");
          badge(html, l.status());
        } else {
          html.raw(" <span class=\"reason\">").text("未核实" + (l == null || l.reasonLabel().isEmpty() ? "" : "：" + l.reasonLabel()))
              .raw("</span>");
        }
        html.raw("</li>");
      }
      html.raw("</ul>");
    }
    if (!task.outcome().measures().isEmpty()) {
      html.raw("<h4>").text("叙述中的数值").raw("</h4><ul>");
      for (Measure m : task.outcome().measures()) {
        html.raw("<li>").text(m.toString() + (m.text().isEmpty() ? "" : "：" + m.text())).raw("</li>");
      }
      html.raw("</ul>");
    }
    html.raw("<h4>").text("完成情况").raw("</h4><p class=\"narrative\">");
    marked(html, task.outcome().narrative(), usedSpans(task), "used");
    html.raw("</p>");
  }

  private static void findings(Html html, Report report, Ids ids) {
    List<FindingKind> order = List.of(FindingKind.CLAIM_NOT_SUPPORTED, FindingKind.COUNT_MISMATCH, FindingKind.REVISED_TARGET,
        FindingKind.PROVISIONAL, FindingKind.UNVERIFIED_TARGET);
    StringBuilder rows = new StringBuilder();
    Html body = new Html(rows);
    int count = 0;
    for (FindingKind kind : order) {
      if (kind == FindingKind.COUNT_MISMATCH) {
        for (Finding f : report.findings()) {
          body.raw("<tr><td>").text(f.kind()).raw("</td><td></td><td>").text(f.message()).raw("</td></tr>\n");
          count++;
        }
        continue;
      }
      for (Task task : report.tasks()) {
        for (Finding f : task.assessment().map(Assessment::findings).orElse(List.of())) {
          if (f.kind() == kind) {
            body.raw("<tr><td>").text(f.kind()).raw("</td><td class=\"ref\"><a href=\"#").raw(ids.of(task)).raw("\">")
                .text(task.ref()).raw("</a> ").text(task.leadUnit().orElse("")).raw("</td><td>").text(f.message()).raw("</td></tr>\n");
            count++;
          }
        }
      }
    }
    html.raw("<section id=\"findings\">\n<h2>").text("审核发现").raw(" <small>").text(count + " 条").raw("</small></h2>\n");
    if (count > 0) {
      html.raw("<table class=\"findings\"><thead><tr><th>类别</th><th>任务</th><th>说明</th></tr></thead><tbody>\n")
          .raw(rows.toString()).raw("</tbody></table>\n");
    }
    html.raw("</section>\n");
  }

  private void footer(Html html) {
    html.raw("<footer>").text("评估规则：ratio = " + policy.ratio().toPlainString() + "（实际达到目标的该比例即为基本完成）；points = "
        + policy.points().toPlainString() + "（百分比目标差距不超过该百分点数即为基本完成）。由 workreport " + VERSION
        + " 生成；本页不含任何外部资源，离线可用。").raw("</footer>\n");
  }

  // --- cells -----------------------------------------------------------------------------------

  private static void badge(Html html, Status status) {
    html.raw("<span class=\"badge s-" + status + "\">").text(symbol(status) + " " + status.label()).raw("</span>");
  }

  private static void declared(Html html, Task task, boolean unsupported) {
    Status declared = task.outcome().declaredStatus();
    html.raw("<span class=\"badge declared" + (unsupported ? " unsupported" : "") + "\">")
        .text(declared.label() + (unsupported ? "（数值不支持）" : "")).raw("</span>");
  }

  /** A symbol per status, so that the status reads without colour. */
  static String symbol(Status status) {
    switch (status) {
      case EXCEEDED: return "▲";
      case MET: return "●";
      case BASICALLY_MET: return "◐";
      case ONGOING: return "○";
      case NOT_MET: return "✕";
      default: return "?";
    }
  }

  /** {@code 增长≥7.5% → 6.8%}, {@code 15座 → ?}, {@code （另 2 项目标）} when the task has more. */
  static String targetCell(Task task, Optional<TargetAssessment> line) {
    if (task.targets().isEmpty()) {
      return "—";
    }
    Target target = line.map(TargetAssessment::target).orElse(task.targets().get(0));
    StringBuilder out = new StringBuilder(target.describe());
    line.flatMap(TargetAssessment::revision).ifPresent(r -> out.append("（调为").append(r.quantity().format()).append('）'));
    out.append(" → ").append(line.flatMap(TargetAssessment::measure)
        .map(m -> m.quantity().format() + (m.estimated() ? "（预计）" : "")).orElse("?"));
    if (task.targets().size() > 1) {
      out.append("（另 ").append(task.targets().size() - 1).append(" 项目标）");
    }
    return out.toString();
  }

  static String percent(BigDecimal ratio) {
    BigDecimal p = ratio.movePointRight(2);
    if (p.abs().compareTo(BigDecimal.valueOf(100_000)) >= 0) {
      return p.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return p.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }

  private static String share(int n, int total) {
    return BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Where the task's targets lie in its text. */
  private static List<int[]> targetSpans(Task task) {
    List<int[]> spans = new ArrayList<>();
    for (Target target : task.targets()) {
      locate(task.text(), target.span(), target.text(), spans);
    }
    return spans;
  }

  /** Where the measures the assessment used — as evidence or as a revised target — lie in the narrative. */
  private static List<int[]> usedSpans(Task task) {
    List<int[]> spans = new ArrayList<>();
    List<Measure> measures = task.outcome().measures();
    for (TargetAssessment l : task.assessment().map(Assessment::targets).orElse(List.of())) {
      for (int index : new int[] {l.measureIndex().orElse(-1), l.revisionIndex().orElse(-1)}) {
        if (index >= 0 && index < measures.size()) {
          Measure m = measures.get(index);
          locate(task.outcome().narrative(), m.span(), m.text(), spans);
        }
      }
    }
    return spans;
  }

  /** The span when it lies in the text, else the first place the words occur. */
  private static void locate(String text, Optional<Span> span, String words, List<int[]> spans) {
    if (span.isPresent() && span.get().end() <= text.length() && span.get().start() < span.get().end()) {
      spans.add(new int[] {span.get().start(), span.get().end()});
      return;
    }
    int at = words.isEmpty() ? -1 : text.indexOf(words);
    if (at >= 0) {
      spans.add(new int[] {at, at + words.length()});
    }
  }

  /** The text with the spans in {@code <mark>}, overlapping ones merged. */
  private static void marked(Html html, String text, List<int[]> spans, String cls) {
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
    int at = 0;
    for (int[] span : spans) {
      int start = Math.max(span[0], at);
      if (start >= span[1]) {
        continue;
      }
      html.text(text.substring(at, start)).raw("<mark class=\"" + cls + "\">").text(text.substring(start, span[1])).raw("</mark>");
      at = span[1];
    }
    html.text(text.substring(at));
  }

  /** An element id per task, unique in the page: {@code t-已完成-5}, or {@code t-5-2} for a repeated number. */
  private static final class Ids {
    private final Map<Task, String> ids = new java.util.IdentityHashMap<>();

    Ids(Report report) {
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (Task task : report.tasks()) {
        String base = "t-" + task.section().map(s -> s.replaceAll("\\s+", "") + "-").orElse("") + task.number();
        int n = seen.merge(base, 1, Integer::sum);
        ids.put(task, Html.escape(n == 1 ? base : base + "-" + n));
      }
    }

    boolean has(Task task) {
      return ids.containsKey(task);
    }

    String of(Task task) {
      return ids.getOrDefault(task, "");
    }
  }

  // --- resources and output --------------------------------------------------------------------

  private static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + ReportHtml.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = ReportHtml.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the version is only shown
    }
    return properties.getProperty("version", "(unknown version)");
  }

  private static void writeBytes(String html, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeBytes(html, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeBytes(String html, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(html.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
