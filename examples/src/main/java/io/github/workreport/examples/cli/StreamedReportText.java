package io.github.workreport.examples.cli;

import io.github.workreport.Assessment;
import io.github.workreport.DisplayWidth;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.examples.ReportTasks;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The text output of one report printed as its tasks come: the report line, then a row per task
 * at once, then the totals, the units and the findings, counted along the way (the findings' lines
 * wait in temporary files), so that {@code classify big.txt | less} starts at once and a report of
 * any size prints in little memory. A report of at most {@link #WHOLE} tasks — every real one — is
 * held and printed by {@link ReportText#printReport} exactly as before, its columns as wide as
 * their widest cells; a longer one has its columns at their full widths and its task count after
 * the table.
 */
final class StreamedReportText {
  /** The most tasks held to print a report whole. */
  static final int WHOLE = 2_000;

  private final ReportText text;
  private final Style style;

  StreamedReportText(Style style) {
    this.style = style;
    this.text = new ReportText(style);
  }

  void print(ReportTasks in, PrintWriter out) {
    Iterator<Task> tasks = in.iterator();
    List<Task> held = new ArrayList<>();
    while (held.size() < WHOLE && tasks.hasNext()) {
      held.add(tasks.next());
    }
    if (!tasks.hasNext()) {
      text.printReport(in.end().withTasks(held), out);
      return;
    }
    Report header = in.header();
    out.println(style.bold(header.title().isEmpty() ? "(untitled report)" : header.title()));
    List<String> parts = ReportText.placeAndPeriod(header);
    parts.add(header.declaredTotals().total().map(n -> n + " tasks declared").orElse("no total declared")
        + "; the tasks are counted after the table");
    out.println(String.join(" · ", parts));
    out.println();
    Table table = text.taskTable();
    int[] widths = table.fullWidths();
    table.printHeader(out, "", widths);
    Tally tally = new Tally();
    try (FindingSpool spool = new FindingSpool()) {
      for (Task task : held) {
        row(task, table, widths, tally, spool, out);
      }
      held.clear();
      while (tasks.hasNext()) {
        row(tasks.next(), table, widths, tally, spool, out);
      }
      Report end = in.end();
      List<Finding> findings = in.findings();
      tally.addReportFindings(findings);
      out.println();
      out.println(text.counted(end, tally.tasks));
      out.println();
      text.printTotals(tally, out);
      out.println();
      text.printUnits(tally, out);
      out.println();
      spool.print(findings, out);
    }
  }

  private static void row(Task task, Table table, int[] widths, Tally tally, FindingSpool spool, PrintWriter out) {
    tally.add(task);
    spool.add(task);
    ReportText.taskRow(table, task);
    table.printRows(out, "", widths);
  }

  /** The findings' lines of the tasks, by kind, in temporary files until the table is done. */
  private final class FindingSpool implements AutoCloseable {
    private final Map<FindingKind, Path> files = new EnumMap<>(FindingKind.class);
    private final Map<FindingKind, DataOutputStream> outs = new EnumMap<>(FindingKind.class);
    private long lines;
    private int kindWidth;
    private int refWidth;

    void add(Task task) {
      List<Finding> findings = task.assessment().map(Assessment::findings).orElse(List.of());
      if (findings.isEmpty()) {
        return;
      }
      String ref = ReportText.findingRef(task);
      for (Finding f : findings) {
        if (f.kind() == FindingKind.COUNT_MISMATCH || !ReportText.findingOrder().contains(f.kind())) {
          continue; // printed as the whole report's output prints them: the report's own, and these kinds
        }
        try {
          DataOutputStream data = outs.get(f.kind());
          if (data == null) {
            Path file = Files.createTempFile("workreport-findings-", ".tmp");
            files.put(f.kind(), file);
            data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            outs.put(f.kind(), data);
          }
          write(data, ref);
          write(data, f.message());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot keep the findings in a temporary file: " + e.getMessage(), e);
        }
        lines++;
        kindWidth = Math.max(kindWidth, f.kind().name().length());
        refWidth = Math.max(refWidth, DisplayWidth.of(ref));
      }
    }

    /** Strings of any length, unlike {@link DataOutputStream#writeUTF}. */
    private void write(DataOutputStream data, String value) throws IOException {
      byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      data.writeInt(bytes.length);
      data.write(bytes);
    }

    private String read(DataInputStream data) throws IOException {
      int length;
      try {
        length = data.readInt();
      } catch (EOFException end) {
        return null;
      }
      return new String(data.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** As {@link ReportText#printFindings}: claims not supported, the report's own, then the rest by kind. */
    void print(List<Finding> reportFindings, PrintWriter out) {
      long all = lines + reportFindings.size();
      int kinds = kindWidth;
      for (Finding f : reportFindings) {
        kinds = Math.max(kinds, f.kind().name().length());
      }
      out.println(style.bold("Findings") + "  " + (all == 0 ? "none" : String.valueOf(all)));
      try {
        for (DataOutputStream data : outs.values()) {
          data.close();
        }
        for (FindingKind kind : ReportText.findingOrder()) {
          if (kind == FindingKind.COUNT_MISMATCH) {
            for (Finding f : reportFindings) {
              out.println(text.findingLine(f.kind().name(), "", f.message(), kinds, refWidth));
            }
            continue;
          }
          Path file = files.get(kind);
          if (file == null) {
            continue;
          }
          try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (String ref = read(data); ref != null; ref = read(data)) {
              out.println(text.findingLine(kind.name(), ref, read(data), kinds, refWidth));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the findings back from a temporary file: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      for (DataOutputStream data : outs.values()) {
        try {
          data.close();
        } catch (IOException ignored) {
          // Closing only flushes what is about to be deleted.
        }
      }
      for (Path file : files.values()) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A file left in the temporary directory is no failure of the output.
        }
      }
    }
  }
}
