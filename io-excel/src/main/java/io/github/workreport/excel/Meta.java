package io.github.workreport.excel;

import io.github.workreport.DeclaredTotals;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report-level record the writer keeps on a very hidden sheet: title, jurisdiction, year,
 * period, declared totals and sections, which a table alone cannot carry exactly. One row per
 * entry: a key in column A and its values in the columns after it.
 */
final class Meta {
  static final String SHEET = "_workreport";
  static final String FORMAT = "workreport/1";

  String taskSheet = "";
  String summarySheet = "";
  String title = "";
  Optional<String> jurisdiction = Optional.empty();
  Optional<Integer> year = Optional.empty();
  Optional<Period> period = Optional.empty();
  Optional<Integer> total = Optional.empty();
  final List<String[]> counts = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();

  /** The rows of the meta sheet: each a key followed by its values. */
  static List<List<String>> rows(Report report, String taskSheet, String summarySheet) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(FORMAT));
    rows.add(List.of("sheet", taskSheet));
    rows.add(List.of("summary", summarySheet));
    rows.add(List.of("title", report.title()));
    report.jurisdiction().ifPresent(j -> rows.add(List.of("jurisdiction", j)));
    report.year().ifPresent(y -> rows.add(List.of("year", Integer.toString(y))));
    report.period().ifPresent(p -> rows.add(List.of("period", p.asOf().toString())));
    report.declaredTotals().total().ifPresent(t -> rows.add(List.of("total", Integer.toString(t))));
    report.declaredTotals().bySection().forEach((name, n) -> rows.add(List.of("count", name, Integer.toString(n))));
    for (Section s : report.sections()) {
      rows.add(List.of("section", s.name(), s.declaredStatus().name(),
          s.declaredCount().map(String::valueOf).orElse("")));
    }
    return rows;
  }

  /** Reads the rows of a meta sheet; null when it is not ours. */
  static Meta parse(RawSheet sheet) {
    if (sheet.rows.isEmpty() || !FORMAT.equals(sheet.rows.get(0).text(0))) {
      return null;
    }
    Meta meta = new Meta();
    for (RawSheet.Row row : sheet.rows.subList(1, sheet.rows.size())) {
      String key = row.text(0);
      switch (key) {
        case "sheet": meta.taskSheet = joined(row, 1); break;
        case "summary": meta.summarySheet = joined(row, 1); break;
        case "title": meta.title = joined(row, 1); break;
        case "jurisdiction": meta.jurisdiction = Optional.of(joined(row, 1)); break;
        case "year": meta.year = Optional.of(Integer.parseInt(row.text(1))); break;
        case "period": meta.period = Optional.of(Period.of(YearMonth.parse(row.text(1)))); break;
        case "total": meta.total = Optional.of(Integer.parseInt(row.text(1))); break;
        case "count": meta.counts.add(new String[] {row.text(1), row.text(2)}); break;
        case "section":
          meta.sections.add(Section.builder().name(row.text(1)).declaredStatus(Status.valueOf(row.text(2)))
              .declaredCount(row.text(3).isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(row.text(3))))
              .build());
          break;
        default:
          throw new IllegalArgumentException("unknown entry \"" + key + "\"");
      }
    }
    return meta;
  }

  /** Cells from {@code from} on, joined: a value longer than a cell holds spans several. */
  private static String joined(RawSheet.Row row, int from) {
    StringBuilder out = new StringBuilder();
    for (int c = from; c < row.cells.length; c++) {
      out.append(row.text(c));
    }
    return out.toString();
  }

  Report apply(Report.Builder report, List<Task> tasks, List<Section> ignoredSections) {
    DeclaredTotals.Builder totals = DeclaredTotals.builder().total(total);
    for (String[] c : counts) {
      totals.putBySection(c[0], Integer.parseInt(c[1]));
    }
    return report.title(title).jurisdiction(jurisdiction).year(year.isPresent() ? java.util.OptionalInt.of(year.get())
        : java.util.OptionalInt.empty()).period(period).declaredTotals(totals.build()).sections(sections)
        .tasks(tasks).build();
  }
}
